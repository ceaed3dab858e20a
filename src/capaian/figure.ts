/**
 * Exact output: every result figure as a 2-decimal published value, the
 * unrounded decimal text and the fraction it comes from. Rounding is from the
 * fraction itself, so a tie (x.xx5) is never misjudged.
 */
import { toDecimalText } from "../core/decimalText.js";
import { formatRational, type Rational } from "../core/rational.js";
import { roundRatio } from "../core/roundRatio.js";
import { gcdSafe, ratioText, roundRatioSafe } from "../core/scaled.js";

/** An exact figure in the three forms every result gives. */
export interface ExactFigure {
  /** Rounded half-up to 2 decimals: "113.33". */
  readonly value: string;
  /** Unrounded: exact when it terminates within 40 significant digits, else rounded there. */
  readonly exact: string;
  /** Lowest-terms fraction: "340/3", "120". */
  readonly exactFraction: string;
}

const HALF_UP_2 = { places: 2, mode: "halfUp" } as const;

/** m / 100 as "x.yy"; never "-0.00"; "+" on request for differences. */
function cents(m: bigint, plus: boolean): string {
  const negative = m < 0n;
  const digits = (negative ? -m : m).toString().padStart(3, "0");
  const body = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return negative ? `-${body}` : plus && m > 0n ? `+${body}` : body;
}

/** The three forms of r. */
export function figure(r: Rational): ExactFigure {
  return {
    value: cents(roundRatio(r.n, r.d, HALF_UP_2), false),
    exact: toDecimalText(r),
    exactFraction: formatRational(r),
  };
}

/** A signed difference: `value` carries "+" when positive ("+5.25", "-1.20", "0.00"). */
export function delta(r: Rational): ExactFigure {
  return { ...figure(r), value: cents(roundRatio(r.n, r.d, HALF_UP_2), true) };
}

/** m / 100 as "x.yy" for a safe integer m (the number twin of `cents`). */
function centsOf(m: number): string {
  const negative = m < 0;
  const digits = String(negative ? -m : m).padStart(3, "0");
  const body = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return negative ? `-${body}` : body;
}

/**
 * The three forms of num/den for safe integers num and den > 0 (unreduced), without a BigInt rational: the same
 * texts as `figure(rational(num, den))` (property-tested). Undefined when num × 100 would leave the safe integers.
 */
export function figureOfRatio(num: number, den: number): ExactFigure | undefined {
  const m = roundRatioSafe(num, den, HALF_UP_2);
  if (m === undefined) return undefined;
  const g = gcdSafe(num, den) || 1;
  const n = num / g;
  const d = den / g;
  return { value: centsOf(m), exact: ratioText(n, d), exactFraction: d === 1 ? String(n) : `${n}/${d}` };
}

/**
 * Results this process computed, with the exact value behind their `exactFraction`: a mean or a ranking reads it
 * from here instead of parsing the text again, while the texts are unchanged (a result that travelled as JSON, or
 * was edited, is parsed as before).
 */
const values = new WeakMap<object, { readonly figure: Shown; num: number; den: number; exact: Rational | null }>();

/** The three texts of a result figure (null while it has no value). */
interface Shown {
  readonly value: string | null;
  readonly exact: string | null;
  readonly exactFraction: string | null;
}

/** Remembers the exact value num/den (safe integers, den > 0) or `exact` of a figure-carrying object; returns it. */
export function remember<T extends Shown>(obj: T, value: Rational | { num: number; den: number }): T {
  // The texts are copied: a caller who edits the object afterwards gets the text parsed again.
  const figure = { value: obj.value, exact: obj.exact, exactFraction: obj.exactFraction };
  values.set(
    obj,
    "n" in value ? { figure, num: 0, den: 0, exact: value } : { figure, num: value.num, den: value.den, exact: null },
  );
  return obj;
}

/** The remembered exact value of `obj` (lowest terms), when its three texts are still the ones computed. */
export function recall(obj: object): Rational | undefined {
  const hit = values.get(obj);
  if (hit === undefined) return undefined;
  const o = obj as Partial<Shown>;
  const f = hit.figure;
  if (o.value !== f.value || o.exact !== f.exact || o.exactFraction !== f.exactFraction) return undefined;
  if (hit.exact === null) {
    const g = gcdSafe(hit.num, hit.den) || 1;
    hit.exact = { n: BigInt(hit.num / g), d: BigInt(hit.den / g) };
  }
  return hit.exact;
}

/** Decimal text of an input echoed back (inputs have at most 30 digits, so this is exact). */
export const text = (r: Rational): string => toDecimalText(r);
