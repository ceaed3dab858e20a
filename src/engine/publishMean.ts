/**
 * The publish step of publishValue.ts for the commonest aggregate: the mean of k plain decimals, held as their sum
 * S at exponent e (the mean is S / (k·10^e)). Range, official rounding, band and gap come from a table of the
 * rubric's figures as integers, built once per compiled rubric; the exact text is a long division of S by k alone
 * (the e decimals of the quotient come for free). The texts, band and gap are publishValue's, field for field
 * (test/properties/aggregate-mean.property.test.ts); wherever a figure would leave the safe integers, or the
 * rubric's figures do not fit the table, it declines (null) and the caller publishes on the general paths. Used by
 * aggregateUnits.ts and (for classify, the same table) classifyValue.ts only.
 */

import { DISPLAY_DIGITS } from "../core/decimalText.js";
import { pow10 } from "../core/roundRatio.js";
import {
  gcdSafe,
  POW10,
  ratioFraction,
  ratioText,
  roundQuotient,
  roundRatioSafe,
  scaledToFixed,
  scaledToString,
} from "../core/scaled.js";
import type { Gap, Predicate, RoundingRule } from "../model/types.js";
import type { Compiled } from "./compile.js";
import type { RatioPublication } from "./publishValue.js";

/** One band as integers at the rounding's decimals. */
interface MeanBand {
  readonly min: number;
  readonly max: number;
  readonly minInclusive: boolean;
  readonly maxInclusive: boolean;
  readonly predicate: Predicate;
  /** The next band up: its predicate, the lowest published value in it (an integer at the rounding's decimals) and that value's text. */
  readonly next: { readonly predicate: Predicate; readonly goal: number; readonly target: string } | null;
}

/** A rounding and the rubric's bands as integers at its decimals. */
interface Publishing {
  readonly places: number;
  readonly rounding: RoundingRule;
  /** Ascending; null when the rubric has no bands. */
  readonly bands: ReadonlyArray<MeanBand> | null;
}

/** A rubric's figures for the mean of plain decimals on safe integers, made once per compiled rubric. */
export interface MeanPlan {
  /**
   * The range's ends at exponent e (index e, 0–15): a unit value n / 10^e is within the range when
   * lo[e] ≤ n ≤ hi[e]. NaN where an end has more decimals than e or leaves the safe integers (every comparison
   * with NaN is false: the unit then takes the general reader).
   */
  readonly lo: ReadonlyArray<number>;
  readonly hi: ReadonlyArray<number>;
  /** The rubric's own aggregate rounding: the aggregation's, or else the result's. */
  readonly rounding: RoundingRule | undefined;
  /** For that rounding; null without one, or where a band edge has more decimals. */
  readonly publishing: Publishing | null;
}

const SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);

/** The rational n/d times 10^places as a safe integer, or undefined when it is not a whole safe integer. */
function scaledInt(r: { readonly n: bigint; readonly d: bigint }, places: number): number | undefined {
  const x = r.n * pow10(places);
  if (x % r.d !== 0n) return undefined;
  const q = x / r.d;
  return q <= SAFE_BIG && q >= -SAFE_BIG ? Number(q) : undefined; // not-a-score: a safe integer converts exactly
}

function publishingFor(c: Compiled, rounding: RoundingRule | undefined): Publishing | null {
  if (!rounding || !Number.isSafeInteger(rounding.places) || rounding.places < 0 || rounding.places >= POW10.length)
    return null;
  if (!c.bands) return { places: rounding.places, rounding, bands: null };
  const bands: MeanBand[] = [];
  for (let i = 0; i < c.bands.length; i++) {
    const b = c.bands[i] as (typeof c.bands)[number];
    const min = scaledInt(b.min, rounding.places);
    const max = scaledInt(b.max, rounding.places);
    if (min === undefined || max === undefined) return null;
    const up = c.bands[i + 1];
    let next: MeanBand["next"] = null;
    if (up) {
      const start = scaledInt(up.min, rounding.places);
      if (start === undefined) return null;
      // The lowest published value in the next band: its lower edge, or one step above an excluded edge.
      const goal = up.band.minInclusive ? start : start + 1;
      if (!Number.isSafeInteger(goal)) return null;
      next = { predicate: up.predicate, goal, target: scaledToFixed(goal, rounding.places) };
    }
    bands.push({
      min,
      max,
      minInclusive: b.band.minInclusive,
      maxInclusive: b.band.maxInclusive,
      predicate: b.predicate,
      next,
    });
  }
  return { places: rounding.places, rounding, bands };
}

const plans = new WeakMap<Compiled, MeanPlan>();

/** The plan of a compiled rubric (see MeanPlan), made at its first aggregate. */
export function meanPlanOf(c: Compiled): MeanPlan {
  let plan = plans.get(c);
  if (plan === undefined) {
    const lo: number[] = [];
    const hi: number[] = [];
    for (let e = 0; e < POW10.length; e++) {
      lo.push(scaledInt(c.min, e) ?? Number.NaN);
      hi.push(scaledInt(c.max, e) ?? Number.NaN);
    }
    const rounding = c.rubric.aggregation?.rounding ?? c.rubric.result.rounding;
    plan = { lo, hi, rounding, publishing: publishingFor(c, rounding) };
    plans.set(c, plan);
  }
  return plan;
}

/** Number of decimal digits of a positive safe integer. */
function digitsOf(n: number): number {
  let d = 1;
  while (d < POW10.length && n >= (POW10[d] as number)) d++;
  return d;
}

/** Zeros to left-pad a chunk of up to 15 digits. */
const ZEROS = "000000000000000";

/**
 * ⌊a / b⌋ for integers 0 ≤ a, 0 < b with a + b a safe integer: the quotient of the division on numbers, corrected
 * exactly by the remainder (q·b ≤ a + b stays safe). A remainder `%` on numbers beyond 2^31 is a call into the
 * runtime; this is not.
 */
function quotient(a: number, b: number): number {
  let q = Math.floor(a / b); // not-a-score: an estimate of an integer quotient, corrected exactly below
  let r = a - q * b;
  while (r < 0) {
    q--;
    r += b;
  }
  while (r >= b) {
    q++;
    r -= b;
  }
  return q;
}

/** Scratch for meanText's digits: chunk values and their widths (every call fills what it reads). */
const CHUNKS: number[] = [];
const WIDTHS: number[] = [];

/** A chunk of digits, left-padded with zeros to its width. */
function padded(v: number, width: number): string {
  const text = String(v);
  return text.length === width ? text : ZEROS.slice(0, width - text.length) + text;
}

/**
 * The exact text of S / (k·10^e) (S > 0, k ≥ 1, k·10^e a safe integer), as toDecimalText prints it: exact up to 40
 * significant digits, else rounded half-up at the 40th, no trailing zeros. S = q·k + r: the text is q / 10^e
 * followed by the digits of r/k, found by long division by k alone in chunks of up to 9 digits, rounded and
 * trimmed as integers before any text is made. Below 1 (leading zeros do not count as significant digits), for
 * divisors too large for a chunk and for sums next to 2^53, the general ratioText.
 */
export function meanText(sum: number, k: number, e: number): string {
  const scale = POW10[e] as number;
  // Digits per chunk: r·10^c + k stays a safe integer for every remainder r < k, and a chunk stays below 2^30 (a
  // small integer prints several times faster than a 15-digit one).
  let c = 16 - digitsOf(k);
  if (c > 9) c = 9;
  if (c > 0 && k * (POW10[c] as number) + k > Number.MAX_SAFE_INTEGER) c--;
  // Every quotient below stays within quotient()'s bound (a + b safe): q ≤ S, so q + 10^e + 1 ≤ S + 10^e + 1.
  if (c <= 0 || sum + k > Number.MAX_SAFE_INTEGER || sum + scale >= Number.MAX_SAFE_INTEGER)
    return ratioText(sum, k * scale);
  let q = quotient(sum, k);
  let r = sum - q * k;
  if (r === 0) return scaledToString(q, e);
  const whole = quotient(q, scale);
  if (whole === 0) return ratioText(sum, k * scale);
  // Digits of r/k wanted: 40 significant in all, the whole part's and the quotient's e decimals first (q < 2^53 has
  // at most 16 digits, so at least 24 remain), and one more that decides the rounding.
  const want = DISPLAY_DIGITS - digitsOf(whole) - e + 1;
  let n = 0;
  let total = 0;
  while (r !== 0 && total < want) {
    const width = Math.min(want - total, c);
    const t = r * (POW10[width] as number);
    const d = quotient(t, k);
    r = t - d * k;
    CHUNKS[n] = d;
    WIDTHS[n] = width;
    n++;
    total += width;
  }
  if (total === want) {
    // The last digit decides: half-up on the magnitude (what follows it is at least one half exactly when it is 5
    // or more), one unit more in the last kept place, carried through nines (into q when every kept digit is a 9).
    const last = CHUNKS[n - 1] as number;
    const kept = quotient(last, 10);
    const up = last - kept * 10 >= 5;
    if (WIDTHS[n - 1] === 1) n--;
    else {
      CHUNKS[n - 1] = kept;
      WIDTHS[n - 1] = (WIDTHS[n - 1] as number) - 1;
    }
    if (up) {
      let i = n - 1;
      for (; i >= 0; i--) {
        const v = (CHUNKS[i] as number) + 1;
        if (v < (POW10[WIDTHS[i] as number] as number)) {
          CHUNKS[i] = v;
          break;
        }
        CHUNKS[i] = 0;
      }
      if (i < 0) {
        q += 1;
        n = 0;
      }
    }
  }
  // No trailing zeros: whole zero chunks dropped, then the last chunk's own.
  while (n > 0 && CHUNKS[n - 1] === 0) n--;
  if (n === 0) return scaledToString(q, e);
  let v = CHUNKS[n - 1] as number;
  let width = WIDTHS[n - 1] as number;
  for (let t = quotient(v, 10); t * 10 === v; t = quotient(v, 10)) {
    v = t;
    width--;
  }
  let digits = "";
  for (let i = 0; i < n - 1; i++) digits += padded(CHUNKS[i] as number, WIDTHS[i] as number);
  digits += padded(v, width);
  if (e === 0) return `${q}.${digits}`;
  const w = quotient(q, scale);
  return `${w}.${padded(q - w * scale, e)}${digits}`;
}

/** n/d in lowest terms as formatRational prints it, for 0 < d and 0 ≤ n (safe integers). */
function fractionText(n: number, d: number): string {
  if (n === 0) return "0";
  const g = gcdSafe(n, d);
  return g === d ? String(n / g) : `${n / g}/${d / g}`;
}

/**
 * num/den rounded to `rule.places` decimals, as roundRatioSafe rounds it (mode for mode), for 0 ≤ num: the integer
 * m meaning m / 10^places, or undefined when num·10^places (+ den) would leave the safe integers.
 */
function roundedMean(num: number, den: number, rule: RoundingRule): number | undefined {
  const scaled = num * (POW10[rule.places] as number);
  if (!Number.isSafeInteger(scaled + den)) return undefined;
  const q = quotient(scaled, den);
  return roundQuotient(q, scaled - q * den, den, rule.mode);
}

/** scaledToFixed for 0 ≤ m: exactly `places` decimals. */
function fixedText(m: number, places: number): string {
  if (places === 0) return String(m);
  const scale = POW10[places] as number;
  if (m + scale > Number.MAX_SAFE_INTEGER) return scaledToFixed(m, places);
  const w = quotient(m, scale);
  return `${w}.${padded(m - w * scale, places)}`;
}

/**
 * publishValue of the mean S / (k·10^e) of k plain decimals (S, k safe integers, 0 ≤ e ≤ 15) under a declared
 * rounding, or null (see the module comment).
 */
export function publishMean(
  c: Compiled,
  plan: MeanPlan,
  sum: number,
  k: number,
  e: number,
  rounding: RoundingRule | undefined,
): RatioPublication | null {
  let pub = plan.publishing;
  const own = plan.rounding;
  // Another rounding than the rubric's own (never the case in aggregate): its figures made afresh, not kept.
  if (rounding !== own && !(rounding && own && rounding.places === own.places && rounding.mode === own.mode))
    pub = publishingFor(c, rounding);
  if (pub === null) return null;
  const scale = POW10[e];
  if (scale === undefined) return null;
  const den = k * scale;
  const lo = k * (plan.lo[e] as number);
  const hi = k * (plan.hi[e] as number);
  // Within the range (every comparison with NaN, or with a product beyond the safe integers, declines).
  if (
    !Number.isSafeInteger(sum) ||
    !Number.isSafeInteger(den) ||
    !Number.isSafeInteger(lo) ||
    !Number.isSafeInteger(hi) ||
    !(sum >= lo && sum <= hi)
  )
    return null;
  // Means of negative values (a range below zero) take the general twins; the rest stays on the helpers above.
  const m = sum >= 0 ? roundedMean(sum, den, pub.rounding) : roundRatioSafe(sum, den, pub.rounding);
  if (m === undefined) return null;
  const places = pub.places;
  const value = m >= 0 ? fixedText(m, places) : scaledToFixed(m, places);
  const exact = sum > 0 ? meanText(sum, k, e) : ratioText(sum, den);
  const exactFraction = sum >= 0 ? fractionText(sum, den) : ratioFraction(sum, den);
  const bands = pub.bands;
  if (bands === null) return { value, exact, exactFraction, predicate: null, gap: null, bandIndex: -1 };
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as MeanBand;
    if ((b.minInclusive ? m >= b.min : m > b.min) && (b.maxInclusive ? m <= b.max : m < b.max)) {
      const next = b.next;
      const gap: Gap | null =
        next === null
          ? null
          : {
              next: next.predicate,
              target: next.target,
              points: next.goal >= m ? fixedText(next.goal - m, places) : scaledToFixed(next.goal - m, places),
            };
      return { value, exact, exactFraction, predicate: b.predicate, gap, bandIndex: i };
    }
  }
  return null;
}

/**
 * classifyExact of a plain decimal n / 10^e (a safe integer n, 0 ≤ e ≤ 15) under `rounding` (classify takes the
 * result's rounding): range, rounding and band on the plan's integers, the same predicate; null to take the
 * general paths (no bands, outside the range, a negative value, another rounding than the plan's, no band found),
 * which decide or throw.
 */
export function classifyScaled(
  plan: MeanPlan,
  n: number,
  e: number,
  rounding: RoundingRule | undefined,
): Predicate | null {
  const pub = plan.publishing;
  const own = plan.rounding;
  if (pub === null || pub.bands === null || n < 0) return null;
  if (rounding !== own && !(rounding && own && rounding.places === own.places && rounding.mode === own.mode))
    return null;
  if (!(n >= (plan.lo[e] as number) && n <= (plan.hi[e] as number))) return null;
  const m = roundedMean(n, POW10[e] as number, pub.rounding);
  if (m === undefined) return null;
  const bands = pub.bands;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as MeanBand;
    if ((b.minInclusive ? m >= b.min : m > b.min) && (b.maxInclusive ? m <= b.max : m < b.max)) return b.predicate;
  }
  return null;
}
