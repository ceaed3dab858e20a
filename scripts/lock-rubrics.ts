/**
 * Records the content hash of every newly published rubric id in
 * rubrics.lock.json. It never rewrites an existing entry: a published rubric
 * is immutable, and a correction ships as a new version id.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { BUILTIN_RUBRICS } from "../src/registry/builtins.js";
import { BUILTIN_IDS_FILE, builtinIdsSource } from "./builtin-ids.js";
import { LOCK_FILE, rubricHash } from "./rubric-hash.js";

const lock: Record<string, string> = JSON.parse(readFileSync(LOCK_FILE, "utf8"));
let failed = false;
for (const rubric of BUILTIN_RUBRICS) {
  const hash = rubricHash(rubric);
  const known = lock[rubric.id];
  if (known === undefined) {
    lock[rubric.id] = hash;
    console.log(`locked ${rubric.id}`);
  } else if (known !== hash) {
    console.error(`${rubric.id} changed after publication: publish the correction under a new version id instead`);
    failed = true;
  }
}
const sorted = Object.fromEntries(Object.entries(lock).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(LOCK_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
writeFileSync(BUILTIN_IDS_FILE, builtinIdsSource(sorted));
if (failed) process.exit(1);
