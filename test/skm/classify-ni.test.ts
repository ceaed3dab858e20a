import { describe, expect, it } from "vitest";
import { defineRubric } from "../../src/index.js";
import { classifyNi } from "../../src/schemes/skm/index.js";
import { errorOf } from "../helpers.js";

const src = { regulation: "test", confirmed: true } as const;

/** A 0–3 average converted to 0–100 with the fraction multiplier 100/3 (no terminating decimal). */
const thirds = defineRubric({
  id: "thirds@1",
  scheme: "thirds",
  version: "1",
  status: "demo",
  title: { id: "thirds" },
  legalBasis: [src],
  validFor: { from: 2022, to: null },
  weightTotal: "1",
  scales: { s: { kind: "decimal", min: "0", max: "3", source: src } },
  result: { min: "0", max: "100", multiplier: "100/3", rounding: { places: 2, mode: "halfUp", source: src } },
  nodes: [{ code: "U1", label: { id: "U1" }, weight: "1", source: src, scale: "s" }],
  predicates: [
    { code: "lo", label: { id: "lo" }, min: "0", minInclusive: true, max: "50.00", maxInclusive: true, source: src },
    { code: "hi", label: { id: "hi" }, min: "50.00", minInclusive: false, max: "100", maxInclusive: true, source: src },
  ],
  aggregation: null,
});

describe("classifyNi with a fraction multiplier (100/3)", () => {
  it("converts exactly: 1.5 × 100/3 = 50 → 50.00 lo; 2 × 100/3 = 66.666… → 66.67 hi", () => {
    expect(classifyNi("1.5", thirds)).toMatchObject({
      ni: "1.5",
      nik: "50",
      value: "50.00",
      predicate: { code: "lo" },
    });
    const two = classifyNi(2, thirds);
    expect([two.nik, two.value, two.predicate.code]).toEqual([
      "66.66666666666666666666666666666666666667",
      "66.67",
      "hi",
    ]);
  });

  it("rounds an exact tie from the exact product: 1.50015 × 100/3 = 50.005 → 50.01 (hi), not 50.00", () => {
    const c = classifyNi("1.50015", thirds);
    expect([c.nik, c.value, c.predicate.code]).toEqual(["50.005", "50.01", "hi"]);
  });

  it("checks the range on the exact product: 3.0003 × 100/3 = 100.01 and -0.0003 × 100/3 = -0.01 are out", () => {
    expect(errorOf(() => classifyNi("3.0003", thirds)).code).toBe("OUT_OF_RANGE");
    expect(errorOf(() => classifyNi("-0.0003", thirds)).code).toBe("OUT_OF_RANGE");
  });

  it("skm@2017.1 is unchanged: NI 3.6590 × 25 = 91.475 → 91.48 A", () => {
    expect(classifyNi("3.6590")).toMatchObject({ nik: "91.475", value: "91.48", predicate: { code: "A" } });
  });
});
