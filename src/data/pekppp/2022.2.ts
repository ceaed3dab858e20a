/**
 * pekppp@2022.2: the PEKPPP instrument of PermenPAN-RB 29/2022 (Pedoman MenPAN-RB 1/2022, 5/2023), six aspects,
 * thirty indicators in official order, integer answers 0–5, IPP 0–5 — the same figures as pekppp@2022.1, with
 * three corrections (issue #7, data corrections; pekppp@2022.1 stays as published):
 *  - the weights of aspects II–VI are CODE-ONLY by the reference note's own legend (regional news and
 *    local-government code only, no KemenPAN-RB document): `confirmed: false`, reason in `note`;
 *  - the nine predicate bands are CODE-ONLY (implementations only, official table not seen): `confirmed: false`;
 *  - the sources of indicator weights 10–30 cite the code they come from (C2, C3, and where public and
 *    identified, a link), not the unseen Pedoman; they stay `confirmed: false` (CODE-ONLY).
 * Every figure: reference note shared/reference/pekppp-skm.md §1–2 and addendum (tags S… and C… there).
 *
 * Plain data: type-only import of the model, sources from sibling data files.
 */
import type { RubricDefinition } from "../../model/types.js";
import { PEKPPP_AGGREGATION, PEKPPP_RESULT } from "./predicates.js";
import { PEKPPP_PREDICATES_CODE_ONLY } from "./predicatesCodeOnly.js";
import {
  ASPECT_CODE_ONLY_2022,
  CODE_2022,
  CODE_2022_UNLINKED,
  CODE_HREF,
  CODE_ONLY_2022,
  HREF,
  INSTRUMENT_2022,
  LEVELS_2022,
} from "./sources.js";

export const PEKPPP_2022_2 = {
  id: "pekppp@2022.2",
  scheme: "pekppp",
  version: "2022.2",
  status: "official",
  title: {
    id: "Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (PEKPPP), instrumen 2022",
    en: "Public-service delivery performance monitoring and evaluation (PEKPPP), 2022 instrument",
  },
  legalBasis: [
    {
      regulation: "PermenPAN-RB 29/2022",
      part: "Pasal 4 (instrumen: penilaian evaluator dan penilaian pengguna layanan)",
      href: HREF.S7,
      text: "Monitoring and evaluation of public-service delivery; replaces PermenPAN-RB 17/2017. The unit lokus gets an Indeks Pelayanan Publik (IPP).",
      confirmed: true,
    },
    {
      regulation: "PermenPAN-RB 4/2023",
      part: "amends PermenPAN-RB 29/2022",
      href: HREF.S8,
      confirmed: true,
    },
    {
      regulation: "Pedoman MenPAN-RB 5/2023 (earlier Pedoman 1/2022)",
      part: "mekanisme dan instrumen PEKPPP (F-01, F-02, F-03)",
      href: HREF.S8,
      text: "The instrument (aspects, indicators, weights, 0–5 levels) is set by the Minister's Pedoman, not in the Permen body.",
      confirmed: false,
      note: "The Pedoman text itself has not been seen; its figures are known from KemenPAN-RB slides (S3, S4), forms (S5, S6) and implementations (reference note §1).",
    },
  ],
  validFor: { from: 2022, to: null },
  weightTotal: "100",
  scales: {
    "0-5": {
      kind: "integer",
      min: 0,
      max: 5,
      source: {
        regulation: INSTRUMENT_2022,
        part: "F-02 (penilaian evaluator): skala 0–5 per indikator",
        href: HREF.S5,
        text: "Each indicator is answered with a whole number 0–5; each level is a rubric sentence.",
        confirmed: true,
        note: "CONFIRMED (reference note §1.3): F-02 forms (S4, S5) and C1. The scale is 0–5, not 1–5: all-zero answers give 0 (band F).",
      },
    },
  },
  result: {
    ...PEKPPP_RESULT,
    source: {
      regulation: "PermenPAN-RB 29/2022",
      part: "Indeks Pelayanan Publik (IPP) unit lokus, skala 0–5",
      href: HREF.S7,
      text: "The unit's index runs from 0 (every indicator at level 0) to 5 (every indicator at level 5).",
      confirmed: true,
    },
  },
  nodes: [
    {
      code: "kebijakan",
      label: { id: "Kebijakan Pelayanan", en: "Service policy" },
      weight: "24",
      source: {
        regulation: INSTRUMENT_2022,
        part: "Bobot aspek Kebijakan Pelayanan: 24%",
        href: HREF.S3,
        confirmed: true,
        note: "CONFIRMED (reference note §1.1): this aspect weight is printed in KemenPAN-RB slides S3 and S4, and S1, and four independent implementations (C1, C2, C3, C6) agree on all six aspect weights; no change found through 2025 (addendum).",
      },
      children: [
        {
          code: "1.a.Ak",
          label: {
            id: "Tersedia Standar Pelayanan (SP) sesuai peraturan perundang-undangan",
            en: "A service standard (SP) exists and complies with the regulations",
          },
          weight: "17",
          source: {
            regulation: INSTRUMENT_2022,
            part: "Aspek Kebijakan Pelayanan, indikator 1 (1.a.Ak): bobot 17% dalam aspek",
            href: HREF.S3,
            confirmed: true,
            note: `CONFIRMED (reference note §1.2): weight shown in the KemenPAN-RB instrument slides 2024 and 2025 (S3, S4) and in two independent app seeds (C2, C3). ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada Standar Pelayanan", en: "No service standard" } },
            {
              value: "1",
              label: {
                id: "Ada SP, tetapi belum memuat ke-14 komponen",
                en: "An SP exists but lacks some of the 14 components",
              },
            },
            { value: "2", label: { id: "SP memuat ke-14 komponen", en: "The SP has all 14 components" } },
            {
              value: "3",
              label: { id: "SP memuat 14 komponen dan sudah ditetapkan", en: "All 14 components, formally issued" },
            },
            {
              value: "4",
              label: {
                id: "SP 14 komponen, ditetapkan, dan penyusunannya melibatkan masyarakat",
                en: "All 14 components, issued, drafted with the public",
              },
            },
            {
              value: "5",
              label: {
                id: "SP 14 komponen, ditetapkan, melibatkan masyarakat, dan dimonitor-dievaluasi",
                en: "All 14 components, issued, drafted with the public, monitored and evaluated",
              },
            },
          ],
        },
        {
          code: "2.a.P",
          label: {
            id: "Penyusunan dan perubahan SP melibatkan unsur masyarakat",
            en: "The public takes part in drafting and changing the SP",
          },
          weight: "14",
          source: {
            regulation: INSTRUMENT_2022,
            part: "Aspek Kebijakan Pelayanan, indikator 2 (2.a.P): bobot 14% dalam aspek",
            href: HREF.S3,
            confirmed: true,
            note: `CONFIRMED (reference note §1.2): weight shown in the KemenPAN-RB instrument slides 2024 and 2025 (S3, S4) and in two independent app seeds (C2, C3). ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            {
              value: "0",
              label: {
                id: "Penyusunan SP tanpa unsur masyarakat dan pemangku kepentingan",
                en: "Drafted without the public or stakeholders",
              },
            },
            {
              value: "1",
              label: { id: "Melibatkan sedikitnya 1 unsur masyarakat", en: "At least 1 group of the public involved" },
            },
            { value: "2", label: { id: "Melibatkan sedikitnya 2 unsur masyarakat", en: "At least 2 groups involved" } },
            { value: "3", label: { id: "Melibatkan sedikitnya 3 unsur masyarakat", en: "At least 3 groups involved" } },
            { value: "4", label: { id: "Melibatkan sedikitnya 4 unsur masyarakat", en: "At least 4 groups involved" } },
            {
              value: "5",
              label: { id: "Melibatkan lebih dari 4 unsur masyarakat", en: "More than 4 groups involved" },
            },
          ],
        },
        {
          code: "3.a.T",
          label: {
            id: "Jumlah media publikasi komponen service delivery SP",
            en: "Number of media publishing the SP's service-delivery components",
          },
          weight: "7",
          source: {
            regulation: INSTRUMENT_2022,
            part: "Aspek Kebijakan Pelayanan, indikator 3 (3.a.T): bobot 7% dalam aspek",
            href: HREF.S3,
            confirmed: true,
            note: `CONFIRMED (reference note §1.2): weight shown in the KemenPAN-RB instrument slides 2024 and 2025 (S3, S4) and in two independent app seeds (C2, C3). ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "SP tidak dipublikasikan", en: "The SP is not published" } },
            {
              value: "1",
              label: {
                id: "Hanya sebagian komponen service delivery dipublikasikan",
                en: "Only some service-delivery components are published",
              },
            },
            {
              value: "2",
              label: {
                id: "Seluruh komponen di 2 media atau lebih, belum di SIPP Nasional",
                en: "All components in 2 or more media, not yet on the national SIPP",
              },
            },
            {
              value: "3",
              label: {
                id: "Seluruh komponen di 2 media dan di SIPP Nasional",
                en: "All components in 2 media and on the national SIPP",
              },
            },
            {
              value: "4",
              label: {
                id: "Seluruh komponen di 3 media dan di SIPP Nasional",
                en: "All components in 3 media and on the national SIPP",
              },
            },
            {
              value: "5",
              label: {
                id: "Seluruh komponen di 4 media atau lebih dan di SIPP Nasional",
                en: "All components in 4 or more media and on the national SIPP",
              },
            },
          ],
        },
        {
          code: "4.a.K",
          label: { id: "Peninjauan ulang SP secara berkala", en: "Periodic review of the SP" },
          weight: "14",
          source: {
            regulation: INSTRUMENT_2022,
            part: "Aspek Kebijakan Pelayanan, indikator 4 (4.a.K): bobot 14% dalam aspek",
            href: HREF.S3,
            confirmed: true,
            note: `CONFIRMED (reference note §1.2): weight shown in the KemenPAN-RB instrument slides 2024 and 2025 (S3, S4) and in two independent app seeds (C2, C3). ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            {
              value: "0",
              label: { id: "SP tidak ditinjau ulang secara berkala", en: "The SP is not reviewed periodically" },
            },
            {
              value: "1",
              label: {
                id: "Ditinjau ulang tiap 3 tahun atau lebih, seluruh jenis layanan",
                en: "Reviewed every 3 years or more, all services",
              },
            },
            {
              value: "2",
              label: {
                id: "Ditinjau ulang tiap 2 tahun, sebagian jenis layanan",
                en: "Reviewed every 2 years, some services",
              },
            },
            {
              value: "3",
              label: {
                id: "Ditinjau ulang tiap 2 tahun, seluruh jenis layanan",
                en: "Reviewed every 2 years, all services",
              },
            },
            {
              value: "4",
              label: {
                id: "Ditinjau ulang tiap tahun atau lebih sering, sebagian jenis layanan",
                en: "Reviewed yearly or more often, some services",
              },
            },
            {
              value: "5",
              label: {
                id: "Ditinjau ulang tiap tahun atau lebih sering, seluruh jenis layanan",
                en: "Reviewed yearly or more often, all services",
              },
            },
          ],
        },
        {
          code: "5.a.K",
          label: {
            id: "Siklus Maklumat Pelayanan (tersedia, ditetapkan, dipublikasikan)",
            en: "Service charter (Maklumat Pelayanan) cycle: available, issued, published",
          },
          weight: "10",
          source: {
            regulation: INSTRUMENT_2022,
            part: "Aspek Kebijakan Pelayanan, indikator 5 (5.a.K): bobot 10% dalam aspek",
            href: HREF.S3,
            confirmed: true,
            note: `CONFIRMED (reference note §1.2): weight shown in the KemenPAN-RB instrument slides 2024 and 2025 (S3, S4) and in two independent app seeds (C2, C3). ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada Maklumat Pelayanan", en: "No service charter" } },
            {
              value: "1",
              label: { id: "Ada Maklumat Pelayanan, belum ditetapkan", en: "A charter exists but is not issued" },
            },
            {
              value: "2",
              label: { id: "Sudah ditetapkan, isinya belum sesuai peraturan", en: "Issued, content not compliant" },
            },
            { value: "3", label: { id: "Sudah ditetapkan dan isinya sesuai peraturan", en: "Issued and compliant" } },
            {
              value: "4",
              label: {
                id: "Ditetapkan, sesuai, dan dipublikasikan di media non-elektronik",
                en: "Issued, compliant, published on non-electronic media",
              },
            },
            {
              value: "5",
              label: {
                id: "Ditetapkan, sesuai, dan dipublikasikan di media non-elektronik dan elektronik",
                en: "Issued, compliant, published on non-electronic and electronic media",
              },
            },
          ],
        },
        {
          code: "6.a.B",
          label: {
            id: "SKM dilaksanakan sesuai PermenPAN-RB yang berlaku",
            en: "The users' satisfaction survey (SKM) is held per the PermenPAN-RB in force",
          },
          weight: "17",
          source: {
            regulation: INSTRUMENT_2022,
            part: "Aspek Kebijakan Pelayanan, indikator 6 (6.a.B): bobot 17% dalam aspek",
            href: HREF.S3,
            confirmed: true,
            note: `CONFIRMED (reference note §1.2): weight shown in the KemenPAN-RB instrument slides 2024 and 2025 (S3, S4) and in two independent app seeds (C2, C3). ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Belum melaksanakan SKM", en: "No SKM held" } },
            {
              value: "1",
              label: {
                id: "SKM dilaksanakan, tetapi tidak sesuai PermenPAN-RB",
                en: "SKM held, not per the regulation",
              },
            },
            { value: "2", label: { id: "SKM dilaksanakan sesuai PermenPAN-RB", en: "SKM held per the regulation" } },
            {
              value: "3",
              label: {
                id: "SKM sesuai PermenPAN-RB dan dipublikasikan di media non-elektronik",
                en: "Per the regulation, published on non-electronic media",
              },
            },
            {
              value: "4",
              label: {
                id: "SKM sesuai PermenPAN-RB dan dipublikasikan di media non-elektronik dan elektronik",
                en: "Per the regulation, published on non-electronic and electronic media",
              },
            },
            {
              value: "5",
              label: {
                id: "SKM sesuai, dipublikasikan di kedua jenis media, dan hasilnya ditindaklanjuti",
                en: "Per the regulation, published on both kinds of media, results followed up",
              },
            },
          ],
        },
        {
          code: "7.a.T",
          label: { id: "Jumlah media publikasi hasil SKM", en: "Number of media publishing the SKM results" },
          weight: "7",
          source: {
            regulation: INSTRUMENT_2022,
            part: "Aspek Kebijakan Pelayanan, indikator 7 (7.a.T): bobot 7% dalam aspek",
            href: HREF.S3,
            confirmed: true,
            note: `CONFIRMED (reference note §1.2): weight shown in the KemenPAN-RB instrument slides 2024 and 2025 (S3, S4) and in two independent app seeds (C2, C3). ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Hasil SKM tidak dipublikasikan", en: "SKM results not published" } },
            { value: "1", label: { id: "Dipublikasikan di 1 media", en: "Published in 1 medium" } },
            { value: "2", label: { id: "Dipublikasikan di 2 media", en: "Published in 2 media" } },
            { value: "3", label: { id: "Dipublikasikan di 3 media", en: "Published in 3 media" } },
            { value: "4", label: { id: "Dipublikasikan di 4 media", en: "Published in 4 media" } },
            { value: "5", label: { id: "Dipublikasikan di lebih dari 4 media", en: "Published in more than 4 media" } },
          ],
        },
        {
          code: "8.a.Ak",
          label: {
            id: "Persentase rencana tindak lanjut hasil SKM yang selesai",
            en: "Share of the SKM follow-up plan completed",
          },
          weight: "7",
          source: {
            regulation: INSTRUMENT_2022,
            part: "Aspek Kebijakan Pelayanan, indikator 8 (8.a.Ak): bobot 7% dalam aspek",
            href: HREF.S3,
            confirmed: true,
            note: `CONFIRMED (reference note §1.2): weight shown in the KemenPAN-RB instrument slides 2024 and 2025 (S3, S4) and in two independent app seeds (C2, C3). ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada rencana tindak lanjut SKM", en: "No SKM follow-up plan" } },
            {
              value: "1",
              label: { id: "Ada rencana tindak lanjut, belum dilaksanakan", en: "A plan exists, not carried out" },
            },
            {
              value: "2",
              label: {
                id: "Tindak lanjut di bawah 30%, ada laporan pelaksanaan",
                en: "Below 30% carried out, with a report",
              },
            },
            {
              value: "3",
              label: { id: "Tindak lanjut 30–80%, ada laporan pelaksanaan", en: "30–80% carried out, with a report" },
            },
            {
              value: "4",
              label: {
                id: "Tindak lanjut di atas 80%, ada laporan pelaksanaan",
                en: "Over 80% carried out, with a report",
              },
            },
            {
              value: "5",
              label: { id: "Tindak lanjut 100%, ada laporan pelaksanaan", en: "100% carried out, with a report" },
            },
          ],
        },
        {
          code: "9.a.Ak",
          label: {
            id: "Kecepatan tindak lanjut hasil SKM seluruh jenis layanan",
            en: "Speed of the SKM follow-up across all services",
          },
          weight: "7",
          source: {
            regulation: INSTRUMENT_2022,
            part: "Aspek Kebijakan Pelayanan, indikator 9 (9.a.Ak): bobot 7% dalam aspek",
            href: HREF.S3,
            confirmed: true,
            note: `CONFIRMED (reference note §1.2): weight shown in the KemenPAN-RB instrument slides 2024 and 2025 (S3, S4) and in two independent app seeds (C2, C3). ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            {
              value: "0",
              label: { id: "Rekomendasi hasil SKM tidak ditindaklanjuti", en: "SKM recommendations not followed up" },
            },
            {
              value: "1",
              label: {
                id: "Seluruhnya ditindaklanjuti dalam 1 tahun setelah laporan SKM",
                en: "All followed up within 1 year of the SKM report",
              },
            },
            {
              value: "2",
              label: {
                id: "Seluruhnya ditindaklanjuti dalam 9 bulan setelah laporan SKM",
                en: "All followed up within 9 months",
              },
            },
            {
              value: "3",
              label: {
                id: "Seluruhnya ditindaklanjuti dalam 6 bulan setelah laporan SKM",
                en: "All followed up within 6 months",
              },
            },
            {
              value: "4",
              label: {
                id: "Seluruhnya ditindaklanjuti dalam 3 bulan setelah laporan SKM",
                en: "All followed up within 3 months",
              },
            },
            {
              value: "5",
              label: {
                id: "Seluruhnya ditindaklanjuti dalam 1 bulan setelah laporan SKM",
                en: "All followed up within 1 month",
              },
            },
          ],
        },
      ],
    },
    {
      code: "sdm",
      label: { id: "Profesionalisme SDM", en: "Staff professionalism" },
      weight: "25",
      source: {
        regulation: INSTRUMENT_2022,
        part: "Bobot aspek Profesionalisme SDM: 25%",
        href: HREF.S1,
        confirmed: false,
        note: ASPECT_CODE_ONLY_2022,
      },
      children: [
        {
          code: "10.b.As",
          label: { id: "Waktu pelayanan yang memudahkan pengguna layanan", en: "Service hours that suit the users" },
          weight: "10",
          source: {
            regulation: CODE_2022,
            part: "Aspek Profesionalisme SDM, indikator 10 (10.b.As): bobot 10% dalam aspek",
            href: CODE_HREF.YUSHARNADI,
            confirmed: false,
            note: `${CODE_ONLY_2022} A third, identified seed (yusharnadi/layanan-publik, href) holds the same weight: CORROBORATED (addendum), still no official text. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada kebijakan jam pelayanan", en: "No service-hours policy" } },
            { value: "1", label: { id: "Ada kebijakan jam pelayanan", en: "A service-hours policy" } },
            {
              value: "2",
              label: {
                id: "Kebijakan jam pelayanan dan 1 unsur lain",
                en: "Service-hours policy and 1 further element",
              },
            },
            {
              value: "3",
              label: {
                id: "Kebijakan jam pelayanan dan 2 unsur lain",
                en: "Service-hours policy and 2 further elements",
              },
            },
            {
              value: "4",
              label: {
                id: "Kebijakan jam pelayanan dan 3 unsur lain",
                en: "Service-hours policy and 3 further elements",
              },
            },
            {
              value: "5",
              label: {
                id: "Kebijakan jam pelayanan dan 4 unsur lain atau lebih",
                en: "Service-hours policy and 4 or more further elements",
              },
            },
          ],
        },
        {
          code: "11.b.K",
          label: {
            id: "Tersedia kode etik, kode perilaku dan/atau budaya pelayanan",
            en: "A code of ethics, code of conduct and/or service culture is in place",
          },
          weight: "20",
          source: {
            regulation: CODE_2022,
            part: "Aspek Profesionalisme SDM, indikator 11 (11.b.K): bobot 20% dalam aspek",
            href: CODE_HREF.YUSHARNADI,
            confirmed: false,
            note: `${CODE_ONLY_2022} A third, identified seed (yusharnadi/layanan-publik, href) holds the same weight: CORROBORATED (addendum), still no official text. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada kode etik dan kode perilaku", en: "No code of ethics or conduct" } },
            {
              value: "1",
              label: { id: "Hanya memuat nilai dasar, hak dan kewajiban", en: "Basic values, rights and duties only" },
            },
            {
              value: "2",
              label: {
                id: "Nilai dasar, hak dan kewajiban, dan 1 unsur lain",
                en: "Basic values, rights and duties, and 1 further element",
              },
            },
            {
              value: "3",
              label: {
                id: "Nilai dasar, hak dan kewajiban, dan 2 unsur lain",
                en: "Basic values, rights and duties, and 2 further elements",
              },
            },
            {
              value: "4",
              label: {
                id: "Nilai dasar, hak dan kewajiban, dan 3 unsur lain",
                en: "Basic values, rights and duties, and 3 further elements",
              },
            },
            {
              value: "5",
              label: {
                id: "Nilai dasar, hak dan kewajiban, dan 4 unsur lain",
                en: "Basic values, rights and duties, and 4 further elements",
              },
            },
          ],
        },
        {
          code: "12.b.Ak",
          label: {
            id: "Mekanisme menjaga dan meningkatkan motivasi kerja pelaksana",
            en: "Mechanisms that keep up the staff's motivation",
          },
          weight: "20",
          source: {
            regulation: CODE_2022,
            part: "Aspek Profesionalisme SDM, indikator 12 (12.b.Ak): bobot 20% dalam aspek",
            href: CODE_HREF.YUSHARNADI,
            confirmed: false,
            note: `${CODE_ONLY_2022} A third, identified seed (yusharnadi/layanan-publik, href) holds the same weight: CORROBORATED (addendum), still no official text. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            {
              value: "0",
              label: { id: "Tidak ada mekanisme peningkatan motivasi kerja", en: "No motivation mechanism" },
            },
            { value: "1", label: { id: "1 jenis mekanisme", en: "1 kind of mechanism" } },
            { value: "2", label: { id: "2 jenis mekanisme", en: "2 kinds" } },
            { value: "3", label: { id: "3 jenis mekanisme", en: "3 kinds" } },
            { value: "4", label: { id: "4 jenis mekanisme", en: "4 kinds" } },
            { value: "5", label: { id: "Lebih dari 4 jenis mekanisme", en: "More than 4 kinds" } },
          ],
        },
        {
          code: "13.b.K",
          label: {
            id: "Kriteria pemberian penghargaan bagi pegawai berprestasi",
            en: "Award criteria for high-performing staff",
          },
          weight: "20",
          source: {
            regulation: CODE_2022,
            part: "Aspek Profesionalisme SDM, indikator 13 (13.b.K): bobot 20% dalam aspek",
            href: CODE_HREF.YUSHARNADI,
            confirmed: false,
            note: `${CODE_ONLY_2022} A third, identified seed (yusharnadi/layanan-publik, href) holds the same weight: CORROBORATED (addendum), still no official text. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada pemberian penghargaan", en: "No awards" } },
            {
              value: "1",
              label: {
                id: "Penghargaan berdasarkan 1–2 unsur, tanpa unsur kinerja",
                en: "Awards on 1–2 criteria, performance not among them",
              },
            },
            {
              value: "2",
              label: {
                id: "Penghargaan berdasarkan 3–5 unsur, tanpa unsur kinerja",
                en: "Awards on 3–5 criteria, performance not among them",
              },
            },
            {
              value: "3",
              label: {
                id: "Penghargaan berdasarkan 1–2 unsur, termasuk kinerja",
                en: "Awards on 1–2 criteria including performance",
              },
            },
            {
              value: "4",
              label: {
                id: "Penghargaan berdasarkan 3–4 unsur, termasuk kinerja",
                en: "Awards on 3–4 criteria including performance",
              },
            },
            {
              value: "5",
              label: {
                id: "Penghargaan berdasarkan 5–6 unsur, termasuk kinerja",
                en: "Awards on 5–6 criteria including performance",
              },
            },
          ],
        },
        {
          code: "14.b.K",
          label: { id: "Pelaksana yang menerapkan budaya pelayanan", en: "Staff who practise the service culture" },
          weight: "30",
          source: {
            regulation: CODE_2022,
            part: "Aspek Profesionalisme SDM, indikator 14 (14.b.K): bobot 30% dalam aspek",
            href: CODE_HREF.YUSHARNADI,
            confirmed: false,
            note: `${CODE_ONLY_2022} A third, identified seed (yusharnadi/layanan-publik, href) holds the same weight: CORROBORATED (addendum), still no official text. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Budaya pelayanan tidak diterapkan", en: "Service culture not practised" } },
            { value: "1", label: { id: "Menerapkan 1 unsur budaya pelayanan", en: "1 element practised" } },
            { value: "2", label: { id: "Menerapkan 2 unsur budaya pelayanan", en: "2 elements practised" } },
            { value: "3", label: { id: "Menerapkan 3 unsur budaya pelayanan", en: "3 elements practised" } },
            { value: "4", label: { id: "Menerapkan 4 unsur budaya pelayanan", en: "4 elements practised" } },
            { value: "5", label: { id: "Menerapkan 5 unsur budaya pelayanan", en: "5 elements practised" } },
          ],
        },
      ],
    },
    {
      code: "sarpras",
      label: { id: "Sarana dan Prasarana", en: "Facilities and infrastructure" },
      weight: "18",
      source: {
        regulation: INSTRUMENT_2022,
        part: "Bobot aspek Sarana dan Prasarana: 18%",
        href: HREF.S1,
        confirmed: false,
        note: ASPECT_CODE_ONLY_2022,
      },
      children: [
        {
          code: "15.c.K",
          label: {
            id: "Tempat parkir dengan fasilitas pendukung yang memadai",
            en: "Parking with adequate supporting facilities",
          },
          weight: "15",
          source: {
            regulation: CODE_2022,
            part: "Aspek Sarana dan Prasarana, indikator 15 (15.c.K): bobot 15% dalam aspek",
            href: CODE_HREF.YUSHARNADI,
            confirmed: false,
            note: `${CODE_ONLY_2022} A third, identified seed (yusharnadi/layanan-publik, href) holds the same weight: CORROBORATED (addendum), still no official text. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada tempat parkir", en: "No parking" } },
            { value: "1", label: { id: "Ada tempat parkir dengan 1 fasilitas", en: "Parking with 1 facility" } },
            { value: "2", label: { id: "Ada tempat parkir dengan 2 fasilitas", en: "Parking with 2 facilities" } },
            { value: "3", label: { id: "Ada tempat parkir dengan 3 fasilitas", en: "Parking with 3 facilities" } },
            { value: "4", label: { id: "Ada tempat parkir dengan 4 fasilitas", en: "Parking with 4 facilities" } },
            {
              value: "5",
              label: { id: "Ada tempat parkir dengan 5 fasilitas atau lebih", en: "Parking with 5 or more facilities" },
            },
          ],
        },
        {
          code: "16.c.As",
          label: {
            id: "Ruang tunggu dengan fasilitas wajib dan pelengkap",
            en: "Waiting room with the required and extra facilities",
          },
          weight: "23",
          source: {
            regulation: CODE_2022,
            part: "Aspek Sarana dan Prasarana, indikator 16 (16.c.As): bobot 23% dalam aspek",
            href: CODE_HREF.YUSHARNADI,
            confirmed: false,
            note: `${CODE_ONLY_2022} A third, identified seed (yusharnadi/layanan-publik, href) holds the same weight: CORROBORATED (addendum), still no official text. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada fasilitas apa pun", en: "No facilities" } },
            { value: "1", label: { id: "Fasilitas wajib tersedia", en: "Required facilities" } },
            {
              value: "2",
              label: { id: "Fasilitas wajib dan 1 fasilitas pelengkap", en: "Required facilities and 1 extra" },
            },
            {
              value: "3",
              label: { id: "Fasilitas wajib dan 2 fasilitas pelengkap", en: "Required facilities and 2 extras" },
            },
            {
              value: "4",
              label: { id: "Fasilitas wajib dan 3 fasilitas pelengkap", en: "Required facilities and 3 extras" },
            },
            {
              value: "5",
              label: {
                id: "Fasilitas wajib dan 4 fasilitas pelengkap atau lebih",
                en: "Required facilities and 4 or more extras",
              },
            },
          ],
        },
        {
          code: "17.c.As",
          label: { id: "Toilet pengguna layanan yang layak pakai", en: "Usable toilets for service users" },
          weight: "20",
          source: {
            regulation: CODE_2022,
            part: "Aspek Sarana dan Prasarana, indikator 17 (17.c.As): bobot 20% dalam aspek",
            href: CODE_HREF.YUSHARNADI,
            confirmed: false,
            note: `${CODE_ONLY_2022} A third, identified seed (yusharnadi/layanan-publik, href) holds the same weight: CORROBORATED (addendum), still no official text. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada toilet pengguna layanan", en: "No user toilet" } },
            { value: "1", label: { id: "Toilet memenuhi 1 kondisi", en: "Toilet meets 1 condition" } },
            { value: "2", label: { id: "Toilet memenuhi 2 kondisi", en: "Meets 2 conditions" } },
            { value: "3", label: { id: "Toilet memenuhi 3 kondisi", en: "Meets 3 conditions" } },
            { value: "4", label: { id: "Toilet memenuhi 4 kondisi", en: "Meets 4 conditions" } },
            { value: "5", label: { id: "Toilet memenuhi lebih dari 4 kondisi", en: "Meets more than 4 conditions" } },
          ],
        },
        {
          code: "18.c.K",
          label: {
            id: "Sarana prasarana bagi pengguna layanan kelompok rentan",
            en: "Facilities for vulnerable groups",
          },
          weight: "20",
          source: {
            regulation: CODE_2022,
            part: "Aspek Sarana dan Prasarana, indikator 18 (18.c.K): bobot 20% dalam aspek",
            confirmed: false,
            note: `${CODE_ONLY_2022} No identified public repository holding this weight is known, so the source has no link. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            {
              value: "0",
              label: { id: "Tidak ada sarana bagi kelompok rentan", en: "No facilities for vulnerable groups" },
            },
            { value: "1", label: { id: "1–3 sarana bagi kelompok rentan", en: "1–3 facilities" } },
            { value: "2", label: { id: "4–6 sarana bagi kelompok rentan", en: "4–6 facilities" } },
            { value: "3", label: { id: "7–9 sarana bagi kelompok rentan", en: "7–9 facilities" } },
            { value: "4", label: { id: "10–12 sarana bagi kelompok rentan", en: "10–12 facilities" } },
            { value: "5", label: { id: "13 sarana atau lebih bagi kelompok rentan", en: "13 or more facilities" } },
          ],
        },
        {
          code: "19.c.As",
          label: {
            id: "Sarana prasarana penunjang (ruang laktasi, ibadah, P3K, …)",
            en: "Supporting facilities (lactation room, prayer room, first aid, …)",
          },
          weight: "11",
          source: {
            regulation: CODE_2022,
            part: "Aspek Sarana dan Prasarana, indikator 19 (19.c.As): bobot 11% dalam aspek",
            confirmed: false,
            note: `${CODE_ONLY_2022} No identified public repository holding this weight is known, so the source has no link. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada fasilitas penunjang", en: "No supporting facility" } },
            { value: "1", label: { id: "1 fasilitas penunjang", en: "1 supporting facility" } },
            { value: "2", label: { id: "2 fasilitas penunjang", en: "2 supporting facilities" } },
            { value: "3", label: { id: "3 fasilitas penunjang", en: "3 supporting facilities" } },
            { value: "4", label: { id: "4 fasilitas penunjang", en: "4 supporting facilities" } },
            { value: "5", label: { id: "5 fasilitas penunjang atau lebih", en: "5 or more supporting facilities" } },
          ],
        },
        {
          code: "20.c.B",
          label: {
            id: "Sarana front office (FO) informasi di unit layanan",
            en: "Front-office information desk at the unit",
          },
          weight: "11",
          source: {
            regulation: CODE_2022,
            part: "Aspek Sarana dan Prasarana, indikator 20 (20.c.B): bobot 11% dalam aspek",
            confirmed: false,
            note: `${CODE_ONLY_2022} No identified public repository holding this weight is known, so the source has no link. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada FO informasi layanan", en: "No information front office" } },
            { value: "1", label: { id: "FO informasi dengan 1 fasilitas", en: "Information desk with 1 facility" } },
            { value: "2", label: { id: "FO informasi dengan 2 fasilitas", en: "With 2 facilities" } },
            { value: "3", label: { id: "FO informasi dengan 3 fasilitas", en: "With 3 facilities" } },
            { value: "4", label: { id: "FO informasi dengan 4 fasilitas", en: "With 4 facilities" } },
            {
              value: "5",
              label: { id: "FO informasi dengan 5 fasilitas atau lebih", en: "With 5 or more facilities" },
            },
          ],
        },
      ],
    },
    {
      code: "sipp",
      label: { id: "Sistem Informasi Pelayanan Publik (SIPP)", en: "Public-service information system" },
      weight: "11",
      source: {
        regulation: INSTRUMENT_2022,
        part: "Bobot aspek Sistem Informasi Pelayanan Publik (SIPP): 11%",
        href: HREF.S2,
        confirmed: false,
        note: ASPECT_CODE_ONLY_2022,
      },
      children: [
        {
          code: "21.d.T",
          label: { id: "SIPP untuk informasi publik", en: "Service information system for public information" },
          weight: "30",
          source: {
            regulation: CODE_2022,
            part: "Aspek Sistem Informasi Pelayanan Publik (SIPP), indikator 21 (21.d.T): bobot 30% dalam aspek",
            confirmed: false,
            note: `${CODE_ONLY_2022} No identified public repository holding this weight is known, so the source has no link. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            {
              value: "0",
              label: {
                id: "Tidak ada SIPP, elektronik maupun non-elektronik",
                en: "No information system, electronic or not",
              },
            },
            {
              value: "1",
              label: {
                id: "SIPP non-elektronik secara lisan (pusat informasi)",
                en: "Non-electronic, oral (information desk)",
              },
            },
            {
              value: "2",
              label: {
                id: "SIPP non-elektronik: lisan, papan pengumuman, dan media cetak",
                en: "Non-electronic: oral, notice board and print",
              },
            },
            {
              value: "3",
              label: {
                id: "SIPP elektronik, belum daring (e-kiosk, layar)",
                en: "Electronic but not online (kiosk, screen)",
              },
            },
            { value: "4", label: { id: "SIPP daring (website/aplikasi)", en: "Online (website/app)" } },
            {
              value: "5",
              label: {
                id: "SIPP daring, terhubung dengan SIPP Nasional, layanan sudah diinput",
                en: "Online, linked to the national SIPP with the services entered",
              },
            },
          ],
        },
        {
          code: "22.d.B",
          label: { id: "SIPP pendukung operasional pelayanan", en: "Information system supporting service operations" },
          weight: "20",
          source: {
            regulation: CODE_2022,
            part: "Aspek Sistem Informasi Pelayanan Publik (SIPP), indikator 22 (22.d.B): bobot 20% dalam aspek",
            confirmed: false,
            note: `${CODE_ONLY_2022} No identified public repository holding this weight is known, so the source has no link. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            {
              value: "0",
              label: { id: "Tidak ada SIPP pendukung operasional", en: "No operational information system" },
            },
            {
              value: "1",
              label: {
                id: "Memuat data pendukung pelayanan (standar pelayanan)",
                en: "Holds the service data (service standard)",
              },
            },
            {
              value: "2",
              label: {
                id: "Data pelayanan dan pengelolaan pengaduan SP4N-LAPOR!",
                en: "Service data and SP4N-LAPOR! complaint handling",
              },
            },
            {
              value: "3",
              label: {
                id: "Data pelayanan, pengaduan SP4N-LAPOR!, dan SKM",
                en: "Service data, SP4N-LAPOR! complaints and the SKM",
              },
            },
            {
              value: "4",
              label: {
                id: "Data pelayanan, pengaduan, SKM, dan penilaian kinerja pelaksana",
                en: "Service data, complaints, SKM and staff performance",
              },
            },
            {
              value: "5",
              label: {
                id: "Seluruh unsur di atas dan unsur pendukung lain (FAQ, keuangan layanan berbayar, …)",
                en: "All the above plus further elements (FAQ, fee handling, …)",
              },
            },
          ],
        },
        {
          code: "23.d.As",
          label: {
            id: "Kualitas SIPP elektronik (website/aplikasi)",
            en: "Quality of the electronic SIPP (website/app)",
          },
          weight: "20",
          source: {
            regulation: CODE_2022,
            part: "Aspek Sistem Informasi Pelayanan Publik (SIPP), indikator 23 (23.d.As): bobot 20% dalam aspek",
            confirmed: false,
            note: `${CODE_ONLY_2022} No identified public repository holding this weight is known, so the source has no link. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "SIPP elektronik tidak terhubung daring", en: "Electronic SIPP not online" } },
            { value: "1", label: { id: "Mudah dioperasikan", en: "Easy to operate" } },
            { value: "2", label: { id: "Mudah dioperasikan dan mudah diakses", en: "Easy to operate and to access" } },
            {
              value: "3",
              label: {
                id: "Mudah dioperasikan, mudah diakses, dan kompatibel",
                en: "Easy to operate, easy to access, compatible",
              },
            },
            {
              value: "4",
              label: {
                id: "Seperti 3, dan merupakan kanal resmi pemerintah (go.id)",
                en: "As 3, on an official government channel (go.id)",
              },
            },
            {
              value: "5",
              label: {
                id: "Seperti 4, dengan navigasi yang mudah dipahami",
                en: "As 4, with easy-to-follow navigation",
              },
            },
          ],
        },
        {
          code: "24.d.T",
          label: {
            id: "Pemutakhiran data dan informasi kanal digital",
            en: "Updating of data and information on digital channels",
          },
          weight: "30",
          source: {
            regulation: CODE_2022,
            part: "Aspek Sistem Informasi Pelayanan Publik (SIPP), indikator 24 (24.d.T): bobot 30% dalam aspek",
            confirmed: false,
            note: `${CODE_ONLY_2022} No identified public repository holding this weight is known, so the source has no link. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Data dan informasi tidak dimutakhirkan", en: "Never updated" } },
            { value: "1", label: { id: "Dimutakhirkan tahunan", en: "Updated yearly" } },
            { value: "2", label: { id: "Dimutakhirkan semesteran", en: "Updated every six months" } },
            { value: "3", label: { id: "Dimutakhirkan bulanan", en: "Updated monthly" } },
            { value: "4", label: { id: "Dimutakhirkan mingguan", en: "Updated weekly" } },
            {
              value: "5",
              label: { id: "Dimutakhirkan harian dan sangat lengkap", en: "Updated daily, in full detail" },
            },
          ],
        },
      ],
    },
    {
      code: "konsultasi-pengaduan",
      label: { id: "Konsultasi dan Pengaduan", en: "Consultation and complaints" },
      weight: "10",
      source: {
        regulation: INSTRUMENT_2022,
        part: "Bobot aspek Konsultasi dan Pengaduan: 10%",
        href: HREF.S2,
        confirmed: false,
        note: ASPECT_CODE_ONLY_2022,
      },
      children: [
        {
          code: "25.e.P",
          label: {
            id: "Sarana konsultasi dan pengaduan tatap muka yang berkualitas",
            en: "Good-quality face-to-face consultation and complaint facility",
          },
          weight: "20",
          source: {
            regulation: CODE_2022,
            part: "Aspek Konsultasi dan Pengaduan, indikator 25 (25.e.P): bobot 20% dalam aspek",
            confirmed: false,
            note: `${CODE_ONLY_2022} No identified public repository holding this weight is known, so the source has no link. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            {
              value: "0",
              label: { id: "Tidak ada sarana konsultasi dan pengaduan", en: "No consultation/complaint facility" },
            },
            { value: "1", label: { id: "Sarana dengan 1 fasilitas", en: "Facility with 1 feature" } },
            { value: "2", label: { id: "Sarana dengan 2 fasilitas", en: "With 2 features" } },
            { value: "3", label: { id: "Sarana dengan 3 fasilitas", en: "With 3 features" } },
            { value: "4", label: { id: "Sarana dengan 4 fasilitas", en: "With 4 features" } },
            { value: "5", label: { id: "Sarana dengan 5 fasilitas atau lebih", en: "With 5 or more features" } },
          ],
        },
        {
          code: "26.e.P",
          label: {
            id: "Sarana dan media konsultasi serta pengaduan untuk semua lapisan masyarakat",
            en: "Consultation and complaint channels usable by all groups",
          },
          weight: "25",
          source: {
            regulation: CODE_2022,
            part: "Aspek Konsultasi dan Pengaduan, indikator 26 (26.e.P): bobot 25% dalam aspek",
            confirmed: false,
            note: `${CODE_ONLY_2022} No identified public repository holding this weight is known, so the source has no link. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada sarana dan petugas", en: "No channel and no staff" } },
            {
              value: "1",
              label: {
                id: "Hanya luring, menyatu dengan front office",
                en: "Offline only, combined with the front office",
              },
            },
            {
              value: "2",
              label: {
                id: "Hanya luring, terpisah dari front office",
                en: "Offline only, separate from the front office",
              },
            },
            {
              value: "3",
              label: {
                id: "Luring menyatu dengan front office, dan tersedia daring",
                en: "Offline combined with the front office, plus online",
              },
            },
            {
              value: "4",
              label: {
                id: "Luring terpisah dari front office, dan tersedia daring",
                en: "Offline separate from the front office, plus online",
              },
            },
            {
              value: "5",
              label: {
                id: "Luring terpisah dari front office dan terhubung dengan SP4N-LAPOR!",
                en: "Offline separate from the front office, linked to SP4N-LAPOR!",
              },
            },
          ],
        },
        {
          code: "27.e.Ak",
          label: {
            id: "Akuntabilitas hasil konsultasi dan/atau pengaduan",
            en: "Accountability of consultation and complaint results",
          },
          weight: "25",
          source: {
            regulation: CODE_2022,
            part: "Aspek Konsultasi dan Pengaduan, indikator 27 (27.e.Ak): bobot 25% dalam aspek",
            confirmed: false,
            note: `${CODE_ONLY_2022} No identified public repository holding this weight is known, so the source has no link. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada dokumentasi", en: "No records" } },
            { value: "1", label: { id: "Didokumentasikan dan diarsipkan", en: "Recorded and archived" } },
            { value: "2", label: { id: "Diarsipkan dan dituangkan dalam laporan", en: "Archived and reported" } },
            {
              value: "3",
              label: { id: "Diarsipkan, dilaporkan, dan dimonev", en: "Archived, reported, monitored and evaluated" },
            },
            {
              value: "4",
              label: { id: "Diarsipkan, dilaporkan, dimonev, dan ditindaklanjuti", en: "…and followed up" },
            },
            {
              value: "5",
              label: {
                id: "Diarsipkan, dilaporkan, dimonev, ditindaklanjuti, dan dipublikasikan",
                en: "…followed up and published",
              },
            },
          ],
        },
        {
          code: "28.e.Ak",
          label: {
            id: "Tindak lanjut konsultasi dan pengaduan dari semua lapisan masyarakat",
            en: "Follow-up of consultations and complaints",
          },
          weight: "30",
          source: {
            regulation: CODE_2022,
            part: "Aspek Konsultasi dan Pengaduan, indikator 28 (28.e.Ak): bobot 30% dalam aspek",
            confirmed: false,
            note: `${CODE_ONLY_2022} Seen in C2 only; not verified in C3 (UNCONFIRMED there). No identified public repository holding this weight is known, so the source has no link. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada yang ditindaklanjuti", en: "None followed up" } },
            {
              value: "1",
              label: {
                id: "Kurang dari 50% selesai ditindaklanjuti, di luar SP4N-LAPOR!",
                en: "Under 50% resolved, outside SP4N-LAPOR!",
              },
            },
            {
              value: "2",
              label: {
                id: "Sedikitnya 50% selesai ditindaklanjuti, di luar SP4N-LAPOR!",
                en: "At least 50% resolved, outside SP4N-LAPOR!",
              },
            },
            {
              value: "3",
              label: {
                id: "Kurang dari 50% pengaduan di SP4N-LAPOR! selesai ditindaklanjuti",
                en: "Under 50% of SP4N-LAPOR! complaints resolved",
              },
            },
            {
              value: "4",
              label: {
                id: "50–90% pengaduan di SP4N-LAPOR! selesai ditindaklanjuti",
                en: "50–90% of SP4N-LAPOR! complaints resolved",
              },
            },
            {
              value: "5",
              label: {
                id: "Sedikitnya 90% pengaduan di SP4N-LAPOR! selesai ditindaklanjuti",
                en: "At least 90% of SP4N-LAPOR! complaints resolved",
              },
            },
          ],
        },
      ],
    },
    {
      code: "inovasi",
      label: { id: "Inovasi", en: "Innovation" },
      weight: "12",
      source: {
        regulation: INSTRUMENT_2022,
        part: "Bobot aspek Inovasi: 12%",
        href: HREF.S2,
        confirmed: false,
        note: ASPECT_CODE_ONLY_2022,
      },
      children: [
        {
          code: "29.f.B",
          label: { id: "Penciptaan inovasi pelayanan publik", en: "Creation of a public-service innovation" },
          weight: "50",
          source: {
            regulation: CODE_2022,
            part: "Aspek Inovasi, indikator 29 (29.f.B): bobot 50% dalam aspek",
            href: CODE_HREF.C6,
            confirmed: false,
            note: `${CODE_ONLY_2022} C2 and C6 (href) both split the Inovasi aspect 50/50; C6 splits every aspect equally, which conflicts with the official Kebijakan weights, so it supports only this 50/50. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            { value: "0", label: { id: "Tidak ada inovasi", en: "No innovation" } },
            {
              value: "1",
              label: { id: "Belum ada inovasi, masih belajar berinovasi", en: "None yet, still learning to innovate" },
            },
            {
              value: "2",
              label: { id: "Ada inovasi, berjalan kurang dari 1 tahun", en: "An innovation running for under 1 year" },
            },
            {
              value: "3",
              label: {
                id: "Inovasi lebih dari 1 tahun, belum ikut kompetisi",
                en: "Running over 1 year, never entered in a competition",
              },
            },
            {
              value: "4",
              label: {
                id: "Inovasi lebih dari 1 tahun, sudah ikut kompetisi",
                en: "Running over 1 year, entered in a competition",
              },
            },
            {
              value: "5",
              label: {
                id: "Inovasi sudah berprestasi (tingkat apa pun)",
                en: "The innovation has won an award (any level)",
              },
            },
          ],
        },
        {
          code: "30.f.B",
          label: {
            id: "Sumber daya yang mendukung keberlanjutan inovasi",
            en: "Resources that sustain the innovation",
          },
          weight: "50",
          source: {
            regulation: CODE_2022,
            part: "Aspek Inovasi, indikator 30 (30.f.B): bobot 50% dalam aspek",
            href: CODE_HREF.C6,
            confirmed: false,
            note: `${CODE_ONLY_2022} C2 and C6 (href) both split the Inovasi aspect 50/50; C6 splits every aspect equally, which conflicts with the official Kebijakan weights, so it supports only this 50/50. ${CODE_2022_UNLINKED} ${LEVELS_2022}`,
          },
          scale: "0-5",
          levels: [
            {
              value: "0",
              label: { id: "Belum ada sumber daya pendukung keberlanjutan", en: "No sustaining resources" },
            },
            { value: "1", label: { id: "Rancangan payung hukum", en: "A draft legal basis" } },
            { value: "2", label: { id: "Payung hukum", en: "A legal basis" } },
            {
              value: "3",
              label: { id: "Payung hukum dan 1 kondisi lain", en: "A legal basis and 1 further condition" },
            },
            {
              value: "4",
              label: { id: "Payung hukum dan 2 kondisi lain", en: "A legal basis and 2 further conditions" },
            },
            {
              value: "5",
              label: { id: "Payung hukum dan 3 kondisi lain", en: "A legal basis and 3 further conditions" },
            },
          ],
        },
      ],
    },
  ],
  predicates: PEKPPP_PREDICATES_CODE_ONLY,
  aggregation: PEKPPP_AGGREGATION,
  notes: [
    "IPP = Σ aspect weight × Σ indicator weight × answer (reference note §1.4), exact; published value rounded half-up to 2 decimals (UNCONFIRMED rule), then classified.",
    "This is the evaluator part (F-02). How the users' part (F-03) enters the IPP is not known officially; see combineF03() in kinerja/pekppp (default: F-02 only).",
    "The supplementary item 'Tersedia sistem antrian' is believed information-only (weight 0 in C2; UNCONFIRMED whether the official instrument ever scores it) and is not part of the index.",
    "The Kebijakan aspect weight (24%) and its indicator weights (1–9) are CONFIRMED from KemenPAN-RB slides (S3, S4). The weights of aspects II–VI are CODE-ONLY (regional news and local-government code only), and so are the indicator weights 10–30 (10–17 CORROBORATED by a third seed, addendum) and the nine predicate bands: all confirmed: false, so every score result and every predicate reports confirmed: false.",
    "Correction of pekppp@2022.1 (issue #7 data review): the same figures; its predicate bands and the weights of aspects II–VI were marked confirmed: true although their only evidence is regional news and code, and the sources of indicators 10–30 named an unseen guideline with no link. pekppp@2022.1 stays available for teams that pinned it.",
  ],
} as const satisfies RubricDefinition;
