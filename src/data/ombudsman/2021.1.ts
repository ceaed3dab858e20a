/**
 * Ombudsman RI compliance assessment 2021 (transitional): three zones with the
 * confirmed 2-decimal edges; the unit methodology and the unit → instansi rule
 * are unknown (a plain mean of OPD scores does not reproduce Kota Magelang).
 */
import type { RubricDefinition } from "../../model/types.js";
import { publishedScoreMethod } from "./shared.js";
import { PERPRES_18_2020, UU_25_2009, ZONES_2021 } from "./sources.js";

export const OMBUDSMAN_2021_1 = {
  id: "ombudsman@2021.1",
  scheme: "ombudsman",
  version: "2021.1",
  status: "official",
  title: {
    id: "Penilaian Kepatuhan terhadap Standar Pelayanan Publik",
    en: "Ombudsman RI compliance with public-service standards (2021)",
  },
  legalBasis: [PERPRES_18_2020, UU_25_2009],
  validFor: { from: 2021, to: 2021 },
  ...publishedScoreMethod({ zones: ZONES_2021 }),
  aggregation: null,
  notes: [
    "Unit methodology UNCONFIRMED: products are checked against the standard components, now including electronic service standards (detik Jatim, https://news.detik.com/berita-jawa-timur/d-5876155), but the weights and the product formula were not found; the input is the published score.",
    "Zone edges CONFIRMED for 2021 (hijau 81.00–100, kuning 51.00–80.99, merah 0–50.99); rounding a raw value half-up first is UNCONFIRMED.",
    "Unit → instansi rule UNCONFIRMED (conflicting evidence): Ombudsman Banten spoke of averaging Kota Tangerang's OPD scores, but Kota Magelang is published as 68.27 while the plain mean of its four OPD scores (87.95, 75.58, 62.17, 23.15) is 62.21. aggregate() refuses unless the caller names a strategy; aggregateProducts() offers a mean over products as a labelled assumption.",
  ],
} as const satisfies RubricDefinition;
