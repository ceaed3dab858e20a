/**
 * aggregate takes any iterable of units (`Iterable<AggregateUnit>`: an array, a generator, a Set), and a
 * generator gets the checks an array gets: a unit named twice, more units than the limit and a stored result that
 * is not what it claims are refused with the same error (code, path, rule, message), as the units are read. Only
 * a hole cannot occur in a generator.
 */
import { describe, expect, it } from "vitest";
import { type AggregateUnit, aggregate, score, withLimits } from "../../src/index.js";
import { errorOf, pekpppAll } from "./helpers.js";

/** The units one by one, counting how many were read. */
function streamed(units: ReadonlyArray<AggregateUnit>, read = { count: 0 }): Generator<AggregateUnit> {
  return (function* () {
    for (const u of units) {
      read.count++;
      yield u;
    }
  })();
}

/** What a KinerjaError says: code, path, rule and message. */
const said = (fn: () => unknown) => {
  const e = errorOf(fn);
  return { code: e.code, path: e.path, rule: e.rule, message: e.message };
};

describe("a generator of units is checked like an array", () => {
  it("a unit id named twice: INVALID_INPUT at units[1].unit, as for the array", () => {
    const units: AggregateUnit[] = [
      { unit: "Dinas Kesehatan", value: "91.20" },
      { unit: "Dinas Kesehatan", value: "88.75" },
      { unit: "RSUD", value: "80.00" },
    ];
    const read = { count: 0 };
    const fromGenerator = said(() => aggregate("ombudsman@2024.2", streamed(units, read)));
    expect(fromGenerator).toEqual(said(() => aggregate("ombudsman@2024.2", units)));
    expect([fromGenerator.code, fromGenerator.path]).toEqual(["INVALID_INPUT", ["units", 1, "unit"]]);
    expect(fromGenerator.message).toMatch(/is also units\[0\]\.unit: each unit is counted once/);
    // Refused at the second unit: the third is never read.
    expect(read.count).toBe(2);
  });

  it("a unit id named twice among results is refused the same way", () => {
    const real = score("pekppp@2022.2", { answers: pekpppAll(4) });
    const units: AggregateUnit[] = [
      { unit: "Disdukcapil", result: real },
      { unit: "Disdukcapil", result: real },
    ];
    expect(said(() => aggregate("pekppp@2022.2", streamed(units)))).toEqual(
      said(() => aggregate("pekppp@2022.2", units)),
    );
  });

  it("more units than withLimits({ units: 3 }) allows: LIMIT_EXCEEDED at units, reading one unit past the limit", () => {
    const units = ["80.00", "81.50", "82.25", "83.00", "84.75", "85.00"];
    const read = { count: 0 };
    const fromGenerator = withLimits({ units: 3 }, () =>
      said(() => aggregate("ombudsman@2024.2", streamed(units, read))),
    );
    const fromArray = withLimits({ units: 3 }, () => said(() => aggregate("ombudsman@2024.2", units.slice(0, 4))));
    expect(fromGenerator).toEqual(fromArray);
    expect([fromGenerator.code, fromGenerator.path]).toEqual(["LIMIT_EXCEEDED", ["units"]]);
    expect(fromGenerator.message).toMatch(/4 units, more than the limit of 3; raise it with withLimits/);
    expect(read.count).toBe(4);
    // At the limit, the generator aggregates, to the array's result.
    const three = withLimits({ units: 3 }, () => aggregate("ombudsman@2024.2", streamed(units.slice(0, 3))));
    expect(three).toEqual(aggregate("ombudsman@2024.2", units.slice(0, 3)));
    expect(three.count).toBe(3);
  });

  it("a stored result without its exactFraction or with another rubric's hash: the array's error", () => {
    const real = score("pekppp@2022.2", { answers: pekpppAll(4) });
    const stored = JSON.parse(JSON.stringify(real)) as typeof real;
    const { exactFraction: _, ...noFraction } = stored;
    const otherHash = { ...stored, rubricHash: "sha256:0000" };
    for (const bad of [noFraction, otherHash, { rubric: "pekppp@2022.2", exact: "5", confirmed: true }]) {
      const units = [real, { unit: "X", result: bad }] as AggregateUnit[];
      const fromGenerator = said(() => aggregate("pekppp@2022.2", streamed(units)));
      expect(fromGenerator).toEqual(said(() => aggregate("pekppp@2022.2", units)));
      expect(fromGenerator.path.slice(0, 3)).toEqual(["units", 1, "result"]);
    }
    // Whole and unchanged, a stored result streams like the one computed here.
    expect(aggregate("pekppp@2022.2", streamed([real, stored]))).toEqual(aggregate("pekppp@2022.2", [real, stored]));
  });

  it("any iterable, without a cast: a generator, a Set, an array's values(); the same result as the array", () => {
    const units = ["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"];
    const fromArray = aggregate("ombudsman@2024.2", units);
    expect(fromArray.value).toBe("95.31");
    expect(aggregate("ombudsman@2024.2", streamed(units))).toEqual(fromArray);
    expect(aggregate("ombudsman@2024.2", new Set(units))).toEqual(fromArray);
    expect(aggregate("ombudsman@2024.2", units.values())).toEqual(fromArray);
    // A text is iterable (its characters), so the type lets it through; it is still no list of units.
    expect(said(() => aggregate("ombudsman@2024.2", "95.31"))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["units"],
    });
    // An empty generator is refused like an empty array.
    expect(said(() => aggregate("ombudsman@2024.2", streamed([])))).toEqual(
      said(() => aggregate("ombudsman@2024.2", [])),
    );
  });
});
