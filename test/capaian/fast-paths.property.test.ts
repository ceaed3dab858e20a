/**
 * The fast paths of kinerja/capaian against the general ones they stand in for, field by field:
 *
 * - `scaledAmount` (a number's decimals without printing it) = `scaledOf`;
 * - `figureOfRatio`, `figure` and `delta` (texts on safe integers, long division in chunks; large fractions with
 *   their integer part taken apart) = the core's texts on BigInt (roundRatio, toDecimalTextBig, formatRational);
 * - `meanOfRatios` and `difference` (gcds with one small side) = sums and differences on `rational()`;
 * - `opdQuarter` (one guarded pass, safe integers) = `opdQuarterExact` (snapshot + readOpdQuarter, every figure on
 *   BigInt rationals), results and errors alike;
 * - `rankOpds` on results computed here (the recorded exact values) = `rankOpds` on their JSON (everything parsed
 *   again), also after a result was edited;
 * - `kriteriaCapaian(figure)` on safe integers = the general path.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scaledAmount } from "../../src/capaian/amount.js";
import { difference, meanOfRatios } from "../../src/capaian/exactSum.js";
import { delta, figure, figureOfRatio } from "../../src/capaian/figure.js";
import {
  kriteriaCapaian,
  type OpdQuarterInput,
  type OpdQuarterOptions,
  opdQuarter,
  rankOpds,
} from "../../src/capaian/index.js";
import { opdQuarterExact } from "../../src/capaian/quarter.js";
import { toDecimalTextBig } from "../../src/core/decimalText.js";
import { isKinerjaError } from "../../src/core/errors.js";
import { withLimits } from "../../src/core/limits.js";
import { add, formatRational, mul, type Rational, rational } from "../../src/core/rational.js";
import { roundRatio } from "../../src/core/roundRatio.js";
import { scaledOf } from "../../src/core/scaled.js";

const MAX = Number.MAX_SAFE_INTEGER;
const big = (n: number, d: number): Rational => rational(BigInt(n), BigInt(d));

/** The outcome of a call: its result as JSON, or the error's code, path and rule. */
function outcome(fn: () => unknown): unknown {
  try {
    return { result: JSON.parse(JSON.stringify(fn())) };
  } catch (e) {
    if (!isKinerjaError(e)) throw e;
    return { code: e.code, path: e.path, rule: e.rule, message: e.message };
  }
}

describe("scaledAmount = scaledOf", () => {
  const decimals = fc
    .tuple(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), fc.integer({ min: 0, max: 17 }))
    .map(([n, e]) => n / 10 ** e);
  it("numbers: decimals of every length, any double, the edges of plain notation", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          decimals,
          fc.double(),
          fc.double({ min: -1e16, max: 1e16 }),
          fc.double({ min: 1e-8, max: 1e-5 }),
          fc.constantFrom(1e-6, 9.99999e-7, 1e-7, 0.000001, 0.0000015, 1e15, 1e15 - 0.5, 999999999999999.9, -0, 0.1),
          fc.constantFrom(0.1 + 0.2, 1 / 3, 2 / 3, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 123456789.12345678),
        ),
        (v) => {
          expect(scaledAmount(v)).toEqual(scaledOf(v));
        },
      ),
      { numRuns: 20_000 },
    );
  }, 60_000);
  it("anything else is scaledOf's answer", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), decimals.map(String), fc.constant(null), fc.boolean()), (v) => {
        expect(scaledAmount(v)).toEqual(scaledOf(v));
      }),
    );
  });
});

/** The three texts the way the core gives them, on BigInt alone (the oracle of every figure path). */
function oracle(r: Rational, plus = false) {
  const m = roundRatio(r.n, r.d, { places: 2, mode: "halfUp" });
  const digits = (m < 0n ? -m : m).toString().padStart(3, "0");
  const body = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return {
    value: m < 0n ? `-${body}` : plus && m > 0n ? `+${body}` : body,
    exact: toDecimalTextBig(r),
    exactFraction: formatRational(r),
  };
}

describe("figures = the core's texts on BigInt", () => {
  const num = fc.oneof(
    fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
    fc.integer({ min: -MAX, max: MAX }),
    fc.constantFrom(0, 1, -1, MAX, -MAX, 99_999_999_999_995, 12_345),
  );
  const den = fc.oneof(
    fc.integer({ min: 1, max: 10_000 }),
    fc.integer({ min: 1, max: 9_007_199 }),
    fc.integer({ min: 1, max: Math.floor(MAX / 100) }),
    fc.constantFrom(1, 3, 7, 9, 149, 3725, 4096, 9_007_199, 9_007_200, 999_999_937),
  );
  it("figureOfRatio: value, exact (40 significant digits, half-up, carries) and fraction", () => {
    fc.assert(
      fc.property(num, den, (n, d) => {
        const quick = figureOfRatio(n, d);
        const r = big(n, d);
        if (quick !== undefined) expect(quick).toEqual(oracle(r));
        expect(figure(r)).toEqual(oracle(r));
        expect(delta(r)).toEqual(oracle(r, true));
      }),
      { numRuns: 20_000 },
    );
  }, 60_000);
  it("figure and delta of large fractions (means of capaian, their changes)", () => {
    const bigInt = (digits: number) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: digits }).map((ds) => BigInt(ds.join("")));
    fc.assert(
      fc.property(
        bigInt(90),
        bigInt(80),
        fc.boolean(),
        fc.integer({ min: 0, max: 10 ** 6 }),
        (a, b, negative, whole) => {
          const d = b === 0n ? 7n : b;
          // a whole part in the safe range (the common case) or anything
          const n = (BigInt(whole) * d + (a % d)) * (negative ? -1n : 1n);
          for (const r of [rational(n, d), rational(a * (negative ? -1n : 1n), d)]) {
            expect(figure(r)).toEqual(oracle(r));
            expect(delta(r)).toEqual(oracle(r, true));
          }
        },
      ),
      { numRuns: 3_000 },
    );
  }, 60_000);
  it("carries through nines", () => {
    for (const [n, d] of [
      [999_999_999_999, 1_000_000_000_001],
      [9_999_999, 1_000_001],
      [2_000_000, 2_000_001],
      [199, 2],
    ] as const) {
      expect(figureOfRatio(n * 10, d)).toEqual(oracle(big(n * 10, d)));
      const r = rational(10n ** 45n - 1n, 10n ** 44n + 3n);
      expect(figure(r)).toEqual(oracle(r));
    }
  });
});

describe("exact sums on small factors = rational arithmetic", () => {
  const fraction = fc.tuple(
    fc.integer({ min: -(10 ** 9), max: 10 ** 9 }),
    fc.oneof(fc.integer({ min: 1, max: 50_000 }), fc.integer({ min: 1, max: 2 ** 40 })),
  );
  const reduced = ([n, d]: [number, number]) => {
    const r = big(n, d);
    return [Number(r.n), Number(r.d)] as const;
  };
  it("meanOfRatios", () => {
    fc.assert(
      fc.property(
        fc.array(fraction, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 3 }),
        (list, extra) => {
          const parts = list.map(reduced);
          const count = parts.length + extra;
          const got = meanOfRatios(
            parts.map((p) => p[0]),
            parts.map((p) => p[1]),
            count,
          );
          let sum = rational(0n);
          for (const [n, d] of parts) sum = add(sum, big(n, d));
          const want = mul(sum, rational(1n, BigInt(count)));
          if (got === null) return;
          if ("num" in got) expect(big(got.num, got.den)).toEqual(want);
          else expect({ n: got.n, d: got.d }).toEqual(want);
        },
      ),
    );
  });
  it("difference of two means (and of plain rationals)", () => {
    const mean = fc.array(fraction, { minLength: 1, maxLength: 25 }).map((list) => {
      const parts = list.map(reduced);
      const got = meanOfRatios(
        parts.map((p) => p[0]),
        parts.map((p) => p[1]),
        parts.length,
      );
      return got === null ? null : "num" in got ? big(got.num, got.den) : got;
    });
    fc.assert(
      fc.property(mean, mean, (a, b) => {
        if (a === null || b === null) return;
        const want = add(a, mul(b, rational(-1n)));
        expect(difference(a, b)).toEqual(want);
        expect(difference({ n: a.n, d: a.d }, { n: b.n, d: b.d })).toEqual(want);
      }),
    );
  });
});

/** A budget line figure: whole rupiah, cents, a decimal text, rarely a huge or odd one (the general path). */
const rupiah = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5_000 }).map((n) => n * 1_000_000) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10 ** 9 }).map((n) => n / 100) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10 ** 7 }).map((n) => String(n)) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1e21, "123456789012345678901", 5e-7, 4_000_000_000_000_000) },
);
const fisik = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 100 }).map(String),
  fc.constantFrom(0, 100, "33.333", 12.5),
);
const line = fc.record({
  pagu: rupiah,
  share: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  fisik: fc.option(fisik, { nil: null }),
  named: fc.boolean(),
});
/** An indicator figure: mostly numbers with up to 2 decimals, sometimes decimal texts, rarely odd ones. */
const figureIn = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -50_000, max: 200_000 }).map((n) => n / 100) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 400 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10 ** 6 }).map((n) => (n / 1000).toFixed(3)) },
  { weight: 1, arbitrary: fc.constantFrom(0, -5, 1e-7, 1e21, "0.000001", "12345678901234567", 2 ** 53) },
);
const indicator = fc.record({
  target: fc.oneof(
    { weight: 8, arbitrary: fc.option(figureIn, { nil: null, freq: 12 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 50 }))
        .map(([a, b]) => ({ min: a, max: a + b })),
    },
  ),
  realisasi: fc.option(figureIn, { nil: null, freq: 12 }),
  how: fc.constantFrom<Record<string, string>>(
    { polarity: "higherIsBetter" },
    { polarity: "higherIsBetter" },
    { polarity: "lowerIsBetter" },
    { polarity: "lowerIsBetter", formula: "T/R" },
    { polarity: "lowerIsBetter", formula: "2T-R" },
  ),
  cap: fc.oneof(
    { weight: 8, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(110, "120") },
  ),
  name: fc.option(fc.constantFrom("Angka kemiskinan", "IPM"), { nil: undefined }),
});
const report = fc
  .record({
    lines: fc.option(fc.array(line, { maxLength: 6 }), { nil: null }),
    indicators: fc.option(fc.array(indicator, { maxLength: 24 }), { nil: undefined }),
    triwulan: fc.constantFrom(1, 2, 3, 4),
    named: fc.boolean(),
  })
  .map(({ lines, indicators, triwulan, named }): OpdQuarterInput => {
    const input: Record<string, unknown> = {
      opd: "1.02.01",
      ...(named ? { name: "Dinas Kesehatan" } : {}),
      period: { kind: "triwulan", year: 2024, triwulan },
      subKegiatan:
        lines === null
          ? null
          : lines.map((l, i) => {
              const pagu = l.pagu;
              // realisasi = pagu × share / 8 where pagu is a plain number; else the pagu itself or nothing
              const realisasi =
                l.share === null ? null : typeof pagu === "number" && pagu < 1e15 ? (pagu * l.share) / 8 : pagu;
              return {
                id: `SK${i}`,
                ...(l.named ? { name: `Sub-kegiatan ${i}` } : {}),
                pagu,
                realisasi,
                fisik: l.fisik,
              };
            }),
    };
    if (indicators !== undefined)
      input.indicators = indicators.map((ind, k) => {
        const polarity = ind.target !== null && typeof ind.target === "object" ? "range" : ind.how.polarity;
        return {
          code: `IK${k}`,
          ...(ind.name === undefined ? {} : { name: ind.name }),
          target: ind.target,
          realisasi: ind.realisasi,
          polarity,
          ...(polarity === "lowerIsBetter" && ind.how.formula !== undefined ? { formula: ind.how.formula } : {}),
          ...(ind.cap === undefined ? {} : { cap: ind.cap }),
        };
      });
    return input as unknown as OpdQuarterInput;
  });
const options = fc.constantFrom<OpdQuarterOptions | undefined>(
  undefined,
  {},
  { physical: "unweightedMean" },
  { physical: "paguWeighted" },
);

describe("opdQuarter = the general path on BigInt rationals", () => {
  it("every field, on valid and invalid reports", () => {
    fc.assert(
      fc.property(report, options, (input, opts) => {
        expect(outcome(() => opdQuarter(input, opts))).toEqual(outcome(() => opdQuarterExact(input, opts)));
      }),
      { numRuns: 500 },
    );
  }, 120_000);

  /** One field of a valid report replaced: the same error (code, path, rule, message), or the same result. */
  // biome-ignore lint/suspicious/noExplicitAny: the edits reach into an input of any shape
  type Loose = Record<string, any>;
  const broken: ReadonlyArray<[string, (i: Loose) => void]> = [
    ["an unknown field", (i) => (i.extra = 1)],
    ["a typo in a line", (i) => (i.subKegiatan[0].realisation = 5)],
    ["a negative pagu", (i) => (i.subKegiatan[0].pagu = -1)],
    ["realisasi above pagu", (i) => (i.subKegiatan[1].realisasi = i.subKegiatan[1].pagu + 1)],
    ["fisik above 100", (i) => (i.subKegiatan[0].fisik = 100.5)],
    ["a duplicate line id", (i) => (i.subKegiatan[1].id = "SK0")],
    ["an empty id", (i) => (i.subKegiatan[0].id = "")],
    ["a NaN pagu", (i) => (i.subKegiatan[0].pagu = Number.NaN)],
    ["a comma decimal", (i) => (i.subKegiatan[0].fisik = "12,5")],
    ["a duplicate code", (i) => (i.indicators[1].code = "IK0")],
    ["an unknown polarity", (i) => (i.indicators[0].polarity = "up")],
    ["a formula on higher is better", (i) => (i.indicators[0].formula = "T/R")],
    ["a cap below 100", (i) => (i.indicators[0].cap = 90)],
    ["a band upside down", (i) => (i.indicators[0].target = { min: 9, max: 1 })],
    ["a band with a third field", (i) => (i.indicators[0].target = { min: 1, max: 2, mid: 1 })],
    ["an array target", (i) => (i.indicators[0].target = [1, 2])],
    ["a period of another kind", (i) => (i.period = { kind: "year", year: 2024 })],
    ["a year out of range", (i) => (i.period.year = 1999)],
    ["a period with a typo", (i) => (i.period.triwulans = 2)],
    ["a line that is null", (i) => (i.subKegiatan[0] = null)],
    ["indicators that are not an array", (i) => (i.indicators = { IK0: 1 })],
    ["a hole", (i) => delete i.indicators[1]],
    ["a getter that throws", (i) => Object.defineProperty(i.subKegiatan[0], "pagu", { get: boom, enumerable: true })],
    ["a text beyond the text limit", (i) => (i.indicators[0].name = "x".repeat(2_000))],
    ["a cycle", (i) => (i.subKegiatan[0].pagu = i)],
    ["an inherited field only", (i) => (i.indicators[0] = Object.create({ ...i.indicators[0] }))],
  ];
  const boom = (): never => {
    throw new Error("hostile getter");
  };
  it.each(broken)("%s", (_what, edit) => {
    const valid = (): Loose => ({
      opd: "A",
      period: { kind: "triwulan", year: 2024, triwulan: 2 },
      subKegiatan: [
        { id: "SK0", pagu: 1000, realisasi: 250, fisik: 40 },
        { id: "SK1", pagu: 3000.5, realisasi: "1000.25", fisik: 12.5 },
      ],
      indicators: [
        { code: "IK0", target: 80, realisasi: 72.5, polarity: "higherIsBetter" },
        { code: "IK1", target: "7", realisasi: 6.5, polarity: "lowerIsBetter" },
      ],
    });
    const a = valid();
    const b = valid();
    edit(a);
    edit(b);
    expect(outcome(() => opdQuarter(a as never))).toEqual(outcome(() => opdQuarterExact(b as never)));
  });

  it("under small limits: the same errors (units, text, depth)", () => {
    const input = (): OpdQuarterInput => ({
      opd: "A",
      period: { kind: "triwulan", year: 2024, triwulan: 2 },
      subKegiatan: Array.from({ length: 6 }, (_, i) => ({ id: `SK${i}`, pagu: 100, realisasi: 50, fisik: 10 })),
      indicators: [
        { code: "IK0", target: { min: 1, max: 2 }, realisasi: 3, polarity: "range" },
        { code: "IK1", target: 5, realisasi: "4.5", polarity: "higherIsBetter" },
      ],
    });
    for (const limits of [
      { units: 1 },
      { units: 3 },
      { text: 5 },
      { text: 12 },
      { depth: 2 },
      { depth: 3 },
      { answers: 2 },
    ])
      expect(withLimits(limits, () => outcome(() => opdQuarter(input())))).toEqual(
        withLimits(limits, () => outcome(() => opdQuarterExact(input()))),
      );
  });
});

describe("rankOpds on results computed here = on their JSON", () => {
  const pemda = fc.array(fc.tuple(report, report), { minLength: 1, maxLength: 8 }).map((pairs) =>
    pairs.map(([a, b], i) => {
      const id = `opd-${String(i).padStart(2, "0")}`;
      return [
        { ...a, opd: id, period: { kind: "triwulan", year: 2024, triwulan: 1 } },
        { ...b, opd: id, period: { kind: "triwulan", year: 2024, triwulan: 2 } },
      ] as const;
    }),
  );
  it("for every measure, with and without the previous quarter, also after an edit", () => {
    fc.assert(
      fc.property(
        pemda,
        fc.constantFrom("budget", "physical", "capaian"),
        fc.nat({ max: 4 }),
        fc.boolean(),
        fc.constantFrom("none", "value", "exactFraction", "status", "opd", "period", "name"),
        (pairs, by, bottom, withPrevious, edit) => {
          const previous: unknown[] = [];
          const current: unknown[] = [];
          for (const [a, b] of pairs) {
            const before = outcome(() => opdQuarter(a as OpdQuarterInput)) as { result?: unknown };
            const now = outcome(() => opdQuarter(b as OpdQuarterInput)) as { result?: unknown };
            if (before.result === undefined || now.result === undefined) return;
            previous.push(opdQuarter(a as OpdQuarterInput));
            current.push(opdQuarter(b as OpdQuarterInput));
          }
          // biome-ignore lint/suspicious/noExplicitAny: an edit of a result, as a caller might make it
          const target = current[0] as Record<string, any>;
          if (edit === "value") target[by].value = "1.00";
          if (edit === "exactFraction" && target[by].exactFraction !== null) target[by].exactFraction = "7/3";
          if (edit === "status") target[by].status = "missing";
          if (edit === "opd") target.opd = "opd-00x";
          if (edit === "period") target.period = { kind: "triwulan", year: 2024, triwulan: 3 };
          if (edit === "name") target.name = "Renamed";
          const options = (prev: unknown) => ({ by, bottom, ...(withPrevious ? { previous: prev } : {}) });
          const json = <T>(v: T): T => JSON.parse(JSON.stringify(v));
          expect(outcome(() => rankOpds(current as never, options(previous) as never))).toEqual(
            outcome(() => rankOpds(json(current) as never, options(json(previous)) as never)),
          );
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it("an empty previous list, a previous quarter that is not earlier, mixed modes: as the general path", () => {
    const make = (id: string, triwulan: 1 | 2, physical?: "unweightedMean") =>
      opdQuarter(
        {
          opd: id,
          period: { kind: "triwulan", year: 2024, triwulan },
          subKegiatan: [{ id: "1", pagu: 1000, realisasi: 300, fisik: 10 }],
        },
        physical === undefined ? undefined : { physical },
      );
    const json = <T>(v: T): T => JSON.parse(JSON.stringify(v));
    const cases: Array<[unknown[], Record<string, unknown>]> = [
      [[make("A", 2), make("B", 2)], { by: "budget", previous: [] }],
      [[make("A", 2)], { by: "budget", previous: [make("A", 2)] }],
      [[make("A", 1)], { by: "capaian", previous: [make("A", 2)] }],
      [[make("A", 2), make("B", 2, "unweightedMean")], { by: "physical" }],
      [[make("A", 2)], { by: "physical", previous: [make("A", 1, "unweightedMean")] }],
      [[make("A", 2)], { by: "budget", previous: undefined, bottom: 2 }],
      [[], { by: "budget" }],
    ];
    for (const [opds, options] of cases) {
      const previous = options.previous === undefined ? {} : { previous: json(options.previous) };
      expect(outcome(() => rankOpds(opds as never, options as never))).toEqual(
        outcome(() => rankOpds(json(opds) as never, { ...json(options), ...previous } as never)),
      );
    }
  });

  it("hostile results and options: the general path's outcome (its errors), never a raw error", () => {
    const make = () =>
      ["A", "B"].map((id, i) =>
        opdQuarter({
          opd: id,
          period: { kind: "triwulan", year: 2024, triwulan: 2 },
          subKegiatan: [{ id: "1", pagu: 1000, realisasi: 300 + i, fisik: 10 }],
          indicators: [{ code: "I", target: 7, realisasi: 6 + i, polarity: "lowerIsBetter" }],
        }),
      );
    const boom = (): never => {
      throw new Error("hostile getter");
    };
    const edits: ReadonlyArray<[string, () => [unknown, unknown]]> = [
      [
        "a getter that throws on the measure",
        () => {
          const r = make();
          Object.defineProperty(r[0], "capaian", { get: boom, enumerable: true });
          return [r, { by: "capaian" }];
        },
      ],
      [
        "a getter that gives the same measure",
        () => {
          const r = make();
          const m = (r[0] as { capaian: unknown }).capaian;
          Object.defineProperty(r[0], "capaian", { get: () => m, enumerable: true });
          return [r, { by: "capaian" }];
        },
      ],
      ["a Proxy around a result", () => [[new Proxy(make()[0] as object, {}), make()[1]], { by: "budget" }]],
      [
        "a list whose length throws",
        () => [new Proxy(make(), { get: (t, k) => (k === "length" ? boom() : Reflect.get(t, k)) }), { by: "budget" }],
      ],
      [
        "a list whose length is not a number",
        () => [new Proxy(make(), { get: (t, k) => (k === "length" ? "2" : Reflect.get(t, k)) }), { by: "budget" }],
      ],
      ["options whose by throws", () => [make(), Object.defineProperty({}, "by", { get: boom, enumerable: true })]],
      ["options with an object inside", () => [make(), { by: "budget", extra: { deep: [1] } }]],

      [
        "a result inheriting from a real one",
        () => [[Object.create(make()[0] as object), make()[1]], { by: "budget" }],
      ],
    ];
    // A hole: the snapshot's error at its index (JSON would turn it into null).
    const holed = [make()[0], make()[0], make()[1]];
    delete holed[1];
    expect(outcome(() => rankOpds(holed as never, { by: "budget" }))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["opds", 1],
    });
    for (const [what, build] of edits) {
      const [opds, options] = build();
      const got = outcome(() => rankOpds(opds as never, options as never));
      const [opds2, options2] = build();
      let want: unknown;
      try {
        want = outcome(() => rankOpds(JSON.parse(JSON.stringify(opds2)) as never, options2 as never));
      } catch {
        want = undefined; // JSON itself runs into the getter that throws
      }
      expect(got, what).toMatchObject(expect.anything());
      if (want !== undefined) expect(got, what).toEqual(want);
      else expect((got as { code?: string }).code, what).toBe("INVALID_INPUT");
    }
  });

  it("a copy or a clone is read the general way, with the same ranking", () => {
    const results = ["A", "B", "C"].map((id, i) =>
      opdQuarter({
        opd: id,
        period: { kind: "triwulan", year: 2024, triwulan: 2 },
        subKegiatan: [{ id: "1", pagu: 1000, realisasi: 300 + i * 100, fisik: 10 }],
        indicators: [{ code: "I", target: 7, realisasi: 6 + i / 2, polarity: "lowerIsBetter" }],
      }),
    );
    const direct = rankOpds(results, { by: "capaian", bottom: 1 });
    expect(
      rankOpds(
        results.map((r) => ({ ...r })),
        { by: "capaian", bottom: 1 },
      ),
    ).toEqual(direct);
    expect(rankOpds(structuredClone(results), { by: "capaian", bottom: 1 })).toEqual(direct);
    // The record is invisible: keys, JSON, spreading and deep equality see plain data only.
    const r = results[0] as object;
    expect(Object.keys(r)).toEqual(Object.keys(JSON.parse(JSON.stringify(r))));
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect({ ...r }).toEqual(r);
  });

  it("under small limits: the same outcome as the general path", () => {
    const results = ["A", "B"].map((id) =>
      opdQuarter({
        opd: id,
        period: { kind: "triwulan", year: 2024, triwulan: 2 },
        subKegiatan: [{ id: "1", pagu: 1000, realisasi: 300, fisik: 10 }],
        indicators: [{ code: "I", target: 7, realisasi: 6, polarity: "lowerIsBetter" }],
      }),
    );
    const json = JSON.parse(JSON.stringify(results));
    for (const limits of [
      { units: 1 },
      { units: 2 },
      { units: 5 },
      { text: 100 },
      { depth: 5 },
      { depth: 6 },
      { depth: 7 },
    ])
      for (const previous of [undefined, results])
        expect(
          withLimits(limits, () =>
            outcome(() => rankOpds(results, { by: "capaian", ...(previous ? { previous: results } : {}) })),
          ),
        ).toEqual(
          withLimits(limits, () =>
            outcome(() => rankOpds(json, { by: "capaian", ...(previous ? { previous: json } : {}) })),
          ),
        );
  });
});

describe("kriteriaCapaian of a figure = the general path", () => {
  it("numbers and decimal texts", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -20_000, max: 20_000 }).map((n) => n / 100),
          fc.integer({ min: -20_000, max: 20_000 }).map((n) => (n / 100).toFixed(2)),
          fc.double({ min: -1000, max: 1000 }),
          fc.constantFrom(91, "90.99", "91.00", 76, 75.999, 66, 51, 50.5, "-0.01", 0, "1e3", Number.NaN),
        ),
        (v) => {
          expect(outcome(() => kriteriaCapaian(v))).toEqual(outcome(() => kriteriaCapaian(v, {})));
        },
      ),
      { numRuns: 2_000 },
    );
  }, 60_000);
});
