/** Means are computed and rounded from exact fractions, never from a 40-digit text (issue #7, bug 1). */
import { describe, expect, it } from "vitest";
import { aggregate, getRubric, listIndicators, score } from "../../src/index.js";
import { codeOf } from "../helpers.js";

const pekppp2017 = getRubric("pekppp@2017.1");
const codes = listIndicators(pekppp2017).map((i) => i.code);
// Three unit answer rows (listIndicators order) whose true mean is exactly 2.075 (issue #7).
const rows = [
  "2020404420222224040422204202244024424",
  "4040244200400440204002044020220222442",
  "2220222020044244402404204422040424020",
];
const results = rows.map((row) =>
  score(pekppp2017, { answers: Object.fromEntries(codes.map((c, i) => [c, Number.parseInt(row[i] as string, 10)])) }),
);

describe("aggregate of exact unit results", () => {
  it("rounds the exact mean 2.075 half-up to 2.08, as aggregateInstansi does", () => {
    const a = aggregate(pekppp2017, results);
    expect(a.exact).toBe("2.075");
    expect(a.exactFraction).toBe("83/40");
    expect(a.value).toBe("2.08");
  });
  it("every result carries its value as a fraction in lowest terms", () => {
    for (const r of results) expect(r.exactFraction).toMatch(/^-?\d+(\/\d+)?$/);
  });
  it("refuses a stored result whose fraction and decimal disagree (tampered)", () => {
    const tampered = { ...(results[0] as (typeof results)[number]), exactFraction: "7/3" };
    expect(codeOf(() => aggregate(pekppp2017, [tampered, results[1] as (typeof results)[number]]))).toBe(
      "INVALID_INPUT",
    );
  });
  it("refuses a stored result that has only a rounded 40-digit quotient", () => {
    const { exactFraction: _drop, ...old } = results[0] as (typeof results)[number];
    expect(codeOf(() => aggregate(pekppp2017, [old as never]))).toBe("INVALID_INPUT");
  });
});

describe("range first, on the exact value; then round; then band (issue #7, bug 2)", () => {
  const ombudsman2024 = getRubric("ombudsman@2024.1");
  it("a deduction that takes 0.01 to −0.004 is out of range, not 0.00 / E", () => {
    expect(
      codeOf(() => aggregate(ombudsman2024, ["0.01"], { adjustments: [{ code: "x", points: "-0.014", reason: "r" }] })),
    ).toBe("OUT_OF_RANGE");
  });
  it("an addition that takes 100 to 100.004 is out of range, not 100.00", () => {
    expect(
      codeOf(() => aggregate(ombudsman2024, ["100"], { adjustments: [{ code: "x", points: "0.004", reason: "r" }] })),
    ).toBe("OUT_OF_RANGE");
  });
});
