// # Kota Cilegon across the national schemes
//
// One city, every figure its regional news reported, reproduced or classified with the rubric of its own
// assessment year. Figures the sources do not confirm are marked as such in the last column.
//
// Run (after `npm run build`): npx tsx examples/notebooks/cilegon.ts

// %% Imports: exactly as an application imports the package.
import { aggregate, classify, type Predicate, resolveRubric } from "kinerja";
import { compareYears, rank } from "kinerja/ombudsman";

/** One line of the story: where a figure comes from and what kinerja makes of it. */
interface Line {
  scheme: string;
  year: string;
  figure: string;
  rubric: string;
  predicate: string;
  status: string;
}
const story: Line[] = [];
const named = (p: Predicate | null) =>
  p
    ? `${p.code} ${p.label.id}${p.zone && p.zone !== p.code ? ` (zona ${p.zone})` : ""}${p.confirmed ? "" : " *"}`
    : "—";

// %% Reformasi Birokrasi 2018: 60.27, reported as "baik" (Radar Banten, Aug 2019:
// https://www.radarbanten.co.id/indeks-reformasi-birokrasi-cilegon-baik/).
const rb = resolveRubric("rb", { assessmentYear: 2018 });
story.push({
  scheme: "Indeks RB",
  year: "2018",
  figure: "60.27",
  rubric: rb.id,
  predicate: named(classify(rb, "60.27")),
  status: "published figure; band table unconfirmed for 30/2018",
});

// %% Ombudsman 2024: the instansi score is the mean of its seven unit scores (two puskesmas and five dinas),
// rounded half-up to 2 decimals. Unit scores: Ombudsman Banten hand-over, 21 Jan 2025 (regional news); the
// total: https://banten.viva.co.id/berita/5554-pemkot-cilegon-dapat-pengakuan-prestisius-dengan-skor-9531-persen
// Only Dinas Kesehatan's score is tied to its name in the sources kept
// (https://sebaraya.com/raih-peringkat-1-pelayanan-publik-di-banten-dinkes-kota-cilegon-cetak-sejarah/);
// the other six are listed by their place.
const units2024 = [
  { unit: "unit 1", value: "97.55" },
  { unit: "unit 2", value: "97.02" },
  { unit: "Dinas Kesehatan", value: "96.29" },
  { unit: "unit 4", value: "95.22" },
  { unit: "unit 5", value: "93.98" },
  { unit: "unit 6", value: "93.63" },
  { unit: "unit 7", value: "93.46" },
];
const ombudsman2024 = resolveRubric("ombudsman", { assessmentYear: 2024 });
const cilegon2024 = aggregate(ombudsman2024, units2024);
console.log(`Ombudsman 2024 (${ombudsman2024.id}): the seven units, ranked`);
console.table(
  rank(
    units2024.map((u) => ({ name: u.unit, value: u.value })),
    { rubric: ombudsman2024 },
  ).map((r) => ({ rank: r.rank, unit: r.name, score: r.value, kategori: named(r.predicate) })),
);
console.log(
  `sum 667.15 / 7 = ${cilegon2024.mean.slice(0, 10)}… → published ${cilegon2024.value} (truncation would give 95.30)\n`,
);

// %% Ombudsman 2018, 2021, 2023: published instansi scores (megatrust.co.id, viva.co.id). Before 2022 the
// scale had three zones; from 2022 categories A–E.
const earlier = [
  { year: 2018, value: "82.46", status: "published; zone edges before 2021 unconfirmed" },
  { year: 2021, value: "77.66", status: "published (the Sekda quoted 77.73: also kuning)" },
  { year: 2023, value: "89.45", status: "published figure; category by the table (the source gives only the number)" },
];
for (const e of earlier) {
  const r = resolveRubric("ombudsman", { assessmentYear: e.year });
  story.push({
    scheme: "Ombudsman",
    year: String(e.year),
    figure: e.value,
    rubric: r.id,
    predicate: named(classify(r, e.value)),
    status: e.status,
  });
}
story.push({
  scheme: "Ombudsman",
  year: "2024",
  figure: cilegon2024.value,
  rubric: cilegon2024.rubric,
  predicate: named(cilegon2024.predicate),
  status: "reproduced from the seven published unit scores",
});
const change = compareYears({ assessmentYear: 2023, value: "89.45" }, { assessmentYear: 2024, result: cilegon2024 });
console.log(
  `Ombudsman 2023 → 2024: ${change.from.value} → ${change.to.value} = ${change.delta} (kategori ${change.predicate.from} → ${change.predicate.to}, zona ${change.zone.from} → ${change.zone.to})\n`,
);

// %% PEKPPP: the 2021 self-evaluation (2.55 "Cukup", koranpagionline.com) on the 17/2017 instrument, and
// 2022, 4.22 "Sangat Baik", from the assessment of DPMPTSP and Disdukcapil (Jurnal Banten, 8 Jun 2023,
// quoting the Sekda: a news figure, UNCONFIRMED as an official one).
for (const [year, value, status] of [
  [2021, "2.55", "published self-evaluation"],
  [2022, "4.22", "UNCONFIRMED: news only"],
] as const) {
  const r = resolveRubric("pekppp", { assessmentYear: year });
  story.push({
    scheme: "PEKPPP (IPP)",
    year: String(year),
    figure: value,
    rubric: r.id,
    predicate: named(classify(r, value)),
    status,
  });
}

// %% SAKIP: grade "B, kategori Baik" for the 2023 performance, evaluated in July 2024 (Banten Raya, 10 Jul 2024,
// quoting the Wali Kota: UNCONFIRMED, no LHE found). Only the grade is known, so kinerja can say which values
// it covers and where A starts, not compute a score.
const sakip = resolveRubric("sakip", { assessmentYear: 2024 });
const band = (code: string) => sakip.predicates?.find((b) => b.code === code);
const b = band("B");
const a = band("A");
story.push({
  scheme: "SAKIP (AKIP)",
  year: "2023 (evaluated 2024)",
  figure: b ? `${b.minInclusive ? "≥" : ">"} ${b.min} – ${b.max}` : "?",
  rubric: sakip.id,
  predicate: `B ${b?.label.id ?? ""}`,
  status: `UNCONFIRMED grade, no value published; A starts ${a?.minInclusive ? "at" : "above"} ${a?.min}`,
});

// %% The whole story, one table (* = a predicate whose band table is not confirmed for that year).
console.log("Kota Cilegon, as the schemes grade it");
console.table(story);
