import { describe, expect, it } from "vitest";
import { listIndicators, score } from "../../src/index.js";
import type { ScoreResult } from "../../src/model/types.js";
import {
  aggregateInstansi,
  combineF03,
  improvementPriorities,
  pekppp2017,
  pekppp2022,
} from "../../src/schemes/pekppp/index.js";
import { errorOf } from "../helpers.js";

const codes = listIndicators(pekppp2022).map((i) => i.code);
const all = (v: number) => Object.fromEntries(codes.map((c) => [c, v]));

describe("a score result's breakdown is validated like any answer", () => {
  const base = score(pekppp2022, { answers: all(3) });
  const at = base.breakdown.findIndex((b) => b.code === codes[0]);
  const forged = (raw: string): ScoreResult =>
    ({ ...base, breakdown: base.breakdown.map((b, i) => (i === at ? { ...b, raw } : b)) }) as ScoreResult;

  it.each([
    ["abc", "INVALID_INPUT"],
    ["9", "ANSWER_OUT_OF_SCALE"],
    ["3.7", "ANSWER_OUT_OF_SCALE"],
  ])("raw %s → %s, naming the breakdown entry (improvementPriorities, combineF03, aggregateInstansi)", (raw, code) => {
    const fake = forged(raw);
    const a = errorOf(() => improvementPriorities(pekppp2022, fake));
    expect([a.code, a.path]).toEqual([code, ["input", "breakdown", at, "raw"]]);
    const b = errorOf(() => combineF03(pekppp2022, { f02: fake }));
    expect([b.code, b.path]).toEqual([code, ["f02", "breakdown", at, "raw"]]);
    const c = errorOf(() => aggregateInstansi(pekppp2022, [{ result: base }, { result: fake }]));
    expect([c.code, c.path]).toEqual([code, ["units", 1, "result", "breakdown", at, "raw"]]);
  });

  it("still accepts an untouched result: all-3 answers give exactly 3", () => {
    expect(combineF03(pekppp2022, { f02: base }).exact).toBe("3");
  });

  it("names the unit of a bad answer: units[1].answers[code]", () => {
    const e = errorOf(() =>
      aggregateInstansi(pekppp2022, [{ answers: all(3) }, { answers: { ...all(3), [codes[2] as string]: 6 } }]),
    );
    expect([e.code, e.path]).toEqual(["ANSWER_OUT_OF_SCALE", ["units", 1, "answers", codes[2]]]);
  });
});

describe("a stored result is read through the engine: its exact value must follow from its breakdown", () => {
  const base = score(pekppp2022, { answers: all(3) });

  it("an exact value (with its fraction) that its breakdown does not give is refused, naming the result", () => {
    // hand: all-3 answers give exactly 3; a result that claims 4 with the same breakdown is tampered.
    const tampered = { ...base, exact: "4", exactFraction: "4" } as ScoreResult;
    const e = errorOf(() => combineF03(pekppp2022, { f02: tampered }));
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["f02", "exactFraction"]]);
    const u = errorOf(() => aggregateInstansi(pekppp2022, [{ result: tampered }]));
    expect([u.code, u.path]).toEqual(["INVALID_INPUT", ["units", 0, "result", "exactFraction"]]);
  });

  it("exact and exactFraction that disagree are refused (the engine's stored-result check)", () => {
    const e = errorOf(() => improvementPriorities(pekppp2022, { ...base, exactFraction: "7/2" } as ScoreResult));
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["input", "exactFraction"]]);
  });

  it("a result scored on another rubric is a RUBRIC_MISMATCH naming its rubric field", () => {
    const other = score(pekppp2017, {
      answers: Object.fromEntries(listIndicators(pekppp2017).map((i) => [i.code, 3])),
    });
    const e = errorOf(() => combineF03(pekppp2022, { f02: other }));
    expect([e.code, e.path]).toEqual(["RUBRIC_MISMATCH", ["f02", "rubric"]]);
  });
});
