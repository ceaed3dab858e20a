import { aggregateUnits } from "../engine/aggregateUnits.js";
import type { KnownRubricId } from "../model/ids.js";
import type { AggregateOptions, AggregateResult, AggregateUnit, RubricDefinition } from "../model/types.js";
import { toRubric } from "./toRubric.js";

/**
 * The instansi result from its units (score results or published unit
 * values), by the rubric's rule; where the rubric has none, the caller must
 * name a strategy. Unit order never changes the result.
 */
export function aggregate<const Id extends string = string>(
  rubric: RubricDefinition | KnownRubricId<Id>,
  units: ReadonlyArray<AggregateUnit>,
  options?: AggregateOptions,
): AggregateResult {
  return aggregateUnits(toRubric(rubric), units, options);
}
