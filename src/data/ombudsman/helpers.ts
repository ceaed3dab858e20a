/**
 * Figures the kinerja/ombudsman helpers use beside the rubrics: the 0–3
 * indicator interval, its conversion to a 0–100 dimension score and the
 * provenance of indicator weights (unitFromIndicators), the 0–100 range of a
 * published score (rank without a rubric), the first Opini year (opini) and
 * the product-level assumption (aggregateProducts).
 *
 * Plain data: type-only import of the model, sources from a sibling data file.
 */
import type { ResultSpec, Scale, Source } from "../../model/types.js";
import { AGGREGATION_2021, DIMENSION_SCALE, INDICATOR_SCALE_0_3, OPINI_2025, PUBLISHED_SCORE } from "./sources.js";

/** The 2022–2024 indicator scores: a decimal on the interval 0–3, under this scale key in a derived rubric. */
export const OMBUDSMAN_INDICATOR_SCALE = {
  key: "indikator-0-3",
  scale: { kind: "decimal", min: "0", max: "3", source: INDICATOR_SCALE_0_3 },
} as const satisfies { key: string; scale: Scale };

/**
 * A dimension score on 0–100 from the 0–3 indicator mean: × 100/3 (the believed formula, UNCONFIRMED). As the
 * result multiplier of a rubric whose leaves are the 0–3 indicators, it gives the unit score directly.
 */
export const OMBUDSMAN_DIMENSION_SCORE = {
  multiplier: "100/3",
  source: {
    ...DIMENSION_SCALE,
    part: "nilai dimensi = Σ bobot indikator × (skor 0–3 / 3) × 100 / Σ bobot indikator, i.e. the 0–3 mean × 100/3",
  },
} as const satisfies { multiplier: NonNullable<ResultSpec["multiplier"]>; source: Source };

/** A published compliance score: 0–100 (the range `rank` checks when no rubric is given). */
export const OMBUDSMAN_SCORE_RANGE = {
  min: "0",
  max: "100",
  source: PUBLISHED_SCORE,
} as const satisfies { min: string; max: string; source: Source };

/** Where the indicator weights of a dimension come from: the caller (the instrument's column), or equal shares. */
export const OMBUDSMAN_INDICATOR_WEIGHTS = {
  caller: {
    regulation: "Bobot indikator given by the caller",
    confirmed: false,
    note: "The 2023 instrument has its own Bobot Indikator column (the first Input indicator carries 12.22 % of Input); kinerja does not hold these weights.",
  },
  equal: {
    regulation: "Equal indicator shares (explicit fallback chosen by the caller)",
    confirmed: false,
    note: "UNCONFIRMED: indicators are not equal shares in the 2023 instrument.",
  },
} as const satisfies Record<"caller" | "equal", Source>;

/** The Opini Ombudsman (with the “Tanpa Maladministrasi” qualifier) replaces the compliance assessment from this year. */
export const OMBUDSMAN_OPINI_FROM = {
  assessmentYear: 2025,
  source: OPINI_2025,
} as const satisfies { assessmentYear: number; source: Source };

/** The product-level mean for the years without a known unit → instansi rule: a caller's assumption, in words. */
export const OMBUDSMAN_PRODUCT_MEAN = {
  assumption:
    "ASSUMPTION chosen by the caller: the instansi value is the mean over all assessed products (equivalently, the unit means weighted by product count). The official rule for these years is unknown (UNCONFIRMED): for 2021 the plain mean of the published OPD scores does not reproduce Kota Magelang (62.21 against a published 68.27).",
  source: AGGREGATION_2021,
} as const satisfies { assumption: string; source: Source };
