import { type ErrorPath, KinerjaError } from "../../core/errors.js";
import { add, eq, mul, type Rational, rational } from "../../core/rational.js";
import { prepare } from "../../engine/prepare.js";
import type {
  AnswerValue,
  DecimalString,
  Gap,
  Predicate,
  RubricDefinition,
  ScoreInput,
  ScoreResult,
  WeightString,
} from "../../model/types.js";
import { exactUnit, finishExact, inputToRational, isScoreResult, ratText, weightToRational } from "./exact.js";

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
}

export type F03Rule = F02OnlyRule | WeightedF03Rule;

/** Ready-made rules. Only `f02Only` reflects what is known; the others are labelled local conventions. */
export const F03_RULES = {
  /** Default: the IPP is the evaluator's F-02 index alone. */
  f02Only: { kind: "f02Only" },
  /**
   * 0.75·F-02 + 0.25·F-03, falling back to F-02 alone without F-03 responses: the
   * convention of the Kutai Barat PEKPPP app (and one other app, which instead counts
   * F-03 as 0 below the period's respondent target). Local-app convention, UNCONFIRMED.
   */
  localApp75_25: {
    kind: "weighted",
    f02: "0.75",
    f03: "0.25",
    minRespondents: 1,
    belowMinimum: "f02Only",
    label: "0.75·F-02 + 0.25·F-03 (local-app convention, UNCONFIRMED)",
  },
} as const satisfies Record<string, F03Rule>;

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
  readonly f02Confirmed: boolean;
  readonly detail: Omit<F03Combination, "value" | "exact" | "predicate" | "gap" | "confirmed" | "rubric" | "f02"> & {
    readonly f03Used: boolean;
  };
}

function invalid(path: ErrorPath, message: string, rule: string): never {
  throw new KinerjaError("INVALID_INPUT", message, { path, rule });
}

/** Internal: validates the rule and computes the combination exactly. */
export function combineExact(
  rubric: RubricDefinition,
  input: F03CombineInput,
  rule: F03Rule,
  path: ErrorPath,
  rulePath: ErrorPath = [...path, "rule"],
  f02Path: ErrorPath = [...path, "f02"],
): ExactCombination {
  const prepared = prepare(rubric);
  if (typeof input !== "object" || input === null || Array.isArray(input))
    invalid(path, "the input must be { f02, f03? }", "an F-02 (and optional F-03) input");
  if (typeof rule !== "object" || rule === null || Array.isArray(rule))
    invalid(rulePath, 'the F-03 rule must be an object: F03_RULES.f02Only or { kind: "weighted", … }', "a known rule");
  let f02: Rational;
  let f02Basis: "exact" | "given";
  let f02Confirmed: boolean;
  const given = input.f02;
  if (typeof given === "number" || typeof given === "string") {
    f02 = inputToRational(given, f02Path);
    f02Basis = "given";
    f02Confirmed = false;
  } else if (isScoreResult(given) || (typeof given === "object" && given !== null && "answers" in given)) {
    const u = exactUnit(prepared.rubric, given, f02Path);
    f02 = u.exact;
    f02Basis = "exact";
    f02Confirmed = u.result.confirmed;
  } else {
    return invalid(f02Path, "f02 must be a score result, { answers } or a value", "f02 is a result or value");
  }
  const inRange = (r: Rational, at: ErrorPath, what: string) => {
    const lo = prepared.min.toFixed();
    const hi = prepared.max.toFixed();
    const v = ratText(r);
    if (prepared.min.gt(v) || prepared.max.lt(v))
      throw new KinerjaError("OUT_OF_RANGE", `${what} ${v} is outside ${lo}–${hi}`, {
        path: at,
        rule: `a value from ${lo} to ${hi}`,
      });
  };
  inRange(f02, f02Path, "F-02");

  const f03In = input.f03 ?? null;
  let f03: Rational | null = null;
  if (f03In !== null) {
    if (typeof f03In !== "object") invalid([...path, "f03"], "f03 must be { value, respondents? }", "f03 is an object");
    f03 = inputToRational(f03In.value, [...path, "f03", "value"]);
    inRange(f03, [...path, "f03", "value"], "F-03");
    if (
      f03In.respondents !== undefined &&
      (typeof f03In.respondents !== "number" || !Number.isInteger(f03In.respondents) || f03In.respondents < 0)
    )
      invalid([...path, "f03", "respondents"], "respondents must be a whole number ≥ 0", "a respondent count");
  }
  const f03Record = (used: boolean, treatment: string) =>
    f03In === null || f03 === null
      ? null
      : {
          value: ratText(f03),
          ...(f03In.respondents !== undefined ? { respondents: f03In.respondents } : {}),
          used,
          treatment,
        };

  if (rule.kind === "f02Only") {
    return {
      exact: f02,
      f02,
      f02Basis,
      f02Confirmed,
      detail: {
        rule: "f02Only",
        ruleLabel: "F-02 only (default)",
        weights: null,
        f03: f03Record(false, "ignored (f02Only)"),
        f03Used: false,
        notes:
          f03 === null
            ? []
            : ["F-03 was given but not used: the default rule is F-02 only, as no official combination rule is known."],
      },
    };
  }
  if (rule.kind !== "weighted")
    return invalid([...rulePath, "kind"], 'rule.kind must be "f02Only" or "weighted"', "a known rule");
  const w02 = weightToRational(rule.f02, [...rulePath, "f02"]);
  const w03 = weightToRational(rule.f03, [...rulePath, "f03"]);
  if (!eq(add(w02, w03), rational(1n)))
    invalid(rulePath, `rule weights ${rule.f02} + ${rule.f03} do not add up to exactly 1`, "weights sum to 1");
  const label = rule.label ?? `${rule.f02}·F-02 + ${rule.f03}·F-03 (caller's rule, UNCONFIRMED)`;
  const notes = ["No official rule combines F-02 and F-03 (reference note §1.5): this value is UNCONFIRMED."];
  let below = false;
  if (rule.minRespondents !== undefined) {
    if (!Number.isInteger(rule.minRespondents) || rule.minRespondents < 0)
      invalid([...rulePath, "minRespondents"], "minRespondents must be a whole number ≥ 0", "a respondent count");
    if (rule.belowMinimum !== "f02Only" && rule.belowMinimum !== "zeroF03")
      invalid(
        [...rulePath, "belowMinimum"],
        'with minRespondents, say what happens below it: belowMinimum "f02Only" or "zeroF03"',
        "an explicit below-minimum behaviour",
      );
    if (f03In !== null && f03In.respondents === undefined)
      invalid(
        [...path, "f03", "respondents"],
        "the rule has minRespondents, so F-03 needs its number of respondents",
        "respondents with minRespondents",
      );
    below = f03In === null || (f03In.respondents as number) < rule.minRespondents;
  } else if (f03 === null) {
    invalid(
      [...path, "f03"],
      "the weighted rule needs an F-03 value; set minRespondents and belowMinimum to say what happens without one",
      "F-03 present for the weighted rule",
    );
  }
  if (below && rule.belowMinimum === "f02Only") {
    return {
      exact: f02,
      f02,
      f02Basis,
      f02Confirmed,
      detail: {
        rule: "weighted",
        ruleLabel: label,
        weights: null,
        f03: f03Record(false, "below minimum: F-02 alone"),
        f03Used: false,
        notes: [`Fewer than ${rule.minRespondents} F-03 respondents: F-02 alone, as the rule says.`],
      },
    };
  }
  const f03Value = below ? rational(0n) : (f03 as Rational);
  const exact = add(mul(w02, f02), mul(w03, f03Value));
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
 */
export function combineF03(
  rubric: RubricDefinition,
  input: F03CombineInput,
  rule: F03Rule = F03_RULES.f02Only,
): F03Combination {
  const prepared = prepare(rubric);
  const c = combineExact(prepared.rubric, input, rule, [], ["rule"]);
  const f = finishExact(prepared, c.exact, ["value"]);
  const { f03Used, ...detail } = c.detail;
  return {
    rubric: rubric.id,
    ...detail,
    f02: { value: ratText(c.f02), basis: c.f02Basis },
    value: f.value,
    exact: f.exact,
    predicate: f.predicate,
    gap: f.gap,
    confirmed: !f03Used && c.detail.rule === "f02Only" && c.f02Confirmed && (f.predicate?.confirmed ?? false),
  };
}
