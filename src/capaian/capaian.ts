/**
 * Capaian kinerja: how far a realisation (realisasi) reaches its target, in
 * percent, computed exactly on BigInt rationals.
 */

import { snapshot } from "../core/plain.js";
import { cmp, div, mul, type Rational, rational } from "../core/rational.js";
import { gcdSafe, POW10 } from "../core/scaled.js";
import { readScaled, SCALED } from "./amount.js";
import {
  type CapaianFormula,
  type CapaianInput,
  type CapaianPolarity,
  type ParsedCapaian,
  readCapaianInput,
} from "./capaianInput.js";
import { centsOf, centsOfRatio, decimalText, type ExactFigure, figure, flat, reducedText, text } from "./figure.js";
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
 *
 * @example
 * ```ts
 * import { capaian } from "kinerja/capaian";
 *
 * capaian({ target: 10, realisasi: 8, polarity: "lowerIsBetter" }).value; // "120.00" (2T − R)
 * capaian({ target: 7, realisasi: 6.5, polarity: "lowerIsBetter" }).exactFraction; // "750/7"
 * capaian({ target: { min: 80, max: 90 }, realisasi: 92, polarity: "range" }).value; // "102.22"
 * const none = capaian({ target: 0, realisasi: 5, polarity: "higherIsBetter" });
 * none.status; // "notAssessable"
 * none.reason; // "zeroTarget"
 * none.value; // null
 * ```
 */
export function capaian(given: CapaianInput): CapaianResult {
  // Read once as plain data: own fields only; a getter, Proxy, hole or cycle is an INVALID_INPUT naming the path.
  const input = snapshot(given, []);
  return capaianOnIntegers(input)?.result ?? capaianOf(readCapaianInput(input, []));
}

const KEYS = new Set(["target", "realisasi", "polarity", "formula", "cap"]);

/**
 * The common case on safe integers: a single target and a realisation as numbers or canonical decimal texts (at
 * most 15 digits), a positive target (and R for "T/R"), no cap. Null for anything else, which then takes the
 * exact path (and its checks and errors). The result is the exact path's, field for field (property-tested).
 * With `label`, the input may also carry `code` and `name` (an opdQuarter indicator, already checked), and the
 * result starts with them.
 */
export function capaianOnIntegers(
  input: unknown,
  label: { readonly code: string; readonly name: string | null } | null = null,
): ScaledCapaian | null {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return null;
  const obj = input as Record<string, unknown>;
  for (const key of Object.keys(obj))
    if (!KEYS.has(key) && (label === null || (key !== "code" && key !== "name"))) return null;
  if (obj.cap !== undefined) return null;
  return capaianScaled(obj.polarity, obj.formula, obj.target, obj.realisasi, label?.code ?? null, label?.name ?? null);
}

/** A result of the safe-integer path, with its exact value num/den (safe integers, den > 0, in lowest terms). */
export interface ScaledCapaian {
  readonly result: CapaianResult;
  readonly num: number;
  readonly den: number;
}

/**
 * `capaianOnIntegers` on the fields of an input already read (no cap): null for anything but the common case.
 * With a `code` (an opdQuarter indicator), the result starts with its code and name.
 */
export function capaianScaled(
  polarity: unknown,
  formulaGiven: unknown,
  target: unknown,
  realisasiGiven: unknown,
  code: string | null,
  name: string | null,
): ScaledCapaian | null {
  const result = capaianResult(polarity, formulaGiven, target, realisasiGiven, code, name);
  return result === null ? null : { result, num: LAST.num, den: LAST.den };
}

/** The exact value num/den (lowest terms) of the last result `capaianResult` gave: no object per indicator. */
export const LAST = { num: 0, den: 1 };

/** `capaianScaled`'s result alone; its exact value is left in LAST. */
export function capaianResult(
  polarity: unknown,
  formulaGiven: unknown,
  target: unknown,
  realisasiGiven: unknown,
  code: string | null,
  name: string | null,
): CapaianResult | null {
  let formula: CapaianFormula;
  if (polarity === "higherIsBetter") {
    if (formulaGiven !== undefined) return null;
    formula = "R/T";
  } else if (polarity === "lowerIsBetter") {
    if (formulaGiven === undefined || formulaGiven === "2T-R") formula = "2T-R";
    else if (formulaGiven === "T/R") formula = "T/R";
    else return null;
  } else return null;
  if (!readScaled(target)) return null;
  const tn = SCALED.n;
  const te = SCALED.e;
  if (tn <= 0 || !readScaled(realisasiGiven)) return null;
  const rn = SCALED.n;
  const re = SCALED.e;
  // T and R as integers at one exponent.
  const e = Math.max(te, re);
  const T = tn * (POW10[e - te] as number);
  const R = rn * (POW10[e - re] as number);
  if (!Number.isSafeInteger(T) || !Number.isSafeInteger(R)) return null;
  let num: number;
  let den: number;
  if (formula === "R/T") {
    num = R * 100;
    den = T;
  } else if (formula === "2T-R") {
    num = (2 * T - R) * 100;
    den = T;
  } else {
    if (R <= 0) return null;
    num = T * 100;
    den = R;
  }
  if (!Number.isSafeInteger(num)) return null;
  // In lowest terms once: for the texts, and for the mean of an OPD (quarter.ts) that sums these.
  const g = gcdSafe(num, den) || 1;
  num /= g;
  den /= g;
  // The three texts (figureOfReduced, without its object).
  if (!Number.isSafeInteger(den * 100)) return null;
  const cents = centsOfRatio(num, den);
  if (cents === undefined) return null;
  const value = centsOf(cents);
  const exact = flat(reducedText(num, den));
  const exactFraction = den === 1 ? String(num) : flat(`${num}/${den}`);
  const targetText = decimalText(tn, te);
  const realisasi = decimalText(rn, re);
  const versus = versusTarget(polarity as CapaianPolarity, R < T ? -1 : R > T ? 1 : 0);
  const source = formulaSource(formula);
  // One literal per shape (no spread): the key order is the exact path's.
  const result: CapaianResult =
    code === null
      ? {
          status: "assessed",
          reason: null,
          value,
          exact,
          exactFraction,
          polarity: polarity as CapaianPolarity,
          formula,
          target: targetText,
          realisasi,
          cap: null,
          rangePosition: null,
          targetUsed: targetText,
          versusTarget: versus,
          capped: false,
          uncapped: null,
          sources: SOURCES_OF[formula],
          confirmed: source.confirmed,
        }
      : ({
          code,
          name,
          status: "assessed",
          reason: null,
          value,
          exact,
          exactFraction,
          polarity: polarity as CapaianPolarity,
          formula,
          target: targetText,
          realisasi,
          cap: null,
          rangePosition: null,
          targetUsed: targetText,
          versusTarget: versus,
          capped: false,
          uncapped: null,
          sources: SOURCES_OF[formula],
          confirmed: source.confirmed,
        } as CapaianResult);
  LAST.num = num;
  LAST.den = den;
  return result;
}

/** Capaian of an input already checked. */
export function capaianOf(parsed: ParsedCapaian): CapaianResult {
  return capaianExact(parsed).result;
}

/** Capaian of a checked input, with its exact value (null without one). */
export function capaianExact({ polarity, formula, cap, target, r }: ParsedCapaian): {
  readonly result: CapaianResult;
  readonly value: Rational | null;
} {
  const base = {
    polarity,
    formula,
    target: target === null ? null : "t" in target ? text(target.t) : { min: text(target.min), max: text(target.max) },
    realisasi: r === null ? null : text(r),
    cap: cap === null ? null : text(cap),
  };
  const sources: CapaianSource[] = [formulaSource(formula)];
  if (target !== null && !("t" in target)) sources.push(SOURCE_RANGE);
  const none = (
    status: CapaianStatus,
    reason: CapaianReason,
    extra: Partial<CapaianResult> = {},
  ): { result: CapaianResult; value: null } => ({
    value: null,
    result: {
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
    },
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
): { result: CapaianResult; value: Rational } {
  const capped = cap !== null && cmp(c, cap) > 0;
  const shown = capped ? (cap as Rational) : c;
  const result: CapaianResult = {
    status: "assessed",
    reason: null,
    ...figure(shown),
    ...base,
    capped,
    uncapped: capped ? figure(c) : null,
    sources,
    confirmed: sources.every((s) => s.confirmed),
  };
  return { result, value: shown };
}

function versusTarget(polarity: CapaianPolarity, c: number): VersusTarget {
  if (c === 0) return "met";
  return (polarity === "lowerIsBetter" ? -c : c) > 0 ? "better" : "worse";
}

/**
 * The sources of a result on the safe-integer path: one frozen list per formula, shared (like the frozen source
 * records in it), so a result carries no list of its own to allocate and keep.
 */
const SOURCES_OF: Readonly<Record<CapaianFormula, ReadonlyArray<CapaianSource>>> = Object.freeze({
  "R/T": Object.freeze([SOURCE_HIGHER]),
  "2T-R": Object.freeze([SOURCE_LOWER_2T_R]),
  "T/R": Object.freeze([SOURCE_LOWER_T_R]),
});

function formulaSource(formula: CapaianFormula): CapaianSource {
  return formula === "R/T" ? SOURCE_HIGHER : formula === "2T-R" ? SOURCE_LOWER_2T_R : SOURCE_LOWER_T_R;
}
