import { roundRational, toDecimalText } from "../core/decimalText.js";
import { type ErrorPath, KinerjaError } from "../core/errors.js";
import { add, cmp, div, isZero, mul, R0, type Rational, rational } from "../core/rational.js";
import type {
  AggregateOptions,
  AggregateResult,
  AggregateUnitEntry,
  RubricDefinition,
  ScoreResult,
  UnitBasis,
} from "../model/types.js";
import { VERSION } from "../version.js";
import type { Compiled } from "./compile.js";
import { compiledOf } from "./compiled.js";
import { readNumber } from "./numbers.js";
import { checkRange, publishValue } from "./publishValue.js";
import { exactOfStored } from "./storedExact.js";

const STRATEGIES = ["mean", "weightedMean"] as const;

/** Σ of fractions: numerators over a shared denominator are added without reducing at each step. */
function sumFractions(values: ReadonlyArray<Rational>): Rational {
  const byDen = new Map<bigint, bigint>();
  for (const v of values) byDen.set(v.d, (byDen.get(v.d) ?? 0n) + v.n);
  let total = R0;
  for (const [d, n] of byDen) total = add(total, rational(n, d));
  return total;
}

/** The rounding used is the aggregation's own, or else the result's. */
const roundingOf = (rubric: RubricDefinition) => rubric.aggregation?.rounding ?? rubric.result.rounding;

const isResult = (u: unknown): u is ScoreResult =>
  typeof u === "object" && u !== null && typeof (u as ScoreResult).rubric === "string" && "exact" in u;

function invalid(path: ErrorPath, rule: string, message: string): never {
  throw new KinerjaError("INVALID_INPUT", message, { path, rule });
}

interface Unit {
  readonly entry: AggregateUnitEntry;
  readonly value: Rational;
  readonly weight: Rational | null;
  readonly confirmed: boolean;
}

function readUnit(prepared: Compiled, u: unknown, index: number, weighted: boolean): Unit {
  const rubric = prepared.rubric;
  const path = ["units", index];
  const obj = typeof u === "object" && u !== null && !isResult(u) ? (u as Record<string, unknown>) : null;
  const result = isResult(u) ? u : obj && isResult(obj.result) ? obj.result : null;
  let value: Rational;
  if (result) {
    if (result.rubric !== rubric.id)
      throw new KinerjaError("RUBRIC_MISMATCH", `unit ${index} was scored on ${result.rubric}, not ${rubric.id}`, {
        path,
        rule: "units of one aggregate share the rubric",
      });
    value = exactOfStored(result, obj && !isResult(u) ? [...path, "result"] : path);
  } else value = readNumber(obj ? obj.value : u, obj ? [...path, "value"] : path);
  if (cmp(value, prepared.min) < 0 || cmp(value, prepared.max) > 0)
    throw new KinerjaError(
      "OUT_OF_RANGE",
      `unit ${index} value ${toDecimalText(value)} is outside ${rubric.result.min}–${rubric.result.max}`,
      { path, rule: `a value from ${rubric.result.min} to ${rubric.result.max}` },
    );
  let weight: Rational | null = null;
  if (weighted) {
    if (!obj || obj.weight === undefined)
      invalid(
        [...path, "weight"],
        "weightedMean: every unit has a weight",
        `unit ${index} needs a weight for the weightedMean strategy`,
      );
    weight = readNumber(obj.weight, [...path, "weight"]);
    if (weight.n < 0n) invalid([...path, "weight"], "weights are non-negative", `unit ${index} has a negative weight`);
  } else if (obj && obj.weight !== undefined)
    invalid(
      [...path, "weight"],
      "a unit weight needs the weightedMean strategy",
      `unit ${index} has a weight, but the strategy is "mean"; pass { strategy: "weightedMean" } to use it`,
    );
  const label = obj && typeof obj.unit === "string" ? obj.unit : undefined;
  return {
    entry: {
      index,
      ...(label !== undefined ? { unit: label } : {}),
      value: toDecimalText(value),
      ...(weight ? { weight: toDecimalText(weight) } : {}),
      basis: result ? "exact" : "given",
    },
    value,
    weight,
    confirmed: result ? result.confirmed : true,
  };
}

/**
 * Combines unit values (or unit score results) into the instansi value, per
 * the rubric's rule or an explicitly named strategy. Sums are exact (BigInt),
 * so the result never depends on unit order, and the published value is
 * rounded from the exact mean.
 */
export function aggregateUnits<Id extends string>(
  rubric: RubricDefinition<Id>,
  units: unknown,
  options: AggregateOptions = {},
): AggregateResult<Id> {
  const prepared = compiledOf(rubric);
  const rule = rubric.aggregation;
  if (typeof options !== "object" || options === null)
    invalid(["options"], "options is an object", "aggregate options must be an object");
  if (options.strategy !== undefined && !(STRATEGIES as ReadonlyArray<string>).includes(options.strategy))
    invalid(
      ["options", "strategy"],
      `one of ${STRATEGIES.join(", ")}`,
      `unknown strategy "${String(options.strategy)}"`,
    );
  if (options.adjustments !== undefined && !Array.isArray(options.adjustments))
    invalid(
      ["options", "adjustments"],
      "adjustments is an array",
      "adjustments must be an array of { code, points, reason }",
    );
  if (!Array.isArray(units) || units.length === 0)
    invalid(["units"], "at least one unit", "aggregate needs a non-empty array of units");
  if (!rule && !options.strategy)
    throw new KinerjaError(
      "NO_AGGREGATION_RULE",
      `${rubric.id} has no known unit → instansi rule; pass { strategy: "mean" } (or "weightedMean") to choose one explicitly`,
      { path: ["options", "strategy"], rule: "an unknown rule is never guessed" },
    );
  const strategy = options.strategy ?? rule?.method ?? "mean";
  const weighted = strategy === "weightedMean";
  const read = units.map((u: unknown, i) => readUnit(prepared, u, i, weighted));

  // Exact sums: Σ w·v / Σ w, or Σ v / n — the mean is rounded from this fraction, never from its text.
  const num = sumFractions(read.map((u) => (u.weight ? mul(u.value, u.weight) : u.value)));
  const wsum = weighted ? sumFractions(read.map((u) => u.weight as Rational)) : R0;
  if (weighted && isZero(wsum))
    invalid(["units"], "weightedMean: weights sum above zero", "the unit weights add up to zero");
  const mean = div(num, weighted ? wsum : rational(BigInt(read.length)));
  const meanText = toDecimalText(mean);
  const rounding = roundingOf(rubric);

  const adjustments = (options.adjustments ?? []).map((a, i) => {
    const path = ["options", "adjustments", i];
    if (!rule?.adjustments?.allowed)
      invalid(
        path,
        "adjustments only where the rubric's rule allows them",
        `${rubric.id} does not provide for adjustments after the mean`,
      );
    if (
      typeof a !== "object" ||
      a === null ||
      typeof a.code !== "string" ||
      typeof a.reason !== "string" ||
      a.reason === ""
    )
      invalid(path, "adjustment has code, points and a reason", "an adjustment is { code, points, reason }");
    return { code: a.code, points: readNumber(a.points, [...path, "points"]), reason: a.reason };
  });
  let total = mean;
  if (adjustments.length > 0) {
    // Adjustments apply to the published (rounded) mean, as a deduction is announced on it.
    checkRange(prepared, mean, ["units"]);
    total = rounding ? roundRational(mean, rounding) : mean;
    for (const a of adjustments) total = add(total, a.points);
  }
  const published = publishValue(
    prepared,
    total,
    rounding,
    adjustments.length > 0 ? ["options", "adjustments"] : ["units"],
  );
  const basisSet = new Set(read.map((u) => u.entry.basis));
  const ruleKind: "rubric" | "caller" =
    options.strategy && options.strategy !== rule?.method ? "caller" : rule ? "rubric" : "caller";
  return {
    rubric: rubric.id,
    strategy,
    rule: ruleKind,
    count: read.length,
    mean: meanText,
    adjustments: adjustments.map((a) => ({ code: a.code, points: toDecimalText(a.points), reason: a.reason })),
    value: published.value,
    exact: published.exact,
    exactFraction: published.exactFraction,
    predicate: published.predicate,
    gap: published.gap,
    units: read.map((u) => u.entry),
    basis: basisSet.size > 1 ? "mixed" : (basisSet.values().next().value as UnitBasis),
    source: rule?.source ?? null,
    rubricHash: prepared.hash,
    kinerjaVersion: VERSION,
    confirmed:
      published.predicate !== null &&
      ruleKind === "rubric" &&
      (rule?.source.confirmed ?? false) &&
      (rounding?.source.confirmed ?? true) &&
      (adjustments.length === 0 || (rule?.adjustments?.source.confirmed ?? false)) &&
      read.every((u) => u.confirmed) &&
      published.predicate.confirmed,
  };
}
