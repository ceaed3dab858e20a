/**
 * Ombudsman RI Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2024: four
 * weighted dimensions per unit (the 2023 weights, UNCONFIRMED for 2024),
 * categories A–E (CONFIRMED), instansi = mean of its units, optional
 * caller-given deduction.
 */
import type { RubricDefinition } from "../../model/types.js";
import { dimensionMethod, meanOfUnits } from "./shared.js";
import { CATEGORIES_2024, KEPKETUA_252_2024, UU_25_2009, WEIGHTS_2024 } from "./sources.js";

export const OMBUDSMAN_2024_1 = {
  id: "ombudsman@2024.1",
  scheme: "ombudsman",
  version: "2024.1",
  status: "official",
  title: {
    id: "Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2024",
    en: "Ombudsman RI compliance assessment of public-service delivery (2024)",
  },
  legalBasis: [KEPKETUA_252_2024, UU_25_2009],
  validFor: { from: 2024, to: 2024 },
  ...dimensionMethod({ weights: WEIGHTS_2024, categories: CATEGORIES_2024 }),
  aggregation: meanOfUnits({ deductionsAllowed: true }),
  notes: [
    "Dimension weights UNCONFIRMED for 2024: no 2024 weight table was found; the 2023 weights are used.",
    "Unit score = Σ weight × dimension score (0–100) / 100: inferred from the weighted design, UNCONFIRMED.",
    "Categories A–E CONFIRMED for 2024 (official wording quoted by Kab. Muna Barat, Ombudsman NTT and Jatim).",
    "Instansi = plain mean of the unit scores, 2 decimals: reproduces Kota Cilegon 2024 (7 units → 95.31).",
    "An instansi that ignores LAHP/LHA/Rekomendasi can have its score corrected; the size is UNCONFIRMED and must be given by the caller (aggregate adjustments).",
  ],
} as const satisfies RubricDefinition;
