/**
 * The mean of plain decimals on safe integers (src/engine/publishMean.ts, taken by aggregate for published unit
 * values) against the rational publish step it stands in for, field by field: the exact text of S / (k·10^e)
 * against the BigInt text, publishMean against publishValue under every rounding mode (or declining where the
 * rational path refuses), classify of a plain decimal against classifyExact, and aggregate of plain decimals on
 * every built-in rubric against the rational oracle, from an array, from a generator and without the echo. The
 * oracle side never takes an integer path.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDecimalTextBig } from "../../src/core/decimalText.js";
import { type Rational, rational } from "../../src/core/rational.js";
import type { RoundingMode } from "../../src/core/rounding.js";
import { pow10 } from "../../src/core/roundRatio.js";
import { aggregateUnits } from "../../src/engine/aggregateUnits.js";
import { classifyValue } from "../../src/engine/classifyValue.js";
import { compiledOf } from "../../src/engine/compiled.js";
import { readNumber } from "../../src/engine/numbers.js";
import { classifyScaled, meanPlanOf, meanText, publishMean } from "../../src/engine/publishMean.js";
import { classifyExact, publishValue } from "../../src/engine/publishValue.js";
import { getRubric, listRubrics } from "../../src/index.js";
import type { RubricDefinition, SourcedRounding } from "../../src/model/types.js";

const MAX = Number.MAX_SAFE_INTEGER;
const modes: ReadonlyArray<RoundingMode> = ["halfUp", "halfEven", "down", "up"];
const POW = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** S / (k·10^e) as the rational path holds it. */
const meanOf = (sum: number, k: number, e: number): Rational => rational(BigInt(sum), BigInt(k) * pow10(e));

/** (S, k, e) with S ≥ 0 and k·10^e safe: small counts and sums most often, and the edges. */
const meanParts = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 1, max: 100_000 }),
      fc.integer({ min: 1, max: 2 ** 40 }),
      fc.constantFrom(1, 3, 7, 9, 11, 97, 999_983, 900_719_925_474_099),
    ),
    fc.integer({ min: 0, max: 15 }),
    fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.integer({ min: 0, max: 2 ** 40 }),
      fc.integer({ min: 0, max: MAX }),
      fc.constantFrom(0, 1, MAX, MAX - 1, 10 ** 15, 10 ** 15 - 1),
    ),
  )
  .filter(([k, e]) => Number.isSafeInteger(k * (POW[e] as number)));

describe("the exact text of a mean on safe integers = the BigInt text", () => {
  it("S / (k·10^e): 40 significant digits, half-up, no trailing zeros", () => {
    fc.assert(
      fc.property(meanParts, ([k, e, sum]) => {
        if (sum === 0) return;
        expect(meanText(sum, k, e)).toBe(toDecimalTextBig(meanOf(sum, k, e)));
      }),
      { numRuns: 5000 },
    );
  });

  it("rounds up through runs of nines: S = q·k + (k − 1), r/k = 0.99…", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 10 ** 7 }),
        fc.integer({ min: 0, max: 10 ** 7 }),
        fc.integer({ min: 0, max: 8 }),
        (k, q, e) => {
          const sum = q * k + k - 1;
          expect(meanText(sum, k, e)).toBe(toDecimalTextBig(meanOf(sum, k, e)));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("carries through nines into the whole part, and keeps the zeros inside", () => {
    // 99.99…95 and longer runs of nines, means just below a whole number, zeros right after the point.
    const cases: Array<[number, number, number]> = [
      [2 * 10 ** 15 - 1, 2, 13],
      [10 ** 15 - 1, 1, 13],
      [7 * 10 ** 14 - 1, 7, 12],
      [3 * 10 ** 15 - 1, 3, 15],
      [30_001, 3, 2],
      [700_001, 7, 4],
      [199_999_999_999, 2, 9],
      [1, 3, 0],
      [2, 3, 0],
      [10_000_001, 9, 0],
    ];
    for (const [sum, k, e] of cases)
      expect(meanText(sum, k, e), `${sum}/(${k}·10^${e})`).toBe(toDecimalTextBig(meanOf(sum, k, e)));
  });
});

const builtins = listRubrics().map((r) => getRubric(r.id as never) as RubricDefinition);
const testRounding = (places: number, mode: RoundingMode): SourcedRounding => ({
  places,
  mode,
  source: { regulation: "test", confirmed: false } as SourcedRounding["source"],
});

describe("publishMean = publishValue on the rational mean", () => {
  for (const rubric of builtins) {
    const c = compiledOf(rubric);
    const official = rubric.aggregation?.rounding ?? rubric.result.rounding;
    const roundings = [official, ...[0, 1, 2, 3].flatMap((places) => modes.map((mode) => testRounding(places, mode)))];
    const lo = Number(rubric.result.min); // a test range
    const hi = Number(rubric.result.max);
    it(`${rubric.id}: value, exact, fraction, predicate, gap and band, or declined where the rational path refuses`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 40 }),
          fc.integer({ min: 0, max: 4 }),
          fc.integer({ min: -50, max: 1050 }),
          fc.integer({ min: -1000, max: 1000 }),
          fc.constantFrom(...roundings),
          (k, e, permille, jitter, rounding) => {
            // A mean near lo + permille‰ of the range (sometimes just outside it), at exponent e, nudged by jitter.
            const sum = Math.round((lo + ((hi - lo) * permille) / 1000) * k * 10 ** e) + jitter;
            const got = publishMean(c, meanPlanOf(c), sum, k, e, rounding);
            let want: ReturnType<typeof publishValue> | string;
            try {
              want = publishValue(c, meanOf(sum, k, e), rounding, ["units"]);
            } catch (err) {
              want = (err as { code?: string }).code ?? "error";
            }
            if (typeof want === "string") expect(got).toBeNull();
            else if (got !== null) {
              const { rounded: _, ...fields } = want;
              expect(got).toEqual(fields);
            }
            // Declining is allowed only without a rounding or where a figure does not fit the integers.
            if (got === null && typeof want !== "string" && rounding && rubric.predicates)
              expect(rubric.predicates.some((b) => (b.min.split(".")[1]?.length ?? 0) > rounding.places)).toBe(true);
          },
        ),
        { numRuns: 400 },
      );
    });
  }
});

describe("classify of a plain decimal on the table of integers = classifyExact on the rational", () => {
  for (const rubric of builtins.filter((r) => r.predicates && r.predicates.length > 0)) {
    it(`${rubric.id}: the same predicate, or the same error`, () => {
      const c = compiledOf(rubric);
      const hi = Number(rubric.result.max); // a test range
      fc.assert(
        fc.property(fc.integer({ min: -100, max: hi * 10_000 + 100 }), fc.integer({ min: 0, max: 4 }), (n, e) => {
          const text = (n / 10 ** e).toFixed(e);
          let want: unknown;
          try {
            want = classifyExact(c, readNumber(text, ["value"]), c.rounding, ["value"]).predicate;
          } catch (err) {
            want = (err as { code?: string }).code;
          }
          let got: unknown;
          try {
            got = classifyValue(rubric, text);
          } catch (err) {
            got = (err as { code?: string }).code;
          }
          expect(got).toEqual(want);
          const quick = classifyScaled(meanPlanOf(c), n, e, c.rounding);
          if (quick !== null) expect(quick).toBe(want);
        }),
        { numRuns: 400 },
      );
    });
  }
});

/** A plain decimal within [lo, hi] at 0–4 decimals, as a text (sometimes with trailing zeros) or a number. */
const unitIn = (lo: number, hi: number) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom("fixed", "short", "number"),
    )
    .map(([t, places, form]): string | number => {
      const v = lo + ((hi - lo) * t) / 10_000;
      const fixed = v.toFixed(places);
      const inside = Number(fixed) < lo ? lo.toFixed(places) : Number(fixed) > hi ? hi.toFixed(places) : fixed;
      return form === "fixed" ? inside : form === "number" ? Number(inside) : String(Number(inside));
    });

describe("aggregate of plain decimals = the rational oracle, on every built-in rubric", () => {
  for (const rubric of builtins) {
    const lo = Number(rubric.result.min);
    const hi = Number(rubric.result.max);
    const options = rubric.aggregation ? {} : ({ strategy: "mean" } as const);
    it(`${rubric.id}: every published field, the echo, from a generator and without the echo`, () => {
      fc.assert(
        fc.property(fc.array(unitIn(lo, hi), { minLength: 1, maxLength: 30 }), (units) => {
          const c = compiledOf(rubric);
          let want: unknown;
          let oracle: ReturnType<typeof publishValue> | null = null;
          let sum: Rational = rational(0n);
          for (const u of units) sum = sumOf(sum, readNumber(u, ["units"]));
          const mean = rational(sum.n, sum.d * BigInt(units.length));
          try {
            oracle = publishValue(c, mean, rubric.aggregation?.rounding ?? rubric.result.rounding, ["units"]);
          } catch (err) {
            want = (err as { code?: string }).code;
          }
          let got: ReturnType<typeof aggregateUnits> | null = null;
          try {
            got = aggregateUnits(rubric, units, options);
          } catch (err) {
            expect((err as { code?: string }).code).toBe(want);
            return;
          }
          expect(oracle).not.toBeNull();
          const p = oracle as ReturnType<typeof publishValue>;
          expect([got.value, got.exact, got.exactFraction, got.mean, got.predicate, got.gap]).toEqual([
            p.value,
            p.exact,
            p.exactFraction,
            toDecimalTextBig(mean),
            p.predicate,
            p.gap,
          ]);
          expect(got.units).toEqual(
            units.map((u, index) => ({ index, value: toDecimalTextBig(readNumber(u, [])), basis: "given" })),
          );
          const lean = aggregateUnits(
            rubric,
            (function* () {
              yield* units;
            })(),
            { ...options, detail: "none" },
          );
          expect(Object.keys(lean)).toEqual([
            ...Object.keys(got).slice(0, 12),
            "detail",
            ...Object.keys(got).slice(12),
          ]);
          expect({ ...lean, units: got.units, detail: undefined }).toEqual({ ...got, detail: undefined });
        }),
        { numRuns: 150 },
      );
    });
  }
});

const sumOf = (a: Rational, b: Rational): Rational => rational(a.n * b.d + b.n * a.d, a.d * b.d);
