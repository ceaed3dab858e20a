/**
 * Where the SKM/IKM figures come from. Tags (S11, S12, …, C8) are those of the
 * project's reference note (shared/reference/pekppp-skm.md §4).
 *
 * Plain data: no run-time code.
 */

export const SKM_HREF = {
  /** S11 e-smile Tulang Bawang Barat, SKM report (× 0.111 display; all-4 answers shown as 100). */
  S11: "https://e-smile.tubaba.go.id/main/skm/laporan/online",
  /** S12 BPPP Tegal, Buku Kinerja BLU 2024 p.64 (full NI/NIK interval table). */
  S12: "https://fliphtml5.com/reidny/aaer/BUKU_KINERJA_BLU_BPPP_TEGAL_2024_Final_14_08_24/64",
  /** S13 Satu Data Penajam Paser Utara, IKM metadata (weight, then × 25). */
  S13: "https://data.penajamkab.go.id/metadata/indikator/57",
  /** S16 SKM Bantul 2023 (category examples 75.56 C, 86.29 B, 94.61 A). */
  S16: "https://skm.bantulkab.go.id/skpd-45c48cce2e2d7fbdea1afc51c7c6ad26",
  /** S20 SKM questionnaire, Kec. Ulu Manna (options a–d → 1–4). */
  S20: "https://pdfcoffee.com/permen-14-2017-okkk-pdf-free.html",
  /** S21 Ditjen Minerba IKM bands (older Kepmen 25/2004 variant, not used). */
  S21: "https://www.minerba.esdm.go.id/page/101-Indeks%20Kepuasan%20Layanan",
  /** C8 rennn9/GASPUL_BACKEND worked IKM example (table agrees; one arithmetic slip). */
  C8: "https://github.com/rennn9/GASPUL_BACKEND/blob/157a1a61dc30bd60a8794ed9d66ddc5ff04d069b/rumus_perhitungan_ikm_lengkap.md",
} as const;

export const SKM_REGULATION =
  "PermenPAN-RB 14/2017 (Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik)";

/*
 * Added for skm@2017.2 (issue #7, data corrections). The exports above are used by skm@2017.1 and never
 * change; this one is new.
 */

/**
 * What shows that each element weighs exactly 1/9, not the 0.111 that S11 and S13 print: published results that
 * only the exact weight reproduces. S16 is the SKM Bantul page of the Dinas Pertanahan dan Tata Ruang, 2023.
 */
export const SKM_WEIGHT_1_9_EVIDENCE =
  "Exactly 1/9 is what published results reproduce, not the rounded 0.111 that many templates print (S11, S13). SKM Bantul 2023, Dinas Pertanahan dan Tata Ruang (S16, href), publishes the nine element values 3.31, 3.35, 3.49, 3.93, 3.45, 3.39, 3.39, 3.76, 3.35 (sum 31.42) and the unit IKM 87.28: 31.42 × 1/9 × 25 = 87.277… → 87.28, while 0.111 would give 87.19. Tulang Bawang Barat's e-smile report (S11, https://e-smile.tubaba.go.id/main/skm/laporan/online) displays all-4 answers as 100: 9 × 4 × 1/9 × 25 = 100, while 0.111 would give 99.90.";
