/**
 * The exact value of a stored result ({ exact, exactFraction }): the fraction
 * when present, checked against the decimal text beside it, so a tampered or
 * mistyped stored result is refused instead of averaged.
 */

import { toDecimalText } from "../core/decimalText.js";
import { type ErrorPath, formatPath, KinerjaError, showValue } from "../core/errors.js";
import { parseFraction, type Rational, rational } from "../core/rational.js";
import { pow10 } from "../core/roundRatio.js";
import { createStamp } from "../core/stamp.js";
import { MAX_COMPARED_DIGITS, readNumber } from "./numbers.js";

/** The fields of a result that say what it is: a result keeps its memo only while all of them are unchanged. */
interface Identity {
  readonly rubric: string;
  readonly rubricHash: string;
  readonly confirmed: boolean;
  readonly exact: string;
  readonly exactFraction: string;
}

/**
 * What a result this process computed remembers of its exact value (no re-parsing on aggregate): a rational, or
 * (from the safe-integer paths) the integer n at exponent e meaning n / 10^e, made a rational only when asked for,
 * beside the fields that say what the result is. A result with one of them changed since (relabelled to another
 * rubric, its texts or `confirmed` edited) is read and checked as any stored result.
 */
class Memo {
  // Private fields only, on an object only this module reaches (through the stamp).
  readonly #rubric: string;
  readonly #rubricHash: string;
  readonly #confirmed: boolean;
  readonly #exact: string;
  readonly #fraction: string;
  #value: Rational | null;
  readonly #n: number;
  readonly #e: number;
  constructor(result: Identity, value: Rational | null, n: number, e: number) {
    this.#rubric = result.rubric;
    this.#rubricHash = result.rubricHash;
    this.#confirmed = result.confirmed;
    this.#exact = result.exact;
    this.#fraction = result.exactFraction;
    this.#value = value;
    this.#n = n;
    this.#e = e;
  }

  /** The memo of `result` when it is trusted (stamped here, identity unchanged), else null. */
  static of(result: object): Memo | null {
    const memo = stamp.get(result);
    if (memo === undefined) return null;
    try {
      const r = result as Partial<Record<keyof Identity, unknown>>;
      return r.exact === memo.#exact &&
        r.exactFraction === memo.#fraction &&
        r.rubric === memo.#rubric &&
        r.rubricHash === memo.#rubricHash &&
        r.confirmed === memo.#confirmed
        ? memo
        : null;
    } catch {
      return null; // a getter added to the result since: read it as any stored result (inside guards)
    }
  }

  /** n / 10^e from a safe-integer path, or null when the memo holds a rational. */
  static scaled(memo: Memo): ScaledValue | null {
    return memo.#e < 0 ? null : { n: memo.#n, e: memo.#e };
  }

  static value(memo: Memo): Rational {
    if (memo.#value === null) memo.#value = rational(BigInt(memo.#n), pow10(memo.#e));
    return memo.#value;
  }
}

/**
 * Where a result keeps its memo: a private field stamped on the result itself (core/stamp.ts), which no
 * reflection, copy or Proxy carries and only this module reads.
 */
const stamp = createStamp<Memo>();

/** A decimal as the safe-integer paths hold it: n / 10^e (n a safe integer, 0 ≤ e ≤ 15). */
export interface ScaledValue {
  readonly n: number;
  readonly e: number;
}

/** Remembers a result's exact value; `exactOfStored` trusts it while the result's identity is unchanged. */
export function rememberExact<T extends Identity>(result: T, value: Rational | ScaledValue): T {
  // Only a fresh result of this module is stamped (a result stamped already keeps its memo).
  if (!Object.isExtensible(result)) return result;
  const memo = "d" in value ? new Memo(result, value, 0, -1) : new Memo(result, null, value.n, value.e);
  stamp.put(result, memo);
  return result;
}

/** The remembered exact value of a result this process computed on safe integers (texts unchanged), else null. */
export function scaledOfStored(result: object): ScaledValue | null {
  const known = Memo.of(result);
  return known === null ? null : Memo.scaled(known);
}

/** Whether this result object was computed by this process (and its exact texts are unchanged since). */
export function isRemembered(result: object): boolean {
  return Memo.of(result) !== null;
}

export function exactOfStored(result: object, path: ErrorPath): Rational {
  const r = result as { exact?: unknown; exactFraction?: unknown };
  const known = Memo.of(result);
  if (known !== null) return Memo.value(known);
  const exact = readNumber(r.exact, [...path, "exact"], MAX_COMPARED_DIGITS);
  if (r.exactFraction === undefined) {
    // Without the fraction, only a terminating `exact` (fewer than 40 significant digits) is known to be exact.
    if (typeof r.exact === "string" && r.exact.replace(/[-.]/g, "").replace(/^0+/, "").length >= MAX_COMPARED_DIGITS)
      throw new KinerjaError(
        "INVALID_INPUT",
        `${formatPath(path)}: exact ${showValue(r.exact)} is a rounded quotient; pass the result's exactFraction (or re-score it)`,
        { path: [...path, "exactFraction"], rule: "a stored result carries its exactFraction" },
      );
    return exact;
  }
  const f = typeof r.exactFraction === "string" ? parseFraction(r.exactFraction) : null;
  if (f === null)
    throw new KinerjaError("INVALID_INPUT", `${formatPath(path)}: exactFraction must be a fraction like "83/40"`, {
      path: [...path, "exactFraction"],
      rule: 'an exact fraction "n/d" in lowest terms',
    });
  if (toDecimalText(f) !== toDecimalText(exact))
    throw new KinerjaError(
      "INVALID_INPUT",
      `${formatPath(path)}: exactFraction ${showValue(r.exactFraction)} does not match exact ${showValue(r.exact)}`,
      { path: [...path, "exactFraction"], rule: "exact and exactFraction state the same value" },
    );
  return f;
}
