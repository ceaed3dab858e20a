/** The lock file and the one content hash (src/core/contentHash.ts), shared by the lock scripts. */
export { canonicalJson, contentHash as rubricHash } from "../src/core/contentHash.js";

export const LOCK_FILE = new URL("../rubrics.lock.json", import.meta.url);
