import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineRubric } from "../../src/index.js";
import {
  answersSchemaFor,
  assessmentSchema,
  capaianInputSchema,
  indicatorReportSchema,
  indicatorSchema,
  opdQuarterInputSchema,
  opdSchema,
  pemdaSchema,
  periodSchema,
  rangeTargetSchema,
  rubricDefinitionSchema,
  scoreInputSchema,
  triwulanSchema,
} from "../../src/schema/index.js";
import { demoDefinition } from "../fixtures/demo.js";
import { dimensionsDefinition } from "../fixtures/dimensions.js";

const firstIssue = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  r.error?.issues[0];

describe("Pemda and OPD", () => {
  it("Kota Cilegon (36.72) and Provinsi Banten (36) are valid", () => {
    expect(pemdaSchema.parse({ kind: "kota", name: "Kota Cilegon", kodeWilayah: "36.72" }).kind).toBe("kota");
    expect(pemdaSchema.parse({ kind: "provinsi", name: "Banten", kodeWilayah: "36" }).kind).toBe("provinsi");
    expect(pemdaSchema.parse({ kind: "kabupaten", name: "Kab. Serang", kodeWilayah: "36.04" }).kind).toBe("kabupaten");
  });

  it("a kota numbered below 71, or a province with a kab/kota code, is rejected at kodeWilayah", () => {
    const kota = pemdaSchema.safeParse({ kind: "kota", name: "X", kodeWilayah: "36.04" });
    expect(firstIssue(kota)?.path).toEqual(["kodeWilayah"]);
    expect(firstIssue(kota)?.message).toMatch(/71/);
    const prov = pemdaSchema.safeParse({ kind: "provinsi", name: "X", kodeWilayah: "36.72" });
    expect(firstIssue(prov)?.path).toEqual(["kodeWilayah"]);
  });

  it("an OPD has a kind and a parent instansi; unknown keys fail", () => {
    expect(opdSchema.parse({ name: "Dinas Kesehatan", kind: "dinas", instansi: "36.72" }).kind).toBe("dinas");
    expect(opdSchema.safeParse({ name: "Puskesmas", kind: "puskesmas", instansi: "36.72", extra: 1 }).success).toBe(
      false,
    );
  });
});

describe("periods", () => {
  it("year, semester, triwulan and month", () => {
    expect(periodSchema.parse({ kind: "triwulan", year: 2024, triwulan: 4 }).kind).toBe("triwulan");
    expect(periodSchema.safeParse({ kind: "triwulan", year: 2024, triwulan: 5 }).success).toBe(false);
    expect(periodSchema.safeParse({ kind: "semester", year: 2024, semester: 3 }).success).toBe(false);
    expect(periodSchema.safeParse({ kind: "month", year: 2024, month: 13 }).success).toBe(false);
  });

  it("the 2024 evaluation of 2023 performance is explicit; judging the future is not allowed", () => {
    const a = assessmentSchema.parse({ assessmentYear: 2024, performancePeriod: { kind: "year", year: 2023 } });
    expect(a.performancePeriod.year).toBe(2023);
    const bad = assessmentSchema.safeParse({ assessmentYear: 2023, performancePeriod: { kind: "year", year: 2024 } });
    expect(firstIssue(bad)?.path).toEqual(["performancePeriod", "year"]);
  });
});

describe("indicators", () => {
  it("a range indicator needs its range; NaN targets are rejected", () => {
    const base = { code: "UHC", name: "Cakupan UHC", unit: "%", values: [] };
    expect(indicatorSchema.safeParse({ ...base, polarity: "higherIsBetter" }).success).toBe(true);
    expect(indicatorSchema.safeParse({ ...base, polarity: "range" }).success).toBe(false);
    const nan = indicatorSchema.safeParse({
      ...base,
      polarity: "higherIsBetter",
      values: [{ period: { kind: "year", year: 2024 }, target: Number.NaN }],
    });
    expect(nan.success).toBe(false);
    // capaian above 100 % is normal: UHC realisation 101 of target 96
    const over = indicatorSchema.parse({
      ...base,
      polarity: "higherIsBetter",
      values: [{ period: { kind: "year", year: 2023 }, target: "96", realisation: "101" }],
    });
    expect(over.values[0]?.realisation).toBe("101");
  });
});

describe("capaian inputs (kinerja/capaian)", () => {
  it("a capaian input: a figure or a band target, missing realisasi allowed, the formula only where lower is better", () => {
    expect(
      capaianInputSchema.safeParse({ target: 10, realisasi: 8, polarity: "lowerIsBetter", formula: "T/R" }).success,
    ).toBe(true);
    expect(
      capaianInputSchema.safeParse({ target: { min: "80", max: "90" }, realisasi: 92, polarity: "range" }).success,
    ).toBe(true);
    expect(capaianInputSchema.safeParse({ target: 10, realisasi: null, polarity: "higherIsBetter" }).success).toBe(
      true,
    );
    expect(
      firstIssue(capaianInputSchema.safeParse({ target: 10, realisasi: 8, polarity: "higherIsBetter", formula: "T/R" }))
        ?.path,
    ).toEqual(["formula"]);
    expect(
      firstIssue(capaianInputSchema.safeParse({ target: { min: 90, max: 80 }, realisasi: 8, polarity: "range" }))?.path,
    ).toEqual(["target", "max"]);
    expect(
      firstIssue(capaianInputSchema.safeParse({ target: 10, realisasi: 8, polarity: "higherIsBetter", cap: 90 }))?.path,
    ).toEqual(["cap"]);
    expect(
      capaianInputSchema.safeParse({ target: 10, realisasi: Number.NaN, polarity: "higherIsBetter" }).success,
    ).toBe(false);
    expect(capaianInputSchema.safeParse({ target: 10, realisation: 8, polarity: "higherIsBetter" }).success).toBe(
      false,
    );
  });

  it("an OPD's quarterly report is for a triwulan; duplicate sub-kegiatan ids and realisasi above pagu are issues at their path", () => {
    const period = { kind: "triwulan", year: 2024, triwulan: 2 };
    expect(triwulanSchema.safeParse(period).success).toBe(true);
    const ok = { opd: "Dinkes", period, subKegiatan: [{ id: "A", pagu: "600", realisasi: "250", fisik: 50 }] };
    expect(opdQuarterInputSchema.safeParse(ok).success).toBe(true);
    expect(opdQuarterInputSchema.safeParse({ ...ok, subKegiatan: null }).success).toBe(true); // no report: missing, not 0
    expect(opdQuarterInputSchema.safeParse({ ...ok, period: { kind: "year", year: 2024 } }).success).toBe(false);
    const dup = { ...ok, subKegiatan: [ok.subKegiatan[0], ok.subKegiatan[0]] };
    expect(firstIssue(opdQuarterInputSchema.safeParse(dup))?.path).toEqual(["subKegiatan", 1, "id"]);
    const over = { ...ok, subKegiatan: [{ id: "A", pagu: 100, realisasi: 101 }] };
    expect(firstIssue(opdQuarterInputSchema.safeParse(over))?.path).toEqual(["subKegiatan", 0, "realisasi"]);
  });

  it("a band and an indicator report carry the same checks on their own", () => {
    expect(firstIssue(rangeTargetSchema.safeParse({ min: 9, max: 8 }))?.path).toEqual(["max"]);
    const report = { code: "IKU-1", target: 9, realisasi: 8, polarity: "higherIsBetter" };
    expect(indicatorReportSchema.safeParse(report).success).toBe(true);
    expect(firstIssue(indicatorReportSchema.safeParse({ ...report, formula: "T/R" }))?.path).toEqual(["formula"]);
    const opd = { opd: "A", period: { kind: "triwulan", year: 2024, triwulan: 1 } };
    const bad = { ...opd, indicators: [{ ...report, target: { min: 3, max: 1 }, polarity: "range" }] };
    const issues = opdQuarterInputSchema.safeParse(bad).error?.issues ?? [];
    expect(issues.map((i) => i.path)).toEqual([["indicators", 0, "target", "max"]]); // reported once
  });

  it("an indicator may name its lower-is-better formula", () => {
    const base = { code: "KMS", name: "Angka kemiskinan", unit: "%", values: [] };
    expect(indicatorSchema.safeParse({ ...base, polarity: "lowerIsBetter", formula: "2T-R" }).success).toBe(true);
    expect(
      firstIssue(indicatorSchema.safeParse({ ...base, polarity: "higherIsBetter", formula: "T/R" }))?.path,
    ).toEqual(["formula"]);
  });
});

describe("input schemas", () => {
  it("the generic score input is strict", () => {
    expect(scoreInputSchema.safeParse({ answers: { a1: 5 } }).success).toBe(true);
    expect(scoreInputSchema.safeParse({ answers: { a1: 5 }, extra: true }).success).toBe(false);
  });

  it("a rubric's answer schema requires every indicator and checks its scale", () => {
    const schema = answersSchemaFor(defineRubric(demoDefinition));
    const answers = { a1: 5, a2: "4", b1: 3, b2: 4, c1: 5, c2: 2, d1: 1, d2: 3, e1: 4, e2: 0, f1: 2, f2: 3 };
    expect(schema.safeParse({ answers }).success).toBe(true);
    expect(firstIssue(schema.safeParse({ answers: { ...answers, a1: 6 } }))?.path).toEqual(["answers", "a1"]);
    expect(firstIssue(schema.safeParse({ answers: { ...answers, a2: undefined } }))?.path).toEqual(["answers", "a2"]);
  });

  it("converts to JSON Schema for form builders", () => {
    const json = z.toJSONSchema(answersSchemaFor(defineRubric(dimensionsDefinition)), { io: "input" }) as unknown as {
      properties: { answers: { required: string[] } };
    };
    expect(json.properties.answers.required).toEqual(["input", "proses", "output", "pengaduan"]);
  });

  it("the rubric definition schema is exported for authoring tools", () => {
    expect(rubricDefinitionSchema.safeParse(demoDefinition).success).toBe(true);
  });
});
