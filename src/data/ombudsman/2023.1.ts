/**
 * Ombudsman RI Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023: four
 * weighted dimensions per unit (weights CONFIRMED for 2023), categories A–E
 * (CONSISTENT), instansi = mean of its units, optional caller-given deduction.
 */
import type { RubricDefinition } from "../../model/types.js";
import { dimensionMethod, meanOfUnits } from "./shared.js";
import { CATEGORIES_2022_2023, PEROMBUDSMAN_22_2023, UU_25_2009, WEIGHTS_2023 } from "./sources.js";

export const OMBUDSMAN_2023_1 = {
  id: "ombudsman@2023.1",
  scheme: "ombudsman",
  version: "2023.1",
  status: "official",
  title: {
    id: "Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023",
    en: "Ombudsman RI compliance assessment of public-service delivery (2023)",
  },
  legalBasis: [PEROMBUDSMAN_22_2023, UU_25_2009],
  validFor: { from: 2023, to: 2023 },
  ...dimensionMethod({ weights: WEIGHTS_2023, categories: CATEGORIES_2022_2023 }),
  aggregation: meanOfUnits({ deductionsAllowed: true }),
  notes: [
    "Dimension weights CONFIRMED for 2023 (Ka Cegah, Jatim, Kendal and Brebes decks).",
    "Unit score = Σ weight × dimension score (0–100) / 100: inferred from the weighted design, UNCONFIRMED; a dimension score from 0–3 indicator scores is believed to be Σ indicator weight × (score / 3) × 100.",
    "Categories A–E CONSISTENT for 2023: consistent with every published result, no explicit table found (the table is the official 2024 one).",
    "Instansi = plain mean of the unit scores, 2 decimals: reproduces Kota Madiun 2023 (7 units → 93.59).",
    "From 2023 an instansi that ignores LAHP/LHA/Rekomendasi can have its score corrected; the size is UNCONFIRMED and must be given by the caller (aggregate adjustments).",
  ],
} as const satisfies RubricDefinition;
