/**
 * The one publish step, for every value the package emits: range on the
 * exact value → official rounding → band → gap. Scores, aggregates, classify
 * and the scheme helpers all publish through here.
 */

import { roundRational, toDecimalText, toFixedText } from "../core/decimalText.js";
import { type ErrorPath, KinerjaError } from "../core/errors.js";
import { add, cmp, formatRational, type Rational, sub } from "../core/rational.js";
import { pow10 } from "../core/roundRatio.js";
import { ratioFraction, ratioText, roundRatioSafe, scaledToFixed } from "../core/scaled.js";
import type { Gap, Predicate, RoundingRule, RubricDefinition } from "../model/types.js";
import type { CompiledBand } from "./compile.js";
import { buildFastBands, type FastBands } from "./fastScales.js";

/** What publishing needs of a rubric: its range and its bands. */
export interface PublishTarget {
  readonly rubric: RubricDefinition;
  readonly min: Rational;
  readonly max: Rational;
  readonly bands: ReadonlyArray<CompiledBand> | null;
}

export interface Publication {
  readonly value: string;
  readonly exact: string;
  readonly exactFraction: string;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
  /** Index of the band in `bands` (ascending), or -1 without bands. */
  readonly bandIndex: number;
  readonly rounded: Rational;
}

export function bandsOf(target: PublishTarget): ReadonlyArray<CompiledBand> {
  if (target.bands) return target.bands;
  throw new KinerjaError(
    "NO_PREDICATE_BANDS",
    `${target.rubric.id} has no known predicate bands: the official cut-offs are not public, so kinerja will not guess a predicate`,
    { path: ["predicates"], rule: "classification needs official bands" },
  );
}

/** OUT_OF_RANGE unless min ≤ r ≤ max, judged on the exact value (before any rounding). */
export function checkRange(target: PublishTarget, r: Rational, path: ErrorPath): void {
  if (cmp(r, target.min) >= 0 && cmp(r, target.max) <= 0) return;
  const { min, max } = target.rubric.result;
  throw new KinerjaError("OUT_OF_RANGE", `${toDecimalText(r)} is outside ${target.rubric.id}'s range ${min}–${max}`, {
    path,
    rule: `a value from ${min} to ${max}`,
    details: { exactFraction: formatRational(r) },
  });
}

/** Index of the band holding an (already rounded) value. */
export function bandIndexOf(target: PublishTarget, value: Rational, path: ErrorPath): number {
  const bands = bandsOf(target);
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as CompiledBand;
    const lo = cmp(value, b.min);
    const hi = cmp(value, b.max);
    if ((b.band.minInclusive ? lo >= 0 : lo > 0) && (b.band.maxInclusive ? hi <= 0 : hi < 0)) return i;
  }
  checkRange(target, value, path);
  throw new KinerjaError("OUT_OF_RANGE", `${toDecimalText(value)} falls in no band of ${target.rubric.id}`, {
    path,
    rule: "a value inside the bands",
  });
}

/** Points to the next band up from the published value; an excluded edge needs one publishable step more. */
export function gapAt(
  target: PublishTarget,
  value: Rational,
  index: number,
  rounding: RoundingRule | undefined,
): Gap | null {
  const next = target.bands?.[index + 1];
  if (!next) return null;
  if (!next.band.minInclusive && !rounding)
    return {
      next: next.predicate,
      target: toDecimalText(next.min),
      points: toDecimalText(sub(next.min, value)),
      exclusive: true,
    };
  const goal = next.band.minInclusive || !rounding ? next.min : add(next.min, { n: 1n, d: pow10(rounding.places) });
  const show = (r: Rational) => (rounding ? toFixedText(r, rounding.places) : toDecimalText(r));
  return { next: next.predicate, target: show(goal), points: show(sub(goal, value)) };
}

/** Publishes an exact value: range, rounding, band (when the rubric has bands), gap. */
export function publishValue(
  target: PublishTarget,
  r: Rational,
  rounding: RoundingRule | undefined,
  path: ErrorPath,
): Publication {
  checkRange(target, r, path);
  const rounded = rounding ? roundRational(r, rounding) : r;
  const value = rounding ? toFixedText(rounded, rounding.places) : toDecimalText(r);
  const base = { value, exact: toDecimalText(r), exactFraction: formatRational(r), rounded };
  if (!target.bands) return { ...base, predicate: null, gap: null, bandIndex: -1 };
  const index = bandIndexOf(target, rounded, path);
  return {
    ...base,
    predicate: (target.bands[index] as CompiledBand).predicate,
    gap: gapAt(target, rounded, index, rounding),
    bandIndex: index,
  };
}

/** The band of a value after the rubric's rounding (classify): range first, on the exact value. */
export function classifyExact(
  target: PublishTarget,
  r: Rational,
  rounding: RoundingRule | undefined,
  path: ErrorPath,
): CompiledBand {
  bandsOf(target);
  checkRange(target, r, path);
  const rounded = rounding ? roundRational(r, rounding) : r;
  return (target.bands as ReadonlyArray<CompiledBand>)[bandIndexOf(target, rounded, path)] as CompiledBand;
}

/*
 * The same publish step on safe integers, for a value num/den whose parts are safe integers (a mean of published
 * 2-decimal unit values, a survey's answer sums): identical texts, band and gap (property-tested against the
 * rational path above), or null wherever a figure would leave the safe integers, in which case the caller
 * publishes the exact rational instead (which also reports a value out of range).
 */

/** A publication without the rounded rational (the safe-integer paths never build one). */
export type RatioPublication = Omit<Publication, "rounded">;

interface RatioLimits {
  readonly minN: number;
  readonly minD: number;
  readonly maxN: number;
  readonly maxD: number;
}
const SAFE_BIG = BigInt(Number.MAX_SAFE_INTEGER);
const smallOf = (b: bigint): number | null => (b <= SAFE_BIG && b >= -SAFE_BIG ? Number(b) : null); // not-a-score: safe integers convert exactly
/** Per publish target: its range on safe integers (null when it does not fit) and its bands per rounding. */
const ratioCache = new WeakMap<
  PublishTarget,
  { readonly limits: RatioLimits | null; readonly bands: Map<RoundingRule, FastBands | null> }
>();

function ratioCacheOf(target: PublishTarget) {
  let hit = ratioCache.get(target);
  if (hit === undefined) {
    const parts = [target.min.n, target.min.d, target.max.n, target.max.d].map(smallOf);
    const limits = parts.some((x) => x === null)
      ? null
      : { minN: parts[0] as number, minD: parts[1] as number, maxN: parts[2] as number, maxD: parts[3] as number };
    hit = { limits, bands: new Map() };
    ratioCache.set(target, hit);
  }
  return hit;
}

function fastBandsOf(target: PublishTarget, cache: ReturnType<typeof ratioCacheOf>, rounding: RoundingRule) {
  let hit = cache.bands.get(rounding);
  if (hit === undefined) {
    hit = target.bands
      ? buildFastBands(
          target.bands.map((b) => b.band),
          rounding,
        )
      : null;
    cache.bands.set(rounding, hit);
  }
  return hit;
}

/** a·b when it stays a safe integer, else NaN (every comparison with it is then false). */
const times = (a: number, b: number): number => {
  const x = a * b;
  return Number.isSafeInteger(x) ? x : Number.NaN;
};

/**
 * Where num/den (den > 0) stands: -1 below the range, 1 above, 0 inside, or null when a product would leave
 * the safe integers.
 */
function rangeOfRatio(limits: RatioLimits, num: number, den: number): -1 | 0 | 1 | null {
  const a = times(num, limits.minD);
  const b = times(limits.minN, den);
  const c = times(num, limits.maxD);
  const d = times(limits.maxN, den);
  if (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(c) || Number.isNaN(d)) return null;
  return a < b ? -1 : c > d ? 1 : 0;
}

/** The band of a value already rounded to `fb.places` (an integer m meaning m / 10^places), or -1. */
function bandOfScaled(fb: FastBands, m: number): number {
  for (let i = 0; i < fb.edges.length; i++) {
    const e = fb.edges[i] as FastBands["edges"][number];
    if ((e.band.minInclusive ? m >= e.min : m > e.min) && (e.band.maxInclusive ? m <= e.max : m < e.max)) return i;
  }
  return -1;
}

/** `publishValue` of num/den on safe integers (a declared rounding only), or null (see above). */
export function publishRatio(
  target: PublishTarget,
  num: number,
  den: number,
  rounding: RoundingRule | undefined,
): RatioPublication | null {
  if (!rounding || !Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den <= 0) return null;
  const cache = ratioCacheOf(target);
  const limits = cache.limits;
  if (limits === null || rangeOfRatio(limits, num, den) !== 0) return null;
  const m = roundRatioSafe(num, den, rounding);
  if (m === undefined) return null;
  const value = scaledToFixed(m, rounding.places);
  if (!target.bands)
    return {
      value,
      exact: ratioText(num, den),
      exactFraction: ratioFraction(num, den),
      predicate: null,
      gap: null,
      bandIndex: -1,
    };
  const fb = fastBandsOf(target, cache, rounding);
  if (fb === null) return null;
  const index = bandOfScaled(fb, m);
  if (index < 0) return null;
  const next = fb.edges[index + 1];
  let gap: Gap | null = null;
  if (next) {
    const goal = next.band.minInclusive ? next.min : next.min + 1;
    gap = {
      next: (target.bands[index + 1] as CompiledBand).predicate,
      target: scaledToFixed(goal, fb.places),
      points: scaledToFixed(goal - m, fb.places),
    };
  }
  return {
    value,
    exact: ratioText(num, den),
    exactFraction: ratioFraction(num, den),
    predicate: (target.bands[index] as CompiledBand).predicate,
    gap,
    bandIndex: index,
  };
}

/** `classifyExact` of num/den on safe integers (a declared rounding only), or null to take the rational path. */
export function classifyRatio(
  target: PublishTarget,
  num: number,
  den: number,
  rounding: RoundingRule | undefined,
): CompiledBand | null {
  if (!rounding || !target.bands) return null;
  const cache = ratioCacheOf(target);
  const limits = cache.limits;
  if (limits === null || rangeOfRatio(limits, num, den) !== 0) return null;
  const m = roundRatioSafe(num, den, rounding);
  if (m === undefined) return null;
  const fb = fastBandsOf(target, cache, rounding);
  if (fb === null) return null;
  const index = bandOfScaled(fb, m);
  return index < 0 ? null : (target.bands[index] as CompiledBand);
}
