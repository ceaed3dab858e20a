import { describe, expect, it } from "vitest";
import { SUPERSEDED } from "../../src/data/supersessions.js";
import {
  getRubric,
  KinerjaError,
  listIndicators,
  listRubrics,
  type RubricDefinition,
  resolveRubric,
  type Source,
} from "../../src/index.js";
import { NO_ASSESSMENT_YEARS, RUBRICS } from "../../src/schemes/ombudsman/index.js";

const NO_TABLE = "consistent with every published result, no explicit table found";

function catchError(fn: () => unknown): KinerjaError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(KinerjaError);
    return e as KinerjaError;
  }
  throw new Error("expected a KinerjaError");
}

/** Every Source in a rubric, with where it sits. */
function sources(r: RubricDefinition): Array<[string, Source]> {
  const out: Array<[string, Source]> = r.legalBasis.map((s, i) => [`legalBasis.${i}`, s]);
  for (const [k, s] of Object.entries(r.scales)) out.push([`scales.${k}`, s.source]);
  if (r.result.rounding) out.push(["result.rounding", r.result.rounding.source]);
  const walk = (nodes: RubricDefinition["nodes"]) => {
    for (const n of nodes) {
      out.push([`nodes.${n.code}`, n.source]);
      if (n.children) walk(n.children);
    }
  };
  walk(r.nodes);
  for (const b of r.predicates ?? []) out.push([`predicates.${b.code}`, b.source]);
  if (r.aggregation) {
    out.push(["aggregation", r.aggregation.source]);
    if (r.aggregation.rounding) out.push(["aggregation.rounding", r.aggregation.rounding.source]);
    if (r.aggregation.adjustments) out.push(["aggregation.adjustments", r.aggregation.adjustments.source]);
  }
  return out;
}

describe("ombudsman versions by assessment year", () => {
  // The corrected ids (.2, issue #7 data review) are resolved; the .1 ids they supersede stay published.
  const expected: Array<[number, string]> = [
    [2013, "ombudsman@2013.2"],
    [2014, "ombudsman@2013.2"],
    [2015, "ombudsman@2015.2"],
    [2016, "ombudsman@2016.2"],
    [2019, "ombudsman@2016.2"],
    [2021, "ombudsman@2021.2"],
    [2022, "ombudsman@2022.2"],
    [2023, "ombudsman@2023.2"],
    [2024, "ombudsman@2024.2"],
    [2025, "ombudsman@2025.1"],
    [2026, "ombudsman@2025.1"],
  ];
  it.each(expected)("%i → %s", (year, id) => {
    expect(resolveRubric("ombudsman", { assessmentYear: year }).id).toBe(id);
  });

  it("every year 2013–2030 except 2020 resolves to exactly one rubric", () => {
    for (let year = 2013; year <= 2030; year++) {
      if (year === 2020) continue;
      const superseded = new Set<string>(SUPERSEDED.map((x) => x.id));
      const matches = RUBRICS.filter(
        (r) => !superseded.has(r.id) && r.validFor.from <= year && (r.validFor.to === null || year <= r.validFor.to),
      );
      expect(matches, String(year)).toHaveLength(1);
    }
  });

  it("2020 fails with the no-assessment reason, not a fallback", () => {
    const e = catchError(() => resolveRubric("ombudsman", { assessmentYear: 2020 }));
    expect(e.code).toBe("NO_RUBRIC_FOR_YEAR");
    expect(e.message).toContain("no assessment in 2020");
    expect(e.details.source).toMatchObject({ href: "https://news.detik.com/berita-jawa-timur/d-5876155" });
    expect(NO_ASSESSMENT_YEARS.map((g) => g.year)).toEqual([2020]);
  });

  it("years before 2013 have no rubric", () => {
    expect(catchError(() => resolveRubric("ombudsman", { assessmentYear: 2012 })).code).toBe("NO_RUBRIC_FOR_YEAR");
  });

  it("lists the eight original versions and their seven corrections; getRubric returns the same frozen objects", () => {
    const ids = listRubrics({ scheme: "ombudsman" }).map((r) => r.id);
    expect(ids).toEqual([
      "ombudsman@2013.1",
      "ombudsman@2013.2",
      "ombudsman@2015.1",
      "ombudsman@2015.2",
      "ombudsman@2016.1",
      "ombudsman@2016.2",
      "ombudsman@2021.1",
      "ombudsman@2021.2",
      "ombudsman@2022.1",
      "ombudsman@2022.2",
      "ombudsman@2023.1",
      "ombudsman@2023.2",
      "ombudsman@2024.1",
      "ombudsman@2024.2",
      "ombudsman@2025.1",
    ]);
    expect(listRubrics({ scheme: "ombudsman" }).find((r) => r.id === "ombudsman@2024.1")?.supersededBy).toBe(
      "ombudsman@2024.2",
    );
    for (const id of ids) {
      expect(getRubric(id)).toBe(RUBRICS.find((r) => r.id === id));
      expect(Object.isFrozen(getRubric(id).nodes)).toBe(true);
    }
  });
});

describe("ombudsman rubric data", () => {
  it("every figure carries a source with a confirmed flag, and every unconfirmed one says why", () => {
    for (const r of RUBRICS)
      for (const [where, s] of sources(r)) {
        expect(typeof s.confirmed, `${r.id} ${where}`).toBe("boolean");
        expect(s.regulation.length, `${r.id} ${where}`).toBeGreaterThan(0);
        if (!s.confirmed) expect(s.note ?? "", `${r.id} ${where}`).not.toBe("");
      }
  });

  it("2022–2024 dimension weights are the published ones and sum to 100.00", () => {
    for (const id of ["ombudsman@2022.1", "ombudsman@2023.1", "ombudsman@2024.1"]) {
      const ind = listIndicators(id);
      expect(ind.map((i) => [i.code, i.weight, i.share])).toEqual([
        ["input", "21.85", "0.2185"],
        ["proses", "32.37", "0.3237"],
        ["output", "24.24", "0.2424"],
        ["pengaduan", "21.54", "0.2154"],
      ]);
    }
  });

  it("weights are CONFIRMED for 2023 only; 2022 and 2024 are marked UNCONFIRMED", () => {
    const confirmed = (id: string) => listIndicators(id).map((i) => i.source.confirmed);
    expect(confirmed("ombudsman@2023.1")).toEqual([true, true, true, true]);
    expect(confirmed("ombudsman@2022.1")).toEqual([false, false, false, false]);
    expect(confirmed("ombudsman@2024.1")).toEqual([false, false, false, false]);
  });

  it("categories are CONFIRMED for 2024, CONSISTENT (confirmed false, with the note) for 2022 and 2023", () => {
    for (const b of getRubric("ombudsman@2024.1").predicates ?? []) expect(b.source.confirmed).toBe(true);
    for (const id of ["ombudsman@2022.1", "ombudsman@2023.1"])
      for (const b of getRubric(id).predicates ?? []) {
        expect(b.source.confirmed).toBe(false);
        expect(b.source.note).toContain(NO_TABLE);
      }
  });

  it("2021 zones are CONFIRMED; earlier zones are UNCONFIRMED", () => {
    for (const b of getRubric("ombudsman@2021.1").predicates ?? []) expect(b.source.confirmed).toBe(true);
    for (const id of ["ombudsman@2013.1", "ombudsman@2015.1", "ombudsman@2016.1"])
      for (const b of getRubric(id).predicates ?? []) {
        expect(b.source.confirmed).toBe(false);
        expect(b.source.note).toContain("UNCONFIRMED");
      }
  });

  it("only 2022–2024 have a unit → instansi rule; deductions only from 2023", () => {
    const rules = Object.fromEntries(RUBRICS.map((r) => [r.id, r.aggregation?.adjustments?.allowed ?? null]));
    expect(rules).toEqual({
      "ombudsman@2013.1": null,
      "ombudsman@2015.1": null,
      "ombudsman@2016.1": null,
      "ombudsman@2021.1": null,
      "ombudsman@2022.1": false,
      "ombudsman@2023.1": true,
      "ombudsman@2024.1": true,
      "ombudsman@2025.1": null,
      // The corrections keep their predecessors' rules.
      "ombudsman@2013.2": null,
      "ombudsman@2015.2": null,
      "ombudsman@2016.2": null,
      "ombudsman@2021.2": null,
      "ombudsman@2022.2": false,
      "ombudsman@2023.2": true,
      "ombudsman@2024.2": true,
    });
  });

  it("2025: four dimensions 70 % + public trust 30 %, no bands", () => {
    const r = getRubric("ombudsman@2025.1");
    expect(listIndicators(r).map((i) => [i.code, i.weight, i.source.confirmed])).toEqual([
      ["dimensi", "70", true],
      ["kepercayaan", "30", true],
    ]);
    expect(r.predicates).toBeNull();
    expect(r.aggregation).toBeNull();
  });
});
