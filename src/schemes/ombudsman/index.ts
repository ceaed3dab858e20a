/**
 * `kinerja/ombudsman`: the Ombudsman RI compliance rubrics (Penilaian
 * Kepatuhan 2013–2024) and the 2025 Opini scheme, with their helpers.
 * @module kinerja/ombudsman
 */
import { assumedBands2025 } from "../../data/ombudsman/assumedBands2025.js";
import type { Band } from "../../model/types.js";

export { aggregateProducts, type ProductAggregate, type ProductUnit } from "./aggregateProducts.js";
export {
  compareYears,
  type Direction,
  type YearComparison,
  type YearPoint,
  type YearScore,
} from "./compareYears.js";
export { deduction } from "./deduction.js";
export { type Opini, type OpiniOptions, opini } from "./opini.js";
export { type RankEntry, type Ranked, type RankOptions, rank } from "./rank.js";
export {
  NO_ASSESSMENT_YEARS,
  OMBUDSMAN_2013,
  OMBUDSMAN_2015,
  OMBUDSMAN_2016,
  OMBUDSMAN_2021,
  OMBUDSMAN_2022,
  OMBUDSMAN_2023,
  OMBUDSMAN_2024,
  OMBUDSMAN_2025,
  ombudsman2013,
  ombudsman2013v2,
  ombudsman2015,
  ombudsman2015v2,
  ombudsman2016,
  ombudsman2016v2,
  ombudsman2021,
  ombudsman2021v2,
  ombudsman2022,
  ombudsman2022v2,
  ombudsman2023,
  ombudsman2023v2,
  ombudsman2024,
  ombudsman2024v2,
  ombudsman2025,
  RUBRICS,
} from "./rubrics.js";
export {
  DIMENSIONS,
  type DimensionCode,
  type DimensionFromIndicators,
  type IndicatorScore,
  type IndicatorScores,
  type UnitFromIndicatorsOptions,
  type UnitFromIndicatorsResult,
  unitFromIndicators,
} from "./unitFromIndicators.js";

/**
 * The 2022–2024 category cut-offs (A ≥ 88.00, B ≥ 78.00, C ≥ 54.00, D ≥ 32.00,
 * E below), offered for the 2025 Opini whose own cut-offs are not published.
 * UNCONFIRMED for 2025 (every 2025 data point found fits them); used only when
 * passed to `opini(…, { bands: ASSUMED_BANDS_2025 })`.
 */
export const ASSUMED_BANDS_2025: ReadonlyArray<Band> = assumedBands2025;
