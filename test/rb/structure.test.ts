/**
 * The RB rubrics' structure as data: weights, exact answer values, the 2020 rescaling,
 * which figures are confirmed, node codes and years. Golden values are in
 * test/fixtures/rb/*.cases.ts; this file checks what is not a score.
 */
import { describe, expect, it } from "vitest";
import { add, div, eq, mul, parseRational, R0, type Rational } from "../../src/core/rational.js";
import { PENGUNGKIT_2014 } from "../../src/data/rb/shared.js";
import type { RubricDefinition, RubricNode, Source } from "../../src/index.js";
import { NO_ASSESSMENT_YEARS, RUBRICS, rb2014, rb2018, rb2020, rb2023 } from "../../src/schemes/rb/index.js";

const r = (text: string): Rational => parseRational(text) as Rational;
const sum = (xs: ReadonlyArray<string>): Rational => xs.reduce((acc, x) => add(acc, r(x)), R0);

function nodes(rubric: RubricDefinition): RubricNode[] {
  const out: RubricNode[] = [];
  const walk = (list: ReadonlyArray<RubricNode>) => {
    for (const n of list) {
      out.push(n);
      if (n.children) walk(n.children);
    }
  };
  walk(rubric.nodes);
  return out;
}
const node = (rubric: RubricDefinition, code: string): RubricNode => {
  const n = nodes(rubric).find((x) => x.code === code);
  if (!n) throw new Error(`${rubric.id} has no node ${code}`);
  return n;
};
const kids = (rubric: RubricDefinition, code: string) => node(rubric, code).children ?? [];

/** Every Source object reachable from a rubric (nodes, scales, options, bands, parameters, result). */
function sources(rubric: RubricDefinition): Source[] {
  const out: Source[] = [...rubric.legalBasis];
  for (const n of nodes(rubric)) {
    out.push(n.source);
    if (n.rounding) out.push(n.rounding.source);
    if (n.accepts) out.push(n.accepts.source);
  }
  for (const s of Object.values(rubric.scales)) {
    out.push(s.source);
    if (s.normalize) out.push(s.normalize.source);
    if (s.kind === "options") for (const o of s.options) if (o.source) out.push(o.source);
  }
  for (const b of rubric.predicates ?? []) out.push(b.source);
  for (const p of rubric.parameters ?? []) out.push(p.source);
  if (rubric.result.source) out.push(rubric.result.source);
  if (rubric.result.rounding) out.push(rubric.result.rounding.source);
  return out;
}

describe.each([rb2014, rb2018])("$id: the 14/2014 LKE", (rubric) => {
  it("Pengungkit 60 = areas 5/5/6/5/15/6/12/6, and each area's sub-weights add up to it", () => {
    const areas = kids(rubric, "P");
    expect(areas.map((a) => a.weight)).toEqual(["5", "5", "6", "5", "15", "6", "12", "6"]);
    expect(eq(sum(areas.map((a) => a.weight)), r("60"))).toBe(true);
    for (const a of areas) expect(eq(sum((a.children ?? []).map((s) => s.weight)), r(a.weight))).toBe(true);
    expect(node(rubric, "P").weight).toBe("60");
  });

  it("Hasil 40 = 20/10/10 with sub-indicators 14, 6, 7, 3, 10", () => {
    expect(node(rubric, "H").weight).toBe("40");
    expect(kids(rubric, "H").map((h) => h.weight)).toEqual(["20", "10", "10"]);
    expect(["H.1.1", "H.1.2", "H.2.1", "H.2.2", "H.3.1"].map((c) => node(rubric, c).weight)).toEqual([
      "14",
      "6",
      "7",
      "3",
      "10",
    ]);
  });

  it("33 sub-indicators, each the mean of its questions (weight 1 each); 146 questions", () => {
    const subs = kids(rubric, "P").flatMap((a) => a.children ?? []);
    expect(subs).toHaveLength(33);
    let questions = 0;
    for (const s of subs) {
      const items = s.children ?? [];
      expect(items.length).toBeGreaterThan(0);
      expect(s.childWeightTotal).toBe(String(items.length));
      for (const q of items) expect(q.weight).toBe("1");
      questions += items.length;
    }
    expect(questions).toBe(146);
  });

  it("the SAKIP value accepts a SAKIP result", () => {
    expect(node(rubric, "H.1.1").accepts?.scheme).toBe("sakip");
  });
});

describe("answer values are exact", () => {
  it("A/B/C/D is 1, 2/3, 1/3, 0; A/B/C is 1, 1/2, 0; A–E is 1, 3/4, 1/2, 1/4, 0; Ya/Tidak is 1, 0", () => {
    for (const rubric of [rb2014, rb2018]) {
      const values = (key: string) => {
        const s = rubric.scales[key];
        return s?.kind === "options" ? s.options.map((o) => [o.code, o.value]) : null;
      };
      expect(values("abcd")).toEqual([
        ["A", "1"],
        ["B", "2/3"],
        ["C", "1/3"],
        ["D", "0"],
      ]);
      expect(values("abc")).toEqual([
        ["A", "1"],
        ["B", "1/2"],
        ["C", "0"],
      ]);
      expect(values("abcde")).toEqual([
        ["A", "1"],
        ["B", "3/4"],
        ["C", "1/2"],
        ["D", "1/4"],
        ["E", "0"],
      ]);
      expect(values("ya-tidak")).toEqual([
        ["Ya", "1"],
        ["Tidak", "0"],
      ]);
    }
  });

  it("no rubric carries a pre-rounded fraction (0.33, 0.67, 0.83, 1.33 …) as a weight or value", () => {
    const rounded = /^\d*\.(33|67|66|34|17|83|167|333|667)\d*$/;
    for (const rubric of RUBRICS) {
      for (const n of nodes(rubric)) expect(n.weight, `${rubric.id} ${n.code}`).not.toMatch(rounded);
      for (const s of Object.values(rubric.scales))
        if (s.kind === "options")
          for (const o of s.options) expect(o.value, `${rubric.id} ${o.code}`).not.toMatch(rounded);
    }
  });
});

describe("rb@2020.1: Pemenuhan rescaled exactly", () => {
  const NEW_AREA = ["2", "1", "2", "2", "5", "2", "4", "2"];

  it("area weights 2/1/2/2/5/2/4/2 = 20, Hasil Antara 10, Reform 30, Hasil 4 × 10", () => {
    expect(kids(rb2020, "P.I").map((a) => a.weight)).toEqual(NEW_AREA);
    expect(node(rb2020, "P.I").weight).toBe("20");
    expect(node(rb2020, "P.II").weight).toBe("10");
    expect(node(rb2020, "P.III").weight).toBe("30");
    expect(kids(rb2020, "H").map((h) => h.weight)).toEqual(["10", "10", "10", "10"]);
  });

  it("every sub-weight is old / old area weight × new area weight, as an exact fraction", () => {
    PENGUNGKIT_2014.forEach((oldArea, k) => {
      const area = kids(rb2020, "P.I")[k] as RubricNode;
      const subs = area.children ?? [];
      expect(subs).toHaveLength(oldArea.subs.length);
      oldArea.subs.forEach((oldSub, j) => {
        const expected = mul(div(r(oldSub.weight), r(oldArea.weight)), r(NEW_AREA[k] as string));
        expect(eq(r((subs[j] as RubricNode).weight), expected), `${area.code}.${j + 1}`).toBe(true);
        expect((subs[j] as RubricNode).label).toEqual(oldSub.label);
      });
    });
  });

  it("area totals are exact: SDM 5 (not 4.99), Pelayanan 2 (not 1.99); 1/3 stays 1/3", () => {
    const total = (code: string) => sum((node(rb2020, code).children ?? []).map((s) => s.weight));
    expect(eq(total("P.I.5"), r("5"))).toBe(true);
    expect(eq(total("P.I.8"), r("2"))).toBe(true);
    expect(node(rb2020, "P.I.5.1").weight).toBe("1/3");
    expect(node(rb2020, "P.I.8.1").weight).toBe("1/3");
  });

  it("the unknown splits are parameters: seven Hasil Antara areas, eight Reform areas, four Hasil parts", () => {
    const names = (rb2020.parameters ?? []).map((p) => p.name);
    expect(names).toHaveLength(19);
    expect(names.filter((n) => n.startsWith("ha") && !n.startsWith("hasil"))).toHaveLength(7);
    expect(names.filter((n) => n.startsWith("reform"))).toHaveLength(8);
    expect(names.filter((n) => n.startsWith("hasil"))).toHaveLength(4);
    for (const p of rb2020.parameters ?? []) expect(p.source.confirmed).toBe(false);
    const referenced = nodes(rb2020)
      .map((n) => n.weight)
      .filter((w) => w.startsWith("$"))
      .map((w) => w.slice(1));
    expect([...referenced].sort()).toEqual([...names].sort());
    expect(node(rb2020, "P.II.2").weight).toBe("1");
  });
});

describe("rb@2023.1: RB General 100 + RB Tematik 20", () => {
  it("top level 100 + 20 over 0–120; A 10 = 3 + 7; B 40 with hard element 33 (2 + 2 + 29) and 7; C 50; Tematik 5 + 15", () => {
    expect(rb2023.nodes.map((n) => [n.code, n.weight])).toEqual([
      ["G", "100"],
      ["T", "20"],
    ]);
    expect(rb2023.weightTotal).toBe("120");
    expect(rb2023.result.max).toBe("120");
    expect(kids(rb2023, "G.A").map((n) => n.weight)).toEqual(["3", "7"]);
    expect(kids(rb2023, "G").map((n) => n.weight)).toEqual(["10", "40", "50"]);
    expect(kids(rb2023, "G.B").map((n) => n.weight)).toEqual(["33", "7"]);
    expect(kids(rb2023, "G.B.HE").map((n) => n.weight)).toEqual(["2", "2", "29"]);
    expect(kids(rb2023, "T").map((n) => n.weight)).toEqual(["5", "15"]);
  });

  it("AA reaches 120; the known indicators round their points per indicator", () => {
    expect(rb2023.predicates?.find((b) => b.code === "AA")?.max).toBe("120");
    for (const code of ["G.A.1", "G.A.2", "G.B.1", "G.B.2"])
      expect(node(rb2023, code).rounding).toMatchObject({ places: 2, mode: "halfUp" });
  });
});

describe("confirmed: false wherever the reference note says UNCONFIRMED", () => {
  it("14/2014: weights corroborated; questions, Hasil split, conversions, A–E, bands and rounding not", () => {
    expect(node(rb2014, "P").source.confirmed).toBe(true);
    for (const a of kids(rb2014, "P")) {
      expect(a.source.confirmed).toBe(true);
      for (const s of a.children ?? []) {
        expect(s.source.confirmed).toBe(true);
        for (const q of s.children ?? []) expect(q.source.confirmed).toBe(false);
      }
    }
    for (const c of ["H.1", "H.1.1", "H.1.2", "H.2", "H.2.1", "H.2.2", "H.3", "H.3.1"])
      expect(node(rb2014, c).source.confirmed).toBe(false);
    for (const key of ["abcde", "nilai-sakip", "survei-internal", "survei-korupsi", "survei-pelayanan", "opini-bpk"])
      expect(rb2014.scales[key]?.source.confirmed, key).toBe(false);
    for (const key of ["ya-tidak", "abc", "abcd"]) expect(rb2014.scales[key]?.source.confirmed, key).toBe(true);
    const opini = rb2014.scales["opini-bpk"];
    if (opini?.kind !== "options") throw new Error("opini-bpk is an option scale");
    expect(opini.options.map((o) => o.code)).toEqual(["WTP", "WTP-DPP", "WDP", "TMP", "TW", "none"]);
    for (const o of opini.options) expect(o.source?.confirmed, o.code).toBe(false);
    for (const b of rb2014.predicates ?? []) expect(b.source.confirmed).toBe(false);
    expect(rb2014.result.rounding?.source.confirmed).toBe(false);
  });

  it("30/2018: no weight is confirmed (its Lampiran has not been found)", () => {
    for (const n of nodes(rb2018)) expect(n.source.confirmed, n.code).toBe(false);
    expect(rb2018.result.source?.confirmed).toBe(false);
  });

  it("26/2020: top split, Pemenuhan weights and bands confirmed; parameters and the believed Hasil parts not", () => {
    for (const c of ["P", "P.I", "P.II", "P.III", "H", "H.1", "H.2", "H.3", "H.4", "P.II.2"])
      expect(node(rb2020, c).source.confirmed, c).toBe(true);
    for (const n of nodes(rb2020).filter((x) => x.code.startsWith("P.I.")))
      expect(n.source.confirmed, n.code).toBe(true);
    for (const c of ["H.1.1", "H.1.2", "H.3.1", "H.3.2", "P.II.1", "P.III.1"])
      expect(node(rb2020, c).source.confirmed, c).toBe(false);
    for (const b of rb2020.predicates ?? []) expect(b.source.confirmed).toBe(true);
    expect(rb2020.result.rounding?.source.confirmed).toBe(false);
  });

  it("9/2023: General 100, Tematik 20, A 10, Tematik strategy 5 confirmed; remainders, K/L-only rows, sum and bands not", () => {
    for (const c of ["G", "T", "G.A", "T.1"]) expect(node(rb2023, c).source.confirmed, c).toBe(true);
    for (const c of ["G.A.1", "G.B", "G.B.HE.lain", "G.B.lain", "G.C", "T.2"])
      expect(node(rb2023, c).source.confirmed, c).toBe(false);
    expect(rb2023.result.source?.confirmed).toBe(false);
    for (const b of rb2023.predicates ?? []) expect(b.source.confirmed).toBe(false);
  });

  it("every source names its regulation; every link is https", () => {
    for (const rubric of RUBRICS)
      for (const s of sources(rubric)) {
        expect(s.regulation.length).toBeGreaterThan(0);
        if (s.href) expect(s.href).toMatch(/^https:\/\//);
      }
  });
});

describe("codes, labels and years", () => {
  it("node codes are unique stable join keys with an Indonesian label and an English gloss", () => {
    for (const rubric of RUBRICS) {
      const codes = nodes(rubric).map((n) => n.code);
      expect(new Set(codes).size).toBe(codes.length);
      for (const n of nodes(rubric)) {
        expect(n.code).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
        expect(n.label.id.length).toBeGreaterThan(0);
        expect(n.label.en?.length ?? 0).toBeGreaterThan(0);
      }
    }
  });

  it("every assessment year 2014–2026 has exactly one rubric (or a recorded reason); only the latest is open-ended", () => {
    for (let year = 2014; year <= 2026; year++) {
      const hits = RUBRICS.filter((x) => x.validFor.from <= year && (x.validFor.to === null || year <= x.validFor.to));
      const none = NO_ASSESSMENT_YEARS.filter((n) => n.year === year);
      expect(hits.length + none.length, String(year)).toBe(1);
    }
    expect(RUBRICS.filter((x) => x.validFor.to === null).map((x) => x.id)).toEqual(["rb@2023.1"]);
    expect(RUBRICS.map((x) => [x.id, x.validFor.from, x.validFor.to])).toEqual([
      ["rb@2023.1", 2023, null],
      ["rb@2020.1", 2020, 2022],
      ["rb@2018.1", 2018, 2019],
      ["rb@2014.1", 2014, 2017],
    ]);
  });

  it("each version has its own predicate array", () => {
    const tables = RUBRICS.map((x) => x.predicates);
    expect(new Set(tables).size).toBe(tables.length);
  });
});
