import { scoreRubric } from "../engine/scoreRubric.js";
import type { RubricRef, ScoreInput, ScoreResult } from "../model/types.js";
import { toRubric } from "./toRubric.js";

/**
 * Scores one unit: `score(rubric, { answers: { [indicatorCode]: value } })`.
 * Answers are numbers, decimal strings or the scale's option codes. Returns
 * plain JSON: published value, exact value, predicate, gap and breakdown.
 */
export function score(rubric: RubricRef, input: ScoreInput): ScoreResult {
  return scoreRubric(toRubric(rubric), input);
}
