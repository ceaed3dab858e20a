import { toDecimalText } from "../../core/decimalText.js";
import { type ErrorPath, fail, formatPath, MESSAGE, RULE } from "../../core/errors.js";
import { add, eq, mul, R0, R1, type Rational } from "../../core/rational.js";
import { frozen } from "../../data/freeze.js";
import { F03_LOCAL_APP_75_25 } from "../../data/pekppp/helpers.js";
import { checkRangeOn, confirmedOn, isScoreResult, publishOn, readNumber } from "../../engine/internal.js";
import type {
  AnswerValue,
  DecimalString,
  Gap,
  Predicate,
  RubricDefinition,
  ScoreInput,
  ScoreResult,
  Source,
  WeightString,
} from "../../model/types.js";
import { plainInput, rubricArg } from "../shared.js";
import { unitOf, weightOf } from "./unit.js";

/** The evaluator's index only; F-03 is recorded but does not enter the value. The default. */
export interface F02OnlyRule {
  readonly kind: "f02Only";
}

/**
 * value = f02 × F-02 + f03 × F-03 (both on 0–5; the weights must add up to 1 exactly).
 * UNCONFIRMED: no official combination rule has been found (reference note §1.5).
 */
export interface WeightedF03Rule {
  readonly kind: "weighted";
  readonly f02: WeightString;
  readonly f03: WeightString;
  /** Fewer F-03 respondents than this (or no F-03 at all) triggers `belowMinimum`. */
  readonly minRespondents?: number;
  /** What happens below the minimum: use F-02 alone, or count F-03 as 0. Required with `minRespondents`. */
  readonly belowMinimum?: "f02Only" | "zeroF03";
  /** Shown in results, e.g. "local-app convention, unconfirmed". */
  readonly label?: string;
  /** Where the rule comes from (a ready-made rule names its source). */
  readonly source?: Source;
}

export type F03Rule = F02OnlyRule | WeightedF03Rule;

/** Ready-made rules. Only `f02Only` reflects what is known; the others are labelled local conventions. */
export const F03_RULES = /* @__PURE__ */ frozen({
  /** Default: the IPP is the evaluator's F-02 index alone. */
  f02Only: { kind: "f02Only" },
  /**
   * 0.75·F-02 + 0.25·F-03, falling back to F-02 alone without F-03 responses: the
   * convention of the Kutai Barat PEKPPP app (and one other app, which instead counts
   * F-03 as 0 below the period's respondent target). Local-app convention, UNCONFIRMED;
   * the rule carries its figures and its source.
   */
  localApp75_25: { kind: "weighted", ...F03_LOCAL_APP_75_25 },
} as const satisfies Record<string, F03Rule>);

/** The users' (F-03) index of a unit lokus, 0–5, with the number of respondents when known. */
export interface F03Input {
  readonly value: AnswerValue;
  readonly respondents?: number;
}

export interface F03CombineInput {
  /** The evaluator part: a score result, the answers, or an F-02 value as published. */
  readonly f02: ScoreResult | ScoreInput | AnswerValue;
  readonly f03?: F03Input | null;
}

export interface F03Combination {
  readonly rubric: string;
  readonly rule: "f02Only" | "weighted";
  readonly ruleLabel: string;
  /** The weights actually applied (null for f02Only or when the fallback applied). */
  readonly weights: { readonly f02: WeightString; readonly f03: WeightString } | null;
  readonly f02: { readonly value: DecimalString; readonly basis: "exact" | "given" };
  readonly f03: {
    readonly value: DecimalString;
    readonly respondents?: number;
    /** Whether the F-03 value entered the result. */
    readonly used: boolean;
    /** How F-03 was treated: "combined", "ignored (f02Only)", "below minimum: F-02 alone", "below minimum: counted as 0". */
    readonly treatment: string;
  } | null;
  /** Published value (rounded per the rubric). */
  readonly value: DecimalString;
  readonly exact: DecimalString;
  /** The unrounded value as an exact fraction in lowest terms. */
  readonly exactFraction: string;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
  /** False whenever F-03 entered the value (no official rule), or any F-02 figure is unconfirmed. */
  readonly confirmed: boolean;
  readonly notes: ReadonlyArray<string>;
}

/** Internal: the exact combination, shared with aggregateInstansi. */
export interface ExactCombination {
  readonly exact: Rational;
  readonly f02: Rational;
  readonly f02Basis: "exact" | "given";
  /** The evaluator part's own `confirmed` (a given value is never confirmed). */
  readonly f02Confirmed: boolean;
  readonly detail: Omit<
    F03Combination,
    "value" | "exact" | "exactFraction" | "predicate" | "gap" | "confirmed" | "rubric" | "f02"
  > & {
    readonly f03Used: boolean;
  };
}

function invalid(path: ErrorPath, rule: string, message: string): never {
  return fail({ code: "INVALID_INPUT", path, rule, message });
}

const isCount = (n: unknown): boolean => typeof n === "number" && Number.isInteger(n) && n >= 0;

/** Internal: validates the rule and computes the combination exactly. */
export function combineExact(
  rubric: RubricDefinition,
  input: F03CombineInput,
  rule: F03Rule,
  path: ErrorPath,
  rulePath: ErrorPath = [...path, "rule"],
  f02Path: ErrorPath = [...path, "f02"],
): ExactCombination {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    invalid(path, "an F-02 (and optional F-03) input", "the input must be { f02, f03? }");
  if (typeof rule !== "object" || rule === null || Array.isArray(rule))
    invalid(rulePath, "a known rule", 'the F-03 rule must be an object: F03_RULES.f02Only or { kind: "weighted", … }');
  let f02: Rational;
  let f02Basis: "exact" | "given";
  let f02Confirmed: boolean;
  const given = input.f02;
  if (typeof given === "number" || typeof given === "string") {
    f02 = readNumber(given, f02Path);
    f02Basis = "given";
    f02Confirmed = false;
  } else if (isScoreResult(given) || (typeof given === "object" && given !== null && "answers" in given)) {
    const u = unitOf(rubric, given, f02Path);
    f02 = u.exact;
    f02Basis = "exact";
    f02Confirmed = u.confirmed;
  } else {
    return invalid(f02Path, "f02 is a result or value", "f02 must be a score result, { answers } or a value");
  }
  // F-02 and F-03 are both indices on the rubric's range (0–5).
  checkRangeOn(rubric, f02, f02Path);

  const f03In = input.f03 ?? null;
  let f03: Rational | null = null;
  if (f03In !== null) {
    if (typeof f03In !== "object") invalid([...path, "f03"], "f03 is an object", "f03 must be { value, respondents? }");
    f03 = readNumber(f03In.value, [...path, "f03", "value"]);
    checkRangeOn(rubric, f03, [...path, "f03", "value"]);
    if (f03In.respondents !== undefined && !isCount(f03In.respondents))
      invalid([...path, "f03", "respondents"], RULE.wholeCount, MESSAGE.notACount("respondents"));
  }
  const f03Record = (used: boolean, treatment: string) =>
    f03In === null || f03 === null
      ? null
      : {
          value: toDecimalText(f03),
          ...(f03In.respondents !== undefined ? { respondents: f03In.respondents } : {}),
          used,
          treatment,
        };
  const f02Alone = (detail: ExactCombination["detail"]): ExactCombination => ({
    exact: f02,
    f02,
    f02Basis,
    f02Confirmed,
    detail,
  });

  if (rule.kind === "f02Only")
    return f02Alone({
      rule: "f02Only",
      ruleLabel: "F-02 only (default)",
      weights: null,
      f03: f03Record(false, "ignored (f02Only)"),
      f03Used: false,
      notes:
        f03 === null
          ? []
          : ["F-03 was given but not used: the default rule is F-02 only, as no official combination rule is known."],
    });
  if (rule.kind !== "weighted")
    return invalid([...rulePath, "kind"], "a known rule", 'rule.kind must be "f02Only" or "weighted"');
  if (rule.label !== undefined && (typeof rule.label !== "string" || rule.label === ""))
    invalid(
      [...rulePath, "label"],
      "a label (text)",
      `${formatPath([...rulePath, "label"])} must be a text naming the rule`,
    );
  const w02 = weightOf(rule.f02, [...rulePath, "f02"]);
  const w03 = weightOf(rule.f03, [...rulePath, "f03"]);
  if (!eq(add(w02, w03), R1))
    invalid(rulePath, "weights sum to 1", `rule weights ${rule.f02} + ${rule.f03} do not add up to exactly 1`);
  const label = rule.label ?? `${rule.f02}·F-02 + ${rule.f03}·F-03 (caller's rule, UNCONFIRMED)`;
  const notes = ["No official rule combines F-02 and F-03 (reference note §1.5): this value is UNCONFIRMED."];
  let below = false;
  if (rule.minRespondents !== undefined) {
    if (!isCount(rule.minRespondents))
      invalid([...rulePath, "minRespondents"], RULE.wholeCount, MESSAGE.notACount("minRespondents"));
    if (rule.belowMinimum !== "f02Only" && rule.belowMinimum !== "zeroF03")
      invalid(
        [...rulePath, "belowMinimum"],
        "an explicit below-minimum behaviour",
        'with minRespondents, say what happens below it: belowMinimum "f02Only" or "zeroF03"',
      );
    if (f03In !== null && f03In.respondents === undefined)
      invalid(
        [...path, "f03", "respondents"],
        "respondents with minRespondents",
        "the rule has minRespondents, so F-03 needs its number of respondents",
      );
    below = f03In === null || (f03In.respondents as number) < rule.minRespondents;
  } else if (f03 === null) {
    invalid(
      [...path, "f03"],
      "F-03 present for the weighted rule",
      "the weighted rule needs an F-03 value; set minRespondents and belowMinimum to say what happens without one",
    );
  }
  if (below && rule.belowMinimum === "f02Only")
    return f02Alone({
      rule: "weighted",
      ruleLabel: label,
      weights: null,
      f03: f03Record(false, "below minimum: F-02 alone"),
      f03Used: false,
      notes: [`Fewer than ${rule.minRespondents} F-03 respondents: F-02 alone, as the rule says.`],
    });
  // The caller's (or a named convention's) rule, exactly: w02·F-02 + w03·F-03.
  const exact = add(mul(w02, f02), mul(w03, below ? R0 : (f03 as Rational)));
  return {
    exact,
    f02,
    f02Basis,
    f02Confirmed,
    detail: {
      rule: "weighted",
      ruleLabel: label,
      weights: { f02: rule.f02, f03: rule.f03 },
      f03: below
        ? (f03Record(false, "below minimum: counted as 0") ?? {
            value: "0",
            respondents: 0,
            used: false,
            treatment: "below minimum: counted as 0",
          })
        : f03Record(true, "combined"),
      f03Used: !below,
      notes: below ? [...notes, `Fewer than ${rule.minRespondents} F-03 respondents: F-03 counted as 0.`] : notes,
    },
  };
}

/**
 * Combines a unit's evaluator index (F-02) with its users' survey index (F-03)
 * under an explicit rule. Default `F03_RULES.f02Only`: the IPP is F-02 alone and
 * F-03 is only recorded, because no official combination rule has been found
 * (reference note §1.5). A weighted rule (e.g. `F03_RULES.localApp75_25`) always
 * gives `confirmed: false`.
 *
 * @example
 * ```ts
 * import { combineF03, F03_RULES, pekppp2022v2 } from "kinerja/pekppp";
 *
 * // answers: the unit's F-02 answers (here the reference worked example, 3.6848)
 * const f03 = { value: "4.2", respondents: 30 };
 * combineF03(pekppp2022v2, { f02: { answers }, f03 }).value; // "3.68": F-02 alone, F-03 recorded
 * const local = combineF03(pekppp2022v2, { f02: { answers }, f03 }, F03_RULES.localApp75_25);
 * local.exact; // "3.8136" (0.75 × 3.6848 + 0.25 × 4.2)
 * local.value; // "3.81"
 * local.confirmed; // false: no official combination rule is known
 * ```
 */
export function combineF03(
  rubric: RubricDefinition,
  input: F03CombineInput,
  rule: F03Rule = F03_RULES.f02Only,
): F03Combination {
  const r = rubricArg(rubric);
  // Read once as plain data: the result never shares the caller's objects (nor copies their claims).
  const c = combineExact(r, plainInput(input, []), plainInput(rule, ["rule"]), [], ["rule"]);
  const p = publishOn(r, c.exact, "result", ["value"]);
  const { f03Used, ...detail } = c.detail;
  return {
    rubric: r.id,
    ...detail,
    f02: { value: toDecimalText(c.f02), basis: c.f02Basis },
    value: p.value,
    exact: p.exact,
    exactFraction: p.exactFraction,
    predicate: p.predicate,
    gap: p.gap,
    // F-03 has no official rule: only F-02 alone, itself confirmed, gives a confirmed value.
    confirmed: confirmedOn(p, c.f02Confirmed, !f03Used && c.detail.rule === "f02Only"),
  };
}
