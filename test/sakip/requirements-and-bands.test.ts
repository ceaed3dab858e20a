/**
 * Minimum requirements (a ceiling on the predicate, never applied silently), published component
 * points, and the predicate bands by assessment year (the older six bands before 12/2015).
 */
import { describe, expect, it } from "vitest";
import { classify, deriveRubric, score } from "../../src/index.js";
import { SAKIP_PREDICATES_BEFORE_2015, sakip2015, sakip2021 } from "../../src/schemes/sakip/index.js";
import { errorOf } from "../helpers.js";
import { D } from "../support/decimalOracle.js";

const SUBS = ["keberadaan", "kualitas", "pemanfaatan"] as const;
const COMPONENTS = ["perencanaan", "pengukuran", "pelaporan", "evaluasi"] as const;
const all = (grade: string) =>
  Object.fromEntries(COMPONENTS.flatMap((c) => SUBS.map((s) => [`${c}.${s}`, grade] as const)));

/** All A except Evaluasi Internal AA/A/B: 67.5 + 25 × 0.82 = 88.00 → A (by hand). */
const answersA = { ...all("A"), "evaluasi.keberadaan": "AA", "evaluasi.pemanfaatan": "B" };

describe("minimum requirements (88/2021): a ceiling, stated by the caller", () => {
  it("caps an A at B when BB's requirements are unmet, and says why", () => {
    const r = score(sakip2021, { answers: answersA, unmetRequirements: ["syarat-minimum-bb"] });
    expect(r.value).toBe("88.00");
    expect(r.predicate?.code).toBe("B");
    expect(r.requirements?.stated).toBe(true);
    expect(r.requirements?.unmet).toEqual(["syarat-minimum-bb"]);
    expect(r.requirements?.scoreBand?.code).toBe("A");
    expect(r.requirements?.capped).toBe(true);
    expect(r.requirements?.reasons.join(" ")).toMatch(/syarat-minimum-bb|BB/);
    // The ceiling is UNCONFIRMED, so the result is.
    expect(r.confirmed).toBe(false);
  });

  it("caps an A at BB when only A's requirements are unmet", () => {
    const r = score(sakip2021, { answers: answersA, unmetRequirements: ["syarat-minimum-a"] });
    expect(r.predicate?.code).toBe("BB");
    expect(r.requirements?.scoreBand?.code).toBe("A");
    expect(r.requirements?.capped).toBe(true);
  });

  it("does not lower a predicate already at or below the ceiling", () => {
    const b = { ...all("B"), "perencanaan.keberadaan": "A" }; // 70 − 6 × 0.7 + 6 × 0.9 = 71.2 → BB
    const r = score(sakip2021, { answers: b, unmetRequirements: ["syarat-minimum-a"] });
    expect(r.value).toBe("71.20");
    expect(r.predicate?.code).toBe("BB");
    expect(r.requirements?.capped).toBe(false);
  });

  it("is never applied silently: without a statement the score's band stands and the result says it was not stated", () => {
    const r = score(sakip2021, { answers: answersA });
    expect(r.predicate?.code).toBe("A");
    expect(r.requirements?.stated).toBe(false);
    expect(r.requirements?.capped).toBe(false);
    const met = score(sakip2021, { answers: answersA, unmetRequirements: [] });
    expect(met.predicate?.code).toBe("A");
    expect(met.requirements?.stated).toBe(true);
  });

  it("refuses a requirement the rubric does not declare", () => {
    const e = errorOf(() => score(sakip2021, { answers: answersA, unmetRequirements: ["syarat-lain"] }));
    expect(["INVALID_INPUT", "UNKNOWN_INDICATOR"]).toContain(e.code);
  });

  it("applies to published component points too", () => {
    const r = score(sakip2021, {
      points: { perencanaan: "27", pengukuran: "27", pelaporan: "13.5", evaluasi: "20.5" },
      unmetRequirements: ["syarat-minimum-bb"],
    });
    expect(r.basis).toBe("points");
    expect(r.value).toBe("88.00");
    expect(r.predicate?.code).toBe("B");
    expect(r.requirements?.scoreBand?.code).toBe("A");
  });
});

describe("published component points", () => {
  it("give the total, predicate and gap, each component checked within 0..its weight", () => {
    const r = score(sakip2021, {
      points: { perencanaan: "22.98", pengukuran: "17.91", pelaporan: "11.55", evaluasi: "16.75" },
    });
    expect(r.basis).toBe("points");
    expect(r.value).toBe("69.19");
    expect(r.predicate?.code).toBe("B");
    expect(r.gap).toMatchObject({ next: { code: "BB" }, points: "0.82" });
    const rows = r.breakdown.filter((b) => b.depth === 0);
    expect(rows.map((b) => [b.code, b.given])).toEqual([
      ["perencanaan", true],
      ["pengukuran", true],
      ["pelaporan", true],
      ["evaluasi", true],
    ]);
    // What to improve first: the points missing per component (full marks = share, minus the points), largest first.
    const missing = rows
      .map((b) => ({ code: b.code, missing: new D(b.share).minus(b.weighted) }))
      .sort((x, y) => y.missing.comparedTo(x.missing))
      .map((m) => m.code);
    expect(missing).toEqual(["pengukuran", "evaluasi", "perencanaan", "pelaporan"]);
  });

  it("accept the full weight and zero, and refuse anything outside", () => {
    expect(
      score(sakip2021, { points: { perencanaan: "30", pengukuran: "0", pelaporan: "15", evaluasi: "0" } }).value,
    ).toBe("45.00");
    expect(
      errorOf(() =>
        score(sakip2021, { points: { perencanaan: "30.01", pengukuran: "0", pelaporan: "0", evaluasi: "0" } }),
      ).code,
    ).toBe("OUT_OF_RANGE");
  });
});

describe("predicate bands by assessment year", () => {
  // Kompas (Dec 2014): before 12/2015, AA 85–100, A 75–85, B 65–75, CC 50–65, C 30–50, D 0–30.
  const before2015 = deriveRubric(
    sakip2015,
    { predicates: SAKIP_PREDICATES_BEFORE_2015, validFor: { from: 2010, to: 2014 } },
    { id: "sakip@2014-bands" },
  );

  it("the older six bands: no BB; 65.41 is B under both tables, so 'BB (65.41)' fits neither", () => {
    expect(SAKIP_PREDICATES_BEFORE_2015.map((b) => [b.code, b.min, b.max])).toEqual([
      ["D", "0", "30"],
      ["C", "30", "50"],
      ["CC", "50", "65"],
      ["B", "65", "75"],
      ["A", "75", "85"],
      ["AA", "85", "100"],
    ]);
    for (const b of SAKIP_PREDICATES_BEFORE_2015) expect(b.source.confirmed).toBe(false);
    expect(classify(before2015, "65.41").code).toBe("B");
    expect(classify(sakip2015, "65.41").code).toBe("B");
  });

  it("the 2015 evaluation already used the 12/2015 bands: Prov. Bengkulu 63.74 was published as B (CC under the older table)", () => {
    expect(classify(sakip2015, "63.74").code).toBe("B");
    expect(classify(before2015, "63.74").code).toBe("CC");
  });

  it("the 2009 best results 50.21 and 59.35 are CC under both tables (reference note addendum)", () => {
    for (const v of ["50.21", "59.35"]) {
      expect(classify(before2015, v).code).toBe("CC");
      expect(classify(sakip2015, v).code).toBe("CC");
    }
  });
});
