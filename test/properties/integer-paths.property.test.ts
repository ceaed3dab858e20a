/**
 * The safe-integer paths of issue #11 against the BigInt (rational) paths they stand in for, field by field:
 * the core twins (decimal text, fraction, rounding, parsing), the aggregate of plain decimals, classify, the
 * scoring of leaf ratios (SKM sums), the IKM from sums, capaian, and the fast score path with requirements and
 * every breakdown detail. The oracle side never takes an integer path.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capaianOf, capaianOnIntegers } from "../../src/capaian/capaian.js";
import { readCapaianInput } from "../../src/capaian/capaianInput.js";
import { longDivisionText, toDecimalText, toDecimalTextBig } from "../../src/core/decimalText.js";
import { formatRational, type Rational, rational } from "../../src/core/rational.js";
import type { RoundingMode } from "../../src/core/rounding.js";
import { pow10, roundRatio } from "../../src/core/roundRatio.js";
import {
  POW10,
  ratioFraction,
  ratioText,
  roundRatioSafe,
  roundScaled,
  scaledOf,
  scaledToFixed,
  scaledToString,
} from "../../src/core/scaled.js";
import { aggregateUnits } from "../../src/engine/aggregateUnits.js";
import { classifyValue } from "../../src/engine/classifyValue.js";
import { compiledOf } from "../../src/engine/compiled.js";
import { fixedText, fractionText, hotPlanOf, roundedScaled, scaledText, scoreHot } from "../../src/engine/fastCall.js";
import { scoreRatios, scoreValues } from "../../src/engine/internal.js";
import { MAX_COMPARED_DIGITS, readNumber } from "../../src/engine/numbers.js";
import { classifyExact, publishValue } from "../../src/engine/publishValue.js";
import { scoreRatiosOnIntegers } from "../../src/engine/ratioScore.js";
import { scoreExact, scoreRubric } from "../../src/engine/scoreRubric.js";
import { defineRubric, isKinerjaError, listIndicators } from "../../src/index.js";
import type { RubricDefinition } from "../../src/model/types.js";
import { ombudsman2021v2, ombudsman2024v2 } from "../../src/schemes/ombudsman/index.js";
import { pekppp2017v2, pekppp2022v2 } from "../../src/schemes/pekppp/index.js";
import { sakip2021 } from "../../src/schemes/sakip/index.js";
import { ikmFromNrr, ikmFromSums } from "../../src/schemes/skm/compute.js";
import { skm2017, skm2017v2 } from "../../src/schemes/skm/index.js";
import { group, leaf, testSource, tinyRubric } from "../support/tinyRubric.js";

const MAX = Number.MAX_SAFE_INTEGER;
const big = (n: number, d: number): Rational => rational(BigInt(n), BigInt(d));
const modes: ReadonlyArray<RoundingMode> = ["halfUp", "halfEven", "down", "up"];

/** Safe integers of every size, the small and the edge ones more often. */
const anyInt = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
  fc.integer({ min: -MAX, max: MAX }),
  fc.constantFrom(0, 1, -1, MAX, -MAX, 10 ** 15, 2 ** 52),
);
const anyDen = fc.oneof(
  fc.integer({ min: 1, max: 1000 }),
  fc.integer({ min: 1, max: 2 ** 31 }),
  fc.integer({ min: 1, max: Math.floor(MAX / 10) }),
  fc.constantFrom(3, 7, 9, 144, 400, 3600, 10 ** 9, 999_999_937, 900_719_925_474_099),
);

describe("core twins on safe integers = the BigInt originals", () => {
  it("decimal text (40 significant digits, half-up), fraction and rounding of num/den", () => {
    fc.assert(
      fc.property(anyInt, anyDen, fc.integer({ min: 0, max: 6 }), fc.constantFrom(...modes), (n, d, places, mode) => {
        const r = big(n, d);
        const text = toDecimalTextBig(r);
        expect(longDivisionText(n, d)).toBe(text);
        expect(ratioText(n, d)).toBe(text);
        expect(toDecimalText(r)).toBe(text);
        expect(ratioFraction(n, d)).toBe(formatRational(r));
        const m = roundRatioSafe(n, d, { places, mode });
        if (m !== undefined) expect(BigInt(m)).toBe(roundRatio(BigInt(n), BigInt(d), { places, mode }));
        else expect(Number.isSafeInteger(n * 10 ** places)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("a number or decimal text read as n/10^e is the exact value the one parser reads", () => {
    const decimalText = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 16n }), fc.integer({ min: 0, max: 8 }))
      .map(([neg, digits, e]) => {
        const s = digits.toString().padStart(e + 1, "0");
        const text = e === 0 ? s : `${s.slice(0, s.length - e)}.${s.slice(s.length - e)}`;
        return neg ? `-${text}` : text;
      });
    fc.assert(
      fc.property(fc.oneof(decimalText, fc.double({ noNaN: true }), fc.integer()), (value) => {
        const got = scaledOf(value);
        if (got === undefined) return;
        expect(Number.isSafeInteger(got.n)).toBe(true);
        const exact = readNumber(value, ["value"], MAX_COMPARED_DIGITS);
        expect(rational(BigInt(got.n), pow10(got.e))).toEqual(exact);
      }),
      { numRuns: 3000 },
    );
  });
});

/** Published 2-decimal unit values within 0–100, as texts or numbers, sometimes with fewer decimals. */
const unitValue = fc
  .tuple(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom("text", "number", "short"))
  .map(([cents, form]): string | number => {
    const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
    return form === "text" ? text : form === "number" ? cents / 100 : String(cents / 100);
  });

describe("aggregate of plain decimals on safe integers = the rational publish step", () => {
  for (const rubric of [ombudsman2024v2, pekppp2022v2] as RubricDefinition[]) {
    const max = rubric === pekppp2022v2 ? 500 : 10_000;
    const value = fc.integer({ min: 0, max }).map((c) => (c / 100).toFixed(2));
    it(`${rubric.id}: value, exact, fraction, mean, predicate and gap`, () => {
      fc.assert(
        fc.property(fc.array(rubric === pekppp2022v2 ? value : unitValue, { minLength: 1, maxLength: 40 }), (units) => {
          const got = aggregateUnits(rubric, units);
          // The oracle: Σ exact values over n, published on rationals.
          const c = compiledOf(rubric);
          let sum: Rational = rational(0n);
          for (const u of units) {
            const v = readNumber(u, ["units"]);
            sum = rational(sum.n * v.d + v.n * sum.d, sum.d * v.d);
          }
          const mean = rational(sum.n, sum.d * BigInt(units.length));
          const p = publishValue(c, mean, rubric.aggregation?.rounding ?? rubric.result.rounding, ["units"]);
          expect([got.value, got.exact, got.exactFraction, got.mean, got.predicate, got.gap]).toEqual([
            p.value,
            p.exact,
            p.exactFraction,
            toDecimalTextBig(mean),
            p.predicate,
            p.gap,
          ]);
          expect(got.units.map((e) => e.value)).toEqual(units.map((u) => toDecimalTextBig(readNumber(u, []))));
          // The same from a generator, and without the echo.
          const lean = aggregateUnits(
            rubric,
            (function* () {
              yield* units;
            })(),
            { detail: "none" },
          );
          expect({ ...lean, units: got.units, detail: undefined }).toEqual({ ...got, detail: undefined });
        }),
        { numRuns: 400 },
      );
    });
  }

  it("classify on safe integers = classifyExact on the rational", () => {
    for (const rubric of [ombudsman2024v2, ombudsman2021v2, pekppp2022v2, skm2017v2, sakip2021] as RubricDefinition[]) {
      const c = compiledOf(rubric);
      const top = Number(rubric.result.max) * 10_000; // not-a-score: a test range
      fc.assert(
        fc.property(fc.integer({ min: 0, max: top }), fc.integer({ min: 0, max: 4 }), (n, e) => {
          const text = (n / 10 ** e).toFixed(e);
          const v = readNumber(text, ["value"]);
          let want: unknown;
          try {
            want = classifyExact(c, v, c.rounding, ["value"]).predicate;
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
        }),
        { numRuns: 500 },
      );
    }
  });
});

describe("scoring from leaf ratios (SKM sums) on safe integers = scoreValues on rationals", () => {
  for (const rubric of [skm2017, skm2017v2] as RubricDefinition[]) {
    const leaves = listIndicators(rubric);
    it(`${rubric.id}: every field of the result, and the IKM from sums = the IKM from NRRs`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 1, max: 2000 }), { minLength: leaves.length, maxLength: leaves.length }),
          fc.array(fc.integer({ min: 1, max: 4 }), { minLength: leaves.length, maxLength: leaves.length }),
          fc.boolean(),
          (given, answers, complete) => {
            // Complete rows (every element answered by all) are the common survey; otherwise counts differ.
            const counts = complete ? given.map(() => given[0] as number) : given;
            // sums within 1..4 per answer: count × an answer level, nudged inside the range
            const sums = counts.map((n, i) => Math.min(4 * n, n * (answers[i] as number) + (n > 1 ? 1 : 0)));
            const quick = scoreRatiosOnIntegers(rubric, sums, counts);
            if (complete) expect(quick).not.toBeNull();
            const values = Object.fromEntries(
              leaves.map((l, i) => [l.code, big(sums[i] as number, counts[i] as number)]),
            );
            const exact = scoreValues(rubric, values, ["rows"]);
            if (quick) expect(quick.result).toEqual(exact.result);
            expect(scoreRatios(rubric, sums, counts, ["rows"]).result).toEqual(exact.result);
            const nrr = new Map(leaves.map((l, i) => [l.code, big(sums[i] as number, counts[i] as number)]));
            expect(ikmFromSums(rubric, sums, counts, ["rows"])).toEqual({
              incomplete: [],
              ...ikmFromNrr(
                rubric,
                nrr,
                {},
                {
                  answered: new Map(leaves.map((l, i) => [l.code, counts[i] as number])),
                  sums: new Map(leaves.map((l, i) => [l.code, BigInt(sums[i] as number)])),
                  path: ["rows"],
                },
              ),
            });
          },
        ),
        { numRuns: 300 },
      );
    });
  }
});

describe("capaian on safe integers = the exact path", () => {
  const amount = fc.oneof(
    fc.integer({ min: -5000, max: 100_000 }),
    fc.integer({ min: -500_000, max: 10_000_000 }).map((c) => c / 100),
    fc.integer({ min: 0, max: 10 ** 9 }).map((c) => (c / 1000).toFixed(3)),
  );
  it("every field of the result, for both polarities and formulas", () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        fc.constantFrom(
          { polarity: "higherIsBetter" },
          { polarity: "lowerIsBetter" },
          { polarity: "lowerIsBetter", formula: "2T-R" },
          { polarity: "lowerIsBetter", formula: "T/R" },
        ),
        (target, realisasi, how) => {
          const input = { target, realisasi, ...how };
          const quick = capaianOnIntegers(input);
          if (quick === null) return;
          expect(quick.result).toEqual(capaianOf(readCapaianInput(input, [])));
          expect(big(quick.num, quick.den)).toEqual(
            rational(...((quick.result.exactFraction as string).split("/").map((x) => BigInt(x)) as [bigint, bigint?])),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("the fast score path = the exact path, with requirements and every breakdown detail", () => {
  const grades = ["AA", "A", "BB", "B", "CC", "C", "D", "E"];
  const codes = listIndicators(sakip2021).map((i) => i.code);
  it("sakip@2021.1 (minimum requirements, stated or not)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...grades), { minLength: codes.length, maxLength: codes.length }),
        fc.option(fc.subarray((sakip2021.requirements ?? []).map((r) => r.code))),
        fc.constantFrom("compact", "full", "none" as const),
        (picked, unmet, detail) => {
          const input = {
            answers: Object.fromEntries(codes.map((c, i) => [c, picked[i] as string])),
            ...(unmet === null ? {} : { unmetRequirements: unmet }),
          };
          expect(scoreRubric(sakip2021, input, { detail })).toEqual(scoreExact(sakip2021, input, { detail }));
        },
      ),
      { numRuns: 300 },
    );
  });
  it("pekppp@2022.2 and pekppp@2017.2 (the latter on the exact path): compact = full without labels and sources", () => {
    for (const rubric of [pekppp2022v2, pekppp2017v2] as RubricDefinition[]) {
      const leaves = listIndicators(rubric).map((i) => i.code);
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 5 }), { minLength: leaves.length, maxLength: leaves.length }),
          (a) => {
            const input = { answers: Object.fromEntries(leaves.map((c, i) => [c, a[i] as number])) };
            const compact = scoreRubric(rubric, input);
            const full = scoreRubric(rubric, input, { detail: "full" });
            const none = scoreRubric(rubric, input, { detail: "none" });
            expect(compact).toEqual(scoreExact(rubric, input));
            expect(full).toEqual(scoreExact(rubric, input, { detail: "full" }));
            expect(full.breakdown.map(({ label: _l, source: _s, ...rest }) => rest)).toEqual(compact.breakdown);
            expect({ ...none, breakdown: compact.breakdown, detail: undefined }).toEqual({
              ...compact,
              detail: undefined,
            });
          },
        ),
        { numRuns: 100 },
      );
    }
  });
});

describe("the hot path of score (one pass over the leaves) = the exact path", () => {
  it("its texts and rounding on integer steps = the core twins, for every size of integer and exponent", () => {
    fc.assert(
      fc.property(
        anyInt,
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...modes),
        (n, e, places, mode) => {
          expect(scaledText(n, e)).toBe(scaledToString(n, e));
          expect(fractionText(n, e)).toBe(ratioFraction(n, POW10[e] as number));
          // (the fast path proves n × 10^(places − e) stays safe before it rounds)
          if (Number.isSafeInteger(n * 10 ** Math.max(0, places - e))) {
            expect(roundedScaled(n, e, { places, mode })).toBe(roundScaled(n, e, { places, mode }));
            const m = roundScaled(n, e, { places, mode });
            expect(fixedText(m, places)).toBe(scaledToFixed(m, places));
          }
          expect(fixedText(n, Math.min(e, 9))).toBe(scaledToFixed(n, Math.min(e, 9)));
        },
      ),
      { numRuns: 5000 },
    );
    for (const n of [0, -0, 1, -1, 10, -10, 0x3fffffff, -0x3fffffff, 0x40000000, 2 ** 52, -(2 ** 52)])
      for (let e = 0; e <= 15; e++) {
        expect(scaledText(n, e)).toBe(scaledToString(n, e));
        expect(fractionText(n, e)).toBe(ratioFraction(n, POW10[e] as number));
      }
  });

  /** What score and the exact path give: the result, or the error's code, path and message. */
  const outcome = (f: () => unknown): unknown => {
    try {
      return f();
    } catch (e) {
      if (!isKinerjaError(e)) throw e;
      return { code: e.code, path: e.path, message: e.message };
    }
  };
  /** An answer as a caller may give it: mostly plain, sometimes in a form the hot path hands on. */
  const answerOf = (max: number) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max }) },
      { weight: 3, arbitrary: fc.integer({ min: 0, max }).map(String) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<unknown>(
          -0,
          "-0",
          "4.0",
          "04",
          6,
          -1,
          2.5,
          "",
          " 4",
          "x",
          null,
          undefined,
          true,
          {},
          [],
          Number.NaN,
          "٤",
        ),
      },
    );

  for (const rubric of [pekppp2022v2, sakip2021] as RubricDefinition[]) {
    const leaves = listIndicators(rubric);
    const answer =
      rubric === sakip2021
        ? fc.oneof(
            { weight: 9, arbitrary: fc.constantFrom<unknown>("AA", "A", "BB", "B", "CC", "C", "D", "E") },
            { weight: 1, arbitrary: fc.constantFrom<unknown>("a", "F", 3, null, "AA ") },
          )
        : answerOf(5);
    it(`${rubric.id}: results and errors field for field, any answer form, key order, missing or extra key`, () => {
      const plan = hotPlanOf(rubric);
      expect(plan).not.toBeNull();
      fc.assert(
        fc.property(
          fc.array(answer, { minLength: leaves.length, maxLength: leaves.length }),
          fc.constantFrom("official", "reversed", "shuffled"),
          fc.constantFrom("none", "drop", "extra", "undefined"),
          fc.constantFrom("compact", "full", "none" as const),
          fc.integer({ min: 0, max: leaves.length - 1 }),
          (values, order, change, detail, at) => {
            let pairs: Array<[string, unknown]> = leaves.map((l, i) => [l.code, values[i]]);
            if (order === "reversed") pairs.reverse();
            if (order === "shuffled")
              pairs = pairs
                .map((p, i) => [p, (i * 7 + at) % pairs.length] as const)
                .sort((a, b) => a[1] - b[1])
                .map((p) => p[0]);
            if (change === "drop") pairs.splice(at, 1);
            if (change === "extra") pairs.splice(at, 0, ["not-an-indicator", 3]);
            if (change === "undefined") pairs[at] = [pairs[at]?.[0] as string, undefined];
            const input = { answers: Object.fromEntries(pairs) };
            const want = outcome(() => scoreExact(rubric, input, { detail }));
            expect(outcome(() => scoreRubric(rubric, input, { detail }))).toEqual(want);
            // The plain forms are the hot path's own (and give what the exact path gives, above).
            const plain =
              change === "none" &&
              values.every((v) =>
                rubric === sakip2021
                  ? typeof v === "string" && /^(AA|A|BB|B|CC|C|D|E)$/.test(v)
                  : (typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 5) ||
                    (typeof v === "string" && /^[0-5]$/.test(v)),
              );
            if (plain && plan) {
              const hot = scoreHot(plan, input, detail);
              expect(hot).not.toBeNull();
              expect(hot).toEqual(want);
            }
          },
        ),
        { numRuns: 600 },
      );
    });
  }
});

describe("the hot path with answers at several decimals under one group (aligned to one exponent)", () => {
  const band = (code: string, min: string, max: string, first = false) => ({
    code,
    label: { id: code },
    min,
    minInclusive: first,
    max,
    maxInclusive: true,
    source: testSource,
  });
  const mixed = defineRubric(
    tinyRubric(
      [
        group("G", "60", [leaf("a", "50", "int5"), leaf("b", "30", "dec2"), leaf("c", "20", "dec1")], {
          childWeightTotal: "100",
        }),
        leaf("d", "40", "half"),
      ],
      {
        scales: {
          int5: { kind: "integer", min: 0, max: 5, source: testSource },
          dec2: { kind: "decimal", min: "0", max: "5", places: 2, source: testSource },
          dec1: { kind: "decimal", min: "0", max: "5", places: 1, source: testSource },
          half: {
            kind: "options",
            options: [
              { code: "hi", value: "5" },
              { code: "mid", value: "2.5" },
              { code: "lo", value: "0" },
            ],
            source: testSource,
          },
        },
        result: { min: "0", max: "5", rounding: { places: 2, mode: "halfEven", source: testSource } },
        predicates: [band("low", "0", "2.5", true), band("mid", "2.5", "4"), band("high", "4", "5")],
      },
    ),
  );
  const cents = (max: number, places: number) =>
    fc
      .integer({ min: 0, max: max * 10 ** places })
      .chain((n) => fc.constantFrom<string | number>((n / 10 ** places).toFixed(places), n / 10 ** places));

  it("results field for field, every detail; the plain forms take the hot path", () => {
    const plan = hotPlanOf(mixed);
    expect(plan).not.toBeNull();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        cents(5, 2),
        cents(5, 1),
        fc.constantFrom("hi", "mid", "lo"),
        fc.constantFrom("compact", "full", "none" as const),
        (a, b, c, d, detail) => {
          const input = { answers: { a, b, c, d } };
          const want = scoreExact(mixed, input, { detail });
          expect(scoreRubric(mixed, input, { detail })).toEqual(want);
          if (plan) expect(scoreHot(plan, input, detail)).toEqual(want);
        },
      ),
      { numRuns: 500 },
    );
  });
});
