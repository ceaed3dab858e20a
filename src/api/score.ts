import { scoreRubric } from "../engine/scoreRubric.js";
import type { KnownRubricId, ScoreInputOf } from "../model/ids.js";
import type { RubricDefinition, ScoreInput, ScoreResult } from "../model/types.js";
import type { BuiltinRubrics } from "../registry/builtins.js";
import { toRubric } from "./toRubric.js";

/**
 * Scores one unit: `score(rubric, { answers: { [indicatorCode]: value } })` (or `{ points }` from published
 * component points). Answers are numbers, decimal strings or the scale's option codes; with a rubric object
 * whose data is literal, answer keys are typed by its indicator codes. Returns plain JSON: the published
 * value, the exact value and fraction, predicate, gap, breakdown and `confirmed`.
 *
 * @example
 * ```ts
 * const unit = score("pekppp@2022.1", { answers }); // answers: every indicator of listIndicators()
 * unit.value; // "3.68"
 * unit.predicate?.code; // "B"
 * score("sakip@2021.1", { points: { perencanaan: "20.7", pengukuran: "18.6", pelaporan: "11.55", evaluasi: "16.75" } }).value; // "67.60"
 * ```
 */
export function score<const R extends RubricDefinition>(rubric: R, input: ScoreInputOf<R>): ScoreResult<R["id"]>;
export function score<const Id extends string>(
  rubric: KnownRubricId<Id>,
  input: Id extends keyof BuiltinRubrics ? ScoreInputOf<BuiltinRubrics[Id]> : ScoreInput,
): ScoreResult<Id>;
export function score(rubric: RubricDefinition | string, input: ScoreInput): ScoreResult {
  return scoreRubric(toRubric(rubric), input);
}
