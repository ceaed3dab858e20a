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
 * const plan = improvementPlan("sakip@2021.1", { answers });
 * plan.components[0]; // the component with the most points missing
 * plan.toNextPredicate?.steps; // e.g. [{ code: "perencanaan.pemanfaatan", from: "CC", to: "B", gain: "1.5" }, …]
 * ```
 */
export function improvementPlan<const Id extends string = string>(
  rubric: RubricDefinition | KnownRubricId<Id>,
  input: ScoreInput,
  options?: { readonly limit?: number; readonly maxSteps?: number },
): ImprovementPlanResult {
  return planOn(toRubric(rubric), input, options);
}
