import { describe, expect, it } from "vitest";
import { getRubric, listIndicators } from "../../src/index.js";
import { assertFixtures, type FixtureCase, formatFixtureReport, runFixtures } from "../../src/testing/index.js";
import { CILEGON_2024 } from "../fixtures/ombudsman/published.js";
import { WORKED_EXAMPLE_2022 } from "../fixtures/pekppp/published.js";
import { codeOf } from "../helpers.js";

const codes = listIndicators("pekppp@2022.1").map((i) => i.code);
const answers = Object.fromEntries(codes.map((c, k) => [c, WORKED_EXAMPLE_2022.answers[k] as number]));
const allOf = (v: number) => Object.fromEntries(codes.map((c) => [c, v]));

describe("runFixtures (kinerja/testing)", () => {
  it("passes a downstream team's golden cases: answers, points, aggregates, expected errors", () => {
    const cases: FixtureCase[] = [
      { name: "worked example", answers, expect: { value: "3.68", predicate: "B", exact: "3.6848", confirmed: false } },
      { name: "same, as fraction and numbers", answers, expect: { value: 3.68, exact: "2303/625" } },
      { name: "trailing zero is the same number", answers: allOf(5), expect: { value: "5", predicate: "A" } },
      {
        name: "published aspect points",
        points: {
          kebijakan: "0.924",
          sdm: "1.075",
          sarpras: "0.6228",
          sipp: "0.418",
          "konsultasi-pengaduan": "0.345",
          inovasi: "0.3",
        },
        expect: { value: "3.68", exact: "3.6848" },
      },
      {
        name: "two units scored, then averaged",
        aggregate: {
          units: [
            { unit: "A", answers },
            { unit: "B", answers: allOf(5) },
          ],
        },
        expect: { value: "4.34", predicate: "A-" },
      },
      { name: "a missing answer is refused", answers: { "1.a.Ak": 5 }, expect: { error: "MISSING_ANSWER" } },
    ];
    const report = runFixtures("pekppp@2022.1", cases);
    expect(report.failed, formatFixtureReport(report)).toBe(0);
    expect(report.passed).toBe(6);
    expect(report.results[0]).toEqual({
      name: "worked example",
      ok: true,
      diff: [],
      actual: { value: "3.68", exact: "3.6848", exactFraction: "2303/625", predicate: "B", confirmed: false },
    });
    expect(report.results[5]).toMatchObject({ ok: true, error: { code: "MISSING_ANSWER" } });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("reports every failure with a readable diff, and never stops at the first", () => {
    const report = runFixtures(getRubric("pekppp@2022.1"), [
      { name: "wrong value", answers, expect: { value: "3.69", predicate: "A-", exact: "3.69" } },
      { name: "expected an error", answers, expect: { error: "MISSING_ANSWER" } },
      { name: "unexpected error", answers: { ...answers, "1.a.Ak": 6 }, expect: { value: "3.68" } },
      { name: "ok", answers, expect: { predicate: "B" } },
    ]);
    expect([report.passed, report.failed]).toEqual([1, 3]);
    expect(report.results[0]?.diff).toEqual([
      "value: expected 3.69, got 3.68",
      "exact: expected 3.69, got 3.6848 (2303/625)",
      "predicate: expected A-, got B (Baik)",
    ]);
    expect(report.results[1]?.diff).toEqual(["error: expected MISSING_ANSWER, got a result (value 3.68)"]);
    expect(report.results[2]?.diff).toEqual([
      'error: expected a result, got ANSWER_OUT_OF_SCALE: answers["1.a.Ak"]: 6 is not a whole number from 0 to 5',
    ]);
    expect(formatFixtureReport(report)).toBe(
      [
        "pekppp@2022.1: 1 passed, 3 failed",
        "  ✗ wrong value",
        "      value: expected 3.69, got 3.68",
        "      exact: expected 3.69, got 3.6848 (2303/625)",
        "      predicate: expected A-, got B (Baik)",
        "  ✗ expected an error",
        "      error: expected MISSING_ANSWER, got a result (value 3.68)",
        "  ✗ unexpected error",
        '      error: expected a result, got ANSWER_OUT_OF_SCALE: answers["1.a.Ak"]: 6 is not a whole number from 0 to 5',
        "  ✓ ok",
      ].join("\n"),
    );
  });

  it("aggregates: Kota Cilegon's Ombudsman 2024 from its seven published unit values", () => {
    const report = runFixtures("ombudsman@2024.1", [
      {
        name: "Kota Cilegon 2024",
        aggregate: { units: CILEGON_2024.units },
        expect: { value: "95.31", predicate: "A" },
      },
      {
        name: "with a deduction",
        aggregate: {
          units: CILEGON_2024.units,
          options: { adjustments: [{ code: "x", points: "-1", reason: "test" }] },
        },
        expect: { value: "94.31" },
      },
    ]);
    expect(report.results[0]).toMatchObject({ ok: true, actual: { value: "95.31", predicate: "A" } });
    // The deduction applies to the published mean: 95.31 − 1 = 94.31 (its size is the caller's: UNCONFIRMED rule).
    expect(report.results[1]).toMatchObject({ ok: true, actual: { value: "94.31", confirmed: false } });
  });

  it("a bad case fails (saying why), the others still run; only a bad rubric or cases list throws", () => {
    const report = runFixtures("pekppp@2022.1", [
      { name: "", answers, expect: { value: "3.68" } },
      { name: "both", answers, points: {}, expect: { value: "3.68" } } as never,
      { name: "neither", expect: { value: "3.68" } } as never,
      { name: "no expect", answers } as never,
      { name: "typo", answers, expect: { vlaue: "3.68" } } as never,
      { name: "empty expect", answers, expect: {} },
      { name: "bad aggregate", aggregate: { units: "x" } as never, expect: { value: "1" } },
      null as never,
      { name: "fine", answers, expect: { value: "3.68" } },
    ]);
    expect(report.results.map((r) => r.diff[0] ?? "")).toEqual([
      "case 0 needs a name",
      "the case has answers and points: give exactly one",
      "the case needs answers, points or aggregate",
      "the case needs expect: { value?, predicate?, exact?, confirmed?, error? }",
      "expect has unknown field vlaue (known: value, predicate, exact, confirmed, error)",
      "expect names nothing to check",
      "error: expected a result, got INVALID_INPUT: aggregate needs { units: [...], options? }",
      "case 7 is not an object { name, answers | points | aggregate, expect }",
      "",
    ]);
    expect([report.passed, report.failed]).toEqual([1, 8]);
    expect(codeOf(() => runFixtures("pekppp@2099.1", []))).toBe("UNKNOWN_RUBRIC");
    expect(codeOf(() => runFixtures("pekppp@2022.1", "x" as never))).toBe("INVALID_INPUT");
  });

  it("assertFixtures throws the formatted report when a case fails", () => {
    expect(assertFixtures("pekppp@2022.1", [{ name: "ok", answers, expect: { value: "3.68" } }]).passed).toBe(1);
    expect(() => assertFixtures("pekppp@2022.1", [{ name: "bad", answers, expect: { value: "3.70" } }])).toThrow(
      "pekppp@2022.1: 0 passed, 1 failed\n  ✗ bad\n      value: expected 3.70, got 3.68",
    );
  });
});
