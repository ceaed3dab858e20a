/**
 * Capaian kinerja: how far a realisation (realisasi) reaches its target, in
 * percent, computed exactly on BigInt rationals.
 */
import { cmp, div, mul, type Rational, rational } from "../core/rational.js";
import {
  type CapaianFormula,
  type CapaianInput,
  type CapaianPolarity,
  type ParsedCapaian,
  readCapaianInput,
} from "./capaianInput.js";
import { type ExactFigure, figure, text } from "./figure.js";
import {
  type CapaianSource,
  SOURCE_HIGHER,
  SOURCE_LOWER_2T_R,
  SOURCE_LOWER_T_R,
  SOURCE_RANGE,
  SOURCE_RANGE_INSIDE,
} from "./sources.js";

export type {
  CapaianFormula,
  CapaianInput,
  CapaianPolarity,
  LowerIsBetterFormula,
  RangeTarget,
} from "./capaianInput.js";

export type CapaianStatus = "assessed" | "notAssessable" | "missing";

/**
 * Why there is no value. `zeroTarget`: the formula divides by a target of 0.
 * `negativeTarget`: ratios to a negative target have no meaning (R = −1 against
 * T = −2 would read 50 %). `zeroRealisasi` / `negativeRealisasi`: "T/R" divides
 * by R, and turns around below 0.
 */
export type CapaianReason =
  | "missingTarget"
  | "missingRealisasi"
  | "zeroTarget"
  | "negativeTarget"
  | "zeroRealisasi"
  | "negativeRealisasi";

/** Where the realisation lies against the target, polarity-aware. */
export type VersusTarget = "better" | "met" | "worse";

export interface CapaianResult {
  readonly status: CapaianStatus;
  /** Null when assessed. */
  readonly reason: CapaianReason | null;
  /** Rounded half-up to 2 decimals (after the cap); null unless assessed. */
  readonly value: string | null;
  /** Unrounded, after the cap: exact when it terminates, else 40 significant digits. */
  readonly exact: string | null;
  /** The unrounded value as a fraction in lowest terms ("340/3"). */
  readonly exactFraction: string | null;
  readonly polarity: CapaianPolarity;
  readonly formula: CapaianFormula;
  /** The inputs as exact decimal text (null where missing). */
  readonly target: string | { readonly min: string; readonly max: string } | null;
  readonly realisasi: string | null;
  /** For a band: where R lies; null for a single target. */
  readonly rangePosition: "below" | "inside" | "above" | null;
  /** The T the formula used (a band's bound); null inside a band or when not computed. */
  readonly targetUsed: string | null;
  /** Known whenever both figures are: e.g. target 0 cases, 0 cases → "met", though no percentage exists. */
  readonly versusTarget: VersusTarget | null;
  /** The ceiling asked for, or null. */
  readonly cap: string | null;
  /** True when the formula's value exceeded the cap and was lowered to it. */
  readonly capped: boolean;
  /** The formula's value before the cap; only when `capped`. */
  readonly uncapped: ExactFigure | null;
  readonly sources: ReadonlyArray<CapaianSource>;
  /** True only when every rule used is confirmed in a regulation. */
  readonly confirmed: boolean;
}

const HUNDRED = rational(100n);

/**
 * Capaian of one indicator. Higher is better: R / T × 100. Lower is better:
 * (2T − R) / T × 100 by default (PermenPAN-RB 8/2021 "kondisi khusus"), or
 * T / R × 100 with `formula: "T/R"`. A band `{ min, max }`: above it the
 * formula uses `max`, below it `min`, inside it capaian is 100.
 *
 * Never NaN or Infinity. Missing figures give `status: "missing"`; a value
 * that does not exist (T = 0, a negative target, "T/R" with R ≤ 0) gives
 * `status: "notAssessable"` and its `reason`. Malformed input (NaN, "12,5",
 * unknown fields, min > max, a cap below 100) throws a KinerjaError.
 */
export function capaian(input: CapaianInput): CapaianResult {
  return capaianOf(readCapaianInput(input, []));
}

/** Capaian of an input already checked. */
export function capaianOf({ polarity, formula, cap, target, r }: ParsedCapaian): CapaianResult {
  const base = {
    polarity,
    formula,
    target: target === null ? null : "t" in target ? text(target.t) : { min: text(target.min), max: text(target.max) },
    realisasi: r === null ? null : text(r),
    cap: cap === null ? null : text(cap),
  };
  const sources: CapaianSource[] = [formulaSource(formula)];
  if (target !== null && !("t" in target)) sources.push(SOURCE_RANGE);
  const none = (status: CapaianStatus, reason: CapaianReason, extra: Partial<CapaianResult> = {}): CapaianResult => ({
    status,
    reason,
    value: null,
    exact: null,
    exactFraction: null,
    ...base,
    rangePosition: null,
    targetUsed: null,
    versusTarget: null,
    capped: false,
    uncapped: null,
    sources,
    confirmed: sources.every((s) => s.confirmed),
    ...extra,
  });
  if (r === null) return none("missing", "missingRealisasi");
  if (target === null) return none("missing", "missingTarget");

  // The T the formula uses: the target, or the band's bound that R passed.
  let t: Rational | null;
  let rangePosition: CapaianResult["rangePosition"] = null;
  if ("t" in target) t = target.t;
  else {
    rangePosition = cmp(r, target.max) > 0 ? "above" : cmp(r, target.min) < 0 ? "below" : "inside";
    t = rangePosition === "above" ? target.max : rangePosition === "below" ? target.min : null;
  }
  const versus = versusTarget(polarity, t === null ? 0 : cmp(r, t));
  const known = { rangePosition, targetUsed: t === null ? null : text(t), versusTarget: versus };
  if (t === null) {
    sources.push(SOURCE_RANGE_INSIDE);
    return finish(HUNDRED, cap, { ...base, ...known }, sources);
  }
  if (t.n < 0n) return none("notAssessable", "negativeTarget", known);
  if (formula === "T/R") {
    if (r.n === 0n) return none("notAssessable", "zeroRealisasi", known);
    if (r.n < 0n) return none("notAssessable", "negativeRealisasi", known);
    return finish(mul(div(t, r), HUNDRED), cap, { ...base, ...known }, sources);
  }
  if (t.n === 0n) return none("notAssessable", "zeroTarget", known);
  // R/T, or (2T − R)/T = 2 − R/T
  const ratio = div(r, t);
  const c = formula === "R/T" ? ratio : rational(2n * ratio.d - ratio.n, ratio.d);
  return finish(mul(c, HUNDRED), cap, { ...base, ...known }, sources);
}

function finish(
  c: Rational,
  cap: Rational | null,
  base: Omit<
    CapaianResult,
    "status" | "reason" | "value" | "exact" | "exactFraction" | "capped" | "uncapped" | "sources" | "confirmed"
  >,
  sources: CapaianSource[],
): CapaianResult {
  const capped = cap !== null && cmp(c, cap) > 0;
  return {
    status: "assessed",
    reason: null,
    ...figure(capped ? cap : c),
    ...base,
    capped,
    uncapped: capped ? figure(c) : null,
    sources,
    confirmed: sources.every((s) => s.confirmed),
  };
}

function versusTarget(polarity: CapaianPolarity, c: number): VersusTarget {
  if (c === 0) return "met";
  return (polarity === "lowerIsBetter" ? -c : c) > 0 ? "better" : "worse";
}

function formulaSource(formula: CapaianFormula): CapaianSource {
  return formula === "R/T" ? SOURCE_HIGHER : formula === "2T-R" ? SOURCE_LOWER_2T_R : SOURCE_LOWER_T_R;
}
