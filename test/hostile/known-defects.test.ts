/**
 * The defects the fuzz harness used to let through as "known" (test/fuzz/RESULTS.md): raw errors from a caller's
 * getter or Proxy, results holding the caller's objects or a -0, an unchecked rubric argument, unbounded work on
 * million-digit rubric figures, and an issue path that disagreed with the function it stands in for. Each is now a
 * KinerjaError with a code, a path and a rule, or a plain-JSON result; the fuzz no longer allows any of them.
 */
import { describe, expect, it } from "vitest";
import * as engine from "../../src/engine.js";
import {
  aggregate,
  classify,
  defineRubric,
  deriveRubric,
  getRubric,
  type RubricDefinition,
  score,
  toRows,
  withLimits,
} from "../../src/index.js";
import { BUILTIN_RUBRICS } from "../../src/registry/builtins.js";
import { validateRespondents } from "../../src/schema/index.js";
import { sakip2021, withWorksheetRounding } from "../../src/schemes/sakip/index.js";
import { skm2017v2, skmAnswerOptions, skmAnswerValue, skmFromRespondents } from "../../src/schemes/skm/index.js";
import { group, leaf, scales, testSource, tinyRubric } from "../support/tinyRubric.js";
import { codePath, errorOf, pekpppAll, skmAll } from "./helpers.js";

const boom = (): never => {
  throw new Error("hostile getter");
};
/** An object whose every trap throws (reading anything of it runs caller code that fails). */
const throwingProxy = () => new Proxy({}, { get: boom, ownKeys: boom, has: boom, getOwnPropertyDescriptor: boom });
const withGetter = (key: string, base: object = {}) =>
  Object.defineProperty({ ...base }, key, { get: boom, enumerable: true, configurable: true });
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** code, path and rule of the KinerjaError `fn` throws. */
const said = (fn: () => unknown) => {
  const e = errorOf(fn);
  return { code: e.code, path: e.path, rule: e.rule };
};

const CILEGON = ["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"];

describe("kinerja/engine aggregate: the guards of the root aggregate, and nothing of the caller's in its result", () => {
  it("a plain (undefined) rubric: result.source is a copy of its aggregation source, not the caller's object", () => {
    const definition = clone(getRubric("ombudsman@2024.2"));
    const result = engine.aggregate(definition, CILEGON);
    expect(result.value).toBe("95.31");
    expect(result.source).toEqual(definition.aggregation?.source);
    expect(result.source).not.toBe(definition.aggregation?.source);
    // The caller's rubric is the caller's: changing it afterwards changes nothing in the result.
    (definition.aggregation?.source as { regulation: string }).regulation = "changed";
    expect(result.source?.regulation).not.toBe("changed");
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  const ombudsman = getRubric("ombudsman@2024.2");
  const cases: Array<[string, unknown, unknown, ReadonlyArray<string | number>]> = [
    ["units a Proxy whose traps throw", throwingProxy(), undefined, ["units"]],
    ["a unit whose value getter throws", ["90", withGetter("value")], undefined, ["units", 1, "value"]],
    ["a unit that is a Proxy whose traps throw", ["90", throwingProxy()], undefined, ["units", 1]],
    ["options whose strategy getter throws", CILEGON, withGetter("strategy"), ["options", "strategy"]],
    ["options a Proxy whose traps throw", CILEGON, throwingProxy(), ["options"]],
  ];
  it.each(cases)("%s: INVALID_INPUT at its path, as the root aggregate says", (_what, units, options, path) => {
    const fromEngine = said(() => engine.aggregate(ombudsman, units as never, options as never));
    expect(fromEngine).toMatchObject({ code: "INVALID_INPUT", path });
    expect(fromEngine).toEqual(said(() => aggregate(ombudsman, units as never, options as never)));
  });

  it("a hole and a unit named twice are refused like the root aggregate refuses them (never a unit of 0)", () => {
    const hole = new Array<string>(3);
    hole[0] = "90";
    hole[2] = "80";
    expect(said(() => engine.aggregate(ombudsman, hole))).toEqual({
      code: "INVALID_INPUT",
      path: ["units", 1],
      rule: "units without holes",
    });
    const twice = [
      { unit: "Dinkes", value: "90" },
      { unit: "Dinkes", value: "80" },
    ];
    expect(said(() => engine.aggregate(ombudsman, twice))).toEqual({
      code: "INVALID_INPUT",
      path: ["units", 1, "unit"],
      rule: "each unit once",
    });
  });
});

describe("the units of an aggregate: [Symbol.iterator] of a non-array is read inside a guard", () => {
  it("root aggregate, and under withLimits: INVALID_INPUT at units", () => {
    expect(codePath(() => aggregate("ombudsman@2024.2", throwingProxy() as never))).toEqual([
      "INVALID_INPUT",
      ["units"],
    ]);
    expect(
      codePath(() => withLimits({ units: 3 }, () => aggregate("ombudsman@2024.2", throwingProxy() as never))),
    ).toEqual(["INVALID_INPUT", ["units"]]);
  });

  it("an object whose Symbol.iterator getter throws (a Proxy trapping only get) is no list of units either", () => {
    const units = new Proxy(["90", "80"], { get: (t, k) => (k === Symbol.iterator ? boom() : Reflect.get(t, k)) });
    // An array Proxy is read as an array (length and indexes): the iterator is never asked for.
    expect(aggregate("ombudsman@2024.2", units).value).toBe("85.00");
    const set = new Proxy(new Set(["90"]), { get: (t, k) => (k === Symbol.iterator ? boom() : Reflect.get(t, k)) });
    expect(codePath(() => aggregate("ombudsman@2024.2", set as never))).toEqual(["INVALID_INPUT", ["units"]]);
  });
});

describe("kinerja/engine score: its options read inside guards", () => {
  const skm = getRubric("skm@2017.2");
  const input = { answers: skmAll(3) };
  it("options whose keys cannot be listed: INVALID_INPUT at options (as the root score says)", () => {
    const options = new Proxy({}, { ownKeys: boom });
    expect(said(() => engine.score(skm, input, options as never))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["options"],
    });
    expect(said(() => engine.score(skm, input, options as never))).toEqual(
      said(() => score(skm, input, options as never)),
    );
  });

  it("a detail getter that throws: INVALID_INPUT at options.detail", () => {
    const options = withGetter("detail");
    expect(said(() => engine.score(skm, input, options as never))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["options", "detail"],
    });
    // A detail that can be read is still honoured.
    expect(engine.score(skm, input, { detail: "none" }).breakdown).toEqual([]);
  });
});

describe("withWorksheetRounding: places -0 is 0 decimals, written as 0", () => {
  it("every rounding it adds holds 0 (JSON has no -0), as with places: 0", () => {
    const fromMinusZero = withWorksheetRounding(sakip2021, { id: "sakip@2021.1+r0" }, { places: -0 });
    const placesOf = (r: RubricDefinition): number[] => {
      const out: number[] = [];
      const walk = (nodes: RubricDefinition["nodes"]) => {
        for (const n of nodes) {
          if (n.rounding) out.push(n.rounding.places);
          if (n.children) walk(n.children);
        }
      };
      walk(r.nodes);
      return out;
    };
    const places = placesOf(fromMinusZero);
    expect(places.length).toBeGreaterThan(0);
    expect(places.every((p) => Object.is(p, 0))).toBe(true);
    const fromZero = withWorksheetRounding(sakip2021, { id: "sakip@2021.1+r0" }, { places: 0 });
    expect(JSON.stringify(fromMinusZero)).toBe(JSON.stringify(fromZero));
  });

  it("other places outside 0–10 are still refused", () => {
    for (const places of [-1, 11, 0.5])
      expect(codePath(() => withWorksheetRounding(sakip2021, { id: "sakip@2021.1+r" }, { places } as never))).toEqual([
        "INVALID_INPUT",
        ["options", "places"],
      ]);
  });
});

describe("skmAnswerOptions and skmAnswerValue check their rubric argument", () => {
  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a text (an id is no rubric here)", "skm@2017.2"],
    ["an array", []],
  ])("%s: INVALID_INPUT at rubric", (_what, rubric) => {
    expect(codePath(() => skmAnswerOptions(rubric as never, "U1"))).toEqual(["INVALID_INPUT", ["rubric"]]);
    expect(codePath(() => skmAnswerValue(rubric as never, "U1", "a"))).toEqual(["INVALID_INPUT", ["rubric"]]);
    // Not even an answer that is no code passes a rubric that is none.
    expect(codePath(() => skmAnswerValue(rubric as never, "U1", 3))).toEqual(["INVALID_INPUT", ["rubric"]]);
  });

  it.each([
    ["an empty object", {}],
    ["nodes that are no list", { ...clone(skm2017v2), nodes: 5 }],
    ["a getter that throws", withGetter("nodes", clone(skm2017v2))],
    ["a Proxy whose traps throw", throwingProxy()],
  ])("%s: INVALID_RUBRIC under rubric", (_what, rubric) => {
    for (const call of [
      () => skmAnswerOptions(rubric as never, "U1"),
      () => skmAnswerValue(rubric as never, "U1", "a"),
    ]) {
      const e = errorOf(call);
      expect(e.code).toBe("INVALID_RUBRIC");
      expect(e.path[0]).toBe("rubric");
    }
  });

  it("a getter that throws is named at its path", () => {
    expect(codePath(() => skmAnswerValue(withGetter("nodes", clone(skm2017v2)) as never, "U1", "a"))).toEqual([
      "INVALID_RUBRIC",
      ["rubric", "nodes"],
    ]);
  });

  it("a plain copy of the rubric is read like the rubric itself; the options given are not the caller's to change", () => {
    const plain = clone(skm2017v2);
    expect(skmAnswerOptions(plain, "U8")).toEqual(skmAnswerOptions(skm2017v2, "U8"));
    expect(skmAnswerValue(plain, "U8", "Sangat baik")).toBe("4");
    const options = skmAnswerOptions(skm2017v2, "U1");
    expect(Object.isFrozen(options)).toBe(true);
    expect(() => (options as unknown[]).push({ letter: "e", label: "x", value: "5" })).toThrow(TypeError);
    expect(skmAnswerOptions(skm2017v2, "U1")).toHaveLength(4);
  });
});

describe("toRows: a stored result's -0 comes back as 0", () => {
  it("depth -0 of a score result's breakdown entry: depth 0 in the row", () => {
    const stored = clone(score("pekppp@2022.2", { answers: pekpppAll(4) }));
    (stored.breakdown[0] as { depth: number }).depth = -0;
    const rows = toRows(stored);
    expect(Object.is(rows[0]?.depth, 0)).toBe(true);
  });

  it("index -0 of an aggregate result's unit: index 0 in the row", () => {
    const stored = clone(aggregate("ombudsman@2024.2", CILEGON));
    (stored.units[0] as { index: number }).index = -0;
    const rows = toRows(stored);
    expect(Object.is(rows[0]?.index, 0)).toBe(true);
    expect(rows.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe("rubric figures: at most 20 digits per number (as an answer), weights at most 100 (below 10^100)", () => {
  /** A tiny rubric with a decimal scale "x" (0–4, no places) on its one indicator, so bounds may be long. */
  const base = (): RubricDefinition =>
    clone(
      tinyRubric([leaf("a", "100", "x")], {
        scales: { ...scales, x: { kind: "decimal", min: "0", max: "4", source: testSource } },
        result: { min: "0", max: "100", multiplier: "25", rounding: { places: 2, mode: "halfUp", source: testSource } },
      }),
    );
  const digits = (n: number): string => `4.${"0".repeat(n - 1)}`; // 4 written with n digits

  it("a scale bound of 20 digits is a figure like any other; 21 digits: INVALID_RUBRIC at the bound", () => {
    const twenty = base();
    (twenty.scales.x as { max: string }).max = digits(20);
    expect(score(defineRubric(twenty), { answers: { a: "4" } }).value).toBe("100.00");
    const more = base();
    (more.scales.x as { max: string }).max = digits(21);
    const e = errorOf(() => defineRubric(more));
    expect([e.code, e.path, e.rule]).toEqual(["INVALID_RUBRIC", ["scales", "x", "max"], "figures.digits"]);
    expect(e.message).toMatch(/at most 20 digits/);
  });

  it("zeros after the point count: 0.000…01 with 21 decimals (one significant digit) is too long for a band edge", () => {
    const def = base();
    (def.predicates as unknown as Array<{ min: string }>)[1]!.min = `0.${"0".repeat(20)}1`;
    expect(said(() => defineRubric(def))).toEqual({
      code: "INVALID_RUBRIC",
      path: ["predicates", 1, "min"],
      rule: "figures.digits",
    });
  });

  it.each<[string, (d: RubricDefinition, v: string) => void, ReadonlyArray<string | number>]>([
    ["result.max", (d, v) => Object.assign(d.result, { max: v }), ["result", "max"]],
    ["a band edge", (d, v) => Object.assign(d.predicates?.[0] as object, { max: v }), ["predicates", 0, "max"]],
    ["a scale bound", (d, v) => Object.assign(d.scales.x as object, { min: v }), ["scales", "x", "min"]],
    [
      "an option value",
      (d, v) => Object.assign((d.scales.abcd as unknown as { options: object[] }).options[1] as object, { value: v }),
      ["scales", "abcd", "options", 1, "value"],
    ],
    [
      "a normalisation bound",
      (d, v) => Object.assign((d.scales.index04 as { normalize: object }).normalize, { max: v }),
      ["scales", "index04", "normalize", "max"],
    ],
    [
      "a level value",
      (d, v) => Object.assign(d.nodes[0] as object, { levels: [{ value: v, label: { id: "x" } }] }),
      ["nodes", 0, "levels", 0, "value"],
    ],
  ])("a million-digit %s: INVALID_RUBRIC at it, within milliseconds", (_what, put, path) => {
    for (const huge of [`1.${"7".repeat(1_000_000)}`, `0.${"0".repeat(1_000_000)}1`]) {
      const def = base();
      put(def, huge);
      const t0 = performance.now();
      expect(said(() => defineRubric(def))).toEqual({ code: "INVALID_RUBRIC", path, rule: "figures.digits" });
      expect(performance.now() - t0).toBeLessThan(1_000);
    }
  });

  it("a weight of 100 digits per number defines; 101: INVALID_RUBRIC at the weight, rule weights.precision", () => {
    const d = 10n ** 99n + 7n; // 100 digits
    const thirds = (den: bigint) =>
      tinyRubric([
        group(
          "g",
          "100",
          [leaf("a", `${den / 3n}/${den}`, "index04"), leaf("b", `${den - den / 3n}/${den}`, "index04")],
          {
            childWeightTotal: "1",
          },
        ),
      ]);
    expect(score(defineRubric(thirds(d)), { answers: { a: "4", b: "4" } }).value).toBe("100.00");
    const e = errorOf(() => defineRubric(thirds(d * 10n)));
    expect([e.code, e.path, e.rule]).toEqual([
      "INVALID_RUBRIC",
      ["nodes", 0, "children", 0, "weight"],
      "weights.precision",
    ]);
    expect(e.message).toMatch(/at most 100 digits/);
  });

  it("through every entry point that defines a caller's rubric: classify, aggregate, score, deriveRubric", () => {
    const def = base();
    (def.scales.x as { max: string }).max = `1.${"7".repeat(1_000_000)}`;
    const at = { code: "INVALID_RUBRIC", path: ["scales", "x", "max"], rule: "figures.digits" };
    // The root functions name the rubric argument first; kinerja/engine's take nothing but a rubric.
    const underRubric = { ...at, path: ["rubric", ...at.path] };
    const t0 = performance.now();
    expect(said(() => classify(def, "50"))).toEqual(underRubric);
    expect(said(() => aggregate(def, ["50"]))).toEqual(underRubric);
    expect(said(() => score(def, { answers: { a: "4" } }))).toEqual(underRubric);
    expect(said(() => engine.aggregate(def, ["50"]))).toEqual(at);
    expect(said(() => engine.classify(def, "50"))).toEqual(at);
    expect(said(() => engine.score(def, { answers: { a: "4" } }))).toEqual(at);
    expect(performance.now() - t0).toBeLessThan(2_000);
    const derived = errorOf(() =>
      deriveRubric(defineRubric(base()), { weights: { a: `1${"0".repeat(1_000_000)}` } }, { id: "tiny@1+w" }),
    );
    expect([derived.code, derived.path, derived.rule]).toEqual([
      "INVALID_RUBRIC",
      ["nodes", 0, "weight"],
      "weights.precision",
    ]);
  });

  it("all 27 built-in rubrics still define from their plain JSON", () => {
    expect(BUILTIN_RUBRICS).toHaveLength(27);
    for (const rubric of BUILTIN_RUBRICS) expect(defineRubric(clone(rubric)).id).toBe(rubric.id);
  });
});

describe("validateRespondents names 'nobody answered' where skmFromRespondents does", () => {
  it('incomplete: "report", U9 never answered: issue path [0, "U9"], i.e. rows[0].U9 as skmFromRespondents says', () => {
    const rows = [
      [4, 4, 4, 4, 4, 4, 4, 4, null],
      [3, 3, 3, 3, 3, 3, 3, 3, ""],
    ];
    const issues = validateRespondents(skm2017v2, rows, { incomplete: "report" }).issues;
    expect(issues.map((i) => [i.code, i.path])).toEqual([["MISSING_ANSWER", [0, "U9"]]]);
    const e = errorOf(() => skmFromRespondents(rows, { rubric: skm2017v2, incomplete: "report" }));
    expect([e.code, e.path]).toEqual(["MISSING_ANSWER", ["rows", 0, "U9"]]);
    // Issue paths are relative to the rows (as every other respondent issue): prefixed, they are the error's.
    expect(["rows", ...(issues[0]?.path ?? [])]).toEqual(e.path);
  });
});
