import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate, classify, deriveRubric, getRubric, listIndicators, resolveRubric, score } from "../../src/index.js";
import {
  classifyNi,
  SKM_2017_INTERVALS,
  skm2017,
  skmFromNrr,
  skmFromRespondents,
} from "../../src/schemes/skm/index.js";
import { BANTUL_2023, C8_CORRECTED, CATEGORY_TABLE, NI_TABLE, TUBABA_ALL_FOUR } from "../fixtures/skm/published.js";
import { D } from "../support/decimalOracle.js";

const U = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"];
const nrrOf = (v: string | number) => Object.fromEntries(U.map((u) => [u, v]));
const row = (v: number) => U.map(() => v);

describe("skm@2017.1: nine elements at exactly 1/9, × 25 (reference note §4)", () => {
  it("is the built-in SKM rubric from 2017 on", () => {
    expect(getRubric("skm@2017.1")).toBe(skm2017);
    // skm@2017.2 (same figures, the 1/9 weight cited to the results it reproduces) supersedes 2017.1.
    expect(resolveRubric("skm", { assessmentYear: 2024 }).id).toBe("skm@2017.2");
    expect(resolveRubric("skm", { assessmentYear: 2017 }).id).toBe("skm@2017.2");
    expect(() => resolveRubric("skm", { assessmentYear: 2016 })).toThrow(
      expect.objectContaining({ code: "NO_RUBRIC_FOR_YEAR" }),
    );
  });

  it("lists U1–U9 with weight 1/9, an NRR scale 1–4 and the questionnaire options a–d as levels", () => {
    const list = listIndicators(skm2017);
    expect(list.map((i) => [i.code, i.weight])).toEqual(U.map((u) => [u, "1/9"]));
    expect(list.map((i) => i.label.id)).toEqual([
      "Persyaratan",
      "Sistem, Mekanisme, dan Prosedur",
      "Waktu Penyelesaian",
      "Biaya/Tarif",
      "Produk Spesifikasi Jenis Pelayanan",
      "Kompetensi Pelaksana",
      "Perilaku Pelaksana",
      "Sarana dan Prasarana",
      "Penanganan Pengaduan, Saran dan Masukan",
    ]);
    for (const i of list) {
      expect(i.scale).toMatchObject({ kind: "decimal", min: "1", max: "4" });
      expect(i.levels?.map((l) => l.value)).toEqual(["1", "2", "3", "4"]);
      expect(i.levels?.[0]?.label.id).toMatch(/^a\. /);
      expect(i.source.confirmed).toBe(true);
    }
  });

  it("all-4 answers give exactly 100.00 (Tubaba shows 100); the printed 0.111 weight gives 99.90, only on request", () => {
    const r = score(skm2017, { answers: nrrOf(4) });
    expect([r.value, r.predicate?.code]).toEqual([TUBABA_ALL_FOUR.exact, "A"]);
    expect(skmFromRespondents([row(4), row(4)]).value).toBe(TUBABA_ALL_FOUR.exact);
    const legacy = skmFromNrr(nrrOf(4), { weightMode: "printed" });
    expect(legacy.value).toBe(TUBABA_ALL_FOUR.legacy0111);
    expect(legacy.confirmed).toBe(false);
    expect(legacy.weightMode).toBe("printed");
    expect(legacy.notes.join(" ")).toMatch(/LEGACY/);
    expect(skmFromRespondents([row(4)], { weightMode: "printed", printedWeight: "0.111" }).value).toBe("99.90");
  });

  it("all-1 answers give 25.00 (D); with the printed weight they would leave the scale (24.975) and get no category", () => {
    expect(score(skm2017, { answers: nrrOf(1) })).toMatchObject({ value: "25.00", predicate: { code: "D" } });
    const legacy = skmFromNrr(nrrOf(1), { weightMode: "printed" });
    expect([legacy.exact, legacy.predicate]).toEqual(["24.975", null]);
  });

  it("classifies the Bantul 2023 examples (S16): 75.56 C Kurang Baik, 86.29 B Baik, 94.61 A Sangat Baik", () => {
    for (const ex of BANTUL_2023) {
      const p = classify(skm2017, ex.value);
      expect([p.code, p.label.id]).toEqual([ex.code, ex.label]);
    }
  });

  it("converts the note's corrected C8 example: NI 3.6590 × 25 = 91.475 → 91.48 A (an exact tie, rounded half-up)", () => {
    expect(classifyNi(C8_CORRECTED.ni)).toMatchObject({
      nik: C8_CORRECTED.nik,
      value: C8_CORRECTED.value,
      predicate: { code: C8_CORRECTED.code },
    });
  });
});

describe("SKM category edges (reference note §4.3)", () => {
  it("puts every published edge in its band, at 2 decimals", () => {
    for (const b of CATEGORY_TABLE) {
      expect(classify(skm2017, b.min).code, b.min).toBe(b.code);
      expect(classify(skm2017, b.max).code, b.max).toBe(b.code);
      expect(classify(skm2017, b.min).label.id).toBe(b.label);
    }
  });

  it("leaves nothing between bands at 3+ decimals (the IKM is rounded half-up to 2 decimals first)", () => {
    const cases: Array<[string, string]> = [
      ["64.995", "C"],
      ["64.9949", "D"],
      ["76.605", "B"],
      ["76.6049", "C"],
      ["88.305", "A"],
      ["88.3049", "B"],
      ["99.999", "A"],
    ];
    for (const [v, code] of cases) expect(classify(skm2017, v).code, v).toBe(code);
    expect(() => classify(skm2017, "24.99")).toThrow(expect.objectContaining({ code: "OUT_OF_RANGE" }));
  });

  it("classifies every 2-decimal value 25.00–100.00 as the published table does", () => {
    for (let c = 2500; c <= 10000; c++) {
      const v = new D(c).div(100).toFixed(2);
      const row = CATEGORY_TABLE.find((b) => new D(v).gte(b.min) && new D(v).lte(b.max));
      expect(classify(skm2017, v).code, v).toBe(row?.code);
    }
  });

  it("reads the 1–4 (NI) interval table through the conversion: each printed NI edge × 25 lands in its band", () => {
    expect(SKM_2017_INTERVALS.map((r) => [r.ni.min, r.ni.max, r.nik.min, r.nik.max, r.mutu])).toEqual(
      NI_TABLE.map((r) => [r.ni[0], r.ni[1], r.nik[0], r.nik[1], r.code]),
    );
    for (const r of NI_TABLE) {
      for (const [k, ni] of r.ni.entries()) {
        const c = classifyNi(ni);
        expect(c.predicate.code, ni).toBe(r.code);
        expect(c.value, ni).toBe(r.nik[k]);
      }
    }
  });
});

describe("skmFromRespondents: raw questionnaire rows", () => {
  it("computes the IKM as one exact quotient: 3 respondents, five 4s and the rest 3 → 25 × 86 / 27 = 79.6296… → 79.63 B", () => {
    const rows = [
      [4, 4, 4, 4, 4, 3, 3, 3, 3],
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
      [3, 3, 3, 3, 3, 3, 3, 3, 3],
    ];
    const r = skmFromRespondents(rows);
    expect(new D(r.exact).minus(new D(2150).div(27)).abs().lt("1e-35")).toBe(true);
    expect([r.value, r.predicate?.code, r.respondents]).toEqual(["79.63", "B", 3]);
    // U1: (4 + 3 + 3) / 3 = 10/3, kept as a fraction.
    expect(r.elements[0]).toMatchObject({ code: "U1", answered: 3, sum: "10", nrrFraction: "10/3" });
    expect(r.elements[8]).toMatchObject({ code: "U9", nrr: "3", nrrFraction: "3" });
    // Weights and categories are confirmed, but the half-up 2-decimal rounding rule is not (reference note §7).
    expect(r.confirmed).toBe(false);
  });

  it("works on a derived variant with other weights (the regulation allows them if they sum to 1)", () => {
    const variant = deriveRubric(skm2017, { weights: { U1: "2/9", U2: "0" } }, { id: "skm@2017.1-variant" });
    // U1 answered 3 (weight 2/9), U2 weight 0, U3–U9 answered 4 (7 × 1/9): 25 × (6/9 + 28/9) = 850/9 = 94.444… → 94.44.
    const r = skmFromRespondents([[3, 1, 4, 4, 4, 4, 4, 4, 4]], { rubric: variant });
    expect([r.rubric, r.value, r.predicate?.code, r.confirmed]).toEqual(["skm@2017.1-variant", "94.44", "A", false]);
  });

  it("rounds an exact x.xx5 tie half-up: 8 respondents, nine 4s among 72 answers → 25 × 225 / 72 = 78.125 → 78.13", () => {
    const rows = Array.from({ length: 8 }, (_, r) => U.map((_, u) => (r === u || (r === 0 && u === 8) ? 4 : 3)));
    const r = skmFromRespondents(rows);
    expect([r.exact, r.value, r.predicate?.code]).toEqual(["78.125", "78.13", "B"]);
  });

  it("accepts rows keyed by element code, in any key order", () => {
    const keyed = [Object.fromEntries([...U].reverse().map((u) => [u, 3])), Object.fromEntries(U.map((u) => [u, "4"]))];
    expect(skmFromRespondents(keyed).exact).toBe("87.5");
  });

  it("names the row and element of a missing answer, never dropping the row", () => {
    const rows = [row(4), row(3), [4, 4, 4, 4, undefined, 4, 4, 4, 4]];
    expect(() => skmFromRespondents(rows)).toThrow(
      expect.objectContaining({
        code: "MISSING_ANSWER",
        path: ["rows", 2, "U5"],
        message: expect.stringMatching(/rows\[2\].*respondent 3.*U5/),
      }),
    );
    expect(() => skmFromRespondents([row(3), [3, 3, 3, 3, 3, 3, 3, 3]])).toThrow(
      expect.objectContaining({ code: "MISSING_ANSWER", path: ["rows", 1, "U9"] }),
    );
    expect(() => skmFromRespondents([{ U1: 3, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: null }])).toThrow(
      expect.objectContaining({ code: "MISSING_ANSWER", path: ["rows", 0, "U9"] }),
    );
  });

  it("names the row and element of an out-of-scale answer (0, 5, 3.5, 'x')", () => {
    for (const bad of [0, 5, 3.5, "x", "3.0.0"]) {
      const rows = [row(3), U.map((_, u) => (u === 6 ? bad : 3))];
      expect(() => skmFromRespondents(rows)).toThrow(
        expect.objectContaining({ code: "ANSWER_OUT_OF_SCALE", path: ["rows", 1, "U7"] }),
      );
    }
  });

  it("rejects rows that are too long or use unknown element codes, and an empty survey", () => {
    expect(() => skmFromRespondents([[...row(3), 3]])).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT", path: ["rows", 0] }),
    );
    expect(() => skmFromRespondents([{ ...nrrOf(3), U10: 3 }])).toThrow(
      expect.objectContaining({ code: "UNKNOWN_INDICATOR" }),
    );
    expect(() => skmFromRespondents([])).toThrow(expect.objectContaining({ code: "INVALID_INPUT" }));
  });

  it('with incomplete: "report", keeps incomplete rows, lists them, and averages each element over its answers', () => {
    // Row 0 all 4; row 1 all 3 but U9 missing: NRR U1–U8 = 3.5, U9 = 4; Σ = 32; 32 / 9 × 25 = 800/9 = 88.888… → 88.89 A.
    const r = skmFromRespondents([row(4), [3, 3, 3, 3, 3, 3, 3, 3, null]], { incomplete: "report" });
    expect(r.incomplete).toEqual([{ row: 1, missing: ["U9"] }]);
    expect(r.respondents).toBe(2);
    expect(r.elements[8]).toMatchObject({ answered: 1, nrr: "4" });
    expect([r.value, r.predicate?.code]).toEqual(["88.89", "A"]);
    expect(r.notes.join(" ")).toMatch(/not dropped/);
    // Out-of-scale answers stay errors even then.
    expect(() => skmFromRespondents([row(4), [3, 3, 3, 3, 3, 3, 3, 3, 9]], { incomplete: "report" })).toThrow(
      expect.objectContaining({ code: "ANSWER_OUT_OF_SCALE" }),
    );
  });

  it("property: IKM within 25–100, equal to score() on exact NRRs, and 25 × v when every answer is v", () => {
    const rowsArb = fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 }), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const r = skmFromRespondents(rows);
        expect(new D(r.exact).gte(25) && new D(r.exact).lte(100)).toBe(true);
        // With n = 1, 2, 4, 5, 8, 10 the NRRs terminate and score() can take them exactly.
        if ([1, 2, 4, 5, 8, 10].includes(rows.length)) {
          const nrr = Object.fromEntries(
            U.map((u, k) => [u, new D(rows.reduce((s, x) => s + (x[k] as number), 0)).div(rows.length).toFixed()]),
          );
          const s = score(skm2017, { answers: nrr });
          expect(r.value).toBe(s.value);
          expect(new D(r.exact).minus(s.exact).abs().lt("1e-35")).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 30 }), (v, n) => {
        expect(skmFromRespondents(Array.from({ length: n }, () => row(v))).exact).toBe(new D(v).times(25).toFixed());
      }),
    );
  });

  it("property: raising one answer never lowers the IKM", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat(),
        fc.integer({ min: 0, max: 8 }),
        (rows, r, u) => {
          const i = r % rows.length;
          fc.pre((rows[i]?.[u] as number) < 4);
          const up = rows.map((x) => [...x]);
          (up[i] as number[])[u] = ((up[i] as number[])[u] as number) + 1;
          expect(new D(skmFromRespondents(up).exact).gt(skmFromRespondents(rows).exact)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("skmFromNrr and score(): per-element averages", () => {
  it("agree with each other on exact weights: NRR 3.5 everywhere → 87.50 B", () => {
    expect(score(skm2017, { answers: nrrOf("3.5") }).value).toBe("87.50");
    expect(skmFromNrr(nrrOf("3.5"))).toMatchObject({
      value: "87.50",
      exact: "87.5",
      weightMode: "exact",
      predicate: { code: "B" },
    });
  });

  it("rejects NRRs outside 1–4 and unknown or missing elements", () => {
    expect(() => skmFromNrr(nrrOf("4.01"))).toThrow(expect.objectContaining({ code: "ANSWER_OUT_OF_SCALE" }));
    expect(() => skmFromNrr({ U1: 3 })).toThrow(expect.objectContaining({ code: "MISSING_ANSWER" }));
    expect(() => skmFromNrr({ ...nrrOf(3), U0: 3 })).toThrow(expect.objectContaining({ code: "UNKNOWN_INDICATOR" }));
    expect(() => skmFromNrr(nrrOf(3), { printedWeight: "0.111" })).toThrow(/weightMode "printed"/);
  });

  it("has no unit → instansi rule: aggregate() asks for an explicit strategy", () => {
    const r = score(skm2017, { answers: nrrOf(3) });
    expect(() => aggregate(skm2017, [r])).toThrow(expect.objectContaining({ code: "NO_AGGREGATION_RULE" }));
    expect(aggregate(skm2017, [r, "80.00"], { strategy: "mean" })).toMatchObject({ value: "77.50", rule: "caller" });
  });
});
