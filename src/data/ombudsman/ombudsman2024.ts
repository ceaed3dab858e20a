/**
 * Ombudsman RI Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2024: four
 * weighted dimensions per unit (the 2023 weights, UNCONFIRMED for 2024),
 * categories A–E (CONFIRMED), instansi = mean of its units, optional
 * caller-given deduction.
 */
import type { RubricDefinition } from "../../model/types.js";
import {
  AGGREGATION_MEAN_2022_2024,
  AGGREGATION_ROUNDING,
  CATEGORIES_2024,
  DEDUCTIONS_2023,
  DIMENSION_SCALE,
  KEPKETUA_252_2024,
  ROUNDING_2DP,
  UU_25_2009,
  WEIGHTS_2024,
} from "./sources.js";

export const ombudsman2024Definition = {
  id: "ombudsman@2024.1",
  scheme: "ombudsman",
  version: "2024.1",
  status: "official",
  title: {
    id: "Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2024",
    en: "Ombudsman RI compliance assessment of public-service delivery (2024)",
  },
  legalBasis: [KEPKETUA_252_2024, UU_25_2009],
  validFor: { from: 2024, to: 2024 },
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
      source: WEIGHTS_2024,
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
      source: WEIGHTS_2024,
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
      source: WEIGHTS_2024,
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
      source: WEIGHTS_2024,
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
      source: CATEGORIES_2024,
    },
    {
      code: "B",
      label: { id: "Kualitas Tinggi", en: "High quality" },
      zone: "hijau",
      min: "78",
      minInclusive: true,
      max: "88",
      maxInclusive: false,
      source: CATEGORIES_2024,
    },
    {
      code: "C",
      label: { id: "Kualitas Sedang", en: "Medium quality" },
      zone: "kuning",
      min: "54",
      minInclusive: true,
      max: "78",
      maxInclusive: false,
      source: CATEGORIES_2024,
    },
    {
      code: "D",
      label: { id: "Kualitas Rendah", en: "Low quality" },
      zone: "merah",
      min: "32",
      minInclusive: true,
      max: "54",
      maxInclusive: false,
      source: CATEGORIES_2024,
    },
    {
      code: "E",
      label: { id: "Kualitas Terendah", en: "Lowest quality" },
      zone: "merah",
      min: "0",
      minInclusive: true,
      max: "32",
      maxInclusive: false,
      source: CATEGORIES_2024,
    },
  ],
  aggregation: {
    method: "mean",
    rounding: { places: 2, mode: "halfUp", source: AGGREGATION_ROUNDING },
    adjustments: { allowed: true, source: DEDUCTIONS_2023 },
    source: AGGREGATION_MEAN_2022_2024,
  },
  notes: [
    "Dimension weights UNCONFIRMED for 2024: no 2024 weight table was found; the 2023 weights are used.",
    "Unit score = Σ weight × dimension score (0–100) / 100: inferred from the weighted design, UNCONFIRMED.",
    "Categories A–E CONFIRMED for 2024 (official wording quoted by Kab. Muna Barat, Ombudsman NTT and Jatim).",
    "Instansi = plain mean of the unit scores, 2 decimals: reproduces Kota Cilegon 2024 (7 units → 95.31).",
    "An instansi that ignores LAHP/LHA/Rekomendasi can have its score corrected; the size is UNCONFIRMED and must be given by the caller (aggregate adjustments).",
  ],
} as const satisfies RubricDefinition;
