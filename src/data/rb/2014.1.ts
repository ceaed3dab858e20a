/**
 * Indeks Reformasi Birokrasi under PermenPAN-RB 14/2014 (index years 2014–2017):
 * Komponen Pengungkit 60 (eight areas, 33 sub-indicators, 146 PMPRB questions,
 * each sub-indicator the mean of its questions) + Komponen Hasil 40 (SAKIP 14,
 * internal survey 6, corruption-perception survey 7, Opini BPK 3, service-quality
 * survey 10), index 0–100. Reference note shared/reference/rb.md §1a, §2–§4.
 *
 * Plain data: the LKE structure is written once in ./shared.ts; this file adds
 * the 14/2014 sources and its own predicate table.
 */
import type { RubricDefinition, Source } from "../../model/types.js";
import { hasilNode, type LkeVersion, lkeScales, pengungkitNode, rbBands } from "./shared.js";
import { HREF, PERMEN_14_2014, RB_ROUNDING_SOURCE } from "./sources.js";

const V2014: LkeVersion = {
  instrument: "PermenPAN-RB 14/2014, Lampiran (LKE Indeks RB)",
  weightsConfirmed: true,
  weightsNote:
    "CORROBORATED (reference note §1a): the `lkerb` dump (tables kriteria, subkriteria) and the 2020 LKE manual (scribd 527013755, the old weights in parentheses) agree, and each area's sub-weights add up to the area weight. Both sources date from 2019–2020; that the same weights held from 2014 is the note's reading of them as the 14/2014 LKE.",
  versionNote: "",
};

const band = (range: string): Source => ({
  regulation: "Predikat Indeks RB (KemenPAN-RB)",
  part: `Kategori ${range}`,
  href: HREF.ACEH_2022,
  text: `Published range ${range}: the lower edge is exclusive, the upper inclusive ("> 80 – 90" is 80 < x ≤ 90); 0 is D.`,
  confirmed: false,
  note: "UNCONFIRMED for 14/2014 (reference note §4): the table is CONFIRMED for the 2022 evaluation (26/2020) by the Aceh infographic and is believed to have been the same throughout; the labels are the Aceh (SAKIP) wording.",
});

/** The predicate table of `rb@2014.1` (its own array: a correction here changes no other version). */
const PREDICATES_2014 = rbBands(band, "100");

export const RB_2014_1 = {
  id: "rb@2014.1",
  scheme: "rb",
  version: "2014.1",
  status: "official",
  title: {
    id: "Indeks Reformasi Birokrasi (PMPRB), PermenPAN-RB 14/2014",
    en: "Bureaucratic-reform index (PMPRB self-assessment), PermenPAN-RB 14/2014",
  },
  legalBasis: [PERMEN_14_2014],
  validFor: { from: 2014, to: 2017 },
  weightTotal: "100",
  scales: lkeScales(V2014),
  result: {
    min: "0",
    max: "100",
    multiplier: "100",
    rounding: { places: 2, mode: "halfUp", source: RB_ROUNDING_SOURCE },
    unit: { id: "Indeks RB, skala 0–100", en: "RB index, 0–100" },
    source: {
      regulation: "PermenPAN-RB 14/2014, Lampiran (LKE Indeks RB)",
      part: "Indeks RB = Komponen Pengungkit (60) + Komponen Hasil (40)",
      text: "Answers are values in [0, 1]; the weights are points, so the index is the weighted mean × 100 (0–100).",
      confirmed: true,
      note: "The 60 + 40 = 100 split: reference note §1a (CORROBORATED); Cilegon's article gives the index a maximum of 100.",
    },
  },
  nodes: [pengungkitNode(V2014), hasilNode(V2014)],
  predicates: PREDICATES_2014,
  aggregation: null,
  notes: [
    "Index years 2014–2017: the year named in 'Indeks RB tahun X' (the year whose reform is evaluated; the evaluation and its publication follow in the next months).",
    "Every Pengungkit question is required (a missing answer is an error, not a zero: the official rule for missing answers is unknown).",
    "The Hasil conversions (survey scales, Opini BPK values) are believed defaults marked unconfirmed; pass your own with deriveRubric(rb2014, { scales: { … } }, { id }).",
  ],
} as const satisfies RubricDefinition;
