import { KinerjaError } from "../core/errors.js";
import type { KnownRubricId } from "../model/ids.js";
import type { Rubric } from "../model/types.js";
import { BUILTIN_RUBRICS } from "../registry/builtins.js";

/**
 * The frozen built-in rubric with this id; unknown ids throw "UNKNOWN_RUBRIC". A literal id that kinerja
 * does not ship does not compile.
 *
 * @example
 * ```ts
 * const rb = getRubric("rb@2018.1");
 * rb.validFor; // { from: 2018, to: 2019 }
 * // getRubric("pekppp@2022.9"); // does not compile
 * ```
 */
export function getRubric<const Id extends string>(id: KnownRubricId<Id>): Rubric<Id> {
  const found = typeof id === "string" ? BUILTIN_RUBRICS.find((r) => r.id === id) : undefined;
  if (!found)
    throw new KinerjaError(
      "UNKNOWN_RUBRIC",
      `no rubric ${typeof id === "string" ? `"${id.slice(0, 80)}"` : `of type ${typeof id}`}; listRubrics() shows the ids shipped`,
      {
        path: ["id"],
        rule: "a published rubric id",
        details: { id: typeof id === "string" ? id.slice(0, 80) : typeof id, known: BUILTIN_RUBRICS.map((r) => r.id) },
      },
    );
  return found as unknown as Rubric<Id>;
}
