import { D, type Dec, PLAIN_DECIMAL, PRECISION } from "../core/decimal.js";
import { type ErrorPath, formatPath, KinerjaError } from "../core/errors.js";
import type { PreparedScale } from "./prepare.js";

/** Inputs beyond this many significant digits could not be multiplied exactly at 40 digits. */
export const MAX_INPUT_DIGITS = 20;
/** Values that are only compared or added may carry the full working precision. */
export const MAX_COMPARED_DIGITS = PRECISION;

/**
 * Parses a number or decimal string into a decimal, or throws naming the path.
 * `maxDigits` guards multiplications; values that are only compared or summed
 * (a result's 40-digit `exact`) may pass the working precision instead.
 */
export function parseDecimalInput(value: unknown, path: ErrorPath, maxDigits: number = MAX_INPUT_DIGITS): Dec {
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new KinerjaError("INVALID_INPUT", `${formatPath(path)}: ${value} is not a finite number`, {
        path,
        rule: "a finite number or a decimal string",
        details: { value: String(value) },
      });
    return new D(value);
  }
  if (typeof value === "string" && PLAIN_DECIMAL.test(value)) {
    const d = new D(value);
    if (d.precision(true) > maxDigits)
      throw new KinerjaError("PRECISION_EXCEEDED", `${formatPath(path)}: more than ${maxDigits} significant digits`, {
        path,
        rule: `at most ${maxDigits} significant digits`,
        details: { value },
      });
    return d;
  }
  throw new KinerjaError("INVALID_INPUT", `${formatPath(path)}: expected a number or a decimal string like "4.50"`, {
    path,
    rule: "a finite number or a decimal string",
    details: { value: typeof value === "string" ? value : typeof value },
  });
}

function outOfScale(path: ErrorPath, rule: string, value: unknown): never {
  throw new KinerjaError("ANSWER_OUT_OF_SCALE", `${formatPath(path)}: ${JSON.stringify(value)} is not ${rule}`, {
    path,
    rule,
    details: { value },
  });
}

/** The value of one answer on its scale; never clamps, never guesses. */
export function parseAnswer(ps: PreparedScale, value: unknown, path: ErrorPath): Dec {
  const byKey = ps.byKey;
  if (byKey !== null && (typeof value === "number" || typeof value === "string")) {
    const hit = byKey.get(value);
    if (hit) return hit;
  }
  if (ps.scale.kind === "options" && typeof value === "string" && !PLAIN_DECIMAL.test(value))
    outOfScale(path, ps.rule, value);
  const d = parseDecimalInput(value, path);
  if (ps.scale.kind === "options") {
    for (const option of ps.byKey?.values() ?? []) if (option.eq(d)) return option;
    return outOfScale(path, ps.rule, value);
  }
  if (ps.scale.kind === "integer" && !d.isInteger()) outOfScale(path, ps.rule, value);
  if (d.lt(ps.min) || d.gt(ps.max)) outOfScale(path, ps.rule, value);
  if (ps.places !== undefined && d.decimalPlaces() > ps.places) outOfScale(path, ps.rule, value);
  return d;
}
