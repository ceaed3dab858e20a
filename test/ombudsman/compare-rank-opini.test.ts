import { describe, expect, it } from "vitest";
import { aggregate, score } from "../../src/index.js";
import { ASSUMED_BANDS_2025, compareYears, OMBUDSMAN_2025, opini, rank } from "../../src/schemes/ombudsman/index.js";
import { CILEGON_2024, INSTANSI_2022_2024, MADIUN_2023, OPINI_2025_POINTS } from "../fixtures/ombudsman/published.js";
import { errorOf } from "../helpers.js";

describe("compareYears", () => {
  it("Kota Cilegon 2023 89.45 → 2024 95.31: +5.86, A → A, hijau → hijau", () => {
    // compareYears resolves each year: the corrected .2 ids.
    const c = compareYears({ assessmentYear: 2023, value: "89.45" }, { assessmentYear: 2024, value: "95.31" });
    expect([c.delta, c.direction]).toEqual(["+5.86", "up"]);
    expect(c.from).toMatchObject({ rubric: "ombudsman@2023.2", value: "89.45", predicate: { code: "A" } });
    expect(c.to).toMatchObject({ rubric: "ombudsman@2024.2", value: "95.31", predicate: { code: "A" } });
    expect(c.predicate).toEqual({ from: "A", to: "A", changed: false, comparable: true, direction: "same" });
    expect(c.zone).toEqual({ from: "hijau", to: "hijau", direction: "same" });
  });

  it("takes an aggregate() result: Cilegon 2024 from its seven units", () => {
    const y2024 = aggregate("ombudsman@2024.1", CILEGON_2024.units);
    const c = compareYears({ assessmentYear: 2023, value: "89.45" }, { assessmentYear: 2024, result: y2024 });
    expect(c.delta).toBe("+5.86");
  });

  it("Kota Cilegon 2021 77.66 (Kuning) → 2023 89.45 (A): zone up, categories not comparable", () => {
    const c = compareYears({ assessmentYear: 2021, value: "77.66" }, { assessmentYear: 2023, value: "89.45" });
    expect([c.delta, c.direction]).toEqual(["+11.79", "up"]);
    expect(c.predicate).toEqual({ from: "kuning", to: "A", changed: null, comparable: false, direction: null });
    expect(c.zone).toEqual({ from: "kuning", to: "hijau", direction: "up" });
  });

  it("a category change: 87.25 (2023, B) → 88 (2024, A); and a fall: 58.99 (2022, C) → 53.99 (2023, D)", () => {
    const up = compareYears({ assessmentYear: 2023, value: "87.25" }, { assessmentYear: 2024, value: "88" });
    expect([up.delta, up.predicate.changed, up.predicate.direction, up.to.value]).toEqual([
      "+0.75",
      true,
      "up",
      "88.00",
    ]);
    const down = compareYears({ assessmentYear: 2022, value: "58.99" }, { assessmentYear: 2023, value: "53.99" });
    expect([down.delta, down.direction, down.predicate.to, down.zone.direction]).toEqual([
      "-5.00",
      "down",
      "D",
      "down",
    ]);
  });

  it("Dinkes Cilegon (unit) 2023 89.02 → 2024 96.29: +7.27", () => {
    expect(compareYears({ assessmentYear: 2023, value: "89.02" }, { assessmentYear: 2024, value: "96.29" }).delta).toBe(
      "+7.27",
    );
  });

  it("2025 has no bands: the value still compares, the predicate is null", () => {
    const c = compareYears({ assessmentYear: 2024, value: "95.31" }, { assessmentYear: 2025, value: "90" });
    expect([c.delta, c.to.predicate, c.predicate.comparable, c.zone.direction]).toEqual(["-5.31", null, false, null]);
  });

  it("refuses 2020, reversed years and ambiguous input", () => {
    expect(
      errorOf(() => compareYears({ assessmentYear: 2020, value: "80" }, { assessmentYear: 2021, value: "80" })).code,
    ).toBe("NO_RUBRIC_FOR_YEAR");
    expect(
      errorOf(() => compareYears({ assessmentYear: 2024, value: "80" }, { assessmentYear: 2023, value: "80" })).code,
    ).toBe("INVALID_INPUT");
    expect(errorOf(() => compareYears({ assessmentYear: 2023 }, { assessmentYear: 2024, value: "80" })).code).toBe(
      "INVALID_INPUT",
    );
  });
});

describe("rank", () => {
  const ntt = INSTANSI_2022_2024.filter((r) => r.source.includes("kupang.antaranews")).map((r) => ({
    name: r.name,
    value: r.value,
    province: "Nusa Tenggara Timur",
  }));
  const jatim = INSTANSI_2022_2024.filter((r) => r.source.includes("kamedia.id")).map((r) => ({
    name: r.name,
    value: r.value,
    province: "Jawa Timur",
  }));

  it("ranks the published NTT 2024 results within the province, highest first", () => {
    const r = rank([...ntt, ...jatim], { province: "Nusa Tenggara Timur", rubric: "ombudsman@2024.1" });
    expect(r.map((x) => [x.rank, x.name, x.value, x.predicate?.code])).toEqual([
      [1, "Kab. Timor Tengah Utara", "91.82", "A"],
      [2, "Kab. Manggarai Barat", "89.62", "A"],
      [3, "Kota Kupang", "86.62", "B"],
      [4, "Kab. Belu", "83.33", "B"],
      [5, "Kab. Manggarai", "83.22", "B"],
      [6, "Kab. Kupang", "83.17", "B"],
      [7, "Kab. Timor Tengah Selatan", "82.87", "B"],
      [8, "Kab. Ende", "82.06", "B"],
      [9, "Kab. Manggarai Timur", "80.65", "B"],
      [10, "Kab. Nagekeo", "80.42", "B"],
      [11, "Kab. Sikka", "78.63", "B"],
      [12, "Kab. Sumba Barat", "78.09", "B"],
    ]);
  });

  it("equal scores share a rank: Ponorogo and Jombang 87.88 (Jatim 2024)", () => {
    const r = rank(jatim.filter((j) => j.name !== "Prov. Jawa Timur"));
    expect(r.map((x) => [x.rank, x.name, x.tied])).toEqual([
      [1, "Kab. Ponorogo", true],
      [1, "Kab. Jombang", true],
      [3, "Kab. Bondowoso", false],
      [4, "Kota Batu", false],
      [5, "Kab. Sumenep", false],
    ]);
  });

  it("ranks the units of one instansi (Kota Madiun 2023) and finds the bottom N", () => {
    const units = MADIUN_2023.units.map((u) => ({ name: u.unit, value: u.value }));
    expect(rank(units, { limit: 3 }).map((x) => x.name)).toEqual([
      "Puskesmas Sukosari",
      "Puskesmas Banjarejo",
      "Disdukcapil",
    ]);
    expect(rank(units, { order: "asc", limit: 2 }).map((x) => [x.rank, x.name, x.value])).toEqual([
      [1, "Dinkes PPKB", "89.72"],
      [2, "Dinsos P3A", "92.03"],
    ]);
  });

  it("with a rubric, raw values are compared as published (rounded)", () => {
    const r = rank(
      [
        { name: "x", value: "80.004" },
        { name: "y", value: "79.996" },
      ],
      { rubric: "ombudsman@2024.1" },
    );
    expect(r.map((x) => [x.rank, x.value, x.tied])).toEqual([
      [1, "80.00", true],
      [1, "80.00", true],
    ]);
  });

  it("without known bands (2025) ranks but gives no predicate; refuses values off 0–100", () => {
    expect(rank([{ name: "x", value: "70" }], { rubric: OMBUDSMAN_2025 })[0]?.predicate).toBeNull();
    expect(errorOf(() => rank([{ name: "x", value: "101" }])).code).toBe("OUT_OF_RANGE");
  });
});

describe("2025 Opini", () => {
  it("refuses to classify without bands, even with the qualifier", () => {
    const e = errorOf(() => opini("ombudsman@2025.1", "95", { tanpaMaladministrasi: true }));
    expect(e.code).toBe("NO_PREDICATE_BANDS");
    expect(e.message).toContain("ASSUMED_BANDS_2025");
  });

  it.each(OPINI_2025_POINTS.map((p) => [p.value, p.label] as const))(
    "with the assumed 2022–2024 cut-offs (explicit, UNCONFIRMED): %s → %s",
    (value, label) => {
      const o = opini(OMBUDSMAN_2025, value, { tanpaMaladministrasi: false, bands: ASSUMED_BANDS_2025 });
      expect([o.quality.label.id, o.bands, o.confirmed, o.quality.confirmed]).toEqual([label, "caller", false, false]);
    },
  );

  it("Tanpa Maladministrasi is a qualifier, not a deduction", () => {
    const r = score("ombudsman@2025.1", { answers: { dimensi: "95", kepercayaan: "90" } });
    // hand: 0.7·95 + 0.3·90 = 66.5 + 27 = 93.5
    const o = opini("ombudsman@2025.1", r.value, { tanpaMaladministrasi: true, bands: ASSUMED_BANDS_2025 });
    expect([o.value, o.label.id]).toEqual(["93.50", "Kualitas Tertinggi Tanpa Maladministrasi"]);
  });

  it("belongs to the 2025 scheme; caller bands must cover 0–100", () => {
    expect(errorOf(() => opini("ombudsman@2024.1", "90", { tanpaMaladministrasi: true })).code).toBe("INVALID_INPUT");
    expect(
      errorOf(() =>
        opini("ombudsman@2025.1", "90", { tanpaMaladministrasi: false, bands: ASSUMED_BANDS_2025.slice(0, 2) }),
      ).code,
    ).toBe("INVALID_RUBRIC");
  });
});
