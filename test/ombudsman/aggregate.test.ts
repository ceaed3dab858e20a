import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate, getRubric, resolveRubric, score } from "../../src/index.js";
import { aggregateProducts, deduction } from "../../src/schemes/ombudsman/index.js";
import { CILEGON_2024, MADIUN_2023, MAGELANG_2021, MAGELANG_2022_PRE } from "../fixtures/ombudsman/published.js";
import { errorOf } from "../helpers.js";

const cents = (c: number): string => {
  const s = String(c).padStart(3, "0");
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
};

describe("instansi = mean of unit scores, half-up to 2 decimals (2022–2024)", () => {
  it("Kota Cilegon 2024: seven units (sum 667.15) → 95.31, A Kualitas Tertinggi, Zona Hijau", () => {
    const r = aggregate(resolveRubric("ombudsman", { assessmentYear: 2024 }), CILEGON_2024.units);
    expect(r.value).toBe(CILEGON_2024.published);
    // hand computation: 667.15 / 7 = 95.307142857…
    expect(r.mean.startsWith("95.3071428571428571")).toBe(true);
    expect(r.count).toBe(7);
    expect(r.predicate).toMatchObject({ code: "A", label: { id: "Kualitas Tertinggi" }, zone: "hijau" });
    // The value is reproduced, but the tie rule of the instansi rounding (half-up vs half-even) is
    // unconfirmed, so the result honestly says confirmed: false.
    expect([r.rule, r.basis, r.confirmed]).toEqual(["rubric", "given", false]);
    expect(r.adjustments).toEqual([]);
  });

  it("Kota Madiun 2023: seven named units (sum 655.15) → 93.59, A", () => {
    const r = aggregate(getRubric("ombudsman@2023.1"), MADIUN_2023.units);
    expect(r.value).toBe(MADIUN_2023.published);
    expect(r.mean.startsWith("93.5928571428571428")).toBe(true);
    expect(r.predicate?.code).toBe("A");
    expect(r.units.map((u) => u.unit)).toEqual(MADIUN_2023.units.map((u) => u.unit));
  });

  it("Kota Magelang 2022 pre-evaluation (Pemkot's own): 100, 100, 80.19, 92.92 → 93.2775 → 93.28", () => {
    const r = aggregate("ombudsman@2022.1", MAGELANG_2022_PRE.units);
    expect([r.mean, r.value]).toEqual(["93.2775", MAGELANG_2022_PRE.published]);
  });

  it("truncation would give 95.30 for Cilegon: the rubric rounds half-up", () => {
    expect(getRubric("ombudsman@2024.1").aggregation?.rounding).toMatchObject({ places: 2, mode: "halfUp" });
  });

  it("a tie at the third decimal rounds half-up: 88.00 and 87.99 → 87.995 → 88.00 A", () => {
    const r = aggregate("ombudsman@2024.1", ["88.00", "87.99"]);
    expect([r.mean, r.value, r.predicate?.code]).toEqual(["87.995", "88.00", "A"]);
  });

  it("units scored from dimensions aggregate on their exact values", () => {
    const unit = (v: string) =>
      score("ombudsman@2023.1", { answers: { input: v, proses: v, output: v, pengaduan: v } });
    const r = aggregate("ombudsman@2023.1", [unit("90"), { unit: "Disdukcapil", result: unit("80") }]);
    expect([r.value, r.basis, r.units[1]?.unit]).toEqual(["85.00", "exact", "Disdukcapil"]);
  });

  it("property: the mean is order-independent and equals the hand rule (Σ cents, half-up)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 12 }), (units) => {
        const values = units.map(cents);
        const shuffled = [...values].reverse();
        const a = aggregate("ombudsman@2024.1", values);
        const b = aggregate("ombudsman@2024.1", shuffled);
        expect(b.value).toBe(a.value);
        expect(b.exact).toBe(a.exact);
        const n = BigInt(units.length);
        const sum = units.reduce((s, c) => s + BigInt(c), 0n);
        const halfUpCents = (2n * sum + n) / (2n * n);
        expect(a.value).toBe(cents(Number(halfUpCents)));
      }),
    );
  });

  it("property: any permutation gives the same result", () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.integer({ min: 0, max: 10000 }), { minLength: 2, maxLength: 9 })
          .chain((units) =>
            fc.tuple(
              fc.constant(units),
              fc.shuffledSubarray(units, { minLength: units.length, maxLength: units.length }),
            ),
          ),
        ([units, permuted]) => {
          expect(aggregate("ombudsman@2023.1", permuted.map(cents)).exact).toBe(
            aggregate("ombudsman@2023.1", units.map(cents)).exact,
          );
        },
      ),
    );
  });
});

describe("deduction for ignored LAHP/Rekomendasi (2023+), amount given by the caller", () => {
  it("is applied to the published mean and listed in the result", () => {
    const r = aggregate("ombudsman@2024.1", CILEGON_2024.units, {
      adjustments: [deduction("2.5", "LAHP not followed up")],
    });
    // hand: 95.31 − 2.5 = 92.81
    expect([r.value, r.mean.slice(0, 7)]).toEqual(["92.81", "95.3071"]);
    expect(r.adjustments).toEqual([{ code: "koreksi-lahp", points: "-2.5", reason: "LAHP not followed up" }]);
    expect(r.predicate?.code).toBe("A");
  });

  it("can move an instansi out of category A (and out of Zona Hijau)", () => {
    const toB = aggregate("ombudsman@2023.1", ["88.50"], { adjustments: [deduction("0.51", "Rekomendasi ignored")] });
    expect([toB.value, toB.predicate?.code]).toEqual(["87.99", "B"]);
    const toKuning = aggregate("ombudsman@2023.1", ["80.00"], { adjustments: [deduction(3, "LAHP ignored")] });
    expect([toKuning.value, toKuning.predicate?.code, toKuning.predicate?.zone]).toEqual(["77.00", "C", "kuning"]);
  });

  it("is refused for 2022 (no deduction step before 2023)", () => {
    expect(errorOf(() => aggregate("ombudsman@2022.1", ["90"], { adjustments: [deduction("1", "x")] })).code).toBe(
      "INVALID_INPUT",
    );
  });

  it("needs a positive amount and a reason", () => {
    expect(errorOf(() => deduction("0", "x")).code).toBe("INVALID_INPUT");
    expect(errorOf(() => deduction("-1", "x")).code).toBe("INVALID_INPUT");
    expect(errorOf(() => deduction("1", " ")).code).toBe("INVALID_INPUT");
  });
});

describe("2021 and earlier: no known unit → instansi rule", () => {
  it("aggregate refuses without an explicit strategy", () => {
    expect(errorOf(() => aggregate("ombudsman@2021.1", MAGELANG_2021.units)).code).toBe("NO_AGGREGATION_RULE");
    expect(errorOf(() => aggregate("ombudsman@2016.1", ["80", "90"])).code).toBe("NO_AGGREGATION_RULE");
  });

  it("Kota Magelang 2021: the caller's plain mean is 62.21 (hand: 248.85 / 4), not the published 68.27", () => {
    const r = aggregate("ombudsman@2021.1", MAGELANG_2021.units, { strategy: "mean" });
    expect([r.mean, r.value, r.rule, r.confirmed]).toEqual(["62.2125", MAGELANG_2021.plainMeanByHand, "caller", false]);
    expect(r.value).not.toBe(MAGELANG_2021.published);
    expect(r.predicate?.code).toBe("kuning");
  });

  it("product-level input: mean over every product, labelled as an assumption (hand: (80 + 90 + 50) / 3)", () => {
    const r = aggregateProducts("ombudsman@2021.1", [
      { unit: "DPMPTSP", products: ["80", "90"] },
      { unit: "Disdukcapil", products: ["50"] },
    ]);
    expect(r.assumption).toContain("ASSUMPTION");
    expect([r.instansi.value, r.instansi.rule, r.instansi.count, r.instansi.confirmed]).toEqual([
      "73.33",
      "caller",
      3,
      false,
    ]);
    expect(r.units.map((u) => [u.unit, u.products, u.result.value])).toEqual([
      ["DPMPTSP", 2, "85.00"],
      ["Disdukcapil", 1, "50.00"],
    ]);
    expect(r.instansi.predicate?.code).toBe("kuning");
  });

  it("product-level input is refused where the rule is known (2022–2024) and checks its values", () => {
    expect(errorOf(() => aggregateProducts("ombudsman@2023.1", [{ unit: "x", products: ["1"] }])).code).toBe(
      "INVALID_INPUT",
    );
    const e = errorOf(() => aggregateProducts("ombudsman@2021.1", [{ unit: "x", products: ["80", "101"] }]));
    expect([e.code, e.path]).toEqual(["OUT_OF_RANGE", ["units", 0, "products", 1]]);
    expect(errorOf(() => aggregateProducts("ombudsman@2021.1", [{ unit: "x", products: [] }])).code).toBe(
      "INVALID_INPUT",
    );
  });

  it("2025: no known rule either", () => {
    expect(errorOf(() => aggregate("ombudsman@2025.1", ["80"])).code).toBe("NO_AGGREGATION_RULE");
  });
});
