/**
 * A rubric's content hash, as results carry it (`rubricHash`) and as
 * rubrics.lock.json records it for every published id.
 * @module
 */
import { contentHash } from "../core/contentHash.js";
import { formatPath, KinerjaError, showValue } from "../core/errors.js";
import { snapshot } from "../core/plain.js";
import { BUILTIN_HASHES, type BuiltinRubricId } from "../data/builtinIds.js";
import { isDefined } from "../engine/registryOfDefined.js";

/**
 * The content hash of a rubric definition: `"sha256:<hex>"` of its canonical
 * JSON (object keys sorted, undefined fields dropped), so it depends on the
 * content only, never on key order or on which copy you hold. It is the hash
 * `score` and `aggregate` stamp on results (`rubricHash`), and the one
 * rubrics.lock.json records for every published id.
 *
 * @example
 * ```ts
 * import { getRubric, RUBRIC_LOCK, rubricHash } from "kinerja";
 *
 * rubricHash(getRubric("ombudsman@2024.2")) === RUBRIC_LOCK["ombudsman@2024.2"]; // true
 * rubricHash(getRubric("pekppp@2022.2")).startsWith("sha256:"); // true
 * ```
 */
export function rubricHash(rubric: unknown): string {
  if (typeof rubric === "object" && rubric !== null && isDefined(rubric)) return contentHash(rubric);
  if (typeof rubric !== "object" || rubric === null || Array.isArray(rubric))
    throw new KinerjaError(
      "INVALID_INPUT",
      `rubricHash takes a rubric definition (an object), not ${showValue(rubric)}`,
      {
        path: ["rubric"],
        rule: "a rubric definition",
      },
    );
  // Read once as plain data (no getters, Proxies or cycles), and hashed only if it is JSON all the way down.
  const copy = snapshot(rubric, ["rubric"], { depth: 80, textLimit: false });
  notJson(copy, ["rubric"]);
  return contentHash(copy);
}

/** INVALID_INPUT at the first value JSON cannot hold (NaN, ±Infinity, BigInt, a symbol, a function). */
function notJson(value: unknown, path: Array<string | number>): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) notJson(value[i], [...path, i]);
  } else if (typeof value === "object" && value !== null)
    for (const key of Object.keys(value)) notJson((value as Record<string, unknown>)[key], [...path, key]);
  else if (
    !(value === null || value === undefined || typeof value === "string" || typeof value === "boolean") &&
    !(typeof value === "number" && Number.isFinite(value))
  )
    throw new KinerjaError(
      "INVALID_INPUT",
      `${formatPath(path)}: ${showValue(value)} has no JSON form, so no content hash`,
      {
        path,
        rule: "rubric data is JSON",
      },
    );
}

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
export const RUBRIC_LOCK: Readonly<Record<BuiltinRubricId, string>> = Object.freeze({ ...BUILTIN_HASHES });

/**
 * The locked hash of a built-in id, or undefined for an id kinerja does not ship.
 *
 * @example
 * ```ts
 * import { getRubric, lockedHash, rubricHash } from "kinerja";
 *
 * lockedHash("ombudsman@2024.2") === rubricHash(getRubric("ombudsman@2024.2")); // true
 * lockedHash("pekppp@2099.1"); // undefined: kinerja ships no such id
 * ```
 */
export function lockedHash(id: string): string | undefined {
  return typeof id === "string" && Object.hasOwn(BUILTIN_HASHES, id)
    ? BUILTIN_HASHES[id as BuiltinRubricId]
    : undefined;
}
