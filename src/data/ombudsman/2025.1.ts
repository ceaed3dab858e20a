/**
 * Opini Ombudsman RI (Peraturan Ombudsman 61/2025), assessment years 2025→:
 * the four dimensions together 70 %, Kepercayaan Masyarakat 30 %. The split of
 * the 70 % and the category cut-offs are unknown, so this rubric has no
 * predicate bands (classification refuses) and no unit → instansi rule.
 */
import type { RubricDefinition } from "../../model/types.js";
import { result0to100, scale0to100 } from "./shared.js";
import { PEROMBUDSMAN_61_2025, SCALE_2025, WEIGHTS_2025 } from "./sources.js";

export const OMBUDSMAN_2025_1 = {
  id: "ombudsman@2025.1",
  scheme: "ombudsman",
  version: "2025.1",
  status: "official",
  title: {
    id: "Opini Ombudsman RI: Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik",
    en: "Ombudsman RI opinion: maladministration assessment of public-service delivery (2025→)",
  },
  legalBasis: [PEROMBUDSMAN_61_2025],
  validFor: { from: 2025, to: null },
  weightTotal: "100",
  scales: {
    "komponen-0-100": scale0to100(SCALE_2025),
  },
  result: result0to100({ id: "nilai opini", en: "opinion score" }),
  nodes: [
    {
      code: "dimensi",
      label: {
        id: "Empat dimensi (Input, Proses, Output, Pengaduan)",
        en: "Four dimensions (input, process, output, complaint handling)",
      },
      weight: "70",
      source: WEIGHTS_2025,
      scale: "komponen-0-100",
      description: {
        id: "Nilai gabungan keempat dimensi; pembagian bobot 70 % di antara dimensi tidak diketahui.",
        en: "Combined score of the four dimensions; how the 70 % is split among them is unknown.",
      },
    },
    {
      code: "kepercayaan",
      label: { id: "Kepercayaan Masyarakat", en: "Public trust" },
      weight: "30",
      source: WEIGHTS_2025,
      scale: "komponen-0-100",
      description: {
        id: "Survei kepercayaan masyarakat (≥ 30 responden per produk layanan).",
        en: "Public-trust survey (at least 30 respondents per service product).",
      },
    },
  ],
  predicates: null,
  aggregation: null,
  notes: [
    "Weights 70 % (four dimensions together) and 30 % (Kepercayaan Masyarakat) CONFIRMED by Ombudsman press releases 004 and 005/HM.01/I/2026; the split of the 70 % among Input, Proses, Output and Pengaduan is unknown, so the combined dimension score is the input.",
    "Output now uses secondary data (BPS, KemenPAN-RB, Kemendagri, Bappenas); 310 loci.",
    "Category cut-offs for 2025 were not found: classify() refuses (NO_PREDICATE_BANDS). The 2022–2024 cut-offs fit every 2025 data point found but are UNCONFIRMED for 2025; opini() uses them only when the caller passes them explicitly.",
    "The opinion may carry the qualifier “Tanpa Maladministrasi”, earned by following up Ombudsman findings: a qualifier, not a points deduction.",
    "Unit → instansi rule unknown: aggregate() refuses unless the caller names a strategy.",
  ],
} as const satisfies RubricDefinition;
