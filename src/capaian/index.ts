/**
 * `kinerja/capaian`: capaian kinerja (how far a realisation reaches its
 * target) and quarterly OPD monitoring, computed exactly.
 *
 * - `capaian()`: R/T × 100; lower is better (2T − R)/T × 100 by default
 *   (PermenPAN-RB 8/2021) or T/R × 100; targets as bands; an optional cap.
 * - `kriteriaCapaian()`: Sangat Tinggi … Sangat Rendah (table attributed to
 *   Permendagri 86/2017, UNCONFIRMED), with the gap policy named.
 * - `opdQuarter()`, `rankOpds()`, `trend()`: per OPD and triwulan, budget
 *   realisation, physical progress and capaian; a ranking with the bottom N
 *   flagged and the change since an earlier quarter; period-over-period change.
 *
 * A missing figure is never a zero, and no value is ever NaN or Infinity.
 * Does not load zod; the matching input schemas are in `kinerja/schema`.
 * @module kinerja/capaian
 */

export type { Amount } from "./amount.js";
export {
  type CapaianFormula,
  type CapaianInput,
  type CapaianPolarity,
  type CapaianReason,
  type CapaianResult,
  type CapaianStatus,
  capaian,
  type LowerIsBetterFormula,
  type RangeTarget,
  type VersusTarget,
} from "./capaian.js";
export { CAPAIAN_CAPS, type CapaianCap } from "./caps.js";
export {
  DEFAULT_GAP_POLICY,
  type GapPolicy,
  KRITERIA_CAPAIAN,
  type KriteriaBand,
  type KriteriaCode,
  type KriteriaOptions,
  type KriteriaResult,
  type KriteriaTable,
  kriteriaCapaian,
} from "./criteria.js";
export type { ExactFigure } from "./figure.js";
export { type CapaianPeriod, periodLabel, type Triwulan } from "./period.js";
export {
  type IndicatorCapaian,
  type IndicatorReport,
  type MeasureReason,
  type OpdQuarterInput,
  type OpdQuarterOptions,
  type OpdQuarterResult,
  opdQuarter,
  type PhysicalMode,
  type QuarterMeasure,
  type SubKegiatanReport,
} from "./quarter.js";
export {
  type OpdRanking,
  type RankBy,
  type RankChange,
  type RankedOpd,
  type RankOpdsOptions,
  rankOpds,
  TIE_RULE,
} from "./rank.js";
export type { CapaianSource } from "./sources.js";
export {
  type ExactResultLike,
  type TrendChange,
  type TrendOptions,
  type TrendPoint,
  type TrendPointInput,
  type TrendResult,
  trend,
} from "./trend.js";
