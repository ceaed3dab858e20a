/**
 * Exact decimal sums on BigInt. A decimal is kept as n / 10^e; sums and
 * products of such values are exact at any size, and a published value is
 * rounded from the exact ratio itself, so a tie (x.xx5) is never misjudged.
 * decimal.js then only divides once, to print the unrounded value.
 */
import { D, type Dec } from "./decimal.js";
import { pow10 } from "./roundRatio.js";

export { pow10, roundRatio } from "./roundRatio.js";

export interface Scaled {
  readonly n: bigint;
  readonly e: number;
}

/** A plain-notation decimal text ("-12.340") as n / 10^e. */
export function scaledFromText(text: string): Scaled {
  const negative = text.charCodeAt(0) === 45;
  const body = negative ? text.slice(1) : text;
  const dot = body.indexOf(".");
  const digits = dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1);
  const n = BigInt(digits);
  return { n: negative ? -n : n, e: dot < 0 ? 0 : body.length - dot - 1 };
}

export const scaledFromDec = (d: Dec): Scaled => scaledFromText(d.toFixed());

/** n at exponent `to` (to ≥ s.e). */
export const alignTo = (s: Scaled, to: number): bigint => (to === s.e ? s.n : s.n * pow10(to - s.e));

/** The ratio as a decimal: exact when it terminates within 40 digits, else rounded there (display only). */
export function ratioToDec(num: bigint, den: bigint): Dec {
  return new D(num.toString()).div(den.toString());
}

/** m / 10^places as a decimal (exact). */
export const scaledToDec = (m: bigint, places: number): Dec => new D(`${m}e-${places}`);
