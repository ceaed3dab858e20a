import { describe, expect, it } from "vitest";
import { defineRubric } from "../../src/index.js";
import { compareYears } from "../../src/schemes/ombudsman/index.js";
import { errorOf } from "../helpers.js";

const src = { regulation: "test", confirmed: true } as const;

/** A 0–5 rubric that declares no rounding (values are published as given). */
const unrounded = defineRubric({
  id: "n@1",
  scheme: "n",
  version: "1",
  status: "demo",
  title: { id: "n" },
  legalBasis: [src],
  validFor: { from: 2022, to: null },
  weightTotal: "100",
  scales: { s: { kind: "integer", min: 0, max: 5, source: src } },
  result: { min: "0", max: "5" },
  nodes: [{ code: "a", label: { id: "a" }, weight: "100", source: src, scale: "s" }],
  predicates: null,
  aggregation: null,
});

describe("compareYears refuses a rubric that is not valid for the year", () => {
  it("2024 on ombudsman@2013.1 (valid 2013–2014) → RUBRIC_MISMATCH at from.rubric", () => {
    const e = errorOf(() =>
      compareYears(
        { assessmentYear: 2024, value: "50", rubric: "ombudsman@2013.1" },
        { assessmentYear: 2024, value: "60" },
      ),
    );
    expect([e.code, e.path]).toEqual(["RUBRIC_MISMATCH", ["from", "rubric"]]);
  });

  it("accepts an explicit rubric that is valid for the year", () => {
    const c = compareYears(
      { assessmentYear: 2023, value: "89.45", rubric: "ombudsman@2023.1" },
      { assessmentYear: 2024, value: "95.31", rubric: "ombudsman@2024.1" },
    );
    expect(c.delta).toBe("+5.86");
  });

  it("names the side of a bad year or result", () => {
    expect(
      errorOf(() => compareYears({ assessmentYear: 2023.5, value: "1" }, { assessmentYear: 2024, value: "1" })).path,
    ).toEqual(["from", "assessmentYear"]);
    expect(
      errorOf(() => compareYears({ assessmentYear: 2023, value: "1" }, { assessmentYear: 2020, value: "1" })).path,
    ).toEqual(["to", "assessmentYear"]);
    const e = errorOf(() =>
      compareYears({ assessmentYear: 2023, result: null as never }, { assessmentYear: 2024, value: "1" }),
    );
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["from", "result"]]);
  });
});

describe("compareYears does not round the delta when the rubric declares no rounding", () => {
  it("1.5 → 2.25: +0.75 (not +1); 1.5 → 1.9: +0.4 (not +0)", () => {
    const a = compareYears(
      { assessmentYear: 2022, value: "1.5", rubric: unrounded },
      { assessmentYear: 2023, value: "2.25", rubric: unrounded },
    );
    expect([a.from.value, a.to.value, a.delta, a.direction]).toEqual(["1.5", "2.25", "+0.75", "up"]);
    const b = compareYears(
      { assessmentYear: 2022, value: "1.5", rubric: unrounded },
      { assessmentYear: 2023, value: "1.9", rubric: unrounded },
    );
    expect([b.delta, b.direction]).toEqual(["+0.4", "up"]);
    const c = compareYears(
      { assessmentYear: 2022, value: "2", rubric: unrounded },
      { assessmentYear: 2023, value: "2", rubric: unrounded },
    );
    expect([c.delta, c.direction]).toEqual(["0", "same"]);
  });
});
