import { POW10, scaledOf } from "../core/scaled.js";
import type { AnswerValue, Predicate, RubricDefinition } from "../model/types.js";
import { compiledOf } from "./compiled.js";
import { MAX_COMPARED_DIGITS, readNumber } from "./numbers.js";
import { classifyScaled, meanPlanOf } from "./publishMean.js";
import { classifyExact, classifyRatio } from "./publishValue.js";

/**
 * The predicate of a value on a rubric object: range on the exact value, the rubric's rounding, then the band.
 *
 * @example
 * ```ts
 * import { classify } from "kinerja/engine";
 * import { pekppp2022v2 } from "kinerja/pekppp";
 *
 * classify(pekppp2022v2, "4.505").code; // "A": 4.505 rounds to 4.51
 * classify(pekppp2022v2, "4.5049").code; // "A-": 4.5049 rounds to 4.50
 * ```
 */
export function classifyValue(rubric: RubricDefinition, value: AnswerValue): Predicate {
  const c = compiledOf(rubric);
  // A plain decimal of at most 15 digits: range, rounding and band on safe integers (the same band), from the
  // rubric's table of integers (publishMean.ts) or else on the ratio.
  const small = scaledOf(value);
  if (small) {
    const predicate = classifyScaled(meanPlanOf(c), small.n, small.e, c.rounding);
    if (predicate) return predicate;
    const band = classifyRatio(c, small.n, POW10[small.e] as number, c.rounding);
    if (band) return band.predicate;
  }
  const r = readNumber(value, ["value"], MAX_COMPARED_DIGITS);
  return classifyExact(c, r, c.rounding, ["value"]).predicate;
}
