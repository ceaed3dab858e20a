/**
 * Exact rationals on BigInt, used only while preparing a rubric (weights,
 * shares, common denominators). Scores themselves go through `decimal.ts`.
 */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const FRACTION = /^-?(0|[1-9]\d*)\/([1-9]\d*)$/;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rational(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError("zero denominator");
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/** Parses "24", "0.17", "-1.5" or "1/9" exactly; returns null when malformed. */
export function parseRational(text: string): Rational | null {
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const [num, den] = text.split("/") as [string, string];
    return rational(BigInt(num), BigInt(den));
  }
  if (!DECIMAL.test(text)) return null;
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const [int, frac = ""] = body.split(".") as [string, string?];
  const n = BigInt(int + frac) * (negative ? -1n : 1n);
  return rational(n, 10n ** BigInt(frac.length));
}

export const R0: Rational = rational(0n);
export const R1: Rational = rational(1n);

export const add = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational): Rational => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational): Rational => rational(a.n * b.d, a.d * b.n);
export const cmp = (a: Rational, b: Rational): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
export const eq = (a: Rational, b: Rational): boolean => a.n === b.n && a.d === b.d;

export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/** Exponent k with d | 10^k, or null when 1/d does not terminate in base 10. */
export function decimalExponent(d: bigint): number | null {
  let rest = d;
  let twos = 0;
  let fives = 0;
  while (rest % 2n === 0n) {
    rest /= 2n;
    twos++;
  }
  while (rest % 5n === 0n) {
    rest /= 5n;
    fives++;
  }
  return rest === 1n ? Math.max(twos, fives) : null;
}

export function formatRational(r: Rational): string {
  return r.d === 1n ? r.n.toString() : `${r.n}/${r.d}`;
}

export const sub = (a: Rational, b: Rational): Rational => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const neg = (a: Rational): Rational => ({ n: -a.n, d: a.d });
export const isZero = (a: Rational): boolean => a.n === 0n;
export const fromBigInt = (n: bigint): Rational => ({ n, d: 1n });
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);

/** Parses "83/40", "-7", "2.075" (a stored `exactFraction` or a decimal) exactly; null when malformed. */
export function parseFraction(text: string): Rational | null {
  const slash = text.indexOf("/");
  if (slash < 0) return parseRational(text);
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const r = FRACTION.test(body) ? parseRational(body) : null;
  return r && negative ? neg(r) : r;
}
