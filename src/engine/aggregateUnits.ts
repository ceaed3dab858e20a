import { D, type Dec, ZERO } from "../core/decimal.js";
import { KinerjaError } from "../core/errors.js";
import { roundDec, roundToString } from "../core/rounding.js";
import type {
  AggregateOptions,
  AggregateResult,
  AggregateUnitEntry,
  RubricDefinition,
  ScoreResult,
} from "../model/types.js";
import { MAX_COMPARED_DIGITS, parseDecimalInput } from "./answers.js";
import { classifyDec, gapFrom } from "./classify.js";
import { prepare } from "./prepare.js";

/** The rounding used is the aggregation's own, or else the result's. */
const roundingConfirmed = (rule: RubricDefinition["aggregation"], rubric: RubricDefinition): boolean =>
  (rule?.rounding ?? rubric.result.rounding)?.source.confirmed ?? true;

const isResult = (u: unknown): u is ScoreResult =>
  typeof u === "object" && u !== null && typeof (u as ScoreResult).rubric === "string" && "exact" in u;

/**
 * Combines unit values (or unit score results) into the instansi value, per
 * the rubric's rule or an explicitly named strategy. Order-independent.
 */
export function aggregateUnits<Id extends string>(
  rubric: RubricDefinition<Id>,
  units: unknown,
  options: AggregateOptions = {},
): AggregateResult<Id> {
  const prepared = prepare(rubric);
  const rule = rubric.aggregation;
  if (!Array.isArray(units) || units.length === 0)
    throw new KinerjaError("INVALID_INPUT", "aggregate needs a non-empty array of units", {
      path: ["units"],
      rule: "at least one unit",
    });
  if (!rule && !options.strategy)
    throw new KinerjaError(
      "NO_AGGREGATION_RULE",
      `${rubric.id} has no known unit → instansi rule; pass { strategy: "mean" } (or "weightedMean") to choose one explicitly`,
      { path: ["options", "strategy"], rule: "an unknown rule is never guessed" },
    );
  const strategy = options.strategy ?? rule?.method ?? "mean";
  const weighted = strategy === "weightedMean";
  const entries: AggregateUnitEntry[] = [];
  let sum = ZERO;
  let weightSum = ZERO;
  let unitsConfirmed = true;
  units.forEach((u: unknown, index) => {
    const path = ["units", index];
    let value: Dec;
    let basis: "exact" | "given";
    let label: string | undefined;
    let weight: Dec | undefined;
    const obj = typeof u === "object" && u !== null ? (u as Record<string, unknown>) : null;
    const result = isResult(u) ? u : obj && isResult(obj.result) ? obj.result : null;
    if (result) {
      if (result.rubric !== rubric.id)
        throw new KinerjaError("RUBRIC_MISMATCH", `unit ${index} was scored on ${result.rubric}, not ${rubric.id}`, {
          path,
          rule: "units of one aggregate share the rubric",
        });
      value = parseDecimalInput(result.exact, [...path, "exact"], MAX_COMPARED_DIGITS);
      basis = "exact";
      if (!result.confirmed) unitsConfirmed = false;
    } else if (obj) {
      value = parseDecimalInput(obj.value, [...path, "value"]);
      basis = "given";
    } else {
      value = parseDecimalInput(u, path);
      basis = "given";
    }
    if (obj && typeof obj.unit === "string") label = obj.unit;
    if (weighted) {
      if (!obj || obj.weight === undefined)
        throw new KinerjaError("INVALID_INPUT", `unit ${index} needs a weight for the weightedMean strategy`, {
          path: [...path, "weight"],
          rule: "weightedMean: every unit has a weight",
        });
      weight = parseDecimalInput(obj.weight, [...path, "weight"]);
      if (weight.isNeg())
        throw new KinerjaError("INVALID_INPUT", `unit ${index} has a negative weight`, {
          path: [...path, "weight"],
          rule: "weights are non-negative",
        });
    }
    if (value.lt(prepared.min) || value.gt(prepared.max))
      throw new KinerjaError(
        "OUT_OF_RANGE",
        `unit ${index} value ${value.toFixed()} is outside ${rubric.result.min}–${rubric.result.max}`,
        {
          path,
          rule: `a value from ${rubric.result.min} to ${rubric.result.max}`,
        },
      );
    sum = sum.plus(weight ? value.times(weight) : value);
    if (weight) weightSum = weightSum.plus(weight);
    entries.push({
      index,
      ...(label !== undefined ? { unit: label } : {}),
      value: value.toFixed(),
      ...(weight ? { weight: weight.toFixed() } : {}),
      basis,
    });
  });
  if (weighted && weightSum.isZero())
    throw new KinerjaError("INVALID_INPUT", "the unit weights add up to zero", {
      path: ["units"],
      rule: "weightedMean: weights sum above zero",
    });
  const mean = sum.div(weighted ? weightSum : new D(units.length));
  const rounding = rule?.rounding ?? rubric.result.rounding;

  const adjustments = (options.adjustments ?? []).map((a, i) => {
    const path = ["options", "adjustments", i];
    if (!rule?.adjustments?.allowed)
      throw new KinerjaError("INVALID_INPUT", `${rubric.id} does not provide for adjustments after the mean`, {
        path,
        rule: "adjustments only where the rubric's rule allows them",
      });
    if (typeof a?.code !== "string" || typeof a.reason !== "string" || a.reason === "")
      throw new KinerjaError("INVALID_INPUT", "an adjustment is { code, points, reason }", {
        path,
        rule: "adjustment has code, points and a reason",
      });
    return { code: a.code, points: parseDecimalInput(a.points, [...path, "points"]), reason: a.reason };
  });
  let exact = mean;
  if (adjustments.length > 0) {
    // Adjustments apply to the published (rounded) mean, as the deduction is announced on it.
    exact = rounding ? roundDec(mean, rounding) : mean;
    for (const a of adjustments) exact = exact.plus(a.points);
    if (exact.lt(prepared.min) || exact.gt(prepared.max))
      throw new KinerjaError("OUT_OF_RANGE", `after adjustments the value ${exact.toFixed()} leaves the range`, {
        path: ["options", "adjustments"],
        rule: `a value from ${rubric.result.min} to ${rubric.result.max}`,
      });
  }
  const value = rounding ? roundToString(exact, rounding) : exact.toFixed();
  const basisSet = new Set(entries.map((e) => e.basis));
  const common = {
    rubric: rubric.id,
    strategy,
    rule: options.strategy && options.strategy !== rule?.method ? "caller" : rule ? "rubric" : "caller",
    count: entries.length,
    mean: mean.toFixed(),
    adjustments: adjustments.map((a) => ({ code: a.code, points: a.points.toFixed(), reason: a.reason })),
    value,
    exact: exact.toFixed(),
    units: entries,
    basis: basisSet.size > 1 ? "mixed" : (basisSet.values().next().value as "exact" | "given"),
    source: rule?.source ?? null,
  } as const;
  if (!prepared.bands) return { ...common, predicate: null, gap: null, confirmed: false };
  const c = classifyDec(prepared, exact, rounding, ["value"]);
  return {
    ...common,
    predicate: c.band.predicate,
    gap: gapFrom(prepared, c.rounded, c.index, rounding),
    confirmed:
      common.rule === "rubric" &&
      (rule?.source.confirmed ?? false) &&
      (rounding ? roundingConfirmed(rule, rubric) : true) &&
      (adjustments.length === 0 || (rule?.adjustments?.source.confirmed ?? false)) &&
      unitsConfirmed &&
      c.band.predicate.confirmed,
  };
}
