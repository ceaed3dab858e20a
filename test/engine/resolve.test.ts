import { describe, expect, it } from "vitest";
import { defineRubric, deriveRubric, getRubric, listRubrics, resolveRubric } from "../../src/index.js";
import { demoDefinition } from "../fixtures/demo.js";
import { codeOf } from "../helpers.js";

describe("registry", () => {
  const demo = defineRubric({ ...demoDefinition, status: "official" as const, validFor: { from: 2017, to: 2021 } });
  const next = deriveRubric(demo, { validFor: { from: 2022, to: null } }, { id: "demo@2" });

  it("resolves exactly one rubric per year from an explicit pool", () => {
    const pool = [demo, next];
    expect(resolveRubric("demo", { assessmentYear: 2017, rubrics: pool }).id).toBe("demo@1");
    expect(resolveRubric("demo", { assessmentYear: 2021, rubrics: pool }).id).toBe("demo@1");
    expect(resolveRubric("demo", { assessmentYear: 2022, rubrics: pool }).id).toBe("demo@2");
    expect(resolveRubric("demo", { assessmentYear: 2030, rubrics: pool }).id).toBe("demo@2");
  });

  it("never falls back: no match and several matches are errors", () => {
    expect(codeOf(() => resolveRubric("demo", { assessmentYear: 2016, rubrics: [demo, next] }))).toBe(
      "NO_RUBRIC_FOR_YEAR",
    );
    const overlap = deriveRubric(demo, { validFor: { from: 2020, to: null } }, { id: "demo@3" });
    expect(codeOf(() => resolveRubric("demo", { assessmentYear: 2021, rubrics: [demo, overlap] }))).toBe(
      "AMBIGUOUS_RUBRIC",
    );
  });

  it("asks for the assessment year explicitly", () => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately wrong option
    expect(codeOf(() => resolveRubric("demo", { year: 2022 } as any))).toBe("INVALID_INPUT");
    // @ts-expect-error: "demo" is no scheme kinerja ships
    expect(codeOf(() => resolveRubric("demo", { assessmentYear: 2022.5 }))).toBe("INVALID_INPUT");
  });

  it("unknown ids and schemes", () => {
    // @ts-expect-error: a literal id kinerja does not ship does not compile (and throws at run time)
    expect(codeOf(() => getRubric("pekppp@1999.9"))).toBe("UNKNOWN_RUBRIC");
    // @ts-expect-error: an unknown scheme literal does not compile (and throws at run time)
    expect(codeOf(() => resolveRubric("nope", { assessmentYear: 2024 }))).toBe("UNKNOWN_RUBRIC");
  });

  it("listRubrics lists only published rubrics, sorted, with their validity", () => {
    const list = listRubrics();
    expect(list.map((r) => r.id)).toEqual([...list.map((r) => r.id)].sort());
    for (const r of list) {
      expect(r.id).toBe(`${r.scheme}@${r.version}`);
      expect(r.status).toBe("official");
      expect(getRubric(r.id).id).toBe(r.id);
    }
    expect(list.some((r) => r.id.startsWith("demo"))).toBe(false);
  });
});
