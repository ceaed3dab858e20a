/**
 * Ombudsman RI compliance assessment 2021 (transitional): three zones with the
 * confirmed 2-decimal edges; the unit methodology and the unit → instansi rule
 * are unknown (a plain mean of OPD scores does not reproduce Kota Magelang).
 */
import type { RubricDefinition } from "../../model/types.js";
import { PERPRES_18_2020, PUBLISHED_SCORE, ROUNDING_2DP, UU_25_2009, ZONES_2021 } from "./sources.js";

export const ombudsman2021Definition = {
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
  weightTotal: "100",
  scales: {
    "nilai-0-100": { kind: "decimal", min: "0", max: "100", source: PUBLISHED_SCORE },
  },
  result: {
    min: "0",
    max: "100",
    rounding: { places: 2, mode: "halfUp", source: ROUNDING_2DP },
    unit: { id: "nilai kepatuhan", en: "compliance score" },
  },
  nodes: [
    {
      code: "nilai",
      label: { id: "Nilai kepatuhan (sebagaimana dipublikasikan)", en: "Compliance score (as published)" },
      weight: "100",
      source: PUBLISHED_SCORE,
      scale: "nilai-0-100",
      description: {
        id: "Metode penilaian per produk/unit tidak diketahui; masukkan nilai yang dipublikasikan.",
        en: "The product/unit methodology is not known; enter the published score.",
      },
    },
  ],
  predicates: [
    {
      code: "hijau",
      label: { id: "Kepatuhan Tinggi (Zona Hijau)", en: "High compliance (green zone)" },
      zone: "hijau",
      min: "81",
      minInclusive: true,
      max: "100",
      maxInclusive: true,
      source: ZONES_2021,
    },
    {
      code: "kuning",
      label: { id: "Kepatuhan Sedang (Zona Kuning)", en: "Medium compliance (yellow zone)" },
      zone: "kuning",
      min: "51",
      minInclusive: true,
      max: "81",
      maxInclusive: false,
      source: ZONES_2021,
    },
    {
      code: "merah",
      label: { id: "Kepatuhan Rendah (Zona Merah)", en: "Low compliance (red zone)" },
      zone: "merah",
      min: "0",
      minInclusive: true,
      max: "51",
      maxInclusive: false,
      source: ZONES_2021,
    },
  ],
  aggregation: null,
  notes: [
    "Unit methodology UNCONFIRMED: products are checked against the standard components, now including electronic service standards (detik Jatim, https://news.detik.com/berita-jawa-timur/d-5876155), but the weights and the product formula were not found; the input is the published score.",
    "Zone edges CONFIRMED for 2021 (hijau 81.00–100, kuning 51.00–80.99, merah 0–50.99); rounding a raw value half-up first is UNCONFIRMED.",
    "Unit → instansi rule UNCONFIRMED (conflicting evidence): Ombudsman Banten spoke of averaging Kota Tangerang's OPD scores, but Kota Magelang is published as 68.27 while the plain mean of its four OPD scores (87.95, 75.58, 62.17, 23.15) is 62.21. aggregate() refuses unless the caller names a strategy; aggregateProducts() offers a mean over products as a labelled assumption.",
  ],
} as const satisfies RubricDefinition;
