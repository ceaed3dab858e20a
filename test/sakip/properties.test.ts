/**
 * Properties of the SAKIP rubrics: the value stays in 0–100, is monotone in every grade (a
 * better grade for one item never lowers the value), and per-criterion grading agrees with
 * per-sub-component grading when every criterion gets the same grade.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listIndicators, score } from "../../src/index.js";
import type { RubricDefinition } from "../../src/model/types.js";
import { perCriterion, sakip2015, sakip2021 } from "../../src/schemes/sakip/index.js";
import { D } from "../support/decimalOracle.js";

/** Grades from worst to best. */
const GRADES = ["E", "D", "C", "CC", "B", "BB", "A", "AA"] as const;
const codes2021 = listIndicators(sakip2021).map((i) => i.code);
const codes2015 = listIndicators(sakip2015).map((i) => i.code);

const exact = (r: RubricDefinition, answers: Record<string, string>) => new D(score(r, { answers }).exact);

describe("sakip@2021.1", () => {
  const grades = fc.array(fc.integer({ min: 0, max: GRADES.length - 1 }), {
    minLength: codes2021.length,
    maxLength: codes2021.length,
  });
  const toAnswers = (ix: ReadonlyArray<number>) =>
    Object.fromEntries(codes2021.map((c, k) => [c, GRADES[ix[k] as number] as string]));

  it("stays within 0–100 and publishes 2 decimals", () => {
    fc.assert(
      fc.property(grades, (ix) => {
        const r = score(sakip2021, { answers: toAnswers(ix) });
        const v = new D(r.exact);
        expect(v.gte(0) && v.lte(100)).toBe(true);
        expect(r.value).toMatch(/^\d{1,3}\.\d{2}$/);
      }),
      { numRuns: 300 },
    );
  });

  it("is monotone in every grade", () => {
    fc.assert(
      fc.property(grades, fc.integer({ min: 0, max: codes2021.length - 1 }), (ix, at) => {
        fc.pre((ix[at] as number) < GRADES.length - 1);
        const better = ix.map((g, k) => (k === at ? g + 1 : g));
        expect(exact(sakip2021, toAnswers(better)).gt(exact(sakip2021, toAnswers(ix)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("per-criterion grading with uniform grades equals per-sub-component grading, whatever the counts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: codes2021.length, maxLength: codes2021.length }),
        grades,
        (counts, ix) => {
          const lke = perCriterion(sakip2021, Object.fromEntries(codes2021.map((c, k) => [c, counts[k] as number])), {
            id: "sakip@2021.1+prop",
          });
          const perSub = toAnswers(ix);
          const perCrit = Object.fromEntries(
            listIndicators(lke).map((i) => [i.code, perSub[i.path[1] as string] as string]),
          );
          expect(score(lke, { answers: perCrit }).exact).toBe(score(sakip2021, { answers: perSub }).exact);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("is monotone in every criterion's grade under per-criterion grading", () => {
    const lke = perCriterion(
      sakip2021,
      { "perencanaan.kualitas": 10, "evaluasi.pemanfaatan": 3 },
      { id: "sakip@2021.1+prop.b" },
    );
    const leaves = listIndicators(lke).map((i) => i.code);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: GRADES.length - 1 }), {
          minLength: leaves.length,
          maxLength: leaves.length,
        }),
        fc.integer({ min: 0, max: leaves.length - 1 }),
        (ix, at) => {
          fc.pre((ix[at] as number) < GRADES.length - 1);
          const answers = (g: ReadonlyArray<number>) =>
            Object.fromEntries(leaves.map((c, k) => [c, GRADES[g[k] as number] as string]));
          const better = ix.map((g, k) => (k === at ? g + 1 : g));
          expect(exact(lke, answers(better)).gt(exact(lke, answers(ix)))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("sakip@2015.1", () => {
  const means = fc.array(fc.integer({ min: 0, max: 100 }), {
    minLength: codes2015.length,
    maxLength: codes2015.length,
  });
  const toAnswers = (hundredths: ReadonlyArray<number>) =>
    Object.fromEntries(codes2015.map((c, k) => [c, new D(hundredths[k] as number).div(100).toString()]));

  it("stays within 0–100", () => {
    fc.assert(
      fc.property(means, (h) => {
        const v = new D(score(sakip2015, { answers: toAnswers(h) }).exact);
        expect(v.gte(0) && v.lte(100)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("is monotone in every sub-component mean", () => {
    fc.assert(
      fc.property(
        means,
        fc.integer({ min: 0, max: codes2015.length - 1 }),
        fc.integer({ min: 1, max: 100 }),
        (h, at, step) => {
          fc.pre((h[at] as number) + step <= 100);
          const better = h.map((x, k) => (k === at ? x + step : x));
          expect(exact(sakip2015, toAnswers(better)).gt(exact(sakip2015, toAnswers(h)))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
