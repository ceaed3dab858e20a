import { describe, expect, it } from "vitest";
import { SKM_PRINTED_WEIGHT, SKM_RESPONDENT_ANSWERS } from "../../src/data/skm/helpers.js";
import { defineRubric, deriveRubric, score } from "../../src/index.js";
import { skm2017, skmFromNrr, skmFromRespondents } from "../../src/schemes/skm/index.js";
import { errorOf } from "../helpers.js";

const U = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"];
const row = (v: number) => U.map(() => v);

describe("respondent answers are read on the rubric's own answer scale, never on a silent 1–4", () => {
  it("skm@2017.1 names its questionnaire scale (data, with its source)", () => {
    expect(SKM_RESPONDENT_ANSWERS.scale).toBe("jawaban");
    expect(skm2017.scales[SKM_RESPONDENT_ANSWERS.scale]).toMatchObject({ kind: "integer", min: 1, max: 4 });
    expect(SKM_RESPONDENT_ANSWERS.source.confirmed).toBe(true);
  });

  it("a rubric without a whole-number answer scale cannot take rows: INVALID_INPUT at options.rubric", () => {
    const { jawaban: _dropped, ...scales } = skm2017.scales;
    const noAnswers = defineRubric({
      ...skm2017,
      id: "skm@2017.1-no-jawaban",
      version: "2017.1-no-jawaban",
      status: "derived",
      scales,
    });
    const e = errorOf(() => skmFromRespondents([row(3)], { rubric: noAnswers }));
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["options", "rubric"]]);
    const decimal = deriveRubric(
      skm2017,
      { scales: { jawaban: { kind: "decimal", min: "1", max: "4", source: SKM_RESPONDENT_ANSWERS.source } } },
      { id: "skm@2017.1-decimal-jawaban" },
    );
    expect(errorOf(() => skmFromRespondents([row(3)], { rubric: decimal })).path).toEqual(["options", "rubric"]);
    // NRRs need no questionnaire scale.
    expect(skmFromNrr(Object.fromEntries(U.map((u) => [u, "3"])), { rubric: noAnswers }).value).toBe("75.00");
  });

  it("the answer scale comes from the rubric: with options 1–3, an answer of 4 is out of scale", () => {
    const threeOptions = deriveRubric(
      skm2017,
      { scales: { jawaban: { kind: "integer", min: 1, max: 3, source: SKM_RESPONDENT_ANSWERS.source } } },
      { id: "skm@2017.1-three-options" },
    );
    const e = errorOf(() => skmFromRespondents([row(3), row(4)], { rubric: threeOptions }));
    expect([e.code, e.path, e.rule]).toEqual([
      "ANSWER_OUT_OF_SCALE",
      ["rows", 1, "U1"],
      "a whole number from 1 to 3 (questionnaire option a–d)",
    ]);
    // hand: all 3 → 25 × 3 = 75
    expect(skmFromRespondents([row(3)], { rubric: threeOptions }).value).toBe("75.00");
  });
});

describe("the LEGACY printed weight is data with a source, used only on request", () => {
  it("defaults to SKM_PRINTED_WEIGHT (0.111, unconfirmed) in weightMode printed", () => {
    const r = skmFromNrr(Object.fromEntries(U.map((u) => [u, "4"])), { weightMode: "printed" });
    expect(r.elements.map((e) => e.weight)).toEqual(U.map(() => SKM_PRINTED_WEIGHT.weight));
    expect(SKM_PRINTED_WEIGHT.source.confirmed).toBe(false);
    // hand: 9 × 0.111 × 4 × 25 = 99.9
    expect([r.exact, r.value, r.confirmed]).toEqual(["99.9", "99.90", false]);
  });

  it("in exact mode the result is the engine's: the same value, fraction and breakdown as score() on exact NRRs", () => {
    const nrr = Object.fromEntries(U.map((u, k) => [u, (["3.25", "3.5", "2.75"] as const)[k % 3] as string]));
    const r = skmFromNrr(nrr);
    const s = score(skm2017, { answers: nrr });
    expect([r.value, r.exact, r.exactFraction, r.predicate, r.breakdown, r.confirmed]).toEqual([
      s.value,
      s.exact,
      s.exactFraction,
      s.predicate,
      s.breakdown,
      s.confirmed,
    ]);
  });
});
