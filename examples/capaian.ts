/**
 * Capaian kinerja of a few indicators of a (synthetic) Kota for 2024, with the
 * kriteria of each. The figures are the reference cases: angka kemiskinan
 * (lower is better) 10 → 8, the PermenPAN-RB 8/2021 range examples, UHC above
 * its target. Run: npx tsx examples/capaian.ts
 */
import { CAPAIAN_CAPS, type CapaianInput, capaian, kriteriaCapaian } from "../src/capaian/index.js";

const indicators: Array<{ name: string; unit: string; input: CapaianInput }> = [
  { name: "Angka kemiskinan", unit: "%", input: { target: 10, realisasi: 8, polarity: "lowerIsBetter" } },
  {
    name: "Angka kemiskinan (T/R)",
    unit: "%",
    input: { target: 10, realisasi: 8, polarity: "lowerIsBetter", formula: "T/R" },
  },
  { name: "Cakupan UHC", unit: "%", input: { target: 95, realisasi: "95.31", polarity: "higherIsBetter" } },
  {
    name: "Penyelesaian pengaduan PBG/SLF",
    unit: "%",
    input: { target: { min: 80, max: 90 }, realisasi: 92, polarity: "range" },
  },
  {
    name: "Waktu penyelesaian aplikasi",
    unit: "bulan",
    input: { target: { min: 7, max: 8 }, realisasi: "6.5", polarity: "lowerIsBetter" },
  },
  {
    name: "Jalan kondisi mantap (cap 120)",
    unit: "%",
    input: { target: 60, realisasi: 78, polarity: "higherIsBetter", cap: CAPAIAN_CAPS.permenpanrb8of2021.value },
  },
  { name: "Kasus gizi buruk", unit: "kasus", input: { target: 0, realisasi: 0, polarity: "lowerIsBetter" } },
  {
    name: "Indeks kepuasan (belum lapor)",
    unit: "indeks",
    input: { target: 82, realisasi: null, polarity: "higherIsBetter" },
  },
];

const rows = indicators.map(({ name, unit, input }) => {
  const c = capaian(input);
  const k = kriteriaCapaian(c);
  const target = typeof c.target === "object" && c.target !== null ? `${c.target.min}–${c.target.max}` : c.target;
  return {
    indikator: name,
    satuan: unit,
    target,
    realisasi: c.realisasi ?? "—",
    rumus: c.formula,
    "capaian %": c.value ?? `— (${c.reason})`,
    exact: c.exactFraction ?? "",
    kriteria: k.label?.id ?? "—",
    catatan: c.capped
      ? `capped; uncapped ${c.uncapped?.value}`
      : c.versusTarget === "met" && c.value === null
        ? "target met, no %"
        : "",
  };
});
console.table(rows);
console.log(
  "Kriteria: table attributed to Permendagri 86/2017 (UNCONFIRMED), gap policy",
  kriteriaCapaian(100).gapPolicy,
  "(the default).",
);
console.log(
  "Note: PermenPAN-RB 8/2021 prints 113 % for 92 against 80–90 %; its own formula, 92/90 × 100, gives 102.22 %.",
);
