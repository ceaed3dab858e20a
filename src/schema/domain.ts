import * as z from "zod";
import { readCapaianInput } from "../capaian/capaianInput.js";
import { readOpdQuarter } from "../capaian/quarterInput.js";
import { isKinerjaError } from "../core/errors.js";
import { guarded } from "./guard.js";
import { decimalInput } from "./primitives.js";

/**
 * Kemendagri region code (kode wilayah, Permendagri 72/2019 style): "36" for a
 * province, "36.72" for a kabupaten/kota (kota numbers start at 71).
 */
export const kodeWilayah = /* @__PURE__ */ guarded(
  z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, {
    message: 'kode wilayah is "NN", "NN.NN", "NN.NN.NN" or "NN.NN.NN.NNNN"',
  }),
);

const pemdaBase = { name: z.string().min(1), kodeWilayah };

/** A regional government: province, kabupaten (regency) or kota (city). */
export const pemdaSchema = /* @__PURE__ */ guarded(
  z
    .discriminatedUnion("kind", [
      z.strictObject({ kind: z.literal("provinsi"), ...pemdaBase }),
      z.strictObject({ kind: z.literal("kabupaten"), ...pemdaBase }),
      z.strictObject({ kind: z.literal("kota"), ...pemdaBase }),
    ])
    .superRefine((p, ctx) => {
      const parts = p.kodeWilayah.split(".");
      if (p.kind === "provinsi" && parts.length !== 1)
        ctx.addIssue({ code: "custom", path: ["kodeWilayah"], message: 'a province code has two digits, e.g. "36"' });
      if (p.kind !== "provinsi") {
        if (parts.length !== 2) {
          ctx.addIssue({
            code: "custom",
            path: ["kodeWilayah"],
            message: 'a kabupaten/kota code is "NN.NN", e.g. "36.72"',
          });
          return;
        }
        const n = Number.parseInt(parts[1] as string, 10);
        if (p.kind === "kota" && n < 71)
          ctx.addIssue({
            code: "custom",
            path: ["kodeWilayah"],
            message: "kota numbers start at 71 (e.g. 36.72 Kota Cilegon)",
          });
        if (p.kind === "kabupaten" && n >= 71)
          ctx.addIssue({
            code: "custom",
            path: ["kodeWilayah"],
            message: "kabupaten numbers are below 71; 71 and up are kota",
          });
      }
    }),
);

/** A ministry or agency (K/L), assessed by the national schemes beside the Pemda. */
export const kementerianLembagaSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    kind: z.enum(["kementerian", "lembaga"]),
    name: z.string().min(1),
    code: z.string().min(1).optional(),
  }),
);

/** Instansi: the body graded as a whole (a Pemda or a K/L). */
export const instansiSchema = /* @__PURE__ */ guarded(z.union([pemdaSchema, kementerianLembagaSchema]));

/** Kinds of Organisasi Perangkat Daerah (regional apparatus unit). */
export const opdKind = /* @__PURE__ */ guarded(
  z.enum([
    "sekretariat-daerah",
    "sekretariat-dprd",
    "inspektorat",
    "dinas",
    "badan",
    "satpol-pp",
    "kecamatan",
    "kelurahan",
    "upt",
    "puskesmas",
    "rsud",
    "lainnya",
  ]),
);

/** OPD: a unit of a Pemda (dinas, badan, kecamatan, UPT/puskesmas …). */
export const opdSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    name: z.string().min(1),
    kind: opdKind,
    /** The parent instansi's region code (or K/L code). */
    instansi: z.string().min(1),
    /** Optional code (e.g. the kode unit in SIPD). */
    code: z.string().min(1).optional(),
    /** For UPT/puskesmas: the OPD they belong to (e.g. the Dinas Kesehatan). */
    parentOpd: z.string().min(1).optional(),
  }),
);

/** An assessed service unit (unit layanan / unit lokus), e.g. a DPMPTSP office or a puskesmas. */
export const unitLayananSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    name: z.string().min(1),
    instansi: z.string().min(1),
    opd: z.string().min(1).optional(),
    code: z.string().min(1).optional(),
    serviceType: z.enum(["administratif", "barang", "jasa"]).optional(),
  }),
);

/** A triwulan (quarter, TW I–IV) of a fiscal year: the period of quarterly OPD monitoring. */
export const triwulanSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    kind: z.literal("triwulan"),
    year: z.number().int().min(2000).max(2100),
    triwulan: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  }),
);

/** A performance period: a year, a semester, a triwulan (TW I–IV) or a month. */
export const periodSchema = /* @__PURE__ */ guarded(
  z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("year"), year: z.number().int().min(2000).max(2100) }),
    z.strictObject({
      kind: z.literal("semester"),
      year: z.number().int().min(2000).max(2100),
      semester: z.union([z.literal(1), z.literal(2)]),
    }),
    triwulanSchema,
    z.strictObject({
      kind: z.literal("month"),
      year: z.number().int().min(2000).max(2100),
      month: z.number().int().min(1).max(12),
    }),
  ]),
);

/**
 * An assessment names both years explicitly: the year it is held and the
 * performance period it judges (the 2024 SAKIP evaluation judges 2023).
 */
export const assessmentSchema = /* @__PURE__ */ guarded(
  z
    .strictObject({
      assessmentYear: z.number().int().min(2000).max(2100),
      performancePeriod: periodSchema,
    })
    .refine((a) => a.performancePeriod.year <= a.assessmentYear, {
      path: ["performancePeriod", "year"],
      message: "the performance judged cannot be later than the assessment year",
    }),
);

/** Direction of an indicator: higher is better, lower is better, or a target range. */
export const polarity = /* @__PURE__ */ guarded(z.enum(["higherIsBetter", "lowerIsBetter", "range"]));

export const indicatorValueSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    period: periodSchema,
    target: decimalInput.optional(),
    realisation: decimalInput.optional(),
  }),
);

/** How capaian is computed where lower is better: "2T-R" (PermenPAN-RB 8/2021, the default) or "T/R". */
export const lowerIsBetterFormula = /* @__PURE__ */ guarded(z.enum(["2T-R", "T/R"]));

/** A performance indicator with targets and realisations per period. */
export const indicatorSchema = /* @__PURE__ */ guarded(
  z
    .strictObject({
      code: z.string().min(1),
      name: z.string().min(1),
      unit: z.string().min(1),
      polarity,
      /** For polarity "range": the acceptable band. */
      range: z.strictObject({ min: decimalInput, max: decimalInput }).optional(),
      /** For polarity "lowerIsBetter": the capaian formula (default "2T-R"). */
      formula: lowerIsBetterFormula.optional(),
      values: z.array(indicatorValueSchema),
    })
    .refine((i) => (i.polarity === "range") === (i.range !== undefined), {
      path: ["range"],
      message: 'a range is given exactly when polarity is "range"',
    })
    .refine((i) => i.formula === undefined || i.polarity === "lowerIsBetter", {
      path: ["formula"],
      message: 'formula applies to polarity "lowerIsBetter" only',
    }),
);

/**
 * Runs kinerja/capaian's own hand-written check, so the schema and the
 * functions accept exactly the same inputs; a KinerjaError becomes an issue
 * at its path.
 */
function checkedBy<T>(check: (value: T) => unknown, drop = 0) {
  return (value: T, ctx: z.core.$RefinementCtx<T>) => {
    try {
      check(value);
    } catch (e) {
      if (!isKinerjaError(e)) throw e;
      ctx.addIssue({ code: "custom", path: e.path.slice(drop), message: e.message });
    }
  };
}

// Unrefined shapes inside the larger schemas, so the one check at the top reports each problem once, at its path.
const band = z.strictObject({ min: decimalInput, max: decimalInput });

/** A target set as a band, e.g. 80–90 % (PermenPAN-RB 8/2021 "target dalam bentuk range"); min ≤ max. */
export const rangeTargetSchema = /* @__PURE__ */ guarded(
  band.superRefine(checkedBy((v) => readCapaianInput({ target: v, polarity: "range" }, []), 1)),
);

const capaianFields = {
  /** A figure or a band; null or absent when the target is missing. */
  target: z.union([decimalInput, band]).nullable().optional(),
  /** Null or absent when not reported (never read as 0). */
  realisasi: decimalInput.nullable().optional(),
  polarity,
  formula: lowerIsBetterFormula.optional(),
  /** Ceiling on capaian (percent, at least 100); none unless given. */
  cap: decimalInput.optional(),
};

/** The input of `capaian()` in kinerja/capaian. */
export const capaianInputSchema = /* @__PURE__ */ guarded(
  z.strictObject(capaianFields).superRefine(checkedBy((v) => readCapaianInput(v, []))),
);

const indicatorReport = z.strictObject({
  code: z.string().min(1),
  name: z.string().min(1).optional(),
  ...capaianFields,
});
/** One indicator of an OPD's quarterly report: a capaian input with its code. */
export const indicatorReportSchema = /* @__PURE__ */ guarded(
  indicatorReport.superRefine(checkedBy(({ code: _code, name: _name, ...input }) => readCapaianInput(input, []))),
);

/** A sub-kegiatan of an OPD's quarterly report, cumulative to the end of the triwulan. */
export const subKegiatanReportSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    id: z.string().min(1),
    name: z.string().min(1).optional(),
    /** Budget ceiling (Rp). */
    pagu: decimalInput,
    /** Budget spent so far (Rp); null or absent when not reported. */
    realisasi: decimalInput.nullable().optional(),
    /** Physical progress so far (%); null or absent when not reported. */
    fisik: decimalInput.nullable().optional(),
  }),
);

/** The input of `opdQuarter()` in kinerja/capaian: one OPD, one triwulan. */
export const opdQuarterInputSchema = /* @__PURE__ */ guarded(
  z
    .strictObject({
      opd: z.string().min(1),
      name: z.string().min(1).optional(),
      period: triwulanSchema,
      /** Null or absent when the OPD sent no report. */
      subKegiatan: z.array(subKegiatanReportSchema).nullable().optional(),
      indicators: z.array(indicatorReport).optional(),
    })
    .superRefine(checkedBy((v) => readOpdQuarter(v))),
);

export type Pemda = z.infer<typeof pemdaSchema>;
export type KementerianLembaga = z.infer<typeof kementerianLembagaSchema>;
export type Instansi = z.infer<typeof instansiSchema>;
export type OpdKind = z.infer<typeof opdKind>;
export type Opd = z.infer<typeof opdSchema>;
export type UnitLayanan = z.infer<typeof unitLayananSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type Polarity = z.infer<typeof polarity>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type TriwulanPeriod = z.infer<typeof triwulanSchema>;
export type CapaianInputData = z.infer<typeof capaianInputSchema>;
export type OpdQuarterInputData = z.infer<typeof opdQuarterInputSchema>;
