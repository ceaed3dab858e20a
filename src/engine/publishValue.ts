/**
 * The one publish step, for every value the package emits: range on the
 * exact value → official rounding → band → gap. Scores, aggregates, classify
 * and the scheme helpers all publish through here.
 */

import { roundRational, toDecimalText, toFixedText } from "../core/decimalText.js";
import { type ErrorPath, KinerjaError } from "../core/errors.js";
import { add, cmp, formatRational, type Rational, sub } from "../core/rational.js";
import { pow10 } from "../core/roundRatio.js";
import type { Gap, Predicate, RoundingRule, RubricDefinition } from "../model/types.js";
import type { CompiledBand } from "./compile.js";

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
