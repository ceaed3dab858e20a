import { indicatorsOf } from "../engine/indicators.js";
import type { KnownRubricId } from "../model/ids.js";
import type { IndicatorInfo, RubricDefinition } from "../model/types.js";
import { toRubric } from "./toRubric.js";

/**
 * The rubric's indicators (leaves) in official order: the answer keys `score` expects, with path, weight,
 * effective share, scale and (where known) what each level means.
 *
 * @example
 * ```ts
 * listIndicators("pekppp@2022.1").map((i) => i.code); // ["1.a.Ak", "2.a.P", …] (30 codes)
 * ```
 */
export function listIndicators<const Id extends string = string>(
  rubric: RubricDefinition | KnownRubricId<Id>,
): IndicatorInfo[] {
  return indicatorsOf(toRubric(rubric));
}
