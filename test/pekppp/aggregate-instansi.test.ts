import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate, deriveRubric, listIndicators, score } from "../../src/index.js";
import { aggregateInstansi, F03_RULES, pekppp2017, pekppp2022 } from "../../src/schemes/pekppp/index.js";
import { MADIUN_2024, WORKED_EXAMPLE_2022 } from "../fixtures/pekppp/published.js";
import { D } from "../support/decimalOracle.js";

const codes2022 = listIndicators(pekppp2022).map((i) => i.code);
const codes2017 = listIndicators(pekppp2017).map((i) => i.code);
const worked = Object.fromEntries(codes2022.map((c, k) => [c, WORKED_EXAMPLE_2022.answers[k] as number]));
const all2017 = (v: number, overrides: Record<string, number> = {}) => ({
  ...Object.fromEntries(codes2017.map((c) => [c, v])),
  ...overrides,
});

describe("aggregateInstansi: unit lokus → instansi", () => {
  it("takes the mean by default and names the strategy, the F-03 rule and the (unconfirmed) source", () => {
    const r = aggregateInstansi(pekppp2022, [
      { unit: "DPMPTSP", answers: worked },
      { unit: "Disdukcapil", answers: Object.fromEntries(codes2022.map((c) => [c, 4])) },
    ]);
    // (3.6848 + 4) / 2 = 3.8424 → 3.84 B.
    expect(r).toMatchObject({ strategy: "mean", rule: "rubric", exact: "3.8424", value: "3.84", basis: "exact" });
    expect(r.f03Rule).toMatch(/F-02 only/);
    expect(r.source?.confirmed).toBe(false);
    expect(r.confirmed).toBe(false);
    expect(r.units.map((u) => [u.unit, u.published])).toEqual([
      ["DPMPTSP", "3.68"],
      ["Disdukcapil", "4.00"],
    ]);
  });

  it("is exact on the 17/2017 fractions: (3 + 3/112 + 3) / 2 = 3 + 3/224 → 3.01 B-", () => {
    const r = aggregateInstansi(pekppp2017, [{ answers: all2017(3, { "1.a.K1": 4 }) }, { answers: all2017(3) }]);
    // 1.a.K1 one step up adds 30% × 5/56 = 3/112.
    const expected = new D(3).plus(new D(3).div(224));
    expect(new D(r.exact).minus(expected).abs().lt("1e-35")).toBe(true);
    expect([r.value, r.predicate?.code]).toEqual(["3.01", "B-"]);
    expect(r.units[0]?.published).toBe("3.03");
  });

  it("says when units were given as (rounded) values: Kota Madiun's published units give 4.66, not 4.67", () => {
    const r = aggregateInstansi(
      pekppp2022,
      MADIUN_2024.units.map((value) => ({ value })),
    );
    expect([r.value, r.basis]).toEqual([MADIUN_2024.meanOfRounded, "given"]);
    expect(r.notes.join(" ")).toMatch(/0\.01/);
  });

  it("applies an F-03 rule per unit when asked, and a caller-named weighted mean", () => {
    const r = aggregateInstansi(
      pekppp2022,
      [
        { unit: "a", value: "3.6848", f03: { value: 4, respondents: 12 }, weight: 3 },
        { unit: "b", value: "4", weight: 1 },
      ],
      { f03Rule: F03_RULES.localApp75_25, strategy: "weightedMean" },
    );
    // a: 0.75 × 3.6848 + 0.25 × 4 = 3.7636; b: no F-03 → F-02 alone = 4; (3 × 3.7636 + 4) / 4 = 3.8227 → 3.82.
    expect(r).toMatchObject({
      strategy: "weightedMean",
      rule: "caller",
      exact: "3.8227",
      value: "3.82",
      confirmed: false,
    });
    expect(r.units[0]?.f03).toMatchObject({ used: true, treatment: "combined" });
  });

  it("property: unit order never changes the instansi value", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 7 }), (cents) => {
        const units = cents.map((c) => ({ value: new D(c).div(100).toFixed(2) }));
        const a = aggregateInstansi(pekppp2022, units);
        const b = aggregateInstansi(pekppp2022, [...units].reverse());
        expect(b.exact).toBe(a.exact);
      }),
      { numRuns: 100 },
    );
  });
});

describe("aggregateInstansi rounds the instansi value with the aggregation's own rounding", () => {
  // A variant whose unit → instansi rule publishes at 1 decimal, rounded down; unit values keep 2 decimals half-up.
  const oneDown = deriveRubric(
    pekppp2022,
    {
      aggregation: {
        ...(pekppp2022.aggregation as NonNullable<typeof pekppp2022.aggregation>),
        rounding: { places: 1, mode: "down", source: { regulation: "test variant", confirmed: true } },
      },
    },
    { id: "pekppp@2022.99" },
  );

  it("units 4.46 and 4.57: mean 4.515 → down to 1 decimal = 4.5 → A- (not 4.52 → A)", () => {
    // hand: (4.46 + 4.57) / 2 = 9.03 / 2 = 4.515; truncated to 1 decimal 4.5; A- is (4.00, 4.50]
    const r = aggregateInstansi(oneDown, [{ value: "4.46" }, { value: "4.57" }]);
    expect([r.exact, r.value, r.predicate?.code]).toEqual(["4.515", "4.5", "A-"]);
    // The next band A starts above 4.50: the next value publishable at 1 decimal is 4.6, 0.1 away.
    expect(r.gap).toMatchObject({ next: { code: "A" }, target: "4.6", points: "0.1" });
    // Unit values are still published with the unit (result) rounding.
    expect(r.units.map((u) => u.published)).toEqual(["4.46", "4.57"]);
  });

  it("agrees with the engine's aggregate() on the same variant", () => {
    const units = ["4.46", "4.57"];
    const engine = aggregate(oneDown, units);
    const helper = aggregateInstansi(
      oneDown,
      units.map((value) => ({ value })),
    );
    expect([helper.value, helper.predicate?.code]).toEqual([engine.value, engine.predicate?.code]);
  });
});

describe("aggregateInstansi is the F-03 rule per unit, then the engine's aggregate", () => {
  it("extends aggregate()'s result: mean, adjustments and the exact fraction (17/2017: 3 + 3/224 = 675/224)", () => {
    const r = aggregateInstansi(pekppp2017, [{ answers: all2017(3, { "1.a.K1": 4 }) }, { answers: all2017(3) }]);
    // hand: 1.a.K1 one step up adds 30% × 5/56 = 3/112; (3 + 3/112 + 3) / 2 = 3 + 3/224 = 675/224.
    expect(r.exactFraction).toBe("675/224");
    expect(r.mean).toBe(r.exact);
    expect(r.adjustments).toEqual([]);
    expect(r.units.map((u) => u.basis)).toEqual(["exact", "exact"]);
  });

  it("gives what aggregate() gives on the same unit results, value and predicate", () => {
    const units = [all2017(3, { "1.a.K1": 4 }), all2017(2), all2017(4, { "6": 0 })].map((answers) =>
      score(pekppp2017, { answers }),
    );
    const engine = aggregate(pekppp2017, units);
    const helper = aggregateInstansi(
      pekppp2017,
      units.map((result) => ({ result })),
    );
    expect([helper.value, helper.exact, helper.exactFraction, helper.predicate?.code]).toEqual([
      engine.value,
      engine.exact,
      engine.exactFraction,
      engine.predicate?.code,
    ]);
  });
});
