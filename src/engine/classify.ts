import { D, type Dec } from "../core/decimal.js";
import { type ErrorPath, KinerjaError } from "../core/errors.js";
import { roundDec } from "../core/rounding.js";
import type { Gap, RoundingRule } from "../model/types.js";
import type { Prepared, PreparedBand } from "./prepare.js";

export function bandsOrThrow(prepared: Prepared): ReadonlyArray<PreparedBand> {
  if (prepared.bands) return prepared.bands;
  throw new KinerjaError(
    "NO_PREDICATE_BANDS",
    `${prepared.rubric.id} has no known predicate bands: the official cut-offs are not public, so kinerja will not guess a predicate`,
    { path: ["predicates"], rule: "classification needs official bands" },
  );
}

/** Index of the band that holds `value` (already rounded as the rubric says). */
export function bandIndex(prepared: Prepared, value: Dec, path: ErrorPath): number {
  const bands = bandsOrThrow(prepared);
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i] as PreparedBand;
    const aboveMin = b.band.minInclusive ? value.gte(b.min) : value.gt(b.min);
    const belowMax = b.band.maxInclusive ? value.lte(b.max) : value.lt(b.max);
    if (aboveMin && belowMax) return i;
  }
  throw new KinerjaError(
    "OUT_OF_RANGE",
    `${value.toFixed()} is outside ${prepared.rubric.id}'s range ${prepared.rubric.result.min}–${prepared.rubric.result.max}`,
    { path, rule: `a value from ${prepared.rubric.result.min} to ${prepared.rubric.result.max}` },
  );
}

/** Checks the range on the unrounded value, rounds as declared (if at all), then finds the band. */
export function classifyDec(
  prepared: Prepared,
  value: Dec,
  rounding: RoundingRule | undefined,
  path: ErrorPath,
): { rounded: Dec; band: PreparedBand; index: number } {
  bandsOrThrow(prepared);
  if (value.lt(prepared.min) || value.gt(prepared.max))
    throw new KinerjaError(
      "OUT_OF_RANGE",
      `${value.toFixed()} is outside ${prepared.rubric.id}'s range ${prepared.rubric.result.min}–${prepared.rubric.result.max}`,
      { path, rule: `a value from ${prepared.rubric.result.min} to ${prepared.rubric.result.max}` },
    );
  const rounded = rounding ? roundDec(value, rounding) : value;
  const index = bandIndex(prepared, rounded, path);
  return { rounded, band: (prepared.bands as ReadonlyArray<PreparedBand>)[index] as PreparedBand, index };
}

/**
 * Points to the next predicate up, from the published value. When the next
 * band excludes its lower edge (e.g. "above 4.50"), the target is the next
 * publishable value (4.51 at 2 decimals).
 */
export function gapFrom(prepared: Prepared, value: Dec, index: number, rounding: RoundingRule | undefined): Gap | null {
  const next = prepared.bands?.[index + 1];
  if (!next) return null;
  let target = next.min;
  if (!next.band.minInclusive) {
    if (rounding) target = target.plus(new D(10).pow(-rounding.places));
    else
      return {
        next: next.predicate,
        target: next.min.toFixed(),
        points: next.min.minus(value).toFixed(),
        exclusive: true,
      } as Gap;
  }
  const points = target.minus(value);
  return rounding
    ? { next: next.predicate, target: target.toFixed(rounding.places), points: points.toFixed(rounding.places) }
    : { next: next.predicate, target: target.toFixed(), points: points.toFixed() };
}
