/**
 * The parts of the Ombudsman RI rubrics that several versions share: the
 * result spec, the published-score method of 2013–2021 (three zones), the
 * four-dimension method of 2022–2024 (categories A–E) and its unit → instansi
 * rule. Each builder takes the sources that differ between versions, so every
 * version file still names the source of each figure it uses.
 *
 * Plain data (small pure builders that attach sources); no imports beyond types and sources.
 */
import type { AggregationRule, Band, ResultSpec, RubricNode, Scale, Source, Text } from "../../model/types.js";
import {
  AGGREGATION_MEAN_2022_2024,
  AGGREGATION_ROUNDING,
  DEDUCTIONS_2023,
  DIMENSION_SCALE,
  PUBLISHED_SCORE,
  ROUNDING_2DP,
} from "./sources.js";

/** A decimal score from 0 to 100. */
export const scale0to100 = (source: Source) =>
  ({ kind: "decimal", min: "0", max: "100", source }) as const satisfies Scale;

/** A result from 0 to 100, published with 2 decimals (half-up before classification: ROUNDING_2DP). */
export const result0to100 = (unit: Text) =>
  ({
    min: "0",
    max: "100",
    rounding: { places: 2, mode: "halfUp", source: ROUNDING_2DP },
    unit,
  }) as const satisfies ResultSpec;

/** The result of the Penilaian Kepatuhan, 2013–2024. */
export const COMPLIANCE_RESULT = result0to100({ id: "nilai kepatuhan", en: "compliance score" });

/**
 * The three zones on a 0–100 score: hijau 81.00–100, kuning 51.00–80.99,
 * merah 0–50.99 (the 2021 table; `source` says whether it is confirmed for
 * the year). Used 2013–2021.
 */
export const zoneBands = (source: Source) =>
  [
    {
      code: "hijau",
      label: { id: "Kepatuhan Tinggi (Zona Hijau)", en: "High compliance (green zone)" },
      zone: "hijau",
      min: "81",
      minInclusive: true,
      max: "100",
      maxInclusive: true,
      source,
    },
    {
      code: "kuning",
      label: { id: "Kepatuhan Sedang (Zona Kuning)", en: "Medium compliance (yellow zone)" },
      zone: "kuning",
      min: "51",
      minInclusive: true,
      max: "81",
      maxInclusive: false,
      source,
    },
    {
      code: "merah",
      label: { id: "Kepatuhan Rendah (Zona Merah)", en: "Low compliance (red zone)" },
      zone: "merah",
      min: "0",
      minInclusive: true,
      max: "51",
      maxInclusive: false,
      source,
    },
  ] as const satisfies ReadonlyArray<Band>;

/**
 * 2013–2021: the unit methodology is unknown, so the single input is the
 * published score (0–100), classified into the three zones (`zones`: the
 * source of the zone table for the year).
 */
export const publishedScoreMethod = ({ zones }: { zones: Source }) =>
  ({
    weightTotal: "100",
    scales: {
      "nilai-0-100": scale0to100(PUBLISHED_SCORE),
    },
    result: COMPLIANCE_RESULT,
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
    ] as const satisfies ReadonlyArray<RubricNode>,
    predicates: zoneBands(zones),
  }) as const;

/** Notes of the 2013–2019 versions, whose zone edges are assumed from the 2021 table. */
export const NOTES_BEFORE_2021 = [
  "Unit methodology UNCONFIRMED: indicator weights and the product formula were not found; the input is the published score.",
  "Zone edges UNCONFIRMED for these years: the 2021 table (hijau ≥ 81.00, kuning ≥ 51.00) is assumed.",
  "Unit → instansi rule unknown: aggregate() refuses unless the caller names a strategy.",
] as const;

/**
 * The four dimensions of 2022–2024 with the 2023 weights (Input 21.85, Proses
 * 32.37, Output 24.24, Pengaduan 21.54); `source` says for which year the
 * weights are confirmed.
 */
export const dimensionNodes = (source: Source) =>
  [
    {
      code: "input",
      label: { id: "Dimensi Input", en: "Input" },
      weight: "21.85",
      source,
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
      source,
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
      source,
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
      source,
      scale: "dimensi-0-100",
      description: {
        id: "Pengelolaan Pengaduan (wawancara 2 pejabat yang berkompeten)",
        en: "Complaint management (interviews with 2 competent officials)",
      },
    },
  ] as const satisfies ReadonlyArray<RubricNode>;

/**
 * The category table A–E: A 88.00–100, B 78.00–87.99, C 54.00–77.99,
 * D 32.00–53.99, E 0–31.99 (official wording 2024; `source` says whether it
 * is confirmed, consistent or assumed for the year).
 */
export const categoryBands = (source: Source) =>
  [
    {
      code: "A",
      label: { id: "Kualitas Tertinggi", en: "Highest quality" },
      zone: "hijau",
      min: "88",
      minInclusive: true,
      max: "100",
      maxInclusive: true,
      source,
    },
    {
      code: "B",
      label: { id: "Kualitas Tinggi", en: "High quality" },
      zone: "hijau",
      min: "78",
      minInclusive: true,
      max: "88",
      maxInclusive: false,
      source,
    },
    {
      code: "C",
      label: { id: "Kualitas Sedang", en: "Medium quality" },
      zone: "kuning",
      min: "54",
      minInclusive: true,
      max: "78",
      maxInclusive: false,
      source,
    },
    {
      code: "D",
      label: { id: "Kualitas Rendah", en: "Low quality" },
      zone: "merah",
      min: "32",
      minInclusive: true,
      max: "54",
      maxInclusive: false,
      source,
    },
    {
      code: "E",
      label: { id: "Kualitas Terendah", en: "Lowest quality" },
      zone: "merah",
      min: "0",
      minInclusive: true,
      max: "32",
      maxInclusive: false,
      source,
    },
  ] as const satisfies ReadonlyArray<Band>;

/**
 * 2022–2024: unit score = Σ weight × dimension score (0–100) / 100 (the scale
 * is inferred, DIMENSION_SCALE), classified into categories A–E.
 * `weights` and `categories` are the sources of those figures for the year.
 */
export const dimensionMethod = ({ weights, categories }: { weights: Source; categories: Source }) =>
  ({
    weightTotal: "100",
    scales: {
      "dimensi-0-100": scale0to100(DIMENSION_SCALE),
    },
    result: COMPLIANCE_RESULT,
    nodes: dimensionNodes(weights),
    predicates: categoryBands(categories),
  }) as const;

/**
 * 2022–2024: instansi = plain mean of its unit scores, 2 decimals. Explicit
 * caller-given deductions (for ignoring LAHP/LHA/Rekomendasi) are allowed
 * from 2023.
 */
export const meanOfUnits = ({ deductionsAllowed }: { deductionsAllowed: boolean }) =>
  ({
    method: "mean",
    rounding: { places: 2, mode: "halfUp", source: AGGREGATION_ROUNDING },
    adjustments: { allowed: deductionsAllowed, source: DEDUCTIONS_2023 },
    source: AGGREGATION_MEAN_2022_2024,
  }) as const satisfies AggregationRule;
