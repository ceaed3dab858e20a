import { indicatorsOf } from "../engine/indicators.js";
import type { IndicatorInfo, RubricRef } from "../model/types.js";
import { toRubric } from "./toRubric.js";

/** The rubric's indicators (leaves) in official order: the answer keys `score` expects. */
export function listIndicators(rubric: RubricRef): IndicatorInfo[] {
  return indicatorsOf(toRubric(rubric));
}
