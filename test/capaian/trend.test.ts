import { describe, expect, it } from "vitest";
import { capaian, trend } from "../../src/capaian/index.js";
import { errorOf } from "./helpers.js";

const tw = (triwulan: 1 | 2 | 3 | 4, year = 2024) => ({ kind: "triwulan", year, triwulan }) as const;

describe("trend", () => {
  it("orders the series in time and gives each exact change", () => {
    const t = trend([
      { period: tw(3), value: "61.5" },
      { period: tw(1), value: 20 },
      { period: tw(2), value: "45.25" },
    ]);
    expect(t.points.map((p) => p.periodLabel)).toEqual(["TW I 2024", "TW II 2024", "TW III 2024"]);
    expect(t.points.map((p) => p.change?.delta.value ?? null)).toEqual([null, "+25.25", "+16.25"]);
    expect(t.points[2]?.change).toMatchObject({ fromLabel: "TW II 2024", direction: "up", assessment: null });
    expect(t.overall).toMatchObject({ fromLabel: "TW I 2024", delta: { value: "+41.50", exact: "41.5" } });
  });

  it("a lower-is-better indicator (angka kemiskinan) improves when it falls", () => {
    const t = trend(
      [
        { period: { kind: "year", year: 2022 }, value: "10.5" },
        { period: { kind: "year", year: 2023 }, value: "9.75" },
        { period: { kind: "year", year: 2024 }, value: "9.75" },
      ],
      { polarity: "lowerIsBetter" },
    );
    expect(t.points.map((p) => p.change?.assessment ?? null)).toEqual([null, "improved", "unchanged"]);
    expect(t.points[1]?.change?.delta.value).toBe("-0.75");
  });

  it("a missing period is a gap, never a zero", () => {
    const t = trend([
      { period: tw(1), value: 20 },
      { period: tw(2), value: null },
      { period: tw(3), value: 60 },
    ]);
    expect(t.points.map((p) => [p.status, p.value, p.change])).toEqual([
      ["assessed", "20.00", null],
      ["missing", null, null],
      ["assessed", "60.00", null],
    ]);
    expect(t.overall?.delta.value).toBe("+40.00");
  });

  it("takes capaian results and reads their exact fraction", () => {
    const t = trend(
      [
        { period: tw(1), value: capaian({ target: 3, realisasi: 1, polarity: "higherIsBetter" }) },
        { period: tw(2), value: capaian({ target: 3, realisasi: 2, polarity: "higherIsBetter" }) },
        { period: tw(3), value: capaian({ target: 0, realisasi: 2, polarity: "higherIsBetter" }) },
      ],
      { polarity: "higherIsBetter" },
    );
    expect(t.points[1]?.change).toMatchObject({
      delta: { value: "+33.33", exactFraction: "100/3" },
      assessment: "improved",
    });
    expect(t.points[2]).toMatchObject({ status: "notAssessable", value: null, change: null });
  });

  it("refuses mixed kinds, repeated periods, an empty series and garbage", () => {
    expect(
      errorOf(() =>
        trend([
          { period: tw(1), value: 1 },
          { period: { kind: "year", year: 2024 }, value: 2 },
        ]),
      ).code,
    ).toBe("INVALID_INPUT");
    expect(
      errorOf(() =>
        trend([
          { period: tw(1), value: 1 },
          { period: tw(1), value: 2 },
        ]),
      ).path,
    ).toEqual(["series", 1, "period"]);
    expect(errorOf(() => trend([])).code).toBe("INVALID_INPUT");
    expect(errorOf(() => trend([{ period: tw(1), value: Number.NaN }])).path).toEqual(["series", 0, "value"]);
    expect(errorOf(() => trend([{ period: { kind: "month", year: 2024, month: 13 }, value: 1 }])).path).toEqual([
      "series",
      0,
      "period",
      "month",
    ]);
  });
});
