/**
 * Ombudsman RI compliance assessment, assessment year 2015: three zones, the
 * unit methodology unknown. The input is the published score; the zone edges
 * are the 2021 table, UNCONFIRMED for these years.
 */
import type { RubricDefinition } from "../../model/types.js";
import { NOTES_BEFORE_2021, publishedScoreMethod } from "./shared.js";
import { PEROMBUDSMAN_17_2015, UU_25_2009, ZONES_BEFORE_2021 } from "./sources.js";

export const OMBUDSMAN_2015_1 = {
  id: "ombudsman@2015.1",
  scheme: "ombudsman",
  version: "2015.1",
  status: "official",
  title: {
    id: "Penelitian Kepatuhan terhadap Standar Pelayanan Publik",
    en: "Ombudsman RI compliance with public-service standards (2015)",
  },
  legalBasis: [PEROMBUDSMAN_17_2015, UU_25_2009],
  validFor: { from: 2015, to: 2015 },
  ...publishedScoreMethod({ zones: ZONES_BEFORE_2021 }),
  aggregation: null,
  notes: NOTES_BEFORE_2021,
} as const satisfies RubricDefinition;
