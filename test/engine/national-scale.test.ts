/**
 * The national-scale features of issue #11: aggregate over any iterable and without the per-unit echo,
 * compact score results (labels and sources left in the rubric) with the full form on request, the lean
 * call without a breakdown, and the stored forms verifying as they are.
 */
import { describe, expect, it } from "vitest";
import { aggregateUnits } from "../../src/engine/aggregateUnits.js";
import { scoreRubric } from "../../src/engine/scoreRubric.js";
import { getRubric, listIndicators, verifyResult } from "../../src/index.js";
import type { RubricNode } from "../../src/model/types.js";
import { ombudsman2024v2 } from "../../src/schemes/ombudsman/index.js";
import { pekppp2022v2 } from "../../src/schemes/pekppp/index.js";
import { sakip2021 } from "../../src/schemes/sakip/index.js";
import { skmFromRespondents } from "../../src/schemes/skm/index.js";
import { WORKED_EXAMPLE_2022 } from "../fixtures/pekppp/published.js";
import { errorOf } from "../helpers.js";

// Kota Cilegon 2024: its seven published unit scores; the published instansi score is 95.31 (docs/ombudsman.md).
const CILEGON_2024 = ["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"];

// The SAKIP reference note's worked example (§A3): 67.60, B (docs/sakip.md).
const SAKIP_EXAMPLE = {
  "perencanaan.keberadaan": "A",
  "perencanaan.kualitas": "B",
  "perencanaan.pemanfaatan": "CC",
  "pengukuran.keberadaan": "BB",
  "pengukuran.kualitas": "B",
  "pengukuran.pemanfaatan": "C",
  "pelaporan.keberadaan": "A",
  "pelaporan.kualitas": "BB",
  "pelaporan.pemanfaatan": "B",
  "evaluasi.keberadaan": "BB",
  "evaluasi.kualitas": "B",
  "evaluasi.pemanfaatan": "CC",
};

const pekpppAnswers = Object.fromEntries(
  listIndicators(pekppp2022v2).map((i, k) => [i.code, WORKED_EXAMPLE_2022.answers[k] as number]),
);

function nodesByCode(nodes: ReadonlyArray<RubricNode>, out = new Map<string, RubricNode>()) {
  for (const n of nodes) {
    out.set(n.code, n);
    if (n.children) nodesByCode(n.children, out);
  }
  return out;
}

describe("aggregate: any iterable of units, the per-unit echo optional", () => {
  it("a generator, a Set and an array give the same published result (Kota Cilegon 2024: 95.31)", () => {
    const fromArray = aggregateUnits(ombudsman2024v2, CILEGON_2024);
    expect([fromArray.value, fromArray.predicate?.code, fromArray.count]).toEqual(["95.31", "A", 7]);
    // 667.15 / 7, exactly
    expect(fromArray.exactFraction).toBe("13343/140");
    const generated = aggregateUnits(
      ombudsman2024v2,
      (function* () {
        yield* CILEGON_2024;
      })(),
    );
    expect(generated).toEqual(fromArray);
    expect(aggregateUnits(ombudsman2024v2, new Set(CILEGON_2024))).toEqual(fromArray);
  });

  it('{ detail: "none" } leaves the unit entries out and says so; every other field is the same', () => {
    const full = aggregateUnits(ombudsman2024v2, CILEGON_2024);
    const lean = aggregateUnits(ombudsman2024v2, CILEGON_2024, { detail: "none" });
    expect(lean.units).toEqual([]);
    expect(lean.detail).toBe("none");
    expect(lean.count).toBe(7);
    expect({ ...lean, units: full.units, detail: undefined }).toEqual({ ...full, detail: undefined });
    expect(full).not.toHaveProperty("detail");
    expect(aggregateUnits(ombudsman2024v2, CILEGON_2024, { detail: "full" })).toEqual(full);
  });

  it("units as score results and as labelled values stream the same way", () => {
    const units = CILEGON_2024.map((v, i) => ({ unit: `U${i + 1}`, value: v }));
    const listed = aggregateUnits(ombudsman2024v2, units);
    expect(listed.units[0]).toEqual({ index: 0, unit: "U1", value: "97.55", basis: "given" });
    const results = CILEGON_2024.map((v) =>
      scoreRubric(ombudsman2024v2, { answers: { input: v, proses: v, output: v, pengaduan: v } }),
    );
    const fromResults = aggregateUnits(
      ombudsman2024v2,
      (function* () {
        yield* results;
      })(),
      { detail: "none" },
    );
    // A unit whose four dimensions all score v scores v: the same mean.
    expect([fromResults.value, fromResults.exactFraction, fromResults.basis]).toEqual(["95.31", "13343/140", "exact"]);
  });

  it("refuses what is not a list of units: a string, a number, an empty iterable, an unknown detail", () => {
    for (const bad of ["97.55", 97.55, null, {}])
      expect(errorOf(() => aggregateUnits(ombudsman2024v2, bad)).path).toEqual(["units"]);
    expect(errorOf(() => aggregateUnits(ombudsman2024v2, new Set())).rule).toBe("at least one unit");
    expect(errorOf(() => aggregateUnits(ombudsman2024v2, (function* () {})())).rule).toBe("at least one unit");
    expect(errorOf(() => aggregateUnits(ombudsman2024v2, CILEGON_2024, { detail: "some" as never })).path).toEqual([
      "options",
      "detail",
    ]);
  });

  it("a unit out of range in a stream is refused at its index", () => {
    const e = errorOf(() =>
      aggregateUnits(
        ombudsman2024v2,
        (function* () {
          yield "90";
          yield "100.01";
        })(),
      ),
    );
    expect([e.code, e.path]).toEqual(["OUT_OF_RANGE", ["units", 1]]);
  });
});

describe("score results: compact by default, the full form and the lean form on request", () => {
  const nodes = nodesByCode(pekppp2022v2.nodes);

  it("the default entry carries the figures only; a PEKPPP result is at most 6 kB of JSON", () => {
    const r = scoreRubric(pekppp2022v2, { answers: pekpppAnswers });
    // The reference note's worked example (§1.4): 3.68, B.
    expect([r.value, r.predicate?.code]).toEqual(["3.68", "B"]);
    for (const e of r.breakdown) expect(Object.keys(e)).not.toContain("source");
    expect(r.breakdown[0]).toEqual({
      code: "kebijakan",
      parent: null,
      depth: 0,
      weight: "24",
      share: "0.24",
      raw: "3.85",
      weighted: "0.924",
    });
    expect(JSON.stringify(r).length).toBeLessThanOrEqual(6000);
  });

  it("{ detail: \"full\" } adds each node's label and source, the rubric's own objects", () => {
    const compact = scoreRubric(pekppp2022v2, { answers: pekpppAnswers });
    const full = scoreRubric(pekppp2022v2, { answers: pekpppAnswers }, { detail: "full" });
    expect(full.breakdown).toHaveLength(compact.breakdown.length);
    full.breakdown.forEach((e, i) => {
      const node = nodes.get(e.code) as RubricNode;
      expect(e.label).toEqual(node.label);
      expect(e.source).toEqual(node.source);
      const { label: _label, source: _source, ...figures } = e;
      expect(figures).toEqual(compact.breakdown[i]);
    });
    // The full form is the form results had before: label after depth, source after weighted.
    expect(Object.keys(full.breakdown[0] ?? {})).toEqual([
      "code",
      "parent",
      "depth",
      "label",
      "weight",
      "share",
      "raw",
      "weighted",
      "source",
    ]);
  });

  it('{ detail: "none" } has no breakdown and says so; value, exact, predicate and gap are the same', () => {
    const compact = scoreRubric(pekppp2022v2, { answers: pekpppAnswers });
    const lean = scoreRubric(pekppp2022v2, { answers: pekpppAnswers }, { detail: "none" });
    expect(lean.breakdown).toEqual([]);
    expect(lean.detail).toBe("none");
    expect({ ...lean, breakdown: compact.breakdown, detail: undefined }).toEqual({ ...compact, detail: undefined });
  });

  it("the fast path also serves rubrics with minimum requirements (SAKIP worked example: 67.60, B)", () => {
    const r = scoreRubric(sakip2021, { answers: SAKIP_EXAMPLE, unmetRequirements: [] });
    expect([r.value, r.predicate?.code, r.gap?.target, r.gap?.points]).toEqual(["67.60", "B", "70.01", "2.41"]);
    expect(r.requirements?.stated).toBe(true);
  });

  it("refuses unknown options and details", () => {
    expect(
      errorOf(() => scoreRubric(pekppp2022v2, { answers: pekpppAnswers }, { detail: "short" as never })).path,
    ).toEqual(["options", "detail"]);
    expect(
      errorOf(() => scoreRubric(pekppp2022v2, { answers: pekpppAnswers }, { verbose: true } as never)).path,
    ).toEqual(["options", "verbose"]);
    expect(errorOf(() => scoreRubric(pekppp2022v2, { answers: pekpppAnswers }, "full" as never)).path).toEqual([
      "options",
    ]);
  });

  it("each stored form verifies as it is, with and without its input", () => {
    for (const detail of ["compact", "full", "none"] as const) {
      const input = { answers: pekpppAnswers };
      const result = JSON.parse(JSON.stringify(scoreRubric(pekppp2022v2, input, { detail })));
      expect(verifyResult(result), detail).toMatchObject({ ok: true, rescored: false });
      expect(verifyResult({ result, input }), detail).toMatchObject({ ok: true, rescored: true });
    }
    const aggregate = JSON.parse(JSON.stringify(aggregateUnits(ombudsman2024v2, CILEGON_2024, { detail: "none" })));
    expect(verifyResult(aggregate)).toMatchObject({ ok: true });
    expect(
      verifyResult({ result: aggregate, input: { units: CILEGON_2024, options: { detail: "none" } } }),
    ).toMatchObject({
      ok: true,
      rescored: true,
    });
    // A lean result that claims a breakdown, or a lean aggregate that lists units, is refused.
    const lean = JSON.parse(JSON.stringify(scoreRubric(pekppp2022v2, { answers: pekpppAnswers }, { detail: "none" })));
    const full = scoreRubric(pekppp2022v2, { answers: pekpppAnswers });
    expect(verifyResult({ ...lean, breakdown: full.breakdown }).ok).toBe(false);
    expect(verifyResult({ ...aggregate, units: [{ index: 0, value: "97.55", basis: "given" }] }).ok).toBe(false);
    expect(getRubric("pekppp@2022.2")).toBe(pekppp2022v2);
  });
});

describe("skmFromRespondents: whole-number sums on safe integers", () => {
  // Three respondents (kinerja/skm docs): NRR U1 = 10/3; IKM = 25 × 86 / 27 = 79.629… → 79.63, B.
  const rows = [
    [4, 4, 4, 4, 4, 3, 3, 3, 3],
    [3, 3, 3, 3, 3, 3, 3, 3, 3],
    [3, 3, 3, 3, 3, 3, 3, 3, 3],
  ];
  it("numbers and one-digit texts are the same answers", () => {
    const r = skmFromRespondents(rows);
    expect([r.value, r.predicate?.code, r.elements[0]?.nrrFraction, r.elements[0]?.sum, r.respondents]).toEqual([
      "79.63",
      "B",
      "10/3",
      "10",
      3,
    ]);
    expect(skmFromRespondents(rows.map((row) => row.map(String)))).toEqual(r);
    // A row the common path does not take (keyed by element) is read answer by answer, to the same result.
    const keyed = Object.fromEntries(["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"].map((u) => [u, 3]));
    expect(skmFromRespondents([rows[0] as number[], keyed, rows[2] as number[]])).toEqual(r);
  });

  it("a hole is not a respondent, and an answer off the scale is still refused at its row", () => {
    const holey = [rows[0] as number[], undefined, rows[2] as number[]] as number[][];
    expect(errorOf(() => skmFromRespondents(holey)).path).toEqual(["rows", 1]);
    const e = errorOf(() => skmFromRespondents([rows[0] as number[], [3, 3, 3, 3, 5, 3, 3, 3, 3]]));
    expect([e.code, e.path]).toEqual(["ANSWER_OUT_OF_SCALE", ["rows", 1, "U5"]]);
  });
});
