/**
 * The exact value of a stored result ({ exact, exactFraction }): the fraction
 * when present, checked against the decimal text beside it, so a tampered or
 * mistyped stored result is refused instead of averaged.
 */

import { toDecimalText } from "../core/decimalText.js";
import { type ErrorPath, formatPath, KinerjaError } from "../core/errors.js";
import { parseFraction, type Rational } from "../core/rational.js";
import { MAX_COMPARED_DIGITS, readNumber } from "./numbers.js";

/** Results this process computed, with the exact value they were computed with (no re-parsing on aggregate). */
const computed = new WeakMap<object, { readonly exact: string; readonly fraction: string; readonly value: Rational }>();

/** Remembers a result's exact value; `exactOfStored` trusts it while the result's texts are unchanged. */
export function rememberExact<T extends { readonly exact: string; readonly exactFraction: string }>(
  result: T,
  value: Rational,
): T {
  computed.set(result, { exact: result.exact, fraction: result.exactFraction, value });
  return result;
}

export function exactOfStored(result: object, path: ErrorPath): Rational {
  const r = result as { exact?: unknown; exactFraction?: unknown };
  const known = computed.get(result);
  if (known && known.exact === r.exact && known.fraction === r.exactFraction) return known.value;
  const exact = readNumber(r.exact, [...path, "exact"], MAX_COMPARED_DIGITS);
  if (r.exactFraction === undefined) {
    // Without the fraction, only a terminating `exact` (fewer than 40 significant digits) is known to be exact.
    if (typeof r.exact === "string" && r.exact.replace(/[-.]/g, "").replace(/^0+/, "").length >= MAX_COMPARED_DIGITS)
      throw new KinerjaError(
        "INVALID_INPUT",
        `${formatPath(path)}: exact "${r.exact}" is a rounded quotient; pass the result's exactFraction (or re-score it)`,
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
      `${formatPath(path)}: exactFraction ${String(r.exactFraction)} does not match exact ${String(r.exact)}`,
      { path: [...path, "exactFraction"], rule: "exact and exactFraction state the same value" },
    );
  return f;
}
