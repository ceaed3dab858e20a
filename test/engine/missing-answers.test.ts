/** Every missing answer is reported at once, in official order (issue #7, bug 5). */
import { describe, expect, it } from "vitest";
import { defineRubric, getRubric, listIndicators, score } from "../../src/index.js";
import { codeOf, errorOf } from "../helpers.js";
import { group, leaf, testSource, tinyRubric } from "../support/tinyRubric.js";

describe("missing answers", () => {
  it("lists every missing code of a 30-indicator worksheet in official order, the path naming the first", () => {
    const r = getRubric("pekppp@2022.1");
    const codes = listIndicators(r).map((i) => i.code);
    const answers = Object.fromEntries(codes.filter((_, i) => i % 3 === 0).map((c) => [c, 3]));
    const e = errorOf(() => score(r, { answers }));
    expect(e.code).toBe("MISSING_ANSWER");
    const missing = codes.filter((_, i) => i % 3 !== 0);
    expect(e.details.missing).toEqual(missing);
    expect(e.path).toEqual(["answers", missing[0]]);
  });
  const items = [leaf("x1", "1", "yt"), leaf("x2", "1", "yt")];
  it('counts a missing answer as zero only with { missing: "zero" } on a rubric whose regulation says so', () => {
    const r = defineRubric(
      tinyRubric([group("X", "100", items, { childWeightTotal: "2" })], {
        missingAnswer: { rule: "zero", source: testSource },
      }),
    );
    expect(score(r, { answers: { x1: "Ya" }, missing: "zero" }).value).toBe("50.00");
    expect(codeOf(() => score(r, { answers: { x1: "Ya" } }))).toBe("MISSING_ANSWER");
  });
  it("refuses the option on a rubric whose regulation does not count missing answers as zero", () => {
    const r = defineRubric(tinyRubric([group("X", "100", items, { childWeightTotal: "2" })]));
    expect(codeOf(() => score(r, { answers: { x1: "Ya" }, missing: "zero" }))).toBe("INVALID_INPUT");
  });
});
