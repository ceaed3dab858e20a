/**
 * Internal to kinerja/ombudsman: a value as published on a rubric, through
 * the engine's one publish step (compareYears, rank and opini): the range is
 * checked on the value as given (100.004 is out of 0–100 even though it
 * rounds to 100.00), then the value is rounded as the rubric declares (if at
 * all) and classified on the rounded value.
 */
import type { ErrorPath } from "../../core/errors.js";
import type { Rational } from "../../core/rational.js";
import { publishOn, readNumber } from "../../engine/internal.js";
import type { DecimalString, Predicate, RubricDefinition } from "../../model/types.js";

export interface Published {
  /** The value as published, exactly: rounded as the rubric declares, else as given. */
  readonly value: Rational;
  readonly text: DecimalString;
  /** Null when the rubric has no known bands. */
  readonly predicate: Predicate | null;
}

export function asPublished(rubric: RubricDefinition, given: unknown, path: ErrorPath): Published {
  const p = publishOn(rubric, readNumber(given, path), "result", path);
  return { value: p.rounded, text: p.value, predicate: p.predicate };
}
