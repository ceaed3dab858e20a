/**
 * decimal.js, isolated: the tests' independent oracle for kinerja's BigInt
 * arithmetic (never used by the package itself). `defaults: true` ignores any
 * global Decimal configuration; 40 significant digits, half-up.
 */
import { Decimal } from "decimal.js";
import type { RoundingMode, RoundingRule } from "../../src/core/rounding.js";

export const D = Decimal.clone({
  defaults: true,
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Dec = InstanceType<typeof D>;

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  halfUp: D.ROUND_HALF_UP,
  halfEven: D.ROUND_HALF_EVEN,
  down: D.ROUND_DOWN,
  up: D.ROUND_UP,
};

/** num/den as decimal.js prints it (exact when it terminates within 40 digits). */
export const ratioToDec = (num: bigint, den: bigint): Dec => new D(num.toString()).div(den.toString());

/** m / 10^places as a decimal. */
export const scaledToDec = (m: bigint, places: number): Dec => new D(`${m}e-${places}`);

/** decimal.js rounding to `places`, with exactly that many decimals; zero without a sign. */
export function roundToString(value: Dec, rule: RoundingRule): string {
  const text = value.toFixed(rule.places, MODES[rule.mode]);
  return text.charCodeAt(0) === 45 && /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
