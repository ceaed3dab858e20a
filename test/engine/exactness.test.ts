import { describe, expect, it } from "vitest";
import { aggregate, defineRubric, score } from "../../src/index.js";
import type { RubricDefinition, Source } from "../../src/model/types.js";
import { dimensionsDefinition } from "../fixtures/dimensions.js";
import { codeOf } from "../helpers.js";

const src: Source = { regulation: "test fixture", confirmed: true };
/** Two indicators, half each, any decimal 0–100 (no places), published at 2 decimals half-up. */
const halves = defineRubric({
  id: "halves@1",
  scheme: "halves",
  version: "1",
  status: "demo",
  title: { id: "halves" },
  legalBasis: [src],
  validFor: { from: 2024, to: null },
  weightTotal: "1",
  scales: { any: { kind: "decimal", min: "0", max: "100", source: src } },
  result: { min: "0", max: "100", rounding: { places: 2, mode: "halfUp", source: src } },
  nodes: [
    { code: "a", label: { id: "a" }, weight: "1/2", source: src, scale: "any" },
    { code: "b", label: { id: "b" }, weight: "1/2", source: src, scale: "any" },
  ],
  predicates: null,
  aggregation: { method: "mean", rounding: { places: 2, mode: "halfUp", source: src }, source: src },
} satisfies RubricDefinition);
const dims = defineRubric(dimensionsDefinition);

describe("exact even where 40 digits are not enough", () => {
  it("a value just below a tie rounds down (score)", () => {
    // a = 0.01 − 10⁻²², b = 10⁻²² − 10⁻⁴²; (a + b) / 2 = 0.005 − 5·10⁻⁴³, just below the tie 0.005 → 0.00.
    // Summed at 40 significant digits, a + b would become 0.01 and the value 0.01.
    const r = score(halves, { answers: { a: `0.00${"9".repeat(20)}`, b: `0.${"0".repeat(22)}${"9".repeat(20)}` } });
    expect(r.value).toBe("0.00");
  });

  it("a mean just below a tie rounds down (aggregate)", () => {
    // 3.0149999999999999999 + (10⁻¹⁹ − 10⁻³⁹) + (10⁻³⁹ − 10⁻⁵⁹) = 3.015 − 10⁻⁵⁹; ÷ 3 = 1.005 − 3.3·10⁻⁶⁰ → 1.00.
    const units = [
      "3.0149999999999999999",
      `0.${"0".repeat(19)}${"9".repeat(20)}`,
      `0.${"0".repeat(39)}${"9".repeat(20)}`,
    ];
    expect(aggregate(dims, units).value).toBe("1.00");
  });

  it("unit order never changes the mean, whatever the magnitudes", () => {
    const a = "1";
    const b = `0.${"0".repeat(39)}6`;
    expect(aggregate(dims, [b, b, a]).exact).toBe(aggregate(dims, [a, b, b]).exact);
    expect(aggregate(dims, [b, a, b]).mean).toBe(aggregate(dims, [a, b, b]).mean);
  });
});

describe("engine input rules from the review", () => {
  it("unknown strategies, non-object options and unit weights under 'mean' are errors, not guesses", () => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately bad options
    expect(codeOf(() => aggregate(dims, ["80"], { strategy: "median" } as any))).toBe("INVALID_INPUT");
    // biome-ignore lint/suspicious/noExplicitAny: deliberately bad options
    expect(codeOf(() => aggregate(dims, ["80"], null as any))).toBe("INVALID_INPUT");
    // biome-ignore lint/suspicious/noExplicitAny: deliberately bad options
    expect(codeOf(() => aggregate(dims, ["80"], { adjustments: "x" } as any))).toBe("INVALID_INPUT");
    expect(codeOf(() => aggregate(dims, [{ value: "80", weight: 2 }]))).toBe("INVALID_INPUT");
  });

  it("a plain definition changed between calls is scored as it is now", () => {
    const def = structuredClone(halves) as unknown as { nodes: Array<{ weight: string }> } & RubricDefinition;
    const answers = { a: "0", b: "100" };
    expect(score(def, { answers }).value).toBe("50.00");
    def.nodes[0]!.weight = "3/4";
    def.nodes[1]!.weight = "1/4";
    expect(score(def, { answers }).value).toBe("25.00"); // ¼ × 100
  });

  it("wide integer scales work without pre-building every level", () => {
    const wide = defineRubric({
      ...halves,
      id: "wide@1",
      scheme: "wide",
      scales: { any: { kind: "integer", min: 0, max: 10_000_000, source: src } },
      result: { ...halves.result, max: "10000000" },
    });
    // (5 000 001 + 0) / 2 = 2 500 000.5
    expect(score(wide, { answers: { a: 5_000_001, b: "0" } }).value).toBe("2500000.50");
    expect(codeOf(() => score(wide, { answers: { a: 10_000_001, b: 0 } }))).toBe("ANSWER_OUT_OF_SCALE");
  });
});
