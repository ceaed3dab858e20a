/**
 * Indeks Reformasi Birokrasi under PermenPAN-RB 9/2023 (index years 2023 on;
 * worksheet KepMenPAN-RB 739/2023, and 182/2024 for 2024): RB General (100) +
 * RB Tematik (20), so the index runs 0–120. Reference note shared/reference/rb.md
 * §1d and addendum.
 *
 * Only the first rows of the worksheet are known: A. Strategi Pelaksanaan RB
 * General 10 (A.1 3 + A.2 7) and B. Capaian Pelaksanaan Kebijakan RB 40 with its
 * hard element 33 (B.1 2, B.2 2, …). Where the structure below a level is not
 * known, that level is a leaf taking its achievement as a share of its full
 * marks (0–1). Published results can be scored from their points:
 * `score(rb2023, { points: { G: "86.39", T: "14.28" } })`.
 *
 * Plain data.
 */
import type { RubricDefinition, Source } from "../../model/types.js";
import { rbBands } from "./shared.js";
import { HREF, KEPMEN_182_2024, KEPMEN_739_2023, PERMEN_9_2023, PORTALRB, RB_ROUNDING_SOURCE } from "./sources.js";

const WORKSHEET = "KepMenPAN-RB 739/2023, Lampiran I (LKE RB 2023)";

const NTB = (part: string): Source => ({
  regulation: "PermenPAN-RB 9/2023",
  part,
  href: HREF.NTB_SATU_DATA,
  text: "RB General has weight 100 and RB Tematik weight 20.",
  confirmed: true,
  note: "CONFIRMED (reference note §1d): NTB Satu Data and the 2023 worksheets (KepMenPAN-RB 739/2023).",
});

const KL = (part: string, extra = ""): Source => ({
  regulation: WORKSHEET,
  part: `a. LKE RB Kementerian/Lembaga: ${part}`,
  href: HREF.KEPMEN_739_2023,
  confirmed: false,
  note: `CONFIRMED for the K/L worksheet (reference note §1d); the Provinsi and Kabupaten/Kota worksheets are separate and whether they use the same weight is UNCONFIRMED (§1d, §1e). ${extra}`.trim(),
});

const UNKNOWN = (part: string, why: string): Source => ({
  regulation: WORKSHEET,
  part,
  href: HREF.KEPMEN_739_2023,
  confirmed: false,
  note: `UNCONFIRMED (reference note §1d, §8): ${why} The caller gives this block's achievement as a share of its full marks (0–1), or scores from published points.`,
});

const PER_INDICATOR = { places: 2, mode: "halfUp", source: PORTALRB } as const;

const band = (range: string): Source => ({
  regulation: "Predikat Indeks RB (KemenPAN-RB)",
  part: `Kategori ${range}`,
  href: HREF.ACEH_2022,
  text: `Range ${range}: the lower edge is exclusive, the upper inclusive; 0 is D.`,
  confirmed: false,
  note: "UNCONFIRMED for 9/2023 (reference note §4, addendum): the classic table (CONFIRMED for 2022) with AA extended to the 9/2023 maximum of 120 (RB General 100 + RB Tematik 20; Surabaya 2024 published 100.67). An evaluator portal's 2024–2025 dashboards use another rule (AA ≥ 100; A or 'A-' for 80 < x < 100 depending on the indicators' targets); pass your own bands with deriveRubric if you follow it.",
});

/** The predicate table of `rb@2023.1` (its own array: AA reaches 120 here). */
const PREDICATES_2023 = rbBands(band, "120");

const SCORE_RULE =
  "Per indicator: score / range max × weight (the portal code), i.e. the value normalised onto its full marks.";

export const RB_2023_1 = {
  id: "rb@2023.1",
  scheme: "rb",
  version: "2023.1",
  status: "official",
  title: {
    id: "Indeks Reformasi Birokrasi (RB General dan RB Tematik), PermenPAN-RB 9/2023",
    en: "Bureaucratic-reform index (RB General and RB Tematik), PermenPAN-RB 9/2023",
  },
  legalBasis: [PERMEN_9_2023, KEPMEN_739_2023, KEPMEN_182_2024],
  validFor: { from: 2023, to: null },
  weightTotal: "120",
  scales: {
    "nilai-0-100": {
      kind: "decimal",
      min: "0",
      max: "100",
      normalize: { min: "0", max: "100", source: { ...PORTALRB, text: SCORE_RULE } },
      source: {
        ...KL("range column 0–100"),
        note: "CONFIRMED: the K/L worksheet gives the range 0–100 for A.1, A.2 and B.1 (reference note §1d).",
        confirmed: true,
      },
    },
    "nilai-0-5": {
      kind: "decimal",
      min: "0",
      max: "5",
      normalize: { min: "0", max: "5", source: { ...PORTALRB, text: SCORE_RULE } },
      source: {
        ...KL("range column 0–5"),
        note: "CONFIRMED: the K/L worksheet gives the range 0–5 for B.2 (reference note §1d).",
        confirmed: true,
      },
    },
    "nilai-0-1": {
      kind: "decimal",
      min: "0",
      max: "1",
      source: UNKNOWN(
        "Nilai capaian blok yang rinciannya tidak diketahui (0–1)",
        "the indicators of this block, their ranges and weights are not in any source found.",
      ),
    },
  },
  result: {
    min: "0",
    max: "120",
    multiplier: "120",
    rounding: { places: 2, mode: "halfUp", source: RB_ROUNDING_SOURCE },
    unit: {
      id: "Indeks RB, skala 0–120 (RB General 100 + RB Tematik 20)",
      en: "RB index, 0–120 (RB General 100 + RB Tematik 20)",
    },
    source: {
      regulation: "PermenPAN-RB 9/2023",
      part: "Indeks RB = RB General + RB Tematik",
      href: HREF.SURABAYA_2024,
      text: "The index is the sum of RB General (up to 100) and RB Tematik (up to 20), so it can exceed 100: Kota Surabaya 2024, 86.39 + 14.28 = 100.67.",
      confirmed: false,
      note: "CONSISTENT (reference note §1d and addendum): one published case (Surabaya 2024, reported by wartatransparansi.com, ketik.com and memorandum.disway.id) and an evaluator portal's code (index = Tematik + adjusted General) agree; no official text states the sum.",
    },
  },
  nodes: [
    {
      code: "G",
      label: { id: "RB General", en: "General bureaucratic reform" },
      weight: "100",
      childWeightTotal: "100",
      source: NTB("RB General: bobot 100"),
      description: {
        id: "Nilai yang dipublikasikan adalah RB General setelah penyesuaian: RB General / bobot indikator yang berlaku × 100.",
        en: "The published General is adjusted: General / weight of the indicators that apply to the instansi × 100 (portal code, unconfirmed). Score with `points` to use a published General.",
      },
      children: [
        {
          code: "G.A",
          label: { id: "Strategi Pelaksanaan RB General", en: "Strategy for implementing general RB" },
          weight: "10",
          childWeightTotal: "10",
          source: {
            regulation: WORKSHEET,
            part: "A. Strategi Pelaksanaan RB General: bobot 10",
            href: HREF.KEPMEN_739_2023,
            confirmed: true,
            note: "CONFIRMED (reference note §1d): the K/L worksheet (scribd 683958562) and the Pemda worksheet (123dok 11992372) both give 10.",
          },
          children: [
            {
              code: "G.A.1",
              label: { id: "Rencana Aksi Pembangunan RB General", en: "Action plan for general RB" },
              weight: "3",
              scale: "nilai-0-100",
              rounding: PER_INDICATOR,
              source: KL("A.1 Rencana Aksi Pembangunan RB General: bobot 3, range 0–100 (Evaluator Nasional)"),
            },
            {
              code: "G.A.2",
              label: {
                id: "Tingkat Implementasi Rencana Aksi Pembangunan RB General",
                en: "Implementation of the general-RB action plan",
              },
              weight: "7",
              scale: "nilai-0-100",
              rounding: PER_INDICATOR,
              source: KL("A.2 Tingkat Implementasi Rencana Aksi: bobot 7, range 0–100 (Evaluator Nasional)"),
            },
          ],
        },
        {
          code: "G.B",
          label: { id: "Capaian Pelaksanaan Kebijakan RB", en: "Achievement of RB policies" },
          weight: "40",
          childWeightTotal: "40",
          source: KL("B. Capaian Pelaksanaan Kebijakan RB: bobot 40"),
          children: [
            {
              code: "G.B.HE",
              label: {
                id: "Hard Element (Sasaran 1): Kebijakan Percepatan",
                en: "Hard element (goal 1): acceleration policies",
              },
              weight: "33",
              childWeightTotal: "33",
              source: KL("Hard element (Sasaran 1), Kebijakan Percepatan: bobot 33"),
              children: [
                {
                  code: "G.B.1",
                  label: {
                    id: "Persentase Penyederhanaan Struktur Organisasi",
                    en: "Share of organisational structure simplified",
                  },
                  weight: "2",
                  scale: "nilai-0-100",
                  rounding: PER_INDICATOR,
                  source: KL(
                    "B.1 Persentase Penyederhanaan Struktur Organisasi: bobot 2, range 0–100 (Evaluator Meso: KemenPAN-RB)",
                  ),
                },
                {
                  code: "G.B.2",
                  label: {
                    id: "Tingkat Capaian Sistem Kerja untuk Penyederhanaan Birokrasi",
                    en: "Work-system achievement after bureaucratic simplification",
                  },
                  weight: "2",
                  scale: "nilai-0-5",
                  rounding: PER_INDICATOR,
                  source: KL("B.2 Tingkat Capaian Sistem Kerja: bobot 2, range 0–5 (Evaluator Meso: KemenPAN-RB)"),
                },
                {
                  code: "G.B.HE.lain",
                  label: {
                    id: "Indikator kebijakan percepatan lainnya (B.3 dst.: Maturitas SPIP, …)",
                    en: "Other acceleration-policy indicators (B.3 on: SPIP maturity, …)",
                  },
                  weight: "29",
                  scale: "nilai-0-1",
                  source: UNKNOWN(
                    "Hard element, indikator B.3 dst.: 33 − 2 − 2 = 29",
                    "the worksheet text is cut off after B.2 (B.3 measures SPIP implementation); only the remainder 29 of the hard element's 33 is known.",
                  ),
                },
              ],
            },
            {
              code: "G.B.lain",
              label: {
                id: "Sisa Capaian Pelaksanaan Kebijakan RB (rincian tidak diketahui)",
                en: "Rest of the RB-policy achievement (breakdown unknown)",
              },
              weight: "7",
              scale: "nilai-0-1",
              source: UNKNOWN(
                "B. Capaian Pelaksanaan Kebijakan RB: 40 − 33 = 7",
                "only the hard element (33) of B's 40 is known.",
              ),
            },
          ],
        },
        {
          code: "G.C",
          label: {
            id: "C. (diduga capaian kinerja dan dampak: IKU, Prioritas Nasional)",
            en: "C. (believed: performance and impact, IKU and national priorities)",
          },
          weight: "50",
          scale: "nilai-0-1",
          source: UNKNOWN(
            "C: 100 − 10 − 40 = 50",
            "section C is not in the available worksheet text; its weight is the remainder and its content (IKU, Prioritas Nasional, indices such as SAKIP, SPBE, Sistem Merit, SKM …) is believed from an implementation's indicator catalogue.",
          ),
        },
      ],
    },
    {
      code: "T",
      label: { id: "RB Tematik", en: "Thematic bureaucratic reform" },
      weight: "20",
      childWeightTotal: "20",
      source: NTB("RB Tematik: bobot 20"),
      description: {
        id: "Tema: pengentasan kemiskinan, peningkatan realisasi investasi, digitalisasi administrasi pemerintahan, penanganan stunting, penggunaan produk dalam negeri (P3DN), pengendalian inflasi.",
        en: "Themes: poverty reduction, investment, digital administration, stunting, use of domestic products, inflation control. Added to General unscaled (up to 20).",
      },
      children: [
        {
          code: "T.1",
          label: { id: "Strategi Pelaksanaan RB Tematik", en: "Strategy for implementing thematic RB" },
          weight: "5",
          scale: "nilai-0-1",
          source: {
            regulation: WORKSHEET,
            part: "LKE RB Pemda: Strategi Pelaksanaan RB Tematik, bobot 5",
            href: HREF.LKE_2023_PEMDA,
            confirmed: true,
            note: "CONFIRMED for the weight (reference note §1d, 123dok 11992372); its indicators and ranges are not known, so it takes its achievement as a share (0–1).",
          },
        },
        {
          code: "T.2",
          label: {
            id: "Capaian RB Tematik (rincian per tema tidak diketahui)",
            en: "Thematic RB achievement (per-theme breakdown unknown)",
          },
          weight: "15",
          scale: "nilai-0-1",
          source: UNKNOWN(
            "Capaian RB Tematik: 20 − 5 = 15",
            "the worksheet names 'Capaian RB Tematik' (action plans, output and impact per theme) without a readable weight; 15 is the remainder.",
          ),
        },
      ],
    },
  ],
  predicates: PREDICATES_2023,
  aggregation: null,
  notes: [
    "Index years 2023 on: 9/2023 with KepMenPAN-RB 739/2023 (2023) and 182/2024 (2024); no later instrument has been read, so 2025 and after resolve here until one is (unconfirmed).",
    "Indeks RB = RB General + RB Tematik (up to 120). The published General is 'adjusted' (penyesuaian: rescaled to 100 by the weight of the indicators that apply); to reproduce a published index, score from points: score(rb2023, { points: { G, T } }).",
    "The known indicators round their points to 2 decimals, half-up, before they are added (portal code, unconfirmed); the unknown blocks are given as shares and not rounded.",
    "Weights below A (10) are those of the K/L worksheet; the Provinsi and Kabupaten/Kota worksheets may differ.",
  ],
} as const satisfies RubricDefinition;
