/**
 * Internal to kinerja/ombudsman: a value as published on a rubric. One path
 * for compareYears, rank and opini, through the engine's own classification:
 * the range is checked on the unrounded value (100.004 is out of 0–100 even
 * though it rounds to 100.00), then the value is rounded as the rubric
 * declares (if at all) and classified on the rounded value.
 */
import type { Dec } from "../../core/decimal.js";
import { type ErrorPath, formatPath, KinerjaError } from "../../core/errors.js";
import { roundDec, roundToString } from "../../core/rounding.js";
import { parseDecimalInput } from "../../engine/answers.js";
import { classifyDec } from "../../engine/classify.js";
import { prepare } from "../../engine/prepare.js";
import type { DecimalString, Predicate, RubricDefinition } from "../../model/types.js";

export interface Published {
  /** The value as given (validated, unrounded). */
  readonly raw: Dec;
  /** The value as published: rounded as the rubric declares, else as given. */
  readonly value: Dec;
  readonly text: DecimalString;
  /** Null when the rubric has no known bands. */
  readonly predicate: Predicate | null;
}

export function asPublished(rubric: RubricDefinition, given: unknown, path: ErrorPath): Published {
  const prepared = prepare(rubric);
  const raw = parseDecimalInput(given, path);
  const rounding = prepared.rubric.result.rounding;
  const text = rounding ? roundToString(raw, rounding) : raw.toFixed();
  if (prepared.bands) {
    const c = classifyDec(prepared, raw, rounding, path);
    return { raw, value: c.rounded, text, predicate: c.band.predicate };
  }
  const { min, max } = prepared.rubric.result;
  if (raw.lt(prepared.min) || raw.gt(prepared.max))
    throw new KinerjaError(
      "OUT_OF_RANGE",
      `${formatPath(path)}: ${raw.toFixed()} is outside ${prepared.rubric.id}'s range ${min}–${max}`,
      { path, rule: `a value from ${min} to ${max}` },
    );
  return { raw, value: rounding ? roundDec(raw, rounding) : raw, text, predicate: null };
}
