/**
 * Exact decimal sums on BigInt. A decimal is kept as n / 10^e; sums and
 * products of such values are exact at any size, and a published value is
 * rounded from the exact ratio itself, so a tie (x.xx5) is never misjudged.
 * decimal.js then only divides once, to print the unrounded value.
 */
import { D, type Dec } from "./decimal.js";
import type { RoundingRule } from "./rounding.js";

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

const POW10 = new Map<number, bigint>();
/** 10^k as a BigInt (cached). */
export function pow10(k: number): bigint {
  let p = POW10.get(k);
  if (p === undefined) {
    p = 10n ** BigInt(k);
    POW10.set(k, p);
  }
  return p;
}

/** n at exponent `to` (to ≥ s.e). */
export const alignTo = (s: Scaled, to: number): bigint => (to === s.e ? s.n : s.n * pow10(to - s.e));

/** The ratio as a decimal: exact when it terminates within 40 digits, else rounded there (display only). */
export function ratioToDec(num: bigint, den: bigint): Dec {
  return new D(num.toString()).div(den.toString());
}

/** Rounds num/den (den > 0) to `rule.places` decimals; returns the integer m meaning m / 10^places. */
export function roundRatio(num: bigint, den: bigint, rule: RoundingRule): bigint {
  const scaled = num * pow10(rule.places);
  const q = scaled / den; // truncates toward zero
  const r = scaled % den;
  if (r === 0n) return q;
  const away = scaled < 0n ? -1n : 1n;
  const twice = (r < 0n ? -r : r) * 2n;
  switch (rule.mode) {
    case "down":
      return q;
    case "up":
      return q + away;
    case "halfUp":
      return twice >= den ? q + away : q;
    case "halfEven":
      return twice > den || (twice === den && q % 2n !== 0n) ? q + away : q;
  }
}

/** m / 10^places as a decimal (exact). */
export const scaledToDec = (m: bigint, places: number): Dec => new D(`${m}e-${places}`);
