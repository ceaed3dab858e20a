/**
 * Exact output: every result figure as a 2-decimal published value, the
 * unrounded decimal text and the fraction it comes from. Rounding is from the
 * fraction itself, so a tie (x.xx5) is never misjudged.
 */
import { toDecimalText } from "../core/decimalText.js";
import { formatRational, type Rational } from "../core/rational.js";
import { roundRatio } from "../core/roundRatio.js";

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

/** Decimal text of an input echoed back (inputs have at most 30 digits, so this is exact). */
export const text = (r: Rational): string => toDecimalText(r);
