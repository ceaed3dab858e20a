import { describe, expect, it } from "vitest";
import { getRubric, listIndicators, listRubrics, resolveRubric } from "../../src/index.js";
import { pekppp2017, pekppp2022 } from "../../src/schemes/pekppp/index.js";
import { INDICATORS_2017, INDICATORS_2022 } from "../fixtures/pekppp/published.js";
import { D } from "../support/decimalOracle.js";

describe("pekppp@2022.1: the 29/2022 instrument (reference note §1.1–1.3)", () => {
  it("is the built-in rubric for assessments from 2022 on", () => {
    expect(getRubric("pekppp@2022.1")).toBe(pekppp2022);
    // pekppp@2022.2 (same figures, CODE-ONLY figures marked unconfirmed) supersedes 2022.1 for assessments.
    for (const year of [2022, 2023, 2024, 2025])
      expect(resolveRubric("pekppp", { assessmentYear: year }).id).toBe("pekppp@2022.2");
    expect(listRubrics().map((r) => r.id)).toEqual(expect.arrayContaining(["pekppp@2022.1", "pekppp@2017.1"]));
  });

  it("has six aspects weighted 24/25/18/11/10/12 with 9/5/6/4/4/2 indicators", () => {
    expect(pekppp2022.nodes.map((n) => [n.code, n.weight, n.children?.length])).toEqual(
      INDICATORS_2022.map(([code, weight, children]) => [code, weight, children.length]),
    );
  });

  it("lists the 30 indicators in official order with their codes and within-aspect weights", () => {
    const list = listIndicators(pekppp2022);
    const expected = INDICATORS_2022.flatMap(([aspect, , children]) => children.map(([code, w]) => [aspect, code, w]));
    expect(list.map((i) => [i.path[0], i.code, i.weight])).toEqual(expected);
    expect(list).toHaveLength(30);
  });

  it("gives each indicator its effective share: aspect weight × indicator weight / 10000", () => {
    const weights = new Map(INDICATORS_2022.map(([aspect, w]) => [aspect as string, w as string]));
    for (const i of listIndicators(pekppp2022)) {
      const expected = new D(weights.get(i.path[0] as string) as string).times(i.weight).div(10000);
      expect(new D(i.share as string).eq(expected), i.code).toBe(true);
    }
    // 1.a.Ak: 24% × 17% = 0.0408 (by hand).
    expect(listIndicators(pekppp2022)[0]?.share).toBe("0.0408");
  });

  it("answers every indicator with a whole number 0–5 and carries the level sentences for a form builder", () => {
    for (const i of listIndicators(pekppp2022)) {
      expect(i.scale).toMatchObject({ kind: "integer", min: 0, max: 5 });
      expect(i.levels?.map((l) => l.value)).toEqual(["0", "1", "2", "3", "4", "5"]);
      for (const l of i.levels ?? []) {
        expect(l.label.id.length).toBeGreaterThan(3);
        expect(l.label.en?.length ?? 0).toBeGreaterThan(3);
      }
    }
  });

  it("marks Kebijakan indicator weights confirmed and the CODE-ONLY ones (aspects II–VI) unconfirmed", () => {
    for (const i of listIndicators(pekppp2022)) {
      expect(i.source.confirmed, i.code).toBe(i.path[0] === "kebijakan");
      if (!i.source.confirmed) expect(i.source.note).toMatch(/CODE-ONLY/);
    }
    for (const aspect of pekppp2022.nodes) expect(aspect.source.confirmed).toBe(true);
    // The rounding rule (half-up, 2 dp, before banding) is UNCONFIRMED in the note.
    expect(pekppp2022.result.rounding?.source.confirmed).toBe(false);
    expect(pekppp2022.aggregation?.source.confirmed).toBe(false);
  });

  it("is frozen plain data", () => {
    expect(Object.isFrozen(pekppp2022)).toBe(true);
    expect(JSON.parse(JSON.stringify(pekppp2022))).toEqual(pekppp2022);
  });
});

describe("pekppp@2017.1: the 17/2017 instrument (reference note §3)", () => {
  it("is resolved for the 2017–2021 assessments and not before", () => {
    for (const year of [2017, 2019, 2021])
      expect(resolveRubric("pekppp", { assessmentYear: year }).id).toBe("pekppp@2017.2");
    expect(() => resolveRubric("pekppp", { assessmentYear: 2016 })).toThrow(
      expect.objectContaining({ code: "NO_RUBRIC_FOR_YEAR" }),
    );
    expect(getRubric("pekppp@2017.1")).toBe(pekppp2017);
  });

  it("has aspects 30/18/15/15/15/7 and 37 indicators in form order", () => {
    expect(pekppp2017.nodes.map((n) => [n.code, n.weight])).toEqual(INDICATORS_2017.map(([a, w]) => [a, w]));
    const list = listIndicators(pekppp2017);
    expect(list).toHaveLength(37);
    expect(list.map((i) => i.code)).toEqual(INDICATORS_2017.flatMap(([, , c]) => c.map(([code]) => code)));
  });

  it("uses the exact fractions the note derives (5/56, 3/22, 2/15, …) as effective shares", () => {
    const aspectW = new Map(INDICATORS_2017.map(([a, w]) => [a as string, w as string]));
    const fractions = new Map(
      INDICATORS_2017.flatMap(([a, , c]) => c.map(([code, f]) => [code as string, [a, f] as const])),
    );
    for (const i of listIndicators(pekppp2017)) {
      const [aspect, fraction] = fractions.get(i.code) as readonly [string, string];
      const [n, d] = fraction.split("/") as [string, string];
      const expected = new D(aspectW.get(aspect) as string).times(n).div(new D(d).times(100));
      // Shares that do not terminate are 40-digit quotients: equal to well below any published rounding.
      expect(new D(i.share as string).minus(expected).abs().lt("1e-35"), i.code).toBe(true);
    }
  });

  it("marks every weight UNCONFIRMED (single implementation, Lampiran not seen)", () => {
    for (const i of listIndicators(pekppp2017)) expect(i.source.confirmed).toBe(false);
    for (const a of pekppp2017.nodes) expect(a.source.confirmed).toBe(false);
  });
});
