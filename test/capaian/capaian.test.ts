import { describe, expect, it } from "vitest";
import { CAPAIAN_CAPS, capaian } from "../../src/capaian/index.js";
import { deepFreeze, errorOf } from "./helpers.js";

describe("capaian: figures from the reference note and the regulation", () => {
  it("angka kemiskinan, T = 10 %, R = 8 %: 120 with 2T − R (the default), 125 with T/R", () => {
    const def = capaian({ target: 10, realisasi: 8, polarity: "lowerIsBetter" });
    expect(def).toMatchObject({
      status: "assessed",
      value: "120.00",
      exact: "120",
      formula: "2T-R",
      versusTarget: "better",
    });
    expect(def.confirmed).toBe(true);
    const inv = capaian({ target: "10", realisasi: "8", polarity: "lowerIsBetter", formula: "T/R" });
    expect(inv).toMatchObject({ value: "125.00", exact: "125", exactFraction: "125", formula: "T/R" });
    expect(inv.confirmed).toBe(false); // the inverse ratio is known from application code only
  });

  it("PermenPAN-RB 8/2021 kondisi khusus: target 7 months, realisation 6.5 → 107.14 (printed 107 %)", () => {
    // (2 × 7 − 6.5) / 7 × 100 = 7.5 / 7 × 100 = 750/7
    const c = capaian({ target: 7, realisasi: 6.5, polarity: "lowerIsBetter" });
    expect(c.value).toBe("107.14");
    expect(c.exactFraction).toBe("750/7");
    expect(c.exact).toBe("107.1428571428571428571428571428571428571"); // 40 significant digits
  });

  it("8/2021 range examples: 80–90 % with R = 70 → 87.50 (lower bound); R = 92 → 102.22 (upper bound)", () => {
    const low = capaian({ target: { min: 80, max: 90 }, realisasi: 70, polarity: "range" });
    expect(low).toMatchObject({ value: "87.50", rangePosition: "below", targetUsed: "80", versusTarget: "worse" });
    // The regulation prints "= 113 %" here, but its own formula, 92 / 90 × 100, is 102.22 (920/9).
    const high = capaian({ target: { min: 80, max: 90 }, realisasi: 92, polarity: "range" });
    expect(high).toMatchObject({ value: "102.22", exactFraction: "920/9", rangePosition: "above", targetUsed: "90" });
    expect(high.value).not.toBe("113.33");
  });

  it("8/2021 range with the kondisi khusus formula: 7–8 months, R = 6.5 → 107.14, R = 9 → 87.50", () => {
    const early = capaian({ target: { min: 7, max: 8 }, realisasi: 6.5, polarity: "lowerIsBetter" });
    expect(early).toMatchObject({ value: "107.14", targetUsed: "7", rangePosition: "below" });
    const late = capaian({ target: { min: 7, max: 8 }, realisasi: 9, polarity: "lowerIsBetter" });
    expect(late).toMatchObject({ value: "87.50", targetUsed: "8", rangePosition: "above" }); // (16 − 9) / 8
  });

  it("inside a band capaian is 100, and says the rule is an unconfirmed inference", () => {
    const c = capaian({ target: { min: 80, max: 90 }, realisasi: "85.5", polarity: "range" });
    expect(c).toMatchObject({ value: "100.00", rangePosition: "inside", targetUsed: null, versusTarget: "met" });
    expect(c.confirmed).toBe(false);
    expect(capaian({ target: { min: 80, max: 90 }, realisasi: 90, polarity: "range" }).value).toBe("100.00");
  });

  it("capaian above 100 % is kept: UHC 101 % of a 96 % target → 105.21; Lampung 2023 UHC 95.31 % of 95 % → 100.33", () => {
    expect(capaian({ target: 96, realisasi: 101, polarity: "higherIsBetter" }).value).toBe("105.21"); // 2525/24
    expect(capaian({ target: 95, realisasi: "95.31", polarity: "higherIsBetter" }).value).toBe("100.33"); // 100.326…
  });

  it("reproduces a published percentage: Lampung UHC Aug 2025, 8,890,246 of 9,144,263 people = 97.22 % (Antara)", () => {
    expect(capaian({ target: 9144263, realisasi: 8890246, polarity: "higherIsBetter" }).value).toBe("97.22");
  });

  it("rounds half-up from the exact fraction: 0.1 + 0.2 style float noise never appears", () => {
    // 2.675 / 100 × 100 = 2.675 exactly → "2.68" (2.675 as a binary float is just below, and rounds to 2.67)
    expect(capaian({ target: 100, realisasi: 2.675, polarity: "higherIsBetter" }).value).toBe("2.68");
    expect(capaian({ target: 3, realisasi: 0.3, polarity: "higherIsBetter" }).value).toBe("10.00");
    expect(capaian({ target: 8, realisasi: "0.1", polarity: "higherIsBetter" }).exact).toBe("1.25");
  });
});

describe("capaian: caps", () => {
  it("no cap by default; with the 8/2021 figure 120 the value is lowered and the uncapped value kept", () => {
    expect(capaian({ target: 10, realisasi: 15, polarity: "higherIsBetter" }).value).toBe("150.00");
    const c = capaian({
      target: 10,
      realisasi: 15,
      polarity: "higherIsBetter",
      cap: CAPAIAN_CAPS.permenpanrb8of2021.value,
    });
    expect(c).toMatchObject({ value: "120.00", cap: "120", capped: true, uncapped: { value: "150.00" } });
    expect(capaian({ target: 10, realisasi: 11, polarity: "higherIsBetter", cap: 120 })).toMatchObject({
      value: "110.00",
      capped: false,
      uncapped: null,
    });
    expect(CAPAIAN_CAPS.permenpanrb8of2021.source.regulation).toMatch(/8\/2021/);
  });

  it("lower-is-better with R = 0 is 200 % (2T − R), and 120 under the cap", () => {
    expect(capaian({ target: 10, realisasi: 0, polarity: "lowerIsBetter" }).value).toBe("200.00");
    expect(capaian({ target: 10, realisasi: 0, polarity: "lowerIsBetter", cap: "120" }).value).toBe("120.00");
  });

  it("a cap below 100 is refused", () => {
    const e = errorOf(() => capaian({ target: 10, realisasi: 5, polarity: "higherIsBetter", cap: 99 }));
    expect(e.code).toBe("OUT_OF_RANGE");
    expect(e.path).toEqual(["cap"]);
  });
});

describe("capaian: zeros, negatives and missing figures (never NaN or Infinity)", () => {
  it("T = 0: not assessable, but whether the target was met is still said", () => {
    const zero = capaian({ target: 0, realisasi: 0, polarity: "lowerIsBetter" });
    expect(zero).toMatchObject({
      status: "notAssessable",
      reason: "zeroTarget",
      value: null,
      exact: null,
      versusTarget: "met",
    });
    expect(capaian({ target: 0, realisasi: 3, polarity: "lowerIsBetter" }).versusTarget).toBe("worse");
    expect(capaian({ target: 0, realisasi: 3, polarity: "higherIsBetter" })).toMatchObject({
      status: "notAssessable",
      reason: "zeroTarget",
      versusTarget: "better",
    });
  });

  it("T/R: R = 0 or R < 0 is not assessable; T = 0 with R > 0 is 0 %", () => {
    const base = { target: 10, polarity: "lowerIsBetter", formula: "T/R" } as const;
    expect(capaian({ ...base, realisasi: 0 })).toMatchObject({ status: "notAssessable", reason: "zeroRealisasi" });
    expect(capaian({ ...base, realisasi: -1 })).toMatchObject({ status: "notAssessable", reason: "negativeRealisasi" });
    expect(capaian({ ...base, target: 0, realisasi: 4 }).value).toBe("0.00");
  });

  it("R = 0 with higher-is-better is a real 0.00, not missing", () => {
    expect(capaian({ target: 50, realisasi: 0, polarity: "higherIsBetter" })).toMatchObject({
      status: "assessed",
      value: "0.00",
    });
  });

  it("negative outcomes: R > 2T gives a negative capaian under 2T − R; a negative R gives a negative R/T", () => {
    expect(capaian({ target: 10, realisasi: 25, polarity: "lowerIsBetter" }).value).toBe("-50.00");
    expect(capaian({ target: 5, realisasi: "-2.07", polarity: "higherIsBetter" }).value).toBe("-41.40");
    expect(capaian({ target: 3, realisasi: "-0.0001", polarity: "higherIsBetter" }).value).toBe("0.00"); // never "-0.00"
  });

  it("a negative target (or band bound used) is not assessable", () => {
    expect(capaian({ target: -2, realisasi: -1, polarity: "higherIsBetter" })).toMatchObject({
      status: "notAssessable",
      reason: "negativeTarget",
      versusTarget: "better",
    });
    expect(capaian({ target: { min: -1, max: 1 }, realisasi: -3, polarity: "range" }).reason).toBe("negativeTarget");
    expect(capaian({ target: { min: -1, max: 1 }, realisasi: 0, polarity: "range" }).value).toBe("100.00");
  });

  it("missing is not zero: null or absent realisasi/target gives status missing", () => {
    expect(capaian({ target: 10, realisasi: null, polarity: "higherIsBetter" })).toMatchObject({
      status: "missing",
      reason: "missingRealisasi",
      value: null,
      realisasi: null,
    });
    expect(capaian({ target: 10, polarity: "higherIsBetter" }).reason).toBe("missingRealisasi");
    expect(capaian({ realisasi: 3, polarity: "higherIsBetter" }).reason).toBe("missingTarget");
  });
});

describe("capaian: strict input", () => {
  const ok = { target: 10, realisasi: 8, polarity: "higherIsBetter" } as const;
  it.each([
    [{ ...ok, realisasi: Number.NaN }, ["realisasi"]],
    [{ ...ok, realisasi: Number.POSITIVE_INFINITY }, ["realisasi"]],
    [{ ...ok, target: "12,5" }, ["target"]],
    [{ ...ok, target: "1e3" }, ["target"]],
    [{ ...ok, target: "" }, ["target"]],
    [{ ...ok, target: " 10" }, ["target"]],
    [{ ...ok, realisasi: true }, ["realisasi"]],
    [{ ...ok, target: { min: 1 } }, ["target", "max"]],
    [{ ...ok, polarity: "positif" }, ["polarity"]],
    [{ ...ok, realisation: 8 }, ["realisation"]],
    [{ ...ok, formula: "T/R" }, ["formula"]],
    [{ ...ok, polarity: "range" }, ["target"]],
    [{ ...ok, target: { min: 90, max: 80 }, polarity: "range" }, ["target", "max"]],
  ])("%j → INVALID_INPUT at its path", (input, path) => {
    const e = errorOf(() => capaian(input as never));
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.path).toEqual(path);
    expect(e.rule).toBeTruthy();
  });

  it("too many digits is PRECISION_EXCEEDED; not an object is INVALID_INPUT", () => {
    expect(errorOf(() => capaian({ ...ok, target: "1234567890123456789012345678901" })).code).toBe(
      "PRECISION_EXCEEDED",
    );
    expect(errorOf(() => capaian(null as never)).code).toBe("INVALID_INPUT");
  });

  it("numbers are read as they print (0.1 is 1/10) and inputs are echoed as exact text", () => {
    const c = capaian({ target: 1e-7, realisasi: 3e-7, polarity: "higherIsBetter" });
    expect(c).toMatchObject({ value: "300.00", target: "0.0000001", realisasi: "0.0000003" });
    expect(capaian({ target: "050", realisasi: "25.50", polarity: "higherIsBetter" }).target).toBe("50");
  });

  it("never mutates its input, and the result is plain JSON", () => {
    const input = deepFreeze({
      target: { min: "80", max: "90" },
      realisasi: "92",
      polarity: "range" as const,
      cap: 120,
    });
    const c = capaian(input);
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    expect(input).toEqual({ target: { min: "80", max: "90" }, realisasi: "92", polarity: "range", cap: 120 });
  });

  it("every result names its sources", () => {
    const c = capaian({ target: 10, realisasi: 8, polarity: "lowerIsBetter" });
    expect(c.sources.map((s) => s.regulation).join(" ")).toMatch(/PermenPAN-RB 8\/2021/);
    const band = capaian({ target: { min: 80, max: 90 }, realisasi: 70, polarity: "range" });
    expect(band.sources).toHaveLength(2);
  });
});
