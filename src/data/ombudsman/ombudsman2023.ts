/**
 * Ombudsman RI Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023: four
 * weighted dimensions per unit (weights CONFIRMED for 2023), categories A–E
 * (CONSISTENT), instansi = mean of its units, optional caller-given deduction.
 */
import type { RubricDefinition } from "../../model/types.js";
import {
  AGGREGATION_MEAN_2022_2024,
  AGGREGATION_ROUNDING,
  CATEGORIES_2022_2023,
  DEDUCTIONS_2023,
  DIMENSION_SCALE,
  PEROMBUDSMAN_22_2023,
  ROUNDING_2DP,
  UU_25_2009,
  WEIGHTS_2023,
} from "./sources.js";

export const ombudsman2023Definition = {
  id: "ombudsman@2023.1",
  scheme: "ombudsman",
  version: "2023.1",
  status: "official",
  title: {
    id: "Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023",
    en: "Ombudsman RI compliance assessment of public-service delivery (2023)",
  },
  legalBasis: [PEROMBUDSMAN_22_2023, UU_25_2009],
  validFor: { from: 2023, to: 2023 },
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
      source: WEIGHTS_2023,
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
      source: WEIGHTS_2023,
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
      source: WEIGHTS_2023,
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
      source: WEIGHTS_2023,
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
    adjustments: { allowed: true, source: DEDUCTIONS_2023 },
    source: AGGREGATION_MEAN_2022_2024,
  },
  notes: [
    "Dimension weights CONFIRMED for 2023 (Ka Cegah, Jatim, Kendal and Brebes decks).",
    "Unit score = Σ weight × dimension score (0–100) / 100: inferred from the weighted design, UNCONFIRMED; a dimension score from 0–3 indicator scores is believed to be Σ indicator weight × (score / 3) × 100.",
    "Categories A–E CONSISTENT for 2023: consistent with every published result, no explicit table found (the table is the official 2024 one).",
    "Instansi = plain mean of the unit scores, 2 decimals: reproduces Kota Madiun 2023 (7 units → 93.59).",
    "From 2023 an instansi that ignores LAHP/LHA/Rekomendasi can have its score corrected; the size is UNCONFIRMED and must be given by the caller (aggregate adjustments).",
  ],
} as const satisfies RubricDefinition;
