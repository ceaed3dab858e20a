/**
 * A rubric's content hash, as results carry it (`rubricHash`) and as
 * rubrics.lock.json records it for every published id.
 * @module
 */
import { contentHash } from "../core/contentHash.js";
import { BUILTIN_HASHES, type BuiltinRubricId } from "../data/builtinIds.js";

/**
 * The content hash of a rubric definition: `"sha256:<hex>"` of its canonical
 * JSON (object keys sorted, undefined fields dropped), so it depends on the
 * content only, never on key order or on which copy you hold. It is the hash
 * `score` and `aggregate` stamp on results (`rubricHash`), and the one
 * rubrics.lock.json records for every published id.
 *
 * @example
 * ```ts
 * import { getRubric, rubricHash } from "kinerja";
 * rubricHash(getRubric("pekppp@2022.1")); // "sha256:60a8c55f…", as in rubrics.lock.json
 * ```
 */
export const rubricHash: (rubric: unknown) => string = contentHash;

/**
 * The locked content hash of every rubric id shipped with kinerja (the
 * contents of rubrics.lock.json, as data): a published id never changes its
 * figures, so a result stamped with another hash under that id was not
 * computed from the published rubric.
 *
 * @example
 * ```ts
 * import { RUBRIC_LOCK } from "kinerja";
 * RUBRIC_LOCK["ombudsman@2024.1"]; // "sha256:90af1dbe…"
 * ```
 */
export const RUBRIC_LOCK: Readonly<Record<BuiltinRubricId, string>> = BUILTIN_HASHES;

/** The locked hash of a built-in id, or undefined for an id kinerja does not ship. */
export function lockedHash(id: string): string | undefined {
  return Object.hasOwn(BUILTIN_HASHES, id) ? BUILTIN_HASHES[id as BuiltinRubricId] : undefined;
}
