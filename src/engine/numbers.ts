/**
 * The one number parser of the engine (answers, unit values, points,
 * parameters): finite numbers and plain decimal strings become exact
 * rationals; anything else is a KinerjaError naming the path.
 */
import { cut, type ErrorPath, formatPath, KinerjaError, showValue } from "../core/errors.js";
import { checkText } from "../core/limits.js";
import { type Rational, rational } from "../core/rational.js";
import { pow10 } from "../core/roundRatio.js";

/** Plain notation as inputs may write it ("05", "-3.250"); no exponent, grouping or spaces. */
export const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** Inputs beyond this many significant digits are refused (they are not published figures). */
export const MAX_INPUT_DIGITS = 20;
/** Values that are only compared or summed (a stored result's `exact`) may carry the display precision. */
export const MAX_COMPARED_DIGITS = 40;

const shown = (value: unknown): string => (typeof value === "string" ? cut(value) : showValue(value));

function significantDigits(int: string, frac: string, exponent: number): number {
  let digits = (int + frac.replace(/0+$/, "")).replace(/^0+/, "");
  if (digits === "") return 1;
  if (exponent > 0) digits += "0".repeat(exponent);
  return digits.length;
}

/** The exact value of a number or decimal string, or a KinerjaError (INVALID_INPUT / PRECISION_EXCEEDED). */
export function readNumber(value: unknown, path: ErrorPath, maxDigits: number = MAX_INPUT_DIGITS): Rational {
  let text: string | null = null;
  if (typeof value === "number") {
    if (!Number.isFinite(value))
      throw new KinerjaError("INVALID_INPUT", `${formatPath(path)}: ${String(value)} is not a finite number`, {
        path,
        rule: "a finite number or a decimal string",
        details: { value: String(value) },
      });
    text = String(value);
  } else if (typeof value === "string") {
    // A number written in more characters than any text may have is refused before it is read: a thousand
    // leading zeros already make a ten-thousand-digit power of ten.
    checkText(value, path);
    if (PLAIN_DECIMAL.test(value)) text = value;
  }
  const m = text === null ? null : NUMBER_TEXT.exec(text);
  if (m === null)
    throw new KinerjaError(
      "INVALID_INPUT",
      `${formatPath(path)}: expected a number or a decimal string like "4.50", not ${showValue(value)}`,
      {
        path,
        rule: "a finite number or a decimal string",
        details: { value: shown(value) },
      },
    );
  const [, sign = "", int = "0", frac = "", exp = "0"] = m;
  const exponent = Number.parseInt(exp, 10); // not-a-score: the exponent of a JS number's own text
  if (significantDigits(int, frac, exponent) > maxDigits)
    throw new KinerjaError("PRECISION_EXCEEDED", `${formatPath(path)}: more than ${maxDigits} significant digits`, {
      path,
      rule: `at most ${maxDigits} significant digits`,
      details: { value: shown(value) },
    });
  const n = BigInt(sign + int + frac);
  const e = exponent - frac.length;
  return e >= 0 ? rational(n * pow10(e), 1n) : rational(n, pow10(-e));
}
