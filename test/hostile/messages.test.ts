/**
 * Issue #11, "messages": NaN named as NaN (JSON.stringify said `null`), paths that name where the problem is
 * (with the argument's name in front of a path inside a rubric, caller bands at their own path), and an unknown
 * scheme reported as UNKNOWN_RUBRIC.
 */
import { describe, expect, it } from "vitest";
import { aggregate, getRubric, resolveRubric, score } from "../../src/index.js";
import { ASSUMED_BANDS_2025, compareYears, opini, rank } from "../../src/schemes/ombudsman/index.js";
import { combineF03, pekppp2022v2 } from "../../src/schemes/pekppp/index.js";
import { skmFromNrr, skmFromRespondents } from "../../src/schemes/skm/index.js";
import { codePath, errorOf, skmAll } from "./helpers.js";

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe("NaN is named NaN", () => {
  it.each([
    ["an option", () => rank([{ name: "A", value: "1" }], { order: Number.NaN as never })],
    ["a weight", () => aggregate("pekppp@2022.2", [{ value: "4", weight: Number.NaN }], { strategy: "weightedMean" })],
    [
      "an F-03 rule weight",
      () =>
        combineF03(
          pekppp2022v2,
          { f02: "4", f03: { value: "4" } },
          { kind: "weighted", f02: Number.NaN as never, f03: "0.25" },
        ),
    ],
    ["an answer", () => score("skm@2017.2", { answers: skmAll(Number.NaN as never) })],
  ])("in %s", (_what, call) => {
    const e = errorOf(call);
    expect(e.message).toMatch(/NaN/);
    expect(e.message).not.toMatch(/\bnull\b/);
  });
});

describe("paths", () => {
  it("a rubric passed as an argument: its problems are named under that argument", () => {
    const bad = { ...clone(getRubric("skm@2017.2")), weightTotal: "2" };
    const e = errorOf(() => score(bad as never, { answers: skmAll("3") }));
    expect([e.code, e.path]).toEqual(["INVALID_RUBRIC", ["rubric", "nodes"]]);
    expect(e.message).toMatch(/^Invalid rubric at rubric\.nodes:/);
    expect(codePath(() => score("nope@1" as never, { answers: {} }))).toEqual(["UNKNOWN_RUBRIC", ["rubric"]]);
    expect(codePath(() => skmFromNrr(skmAll("3"), { rubric: { id: "x" } as never }))[1].slice(0, 2)).toEqual([
      "options",
      "rubric",
    ]);
    expect(
      codePath(() =>
        compareYears(
          { assessmentYear: 2024, value: "1", rubric: { id: 1 } as never },
          { assessmentYear: 2024, value: "1" },
        ),
      )[1].slice(0, 2),
    ).toEqual(["from", "rubric"]);
    expect(codePath(() => rank([{ name: "A", value: "1" }], { rubric: {} as never }))[1].slice(0, 2)).toEqual([
      "options",
      "rubric",
    ]);
  });

  it("opini: a problem with caller bands is reported at options.bands[i], not at the rubric's predicates", () => {
    const bands = clone(ASSUMED_BANDS_2025);
    (bands[1] as { min: string }).min = "10";
    const e = errorOf(() => opini("ombudsman@2025.1", "90", { tanpaMaladministrasi: true, bands }));
    expect([e.code, e.path]).toEqual(["INVALID_RUBRIC", ["options", "bands", 1, "min"]]);
    expect(e.message).toMatch(/^options\.bands\[1\]\.min:/);
  });

  // "No respondent answered U1" used to name ["rows", "U1"], which is no place in the input.
  it('skmFromRespondents: an element nobody answered is named at the first row\'s field, not ["rows", "U1"]', () => {
    const row = [null, 4, 4, 4, 4, 4, 4, 4, 4];
    expect(codePath(() => skmFromRespondents([row], { incomplete: "report" }))).toEqual([
      "MISSING_ANSWER",
      ["rows", 0, "U1"],
    ]);
  });
});

describe("an unknown scheme is UNKNOWN_RUBRIC, not NO_RUBRIC_FOR_YEAR", () => {
  it("with the built-in rubrics and with a pool of your own", () => {
    expect(codePath(() => resolveRubric("pekpp" as never, { assessmentYear: 2024 }))).toEqual([
      "UNKNOWN_RUBRIC",
      ["scheme"],
    ]);
    expect(
      codePath(() => resolveRubric("nope", { assessmentYear: 2024, rubrics: [getRubric("pekppp@2022.2")] })),
    ).toEqual(["UNKNOWN_RUBRIC", ["scheme"]]);
    // A known scheme with no rubric for the year stays NO_RUBRIC_FOR_YEAR.
    expect(codePath(() => resolveRubric("pekppp", { assessmentYear: 2001 }))[0]).toBe("NO_RUBRIC_FOR_YEAR");
  });
});
