/**
 * Ombudsman RI compliance assessment, assessment year 2015: three zones, the
 * unit methodology unknown. The input is the published score; the zone edges
 * are the 2021 table, UNCONFIRMED for these years.
 */
import type { RubricDefinition } from "../../model/types.js";
import { PEROMBUDSMAN_17_2015, PUBLISHED_SCORE, ROUNDING_2DP, UU_25_2009, ZONES_BEFORE_2021 } from "./sources.js";

export const ombudsman2015Definition = {
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
      source: ZONES_BEFORE_2021,
    },
    {
      code: "kuning",
      label: { id: "Kepatuhan Sedang (Zona Kuning)", en: "Medium compliance (yellow zone)" },
      zone: "kuning",
      min: "51",
      minInclusive: true,
      max: "81",
      maxInclusive: false,
      source: ZONES_BEFORE_2021,
    },
    {
      code: "merah",
      label: { id: "Kepatuhan Rendah (Zona Merah)", en: "Low compliance (red zone)" },
      zone: "merah",
      min: "0",
      minInclusive: true,
      max: "51",
      maxInclusive: false,
      source: ZONES_BEFORE_2021,
    },
  ],
  aggregation: null,
  notes: [
    "Unit methodology UNCONFIRMED: indicator weights and the product formula were not found; the input is the published score.",
    "Zone edges UNCONFIRMED for these years: the 2021 table (hijau ≥ 81.00, kuning ≥ 51.00) is assumed.",
    "Unit → instansi rule unknown: aggregate() refuses unless the caller names a strategy.",
  ],
} as const satisfies RubricDefinition;
