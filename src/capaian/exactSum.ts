/**
 * Means and differences of exact values whose denominators are safe integers (capaian of single indicators),
 * without a gcd of two large numbers. A mean of twenty capaian values has a denominator of a few hundred bits
 * (the lcm of twenty unrelated targets); Euclid's algorithm on two such BigInts takes hundreds of divisions. Here
 * every gcd is taken with one small (safe-integer) side, from two identities for X = lcm(x_1 … x_m):
 *
 *     gcd(Y, X) = lcm_i gcd(Y, x_i)        and, when b divides X,   gcd(b, d) = lcm_i gcd(b, gcd(d, x_i)),
 *
 * (prime by prime: max_i min(v_p(Y), v_p(x_i)) = min(v_p(Y), max_i v_p(x_i))), and gcd(Y mod x, x) = gcd(Y, x) has
 * a small side. The results are the lowest-terms fractions `rational()` gives (property-tested).
 */

import type { Rational } from "../core/rational.js";
import { gcdSafe } from "../core/scaled.js";

/** A rational in lowest terms, with (when known) safe integers whose lcm its denominator divides. */
export interface SmallFactors extends Rational {
  readonly small: ReadonlyArray<number> | null;
  /** The same integers as BigInts (null with `small`). */
  readonly smallBig: ReadonlyArray<bigint> | null;
}

/**
 * The mean of the values nums[i] / dens[i] (safe integers in lowest terms, dens > 0) over `count`: as num/den on
 * safe integers (not reduced) while the common denominator and the sum stay within them, else as a lowest-terms
 * rational with the chunk denominators behind it. Null when even one value's denominator times `count` is not safe.
 */
export function meanOfRatios(
  nums: ReadonlyArray<number>,
  dens: ReadonlyArray<number>,
  count: number,
): { readonly num: number; readonly den: number } | SmallFactors | null {
  // Chunks of terms summed on safe integers: Σ n/d = S / C with C = lcm of the d, C × count safe.
  const sums: number[] = [];
  const commons: number[] = [];
  let S = 0;
  let C = 1;
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i] as number;
    const d = dens[i] as number;
    const g = gcdSafe(C, d);
    const C2 = (C / g) * d;
    if (Number.isSafeInteger(C2) && Number.isSafeInteger(C2 * count)) {
      const a = S * (d / g);
      const b = n * (C / g);
      const S2 = a + b;
      if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(S2)) {
        S = S2;
        C = C2;
        continue;
      }
    }
    if (!Number.isSafeInteger(d * count)) return null;
    sums.push(S);
    commons.push(C);
    S = n;
    C = d;
  }
  if (sums.length === 0) return { num: S, den: C * count };
  sums.push(S);
  commons.push(C);
  // On BigInt: BS / BC = Σ S_j / C_j with BC = lcm of the C_j, each gcd on a remainder below C_j.
  let BS = 0n;
  let BC = 1n;
  for (let j = 0; j < sums.length; j++) {
    const c = commons[j] as number;
    const cb = BigInt(c);
    const g = gcdSafe(Number(BC % cb), c); // not-a-score: a remainder below c, a safe integer
    const part = BC / BigInt(g);
    BS = BS * BigInt(c / g) + BigInt(sums[j] as number) * part;
    BC = part * cb;
  }
  if (BS === 0n) return { n: 0n, d: 1n, small: null, smallBig: null };
  // The mean BS / (BC × count); BC × count = lcm of the C_j × count (each safe).
  const small = commons.map((c) => c * count);
  const smallBig = small.map((x) => BigInt(x));
  const G = gcdWithLcm(BS, small, smallBig);
  return { n: BS / G, d: (BC * BigInt(count)) / G, small, smallBig };
}

/** gcd(Y, lcm(xs)) for safe integers xs > 0 (`bigs` the same as BigInts): the lcm of the gcd(Y mod x, x). */
function gcdWithLcm(Y: bigint, xs: ReadonlyArray<number>, bigs: ReadonlyArray<bigint>): bigint {
  let G = 1;
  let big: bigint | null = null;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const h = gcdSafe(Number(Y % (bigs[i] as bigint)), x); // not-a-score: a remainder below x, a safe integer
    if (h === 1) continue;
    if (big === null) {
      const next = (G / gcdSafe(G, h)) * h;
      if (Number.isSafeInteger(next)) {
        G = next;
        continue;
      }
      big = BigInt(G);
    }
    big = (big / BigInt(gcdSafe(Number(big % BigInt(h)), h))) * BigInt(h); // not-a-score: a remainder below h
  }
  return big ?? BigInt(G);
}

/** gcd(b, d) when b divides lcm(xs) (safe integers xs > 0; `bigs` the same as BigInts). */
function gcdDividing(b: bigint, d: bigint, xs: ReadonlyArray<number>, bigs: ReadonlyArray<bigint>): bigint {
  let G = 1;
  let big: bigint | null = null;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const h = gcdSafe(Number(d % (bigs[i] as bigint)), x); // not-a-score: a remainder below x, a safe integer
    if (h === 1) continue;
    const k = gcdSafe(Number(b % BigInt(h)), h); // not-a-score: a remainder below h, a safe integer
    if (k === 1) continue;
    if (big === null) {
      const next = (G / gcdSafe(G, k)) * k;
      if (Number.isSafeInteger(next)) {
        G = next;
        continue;
      }
      big = BigInt(G);
    }
    big = (big / BigInt(gcdSafe(Number(big % BigInt(k)), k))) * BigInt(k); // not-a-score: a remainder below k
  }
  return big ?? BigInt(G);
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Euclid on BigInt (non-negative result): for values without small factors known. */
function gcdBig(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/**
 * x − y in lowest terms, for x and y in lowest terms (Knuth, TAOCP 4.5.1: with G = gcd of the denominators,
 * t = x.n (y.d / G) − y.n (x.d / G), only gcd(t, G) remains to take). G comes from the small factors when either
 * side has them; else it is a gcd on BigInt.
 */
export function difference(x: Rational | SmallFactors, y: Rational | SmallFactors): Rational {
  const xs = "small" in x ? x : null;
  const ys = "small" in y ? y : null;
  let G: bigint;
  if (x.d <= SAFE && y.d <= SAFE)
    G = BigInt(gcdSafe(Number(x.d), Number(y.d))); // not-a-score: safe integers
  else if (xs?.small && xs.smallBig) G = gcdDividing(x.d, y.d, xs.small, xs.smallBig);
  else if (ys?.small && ys.smallBig) G = gcdDividing(y.d, x.d, ys.small, ys.smallBig);
  else G = gcdBig(x.d, y.d);
  const xd = x.d / G;
  const yd = y.d / G;
  const t = x.n * yd - y.n * xd;
  if (t === 0n) return { n: 0n, d: 1n };
  let g2 = 1n;
  if (G !== 1n) g2 = G <= SAFE ? BigInt(gcdSafe(Number(t % G), Number(G))) : gcdBig(t, G); // not-a-score: below G, safe
  return { n: t / g2, d: xd * (y.d / g2) };
}
