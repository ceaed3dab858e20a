/**
 * Indeks Reformasi Birokrasi under PermenPAN-RB 14/2014 as amended by 30/2018
 * and 8/2019 (index years 2018–2019). The amendments' Lampiran has not been
 * found; the figures are those of the 14/2014 LKE (`rb@2014.1`), which the
 * reference note believes stayed in force (shared/reference/rb.md §1b). A
 * separate id, with the same figures, so that the day the real Lampiran is
 * read, this rubric can change (as `rb@2018.2`) without touching 2014–2017.
 *
 * Plain data: the LKE structure is written once in ./shared.ts; this file adds
 * the 30/2018 sources (every weight unconfirmed) and its own predicate table.
 */
import type { RubricDefinition, Source } from "../../model/types.js";
import { hasilNode, type LkeVersion, lkeScales, pengungkitNode, rbBands } from "./shared.js";
import { HREF, PERMEN_8_2019, PERMEN_14_2014, PERMEN_30_2018, RB_ROUNDING_SOURCE } from "./sources.js";

const AMENDED =
  "UNCONFIRMED for 30/2018 and 8/2019 (reference note §1b): their Lampiran has not been found. The figure is carried over from the 14/2014 LKE because the June-2019 `lkerb` dump and the 2020 LKE manual (which rescales these as the 'old' weights) show no other weighting; 30/2018 most likely changed the Hasil surveys, which is not known.";

const V2018: LkeVersion = {
  instrument: "PermenPAN-RB 14/2014 as amended by 30/2018 and 8/2019, Lampiran (LKE Indeks RB)",
  weightsConfirmed: false,
  weightsNote: AMENDED,
  versionNote:
    "UNCONFIRMED for 30/2018 and 8/2019: their Lampiran has not been found; carried over from the 14/2014 LKE (reference note §1b).",
};

const band = (range: string): Source => ({
  regulation: "Predikat Indeks RB (KemenPAN-RB)",
  part: `Kategori ${range}`,
  href: HREF.ACEH_2022,
  text: `Published range ${range}: the lower edge is exclusive, the upper inclusive ("> 60 – 70" is 60 < x ≤ 70); 0 is D.`,
  confirmed: false,
  note: "UNCONFIRMED for 30/2018 (reference note §4): CONFIRMED for the 2022 evaluation (Aceh infographic) and believed the same throughout. Kota Cilegon's 2018 index of 60.27 was reported as 'baik' (radarbanten.co.id), which fits B > 60 – 70.",
});

/** The predicate table of `rb@2018.1` (its own array: a correction here changes no other version). */
const PREDICATES_2018 = rbBands(band, "100");

export const RB_2018_1 = {
  id: "rb@2018.1",
  scheme: "rb",
  version: "2018.1",
  status: "official",
  title: {
    id: "Indeks Reformasi Birokrasi (PMPRB), PermenPAN-RB 14/2014 jo. 30/2018 dan 8/2019",
    en: "Bureaucratic-reform index (PMPRB self-assessment), PermenPAN-RB 14/2014 as amended by 30/2018 and 8/2019",
  },
  legalBasis: [PERMEN_30_2018, PERMEN_8_2019, PERMEN_14_2014],
  validFor: { from: 2018, to: 2019 },
  weightTotal: "100",
  scales: lkeScales(V2018),
  result: {
    min: "0",
    max: "100",
    multiplier: "100",
    rounding: { places: 2, mode: "halfUp", source: RB_ROUNDING_SOURCE },
    unit: { id: "Indeks RB, skala 0–100", en: "RB index, 0–100" },
    source: {
      regulation: "PermenPAN-RB 14/2014 as amended by 30/2018 and 8/2019",
      part: "Indeks RB = Komponen Pengungkit (60) + Komponen Hasil (40)",
      href: HREF.RADAR_BANTEN_CILEGON,
      text: "Answers are values in [0, 1]; the weights are points, so the index is the weighted mean × 100 (0–100). Cilegon (2019): the index reaches at most 100 and is scored through eight change areas.",
      confirmed: false,
      note: AMENDED,
    },
  },
  nodes: [pengungkitNode(V2018), hasilNode(V2018)],
  predicates: PREDICATES_2018,
  aggregation: null,
  notes: [
    "Same figures as rb@2014.1, kept under its own id: the amendments' Lampiran is unknown, so every figure here is unconfirmed, and a future correction must not change results of 2014–2017.",
    "Index years 2018–2019: 30/2018 for the 2018 index (Kota Cilegon, 60.27), 8/2019 believed for 2019; 26/2020 replaced both from the 2020 index.",
    "Every Pengungkit question is required (a missing answer is an error, not a zero: the official rule for missing answers is unknown).",
  ],
} as const satisfies RubricDefinition;
