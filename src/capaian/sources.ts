/**
 * Where every capaian formula, band and default comes from. Paraphrased from
 * the research note `shared/reference/sakip-capaian.md` (Part B) and the
 * pages it cites. `confirmed: false` marks what that note calls UNCONFIRMED,
 * and rules known from application code only.
 */

/** A source record, shaped like the rubric `Source` (plain JSON). */
export interface CapaianSource {
  /** Regulation, report or code base, e.g. "PermenPAN-RB 8/2021". */
  readonly regulation: string;
  /** Article, lampiran section, file or function. */
  readonly part?: string;
  readonly href?: string;
  /** The rule in words (paraphrased). */
  readonly text?: string;
  readonly confirmed: boolean;
  /** Why it is unconfirmed, or any other caveat. */
  readonly note?: string;
}

const freeze = (s: CapaianSource): CapaianSource => Object.freeze(s);

const SMK = "PermenPAN-RB 8/2021 (Sistem Manajemen Kinerja PNS), Lampiran BAB VI";
const SMK_NOTE =
  "Written for individual SKP (capaian IKI); LKjIP use it for organisational indicators too. 8/2021 was replaced by PermenPAN-RB 6/2022, believed to drop these numeric formulas (UNCONFIRMED).";

/** Higher is better: C = R / T × 100. */
export const SOURCE_HIGHER = freeze({
  regulation: SMK,
  part: 'A.1.b.1)(d)–(e), "kondisi normal" (printed p. 91)',
  href: "http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page99.html",
  text: "Capaian IKI (%) = Realisasi / Target × 100%.",
  confirmed: true,
  note: `Universal; also LKjIP Kab. Maluku Tengah 2021 and every app seen. ${SMK_NOTE}`,
});

/** Lower is better, the default: C = (2T − R) / T × 100. */
export const SOURCE_LOWER_2T_R = freeze({
  regulation: SMK,
  part: 'A.1.b.1)(g), "kondisi khusus" (printed p. 100)',
  href: "http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page110.html",
  text: "Capaian IKI (%) = (1 + (1 − Realisasi / Target)) × 100% = (2T − R) / T × 100; example: target 7 months, realisation 6.5 → 107%.",
  confirmed: true,
  note: `Also LKjIP Kab. Maluku Tengah 2021 ("Rencana − (Realisasi − Rencana) / Rencana", fliphtml5.com/qdghn/orip/LKJIP_KAB._MALUKU_TENGAH_TAHUN_2021/94) and a public JS capaian calculator; issue #9 reports it for the LKjIP of Provinsi Lampung and Kab. Banjarnegara (not checked in the reference note). ${SMK_NOTE}`,
});

/** Lower is better, the named option: C = T / R × 100. */
export const SOURCE_LOWER_T_R = freeze({
  regulation: "agusnurwanto/wp-eval-sakip (application code)",
  part: 'public/class-wp-eval-sakip-public-monev-kinerja.php, get_capaian_realisasi_by_type() type 3 "Tren Negatif (Kumulatif)": Σ target / Σ realisasi',
  text: "Capaian = T / R × 100.",
  confirmed: false,
  note: "Known from application code only; no regulation found for the inverse ratio.",
});

/** A target given as a range: R above it uses the upper bound, R below it the lower bound. */
export const SOURCE_RANGE = freeze({
  regulation: SMK,
  part: "A.1.b.1)(e) and (g), Keterangan on targets set as a range (printed pp. 91–100)",
  href: "http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page110.html",
  text: "Realisation above the range: the formula uses its upper bound; below it: its lower bound. Examples: 80–90 %, R = 70 → 70/80 = 87.5 %; 7–8 months, R = 6.5 → 107 %, R = 9 → 87.5 %.",
  confirmed: true,
  note: "The regulation prints 113 % for R = 92 against 80–90 %, but its own formula gives 92/90 × 100 = 102.22 %; kinerja follows the formula.",
});

/** R inside a range target → 100. */
export const SOURCE_RANGE_INSIDE = freeze({
  regulation: SMK,
  part: "A.1.b.1)(e) and (g), Keterangan on range targets",
  text: "A realisation inside the range meets the target: capaian 100 %.",
  confirmed: false,
  note: "UNCONFIRMED inference: the regulation states only the two cases outside the range.",
});

/** 120, offered as a ceiling on capaian where the caller chooses one. */
export const SOURCE_CAP_120 = freeze({
  regulation: "PermenPAN-RB 8/2021 (Sistem Manajemen Kinerja PNS), Lampiran BAB VI",
  part: "A.1.b.2)(h)–(i) (printed p. 93)",
  href: "http://online.flipbuilder.com/vajnr/eqrv/files/basic-html/page101.html",
  text: "Capaian IKI above 110 % gives nilai capaian IKI 120.",
  confirmed: true,
  note: 'In 8/2021, 120 is the highest nilai (score) of an IKI, not a ceiling on capaian. As a ceiling on capaian, min(C, 120), it is used by a public "Dasbor Capaian" app (CapaianCalculatorService::hitungCapaian, "Kertas Kerja Pengukuran Kinerja Triwulanan"). Applied only when the caller passes it.',
});

/** 110, the other ceiling seen in code. */
export const SOURCE_CAP_110 = freeze({
  regulation: 'A public "Dasbor Capaian" app family (application code)',
  part: 'a test named "normalisasiCapaianPK (plafon 110)"',
  text: "Capaian of the Perjanjian Kinerja normalised to at most 110.",
  confirmed: false,
  note: "Known from application code only.",
});

/** The five-level criteria table and its attribution. */
export const SOURCE_KRITERIA = freeze({
  regulation: "Permendagri 86/2017, Lampiran (attribution UNCONFIRMED)",
  part: "kriteria tingkat capaian kinerja: 91 ≤ 100 Sangat Tinggi, 76 ≤ 90 Tinggi, 66 ≤ 75 Sedang, 51 ≤ 65 Rendah, ≤ 50 Sangat Rendah",
  href: "https://123dok.com/document/zx5dll94-baik-baik-cukup-kurang-kurang.html",
  text: "The printed intervals leave gaps (90–91, 75–76, 65–66, 50–51) and no row above 100 %.",
  confirmed: false,
  note: "The bounds are confirmed as printed in the LKjIP of Inspektorat Kab. Sampang 2019 (with relabelled categories); the labels Sangat Tinggi … Sangat Rendah are corroborated by simonev21 and e-Monev Kota Tegal. That the table is in the Permendagri 86/2017 Lampiran (and before it Permendagri 54/2010) is the standard attribution, but the Lampiran has not been seen.",
});

/** Gap policy "lowerInclusiveInteger". */
export const SOURCE_GAP_SIMONEV21 = freeze({
  regulation: "mrizkir/simonev21 (application code)",
  part: "backend/app/Helpers/HelperRPJMD.php, getKriteriaPenilaianRealisasi()",
  text: "≥ 91 Sangat Tinggi; 76 ≤ x < 91 Tinggi; 66 ≤ x < 76 Sedang; 51 ≤ x < 66 Rendah; below 51 Sangat Rendah.",
  confirmed: true,
});

/** Gap policy "upperInclusiveContinuous". */
export const SOURCE_GAP_TEGAL = freeze({
  regulation: "heriprihanto/emonev-kotategal-2026 (e-Monev Kota Tegal, report design)",
  part: "REPORTS/REPORTS/dalev/eval_rkpd.rptdesign",
  text: "> 90 Sangat Tinggi; 75 < x ≤ 90 Tinggi; 65 < x ≤ 75 Sedang; 50 < x ≤ 65 Rendah; ≤ 50 Sangat Rendah.",
  confirmed: true,
});

/** Budget realisation and pagu-weighted physical progress of an OPD. */
export const SOURCE_SIMONEV21_OPD = freeze({
  regulation: "mrizkir/simonev21 (application code)",
  part: "backend/app/Http/Controllers/Renja/FormBOPDMurniController.php: bobot = pagu / Σ pagu (L179); fisik tertimbang = fisik × bobot (L215); OPD fisik = Σ fisik tertimbang (L217); keuangan % = Σ realisasi / pagu × 100 (L230)",
  text: "Physical progress of an OPD weighted by pagu; budget realisation against pagu.",
  confirmed: true,
  note: "simonev21 first takes each sub-kegiatan's fisik as the unweighted mean of its items (L209); here the caller gives each sub-kegiatan's fisik.",
});

/** The unweighted mean of physical progress, the named option. */
export const SOURCE_UNWEIGHTED_FISIK = freeze({
  regulation: "mrizkir/simonev21 (application code)",
  part: "FormBOPDMurniController.php L209 (items of a sub-kegiatan); Statistik/EvaluasiMurniRealisasiTWController.php L104–117 (across OPDs)",
  text: "Physical progress as the simple mean, Σ fisik / n.",
  confirmed: true,
  note: "simonev21 uses simple means at the item and cross-OPD levels and pagu weights across sub-kegiatan; the reference note asks for both modes (worked example: 62 % weighted, 65 % unweighted).",
});

/** Cumulative quarterly realisation (TW I–IV). */
export const SOURCE_TRIWULAN = freeze({
  regulation: "Permendagri 86/2017, evaluasi hasil Renja Perangkat Daerah (form structure UNCONFIRMED)",
  part: "realisasi kinerja and anggaran recorded per TW I–IV; the year's realisation is their sum",
  text: "Each triwulan figure is the cumulative position at the end of the quarter (TW I = March, II = June, III = September, IV = December).",
  confirmed: false,
  note: "The form number and columns are not verified. The structure matches e-Monev Kota Tegal (eval_rkpd: rkeu_tw1..4, ps_rkeu = rkeu / anggaran × 100) and simonev21 (Statistik/EvaluasiMurniRealisasiTWController.php L26–38: TW = month 3/6/9/12, cumulative).",
});

/** The mean capaian of an OPD's indicators, and why a missing report is never a zero. */
export const SOURCE_MEAN_CAPAIAN = freeze({
  regulation: "LKjIP practice (rata-rata capaian indikator); no regulation found",
  text: "Mean of the indicators' capaian. A missing realisation leaves the mean without a value; an indicator whose capaian cannot exist (target 0 …) is left out and listed.",
  confirmed: false,
  note: 'Apps disagree on the average: a public "Dasbor Capaian" app (CapaianCalculatorService) ignores "-" (not assessed) and 0 against quarterly targets, counts "-" as 0 against annual targets, and ignores "-" but keeps 0 per sasaran. These choices change results, so kinerja keeps missing and zero apart.',
});

/** The length of the longest text in any source record above (a result carries them whole). */
export const SOURCE_LONGEST: number = Math.max(
  ...[
    SOURCE_HIGHER,
    SOURCE_LOWER_2T_R,
    SOURCE_LOWER_T_R,
    SOURCE_RANGE,
    SOURCE_RANGE_INSIDE,
    SOURCE_CAP_120,
    SOURCE_CAP_110,
    SOURCE_KRITERIA,
    SOURCE_GAP_SIMONEV21,
    SOURCE_GAP_TEGAL,
    SOURCE_SIMONEV21_OPD,
    SOURCE_UNWEIGHTED_FISIK,
    SOURCE_TRIWULAN,
    SOURCE_MEAN_CAPAIAN,
  ].flatMap((s) => Object.values(s).map((v) => (typeof v === "string" ? v.length : 0))),
);
