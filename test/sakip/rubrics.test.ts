/**
 * Structure of the SAKIP rubrics against the reference note (shared/reference/sakip-capaian.md):
 * weights and exact shares, grade values, sources, confirmed flags where the note says
 * UNCONFIRMED. Expected figures are the note's, by hand.
 */
import { describe, expect, it } from "vitest";
import { classify, listIndicators } from "../../src/index.js";
import type { RubricDefinition, RubricNode, Source } from "../../src/model/types.js";
import {
  NO_ASSESSMENT_YEARS,
  RUBRICS,
  SAKIP_2015_PREDICATES,
  SAKIP_2021_PREDICATES,
  sakip2015,
  sakip2021,
} from "../../src/schemes/sakip/index.js";
import { D } from "../support/decimalOracle.js";

/** Every node, depth first. */
const nodesOf = (nodes: ReadonlyArray<RubricNode>): RubricNode[] =>
  nodes.flatMap((n) => [n, ...nodesOf(n.children ?? [])]);

/** Every source in a rubric. */
function sourcesOf(r: RubricDefinition): Source[] {
  const out: Source[] = [...r.legalBasis];
  for (const scale of Object.values(r.scales)) {
    out.push(scale.source);
    if (scale.kind === "options") for (const o of scale.options) if (o.source) out.push(o.source);
  }
  if (r.result.source) out.push(r.result.source);
  if (r.result.rounding) out.push(r.result.rounding.source);
  for (const n of nodesOf(r.nodes)) out.push(n.source);
  for (const b of r.predicates ?? []) out.push(b.source);
  for (const q of r.requirements ?? []) out.push(q.source);
  return out;
}

/** A leaf's effective share of the final value (its full marks, points of 100: the share includes the ×100 multiplier). */
const points = (r: RubricDefinition) =>
  Object.fromEntries(listIndicators(r).map((i) => [i.code, new D(i.share as string).toString()]));

describe("sakip@2021.1: PermenPAN-RB 88/2021 (reference note §A1–A4)", () => {
  it("is a published rubric for assessments from 2022, with no year without an assessment", () => {
    expect(sakip2021.id).toBe("sakip@2021.1");
    expect(sakip2021.status).toBe("official");
    expect(sakip2021.validFor).toEqual({ from: 2022, to: null });
    expect(RUBRICS.map((r) => r.id)).toEqual(["sakip@2021.1", "sakip@2015.1"]);
    expect(NO_ASSESSMENT_YEARS).toEqual([]);
    expect(Object.isFrozen(sakip2021)).toBe(true);
  });

  it("has four components 30/30/15/25 summing to 100", () => {
    expect(sakip2021.nodes.map((n) => [n.code, n.weight])).toEqual([
      ["perencanaan", "30"],
      ["pengukuran", "30"],
      ["pelaporan", "15"],
      ["evaluasi", "25"],
    ]);
    expect(sakip2021.weightTotal).toBe("100");
  });

  it("splits every component 20/30/50 into Keberadaan/Kualitas/Pemanfaatan", () => {
    for (const c of sakip2021.nodes) {
      expect(c.childWeightTotal).toBe("100");
      expect(c.children?.map((s) => [s.code, s.label.id, s.weight])).toEqual([
        [`${c.code}.keberadaan`, "Keberadaan", "20"],
        [`${c.code}.kualitas`, "Kualitas", "30"],
        [`${c.code}.pemanfaatan`, "Pemanfaatan", "50"],
      ]);
    }
  });

  it("gives the sub-components exactly 6/9/15, 6/9/15, 3/4.5/7.5, 5/7.5/12.5 points of 100", () => {
    expect(points(sakip2021)).toEqual({
      "perencanaan.keberadaan": "6",
      "perencanaan.kualitas": "9",
      "perencanaan.pemanfaatan": "15",
      "pengukuran.keberadaan": "6",
      "pengukuran.kualitas": "9",
      "pengukuran.pemanfaatan": "15",
      "pelaporan.keberadaan": "3",
      "pelaporan.kualitas": "4.5",
      "pelaporan.pemanfaatan": "7.5",
      "evaluasi.keberadaan": "5",
      "evaluasi.kualitas": "7.5",
      "evaluasi.pemanfaatan": "12.5",
    });
  });

  it("grades AA/A/BB/B/CC/C/D/E = 100/90/80/70/60/50/30/0 % of the item weight, total × 100", () => {
    const scale = sakip2021.scales.nilai;
    expect(scale?.kind).toBe("options");
    if (scale?.kind !== "options") return;
    expect(scale.options.map((o) => [o.code, new D(o.value).times(100).toString()])).toEqual([
      ["AA", "100"],
      ["A", "90"],
      ["BB", "80"],
      ["B", "70"],
      ["CC", "60"],
      ["C", "50"],
      ["D", "30"],
      ["E", "0"],
    ]);
    expect(sakip2021.result).toMatchObject({ min: "0", max: "100", multiplier: "100" });
    for (const i of listIndicators(sakip2021)) expect(i.scale).toBe(scale);
  });

  it("marks CORROBORATED weights and grade values confirmed, the UNCONFIRMED rounding and requirements not", () => {
    for (const n of nodesOf(sakip2021.nodes)) {
      expect(n.source.confirmed, n.code).toBe(true);
      expect(n.source.note).toMatch(/CORROBORATED/);
    }
    expect(sakip2021.scales.nilai?.source.confirmed).toBe(true);
    // The grade wording ("5 years / 1 year") is from one source only.
    expect(sakip2021.scales.nilai?.source.note).toMatch(/UNCONFIRMED/);
    expect(sakip2021.result.rounding).toMatchObject({ places: 2, mode: "halfUp" });
    expect(sakip2021.result.rounding?.source.confirmed).toBe(false);
    for (const q of sakip2021.requirements ?? []) expect(q.source.confirmed, q.code).toBe(false);
    for (const b of sakip2021.predicates ?? []) expect(b.source.confirmed, b.code).toBe(true);
  });

  it("declares the minimum requirements as data: BB's (ceiling B) and A's (ceiling BB)", () => {
    expect(sakip2021.requirements?.map((q) => [q.code, q.ceiling])).toEqual([
      ["syarat-minimum-bb", "B"],
      ["syarat-minimum-a", "BB"],
    ]);
  });

  it("has no unit → instansi rule (SAKIP grades the instansi itself)", () => {
    expect(sakip2021.aggregation).toBeNull();
  });

  it("says in its notes that it grades per sub-component", () => {
    expect(sakip2021.notes?.[0]).toMatch(/^grading: per sub-component/);
  });
});

describe("sakip@2015.1: PermenPAN-RB 12/2015 (reference note §A5)", () => {
  it("covers the assessments 2015–2021", () => {
    expect(sakip2015.id).toBe("sakip@2015.1");
    expect(sakip2015.validFor).toEqual({ from: 2015, to: 2021 });
  });

  it("has five components 30/25/15/10/20 with the printed sub-weights", () => {
    expect(sakip2015.nodes.map((n) => [n.code, n.weight, n.childWeightTotal])).toEqual([
      ["perencanaan", "30", "30"],
      ["pengukuran", "25", "25"],
      ["pelaporan", "15", "15"],
      ["evaluasi", "10", "10"],
      ["capaian", "20", "20"],
    ]);
    const perencanaan = sakip2015.nodes[0];
    expect(perencanaan?.children?.map((n) => [n.code, n.weight])).toEqual([
      ["perencanaan.renstra", "10"],
      ["perencanaan.tahunan", "20"],
    ]);
  });

  it("gives the 17 sub-components exactly the points of the LKE (2/5/3, 4/10/6, 5/12.5/7.5, 3/7.5/4.5, 2/5/3, 7.5/12.5)", () => {
    expect(points(sakip2015)).toEqual({
      "perencanaan.renstra.pemenuhan": "2",
      "perencanaan.renstra.kualitas": "5",
      "perencanaan.renstra.implementasi": "3",
      "perencanaan.tahunan.pemenuhan": "4",
      "perencanaan.tahunan.kualitas": "10",
      "perencanaan.tahunan.implementasi": "6",
      "pengukuran.pemenuhan": "5",
      "pengukuran.kualitas": "12.5",
      "pengukuran.implementasi": "7.5",
      "pelaporan.pemenuhan": "3",
      "pelaporan.penyajian": "7.5",
      "pelaporan.pemanfaatan": "4.5",
      "evaluasi.pemenuhan": "2",
      "evaluasi.kualitas": "5",
      "evaluasi.pemanfaatan": "3",
      "capaian.output": "7.5",
      "capaian.outcome": "12.5",
    });
  });

  it("answers each sub-component with the mean of its criterion values (0–1); Y/T and A–E are declared for criteria", () => {
    for (const i of listIndicators(sakip2015)) expect(i.scale).toMatchObject({ kind: "decimal", min: "0", max: "1" });
    const values = (key: string) => {
      const s = (sakip2015 as RubricDefinition).scales[key];
      return s?.kind === "options" ? s.options.map((o) => [o.code, o.value]) : null;
    };
    expect(values("y-t")).toEqual([
      ["Y", "1"],
      ["T", "0"],
    ]);
    expect(values("a-e")).toEqual([
      ["A", "1"],
      ["B", "0.75"],
      ["C", "0.5"],
      ["D", "0.25"],
      ["E", "0"],
    ]);
  });

  it("marks the UNCONFIRMED figures: answer mapping, roll-up, Capaian sub-components, rounding", () => {
    for (const key of ["rata-rata", "y-t", "a-e", "jawaban"])
      expect((sakip2015 as RubricDefinition).scales[key]?.source.confirmed, key).toBe(false);
    expect(sakip2015.result.source?.confirmed).toBe(false);
    expect(sakip2015.result.rounding?.source.confirmed).toBe(false);
    for (const n of nodesOf(sakip2015.nodes)) {
      const capaianSub = n.code.startsWith("capaian.");
      expect(n.source.confirmed, n.code).toBe(!capaianSub);
      expect(n.source.note).toMatch(capaianSub ? /UNCONFIRMED/ : /CORROBORATED/);
    }
    // The bands are corroborated for 2015–2021 (KemenPAN-RB figures in the news).
    for (const b of sakip2015.predicates ?? []) expect(b.source.confirmed, b.code).toBe(true);
    expect((sakip2015 as RubricDefinition).requirements).toBeUndefined();
  });
});

describe("both versions", () => {
  it("have their own band arrays with the same seven predicates and edges", () => {
    expect(SAKIP_2021_PREDICATES).not.toBe(SAKIP_2015_PREDICATES);
    const edges = (bands: typeof SAKIP_2021_PREDICATES) =>
      bands.map((b) => [b.code, b.label.id, b.min, b.minInclusive, b.max, b.maxInclusive]);
    expect(edges(SAKIP_2021_PREDICATES)).toEqual(edges(SAKIP_2015_PREDICATES));
    expect(edges(SAKIP_2021_PREDICATES)).toEqual([
      ["D", "Sangat Kurang", "0", true, "30", true],
      ["C", "Kurang", "30", false, "50", true],
      ["CC", "Cukup (Memadai)", "50", false, "60", true],
      ["B", "Baik", "60", false, "70", true],
      ["BB", "Sangat Baik", "70", false, "80", true],
      ["A", "Memuaskan", "80", false, "90", true],
      ["AA", "Sangat Memuaskan", "90", false, "100", true],
    ]);
    expect(SAKIP_2021_PREDICATES[0]?.source.href).not.toBe(SAKIP_2015_PREDICATES[0]?.source.href);
  });

  it("classify with the label and whether the band is confirmed", () => {
    expect(classify(sakip2021, "72.17")).toEqual({
      code: "BB",
      label: { id: "Sangat Baik", en: "Very good" },
      confirmed: true,
    });
  });

  it("name a regulation and whether it is confirmed for every figure; notes explain every confirmed:false", () => {
    for (const r of [sakip2021, sakip2015])
      for (const s of sourcesOf(r)) {
        expect(s.regulation.length).toBeGreaterThan(3);
        if (!s.confirmed) expect(s.note ?? "", `${r.id}: ${s.regulation} ${s.part ?? ""}`).toMatch(/UNCONFIRMED/);
      }
  });

  it("use short stable codes", () => {
    for (const r of [sakip2021, sakip2015])
      for (const n of nodesOf(r.nodes)) expect(n.code).toMatch(/^[a-z]+(\.[a-z-]+){0,2}$/);
  });
});
