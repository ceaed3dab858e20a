/**
 * Where the Reformasi Birokrasi (RB) figures come from: each regulation,
 * document or implementation once. The tags in the comments are those of the
 * project's reference note (shared/reference/rb.md), so a reviewer can trace
 * every figure back to the note and from there to the public page or code.
 *
 * Plain data: no run-time code.
 */
import type { Source } from "../../model/types.js";

/** Public pages, documents and code, by what they are. */
export const HREF = {
  /** PermenPAN-RB 14/2014, Pedoman Evaluasi RB Instansi Pemerintah (considerans and body; no Lampiran table visible). */
  PERMEN_14_2014: "https://123dok.com/document/qvj0p31q-permenpanrb-no-tahun.html",
  /** Radar Banten, Aug 2019: Kota Cilegon's RB index 60.27 ("baik"), sosialisasi of PermenPAN-RB 30/2018, "delapan area perubahan". */
  RADAR_BANTEN_CILEGON: "https://www.radarbanten.co.id/indeks-reformasi-birokrasi-cilegon-baik/",
  /** PermenPAN-RB 26/2020 text (considerans names 14/2014, 30/2018 and 8/2019; Pasal 8 revokes them). */
  PERMEN_26_2020: "https://pdf4pro.com/view/peraturan-menteri-pendayagunaan-aparatur-70cd87.html",
  /** Inspektorat Kota Madiun on 26/2020: Pemenuhan 20, Hasil Antara 10, Reform 30. */
  MADIUN_26_2020: "https://inspektorat.madiunkota.go.id/2020/05/04/permen-panrb-no-26-tahun-2020/",
  /** NTB Satu Data: Indeks RB method 2020–2022 (26/2020) and 2023 on (RB General 100, RB Tematik 20). */
  NTB_SATU_DATA: "https://data.ntbprov.go.id/index.php/dataset/9f0b28fe-f047-4c0b-ad1d-24fd7336f441/show",
  /** "LKE Manual RB 2020 Reform" (scribd 527013755): the 26/2020 worksheet, old weights in parentheses. */
  LKE_MANUAL_2020: "https://www.scribd.com/document/527013755",
  /** Pemerintah Aceh infographic on the 2022 RB index: predicate table AA…D with labels. */
  ACEH_2022: "https://pintu.acehprov.go.id/infographics/indeks-reformasi-birokrasi-irb-aceh-2022",
  /** PermenPAN-RB 9/2023, Evaluasi Reformasi Birokrasi (replaces 26/2020). */
  PERMEN_9_2023: "https://www.scribd.com/document/670095537/2023permenpanrb009",
  /** KepMenPAN-RB 739/2023 (scribd title says 730), Pedoman Teknis Evaluasi RB 2023: the LKE RB General for K/L. */
  KEPMEN_739_2023:
    "https://id.scribd.com/document/683958562/Keputusan-Menteri-PANRB-Nomor-730-Tahun-2023-tentang-Petunjuk-Teknis-Juknis-Evaluasi-Reformasi-Birokrasi-Tahun-2023",
  /** 123dok: LKE RB 2023 for Pemda (evaluator nasional): Strategi Pelaksanaan RB Tematik 5, Opini BPK + Tindak Lanjut. */
  LKE_2023_PEMDA:
    "https://123dok.com/id/docs/lembar-kerja-evaluasi-reformasi-birokrasi-tahun-evaluator-nasional.11992372",
  /** What appears to be the evaluator's own RB portal: per-indicator score, penyesuaian, Index RB = General + Tematik. */
  PORTALRB_HASIL:
    "https://github.com/HanaDewi/portalrb-indv/blob/4455d9d140877be0ab995eb05ed62f621657b942/app/Http/Controllers/HasilController.php",
  /** renataputri19/RB2171 ScoringService (Zona Integritas LKE): answer mappings incl. A–E and percentages. */
  RB2171_SCORING:
    "https://github.com/renataputri19/RB2171/blob/f943884ee58fdd7f8b389d8aa115acae236fbc3c/app/Services/ScoringService.php",
  /** Warta Transparansi, 1 May 2025: Surabaya Indeks RB 2024 = 100.67 (General 86.39 + Tematik 14.28). */
  SURABAYA_2024:
    "https://www.wartatransparansi.com/2025/05/01/surabaya-raih-nilai-tertinggi-nasional-indeks-reformasi-birokrasi-2024.html",
  /** Ketik, 1 May 2025: the same statement of the Wali Kota. */
  SURABAYA_2024_KETIK:
    "https://ketik.com/berita/kota-surabaya-sabet-reformasi-birokrasi-terbaik-nasional-versi-kemenpan-rb",
} as const;

/** The `lkerb` SQL dump (reference note §1a, §7): no public address is known for it. */
export const LKERB =
  "an unidentified public implementation: the `lkerb` SQL dump of an LKE RB application (phpMyAdmin, generated 2019-06-07; tables bab, kriteria, subkriteria, item, bobot)";

// ---------------------------------------------------------------- legal basis

export const PERMEN_14_2014 = {
  regulation: "PermenPAN-RB 14/2014",
  part: "Pedoman Evaluasi Reformasi Birokrasi Instansi Pemerintah, with its Lampiran (LKE)",
  href: HREF.PERMEN_14_2014,
  text: "Sets the RB evaluation of government agencies (PMPRB self-assessment and KemenPAN-RB evaluation); replaces PER/19/M.PAN/11/2008.",
  confirmed: true,
  note: "CONFIRMED (reference note §0): considerans and body. The Lampiran's weight tables were not read in this text; the figures come from the LKE as transcribed in the `lkerb` dump and the 2020 manual.",
} as const satisfies Source;

export const PERMEN_30_2018 = {
  regulation: "PermenPAN-RB 30/2018",
  part: "Perubahan atas PermenPAN-RB 14/2014 (first amendment)",
  href: HREF.RADAR_BANTEN_CILEGON,
  text: "Amends 14/2014; Kota Cilegon ran its sosialisasi on 2 Aug 2019 and scores its RB index through the eight change areas under it.",
  confirmed: true,
  note: "CONFIRMED for the title and its use (reference note §0); the text and Lampiran of 30/2018 have NOT been found, so what it changed is unknown.",
} as const satisfies Source;

export const PERMEN_8_2019 = {
  regulation: "PermenPAN-RB 8/2019",
  part: "Perubahan Kedua atas PermenPAN-RB 14/2014",
  href: HREF.PERMEN_26_2020,
  text: "Second amendment of 14/2014; named in the considerans of 26/2020.",
  confirmed: true,
  note: "CONFIRMED that it exists (reference note §0); its content and that it governed the 2019 evaluation are UNCONFIRMED.",
} as const satisfies Source;

export const PERMEN_26_2020 = {
  regulation: "PermenPAN-RB 26/2020",
  part: "Pedoman Evaluasi Pelaksanaan Reformasi Birokrasi (Pasal 8 revokes 14/2014 and its amendments)",
  href: HREF.PERMEN_26_2020,
  text: "Enacted 1 May 2020; Pengungkit 60 = Pemenuhan 20 + Hasil Antara 10 + Reform 30, Hasil 40; used for the index years 2020–2022.",
  confirmed: true,
  note: "CONFIRMED (reference note §0, §1c): the text (pdf4pro), Inspektorat Kota Madiun and NTB Satu Data.",
} as const satisfies Source;

export const PERMEN_9_2023 = {
  regulation: "PermenPAN-RB 9/2023",
  part: "Evaluasi Reformasi Birokrasi (replaces 26/2020)",
  href: HREF.PERMEN_9_2023,
  text: "A simpler evaluation focused on results: RB General and RB Tematik, scored by a national evaluator and meso evaluators.",
  confirmed: true,
  note: "CONFIRMED (reference note §0): considerans b names 26/2020 as replaced; NTB Satu Data applies it from 2023.",
} as const satisfies Source;

export const KEPMEN_739_2023 = {
  regulation: "KepMenPAN-RB 739/2023",
  part: "Pedoman Teknis Evaluasi Reformasi Birokrasi Tahun 2023, Lampiran I (LKE RB)",
  href: HREF.KEPMEN_739_2023,
  text: "The 2023 worksheet: RB General 100 (A. Strategi 10 = 3 + 7; B. Capaian Pelaksanaan Kebijakan RB 40 with hard element 33 …) for K/L, and separate worksheets for Provinsi and Kabupaten/Kota.",
  confirmed: true,
  note: "CONFIRMED (reference note §1d) for the K/L worksheet's first rows; the scribd title says 730, the document body says NOMOR 739 (dated 20 Oct 2023). The rows after B.2 are cut off.",
} as const satisfies Source;

export const KEPMEN_182_2024 = {
  regulation: "KepMenPAN-RB 182/2024",
  part: "Petunjuk teknis evaluasi RB tahun 2024",
  text: "Technical guideline of the 2024 RB evaluation under PermenPAN-RB 9/2023.",
  confirmed: false,
  note: "Not seen. Two unidentified public implementations (internal-inspectorate evaluation templates) cite it as the 2024 juknis, together with PermenPAN-RB 9/2023 and SE MenPAN-RB 6/2025 (RB in the transition period). Its weights are not known; they are assumed to be those of 2023.",
} as const satisfies Source;

// ------------------------------------------------------------ implementations

/** The answer-value table of the `lkerb` dump: Y/T 1/0, A/B/C 1/0.5/0, A/B/C/D 1/0.67/0.33/0. */
export const LKERB_BOBOT = {
  regulation: LKERB,
  part: "table `bobot` (answer types and their values)",
  text: "Y/T → 1/0; A/B/C → 1/0.5/0; A/B/C/D → 1/0.67/0.33/0; ranges 0–100, 0–5, 0–4; Opini BPK categories WTP / WTP dengan paragraf penjelas / WDP / TMP / TW / tidak menyusun laporan keuangan.",
  confirmed: true,
  note: "CONFIRMED in an RB LKE implementation (reference note §2); A/B/C and A/B/C/D CORROBORATED by a filled LKE in a KPPU performance report (B scored 0.5, C scored 0.33). The 0.67 and 0.33 are 2/3 and 1/3 shown at 2 decimals; they are stored exactly.",
} as const satisfies Source;

/** The ZI scoring code that maps A–E and percentages (no RB source has them). */
export const RB2171 = {
  regulation: "renataputri19/RB2171, ScoringService (Zona Integritas LKE, PermenPAN-RB 90/2021)",
  part: "answer mapping",
  href: HREF.RB2171_SCORING,
  text: "A/B/C/D/E → 1/0.75/0.5/0.25/0; percentages → a fraction capped at 1.",
  confirmed: false,
  note: "UNCONFIRMED for RB (reference note §2): seen only in Zona Integritas code; the RB LKE has 5-option questions but no RB source gives their values.",
} as const satisfies Source;

/** The evaluator portal's scoring code for 9/2023 (reference note, addendum). */
export const PORTALRB = {
  regulation: "HanaDewi/portalrb-indv, HasilController (an RB 2023–2025 evaluation portal)",
  part: "simpan_test_tp_line and hitung_score_index",
  href: HREF.PORTALRB_HASIL,
  text: "Per indicator: round(score / max_value × weight, 2), optionally × a multiplier indicator's achievement; RB General = Σ (three instansi groups); penyesuaian: General / applicable weight × 100; index = Tematik + adjusted General.",
  confirmed: false,
  note: "UNCONFIRMED officially (reference note, addendum): code of what appears to be the evaluator's own portal, read at the cited commit; no official text states these rules.",
} as const satisfies Source;

// --------------------------------------------------------------- rounding

/** Result rounding of every RB rubric: 2 decimals, half-up. */
export const RB_ROUNDING_SOURCE = {
  regulation: "LKE RB publication practice",
  part: "Pembulatan Indeks RB",
  text: "The index is published with 2 decimals (Cilegon 60.27; Surabaya 86.39 + 14.28 = 100.67); rounded half-up, then classified.",
  confirmed: false,
  note: "UNCONFIRMED (reference note §2): LKE sheets display 2 decimals; no official rounding rule has been seen. The exact value is always in the result (`exact`, `exactFraction`).",
} as const satisfies Source;
