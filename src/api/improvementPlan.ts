import { type ImprovementPlanResult, improvementPlan as planOn } from "../engine/improvementPlan.js";
import type { KnownRubricId } from "../model/ids.js";
import type { RubricDefinition, ScoreInput } from "../model/types.js";
import { toRubric } from "./toRubric.js";

/**
 * What to improve first: the components with the most points missing, every
 * indicator's next step up with the exact points it buys, and the fewest
 * steps (biggest gains first) to the next predicate. Works on any rubric and
 * any ordered scale.
 *
 * @example
 * ```ts
 * import { improvementPlan } from "kinerja";
 *
 * // A SAKIP worksheet (PermenPAN-RB 88/2021): one grade per sub-component; 67.60, B
 * const worksheet = {
 *   "perencanaan.keberadaan": "A",
 *   "perencanaan.kualitas": "B",
 *   "perencanaan.pemanfaatan": "CC",
 *   "pengukuran.keberadaan": "BB",
 *   "pengukuran.kualitas": "B",
 *   "pengukuran.pemanfaatan": "C",
 *   "pelaporan.keberadaan": "A",
 *   "pelaporan.kualitas": "BB",
 *   "pelaporan.pemanfaatan": "B",
 *   "evaluasi.keberadaan": "BB",
 *   "evaluasi.kualitas": "B",
 *   "evaluasi.pemanfaatan": "CC",
 * };
 * const plan = improvementPlan("sakip@2021.1", { answers: worksheet });
 * plan.components[0]?.code; // "pengukuran": the most points missing (11.4 of 30)
 * plan.toNextPredicate?.next.code; // "BB"
 * plan.toNextPredicate?.steps.map((s) => `${s.code} ${s.from}→${s.to}`).join(", "); // "perencanaan.pemanfaatan CC→B, perencanaan.pemanfaatan B→BB"
 * plan.toNextPredicate?.value; // "70.60"
 * ```
 */
export function improvementPlan<const Id extends string = string>(
  rubric: RubricDefinition | KnownRubricId<Id>,
  input: ScoreInput,
  options?: { readonly limit?: number; readonly maxSteps?: number },
): ImprovementPlanResult {
  return planOn(toRubric(rubric), input, options);
}
