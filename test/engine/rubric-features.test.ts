/**
 * The generic rubric features of Engine v2, each on a tiny rubric whose
 * expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from "vitest";
import { defineRubric, score } from "../../src/index.js";
import type { Scale } from "../../src/model/types.js";
import { codeOf, errorOf } from "../helpers.js";
import { group, leaf, testSource, tinyRubric, unconfirmedSource } from "../support/tinyRubric.js";

const pengungkitHasil = defineRubric(
  tinyRubric([
    group("P", "60", [leaf("p1", "30", "abcd"), leaf("p2", "30", "abcd")], { childWeightTotal: "60" }),
    group("H", "40", [leaf("h1", "40", "index04")], { childWeightTotal: "40" }),
  ]),
);

describe("exact fractional option values (A/B/C/D = 1, 2/3, 1/3, 0)", () => {
  it("B on a 30-point item is 20 exactly, not 20.10 as 0.67 would give", () => {
    // 100 × (0.3 × 2/3 + 0.3 × 0 + 0.4 × 0) = 20
    const r = score(pengungkitHasil, { answers: { p1: "B", p2: "D", h1: 0 } });
    expect(r.exactFraction).toBe("20");
    expect(r.value).toBe("20.00");
    expect(r.breakdown.find((b) => b.code === "p1")?.raw).toBe("0.6666666666666666666666666666666666666667");
  });
  it("B + C + an index of 3 of 4 gives 60.00 exactly → CC, 0.01 short of B", () => {
    // 100 × (0.3 × 2/3 + 0.3 × 1/3 + 0.4 × 3/4) = 20 + 10 + 30
    const r = score(pengungkitHasil, { answers: { p1: "B", p2: "C", h1: "3" } });
    expect(r.exact).toBe("60");
    expect(r.predicate?.code).toBe("CC");
    expect(r.gap).toMatchObject({ target: "60.01", points: "0.01" });
  });
});

describe("scales normalised to their full marks", () => {
  it("a 0–4 survey index counts as index/4 of its weight", () => {
    // 100 × 0.4 × 2.5/4 = 25
    const r = score(pengungkitHasil, { answers: { p1: "D", p2: "D", h1: "2.5" } });
    expect(r.value).toBe("25.00");
  });
  it("refuses an answer beyond the scale instead of clamping it", () => {
    expect(codeOf(() => score(pengungkitHasil, { answers: { p1: "D", p2: "D", h1: "4.01" } }))).toBe(
      "ANSWER_OUT_OF_SCALE",
    );
  });
  it("caps a percentage at full marks only where the rubric says cap", () => {
    const r = defineRubric(tinyRubric([leaf("pct", "100", "percent")]));
    expect(score(r, { answers: { pct: "150" } }).value).toBe("100.00");
    expect(score(r, { answers: { pct: "87.5" } }).value).toBe("87.50");
  });
  it("rejects a normalisation that would silently clamp values of the scale", () => {
    const bad: Scale = {
      kind: "decimal",
      min: "0",
      max: "120",
      normalize: { min: "0", max: "100", source: testSource },
      source: testSource,
    };
    expect(codeOf(() => defineRubric(tinyRubric([leaf("x", "100", "bad")], { scales: { bad } })))).toBe(
      "INVALID_RUBRIC",
    );
  });
});

describe("lookup scales", () => {
  const opini: Scale = {
    kind: "lookup",
    input: { min: "0", max: "4" },
    rows: [
      { min: "0", minInclusive: true, max: "2", maxInclusive: true, value: "0", source: testSource },
      { min: "2", minInclusive: false, max: "3", maxInclusive: true, value: "1/2", source: unconfirmedSource },
      { min: "3", minInclusive: false, max: "4", maxInclusive: true, value: "1", source: testSource },
    ],
    source: testSource,
  };
  const r = defineRubric(tinyRubric([leaf("s", "100", "survey")], { scales: { survey: opini } }));
  it("maps each input to its row, edges as declared", () => {
    expect(score(r, { answers: { s: "2" } }).value).toBe("0.00");
    expect(score(r, { answers: { s: "2.5" } }).value).toBe("50.00");
    expect(score(r, { answers: { s: "3" } }).value).toBe("50.00");
    expect(score(r, { answers: { s: "3.01" } }).value).toBe("100.00");
  });
  it("marks a result unconfirmed when its lookup has an unconfirmed row", () => {
    expect(score(r, { answers: { s: "4" } }).confirmed).toBe(false);
  });
  it("refuses inputs outside the table", () => {
    expect(codeOf(() => score(r, { answers: { s: "4.5" } }))).toBe("ANSWER_OUT_OF_SCALE");
  });
  it("rejects tables with a gap or an overlap", () => {
    const gap = { ...opini, rows: [opini.rows[0], opini.rows[2]] } as Scale;
    expect(codeOf(() => defineRubric(tinyRubric([leaf("s", "100", "g")], { scales: { g: gap } })))).toBe(
      "INVALID_RUBRIC",
    );
  });
});

describe("node rounding", () => {
  const items = [leaf("x1", "1", "abcd"), leaf("x2", "1", "abcd"), leaf("x3", "1", "abcd")];
  const rounding = { places: 2, mode: "halfUp" as const, source: testSource };
  it("rounds each node's points before its parent adds them", () => {
    // each B = 100/3 × 2/3 = 22.222… → 22.22; three of them 66.66 (66.67 without node rounding)
    const perNode = defineRubric(
      tinyRubric([
        group(
          "X",
          "100",
          items.map((i) => ({ ...i, rounding })),
          { childWeightTotal: "3" },
        ),
      ]),
    );
    const plain = defineRubric(tinyRubric([group("X", "100", items, { childWeightTotal: "3" })]));
    const answers = { x1: "B", x2: "B", x3: "B" };
    expect(score(perNode, { answers }).value).toBe("66.66");
    expect(score(plain, { answers }).value).toBe("66.67");
    expect(score(perNode, { answers }).breakdown.find((b) => b.code === "x1")).toMatchObject({
      weighted: "22.22222222222222222222222222222222222222",
      rounded: "22.22",
    });
  });
});

describe("not-applicable items", () => {
  const items = [leaf("x1", "1", "yt"), leaf("x2", "1", "yt"), leaf("x3", "1", "yt")];
  const build = (rule: "renormalize" | "zero") =>
    defineRubric(
      tinyRubric([group("X", "100", items, { childWeightTotal: "3" })], {
        notApplicable: { rule, source: testSource },
      }),
    );
  it("renormalises over the applicable items where the rubric says so", () => {
    // Ya, Tidak, N/A → mean over two items = 1/2 → 50
    const r = score(build("renormalize"), { answers: { x1: "Ya", x2: "Tidak" }, notApplicable: ["x3"] });
    expect(r.value).toBe("50.00");
    expect(r.breakdown.find((b) => b.code === "x3")?.notApplicable).toBe(true);
  });
  it("counts them as zero where the rubric says so", () => {
    // (1 + 0 + 0) / 3 → 33.33
    expect(score(build("zero"), { answers: { x1: "Ya", x2: "Tidak" }, notApplicable: ["x3"] }).value).toBe("33.33");
  });
  it("is refused where the rubric gives no rule", () => {
    const none = defineRubric(tinyRubric([group("X", "100", items, { childWeightTotal: "3" })]));
    expect(codeOf(() => score(none, { answers: { x1: "Ya", x2: "Tidak" }, notApplicable: ["x3"] }))).toBe(
      "INVALID_INPUT",
    );
  });
  it("refuses an item that is both answered and not applicable", () => {
    expect(
      codeOf(() => score(build("zero"), { answers: { x1: "Ya", x2: "Ya", x3: "Ya" }, notApplicable: ["x3"] })),
    ).toBe("INVALID_INPUT");
  });
});

describe("parameters: figures the evaluator supplies", () => {
  const r = defineRubric(
    tinyRubric(
      [
        group("P", "$p", [leaf("p1", "1", "yt")], { childWeightTotal: "1" }),
        group("H", "$h", [leaf("h1", "1", "yt")], { childWeightTotal: "1" }),
      ],
      {
        parameters: [
          { name: "p", label: { id: "bobot P" }, min: "0", max: "100", source: unconfirmedSource },
          { name: "h", label: { id: "bobot H" }, min: "0", max: "100", source: unconfirmedSource },
        ],
      },
    ),
  );
  const answers = { p1: "Ya", h1: "Tidak" };
  it("uses the caller's values and echoes them", () => {
    const got = score(r, { answers, parameters: { p: "70", h: "30" } });
    expect(got.value).toBe("70.00");
    expect(got.predicate?.code).toBe("B");
    expect(got.parameters).toEqual({ p: "70", h: "30" });
  });
  it("reports every missing parameter at once", () => {
    const e = errorOf(() => score(r, { answers }));
    expect(e.code).toBe("MISSING_ANSWER");
    expect(e.details.missing).toEqual(["p", "h"]);
  });
  it("checks each range and the sibling sum", () => {
    expect(codeOf(() => score(r, { answers, parameters: { p: "170", h: "30" } }))).toBe("OUT_OF_RANGE");
    expect(errorOf(() => score(r, { answers, parameters: { p: "70", h: "20" } })).path).toEqual(["parameters"]);
  });
});

describe("another scheme's result as an answer", () => {
  const sakipValue: Scale = {
    kind: "decimal",
    min: "0",
    max: "100",
    normalize: { min: "0", max: "100", source: testSource },
    source: testSource,
  };
  const r = defineRubric(
    tinyRubric([leaf("s", "100", "v", { accepts: { scheme: "sakip", source: testSource } })], {
      scales: { v: sakipValue },
    }),
  );
  it("takes the exact value of a SAKIP result and names where it came from", () => {
    const got = score(r, { answers: { s: { rubric: "sakip@2021.1", exact: "67.6", exactFraction: "338/5" } } });
    expect(got.value).toBe("67.60");
    expect(got.breakdown.find((b) => b.code === "s")?.from).toBe("sakip@2021.1");
  });
  it("takes a plain value too", () => {
    expect(score(r, { answers: { s: "67.6" } }).value).toBe("67.60");
  });
  it("refuses another scheme's result and a tampered fraction", () => {
    expect(codeOf(() => score(r, { answers: { s: { rubric: "pekppp@2022.1", exact: "4.5" } } }))).toBe(
      "RUBRIC_MISMATCH",
    );
    expect(
      codeOf(() => score(r, { answers: { s: { rubric: "sakip@2021.1", exact: "67.6", exactFraction: "1/2" } } })),
    ).toBe("INVALID_INPUT");
  });
});

describe("published points of the top-level components", () => {
  it("adds them up and classifies the total", () => {
    const got = score(pengungkitHasil, { points: { P: "22.98", H: "17.91" } });
    expect(got.value).toBe("40.89");
    expect(got.predicate?.code).toBe("C");
    expect(got.basis).toBe("points");
  });
  it("checks each within its marks and reports every missing one", () => {
    expect(codeOf(() => score(pengungkitHasil, { points: { P: "61", H: "0" } }))).toBe("OUT_OF_RANGE");
    expect(errorOf(() => score(pengungkitHasil, { points: {} })).details.missing).toEqual(["P", "H"]);
  });
  it("takes either answers or points, not both", () => {
    expect(codeOf(() => score(pengungkitHasil, { answers: {}, points: {} }))).toBe("INVALID_INPUT");
  });
});

describe('"sum" groups: absolute option values added up', () => {
  const y = (v: string): Scale => ({
    kind: "options",
    options: [
      { code: "Y", value: v },
      { code: "T", value: "0" },
    ],
    source: testSource,
  });
  const r = defineRubric(
    tinyRubric([group("S", "100", [leaf("s1", "1", "y30"), leaf("s2", "1", "y70")], { combine: "sum" })], {
      scales: { y30: y("30"), y70: y("70") },
    }),
  );
  it("scores the sum of the chosen values", () => {
    expect(score(r, { answers: { s1: "Y", s2: "T" } }).value).toBe("30.00");
    expect(score(r, { answers: { s1: "Y", s2: "Y" } }).value).toBe("100.00");
  });
});

describe("minimum requirements", () => {
  const r = defineRubric(
    tinyRubric([leaf("x", "100", "percent")], {
      requirements: [{ code: "min", label: { id: "syarat minimum" }, ceiling: "B", source: testSource }],
    }),
  );
  it("caps the predicate when the caller states a requirement unmet, showing the score's own band", () => {
    const got = score(r, { answers: { x: "95" }, unmetRequirements: ["min"] });
    expect(got.predicate?.code).toBe("B");
    expect(got.requirements).toMatchObject({ stated: true, capped: true, scoreBand: { code: "AA" } });
  });
  it("grants the band when every requirement is met", () => {
    expect(score(r, { answers: { x: "95" }, unmetRequirements: [] }).predicate?.code).toBe("AA");
  });
  it("never applies a ceiling silently: unstated requirements are said, and the result is unconfirmed", () => {
    const got = score(r, { answers: { x: "95" } });
    expect(got.predicate?.code).toBe("AA");
    expect(got.requirements?.stated).toBe(false);
    expect(got.confirmed).toBe(false);
  });
  it("refuses unknown requirement codes", () => {
    expect(codeOf(() => score(r, { answers: { x: "95" }, unmetRequirements: ["nope"] }))).toBe("INVALID_INPUT");
  });
});
