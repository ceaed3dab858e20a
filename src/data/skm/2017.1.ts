/**
 * SKM / IKM of PermenPAN-RB 14/2017: nine elements U1–U9, each weighted exactly 1/9, on
 * the NRR (average answer, 1–4) of each element; IKM = Σ NRR/9 × 25 (25–100).
 * Every figure: reference note shared/reference/pekppp-skm.md §4 (tags S… and C… there).
 *
 * The leaves take the element averages (NRR, decimal 1–4), so `score(skm, { answers: { U1: "3.25", … } })`
 * works generically; raw respondent rows (integers 1–4) go through skmFromRespondents() in kinerja/skm,
 * which validates each answer against the `jawaban` scale below and computes the IKM as one exact quotient.
 *
 * Plain data: type-only import of the model.
 */
import type { Band, RubricDefinition, Source } from "../../model/types.js";
import { frozen } from "../freeze.js";
import { SKM_HREF, SKM_REGULATION } from "./sources.js";

const ELEMENT_NOTE =
  'CONFIRMED (reference note §4.1–4.2): nine elements, default weight exactly 1/9 (S11, S13, C8). The regulation lets a unit add elements or weight them differently if the weights sum to 1 (S12): use deriveRubric for such a variant. The order of U8 and U9 varies between sources; this follows the note (U8 Sarana dan Prasarana, U9 Penanganan Pengaduan). Many templates print the weight as 0.111, which cannot reproduce published values (see skmFromRespondents weightMode "printed").';

const bandSource = (range: string): Source => ({
  regulation: SKM_REGULATION,
  part: "Lampiran: nilai persepsi, interval IKM, interval konversi IKM, mutu pelayanan",
  href: SKM_HREF.S12,
  text: `Published interval konversi (NIK) ${range}.`,
  confirmed: true,
  note: "CONFIRMED (reference note §4.3): S12 (full table), S11 and C8 agree on 88.31 / 76.61 / 65.00 / 25.00; S12 prints 76.66 as the top of C, read as a typo for 76.60. Applied to the IKM rounded to 2 decimals.",
});

/** The four SKM categories (mutu pelayanan) on the converted IKM, 25–100. */
export const SKM_PREDICATES = [
  {
    code: "D",
    label: { id: "Tidak Baik", en: "Not good" },
    min: "25.00",
    minInclusive: true,
    max: "65.00",
    maxInclusive: false,
    source: bandSource("25.00 – 64.99"),
  },
  {
    code: "C",
    label: { id: "Kurang Baik", en: "Less than good" },
    min: "65.00",
    minInclusive: true,
    max: "76.60",
    maxInclusive: true,
    source: bandSource("65.00 – 76.60"),
  },
  {
    code: "B",
    label: { id: "Baik", en: "Good" },
    min: "76.60",
    minInclusive: false,
    max: "88.30",
    maxInclusive: true,
    source: bandSource("76.61 – 88.30"),
  },
  {
    code: "A",
    label: { id: "Sangat Baik", en: "Very good" },
    min: "88.30",
    minInclusive: false,
    max: "100.00",
    maxInclusive: true,
    source: bandSource("88.31 – 100.00"),
  },
] as const satisfies ReadonlyArray<Band>;

export const SKM_2017_1 = {
  id: "skm@2017.1",
  scheme: "skm",
  version: "2017.1",
  status: "official",
  title: {
    id: "Survei Kepuasan Masyarakat (SKM) / Indeks Kepuasan Masyarakat (IKM)",
    en: "Public satisfaction survey (SKM) / satisfaction index (IKM)",
  },
  legalBasis: [
    {
      regulation: "PermenPAN-RB 14/2017",
      part: "Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik, with Lampiran",
      text: "Service units survey their users' satisfaction on nine elements (unsur), each answered on a 1–4 scale.",
      confirmed: true,
    },
  ],
  validFor: { from: 2017, to: null },
  weightTotal: "1",
  scales: {
    nrr: {
      kind: "decimal",
      min: "1",
      max: "4",
      source: {
        regulation: SKM_REGULATION,
        part: "Lampiran: nilai rata-rata (NRR) per unsur",
        href: SKM_HREF.S13,
        text: "NRR of an element = sum of its answers / number of filled questionnaires; 1–4.",
        confirmed: true,
        note: "Pass NRRs unrounded (at most 20 significant digits); a non-terminating average such as 10/3 cannot be passed exactly: use skmFromRespondents for raw answers.",
      },
    },
    jawaban: {
      kind: "integer",
      min: 1,
      max: 4,
      source: {
        regulation: SKM_REGULATION,
        part: "Lampiran: kuesioner, pilihan a–d = nilai persepsi 1–4",
        href: SKM_HREF.S20,
        text: "Each respondent answers each element with option a–d, scored 1–4.",
        confirmed: true,
        note: "Used by skmFromRespondents to check each respondent answer; no leaf uses it directly.",
      },
    },
  },
  result: {
    min: "25",
    max: "100",
    multiplier: "25",
    rounding: {
      places: 2,
      mode: "halfUp",
      source: {
        regulation: SKM_REGULATION,
        part: "Lampiran: IKM unit pelayanan × 25 (nilai konversi)",
        href: SKM_HREF.S16,
        text: "The converted IKM is published with 2 decimals (e.g. 75.56, 86.29, 94.61) and the category edges are 2-decimal values.",
        confirmed: false,
        note: "UNCONFIRMED tie rule and rounding point: published values have 2 decimals, but half-up, once at the end, is the reference note's recommendation (§7, addendum), not a sourced rule. Rounded once, at the end: the unrounded element values are summed (reference note addendum). Templates that round each NRR first can differ by 0.01; the regulation's own text on intermediate rounding has not been seen.",
      },
    },
    unit: { id: "IKM (nilai konversi 25–100)", en: "Satisfaction index, converted (25–100)" },
  },
  nodes: [
    {
      code: "U1",
      label: { id: "Persyaratan", en: "Requirements" },
      weight: "1/9",
      source: {
        regulation: SKM_REGULATION,
        part: "Lampiran: unsur Persyaratan, bobot 1/9",
        href: SKM_HREF.S13,
        confirmed: true,
        note: `${ELEMENT_NOTE} Option wording (levels) follows the usual SKM questionnaire (S20 shows options a–d mapped to 1–4); the words of each option are illustrative, not a scored figure.`,
      },
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
      source: {
        regulation: SKM_REGULATION,
        part: "Lampiran: unsur Sistem, Mekanisme, dan Prosedur, bobot 1/9",
        href: SKM_HREF.S13,
        confirmed: true,
        note: `${ELEMENT_NOTE} Option wording (levels) follows the usual SKM questionnaire (S20 shows options a–d mapped to 1–4); the words of each option are illustrative, not a scored figure.`,
      },
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
      source: {
        regulation: SKM_REGULATION,
        part: "Lampiran: unsur Waktu Penyelesaian, bobot 1/9",
        href: SKM_HREF.S13,
        confirmed: true,
        note: `${ELEMENT_NOTE} Option wording (levels) follows the usual SKM questionnaire (S20 shows options a–d mapped to 1–4); the words of each option are illustrative, not a scored figure.`,
      },
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
      source: {
        regulation: SKM_REGULATION,
        part: "Lampiran: unsur Biaya/Tarif, bobot 1/9",
        href: SKM_HREF.S13,
        confirmed: true,
        note: `${ELEMENT_NOTE} Option wording (levels) follows the usual SKM questionnaire (S20 shows options a–d mapped to 1–4); the words of each option are illustrative, not a scored figure.`,
      },
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
      source: {
        regulation: SKM_REGULATION,
        part: "Lampiran: unsur Produk Spesifikasi Jenis Pelayanan, bobot 1/9",
        href: SKM_HREF.S13,
        confirmed: true,
        note: `${ELEMENT_NOTE} Option wording (levels) follows the usual SKM questionnaire (S20 shows options a–d mapped to 1–4); the words of each option are illustrative, not a scored figure.`,
      },
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
      source: {
        regulation: SKM_REGULATION,
        part: "Lampiran: unsur Kompetensi Pelaksana, bobot 1/9",
        href: SKM_HREF.S13,
        confirmed: true,
        note: `${ELEMENT_NOTE} Option wording (levels) follows the usual 14/2017 questionnaire template; not seen in S20's public excerpt (unverified).`,
      },
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
      source: {
        regulation: SKM_REGULATION,
        part: "Lampiran: unsur Perilaku Pelaksana, bobot 1/9",
        href: SKM_HREF.S13,
        confirmed: true,
        note: `${ELEMENT_NOTE} Option wording (levels) follows the usual SKM questionnaire (S20 shows options a–d mapped to 1–4); the words of each option are illustrative, not a scored figure.`,
      },
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
      source: {
        regulation: SKM_REGULATION,
        part: "Lampiran: unsur Sarana dan Prasarana, bobot 1/9",
        href: SKM_HREF.S13,
        confirmed: true,
        note: `${ELEMENT_NOTE} Option wording (levels) follows the usual SKM questionnaire (S20 shows options a–d mapped to 1–4); the words of each option are illustrative, not a scored figure.`,
      },
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
      source: {
        regulation: SKM_REGULATION,
        part: "Lampiran: unsur Penanganan Pengaduan, Saran dan Masukan, bobot 1/9",
        href: SKM_HREF.S13,
        confirmed: true,
        note: `${ELEMENT_NOTE} Option wording (levels) follows the usual 14/2017 questionnaire template; not seen in S20's public excerpt (unverified).`,
      },
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
    'Weights are exactly 1/9: all-4 answers give exactly 100.00. The printed weight 0.111 gives 99.90 and is available only as skmFromRespondents/skmFromNrr weightMode "printed" (legacy, never the default).',
    "No unit → instansi rule is stated in the sources: aggregate() needs an explicit strategy.",
  ],
} as const satisfies RubricDefinition;

/** One row of the 14/2017 interval table: perception value, IKM interval (1–4), converted interval (25–100), category. */
export interface SkmIntervalRow {
  readonly persepsi: 1 | 2 | 3 | 4;
  /** Interval NI on the 1–4 scale, as printed. */
  readonly ni: { readonly min: string; readonly max: string };
  /** Interval konversi NIK on the 25–100 scale, as printed. */
  readonly nik: { readonly min: string; readonly max: string };
  readonly mutu: "A" | "B" | "C" | "D";
  readonly kinerja: string;
}

/**
 * The full interval table of PermenPAN-RB 14/2017 (S12; S11 and C8 for the NIK column), as printed.
 * The NI column has printed gaps (2.5996|2.60, 3.064|3.0644): classify an NI value by converting it
 * (× 25) and rounding to 2 decimals, as classifyNi() does, never by looking it up here.
 */
export const SKM_2017_INTERVALS = /* @__PURE__ */ frozen([
  {
    persepsi: 1,
    ni: { min: "1.00", max: "2.5996" },
    nik: { min: "25.00", max: "64.99" },
    mutu: "D",
    kinerja: "Tidak Baik",
  },
  {
    persepsi: 2,
    ni: { min: "2.60", max: "3.064" },
    nik: { min: "65.00", max: "76.60" },
    mutu: "C",
    kinerja: "Kurang Baik",
  },
  { persepsi: 3, ni: { min: "3.0644", max: "3.532" }, nik: { min: "76.61", max: "88.30" }, mutu: "B", kinerja: "Baik" },
  {
    persepsi: 4,
    ni: { min: "3.5324", max: "4.00" },
    nik: { min: "88.31", max: "100.00" },
    mutu: "A",
    kinerja: "Sangat Baik",
  },
] as const satisfies ReadonlyArray<SkmIntervalRow>);

export const SKM_2017_INTERVALS_SOURCE = /* @__PURE__ */ frozen({
  regulation: SKM_REGULATION,
  part: "Lampiran: tabel nilai persepsi, interval IKM dan interval konversi IKM",
  href: SKM_HREF.S12,
  confirmed: true,
  note: "S12 prints 65.00 – 76.66 for C; S11 and C8 print 76.60, which fits the 76.61 start of B (76.66 read as a typo). Older 1–4 bands 1.00–2.59 / 2.60–3.06 / 3.07–3.53 / 3.54–4.00 (S21) belong to Kepmen 25/2004 and are not used.",
} as const satisfies Source);
