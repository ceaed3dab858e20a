/**
 * One OPD in one triwulan: budget realisation against pagu, physical
 * progress, and capaian per indicator, from cumulative figures at the end of
 * the quarter. A figure that was not reported stays missing: it is listed,
 * and the measure it feeds has no value, instead of being counted as 0.
 */

import { snapshot } from "../core/plain.js";
import { add, div, lcm, mul, R0, type Rational, rational } from "../core/rational.js";
import { gcdSafe, POW10 } from "../core/scaled.js";
import { type CapaianResult, type CapaianStatus, capaianExact } from "./capaian.js";
import type { ParsedCapaian } from "./capaianInput.js";
import { meanOfRatios } from "./exactSum.js";
import { decimalText, type ExactFigure, figure, figureOfReduced, text } from "./figure.js";
import { type KnownMeasure, rememberQuarter } from "./known.js";
import { labelOf, type Triwulan } from "./period.js";
import {
  type IndicatorPart,
  type IndicatorReport,
  type Line,
  type OpdQuarterInput,
  type OpdQuarterOptions,
  type ParsedQuarter,
  type PhysicalMode,
  readOpdQuarter,
  type SubKegiatanReport,
} from "./quarterInput.js";
import { type QuarterOnce, readQuarterOnce, type ScaledLines } from "./quarterOnce.js";
import {
  type CapaianSource,
  SOURCE_LONGEST,
  SOURCE_MEAN_CAPAIAN,
  SOURCE_SIMONEV21_OPD,
  SOURCE_TRIWULAN,
  SOURCE_UNWEIGHTED_FISIK,
} from "./sources.js";

export type { IndicatorReport, OpdQuarterInput, OpdQuarterOptions, PhysicalMode, SubKegiatanReport };

/** Why a measure has no value. */
export type MeasureReason = "missingReport" | "noSubKegiatan" | "zeroPagu" | "noIndicators" | "noAssessableIndicator";

export interface QuarterMeasure {
  readonly status: CapaianStatus;
  readonly reason: MeasureReason | null;
  /** Percent, half-up to 2 decimals; null unless assessed. */
  readonly value: string | null;
  readonly exact: string | null;
  readonly exactFraction: string | null;
  /** Ids of the sub-kegiatan (or codes of the indicators) whose figure was not reported. */
  readonly missing: ReadonlyArray<string>;
  readonly sources: ReadonlyArray<CapaianSource>;
}

export interface IndicatorCapaian extends CapaianResult {
  readonly code: string;
  readonly name: string | null;
}

export interface OpdQuarterResult {
  readonly opd: string;
  readonly name: string | null;
  readonly period: Triwulan;
  /** "TW II 2024". */
  readonly periodLabel: string;
  /** Σ pagu (Rp); null when there is no report. */
  readonly pagu: string | null;
  /** Σ realisasi (Rp); null when any is missing. */
  readonly realisasi: string | null;
  /** Sisa anggaran, pagu − realisasi (Rp); null when either is. */
  readonly sisa: string | null;
  /** Realisasi keuangan: Σ realisasi / Σ pagu × 100. */
  readonly budget: QuarterMeasure;
  /** Realisasi fisik, in the mode asked for. */
  readonly physical: QuarterMeasure & { readonly mode: PhysicalMode };
  /** Mean capaian of the assessed indicators; not-assessable ones are left out and listed in `excluded`. */
  readonly capaian: QuarterMeasure & {
    readonly indicators: ReadonlyArray<IndicatorCapaian>;
    readonly excluded: ReadonlyArray<string>;
  };
  /** False when any figure was not reported. */
  readonly complete: boolean;
  readonly sources: ReadonlyArray<CapaianSource>;
}

const HUNDRED = rational(100n);

/**
 * Budget realisation, physical progress and capaian of one OPD for one
 * triwulan. Figures are cumulative to the quarter's end (TW I = March …
 * TW IV = December). Throws INVALID_INPUT / OUT_OF_RANGE on malformed data
 * (duplicate ids, realisasi above pagu, fisik outside 0–100); never mutates
 * the input.
 *
 * @example
 * ```ts
 * import { opdQuarter } from "kinerja/capaian";
 *
 * const dinkes = opdQuarter({
 *   opd: "1.02.0.00.0.00.01.0000",
 *   name: "Dinas Kesehatan",
 *   period: { kind: "triwulan", year: 2024, triwulan: 2 },
 *   subKegiatan: [
 *     { id: "A", pagu: 600_000_000, realisasi: 250_000_000, fisik: 50 },
 *     { id: "B", pagu: 400_000_000, realisasi: 300_000_000, fisik: 80 },
 *   ],
 *   indicators: [{ code: "IKU-2", target: 10, realisasi: 8, polarity: "lowerIsBetter" }],
 * });
 * dinkes.budget.value; // "55.00"
 * dinkes.physical.value; // "62.00": weighted by pagu ("65.00" with { physical: "unweightedMean" })
 * dinkes.capaian.value; // "120.00"
 * ```
 */
export function opdQuarter(input: OpdQuarterInput, options?: OpdQuarterOptions): OpdQuarterResult {
  // Read once: in one guarded pass when the input is the common kind (quarterOnce.ts), else as a plain copy (own
  // fields only; a getter, Proxy, hole or cycle is an INVALID_INPUT naming the path) checked field by field.
  return quarterOf(
    readQuarterOnce(input, options) ?? readOpdQuarter(snapshot(input, []), snapshot(options, ["options"])),
  );
}

/**
 * The general path alone: a plain copy read field by field, every indicator and budget line on BigInt rationals
 * (no one-pass read, no safe-integer capaian): the oracle of the property tests.
 */
export function opdQuarterExact(input: OpdQuarterInput, options?: OpdQuarterOptions): OpdQuarterResult {
  return quarterOf(readOpdQuarter(snapshot(input, []), snapshot(options, ["options"]), false));
}

/** An exact value: a rational, or num/den on safe integers (den > 0). */
type Exact = Rational | { readonly num: number; readonly den: number };

/** What the three measures and the texts of the budget give. */
interface LineFigures {
  readonly pagu: string | null;
  readonly realisasi: string | null;
  readonly sisa: string | null;
  readonly budget: QuarterMeasure;
  readonly physical: QuarterMeasure;
  readonly budgetValue: Exact | null;
  readonly physicalValue: Exact | null;
}

function quarterOf(parts: ParsedQuarter | QuarterOnce): OpdQuarterResult {
  const { opd, name, period, mode, lines, indicators: reports } = parts;
  const count = reports.length;
  // Each indicator's exact value, beside its result: the mean is summed from these, never from the texts. On
  // safe integers nums[k] / dens[k] (in lowest terms); else (NaN there) values[k], a rational or null.
  const nums = "nums" in parts ? parts.nums : new Array<number>(count);
  const dens = "dens" in parts ? parts.dens : new Array<number>(count);
  let values: Array<Rational | null> | null = null;
  // The longest text of the result (for rankOpds, known.ts): figures on safe integers are under 64 characters.
  let longest = Math.max(SOURCE_LONGEST, opd.length, name === null ? 0 : name.length);
  const indicators = new Array<IndicatorCapaian>(count);
  for (let k = 0; k < count; k++) {
    const part = reports[k] as CapaianResult | IndicatorPart;
    if ("status" in part) {
      // One pass (quarterOnce.ts): a result on safe integers, built with its code and name.
      const result = part as IndicatorCapaian;
      indicators[k] = result;
      longest = Math.max(longest, result.code.length, result.name === null ? 0 : result.name.length, 64);
      continue;
    }
    if (part.fast !== null) {
      // The general reader: a result on safe integers.
      const result = part.fast.result as IndicatorCapaian;
      indicators[k] = result;
      (nums as number[])[k] = part.fast.num;
      (dens as number[])[k] = part.fast.den;
      longest = Math.max(longest, result.code.length, result.name === null ? 0 : result.name.length, 64);
      continue;
    }
    const got = capaianExact(part.input as ParsedCapaian);
    values ??= new Array<Rational | null>(count).fill(null);
    values[k] = got.value;
    (nums as number[])[k] = Number.NaN;
    const result = { code: part.code, name: part.name, ...got.result };
    indicators[k] = result;
    longest = Math.max(longest, longestText(result));
  }
  const figures =
    lines === null
      ? null
      : (("scaled" in lines ? scaledFigures(lines, mode) : null) ??
        rationalFigures("scaled" in lines ? rationalLines(lines) : lines, mode));
  const budget = figures?.budget ?? missingMeasure([SOURCE_SIMONEV21_OPD]);
  const shown =
    figures?.physical ?? missingMeasure([mode === "paguWeighted" ? SOURCE_SIMONEV21_OPD : SOURCE_UNWEIGHTED_FISIK]);
  const physical = {
    status: shown.status,
    reason: shown.reason,
    value: shown.value,
    exact: shown.exact,
    exactFraction: shown.exactFraction,
    missing: shown.missing,
    sources: shown.sources,
    mode,
  };
  const mean = meanCapaian(indicators, nums, dens, values);
  const result: OpdQuarterResult = {
    opd,
    name,
    period,
    periodLabel: labelOf(period),
    pagu: figures?.pagu ?? null,
    realisasi: figures?.realisasi ?? null,
    sisa: figures?.sisa ?? null,
    budget,
    physical,
    capaian: mean.measure,
    complete: budget.status !== "missing" && physical.status !== "missing" && mean.measure.status !== "missing",
    sources: [SOURCE_TRIWULAN],
  };
  longest = longer(longer(longer(longest, result.pagu), result.realisasi), result.sisa);
  longest = longer(
    longer(longer(longer(longest, budget.exact), budget.exactFraction), physical.exact),
    physical.exactFraction,
  );
  longest = longer(longer(longest, mean.measure.exact), mean.measure.exactFraction);
  for (const id of budget.missing) longest = longer(longest, id);
  for (const id of physical.missing) longest = longer(longest, id);
  const lineCount = lines === null ? 0 : "scaled" in lines ? lines.ids.length : lines.length;
  return rememberQuarter(result, {
    opd,
    name,
    period,
    year: period.year,
    triwulan: period.triwulan,
    budget: known(budget, figures?.budgetValue ?? null, null),
    physical: known(physical, figures?.physicalValue ?? null, mode),
    capaian: known(mean.measure, mean.value, null),
    // Per result, OPD, measures and sources: under 80 values; per line at most 2 (its id in two `missing`
    // lists); per indicator at most 48 (itself, its 19 fields, a band, an uncapped figure, 3 sources of 6
    // fields, its code in `missing` or `excluded`).
    values: 80 + 2 * lineCount + 48 * reports.length,
    longest,
    // result → capaian → indicators → indicator → sources → source
    depth: reports.length > 0 ? 5 : 3,
  });
}

function known(m: QuarterMeasure, value: Exact | null, mode: PhysicalMode | null): KnownMeasure {
  return {
    ref: m,
    status: m.status,
    reason: m.reason,
    value: m.value,
    exact: m.exact,
    exactFraction: m.exactFraction,
    mode,
    v: value,
  };
}

/**
 * num/den (safe integers, den > 0) in lowest terms, with its three texts: on safe integers where they suffice.
 * The value kept is in lowest terms (known.ts reads it so).
 */
function figureOfExact(num: number, den: number): { readonly shown: ExactFigure; readonly value: Exact } {
  const g = gcdSafe(num, den) || 1;
  const n = num / g;
  const d = den / g;
  const value = { num: n, den: d };
  return { shown: figureOfReduced(n, d) ?? figure({ n: BigInt(n), d: BigInt(d) }), value };
}

/** The larger of `n` and the length of `text`. */
const longer = (n: number, text: string | null): number => (text !== null && text.length > n ? text.length : n);

/** The longest text in a capaian result computed on the exact path. */
function longestText(r: IndicatorCapaian): number {
  let n = Math.max(r.code.length, r.name === null ? 0 : r.name.length);
  const texts = [r.value, r.exact, r.exactFraction, r.realisasi, r.targetUsed, r.cap];
  if (typeof r.target === "string") texts.push(r.target);
  else if (r.target !== null) texts.push(r.target.min, r.target.max);
  if (r.uncapped !== null) texts.push(r.uncapped.value, r.uncapped.exact, r.uncapped.exactFraction);
  for (const t of texts) if (t !== null && t.length > n) n = t.length;
  return n;
}

const missingMeasure = (sources: CapaianSource[]): QuarterMeasure => ({
  status: "missing",
  reason: "missingReport",
  value: null,
  exact: null,
  exactFraction: null,
  missing: [],
  sources,
});

function noValue(
  status: CapaianStatus,
  reason: MeasureReason,
  sources: CapaianSource[],
  missing: string[] = [],
): QuarterMeasure {
  return { status, reason, value: null, exact: null, exactFraction: null, missing, sources };
}

/** The budget texts and measures on safe integers; null when a sum or product would leave them. */
function scaledFigures(lines: ScaledLines, mode: PhysicalMode): LineFigures | null {
  const { ids, pagu, realisasi, fisik, e, ef } = lines;
  const n = ids.length;
  let P = 0;
  let S: number | null = 0;
  let weighted = 0; // Σ pagu × fisik at exponent e + ef
  let plainFisik = 0; // Σ fisik at exponent ef
  let fisikKnown = true;
  const missingRealisasi: string[] = [];
  const missingFisik: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = pagu[i] as number;
    P += p;
    const r = realisasi[i] as number | null;
    if (r === null) missingRealisasi.push(ids[i] as string);
    else if (S !== null) S += r;
    const f = fisik[i] as number | null;
    if (f === null) {
      missingFisik.push(ids[i] as string);
      fisikKnown = false;
    } else if (fisikKnown) {
      const pf = p * f;
      if (!Number.isSafeInteger(pf)) return null;
      weighted += pf;
      plainFisik += f;
      if (!Number.isSafeInteger(weighted) || !Number.isSafeInteger(plainFisik)) return null;
    }
  }
  if (missingRealisasi.length > 0) S = null;
  if (!Number.isSafeInteger(P) || (S !== null && !Number.isSafeInteger(S))) return null;
  // Σ pagu × fisik (at exponent e + ef) or Σ fisik (at exponent ef)
  const PF = mode === "paguWeighted" ? weighted : plainFisik;
  const zeroPagu = P === 0;
  const budgetSources = [SOURCE_SIMONEV21_OPD];
  const physicalSources = [mode === "paguWeighted" ? SOURCE_SIMONEV21_OPD : SOURCE_UNWEIGHTED_FISIK];
  let budget: QuarterMeasure;
  let budgetValue: Exact | null = null;
  if (missingRealisasi.length > 0) budget = noValue("missing", "missingReport", budgetSources, missingRealisasi);
  else if (n === 0) budget = noValue("notAssessable", "noSubKegiatan", budgetSources);
  else if (zeroPagu) budget = noValue("notAssessable", "zeroPagu", budgetSources);
  else {
    // Σ realisasi / Σ pagu × 100
    const num = (S as number) * 100;
    if (!Number.isSafeInteger(num)) return null;
    const got = figureOfExact(num, P);
    budgetValue = got.value;
    budget = assessed(got.shown, budgetSources);
  }
  let physical: QuarterMeasure;
  let physicalValue: Exact | null = null;
  if (missingFisik.length > 0) physical = noValue("missing", "missingReport", physicalSources, missingFisik);
  else if (n === 0) physical = noValue("notAssessable", "noSubKegiatan", physicalSources);
  else if (mode === "paguWeighted" && zeroPagu) physical = noValue("notAssessable", "zeroPagu", physicalSources);
  else {
    // Σ pagu × fisik / Σ pagu (the exponent of pagu cancels), or Σ fisik / n
    const den = (mode === "paguWeighted" ? P : n) * (POW10[ef] as number);
    if (!Number.isSafeInteger(den)) return null;
    const got = figureOfExact(PF, den);
    physicalValue = got.value;
    physical = assessed(got.shown, physicalSources);
  }
  return {
    pagu: decimalText(P, e),
    realisasi: S === null ? null : decimalText(S, e),
    sisa: S === null ? null : decimalText(P - S, e),
    budget,
    physical,
    budgetValue,
    physicalValue,
  };
}

/** Scaled lines as rationals (for sums beyond the safe integers). */
function rationalLines(lines: ScaledLines): Line[] {
  const big = (n: number | null, e: number): Rational | null =>
    n === null ? null : rational(BigInt(n), BigInt(POW10[e] as number));
  return lines.ids.map((id, i) => ({
    id,
    pagu: big(lines.pagu[i] as number, lines.e) as Rational,
    realisasi: big(lines.realisasi[i] as number | null, lines.e),
    fisik: big(lines.fisik[i] as number | null, lines.ef),
  }));
}

/** The budget texts and measures on rationals. */
function rationalFigures(lines: ReadonlyArray<Line>, mode: PhysicalMode): LineFigures {
  const pagu = lines.reduce((s, l) => add(s, l.pagu), R0);
  const spent = sumOrNull(lines.map((l) => l.realisasi));
  const budget = measure(lines, "realisasi", [SOURCE_SIMONEV21_OPD], () => div(mul(spent as Rational, HUNDRED), pagu));
  const physical = measure(
    lines,
    "fisik",
    [mode === "paguWeighted" ? SOURCE_SIMONEV21_OPD : SOURCE_UNWEIGHTED_FISIK],
    () => physicalProgress(lines, mode, pagu),
    mode === "unweightedMean",
  );
  return {
    pagu: text(pagu),
    realisasi: spent === null ? null : text(spent),
    sisa: spent === null ? null : text(add(pagu, mul(spent, rational(-1n)))),
    budget: budget.measure,
    physical: physical.measure,
    budgetValue: budget.value,
    physicalValue: physical.value,
  };
}

/** Pagu-weighted, Σ pagu × fisik / Σ pagu (simonev21); or the plain mean, Σ fisik / n. */
function physicalProgress(lines: ReadonlyArray<Line>, mode: PhysicalMode, pagu: Rational): Rational {
  if (mode === "unweightedMean")
    return div(sumOrNull(lines.map((l) => l.fisik)) as Rational, rational(BigInt(lines.length)));
  return div(sumOrNull(lines.map((l) => mul(l.pagu, l.fisik as Rational))) as Rational, pagu);
}

function measure(
  lines: ReadonlyArray<Line>,
  field: "realisasi" | "fisik",
  sources: CapaianSource[],
  compute: () => Rational,
  unweighted = false,
): { measure: QuarterMeasure; value: Rational | null } {
  const missing = lines.filter((l) => l[field] === null).map((l) => l.id);
  if (missing.length > 0) return { measure: noValue("missing", "missingReport", sources, missing), value: null };
  if (lines.length === 0) return { measure: noValue("notAssessable", "noSubKegiatan", sources), value: null };
  if (!unweighted && lines.every((l) => l.pagu.n === 0n))
    return { measure: noValue("notAssessable", "zeroPagu", sources), value: null };
  const value = compute();
  return { measure: assessed(figure(value), sources), value };
}

/** An assessed measure (built field by field: an object spread costs more than the figures). */
function assessed(shown: ExactFigure, sources: CapaianSource[]): QuarterMeasure {
  return {
    status: "assessed",
    reason: null,
    value: shown.value,
    exact: shown.exact,
    exactFraction: shown.exactFraction,
    missing: [],
    sources,
  };
}

function sumOrNull(values: ReadonlyArray<Rational | null>): Rational | null {
  let s = R0;
  for (const v of values) {
    if (v === null) return null;
    s = add(s, v);
  }
  return s;
}

function meanCapaian(
  indicators: IndicatorCapaian[],
  nums: ReadonlyArray<number>,
  dens: ReadonlyArray<number>,
  values: ReadonlyArray<Rational | null> | null,
): { measure: OpdQuarterResult["capaian"]; value: Exact | null } {
  const missing: string[] = [];
  const excluded: string[] = [];
  // The assessed values on safe integers (all of them, or null when one is a rational).
  let assessedNums: number[] | null = [];
  const assessedDens: number[] = [];
  let assessed = 0;
  for (let k = 0; k < indicators.length; k++) {
    const c = indicators[k] as IndicatorCapaian;
    if (c.status === "missing") missing.push(c.code);
    else if (c.status === "notAssessable") excluded.push(c.code);
    else {
      assessed++;
      const num = nums[k] as number;
      if (assessedNums === null) continue;
      if (Number.isNaN(num)) assessedNums = null;
      else {
        assessedNums.push(num);
        assessedDens.push(dens[k] as number);
      }
    }
  }
  // Built field by field (an object spread costs more than the figures): the documented key order.
  const sources = [SOURCE_MEAN_CAPAIAN];
  const none = (status: CapaianStatus, reason: MeasureReason) => ({
    measure: { status, reason, value: null, exact: null, exactFraction: null, missing, excluded, indicators, sources },
    value: null,
  });
  if (missing.length > 0) return none("missing", "missingReport");
  if (indicators.length === 0) return none("notAssessable", "noIndicators");
  if (assessed === 0) return none("notAssessable", "noAssessableIndicator");
  let value: Exact | null = assessedNums === null ? null : meanOfRatios(assessedNums, assessedDens, assessed);
  value ??= meanOfRationals(indicators, nums, dens, values, assessed);
  let shown: ExactFigure;
  if ("n" in value) shown = figure(value);
  else ({ shown, value } = figureOfExact(value.num, value.den));
  return {
    measure: {
      status: "assessed" as const,
      reason: null,
      value: shown.value,
      exact: shown.exact,
      exactFraction: shown.exactFraction,
      missing,
      excluded,
      indicators,
      sources,
    },
    value,
  };
}

/** The mean of assessed values (rationals, or num/den in lowest terms), over one common denominator, reduced once. */
function meanOfRationals(
  indicators: ReadonlyArray<IndicatorCapaian>,
  nums: ReadonlyArray<number>,
  dens: ReadonlyArray<number>,
  values: ReadonlyArray<Rational | null> | null,
  count: number,
): Rational {
  let common = 1n;
  const parts: Array<{ n: bigint; d: bigint }> = [];
  for (let k = 0; k < indicators.length; k++) {
    if ((indicators[k] as IndicatorCapaian).status !== "assessed") continue;
    const num = nums[k] as number;
    const part = Number.isNaN(num)
      ? ((values as ReadonlyArray<Rational | null>)[k] as Rational)
      : { n: BigInt(num), d: BigInt(dens[k] as number) };
    parts.push(part);
    common = lcm(common, part.d);
  }
  let sum = 0n;
  for (const f of parts) sum += f.n * (common / f.d);
  return rational(sum, common * BigInt(count));
}
