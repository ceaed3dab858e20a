import type { AnswerValue, Predicate, RubricDefinition } from "../model/types.js";
import { MAX_COMPARED_DIGITS, parseDecimalInput } from "./answers.js";
import { classifyDec } from "./classify.js";
import { prepare } from "./prepare.js";

/** The predicate of a value on a rubric object, after the rubric's rounding. */
export function classifyValue(rubric: RubricDefinition, value: AnswerValue): Predicate {
  const prepared = prepare(rubric);
  const d = parseDecimalInput(value, ["value"], MAX_COMPARED_DIGITS);
  return classifyDec(prepared, d, prepared.rubric.result.rounding, ["value"]).band.predicate;
}
