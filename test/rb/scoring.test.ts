/**
 * What the RB rubrics do beyond their golden values: required parameters, a SAKIP result as
 * the SAKIP input, a caller's own Hasil conversion table, points input and the unconfirmed
 * flag on every result.
 */
import { describe, expect, it } from "vitest";
import { deriveRubric, isKinerjaError, type ScoreInput, score } from "../../src/index.js";
import { rb2014, rb2018, rb2020, rb2023 } from "../../src/schemes/rb/index.js";
import { EXAMPLE_HASIL, example, extremes, PARAMETERS_2020 } from "../fixtures/rb/worksheets.js";

function errorOf(run: () => unknown): { code: string; details?: unknown; message: string } {
  try {
    run();
  } catch (e) {
    if (isKinerjaError(e)) return e as unknown as { code: string; details?: unknown; message: string };
    throw e;
  }
  throw new Error("expected a KinerjaError");
}

describe("rb@2020.1 parameters", () => {
  const answers = extremes(rb2020, "best");

  it("all 19 are required at once, listed in the error", () => {
    const e = errorOf(() => score(rb2020, { answers }));
    expect(e.code).toBe("MISSING_ANSWER");
    expect((e.details as { missing: string[] }).missing).toHaveLength(19);
    const partial = { ...PARAMETERS_2020 } as Record<string, string>;
    delete partial.reformSdm;
    delete partial.hasilSakip;
    expect(
      (errorOf(() => score(rb2020, { answers, parameters: partial })).details as { missing: string[] }).missing,
    ).toEqual(["reformSdm", "hasilSakip"]);
  });

  it("are range-checked, must add up with their siblings, and unknown names are refused", () => {
    expect(errorOf(() => score(rb2020, { answers, parameters: { ...PARAMETERS_2020, haSdm: "-1" } })).code).toBe(
      "OUT_OF_RANGE",
    );
    expect(errorOf(() => score(rb2020, { answers, parameters: { ...PARAMETERS_2020, hasilSakip: "11" } })).code).toBe(
      "OUT_OF_RANGE",
    );
    expect(errorOf(() => score(rb2020, { answers, parameters: { ...PARAMETERS_2020, hasilSakip: "6" } })).code).toBe(
      "INVALID_INPUT",
    );
    expect(errorOf(() => score(rb2020, { answers, parameters: { ...PARAMETERS_2020, reformBudaya: "1" } })).code).toBe(
      "INVALID_INPUT",
    );
  });

  it("are echoed in the result, and a different split changes only its own part", () => {
    const a = score(rb2020, { answers: { ...answers, "H.1.2": "WDP" }, parameters: PARAMETERS_2020 });
    expect(a.parameters).toMatchObject({ hasilSakip: "5", hasilOpiniBpk: "5" });
    expect(a.value).toBe("97.50");
    const b = score(rb2020, {
      answers: { ...answers, "H.1.2": "WDP" },
      parameters: { ...PARAMETERS_2020, hasilSakip: "8", hasilOpiniBpk: "2" },
    });
    expect(b.value).toBe("99.00");
  });
});

describe("the SAKIP value may be a SAKIP result", () => {
  it("gives the same index as the plain value and names the rubric it came from", () => {
    const plain = score(rb2018, { answers: example(rb2018) });
    const fromResult = score(rb2018, {
      answers: { ...example(rb2018), "H.1.1": { rubric: "sakip@2015.1", exact: EXAMPLE_HASIL["H.1.1"] } },
    } as ScoreInput);
    expect(fromResult.exactFraction).toBe(plain.exactFraction);
    expect(fromResult.breakdown.find((b) => b.code === "H.1.1")?.from).toBe("sakip@2015.1");
  });

  it("refuses another scheme's result", () => {
    const e = errorOf(() =>
      score(rb2018, {
        answers: { ...example(rb2018), "H.1.1": { rubric: "pekppp@2022.1", exact: "4.1" } },
      } as ScoreInput),
    );
    expect(["RUBRIC_MISMATCH", "INVALID_INPUT"]).toContain(e.code);
  });
});

describe("a caller's own Hasil conversion table", () => {
  it("WTP with an explanatory paragraph at 0.75 instead of the believed 1 moves H.2.2 from 3 to 2.25", () => {
    const base = rb2014.scales["opini-bpk"];
    if (base?.kind !== "options") throw new Error("opini-bpk is an option scale");
    const mine = deriveRubric(
      rb2014,
      {
        scales: {
          "opini-bpk": {
            ...base,
            options: base.options.map((o) => (o.code === "WTP-DPP" ? { ...o, value: "3/4", source: undefined } : o)),
          },
        },
      },
      { id: "rb@2014.1-pemda" },
    );
    const answers = { ...extremes(rb2014, "best"), "H.2.2": "WTP-DPP" };
    expect(score(rb2014, { answers }).value).toBe("100.00");
    const r = score(mine, { answers });
    expect(r.value).toBe("99.25");
    expect(r.breakdown.find((b) => b.code === "H.2.2")?.weighted).toBe("2.25");
  });
});

describe("results", () => {
  it("are never 'confirmed' (every RB rubric uses unconfirmed figures), for answers and points alike", () => {
    expect(score(rb2014, { answers: extremes(rb2014, "best") }).confirmed).toBe(false);
    expect(score(rb2018, { answers: example(rb2018) }).confirmed).toBe(false);
    expect(score(rb2020, { answers: extremes(rb2020, "best"), parameters: PARAMETERS_2020 }).confirmed).toBe(false);
    const points = score(rb2023, { points: { G: "86.39", T: "14.28" } });
    expect(points.confirmed).toBe(false);
    expect(points.basis).toBe("points");
  });

  it("9/2023 points are checked against each component's full marks", () => {
    expect(errorOf(() => score(rb2023, { points: { G: "100.01", T: "0" } })).code).toBe("OUT_OF_RANGE");
    expect(score(rb2023, { points: { G: "100", T: "20" } }).value).toBe("120.00");
  });

  it("the breakdown explains the worked example per component, area, sub-indicator and question", () => {
    const r = score(rb2018, { answers: example(rb2018) });
    const depthOf = (code: string) => r.breakdown.find((b) => b.code === code)?.depth;
    expect([depthOf("P"), depthOf("P.5"), depthOf("P.5.4"), depthOf("P.5.4.b")]).toEqual([0, 1, 2, 3]);
    const q = r.breakdown.find((b) => b.code === "P.5.4.b");
    expect(q?.raw).toBe("0.3333333333333333333333333333333333333333");
    expect(r.breakdown.filter((b) => b.code.startsWith("P.") && b.depth === 3)).toHaveLength(146);
  });
});
