/**
 * ombudsman@2013.2 — the same figures and method as ombudsman@2013.1, corrected (issue #7, data
 * corrections; ombudsman@2013.1 stays as published):
 * the UU 25/2009 reference now links the law's text (JDIH BPK) instead of an instrument sheet.
 *
 * Ombudsman RI compliance assessment, assessment years 2013–2014: three zones, the
 * unit methodology unknown. The input is the published score; the zone edges
 * are the 2021 table, UNCONFIRMED for these years.
 */
import type { RubricDefinition } from "../../model/types.js";
import { COMPLIANCE_RESULT, NOTES_BEFORE_2021, publishedScoreMethod } from "./shared.js";
import { ORI_RESEARCH_2013, UU_25_2009_TEXT, ZONES_BEFORE_2021 } from "./sources.js";

export const OMBUDSMAN_2013_2 = {
  id: "ombudsman@2013.2",
  scheme: "ombudsman",
  version: "2013.2",
  status: "official",
  title: {
    id: "Penelitian Kepatuhan Pelaksanaan UU 25/2009",
    en: "Ombudsman RI compliance with public-service standards (2013–2014)",
  },
  legalBasis: [ORI_RESEARCH_2013, UU_25_2009_TEXT],
  validFor: { from: 2013, to: 2014 },
  ...publishedScoreMethod({ zones: ZONES_BEFORE_2021 }),
  result: {
    ...COMPLIANCE_RESULT,
    source: { ...ORI_RESEARCH_2013, part: "nilai kepatuhan: skala 0–100, dipublikasikan dengan 2 desimal" },
  },
  aggregation: null,
  notes: [
    ...NOTES_BEFORE_2021,
    "Correction of ombudsman@2013.1 (issue #7 data review): the same figures; the UU 25/2009 reference linked a leaked instrument sheet and now links the law's text (JDIH BPK). ombudsman@2013.1 stays available for teams that pinned it.",
  ],
} as const satisfies RubricDefinition;
