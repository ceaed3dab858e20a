import { describe, expect, it } from "vitest";
import { defineRubric } from "../../src/index.js";
import {
  ASSUMED_BANDS_2025,
  compareYears,
  deduction,
  opini,
  rank,
  unitFromIndicators,
} from "../../src/schemes/ombudsman/index.js";
import { errorOf } from "../helpers.js";

const src = { regulation: "test", confirmed: true } as const;

/** A 0–5 rubric that declares no rounding (values are published as given). */
const unrounded = defineRubric({
  id: "n@1",
  scheme: "n",
  version: "1",
  status: "demo",
  title: { id: "n" },
  legalBasis: [src],
  validFor: { from: 2022, to: null },
  weightTotal: "100",
  scales: { s: { kind: "integer", min: 0, max: 5, source: src } },
  result: { min: "0", max: "5" },
  nodes: [{ code: "a", label: { id: "a" }, weight: "100", source: src, scale: "s" }],
  predicates: null,
  aggregation: null,
});

describe("compareYears checks the range before rounding, as classify() does", () => {
  it.each([
    [{ assessmentYear: 2023, value: "89.45" }, { assessmentYear: 2024, value: "100.004" }, ["to", "value"]],
    [{ assessmentYear: 2023, value: "-0.004" }, { assessmentYear: 2024, value: "10" }, ["from", "value"]],
    [
      { assessmentYear: 2023, value: "89.45" },
      { assessmentYear: 2024, result: { value: "100.004" } },
      ["to", "result", "value"],
    ],
  ])("%j → %j is OUT_OF_RANGE", (from, to, path) => {
    const e = errorOf(() => compareYears(from, to));
    expect([e.code, e.path]).toEqual(["OUT_OF_RANGE", path]);
  });

  it("a value that rounds up to the edge but is inside stays valid: 99.996 → 100.00 (A)", () => {
    const c = compareYears({ assessmentYear: 2023, value: "89.45" }, { assessmentYear: 2024, value: "99.996" });
    // hand: 100.00 − 89.45 = 10.55
    expect([c.to.value, c.to.predicate?.code, c.delta]).toEqual(["100.00", "A", "+10.55"]);
  });
});

describe("compareYears refuses a rubric that is not valid for the year", () => {
  it("2024 on ombudsman@2013.1 (valid 2013–2014) → RUBRIC_MISMATCH at from.rubric", () => {
    const e = errorOf(() =>
      compareYears(
        { assessmentYear: 2024, value: "50", rubric: "ombudsman@2013.1" },
        { assessmentYear: 2024, value: "60" },
      ),
    );
    expect([e.code, e.path]).toEqual(["RUBRIC_MISMATCH", ["from", "rubric"]]);
  });

  it("accepts an explicit rubric that is valid for the year", () => {
    const c = compareYears(
      { assessmentYear: 2023, value: "89.45", rubric: "ombudsman@2023.1" },
      { assessmentYear: 2024, value: "95.31", rubric: "ombudsman@2024.1" },
    );
    expect(c.delta).toBe("+5.86");
  });

  it("names the side of a bad year or result", () => {
    expect(
      errorOf(() => compareYears({ assessmentYear: 2023.5, value: "1" }, { assessmentYear: 2024, value: "1" })).path,
    ).toEqual(["from", "assessmentYear"]);
    expect(
      errorOf(() => compareYears({ assessmentYear: 2023, value: "1" }, { assessmentYear: 2020, value: "1" })).path,
    ).toEqual(["to", "assessmentYear"]);
    const e = errorOf(() =>
      compareYears({ assessmentYear: 2023, result: null as never }, { assessmentYear: 2024, value: "1" }),
    );
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["from", "result"]]);
  });
});

describe("compareYears does not round the delta when the rubric declares no rounding", () => {
  it("1.5 → 2.25: +0.75 (not +1); 1.5 → 1.9: +0.4 (not +0)", () => {
    const a = compareYears(
      { assessmentYear: 2022, value: "1.5", rubric: unrounded },
      { assessmentYear: 2023, value: "2.25", rubric: unrounded },
    );
    expect([a.from.value, a.to.value, a.delta, a.direction]).toEqual(["1.5", "2.25", "+0.75", "up"]);
    const b = compareYears(
      { assessmentYear: 2022, value: "1.5", rubric: unrounded },
      { assessmentYear: 2023, value: "1.9", rubric: unrounded },
    );
    expect([b.delta, b.direction]).toEqual(["+0.4", "up"]);
    const c = compareYears(
      { assessmentYear: 2022, value: "2", rubric: unrounded },
      { assessmentYear: 2023, value: "2", rubric: unrounded },
    );
    expect([c.delta, c.direction]).toEqual(["0", "same"]);
  });
});

describe("rank checks the range before rounding", () => {
  it.each(["100.004", "-0.001"])("%s on ombudsman@2024.1 is OUT_OF_RANGE", (value) => {
    const e = errorOf(() =>
      rank(
        [
          { name: "a", value: "50" },
          { name: "b", value },
        ],
        { rubric: "ombudsman@2024.1" },
      ),
    );
    expect([e.code, e.path]).toEqual(["OUT_OF_RANGE", ["entries", 1, "value"]]);
  });

  it("bad options are KinerjaErrors naming the option", () => {
    const entries = [{ name: "a", value: "50" }];
    for (const [options, path] of [
      [null, ["options"]],
      [{ order: "up" }, ["options", "order"]],
      [{ limit: 0 }, ["options", "limit"]],
      [{ province: 5 }, ["options", "province"]],
    ] as const) {
      const e = errorOf(() => rank(entries, options as never));
      expect([e.code, e.path], JSON.stringify(options)).toEqual(["INVALID_INPUT", path]);
    }
  });
});

describe("opini", () => {
  it("-0.001 is OUT_OF_RANGE even with caller bands; 87.995 rounds to 88.00 (Kualitas Tertinggi)", () => {
    expect(
      errorOf(() => opini("ombudsman@2025.1", "-0.001", { tanpaMaladministrasi: true, bands: ASSUMED_BANDS_2025 }))
        .code,
    ).toBe("OUT_OF_RANGE");
    const o = opini("ombudsman@2025.1", "87.995", { tanpaMaladministrasi: false, bands: ASSUMED_BANDS_2025 });
    expect([o.value, o.quality.code]).toEqual(["88.00", "A"]);
  });

  it("bands that are not an array are an INVALID_INPUT at options.bands", () => {
    for (const bands of ["x", null]) {
      const e = errorOf(() => opini("ombudsman@2025.1", "90", { tanpaMaladministrasi: true, bands: bands as never }));
      expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["options", "bands"]]);
    }
  });
});

describe("unitFromIndicators", () => {
  const full = { proses: [3], output: [3], pengaduan: [3] };

  it("takes very fine caller weights exactly (no INVALID_RUBRIC about the derived rubric)", () => {
    // input: weight 10⁻²⁰ scores 3, weight 1 − 10⁻²⁰ scores 0 → dimension score 100 · 10⁻²⁰ = 10⁻¹⁸
    // unit = 0.2185 · 10⁻¹⁸ + 0.3237·100 + 0.2424·100 + 0.2154·100 = 78.15 + 2.185·10⁻¹⁹
    const u = unitFromIndicators(
      "ombudsman@2023.1",
      {
        input: [
          { score: 3, weight: "0.00000000000000000001" },
          { score: 0, weight: "0.99999999999999999999" },
        ],
        ...full,
      },
      { equalWeights: true },
    );
    expect([u.result.exact, u.result.value]).toEqual(["78.1500000000000000002185", "78.15"]);
    expect(u.dimensions[0]?.score).toBe("0.000000000000000001");
  });

  it("dimension scores are exact even for long weights: 0.1…1 and 0.3…3 (80 digits) give 50 to 40 digits", () => {
    // (3·w₁ + 1·w₂) / (3·(w₁ + w₂)) with w₂ = 3·w₁ exactly: (3w₁ + 3w₁) / (3 · 4w₁) = 1/2 → 50
    const w1 = `0.${"1".repeat(80)}`;
    const w2 = `0.${"3".repeat(80)}`;
    const u = unitFromIndicators(
      "ombudsman@2023.1",
      {
        input: [
          { score: 3, weight: w1 },
          { score: 1, weight: w2 },
        ],
        ...full,
      },
      { equalWeights: true },
    );
    expect(u.dimensions[0]?.score).toBe("50");
  });

  it("bad options are KinerjaErrors naming the option", () => {
    const indicators = { input: [3], ...full };
    expect(errorOf(() => unitFromIndicators("ombudsman@2023.1", indicators, null as never)).path).toEqual(["options"]);
    expect(
      errorOf(() => unitFromIndicators("ombudsman@2023.1", indicators, { equalWeights: "yes" as never })).path,
    ).toEqual(["options", "equalWeights"]);
  });
});

describe("deduction", () => {
  it("needs a text code", () => {
    const e = errorOf(() => deduction(1, "LAHP not followed up", 5 as never));
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["code"]]);
  });
});
