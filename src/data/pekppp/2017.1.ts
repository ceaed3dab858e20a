/**
 * Predecessor instrument: PermenPAN-RB 17/2017 (Pedoman Penilaian Kinerja Unit Penyelenggara
 * Pelayanan Publik): six aspects 30/18/15/15/15/7, 37 indicators in form order, answers 0–5.
 * Source of every weight: reference note §3 (C4, a 2022 Jombang implementation). The Lampiran of
 * 17/2017 has not been seen, so every weight is `confirmed: false`.
 *
 * The weights are stored as the exact fractions the printed 3-decimal weights round from
 * (5/56, 3/22, 2/15, …); the printed decimals are kept separately in PEKPPP_2017_PRINTED_WEIGHTS
 * for the explicitly named legacy calculation (they do not sum to 1: all-5 answers give 4.99085).
 *
 * Plain data: type-only import of the model, sources from sibling data files.
 */
import type { RubricDefinition, Source } from "../../model/types.js";
import { PEKPPP_AGGREGATION, PEKPPP_PREDICATES, PEKPPP_RESULT } from "./predicates.js";
import { CODE_ONLY_2017, HREF, INSTRUMENT_2017 } from "./sources.js";

export const PEKPPP_2017_1 = {
  id: "pekppp@2017.1",
  scheme: "pekppp",
  version: "2017.1",
  status: "official",
  title: {
    id: "Penilaian Kinerja Unit Penyelenggara Pelayanan Publik (PermenPAN-RB 17/2017)",
    en: "Performance assessment of public-service units (PermenPAN-RB 17/2017), predecessor of PEKPPP",
  },
  legalBasis: [
    {
      regulation: "PermenPAN-RB 17/2017",
      part: "Pedoman Penilaian Kinerja Unit Penyelenggara Pelayanan Publik (with Lampiran)",
      href: HREF.S17,
      text: "Performance assessment of public-service units; replaced by PermenPAN-RB 29/2022 (its consideration b).",
      confirmed: true,
      note: "The regulation exists and was replaced by 29/2022 (S7); its Lampiran (the instrument with the weights) has not been seen.",
    },
  ],
  validFor: { from: 2017, to: 2021 },
  weightTotal: "100",
  scales: {
    "0-5": {
      kind: "integer",
      min: 0,
      max: 5,
      source: {
        regulation: INSTRUMENT_2017,
        part: "Lembar penilaian (F-02): skala nilai 0–5",
        href: HREF.C4_FORM,
        text: "Each indicator is answered with a whole number 0–5.",
        confirmed: false,
        note: "Form codes and the 0–5 scale agree with the 17/2017-era form S15/S16b, but the Lampiran has not been seen (reference note §3).",
      },
    },
  },
  result: PEKPPP_RESULT,
  nodes: [
    {
      code: "kebijakan",
      label: { id: "Kebijakan Pelayanan", en: "Service policy" },
      weight: "30",
      source: {
        regulation: INSTRUMENT_2017,
        part: "Bobot aspek Kebijakan Pelayanan: 30%",
        href: HREF.C4,
        confirmed: false,
        note: CODE_ONLY_2017,
      },
      childWeightTotal: "56",
      children: [
        {
          code: "1.a.K1",
          label: {
            id: "Tersedia Standar Pelayanan (SP) sebagai acuan pemberian pelayanan",
            en: "A service standard (SP) guides service delivery",
          },
          weight: "5",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Kebijakan Pelayanan, indikator 1.a.K1: bobot 5/56 (printed .089)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 5/56; C4 prints .089. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "1.a.K2",
          label: { id: "Tersedia SP per jenis layanan", en: "A service standard for each type of service" },
          weight: "5",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Kebijakan Pelayanan, indikator 1.a.K2: bobot 5/56 (printed .089)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 5/56; C4 prints .089. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "1.a.K3",
          label: { id: "Sistem antrian", en: "Queue system" },
          weight: "4",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Kebijakan Pelayanan, indikator 1.a.K3: bobot 4/56 (printed .071)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 4/56; C4 prints .071. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "1.a.P",
          label: {
            id: "Penyusunan SP melibatkan masyarakat dan pihak terkait",
            en: "The public and stakeholders take part in drafting the SP",
          },
          weight: "4",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Kebijakan Pelayanan, indikator 1.a.P: bobot 4/56 (printed .071)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 4/56; C4 prints .071. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "1.a.T",
          label: {
            id: "Dokumentasi dan publikasi SP yang ditetapkan",
            en: "The issued SP is documented and published",
          },
          weight: "4",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Kebijakan Pelayanan, indikator 1.a.T: bobot 4/56 (printed .071)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 4/56; C4 prints .071. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "1.a.Ak",
          label: { id: "SP sesuai ketentuan peraturan perundang-undangan", en: "The SP complies with the regulations" },
          weight: "4",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Kebijakan Pelayanan, indikator 1.a.Ak: bobot 4/56 (printed .071)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 4/56; C4 prints .071. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "1.a.As",
          label: {
            id: "Informasi SP mudah diakses dan dipahami masyarakat",
            en: "Information on the SP is easy to reach and understand",
          },
          weight: "4",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Kebijakan Pelayanan, indikator 1.a.As: bobot 4/56 (printed .071)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 4/56; C4 prints .071. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "1.a.B",
          label: { id: "SP tepat guna (substansi/isi SP)", en: "The SP is fit for purpose (its content)" },
          weight: "4",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Kebijakan Pelayanan, indikator 1.a.B: bobot 4/56 (printed .071)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 4/56; C4 prints .071. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "1.b.T",
          label: {
            id: "Maklumat Pelayanan dipublikasikan ke seluruh lapisan masyarakat",
            en: "The service charter (Maklumat) is published to all groups",
          },
          weight: "5",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Kebijakan Pelayanan, indikator 1.b.T: bobot 5/56 (printed .089)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 5/56; C4 prints .089. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "1.c.P",
          label: {
            id: "Keterlibatan pengguna layanan dalam pengisian SKM",
            en: "Users' participation in the satisfaction survey (SKM)",
          },
          weight: "5",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Kebijakan Pelayanan, indikator 1.c.P: bobot 5/56 (printed .089)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 5/56; C4 prints .089. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "1.c.T",
          label: {
            id: "Informasi SKM diketahui seluruh lapisan masyarakat",
            en: "SKM information is known to all groups (publication)",
          },
          weight: "4",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Kebijakan Pelayanan, indikator 1.c.T: bobot 4/56 (printed .071)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 4/56; C4 prints .071. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "1.c.Ak",
          label: { id: "Tindak lanjut hasil SKM dan cakupannya", en: "Follow-up of the SKM results and its scope" },
          weight: "4",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Kebijakan Pelayanan, indikator 1.c.Ak: bobot 4/56 (printed .071)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 4/56; C4 prints .071. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "1.c.B",
          label: {
            id: "Kecepatan tindak lanjut hasil SKM seluruh jenis layanan",
            en: "Speed of the SKM follow-up across all services",
          },
          weight: "4",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Kebijakan Pelayanan, indikator 1.c.B: bobot 4/56 (printed .071)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 4/56; C4 prints .071. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
      ],
    },
    {
      code: "sdm",
      label: { id: "Profesionalisme SDM", en: "Staff professionalism" },
      weight: "18",
      source: {
        regulation: INSTRUMENT_2017,
        part: "Bobot aspek Profesionalisme SDM: 18%",
        href: HREF.C4,
        confirmed: false,
        note: CODE_ONLY_2017,
      },
      childWeightTotal: "22",
      children: [
        {
          code: "2.a.Ak",
          label: {
            id: "Pelaksana dengan kompetensi sesuai kebutuhan jenis layanan",
            en: "Staff with the competence each service needs",
          },
          weight: "3",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Profesionalisme SDM, indikator 2.a.Ak: bobot 3/22 (printed .136)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 3/22; C4 prints .136. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "2.b.Ak",
          label: { id: "Pelaksana layanan yang responsif waktu", en: "Staff responsive in service hours" },
          weight: "3",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Profesionalisme SDM, indikator 2.b.Ak: bobot 3/22 (printed .136)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 3/22; C4 prints .136. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "2.b.Ak2",
          label: { id: "Kesigapan pelaksana dalam memberikan layanan (kecepatan)", en: "Staff promptness (speed)" },
          weight: "2",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Profesionalisme SDM, indikator 2.b.Ak2: bobot 2/22 (printed .091)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 2/22; C4 prints .091. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "2.d.K",
          label: { id: "Aturan perilaku dan kode etik pelaksana layanan", en: "Code of conduct and ethics for staff" },
          weight: "3",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Profesionalisme SDM, indikator 2.d.K: bobot 3/22 (printed .136)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 3/22; C4 prints .136. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "2.e.K1",
          label: { id: "Pemberian penghargaan", en: "Awards to staff" },
          weight: "4",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Profesionalisme SDM, indikator 2.e.K1: bobot 4/22 (printed .182)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 4/22; C4 prints .182. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "2.e.K2",
          label: { id: "Pemberian sanksi", en: "Sanctions on staff" },
          weight: "3",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Profesionalisme SDM, indikator 2.e.K2: bobot 3/22 (printed .136)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 3/22; C4 prints .136. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "2.g.Ak",
          label: { id: "Budaya pelayanan", en: "Service culture" },
          weight: "4",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Profesionalisme SDM, indikator 2.g.Ak: bobot 4/22 (printed .182)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 4/22; C4 prints .182. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
      ],
    },
    {
      code: "sarpras",
      label: { id: "Sarana Prasarana", en: "Facilities and infrastructure" },
      weight: "15",
      source: {
        regulation: INSTRUMENT_2017,
        part: "Bobot aspek Sarana Prasarana: 15%",
        href: HREF.C4,
        confirmed: false,
        note: CODE_ONLY_2017,
      },
      childWeightTotal: "15",
      children: [
        {
          code: "3.a.As",
          label: {
            id: "Tempat parkir yang aman, nyaman dan mudah diakses",
            en: "Safe, comfortable, accessible parking",
          },
          weight: "2",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Sarana Prasarana, indikator 3.a.As: bobot 2/15 (printed .133)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 2/15; C4 prints .133. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "3.b.K1",
          label: { id: "Ruang tunggu yang nyaman", en: "Comfortable waiting room" },
          weight: "2",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Sarana Prasarana, indikator 3.b.K1: bobot 2/15 (printed .133)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 2/15; C4 prints .133. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "3.b.As",
          label: {
            id: "Toilet khusus pengguna layanan yang bersih dan memadai",
            en: "Clean, adequate toilets for users",
          },
          weight: "2",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Sarana Prasarana, indikator 3.b.As: bobot 2/15 (printed .133)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 2/15; C4 prints .133. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "3.c.K",
          label: {
            id: "Sarana prasarana bagi pengguna berkebutuhan khusus",
            en: "Facilities for users with special needs",
          },
          weight: "3",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Sarana Prasarana, indikator 3.c.K: bobot 3/15 (printed .2)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 3/15; C4 prints .2. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "3.d.As1",
          label: {
            id: "Sarana penunjang lain (ruang laktasi, arena bermain anak, kantin/fotokopi/ATK)",
            en: "Other supporting facilities (lactation room, play area, canteen/copying)",
          },
          weight: "3",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Sarana Prasarana, indikator 3.d.As1: bobot 3/15 (printed .2)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 3/15; C4 prints .2. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "3.e.As2",
          label: {
            id: "Front office layanan konsultasi dan informasi tatap muka",
            en: "Front office for face-to-face consultation and information",
          },
          weight: "1",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Sarana Prasarana, indikator 3.e.As2: bobot 1/15 (printed .067)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 1/15; C4 prints .067. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "3.e.As4",
          label: { id: "Front office layanan pengaduan tatap muka", en: "Front office for face-to-face complaints" },
          weight: "2",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Sarana Prasarana, indikator 3.e.As4: bobot 2/15 (printed .133)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Stored as the exact fraction 2/15; C4 prints .133. Whether the Lampiran uses fractions or rounded decimals is UNCONFIRMED. Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
      ],
    },
    {
      code: "sipp",
      label: { id: "Sistem Informasi Pelayanan Publik", en: "Public-service information system" },
      weight: "15",
      source: {
        regulation: INSTRUMENT_2017,
        part: "Bobot aspek Sistem Informasi Pelayanan Publik: 15%",
        href: HREF.C4,
        confirmed: false,
        note: CODE_ONLY_2017,
      },
      children: [
        {
          code: "4.a.T",
          label: {
            id: "Sistem informasi pelayanan publik untuk informasi publik",
            en: "Service information system for public information",
          },
          weight: "20",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Sistem Informasi Pelayanan Publik, indikator 4.a.T: bobot 20% dalam aspek (printed .2)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "4.a.B",
          label: {
            id: "Sistem informasi pelayanan publik pendukung operasional",
            en: "Information system supporting service operations",
          },
          weight: "25",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Sistem Informasi Pelayanan Publik, indikator 4.a.B: bobot 25% dalam aspek (printed .25)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "4.a.Ak1",
          label: { id: "Kepemilikan dan pengelolaan situs", en: "Ownership and management of the website" },
          weight: "25",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Sistem Informasi Pelayanan Publik, indikator 4.a.Ak1: bobot 25% dalam aspek (printed .25)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "4.a.Ak2",
          label: { id: "Pemutakhiran data dan informasi situs", en: "Updating of the website's data and information" },
          weight: "15",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Sistem Informasi Pelayanan Publik, indikator 4.a.Ak2: bobot 15% dalam aspek (printed .15)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "4.b.T",
          label: {
            id: "Informasi non-elektronik pendukung pelayanan",
            en: "Non-electronic information supporting the service",
          },
          weight: "15",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Sistem Informasi Pelayanan Publik, indikator 4.b.T: bobot 15% dalam aspek (printed .15)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
      ],
    },
    {
      code: "konsultasi-pengaduan",
      label: { id: "Konsultasi dan Pengaduan", en: "Consultation and complaints" },
      weight: "15",
      source: {
        regulation: INSTRUMENT_2017,
        part: "Bobot aspek Konsultasi dan Pengaduan: 15%",
        href: HREF.C4,
        confirmed: false,
        note: CODE_ONLY_2017,
      },
      children: [
        {
          code: "5.1.a.K",
          label: {
            id: "Sarana dan media konsultasi untuk semua lapisan masyarakat",
            en: "Consultation channels usable by all groups",
          },
          weight: "20",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Konsultasi dan Pengaduan, indikator 5.1.a.K: bobot 20% dalam aspek (printed .2)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "5.1.a.As",
          label: {
            id: "Dokumentasi dan publikasi konsultasi yang mudah diakses",
            en: "Accessible records and publication of consultations",
          },
          weight: "20",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Konsultasi dan Pengaduan, indikator 5.1.a.As: bobot 20% dalam aspek (printed .2)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "5.2.a.K",
          label: {
            id: "Sarana dan media pengaduan untuk semua lapisan masyarakat",
            en: "Complaint channels usable by all groups",
          },
          weight: "30",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Konsultasi dan Pengaduan, indikator 5.2.a.K: bobot 30% dalam aspek (printed .3)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
        {
          code: "5.2.a.As",
          label: {
            id: "Dokumentasi dan publikasi proses/hasil pengaduan yang mudah diakses",
            en: "Accessible records and publication of complaints",
          },
          weight: "30",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Konsultasi dan Pengaduan, indikator 5.2.a.As: bobot 30% dalam aspek (printed .3)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
      ],
    },
    {
      code: "inovasi",
      label: { id: "Inovasi", en: "Innovation" },
      weight: "7",
      source: {
        regulation: INSTRUMENT_2017,
        part: "Bobot aspek Inovasi: 7%",
        href: HREF.C4,
        confirmed: false,
        note: CODE_ONLY_2017,
      },
      children: [
        {
          code: "6",
          label: { id: "Tersedia inovasi pelayanan publik", en: "A public-service innovation exists" },
          weight: "100",
          source: {
            regulation: INSTRUMENT_2017,
            part: "Aspek Inovasi, indikator 6: bobot 100% dalam aspek (printed 1)",
            href: HREF.C4,
            confirmed: false,
            note: `${CODE_ONLY_2017} Mapped to the code by form position (likely, UNCONFIRMED).`,
          },
          scale: "0-5",
        },
      ],
    },
  ],
  predicates: PEKPPP_PREDICATES,
  aggregation: PEKPPP_AGGREGATION,
  notes: [
    "Weights are CODE-ONLY from a single implementation (C4): every figure is confirmed: false.",
    "Exact fractions (5/56, 3/22, 2/15, …) are the default; the printed 3-decimal weights, which sum to 0.995/0.999/0.999 in aspects I–III, are available only through scoreLegacyRounded2017() in kinerja/pekppp.",
    "validFor 2017–2021: 17/2017 was replaced by 29/2022, whose instrument applies from the 2022 assessment. Some local evaluations kept the 37-indicator form into 2022 (C4); pin pekppp@2017.1 explicitly for those.",
    "Level sentences (0–5) of the 37 indicators are not included.",
  ],
} as const satisfies RubricDefinition;

/** Source of the printed (rounded) 17/2017 weights, used only by the legacy calculation. */
export const PEKPPP_2017_PRINTED_SOURCE = {
  regulation: INSTRUMENT_2017,
  part: "Bobot indikator as printed with 3 decimals in C4 (Home.php save2nd)",
  href: HREF.C4,
  confirmed: false,
  note: "UNCONFIRMED legacy figures: the printed decimals sum to 0.995 (aspect I), 0.999 (II) and 0.999 (III), so all-5 answers give 4.99085, not 5.00 (reference note §3.2).",
} as const satisfies Source;

/** Printed 3-decimal indicator weights of 17/2017 (C4), by aspect, in form order; aspect weights as shares. */
export const PEKPPP_2017_PRINTED_WEIGHTS = [
  {
    aspect: "kebijakan",
    weight: "0.30",
    indicators: [
      { code: "1.a.K1", weight: "0.089" },
      { code: "1.a.K2", weight: "0.089" },
      { code: "1.a.K3", weight: "0.071" },
      { code: "1.a.P", weight: "0.071" },
      { code: "1.a.T", weight: "0.071" },
      { code: "1.a.Ak", weight: "0.071" },
      { code: "1.a.As", weight: "0.071" },
      { code: "1.a.B", weight: "0.071" },
      { code: "1.b.T", weight: "0.089" },
      { code: "1.c.P", weight: "0.089" },
      { code: "1.c.T", weight: "0.071" },
      { code: "1.c.Ak", weight: "0.071" },
      { code: "1.c.B", weight: "0.071" },
    ],
  },
  {
    aspect: "sdm",
    weight: "0.18",
    indicators: [
      { code: "2.a.Ak", weight: "0.136" },
      { code: "2.b.Ak", weight: "0.136" },
      { code: "2.b.Ak2", weight: "0.091" },
      { code: "2.d.K", weight: "0.136" },
      { code: "2.e.K1", weight: "0.182" },
      { code: "2.e.K2", weight: "0.136" },
      { code: "2.g.Ak", weight: "0.182" },
    ],
  },
  {
    aspect: "sarpras",
    weight: "0.15",
    indicators: [
      { code: "3.a.As", weight: "0.133" },
      { code: "3.b.K1", weight: "0.133" },
      { code: "3.b.As", weight: "0.133" },
      { code: "3.c.K", weight: "0.2" },
      { code: "3.d.As1", weight: "0.2" },
      { code: "3.e.As2", weight: "0.067" },
      { code: "3.e.As4", weight: "0.133" },
    ],
  },
  {
    aspect: "sipp",
    weight: "0.15",
    indicators: [
      { code: "4.a.T", weight: "0.2" },
      { code: "4.a.B", weight: "0.25" },
      { code: "4.a.Ak1", weight: "0.25" },
      { code: "4.a.Ak2", weight: "0.15" },
      { code: "4.b.T", weight: "0.15" },
    ],
  },
  {
    aspect: "konsultasi-pengaduan",
    weight: "0.15",
    indicators: [
      { code: "5.1.a.K", weight: "0.2" },
      { code: "5.1.a.As", weight: "0.2" },
      { code: "5.2.a.K", weight: "0.3" },
      { code: "5.2.a.As", weight: "0.3" },
    ],
  },
  { aspect: "inovasi", weight: "0.07", indicators: [{ code: "6", weight: "1" }] },
] as const;
