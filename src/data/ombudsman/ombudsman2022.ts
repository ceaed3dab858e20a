/**
 * Ombudsman RI Penilaian Kepatuhan Standar Pelayanan Publik 2022: four weighted
 * dimensions per unit (the 2023 weights, UNCONFIRMED for 2022), categories A–E
 * (CONSISTENT), instansi = mean of its units. No deductions before 2023.
 */
import type { RubricDefinition } from "../../model/types.js";
import {
  AGGREGATION_MEAN_2022_2024,
  AGGREGATION_ROUNDING,
  CATEGORIES_2022_2023,
  DEDUCTIONS_2023,
  DIMENSION_SCALE,
  KEPKETUA_337_2022,
  ROUNDING_2DP,
  UU_25_2009,
  WEIGHTS_2022,
} from "./sources.js";

export const ombudsman2022Definition = {
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
  weightTotal: "100",
  scales: {
    "dimensi-0-100": { kind: "decimal", min: "0", max: "100", source: DIMENSION_SCALE },
  },
  result: {
    min: "0",
    max: "100",
    rounding: { places: 2, mode: "halfUp", source: ROUNDING_2DP },
    unit: { id: "nilai kepatuhan", en: "compliance score" },
  },
  nodes: [
    {
      code: "input",
      label: { id: "Dimensi Input", en: "Input" },
      weight: "21.85",
      source: WEIGHTS_2022,
      scale: "dimensi-0-100",
      description: {
        id: "Kompetensi Pelaksana dan Sarana Prasarana (wawancara 4 petugas dan studi dokumen)",
        en: "Staff competence and facilities (interviews with 4 staff, document study)",
      },
    },
    {
      code: "proses",
      label: { id: "Dimensi Proses", en: "Process" },
      weight: "32.37",
      source: WEIGHTS_2022,
      scale: "dimensi-0-100",
      description: {
        id: "Standar Pelayanan (observasi produk layanan administratif)",
        en: "Service standards (observation of administrative service products)",
      },
    },
    {
      code: "output",
      label: { id: "Dimensi Output", en: "Output" },
      weight: "24.24",
      source: WEIGHTS_2022,
      scale: "dimensi-0-100",
      description: {
        id: "Persepsi Maladministrasi (wawancara pengguna layanan)",
        en: "Perceived maladministration (interviews with service users)",
      },
    },
    {
      code: "pengaduan",
      label: { id: "Dimensi Pengaduan", en: "Complaint handling" },
      weight: "21.54",
      source: WEIGHTS_2022,
      scale: "dimensi-0-100",
      description: {
        id: "Pengelolaan Pengaduan (wawancara 2 pejabat yang berkompeten)",
        en: "Complaint management (interviews with 2 competent officials)",
      },
    },
  ],
  predicates: [
    {
      code: "A",
      label: { id: "Kualitas Tertinggi", en: "Highest quality" },
      zone: "hijau",
      min: "88",
      minInclusive: true,
      max: "100",
      maxInclusive: true,
      source: CATEGORIES_2022_2023,
    },
    {
      code: "B",
      label: { id: "Kualitas Tinggi", en: "High quality" },
      zone: "hijau",
      min: "78",
      minInclusive: true,
      max: "88",
      maxInclusive: false,
      source: CATEGORIES_2022_2023,
    },
    {
      code: "C",
      label: { id: "Kualitas Sedang", en: "Medium quality" },
      zone: "kuning",
      min: "54",
      minInclusive: true,
      max: "78",
      maxInclusive: false,
      source: CATEGORIES_2022_2023,
    },
    {
      code: "D",
      label: { id: "Kualitas Rendah", en: "Low quality" },
      zone: "merah",
      min: "32",
      minInclusive: true,
      max: "54",
      maxInclusive: false,
      source: CATEGORIES_2022_2023,
    },
    {
      code: "E",
      label: { id: "Kualitas Terendah", en: "Lowest quality" },
      zone: "merah",
      min: "0",
      minInclusive: true,
      max: "32",
      maxInclusive: false,
      source: CATEGORIES_2022_2023,
    },
  ],
  aggregation: {
    method: "mean",
    rounding: { places: 2, mode: "halfUp", source: AGGREGATION_ROUNDING },
    adjustments: { allowed: false, source: DEDUCTIONS_2023 },
    source: AGGREGATION_MEAN_2022_2024,
  },
  notes: [
    "Dimension weights UNCONFIRMED for 2022: the 2023 weights, printed next to the 2022 results in the Kendal and Brebes decks (probably also used in 2022).",
    "Unit score = Σ weight × dimension score (0–100) / 100: inferred from the weighted design, UNCONFIRMED.",
    "Categories A–E CONSISTENT for 2022: consistent with every published result, no explicit table found; a published 2022 statement pins the A cut at 88.00.",
    "Instansi = plain mean of the unit scores, 2 decimals (reconstructed on further 2022 instansi).",
    "No deduction step in 2022: the link to LAHP/Rekomendasi compliance starts in 2023.",
  ],
} as const satisfies RubricDefinition;
