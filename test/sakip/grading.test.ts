/**
 * The grading level (per sub-component, the default, or per criterion from the Pemda's own
 * counts), the worksheets' per-node rounding, the village "sum of option values" roll-up, and
 * a Pemda pinning its own worksheet so that next year gives the same number.
 * Expected values are computed by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { defineRubric, deriveRubric, score } from "../../src/index.js";
import type { AnswerValue, RubricDefinition, RubricNode } from "../../src/model/types.js";
import {
  CRITERION_CODE,
  perCriterion,
  sakip2015,
  sakip2021,
  withWorksheetRounding,
} from "../../src/schemes/sakip/index.js";
import { codeOf } from "../helpers.js";

const COMPONENTS = ["perencanaan", "pengukuran", "pelaporan", "evaluasi"] as const;
const SUBS = ["keberadaan", "kualitas", "pemanfaatan"] as const;
const SUB_CODES_2021 = COMPONENTS.flatMap((c) => SUBS.map((s) => `${c}.${s}`));

/** Answers for every leaf of `rubric`: `pick(code)` or the default. */
function answersFor(
  rubric: RubricDefinition,
  fallback: AnswerValue,
  pick: (code: string) => AnswerValue | undefined = () => undefined,
) {
  const out: Record<string, AnswerValue> = {};
  const walk = (nodes: ReadonlyArray<RubricNode>) => {
    for (const n of nodes) {
      if (n.children) walk(n.children);
      else out[n.code] = pick(n.code) ?? fallback;
    }
  };
  walk(rubric.nodes);
  return out;
}

/** 5 × A and 2 × B over seven criteria: mean (5 × 0.9 + 2 × 0.7) / 7 = 5.9/7. */
const fiveAtwoB = (code: string) => {
  const m = /\.k([1-9])$/.exec(code);
  return m ? (Number.parseInt(m[1] as string, 10) <= 5 ? "A" : "B") : undefined;
};

describe("88/2021: grading per sub-component (the default) or per criterion (an option)", () => {
  const counts = { "perencanaan.keberadaan": 7 } as const;
  const lke = perCriterion(sakip2021, counts, { id: "sakip@2021.1+kota-contoh.2024" });

  it("derives a rubric whose sub-component becomes a group of equal-weight criteria, leaving the base untouched", () => {
    expect(lke.id).toBe("sakip@2021.1+kota-contoh.2024");
    expect(lke.status).toBe("derived");
    expect(lke.derivedFrom).toBe("sakip@2021.1");
    const group = lke.nodes[0]?.children?.[0];
    expect(group?.code).toBe("perencanaan.keberadaan");
    expect(group?.weight).toBe("20");
    expect(group?.scale).toBeUndefined();
    expect(group?.childWeightTotal).toBe("7");
    expect(group?.children?.map((c) => [c.code, c.weight, c.scale])).toEqual(
      Array.from({ length: 7 }, (_, k) => [`perencanaan.keberadaan.k${k + 1}`, "1", "nilai"]),
    );
    for (const c of group?.children ?? []) {
      expect(c.code).toMatch(CRITERION_CODE);
      expect(c.source.confirmed).toBe(false);
    }
    // The official rubric still has its leaf.
    expect(sakip2021.nodes[0]?.children?.[0]?.scale).toBe("nilai");
  });

  it("names its grading: id, title and first note", () => {
    expect(lke.title.id).toMatch(/per kriteria$/);
    expect(lke.notes?.[0]).toMatch(
      /^grading: per criterion \(equal-weight mean\) for perencanaan\.keberadaan \(7\); per sub-component for the other 11\./,
    );
    expect(lke.notes?.some((n) => n.startsWith("grading: per sub-component"))).toBe(false);
    expect(sakip2021.notes?.[0]).toMatch(/^grading: per sub-component/);
  });

  it("scores the exact mean of the criteria: 5 × A + 2 × B → 6 × 5.9/7 points; total 3138/35 = 89.657… → 89.66 A", () => {
    // 90 − 6 × 0.9 + 6 × 5.9/7 = 84.6 + 35.4/7 = 627.6/7 = 3138/35.
    const r = score(lke, { answers: answersFor(lke, "A", fiveAtwoB) });
    expect(r.rubric).toBe("sakip@2021.1+kota-contoh.2024");
    expect(r.exactFraction).toBe("3138/35");
    expect(r.value).toBe("89.66");
    expect(r.predicate?.code).toBe("A");
    expect(r.confirmed).toBe(false);
  });

  it("gives the same number as per-sub-component grading when every criterion gets the sub-component's grade", () => {
    const all = (g: string) => score(lke, { answers: answersFor(lke, g) });
    for (const g of ["AA", "A", "BB", "B", "CC", "C", "D", "E"]) {
      const official = score(sakip2021, { answers: Object.fromEntries(SUB_CODES_2021.map((c) => [c, g])) });
      expect(all(g).exact, g).toBe(official.exact);
    }
  });

  it("takes the MA RI counts (80 criteria) for all twelve sub-components", () => {
    const maRi = [7, 10, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5];
    const full = perCriterion(sakip2021, Object.fromEntries(SUB_CODES_2021.map((c, i) => [c, maRi[i] as number])), {
      id: "sakip@2021.1+ma-ri",
    });
    expect(full.notes?.[0]).toMatch(
      /^grading: per criterion \(equal-weight mean\) for .*evaluasi\.pemanfaatan \(5\)\. /,
    );
    const leaves = Object.keys(answersFor(full, "A"));
    expect(leaves).toHaveLength(80);
    expect(score(full, { answers: answersFor(full, "BB") }).value).toBe("80.00");
  });

  it("refuses the old sub-component code and answers outside the grade scale", () => {
    const answers = answersFor(lke, "A");
    expect(codeOf(() => score(lke, { answers: { ...answers, "perencanaan.keberadaan": "A" } }))).toBe(
      "UNKNOWN_INDICATOR",
    );
    expect(codeOf(() => score(lke, { answers: { ...answers, "perencanaan.keberadaan.k1": "Y" } }))).toBe(
      "ANSWER_OUT_OF_SCALE",
    );
  });

  it("refuses bad counts and ids", () => {
    const meta = { id: "sakip@2021.1+x" };
    expect(codeOf(() => perCriterion(sakip2021, { "perencanaan.tidak-ada": 3 }, meta))).toBe("UNKNOWN_INDICATOR");
    expect(codeOf(() => perCriterion(sakip2021, { perencanaan: 3 }, meta))).toBe("UNKNOWN_INDICATOR");
    expect(codeOf(() => perCriterion(sakip2021, { "perencanaan.kualitas": 0 }, meta))).toBe("INVALID_INPUT");
    expect(codeOf(() => perCriterion(sakip2021, { "perencanaan.kualitas": 2.5 }, meta))).toBe("INVALID_INPUT");
    expect(codeOf(() => perCriterion(sakip2021, {}, meta))).toBe("INVALID_INPUT");
    expect(codeOf(() => perCriterion(sakip2021, { "perencanaan.kualitas": [{ scale: "y-t" }] }, meta))).toBe(
      "INVALID_INPUT",
    );
    expect(codeOf(() => perCriterion(sakip2021, { "perencanaan.kualitas": 3 }, { id: "sakip@2021.1" }))).toBe(
      "INVALID_RUBRIC",
    );
    expect(codeOf(() => perCriterion(sakip2021, { "perencanaan.kualitas": 3 }, { id: "no-at-sign" }))).toBe(
      "INVALID_RUBRIC",
    );
  });
});

describe("12/2015: sub-component means, or the criteria themselves", () => {
  it("keeps a mean of thirds exact: Y, Y, T → 2/3 of 2 points; total 298/3 = 99.33 AA", () => {
    const lke = perCriterion(sakip2015, { "perencanaan.renstra.pemenuhan": 3 }, { id: "sakip@2015.1+kab-contoh" });
    const answers = answersFor(lke, "1", (code) =>
      code.startsWith("perencanaan.renstra.pemenuhan.k") ? (code.endsWith("k3") ? "T" : "Y") : undefined,
    );
    // 100 − 2 + 2 × 2/3 = 298/3.
    const r = score(lke, { answers });
    expect(r.exactFraction).toBe("298/3");
    expect(r.value).toBe("99.33");
    expect(r.predicate?.code).toBe("AA");
    expect(lke.nodes[0]?.children?.[0]?.children?.[0]?.children?.map((c) => c.scale)).toEqual([
      "jawaban",
      "jawaban",
      "jawaban",
    ]);
  });

  it("lets each criterion name its answer set (Y/T or A–E)", () => {
    const lke = perCriterion(
      sakip2015,
      { "pengukuran.kualitas": [{ scale: "y-t" }, { scale: "a-e" }, { scale: "a-e", label: { id: "IKU selaras" } }] },
      { id: "sakip@2015.1+kab-contoh.b" },
    );
    const base = answersFor(lke, "1");
    // (1 + 0.75 + 0.5) / 3 = 0.75 of 12.5 → 9.375; total 100 − 12.5 + 9.375 = 96.875 → 96.88.
    const r = score(lke, {
      answers: { ...base, "pengukuran.kualitas.k1": "Y", "pengukuran.kualitas.k2": "B", "pengukuran.kualitas.k3": "C" },
    });
    expect(r.exact).toBe("96.875");
    expect(r.value).toBe("96.88");
    expect(codeOf(() => score(lke, { answers: { ...base, "pengukuran.kualitas.k1": "B" } }))).toBe(
      "ANSWER_OUT_OF_SCALE",
    );
  });

  it("shows the village variant's 'sum of option values' roll-up as a derived rubric (combine: \"sum\")", () => {
    // A village adaptation (reference note §A5) gives absolute option values per criterion,
    // e.g. Y 0.3 / T 0 and A 0.7, B 0.55, C 0.35, D 0.15, E 0.05; the sub-component scores the SUM.
    // Here A.I.a Pemenuhan Renstra (2 points) has four criteria: Y/T, A–E, A–E, Y/T (full marks 0.3 + 0.7 + 0.7 + 0.3 = 2).
    const src = {
      regulation: "village adaptation of 12/2015 (reference note §A5, SQL dump)",
      confirmed: false,
      note: "UNCONFIRMED: one unidentified implementation.",
    };
    const village = defineRubric({
      ...sakip2015,
      id: "sakip@2015.1+desa-contoh",
      version: "2015.1+desa-contoh",
      status: "derived",
      derivedFrom: sakip2015.id,
      scales: {
        ...sakip2015.scales,
        "desa-y-t": {
          kind: "options",
          options: [
            { code: "Y", value: "0.3" },
            { code: "T", value: "0" },
          ],
          source: src,
        },
        "desa-a-e": {
          kind: "options",
          options: [
            { code: "A", value: "0.7" },
            { code: "B", value: "0.55" },
            { code: "C", value: "0.35" },
            { code: "D", value: "0.15" },
            { code: "E", value: "0.05" },
          ],
          source: src,
        },
      },
      nodes: sakip2015.nodes.map((c) =>
        c.code !== "perencanaan"
          ? c
          : {
              ...c,
              children: c.children?.map((g) =>
                g.code !== "perencanaan.renstra"
                  ? g
                  : {
                      ...g,
                      children: g.children?.map((s) => {
                        if (s.code !== "perencanaan.renstra.pemenuhan") return s;
                        const { scale: _scale, ...rest } = s;
                        return {
                          ...rest,
                          combine: "sum" as const,
                          children: (["desa-y-t", "desa-a-e", "desa-a-e", "desa-y-t"] as const).map((scale, k) => ({
                            code: `${s.code}.k${k + 1}`,
                            label: { id: `Kriteria ${k + 1}` },
                            weight: "1",
                            scale,
                            source: src,
                          })),
                        };
                      }),
                    },
              ),
            },
      ),
    });
    const answers = answersFor(
      village,
      "1",
      (code) =>
        ({
          "perencanaan.renstra.pemenuhan.k1": "Y",
          "perencanaan.renstra.pemenuhan.k2": "B",
          "perencanaan.renstra.pemenuhan.k3": "C",
          "perencanaan.renstra.pemenuhan.k4": "T",
        })[code],
    );
    // 0.3 + 0.55 + 0.35 + 0 = 1.2 points instead of 2; total 98 + 1.2 = 99.2.
    const r = score(village, { answers });
    expect(r.exact).toBe("99.2");
    const row = r.breakdown.find((b) => b.code === "perencanaan.renstra.pemenuhan");
    expect(row?.weighted).toBe("1.2");
    expect(row?.raw).toBe("0.6");
    // The mean roll-up of the same criteria would be (1 + 0.75 + 0.5 + 0)/4 = 0.5625 → 1.125 points.
    const mean = perCriterion(
      sakip2015,
      { "perencanaan.renstra.pemenuhan": [{ scale: "y-t" }, { scale: "a-e" }, { scale: "a-e" }, { scale: "y-t" }] },
      { id: "sakip@2015.1+mean-contoh" },
    );
    expect(score(mean, { answers }).exact).toBe("99.125");
  });
});

describe("the worksheets' rounding, only as a derived variant", () => {
  // Two sub-components with seven criteria each (5 × A, 2 × B): each 6 × 5.9/7 = 5.05714… points.
  const lke = perCriterion(
    sakip2021,
    { "perencanaan.keberadaan": 7, "pengukuran.keberadaan": 7 },
    { id: "sakip@2021.1+kota-contoh.2025" },
  );
  const answers = answersFor(lke, "A", fiveAtwoB);

  it("exact by default: 79.2 + 2 × 35.4/7 = 3126/35 = 89.3142… → 89.31", () => {
    const r = score(lke, { answers });
    expect(r.exactFraction).toBe("3126/35");
    expect(r.value).toBe("89.31");
  });

  it("rounded per sub-component and component like the apps: 5.06 + 8.10 + 13.50 = 26.66 …, total 89.32", () => {
    const apps = withWorksheetRounding(lke, { id: "sakip@2021.1+kota-contoh.2025.apps" });
    expect(apps.notes?.[0]).toMatch(
      /^rounding: every sub-component's and every component's points rounded half-up to 2 decimals/,
    );
    expect(apps.notes?.some((n) => n.startsWith("grading: per criterion"))).toBe(true);
    const r = score(apps, { answers });
    expect(r.value).toBe("89.32");
    const rounded = (code: string) => r.breakdown.find((b) => b.code === code)?.rounded;
    expect(rounded("perencanaan.keberadaan")).toBe("5.06");
    expect(rounded("perencanaan")).toBe("26.66");
    // Criteria themselves are not rounded.
    expect(rounded("perencanaan.keberadaan.k1")).toBeUndefined();
    expect(r.confirmed).toBe(false);
  });

  it("changes nothing for per-sub-component grades, whose points already have 2 decimals", () => {
    const apps = withWorksheetRounding(sakip2021, { id: "sakip@2021.1+apps" });
    const grades = ["AA", "A", "BB", "B", "CC", "C", "D", "E"];
    const answers = Object.fromEntries(SUB_CODES_2021.map((c, i) => [c, grades[i % grades.length] as string]));
    expect(score(apps, { answers }).value).toBe(score(sakip2021, { answers }).value);
  });
});

describe("a Pemda's Inspektorat pins its own worksheet and gets the same number next year", () => {
  it("stores the derived rubric with the result; re-scoring the stored rubric gives the identical result", () => {
    // Internal OPD evaluations use the Pemda's own worksheet (88/2021 Pasal 6): its criterion counts …
    const counts = { "perencanaan.keberadaan": 4, "perencanaan.kualitas": 9, "perencanaan.pemanfaatan": 7 };
    const lke = perCriterion(sakip2021, counts, {
      id: "sakip@2021.1+kab-trenggalek.opd-2024",
      validFor: { from: 2024, to: 2024 },
      notes: ["Kertas kerja evaluasi internal OPD, Inspektorat (contoh)."],
    });
    const answers = answersFor(lke, "B", (code) =>
      code.endsWith(".k2") ? "BB" : code.endsWith(".k3") ? "CC" : undefined,
    );
    const result = score(lke, { answers });
    const stored = JSON.stringify({ rubric: lke, answers, result });

    // … a year later, possibly with a newer kinerja: rebuild from what was stored.
    const saved = JSON.parse(stored) as { rubric: RubricDefinition; answers: Record<string, string>; result: unknown };
    const pinned = defineRubric(saved.rubric);
    expect(pinned).toEqual(lke);
    expect(JSON.parse(JSON.stringify(score(pinned, { answers: saved.answers })))).toEqual(saved.result);
    // Rebuilding from the same counts and id gives the same rubric, too.
    expect(
      JSON.stringify(
        perCriterion(sakip2021, counts, {
          id: "sakip@2021.1+kab-trenggalek.opd-2024",
          validFor: { from: 2024, to: 2024 },
          notes: ["Kertas kerja evaluasi internal OPD, Inspektorat (contoh)."],
        }),
      ),
    ).toBe(JSON.stringify(lke));
  });

  it("pins a variant with its own sub-weights through deriveRubric", () => {
    // A Pemda's Perbup may weigh its internal worksheet differently (reference note §A0): e.g. 35/30/15/20.
    const src = {
      regulation: "Perbup Kab. Contoh (kebijakan teknis evaluasi AKIP, Pasal 6 PermenPAN-RB 88/2021)",
      confirmed: true,
    };
    const variant = deriveRubric(
      sakip2021,
      {
        title: { id: "Evaluasi AKIP internal OPD, Kab. Contoh" },
        validFor: { from: 2024, to: null },
        weights: { perencanaan: { weight: "35", source: src }, evaluasi: { weight: "20", source: src } },
      },
      { id: "sakip@2021.1+kab-contoh.internal" },
    );
    const answers = Object.fromEntries(SUB_CODES_2021.map((c) => [c, c.startsWith("evaluasi") ? "C" : "A"]));
    // 35 × 0.9 + 30 × 0.9 + 15 × 0.9 + 20 × 0.5 = 31.5 + 27 + 13.5 + 10 = 82.
    const r = score(variant, { answers });
    expect(r.value).toBe("82.00");
    const again = score(defineRubric(JSON.parse(JSON.stringify(variant)) as RubricDefinition), { answers });
    expect(again).toEqual(r);
    // The official rubric is untouched: 27 + 27 + 13.5 + 12.5 = 80 → BB.
    expect(score(sakip2021, { answers }).value).toBe("80.00");
    expect(variant.predicates).toEqual(sakip2021.predicates);
    expect(variant.derivedFrom).toBe("sakip@2021.1");
  });
});
