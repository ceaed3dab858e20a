/**
 * Where the PEKPPP figures come from. Tags S1…S21 and C1…C10 are those of the
 * project's reference note (shared/reference/pekppp-skm.md), so a reviewer can
 * trace every figure back to the note and from there to the public page or code.
 *
 * Plain data: no run-time code.
 */

/** Public pages and documents, by the reference note's tag. */
export const HREF = {
  /** S1 idth.id, "PEKPPP: Pilar Kunci…" (aspect weights 24/25/18). */
  S1: "https://idth.id/news/berita/pekppp-pilar-kunci-peningkatan-kualitas-pelayanan-publik-di-indonesia",
  /** S2 topsatu.com, Sijunjung independent assessment team (aspect weights of aspects II–VI; a news item). */
  S2: "https://topsatu.com/tim-penilai-independen-layanan-publik-sijunjung-sasar-puskesmas-dan-bappeda/?page=2",
  /** S3 KemenPAN-RB, "Paparan Bimbingan Instrumen PEKPPP 2024" (Kebijakan indicator weights). */
  S3: "https://id.scribd.com/document/724567365/Paparan-Bimbingan-Instrumen-PEKPPP-2024",
  /** S4 KemenPAN-RB, "Bahan Instrumen Eksisting PEKPPP Tahun 2025". */
  S4: "https://slidepub.com/slideshow/250903-bahan-instrumen-eksisting-pekppp-tahun-2025-pdf",
  /** S5 F-02 luring form 2023 (evaluator form, 0–5 levels). */
  S5: "https://id.scribd.com/document/634522295/Form-02-2023-kelompok-2",
  /** S6 F-03 users' form (0–5). */
  S6: "https://id.scribd.com/document/699683044/F-03-Pedoman-PermenPANRB",
  /** S7 full text of PermenPAN-RB 29/2022. */
  S7: "https://123dok.com/id/docs/permen-panrb-no-29-tahun-2022.12264261",
  /** S8 summary of Pedoman MenPAN-RB 5/2023 (Permen 4/2023; Pasal 4: two-part instrument). */
  S8: "https://ainamulyana.com/2023/05/pedoman-menpan-rb-nomor-5-tahun-2023.html",
  /** S10 Cilegon self-evaluation 2021: IPP 2.55 "Cukup". */
  S10: "https://koranpagionline.com/tempati-posisi-ke-2-ombudsman-prov-banten-apresiasi-pemkot-cilegon",
  /** S14 "Panduan pengisian F01 dan F03 PEKPPP 2022" (10–20 offline F-03 respondents). */
  S14: "https://id.scribd.com/document/592468911/150722-panduan-Pengisian-f01-Dan-f03",
  /** S15 "Lembar Penilaian Kinerja UPP F-01" (17/2017-era form codes). */
  S15: "https://id.scribd.com/document/505390490/Lembar-Penilaian-Kinerja-UPP",
  /** S17 PermenPAN-RB 17/2017 (only the opening pages are publicly visible). */
  S17: "https://id.scribd.com/document/453879865/permenpan-17-th-2017",
  /** C1 swamsid/organisasi-portal-biro: F-02 level sentences for the 30 indicators. */
  C1: "https://github.com/swamsid/organisasi-portal-biro/blob/8ac24057ce64c43b9eb6e5cd2c061379ad0e32b0/database/seeders/MasterF02Seeder.php",
  /** C4 partadox/ikpp-kab-jombang: the 17/2017 instrument (37 indicators, weights, predicate table). */
  C4: "https://github.com/partadox/ikpp-kab-jombang/blob/4130ff33fc12e0fdf7fbb1fad16d1f92ec6edff7/ci4/app/Controllers/Home.php",
  /** C4, the form view (indicator codes and names, in form order). */
  C4_FORM:
    "https://github.com/partadox/ikpp-kab-jombang/blob/4130ff33fc12e0fdf7fbb1fad16d1f92ec6edff7/ci4/app/Views/survey.php",
  /** C5 nadinibyant/BE-PEKPPP: predicate table under 29/2022. */
  C5: "https://github.com/nadinibyant/BE-PEKPPP/blob/2b7bac439ebe3ccfc0e93bb6bfa8e9a131a9366b/controllers/Admin/hasilPenilaian.js",
} as const;

/** The instrument of PermenPAN-RB 29/2022, as the figures are cited. */
export const INSTRUMENT_2022 =
  "Pedoman MenPAN-RB 5/2023 (instrumen PEKPPP; earlier Pedoman 1/2022), under PermenPAN-RB 29/2022";

/** The instrument of PermenPAN-RB 17/2017, as the figures are cited. */
export const INSTRUMENT_2017 =
  "PermenPAN-RB 17/2017 (Pedoman Penilaian Kinerja Unit Penyelenggara Pelayanan Publik), Lampiran";

/** Why a CODE-ONLY figure of the 2022 instrument is `confirmed: false`. */
export const CODE_ONLY_2022 =
  "CODE-ONLY (reference note §1.2): the weight appears in independent local-government implementations (the Kutai Barat app C2, and the Kota Probolinggo seed C3 or the ak7205 sheet C6, as the indicator's own note says), but no official KemenPAN-RB text showing it has been seen.";

/** Why every figure of the 2017 instrument is `confirmed: false`. */
export const CODE_ONLY_2017 =
  "Single source (reference note §3, C4 partadox/ikpp-kab-jombang): the Lampiran of PermenPAN-RB 17/2017 has not been seen, so this figure is UNCONFIRMED.";

/** Provenance of the level sentences (what answer 0…5 means) of the 2022 instrument. */
export const LEVELS_2022 =
  "Level sentences (0–5) are short paraphrases of the F-02 luring (offline-service) form (S5) as transcribed in C1; the daring (online-service) variant words some levels differently and is not included. Only 1.a.Ak has been checked against the KemenPAN-RB slides (S4).";

/*
 * Added for pekppp@2022.2 and pekppp@2017.2 (issue #7, data corrections). The exports above are used by
 * published rubrics and never change; these are new.
 */

/** Public code that holds PEKPPP figures and can be linked (pinned to the commit the reference note read, where it names one). */
export const CODE_HREF = {
  /** C6 ak7205/pekppp @bfc6717a: aspect weights 0.24/0.25/0.18/0.11/0.10/0.12 and equal indicator shares (so Inovasi 0.5/0.5). */
  C6: "https://github.com/ak7205/pekppp/blob/bfc6717a80618d3c38788e3ed25f2b105801b5a5/app/public/aspek.xlsx",
  /** yusharnadi/layanan-publik (reference note addendum): seeded indicator weights 1–17 of the 29/2022 instrument (18–30 never entered). */
  YUSHARNADI:
    "https://github.com/yusharnadi/layanan-publik/blob/1e843b7ce9ddf8e0b223c4e744e20b6219b44cc0/database/seeders/IndicatorSeeder.php",
} as const;

/** The code the indicator weights 10–30 of the 29/2022 instrument come from (reference note §1.2, §6). */
export const CODE_2022 =
  "Local-government PEKPPP apps for the PermenPAN-RB 29/2022 instrument: Kutai Barat app seed (C2) and Kota Probolinggo seed (C3), reference note §1.2 and §6";

/** Why C2 and C3 carry no link. */
export const CODE_2022_UNLINKED =
  "C2 (Kutai Barat PEKPPP app, TypeScript/Prisma seed) and C3 (Kota Probolinggo PEKPPP, Django seed) are public code whose repositories the reference note does not identify, so they cannot be linked.";

/** Why an aspect weight of aspects II–VI of the 29/2022 instrument is `confirmed: false`. */
export const ASPECT_CODE_ONLY_2022 =
  "CODE-ONLY (reference note legend and §1.1): no KemenPAN-RB document showing this aspect weight has been seen. It is printed only in regional news (S1 idth.id, S2 topsatu.com, as cited) and agreed by independent local-government implementations (C1 swamsid/organisasi-portal-biro, the Kutai Barat app C2, the Kota Probolinggo seed C3, the ak7205 sheet C6, and yusharnadi/layanan-publik per the addendum). Only aspect I (Kebijakan Pelayanan, 24%) is printed in the KemenPAN-RB slides S3/S4. No change found through 2025 (addendum).";

/** Why a PEKPPP predicate band is `confirmed: false` (both instruments). */
export const BANDS_CODE_ONLY =
  "CODE-ONLY (reference note legend and §2): the official table text has not been seen. The band comes from independent implementations that agree: C4 partadox/ikpp-kab-jombang (17/2017, https://github.com/partadox/ikpp-kab-jombang/blob/4130ff33fc12e0fdf7fbb1fad16d1f92ec6edff7/ci4/app/Controllers/Home.php), C5 nadinibyant/BE-PEKPPP (29/2022, href) and C9 (a JS getPredikat, repository not identified). The published 2-decimal ranges leave gaps (4.50|4.51); here each band starts just above the previous one's top, applied to the value rounded to 2 decimals, so every value has exactly one band.";
