import { describe, expect, it } from "vitest";
import { type OpdQuarterInput, opdQuarter } from "../../src/capaian/index.js";
import { deepFreeze, errorOf } from "./helpers.js";

const TW2 = { kind: "triwulan", year: 2024, triwulan: 2 } as const;
// The reference note's simonev21 example (B4.2): A has pagu 600 jt, fisik 50 %, realisasi 250 jt;
// B has pagu 400 jt, fisik 80 %, realisasi 300 jt.
const simonev: OpdQuarterInput = {
  opd: "1.02.0.00.0.00.01.0000",
  name: "Dinas Kesehatan",
  period: TW2,
  subKegiatan: [
    { id: "A", pagu: 600_000_000, fisik: 50, realisasi: 250_000_000 },
    { id: "B", pagu: "400000000", fisik: "80", realisasi: "300000000" },
  ],
};

describe("opdQuarter: the simonev21 worked example", () => {
  it("fisik 62 % weighted by pagu, keuangan 55 %", () => {
    const q = opdQuarter(simonev);
    expect(q.physical).toMatchObject({ status: "assessed", value: "62.00", mode: "paguWeighted" });
    expect(q.budget).toMatchObject({ status: "assessed", value: "55.00", exact: "55" });
    expect(q).toMatchObject({ pagu: "1000000000", realisasi: "550000000", sisa: "450000000", complete: true });
    expect(q.periodLabel).toBe("TW II 2024");
  });

  it("the unweighted mean, as a named option, is 65 %", () => {
    expect(opdQuarter(simonev, { physical: "unweightedMean" }).physical).toMatchObject({
      value: "65.00",
      mode: "unweightedMean",
    });
  });
});

describe("opdQuarter: missing is not zero", () => {
  it("a realisasi not reported leaves the budget measure without a value and names the line", () => {
    const q = opdQuarter({
      ...simonev,
      subKegiatan: [
        { id: "A", pagu: 600, fisik: 50, realisasi: 250 },
        { id: "B", pagu: 400, fisik: 80, realisasi: null },
      ],
    });
    expect(q.budget).toMatchObject({ status: "missing", reason: "missingReport", value: null, missing: ["B"] });
    expect(q.realisasi).toBeNull();
    expect(q.physical.value).toBe("62.00");
    expect(q.complete).toBe(false);
  });

  it("a realisasi of 0 is a real 0: (250 + 0) / 1000 = 25 %", () => {
    const q = opdQuarter({
      ...simonev,
      subKegiatan: [
        { id: "A", pagu: 600, fisik: 50, realisasi: 250 },
        { id: "B", pagu: 400, fisik: 0, realisasi: 0 },
      ],
    });
    expect(q.budget.value).toBe("25.00");
    expect(q.physical.value).toBe("30.00"); // 0.6 × 50
  });

  it("an OPD with no report at all is missing on budget and fisik, not 0", () => {
    const q = opdQuarter({ opd: "X", period: TW2, subKegiatan: null });
    expect(q.budget).toMatchObject({ status: "missing", reason: "missingReport" });
    expect(q.physical.status).toBe("missing");
    expect(q.pagu).toBeNull();
  });

  it("zero pagu and an empty list are not assessable (nothing to divide by)", () => {
    const zero = opdQuarter({ opd: "X", period: TW2, subKegiatan: [{ id: "A", pagu: 0, realisasi: 0, fisik: 40 }] });
    expect(zero.budget).toMatchObject({ status: "notAssessable", reason: "zeroPagu" });
    expect(zero.physical.reason).toBe("zeroPagu");
    expect(
      opdQuarter(
        { opd: "X", period: TW2, subKegiatan: [{ id: "A", pagu: 0, fisik: 40 }] },
        { physical: "unweightedMean" },
      ).physical.value,
    ).toBe("40.00");
    expect(opdQuarter({ opd: "X", period: TW2, subKegiatan: [] }).budget.reason).toBe("noSubKegiatan");
  });
});

describe("opdQuarter: indicators", () => {
  it("capaian per indicator and their exact mean", () => {
    const q = opdQuarter({
      ...simonev,
      indicators: [
        { code: "IKU-1", target: 10, realisasi: 8, polarity: "higherIsBetter" }, // 80
        { code: "IKU-2", name: "Angka kemiskinan", target: 10, realisasi: 8, polarity: "lowerIsBetter" }, // 120
        { code: "IKU-3", target: 3, realisasi: 1, polarity: "higherIsBetter" }, // 100/3
      ],
    });
    expect(q.capaian.indicators.map((i) => i.value)).toEqual(["80.00", "120.00", "33.33"]);
    // (80 + 120 + 100/3) / 3 = 700/9 = 77.777…
    expect(q.capaian).toMatchObject({ status: "assessed", value: "77.78", exactFraction: "700/9" });
    expect(q.capaian.indicators[1]).toMatchObject({ code: "IKU-2", name: "Angka kemiskinan", formula: "2T-R" });
  });

  it("a missing realisasi leaves the mean without a value; a not-assessable indicator is left out and listed", () => {
    const q = opdQuarter({
      ...simonev,
      indicators: [
        { code: "A", target: 10, realisasi: 8, polarity: "higherIsBetter" },
        { code: "B", target: 0, realisasi: 0, polarity: "lowerIsBetter" },
      ],
    });
    expect(q.capaian).toMatchObject({ status: "assessed", value: "80.00", excluded: ["B"], missing: [] });
    const m = opdQuarter({
      ...simonev,
      indicators: [
        { code: "A", target: 10, realisasi: 8, polarity: "higherIsBetter" },
        { code: "C", target: 5, realisasi: null, polarity: "higherIsBetter" },
      ],
    });
    expect(m.capaian).toMatchObject({ status: "missing", value: null, missing: ["C"] });
    expect(m.complete).toBe(false);
    expect(opdQuarter(simonev).capaian.reason).toBe("noIndicators");
  });
});

describe("opdQuarter: strict input", () => {
  it.each([
    [
      { ...simonev, subKegiatan: [{ id: "A", pagu: 100, realisasi: 101 }] },
      "OUT_OF_RANGE",
      ["subKegiatan", 0, "realisasi"],
    ],
    [
      { ...simonev, subKegiatan: [{ id: "A", pagu: 100, fisik: "100.5" }] },
      "OUT_OF_RANGE",
      ["subKegiatan", 0, "fisik"],
    ],
    [{ ...simonev, subKegiatan: [{ id: "A", pagu: -1 }] }, "OUT_OF_RANGE", ["subKegiatan", 0, "pagu"]],
    [{ ...simonev, subKegiatan: [{ id: "A", pagu: Number.NaN }] }, "INVALID_INPUT", ["subKegiatan", 0, "pagu"]],
    [
      {
        ...simonev,
        subKegiatan: [
          { id: "A", pagu: 1 },
          { id: "A", pagu: 2 },
        ],
      },
      "INVALID_INPUT",
      ["subKegiatan", 1, "id"],
    ],
    [{ ...simonev, period: { kind: "year", year: 2024 } }, "INVALID_INPUT", ["period", "kind"]],
    [{ ...simonev, period: { kind: "triwulan", year: 2024, triwulan: 5 } }, "INVALID_INPUT", ["period", "triwulan"]],
    [{ ...simonev, opd: "" }, "INVALID_INPUT", ["opd"]],
    [{ ...simonev, pagu: 5 }, "INVALID_INPUT", ["pagu"]],
    [
      { ...simonev, indicators: [{ code: "A", target: "x", realisasi: 1, polarity: "higherIsBetter" }] },
      "INVALID_INPUT",
      ["indicators", 0, "target"],
    ],
    [
      {
        ...simonev,
        indicators: [
          { code: "A", target: 1, realisasi: 1, polarity: "higherIsBetter" },
          { code: "A", target: 1, realisasi: 1, polarity: "higherIsBetter" },
        ],
      },
      "INVALID_INPUT",
      ["indicators", 1, "code"],
    ],
  ])("%#: %s at its path", (input, code, path) => {
    const e = errorOf(() => opdQuarter(input as never));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  it("an unknown option is refused", () => {
    expect(errorOf(() => opdQuarter(simonev, { physical: "mean" as never })).path).toEqual(["options", "physical"]);
  });

  it("never mutates its input; the result is plain JSON", () => {
    const input = deepFreeze(
      structuredClone({
        ...simonev,
        indicators: [{ code: "A", target: 1, realisasi: 2, polarity: "higherIsBetter" as const }],
      }),
    );
    const before = JSON.stringify(input);
    const q = opdQuarter(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.parse(JSON.stringify(q))).toEqual(q);
  });
});
