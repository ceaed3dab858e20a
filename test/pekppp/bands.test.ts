import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classify, listIndicators, score } from "../../src/index.js";
import { pekppp2017, pekppp2022 } from "../../src/schemes/pekppp/index.js";
import { PREDICATE_TABLE } from "../fixtures/pekppp/published.js";
import { D } from "../support/decimalOracle.js";

/** The published table, read as written: a 2-decimal value belongs to the row whose inclusive range holds it. */
function publishedBand(twoDecimals: string): string {
  const v = new D(twoDecimals);
  const row = PREDICATE_TABLE.find((b) => v.gte(b.min) && v.lte(b.max));
  if (!row) throw new Error(`no published band holds ${twoDecimals}`);
  return row.code;
}
const halfUp2 = (v: string) => new D(v).toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2);

describe.each([pekppp2022, pekppp2017])("$id predicate bands (reference note §2)", (rubric) => {
  it("puts every band edge, at 2 decimals, in its published band, and the next cent below in the band below", () => {
    PREDICATE_TABLE.forEach((b, k) => {
      expect(classify(rubric, b.min).code, b.min).toBe(b.code);
      expect(classify(rubric, b.max).code, b.max).toBe(b.code);
      expect(classify(rubric, b.min).label.id).toBe(b.label);
      const below = PREDICATE_TABLE[k + 1];
      if (below) expect(classify(rubric, new D(b.min).minus("0.01").toFixed(2)).code).toBe(below.code);
    });
  });

  it("classifies all 501 two-decimal values 0.00…5.00 exactly as the published table", () => {
    for (let cents = 0; cents <= 500; cents++) {
      const v = new D(cents).div(100).toFixed(2);
      expect(classify(rubric, v).code, v).toBe(publishedBand(v));
    }
  });

  it("leaves no value between bands at 3+ decimals: 4.505 → A, 4.5049 → A-, and so on at every edge", () => {
    const cases: Array<[string, string]> = [
      ["4.505", "A"],
      ["4.5049", "A-"],
      ["4.50499999", "A-"],
      ["4.005", "A-"],
      ["4.0049", "B"],
      ["3.505", "B"],
      ["3.5049", "B-"],
      ["3.005", "B-"],
      ["3.0049", "C"],
      ["2.505", "C"],
      ["2.5049", "C-"],
      ["2.005", "C-"],
      ["2.0049", "D"],
      ["1.505", "D"],
      ["1.5049", "E"],
      ["1.005", "E"],
      ["1.0049", "F"],
      ["0.001", "F"],
      ["4.9999", "A"],
    ];
    for (const [value, code] of cases) expect(classify(rubric, value).code, value).toBe(code);
  });

  it("refuses values outside 0–5 instead of guessing a band", () => {
    expect(() => classify(rubric, "5.01")).toThrow(expect.objectContaining({ code: "OUT_OF_RANGE" }));
    expect(() => classify(rubric, "-0.01")).toThrow(expect.objectContaining({ code: "OUT_OF_RANGE" }));
  });

  it("property: any value with 3–8 decimals gets the band of its half-up 2-decimal rounding", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500_000_000 }), fc.integer({ min: 3, max: 8 }), (n, places) => {
        const v = new D(n).div(100_000_000).toDecimalPlaces(places, D.ROUND_DOWN).toFixed();
        expect(classify(rubric, v).code).toBe(publishedBand(halfUp2(v)));
      }),
      { numRuns: 400 },
    );
  });
});

describe("PEKPPP index properties", () => {
  const leaves = listIndicators(pekppp2022);
  const answersArb = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 30, maxLength: 30 });
  const toAnswers = (xs: number[]) => Object.fromEntries(leaves.map((l, k) => [l.code, xs[k] as number]));

  it("stays within 0–5, and its published value is the half-up rounding of the exact value", () => {
    fc.assert(
      fc.property(answersArb, (xs) => {
        const r = score(pekppp2022, { answers: toAnswers(xs) });
        expect(new D(r.exact).gte(0) && new D(r.exact).lte(5)).toBe(true);
        expect(r.value).toBe(halfUp2(r.exact));
        expect(r.predicate?.code).toBe(publishedBand(r.value));
      }),
      { numRuns: 200 },
    );
  });

  it("is monotone: one step up on an indicator adds exactly that indicator's share", () => {
    fc.assert(
      fc.property(answersArb, fc.integer({ min: 0, max: 29 }), (xs, k) => {
        fc.pre((xs[k] as number) < 5);
        const before = score(pekppp2022, { answers: toAnswers(xs) });
        const ys = [...xs];
        ys[k] = (ys[k] as number) + 1;
        const after = score(pekppp2022, { answers: toAnswers(ys) });
        expect(new D(after.exact).minus(before.exact).eq((leaves[k] as (typeof leaves)[number]).share as string)).toBe(
          true,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("adds up: the aspects' weighted points sum to the exact index", () => {
    fc.assert(
      fc.property(answersArb, (xs) => {
        const r = score(pekppp2022, { answers: toAnswers(xs) });
        const sum = r.breakdown.filter((b) => b.depth === 0).reduce((acc, b) => acc.plus(b.weighted), new D(0));
        expect(sum.eq(r.exact)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
