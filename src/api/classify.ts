import { classifyValue } from "../engine/classifyValue.js";
import { isDefined } from "../engine/registryOfDefined.js";
import type { KnownRubricId } from "../model/ids.js";
import type { AnswerValue, Predicate, RubricDefinition } from "../model/types.js";
import { BUILTIN_RUBRICS } from "../registry/builtins.js";
import { toRubric } from "./toRubric.js";

/** The built-in rubrics by id, made at the first call by id (`toRubric` searches the list; a batch calls by id). */
let builtins: ReadonlyMap<string, RubricDefinition> | undefined;
/** The built-in rubric with this id (the first of that id, as rubricById finds it), or undefined. */
function builtinById(id: string): RubricDefinition | undefined {
  builtins ??= new Map([...BUILTIN_RUBRICS].reverse().map((b) => [b.id, b]));
  return builtins.get(id);
}

/**
 * The predicate of a value on a rubric. The range is checked on the exact value, then the rubric's official
 * rounding is applied (PEKPPP 4.505 → 4.51 → A), then the band is found. Throws "NO_PREDICATE_BANDS" when the
 * official bands are unknown, "OUT_OF_RANGE" outside the scale.
 *
 * @example
 * ```ts
 * import { classify } from "kinerja";
 *
 * classify("rb@2018.1", "60.27").code; // "B" (Kota Cilegon's 2018 index)
 * classify("ombudsman@2024.2", "87.995").code; // "A": rounded half-up to 88.00 first
 * classify("sakip@2021.1", "90").code; // "A": the lower edge of AA (> 90) is excluded
 * ```
 */
export function classify<const Id extends string = string>(
  rubric: RubricDefinition | KnownRubricId<Id>,
  value: AnswerValue,
): Predicate {
  // A built-in id from the table, a rubric already defined as it is; anything else through toRubric (which
  // validates a plain definition, and names the error).
  const r =
    typeof rubric === "string"
      ? (builtinById(rubric) ?? toRubric(rubric))
      : typeof rubric === "object" && rubric !== null && isDefined(rubric)
        ? rubric
        : toRubric(rubric);
  return classifyValue(r, value);
}
