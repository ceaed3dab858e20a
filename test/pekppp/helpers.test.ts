import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D } from "../../src/core/decimal.js";
import { listIndicators, score } from "../../src/index.js";
import {
  aggregateInstansi,
  combineF03,
  F03_RULES,
  improvementPriorities,
  pekppp2017,
  pekppp2022,
  scoreLegacyRounded2017,
} from "../../src/schemes/pekppp/index.js";
import { LEGACY_2017_ALL_FIVE, MADIUN_2024, WORKED_EXAMPLE_2022 } from "../fixtures/pekppp/published.js";

const codes2022 = listIndicators(pekppp2022).map((i) => i.code);
const codes2017 = listIndicators(pekppp2017).map((i) => i.code);
const worked = Object.fromEntries(codes2022.map((c, k) => [c, WORKED_EXAMPLE_2022.answers[k] as number]));
const all2017 = (v: number, overrides: Record<string, number> = {}) => ({
  ...Object.fromEntries(codes2017.map((c) => [c, v])),
  ...overrides,
});

describe("improvementPriorities: what to improve first", () => {
  it("ranks each open indicator's next step by the points it buys (aspect × indicator weight), ties in official order", () => {
    const plan = improvementPriorities(pekppp2022, { answers: worked }, { limit: 6 });
    // By hand: Inovasi 12% × 50% = 0.06 each; SDM 25% × 20% = 0.05 (12.b.Ak at 3, 13.b.K at 4; 11.b.K and 14.b.K
    // are already at 5); Sarpras 18% × 23% = 0.0414 (16.c.As at 3); Kebijakan 24% × 17% = 0.0408 (6.a.B at 4; 1.a.Ak is at 5).
    expect(plan.priorities.map((p) => [p.code, p.from, p.to, p.gain])).toEqual([
      ["29.f.B", 3, 4, "0.06"],
      ["30.f.B", 2, 3, "0.06"],
      ["12.b.Ak", 3, 4, "0.05"],
      ["13.b.K", 4, 5, "0.05"],
      ["16.c.As", 3, 4, "0.0414"],
      ["6.a.B", 4, 5, "0.0408"],
    ]);
    expect(plan.priorities[0]?.gainFraction).toBe("3/50");
    expect(plan.priorities[0]?.aspect).toBe("inovasi");
    expect(plan.priorities[0]?.nextLevel?.id).toMatch(/kompetisi/);
  });

  it("plans the fewest steps to the next predicate: 3.6848 (B) needs +0.3202 to reach 4.005 (A-)", () => {
    const plan = improvementPriorities(pekppp2022, { answers: worked });
    expect(plan.predicate?.code).toBe("B");
    // 29.f.B 3→5 (+0.12), 30.f.B 2→5 (+0.18): 3.9848, still B; 12.b.Ak 3→4 (+0.05): 4.0348 → 4.03 A-.
    expect(plan.toNextPredicate?.steps.map((s) => `${s.code}:${s.to}`)).toEqual([
      "29.f.B:4",
      "29.f.B:5",
      "30.f.B:3",
      "30.f.B:4",
      "30.f.B:5",
      "12.b.Ak:4",
    ]);
    expect(plan.toNextPredicate).toMatchObject({ next: { code: "A-" }, exact: "4.0348", value: "4.03" });
  });

  it("accepts a score result, and has no plan at the top band", () => {
    const top = score(pekppp2022, { answers: Object.fromEntries(codes2022.map((c) => [c, 5])) });
    const plan = improvementPriorities(pekppp2022, top);
    expect(plan.priorities).toEqual([]);
    expect(plan.toNextPredicate).toBeNull();
  });

  it("property: following the plan always reaches the next band, and dropping its last step never does", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 30, maxLength: 30 }), (xs) => {
        const answers = Object.fromEntries(codes2022.map((c, k) => [c, xs[k] as number]));
        const plan = improvementPriorities(pekppp2022, { answers });
        if (!plan.toNextPredicate) return;
        const apply = (n: number) => {
          const a = { ...answers };
          for (const s of plan.toNextPredicate?.steps.slice(0, n) ?? []) a[s.code] = s.to;
          return score(pekppp2022, { answers: a });
        };
        const steps = plan.toNextPredicate.steps.length;
        expect(apply(steps).predicate?.code).toBe(plan.toNextPredicate.next.code);
        expect(apply(steps - 1).predicate?.code).toBe(plan.predicate?.code);
      }),
      { numRuns: 100 },
    );
  });
});

describe("combineF03: F-03 (users) is optional and off by default (reference note §1.5)", () => {
  it("default: the IPP is F-02 alone; a given F-03 is recorded but not used", () => {
    const c = combineF03(pekppp2022, { f02: { answers: worked }, f03: { value: "4.00", respondents: 15 } });
    expect(c).toMatchObject({ rule: "f02Only", value: "3.68", exact: "3.6848", f03: { value: "4", used: false } });
    expect(c.notes.join(" ")).toMatch(/not used/);
  });

  it("local-app rule 0.75·F-02 + 0.25·F-03: 0.75 × 3.6848 + 0.25 × 4 = 3.7636 → 3.76 B, never confirmed", () => {
    const c = combineF03(
      pekppp2022,
      { f02: { answers: worked }, f03: { value: 4, respondents: 15 } },
      F03_RULES.localApp75_25,
    );
    expect(c).toMatchObject({
      rule: "weighted",
      exact: "3.7636",
      value: "3.76",
      predicate: { code: "B" },
      confirmed: false,
    });
    expect(c.ruleLabel).toMatch(/UNCONFIRMED/);
  });

  it("without F-03 responses the local-app rule falls back to F-02 alone; the other app's rule counts F-03 as 0", () => {
    expect(combineF03(pekppp2022, { f02: "3.6848" }, F03_RULES.localApp75_25)).toMatchObject({
      exact: "3.6848",
      weights: null,
    });
    const zero = combineF03(
      pekppp2022,
      { f02: "3.6848", f03: { value: "4.8", respondents: 5 } },
      { kind: "weighted", f02: "0.75", f03: "0.25", minRespondents: 10, belowMinimum: "zeroF03" },
    );
    // 0.75 × 3.6848 = 2.7636 → 2.76 C.
    expect(zero).toMatchObject({ exact: "2.7636", value: "2.76", predicate: { code: "C" }, f03: { used: false } });
  });

  it("rejects rules that are not explicit: weights not summing to 1, a minimum without its behaviour, a missing F-03", () => {
    const f02 = "3.50";
    expect(() =>
      combineF03(pekppp2022, { f02, f03: { value: 4 } }, { kind: "weighted", f02: "0.7", f03: "0.2" }),
    ).toThrow(/exactly 1/);
    expect(() =>
      combineF03(
        pekppp2022,
        { f02, f03: { value: 4, respondents: 3 } },
        { kind: "weighted", f02: "3/4", f03: "1/4", minRespondents: 10 },
      ),
    ).toThrow(/belowMinimum/);
    expect(() => combineF03(pekppp2022, { f02 }, { kind: "weighted", f02: "3/4", f03: "1/4" })).toThrow(
      /needs an F-03/,
    );
    expect(() => combineF03(pekppp2022, { f02, f03: { value: "5.5" } }, F03_RULES.localApp75_25)).toThrow(
      expect.objectContaining({ code: "OUT_OF_RANGE" }),
    );
  });
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

describe("scoreLegacyRounded2017: the printed-decimal 17/2017 weights, only on request", () => {
  it("gives 4.99085 → 4.99 for all-5 answers, as C4 does (reference note §3.2), where the exact fractions give 5.00", () => {
    const answers = all2017(5);
    const legacy = scoreLegacyRounded2017({ answers });
    expect([legacy.exact, legacy.value]).toEqual([LEGACY_2017_ALL_FIVE.exact, LEGACY_2017_ALL_FIVE.value]);
    expect(legacy).toMatchObject({ variant: "legacy-rounded", basedOn: "pekppp@2017.1", confirmed: false });
    expect(score(pekppp2017, { answers }).value).toBe("5.00");
  });

  it("shows the aspect sums of the printed weights: 0.995 / 0.999 / 0.999 / 1 / 1 / 1 (× 5 for all-5)", () => {
    const legacy = scoreLegacyRounded2017({ answers: all2017(1) });
    expect(legacy.aspects.map((a) => a.raw)).toEqual(["0.995", "0.999", "0.999", "1", "1", "1"]);
  });

  it("validates answers like score()", () => {
    expect(() => scoreLegacyRounded2017({ answers: all2017(5, { "6": 6 }) })).toThrow(
      expect.objectContaining({ code: "ANSWER_OUT_OF_SCALE" }),
    );
  });
});
