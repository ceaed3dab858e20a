/**
 * Ombudsman RI compliance assessment, assessment years 2016–2019: three zones, the
 * unit methodology unknown. The input is the published score; the zone edges
 * are the 2021 table, UNCONFIRMED for these years.
 */
import type { RubricDefinition } from "../../model/types.js";
import { NOTES_BEFORE_2021, publishedScoreMethod } from "./shared.js";
import { PEROMBUDSMAN_22_2016, UU_25_2009, ZONES_BEFORE_2021 } from "./sources.js";

export const OMBUDSMAN_2016_1 = {
  id: "ombudsman@2016.1",
  scheme: "ombudsman",
  version: "2016.1",
  status: "official",
  title: {
    id: "Penilaian Kepatuhan terhadap Standar Pelayanan Publik",
    en: "Ombudsman RI compliance with public-service standards (2016–2019)",
  },
  legalBasis: [PEROMBUDSMAN_22_2016, UU_25_2009],
  validFor: { from: 2016, to: 2019 },
  ...publishedScoreMethod({ zones: ZONES_BEFORE_2021 }),
  aggregation: null,
  notes: [
    ...NOTES_BEFORE_2021,
    "2019 was said to be the last round of the old method (Adrianus Meliala, https://jambi.antaranews.com/berita/363883/ombudsman-tak-ada-lagi-kementerian-di-zona-merah); no assessment was held in 2020.",
  ],
} as const satisfies RubricDefinition;
