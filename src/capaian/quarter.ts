/**
 * One OPD in one triwulan: budget realisation against pagu, physical
 * progress, and capaian per indicator, from cumulative figures at the end of
 * the quarter. A figure that was not reported stays missing: it is listed,
 * and the measure it feeds has no value, instead of being counted as 0.
 */

import { snapshot } from "../core/plain.js";
import { add, div, lcm, mul, R0, type Rational, rational } from "../core/rational.js";
import { gcdSafe } from "../core/scaled.js";
import { type CapaianResult, type CapaianStatus, capaianExact } from "./capaian.js";
import { figure, remember, text } from "./figure.js";
import { periodLabel, type Triwulan } from "./period.js";
import {
  type IndicatorReport,
  type Line,
  type OpdQuarterInput,
  type OpdQuarterOptions,
  type PhysicalMode,
  readOpdQuarter,
  type SubKegiatanReport,
} from "./quarterInput.js";
import {
  type CapaianSource,
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
  // Read once as plain data: own fields only; a getter, Proxy, hole or cycle is an INVALID_INPUT naming the path.
  const {
    opd,
    name,
    period,
    mode,
    lines,
    indicators: reports,
  } = readOpdQuarter(snapshot(input, []), snapshot(options, ["options"]));
  // Each indicator's exact value, beside its result: the mean is summed from these, never from the texts.
  const exact: Array<Rational | { num: number; den: number } | null> = new Array(reports.length);
  const indicators = reports.map((i, k) => {
    if (i.fast !== null) {
      exact[k] = i.fast;
      return i.fast.result as IndicatorCapaian; // built with its code and name
    }
    const got = capaianExact(i.input as NonNullable<typeof i.input>);
    exact[k] = got.value;
    return { code: i.code, name: i.name, ...got.result };
  });
  const pagu = lines === null ? null : lines.reduce((s, l) => add(s, l.pagu), R0);
  const spent = lines === null ? null : sumOrNull(lines.map((l) => l.realisasi));
  const budget = measure(lines, "realisasi", [SOURCE_SIMONEV21_OPD], () =>
    div(mul(spent as Rational, HUNDRED), pagu as Rational),
  );
  const physical = measure(
    lines,
    "fisik",
    [mode === "paguWeighted" ? SOURCE_SIMONEV21_OPD : SOURCE_UNWEIGHTED_FISIK],
    () => physicalProgress(lines as ReadonlyArray<Line>, mode, pagu as Rational),
    mode === "unweightedMean",
  );
  const mean = meanCapaian(indicators, exact);
  return {
    opd,
    name,
    period,
    periodLabel: periodLabel(period),
    pagu: pagu === null ? null : text(pagu),
    realisasi: spent === null ? null : text(spent),
    sisa: pagu === null || spent === null ? null : text(add(pagu, mul(spent, rational(-1n)))),
    budget,
    physical: { ...physical, mode },
    capaian: mean,
    complete: budget.status !== "missing" && physical.status !== "missing" && mean.status !== "missing",
    sources: [SOURCE_TRIWULAN],
  };
}

/** Pagu-weighted, Σ pagu × fisik / Σ pagu (simonev21); or the plain mean, Σ fisik / n. */
function physicalProgress(lines: ReadonlyArray<Line>, mode: PhysicalMode, pagu: Rational): Rational {
  if (mode === "unweightedMean")
    return div(sumOrNull(lines.map((l) => l.fisik)) as Rational, rational(BigInt(lines.length)));
  return div(sumOrNull(lines.map((l) => mul(l.pagu, l.fisik as Rational))) as Rational, pagu);
}

function measure(
  lines: ReadonlyArray<Line> | null,
  field: "realisasi" | "fisik",
  sources: CapaianSource[],
  compute: () => Rational,
  unweighted = false,
): QuarterMeasure {
  const none = (status: CapaianStatus, reason: MeasureReason, missing: string[] = []): QuarterMeasure => ({
    status,
    reason,
    value: null,
    exact: null,
    exactFraction: null,
    missing,
    sources,
  });
  if (lines === null) return none("missing", "missingReport");
  const missing = lines.filter((l) => l[field] === null).map((l) => l.id);
  if (missing.length > 0) return none("missing", "missingReport", missing);
  if (lines.length === 0) return none("notAssessable", "noSubKegiatan");
  if (!unweighted && lines.every((l) => l.pagu.n === 0n)) return none("notAssessable", "zeroPagu");
  const value = compute();
  return remember<QuarterMeasure>({ status: "assessed", reason: null, ...figure(value), missing: [], sources }, value);
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
  exact: ReadonlyArray<Rational | { num: number; den: number } | null>,
): OpdQuarterResult["capaian"] {
  const missing = indicators.filter((c) => c.status === "missing").map((c) => c.code);
  const excluded = indicators.filter((c) => c.status === "notAssessable").map((c) => c.code);
  const assessed = indicators.filter((c) => c.status === "assessed");
  const base = { missing, excluded, indicators, sources: [SOURCE_MEAN_CAPAIAN] };
  const none = (status: CapaianStatus, reason: MeasureReason) => ({
    status,
    reason,
    value: null,
    exact: null,
    exactFraction: null,
    ...base,
  });
  if (missing.length > 0) return none("missing", "missingReport");
  if (indicators.length === 0) return none("notAssessable", "noIndicators");
  if (assessed.length === 0) return none("notAssessable", "noAssessableIndicator");
  // Σ over one common denominator, reduced once: the same exact mean as adding pairwise.
  // Σ over one common denominator, reduced once: the same exact mean as adding pairwise. Safe-integer
  // denominators are combined as numbers while their least common multiple stays safe.
  let common = 1n;
  let small = 1;
  const parts: Array<{ n: bigint; d: bigint }> = [];
  indicators.forEach((c, k) => {
    if (c.status !== "assessed") return;
    const v = exact[k] as Rational | { num: number; den: number };
    if ("n" in v) {
      parts.push(v);
      common = lcm(common, v.d);
      return;
    }
    parts.push({ n: BigInt(v.num), d: BigInt(v.den) });
    const next = (small / gcdSafe(small, v.den)) * v.den;
    if (Number.isSafeInteger(next)) small = next;
    else {
      common = lcm(common, BigInt(small));
      small = v.den;
    }
  });
  if (small !== 1) common = lcm(common, BigInt(small));
  let sum = 0n;
  for (const f of parts) sum += f.n * (common / f.d);
  const mean = rational(sum, common * BigInt(assessed.length));
  return remember({ status: "assessed" as const, reason: null, ...figure(mean), ...base }, mean);
}
