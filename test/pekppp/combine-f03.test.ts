import { describe, expect, it } from "vitest";
import { F03_LOCAL_APP_75_25, F03_LOCAL_APP_SOURCE } from "../../src/data/pekppp/helpers.js";
import { listIndicators } from "../../src/index.js";
import { combineF03, F03_RULES, pekppp2022 } from "../../src/schemes/pekppp/index.js";
import { WORKED_EXAMPLE_2022 } from "../fixtures/pekppp/published.js";
import { errorOf } from "../helpers.js";

const codes2022 = listIndicators(pekppp2022).map((i) => i.code);
const worked = Object.fromEntries(codes2022.map((c, k) => [c, WORKED_EXAMPLE_2022.answers[k] as number]));

describe("combineF03: F-03 (users) is optional and off by default (reference note §1.5)", () => {
  it("default: the IPP is F-02 alone; a given F-03 is recorded but not used", () => {
    const c = combineF03(pekppp2022, { f02: { answers: worked }, f03: { value: "4.00", respondents: 15 } });
    expect(c).toMatchObject({ rule: "f02Only", value: "3.68", exact: "3.6848", f03: { value: "4", used: false } });
    expect(c.notes.join(" ")).toMatch(/not used/);
  });

  it("local-app rule 0.75·F-02 + 0.25·F-03: 0.75 × 3.6848 + 0.25 × 4 = 3.7636 → 3.76 B, never confirmed", () => {
    const c = combineF03(
      pekppp2022,
      { f02: { answers: worked }, f03: { value: 4, respondents: 15 } },
      F03_RULES.localApp75_25,
    );
    expect(c).toMatchObject({
      rule: "weighted",
      exact: "3.7636",
      value: "3.76",
      predicate: { code: "B" },
      confirmed: false,
    });
    expect(c.ruleLabel).toMatch(/UNCONFIRMED/);
  });

  it("without F-03 responses the local-app rule falls back to F-02 alone; the other app's rule counts F-03 as 0", () => {
    expect(combineF03(pekppp2022, { f02: "3.6848" }, F03_RULES.localApp75_25)).toMatchObject({
      exact: "3.6848",
      weights: null,
    });
    const zero = combineF03(
      pekppp2022,
      { f02: "3.6848", f03: { value: "4.8", respondents: 5 } },
      { kind: "weighted", f02: "0.75", f03: "0.25", minRespondents: 10, belowMinimum: "zeroF03" },
    );
    // 0.75 × 3.6848 = 2.7636 → 2.76 C.
    expect(zero).toMatchObject({ exact: "2.7636", value: "2.76", predicate: { code: "C" }, f03: { used: false } });
  });

  it("rejects rules that are not explicit: weights not summing to 1, a minimum without its behaviour, a missing F-03", () => {
    const f02 = "3.50";
    expect(() =>
      combineF03(pekppp2022, { f02, f03: { value: 4 } }, { kind: "weighted", f02: "0.7", f03: "0.2" }),
    ).toThrow(/exactly 1/);
    expect(() =>
      combineF03(
        pekppp2022,
        { f02, f03: { value: 4, respondents: 3 } },
        { kind: "weighted", f02: "3/4", f03: "1/4", minRespondents: 10 },
      ),
    ).toThrow(/belowMinimum/);
    expect(() => combineF03(pekppp2022, { f02 }, { kind: "weighted", f02: "3/4", f03: "1/4" })).toThrow(
      /needs an F-03/,
    );
    expect(() => combineF03(pekppp2022, { f02, f03: { value: "5.5" } }, F03_RULES.localApp75_25)).toThrow(
      expect.objectContaining({ code: "OUT_OF_RANGE" }),
    );
  });
});

describe("combineF03 goes through the engine's publish step; the F-03 convention is data with a source", () => {
  it("the local-app rule's figures and source come from src/data/pekppp/helpers.ts, unconfirmed", () => {
    expect(F03_RULES.localApp75_25).toMatchObject({ kind: "weighted", ...F03_LOCAL_APP_75_25 });
    expect(F03_RULES.localApp75_25.source).toBe(F03_LOCAL_APP_SOURCE);
    expect(F03_LOCAL_APP_SOURCE.confirmed).toBe(false);
  });

  it("carries the exact value as a fraction: 0.75 × 3.6848 + 0.25 × 4 = 3.7636 = 9409/2500", () => {
    const c = combineF03(pekppp2022, { f02: "3.6848", f03: { value: 4, respondents: 3 } }, F03_RULES.localApp75_25);
    expect([c.exact, c.exactFraction, c.value]).toEqual(["3.7636", "9409/2500", "3.76"]);
  });

  it("checks F-02 and F-03 on the rubric's range, before rounding: 5.004 is out although it rounds to 5.00", () => {
    const e = errorOf(() => combineF03(pekppp2022, { f02: "5.004" }));
    expect([e.code, e.path]).toEqual(["OUT_OF_RANGE", ["f02"]]);
    const f = errorOf(() => combineF03(pekppp2022, { f02: "4", f03: { value: "-0.001" } }));
    expect([f.code, f.path]).toEqual(["OUT_OF_RANGE", ["f03", "value"]]);
  });
});
