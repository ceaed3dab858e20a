import { classifyValue } from "../engine/classifyValue.js";
import type { AnswerValue, Predicate, RubricRef } from "../model/types.js";
import { toRubric } from "./toRubric.js";

/**
 * The predicate of a value on a rubric. The rubric's official rounding is
 * applied first (PEKPPP 4.505 → 4.51 → A). Throws "NO_PREDICATE_BANDS" when
 * the official bands are unknown, "OUT_OF_RANGE" outside the scale.
 */
export function classify(rubric: RubricRef, value: AnswerValue): Predicate {
  return classifyValue(toRubric(rubric), value);
}
