import { roundRational, toDecimalText } from "../core/decimalText.js";
import { type ErrorPath, isKinerjaError, KinerjaError } from "../core/errors.js";
import { snapshot, unreadable } from "../core/plain.js";
import { add, cmp, div, isZero, mul, R0, type Rational, rational } from "../core/rational.js";
import { pow10 } from "../core/roundRatio.js";
import { POW10, scaledOf, scaledToString } from "../core/scaled.js";
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
import { type MeanPlan, meanPlanOf, publishMean } from "./publishMean.js";
import { checkRange, publishRatio, publishValue, type RatioPublication } from "./publishValue.js";
import { exactOfStored, scaledOfStored } from "./storedExact.js";
import { checkAggregateUnits } from "./unitChecks.js";

const STRATEGIES = ["mean", "weightedMean"] as const;
const DETAILS = ["compact", "full", "none"] as const;

/** The rounding used is the aggregation's own, or else the result's. */
const roundingOf = (rubric: RubricDefinition) => rubric.aggregation?.rounding ?? rubric.result.rounding;

const isResult = (u: unknown): u is ScoreResult =>
  typeof u === "object" && u !== null && typeof (u as ScoreResult).rubric === "string" && "exact" in u;

function invalid(path: ErrorPath, rule: string, message: string): never {
  throw new KinerjaError("INVALID_INPUT", message, { path, rule });
}

interface Unit {
  /** The unit's value: exactly `value`, or (on the safe-integer path) n / 10^e with `value` null. */
  readonly value: Rational | null;
  readonly n: number;
  readonly e: number;
  readonly weight: Rational | null;
  readonly confirmed: boolean;
  readonly basis: UnitBasis;
  readonly label: string | undefined;
}

/** The rubric's range as integers at an exponent, for the safe-integer check of a unit value. */
interface ScaledRange {
  readonly minN: number;
  readonly maxN: number;
  readonly e: number;
}
const ranges = new WeakMap<Compiled, ScaledRange | null>();
function scaledRangeOf(c: Compiled): ScaledRange | null {
  let hit = ranges.get(c);
  if (hit === undefined) {
    const lo = scaledOf(c.rubric.result.min);
    const hi = scaledOf(c.rubric.result.max);
    hit = null;
    if (lo && hi) {
      const e = Math.max(lo.e, hi.e);
      const minN = lo.n * (POW10[e - lo.e] as number);
      const maxN = hi.n * (POW10[e - hi.e] as number);
      if (Number.isSafeInteger(minN) && Number.isSafeInteger(maxN)) hit = { minN, maxN, e };
    }
    ranges.set(c, hit);
  }
  return hit;
}

/** n / 10^e within the range, on safe integers; undefined when a product would leave them. */
function inRange(range: ScaledRange, n: number, e: number): boolean | undefined {
  const top = Math.max(e, range.e);
  const v = n * (POW10[top - e] as number);
  const lo = range.minN * (POW10[top - range.e] as number);
  const hi = range.maxN * (POW10[top - range.e] as number);
  if (!Number.isSafeInteger(v) || !Number.isSafeInteger(lo) || !Number.isSafeInteger(hi)) return undefined;
  return v >= lo && v <= hi;
}

function readUnit(prepared: Compiled, u: unknown, index: number, weighted: boolean): Unit {
  const rubric = prepared.rubric;
  const path = ["units", index];
  const obj = typeof u === "object" && u !== null && !isResult(u) ? (u as Record<string, unknown>) : null;
  const result = isResult(u) ? u : obj && isResult(obj.result) ? obj.result : null;
  let value: Rational | null = null;
  let scaled: { readonly n: number; readonly e: number } | null | undefined = null;
  if (result) {
    if (result.rubric !== rubric.id)
      throw new KinerjaError("RUBRIC_MISMATCH", `unit ${index} was scored on ${result.rubric}, not ${rubric.id}`, {
        path,
        rule: "units of one aggregate share the rubric",
      });
    // A result this process computed on safe integers keeps its value as an integer; others are read exactly.
    scaled = weighted ? null : scaledOfStored(result);
    if (scaled === null) value = exactOfStored(result, obj && !isResult(u) ? [...path, "result"] : path);
  } else {
    const given = obj ? obj.value : u;
    // A plain decimal of at most 15 digits is summed as an integer; anything else goes through the one parser.
    scaled = weighted ? undefined : scaledOf(given);
    if (scaled === undefined) {
      scaled = null;
      value = readNumber(given, obj ? [...path, "value"] : path);
    }
  }
  const range = scaled ? scaledRangeOf(prepared) : null; // a WeakMap hit after the first unit
  const inside = scaled && range ? inRange(range, scaled.n, scaled.e) : undefined;
  if (scaled && inside === undefined) {
    value = rational(BigInt(scaled.n), pow10(scaled.e));
    scaled = null;
  }
  if (inside === false || (value !== null && (cmp(value, prepared.min) < 0 || cmp(value, prepared.max) > 0))) {
    const shown =
      value !== null ? toDecimalText(value) : scaledToString((scaled as { n: number }).n, (scaled as { e: number }).e);
    throw new KinerjaError(
      "OUT_OF_RANGE",
      `unit ${index} value ${shown} is outside ${rubric.result.min}–${rubric.result.max}`,
      { path, rule: `a value from ${rubric.result.min} to ${rubric.result.max}` },
    );
  }
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
  return {
    value,
    n: scaled ? scaled.n : 0,
    e: scaled ? scaled.e : 0,
    weight,
    confirmed: result ? result.confirmed : true,
    basis: result ? "exact" : "given",
    label: obj && typeof obj.unit === "string" ? obj.unit : undefined,
  };
}

/** The unit's echo in the result. */
function entryOf(u: Unit, index: number): AggregateUnitEntry {
  const value = u.value !== null ? toDecimalText(u.value) : scaledToString(u.n, u.e);
  if (u.label === undefined && u.weight === null) return { index, value, basis: u.basis };
  return {
    index,
    ...(u.label !== undefined ? { unit: u.label } : {}),
    value,
    ...(u.weight ? { weight: toDecimalText(u.weight) } : {}),
    basis: u.basis,
  };
}

/**
 * Σ of unit values as they stream in: on one safe integer at a common exponent while it stays safe, and exactly
 * otherwise (numerators summed per denominator, without reducing at each step). The total is the same either way.
 */
class Sum {
  /** The integer part of the sum: int / 10^e. */
  private int = 0;
  private e = 0;
  private byDen: Map<bigint, bigint> | null = null;

  addScaled(n: number, e: number): void {
    if (e > this.e) {
      const lifted = this.int * (POW10[e - this.e] as number);
      if (!Number.isSafeInteger(lifted)) {
        this.addExact(BigInt(n), pow10(e));
        return;
      }
      this.int = lifted;
      this.e = e;
    }
    const v = n * (POW10[this.e - e] as number);
    const next = this.int + v;
    if (!Number.isSafeInteger(v) || !Number.isSafeInteger(next)) {
      this.addExact(BigInt(n), pow10(e));
      return;
    }
    this.int = next;
  }

  addExact(n: bigint, d: bigint): void {
    if (this.byDen === null) this.byDen = new Map();
    this.byDen.set(d, (this.byDen.get(d) ?? 0n) + n);
  }

  /** The sum as int / 10^e when it never left the safe integers, else null. */
  get scaled(): { readonly n: number; readonly e: number } | null {
    return this.byDen === null ? { n: this.int, e: this.e } : null;
  }

  get exact(): Rational {
    let total = this.int === 0 ? R0 : rational(BigInt(this.int), pow10(this.e));
    if (this.byDen !== null) for (const [d, n] of this.byDen) total = add(total, rational(n, d));
    return total;
  }
}

/** An array, or any other iterable (a generator) of units; a string or a non-iterable is not a list of units. */
function unitsOf(units: unknown): Iterable<unknown> | null {
  if (Array.isArray(units)) return units;
  if (typeof units !== "object" || units === null) return null;
  const iterator = (units as { [Symbol.iterator]?: unknown })[Symbol.iterator];
  return typeof iterator === "function" ? (units as Iterable<unknown>) : null;
}

/** The options when none are given (shared, never mutated). */
const NO_OPTIONS: AggregateOptions = Object.freeze({});

/** The echo of a plain unit value: its text when that is already the normalised form (no trailing zero after a point). */
const echoOf = (u: string | number, n: number, e: number): string =>
  typeof u === "string" && (e === 0 || u.charCodeAt(u.length - 1) !== 48) ? u : scaledToString(n, e);

/**
 * Combines unit values (or unit score results) into the instansi value, per
 * the rubric's rule or an explicitly named strategy. Sums are exact (BigInt),
 * so the result never depends on unit order, and the published value is
 * rounded from the exact mean. The units and options are read once as plain
 * data, with the checks of `aggregate` in `kinerja`: a hole, a unit named
 * twice, a stored result that is not what it claims, or a getter or Proxy trap
 * that throws is an INVALID_INPUT naming its path. The
 * result is plain data: nothing in it is the caller's own object (a plain
 * rubric definition is defined into a frozen copy first, and the result's
 * `source` is that copy's).
 *
 * @example
 * ```ts
 * import { aggregate } from "kinerja/engine";
 * import { ombudsman2024v2 } from "kinerja/ombudsman";
 *
 * aggregate(ombudsman2024v2, ["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"]).value; // "95.31"
 * ```
 */
export function aggregateRubric<Id extends string>(
  rubric: RubricDefinition<Id>,
  units: unknown,
  options?: AggregateOptions,
): AggregateResult<Id> {
  const prepared = compiledOf(rubric);
  const defined = prepared.rubric as RubricDefinition<Id>;
  const checked = checkAggregateUnits(defined, prepared.hash, units);
  return aggregateCompiled(
    prepared,
    defined,
    checked,
    options === undefined ? options : snapshot(options, ["options"]),
  );
}

/**
 * The aggregate of units the caller (kinerja's own code) has already read: `aggregateRubric` without the unit and
 * option checks. The rubric's defined copy is what the result refers to (never a caller's plain definition).
 */
export function aggregateUnits<Id extends string>(
  rubric: RubricDefinition<Id>,
  units: unknown,
  options: AggregateOptions = NO_OPTIONS,
): AggregateResult<Id> {
  const prepared = compiledOf(rubric);
  return aggregateCompiled(prepared, prepared.rubric as RubricDefinition<Id>, units, options);
}

/** The aggregate with the rubric already compiled (`compiledOf(rubric)`; `rubric` is its defined copy, `prepared.rubric`). */
function aggregateCompiled<Id extends string>(
  prepared: Compiled,
  rubric: RubricDefinition<Id>,
  units: unknown,
  options: AggregateOptions = NO_OPTIONS,
): AggregateResult<Id> {
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
  if (options.detail !== undefined && !(DETAILS as ReadonlyArray<unknown>).includes(options.detail))
    invalid(
      ["options", "detail"],
      'one of "compact", "full", "none"',
      'options.detail must be "compact", "full" or "none"',
    );
  const list = unitsOf(units);
  if (list === null || (Array.isArray(list) && list.length === 0))
    invalid(["units"], "at least one unit", "aggregate needs a non-empty array (or iterable) of units");
  if (!rule && !options.strategy)
    throw new KinerjaError(
      "NO_AGGREGATION_RULE",
      `${rubric.id} has no known unit → instansi rule; pass { strategy: "mean" } (or "weightedMean") to choose one explicitly`,
      { path: ["options", "strategy"], rule: "an unknown rule is never guessed" },
    );
  const strategy = options.strategy ?? rule?.method ?? "mean";
  const weighted = strategy === "weightedMean";
  const echo = options.detail !== "none";

  // One pass over the units (an array or a generator): each read and checked, summed exactly, echoed if asked.
  // Σ w·v / Σ w, or Σ v / n — the mean is rounded from this fraction, never from its text.
  const sum = new Sum();
  const weights = weighted ? new Sum() : null;
  const entries: AggregateUnitEntry[] = [];
  let count = 0;
  let exactUnits = 0;
  let allConfirmed = true;
  const plan = weighted ? null : meanPlanOf(prepared);
  for (const u of list) {
    // The common unit: a published value as a plain decimal within the range, summed as an integer (the range at
    // the unit's exponent, precomputed; a unit it cannot judge takes the general reader below, which decides the same).
    if (plan !== null && (typeof u === "string" || typeof u === "number")) {
      const v = scaledOf(u);
      if (v !== undefined && v.n >= (plan.lo[v.e] as number) && v.n <= (plan.hi[v.e] as number)) {
        sum.addScaled(v.n, v.e);
        if (echo) entries.push({ index: count, value: echoOf(u, v.n, v.e), basis: "given" });
        count++;
        continue;
      }
    }
    let unit: Unit;
    try {
      unit = readUnit(prepared, u, count, weighted);
    } catch (e) {
      // A result trusted as this process's own is read without a copy: a getter added to it since is the
      // caller's error at the unit, never a raw one.
      if (isKinerjaError(e)) throw e;
      unreadable("INVALID_INPUT", ["units", count]);
    }
    if (unit.weight) {
      const wv = mul(unit.value as Rational, unit.weight);
      sum.addExact(wv.n, wv.d);
      weights?.addExact(unit.weight.n, unit.weight.d);
    } else if (unit.value !== null) sum.addExact(unit.value.n, unit.value.d);
    else sum.addScaled(unit.n, unit.e);
    if (unit.basis === "exact") exactUnits++;
    if (!unit.confirmed) allConfirmed = false;
    if (echo) entries.push(entryOf(unit, count));
    count++;
  }
  if (count === 0) invalid(["units"], "at least one unit", "aggregate needs a non-empty array (or iterable) of units");
  const wsum = weights ? weights.exact : R0;
  if (weighted && isZero(wsum))
    invalid(["units"], "weightedMean: weights sum above zero", "the unit weights add up to zero");
  const rounding = roundingOf(rubric);
  const adjusted = options.adjustments !== undefined && options.adjustments.length > 0;
  // The mean on safe integers (S / (n·10^e)) where every unit was a plain decimal and nothing is adjusted.
  const quick = weighted || adjusted ? null : sum.scaled;
  const den = quick ? count * (POW10[quick.e] as number) : 0;
  const fast = quick
    ? (publishMean(prepared, plan as MeanPlan, quick.n, count, quick.e, rounding) ??
      (Number.isSafeInteger(den) ? publishRatio(prepared, quick.n, den, rounding) : null))
    : null;
  let published: RatioPublication;
  let meanText: string;
  let adjustments: Array<{ code: string; points: Rational; reason: string }> = [];
  if (fast !== null) {
    published = fast;
    meanText = fast.exact;
  } else {
    const mean = div(sum.exact, weighted ? wsum : rational(BigInt(count)));
    meanText = toDecimalText(mean);
    if (adjusted)
      adjustments = (options.adjustments ?? []).map((a, i) => {
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
      checkRange(prepared, total, ["units"]);
      total = rounding ? roundRational(total, rounding) : total;
      for (const a of adjustments) total = add(total, a.points);
    }
    published = publishValue(
      prepared,
      total,
      rounding,
      adjustments.length > 0 ? ["options", "adjustments"] : ["units"],
    );
  }
  const ruleKind: "rubric" | "caller" =
    options.strategy && options.strategy !== rule?.method ? "caller" : rule ? "rubric" : "caller";
  const predicate = published.predicate;
  return resultOf(
    {
      rubric: rubric.id,
      strategy,
      rule: ruleKind,
      count,
      mean: meanText,
      adjustments:
        adjustments.length === 0
          ? []
          : adjustments.map((a) => ({ code: a.code, points: toDecimalText(a.points), reason: a.reason })),
      value: published.value,
      exact: published.exact,
      exactFraction: published.exactFraction,
      predicate,
      gap: published.gap,
      units: entries,
      basis: exactUnits === count ? "exact" : exactUnits === 0 ? "given" : "mixed",
      source: rule?.source ?? null,
      rubricHash: prepared.hash,
      kinerjaVersion: VERSION,
      confirmed:
        predicate !== null &&
        ruleKind === "rubric" &&
        (rule?.source.confirmed ?? false) &&
        (rounding?.source.confirmed ?? true) &&
        (adjustments.length === 0 || (rule?.adjustments?.source.confirmed ?? false)) &&
        allConfirmed &&
        predicate.confirmed,
    },
    echo,
  );
}

/** The result object, its fields in their documented order (`detail: "none"` after `units` when the echo is left out). */
function resultOf<Id extends string>(r: AggregateResult<Id>, echo: boolean): AggregateResult<Id> {
  if (echo) return r;
  return {
    rubric: r.rubric,
    strategy: r.strategy,
    rule: r.rule,
    count: r.count,
    mean: r.mean,
    adjustments: r.adjustments,
    value: r.value,
    exact: r.exact,
    exactFraction: r.exactFraction,
    predicate: r.predicate,
    gap: r.gap,
    units: r.units,
    detail: "none",
    basis: r.basis,
    source: r.source,
    rubricHash: r.rubricHash,
    kinerjaVersion: r.kinerjaVersion,
    confirmed: r.confirmed,
  };
}
