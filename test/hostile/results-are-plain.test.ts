/**
 * Issue #11, "results that are not plain JSON or share the caller's objects", and combineF03 copying a caller's
 * `confirmed: "yes"`: a result is built from checked, copied data only.
 */
import { describe, expect, it } from "vitest";
import { aggregate, defineRubric, getRubric, listIndicators, resolveRubric, score } from "../../src/index.js";
import { rank } from "../../src/schemes/ombudsman/index.js";
import { aggregateInstansi, combineF03, pekppp2022v2 } from "../../src/schemes/pekppp/index.js";
import { group, leaf, tinyRubric } from "../support/tinyRubric.js";
import { codePath, pekpppAll } from "./helpers.js";

/** Every object inside `value` (to look for the caller's own objects in a result). */
function objectsIn(value: unknown, out = new Set<object>()): Set<object> {
  if (typeof value === "object" && value !== null && !out.has(value)) {
    out.add(value);
    for (const v of Object.values(value)) objectsIn(v, out);
  }
  return out;
}

describe("rank passes nothing of the caller's through", () => {
  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["a BigInt", 5n],
    ["a function", () => "Banten"],
    ["an object", { id: "Banten" }],
  ])("a province that is %s: INVALID_INPUT at entries[0].province (it came back in the ranking)", (_w, province) => {
    expect(codePath(() => rank([{ name: "Kota A", value: "80", province } as never]))).toEqual([
      "INVALID_INPUT",
      ["entries", 0, "province"],
    ]);
  });

  it("a province that is text comes back as text", () => {
    expect(rank([{ name: "Kota A", value: "80", province: "Banten" }])[0]?.province).toBe("Banten");
  });
});

describe("F-03 rule labels", () => {
  it.each([
    ["a number", 5],
    ["an object", { id: "x" }],
    ["empty", ""],
  ])("a label that is %s: INVALID_INPUT at rule.label (it was copied into the result)", (_w, label) => {
    const rule = { kind: "weighted", f02: "0.75", f03: "0.25", label } as never;
    expect(codePath(() => combineF03(pekppp2022v2, { f02: "4", f03: { value: "4" } }, rule))).toEqual([
      "INVALID_INPUT",
      ["rule", "label"],
    ]);
    expect(
      codePath(() => aggregateInstansi(pekppp2022v2, [{ value: "4", f03: { value: "4" } }], { f03Rule: rule })),
    ).toEqual(["INVALID_INPUT", ["options", "f03Rule", "label"]]);
  });
});

describe("combineF03 never copies a caller's claim", () => {
  const result = score(pekppp2022v2, { answers: pekpppAll(4) });

  it('a stored result with confirmed: "yes" is refused, not turned into confirmed: true', () => {
    expect(codePath(() => combineF03(pekppp2022v2, { f02: { ...result, confirmed: "yes" } as never }))).toEqual([
      "INVALID_INPUT",
      ["f02", "confirmed"],
    ]);
    expect(
      codePath(() => aggregateInstansi(pekppp2022v2, [{ result: { ...result, confirmed: "yes" } as never }])),
    ).toEqual(["INVALID_INPUT", ["units", 0, "result", "confirmed"]]);
  });

  it("confirmed: true on a stored result whose figures are unconfirmed stays false (the engine decides)", () => {
    expect(result.confirmed).toBe(false);
    const claimed = { ...result, confirmed: true };
    expect(combineF03(pekppp2022v2, { f02: claimed }).confirmed).toBe(false);
    expect(aggregateInstansi(pekppp2022v2, [{ result: claimed }]).confirmed).toBe(false);
  });
});

describe("a plain rubric definition is copied, never handed back", () => {
  const definition = () =>
    tinyRubric([group("P", "60", [leaf("p1", "60", "abcd")], { childWeightTotal: "60" }), leaf("h1", "40", "index04")]);

  it("aggregate(plainDefinition).source is not the caller's object", () => {
    const def = definition();
    const a = aggregate(def, ["50"]);
    expect(a.source).toEqual(def.aggregation?.source);
    expect(a.source).not.toBe(def.aggregation?.source);
    const mine = objectsIn(def);
    expect([...objectsIn(a)].filter((o) => mine.has(o))).toEqual([]);
  });

  it("listIndicators(plainDefinition) shares none of the caller's objects", () => {
    const def = definition();
    const mine = objectsIn(def);
    expect([...objectsIn(listIndicators(def))].filter((o) => mine.has(o))).toEqual([]);
  });

  it("score and resolveRubric on a plain definition: the same, and the caller's definition stays unfrozen", () => {
    const def = definition();
    const mine = objectsIn(def);
    const scored = score(def, { answers: { p1: "B", h1: "2" } });
    expect([...objectsIn(scored)].filter((o) => mine.has(o))).toEqual([]);
    const official = { ...def, status: "official" as const };
    const resolved = resolveRubric("tiny", { assessmentYear: 2024, rubrics: [official] });
    expect(resolved).not.toBe(official);
    expect(resolved).toEqual(defineRubric(official));
    expect(Object.isFrozen(resolved)).toBe(true);
    expect(Object.isFrozen(official)).toBe(false);
  });

  it("built-in rubrics are frozen all the way down, so sharing them cannot hurt", () => {
    const r = getRubric("pekppp@2022.2");
    expect([...objectsIn(r)].every((o) => Object.isFrozen(o))).toBe(true);
  });
});
