import { describe, expect, it } from "vitest";
import { aggregate, deriveRubric, listIndicators, score } from "../../src/index.js";
import type { ScoreResult } from "../../src/model/types.js";
import { aggregateInstansi, combineF03, improvementPriorities, pekppp2022 } from "../../src/schemes/pekppp/index.js";
import { errorOf } from "../helpers.js";

const codes = listIndicators(pekppp2022).map((i) => i.code);
const all = (v: number) => Object.fromEntries(codes.map((c) => [c, v]));

describe("aggregateInstansi rounds the instansi value with the aggregation's own rounding", () => {
  // A variant whose unit → instansi rule publishes at 1 decimal, rounded down; unit values keep 2 decimals half-up.
  const oneDown = deriveRubric(
    pekppp2022,
    {
      aggregation: {
        ...(pekppp2022.aggregation as NonNullable<typeof pekppp2022.aggregation>),
        rounding: { places: 1, mode: "down", source: { regulation: "test variant", confirmed: true } },
      },
    },
    { id: "pekppp@2022.99" },
  );

  it("units 4.46 and 4.57: mean 4.515 → down to 1 decimal = 4.5 → A- (not 4.52 → A)", () => {
    // hand: (4.46 + 4.57) / 2 = 9.03 / 2 = 4.515; truncated to 1 decimal 4.5; A- is (4.00, 4.50]
    const r = aggregateInstansi(oneDown, [{ value: "4.46" }, { value: "4.57" }]);
    expect([r.exact, r.value, r.predicate?.code]).toEqual(["4.515", "4.5", "A-"]);
    // The next band A starts above 4.50: the next value publishable at 1 decimal is 4.6, 0.1 away.
    expect(r.gap).toMatchObject({ next: { code: "A" }, target: "4.6", points: "0.1" });
    // Unit values are still published with the unit (result) rounding.
    expect(r.units.map((u) => u.published)).toEqual(["4.46", "4.57"]);
  });

  it("agrees with the engine's aggregate() on the same variant", () => {
    const units = ["4.46", "4.57"];
    const engine = aggregate(oneDown, units);
    const helper = aggregateInstansi(
      oneDown,
      units.map((value) => ({ value })),
    );
    expect([helper.value, helper.predicate?.code]).toEqual([engine.value, engine.predicate?.code]);
  });
});

describe("a score result's breakdown is validated like any answer", () => {
  const base = score(pekppp2022, { answers: all(3) });
  const at = base.breakdown.findIndex((b) => b.code === codes[0]);
  const forged = (raw: string): ScoreResult =>
    ({ ...base, breakdown: base.breakdown.map((b, i) => (i === at ? { ...b, raw } : b)) }) as ScoreResult;

  it.each([
    ["abc", "INVALID_INPUT"],
    ["9", "ANSWER_OUT_OF_SCALE"],
    ["3.7", "ANSWER_OUT_OF_SCALE"],
  ])("raw %s → %s, naming the breakdown entry (improvementPriorities, combineF03, aggregateInstansi)", (raw, code) => {
    const fake = forged(raw);
    const a = errorOf(() => improvementPriorities(pekppp2022, fake));
    expect([a.code, a.path]).toEqual([code, ["input", "breakdown", at, "raw"]]);
    const b = errorOf(() => combineF03(pekppp2022, { f02: fake }));
    expect([b.code, b.path]).toEqual([code, ["f02", "breakdown", at, "raw"]]);
    const c = errorOf(() => aggregateInstansi(pekppp2022, [{ result: base }, { result: fake }]));
    expect([c.code, c.path]).toEqual([code, ["units", 1, "result", "breakdown", at, "raw"]]);
  });

  it("still accepts an untouched result: all-3 answers give exactly 3", () => {
    expect(combineF03(pekppp2022, { f02: base }).exact).toBe("3");
  });

  it("names the unit of a bad answer: units[1].answers[code]", () => {
    const e = errorOf(() =>
      aggregateInstansi(pekppp2022, [{ answers: all(3) }, { answers: { ...all(3), [codes[2] as string]: 6 } }]),
    );
    expect([e.code, e.path]).toEqual(["ANSWER_OUT_OF_SCALE", ["units", 1, "answers", codes[2]]]);
  });
});

describe("bad options are KinerjaErrors naming the option, never TypeErrors", () => {
  it("aggregateInstansi", () => {
    const units = [{ value: "4" }];
    for (const [options, path] of [
      [null, ["options"]],
      ["mean", ["options"]],
      [{ strategy: "median" }, ["options", "strategy"]],
      [{ f03Rule: "x" }, ["options", "f03Rule"]],
      [{ f03Rule: { kind: "median" } }, ["options", "f03Rule", "kind"]],
    ] as const) {
      const e = errorOf(() => aggregateInstansi(pekppp2022, units, options as never));
      expect([e.code, e.path], JSON.stringify(options)).toEqual(["INVALID_INPUT", path]);
    }
    expect(errorOf(() => aggregateInstansi(pekppp2022, "units" as never)).path).toEqual(["units"]);
    expect(errorOf(() => aggregateInstansi(pekppp2022, [{ value: "4", unit: 5 as never }])).path).toEqual([
      "units",
      0,
      "unit",
    ]);
  });

  it("aggregateInstansi refuses a unit weight under the plain mean, as aggregate() does", () => {
    const e = errorOf(() =>
      aggregateInstansi(pekppp2022, [
        { value: "1", weight: "100" },
        { value: "5", weight: "0" },
      ]),
    );
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["units", 0, "weight"]]);
    // hand: (1·100 + 5·0) / 100 = 1
    expect(
      aggregateInstansi(
        pekppp2022,
        [
          { value: "1", weight: "100" },
          { value: "5", weight: "0" },
        ],
        { strategy: "weightedMean" },
      ).value,
    ).toBe("1.00");
  });

  it("combineF03 and improvementPriorities", () => {
    expect([errorOf(() => combineF03(pekppp2022, null as never)).code]).toEqual(["INVALID_INPUT"]);
    const rule = errorOf(() => combineF03(pekppp2022, { f02: "4" }, null as never));
    expect([rule.code, rule.path]).toEqual(["INVALID_INPUT", ["rule"]]);
    const opts = errorOf(() => improvementPriorities(pekppp2022, { answers: all(4) }, null as never));
    expect([opts.code, opts.path]).toEqual(["INVALID_INPUT", ["options"]]);
  });
});
