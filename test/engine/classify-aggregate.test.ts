import { describe, expect, it } from "vitest";
import { aggregate, classify, defineRubric, deriveRubric, isKinerjaError, score } from "../../src/index.js";
import { demoDefinition } from "../fixtures/demo.js";
import { handCases } from "../fixtures/demo-answers.js";

const demo = defineRubric(demoDefinition);
const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (isKinerjaError(e)) return e.code;
    throw e;
  }
  return "none";
};

describe("classify", () => {
  // demo bands: F [0,1], C (1,2.5], B (2.5,4.5], A (4.5,5], rounded half-up to 2 dp first
  const table: Array<[string | number, string]> = [
    [0, "F"],
    ["1", "F"],
    ["1.00", "F"],
    ["1.004", "F"], // → 1.00
    ["1.005", "C"], // → 1.01
    ["1.01", "C"],
    ["4.50", "B"],
    ["4.504", "B"],
    ["4.505", "A"], // between the printed bands 4.50 | 4.51: rounds to 4.51
    ["4.51", "A"],
    [5, "A"],
  ];
  for (const [value, expected] of table)
    it(`${value} → ${expected}`, () => expect(classify(demo, value).code).toBe(expected));

  it("outside the range is an error, not a clamp", () => {
    expect(code(() => classify(demo, "5.01"))).toBe("OUT_OF_RANGE");
    expect(code(() => classify(demo, -1))).toBe("OUT_OF_RANGE");
    expect(code(() => classify(demo, Number.NaN))).toBe("INVALID_INPUT");
  });

  it("refuses where the bands are unknown", () => {
    const noBands = deriveRubric(demo, { predicates: null }, { id: "demo@nobands" });
    expect(code(() => classify(noBands, 3))).toBe("NO_PREDICATE_BANDS");
    const r = score(noBands, { answers: handCases[2].answers });
    expect(r.predicate).toBeNull();
    expect(r.value).toBe("3.08");
    expect(r.confirmed).toBe(false);
  });
});

describe("aggregate", () => {
  it("mean of unit values, rounded once at the end", () => {
    // (4.73 + 4.63 + 4.63) / 3 = 4.663… → 4.66
    const r = aggregate(demo, ["4.73", "4.63", 4.63]);
    expect(r.value).toBe("4.66");
    expect(r.predicate?.code).toBe("A");
    expect(r.strategy).toBe("mean");
    expect(r.rule).toBe("rubric");
    expect(r.basis).toBe("given");
    expect(r.count).toBe(3);
  });

  it("uses the unrounded value of score results", () => {
    const unit = score(demo, { answers: handCases[2].answers }); // 3.0798
    const r = aggregate(demo, [unit, { unit: "Puskesmas", value: "3.08" }]);
    // (3.0798 + 3.08) / 2 = 3.0799 → 3.08
    expect(r.mean).toBe("3.0799");
    expect(r.basis).toBe("mixed");
    expect(r.units[1]).toMatchObject({ unit: "Puskesmas", value: "3.08", basis: "given" });
  });

  it("weighted mean only when asked, and then every unit has a weight", () => {
    const r = aggregate(
      demo,
      [
        { value: "4", weight: 3 },
        { value: "2", weight: 1 },
      ],
      { strategy: "weightedMean" },
    );
    expect(r.value).toBe("3.50");
    expect(r.rule).toBe("caller");
    expect(code(() => aggregate(demo, [4, 2], { strategy: "weightedMean" }))).toBe("INVALID_INPUT");
  });

  it("no rule in the rubric: the caller must choose", () => {
    const noRule = deriveRubric(demo, { aggregation: null }, { id: "demo@norule" });
    expect(code(() => aggregate(noRule, [4, 2]))).toBe("NO_AGGREGATION_RULE");
    const r = aggregate(noRule, [4, 2], { strategy: "mean" });
    expect(r.value).toBe("3.00");
    expect(r.rule).toBe("caller");
    expect(r.confirmed).toBe(false);
  });

  it("adjustments only where the rubric allows them", () => {
    expect(code(() => aggregate(demo, [4], { adjustments: [{ code: "x", points: "-0.5", reason: "test" }] }))).toBe(
      "INVALID_INPUT",
    );
    const allowing = deriveRubric(
      demo,
      {
        aggregation: {
          method: "mean",
          rounding: { places: 2, mode: "halfUp", source: { regulation: "t", confirmed: true } },
          adjustments: { allowed: true, source: { regulation: "t", confirmed: false } },
          source: { regulation: "t", confirmed: true },
        },
      },
      { id: "demo@adj" },
    );
    const r = aggregate(allowing, ["4.6", "4.7"], { adjustments: [{ code: "lahp", points: "-0.5", reason: "LAHP" }] });
    // mean 4.65 − 0.5 = 4.15
    expect(r.mean).toBe("4.65");
    expect(r.value).toBe("4.15");
    expect(r.predicate?.code).toBe("B");
    expect(r.adjustments).toEqual([{ code: "lahp", points: "-0.5", reason: "LAHP" }]);
  });

  it("rejects empty lists, out-of-range units and results of another rubric", () => {
    expect(code(() => aggregate(demo, []))).toBe("INVALID_INPUT");
    expect(code(() => aggregate(demo, ["5.5"]))).toBe("OUT_OF_RANGE");
    const other = deriveRubric(demo, {}, { id: "demo@other" });
    const foreign = score(other, { answers: handCases[2].answers });
    expect(code(() => aggregate(demo, [foreign]))).toBe("RUBRIC_MISMATCH");
  });
});
