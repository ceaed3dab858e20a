import { isDefined } from "../engine/registryOfDefined.js";
import { scoreRubric } from "../engine/scoreRubric.js";
import type { KnownRubricId, ScoreInputOf } from "../model/ids.js";
import type { RubricDefinition, ScoreInput, ScoreOptions, ScoreResult } from "../model/types.js";
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
 * import { getRubric, score } from "kinerja";
 *
 * // answers: one answer (0–5) per PEKPPP indicator code, as listIndicators() lists them
 * const unit = score("pekppp@2022.2", { answers });
 * unit.value; // "3.68"
 * unit.exact; // "3.6848"
 * unit.predicate?.code; // "B"
 * unit.gap?.points; // "0.33" (to A- at 4.01)
 * // From the published points of an LHE's components instead of answers:
 * const lhe = score(getRubric("sakip@2021.1"), {
 *   points: { perencanaan: "20.7", pengukuran: "18.6", pelaporan: "11.55", evaluasi: "16.75" },
 * });
 * lhe.value; // "67.60"
 * ```
 */
export function score<const R extends RubricDefinition>(
  rubric: R,
  input: ScoreInputOf<R>,
  options?: ScoreOptions,
): ScoreResult<R["id"]>;
export function score<const Id extends string>(
  rubric: KnownRubricId<Id>,
  input: Id extends keyof BuiltinRubrics ? ScoreInputOf<BuiltinRubrics[Id]> : ScoreInput,
  options?: ScoreOptions,
): ScoreResult<Id>;
export function score(rubric: RubricDefinition | string, input: ScoreInput, options?: ScoreOptions): ScoreResult {
  // A defined rubric object is what toRubric would return: the per-call work starts at once.
  const defined = typeof rubric === "object" && rubric !== null && isDefined(rubric);
  return scoreRubric(defined ? rubric : toRubric(rubric), input, options);
}
