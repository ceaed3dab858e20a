/**
 * Sources shared by the Ombudsman RI rubric versions (Penilaian Kepatuhan
 * 2013–2024, Opini Ombudsman 2025→). Paraphrased from the project's reference
 * note (shared/reference/ombudsman.md); the full Peraturan/Keputusan texts and
 * the national reports have not been seen, so most figures are reconstructed
 * from regional slide decks, press releases and published results.
 */
import type { Source } from "../../model/types.js";

/** UU 25/2009 Pasal 21: the 14 komponen standar pelayanan the assessment checks. */
export const UU_25_2009: Source = {
  regulation: "UU 25/2009 tentang Pelayanan Publik",
  part: "Pasal 21 (komponen standar pelayanan)",
  href: "https://id.scribd.com/document/670445282/BOCORAN-PENILAIAN-OMBUDSMAN",
  text: "The assessment checks whether each service product meets the 14 komponen standar pelayanan of Pasal 21.",
  confirmed: true,
  note: "The 14-component list is on the Scribd instrument sheet (href).",
};

/** 2013–2014: research by Bidang Pencegahan; no specific Peraturan Ombudsman found. */
export const ORI_RESEARCH_2013: Source = {
  regulation: "Ombudsman RI, penelitian kepatuhan pelaksanaan UU 25/2009 (Bidang Pencegahan), 2013",
  href: "https://dokumen.tips/documents/ombudsman-republik-merupakan-inti-penting-dalam-paradigma-baru-tentang-new-public.html",
  confirmed: false,
  note: "No Peraturan Ombudsman for the 2013–2014 research was found (UNCONFIRMED legal basis); see also the 2014 Bandung executive summary, https://123dok.com/document/z1rgnn3q-kepatuhan-pemerintah-bandung-pelaksanaan-undang-pelayanan-executive-summary.html",
};

export const PEROMBUDSMAN_17_2015: Source = {
  regulation: "Peraturan Ombudsman RI No. 17 Tahun 2015",
  part: "Penelitian Kepatuhan terhadap Standar Pelayanan Publik",
  href: "https://adoc.pub/peraturan-ombudsman-republik-indonesia-nomor-17-tahun-2015-t.html",
  confirmed: true,
};

export const PEROMBUDSMAN_22_2016: Source = {
  regulation: "Peraturan Ombudsman RI No. 22 Tahun 2016 (BN 2017 No. 333)",
  part: "Penilaian Kepatuhan terhadap Standar Pelayanan Publik; revokes Peraturan Ombudsman 17/2015",
  href: "https://123dok.com/document/q767geky-e-f-ed-b-d.html",
  confirmed: true,
};

/** 2019 said to be the last round of the old method. */
export const ANTARA_JAMBI_2019: Source = {
  regulation: "Ombudsman RI, statement by Adrianus Meliala (Antara Jambi, 2019)",
  href: "https://jambi.antaranews.com/berita/363883/ombudsman-tak-ada-lagi-kementerian-di-zona-merah",
  text: "2019 was the last round of the old method; a different method was to start next time.",
  confirmed: true,
};

/** "2020 tidak ada penilaian". */
export const DETIK_JATIM_2021: Source = {
  regulation: "Ombudsman RI Perwakilan Jawa Timur, press (detik Jatim, 29 Dec 2021)",
  href: "https://news.detik.com/berita-jawa-timur/d-5876155",
  text: "No compliance assessment was held in 2020; the 2021 assessment counts electronic service standards in its weighting.",
  confirmed: true,
};

export const PERPRES_18_2020: Source = {
  regulation: "Perpres 18/2020 (RPJMN 2020–2024)",
  part: "cited as the mandate of the 2021 assessment",
  href: "https://langgam.id/penilaian-pelayanan-publik-ombudsman-dharmasraya-dan-payakumbuh-zona-hijau-pemprov-sumbar-zona-kuning",
  confirmed: true,
};

/** 2021 three-zone table, 2-decimal form. */
export const ZONES_2021: Source = {
  regulation:
    "Ombudsman RI, Penilaian Kepatuhan Standar Pelayanan Publik 2021 (zone table as published by Ombudsman Sumbar)",
  part: "Zona Hijau 81.00–100, Zona Kuning 51.00–80.99, Zona Merah 0–50.99",
  href: "https://langgam.id/penilaian-pelayanan-publik-ombudsman-dharmasraya-dan-payakumbuh-zona-hijau-pemprov-sumbar-zona-kuning",
  confirmed: true,
  note: "Also Ombudsman Banten via kompas. Press variants (51–80,9; kuning 50–80) are less precise; the 2-decimal form is used.",
};

/** The same zone names before 2021, with no explicit ranges. */
export const ZONES_BEFORE_2021: Source = {
  regulation: "Ombudsman RI, Penilaian Kepatuhan (press usage 2013–2019)",
  part: "zona merah/kuning/hijau = kepatuhan rendah/sedang/tinggi",
  href: "https://ombudsman.go.id/news/r/anugerah-kepatuhan-2018-seluruh-kementerian-bebas-dari-zona-merah",
  confirmed: false,
  note: "UNCONFIRMED: the press uses the same three zone names and the common 0–50 / 51–80 / 81–100 wording, consistent with the 2021 table, but no pre-2021 source with explicit ranges was found; the 2021 2-decimal edges are assumed.",
};

/** 2021: averaging mentioned by Ombudsman Banten, contradicted by Kota Magelang. */
export const AGGREGATION_2021: Source = {
  regulation: "Ombudsman RI, Penilaian Kepatuhan 2021 (unit → instansi)",
  href: "https://id.scribd.com/presentation/630070380/1-Persiapan-Evaluasi-ORI-2023-pptx",
  confirmed: false,
  note: "UNCONFIRMED (conflicting evidence): Ombudsman Banten said Kota Tangerang's OPD scores were averaged (kompas, http://megapolitan.kompas.com/read/2022/03/04/20063541/twitter.com), but Kota Magelang 2021 is published as 68.27 while the plain mean of its four OPD scores is 62.21. Possibly a mean over products or weighted by product count.",
};

/** Results of 2022 set by Keputusan Ketua Ombudsman 337/2022. */
export const KEPKETUA_337_2022: Source = {
  regulation: "Keputusan Ketua Ombudsman RI No. 337 Tahun 2022",
  part: "hasil Penilaian Kepatuhan Standar Pelayanan Publik 2022",
  href: "https://sultra.tribunnews.com/amp/2023/01/27/selain-pemprov-sultra-pemkot-kendari-dan-baubau-terendah-hasil-kepatuhan-standar-pelayanan-publik",
  confirmed: true,
};

/** 2023: an instrument sheet cites "Peraturan Ombudsman No. 22 Tahun 2023". */
export const PEROMBUDSMAN_22_2023: Source = {
  regulation: "Peraturan Ombudsman RI No. 22 Tahun 2023 (as cited on an instrument sheet)",
  part: "Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023",
  href: "https://id.scribd.com/document/670445282/BOCORAN-PENILAIAN-OMBUDSMAN",
  confirmed: false,
  note: "UNCONFIRMED: may be a mislabel of Peraturan Ombudsman 22/2016. 2023 framing: https://bloombergtechnoz.com/detail-news/23849/survei-pelayanan-publik-ombudsman-sebut-tahun-ini-lebih-baik/2",
};

/** Results of 2024 set by Keputusan Ketua Ombudsman 252/2024. */
export const KEPKETUA_252_2024: Source = {
  regulation: "Keputusan Ketua Ombudsman RI No. 252 Tahun 2024",
  part: "hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2024",
  href: "https://kupang.antaranews.com/berita/142569/ombudsman-sebut-12-pemda-di-ntt-raih-predikat-zona-hijau-pelayanan-publik",
  confirmed: true,
};

/** The 2023 dimension weights (Ka Cegah deck; same figures in the Jatim, Kendal and Brebes decks). */
export const WEIGHTS_2023: Source = {
  regulation:
    "Ombudsman RI, Dimensi, Variabel dan Indikator Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik Tahun 2023",
  part: "bobot dimensi: Input 21.85, Proses 32.37, Output 24.24, Pengaduan 21.54 (sum 100.00)",
  href: "https://id.scribd.com/document/658994325/Ka-Cegah-Dimensi-Variabel-dan-Indikator-Penilaian-Kepatuhan-Penyelenggaraan-Pelayanan-Publik-Tahun-2023",
  confirmed: true,
  note: "Also the Jatim deck (https://id.scribd.com/document/658943013/1-10-Maret-2023-MATERI-EVALUASI-PEMPROV-JATIM-2023) and the Kendal and Brebes decks.",
};

/** 2022: the same weights, printed next to 2022 results. */
export const WEIGHTS_2022: Source = {
  regulation: "Ombudsman RI, Penilaian Kepatuhan 2022 (weights as printed in 2023 preparation decks)",
  part: "bobot dimensi: Input 21.85, Proses 32.37, Output 24.24, Pengaduan 21.54",
  href: "https://id.scribd.com/presentation/654386449/PAPARAN-WORKSHOP-KENDAL-2023",
  confirmed: false,
  note: "UNCONFIRMED for 2022: the Kendal and Brebes decks print these (2023) weights next to the 2022 results, so they were probably also used in 2022; no 2022 weight table was found.",
};

/** 2024: no weight table found. */
export const WEIGHTS_2024: Source = {
  regulation: "Ombudsman RI, Penilaian Kepatuhan 2024 (2023 weights assumed)",
  part: "bobot dimensi: Input 21.85, Proses 32.37, Output 24.24, Pengaduan 21.54",
  href: "https://id.scribd.com/document/658994325/Ka-Cegah-Dimensi-Variabel-dan-Indikator-Penilaian-Kepatuhan-Penyelenggaraan-Pelayanan-Publik-Tahun-2023",
  confirmed: false,
  note: "UNCONFIRMED for 2024: no 2024 weight table was found; these are the 2023 weights.",
};

/** Dimension scores on 0–100 and the weighted sum: inferred, never stated. */
export const DIMENSION_SCALE: Source = {
  regulation: "Ombudsman RI, Penilaian Kepatuhan 2022–2024 (unit score formula, inferred)",
  part: "unit = Σ bobot dimensi × nilai dimensi (0–100) / 100",
  href: "https://id.scribd.com/presentation/654386449/PAPARAN-WORKSHOP-KENDAL-2023",
  confirmed: false,
  note: "UNCONFIRMED: follows from the weighted design, but no source gives the formula or the scale of a dimension score; believed nilai dimensi = Σ bobot indikator × (skor 0–3 / 3) × 100.",
};

/** Indicator scale 0–3 (Kendal deck). */
export const INDICATOR_SCALE_0_3: Source = {
  regulation: "Ombudsman RI, Penilaian Kepatuhan 2023 (Kendal workshop deck)",
  part: "interval nilai 0 s/d 3 per indikator",
  href: "https://id.scribd.com/presentation/654386449/PAPARAN-WORKSHOP-KENDAL-2023",
  confirmed: true,
};

/** The A–E category table, 2024 official wording. */
export const CATEGORIES_2024: Source = {
  regulation:
    "Ombudsman RI, Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2024 (official wording quoted by Kab. Muna Barat)",
  part: "A 88.00–100, B 78.00–87.99, C 54.00–77.99, D 32.00–53.99, E 0–31.99",
  href: "https://kominfo.munabarat.go.id/berita/muna-barat-kembali-raih-nilai-tertinggi-se-sultra-dalam-penilaian-peningkatan-kualitas-pelayanan-publik-tahun-2024/?page_number_0=2&page_number_1=2",
  confirmed: true,
  note: "Also kupang.antaranews and kamedia.id (2024); a published 2024 result just below 32.00 was category E.",
};

/** 2022–2023: same table, consistent with every published result. */
export const CATEGORIES_2022_2023: Source = {
  regulation: "Ombudsman RI, Penilaian Kepatuhan 2022–2023 (the 2024 category table, applied)",
  part: "A 88.00–100, B 78.00–87.99, C 54.00–77.99, D 32.00–53.99, E 0–31.99",
  href: "https://sonora.id/read/423627266/pemprov-kalbar-raih-penghargaan-penilaian-kepatuhan-standar-pelayanan-publik-tahun-2022-dari-ombudsman-ri?page=2",
  confirmed: false,
  note: "CONSISTENT: consistent with every published result, no explicit table found. The 2022 announcement describes the same structure (hijau = tertinggi + tinggi, kuning = sedang, merah = rendah + terendah).",
};

/** Published scores carry 2 decimals; half-up for raw values is inferred. */
export const ROUNDING_2DP: Source = {
  regulation: "Ombudsman RI, published results (2 decimals)",
  part: "nilai dibulatkan 2 desimal",
  href: "https://www.g-news.id/pemalang-raih-penghargaan-kepatuhan-dari-ombudsman-ri/",
  confirmed: false,
  note: "Scores are published with 2 decimals (CONFIRMED, e.g. Kab. Ciamis 2018 = 99.96); rounding a raw value half-up before classification is UNCONFIRMED (consistent with 2-decimal publication).",
};

/** 2022–2024: instansi = plain mean of unit scores, reproduced from published results. */
export const AGGREGATION_MEAN_2022_2024: Source = {
  regulation: "Ombudsman RI, Penilaian Kepatuhan 2022–2024 (unit → instansi, reconstructed)",
  part: "nilai instansi = rata-rata nilai unit (OPD/UPT)",
  href: "https://banten.viva.co.id/berita/5554-pemkot-cilegon-dapat-pengakuan-prestisius-dengan-skor-9531-persen?page=all",
  text: "The plain mean of the published unit scores reproduces Kota Cilegon 2024 (7 units → 95.31) and Kota Madiun 2023 (7 units → 93.59), and further 2022 and 2024 instansi.",
  confirmed: true,
  note: "Confirmed by reconstruction only; no source states the formula in words. Madiun: https://jatim.antaranews.com/berita/762414/tujuh-opd-pemkot-madiun-raih-penghargaan-ombudsman-ri",
};

/** Rounding of the instansi mean. */
export const AGGREGATION_ROUNDING: Source = {
  regulation: "Ombudsman RI, Penilaian Kepatuhan 2022–2024 (instansi value, reconstructed)",
  part: "2 decimals",
  href: "https://banten.viva.co.id/berita/5554-pemkot-cilegon-dapat-pengakuan-prestisius-dengan-skor-9531-persen?page=all",
  confirmed: false,
  note: "Truncation is ruled out (Cilegon 2024: mean 95.307… published 95.31). Half-up and half-even agree on every published case, so the tie rule is UNCONFIRMED; half-up is used. Whether Ombudsman averages unrounded internal unit scores cannot be decided.",
};

/** 2023+: score may be corrected for ignoring LAHP/LHA/Rekomendasi. */
export const DEDUCTIONS_2023: Source = {
  regulation: "Ombudsman RI, Penilaian Kepatuhan 2023→ (synergy with LAHP, LHA, Rekomendasi)",
  href: "https://alinea.id/nasional/variabel-substantif-jadi-penilaian-kepatuhan-layanan-publik-b2c3d931v",
  text: "An instansi that ignores corrective actions can have its score reduced, possibly out of the green zone.",
  confirmed: false,
  note: "The size and mechanics of the deduction are UNCONFIRMED: the caller gives the amount.",
};

/** 2025 → Opini Ombudsman. */
export const PEROMBUDSMAN_61_2025: Source = {
  regulation: "Peraturan Ombudsman RI No. 61 Tahun 2025",
  part: "Opini Ombudsman RI: Penilaian Maladministrasi Penyelenggaraan Pelayanan Publik",
  href: "https://www.pantau.com/nasional/320437/opini-ombudsman-ri-jadi-alat-ukur-baru-kualitas-pelayanan-publik-bebas-malaadministrasi",
  confirmed: true,
  note: "Text of the Peraturan not seen; structure known from press releases 004 and 005/HM.01/I/2026 and officials quoted in the press.",
};

/** 2025: four dimensions 70 %, Kepercayaan Masyarakat 30 %. */
export const WEIGHTS_2025: Source = {
  regulation: "Peraturan Ombudsman RI No. 61 Tahun 2025 (press releases 004 and 005/HM.01/I/2026)",
  part: "empat dimensi (Input, Proses, Output, Pengaduan) 70 %, Kepercayaan Masyarakat 30 %",
  href: "https://lampost.co/lampung/4-dimensi-penilaian-pelayanan-publik-ombudsman-di-lampung/",
  confirmed: true,
  note: "Also https://lampung7.com/organisasi/ombudsman-lampung-serahkan-rapor-pelayanan-publik-2025-libatkan-penilaian-masyarakat/2026/02/07 . The split of the 70 % among the four dimensions is unknown.",
};

/** 2025 component scales (0–100) are assumed. */
export const SCALE_2025: Source = {
  regulation: "Peraturan Ombudsman RI No. 61 Tahun 2025 (component scale, assumed)",
  href: "https://lampost.co/lampung/4-dimensi-penilaian-pelayanan-publik-ombudsman-di-lampung/",
  confirmed: false,
  note: "UNCONFIRMED: component scores on 0–100 are assumed; no source gives the scale.",
};

/** 2025: the opinion labels and the "Tanpa Maladministrasi" qualifier. */
export const OPINI_2025: Source = {
  regulation: "Peraturan Ombudsman RI No. 61 Tahun 2025 (Opini labels)",
  part: "Kualitas Tertinggi / Tinggi / Sedang / Rendah …, optionally “Tanpa Maladministrasi”",
  href: "https://finansialtoday.com/amp/577700/ori-berikan-opini-kualitas-tertinggi-pada-lima-kementerian-indonesia",
  text: "“Tanpa Maladministrasi” is a qualifier earned by following up Ombudsman findings, not a points deduction.",
  confirmed: true,
};

/** 2025: band cut-offs not published; the 2022–2024 table fits every data point found. */
export const BANDS_2025_ASSUMED: Source = {
  regulation: "Ombudsman RI, Opini 2025 (2022–2024 category table, assumed)",
  part: "A 88.00–100, B 78.00–87.99, C 54.00–77.99, D 32.00–53.99, E 0–31.99",
  href: "https://lampung7.com/organisasi/ombudsman-lampung-serahkan-rapor-pelayanan-publik-2025-libatkan-penilaian-masyarakat/2026/02/07",
  confirmed: false,
  note: "UNCONFIRMED for 2025: the 2025 cut-offs were not found; every 2025 data point found (53.38 Rendah, 57.61 Sedang, 65.98 Sedang) fits the 2022–2024 cut-offs. Use only by explicit choice.",
};

/** A published score on 0–100 with 2 decimals: the input where the unit methodology is unknown. */
export const PUBLISHED_SCORE: Source = {
  regulation: "Ombudsman RI, published Penilaian Kepatuhan results",
  part: "nilai kepatuhan 0–100, 2 decimals",
  href: "https://www.g-news.id/pemalang-raih-penghargaan-kepatuhan-dari-ombudsman-ri/",
  text: "Scores run from 0 to 100 and are published with 2 decimals (e.g. Kab. Ciamis 2018 = 99.96).",
  confirmed: true,
};

/*
 * Added for the ombudsman@….2 rubrics (issue #7, data corrections). The sources above are used by published
 * rubrics and never change (UU_25_2009 keeps its old link there); these are new.
 */

/** UU 25/2009 Pasal 21, linked to the law's own text (JDIH BPK) instead of an instrument sheet. */
export const UU_25_2009_TEXT: Source = {
  regulation: "UU 25/2009 tentang Pelayanan Publik",
  part: "Pasal 21 (komponen standar pelayanan)",
  href: "https://peraturan.bpk.go.id/Details/38748/uu-no-25-tahun-2009",
  text: "The assessment checks whether each service product meets the 14 komponen standar pelayanan of Pasal 21.",
  confirmed: true,
  note: "href: the text of the law on JDIH BPK. That the assessment checks these components: Ombudsman Banten's check of Disdukcapil Cilegon (https://www.ombudsman.go.id/perwakilan/news/r/pwk--ombudsman-banten-sidak-disdukcapil-cilegon-apa-yang-diperiksa) and a 2023 instrument sheet circulating on Scribd that lists the 14 components (https://id.scribd.com/document/670445282/BOCORAN-PENILAIAN-OMBUDSMAN; not the law, not an official publication).",
};

/** 2023: the basis an instrument sheet cites as "Peraturan Ombudsman No. 22 Tahun 2023" is most likely 22/2016. */
export const PEROMBUDSMAN_22_2016_FOR_2023: Source = {
  regulation:
    "Peraturan Ombudsman RI No. 22 Tahun 2016 (BN 2017 No. 333), cited on a 2023 instrument sheet as “No. 22 Tahun 2023”",
  part: "Penilaian Kepatuhan terhadap Standar Pelayanan Publik, as the basis of the 2023 Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik",
  href: "https://123dok.com/document/q767geky-e-f-ed-b-d.html",
  confirmed: false,
  note: "UNCONFIRMED (inference, ombudsman.md §0): the 2023 instrument sheet (https://id.scribd.com/document/670445282/BOCORAN-PENILAIAN-OMBUDSMAN) prints “Peraturan Ombudsman No. 22 Tahun 2023”. No Peraturan Ombudsman 22/2023 has been found, and Peraturan Ombudsman numbers run on across years (17/2015, 22/2016, 38/2019, 41/2019, 42/2020, 61/2025, 62/2025), so a No. 22 of 2023 is implausible; 22/2016 is the regulation with that number on this subject (href: its text), so “2023” is read as a mislabel. A 2023 Ombudsman briefing is reported to cite 22/2016; the 2023 decks seen (Kendal, Jatim) show only the first items of their legal-basis list (UU 37/2008, UU 25/2009, PP 96/2012), so this was not checked. 2023 framing: https://bloombergtechnoz.com/detail-news/23849/survei-pelayanan-publik-ombudsman-sebut-tahun-ini-lebih-baik/2",
};
