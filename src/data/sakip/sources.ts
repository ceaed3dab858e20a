/**
 * Where the SAKIP (Evaluasi AKIP) figures come from. Section numbers (§A1 …) are those of
 * the project's reference note shared/reference/sakip-capaian.md, so a reviewer can trace
 * every figure back to the note and from there to the public page or code. Pages found by
 * the follow-up research for issue #9 are listed with the date they were published.
 *
 * Plain data: no run-time code.
 */

/** Public pages, documents and implementations. */
export const HREF = {
  /** t-SEMAR (Mahkamah Agung adaptation of 88/2021): weight table, AA–E values, predicate table, criteria (§A1, §A2, §A4). */
  T_SEMAR: "https://github.com/workspacericky-dot/t-SEMAR",
  /** e-SAKIP Kab. Majalengka (Inspektorat LHE citing 88/2021): hard-coded 30(6/9/15)/30/15/25 (§A1). */
  MAJALENGKA: "https://github.com/Rayhanyl/esakip-app",
  /** wp-eval-sakip (WordPress e-SAKIP): default 88/2021 LKE tree; Y/T and A–E values, mean × sub weight (§A1, §A2.3). */
  WP_EVAL_SAKIP: "https://github.com/agusnurwanto/wp-eval-sakip",
  /** KKE SAKIP Kab. Trenggalek (OPD worksheets): component tree, A/B/C/D and Y/T values (§A1, §A2.3). */
  TRENGGALEK: "https://github.com/yudhis55/kke-sakip-trenggalek",
  /** Perbup Indramayu 46/2023: a Pemda's own kebijakan teknis evaluasi AKIP under Pasal 6 of 88/2021 (§A0). */
  INDRAMAYU: "https://www.scribd.com/document/729232208/PERBUP-SAKIP",
  /** Kota Magelang, 6 Dec 2022: first results under 88/2021; the seven bands 0–30 … 90–100 (§A0, §A4). */
  MAGELANG_2022: "http://magelangfm.magelangkota.go.id/berita_arsip/detail/071222101555ronald22",
  /** bakabar.com, 9 Dec 2022 (Prov. Kalsel A): the seven bands 90–100 … < 30. */
  KALSEL_2022: "https://bakabar.com/post/kalsel-bersiap-menuju-sakip-aa-lbg8knui",
  /** bkn.go.id: national 2023 averages, provinsi 72.17, kab/kota 63.36 (§A6). */
  BKN_2023:
    "https://bkn.go.id/hadir-bersama-menteri-panrb-plt-kepala-bkn-saksikan-perolehan-hasil-akip-rb-dan-zi-instansi-pemerintah",
  /** posjateng.id, 19 Feb 2019: KemenPAN-RB deputy M. Yusuf Ateh on the 2018 evaluation (under 12/2015): AA 90–100, A 80–90, BB 70–80, B 60–70, CC 50–60, C 30–50, D < 30. */
  BANDS_2018: "https://www.posjateng.id/nasional/berpredikat-aa-sakip-diy-terbaik-se-indonesia-b1Xbn9UV",
  /** pedomanbengkulu.com, 21 Apr 2016: Bengkulu results of the 2015 evaluation (63.74 B, 50.88 CC, 50.21 CC, 48.04 C, 34.67 C). */
  BENGKULU_2015: "https://pedomanbengkulu.com/2016/04/waduh-nilai-akuntabilitas-kinerja.html",
  /** jpnn.com, 15 Dec 2015: provincial results of the 2015 evaluation, with BB and CC categories (no BB existed before). */
  PROVINCES_2015: "https://www.jpnn.com/news/inilah-nilai-rapor-setiap-provinsi-yang-terjelek-adalah",
  /** Republika, 22 Apr 2021: Kab. Banyumas SAKIP 2020 = 74.96, predicate BB. */
  BANYUMAS_2020:
    "https://repjogja.republika.co.id/berita/qryjv6291/akuntabilitas-kinerja-pemkab-banyumas-terbaik-sejateng",
  /** memontum.com, Apr 2021: Kab. Situbondo A with 81.50 (2019) and 82.39 (2020); five components incl. capaian kinerja. */
  SITUBONDO_2020: "https://memontum.com/?p=141098",
  /** Kompas via batukarinfo.com, Dec 2014: the bands before 12/2015 (AA 85–100, A 75–85, B 65–75, CC 50–65, C 30–50, D 0–30). */
  BANDS_2014: "https://www.batukarinfo.com/news/nilai-baik-hanya-diraih-11-dari-505-kabupatenkota",
  /** jogya.com (via jpnn), Dec 2013: KemenPAN-RB deputy on the 2013 evaluation: "B+" between B and A; CC "cukup baik", C "agak kurang". */
  BANDS_2013: "https://jogya.com/akuntabilitas-kinerja-jogja-kalahkan-dki-jakarta",
  /** Kota Sabang Perwali 18/2021: a 2021 juklak still based on 12/2015 (§A0). */
  SABANG_2021: "https://fdokumen.com/document/walikota-sabang-provinsi-aceh-.html",
  /** data.kaltimprov.go.id: the scheme under 12/2015 had five components (§A0). */
  KALTIM_DATA: "https://data.kaltimprov.go.id/zh_Hant_TW/dataset/nilai-sakip-kecamatan",
} as const;

/** The regulation of evaluations from 2022, as its figures are cited. */
export const REG_2021 = "PermenPAN-RB 88/2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah, Lampiran";

/** The regulation of evaluations 2015–2021, as its figures are cited. */
export const REG_2015 =
  "PermenPAN-RB 12/2015 tentang Pedoman Evaluasi atas Implementasi Sistem Akuntabilitas Kinerja Instansi Pemerintah, Lampiran";

/** Why a CORROBORATED 88/2021 figure is confirmed although the Lampiran itself was not seen. */
export const CORROBORATED_2021 =
  "CORROBORATED (reference note §A1): the Lampiran of 88/2021 has not been seen; independent implementations agree — t-SEMAR (MA RI adaptation, weight table with SUM formulas), e-SAKIP Kab. Majalengka (Inspektorat, LHE citing 88/2021), wp-eval-sakip (default LKE) and KKE SAKIP Kab. Trenggalek.";

/** Why a CORROBORATED 12/2015 weight is confirmed although the Lampiran itself was not seen. */
export const CORROBORATED_2015 =
  "CORROBORATED (reference note §A5): the Lampiran of 12/2015 has not been seen; two independent implementations agree on every weight (a Laravel 'Raport Sementara' blade printing e.g. 'PEMENUHAN RENSTRA (2%)', and an SQL dump of a village adaptation with the same level-3 weights).";

/** Rounding of the published AKIP value (both versions): no official rule found. */
export const ROUNDING_SOURCE = {
  regulation: "SAKIP publication practice (reference note §A3 and addendum)",
  part: "Pembulatan nilai AKIP",
  text: "The AKIP value is published with 2 decimals (e.g. 67.60, 74.96, 82.39); computed exactly, rounded half-up to 2 decimals, then classified.",
  confirmed: false,
  note: "UNCONFIRMED: no official rounding rule has been found in 88/2021 or 12/2015. Apps round each sub-component and each component to 2 decimals before summing (reference note addendum); that practice is available only as a derived rubric (withWorksheetRounding in kinerja/sakip). Under per-sub-component grading with the 88/2021 weights every sub-component value already has at most 2 decimals, so both give the same total.",
} as const;
