import { describe, expect, it } from "vitest";
import { aggregate, classify, getRubric, listIndicators, resolveRubric, score } from "../src/index.js";

// The README's usage block, checked: the PEKPPP worked example of the reference note
// (pekppp-skm.md §1.4, 3.6848 → 3.68 → B) and Kota Cilegon's published 2024 Ombudsman score.
describe("README usage", () => {
  it("PEKPPP worked example", () => {
    const pekppp = resolveRubric("pekppp", { assessmentYear: 2024 });
    expect(pekppp.id).toBe("pekppp@2022.2");
    const f02 = [5, 4, 3, 4, 5, 4, 3, 2, 2, 4, 5, 3, 4, 5, 4, 3, 5, 2, 3, 4, 5, 3, 4, 3, 4, 4, 3, 3, 3, 2];
    const indicators = listIndicators(pekppp);
    expect(indicators).toHaveLength(30);
    const unit = score(pekppp, { answers: Object.fromEntries(indicators.map((i, k) => [i.code, f02[k] as number])) });
    expect([unit.value, unit.exact]).toEqual(["3.68", "3.6848"]);
    // pekppp@2022.2 marks the bands CODE-ONLY: the predicate is right, and says it is unconfirmed.
    expect(unit.predicate).toEqual({ code: "B", label: { id: "Baik", en: "Good" }, confirmed: false });
    expect(unit.gap).toMatchObject({ next: { code: "A-" }, target: "4.01", points: "0.33" });
    expect(unit.confirmed).toBe(false);
  });

  it("Ombudsman: Kota Cilegon 2024 and the 88.00 edge", () => {
    const ombudsman = getRubric("ombudsman@2024.1");
    const units = ["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"];
    expect(aggregate(ombudsman, units).value).toBe("95.31");
    expect(classify(ombudsman, "87.995")).toMatchObject({
      code: "A",
      label: { id: "Kualitas Tertinggi" },
      zone: "hijau",
    });
  });
});
