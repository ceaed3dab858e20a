import { describe, expect, it } from "vitest";
import { unitFromIndicators } from "../../src/schemes/ombudsman/index.js";
import { errorOf } from "../helpers.js";

describe("unitFromIndicators", () => {
  const full = { proses: [3], output: [3], pengaduan: [3] };

  it("takes very fine caller weights exactly (no INVALID_RUBRIC about the derived rubric)", () => {
    // input: weight 10⁻²⁰ scores 3, weight 1 − 10⁻²⁰ scores 0 → dimension score 100 · 10⁻²⁰ = 10⁻¹⁸
    // unit = 0.2185 · 10⁻¹⁸ + 0.3237·100 + 0.2424·100 + 0.2154·100 = 78.15 + 2.185·10⁻¹⁹
    const u = unitFromIndicators(
      "ombudsman@2023.1",
      {
        input: [
          { score: 3, weight: "0.00000000000000000001" },
          { score: 0, weight: "0.99999999999999999999" },
        ],
        ...full,
      },
      { equalWeights: true },
    );
    expect([u.result.exact, u.result.value]).toEqual(["78.1500000000000000002185", "78.15"]);
    expect(u.dimensions[0]?.score).toBe("0.000000000000000001");
  });

  it("dimension scores are exact even for long weights: 0.1…1 and 0.3…3 (80 digits) give 50 to 40 digits", () => {
    // (3·w₁ + 1·w₂) / (3·(w₁ + w₂)) with w₂ = 3·w₁ exactly: (3w₁ + 3w₁) / (3 · 4w₁) = 1/2 → 50
    const w1 = `0.${"1".repeat(80)}`;
    const w2 = `0.${"3".repeat(80)}`;
    const u = unitFromIndicators(
      "ombudsman@2023.1",
      {
        input: [
          { score: 3, weight: w1 },
          { score: 1, weight: w2 },
        ],
        ...full,
      },
      { equalWeights: true },
    );
    expect(u.dimensions[0]?.score).toBe("50");
  });

  it("bad options are KinerjaErrors naming the option", () => {
    const indicators = { input: [3], ...full };
    expect(errorOf(() => unitFromIndicators("ombudsman@2023.1", indicators, null as never)).path).toEqual(["options"]);
    expect(
      errorOf(() => unitFromIndicators("ombudsman@2023.1", indicators, { equalWeights: "yes" as never })).path,
    ).toEqual(["options", "equalWeights"]);
  });
});
