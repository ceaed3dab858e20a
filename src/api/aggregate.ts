import { snapshot } from "../core/plain.js";
import { aggregateUnits } from "../engine/aggregateUnits.js";
import { compiledOf } from "../engine/compiled.js";
import { checkAggregateUnits } from "../engine/unitChecks.js";
import type { KnownRubricId } from "../model/ids.js";
import type { AggregateOptions, AggregateResult, AggregateUnit, RubricDefinition } from "../model/types.js";
import { toRubric } from "./toRubric.js";

/**
 * The instansi result from its units (score results or published unit
 * values), by the rubric's rule; where the rubric has none, the caller must
 * name a strategy. Unit order never changes the result. An array with a hole,
 * a unit named twice, or a stored result without its exactFraction and the
 * rubric's content hash is refused (INVALID_INPUT), as are more units than the
 * limit (LIMIT_EXCEEDED, docs/limits.md).
 *
 * @example
 * ```ts
 * import { aggregate, getRubric } from "kinerja";
 *
 * // Kota Cilegon, Ombudsman 2024: the mean of its seven published unit scores
 * const cilegon = aggregate("ombudsman@2024.2", ["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"]);
 * cilegon.value; // "95.31"
 * cilegon.predicate?.code; // "A"
 * // SKM has no known unit → instansi rule: the caller names one, and the result says so.
 * const ikm = aggregate(getRubric("skm@2017.2"), ["87.28", "81.94"], { strategy: "mean" });
 * ikm.value; // "84.61"
 * ikm.rule; // "caller"
 * ```
 */
export function aggregate<const Id extends string = string>(
  rubric: RubricDefinition | KnownRubricId<Id>,
  units: ReadonlyArray<AggregateUnit>,
  options?: AggregateOptions,
): AggregateResult {
  const r = toRubric(rubric);
  // Units and options read once as plain data (see unitChecks.ts); results computed here are passed as they are.
  const checked = checkAggregateUnits(r, compiledOf(r).hash, units);
  return aggregateUnits(r, checked, options === undefined ? options : snapshot(options, ["options"]));
}
