/**
 * Issue #11, "spoofed ids": a rubric cannot claim a published id with other content, a `{ rubric, exact }` object
 * is no score result, and a rubric handed to resolveRubric is validated like any definition.
 */
import { describe, expect, it } from "vitest";
import { aggregate, deriveRubric, getRubric, resolveRubric, score } from "../../src/index.js";
import { codePath, errorOf, pekpppAll } from "./helpers.js";

const pekppp2022 = getRubric("pekppp@2022.1");

describe("spoofed ids", () => {
  it('deriveRubric(pekppp2022, {}, { id: "pekppp@2017.1" }) is refused: a published id names one content', () => {
    expect(codePath(() => deriveRubric(pekppp2022, {}, { id: "pekppp@2017.1" }))).toEqual(["INVALID_RUBRIC", ["id"]]);
  });

  it("so a real 2017 result never meets a look-alike rubric: aggregating it on 2022 content is RUBRIC_MISMATCH", () => {
    const real2017 = score("pekppp@2017.1", { answers: pekpppAll2017(3) });
    expect(codePath(() => aggregate(pekppp2022, [real2017]))[0]).toBe("RUBRIC_MISMATCH");
  });

  it("resolveRubric({ rubrics: [plainObject] }) validates it (an invalid one is INVALID_RUBRIC at rubrics[i])", () => {
    const e = errorOf(() =>
      resolveRubric("pekppp", {
        assessmentYear: 2024,
        rubrics: [{ ...JSON.parse(JSON.stringify(getRubric("pekppp@2022.2"))), weightTotal: "99" }],
      }),
    );
    expect([e.code, e.path[0], e.path[1]]).toEqual(["INVALID_RUBRIC", "rubrics", 0]);
  });
});

function pekpppAll2017(value: number): Record<string, number> {
  const r = getRubric("pekppp@2017.1");
  const codes: string[] = [];
  const walk = (nodes: typeof r.nodes): void => {
    for (const n of nodes) n.children ? walk(n.children) : codes.push(n.code);
  };
  walk(r.nodes);
  return Object.fromEntries(codes.map((c) => [c, value]));
}

describe("forged results are no score results", () => {
  const real = score("pekppp@2022.2", { answers: pekpppAll(4) });
  const stored = JSON.parse(JSON.stringify(real)) as typeof real;

  it("a result computed here, or stored and read back whole, aggregates", () => {
    expect(aggregate("pekppp@2022.2", [real, stored]).value).toBe(real.value);
  });

  it("{ rubric, exact } alone is refused: a stored result carries its exactFraction and rubricHash", () => {
    const forged = { rubric: "pekppp@2022.2", exact: "5", confirmed: true };
    expect(codePath(() => aggregate("pekppp@2022.2", [forged as never]))).toEqual([
      "INVALID_INPUT",
      ["units", 0, "exactFraction"],
    ]);
    expect(codePath(() => aggregate("pekppp@2022.2", [{ ...forged, exactFraction: "5" } as never]))).toEqual([
      "INVALID_INPUT",
      ["units", 0, "rubricHash"],
    ]);
  });

  it("a rubricHash that is not the rubric's is RUBRIC_MISMATCH (computed with other figures)", () => {
    const other = { ...stored, rubricHash: "sha256:0000" };
    expect(codePath(() => aggregate("pekppp@2022.2", [other]))).toEqual([
      "RUBRIC_MISMATCH",
      ["units", 0, "rubricHash"],
    ]);
    expect(codePath(() => aggregate("pekppp@2022.2", [{ unit: "A", result: other }]))).toEqual([
      "RUBRIC_MISMATCH",
      ["units", 0, "result", "rubricHash"],
    ]);
  });

  it('confirmed must be true or false: "yes" is refused', () => {
    expect(codePath(() => aggregate("pekppp@2022.2", [{ ...stored, confirmed: "yes" } as never]))).toEqual([
      "INVALID_INPUT",
      ["units", 0, "confirmed"],
    ]);
  });

  it("a published value is still welcome as a value (basis given)", () => {
    expect(aggregate("pekppp@2022.2", [{ unit: "A", value: "4.00" }]).basis).toBe("given");
  });
});
