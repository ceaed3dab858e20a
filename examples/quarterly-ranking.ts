/**
 * Quarterly OPD monitoring, as Kota Batu does it: every OPD of a (synthetic)
 * pemda is evaluated each triwulan, ranked by budget realisation, and the
 * lowest three get assistance. Shows TW II 2024 against TW I, with one OPD
 * whose TW II report is missing (flagged, never ranked as 0).
 * Run: npx tsx examples/quarterly-ranking.ts
 */
import { type OpdQuarterInput, opdQuarter, rankOpds } from "../src/capaian/index.js";

const OPDS = [
  "Dinas Pendidikan",
  "Dinas Kesehatan",
  "Dinas PUPR",
  "Dinas Perumahan dan Kawasan Permukiman",
  "Satpol PP",
  "BPBD",
  "Dinas Sosial",
  "Dinas Tenaga Kerja",
  "Dinas Lingkungan Hidup",
  "Dinas Kependudukan dan Pencatatan Sipil",
  "Dinas Perhubungan",
  "Dinas Kominfo",
  "Dinas Koperasi dan UKM",
  "DPMPTSP",
  "Dinas Pariwisata",
  "Dinas Pertanian",
  "Bappeda",
  "BPKAD",
  "Inspektorat",
  "Kecamatan Batu",
];

// A deterministic generator (Park–Miller), so the example prints the same every time.
let seed = 20240630;
const next = (n: number) => {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
};

function report(index: number, triwulan: 1 | 2, shares: number[]): OpdQuarterInput {
  const id = `OPD-${String(index + 1).padStart(2, "0")}`;
  const period = { kind: "triwulan", year: 2024, triwulan } as const;
  if (triwulan === 2 && index === 11) return { opd: id, name: OPDS[index], period, subKegiatan: null }; // not sent
  return {
    opd: id,
    name: OPDS[index],
    period,
    subKegiatan: shares.map((share, k) => {
      const pagu = (index + 2) * (k + 3) * 100_000_000; // Rp
      return { id: `${id}.${k + 1}`, pagu, realisasi: (pagu / 100) * share, fisik: Math.min(100, share + 5) };
    }),
  };
}

// Cumulative realisation shares (%) per sub-kegiatan: TW I, then TW II adds to it.
const tw1Shares = OPDS.map(() => [5 + next(20), 5 + next(20), 5 + next(20)]);
const tw2Shares = tw1Shares.map((s) => s.map((x) => x + 10 + next(30)));
// Satpol PP spends the same shares as Dinas Perumahan: a different pagu, but exactly the same %, so a tie.
tw1Shares[4] = [...(tw1Shares[3] as number[])];
tw2Shares[4] = [...(tw2Shares[3] as number[])];

const tw1 = OPDS.map((_, i) => opdQuarter(report(i, 1, tw1Shares[i] as number[])));
const tw2 = OPDS.map((_, i) => opdQuarter(report(i, 2, tw2Shares[i] as number[])));

const ranking = rankOpds(tw2, { by: "budget", bottom: 3, previous: tw1 });
console.log(`Realisasi keuangan ${ranking.periodLabel}, ranked (change since TW I 2024)`);
console.table(
  ranking.entries.map((e) => {
    const q = tw2.find((t) => t.opd === e.opd);
    return {
      rank: e.rank ?? "—",
      OPD: e.name,
      "keuangan %": e.value ?? "missing",
      "fisik %": q?.physical.value ?? "missing",
      "Δ rank": e.change?.rankDelta ?? "",
      "Δ % (exact)": e.change?.delta?.value ?? "",
      "TW I %": e.change?.previousValue ?? "",
      flag: e.assistance ? "ASSISTANCE" : e.missingReport ? "REPORT MISSING" : "",
    };
  }),
);
console.log(
  `Bottom 3 for assistance: ${ranking.assistance.map((id) => tw2.find((t) => t.opd === id)?.name).join(", ")}`,
);
console.log(
  `Missing reports: ${ranking.missing.map((id) => tw2.find((t) => t.opd === id)?.name).join(", ") || "none"}`,
);
console.log(ranking.tieRule);
