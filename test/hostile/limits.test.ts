/**
 * Issue #11, "limits": the most units, respondents, answers, characters and levels of nesting one call takes,
 * with a clear LIMIT_EXCEEDED beyond them, defaults documented in docs/limits.md, and a way to raise them.
 */
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { aggregate, DEFAULT_LIMITS, getLimits, listIndicators, score, setLimits, withLimits } from "../../src/index.js";
import { rank } from "../../src/schemes/ombudsman/index.js";
import { aggregateInstansi, pekppp2022v2 } from "../../src/schemes/pekppp/index.js";
import { skmFromRespondents } from "../../src/schemes/skm/index.js";
import { codePath, errorOf, pekpppAll } from "./helpers.js";

afterEach(() => {
  setLimits(DEFAULT_LIMITS);
});

describe("the defaults", () => {
  it("are the documented ones, frozen", () => {
    expect(DEFAULT_LIMITS).toEqual({
      units: 1_000_000,
      respondents: 5_000_000,
      answers: 100_000,
      text: 1_000,
      depth: 64,
    });
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
    expect(getLimits()).toEqual(DEFAULT_LIMITS);
    const doc = readFileSync("docs/limits.md", "utf8");
    for (const figure of ["1,000,000", "5,000,000", "100,000", "1,000", "64"]) expect(doc).toContain(figure);
  });
});

describe("beyond a limit: LIMIT_EXCEEDED naming the path, the limit and how to raise it", () => {
  it("units: aggregate, aggregateInstansi, rank", () => {
    const e = errorOf(() => aggregate("ombudsman@2024.2", new Array(1_000_001).fill("80")));
    expect([e.code, e.path]).toEqual(["LIMIT_EXCEEDED", ["units"]]);
    expect(e.message).toMatch(/1000001 units, more than the limit of 1000000; raise it with withLimits/);
    withLimits({ units: 2 }, () => {
      expect(codePath(() => aggregate("ombudsman@2024.2", ["80", "81", "82"]))).toEqual(["LIMIT_EXCEEDED", ["units"]]);
      expect(
        codePath(() => aggregateInstansi(pekppp2022v2, [{ value: "4" }, { value: "4.1" }, { value: "4.2" }])),
      ).toEqual(["LIMIT_EXCEEDED", ["units"]]);
      expect(
        codePath(() =>
          rank([
            { name: "A", value: "1" },
            { name: "B", value: "2" },
            { name: "C", value: "3" },
          ]),
        ),
      ).toEqual(["LIMIT_EXCEEDED", ["entries"]]);
    });
  });

  it("answers: a score input with more keys than the limit", () => {
    withLimits({ answers: 10 }, () => {
      expect(codePath(() => score("pekppp@2022.2", { answers: pekpppAll(3) }))).toEqual([
        "LIMIT_EXCEEDED",
        ["answers"],
      ]);
    });
    expect(score("pekppp@2022.2", { answers: pekpppAll(3) }).value).toBe("3.00");
  });

  it("text: a name, a code or a number written in more than 1,000 characters", () => {
    const long = "x".repeat(1_001);
    expect(codePath(() => aggregate("ombudsman@2024.2", [{ unit: long, value: "80" }]))).toEqual([
      "LIMIT_EXCEEDED",
      ["units", 0, "unit"],
    ]);
    expect(codePath(() => score("pekppp@2022.2", { answers: { ...pekpppAll(3), [long]: 3 } }))).toEqual([
      "LIMIT_EXCEEDED",
      ["answers", long],
    ]);
    expect(
      codePath(() => score("pekppp@2022.2", { answers: { ...pekpppAll(3), "1.a.Ak": `3.${"0".repeat(1_000)}` } })),
    ).toEqual(["LIMIT_EXCEEDED", ["answers", "1.a.Ak"]]);
  });

  it("depth: an input nested deeper than 64 levels", () => {
    let deep: unknown = "80";
    for (let i = 0; i < 100; i++) deep = { value: deep };
    expect(codePath(() => rank([{ name: "A", value: deep } as never]))[0]).toBe("LIMIT_EXCEEDED");
  });

  // skmFromRespondents checks the number of rows before reading any (src/schemes/skm/skmFromRespondents.ts).
  it("respondents: more rows than the limit", () => {
    withLimits({ respondents: 2 }, () => {
      const row = [4, 4, 4, 4, 4, 4, 4, 4, 4];
      expect(codePath(() => skmFromRespondents([row, row, row]))).toEqual(["LIMIT_EXCEEDED", ["rows"]]);
    });
  });
});

describe("raising them", () => {
  it("withLimits raises a limit for one piece of work and restores it afterwards, also when it throws", () => {
    const units = new Array(1_000_001).fill("80");
    expect(withLimits({ units: 2_000_000 }, () => aggregate("ombudsman@2024.2", units).value)).toBe("80.00");
    expect(getLimits().units).toBe(1_000_000);
    expect(() => withLimits({ units: 5 }, () => listIndicators("nope@1" as never))).toThrow();
    expect(getLimits()).toEqual(DEFAULT_LIMITS);
  });

  it("setLimits changes them for the process and returns the previous ones", () => {
    const before = setLimits({ text: 5_000 });
    expect(before).toEqual(DEFAULT_LIMITS);
    expect(aggregate("ombudsman@2024.2", [{ unit: "x".repeat(2_000), value: "80" }]).value).toBe("80.00");
    setLimits(before);
    expect(getLimits().text).toBe(1_000);
  });

  it("a limit must be a whole number ≥ 1 of a known kind", () => {
    expect(codePath(() => setLimits({ units: 0 }))).toEqual(["INVALID_INPUT", ["limits", "units"]]);
    expect(codePath(() => setLimits({ units: Number.POSITIVE_INFINITY }))).toEqual([
      "INVALID_INPUT",
      ["limits", "units"],
    ]);
    expect(codePath(() => setLimits({ rows: 5 } as never))).toEqual(["INVALID_INPUT", ["limits", "rows"]]);
    expect(codePath(() => withLimits({ units: 5 }, "work" as never))).toEqual(["INVALID_INPUT", ["work"]]);
    expect(getLimits()).toEqual(DEFAULT_LIMITS);
  });
});
