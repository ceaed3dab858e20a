/**
 * The LKE of PermenPAN-RB 14/2014 (PMPRB worksheet), shared by `rb@2014.1` and
 * `rb@2018.1`: eight change areas with their sub-indicators and the 146
 * questions of the Pengungkit (enablers), and the five Hasil (results) inputs.
 *
 * The questions, their order and their sub-indicators are those of the `lkerb`
 * dump (reference note §1a, §7; table `item`), shortened; the answer type of
 * each question is read from its option list (a–c → A/B/C, a–d → A/B/C/D,
 * a–e → A–E, a single "Ya, apabila …" criterion → Ya/Tidak), because the dump
 * itself tags every item A/B/C. Weights: table `kriteria` (areas) and
 * `subkriteria` (sub-indicators), corroborated by the 2020 LKE manual.
 *
 * Plain data plus two small builders that attach each version's sources; the
 * figures themselves are written once, here.
 */
import type { Band, RubricNode, Scale, Source, Text } from "../../model/types.js";
import { HREF, LKERB, LKERB_BOBOT, RB2171 } from "./sources.js";

/** Answer types of the Pengungkit questions (keys into the rubric's `scales`). */
export type ItemScale = "ya-tidak" | "abc" | "abcd" | "abcde";

/** One question: its letter in the LKE, its answer type, its wording (shortened) and an English gloss. */
export type Item = readonly [letter: string, scale: ItemScale, id: string, en: string];

export interface SubIndicator {
  readonly code: string;
  readonly label: Text;
  /** Points in the index (share of the area's weight). */
  readonly weight: string;
  readonly items: ReadonlyArray<Item>;
}

export interface Area {
  readonly code: string;
  readonly label: Text;
  /** Points in the index (of the Pengungkit's 60). */
  readonly weight: string;
  readonly subs: ReadonlyArray<SubIndicator>;
}

/** Komponen Pengungkit of the 14/2014 LKE: areas 5/5/6/5/15/6/12/6 = 60, 33 sub-indicators, 146 questions. */
export const PENGUNGKIT_2014 = [
  {
    code: "P.1",
    label: { id: "Manajemen Perubahan", en: "Change management" },
    weight: "5",
    subs: [
      {
        code: "P.1.1",
        label: { id: "Tim Reformasi Birokrasi", en: "Bureaucratic-reform team" },
        weight: "1",
        items: [
          ["a", "abc", "Tim RB telah dibentuk", "An RB team has been formed"],
          [
            "b",
            "abcd",
            "Tim RB melaksanakan tugas sesuai rencana kerjanya",
            "The RB team carries out its tasks per its work plan",
          ],
          [
            "c",
            "abcd",
            "Tim RB memonitor dan mengevaluasi rencana kerja, dan hasilnya ditindaklanjuti",
            "The RB team monitors and evaluates its work plan and follows up the results",
          ],
        ],
      },
      {
        code: "P.1.2",
        label: { id: "Road Map Reformasi Birokrasi", en: "RB road map" },
        weight: "1",
        items: [
          [
            "a",
            "ya-tidak",
            "Road Map telah disusun dan diformalkan",
            "The road map has been drafted and formally issued",
          ],
          ["b", "abc", "Road Map mencakup 8 area perubahan", "The road map covers the 8 change areas"],
          ["c", "abc", "Road Map mencakup quick win", "The road map includes quick wins"],
          [
            "d",
            "abcd",
            "Penyusunan Road Map melibatkan seluruh unit organisasi",
            "All organisational units took part in drafting the road map",
          ],
          [
            "e",
            "abcd",
            "Road Map disosialisasikan dan diinternalisasikan kepada anggota organisasi",
            "The road map has been socialised to the organisation's members",
          ],
        ],
      },
      {
        code: "P.1.3",
        label: { id: "Pemantauan dan Evaluasi Reformasi Birokrasi", en: "RB monitoring and evaluation" },
        weight: "2",
        items: [
          [
            "a",
            "abcd",
            "PMPRB direncanakan dan diorganisasikan dengan baik",
            "The PMPRB self-assessment is well planned and organised",
          ],
          [
            "b",
            "abcd",
            "Aktivitas PMPRB dikomunikasikan pada masing-masing unit kerja",
            "PMPRB activities are communicated to each work unit",
          ],
          ["c", "abcd", "Tim Asesor PMPRB mendapat pelatihan yang cukup", "PMPRB assessors are adequately trained"],
          [
            "d",
            "abcd",
            "PMPRB dilaksanakan oleh asesor sesuai ketentuan",
            "PMPRB is carried out by assessors as the rules require",
          ],
          [
            "e",
            "abc",
            "Koordinator asesor mereviu kertas kerja asesor sebelum menyusun kertas kerja instansi",
            "The assessor coordinator reviews the assessors' worksheets first",
          ],
          [
            "f",
            "abc",
            "Para asesor mencapai konsensus sebelum menetapkan nilai PMPRB instansi",
            "Assessors reach consensus before setting the agency's PMPRB score",
          ],
          [
            "g",
            "abc",
            "Rencana aksi tindak lanjut (RATL) dikomunikasikan dan dilaksanakan",
            "The follow-up action plan (RATL) is communicated and carried out",
          ],
        ],
      },
      {
        code: "P.1.4",
        label: { id: "Perubahan Pola Pikir dan Budaya Kinerja", en: "Mindset and performance-culture change" },
        weight: "1",
        items: [
          [
            "a",
            "abcd",
            "Pimpinan tertinggi terlibat aktif dan berkelanjutan dalam pelaksanaan RB",
            "Top leadership takes an active, sustained part in RB",
          ],
          [
            "b",
            "abcde",
            "Media komunikasi reguler untuk menyosialisasikan RB",
            "Regular communication media socialise RB",
          ],
          [
            "c",
            "abcd",
            "Upaya menggerakkan organisasi melalui agent of change atau role model",
            "Agents of change or role models drive the organisation",
          ],
        ],
      },
    ],
  },
  {
    code: "P.2",
    label: { id: "Penataan Peraturan Perundang-undangan", en: "Regulatory arrangement" },
    weight: "5",
    subs: [
      {
        code: "P.2.1",
        label: { id: "Harmonisasi", en: "Harmonisation" },
        weight: "2.5",
        items: [
          [
            "a",
            "abc",
            "Identifikasi, analisis dan pemetaan peraturan yang tidak harmonis/sinkron",
            "Inconsistent regulations identified, analysed and mapped",
          ],
          ["b", "abc", "Revisi peraturan yang tidak harmonis/sinkron", "Inconsistent regulations revised"],
        ],
      },
      {
        code: "P.2.2",
        label: {
          id: "Sistem Pengendalian dalam Penyusunan Peraturan Perundang-undangan",
          en: "Control system for drafting regulations",
        },
        weight: "2.5",
        items: [
          [
            "a",
            "abcd",
            "Sistem pengendalian penyusunan peraturan (rapat koordinasi, naskah akademis/kajian, paraf koordinasi)",
            "A drafting control system (coordination meeting, academic paper, coordination initials)",
          ],
          [
            "b",
            "abc",
            "Evaluasi atas pelaksanaan sistem pengendalian penyusunan peraturan",
            "The drafting control system is evaluated",
          ],
        ],
      },
    ],
  },
  {
    code: "P.3",
    label: { id: "Penataan dan Penguatan Organisasi", en: "Organisational arrangement and strengthening" },
    weight: "6",
    subs: [
      {
        code: "P.3.1",
        label: { id: "Evaluasi", en: "Evaluation" },
        weight: "3",
        items: [
          [
            "a",
            "abc",
            "Evaluasi ketepatan fungsi dan ukuran organisasi",
            "Evaluation of the fit of functions and of the organisation's size",
          ],
          ["b", "abc", "Evaluasi jenjang organisasi", "Evaluation of organisational layers"],
          ["c", "abc", "Evaluasi kemungkinan duplikasi fungsi", "Evaluation of possible duplicated functions"],
          [
            "d",
            "abc",
            "Evaluasi satuan organisasi berbeda tujuan yang ditempatkan dalam satu kelompok",
            "Evaluation of units with different aims grouped together",
          ],
          [
            "e",
            "abc",
            "Evaluasi pejabat yang melapor kepada lebih dari seorang atasan",
            "Evaluation of officials reporting to more than one superior",
          ],
          [
            "f",
            "abc",
            "Evaluasi kesesuaian struktur organisasi dengan kinerja yang akan dihasilkan",
            "Evaluation of the structure against the performance it must deliver",
          ],
          [
            "g",
            "abc",
            "Evaluasi kesesuaian struktur organisasi dengan mandat",
            "Evaluation of the structure against the mandate",
          ],
          [
            "h",
            "ya-tidak",
            "Evaluasi kemungkinan tumpang tindih fungsi dengan instansi lain",
            "Evaluation of possible overlap with other agencies",
          ],
          [
            "i",
            "ya-tidak",
            "Evaluasi kemampuan struktur organisasi beradaptasi terhadap perubahan lingkungan strategis",
            "Evaluation of the structure's adaptability to strategic change",
          ],
        ],
      },
      {
        code: "P.3.2",
        label: { id: "Penataan", en: "Restructuring" },
        weight: "3",
        items: [
          [
            "a",
            "abcd",
            "Hasil evaluasi ditindaklanjuti dengan mengajukan perubahan organisasi",
            "Evaluation results followed up with proposed organisational changes",
          ],
        ],
      },
    ],
  },
  {
    code: "P.4",
    label: { id: "Penataan Tatalaksana", en: "Business-process arrangement" },
    weight: "5",
    subs: [
      {
        code: "P.4.1",
        label: {
          id: "Proses Bisnis dan Prosedur Operasional Tetap (SOP) Kegiatan Utama",
          en: "Business processes and SOPs of core activities",
        },
        weight: "1.5",
        items: [
          [
            "a",
            "abcd",
            "Peta proses bisnis sesuai tugas dan fungsi",
            "Business-process maps match duties and functions",
          ],
          [
            "b",
            "abcd",
            "Peta proses bisnis dijabarkan ke dalam SOP",
            "Business-process maps are broken down into SOPs",
          ],
          ["c", "abcd", "SOP telah diterapkan", "SOPs are applied"],
          [
            "d",
            "abcd",
            "Peta proses bisnis dan SOP dievaluasi dan disesuaikan dengan tuntutan efisiensi dan efektivitas",
            "Process maps and SOPs are evaluated and adjusted for efficiency and effectiveness",
          ],
        ],
      },
      {
        code: "P.4.2",
        label: { id: "E-Government", en: "E-government" },
        weight: "2",
        items: [
          [
            "a",
            "ya-tidak",
            "Rencana pengembangan e-government di lingkungan instansi",
            "An e-government development plan",
          ],
          [
            "b",
            "abcd",
            "E-government internal untuk mendukung proses birokrasi",
            "Internal e-government supporting bureaucratic processes",
          ],
          [
            "c",
            "abcd",
            "E-government untuk meningkatkan kualitas pelayanan kepada masyarakat",
            "E-government improving services to the public",
          ],
          ["d", "abcd", "E-government pelayanan pada tingkatan transaksional", "Transactional e-government services"],
        ],
      },
      {
        code: "P.4.3",
        label: { id: "Keterbukaan Informasi Publik", en: "Public-information disclosure" },
        weight: "1.5",
        items: [
          [
            "a",
            "ya-tidak",
            "Kebijakan pimpinan tentang keterbukaan informasi publik",
            "A leadership policy on public-information disclosure",
          ],
          ["b", "abcd", "Kebijakan keterbukaan informasi publik diterapkan", "The disclosure policy is applied"],
          [
            "c",
            "abc",
            "Monitoring dan evaluasi pelaksanaan kebijakan keterbukaan informasi publik",
            "Monitoring and evaluation of the disclosure policy",
          ],
        ],
      },
    ],
  },
  {
    code: "P.5",
    label: { id: "Penataan Sistem Manajemen SDM", en: "HR management system" },
    weight: "15",
    subs: [
      {
        code: "P.5.1",
        label: {
          id: "Perencanaan Kebutuhan Pegawai sesuai dengan Kebutuhan Organisasi",
          en: "Workforce planning matching the organisation's needs",
        },
        weight: "1",
        items: [
          ["a", "abcd", "Analisis jabatan dan analisis beban kerja", "Job analysis and workload analysis"],
          ["b", "abcd", "Perhitungan kebutuhan pegawai", "Staffing-needs calculation"],
          [
            "c",
            "ya-tidak",
            "Rencana redistribusi pegawai disusun dan diformalkan",
            "A staff redistribution plan, formally issued",
          ],
          [
            "d",
            "ya-tidak",
            "Proyeksi kebutuhan 5 tahun disusun dan diformalkan",
            "A five-year needs projection, formally issued",
          ],
          [
            "e",
            "abcd",
            "Formasi jabatan yang menunjang kinerja utama instansi dihitung dan diformalkan",
            "Positions supporting core performance calculated and issued",
          ],
        ],
      },
      {
        code: "P.5.2",
        label: {
          id: "Proses Penerimaan Pegawai Transparan, Objektif, Akuntabel, dan Bebas KKN",
          en: "Transparent, objective, accountable, KKN-free recruitment",
        },
        weight: "2",
        items: [
          [
            "a",
            "abc",
            "Pengumuman penerimaan diinformasikan secara luas kepada masyarakat",
            "Recruitment is announced widely",
          ],
          [
            "b",
            "ya-tidak",
            "Pendaftaran mudah, cepat dan pasti (online)",
            "Registration is easy, fast and certain (online)",
          ],
          [
            "c",
            "ya-tidak",
            "Persyaratan jelas dan tidak diskriminatif",
            "Requirements are clear and non-discriminatory",
          ],
          [
            "d",
            "ya-tidak",
            "Proses seleksi transparan, objektif, adil, akuntabel dan bebas KKN",
            "Selection is transparent, objective, fair, accountable and KKN-free",
          ],
          [
            "e",
            "ya-tidak",
            "Pengumuman hasil seleksi diinformasikan secara terbuka",
            "Selection results are announced openly",
          ],
        ],
      },
      {
        code: "P.5.3",
        label: { id: "Pengembangan Pegawai Berbasis Kompetensi", en: "Competency-based staff development" },
        weight: "1",
        items: [
          ["a", "ya-tidak", "Standar kompetensi jabatan tersedia", "Job competency standards exist"],
          ["b", "abcd", "Asesmen pegawai telah dilakukan", "Staff have been assessed"],
          ["c", "abcd", "Kebutuhan pengembangan kompetensi diidentifikasi", "Competency-development needs identified"],
          [
            "d",
            "abcd",
            "Rencana pengembangan kompetensi dengan dukungan anggaran yang mencukupi",
            "A competency-development plan with sufficient budget",
          ],
          [
            "e",
            "abcd",
            "Pengembangan pegawai berbasis kompetensi sesuai rencana dan kebutuhan",
            "Competency-based development per plan and needs",
          ],
          [
            "f",
            "abc",
            "Monitoring dan evaluasi pengembangan pegawai berbasis kompetensi secara berkala",
            "Periodic monitoring and evaluation of competency-based development",
          ],
        ],
      },
      {
        code: "P.5.4",
        label: { id: "Promosi Jabatan Dilakukan Secara Terbuka", en: "Open promotion" },
        weight: "6",
        items: [
          ["a", "ya-tidak", "Kebijakan promosi terbuka ditetapkan", "An open-promotion policy is issued"],
          [
            "b",
            "abcd",
            "Promosi terbuka pengisian jabatan pimpinan tinggi dilaksanakan",
            "Senior executive posts are filled by open promotion",
          ],
          [
            "c",
            "ya-tidak",
            "Promosi terbuka dilakukan secara kompetitif dan obyektif",
            "Open promotion is competitive and objective",
          ],
          [
            "d",
            "ya-tidak",
            "Promosi terbuka dilakukan oleh panitia seleksi yang independen",
            "Open promotion is run by an independent selection committee",
          ],
          [
            "e",
            "ya-tidak",
            "Hasil setiap tahapan seleksi diumumkan secara terbuka",
            "Each selection stage's results are announced openly",
          ],
        ],
      },
      {
        code: "P.5.5",
        label: { id: "Penetapan Kinerja Individu", en: "Individual performance agreements" },
        weight: "2",
        items: [
          ["a", "abcd", "Penerapan penetapan kinerja individu", "Individual performance agreements are applied"],
          [
            "b",
            "abcd",
            "Penilaian kinerja individu terkait dengan kinerja organisasi",
            "Individual appraisal is linked to organisational performance",
          ],
          [
            "c",
            "abcd",
            "Ukuran kinerja individu sesuai dengan indikator kinerja individu level di atasnya",
            "Individual measures align with the level above",
          ],
          [
            "d",
            "abcde",
            "Pengukuran kinerja individu dilakukan secara periodik",
            "Individual performance is measured periodically",
          ],
          [
            "e",
            "abc",
            "Monitoring dan evaluasi atas pencapaian kinerja individu",
            "Monitoring and evaluation of individual achievement",
          ],
          [
            "f",
            "abcd",
            "Hasil penilaian kinerja individu menjadi dasar pengembangan karir",
            "Appraisal results drive career development",
          ],
          [
            "g",
            "abcd",
            "Capaian kinerja individu menjadi dasar pemberian tunjangan kinerja",
            "Individual achievement drives performance allowances",
          ],
        ],
      },
      {
        code: "P.5.6",
        label: {
          id: "Penegakan Aturan Disiplin/Kode Etik/Kode Perilaku Pegawai",
          en: "Enforcing discipline and the codes of ethics and conduct",
        },
        weight: "1",
        items: [
          [
            "a",
            "ya-tidak",
            "Aturan disiplin/kode etik/kode perilaku instansi ditetapkan",
            "Discipline, ethics and conduct rules are issued",
          ],
          ["b", "abcd", "Aturan disiplin/kode etik/kode perilaku diimplementasikan", "The rules are implemented"],
          [
            "c",
            "abc",
            "Monitoring dan evaluasi pelaksanaan aturan disiplin/kode etik/kode perilaku",
            "Monitoring and evaluation of the rules",
          ],
          ["d", "abcd", "Pemberian sanksi dan imbalan (reward)", "Sanctions and rewards are given"],
        ],
      },
      {
        code: "P.5.7",
        label: { id: "Pelaksanaan Evaluasi Jabatan", en: "Job evaluation" },
        weight: "1",
        items: [
          ["a", "ya-tidak", "Informasi faktor jabatan telah disusun", "Job-factor information is compiled"],
          ["b", "abcd", "Peta jabatan ditetapkan", "Job maps are issued"],
          ["c", "abcd", "Kelas jabatan ditetapkan", "Job grades are issued"],
        ],
      },
      {
        code: "P.5.8",
        label: { id: "Sistem Informasi Kepegawaian", en: "HR information system" },
        weight: "1",
        items: [
          [
            "a",
            "ya-tidak",
            "Sistem informasi kepegawaian dibangun sesuai kebutuhan",
            "An HR information system built to need",
          ],
          [
            "b",
            "ya-tidak",
            "Sistem informasi kepegawaian dapat diakses oleh pegawai",
            "Staff can access the HR information system",
          ],
          [
            "c",
            "abcd",
            "Sistem informasi kepegawaian terus dimutakhirkan",
            "The HR information system is kept up to date",
          ],
          [
            "d",
            "ya-tidak",
            "Sistem informasi kepegawaian mendukung pengambilan kebijakan manajemen SDM",
            "The HR information system supports HR decisions",
          ],
        ],
      },
    ],
  },
  {
    code: "P.6",
    label: { id: "Penguatan Akuntabilitas", en: "Strengthening accountability" },
    weight: "6",
    subs: [
      {
        code: "P.6.1",
        label: { id: "Keterlibatan Pimpinan", en: "Leadership involvement" },
        weight: "2",
        items: [
          [
            "a",
            "abcd",
            "Pimpinan terlibat langsung dalam penyusunan Renstra",
            "Leaders take part in drafting the strategic plan",
          ],
          [
            "b",
            "abcd",
            "Pimpinan terlibat langsung dalam penyusunan Penetapan Kinerja",
            "Leaders take part in drafting the performance agreement",
          ],
          [
            "c",
            "abcd",
            "Pimpinan memantau pencapaian kinerja secara berkala",
            "Leaders monitor performance periodically",
          ],
        ],
      },
      {
        code: "P.6.2",
        label: { id: "Pengelolaan Akuntabilitas Kinerja", en: "Managing performance accountability" },
        weight: "4",
        items: [
          [
            "a",
            "abcd",
            "Peningkatan kapasitas SDM yang menangani akuntabilitas kinerja",
            "Capacity building of the accountability staff",
          ],
          [
            "b",
            "ya-tidak",
            "Pedoman akuntabilitas kinerja telah disusun",
            "A performance-accountability guideline exists",
          ],
          [
            "c",
            "abcd",
            "Sistem pengukuran kinerja berbasis elektronik",
            "An electronic performance-measurement system",
          ],
          [
            "d",
            "abcd",
            "Sistem pengukuran kinerja dapat diakses oleh seluruh unit",
            "All units can access the measurement system",
          ],
          [
            "e",
            "abcde",
            "Pemutakhiran data kinerja dilakukan secara berkala",
            "Performance data are updated periodically",
          ],
        ],
      },
    ],
  },
  {
    code: "P.7",
    label: { id: "Penguatan Pengawasan", en: "Strengthening supervision" },
    weight: "12",
    subs: [
      {
        code: "P.7.1",
        label: { id: "Gratifikasi", en: "Gratuities" },
        weight: "1.5",
        items: [
          ["a", "ya-tidak", "Kebijakan penanganan gratifikasi", "A gratuity-handling policy"],
          ["b", "abc", "Public campaign", "Public campaign"],
          ["c", "ya-tidak", "Penanganan gratifikasi diimplementasikan", "Gratuity handling is implemented"],
          ["d", "ya-tidak", "Evaluasi atas kebijakan penanganan gratifikasi", "The gratuity policy is evaluated"],
          [
            "e",
            "ya-tidak",
            "Hasil evaluasi atas penanganan gratifikasi ditindaklanjuti",
            "Evaluation results are followed up",
          ],
        ],
      },
      {
        code: "P.7.2",
        label: { id: "Penerapan SPIP", en: "Internal control system (SPIP)" },
        weight: "1.5",
        items: [
          ["a", "ya-tidak", "Peraturan pimpinan organisasi tentang SPIP", "A leadership regulation on SPIP"],
          ["b", "abc", "Lingkungan pengendalian telah dibangun", "A control environment is built"],
          ["c", "abcd", "Penilaian risiko atas organisasi", "Risk assessment of the organisation"],
          [
            "d",
            "abcd",
            "Kegiatan pengendalian untuk meminimalisir risiko yang diidentifikasi",
            "Control activities for the identified risks",
          ],
          [
            "e",
            "abcd",
            "SPI diinformasikan dan dikomunikasikan kepada pihak terkait",
            "Internal control is communicated to the parties concerned",
          ],
          ["f", "abc", "Pemantauan pengendalian intern", "Internal control is monitored"],
        ],
      },
      {
        code: "P.7.3",
        label: { id: "Pengaduan Masyarakat", en: "Public complaints" },
        weight: "2",
        items: [
          ["a", "ya-tidak", "Kebijakan pengaduan masyarakat telah disusun", "A public-complaints policy"],
          ["b", "abcd", "Penanganan pengaduan masyarakat diimplementasikan", "Complaint handling is implemented"],
          ["c", "abcd", "Hasil penanganan pengaduan masyarakat ditindaklanjuti", "Complaint outcomes are followed up"],
          ["d", "abc", "Evaluasi atas penanganan pengaduan masyarakat", "Complaint handling is evaluated"],
          [
            "e",
            "ya-tidak",
            "Hasil evaluasi atas penanganan pengaduan masyarakat ditindaklanjuti",
            "Evaluation results are followed up",
          ],
        ],
      },
      {
        code: "P.7.4",
        label: { id: "Whistle-Blowing System", en: "Whistle-blowing system" },
        weight: "1.5",
        items: [
          ["a", "ya-tidak", "Whistle-Blowing System tersedia", "A whistle-blowing system exists"],
          ["b", "abcd", "Whistle-Blowing System disosialisasikan", "The WBS is socialised"],
          ["c", "ya-tidak", "Whistle-Blowing System diimplementasikan", "The WBS is implemented"],
          ["d", "abc", "Evaluasi atas Whistle-Blowing System", "The WBS is evaluated"],
          [
            "e",
            "abcd",
            "Hasil evaluasi atas Whistle-Blowing System ditindaklanjuti",
            "WBS evaluation results are followed up",
          ],
        ],
      },
      {
        code: "P.7.5",
        label: { id: "Penanganan Benturan Kepentingan", en: "Handling conflicts of interest" },
        weight: "1.5",
        items: [
          ["a", "ya-tidak", "Penanganan benturan kepentingan tersedia", "Conflict-of-interest handling exists"],
          ["b", "abcd", "Penanganan benturan kepentingan disosialisasikan", "It is socialised"],
          ["c", "ya-tidak", "Penanganan benturan kepentingan diimplementasikan", "It is implemented"],
          ["d", "abc", "Evaluasi atas penanganan benturan kepentingan", "It is evaluated"],
          [
            "e",
            "abcd",
            "Hasil evaluasi atas penanganan benturan kepentingan ditindaklanjuti",
            "Evaluation results are followed up",
          ],
        ],
      },
      {
        code: "P.7.6",
        label: { id: "Pembangunan Zona Integritas", en: "Building integrity zones" },
        weight: "2.5",
        items: [
          ["a", "ya-tidak", "Pencanangan zona integritas", "An integrity zone is declared"],
          [
            "b",
            "ya-tidak",
            "Unit yang akan dikembangkan menjadi zona integritas ditetapkan",
            "Units are designated for integrity-zone development",
          ],
          ["c", "abc", "Pembangunan zona integritas", "Integrity-zone building is under way"],
          [
            "d",
            "abc",
            "Evaluasi atas zona integritas yang telah ditentukan",
            "Designated integrity zones are evaluated",
          ],
          [
            "e",
            "abc",
            "Unit kerja ditetapkan sebagai menuju WBK/WBBM",
            "Work units are designated WBK/WBBM candidates",
          ],
        ],
      },
      {
        code: "P.7.7",
        label: { id: "Aparat Pengawasan Intern Pemerintah (APIP)", en: "Internal audit (APIP)" },
        weight: "1.5",
        items: [
          [
            "a",
            "abcd",
            "Rekomendasi APIP didukung komitmen pimpinan",
            "APIP recommendations are backed by leadership commitment",
          ],
          ["b", "abcd", "APIP didukung SDM yang memadai secara kualitas dan kuantitas", "APIP is adequately staffed"],
          ["c", "abcd", "APIP didukung anggaran yang memadai", "APIP is adequately funded"],
          [
            "d",
            "abcd",
            "APIP berfokus pada klien dan audit berbasis risiko",
            "APIP is client-focused with risk-based audit",
          ],
        ],
      },
    ],
  },
  {
    code: "P.8",
    label: { id: "Peningkatan Kualitas Pelayanan Publik", en: "Improving public-service quality" },
    weight: "6",
    subs: [
      {
        code: "P.8.1",
        label: { id: "Standar Pelayanan", en: "Service standards" },
        weight: "1",
        items: [
          ["a", "ya-tidak", "Kebijakan standar pelayanan", "A service-standard policy"],
          ["b", "abcd", "Standar pelayanan dimaklumatkan", "Service standards are publicly declared"],
          ["c", "abcd", "SOP bagi pelaksanaan standar pelayanan", "SOPs for applying the standards"],
          ["d", "abc", "Reviu dan perbaikan atas standar pelayanan", "Standards are reviewed and improved"],
          ["e", "abc", "Reviu dan perbaikan atas SOP", "SOPs are reviewed and improved"],
        ],
      },
      {
        code: "P.8.2",
        label: { id: "Budaya Pelayanan Prima", en: "Service-excellence culture" },
        weight: "1",
        items: [
          [
            "a",
            "abcd",
            "Sosialisasi/pelatihan dalam upaya penerapan budaya pelayanan prima",
            "Socialisation and training for a service-excellence culture",
          ],
          [
            "b",
            "abc",
            "Informasi tentang pelayanan mudah diakses melalui berbagai media",
            "Service information is accessible through many media",
          ],
          [
            "c",
            "abc",
            "Sistem sanksi/reward bagi pelaksana layanan dan kompensasi bagi penerima layanan",
            "Sanctions and rewards for staff, compensation for users",
          ],
          ["d", "abcd", "Sarana layanan terpadu/terintegrasi", "Integrated service facilities"],
          ["e", "ya-tidak", "Inovasi pelayanan", "Service innovation"],
        ],
      },
      {
        code: "P.8.3",
        label: { id: "Pengelolaan Pengaduan", en: "Complaint management" },
        weight: "1.5",
        items: [
          ["a", "ya-tidak", "Media pengaduan pelayanan", "Complaint channels exist"],
          ["b", "abc", "SOP pengaduan pelayanan", "A complaints SOP"],
          ["c", "ya-tidak", "Unit yang mengelola pengaduan pelayanan", "A complaints unit"],
          [
            "d",
            "abcd",
            "Tindak lanjut atas pengaduan pelayanan untuk perbaikan kualitas pelayanan",
            "Complaints are followed up to improve services",
          ],
          ["e", "abc", "Evaluasi atas penanganan keluhan/masukan", "Complaint handling is evaluated"],
        ],
      },
      {
        code: "P.8.4",
        label: { id: "Penilaian Kepuasan terhadap Pelayanan", en: "Satisfaction assessment" },
        weight: "1.5",
        items: [
          ["a", "abc", "Survei kepuasan masyarakat terhadap pelayanan", "Public satisfaction surveys"],
          [
            "b",
            "ya-tidak",
            "Hasil survei kepuasan masyarakat dapat diakses secara terbuka",
            "Survey results are openly accessible",
          ],
          ["c", "abcd", "Tindak lanjut atas hasil survei kepuasan masyarakat", "Survey results are followed up"],
        ],
      },
      {
        code: "P.8.5",
        label: { id: "Pemanfaatan Teknologi Informasi", en: "Use of information technology" },
        weight: "1",
        items: [
          [
            "a",
            "ya-tidak",
            "Rencana penerapan teknologi informasi dalam pemberian pelayanan",
            "A plan for IT in service delivery",
          ],
          [
            "b",
            "abcd",
            "Penerapan teknologi informasi dalam memberikan pelayanan",
            "IT is applied in service delivery",
          ],
          ["c", "abc", "Perbaikan secara terus-menerus", "Continuous improvement"],
        ],
      },
    ],
  },
] as const satisfies ReadonlyArray<Area>;

/** What differs between the 14/2014 rubric and its 30/2018 + 8/2019 twin: the sources, never the figures. */
export interface LkeVersion {
  /** The instrument as cited in `regulation` fields. */
  readonly instrument: string;
  /** Whether the Pengungkit 60 / Hasil 40 split and the area and sub-indicator weights are confirmed for this version. */
  readonly weightsConfirmed: boolean;
  /** Why (added to the note of every weight). */
  readonly weightsNote: string;
  /** Added to the note of every question, Hasil input and conversion. */
  readonly versionNote: string;
}

const ITEM_NOTE =
  "Single source: the `lkerb` dump, table `item` (reference note §7), shortened. Answer type read from its option list (the dump tags every item A/B/C). The sub-indicator is the mean of its questions (reference note §2: believed; confirmed in code only for Zona Integritas).";

function itemNode(v: LkeVersion, area: Area, sub: SubIndicator, item: Item): RubricNode {
  const [letter, scale, id, en] = item;
  return {
    code: `${sub.code}.${letter}`,
    label: { id, en },
    weight: "1",
    scale,
    source: {
      regulation: v.instrument,
      part: `LKE Komponen Pengungkit, ${area.label.id}, ${sub.label.id}, pertanyaan ${letter.toUpperCase()}`,
      confirmed: false,
      note: `${ITEM_NOTE} ${v.versionNote}`,
    },
  };
}

function weightSource(v: LkeVersion, part: string, table: string): Source {
  return {
    regulation: v.instrument,
    part,
    href: HREF.LKE_MANUAL_2020,
    text: `${LKERB}, table \`${table}\`; the 2020 LKE manual prints the same figure in parentheses as the old weight it rescales.`,
    confirmed: v.weightsConfirmed,
    note: v.weightsNote,
  };
}

/** The Komponen Pengungkit (60): eight areas, their sub-indicators, each the mean of its questions. */
export function pengungkitNode(v: LkeVersion): RubricNode {
  return {
    code: "P",
    label: { id: "Komponen Pengungkit", en: "Enablers (process component)" },
    weight: "60",
    childWeightTotal: "60",
    source: weightSource(v, "LKE, Komponen Pengungkit (Proses): 60 of 100 (areas 5/5/6/5/15/6/12/6)", "kriteria"),
    children: PENGUNGKIT_2014.map(
      (area): RubricNode => ({
        code: area.code,
        label: area.label,
        weight: area.weight,
        childWeightTotal: area.weight,
        source: weightSource(v, `LKE, area ${area.label.id}: bobot ${area.weight}`, "kriteria"),
        children: area.subs.map(
          (sub): RubricNode => ({
            code: sub.code,
            label: sub.label,
            weight: sub.weight,
            childWeightTotal: String(sub.items.length),
            source: weightSource(v, `LKE, ${area.label.id}, ${sub.label.id}: bobot ${sub.weight}`, "subkriteria"),
            children: sub.items.map((item) => itemNode(v, area, sub, item)),
          }),
        ),
      }),
    ),
  };
}

function hasilSource(v: LkeVersion, part: string): Source {
  return {
    regulation: v.instrument,
    part,
    text: `${LKERB}, tables \`kriteria\` (Hasil 20/10/10) and \`subkriteria\` (14, 6, 7, 3, 10; ids 34–38).`,
    confirmed: false,
    note: `CONFIRMED from one source only; that this is the official Hasil split is believed but UNCONFIRMED (reference note §1a): the figures are internally consistent and the dump's answer types match the official LKE. ${v.versionNote}`,
  };
}

/** The Komponen Hasil (40): SAKIP value, internal survey, corruption-perception survey, Opini BPK, service-quality survey. */
export function hasilNode(v: LkeVersion): RubricNode {
  return {
    code: "H",
    label: { id: "Komponen Hasil", en: "Results component" },
    weight: "40",
    childWeightTotal: "40",
    source: {
      regulation: v.instrument,
      part: "LKE, Komponen Hasil: 40 of 100 (sasaran 20/10/10)",
      href: HREF.MADIUN_26_2020,
      text: `${LKERB}, table \`kriteria\` (Hasil sasaran 20 + 10 + 10 beside Pengungkit 60); 26/2020 keeps Pengungkit 60 / Hasil 40 (Inspektorat Kota Madiun, NTB Satu Data).`,
      confirmed: v.weightsConfirmed,
      note: v.weightsNote,
    },
    children: [
      {
        code: "H.1",
        label: {
          id: "Kapasitas dan Akuntabilitas Kinerja Organisasi",
          en: "Organisational capacity and performance accountability",
        },
        weight: "20",
        childWeightTotal: "20",
        source: hasilSource(v, "LKE Komponen Hasil, sasaran 1: bobot 20"),
        children: [
          {
            code: "H.1.1",
            label: { id: "Nilai Akuntabilitas Kinerja", en: "Performance-accountability (SAKIP) evaluation score" },
            weight: "14",
            scale: "nilai-sakip",
            source: hasilSource(v, "LKE Komponen Hasil, Nilai Akuntabilitas Kinerja: bobot 14"),
            description: {
              id: "Diisi dengan nilai hasil evaluasi SAKIP (0–100).",
              en: "The SAKIP evaluation score (0–100); a SAKIP score result is accepted as the answer.",
            },
            accepts: {
              scheme: "sakip",
              source: hasilSource(v, "LKE Komponen Hasil, Nilai Akuntabilitas Kinerja: the SAKIP evaluation result"),
            },
          },
          {
            code: "H.1.2",
            label: {
              id: "Nilai Kapasitas Organisasi (Survei Internal)",
              en: "Organisational capacity (internal survey)",
            },
            weight: "6",
            scale: "survei-internal",
            source: hasilSource(v, "LKE Komponen Hasil, Nilai Kapasitas Organisasi (Survei Internal): bobot 6"),
          },
        ],
      },
      {
        code: "H.2",
        label: {
          id: "Pemerintah yang Bersih dan Bebas KKN",
          en: "Clean government, free of corruption, collusion and nepotism",
        },
        weight: "10",
        childWeightTotal: "10",
        source: hasilSource(v, "LKE Komponen Hasil, sasaran 2: bobot 10"),
        children: [
          {
            code: "H.2.1",
            label: { id: "Nilai Persepsi Korupsi (Survei Eksternal)", en: "Corruption perception (external survey)" },
            weight: "7",
            scale: "survei-korupsi",
            source: hasilSource(v, "LKE Komponen Hasil, Nilai Persepsi Korupsi (Survei Eksternal): bobot 7"),
          },
          {
            code: "H.2.2",
            label: {
              id: "Opini BPK atas Laporan Keuangan",
              en: "Audit opinion of the BPK on the financial statements",
            },
            weight: "3",
            scale: "opini-bpk",
            source: hasilSource(v, "LKE Komponen Hasil, Opini BPK: bobot 3"),
          },
        ],
      },
      {
        code: "H.3",
        label: { id: "Kualitas Pelayanan Publik", en: "Public-service quality" },
        weight: "10",
        childWeightTotal: "10",
        source: hasilSource(v, "LKE Komponen Hasil, sasaran 3: bobot 10"),
        children: [
          {
            code: "H.3.1",
            label: {
              id: "Nilai Persepsi Kualitas Pelayanan (Survei Eksternal)",
              en: "Perceived service quality (external survey)",
            },
            weight: "10",
            scale: "survei-pelayanan",
            source: hasilSource(
              v,
              "LKE Komponen Hasil, Nilai Persepsi Kualitas Pelayanan (Survei Eksternal): bobot 10",
            ),
          },
        ],
      },
    ],
  };
}

function conversion(v: Pick<LkeVersion, "instrument" | "versionNote">, part: string, note: string): Source {
  return { regulation: v.instrument, part, confirmed: false, note: `${note} ${v.versionNote}` };
}

function survey(v: LkeVersion, name: string, max: string, why: string): Scale {
  const source = conversion(
    v,
    `LKE Komponen Hasil, ${name}: nilai survei 0–${max}, dinilai sebagai nilai / ${max} × bobot`,
    `UNCONFIRMED (reference note §3): ${why} The caller can pass another scale with deriveRubric(base, { scales: { … } }, { id }).`,
  );
  return {
    kind: "decimal",
    min: "0",
    max,
    normalize: { min: "0", max, source },
    source,
  };
}

/** The sources a Hasil conversion needs: the instrument and why it applies to this version. */
export type ConversionContext = Pick<LkeVersion, "instrument" | "versionNote">;

/** Nilai SAKIP 0–100 read as value / 100 of its weight (believed). */
export function sakipScale(v: ConversionContext): Scale {
  return {
    kind: "decimal",
    min: "0",
    max: "100",
    normalize: {
      min: "0",
      max: "100",
      source: conversion(
        v,
        "Nilai Akuntabilitas Kinerja (SAKIP) 0–100, dinilai sebagai nilai / 100 × bobot",
        "UNCONFIRMED (reference note §3): the natural reading of a 0–100 input with its weight; the `lkerb` dump has a 0–100 range type.",
      ),
    },
    source: conversion(
      v,
      "Nilai Akuntabilitas Kinerja: the SAKIP evaluation score, 0–100",
      "The SAKIP (AKIP) evaluation score is 0–100 (PermenPAN-RB 12/2015, later 88/2021; reference note sakip-capaian.md); the `lkerb` item asks for it.",
    ),
  };
}

/** Opini BPK categories with their believed values (each option with its own source). */
export function opiniBpkScale(v: ConversionContext): Scale {
  const opini = (code: string, value: string, id: string, en: string, why: string) => ({
    code,
    value,
    label: { id, en },
    source: conversion(
      v,
      `Opini BPK "${code}": nilai ${value} (bagian dari bobot)`,
      `UNCONFIRMED (reference note §3): ${why}`,
    ),
  });
  return {
    kind: "options",
    options: [
      opini("WTP", "1", "Wajar Tanpa Pengecualian", "Unqualified", "WTP = 1 is believed."),
      opini(
        "WTP-DPP",
        "1",
        "Wajar Tanpa Pengecualian dengan Paragraf Penjelasan",
        "Unqualified with an explanatory paragraph",
        "believed 1 or 0.75; 1 is kept because the opinion itself is still unqualified (WTP). A caller who reads 0.75 passes their own table.",
      ),
      opini("WDP", "1/2", "Wajar Dengan Pengecualian", "Qualified", "WDP = 0.5 is believed."),
      opini("TMP", "0", "Tidak Menyatakan Pendapat", "Disclaimer", "TMP = 0 is believed."),
      opini("TW", "0", "Tidak Wajar", "Adverse", "TW = 0 is believed."),
      opini(
        "none",
        "0",
        "Tidak menyusun Laporan Keuangan",
        "No financial statements prepared",
        "a category of the `lkerb` dump; 0 is believed.",
      ),
    ],
    source: {
      ...LKERB_BOBOT,
      part: "table `bobot`, row 7: the Opini BPK categories (their values are not given)",
      confirmed: false,
      note: `The categories are CONFIRMED in the dump; their values are UNCONFIRMED (reference note §3). ${v.versionNote}`,
    },
  };
}

/** The answer types of the 14/2014 LKE and the believed Hasil conversions. */
export function lkeScales(v: LkeVersion): Readonly<Record<string, Scale>> {
  return {
    "ya-tidak": {
      kind: "options",
      options: [
        { code: "Ya", value: "1", label: { id: "Ya", en: "Yes" } },
        { code: "Tidak", value: "0", label: { id: "Tidak", en: "No" } },
      ],
      source: LKERB_BOBOT,
    },
    abc: {
      kind: "options",
      options: [
        { code: "A", value: "1" },
        { code: "B", value: "1/2" },
        { code: "C", value: "0" },
      ],
      source: LKERB_BOBOT,
    },
    abcd: {
      kind: "options",
      options: [
        { code: "A", value: "1" },
        { code: "B", value: "2/3" },
        { code: "C", value: "1/3" },
        { code: "D", value: "0" },
      ],
      source: LKERB_BOBOT,
    },
    abcde: {
      kind: "options",
      options: [
        { code: "A", value: "1" },
        { code: "B", value: "3/4" },
        { code: "C", value: "1/2" },
        { code: "D", value: "1/4" },
        { code: "E", value: "0" },
      ],
      source: RB2171,
    },
    "nilai-sakip": sakipScale(v),
    "survei-internal": survey(
      v,
      "Nilai Kapasitas Organisasi (Survei Internal)",
      "5",
      "the `lkerb` dump has range types 0–5 and 0–4 for the surveys without saying which survey uses which; 0–5 is believed for the internal survey.",
    ),
    "survei-korupsi": survey(
      v,
      "Nilai Persepsi Korupsi (Survei Eksternal)",
      "4",
      "the survey's scale is unknown (0–4? 0–10?); 0–4, one of the `lkerb` range types, is believed.",
    ),
    "survei-pelayanan": survey(
      v,
      "Nilai Persepsi Kualitas Pelayanan (Survei Eksternal)",
      "4",
      "the survey's scale is believed to be IKM-style 1–4 and is read as index / 4 (the note's formula), one of the `lkerb` range types.",
    ),
    "opini-bpk": opiniBpkScale(v),
  };
}

/**
 * The seven RB predicates AA … D (reference note §4: "> 90 – 100" … "0 – 30"; lower edge exclusive, 0 is D),
 * with the Aceh wording. Each version calls it with its own sources and gets its own array; `top` is the
 * index's maximum (120 under 9/2023, where General + Tematik can exceed 100).
 */
export const rbBands = (source: (range: string) => Source, top: "100" | "120") =>
  [
    ["D", "Sangat Kurang", "Very poor", "0", "30", "0 – 30"],
    ["C", "Kurang", "Poor", "30", "50", "> 30 – 50"],
    ["CC", "Cukup", "Fair", "50", "60", "> 50 – 60"],
    ["B", "Baik", "Good", "60", "70", "> 60 – 70"],
    ["BB", "Sangat Baik", "Very good", "70", "80", "> 70 – 80"],
    ["A", "Memuaskan", "Satisfactory", "80", "90", "> 80 – 90"],
    ["AA", "Sangat Memuaskan", "Very satisfactory", "90", top, `> 90 – ${top}`],
  ].map(([code, id, en, min, max, range]) => ({
    code: code as string,
    label: { id: id as string, en: en as string },
    min: min as string,
    minInclusive: code === "D",
    max: max as string,
    maxInclusive: true,
    source: source(range as string),
  })) satisfies ReadonlyArray<Band>;
