import { describe, expect, it } from "vitest";
import { score } from "../../src/index.js";
import { OMBUDSMAN_2023, OMBUDSMAN_2025, unitFromIndicators } from "../../src/schemes/ombudsman/index.js";
import { errorOf } from "../helpers.js";

describe("unit score from the four dimension scores (published weights)", () => {
  it("input 80, proses 90, output 70, pengaduan 60 (2023) → 76.505 → 76.51, C Kualitas Sedang", () => {
    // hand: 21.85·0.80 + 32.37·0.90 + 24.24·0.70 + 21.54·0.60 = 17.48 + 29.133 + 16.968 + 12.924 = 76.505
    const r = score("ombudsman@2023.1", { answers: { input: 80, proses: 90, output: 70, pengaduan: 60 } });
    expect([r.exact, r.value, r.predicate?.code, r.predicate?.label.id]).toEqual([
      "76.505",
      "76.51",
      "C",
      "Kualitas Sedang",
    ]);
    expect(r.breakdown.map((b) => [b.code, b.weighted])).toEqual([
      ["input", "17.48"],
      ["proses", "29.133"],
      ["output", "16.968"],
      ["pengaduan", "12.924"],
    ]);
    expect(r.gap).toMatchObject({ next: { code: "B" }, target: "78.00", points: "1.49" });
  });

  it("all 100 → 100.00 A; all 0 → 0.00 E", () => {
    const all = (v: number) => ({ answers: { input: v, proses: v, output: v, pengaduan: v } });
    expect([score(OMBUDSMAN_2023, all(100)).value, score(OMBUDSMAN_2023, all(100)).predicate?.code]).toEqual([
      "100.00",
      "A",
    ]);
    expect([score(OMBUDSMAN_2023, all(0)).value, score(OMBUDSMAN_2023, all(0)).predicate?.code]).toEqual(["0.00", "E"]);
  });

  it("is never 'confirmed': the unit formula itself is UNCONFIRMED", () => {
    const r = score("ombudsman@2023.1", { answers: { input: 90, proses: 90, output: 90, pengaduan: 90 } });
    expect(r.confirmed).toBe(false);
  });

  it("refuses a missing dimension and a value off the 0–100 scale", () => {
    expect(errorOf(() => score("ombudsman@2024.1", { answers: { input: 90, proses: 90, output: 90 } })).code).toBe(
      "MISSING_ANSWER",
    );
    expect(
      errorOf(() => score("ombudsman@2024.1", { answers: { input: 101, proses: 90, output: 90, pengaduan: 90 } })).code,
    ).toBe("ANSWER_OUT_OF_SCALE");
  });
});

describe("unit score from 0–3 indicator scores", () => {
  it("caller weights in Input, explicit equal shares elsewhere (hand computation)", () => {
    // input: 12.22 % of the dimension scores 3, the rest 0 → 12.22; proses 100; output 2/3 → 66.67; pengaduan 100
    // unit = 0.2185·12.22 + 0.3237·100 + 0.2424·200/3 + 0.2154·100 = 2.67007 + 32.37 + 16.16 + 21.54 = 72.74007
    const r = unitFromIndicators(
      "ombudsman@2023.1",
      {
        input: [
          { code: "I1", score: 3, weight: "12.22" },
          { code: "I2", score: 0, weight: "87.78" },
        ],
        proses: [3, 3, 3],
        output: [2],
        pengaduan: [3, 3],
      },
      { equalWeights: true },
    );
    expect([r.result.exact, r.result.value, r.result.predicate?.code]).toEqual(["72.74007", "72.74", "C"]);
    expect(r.result.rubric).toBe("ombudsman@2023.1+indicators");
    expect(r.result.confirmed).toBe(false);
    expect(r.dimensions.map((d) => [d.code, d.indicatorWeights, d.mean])).toEqual([
      ["input", "caller", "0.3666"],
      ["proses", "equal", "3"],
      ["output", "equal", "2"],
      ["pengaduan", "equal", "3"],
    ]);
    expect(r.dimensions[0]?.score).toBe("12.22");
    expect(r.dimensions[2]?.score.startsWith("66.666666666666")).toBe(true);
    expect(r.result.breakdown.find((b) => b.code === "input.I1")?.weighted).toBe("2.67007");
    expect(r.assumptions.join(" ")).toContain("Equal indicator shares in proses");
    expect(r.assumptions.join(" ")).toContain("UNCONFIRMED");
  });

  it("all indicators at 3 → 100.00, at 0 → 0.00", () => {
    const at = (s: number) =>
      unitFromIndicators(
        OMBUDSMAN_2023,
        { input: [s, s], proses: [s], output: [s], pengaduan: [s] },
        { equalWeights: true },
      ).result.value;
    expect([at(3), at(0)]).toEqual(["100.00", "0.00"]);
  });

  it("refuses equal shares unless asked for explicitly", () => {
    const e = errorOf(() =>
      unitFromIndicators("ombudsman@2024.1", { input: [3], proses: [3], output: [3], pengaduan: [3] }),
    );
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.message).toContain("equalWeights");
  });

  it("refuses half-weighted dimensions, scores off 0–3 and unknown dimensions", () => {
    const base = { proses: [3], output: [3], pengaduan: [3] };
    expect(
      errorOf(() =>
        unitFromIndicators("ombudsman@2023.1", { ...base, input: [{ score: 3, weight: "1" }, { score: 2 }] }),
      ).code,
    ).toBe("INVALID_INPUT");
    expect(
      errorOf(() => unitFromIndicators("ombudsman@2023.1", { ...base, input: [4] }, { equalWeights: true })).code,
    ).toBe("ANSWER_OUT_OF_SCALE");
    expect(
      errorOf(() =>
        unitFromIndicators(
          "ombudsman@2023.1",
          { ...base, input: [3], kepercayaan: [3] } as unknown as Parameters<typeof unitFromIndicators>[1],
          { equalWeights: true },
        ),
      ).code,
    ).toBe("UNKNOWN_INDICATOR");
  });

  it("refuses rubrics without the four-dimension formula (2021, 2025)", () => {
    const all = { input: [3], proses: [3], output: [3], pengaduan: [3] };
    expect(errorOf(() => unitFromIndicators("ombudsman@2021.1", all, { equalWeights: true })).code).toBe(
      "INVALID_INPUT",
    );
    expect(errorOf(() => unitFromIndicators(OMBUDSMAN_2025, all, { equalWeights: true })).message).toContain(
      "four-dimension",
    );
  });
});
