import type { Dec } from "../core/decimal.js";
import { type ErrorPath, KinerjaError } from "../core/errors.js";
import { ratioToDec, roundRatio, scaledToDec } from "../core/exact.js";
import type { Gap, Predicate, RoundingRule } from "../model/types.js";
import { classifyDec, gapFrom } from "./classify.js";
import type { Prepared } from "./prepare.js";

export interface Published {
  readonly value: string;
  readonly exact: string;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
}

/**
 * The published figure of an exact ratio num/den (den > 0): rounded from the
 * ratio itself as the rule says, then classified and its gap measured. The
 * unrounded value is printed to 40 significant digits.
 */
export function publish(
  prepared: Prepared,
  num: bigint,
  den: bigint,
  rounding: RoundingRule | undefined,
  path: ErrorPath,
): Published {
  const exactDec = ratioToDec(num, den);
  const exact = exactDec.toFixed();
  let shown: Dec = exactDec;
  let value = exact;
  if (rounding) {
    shown = scaledToDec(roundRatio(num, den, rounding), rounding.places);
    value = shown.toFixed(rounding.places);
  }
  if (!prepared.bands) {
    if (exactDec.lt(prepared.min) || exactDec.gt(prepared.max))
      throw new KinerjaError(
        "OUT_OF_RANGE",
        `${exact} is outside ${prepared.rubric.result.min}–${prepared.rubric.result.max}`,
        {
          path,
          rule: `a value from ${prepared.rubric.result.min} to ${prepared.rubric.result.max}`,
        },
      );
    return { value, exact, predicate: null, gap: null };
  }
  // `shown` is already rounded, so classifyDec's own rounding leaves it as it is.
  const c = classifyDec(prepared, shown, rounding, path);
  return { value, exact, predicate: c.band.predicate, gap: gapFrom(prepared, c.rounded, c.index, rounding) };
}
