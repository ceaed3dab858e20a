import { describe, expect, it } from "vitest";
import { scoreRubric } from "../../src/engine/scoreRubric.js";
import { defineRubric, KinerjaError, listIndicators, score } from "../../src/index.js";
import { demoDefinition } from "../fixtures/demo.js";
import { handCases } from "../fixtures/demo-answers.js";
import { errorOf } from "../helpers.js";

const demo = defineRubric(demoDefinition);
const mixed = handCases[2];

describe("score", () => {
  for (const c of handCases) {
    it(`hand-computed: ${c.name}`, () => {
      const r = score(demo, { answers: c.answers });
      expect(r.exact).toBe(c.exact);
      expect(r.value).toBe(c.value);
      expect(r.predicate?.code).toBe(c.predicate);
      expect(r.rubric).toBe("demo@1");
    });
  }

  it("breakdown: raw and weighted per group; labels and sources only in the full form", () => {
    const r = score(demo, { answers: mixed.answers });
    const full = scoreRubric(demo, { answers: mixed.answers }, { detail: "full" });
    for (const [code, [raw, weighted]] of Object.entries(mixed.groups)) {
      const entry = r.breakdown.find((b) => b.code === code);
      expect(entry?.raw).toBe(raw);
      expect(entry?.weighted).toBe(weighted);
      expect(entry).not.toHaveProperty("source");
      expect(entry).not.toHaveProperty("label");
      const long = full.breakdown.find((b) => b.code === code);
      expect(long?.source?.regulation).toBe("test fixture");
      expect(long?.label).toEqual(demoDefinition.nodes.find((n) => n.code === code)?.label);
      expect({ ...long, source: undefined, label: undefined }).toEqual({
        ...entry,
        source: undefined,
        label: undefined,
      });
    }
    const c1 = r.breakdown.find((b) => b.code === "c1");
    expect(c1).toMatchObject({ parent: "c", depth: 1, raw: "5", weight: "100/3", share: "0.06" });
    expect(r.breakdown.map((b) => b.code).slice(0, 3)).toEqual(["a", "a1", "a2"]);
  });

  it("gap to the next predicate is counted from the published value", () => {
    const r = score(demo, { answers: mixed.answers });
    expect(r.gap).toMatchObject({ next: { code: mixed.gap.next }, target: mixed.gap.target, points: mixed.gap.points });
    expect(score(demo, { answers: handCases[0].answers }).gap).toBeNull();
  });

  it("result is plain JSON", () => {
    const r = score(demo, { answers: mixed.answers });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it("accepts numbers, decimal strings and integer-valued strings", () => {
    const answers = { ...mixed.answers, a1: "5", b1: "3.0" };
    expect(score(demo, { answers }).exact).toBe(mixed.exact);
  });

  it("listIndicators gives the answer keys in official order", () => {
    const list = listIndicators(demo);
    expect(list.map((i) => i.code)).toEqual(Object.keys(handCases[0].answers));
    expect(list[0]).toMatchObject({ path: ["a", "a1"], weight: "17", share: "0.0408", scale: { kind: "integer" } });
  });
});

describe("score rejects bad input, naming the path and the rule", () => {
  const cases: Array<[string, unknown, string, Array<string | number>]> = [
    ["missing answer", { answers: { ...mixed.answers, a1: undefined } }, "MISSING_ANSWER", ["answers", "a1"]],
    ["unknown code", { answers: { ...mixed.answers, zz: 1 } }, "UNKNOWN_INDICATOR", ["answers", "zz"]],
    ["group code", { answers: { ...mixed.answers, a: 1 } }, "UNKNOWN_INDICATOR", ["answers", "a"]],
    ["above scale", { answers: { ...mixed.answers, b2: 6 } }, "ANSWER_OUT_OF_SCALE", ["answers", "b2"]],
    ["below scale", { answers: { ...mixed.answers, b2: -1 } }, "ANSWER_OUT_OF_SCALE", ["answers", "b2"]],
    ["not whole", { answers: { ...mixed.answers, b2: 2.5 } }, "ANSWER_OUT_OF_SCALE", ["answers", "b2"]],
    ["NaN", { answers: { ...mixed.answers, b2: Number.NaN } }, "INVALID_INPUT", ["answers", "b2"]],
    ["Infinity", { answers: { ...mixed.answers, b2: Number.POSITIVE_INFINITY } }, "INVALID_INPUT", ["answers", "b2"]],
    ["word", { answers: { ...mixed.answers, b2: "lima" } }, "INVALID_INPUT", ["answers", "b2"]],
    ["boolean", { answers: { ...mixed.answers, b2: true } }, "INVALID_INPUT", ["answers", "b2"]],
    ["no answers", {}, "INVALID_INPUT", ["answers"]],
    ["extra field", { answers: mixed.answers, year: 2024 }, "INVALID_INPUT", ["year"]],
    ["not an object", 42, "INVALID_INPUT", []],
  ];
  for (const [name, input, code, path] of cases) {
    it(name, () => {
      // biome-ignore lint/suspicious/noExplicitAny: deliberately bad input
      const e = errorOf(() => score(demo, input as any));
      expect(e).toBeInstanceOf(KinerjaError);
      expect(e.code).toBe(code);
      expect(e.path).toEqual(path);
      expect(e.rule.length).toBeGreaterThan(0);
    });
  }

  it("the message names the scale rule", () => {
    const e = errorOf(() => score(demo, { answers: { ...mixed.answers, b2: 6 } }));
    expect(e.message).toContain("a whole number from 0 to 5");
  });
});
