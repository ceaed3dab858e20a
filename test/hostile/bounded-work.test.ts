/**
 * Issue #11, "unbounded work": a whole-number scale of 10⁸ levels and a rubric of thousands of distinct
 * fractional weights each take milliseconds, not minutes.
 */
import { describe, expect, it } from "vitest";
import { add, formatRational, R0, rational } from "../../src/core/rational.js";
import { defineRubric, improvementPlan, score } from "../../src/index.js";
import { improvementPriorities } from "../../src/schemes/pekppp/index.js";
import { leaf, testSource, tinyRubric } from "../support/tinyRubric.js";
import { codePath, errorOf } from "./helpers.js";

/** Two indicators on a 0–10⁸ whole-number scale; the multiplier keeps the result on 0–100. */
const huge = () => {
  const base = tinyRubric([leaf("a", "50", "big"), leaf("b", "50", "big")], {
    scales: { big: { kind: "integer", min: 0, max: 100_000_000, source: testSource } } as never,
  });
  return defineRubric({ ...base, result: { ...base.result, multiplier: "1/1000000" } });
};

const timed = <T>(f: () => T): { value: T; ms: number } => {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
};

describe("a whole-number scale of 10⁸ levels", () => {
  const r = huge();
  const answers = { a: 10, b: 20 };

  it("improvementPriorities counts the steps directly (it stepped one level at a time: past 90 s)", () => {
    const { ms } = timed(() => errorOf(() => improvementPriorities(r, { answers })));
    expect(ms).toBeLessThan(2_000);
    // 60 009 970 single-level steps are more than any plan should list: a clear error, never a cut plan.
    expect(codePath(() => improvementPriorities(r, { answers }))).toEqual(["LIMIT_EXCEEDED", ["options", "maxSteps"]]);
  });

  it("improvementPriorities with a reachable target: the exact number of steps, found by bisection", () => {
    // a = 60 009 995 gives 30.0049975 (D, published 30.00); 60 010 000 gives 30.005 → 30.01 (C): 5 steps.
    const plan = improvementPriorities(r, { answers: { a: 60_009_995, b: 0 } }, { maxSteps: 10 });
    expect(plan.toNextPredicate?.steps.length).toBeLessThanOrEqual(10);
    expect(plan.toNextPredicate?.steps.map((s) => s.code)).toEqual(["a", "a", "a", "a", "a"]);
    expect(plan.toNextPredicate?.value).toBe("30.01");
  });

  it("the engine's improvementPlan is bounded: maxSteps (at most 1000) caps the work", () => {
    const { value, ms } = timed(() => improvementPlan(r, { answers }));
    expect(ms).toBeLessThan(2_000);
    expect(value.toNextPredicate).toBeNull(); // 60 million single steps: none within maxSteps
    expect(improvementPlan(r, { answers: { a: 60_009_995, b: 0 } }).toNextPredicate?.steps.length).toBe(5);
    expect(codePath(() => improvementPlan(r, { answers }, { maxSteps: 10_000_000 }))).toEqual([
      "INVALID_INPUT",
      ["options", "maxSteps"],
    ]);
  });
});

describe("thousands of distinct fractional weights", () => {
  /** Weights 1/2, 1/3, … 1/(n+1) under one group whose total is their exact sum. */
  const fractions = (n: number) => {
    let sum = R0;
    const children = [];
    for (let k = 1; k <= n; k++) {
      sum = add(sum, rational(1n, BigInt(k + 1)));
      children.push(leaf(`n${k}`, `1/${k + 1}`, "index04"));
    }
    return tinyRubric([
      {
        code: "g",
        label: { id: "g" },
        weight: "100",
        source: testSource,
        childWeightTotal: formatRational(sum),
        children,
      },
    ]);
  };

  it("3 000 of them are refused within milliseconds (they took 22 s): their common denominator has 1 300 digits", () => {
    const definition = fractions(3_000);
    const { value: e, ms } = timed(() => errorOf(() => defineRubric(definition)));
    expect(ms).toBeLessThan(2_000);
    expect([e.code, e.rule]).toEqual(["INVALID_RUBRIC", "weights.precision"]);
  }, 30_000);

  it("a hundred of them still define and score exactly", () => {
    const r = defineRubric(fractions(100));
    const answers = Object.fromEntries(Array.from({ length: 100 }, (_, k) => [`n${k + 1}`, "4"]));
    expect(score(r, { answers }).value).toBe("100.00");
  });
});
