import { toDecimalText } from "../../core/decimalText.js";
import { fail } from "../../core/errors.js";
import { formatRational } from "../../core/rational.js";
import { aggregateUnits, isScoreResult, publishOn } from "../../engine/internal.js";
import type {
  AggregateResult,
  AggregateUnitEntry,
  AnswerValue,
  DecimalString,
  RubricDefinition,
  ScoreInput,
  ScoreResult,
} from "../../model/types.js";
import { oneOf, optionsObject, plainInput, plainList, rubricArg, uniqueNames } from "../shared.js";
import { combineExact, F03_RULES, type F03Input, type F03Rule } from "./combineF03.js";

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

export interface InstansiUnitEntry extends AggregateUnitEntry {
  /** The unit IPP used in the mean (after the F-03 rule), unrounded. */
  readonly value: DecimalString;
  /** The unit's published value (rounded per the rubric). */
  readonly published: DecimalString;
  readonly f02: DecimalString;
  readonly f03: { readonly value: DecimalString; readonly used: boolean; readonly treatment: string } | null;
  /** "exact": the F-02 part computed from answers or a score result; "given": a value passed in (often already rounded). */
  readonly basis: "exact" | "given";
}

/** The engine's aggregate of the unit IPPs, with each unit's F-02 / F-03 and the rule applied. */
export interface InstansiResult extends AggregateResult {
  readonly f03Rule: string;
  readonly units: ReadonlyArray<InstansiUnitEntry>;
  readonly notes: ReadonlyArray<string>;
}

/**
 * The instansi (K/L/Pemda) IPP from its unit lokus: the F-03 rule per unit
 * (F-02 only by default, as `combineF03`), then the engine's aggregate of the
 * exact unit values — the rubric's rule, or "weightedMean" if named — rounded
 * once at the end. Exact even for the 17/2017 fractions, whose unit values do
 * not terminate. The result names the strategy and the F-03 rule, and whether
 * any unit was a given (rounded) value, in which case the instansi value can
 * differ by 0.01 from the one computed from unrounded units (Kota Madiun 2024:
 * 4.66 vs published 4.67).
 *
 * @example
 * ```ts
 * import { aggregateInstansi, pekppp2022v2 } from "kinerja/pekppp";
 *
 * // Kota Madiun 2024: three unit lokus, published (rounded) as 4.73, 4.63 and 4.63
 * const madiun = aggregateInstansi(pekppp2022v2, [{ value: "4.73" }, { value: "4.63" }, { value: "4.63" }]);
 * madiun.value; // "4.66": published 4.67, which only the unrounded unit indices give
 * madiun.units[0]?.basis; // "given"
 * // From answers, each unit exact and the mean rounded once (answers: the reference worked example):
 * aggregateInstansi(pekppp2022v2, [
 *   { unit: "DPMPTSP", answers },
 *   { unit: "Disdukcapil", answers },
 * ]).value; // "3.68"
 * ```
 */
export function aggregateInstansi(
  rubric: RubricDefinition,
  units: ReadonlyArray<InstansiUnit>,
  options?: InstansiOptions,
): InstansiResult {
  const r = rubricArg(rubric);
  const opts = optionsObject(plainInput(options, ["options"]));
  // Plain data read once: a hole is an INVALID_INPUT at its index (never a unit of 0 points), a unit is named once.
  const list = plainList<InstansiUnit>(units, ["units"], "units", "unit lokus");
  uniqueNames(
    list.map((u) => (typeof u === "object" && u !== null && typeof u.unit === "string" ? u.unit : undefined)),
    ["units"],
    "unit",
  );
  const ruleOfRubric = r.aggregation;
  if (!ruleOfRubric && opts.strategy === undefined)
    fail({
      code: "NO_AGGREGATION_RULE",
      path: ["options", "strategy"],
      rule: "an unknown rule is never guessed",
      message: `${r.id} has no unit → instansi rule; name a strategy`,
    });
  const strategy = oneOf(opts.strategy, ["mean", "weightedMean"] as const, ["options", "strategy"]);
  const f03Rule = opts.f03Rule ?? F03_RULES.f02Only;
  let anyF03 = false;

  // 1. The F-03 rule per unit, exactly.
  const combined = list.map((u, index) => {
    const path = ["units", index];
    if (typeof u !== "object" || u === null)
      fail({
        code: "INVALID_INPUT",
        path,
        rule: "a unit object",
        message: `units[${index}] must be { unit?, answers | result | value, f03? }`,
      });
    const given = [u.answers !== undefined, u.result !== undefined, u.value !== undefined].filter(Boolean).length;
    if (given !== 1)
      fail({
        code: "INVALID_INPUT",
        path,
        rule: "one of answers, result, value",
        message: `units[${index}] needs exactly one of answers, result or value`,
      });
    if (u.unit !== undefined && typeof u.unit !== "string")
      fail({
        code: "INVALID_INPUT",
        path: [...path, "unit"],
        rule: "a unit name (text)",
        message: `units[${index}].unit must be the unit's name`,
      });
    if (u.result !== undefined && !isScoreResult(u.result))
      fail({
        code: "INVALID_INPUT",
        path: [...path, "result"],
        rule: "a result from score()",
        message: `units[${index}].result is not a score result`,
      });
    const f02 = u.answers !== undefined ? { answers: u.answers } : (u.result ?? (u.value as AnswerValue));
    // Errors about the unit's evaluator part name the field it came in: answers, result or value.
    const f02Path = u.answers !== undefined ? path : [...path, u.result !== undefined ? "result" : "value"];
    const c = combineExact(r, { f02, f03: u.f03 ?? null }, f03Rule, path, ["options", "f03Rule"], f02Path);
    if (c.detail.f03Used) anyF03 = true;
    return { u, c };
  });

  // 2. The engine's aggregate of the exact unit values. A unit counts as confirmed only when its F-02 is
  // (a given value never is) and F-03 stayed out (no official rule combines them).
  const aggregated = aggregateUnits(
    r,
    combined.map(({ u, c }) => ({
      ...(u.unit !== undefined ? { unit: u.unit } : {}),
      ...(u.weight !== undefined ? { weight: u.weight } : {}),
      result: {
        rubric: r.id,
        exact: toDecimalText(c.exact),
        exactFraction: formatRational(c.exact),
        confirmed: c.f02Confirmed && c.detail.rule === "f02Only",
      },
    })),
    strategy === undefined ? {} : { strategy },
  );

  const entries: InstansiUnitEntry[] = combined.map(({ c }, index) => {
    const engine = aggregated.units[index] as AggregateUnitEntry;
    return {
      ...engine,
      published: publishOn(r, c.exact, "result", ["units", index]).value,
      f02: toDecimalText(c.f02),
      f03: c.detail.f03
        ? { value: c.detail.f03.value, used: c.detail.f03.used, treatment: c.detail.f03.treatment }
        : null,
      basis: c.f02Basis,
    };
  });
  const bases = new Set(entries.map((e) => e.basis));
  const basis = bases.size > 1 ? "mixed" : (bases.values().next().value as "exact" | "given");
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
    ...aggregated,
    f03Rule:
      f03Rule.kind === "f02Only" ? "F-02 only (default)" : (f03Rule.label ?? "weighted (caller's rule, UNCONFIRMED)"),
    units: entries,
    basis,
    notes,
  };
}
