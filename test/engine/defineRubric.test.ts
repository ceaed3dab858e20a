import { describe, expect, it } from "vitest";
import { defineRubric, deriveRubric, isKinerjaError, score } from "../../src/index.js";
import type { RubricDefinition } from "../../src/model/types.js";
import { demoDefinition } from "../fixtures/demo.js";
import { handCases } from "../fixtures/demo-answers.js";
import { badRubrics } from "../rubric-validation/bad-rubrics.js";

describe("defineRubric", () => {
  it("returns a deeply frozen copy and leaves the definition alone", () => {
    const r = defineRubric(demoDefinition);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.nodes[0]?.children?.[0]?.source)).toBe(true);
    expect(Object.isFrozen(demoDefinition)).toBe(false);
  });

  for (const bad of badRubrics) {
    it(`rejects: ${bad.name}`, () => {
      try {
        defineRubric(bad.def as RubricDefinition);
        expect.unreachable("should have thrown");
      } catch (e) {
        if (!isKinerjaError(e)) throw e;
        expect(e.code).toBe("INVALID_RUBRIC");
        expect(e.path).toEqual(bad.path);
        expect(e.rule).toBe(bad.rule);
        expect(e.message).toContain("Invalid rubric at");
      }
    });
  }

  it("scoring an undefined (plain) rubric validates it first", () => {
    const plain = structuredClone(demoDefinition) as unknown as RubricDefinition;
    expect(score(plain, { answers: handCases[2].answers }).exact).toBe(handCases[2].exact);
    const broken = { ...plain, weightTotal: "99" };
    expect(() => score(broken, { answers: handCases[2].answers })).toThrow(/sumExactly|add up/);
  });
});

describe("deriveRubric", () => {
  const base = defineRubric(demoDefinition);

  it("a what-if weight change gives a new frozen rubric; the base is untouched", () => {
    const variant = deriveRubric(base, { weights: { a: "30", b: "19" } }, { id: "demo@1+whatif" });
    expect(variant.id).toBe("demo@1+whatif");
    expect(variant.status).toBe("derived");
    expect(variant.derivedFrom).toBe("demo@1");
    expect(Object.isFrozen(variant)).toBe(true);
    expect(base.nodes[0]?.weight).toBe("24");
    expect(variant.nodes[0]?.source.confirmed).toBe(false);
    // mixed case: a 4.17×.30 = 1.251, b 3.5×.19 = .665, rest as before (.54+.264+.1+.3) → 3.12
    expect(score(variant, { answers: handCases[2].answers }).exact).toBe("3.12");
    expect(score(base, { answers: handCases[2].answers }).exact).toBe(handCases[2].exact);
  });

  it("a patch that breaks the sums is rejected", () => {
    expect(() => deriveRubric(base, { weights: { a: "30" } }, { id: "demo@x" })).toThrow(/add up/);
  });

  it("unknown codes and reused ids are rejected", () => {
    expect(() => deriveRubric(base, { weights: { zz: "1" } }, { id: "demo@x" })).toThrow(/not a node/);
    expect(() => deriveRubric(base, {}, { id: "demo@1" })).toThrow(/own id/);
  });
});
