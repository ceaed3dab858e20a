import { describe, expect, it } from "vitest";
import { capaian, DEFAULT_GAP_POLICY, KRITERIA_CAPAIAN, kriteriaCapaian } from "../../src/capaian/index.js";
import { errorOf } from "./helpers.js";

const lower = (v: number | string) => kriteriaCapaian(v, { gapPolicy: "lowerInclusiveInteger" }).code;
const upper = (v: number | string) => kriteriaCapaian(v, { gapPolicy: "upperInclusiveContinuous" }).code;

/** The table as printed (LKjIP Inspektorat Kab. Sampang 2019), for whole percentages. */
function printed(x: number) {
  if (x >= 91) return "sangatTinggi"; // "91% ≤ 100%", and above 100 as both apps do
  if (x >= 76 && x <= 90) return "tinggi";
  if (x >= 66 && x <= 75) return "sedang";
  if (x >= 51 && x <= 65) return "rendah";
  return "sangatRendah"; // "≤ 50%"
}

describe("kriteria tingkat capaian (attributed to Permendagri 86/2017)", () => {
  it("both gap policies follow the printed table on every whole percentage, 0 to 130", () => {
    for (let x = 0; x <= 130; x++) {
      expect(lower(x), `${x} lowerInclusiveInteger`).toBe(printed(x));
      expect(upper(x), `${x} upperInclusiveContinuous`).toBe(printed(x));
    }
  });

  it.each([
    ["91", "sangatTinggi"],
    ["90.99", "tinggi"],
    ["90.5", "tinggi"],
    ["90", "tinggi"],
    ["76", "tinggi"],
    ["75.99", "sedang"],
    ["75.5", "sedang"],
    ["75", "sedang"],
    ["66", "sedang"],
    ["65.99", "rendah"],
    ["65", "rendah"],
    ["51", "rendah"],
    ["50.99", "sangatRendah"],
    ["50.5", "sangatRendah"],
    ["50", "sangatRendah"],
  ])("lowerInclusiveInteger (simonev21: ≥ 91, 76 ≤ x < 91, …): %s → %s", (v, code) => {
    expect(lower(v)).toBe(code);
  });

  it.each([
    ["91", "sangatTinggi"],
    ["90.5", "sangatTinggi"],
    ["90.01", "sangatTinggi"],
    ["90", "tinggi"],
    ["76", "tinggi"],
    ["75.5", "tinggi"],
    ["75.01", "tinggi"],
    ["75", "sedang"],
    ["65.5", "sedang"],
    ["65.01", "sedang"],
    ["65", "rendah"],
    ["50.5", "rendah"],
    ["50.01", "rendah"],
    ["50", "sangatRendah"],
  ])("upperInclusiveContinuous (Kota Tegal: > 90, 75 < x ≤ 90, …): %s → %s", (v, code) => {
    expect(upper(v)).toBe(code);
  });

  it("above 100 is Sangat Tinggi, negatives Sangat Rendah, under both policies", () => {
    for (const f of [lower, upper]) {
      expect(f("135.5")).toBe("sangatTinggi");
      expect(f(-20)).toBe("sangatRendah");
    }
  });

  it("the default policy is lowerInclusiveInteger, and the result says so", () => {
    expect(DEFAULT_GAP_POLICY).toBe("lowerInclusiveInteger");
    const k = kriteriaCapaian("90.5");
    expect(k).toMatchObject({
      code: "tinggi",
      label: { id: "Tinggi" },
      gapPolicy: "lowerInclusiveInteger",
      gapPolicyDefaulted: true,
    });
    expect(k.interval).toBe("76 ≤ x < 91");
    expect(kriteriaCapaian("90.5", { gapPolicy: "upperInclusiveContinuous" })).toMatchObject({
      code: "sangatTinggi",
      interval: "x > 90",
      gapPolicyDefaulted: false,
    });
  });

  it("is never confirmed: the attribution to Permendagri 86/2017 is UNCONFIRMED", () => {
    const k = kriteriaCapaian(95);
    expect(k.confirmed).toBe(false);
    expect(KRITERIA_CAPAIAN.confirmed).toBe(false);
    expect(KRITERIA_CAPAIAN.source.regulation).toMatch(/86\/2017/);
    expect(k.sources[1]?.part).toMatch(/HelperRPJMD/);
  });

  it("a capaian result is classified on its published 2-decimal value", () => {
    const c = capaian({ target: 1000, realisasi: "909.96", polarity: "higherIsBetter" }); // 90.996 → "91.00"
    expect(c.value).toBe("91.00");
    expect(kriteriaCapaian(c)).toMatchObject({ code: "sangatTinggi", value: "91" });
    expect(kriteriaCapaian("90.996").code).toBe("tinggi");
    const missing = capaian({ target: 10, realisasi: null, polarity: "higherIsBetter" });
    expect(kriteriaCapaian(missing)).toMatchObject({ code: null, label: null, value: null });
  });

  it("bands are frozen data", () => {
    const table = KRITERIA_CAPAIAN.policies.lowerInclusiveInteger;
    expect(Object.isFrozen(table.bands)).toBe(true);
    expect(table.bands.map((b) => b.min)).toEqual(["91", "76", "66", "51", null]);
    expect(KRITERIA_CAPAIAN.policies.upperInclusiveContinuous.bands.map((b) => b.interval)).toEqual([
      "x > 90",
      "75 < x ≤ 90",
      "65 < x ≤ 75",
      "50 < x ≤ 65",
      "x ≤ 50",
    ]);
  });

  it("rejects an unknown policy and garbage", () => {
    expect(errorOf(() => kriteriaCapaian(90, { gapPolicy: "nearest" as never })).path).toEqual([
      "options",
      "gapPolicy",
    ]);
    expect(errorOf(() => kriteriaCapaian(Number.NaN)).code).toBe("INVALID_INPUT");
    expect(errorOf(() => kriteriaCapaian("90%")).code).toBe("INVALID_INPUT");
  });
});
