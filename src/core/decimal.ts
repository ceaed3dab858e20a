import { Decimal } from "decimal.js";

/**
 * kinerja's private decimal constructor. Never exported from the package and
 * never configured globally: `defaults: true` resets whatever a host
 * application set with `Decimal.set(...)` before we were loaded.
 *
 * Precision is 40 significant digits: every sum and product of rubric weights
 * and answers is computed on integers well inside that, so they are exact; the
 * only rounding happens in a division whose result does not terminate (1/9,
 * a mean over 7 units), and 40 digits is far below any published rounding.
 */
export const D = Decimal.clone({
  defaults: true,
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Dec = InstanceType<typeof D>;

/** Documented working precision (significant digits) of every division. */
export const PRECISION = 40;

export const ZERO: Dec = new D(0);

/** A number in plain notation as inputs may write it ("05", "-3.250"); rubric data uses the stricter canonical form. */
export const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
