/**
 * Ombudsman RI Penilaian Kepatuhan Standar Pelayanan Publik 2022: four weighted
 * dimensions per unit (the 2023 weights, UNCONFIRMED for 2022), categories A–E
 * (CONSISTENT), instansi = mean of its units. No deductions before 2023.
 */
import type { RubricDefinition } from "../../model/types.js";
import { dimensionMethod, meanOfUnits } from "./shared.js";
import { CATEGORIES_2022_2023, KEPKETUA_337_2022, UU_25_2009, WEIGHTS_2022 } from "./sources.js";

export const OMBUDSMAN_2022_1 = {
  id: "ombudsman@2022.1",
  scheme: "ombudsman",
  version: "2022.1",
  status: "official",
  title: {
    id: "Penilaian Kepatuhan Standar Pelayanan Publik 2022",
    en: "Ombudsman RI compliance assessment of public-service standards (2022)",
  },
  legalBasis: [KEPKETUA_337_2022, UU_25_2009],
  validFor: { from: 2022, to: 2022 },
  ...dimensionMethod({ weights: WEIGHTS_2022, categories: CATEGORIES_2022_2023 }),
  aggregation: meanOfUnits({ deductionsAllowed: false }),
  notes: [
    "Dimension weights UNCONFIRMED for 2022: the 2023 weights, printed next to the 2022 results in the Kendal and Brebes decks (probably also used in 2022).",
    "Unit score = Σ weight × dimension score (0–100) / 100: inferred from the weighted design, UNCONFIRMED.",
    "Categories A–E CONSISTENT for 2022: consistent with every published result, no explicit table found; a published 2022 statement pins the A cut at 88.00.",
    "Instansi = plain mean of the unit scores, 2 decimals (reconstructed on further 2022 instansi).",
    "No deduction step in 2022: the link to LAHP/Rekomendasi compliance starts in 2023.",
  ],
} as const satisfies RubricDefinition;
