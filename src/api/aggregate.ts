import { aggregateRubric } from "../engine/aggregateUnits.js";
import { isDefined } from "../engine/registryOfDefined.js";
import type { KnownRubricId } from "../model/ids.js";
import type { AggregateOptions, AggregateResult, AggregateUnit, RubricDefinition } from "../model/types.js";
import { BUILTIN_RUBRICS } from "../registry/builtins.js";
import { toRubric } from "./toRubric.js";

/** The built-in rubrics by id, made at the first call by id (`toRubric` searches the list; a batch calls by id). */
let builtins: ReadonlyMap<string, RubricDefinition> | undefined;
/** The built-in rubric with this id (the first of that id, as rubricById finds it), or undefined. */
function builtinById(id: string): RubricDefinition | undefined {
  builtins ??= new Map([...BUILTIN_RUBRICS].reverse().map((b) => [b.id, b]));
  return builtins.get(id);
}

/**
 * The instansi result from its units (score results or published unit
 * values), by the rubric's rule; where the rubric has none, the caller must
 * name a strategy. Unit order never changes the result. The units are an
 * array or any other iterable (a generator: with `{ detail: "none" }`, millions
 * of units aggregate in constant memory). An array with a hole, a unit named
 * twice, or a stored result without its exactFraction and the rubric's content
 * hash is refused (INVALID_INPUT), as are more units than the limit
 * (LIMIT_EXCEEDED, docs/limits.md); a generator gets the same checks, unit by
 * unit as it is read.
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
  units: Iterable<AggregateUnit>,
  options?: AggregateOptions,
): AggregateResult {
  // A built-in id from the table, a rubric already defined as it is; anything else through toRubric (which
  // validates a plain definition, and names the error).
  const r =
    typeof rubric === "string"
      ? (builtinById(rubric) ?? toRubric(rubric))
      : typeof rubric === "object" && rubric !== null && isDefined(rubric)
        ? rubric
        : toRubric(rubric);
  // Units and options read once as plain data (see unitChecks.ts); results computed here are passed as they are.
  return aggregateRubric(r, units, options);
}
