import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listIndicators, score } from "../../src/index.js";
import { improvementPriorities, pekppp2022 } from "../../src/schemes/pekppp/index.js";
import { WORKED_EXAMPLE_2022 } from "../fixtures/pekppp/published.js";

const codes2022 = listIndicators(pekppp2022).map((i) => i.code);
const worked = Object.fromEntries(codes2022.map((c, k) => [c, WORKED_EXAMPLE_2022.answers[k] as number]));

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
