/**
 * Internal to kinerja/pekppp (not exported from the package entry): one unit
 * lokus read exactly through the engine. Answers are scored by the engine; a
 * stored score result is re-read from its breakdown (every leaf `raw` checked
 * on its scale like any answer) and its exact value must be the one the engine
 * gives for those answers.
 */
import { type ErrorPath, fail, formatPath, MESSAGE, RULE, showValue } from "../../core/errors.js";
import { cmp, parseRational, type Rational } from "../../core/rational.js";
import { isScoreResult, leavesOf, scoreExactly } from "../../engine/internal.js";
import type { RubricDefinition, ScoreInput, ScoreResult, WeightString } from "../../model/types.js";
import { underPath } from "../shared.js";

export interface ExactUnit {
  /** The unit's exact value. */
  readonly exact: Rational;
  readonly result: ScoreResult;
  /** Whether every figure the value rests on is confirmed, as the engine says (never as a stored result claims). */
  readonly confirmed: boolean;
  /** The value of every leaf, by indicator code, as the engine reads it. */
  readonly values: ReadonlyMap<string, Rational>;
}

/** A unit's exact value from its answers ({ answers }) or from a stored score result on this rubric. */
export function unitOf(rubric: RubricDefinition, input: ScoreInput | ScoreResult, path: ErrorPath): ExactUnit {
  if (!isScoreResult(input)) {
    // The engine names answers["1.a"]; re-rooted, the error names where that input sits.
    const { result, exact } = underPath(path, () => scoreExactly(rubric, input, []));
    return { exact, result, confirmed: result.confirmed, values: leafValues(rubric, result, path) };
  }
  if (input.confirmed !== undefined && typeof input.confirmed !== "boolean")
    fail({
      code: "INVALID_INPUT",
      path: [...path, "confirmed"],
      rule: RULE.completeResult,
      message: `${formatPath([...path, "confirmed"])}: ${showValue(input.confirmed)} is not true or false`,
    });
  const stored = scoreExactly(rubric, input, path);
  const values = leafValues(rubric, input, path);
  const answers = Object.fromEntries([...values.keys()].map((code) => [code, rawOf(input, code)]));
  const again = underPath([...path, "breakdown"], () => scoreExactly(rubric, { answers }, []));
  if (cmp(again.exact, stored.exact) !== 0)
    fail({
      code: "INVALID_INPUT",
      path: [...path, "exactFraction"],
      rule: RULE.completeResult,
      message: `the result's exact value ${input.exact} is not what its breakdown gives (${again.result.exact})`,
    });
  // `confirmed` is the engine's for these answers: a stored result's own claim is never copied.
  return { exact: stored.exact, result: input, confirmed: again.result.confirmed, values };
}

const rawOf = (result: ScoreResult, code: string): unknown => result.breakdown.find((b) => b?.code === code)?.raw;

/** Every leaf's `raw` in the breakdown, read on the leaf's scale (MISSING_ANSWER when a leaf has no entry). */
function leafValues(rubric: RubricDefinition, result: ScoreResult, path: ErrorPath): ReadonlyMap<string, Rational> {
  const at = new Map<string, { raw: unknown; index: number }>();
  result.breakdown.forEach((b: unknown, index) => {
    const entry = typeof b === "object" && b !== null ? (b as { code?: unknown; raw?: unknown }) : null;
    if (entry && typeof entry.code === "string" && !at.has(entry.code)) at.set(entry.code, { raw: entry.raw, index });
  });
  const values = new Map<string, Rational>();
  for (const leaf of leavesOf(rubric)) {
    const hit = at.get(leaf.code);
    if (hit === undefined || hit.raw === undefined)
      fail({
        code: "MISSING_ANSWER",
        path: [...path, "breakdown"],
        rule: RULE.completeResult,
        message: `the score result has no entry for indicator "${leaf.code}"`,
      });
    values.set(leaf.code, leaf.read(hit.raw, [...path, "breakdown", hit.index, "raw"]));
  }
  return values;
}

/** A weight string ("0.75", "3/4") as a rational, or an INVALID_INPUT error naming the path. */
export function weightOf(weight: WeightString, path: ErrorPath): Rational {
  const r = typeof weight === "string" ? parseRational(weight) : null;
  if (!r || r.n < 0n)
    fail({ code: "INVALID_INPUT", path, rule: RULE.nonNegativeWeight, message: MESSAGE.notAWeight(path, weight) });
  return r;
}
