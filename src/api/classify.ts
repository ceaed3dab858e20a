import { parseDecimalInput } from "../engine/answers.js";
import { classifyDec } from "../engine/classify.js";
import { prepare } from "../engine/prepare.js";
import type { AnswerValue, Predicate, RubricRef } from "../model/types.js";
import { toRubric } from "./toRubric.js";

/**
 * The predicate of a value on a rubric. The rubric's official rounding is
 * applied first (PEKPPP 4.505 → 4.51 → A). Throws "NO_PREDICATE_BANDS" when
 * the official bands are unknown, "OUT_OF_RANGE" outside the scale.
 */
export function classify(rubric: RubricRef, value: AnswerValue): Predicate {
  const prepared = prepare(toRubric(rubric));
  const d = parseDecimalInput(value, ["value"]);
  return classifyDec(prepared, d, prepared.rubric.result.rounding, ["value"]).band.predicate;
}
