/**
 * Issue #11, the entry points the fuzz harness (test/fuzz) had let off with raw errors: kinerja/svg's charts,
 * kinerja/testing's runFixtures and formatFixtureReport, isGroupNode, and skmFromRespondents' rows. Each now reads
 * its arguments inside guards: a getter or Proxy that throws, a hole or a wrong type is a KinerjaError with a code,
 * a path and a rule (a type guard answers false), never a raw TypeError, never a hole in a result.
 */
import { describe, expect, it } from "vitest";
import { getRubric, isGroupNode, score } from "../../src/index.js";
import { skmFromRespondents } from "../../src/schemes/skm/index.js";
import { predicateBadge, profileChart, trendChart } from "../../src/svg/index.js";
import { formatFixtureReport, runFixtures } from "../../src/testing/index.js";
import { codePath, pekpppAll } from "./helpers.js";

const boom = (): never => {
  throw new Error("hostile getter");
};
const getter = <T extends object>(target: T, key: string): T =>
  Object.defineProperty(target, key, { get: boom, enumerable: true, configurable: true });
const throwingProxy = <T extends object>(target: T): T => new Proxy(target, { get: boom, ownKeys: boom });
const result = () => JSON.parse(JSON.stringify(score("pekppp@2022.2", { answers: pekpppAll(4) })));

describe("kinerja/svg reads its arguments inside guards", () => {
  it("a getter that throws is INVALID_INPUT at its path", () => {
    expect(codePath(() => predicateBadge(getter(result(), "predicate")))).toEqual([
      "INVALID_INPUT",
      ["result", "predicate"],
    ]);
    expect(codePath(() => profileChart(result(), getter({}, "title")))).toEqual([
      "INVALID_INPUT",
      ["options", "title"],
    ]);
    const r = result();
    getter(r.breakdown[0], "weighted");
    expect(codePath(() => profileChart(r))).toEqual(["INVALID_INPUT", ["result", "breakdown", 0, "weighted"]]);
    expect(codePath(() => trendChart([getter({ year: 2024 }, "value")], { rubric: "pekppp@2022.2" }))).toEqual([
      "INVALID_INPUT",
      ["series", 0, "value"],
    ]);
  });

  it("a Proxy whose traps throw, a hole, a predicate of the wrong shape: INVALID_INPUT, never a TypeError", () => {
    expect(codePath(() => predicateBadge(throwingProxy(result()))).at(0)).toBe("INVALID_INPUT");
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(codePath(() => trendChart([, { year: 2024, value: "3" }] as never, { rubric: "pekppp@2022.2" }))).toEqual([
      "INVALID_INPUT",
      ["series", 0],
    ]);
    expect(codePath(() => predicateBadge({ ...result(), predicate: { code: "B", label: "Baik" } }))).toEqual([
      "INVALID_INPUT",
      ["result", "predicate", "label"],
    ]);
    expect(
      codePath(() => predicateBadge({ ...result(), predicate: { code: "B", label: { id: "B" }, zone: "toString" } })),
    ).toEqual(["INVALID_INPUT", ["result", "predicate", "zone"]]);
    expect(codePath(() => trendChart([{ year: 2024, result: null }] as never))).toEqual([
      "INVALID_INPUT",
      ["series", 0, "result"],
    ]);
  });

  it("a rubric object given as options.rubric is checked, and its errors name options.rubric", () => {
    const [code, path] = codePath(() => profileChart(result(), { rubric: { id: "x@1" } as never }));
    expect(code).toBe("INVALID_RUBRIC");
    expect(path.slice(0, 2)).toEqual(["options", "rubric"]);
  });
});

describe("kinerja/testing reads cases and reports inside guards", () => {
  const answers = pekpppAll(4);
  const ok = { name: "ok", answers, expect: { value: "4.00" } };

  it("a hole in cases is INVALID_INPUT at its index, not a hole in the results", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    expect(codePath(() => runFixtures("pekppp@2022.2", [ok, , ok] as never))).toEqual(["INVALID_INPUT", ["cases", 1]]);
  });

  it("a case whose field cannot be read is INVALID_INPUT at its path", () => {
    expect(codePath(() => runFixtures("pekppp@2022.2", [getter({ ...ok }, "expect")] as never))).toEqual([
      "INVALID_INPUT",
      ["cases", 0, "expect"],
    ]);
  });

  it("an expected value that JSON cannot show is shown by kind in the diff (not a raw TypeError)", () => {
    const report = runFixtures("pekppp@2022.2", [{ ...ok, expect: { value: 4n as never } }]);
    expect(report.results[0]?.diff).toEqual(["value: expected 4n, got 4.00"]);
  });

  it("formatFixtureReport refuses what is no report, naming the field", () => {
    const report = runFixtures("pekppp@2022.2", [ok]);
    expect(formatFixtureReport(JSON.parse(JSON.stringify(report)))).toBe("pekppp@2022.2: 1 passed, 0 failed\n  ✓ ok");
    expect(codePath(() => formatFixtureReport(null as never))).toEqual(["INVALID_INPUT", ["report"]]);
    expect(
      codePath(() => formatFixtureReport({ ...report, results: [{ name: "x", ok: true, diff: [1] }] } as never)),
    ).toEqual(["INVALID_INPUT", ["report", "results", 0, "diff", 0]]);
    expect(codePath(() => formatFixtureReport(getter({ ...report }, "passed")))).toEqual([
      "INVALID_INPUT",
      ["report", "passed"],
    ]);
  });
});

describe("isGroupNode is a type guard: true or false for anything, never an error", () => {
  it("answers for groups, indicators, non-objects and unreadable values", () => {
    const [kebijakan] = getRubric("pekppp@2022.2").nodes;
    expect(isGroupNode(kebijakan as never)).toBe(true);
    expect(isGroupNode(kebijakan?.children?.[0] as never)).toBe(false);
    for (const v of [undefined, null, 5, "children", Symbol("x"), { children: "x" }, Object.create({ children: [] })])
      expect(isGroupNode(v as never)).toBe(false);
    expect(isGroupNode(getter({}, "children") as never)).toBe(false);
    expect(isGroupNode(throwingProxy({ children: [] }) as never)).toBe(false);
  });
});

describe("skmFromRespondents reads rows inside guards", () => {
  const row = [4, 4, 4, 4, 4, 4, 4, 4, 4];

  it("a row or an answer that cannot be read is INVALID_INPUT at its path", () => {
    expect(codePath(() => skmFromRespondents([row, getter([...row], "2")]))).toEqual([
      "INVALID_INPUT",
      ["rows", 1, "U3"],
    ]);
    expect(codePath(() => skmFromRespondents(getter([row, row], "1")))).toEqual(["INVALID_INPUT", ["rows", 1]]);
    expect(codePath(() => skmFromRespondents([row, throwingProxy([...row])]))[0]).toBe("INVALID_INPUT");
    expect(codePath(() => skmFromRespondents(throwingProxy([row])))).toEqual(["INVALID_INPUT", ["rows"]]);
    expect(codePath(() => skmFromRespondents([getter({ U1: 4 }, "U2")]))).toEqual(["INVALID_INPUT", ["rows", 0, "U2"]]);
  });

  it("an inherited answer is never read; an answer JSON cannot show is echoed by kind", () => {
    expect(codePath(() => skmFromRespondents([Object.create({ U1: 4 })]))).toEqual([
      "MISSING_ANSWER",
      ["rows", 0, "U1"],
    ]);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(codePath(() => skmFromRespondents([[circular, 4, 4, 4, 4, 4, 4, 4, 4]] as never))).toEqual([
      "ANSWER_OUT_OF_SCALE",
      ["rows", 0, "U1"],
    ]);
    expect(codePath(() => skmFromRespondents([[5n, 4, 4, 4, 4, 4, 4, 4, 4]] as never))).toEqual([
      "ANSWER_OUT_OF_SCALE",
      ["rows", 0, "U1"],
    ]);
  });
});
