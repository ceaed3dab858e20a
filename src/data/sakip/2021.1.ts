/**
 * Evaluasi AKIP under PermenPAN-RB 88/2021 (evaluations from 2022): four components
 * Perencanaan 30 / Pengukuran 30 / Pelaporan 15 / Evaluasi Akuntabilitas Kinerja Internal 25,
 * each split 20/30/50 into Keberadaan / Kualitas / Pemanfaatan; every sub-component is graded
 * AA … E = 100 … 0 % of its weight; value 0–100; seven predicates AA … D.
 * Every figure: reference note shared/reference/sakip-capaian.md §A1–A4 and the addendum.
 *
 * Grading per sub-component is this rubric (the default). Grading per criterion with an
 * equal-weight mean is a derived rubric built from the Pemda's own criterion counts
 * (perCriterion in kinerja/sakip); the counts are never hard-coded here.
 *
 * Plain data: type-only import of the model, sources and builders from sibling data files.
 */
import type { Band, RubricDefinition, RubricNode, Source, Text } from "../../model/types.js";
import { leaf, sevenBands } from "./shared.js";
import { CORROBORATED_2021, HREF, REG_2021, ROUNDING_SOURCE } from "./sources.js";

const GRADING_NOTE =
  "Graded per sub-component (the evaluator's AA–E grade applies to the sub-component; its criteria are the checklist and evidence): CORROBORATED by three implementations (reference note addendum). Only t-SEMAR grades each criterion and averages; that variant is perCriterion() in kinerja/sakip.";

/** Source of one sub-component weight. */
const subSource = (component: string, sub: string, pct: string, points: string): Source => ({
  regulation: REG_2021,
  part: `Komponen ${component}, sub-komponen ${sub}: ${pct}% of the component weight (${points} of 100)`,
  href: HREF.T_SEMAR,
  text: "Each component splits 20% / 30% / 50% into Keberadaan / Kualitas / Pemanfaatan.",
  confirmed: true,
  note: `${CORROBORATED_2021} ${GRADING_NOTE} The sub-component wording (description) is the MA RI adaptation; Pemda LKEs word it slightly differently (some call Keberadaan 'Pemenuhan'), UNCONFIRMED against the Lampiran.`,
});

const componentSource = (component: string, weight: string): Source => ({
  regulation: REG_2021,
  part: `Komponen ${component}: bobot ${weight}`,
  href: HREF.T_SEMAR,
  text: "Perencanaan 30, Pengukuran 30, Pelaporan 15, Evaluasi Akuntabilitas Kinerja Internal 25 (total 100).",
  confirmed: true,
  note: CORROBORATED_2021,
});

const KEBERADAAN: Text = { id: "Keberadaan", en: "Existence" };
const KUALITAS: Text = { id: "Kualitas", en: "Quality" };
const PEMANFAATAN: Text = { id: "Pemanfaatan", en: "Use" };

/** One component with its three sub-components, 20/30/50 of the component. */
const component = (
  code: string,
  label: Text,
  weight: string,
  points: readonly [string, string, string],
  descriptions: readonly [Text, Text, Text],
) =>
  ({
    code,
    label,
    weight,
    source: componentSource(label.id, weight),
    childWeightTotal: "100",
    children: [
      leaf(
        `${code}.keberadaan`,
        KEBERADAAN,
        "20",
        "nilai",
        subSource(label.id, "Keberadaan", "20", points[0]),
        descriptions[0],
      ),
      leaf(
        `${code}.kualitas`,
        KUALITAS,
        "30",
        "nilai",
        subSource(label.id, "Kualitas", "30", points[1]),
        descriptions[1],
      ),
      leaf(
        `${code}.pemanfaatan`,
        PEMANFAATAN,
        "50",
        "nilai",
        subSource(label.id, "Pemanfaatan", "50", points[2]),
        descriptions[2],
      ),
    ],
  }) as const satisfies RubricNode;

const bandSource = (range: string): Source => ({
  regulation: REG_2021,
  part: "Interpretasi predikat nilai AKIP",
  href: HREF.MAGELANG_2022,
  text: `Published range ${range}; the lower edge is exclusive ("> 90 – 100"), so 90.00 is A and 90.01 is AA; 0 is D.`,
  confirmed: true,
  note: "CORROBORATED (reference note §A4): the t-SEMAR predicate table ('AA (> 90 - 100)' … 'D (> 0 - 30)'), two further apps, and KemenPAN-RB figures in the news for 2022 (Kota Magelang, Prov. Kalsel: D 0–30, C 30–50, CC 50–60, B 60–70, BB 70–80, A 80–90, AA 90–100). Edge inclusivity comes from the '>' of the table and t-SEMAR's `score > min && score <= max`; KKE Trenggalek's '>= 90' is a local deviation. Applied to the value rounded to 2 decimals.",
});

/** The seven predicates under 88/2021 (own array; same edges as 12/2015). */
export const SAKIP_2021_PREDICATES = sevenBands(bandSource) satisfies ReadonlyArray<Band>;

export const SAKIP_2021_1 = {
  id: "sakip@2021.1",
  scheme: "sakip",
  version: "2021.1",
  status: "official",
  title: {
    id: "Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP), PermenPAN-RB 88/2021",
    en: "Government performance-accountability evaluation (SAKIP/AKIP) under PermenPAN-RB 88/2021",
  },
  legalBasis: [
    {
      regulation: "PermenPAN-RB 88/2021",
      part: "Evaluasi Akuntabilitas Kinerja Instansi Pemerintah, with Lampiran (komponen, sub-komponen, kriteria, nilai)",
      href: HREF.MAGELANG_2022,
      text: "Replaces PermenPAN-RB 12/2015; KemenPAN-RB results of December 2022 were assessed under it. Evaluation looks at the keberadaan, kualitas and pemanfaatan of each component.",
      confirmed: true,
      note: "CONFIRMED that 88/2021 applies from the 2022 evaluations (reference note §A0: Kota Magelang, data.kaltimprov.go.id). The Lampiran itself has not been seen; its figures are known from implementations (§A1–A4).",
    },
    {
      regulation: "PermenPAN-RB 88/2021, Pasal 6",
      part: "kebijakan teknis evaluasi AKIP of each instansi",
      href: HREF.INDRAMAYU,
      text: "Each agency head sets the technical policy for internal AKIP evaluations, so Inspektorat worksheets (criteria, sometimes scales) vary by Pemda: pin such a worksheet with deriveRubric.",
      confirmed: true,
      note: "Cited in the considerans of Perbup Indramayu 46/2023 (reference note §A0).",
    },
    {
      regulation: "Perpres 29/2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah",
      text: "The SAKIP system whose implementation is evaluated.",
      confirmed: true,
    },
  ],
  validFor: { from: 2022, to: null },
  weightTotal: "100",
  scales: {
    nilai: {
      kind: "options",
      options: [
        {
          code: "AA",
          value: "1",
          label: {
            id: "Seluruh kriteria terpenuhi dan dipertahankan minimal 5 tahun",
            en: "All criteria met and kept up for at least 5 years",
          },
        },
        {
          code: "A",
          value: "0.9",
          label: {
            id: "Seluruh kriteria terpenuhi dan dipertahankan minimal 1 tahun",
            en: "All criteria met and kept up for at least 1 year",
          },
        },
        {
          code: "BB",
          value: "0.8",
          label: {
            id: "Seluruh kriteria terpenuhi secara berkualitas sesuai mandat nasional",
            en: "All criteria met in quality, as the national mandate requires",
          },
        },
        {
          code: "B",
          value: "0.7",
          label: { id: "Sebagian besar kriteria terpenuhi (> 75% – 100%)", en: "Most criteria met (> 75% – 100%)" },
        },
        {
          code: "CC",
          value: "0.6",
          label: { id: "Sebagian besar kriteria terpenuhi (> 50% – 75%)", en: "Most criteria met (> 50% – 75%)" },
        },
        {
          code: "C",
          value: "0.5",
          label: { id: "Sebagian kecil kriteria terpenuhi (> 25% – 50%)", en: "A small part met (> 25% – 50%)" },
        },
        {
          code: "D",
          value: "0.3",
          label: { id: "Pemenuhan baru dimulai (> 0% – 25%)", en: "Fulfilment has only started (> 0% – 25%)" },
        },
        { code: "E", value: "0", label: { id: "Belum ada upaya sama sekali", en: "No effort at all" } },
      ],
      source: {
        regulation: REG_2021,
        part: "Nilai jawaban AA/A/BB/B/CC/C/D/E (% dari bobot)",
        href: HREF.T_SEMAR,
        text: "AA 100, A 90, BB 80, B 70, CC 60, C 50, D 30, E 0 per cent of the graded item's weight.",
        confirmed: true,
        note: "CORROBORATED values (reference note §A2.1): t-SEMAR ('Tabel Pengisian Nilai (A s.d. E).xlsx', criteria-row.tsx) and an unidentified LKE AKIP app (persentaseMap AA 100 … E 0). The option wording is paraphrased from the MA RI table only: the '5 years / 1 year' descriptions are UNCONFIRMED against the official Lampiran. Do not adopt one app's automatic grade suggestion from the share of criteria met: its thresholds conflict with these descriptions.",
      },
    },
  },
  result: {
    min: "0",
    max: "100",
    multiplier: "100",
    rounding: { places: 2, mode: "halfUp", source: ROUNDING_SOURCE },
    unit: { id: "Nilai AKIP (0–100)", en: "AKIP value (0–100)" },
    source: {
      regulation: REG_2021,
      part: "Rekapitulasi nilai: Σ komponen",
      href: HREF.T_SEMAR,
      text: "A sub-component's value is its grade's share of its weight; a component is the sum of its sub-components, the AKIP value the sum of the components (0–100). Here: weighted mean of the grades × 100.",
      confirmed: true,
      note: "CORROBORATED (reference note §A3): t-SEMAR, the unidentified LKE AKIP app, wp-eval-sakip, KKE Trenggalek.",
    },
  },
  nodes: [
    component(
      "perencanaan",
      { id: "Perencanaan Kinerja", en: "Performance planning" },
      "30",
      ["6", "9", "15"],
      [
        { id: "Dokumen perencanaan kinerja telah tersedia", en: "Performance-planning documents exist" },
        {
          id: "Dokumen perencanaan kinerja memenuhi standar yang baik (SMART, selaras/cascading, crosscutting)",
          en: "The planning documents meet good standards (SMART, cascaded, cross-cutting)",
        },
        {
          id: "Perencanaan kinerja dimanfaatkan untuk mewujudkan hasil yang berkesinambungan",
          en: "Planning is used to achieve lasting results",
        },
      ],
    ),
    component(
      "pengukuran",
      { id: "Pengukuran Kinerja", en: "Performance measurement" },
      "30",
      ["6", "9", "15"],
      [
        { id: "Pengukuran kinerja telah dilakukan", en: "Performance is measured" },
        {
          id: "Pengukuran kinerja telah menjadi kebutuhan, dilakukan berjenjang dan berkelanjutan",
          en: "Measurement is needed, cascaded and continuous",
        },
        {
          id: "Pengukuran kinerja menjadi dasar reward & punishment dan penyesuaian strategi",
          en: "Measurement drives reward and punishment and strategy adjustment",
        },
      ],
    ),
    component(
      "pelaporan",
      { id: "Pelaporan Kinerja", en: "Performance reporting" },
      "15",
      ["3", "4.5", "7.5"],
      [
        { id: "Terdapat dokumen laporan yang menggambarkan kinerja", en: "A report describing performance exists" },
        { id: "Dokumen laporan kinerja memenuhi standar", en: "The performance report meets the standards" },
        {
          id: "Pelaporan kinerja berdampak pada penyesuaian strategi/kebijakan",
          en: "Reporting leads to strategy or policy adjustments",
        },
      ],
    ),
    component(
      "evaluasi",
      { id: "Evaluasi Akuntabilitas Kinerja Internal", en: "Internal performance-accountability evaluation" },
      "25",
      ["5", "7.5", "12.5"],
      [
        {
          id: "Evaluasi akuntabilitas kinerja internal telah dilaksanakan",
          en: "Internal AKIP evaluation is carried out",
        },
        {
          id: "Evaluasi akuntabilitas kinerja internal dilaksanakan secara berkualitas dengan SDM yang memadai",
          en: "The internal evaluation is of good quality, with adequate staff",
        },
        {
          id: "Implementasi SAKIP meningkat karena evaluasi akuntabilitas kinerja internal",
          en: "SAKIP implementation improves because of the internal evaluation",
        },
      ],
    ),
  ],
  predicates: SAKIP_2021_PREDICATES,
  aggregation: null,
  requirements: [
    {
      code: "syarat-minimum-bb",
      label: {
        id: "Persyaratan minimum predikat BB (dan di atasnya) terpenuhi",
        en: "The minimum requirements for BB (and above) are met",
      },
      ceiling: "B",
      source: {
        regulation: "KemenPAN-RB, evaluation practice under PermenPAN-RB 88/2021",
        part: "Persyaratan minimum predikat (evaluator team, 2024)",
        text: "KemenPAN-RB grants A or BB only where minimum requirements are met, whatever the score ('tidak hanya terpaku pada nilai … kami punya persyaratan minimum').",
        confirmed: false,
        note: "UNCONFIRMED: the statement is quoted in issue #9 (KemenPAN-RB evaluator team, 2024); the searches of issue #9 did not find its page, nor a list of the requirements. The source does not say which predicate an unmet requirement leaves: the ceiling B (the highest band below BB) is the believed reading of 'A or BB only where met'. Never applied unless the caller states unmetRequirements.",
      },
    },
    {
      code: "syarat-minimum-a",
      label: {
        id: "Persyaratan minimum predikat A (dan di atasnya) terpenuhi",
        en: "The minimum requirements for A (and above) are met",
      },
      ceiling: "BB",
      source: {
        regulation: "KemenPAN-RB, evaluation practice under PermenPAN-RB 88/2021",
        part: "Persyaratan minimum predikat (evaluator team, 2024)",
        text: "As above: the requirements for A, separately from those for BB.",
        confirmed: false,
        note: "UNCONFIRMED: whether A has requirements of its own, beyond those of BB, is not stated; this entry lets a caller say 'meets BB's but not A's' (ceiling BB). If only one set exists, state syarat-minimum-bb alone.",
      },
    },
  ],
  notes: [
    "grading: per sub-component (default). Each of the 12 sub-components gets one grade AA–E; perCriterion(sakip2021, counts, { id }) derives the per-criterion variant (equal-weight mean of the Pemda's own criteria).",
    "Component weights 30/30/15/25 and the 20/30/50 split CORROBORATED by four implementations; the Lampiran itself has not been seen.",
    "Grade values AA 100 … E 0 % CORROBORATED; the grade descriptions (5 years / 1 year) are from the MA RI table only (UNCONFIRMED).",
    "Rounding UNCONFIRMED: exact, published half-up at 2 decimals; the apps' per-node rounding is withWorksheetRounding().",
    "Minimum requirements (ceilings B and BB) UNCONFIRMED, applied only when the caller states which are unmet.",
  ],
} as const satisfies RubricDefinition;
