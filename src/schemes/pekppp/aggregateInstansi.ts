import { KinerjaError } from "../../core/errors.js";
import { add, mul, type Rational, rational } from "../../core/rational.js";
import { prepare } from "../../engine/prepare.js";
import type {
  AnswerValue,
  DecimalString,
  Gap,
  Predicate,
  RubricDefinition,
  ScoreInput,
  ScoreResult,
  Source,
} from "../../model/types.js";
import { oneOf, optionsObject } from "../shared.js";
import { combineExact, F03_RULES, type F03Input, type F03Rule } from "./combineF03.js";
import { finishExact, inputToRational, isScoreResult, ratText } from "./exact.js";

/** One unit lokus: its answers, its score result, or its published IPP; optionally its F-03. */
export interface InstansiUnit {
  readonly unit?: string;
  readonly answers?: ScoreInput["answers"];
  readonly result?: ScoreResult;
  /** A published unit IPP (usually already rounded: the result then says basis "given"). */
  readonly value?: AnswerValue;
  readonly f03?: F03Input | null;
  /** Only with the "weightedMean" strategy. */
  readonly weight?: AnswerValue;
}

export interface InstansiOptions {
  /** "mean" (the rubric's rule, the default) or "weightedMean" (caller's choice; every unit needs a weight). */
  readonly strategy?: "mean" | "weightedMean";
  /** How each unit's F-03 enters its IPP. Default F-02 only (F-03 recorded, not used). */
  readonly f03Rule?: F03Rule;
}

export interface InstansiUnitEntry {
  readonly index: number;
  readonly unit?: string;
  /** The unit IPP used in the mean (after the F-03 rule), unrounded. */
  readonly value: DecimalString;
  /** The unit's published value (rounded per the rubric). */
  readonly published: DecimalString;
  readonly f02: DecimalString;
  readonly f03: { readonly value: DecimalString; readonly used: boolean; readonly treatment: string } | null;
  readonly weight?: DecimalString;
  /** "exact": computed from answers; "given": a value passed in (often already rounded). */
  readonly basis: "exact" | "given";
}

export interface InstansiResult {
  readonly rubric: string;
  readonly strategy: "mean" | "weightedMean";
  /** Whether the strategy is the rubric's own rule or the caller's choice. */
  readonly rule: "rubric" | "caller";
  readonly f03Rule: string;
  readonly count: number;
  /** The published instansi value: the exact mean, rounded once. */
  readonly value: DecimalString;
  readonly exact: DecimalString;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
  readonly units: ReadonlyArray<InstansiUnitEntry>;
  readonly basis: "exact" | "given" | "mixed";
  readonly source: Source | null;
  readonly confirmed: boolean;
  readonly notes: ReadonlyArray<string>;
}

/**
 * The instansi (K/L/Pemda) IPP from its unit lokus: each unit's exact IPP
 * (after the F-03 rule, F-02 only by default), then the mean — the rubric's
 * rule, or "weightedMean" if named — rounded once at the end. Exact even for
 * the 17/2017 fractions, whose unit values do not terminate. The result names
 * the strategy and the F-03 rule, and whether any unit was a given (rounded)
 * value, in which case the instansi value can differ by 0.01 from the one
 * computed from unrounded units (Kota Madiun 2024: 4.66 vs published 4.67).
 */
export function aggregateInstansi(
  rubric: RubricDefinition,
  units: ReadonlyArray<InstansiUnit>,
  options?: InstansiOptions,
): InstansiResult {
  const prepared = prepare(rubric);
  const opts = optionsObject(options);
  if (!Array.isArray(units) || units.length === 0)
    throw new KinerjaError("INVALID_INPUT", "aggregateInstansi needs a non-empty array of unit lokus", {
      path: ["units"],
      rule: "at least one unit",
    });
  const ruleOfRubric = rubric.aggregation;
  if (!ruleOfRubric && opts.strategy === undefined)
    throw new KinerjaError("NO_AGGREGATION_RULE", `${rubric.id} has no unit → instansi rule; name a strategy`, {
      path: ["options", "strategy"],
      rule: "an unknown rule is never guessed",
    });
  const strategy =
    oneOf(opts.strategy, ["mean", "weightedMean"] as const, ["options", "strategy"]) ?? ruleOfRubric?.method ?? "mean";
  const f03Rule = opts.f03Rule ?? F03_RULES.f02Only;
  // The unit → instansi value is rounded as the aggregation says, else as a unit value (like aggregate()).
  const rounding = ruleOfRubric?.rounding ?? rubric.result.rounding;
  const weighted = strategy === "weightedMean";
  let sum: Rational = rational(0n);
  let weightSum: Rational = rational(0n);
  let allConfirmed = true;
  let anyF03 = false;
  const entries: InstansiUnitEntry[] = units.map((u, index) => {
    const path = ["units", index];
    if (typeof u !== "object" || u === null)
      throw new KinerjaError("INVALID_INPUT", `units[${index}] must be { unit?, answers | result | value, f03? }`, {
        path,
        rule: "a unit object",
      });
    const given = [u.answers !== undefined, u.result !== undefined, u.value !== undefined].filter(Boolean).length;
    if (given !== 1)
      throw new KinerjaError("INVALID_INPUT", `units[${index}] needs exactly one of answers, result or value`, {
        path,
        rule: "one of answers, result, value",
      });
    if (u.unit !== undefined && typeof u.unit !== "string")
      throw new KinerjaError("INVALID_INPUT", `units[${index}].unit must be the unit's name`, {
        path: [...path, "unit"],
        rule: "a unit name (text)",
      });
    if (u.result !== undefined && !isScoreResult(u.result))
      throw new KinerjaError("INVALID_INPUT", `units[${index}].result is not a score result`, {
        path: [...path, "result"],
        rule: "a result from score()",
      });
    const f02 = u.answers !== undefined ? { answers: u.answers } : (u.result ?? (u.value as AnswerValue));
    // Errors about the unit's evaluator part name the field it came in: answers, result or value.
    const f02Path = u.answers !== undefined ? path : [...path, u.result !== undefined ? "result" : "value"];
    const c = combineExact(
      prepared.rubric,
      { f02, f03: u.f03 ?? null },
      f03Rule,
      path,
      ["options", "f03Rule"],
      f02Path,
    );
    if (!c.f02Confirmed || c.detail.rule !== "f02Only") allConfirmed = false;
    if (c.detail.f03Used) anyF03 = true;
    let weight: Rational | undefined;
    if (weighted) {
      if (u.weight === undefined)
        throw new KinerjaError("INVALID_INPUT", `units[${index}] needs a weight for the weightedMean strategy`, {
          path: [...path, "weight"],
          rule: "weightedMean: every unit has a weight",
        });
      weight = inputToRational(u.weight, [...path, "weight"]);
      if (weight.n < 0n)
        throw new KinerjaError("INVALID_INPUT", `units[${index}] has a negative weight`, {
          path: [...path, "weight"],
          rule: "weights are non-negative",
        });
      weightSum = add(weightSum, weight);
    } else if (u.weight !== undefined)
      throw new KinerjaError(
        "INVALID_INPUT",
        `units[${index}] has a weight, but the strategy is "mean"; pass { strategy: "weightedMean" } to use it`,
        { path: [...path, "weight"], rule: "a unit weight needs the weightedMean strategy" },
      );
    sum = add(sum, weight ? mul(c.exact, weight) : c.exact);
    const f = finishExact(prepared, c.exact, path);
    return {
      index,
      ...(u.unit !== undefined ? { unit: u.unit } : {}),
      value: ratText(c.exact),
      published: f.value,
      f02: ratText(c.f02),
      f03: c.detail.f03
        ? { value: c.detail.f03.value, used: c.detail.f03.used, treatment: c.detail.f03.treatment }
        : null,
      ...(weight ? { weight: ratText(weight) } : {}),
      basis: c.f02Basis,
    };
  });
  if (weighted && weightSum.n === 0n)
    throw new KinerjaError("INVALID_INPUT", "the unit weights add up to zero", {
      path: ["units"],
      rule: "weightedMean: weights sum above zero",
    });
  const mean = mul(sum, weighted ? rational(weightSum.d, weightSum.n) : rational(1n, BigInt(units.length)));
  const f = finishExact(prepared, mean, ["value"], rounding);
  const bases = new Set(entries.map((e) => e.basis));
  const basis = bases.size > 1 ? "mixed" : (bases.values().next().value as "exact" | "given");
  const rule = opts.strategy !== undefined && opts.strategy !== ruleOfRubric?.method ? "caller" : "rubric";
  const notes: string[] = [];
  if (basis !== "exact")
    notes.push(
      "Some unit values were given as numbers (often already rounded to 2 decimals): the instansi value can differ by 0.01 from the mean of the unrounded unit indices.",
    );
  if (anyF03)
    notes.push(
      `F-03 entered the unit values (${f03Rule.kind === "weighted" ? (f03Rule.label ?? `${f03Rule.f02}·F-02 + ${f03Rule.f03}·F-03`) : "f02Only"}): UNCONFIRMED.`,
    );
  if (ruleOfRubric && !ruleOfRubric.source.confirmed)
    notes.push("The unit → instansi rule itself is UNCONFIRMED (reference note §1.7).");
  return {
    rubric: rubric.id,
    strategy,
    rule,
    f03Rule:
      f03Rule.kind === "f02Only" ? "F-02 only (default)" : (f03Rule.label ?? "weighted (caller's rule, UNCONFIRMED)"),
    count: entries.length,
    value: f.value,
    exact: f.exact,
    predicate: f.predicate,
    gap: f.gap,
    units: entries,
    basis,
    source: ruleOfRubric?.source ?? null,
    confirmed:
      allConfirmed &&
      rule === "rubric" &&
      (ruleOfRubric?.source.confirmed ?? false) &&
      (rounding?.source.confirmed ?? true) &&
      (f.predicate?.confirmed ?? false),
    notes,
  };
}
