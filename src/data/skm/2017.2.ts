/**
 * skm@2017.2: SKM / IKM of PermenPAN-RB 14/2017 — the same figures as skm@2017.1 (nine elements U1–U9, each
 * weighted exactly 1/9, on the NRR of each element; IKM = Σ NRR/9 × 25, 25–100), with one correction (issue #7,
 * data corrections; skm@2017.1 stays as published): the 1/9 weight no longer cites a page that prints 0.111 (S13)
 * but what really shows 1/9 — published results that only the exact weight reproduces (SKM Bantul 2023, S16;
 * Tulang Bawang Barat all-4 = 100, S11).
 * Every figure: reference note shared/reference/pekppp-skm.md §4 (tags S… and C… there).
 *
 * Legal basis, scales, result and categories are skm@2017.1's, by reference (skm@2017.1 is locked, so they
 * cannot drift apart). The nine element nodes are copied with their new weight source.
 *
 * Plain data: type-only import of the model, data from sibling data files.
 */
import type { RubricDefinition, Source } from "../../model/types.js";
import { SKM_2017_1, SKM_PREDICATES } from "./2017.1.js";
import { SKM_HREF, SKM_REGULATION, SKM_WEIGHT_1_9_EVIDENCE } from "./sources.js";

const ELEMENT_NOTE = `CONFIRMED (reference note §4.1–4.2): nine elements, each weighing exactly 1/9. ${SKM_WEIGHT_1_9_EVIDENCE} The regulation lets a unit add elements or weight them differently if the weights sum to 1 (S12): use deriveRubric for such a variant. The order of U8 and U9 varies between sources; this follows the note (U8 Sarana dan Prasarana, U9 Penanganan Pengaduan). The printed weight 0.111 is available only as skmFromRespondents/skmFromNrr weightMode "printed".`;

const LEVELS_S20 =
  "Option wording (levels) follows the usual SKM questionnaire (S20 shows options a–d mapped to 1–4); the words of each option are illustrative, not a scored figure.";
const LEVELS_TEMPLATE =
  "Option wording (levels) follows the usual 14/2017 questionnaire template; not seen in S20's public excerpt (unverified).";

/** The source of one element's 1/9 weight: the published results it reproduces (S16, S11). */
const weightSource = (element: string, levels: string) =>
  ({
    regulation: SKM_REGULATION,
    part: `Lampiran: unsur ${element}, bobot 1/9`,
    href: SKM_HREF.S16,
    text: "Each of the nine elements weighs exactly 1/9; the weighted element values are summed unrounded.",
    confirmed: true,
    note: `${ELEMENT_NOTE} ${levels}`,
  }) as const satisfies Source;

export const SKM_2017_2 = {
  id: "skm@2017.2",
  scheme: "skm",
  version: "2017.2",
  status: "official",
  title: SKM_2017_1.title,
  legalBasis: SKM_2017_1.legalBasis,
  validFor: { from: 2017, to: null },
  weightTotal: "1",
  scales: SKM_2017_1.scales,
  result: {
    ...SKM_2017_1.result,
    source: {
      regulation: "PermenPAN-RB 14/2017",
      part: "Lampiran: nilai interval konversi IKM (IKM unit pelayanan × 25), 25–100",
      text: "The unit IKM is the weighted mean of the nine elements (1–4) times 25, so it runs from 25 to 100.",
      confirmed: true,
    },
  },
  nodes: [
    {
      code: "U1",
      label: { id: "Persyaratan", en: "Requirements" },
      weight: "1/9",
      source: weightSource("Persyaratan", LEVELS_S20),
      scale: "nrr",
      levels: [
        { value: "1", label: { id: "a. Tidak sesuai", en: "Not appropriate" } },
        { value: "2", label: { id: "b. Kurang sesuai", en: "Somewhat appropriate" } },
        { value: "3", label: { id: "c. Sesuai", en: "Appropriate" } },
        { value: "4", label: { id: "d. Sangat sesuai", en: "Very appropriate" } },
      ],
    },
    {
      code: "U2",
      label: { id: "Sistem, Mekanisme, dan Prosedur", en: "System, mechanism and procedure" },
      weight: "1/9",
      source: weightSource("Sistem, Mekanisme, dan Prosedur", LEVELS_S20),
      scale: "nrr",
      levels: [
        { value: "1", label: { id: "a. Tidak mudah", en: "Not easy" } },
        { value: "2", label: { id: "b. Kurang mudah", en: "Somewhat easy" } },
        { value: "3", label: { id: "c. Mudah", en: "Easy" } },
        { value: "4", label: { id: "d. Sangat mudah", en: "Very easy" } },
      ],
    },
    {
      code: "U3",
      label: { id: "Waktu Penyelesaian", en: "Completion time" },
      weight: "1/9",
      source: weightSource("Waktu Penyelesaian", LEVELS_S20),
      scale: "nrr",
      levels: [
        { value: "1", label: { id: "a. Tidak cepat", en: "Not fast" } },
        { value: "2", label: { id: "b. Kurang cepat", en: "Somewhat fast" } },
        { value: "3", label: { id: "c. Cepat", en: "Fast" } },
        { value: "4", label: { id: "d. Sangat cepat", en: "Very fast" } },
      ],
    },
    {
      code: "U4",
      label: { id: "Biaya/Tarif", en: "Cost/fee" },
      weight: "1/9",
      source: weightSource("Biaya/Tarif", LEVELS_S20),
      scale: "nrr",
      levels: [
        { value: "1", label: { id: "a. Sangat mahal", en: "Very expensive" } },
        { value: "2", label: { id: "b. Cukup mahal", en: "Fairly expensive" } },
        { value: "3", label: { id: "c. Murah", en: "Cheap" } },
        { value: "4", label: { id: "d. Gratis", en: "Free" } },
      ],
    },
    {
      code: "U5",
      label: { id: "Produk Spesifikasi Jenis Pelayanan", en: "Service product as specified" },
      weight: "1/9",
      source: weightSource("Produk Spesifikasi Jenis Pelayanan", LEVELS_S20),
      scale: "nrr",
      levels: [
        { value: "1", label: { id: "a. Tidak sesuai", en: "Not as specified" } },
        { value: "2", label: { id: "b. Kurang sesuai", en: "Partly as specified" } },
        { value: "3", label: { id: "c. Sesuai", en: "As specified" } },
        { value: "4", label: { id: "d. Sangat sesuai", en: "Fully as specified" } },
      ],
    },
    {
      code: "U6",
      label: { id: "Kompetensi Pelaksana", en: "Staff competence" },
      weight: "1/9",
      source: weightSource("Kompetensi Pelaksana", LEVELS_TEMPLATE),
      scale: "nrr",
      levels: [
        { value: "1", label: { id: "a. Tidak kompeten", en: "Not competent" } },
        { value: "2", label: { id: "b. Kurang kompeten", en: "Somewhat competent" } },
        { value: "3", label: { id: "c. Kompeten", en: "Competent" } },
        { value: "4", label: { id: "d. Sangat kompeten", en: "Very competent" } },
      ],
    },
    {
      code: "U7",
      label: { id: "Perilaku Pelaksana", en: "Staff behaviour" },
      weight: "1/9",
      source: weightSource("Perilaku Pelaksana", LEVELS_S20),
      scale: "nrr",
      levels: [
        { value: "1", label: { id: "a. Tidak sopan dan ramah", en: "Not polite and friendly" } },
        { value: "2", label: { id: "b. Kurang sopan dan ramah", en: "Somewhat polite and friendly" } },
        { value: "3", label: { id: "c. Sopan dan ramah", en: "Polite and friendly" } },
        { value: "4", label: { id: "d. Sangat sopan dan ramah", en: "Very polite and friendly" } },
      ],
    },
    {
      code: "U8",
      label: { id: "Sarana dan Prasarana", en: "Facilities and infrastructure" },
      weight: "1/9",
      source: weightSource("Sarana dan Prasarana", LEVELS_S20),
      scale: "nrr",
      levels: [
        { value: "1", label: { id: "a. Buruk", en: "Poor" } },
        { value: "2", label: { id: "b. Cukup", en: "Fair" } },
        { value: "3", label: { id: "c. Baik", en: "Good" } },
        { value: "4", label: { id: "d. Sangat baik", en: "Very good" } },
      ],
    },
    {
      code: "U9",
      label: { id: "Penanganan Pengaduan, Saran dan Masukan", en: "Handling of complaints, suggestions and input" },
      weight: "1/9",
      source: weightSource("Penanganan Pengaduan, Saran dan Masukan", LEVELS_TEMPLATE),
      scale: "nrr",
      levels: [
        { value: "1", label: { id: "a. Tidak ada", en: "None" } },
        { value: "2", label: { id: "b. Ada tetapi tidak berfungsi", en: "Exists but does not work" } },
        { value: "3", label: { id: "c. Berfungsi kurang maksimal", en: "Works, not fully" } },
        { value: "4", label: { id: "d. Dikelola dengan baik", en: "Well managed" } },
      ],
    },
  ],
  predicates: SKM_PREDICATES,
  aggregation: null,
  notes: [
    "IKM = (Σ NRR_u × 1/9) × 25, exact; published value rounded half-up to 2 decimals, then categorised.",
    'Weights are exactly 1/9: all-4 answers give exactly 100.00 (as Tulang Bawang Barat displays, S11) and SKM Bantul 2023\'s published element values give its published 87.28 (S16). The printed weight 0.111 gives 99.90 and 87.19 and is available only as skmFromRespondents/skmFromNrr weightMode "printed" (legacy, never the default).',
    "Correction of skm@2017.1 (issue #7 data review): the same figures; the 1/9 weight cited a page that prints 0.111 (S13) and now cites the published results it reproduces. skm@2017.1 stays available for teams that pinned it.",
    "No unit → instansi rule is stated in the sources: aggregate() needs an explicit strategy.",
  ],
} as const satisfies RubricDefinition;
