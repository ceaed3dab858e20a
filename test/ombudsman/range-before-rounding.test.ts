import { describe, expect, it } from "vitest";
import { ASSUMED_BANDS_2025, compareYears, opini, rank } from "../../src/schemes/ombudsman/index.js";
import { errorOf } from "../helpers.js";

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
