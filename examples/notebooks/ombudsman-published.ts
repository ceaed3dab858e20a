// # Ombudsman compliance 2022–2024: published results reproduced and ranked
//
// Every instansi score below was published by Ombudsman RI or its regional offices, as reported by the
// sources linked next to it. kinerja classifies each on the rubric of its own assessment year, checks the
// category against the published one (or, where the source gives only the number, against the published
// table), rebuilds the two instansi whose every unit score is public, and ranks each year and province.
//
// Run (after `npm run build`): npx tsx examples/notebooks/ombudsman-published.ts

// %% Imports, and the published results with their sources.
import { aggregate, classify, resolveRubric } from "kinerja";
import { rank } from "kinerja/ombudsman";

const SRC = {
  cilegon: "https://banten.viva.co.id/berita/5554-pemkot-cilegon-dapat-pengakuan-prestisius-dengan-skor-9531-persen",
  munabarat2024:
    "https://kominfo.munabarat.go.id/berita/muna-barat-kembali-raih-nilai-tertinggi-se-sultra-dalam-penilaian-peningkatan-kualitas-pelayanan-publik-tahun-2024/",
  ntt: "https://kupang.antaranews.com/berita/142569/ombudsman-sebut-12-pemda-di-ntt-raih-predikat-zona-hijau-pelayanan-publik",
  jatim:
    "https://kamedia.id/ombudsman-ri-serahkan-hasil-penilaian-kepatuhan-2024-tata-kelola-layanan-publik-jatim-membaik/",
  kalbar:
    "https://ombudsman.go.id/perwakilan/news/r/pwk--hasil-penilaian-kepatuhan-penyelenggaraan-publik-tahun-2024-meningkat-ombudsman-kalbar-beri-apresiasi",
  jateng: "https://ratas.id/daerah/pemprov-jateng-pertahankan-predikat-pelayanan-publik-level-atas-dari-ombudsman",
  madiun: "https://jatim.antaranews.com/berita/762414/tujuh-opd-pemkot-madiun-raih-penghargaan-ombudsman-ri",
  magelangKota:
    "https://magelangkota.go.id/view/kota-magelang-peringkat-i-nasional-kepatuhan-penyelenggaraan-pelayanan-publik-tahun-2023-2",
  magelangKab: "https://mnews.id/ombudsman-beri-nilai-8725-pelayanan-publik-di-kabupaten-magelang",
  top2023:
    "https://bloombergtechnoz.com/detail-news/23849/survei-pelayanan-publik-ombudsman-sebut-tahun-ini-lebih-baik/2",
  sultra2022:
    "https://sultra.tribunnews.com/amp/2023/01/27/selain-pemprov-sultra-pemkot-kendari-dan-baubau-terendah-hasil-kepatuhan-standar-pelayanan-publik",
  munabarat2022:
    "https://sultranesia.com/kepatuhan-standar-pelayanan-publik-mubar-tertinggi-dari-15-kabupaten-di-sultra/",
} as const;

interface Published {
  year: 2022 | 2023 | 2024;
  name: string;
  province: string;
  value: string;
  /** The category the source states; null when it gives only the number (then the table decides). */
  stated: string | null;
  source: keyof typeof SRC;
}

const PUBLISHED: Published[] = [
  { year: 2024, name: "Kota Cilegon", province: "Banten", value: "95.31", stated: "A", source: "cilegon" },
  {
    year: 2024,
    name: "Kab. Muna Barat",
    province: "Sulawesi Tenggara",
    value: "93.46",
    stated: "A",
    source: "munabarat2024",
  },
  { year: 2024, name: "Kab. Timor Tengah Utara", province: "NTT", value: "91.82", stated: "A", source: "ntt" },
  { year: 2024, name: "Kab. Manggarai Barat", province: "NTT", value: "89.62", stated: "A", source: "ntt" },
  { year: 2024, name: "Kota Kupang", province: "NTT", value: "86.62", stated: "B", source: "ntt" },
  { year: 2024, name: "Kab. Belu", province: "NTT", value: "83.33", stated: "B", source: "ntt" },
  { year: 2024, name: "Kab. Manggarai", province: "NTT", value: "83.22", stated: "B", source: "ntt" },
  { year: 2024, name: "Kab. Kupang", province: "NTT", value: "83.17", stated: "B", source: "ntt" },
  { year: 2024, name: "Kab. Timor Tengah Selatan", province: "NTT", value: "82.87", stated: "B", source: "ntt" },
  { year: 2024, name: "Kab. Ende", province: "NTT", value: "82.06", stated: "B", source: "ntt" },
  { year: 2024, name: "Kab. Manggarai Timur", province: "NTT", value: "80.65", stated: "B", source: "ntt" },
  { year: 2024, name: "Kab. Nagekeo", province: "NTT", value: "80.42", stated: "B", source: "ntt" },
  { year: 2024, name: "Kab. Sikka", province: "NTT", value: "78.63", stated: "B", source: "ntt" },
  { year: 2024, name: "Kab. Sumba Barat", province: "NTT", value: "78.09", stated: "B", source: "ntt" },
  { year: 2024, name: "Kab. Ponorogo", province: "Jawa Timur", value: "87.88", stated: "B", source: "jatim" },
  { year: 2024, name: "Kab. Jombang", province: "Jawa Timur", value: "87.88", stated: "B", source: "jatim" },
  { year: 2024, name: "Kab. Bondowoso", province: "Jawa Timur", value: "87.53", stated: "B", source: "jatim" },
  { year: 2024, name: "Kota Batu", province: "Jawa Timur", value: "82.28", stated: "B", source: "jatim" },
  { year: 2024, name: "Kab. Sumenep", province: "Jawa Timur", value: "80.03", stated: "B", source: "jatim" },
  { year: 2024, name: "Prov. Jawa Timur", province: "Jawa Timur", value: "92.08", stated: "A", source: "jatim" },
  {
    year: 2024,
    name: "Prov. Kalimantan Barat",
    province: "Kalimantan Barat",
    value: "95.65",
    stated: "A",
    source: "kalbar",
  },
  { year: 2024, name: "Prov. Jawa Tengah", province: "Jawa Tengah", value: "98.21", stated: "A", source: "jateng" },
  { year: 2023, name: "Kota Madiun", province: "Jawa Timur", value: "93.59", stated: "A", source: "madiun" },
  { year: 2023, name: "Kota Magelang", province: "Jawa Tengah", value: "98.17", stated: "A", source: "magelangKota" },
  { year: 2023, name: "Kab. Magelang", province: "Jawa Tengah", value: "87.25", stated: "B", source: "magelangKab" },
  { year: 2023, name: "Kementerian Luar Negeri", province: "(K/L)", value: "94.85", stated: null, source: "top2023" },
  { year: 2023, name: "BPOM", province: "(K/L)", value: "94.11", stated: null, source: "top2023" },
  {
    year: 2023,
    name: "Prov. Sulawesi Utara",
    province: "Sulawesi Utara",
    value: "97.18",
    stated: null,
    source: "top2023",
  },
  { year: 2023, name: "Kab. Tuban", province: "Jawa Timur", value: "97.44", stated: null, source: "top2023" },
  { year: 2023, name: "Kota Cilegon", province: "Banten", value: "89.45", stated: null, source: "cilegon" },
  { year: 2023, name: "Prov. Jawa Tengah", province: "Jawa Tengah", value: "94.5", stated: null, source: "jateng" },
  {
    year: 2022,
    name: "Kab. Muna Barat",
    province: "Sulawesi Tenggara",
    value: "69.72",
    stated: "C",
    source: "munabarat2022",
  },
  {
    year: 2022,
    name: "Kota Kendari",
    province: "Sulawesi Tenggara",
    value: "58.99",
    stated: "C",
    source: "sultra2022",
  },
  { year: 2022, name: "Kota Baubau", province: "Sulawesi Tenggara", value: "58.03", stated: "C", source: "sultra2022" },
];

// %% Two instansi whose every unit score is published: the instansi score is the mean of the units,
// rounded half-up to 2 decimals.
const rebuilt = [
  {
    name: "Kota Cilegon",
    year: 2024,
    units: ["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"],
  },
  {
    name: "Kota Madiun",
    year: 2023,
    units: [
      { unit: "Dinsos P3A", value: "92.03" },
      { unit: "Dinkes PPKB", value: "89.72" },
      { unit: "DPMPTSP", value: "93.12" },
      { unit: "Disdik", value: "93.53" },
      { unit: "Disdukcapil", value: "95.20" },
      { unit: "Puskesmas Banjarejo", value: "95.35" },
      { unit: "Puskesmas Sukosari", value: "96.20" },
    ],
  },
];
console.log("Instansi rebuilt from their published unit scores");
console.table(
  rebuilt.map((r) => {
    const result = aggregate(resolveRubric("ombudsman", { assessmentYear: r.year }), r.units);
    const published = PUBLISHED.find((p) => p.name === r.name && p.year === r.year)?.value;
    return {
      instansi: r.name,
      year: r.year,
      units: result.count,
      mean: `${result.mean.slice(0, 9)}…`,
      kinerja: result.value,
      published,
      same: result.value === published ? "yes" : "NO",
    };
  }),
);

// %% Each year: classified on its own rubric and ranked (equal scores share a rank).
let stated = 0;
let agree = 0;
for (const year of [2024, 2023, 2022] as const) {
  const rubric = resolveRubric("ombudsman", { assessmentYear: year });
  const rows = PUBLISHED.filter((p) => p.year === year);
  const ranked = rank(
    rows.map((p) => ({ name: p.name, value: p.value, province: p.province })),
    { rubric },
  );
  console.log(`\n${year} (${rubric.id}): ${rows.length} published instansi scores`);
  console.table(
    ranked.map((r) => {
      const p = rows.find((x) => x.name === r.name) as Published;
      const code = classify(rubric, p.value).code;
      if (p.stated !== null) {
        stated++;
        if (code === p.stated) agree++;
      }
      return {
        rank: r.rank,
        instansi: r.name,
        province: r.province,
        score: r.value,
        kategori: `${r.predicate?.code} ${r.predicate?.label.id}`,
        published: p.stated ?? "(number only)",
        agrees: p.stated === null ? "" : code === p.stated ? "yes" : "NO",
        source: new URL(SRC[p.source]).hostname.replace(/^www\./, ""),
      };
    }),
  );
}
console.log(
  `\n${agree} of ${stated} published categories reproduced; ${PUBLISHED.length - stated} scores published without a category classified by the table.`,
);

// %% Within one province: Jawa Timur 2024, where Ponorogo and Jombang share a place.
console.log("\nJawa Timur, 2024");
console.table(
  rank(
    PUBLISHED.filter((p) => p.year === 2024).map((p) => ({ name: p.name, value: p.value, province: p.province })),
    { province: "Jawa Timur", rubric: "ombudsman@2024.2" },
  ).map((r) => ({ rank: r.rank, instansi: r.name, score: r.value, tied: r.tied })),
);
