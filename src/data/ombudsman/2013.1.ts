/**
 * Ombudsman RI compliance assessment, assessment years 2013–2014: three zones, the
 * unit methodology unknown. The input is the published score; the zone edges
 * are the 2021 table, UNCONFIRMED for these years.
 */
import type { RubricDefinition } from "../../model/types.js";
import { NOTES_BEFORE_2021, publishedScoreMethod } from "./shared.js";
import { ORI_RESEARCH_2013, UU_25_2009, ZONES_BEFORE_2021 } from "./sources.js";

export const OMBUDSMAN_2013_1 = {
  id: "ombudsman@2013.1",
  scheme: "ombudsman",
  version: "2013.1",
  status: "official",
  title: {
    id: "Penelitian Kepatuhan Pelaksanaan UU 25/2009",
    en: "Ombudsman RI compliance with public-service standards (2013–2014)",
  },
  legalBasis: [ORI_RESEARCH_2013, UU_25_2009],
  validFor: { from: 2013, to: 2014 },
  ...publishedScoreMethod({ zones: ZONES_BEFORE_2021 }),
  aggregation: null,
  notes: NOTES_BEFORE_2021,
} as const satisfies RubricDefinition;
