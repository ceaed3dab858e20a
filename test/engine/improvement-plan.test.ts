/** The generic improvement plan, on hand-worked values and against PEKPPP's own helper. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineRubric, getRubric, improvementPlan, listIndicators } from "../../src/index.js";
import { improvementPriorities } from "../../src/schemes/pekppp/index.js";
import { group, leaf, tinyRubric } from "../support/tinyRubric.js";

describe("improvementPlan", () => {
  // P (60): two A/B/C/D items of 30; H (40): one 0–4 index. Answers C, D, 2 → 10 + 0 + 20 = 30 (D).
  const r = defineRubric(
    tinyRubric([
      group("P", "60", [leaf("p1", "30", "abcd"), leaf("p2", "30", "abcd")], { childWeightTotal: "60" }),
      group("H", "40", [leaf("h1", "40", "index04")], { childWeightTotal: "40" }),
    ]),
  );
  const plan = improvementPlan(r, { answers: { p1: "C", p2: "D", h1: "2" } });
  it("orders the components by points missing: P misses 50 of 60, H 20 of 40", () => {
    expect(plan.components.map((c) => [c.code, c.points, c.missing])).toEqual([
      ["P", "10", "50"],
      ["H", "20", "20"],
    ]);
  });
  it("prices each next step exactly: D→C and C→B buy 10 (a third of 30), the index to full marks 20", () => {
    expect(plan.steps.map((s) => [s.code, s.from, s.to, s.gainFraction])).toEqual([
      ["h1", "2", "4", "20"],
      ["p1", "C", "B", "10"],
      ["p2", "D", "C", "10"],
    ]);
  });
  it("finds the fewest steps to the next predicate: 30 (D) needs one step to pass 30 → C", () => {
    expect(plan.toNextPredicate?.next.code).toBe("C");
    expect(plan.toNextPredicate?.steps.map((s) => s.code)).toEqual(["h1"]);
    expect(plan.toNextPredicate?.value).toBe("50.00");
  });
  it("gives the same gains as the PEKPPP helper on pekppp@2022.1 (random answers)", () => {
    const pekppp = getRubric("pekppp@2022.1");
    const codes = listIndicators(pekppp).map((i) => i.code);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: codes.length, maxLength: codes.length }),
        (xs) => {
          const answers = Object.fromEntries(codes.map((c, i) => [c, xs[i] as number]));
          const generic = improvementPlan(pekppp, { answers }).steps.map((s) => [s.code, s.gainFraction]);
          const own = improvementPriorities(pekppp, { answers }).priorities.map((s) => [s.code, s.gainFraction]);
          expect(generic).toEqual(own);
        },
      ),
      { numRuns: 40 },
    );
  });
});
