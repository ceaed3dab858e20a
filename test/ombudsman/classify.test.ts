import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classify, getRubric, KinerjaError, resolveRubric, score } from "../../src/index.js";
import {
  INSTANSI_2022_2024,
  KEMBANGAN_2022_ANOMALY,
  UNITS_2022_2024,
  ZONE_RESULTS,
} from "../fixtures/ombudsman/published.js";

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(KinerjaError);
    return (e as KinerjaError).code;
  }
  return "no error";
}

/** "8800" → "88.00", "5" → "0.05": cents as a 2-decimal string, by string operations only. */
function cents(c: number): string {
  const s = String(c).padStart(3, "0");
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}
/** Thousandths as a 3-decimal string. */
function mils(m: number): string {
  const s = String(m).padStart(4, "0");
  return `${s.slice(0, -3)}.${s.slice(-3)}`;
}
/** The published table, in cents: A ≥ 88.00, B ≥ 78.00, C ≥ 54.00, D ≥ 32.00, else E. */
const category = (c: number) => (c >= 8800 ? "A" : c >= 7800 ? "B" : c >= 5400 ? "C" : c >= 3200 ? "D" : "E");
/** 2021 (and, UNCONFIRMED, earlier): hijau ≥ 81.00, kuning ≥ 51.00, else merah. */
const zone2021 = (c: number) => (c >= 8100 ? "hijau" : c >= 5100 ? "kuning" : "merah");

describe("published results classify as published (golden)", () => {
  it.each(
    INSTANSI_2022_2024.map(
      (r) =>
        [r.year, r.name, r.value, r.code, r.zone, r.stated ? "as published" : "by the table", r.label ?? ""] as const,
    ),
  )("%i %s %s → %s %s (%s)", (year, _name, value, expected, zone, _how, label) => {
    const rubric = resolveRubric("ombudsman", { assessmentYear: year });
    const p = classify(rubric, value);
    expect(p.code).toBe(expected);
    expect(p.zone).toBe(zone);
    if (label) expect(p.label.id).toBe(label);
    // 2024 bands are CONFIRMED; 2022–2023 are CONSISTENT (confirmed false).
    expect(p.confirmed).toBe(year === 2024);
  });

  it.each(UNITS_2022_2024.map((r) => [r.year, r.name, r.value, r.code] as const))(
    "unit %i %s %s → %s",
    (year, _name, value, expected) => {
      expect(classify(resolveRubric("ombudsman", { assessmentYear: year }), value).code).toBe(expected);
    },
  );

  it("Puskesmas Kembangan 2022: published 89.11 'kategori B' is treated as a data error (the table gives A)", () => {
    const p = classify("ombudsman@2022.1", KEMBANGAN_2022_ANOMALY.value);
    expect(p.code).toBe("A");
    expect(p.code).not.toBe(KEMBANGAN_2022_ANOMALY.publishedCode);
  });

  it.each(ZONE_RESULTS.map((r) => [r.year, r.name, r.value, r.code, r.label ?? ""] as const))(
    "%i %s %s → %s",
    (year, _name, value, expected, label) => {
      const p = classify(resolveRubric("ombudsman", { assessmentYear: year }), value);
      expect(p.code).toBe(expected);
      expect(p.zone).toBe(expected);
      if (label) expect(p.label.id).toContain(label);
      expect(p.confirmed).toBe(year === 2021);
    },
  );

  it("Cilegon 2024 through the public contract: 95.31 → A Kualitas Tertinggi, Zona Hijau", () => {
    expect(classify(getRubric("ombudsman@2024.1"), "95.31")).toEqual({
      code: "A",
      label: { id: "Kualitas Tertinggi", en: "Highest quality" },
      zone: "hijau",
      confirmed: true,
    });
  });
});

describe("category edges 2022–2024 (2 decimals, raw values half-up first)", () => {
  const cases: Array<[string, string]> = [
    ["100", "A"],
    ["88.00", "A"],
    ["87.995", "A"],
    ["87.994", "B"],
    ["87.99", "B"],
    ["78.00", "B"],
    ["77.995", "B"],
    ["77.9949", "C"],
    ["77.99", "C"],
    ["54.00", "C"],
    ["53.995", "C"],
    ["53.99", "D"],
    ["32.00", "D"],
    ["31.995", "D"],
    ["31.99", "E"],
    ["0", "E"],
  ];
  for (const id of ["ombudsman@2022.1", "ombudsman@2023.1", "ombudsman@2024.1"])
    it.each(cases)(`${id}: %s → %s`, (value, expected) => {
      expect(classify(id, value).code).toBe(expected);
    });

  it("zones follow the categories: A, B hijau; C kuning; D, E merah", () => {
    expect(["95", "80", "60", "40", "10"].map((v) => classify("ombudsman@2024.1", v).zone)).toEqual([
      "hijau",
      "hijau",
      "kuning",
      "merah",
      "merah",
    ]);
  });

  it("outside 0–100 is refused", () => {
    expect(code(() => classify("ombudsman@2024.1", "-0.01"))).toBe("OUT_OF_RANGE");
    expect(code(() => classify("ombudsman@2024.1", "100.01"))).toBe("OUT_OF_RANGE");
  });

  it("score() of a unit at an edge: every dimension 88 → 88.00 A; every dimension 87.99 → 87.99 B", () => {
    const at = (v: string) => score("ombudsman@2023.1", { answers: { input: v, proses: v, output: v, pengaduan: v } });
    expect([at("88").value, at("88").predicate?.code]).toEqual(["88.00", "A"]);
    expect([at("87.99").value, at("87.99").predicate?.code, at("87.99").gap?.points]).toEqual(["87.99", "B", "0.01"]);
  });

  it("property: every 2-decimal value from 0.00 to 100.00 falls in exactly the band of the published table", () => {
    for (let c = 0; c <= 10000; c++) expect(classify("ombudsman@2024.1", cents(c)).code).toBe(category(c));
  });

  it("property: a raw 3-decimal value is rounded half-up to cents before classification", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_994 }), (m) => {
        const roundedCents = (m + 5 - ((m + 5) % 10)) / 10; // half-up on whole thousandths, integers only
        expect(classify("ombudsman@2023.1", mils(m)).code).toBe(category(roundedCents));
      }),
    );
  });
});

describe("2021 and earlier zones", () => {
  const cases: Array<[string, string]> = [
    ["100", "hijau"],
    ["81.00", "hijau"],
    ["80.995", "hijau"],
    ["80.994", "kuning"],
    ["80.99", "kuning"],
    ["51.00", "kuning"],
    ["50.995", "kuning"],
    ["50.99", "merah"],
    ["0", "merah"],
  ];
  for (const id of ["ombudsman@2021.1", "ombudsman@2016.1", "ombudsman@2015.1", "ombudsman@2013.1"])
    it.each(cases)(`${id}: %s → %s`, (value, expected) => {
      const p = classify(id, value);
      expect(p.code).toBe(expected);
      expect(p.zone).toBe(expected);
    });

  it("labels: Kepatuhan Tinggi / Sedang / Rendah", () => {
    expect(["90", "60", "30"].map((v) => classify("ombudsman@2021.1", v).label.id)).toEqual([
      "Kepatuhan Tinggi (Zona Hijau)",
      "Kepatuhan Sedang (Zona Kuning)",
      "Kepatuhan Rendah (Zona Merah)",
    ]);
  });

  it("property: every 2-decimal value falls in the zone of the 2021 table", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (c) => {
        expect(classify("ombudsman@2021.1", cents(c)).code).toBe(zone2021(c));
      }),
    );
  });

  it("score() of a published 2021 unit score gives its zone; unconfirmed because the raw-value rounding is", () => {
    const r = score("ombudsman@2021.1", { answers: { nilai: "77.66" } });
    expect([r.value, r.predicate?.code, r.predicate?.confirmed, r.confirmed]).toEqual(["77.66", "kuning", true, false]);
    expect(r.gap).toMatchObject({ target: "81.00", points: "3.34" });
  });
});

describe("2025 Opini: no published bands", () => {
  it("classify refuses rather than guessing", () => {
    expect(code(() => classify("ombudsman@2025.1", "95"))).toBe("NO_PREDICATE_BANDS");
    expect(code(() => classify(resolveRubric("ombudsman", { assessmentYear: 2025 }), "53.38"))).toBe(
      "NO_PREDICATE_BANDS",
    );
  });

  it("score gives the 70/30 value with no predicate: 80 and 90 → 0.7·80 + 0.3·90 = 83.00", () => {
    const r = score("ombudsman@2025.1", { answers: { dimensi: "80", kepercayaan: "90" } });
    expect([r.value, r.exact, r.predicate, r.gap, r.confirmed]).toEqual(["83.00", "83", null, null, false]);
  });
});
