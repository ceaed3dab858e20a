/**
 * Evaluasi atas Implementasi SAKIP under PermenPAN-RB 12/2015 (evaluations 2015–2021): five
 * components A Perencanaan 30 (I Renstra 10: 2/5/3; II Kinerja Tahunan 20: 4/10/6),
 * B Pengukuran 25 (5/12.5/7.5), C Pelaporan 15 (3/7.5/4.5), D Evaluasi Internal 10 (2/5/3),
 * E Capaian Kinerja 20 (output 7.5, outcome 12.5); value 0–100; seven predicates AA … D.
 * Every figure: reference note shared/reference/sakip-capaian.md §A4–A5 and the addendum.
 *
 * Each leaf is a sub-component whose answer is the MEAN of its criterion values in [0, 1]
 * (Y/T = 1/0, A–E = 1, 0.75, 0.5, 0.25, 0): the criteria themselves, and how many each
 * sub-component has, are not known from the sources and are not invented here. To score
 * from the criterion answers, derive a rubric with the Pemda's counts (perCriterion in
 * kinerja/sakip), which keeps thirds and sevenths exact.
 *
 * Plain data: type-only import of the model, sources and builders from sibling data files.
 */
import type { Band, RubricDefinition, RubricNode, Source, Text } from "../../model/types.js";
import { frozen } from "../freeze.js";
import { leaf, sevenBands } from "./shared.js";
import { CORROBORATED_2015, HREF, REG_2015, ROUNDING_SOURCE } from "./sources.js";

/** Source of one weight of the 12/2015 tree, as printed in the LKE ("PEMENUHAN RENSTRA (2%)"). */
const weightSource = (part: string): Source => ({
  regulation: REG_2015,
  part,
  text: "Weights are points of the 100-point AKIP value, as the LKE prints them.",
  confirmed: true,
  note: CORROBORATED_2015,
});

/** The Capaian Kinerja sub-components: UNCONFIRMED whether 12/2015 had a third one. */
const capaianSource = (part: string): Source => ({
  regulation: REG_2015,
  part,
  text: "Capaian Kinerja (20) = kinerja yang dilaporkan: output 7.5 and outcome 12.5.",
  confirmed: false,
  note: "UNCONFIRMED (reference note §A5 and addendum): both independent implementations, and the follow-up research, show only output 7.5 / outcome 12.5; the Lampiran has not been seen, so a third sub-component ('kinerja tahun berjalan / benchmark', which the older 25/2012 scheme had as output 5 / outcome 10 / benchmark 5) cannot be ruled out from primary text.",
});

/** A sub-component leaf answered with the mean of its criterion values. */
const sub = (code: string, label: Text, weight: string, part: string): RubricNode =>
  leaf(code, label, weight, "rata-rata", weightSource(part));

const bandSource = (range: string): Source => ({
  regulation: REG_2015,
  part: "Kategori/predikat nilai hasil evaluasi",
  href: HREF.BANDS_2018,
  text: `Published range ${range}; lower edge exclusive, upper edge inclusive; 0 is D.`,
  confirmed: true,
  note: "CORROBORATED by the follow-up research for issue #9: KemenPAN-RB's deputy quoted AA 90–100, A 80–90, BB 70–80, B 60–70, CC 50–60, C 30–50, D < 30 for the 2018 evaluation (posjateng.id, Feb 2019), and every published value found fits these bands: 2015 evaluation Bengkulu 63.74 B, 50.88 CC, 50.21 CC, 48.04 C, 34.67 C (pedomanbengkulu.com); Kab. Banyumas 2020 74.96 BB (Republika); Kab. Situbondo 81.50 (2019) and 82.39 (2020) A (memontum.com). The provincial results of December 2015 already use BB (jpnn.com), which the older bands did not have. Labels and edge inclusivity as in the 88/2021 table (reference note §A4). The bands before 2015 were different (SAKIP_PREDICATES_BEFORE_2015).",
});

/** The seven predicates under 12/2015 (own array; same edges as 88/2021). */
export const SAKIP_2015_PREDICATES = sevenBands(bandSource) satisfies ReadonlyArray<Band>;

const before2015Source = (range: string): Source => ({
  regulation: "PermenPAN(-RB) KEP/135/M.PAN/9/2004, 13/2010, 35/2011, 25/2012 (juklak evaluasi AKIP before 12/2015)",
  part: "Kategori nilai hasil evaluasi AKIP (evaluations up to 2014)",
  href: HREF.BANDS_2014,
  text: `Published range ${range} (Kompas, December 2014, on the 2014 evaluation of the kab/kota LAKIP 2013).`,
  confirmed: false,
  note: "UNCONFIRMED: one news report (Kompas via batukarinfo.com) gives AA 85–100 memuaskan, A 75–85 sangat baik, B 65–75 baik, CC 50–65 cukup, C 30–50 kurang, D 0–30 sangat kurang; in 2013 KemenPAN-RB's deputy called CC 'cukup baik' and C 'agak kurang', and mentioned a 'B+' between B and A for two provinces (jogya.com), which these six bands do not show. Edge inclusivity is not stated; written here like the later table (lower edge exclusive). No rubric uses these bands: they only classify historical values.",
});

/**
 * The predicate bands of the evaluations before PermenPAN-RB 12/2015 (up to 2014): six bands,
 * AA > 85, A > 75, B > 65, CC > 50, C > 30, D. UNCONFIRMED (one news source). No rubric uses
 * them; pass them to deriveRubric({ predicates }) to classify a pre-2015 value.
 */
export const SAKIP_PREDICATES_BEFORE_2015 = /* @__PURE__ */ frozen([
  {
    code: "D",
    label: { id: "Sangat Kurang", en: "Very poor" },
    min: "0",
    minInclusive: true,
    max: "30",
    maxInclusive: true,
    source: before2015Source("0 – 30"),
  },
  {
    code: "C",
    label: { id: "Agak Kurang", en: "Rather poor" },
    min: "30",
    minInclusive: false,
    max: "50",
    maxInclusive: true,
    source: before2015Source("> 30 – 50"),
  },
  {
    code: "CC",
    label: { id: "Cukup Baik", en: "Fairly good" },
    min: "50",
    minInclusive: false,
    max: "65",
    maxInclusive: true,
    source: before2015Source("> 50 – 65"),
  },
  {
    code: "B",
    label: { id: "Baik", en: "Good" },
    min: "65",
    minInclusive: false,
    max: "75",
    maxInclusive: true,
    source: before2015Source("> 65 – 75"),
  },
  {
    code: "A",
    label: { id: "Sangat Baik", en: "Very good" },
    min: "75",
    minInclusive: false,
    max: "85",
    maxInclusive: true,
    source: before2015Source("> 75 – 85"),
  },
  {
    code: "AA",
    label: { id: "Memuaskan", en: "Satisfactory" },
    min: "85",
    minInclusive: false,
    max: "100",
    maxInclusive: true,
    source: before2015Source("> 85 – 100"),
  },
] as const satisfies ReadonlyArray<Band>);

export const SAKIP_2015_1 = {
  id: "sakip@2015.1",
  scheme: "sakip",
  version: "2015.1",
  status: "official",
  title: {
    id: "Evaluasi atas Implementasi SAKIP, PermenPAN-RB 12/2015",
    en: "Evaluation of SAKIP implementation under PermenPAN-RB 12/2015",
  },
  legalBasis: [
    {
      regulation: "PermenPAN-RB 12/2015",
      part: "Pedoman Evaluasi atas Implementasi SAKIP, with Lampiran (komponen, sub-komponen, kriteria)",
      href: HREF.SABANG_2021,
      text: "Five components, including Capaian Kinerja; used for the evaluations of 2015 to 2021 (Kota Sabang still issued a juklak on it in 2021).",
      confirmed: true,
      note: "CONFIRMED (reference note §A0): Kota Sabang Perwali 18/2021 considerans; data.kaltimprov.go.id (five components under 12/2015). The Lampiran itself has not been seen.",
    },
    {
      regulation: "Perpres 29/2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah",
      text: "The SAKIP system whose implementation is evaluated.",
      confirmed: true,
    },
  ],
  validFor: { from: 2015, to: 2021 },
  weightTotal: "100",
  scales: {
    "rata-rata": {
      kind: "decimal",
      min: "0",
      max: "1",
      source: {
        regulation: REG_2015,
        part: "Lembar Kerja Evaluasi: nilai sub-komponen",
        href: HREF.WP_EVAL_SAKIP,
        text: "The sub-component's answer is the mean of its criterion values, each in [0, 1] (Y = 1, T = 0; A = 1, B = 0.75, C = 0.5, D = 0.25, E = 0); its points are mean × its weight.",
        confirmed: false,
        note: "UNCONFIRMED from primary text (reference note §A5): the answer values and the 'mean × weight' roll-up are those kept in wp-eval-sakip (kp_tipe 1 and 2, class-wp-eval-sakip-public-lke.php). A village adaptation instead sums absolute option values per criterion (a 'sum' roll-up, shown in test/sakip as a derived rubric with combine: \"sum\").",
      },
    },
    "y-t": {
      kind: "options",
      options: [
        { code: "Y", value: "1", label: { id: "Ya", en: "Yes" } },
        { code: "T", value: "0", label: { id: "Tidak", en: "No" } },
      ],
      source: {
        regulation: REG_2015,
        part: "Lembar Kerja Evaluasi: jawaban Y/T per kriteria",
        href: HREF.WP_EVAL_SAKIP,
        text: "A yes/no criterion: Y = 1, T = 0.",
        confirmed: false,
        note: "UNCONFIRMED from primary text (reference note §A5): wp-eval-sakip (kp_tipe 1) and KKE Trenggalek (TingkatanNilaiSeeder). Used only by rubrics derived with perCriterion; the base rubric takes the sub-component mean.",
      },
    },
    "a-e": {
      kind: "options",
      options: [
        { code: "A", value: "1" },
        { code: "B", value: "0.75" },
        { code: "C", value: "0.5" },
        { code: "D", value: "0.25" },
        { code: "E", value: "0" },
      ],
      source: {
        regulation: REG_2015,
        part: "Lembar Kerja Evaluasi: jawaban A/B/C/D/E per kriteria",
        href: HREF.WP_EVAL_SAKIP,
        text: "A graded criterion: A = 1, B = 0.75, C = 0.5, D = 0.25, E = 0.",
        confirmed: false,
        note: "UNCONFIRMED from primary text (reference note §A5): the common mapping kept in wp-eval-sakip (kp_tipe 2). KKE Trenggalek uses A/B/C/D = 1/0.66/0.33/0 under 88/2021 (local policy, not this rubric). Used only by rubrics derived with perCriterion.",
      },
    },
    jawaban: {
      kind: "options",
      options: [
        { code: "Y", value: "1", label: { id: "Ya", en: "Yes" } },
        { code: "T", value: "0", label: { id: "Tidak", en: "No" } },
        { code: "A", value: "1" },
        { code: "B", value: "0.75" },
        { code: "C", value: "0.5" },
        { code: "D", value: "0.25" },
        { code: "E", value: "0" },
      ],
      source: {
        regulation: REG_2015,
        part: "Lembar Kerja Evaluasi: jawaban Y/T atau A/B/C/D/E per kriteria",
        href: HREF.WP_EVAL_SAKIP,
        text: "Either answer set (Y/T or A–E) with the values above: the default criterion scale of perCriterion when a count is given without naming each criterion's scale.",
        confirmed: false,
        note: "UNCONFIRMED from primary text (reference note §A5); the union of y-t and a-e (their codes do not overlap).",
      },
    },
  },
  result: {
    min: "0",
    max: "100",
    multiplier: "100",
    rounding: { places: 2, mode: "halfUp", source: ROUNDING_SOURCE },
    unit: { id: "Nilai hasil evaluasi SAKIP (0–100)", en: "SAKIP evaluation value (0–100)" },
    source: {
      regulation: REG_2015,
      part: "Rekapitulasi nilai: Σ komponen",
      text: "Each sub-component contributes mean × its weight; components and the total are sums (0–100). Here: weighted mean of the sub-component means × 100.",
      confirmed: false,
      note: "UNCONFIRMED from primary text (reference note §A5): the roll-up of wp-eval-sakip; the weights themselves are corroborated.",
    },
  },
  nodes: [
    {
      code: "perencanaan",
      label: { id: "Perencanaan Kinerja", en: "Performance planning" },
      weight: "30",
      source: weightSource("A. Perencanaan Kinerja (30%)"),
      childWeightTotal: "30",
      children: [
        {
          code: "perencanaan.renstra",
          label: { id: "Perencanaan Strategis (Renstra)", en: "Strategic plan (Renstra)" },
          weight: "10",
          source: weightSource("A.I Perencanaan Strategis (10%)"),
          childWeightTotal: "10",
          children: [
            sub(
              "perencanaan.renstra.pemenuhan",
              { id: "Pemenuhan Renstra", en: "Renstra in place" },
              "2",
              "A.I.a Pemenuhan Renstra (2%)",
            ),
            sub(
              "perencanaan.renstra.kualitas",
              { id: "Kualitas Renstra", en: "Renstra quality" },
              "5",
              "A.I.b Kualitas Renstra (5%)",
            ),
            sub(
              "perencanaan.renstra.implementasi",
              { id: "Implementasi Renstra", en: "Renstra implementation" },
              "3",
              "A.I.c Implementasi Renstra (3%)",
            ),
          ],
        },
        {
          code: "perencanaan.tahunan",
          label: { id: "Perencanaan Kinerja Tahunan", en: "Annual performance plan" },
          weight: "20",
          source: weightSource("A.II Perencanaan Kinerja Tahunan (20%)"),
          childWeightTotal: "20",
          children: [
            sub(
              "perencanaan.tahunan.pemenuhan",
              { id: "Pemenuhan Perencanaan Kinerja Tahunan", en: "Annual plan in place" },
              "4",
              "A.II.a Pemenuhan (4%)",
            ),
            sub(
              "perencanaan.tahunan.kualitas",
              { id: "Kualitas Perencanaan Kinerja Tahunan", en: "Annual plan quality" },
              "10",
              "A.II.b Kualitas (10%)",
            ),
            sub(
              "perencanaan.tahunan.implementasi",
              { id: "Implementasi Perencanaan Kinerja Tahunan", en: "Annual plan implementation" },
              "6",
              "A.II.c Implementasi (6%)",
            ),
          ],
        },
      ],
    },
    {
      code: "pengukuran",
      label: { id: "Pengukuran Kinerja", en: "Performance measurement" },
      weight: "25",
      source: weightSource("B. Pengukuran Kinerja (25%)"),
      childWeightTotal: "25",
      children: [
        sub(
          "pengukuran.pemenuhan",
          { id: "Pemenuhan Pengukuran", en: "Measurement in place" },
          "5",
          "B.a Pemenuhan Pengukuran (5%)",
        ),
        sub(
          "pengukuran.kualitas",
          { id: "Kualitas Pengukuran", en: "Measurement quality" },
          "12.5",
          "B.b Kualitas Pengukuran (12.5%)",
        ),
        sub(
          "pengukuran.implementasi",
          { id: "Implementasi Pengukuran", en: "Measurement implementation" },
          "7.5",
          "B.c Implementasi Pengukuran (7.5%)",
        ),
      ],
    },
    {
      code: "pelaporan",
      label: { id: "Pelaporan Kinerja", en: "Performance reporting" },
      weight: "15",
      source: weightSource("C. Pelaporan Kinerja (15%)"),
      childWeightTotal: "15",
      children: [
        sub(
          "pelaporan.pemenuhan",
          { id: "Pemenuhan Pelaporan", en: "Reporting in place" },
          "3",
          "C.a Pemenuhan Pelaporan (3%)",
        ),
        sub(
          "pelaporan.penyajian",
          { id: "Penyajian Informasi Kinerja", en: "Presentation of performance information" },
          "7.5",
          "C.b Penyajian Informasi Kinerja (7.5%)",
        ),
        sub(
          "pelaporan.pemanfaatan",
          { id: "Pemanfaatan Informasi Kinerja", en: "Use of performance information" },
          "4.5",
          "C.c Pemanfaatan Informasi Kinerja (4.5%)",
        ),
      ],
    },
    {
      code: "evaluasi",
      label: { id: "Evaluasi Internal", en: "Internal evaluation" },
      weight: "10",
      source: weightSource("D. Evaluasi Internal (10%)"),
      childWeightTotal: "10",
      children: [
        sub(
          "evaluasi.pemenuhan",
          { id: "Pemenuhan Evaluasi", en: "Evaluation in place" },
          "2",
          "D.a Pemenuhan Evaluasi (2%)",
        ),
        sub(
          "evaluasi.kualitas",
          { id: "Kualitas Evaluasi", en: "Evaluation quality" },
          "5",
          "D.b Kualitas Evaluasi (5%)",
        ),
        sub(
          "evaluasi.pemanfaatan",
          { id: "Pemanfaatan Hasil Evaluasi", en: "Use of evaluation results" },
          "3",
          "D.c Pemanfaatan Hasil Evaluasi (3%)",
        ),
      ],
    },
    {
      code: "capaian",
      label: { id: "Capaian Kinerja", en: "Performance achievement" },
      weight: "20",
      source: weightSource("E. Capaian Kinerja / Pencapaian Sasaran (20%)"),
      childWeightTotal: "20",
      children: [
        leaf(
          "capaian.output",
          { id: "Kinerja yang Dilaporkan (Output)", en: "Reported performance (output)" },
          "7.5",
          "rata-rata",
          capaianSource("E.a Kinerja yang dilaporkan (output) (7.5%)"),
        ),
        leaf(
          "capaian.outcome",
          { id: "Kinerja yang Dilaporkan (Outcome)", en: "Reported performance (outcome)" },
          "12.5",
          "rata-rata",
          capaianSource("E.b Kinerja yang dilaporkan (outcome) (12.5%)"),
        ),
      ],
    },
  ],
  predicates: SAKIP_2015_PREDICATES,
  aggregation: null,
  notes: [
    "grading: per sub-component mean (default). Each of the 17 sub-components is answered with the mean of its criterion values in [0, 1]; perCriterion(sakip2015, counts, { id }) derives the rubric that takes the criterion answers (Y/T, A–E) themselves.",
    "Weights 30/25/15/10/20 and every sub-weight CORROBORATED by two independent implementations; the Lampiran itself has not been seen.",
    "Capaian Kinerja output 7.5 / outcome 12.5 UNCONFIRMED (no third sub-component found).",
    "Answer values (Y/T = 1/0; A–E = 1/0.75/0.5/0.25/0) and the mean × weight roll-up UNCONFIRMED from primary text.",
    "Predicates CORROBORATED for 2015–2021 (KemenPAN-RB figures in the news, published values fit); the bands before 2015 differed (SAKIP_PREDICATES_BEFORE_2015, UNCONFIRMED).",
    "Rounding UNCONFIRMED: exact, published half-up at 2 decimals.",
  ],
} as const satisfies RubricDefinition;
