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

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Denominators the long division on numbers takes (d × 10 stays safe). */
const SMALL_DEN = SAFE / 10n;

/** Plain notation, no trailing zeros ("2.075", "-0.5", "100"). */
export function toDecimalText(r: Rational): string {
  if (r.n === 0n) return "0";
  // Small parts (the usual case): the same digits by long division on safe integers (property-tested).
  if (r.d <= SMALL_DEN && r.n <= SAFE && r.n >= -SAFE) {
    const text = longDivisionText(Number(r.n), Number(r.d)); // not-a-score: safe integers convert exactly
    if (text !== undefined) return text;
  }
  return toDecimalTextBig(r);
}

/** toDecimalText on BigInt alone, for parts of any size (the reference of the long division above). */
export function toDecimalTextBig(r: Rational): string {
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

/** Zeros to left-pad a chunk of digits. */
const ZEROS = "000000000";

/**
 * toDecimalText of num/den (safe integers, den > 0) by long division on safe integers, up to nine digits per
 * step: exact when it has at most 40 significant digits, else rounded half-up at the 40th (the digits after it
 * are at least one half exactly when the first of them is 5 or more). Undefined when den is too large for a
 * step of one digit (den × 10 beyond 2^53).
 */
export function longDivisionText(num: number, den: number): string | undefined {
  // Remembered: the same n/d recurs from unit to unit (every 400-respondent survey's element averages share one
  // denominator; an RB worksheet's option values and shares repeat from pemda to pemda).
  const slot = ((num % 65521) * 31 + den) & (SLOTS - 1);
  if (RECENT_N[slot] === num && RECENT_D[slot] === den) return RECENT_TEXT[slot];
  const text = longDivision(num, den);
  if (text !== undefined) {
    RECENT_N[slot] = num;
    RECENT_D[slot] = den;
    RECENT_TEXT[slot] = text;
  }
  return text;
}

/** `longDivisionText`'s recent quotients: a direct-mapped table (bounded; a clash replaces the slot). */
const SLOTS = 4096;
const RECENT_N = new Float64Array(SLOTS);
/** Denominators (0 in an empty slot: never a denominator here, which is at least 1). */
const RECENT_D = new Float64Array(SLOTS);
const RECENT_TEXT = new Array<string>(SLOTS).fill("");

function longDivision(num: number, den: number): string | undefined {
  if (num === 0) return "0";
  // Digits per step: den × 10^k must stay safe, and a chunk below 10^9 prints as a small integer.
  let k = 0;
  let step = 1;
  while (k < 9 && den * step * 10 <= Number.MAX_SAFE_INTEGER) {
    step *= 10;
    k++;
  }
  if (k === 0) return undefined;
  const negative = num < 0;
  const a = negative ? -num : num;
  let r = a % den;
  let q = (a - r) / den;
  if (r === 0) return negative ? `-${q}` : String(q);
  const intText = String(q);
  // Fraction digits wanted: 40 significant in all (below 1 the leading zeros come first); -1 until known.
  let need = q > 0 ? 40 - intText.length : -1;
  let frac = "";
  while (r !== 0 && (need < 0 || frac.length <= need)) {
    const t = r * step;
    let c = Math.floor(t / den); // not-a-score: a quotient estimate, corrected exactly by the remainder below
    let left = t - c * den;
    while (left < 0) {
      c--;
      left += den;
    }
    while (left >= den) {
      c++;
      left -= den;
    }
    const chunk = String(c);
    frac += chunk.length === k ? chunk : ZEROS.slice(0, k - chunk.length) + chunk;
    r = left;
    if (need < 0) {
      let z = 0;
      while (z < frac.length && frac.charCodeAt(z) === 48) z++;
      if (z < frac.length) need = z + 40;
    }
  }
  if (need >= 0 && frac.length > need) {
    const up = frac.charCodeAt(need) >= 53;
    frac = frac.slice(0, need);
    if (up) {
      // One unit more in the last place, carried through nines.
      let i = frac.length - 1;
      while (i >= 0 && frac.charCodeAt(i) === 57) i--;
      if (i < 0) {
        q += 1;
        frac = "";
      } else frac = frac.slice(0, i) + String.fromCharCode(frac.charCodeAt(i) + 1);
    }
  }
  let end = frac.length;
  while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
  const text = end === 0 ? String(q) : `${q}.${frac.slice(0, end)}`;
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
