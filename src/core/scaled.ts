/**
 * Exact arithmetic on safe integers that stand for decimals: `n` at exponent
 * `e` means n / 10^e. Only used where `prepare` proved every intermediate
 * stays within ±(2^53 − 1), so integer + and × on JS numbers are exact; the
 * property tests check this path against the decimal.js reference.
 */
import { longDivisionText, toDecimalText } from "./decimalText.js";
import type { RoundingMode, RoundingRule } from "./rounding.js";

export const POW10: ReadonlyArray<number> = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Normalised plain notation (no trailing zeros), as decimal.js `toFixed()` prints. */
export function scaledToString(n: number, e: number): string {
  if (n === 0) return "0";
  const negative = n < 0;
  let digits = String(negative ? -n : n);
  if (e > 0) {
    if (digits.length <= e) digits = "0".repeat(e - digits.length + 1) + digits;
    const cut = digits.length - e;
    let frac = digits.slice(cut);
    let end = frac.length;
    while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
    frac = frac.slice(0, end);
    digits = frac === "" ? digits.slice(0, cut) : `${digits.slice(0, cut)}.${frac}`;
  }
  return negative ? `-${digits}` : digits;
}

/** Exactly `places` decimals ("5.00"), as decimal.js `toFixed(places)` prints. */
export function scaledToFixed(n: number, places: number): string {
  const negative = n < 0;
  let digits = String(negative ? -n : n);
  if (places > 0) {
    if (digits.length <= places) digits = "0".repeat(places - digits.length + 1) + digits;
    digits = `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
  }
  return negative && n !== 0 ? `-${digits}` : digits;
}

/**
 * The rounding modes on safe integers, in one place: q is a quotient truncated towards zero, r its remainder (the
 * dividend's sign) and div > 0 the divisor. Every safe-integer rounding below and in the fast paths ends here;
 * roundRatio (BigInt) is its twin, and a property test checks both against decimal.js mode for mode.
 */
export function roundQuotient(q: number, r: number, div: number, mode: RoundingMode): number {
  if (r === 0) return q;
  const away = r < 0 ? -1 : 1;
  const twice = (r < 0 ? -r : r) * 2;
  switch (mode) {
    case "down":
      return q;
    case "up":
      return q + away;
    case "halfUp":
      return twice >= div ? q + away : q;
    case "halfEven":
      return twice > div || (twice === div && q % 2 !== 0) ? q + away : q;
  }
}

/** Rounds n/10^e to `rule.places` decimals; returns the integer at exponent `rule.places`. */
export function roundScaled(n: number, e: number, rule: RoundingRule): number {
  if (e <= rule.places) return n * (POW10[rule.places - e] as number);
  const div = POW10[e - rule.places] as number;
  const r = n % div; // same sign as n
  const q = (n - r) / div; // exact: n − r is a multiple of div
  return roundQuotient(q, r, div, rule.mode);
}

/*
 * Ratios of safe integers: the twins of toDecimalText, formatRational and roundRatio for a fraction num/den whose
 * parts are safe integers (|num| ≤ 2^53 − 1, 0 < den ≤ MAX_RATIO_DEN). Every step is an integer +, −, × or an
 * exact division, so the results are the BigInt ones (property-tested against them).
 */

/** Greatest common divisor of two safe integers (non-negative result). */
export function gcdSafe(a: number, b: number): number {
  let x = a < 0 ? -a : a;
  let y = b < 0 ? -b : b;
  // Steps on doubles until both fit 31 bits, then on 32-bit integers (an integer remainder, not a float one).
  while (y !== 0 && (x > 0x7fffffff || y > 0x7fffffff)) {
    const t = x % y;
    x = y;
    y = t;
  }
  if (y === 0) return x;
  let i = x | 0;
  let j = y | 0;
  while (j !== 0) {
    const t = (i % j) | 0;
    i = j;
    j = t;
  }
  return i;
}

/** "n/d" in lowest terms, or "n" when it is whole (as formatRational prints it). */
export function ratioFraction(num: number, den: number): string {
  const g = gcdSafe(num, den) || 1;
  const n = num / g;
  const d = den / g;
  return d === 1 ? String(n === 0 ? 0 : n) : `${n}/${d}`;
}

/**
 * The decimal text of num/den (den > 0), exactly as toDecimalText prints it: on safe integers when the reduced
 * fraction terminates within them, else on BigInt.
 */
export function ratioText(num: number, den: number): string {
  const g = gcdSafe(num, den) || 1;
  const n = num / g;
  const d = den / g;
  if (d === 1) return String(n);
  // d = 2^a·5^b: n/d = n·(10^k/d) / 10^k with k = max(a, b).
  let rest = d;
  let twos = 0;
  let fives = 0;
  while (rest % 2 === 0) {
    rest /= 2;
    twos++;
  }
  while (rest % 5 === 0) {
    rest /= 5;
    fives++;
  }
  const k = Math.max(twos, fives);
  if (rest === 1 && k < POW10.length) {
    const scaled = n * ((POW10[k] as number) / d);
    if (Number.isSafeInteger(scaled)) return scaledToString(scaled, k);
  }
  return longDivisionText(n, d) ?? toDecimalText({ n: BigInt(n), d: BigInt(d) });
}

/**
 * Rounds num/den to `rule.places` decimals (roundRatio's rule, mode for mode); returns m meaning m / 10^places,
 * or undefined when num × 10^places would leave the safe integers.
 */
export function roundRatioSafe(num: number, den: number, rule: RoundingRule): number | undefined {
  const scale = POW10[rule.places];
  if (scale === undefined) return undefined;
  const scaled = num * scale;
  if (!Number.isSafeInteger(scaled)) return undefined;
  const r = scaled % den;
  const q = (scaled - r) / den;
  return roundQuotient(q, r, den, rule.mode);
}

/**
 * A number, or a canonical decimal text (optional "-", no leading zeros, digits after the point optional and
 * kept, trailing zeros too), as an integer n at exponent e (value n / 10^e) when it has at most 15 digits;
 * undefined for anything else (an exponent, "-0", leading zeros, spaces, more digits, not a number), which the
 * caller hands to the exact reader. A number is read as it prints (String(0.1) = "0.1").
 */
export function scaledOf(value: unknown): { readonly n: number; readonly e: number } | undefined {
  let text: string;
  if (typeof value === "number") {
    if (Number.isInteger(value) && value < 1e15 && value > -1e15) return { n: value === 0 ? 0 : value, e: 0 };
    text = String(value);
  } else if (typeof value === "string") text = value;
  else return undefined;
  const length = text.length;
  if (length === 0 || length > 17) return undefined;
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
      if (dot >= 0 || digits === 0 || i === length - 1) return undefined;
      dot = i;
      continue;
    }
    if (c < 48 || c > 57) return undefined;
    // No leading zeros: "0" alone before the point, or "0.…".
    if (digits === 1 && n === 0 && dot < 0) return undefined;
    n = n * 10 + (c - 48);
    digits++;
  }
  if (digits === 0 || digits > 15 || (negative && n === 0)) return undefined;
  return { n: negative ? -n : n, e: dot < 0 ? 0 : length - dot - 1 };
}
