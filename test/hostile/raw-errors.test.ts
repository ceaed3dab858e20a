/**
 * Issue #11, "raw TypeError/RangeError instead of KinerjaError": every one of these used to escape as a raw
 * error (or a stack overflow); each is now a KinerjaError with a code, a path and a rule, and its message can
 * always be shown.
 */
import { describe, expect, it } from "vitest";
import {
  defineRubric,
  deriveRubric,
  getRubric,
  KinerjaError,
  listRubrics,
  resolveRubric,
  score,
} from "../../src/index.js";
import { perCriterion, sakip2021 } from "../../src/schemes/sakip/index.js";
import { group, leaf, testSource, tinyRubric } from "../support/tinyRubric.js";
import { codePath, errorOf, pekpppAll } from "./helpers.js";

const pekppp = getRubric("pekppp@2022.2");

describe("deriveRubric with a missing or malformed patch or meta", () => {
  it.each([
    ["no patch", undefined, { id: "x@1" }, ["patch"]],
    ["a string patch", "weights", { id: "x@1" }, ["patch"]],
    ["weights: null", { weights: null }, { id: "x@1" }, ["patch", "weights"]],
    ["a weight that is no weight", { weights: { kebijakan: 24 } }, { id: "x@1" }, ["patch", "weights", "kebijakan"]],
    ["an unknown patch field", { wieghts: {} }, { id: "x@1" }, ["patch", "wieghts"]],
    [
      "a node replaced by a number",
      { replaceNodes: { kebijakan: 5 } },
      { id: "x@1" },
      ["patch", "replaceNodes", "kebijakan"],
    ],
    ["no meta", {}, undefined, ["meta"]],
    ["meta.id a number", {}, { id: 5 }, ["meta", "id"]],
  ])("%s: INVALID_INPUT naming it", (_what, patch, meta, path) => {
    expect(codePath(() => deriveRubric(pekppp, patch as never, meta as never))).toEqual(["INVALID_INPUT", path]);
  });

  it("a base that is no rubric: INVALID_INPUT at base (or INVALID_RUBRIC inside it)", () => {
    expect(codePath(() => deriveRubric(undefined as never, {}, { id: "x@1" }))).toEqual(["INVALID_INPUT", ["base"]]);
    const [code, path] = codePath(() => deriveRubric({} as never, {}, { id: "x@1" }));
    expect(code).toBe("INVALID_RUBRIC");
    expect(path[0]).toBe("base");
  });
});

describe("rubric lookups with values that are no ids", () => {
  it("getRubric with a Symbol or a null-prototype object: UNKNOWN_RUBRIC, and a message that can be shown", () => {
    for (const id of [Symbol("x"), Object.create(null), 5n]) {
      const e = errorOf(() => getRubric(id as never));
      expect([e.code, e.path]).toEqual(["UNKNOWN_RUBRIC", ["id"]]);
      expect(e.message).not.toMatch(/undefined/);
    }
  });

  it("resolveRubric with a Symbol or a null-prototype object as the scheme: INVALID_INPUT at scheme", () => {
    for (const scheme of [Symbol("x"), Object.create(null)])
      expect(codePath(() => resolveRubric(scheme as never, { assessmentYear: 2024 }))).toEqual([
        "INVALID_INPUT",
        ["scheme"],
      ]);
  });

  it('resolveRubric with rubrics: "x", [null] or [{}]: INVALID_INPUT / INVALID_RUBRIC naming the entry', () => {
    expect(codePath(() => resolveRubric("pekppp", { assessmentYear: 2024, rubrics: "x" as never }))).toEqual([
      "INVALID_INPUT",
      ["rubrics"],
    ]);
    expect(codePath(() => resolveRubric("pekppp", { assessmentYear: 2024, rubrics: [null] as never }))).toEqual([
      "INVALID_INPUT",
      ["rubrics", 0],
    ]);
    const e = errorOf(() => resolveRubric("pekppp", { assessmentYear: 2024, rubrics: [{}] as never }));
    expect([e.code, e.path.slice(0, 2)]).toEqual(["INVALID_RUBRIC", ["rubrics", 0]]);
  });

  it("listRubrics(null) and a filter that is no scheme", () => {
    expect(codePath(() => listRubrics(null as never))).toEqual(["INVALID_INPUT", ["filter"]]);
    expect(codePath(() => listRubrics({ scheme: 5 } as never))).toEqual(["INVALID_INPUT", ["filter", "scheme"]]);
    expect(codePath(() => listRubrics({ scheme: "pekpp" }))).toEqual(["UNKNOWN_RUBRIC", ["filter", "scheme"]]);
    expect(listRubrics({ scheme: "rb" }).length).toBeGreaterThan(0);
  });
});

describe("KinerjaError itself", () => {
  it("new KinerjaError(code, message) without options: path [], rule 'unspecified'", () => {
    const e = new KinerjaError("INVALID_INPUT", "m");
    expect([e.path, e.rule, e.details]).toEqual([[], "unspecified", {}]);
    expect(JSON.stringify(e)).toContain('"rule":"unspecified"');
  });

  it("whatever the options, constructing one never throws", () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const options of [null, 5, "x", { path: "x" }, { path: [Symbol("s"), 1n, circular, 2, "k"] }, circular]) {
      const e = new KinerjaError("INVALID_INPUT", circular as never, options as never);
      expect(e.path.every((k) => typeof k === "string" || typeof k === "number")).toBe(true);
      expect(typeof e.message).toBe("string");
    }
  });
});

describe("messages about values that are themselves hostile", () => {
  const circular: Record<string, unknown> = { a: 1 };
  circular.self = circular;
  let deep: unknown = { leaf: 1 };
  for (let i = 0; i < 10_000; i++) deep = { n: deep };

  it.each([
    ["a BigInt", 5n],
    ["a circular object", circular],
    ["a 10 000-deep object", deep],
    ["a Symbol", Symbol("s")],
    ["a null-prototype object", Object.create(null)],
    ["a function", () => 1],
  ])("%s as an answer, an option, a weight or a rubric: a short message, never a crash", (_what, value) => {
    const calls = [
      () => score("pekppp@2022.2", { answers: { ...pekpppAll(3), "1.a.Ak": value } } as never),
      () => score("pekppp@2022.2", value as never),
      () => defineRubric(value as never),
      () => defineRubric({ ...tinyRubric([leaf("a", "100", "index04")]), title: value } as never),
      () => resolveRubric("pekppp", value as never),
      () => perCriterion(sakip2021, { "perencanaan.keberadaan": value } as never, { id: "sakip@2021.1+x" }),
    ];
    for (const call of calls) {
      const e = errorOf(call);
      expect(e.message.length).toBeLessThan(600);
      expect(() => JSON.stringify(e)).not.toThrow();
    }
  });
});

describe("own properties only: a scale, an option or a criterion named like an Object method", () => {
  const constructorScale = { kind: "integer", min: 0, max: 1, source: testSource } as const;

  it('a leaf scale named "constructor" is unknown unless the rubric declares it', () => {
    expect(codePath(() => defineRubric(tinyRubric([leaf("a", "100", "constructor")])))).toEqual([
      "INVALID_RUBRIC",
      ["nodes", 0, "scale"],
    ]);
    const declared = defineRubric(
      tinyRubric([leaf("a", "100", "constructor")], {
        scales: { constructor: constructorScale } as never,
        result: { min: "0", max: "100", multiplier: "100" },
      }),
    );
    expect(score(declared, { answers: { a: 1 } }).value).toBe("100");
  });

  it('an answer "toString" is no option code; a criterion scale "constructor" is no scale of the rubric', () => {
    expect(
      codePath(() => score("sakip@2021.1", { answers: { "perencanaan.keberadaan": "toString" } } as never))[0],
    ).toBe("ANSWER_OUT_OF_SCALE");
    expect(
      codePath(() =>
        perCriterion(sakip2021, { "perencanaan.keberadaan": [{ scale: "constructor" }] }, { id: "sakip@2021.1+x" }),
      ),
    ).toEqual(["INVALID_INPUT", ["counts", "perencanaan.keberadaan", 0, "scale"]]);
  });
});

describe("nesting", () => {
  it("a rubric nested 800 groups deep: INVALID_RUBRIC (at most 32 levels), no stack overflow", () => {
    let nodes = [leaf("z", "100", "index04")];
    for (let i = 0; i < 800; i++) nodes = [group(`g${i}`, "100", nodes, { childWeightTotal: "100" })];
    const e = errorOf(() => defineRubric(tinyRubric(nodes)));
    expect(e.code).toBe("INVALID_RUBRIC");
    expect(e.message.length).toBeLessThan(400);
  });

  it("32 levels are fine, 33 are refused by the shape check", () => {
    const nested = (levels: number) => {
      let nodes = [leaf("z", "100", "index04")];
      for (let i = 0; i < levels; i++) nodes = [group(`g${i}`, "100", nodes, { childWeightTotal: "100" })];
      return tinyRubric(nodes);
    };
    expect(defineRubric(nested(31)).id).toBe("tiny@1");
    expect(errorOf(() => defineRubric(nested(33))).rule).toBe("schema.too_big");
  });
});
