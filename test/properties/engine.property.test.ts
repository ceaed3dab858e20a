import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bench30 } from "../../bench/fixture.js";
import { roundRatio } from "../../src/core/roundRatio.js";
import { roundScaled, scaledToFixed, scaledToString } from "../../src/core/scaled.js";
import { prepare } from "../../src/engine/prepare.js";
import { scoreExact } from "../../src/engine/scoreRubric.js";
import { aggregate, classify, defineRubric, deriveRubric, listIndicators, score } from "../../src/index.js";
import type { RubricDefinition } from "../../src/model/types.js";
import { demoDefinition } from "../fixtures/demo.js";
import { dimensionsDefinition } from "../fixtures/dimensions.js";
import { D, roundToString, scaledToDec } from "../support/decimalOracle.js";

const T = Decimal.clone({ precision: 60 });
const modes = {
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
} as const;
const rubrics = [defineRubric(bench30), defineRubric(dimensionsDefinition), defineRubric(demoDefinition)];
// Fast sums, but no declared rounding: the result is finished on decimals.
const unrounded = deriveRubric(rubrics[1]!, { result: { rounding: undefined } }, { id: "dims@unrounded" });

/** An arbitrary answer set for a rubric, as numbers or as decimal strings. */
function answersFor(r: RubricDefinition) {
  return fc
    .tuple(
      ...listIndicators(r).map((i) => {
        const s = i.scale;
        if (s.kind === "integer")
          return fc.integer({ min: s.min, max: s.max }).chain((n) => fc.constantFrom<number | string>(n, String(n)));
        if (s.kind === "decimal") return fc.integer({ min: 0, max: 10000 }).map((n) => (n / 100).toString()); // 0.00–100.00
        if (s.kind === "lookup") throw new Error("no lookup scales here");
        return fc.constantFrom(...s.options.map((o) => o.code));
      }),
    )
    .map((values) => Object.fromEntries(listIndicators(r).map((i, k) => [i.code, values[k] as number | string])));
}

describe("fast path = decimal.js reference", () => {
  it("the 30-leaf and the 4-dimension rubrics take the fast path; thirds do not", () => {
    expect(prepare(rubrics[0]!).fast).not.toBeNull();
    expect(prepare(rubrics[1]!).fast).not.toBeNull();
    expect(prepare(rubrics[2]!).fast).toBeNull();
    expect(prepare(unrounded).fast).not.toBeNull();
    expect(score(unrounded, { answers: { input: 80, proses: 90, output: 70, pengaduan: 60 } }).value).toBe("76.505");
  });
  for (const r of [...rubrics.slice(0, 2), unrounded]) {
    it(`${r.id}: identical results, every field`, () => {
      fc.assert(
        fc.property(answersFor(r), (answers) => {
          expect(score(r, { answers })).toEqual(scoreExact(r, { answers }));
        }),
        { numRuns: 300 },
      );
    });
  }
  it("scaled formatting and rounding match decimal.js", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -(2 ** 52), max: 2 ** 52 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom("halfUp", "halfEven", "down", "up" as const),
        (n, e, places, mode) => {
          // precondition of the fast path (checked by prepare): the rounded integer stays safe
          fc.pre(Math.abs(n) * 10 ** Math.max(0, places - e) <= Number.MAX_SAFE_INTEGER);
          const d = new T(n).div(new T(10).pow(e));
          expect(scaledToString(n, e)).toBe(d.toFixed());
          const rounded = roundScaled(n, e, { places, mode });
          // kinerja never prints a signed zero; decimal.js does ("-0.00")
          const reference = d.toFixed(places, modes[mode]).replace(/^-(0(\.0*)?)$/, "$1");
          expect(scaledToFixed(rounded, places)).toBe(reference);
          expect(roundToString(new D(d.toFixed()), { places, mode })).toBe(reference);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("exact rounding of a ratio = decimal.js rounding of its (terminating) value", () => {
  it("roundRatio agrees with toDecimalPlaces in every mode", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom("halfUp", "halfEven", "down", "up" as const),
        (n, twos, fives, places, mode) => {
          const den = 2n ** BigInt(twos) * 5n ** BigInt(fives); // terminating, so decimal.js holds it exactly
          const exact = new T(n.toString()).div(den.toString());
          const expected = exact.toFixed(places, modes[mode]).replace(/^-(0(\.0*)?)$/, "$1");
          expect(scaledToDec(roundRatio(n, den, { places, mode }), places).toFixed(places)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("invariants over every test rubric", () => {
  for (const r of rubrics) {
    const min = new T(r.result.min);
    const max = new T(r.result.max);
    it(`${r.id}: scores stay within the rubric range`, () => {
      fc.assert(
        fc.property(answersFor(r), (answers) => {
          const res = score(r, { answers });
          expect(new T(res.exact).gte(min) && new T(res.exact).lte(max)).toBe(true);
          expect(new T(res.value).gte(min) && new T(res.value).lte(max)).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
    it(`${r.id}: raising any answer never lowers the score`, () => {
      const list = listIndicators(r);
      fc.assert(
        fc.property(answersFor(r), fc.nat(list.length - 1), (answers, k) => {
          const info = list[k]!;
          const top =
            info.scale.kind === "integer"
              ? String(info.scale.max)
              : info.scale.kind === "decimal"
                ? info.scale.max
                : null;
          if (top === null) return;
          const raised = { ...answers, [info.code]: top };
          expect(new T(score(r, { answers: raised }).exact).gte(score(r, { answers }).exact)).toBe(true);
        }),
        { numRuns: 200 },
      );
    });
    it(`${r.id}: bands cover the range and classification is monotone`, () => {
      const span = max.minus(min);
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 2, maxLength: 20 }), (steps) => {
          const values = steps
            .map((s) => min.plus(span.times(s).div(1_000_000)).toDecimalPlaces(4))
            .sort((a, b) => a.cmp(b));
          const rank = new Map(
            [...(r.predicates ?? [])].sort((a, b) => new T(a.min).cmp(b.min)).map((b, i) => [b.code, i]),
          );
          let last = -1;
          for (const v of values) {
            const idx = rank.get(classify(r, v.toFixed()).code)!;
            expect(idx).toBeGreaterThanOrEqual(last);
            last = idx;
          }
        }),
        { numRuns: 200 },
      );
    });
    it(`${r.id}: aggregation does not depend on unit order`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 30 }),
          fc.integer(),
          (steps, seed) => {
            const values = steps.map((s) =>
              min.plus(max.minus(min).times(s).div(1_000_000)).toDecimalPlaces(2).toFixed(),
            );
            const shuffled = [...values].sort(
              (a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7) || (a < b ? 1 : -1),
            );
            const x = aggregate(r, values);
            const y = aggregate(r, shuffled);
            expect([y.value, y.exact, y.mean, y.predicate?.code]).toEqual([
              x.value,
              x.exact,
              x.mean,
              x.predicate?.code,
            ]);
          },
        ),
        { numRuns: 200 },
      );
    });
  }
});
