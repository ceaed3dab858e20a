/**
 * Input checks for the capaian module: every figure enters as a BigInt
 * rational, so no float ever touches a score. Checked by hand: kinerja/capaian
 * loads neither zod nor decimal.js.
 */
import { type ErrorPath, formatPath, KinerjaError } from "../core/errors.js";
import { parseRational, type Rational, rational } from "../core/rational.js";
import { gcdSafe, POW10, scaledOf } from "../core/scaled.js";

/** A figure as given: a finite number or a decimal string in plain notation ("12.5", "-3"). */
export type Amount = number | string;

/** Digits an input may carry; more is almost certainly a pasted float artefact. */
export const MAX_INPUT_DIGITS = 30;

const AMOUNT_RULE = 'a finite number or a decimal string in plain notation, e.g. "12.5"';

const PLAIN = /^-?\d+(\.\d+)?$/;
// How JavaScript prints a finite number: "0.1", "-12.5", "1e-7", "1.5e+21".
const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** Parses a figure exactly; NaN, ±Infinity, "1e3", "12,5", "" and non-numbers throw INVALID_INPUT. */
export function parseAmount(value: unknown, path: ErrorPath): Rational {
  // The common case (at most 15 digits, plain notation): reduced on safe integers, no parse of the text.
  const small = scaledAmount(value);
  if (small !== undefined) {
    const den = POW10[small.e] as number;
    const g = gcdSafe(small.n, den) || 1;
    return { n: BigInt(small.n / g), d: BigInt(den / g) };
  }
  let text: string;
  if (typeof value === "number" && Number.isFinite(value)) text = String(value);
  else if (typeof value === "string" && PLAIN.test(value)) text = value;
  else
    throw new KinerjaError(
      "INVALID_INPUT",
      `${formatPath(path)}: expected a finite number or a decimal string like "12.5", got ${describe(value)}`,
      { path, rule: AMOUNT_RULE, details: { value: typeof value === "string" ? value : describe(value) } },
    );
  // The shortest decimal that prints as the number: 0.1 is 1/10, not the binary float.
  const [, sign, int, frac = "", exp = "0"] = NUMBER_TEXT.exec(text) as RegExpExecArray;
  const digits = `${int}${frac}`.replace(/^0+/, "");
  if (digits.length > MAX_INPUT_DIGITS)
    throw new KinerjaError("PRECISION_EXCEEDED", `${formatPath(path)}: more than ${MAX_INPUT_DIGITS} digits`, {
      path,
      rule: `at most ${MAX_INPUT_DIGITS} digits`,
      details: { value: text },
    });
  const n = BigInt(`${sign}${int}${frac}`);
  const e = BigInt(exp) - BigInt(frac.length);
  return e >= 0n ? rational(n * 10n ** e) : rational(n, 10n ** -e);
}

/**
 * `scaledOf` (core/scaled.ts), the same result for every value, faster for a number with decimals: instead of
 * printing it (`String(value)`) and reading the text back, the fewest decimals e with an integer m such that
 * m / 10^e is the number itself are found. That m and e are the ones its printed text gives: the text JavaScript
 * prints is the shortest that reads back as the number, and m / 10^e (one correctly rounded division) is the
 * number exactly when the decimal m·10^-e reads back as it. Within 15 digits m is the only such integer, and the
 * product rounded to the nearest integer finds it (its error is below 0.25). Property-tested against scaledOf.
 */
export function scaledAmount(value: unknown): { readonly n: number; readonly e: number } | undefined {
  return readScaled(value) ? { n: SCALED.n, e: SCALED.e } : undefined;
}

/** Where `readScaled` leaves its answer (no object per figure read on the hot paths). */
export const SCALED = { n: 0, e: 0 };

/** `scaledAmount(value)` into SCALED; false where scaledAmount is undefined. */
export function readScaled(value: unknown): boolean {
  if (typeof value === "string") return readScaledText(value);
  if (typeof value !== "number") return false;
  if (Number.isInteger(value) && value < 1e15 && value > -1e15) {
    SCALED.n = value === 0 ? 0 : value;
    SCALED.e = 0;
    return true;
  }
  // Printed in plain notation (1e-6 ≤ |v| < 1e21) with at most 15 digits: |v| < 10^15 …
  const a = value < 0 ? -value : value;
  if (!(a >= 1e-6 && a < 1e15)) {
    const s = scaledOf(value);
    if (s === undefined) return false;
    SCALED.n = s.n;
    SCALED.e = s.e;
    return true;
  }
  for (let e = 1; e <= 15; e++) {
    const scale = POW10[e] as number;
    const m = Math.round(value * scale); // not-a-score: a candidate, kept only if m / 10^e is the number exactly
    if (m / scale !== value) continue;
    // … counting the "0" before the point of a number below 1 as a digit, as scaledOf does.
    if ((a < 1 ? e + 1 : digitCount(m < 0 ? -m : m)) > 15) return false;
    SCALED.n = m;
    SCALED.e = e;
    return true;
  }
  return false;
}

/**
 * scaledOf (core/scaled.ts) of a text, into SCALED: a canonical decimal text (optional "-", no leading zeros,
 * digits after the point kept, trailing zeros too) of at most 15 digits; false for anything else.
 */
function readScaledText(text: string): boolean {
  const length = text.length;
  if (length === 0 || length > 17) return false;
  let i = 0;
  const negative = text.charCodeAt(0) === 45;
  if (negative) i = 1;
  let n = 0;
  let digits = 0;
  let dot = -1;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      // One point, with a digit on each side.
      if (dot >= 0 || digits === 0 || i === length - 1) return false;
      dot = i;
      continue;
    }
    if (c < 48 || c > 57) return false;
    // No leading zeros: "0" alone before the point, or "0.…".
    if (digits === 1 && n === 0 && dot < 0) return false;
    n = n * 10 + (c - 48);
    digits++;
  }
  if (digits === 0 || digits > 15 || (negative && n === 0)) return false;
  SCALED.n = negative ? -n : n;
  SCALED.e = dot < 0 ? 0 : length - dot - 1;
  return true;
}

/** Decimal digits of a positive safe integer. */
function digitCount(n: number): number {
  let d = 1;
  while (d < 16 && n >= (POW10[d] as number)) d++;
  return d;
}

/** Null and undefined both mean "not reported": never a zero. */
export const isMissing = (value: unknown): value is null | undefined => value === null || value === undefined;

/** A plain object (not null, not an array), else INVALID_INPUT at `path`. */
export function record(value: unknown, path: ErrorPath, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new KinerjaError("INVALID_INPUT", `${formatPath(path)} must be ${what}`, {
      path,
      rule: what,
      details: { value: describe(value) },
    });
  return value as Record<string, unknown>;
}

/** Rejects keys outside `allowed`, so a typo ("realisation") is an error and not a silent "missing". */
export function onlyKeys(obj: Record<string, unknown>, allowed: ReadonlyArray<string>, path: ErrorPath): void {
  for (const key of Object.keys(obj))
    if (!allowed.includes(key))
      throw new KinerjaError("INVALID_INPUT", `${formatPath([...path, key])} is not a known field`, {
        path: [...path, key],
        rule: `known fields: ${allowed.join(", ")}`,
        details: { key },
      });
}

/** A non-empty string (an id or a code), else INVALID_INPUT. */
export function nonEmptyString(value: unknown, path: ErrorPath, what: string): string {
  if (typeof value !== "string" || value === "")
    throw new KinerjaError("INVALID_INPUT", `${formatPath(path)} must be ${what}`, {
      path,
      rule: `${what} (a non-empty string)`,
      details: { value: describe(value) },
    });
  return value;
}

/** One of the allowed strings, or `fallback` when undefined. */
export function choice<T extends string>(value: unknown, allowed: ReadonlyArray<T>, path: ErrorPath, fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === "string" && (allowed as ReadonlyArray<string>).includes(value)) return value as T;
  const list = allowed.map((a) => `"${a}"`).join(", ");
  throw new KinerjaError("INVALID_INPUT", `${formatPath(path)}: ${describe(value)} is not one of ${list}`, {
    path,
    rule: `one of ${list}`,
    details: { value: describe(value) },
  });
}

/** Reads back an `exactFraction` of an earlier result (plain JSON may have travelled). */
export function parseFraction(value: unknown, path: ErrorPath): Rational {
  const r = typeof value === "string" ? parseRational(value) : null;
  if (r === null)
    throw new KinerjaError("INVALID_INPUT", `${formatPath(path)}: expected an exact fraction like "340/3"`, {
      path,
      rule: 'an exactFraction as kinerja prints it ("340/3", "120")',
      details: { value: describe(value) },
    });
  return r;
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}
