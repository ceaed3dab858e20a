import { cut, type ErrorPath, KinerjaError, showValue } from "../core/errors.js";
import type { KnownRubricId } from "../model/ids.js";
import type { Rubric, RubricDefinition } from "../model/types.js";
import { BUILTIN_RUBRICS } from "../registry/builtins.js";

/** The built-in rubric with this id, or UNKNOWN_RUBRIC naming `path`. */
export function rubricById(id: unknown, path: ErrorPath): RubricDefinition {
  const found = typeof id === "string" ? BUILTIN_RUBRICS.find((r) => r.id === id) : undefined;
  if (found) return found;
  const shown = typeof id === "string" ? JSON.stringify(cut(id)) : `of type ${showValue(id)}`;
  throw new KinerjaError("UNKNOWN_RUBRIC", `no rubric ${shown}; listRubrics() shows the ids shipped`, {
    path,
    rule: "a published rubric id",
    details: { id: typeof id === "string" ? cut(id) : showValue(id), known: BUILTIN_RUBRICS.map((r) => r.id) },
  });
}

/**
 * The frozen built-in rubric with this id; unknown ids throw "UNKNOWN_RUBRIC". A literal id that kinerja
 * does not ship does not compile.
 *
 * @example
 * ```ts
 * import { getRubric } from "kinerja";
 *
 * const rb = getRubric("rb@2018.1");
 * rb.validFor.from; // 2018
 * rb.validFor.to; // 2019
 * rb.title.id; // "Indeks Reformasi Birokrasi (PMPRB), PermenPAN-RB 14/2014 jo. 30/2018 dan 8/2019"
 * // getRubric("pekppp@2022.9"); // does not compile: kinerja ships no such id
 * ```
 */
export function getRubric<const Id extends string>(id: KnownRubricId<Id>): Rubric<Id> {
  return rubricById(id, ["id"]) as unknown as Rubric<Id>;
}
