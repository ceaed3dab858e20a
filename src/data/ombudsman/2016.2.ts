/**
 * ombudsman@2016.2 — the same figures and method as ombudsman@2016.1, corrected (issue #7, data
 * corrections; ombudsman@2016.1 stays as published):
 * the UU 25/2009 reference now links the law's text (JDIH BPK) instead of an instrument sheet.
 *
 * Ombudsman RI compliance assessment, assessment years 2016–2019: three zones, the
 * unit methodology unknown. The input is the published score; the zone edges
 * are the 2021 table, UNCONFIRMED for these years.
 */
import type { RubricDefinition } from "../../model/types.js";
import { COMPLIANCE_RESULT, NOTES_BEFORE_2021, publishedScoreMethod } from "./shared.js";
import { PEROMBUDSMAN_22_2016, UU_25_2009_TEXT, ZONES_BEFORE_2021 } from "./sources.js";

export const OMBUDSMAN_2016_2 = {
  id: "ombudsman@2016.2",
  scheme: "ombudsman",
  version: "2016.2",
  status: "official",
  title: {
    id: "Penilaian Kepatuhan terhadap Standar Pelayanan Publik",
    en: "Ombudsman RI compliance with public-service standards (2016–2019)",
  },
  legalBasis: [PEROMBUDSMAN_22_2016, UU_25_2009_TEXT],
  validFor: { from: 2016, to: 2019 },
  ...publishedScoreMethod({ zones: ZONES_BEFORE_2021 }),
  result: {
    ...COMPLIANCE_RESULT,
    source: { ...PEROMBUDSMAN_22_2016, part: "nilai kepatuhan: skala 0–100, dipublikasikan dengan 2 desimal" },
  },
  aggregation: null,
  notes: [
    ...NOTES_BEFORE_2021,
    "2019 was said to be the last round of the old method (Adrianus Meliala, https://jambi.antaranews.com/berita/363883/ombudsman-tak-ada-lagi-kementerian-di-zona-merah); no assessment was held in 2020.",
    "Correction of ombudsman@2016.1 (issue #7 data review): the same figures; the UU 25/2009 reference linked a leaked instrument sheet and now links the law's text (JDIH BPK). ombudsman@2016.1 stays available for teams that pinned it.",
  ],
} as const satisfies RubricDefinition;
