// # A quarterly OPD ranking
//
// Kota Batu evaluates every SKPD each triwulan on budget realisation and performance targets, and the lowest get
// a week of assistance. This notebook does that for eight OPDs of one pemda, TW I and TW II 2024 (figures
// cumulative to the end of the quarter). Dinas Kesehatan's TW II report is the worked example of the capaian
// reference note: keuangan 55 %, fisik 62 % weighted by pagu (65 % unweighted), and a lower-is-better indicator
// (10 → 8) at 120 %. The other OPDs' figures are made up for the example. One OPD sends no TW II report: it is
// flagged, never ranked as 0.
//
// Run (after `npm run build`): npx tsx examples/notebooks/quarterly-opd.ts

// %% Imports and the reports.
import { kriteriaCapaian, type OpdQuarterInput, opdQuarter, rankOpds, trend } from "kinerja/capaian";

const JT = 1_000_000; // Rp 1 juta
type Line = [id: string, paguJt: number, realisasiJt: number, fisik: number];
const OPDS: Array<{
  opd: string;
  name: string;
  tw1: Line[];
  tw2: Line[] | null;
  target: number;
  r1: number;
  r2: number;
}> = [
  // The reference note's worked example (TW II), with a TW I before it; IKU: angka kesakitan, lower is better.
  {
    opd: "1.02.01",
    name: "Dinas Kesehatan",
    tw1: [
      ["A", 600, 90, 20],
      ["B", 400, 120, 30],
    ],
    tw2: [
      ["A", 600, 250, 50],
      ["B", 400, 300, 80],
    ],
    target: 10,
    r1: 9,
    r2: 8,
  },
  {
    opd: "1.01.01",
    name: "Dinas Pendidikan",
    tw1: [
      ["A", 1500, 300, 18],
      ["B", 500, 50, 10],
    ],
    tw2: [
      ["A", 1500, 700, 45],
      ["B", 500, 150, 35],
    ],
    target: 10,
    r1: 10,
    r2: 9,
  },
  {
    opd: "1.03.01",
    name: "Dinas PUPR",
    tw1: [
      ["A", 2000, 100, 5],
      ["B", 1000, 50, 5],
    ],
    tw2: [
      ["A", 2000, 500, 30],
      ["B", 1000, 200, 25],
    ],
    target: 10,
    r1: 11,
    r2: 10,
  },
  {
    opd: "1.05.01",
    name: "Satpol PP",
    tw1: [["A", 300, 60, 20]],
    tw2: [["A", 300, 150, 50]],
    target: 10,
    r1: 10,
    r2: 10,
  },
  {
    opd: "2.07.01",
    name: "Dinas Tenaga Kerja",
    tw1: [["A", 200, 20, 10]],
    tw2: [["A", 200, 70, 40]],
    target: 10,
    r1: 12,
    r2: 11,
  },
  {
    opd: "2.08.01",
    name: "Dinas Sosial",
    tw1: [
      ["A", 400, 60, 15],
      ["B", 100, 15, 15],
    ],
    tw2: [
      ["A", 400, 120, 30],
      ["B", 100, 30, 30],
    ],
    target: 10,
    r1: 10,
    r2: 9,
  },
  {
    opd: "2.12.01",
    name: "Disdukcapil",
    tw1: [["A", 250, 75, 30]],
    tw2: [["A", 250, 125, 55]],
    target: 10,
    r1: 8,
    r2: 8,
  },
  { opd: "2.16.01", name: "Dinas Kominfo", tw1: [["A", 350, 35, 10]], tw2: null, target: 10, r1: 10, r2: 10 },
];

const report = (o: (typeof OPDS)[number], triwulan: 1 | 2): OpdQuarterInput => {
  const lines = triwulan === 1 ? o.tw1 : o.tw2;
  return {
    opd: o.opd,
    name: o.name,
    period: { kind: "triwulan", year: 2024, triwulan },
    subKegiatan:
      lines === null
        ? null // the report was not sent
        : lines.map(([id, pagu, realisasi, fisik]) => ({ id, pagu: pagu * JT, realisasi: realisasi * JT, fisik })),
    indicators: [
      { code: "IKU-1", target: o.target, realisasi: triwulan === 1 ? o.r1 : o.r2, polarity: "lowerIsBetter" },
    ],
  };
};
const tw1 = OPDS.map((o) => opdQuarter(report(o, 1)));
const tw2 = OPDS.map((o) => opdQuarter(report(o, 2)));

// %% Dinas Kesehatan, TW II: the reference worked example.
const dinkes = tw2[0];
console.log(
  `${dinkes?.name}: keuangan ${dinkes?.budget.value} %, fisik ${dinkes?.physical.value} % (pagu-weighted), capaian ${dinkes?.capaian.value} %`,
);
const unweighted = opdQuarter(report(OPDS[0] as (typeof OPDS)[number], 2), { physical: "unweightedMean" });
console.log(`  fisik as a plain mean of the sub-kegiatan: ${unweighted.physical.value} %\n`);

// %% TW II ranked by budget realisation, the bottom three flagged, with the change since TW I.
const ranking = rankOpds(tw2, { by: "budget", bottom: 3, previous: tw1 });
console.log(`Realisasi keuangan, ${ranking.periodLabel} (change since TW I)`);
console.table(
  ranking.entries.map((e) => {
    const q = tw2.find((t) => t.opd === e.opd);
    const capaianValue = q?.capaian.value ?? null;
    return {
      rank: e.rank ?? "—",
      OPD: e.name,
      "keuangan %": e.value ?? "missing",
      "fisik %": q?.physical.value ?? "missing",
      "capaian %": capaianValue ?? "missing",
      kriteria: capaianValue ? (kriteriaCapaian(capaianValue).label?.id ?? "") : "",
      "Δ rank": e.change?.rankDelta ?? "",
      "Δ points": e.change?.delta?.value ?? "",
      flag: e.assistance ? "ASSISTANCE" : e.missingReport ? "REPORT MISSING" : "",
    };
  }),
);
const nameOf = (id: string) => OPDS.find((o) => o.opd === id)?.name;
console.log(`Assistance: ${ranking.assistance.map(nameOf).join(", ")}`);
console.log(`No TW II report: ${ranking.missing.map(nameOf).join(", ") || "none"}`);
console.log(ranking.tieRule);

// %% One OPD's budget realisation over the quarters: the change, exactly.
const series = trend(
  [
    { period: { kind: "triwulan", year: 2024, triwulan: 1 }, value: tw1[2]?.budget ?? null },
    { period: { kind: "triwulan", year: 2024, triwulan: 2 }, value: tw2[2]?.budget ?? null },
  ],
  { polarity: "higherIsBetter" },
);
console.log(`\n${OPDS[2]?.name}: keuangan ${series.points.map((p) => `${p.periodLabel} ${p.value} %`).join(" → ")}`);
console.log(`change: ${series.overall?.delta.value} points (${series.overall?.assessment})`);
