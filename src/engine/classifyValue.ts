import type { AnswerValue, Predicate, RubricDefinition } from "../model/types.js";
import { compiledOf } from "./compiled.js";
import { MAX_COMPARED_DIGITS, readNumber } from "./numbers.js";
import { classifyExact } from "./publishValue.js";

/** The predicate of a value on a rubric object: range on the exact value, the rubric's rounding, then the band. */
export function classifyValue(rubric: RubricDefinition, value: AnswerValue): Predicate {
  const c = compiledOf(rubric);
  const r = readNumber(value, ["value"], MAX_COMPARED_DIGITS);
  return classifyExact(c, r, c.rounding, ["value"]).predicate;
}
