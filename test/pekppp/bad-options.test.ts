import { describe, expect, it } from "vitest";
import { listIndicators } from "../../src/index.js";
import { aggregateInstansi, combineF03, improvementPriorities, pekppp2022 } from "../../src/schemes/pekppp/index.js";
import { errorOf } from "../helpers.js";

const codes = listIndicators(pekppp2022).map((i) => i.code);
const all = (v: number) => Object.fromEntries(codes.map((c) => [c, v]));

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
