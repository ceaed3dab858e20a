/**
 * Decimal text of an exact rational, on BigInt alone: exact when it has at
 * most 40 significant digits, else rounded half-up (on the magnitude) to 40
 * significant digits — the documented display precision of `exact`.
 * Published values never come from this text: they are rounded from the
 * rational itself (see roundRational).
 */

import type { Rational } from "./rational.js";
import type { RoundingRule } from "./rounding.js";
import { pow10, roundRatio } from "./roundRatio.js";

/** Significant digits of every `exact` text. */
export const DISPLAY_DIGITS = 40;

const digitsOf = (n: bigint): number => n.toString().length;

/** Plain notation, no trailing zeros ("2.075", "-0.5", "100"). */
export function toDecimalText(r: Rational): string {
  if (r.n === 0n) return "0";
  const negative = r.n < 0n;
  const a = negative ? -r.n : r.n;
  const d = r.d;
  const q = a / d;
  let places: number;
  if (q > 0n) places = DISPLAY_DIGITS - digitsOf(q);
  else {
    // First significant decimal: the smallest z with a·10^z ≥ d.
    let z = 1;
    while (a * pow10(z) < d) z++;
    places = z - 1 + DISPLAY_DIGITS;
  }
  let m: bigint;
  if (places >= 0) {
    const scaled = a * pow10(places);
    m = scaled / d;
    if ((scaled % d) * 2n >= d) m += 1n;
  } else {
    const den = d * pow10(-places);
    m = a / den;
    if ((a % den) * 2n >= den) m += 1n;
    m *= pow10(-places);
    places = 0;
  }
  let text = m.toString();
  if (places > 0) {
    if (text.length <= places) text = "0".repeat(places - text.length + 1) + text;
    const cut = text.length - places;
    let frac = text.slice(cut);
    let end = frac.length;
    while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
    frac = frac.slice(0, end);
    text = frac === "" ? text.slice(0, cut) : `${text.slice(0, cut)}.${frac}`;
  }
  return negative ? `-${text}` : text;
}

/** Rounds exactly (one implementation per mode: roundRatio); returns the rounded rational. */
export function roundRational(r: Rational, rule: RoundingRule): Rational {
  const m = roundRatio(r.n, r.d, rule);
  return { n: m, d: pow10(rule.places) };
}

/** Exactly `places` decimals ("4.20"); zero never carries a sign. */
export function toFixedText(r: Rational, places: number): string {
  const m = roundRatio(r.n, r.d, { places, mode: "halfUp" });
  const negative = m < 0n;
  let text = (negative ? -m : m).toString();
  if (places > 0) {
    if (text.length <= places) text = "0".repeat(places - text.length + 1) + text;
    text = `${text.slice(0, text.length - places)}.${text.slice(text.length - places)}`;
  }
  return negative ? `-${text}` : text;
}
