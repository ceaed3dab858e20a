/**
 * Type tests (checked by `npm run typecheck` in CI): ids, scheme ids and
 * indicator codes are literal types, so typos fail to compile.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { PEKPPP_2022_1 } from "../../src/data/pekppp/2022.1.js";
import {
  type AnswersOf,
  classify,
  getRubric,
  type IndicatorCode,
  listIndicators,
  resolveRubric,
  type ScoreResult,
  score,
} from "../../src/index.js";

type Pekppp2022 = typeof PEKPPP_2022_1;

import { pekppp2022v2 } from "../../src/schemes/pekppp/index.js";
import { codeOf } from "../helpers.js";

describe("literal types guide the caller", () => {
  it("built-in ids compile, others do not (and fail at run time too)", () => {
    expectTypeOf(getRubric("rb@2018.1").id).toEqualTypeOf<"rb@2018.1">();
    // @ts-expect-error: no such version
    expect(codeOf(() => getRubric("pekppp@2022.9"))).toBe("UNKNOWN_RUBRIC");
    // @ts-expect-error: no such scheme
    expect(codeOf(() => resolveRubric("pekpp", { assessmentYear: 2024 }))).toBe("UNKNOWN_RUBRIC");
    // @ts-expect-error: classify takes a built-in id or a rubric
    expect(codeOf(() => classify("rb@2019.1", "60"))).toBe("UNKNOWN_RUBRIC");
  });
  it("an id held in a variable compiles and is checked at run time", () => {
    const fromUser: string = "pekppp@2022.9";
    expect(codeOf(() => getRubric(fromUser))).toBe("UNKNOWN_RUBRIC");
    expect(listIndicators(fromUser.length > 99 ? fromUser : "skm@2017.1").length).toBe(9);
  });
  it("a score result keeps the rubric's literal id", () => {
    const r = score("sakip@2021.1", {
      points: { perencanaan: "20.7", pengukuran: "18.6", pelaporan: "11.55", evaluasi: "16.75" },
    });
    expectTypeOf(r).toEqualTypeOf<ScoreResult<"sakip@2021.1">>();
    expect(r.value).toBe("67.60");
  });
  it("indicator codes come from the rubric's literal data", () => {
    expectTypeOf<"1.a.Ak">().toMatchTypeOf<IndicatorCode<Pekppp2022>>();
    expectTypeOf<AnswersOf<Pekppp2022>>().toHaveProperty("2.a.P");
    // @ts-expect-error: "1.a.AK" is not an indicator code of pekppp@2022.1 (the code is "1.a.Ak")
    const typo: AnswersOf<Pekppp2022> = { "1.a.AK": 5 };
    expect(typo).toBeDefined();
    // @ts-expect-error: the same typo through score with a built-in id
    expect(codeOf(() => score("pekppp@2022.2", { answers: { "1.a.AK": 5 } }))).toBe("UNKNOWN_INDICATOR");
    // @ts-expect-error: and with the rubric object itself
    expect(codeOf(() => score(pekppp2022v2, { answers: { "1.a.AK": 5 } }))).toBe("UNKNOWN_INDICATOR");
  });
});
