import { describe, expect, it } from "vitest";
import { aggregate, classify, listIndicators, resolveRubric, score } from "../../src/index.js";
import { pekppp2017, pekppp2022 } from "../../src/schemes/pekppp/index.js";
import { CILEGON_2021, CILEGON_2022, MADIUN_2024, WORKED_EXAMPLE_2022 } from "../fixtures/pekppp/published.js";
import { D } from "../support/decimalOracle.js";

const codes2022 = listIndicators(pekppp2022).map((i) => i.code);
const answersOf = (values: ReadonlyArray<number>) =>
  Object.fromEntries(codes2022.map((c, k) => [c, values[k] as number]));
const allOf = (v: number, overrides: Record<string, number> = {}) => ({
  ...Object.fromEntries(codes2022.map((c) => [c, v])),
  ...overrides,
});

describe("published and hand-computed PEKPPP values", () => {
  it("reproduces the reference note's worked example: 3.6848 → 3.68 → B Baik, aspect by aspect", () => {
    const r = score(pekppp2022, { answers: answersOf(WORKED_EXAMPLE_2022.answers) });
    expect(r.exact).toBe(WORKED_EXAMPLE_2022.exact);
    expect(r.value).toBe(WORKED_EXAMPLE_2022.value);
    expect(r.predicate?.code).toBe(WORKED_EXAMPLE_2022.code);
    const aspects = r.breakdown
      .filter((b) => b.depth === 0)
      .map((b) => ({ code: b.code, raw: b.raw, weighted: b.weighted }));
    expect(aspects).toEqual(WORKED_EXAMPLE_2022.aspects);
    // Indicator rows are there too: 1.a.Ak answered 5 contributes 0.24 × 0.17 × 5 = 0.204.
    expect(r.breakdown.find((b) => b.code === "1.a.Ak")).toMatchObject({
      parent: "kebijakan",
      raw: "5",
      weighted: "0.204",
    });
    // Gap to A- (4.01): 4.01 − 3.68 = 0.33.
    expect(r.gap).toMatchObject({ next: { code: "A-" }, target: "4.01", points: "0.33" });
    // Aspects II–VI weights are CODE-ONLY, so the result is not confirmed.
    expect(r.confirmed).toBe(false);
  });

  it("scores all-5 as 5.00 (A Pelayanan Prima) and all-0 as 0.00 (F Gagal): the scale is 0–5", () => {
    expect(score(pekppp2022, { answers: allOf(5) })).toMatchObject({ value: "5.00", predicate: { code: "A" } });
    expect(score(pekppp2022, { answers: allOf(0) })).toMatchObject({ value: "0.00", predicate: { code: "F" } });
    expect(
      score(pekppp2017, { answers: Object.fromEntries(listIndicators(pekppp2017).map((i) => [i.code, 5])) }).value,
    ).toBe("5.00");
  });

  it("rounds an exact tie half-up: 4.505 → 4.51 → A (a binary float would print 4.50)", () => {
    // By hand from the official weights: all 5, then 14.b.K 5→0 (−0.25×0.30×5 = −0.375),
    // 29.f.B 5→4 (−0.12×0.5 = −0.06), 30.f.B 5→4 (−0.06): 5 − 0.495 = 4.505.
    const r = score(pekppp2022, { answers: allOf(5, { "14.b.K": 0, "29.f.B": 4, "30.f.B": 4 }) });
    expect(r.exact).toBe("4.505");
    expect(r.value).toBe("4.51");
    expect(r.predicate?.code).toBe("A");
    // And 4.005 → 4.01 → A-: also 12.b.Ak and 13.b.K 5→0 (−0.25×0.20×5 each = −0.25 each).
    const s = score(pekppp2022, {
      answers: allOf(5, { "14.b.K": 0, "12.b.Ak": 0, "13.b.K": 0, "29.f.B": 4, "30.f.B": 4 }),
    });
    expect([s.exact, s.value, s.predicate?.code]).toEqual(["4.005", "4.01", "A-"]);
  });

  it("classifies Kota Cilegon's 2021 self-evaluation 2.55 as C Cukup (S10), on the 2021 rubric", () => {
    const rubric = resolveRubric("pekppp", { assessmentYear: CILEGON_2021.assessmentYear });
    expect(rubric.id).toBe("pekppp@2017.2");
    const p = classify(rubric, CILEGON_2021.value);
    expect([p.code, p.label.id]).toEqual([CILEGON_2021.code, CILEGON_2021.label]);
    // Same table under 29/2022.
    expect(classify(pekppp2022, CILEGON_2021.value).code).toBe("C");
  });

  it("classifies Kota Cilegon's 2022 figure 4.22 as A- Sangat Baik (news figure, UNCONFIRMED)", () => {
    const p = classify(resolveRubric("pekppp", { assessmentYear: CILEGON_2022.assessmentYear }), CILEGON_2022.value);
    expect([p.code, p.label.id]).toEqual([CILEGON_2022.code, CILEGON_2022.label]);
  });

  it("Kota Madiun 2024: the mean of the published unit values gives 4.66, flagged as given; unrounded units can give the published 4.67", () => {
    const fromRounded = aggregate(pekppp2022, [...MADIUN_2024.units]);
    expect(fromRounded.value).toBe(MADIUN_2024.meanOfRounded);
    expect(fromRounded.basis).toBe("given");
    expect(fromRounded.strategy).toBe("mean");
    // Unit indices that publish as 4.73, 4.63, 4.63 (e.g. 4.734, 4.634, 4.634) average 14.002/3 = 4.6673… → 4.67.
    const unrounded = ["4.734", "4.634", "4.634"];
    for (const [k, u] of unrounded.entries())
      expect(new D(u).toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2)).toBe(MADIUN_2024.units[k]);
    const fromExact = aggregate(pekppp2022, unrounded);
    expect(fromExact.value).toBe(MADIUN_2024.published);
    expect(fromExact.predicate?.code).toBe(MADIUN_2024.code);
  });
});
