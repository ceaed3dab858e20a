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
 * import { listIndicators } from "kinerja";
 *
 * const indicators = listIndicators("pekppp@2022.2");
 * indicators.length; // 30
 * indicators[0]?.code; // "1.a.Ak"
 * indicators[0]?.share; // "0.0408" (aspect 24 % × indicator 17 %)
 * indicators[0]?.levels?.length; // 6: what each answer 0…5 means
 * ```
 */
export function listIndicators<const Id extends string = string>(
  rubric: RubricDefinition | KnownRubricId<Id>,
): IndicatorInfo[] {
  return indicatorsOf(toRubric(rubric));
}
