/**
 * Pixel geometry, kept apart from score code: positions are computed from
 * the exact values with rationals and printed with two decimals, so no score
 * ever passes through a float. Layout constants are whole pixels.
 */
import { toFixedText } from "../core/decimalText.js";
import { add, div, mul, type Rational, rational, sub } from "../core/rational.js";

/** A whole number of pixels as a rational. */
export const int = (n: number): Rational => rational(BigInt(n));

/** A pixel coordinate as SVG text: two decimals, trailing zeros dropped ("12.5", "40"). */
export function px(r: Rational): string {
  return toFixedText(r, 2).replace(/\.?0+$/, "") || "0";
}

/** The linear map of [lo, hi] onto [p0, p1] pixels (p1 may be below p0: y grows downwards). */
export function linear(lo: Rational, hi: Rational, p0: number, p1: number): (v: Rational) => Rational {
  const span = sub(hi, lo);
  const pixels = int(p1 - p0);
  return (v) => add(int(p0), div(mul(sub(v, lo), pixels), span));
}

/** Clamps a pixel position into [a, b] (a ≤ b): drawing only, never a score. */
export function clampPx(r: Rational, a: number, b: number): Rational {
  const lo = int(a);
  const hi = int(b);
  return r.n * hi.d < hi.n * r.d ? (r.n * lo.d > lo.n * r.d ? r : lo) : hi;
}

/** Approximate width of a text in pixels (DejaVu Sans averages 0.6 em per character). */
export function textWidth(content: string, fontSize: number): number {
  return Math.ceil([...content].length * fontSize * 0.6); // not-a-score: pixel geometry
}

/** The text cut to at most `width` pixels, with "…" when cut. */
export function clipText(content: string, fontSize: number, width: number): string {
  const chars = [...content];
  if (textWidth(content, fontSize) <= width) return content;
  const keep = Math.max(1, Math.floor(width / (fontSize * 0.6)) - 1); // not-a-score: pixel geometry
  return `${chars.slice(0, keep).join("").trimEnd()}…`;
}
