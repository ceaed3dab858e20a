/**
 * Indeks Reformasi Birokrasi under PermenPAN-RB 26/2020 (index years 2020–2022):
 * Komponen Pengungkit 60 = Pemenuhan 20 + Hasil Antara 10 + Reform 30, and
 * Komponen Hasil 40 = four parts of 10. Reference note shared/reference/rb.md §1c.
 *
 * - Pemenuhan: the eight areas of 14/2014 with new area weights 2/1/2/2/5/2/4/2,
 *   each sub-indicator rescaled exactly: new = old / old area weight × new area
 *   weight (1/15 × 5 = 1/3, never the printed 0.33).
 * - Hasil Antara: only "Deregulasi Kebijakan 1.00 (Kualitas Kebijakan)" is known;
 *   the other areas' weights, all Reform weights and the splits inside the Hasil
 *   10s are not in any source found, so they are required caller parameters
 *   ("$name" weights, range-checked; the engine checks that siblings add up).
 * - Every leaf takes a value in [0, 1] (a sub-indicator's mean of its questions,
 *   an area's Hasil Antara or Reform achievement), except the SAKIP value (0–100)
 *   and the Opini BPK (categories), whose conversions are believed defaults.
 *
 * Plain data; labels of the Pemenuhan areas and sub-indicators come from ./shared.ts.
 */
import type { Parameter, RubricDefinition, RubricNode, Source } from "../../model/types.js";
import { type ConversionContext, opiniBpkScale, PENGUNGKIT_2014, rbBands, sakipScale } from "./shared.js";
import { HREF, PERMEN_26_2020, RB_ROUNDING_SOURCE } from "./sources.js";

const INSTRUMENT = "PermenPAN-RB 26/2020, Lampiran (LKE RB 2020)";
const CONTEXT: ConversionContext = {
  instrument: INSTRUMENT,
  versionNote:
    "Carried over from the 14/2014 LKE as the believed default for 26/2020 (reference note §1c: the Hasil sub-indicators inside each 10 are UNCONFIRMED).",
};

const TOP = (part: string): Source => ({
  regulation: INSTRUMENT,
  part,
  href: HREF.MADIUN_26_2020,
  text: "Pengungkit 60 = Pemenuhan 20 + Hasil Antara 10 + Reform 30; Hasil 40 = Akuntabilitas Kinerja dan Keuangan 10 + Kualitas Pelayanan Publik 10 + Pemerintah yang Bersih dan Bebas KKN 10 + Kinerja Organisasi 10.",
  confirmed: true,
  note: "CORROBORATED (reference note §1c): Inspektorat Kota Madiun and NTB Satu Data (data.ntbprov.go.id) give the same split.",
});

const PEMENUHAN_AREA = (name: string, weight: string, old: string): Source => ({
  regulation: INSTRUMENT,
  part: `Pemenuhan, area ${name}: bobot ${weight} (14/2014: ${old})`,
  href: HREF.LKE_MANUAL_2020,
  text: `The 2020 LKE manual prints the new area weight ${weight}; the area totals are not a uniform 1/3 of the old ones.`,
  confirmed: true,
  note: "CONFIRMED from the 2020 LKE manual (scribd 527013755; reference note §1c), a single source.",
});

const PEMENUHAN_SUB = (name: string, weight: string, rule: string): Source => ({
  regulation: INSTRUMENT,
  part: `Pemenuhan, ${name}: bobot ${weight}`,
  href: HREF.LKE_MANUAL_2020,
  text: `Rescaled exactly from 14/2014: ${rule}. The manual prints it rounded to 2 decimals (its SDM sub-weights add up to 4.99 and its Pelayanan sub-weights to 1.99, not 5 and 2).`,
  confirmed: true,
  note: "CONFIRMED (reference note §1c and addendum): the manual shows each old weight in parentheses next to the new one, and every printed figure is old / old area weight × new area weight at 2 decimals; stored as the exact fraction.",
});

const UNKNOWN_SPLIT = (what: string): Source => ({
  regulation: INSTRUMENT,
  part: what,
  href: HREF.LKE_MANUAL_2020,
  confirmed: false,
  note: "UNCONFIRMED (reference note §1c, §8): no source found gives this split, so it is a required parameter of the score, not a number in the rubric.",
});

const VALUE_SOURCE: Source = {
  regulation: INSTRUMENT,
  part: "Nilai indikator sebagai bagian dari nilai penuhnya (0–1)",
  text: "A Pemenuhan sub-indicator's value is the mean of its questions' values (Ya/Tidak 1/0, A/B/C 1/½/0, A/B/C/D 1/⅔/⅓/0 …); a Hasil Antara, Reform or Hasil part's value is its achievement as a share of its full marks. The caller computes it; the rubric weighs it.",
  confirmed: false,
  note: 'UNCONFIRMED (reference note §2, §1c): the roll-up is believed from the 14/2014 LKE and the Zona Integritas code; the 2020 questions and the conversions of the Hasil Antara and Hasil indicators are not known. Pass a mean such as 2/3 with enough digits (e.g. "0.66666666666666666667").',
};

type Sub = { readonly label: { readonly id: string; readonly en?: string } };

/** Pemenuhan: one area with its new weight; sub-weights written exactly, each with its rescaling rule. */
function pemenuhanArea(
  n: number,
  area: {
    readonly label: { readonly id: string; readonly en?: string };
    readonly weight: string;
    readonly subs: ReadonlyArray<Sub>;
  },
  weight: string,
  subs: ReadonlyArray<readonly [weight: string, rule: string]>,
): RubricNode {
  return {
    code: `P.I.${n}`,
    label: area.label,
    weight,
    childWeightTotal: weight,
    source: PEMENUHAN_AREA(area.label.id, weight, area.weight),
    children: subs.map(([w, rule], k): RubricNode => {
      const sub = area.subs[k] as Sub;
      return {
        code: `P.I.${n}.${k + 1}`,
        label: sub.label,
        weight: w,
        scale: "nilai-0-1",
        source: PEMENUHAN_SUB(`${area.label.id}, ${sub.label.id}`, w, rule),
      };
    }),
  };
}

const [MP, DR, OR, TL, SDM, AK, PW, PL] = PENGUNGKIT_2014;

/** The eight areas (Deregulasi Kebijakan is 14/2014's Penataan Peraturan Perundang-undangan, renamed). */
const AREAS = [
  { key: "ManajemenPerubahan", label: MP.label },
  { key: "Deregulasi", label: { id: "Deregulasi Kebijakan", en: "Policy deregulation" } },
  { key: "PenataanOrganisasi", label: OR.label },
  { key: "Tatalaksana", label: TL.label },
  { key: "Sdm", label: SDM.label },
  { key: "Akuntabilitas", label: AK.label },
  { key: "Pengawasan", label: PW.label },
  { key: "PelayananPublik", label: PL.label },
] as const;

const parameter = (name: string, id: string, en: string, max: string, what: string): Parameter => ({
  name,
  label: { id, en },
  min: "0",
  max,
  source: UNKNOWN_SPLIT(what),
});

const PARAMETERS: ReadonlyArray<Parameter> = [
  ...AREAS.filter((a) => a.key !== "Deregulasi").map((a) =>
    parameter(
      `ha${a.key}`,
      `Bobot Hasil Antara area ${a.label.id}`,
      `Hasil Antara weight of the area ${a.label.en}`,
      "9",
      `Hasil Antara (10), area ${a.label.id}: bobot (with Deregulasi Kebijakan's 1, the eight add up to 10)`,
    ),
  ),
  ...AREAS.map((a) =>
    parameter(
      `reform${a.key}`,
      `Bobot Reform area ${a.label.id}`,
      `Reform weight of the area ${a.label.en}`,
      "30",
      `Reform (30), area ${a.label.id}: bobot (the eight add up to 30)`,
    ),
  ),
  parameter(
    "hasilSakip",
    "Bobot Nilai SAKIP dalam Akuntabilitas Kinerja dan Keuangan",
    "Weight of the SAKIP score in Akuntabilitas Kinerja dan Keuangan",
    "10",
    "Hasil, Akuntabilitas Kinerja dan Keuangan (10): bobot Nilai SAKIP (with Opini BPK, 10)",
  ),
  parameter(
    "hasilOpiniBpk",
    "Bobot Opini BPK dalam Akuntabilitas Kinerja dan Keuangan",
    "Weight of the BPK opinion in Akuntabilitas Kinerja dan Keuangan",
    "10",
    "Hasil, Akuntabilitas Kinerja dan Keuangan (10): bobot Opini BPK (with Nilai SAKIP, 10)",
  ),
  parameter(
    "hasilPersepsiKorupsi",
    "Bobot survei persepsi anti korupsi dalam Pemerintah yang Bersih dan Bebas KKN",
    "Weight of the anti-corruption perception survey in Pemerintah yang Bersih dan Bebas KKN",
    "10",
    "Hasil, Pemerintah yang Bersih dan Bebas KKN (10): bobot survei persepsi anti korupsi (with Zona Integritas, 10)",
  ),
  parameter(
    "hasilZonaIntegritas",
    "Bobot capaian Zona Integritas dalam Pemerintah yang Bersih dan Bebas KKN",
    "Weight of integrity-zone achievement in Pemerintah yang Bersih dan Bebas KKN",
    "10",
    "Hasil, Pemerintah yang Bersih dan Bebas KKN (10): bobot capaian Zona Integritas (WBK/WBBM) (with the survey, 10)",
  ),
];

const leaf = (
  code: string,
  label: { readonly id: string; readonly en?: string },
  weight: string,
  source: Source,
  description?: { id: string; en: string },
): RubricNode => ({
  code,
  label,
  weight,
  scale: "nilai-0-1",
  source,
  ...(description ? { description } : {}),
});

const band = (range: string): Source => ({
  regulation: "Predikat Indeks RB (KemenPAN-RB), evaluasi 2022",
  part: `Kategori ${range}`,
  href: HREF.ACEH_2022,
  text: `Published range ${range}: the lower edge is exclusive, the upper inclusive ("> 80 – 90" is 80 < x ≤ 90); 0 is D.`,
  confirmed: true,
  note: "CONFIRMED (reference note §4): the Aceh infographic on the 2022 RB index (26/2020 scheme) gives the bands and the labels. Exactly 0 lies outside '> 0 – 30' and is treated as D.",
});

/** The predicate table of `rb@2020.1` (its own array: a correction here changes no other version). */
const PREDICATES_2020 = rbBands(band, "100");

export const RB_2020_1 = {
  id: "rb@2020.1",
  scheme: "rb",
  version: "2020.1",
  status: "official",
  title: {
    id: "Indeks Reformasi Birokrasi, PermenPAN-RB 26/2020",
    en: "Bureaucratic-reform index, PermenPAN-RB 26/2020",
  },
  legalBasis: [PERMEN_26_2020],
  validFor: { from: 2020, to: 2022 },
  weightTotal: "100",
  scales: {
    "nilai-0-1": { kind: "decimal", min: "0", max: "1", source: VALUE_SOURCE },
    "nilai-sakip": sakipScale(CONTEXT),
    "opini-bpk": opiniBpkScale(CONTEXT),
  },
  parameters: PARAMETERS,
  result: {
    min: "0",
    max: "100",
    multiplier: "100",
    rounding: { places: 2, mode: "halfUp", source: RB_ROUNDING_SOURCE },
    unit: { id: "Indeks RB, skala 0–100", en: "RB index, 0–100" },
    source: TOP("Indeks RB = Komponen Pengungkit (60) + Komponen Hasil (40)"),
  },
  nodes: [
    {
      code: "P",
      label: { id: "Komponen Pengungkit", en: "Enablers" },
      weight: "60",
      childWeightTotal: "60",
      source: TOP("Komponen Pengungkit: 60"),
      children: [
        {
          code: "P.I",
          label: { id: "Pemenuhan", en: "Compliance (mandatory measures)" },
          weight: "20",
          childWeightTotal: "20",
          source: TOP("Pengungkit, Pemenuhan: 20"),
          children: [
            pemenuhanArea(1, MP, "2", [
              ["0.4", "1 of 5 × 2"],
              ["0.4", "1 of 5 × 2"],
              ["0.8", "2 of 5 × 2"],
              ["0.4", "1 of 5 × 2"],
            ]),
            pemenuhanArea(2, { ...DR, label: AREAS[1].label }, "1", [
              ["0.5", "2.5 of 5 × 1"],
              ["0.5", "2.5 of 5 × 1"],
            ]),
            pemenuhanArea(3, OR, "2", [
              ["1", "3 of 6 × 2"],
              ["1", "3 of 6 × 2"],
            ]),
            pemenuhanArea(4, TL, "2", [
              ["0.6", "1.5 of 5 × 2"],
              ["0.8", "2 of 5 × 2"],
              ["0.6", "1.5 of 5 × 2"],
            ]),
            pemenuhanArea(5, SDM, "5", [
              ["1/3", "1 of 15 × 5"],
              ["2/3", "2 of 15 × 5"],
              ["1/3", "1 of 15 × 5"],
              ["2", "6 of 15 × 5"],
              ["2/3", "2 of 15 × 5"],
              ["1/3", "1 of 15 × 5"],
              ["1/3", "1 of 15 × 5"],
              ["1/3", "1 of 15 × 5"],
            ]),
            pemenuhanArea(6, AK, "2", [
              ["2/3", "2 of 6 × 2"],
              ["4/3", "4 of 6 × 2"],
            ]),
            pemenuhanArea(7, PW, "4", [
              ["0.5", "1.5 of 12 × 4"],
              ["0.5", "1.5 of 12 × 4"],
              ["2/3", "2 of 12 × 4"],
              ["0.5", "1.5 of 12 × 4"],
              ["0.5", "1.5 of 12 × 4"],
              ["5/6", "2.5 of 12 × 4"],
              ["0.5", "1.5 of 12 × 4"],
            ]),
            pemenuhanArea(8, PL, "2", [
              ["1/3", "1 of 6 × 2"],
              ["1/3", "1 of 6 × 2"],
              ["0.5", "1.5 of 6 × 2"],
              ["0.5", "1.5 of 6 × 2"],
              ["1/3", "1 of 6 × 2"],
            ]),
          ],
        },
        {
          code: "P.II",
          label: { id: "Hasil Antara Area Perubahan", en: "Intermediate results of the change areas" },
          weight: "10",
          childWeightTotal: "10",
          source: TOP("Pengungkit, Hasil Antara: 10"),
          children: AREAS.map((a, k) =>
            a.key === "Deregulasi"
              ? leaf(
                  `P.II.${k + 1}`,
                  {
                    id: "Deregulasi Kebijakan: Indeks Kualitas Kebijakan",
                    en: "Policy deregulation: policy-quality index",
                  },
                  "1",
                  {
                    regulation: INSTRUMENT,
                    part: "Hasil Antara, Deregulasi Kebijakan 1.00 – Kualitas Kebijakan 1.00",
                    href: HREF.LKE_MANUAL_2020,
                    confirmed: true,
                    note: "CONFIRMED from the 2020 LKE manual (reference note §1c), where the available text breaks off after this first row.",
                  },
                )
              : leaf(`P.II.${k + 1}`, a.label, `$ha${a.key}`, UNKNOWN_SPLIT(`Hasil Antara, area ${a.label.id}`), {
                  id: "Nilai capaian indikator Hasil Antara area ini (0–1). Bobot: parameter.",
                  en: "The area's intermediate-result achievement as a share of full marks (0–1); its weight is a parameter.",
                }),
          ),
        },
        {
          code: "P.III",
          label: { id: "Reform", en: "Reform" },
          weight: "30",
          childWeightTotal: "30",
          source: TOP("Pengungkit, Reform: 30"),
          children: AREAS.map((a, k) =>
            leaf(`P.III.${k + 1}`, a.label, `$reform${a.key}`, UNKNOWN_SPLIT(`Reform, area ${a.label.id}`), {
              id: "Nilai capaian Reform area ini (0–1). Bobot: parameter.",
              en: "The area's reform achievement as a share of full marks (0–1); its weight is a parameter.",
            }),
          ),
        },
      ],
    },
    {
      code: "H",
      label: { id: "Komponen Hasil", en: "Results" },
      weight: "40",
      childWeightTotal: "40",
      source: TOP("Komponen Hasil: 40 = 4 × 10"),
      children: [
        {
          code: "H.1",
          label: { id: "Akuntabilitas Kinerja dan Keuangan", en: "Performance and financial accountability" },
          weight: "10",
          childWeightTotal: "10",
          source: {
            ...TOP("Hasil, Akuntabilitas Kinerja dan Keuangan: 10"),
            href: HREF.NTB_SATU_DATA,
            note: "CONFIRMED (reference note §1c): NTB Satu Data.",
          },
          children: [
            {
              code: "H.1.1",
              label: { id: "Nilai SAKIP", en: "SAKIP evaluation score" },
              weight: "$hasilSakip",
              scale: "nilai-sakip",
              source: UNKNOWN_SPLIT("Akuntabilitas Kinerja dan Keuangan: Nilai SAKIP (believed component)"),
              accepts: {
                scheme: "sakip",
                source: UNKNOWN_SPLIT("Akuntabilitas Kinerja dan Keuangan: the SAKIP evaluation result as input"),
              },
            },
            {
              code: "H.1.2",
              label: { id: "Opini BPK", en: "BPK audit opinion" },
              weight: "$hasilOpiniBpk",
              scale: "opini-bpk",
              source: UNKNOWN_SPLIT("Akuntabilitas Kinerja dan Keuangan: Opini BPK (believed component)"),
            },
          ],
        },
        leaf(
          "H.2",
          { id: "Kualitas Pelayanan Publik", en: "Public-service quality" },
          "10",
          {
            ...TOP("Hasil, Kualitas Pelayanan Publik: 10"),
            href: HREF.NTB_SATU_DATA,
            note: "CONFIRMED (reference note §1c): NTB Satu Data. Its content (believed: the service-quality perception survey) and conversion are not known; the caller gives its achievement (0–1).",
          },
          {
            id: "Nilai capaian (0–1), diduga dari survei persepsi kualitas pelayanan.",
            en: "Achievement (0–1), believed from the service-quality perception survey.",
          },
        ),
        {
          code: "H.3",
          label: {
            id: "Pemerintah yang Bersih dan Bebas KKN",
            en: "Clean government, free of corruption, collusion and nepotism",
          },
          weight: "10",
          childWeightTotal: "10",
          source: {
            ...TOP("Hasil, Pemerintah yang Bersih dan Bebas KKN: 10"),
            href: HREF.NTB_SATU_DATA,
            note: "CONFIRMED (reference note §1c): NTB Satu Data.",
          },
          children: [
            leaf(
              "H.3.1",
              { id: "Survei Persepsi Anti Korupsi", en: "Anti-corruption perception survey" },
              "$hasilPersepsiKorupsi",
              UNKNOWN_SPLIT(
                "Pemerintah yang Bersih dan Bebas KKN: survei persepsi anti korupsi / IPAK (believed component)",
              ),
              {
                id: "Nilai capaian survei (0–1); skala survei tidak diketahui.",
                en: "The survey's achievement (0–1); the survey's own scale is not known.",
              },
            ),
            leaf(
              "H.3.2",
              { id: "Capaian Zona Integritas (WBK/WBBM)", en: "Integrity-zone achievement (WBK/WBBM)" },
              "$hasilZonaIntegritas",
              UNKNOWN_SPLIT("Pemerintah yang Bersih dan Bebas KKN: capaian Zona Integritas (believed component)"),
              {
                id: "Nilai capaian (0–1); konversinya tidak diketahui.",
                en: "Achievement (0–1); its conversion is not known.",
              },
            ),
          ],
        },
        leaf(
          "H.4",
          { id: "Kinerja Organisasi", en: "Organisational performance" },
          "10",
          {
            ...TOP("Hasil, Kinerja Organisasi: 10"),
            href: HREF.NTB_SATU_DATA,
            note: "CONFIRMED (reference note §1c): NTB Satu Data. Its content (believed: achievement of the main performance indicators, IKU) and conversion are not known; the caller gives its achievement (0–1).",
          },
          {
            id: "Nilai capaian (0–1), diduga capaian IKU.",
            en: "Achievement (0–1), believed from the main performance indicators (IKU).",
          },
        ),
      ],
    },
  ],
  predicates: PREDICATES_2020,
  aggregation: null,
  notes: [
    "Index years 2020–2022 (NTB Satu Data: the 26/2020 scheme was used for 2020–2022; 9/2023 from 2023).",
    "19 parameters are required: the Hasil Antara weights of seven areas (with Deregulasi Kebijakan's 1 they add up to 10), the eight Reform weights (30) and the splits inside Akuntabilitas Kinerja dan Keuangan and Pemerintah yang Bersih dan Bebas KKN (10 each). No source gives them; the result echoes the values used.",
    "No rounding per indicator: no source for 26/2020 says the worksheet rounds before adding (the Zona Integritas worksheets compute from unrounded scores).",
  ],
} as const satisfies RubricDefinition;
