import { describe, expect, it } from "vitest";
import { aggregate, classify, defineRubric, deriveRubric, score } from "../../src/index.js";
import { demoDefinition } from "../fixtures/demo.js";
import { handCases } from "../fixtures/demo-answers.js";
import { codeOf } from "../helpers.js";

const demo = defineRubric(demoDefinition);

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
    expect(codeOf(() => classify(demo, "5.01"))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => classify(demo, -1))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => classify(demo, Number.NaN))).toBe("INVALID_INPUT");
  });

  it("refuses where the bands are unknown", () => {
    const noBands = deriveRubric(demo, { predicates: null }, { id: "demo@nobands" });
    expect(codeOf(() => classify(noBands, 3))).toBe("NO_PREDICATE_BANDS");
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
    expect(codeOf(() => aggregate(demo, [4, 2], { strategy: "weightedMean" }))).toBe("INVALID_INPUT");
  });

  it("no rule in the rubric: the caller must choose", () => {
    const noRule = deriveRubric(demo, { aggregation: null }, { id: "demo@norule" });
    expect(codeOf(() => aggregate(noRule, [4, 2]))).toBe("NO_AGGREGATION_RULE");
    const r = aggregate(noRule, [4, 2], { strategy: "mean" });
    expect(r.value).toBe("3.00");
    expect(r.rule).toBe("caller");
    expect(r.confirmed).toBe(false);
  });

  it("adjustments only where the rubric allows them", () => {
    expect(codeOf(() => aggregate(demo, [4], { adjustments: [{ code: "x", points: "-0.5", reason: "test" }] }))).toBe(
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
    expect(codeOf(() => aggregate(demo, []))).toBe("INVALID_INPUT");
    expect(codeOf(() => aggregate(demo, ["5.5"]))).toBe("OUT_OF_RANGE");
    const other = deriveRubric(demo, {}, { id: "demo@other" });
    const foreign = score(other, { answers: handCases[2].answers });
    expect(codeOf(() => aggregate(demo, [foreign]))).toBe("RUBRIC_MISMATCH");
  });
});

describe("engine results feed back in", () => {
  const thirds = defineRubric({
    ...demoDefinition,
    id: "thirds@1",
    scheme: "thirds",
    version: "1",
    weightTotal: "1",
    nodes: [{ code: "x", label: { id: "x" }, weight: "1", source: demoDefinition.legalBasis[0], scale: "0-5" }],
    result: { ...demoDefinition.result, multiplier: "1/3", min: "0", max: "5" },
  });

  it("a non-terminating exact value aggregates and classifies (40 digits)", () => {
    const s = score(thirds, { answers: { x: 1 } }); // 1/3
    expect(s.exact).toBe("0.3333333333333333333333333333333333333333");
    const r = aggregate(thirds, [s, s, s]);
    expect(r.value).toBe("0.33");
    expect(classify(thirds, s.exact).code).toBe("F");
  });

  it("classify checks the range before rounding", () => {
    expect(codeOf(() => classify(demo, "5.004"))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => classify(demo, "-0.004"))).toBe("OUT_OF_RANGE");
  });

  it("aggregate is unconfirmed when a unit result, the rounding or an adjustment is unconfirmed", () => {
    const unconfirmedRounding = deriveRubric(
      demo,
      {
        aggregation: {
          method: "mean",
          rounding: { places: 2, mode: "halfUp", source: { regulation: "t", confirmed: false } },
          adjustments: { allowed: true, source: { regulation: "t", confirmed: false } },
          source: { regulation: "t", confirmed: true },
        },
      },
      { id: "demo@uncertain" },
    );
    expect(aggregate(demo, ["4", "3"]).confirmed).toBe(true);
    expect(aggregate(unconfirmedRounding, ["4", "3"]).confirmed).toBe(false);
    const noBands = deriveRubric(demo, { predicates: null }, { id: "demo@nb" });
    const unitUnconfirmed = { ...score(demo, { answers: handCases[2].answers }), confirmed: false };
    expect(aggregate(demo, [unitUnconfirmed]).confirmed).toBe(false);
    expect(noBands.predicates).toBeNull();
  });
});
