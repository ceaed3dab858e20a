import { describe, expect, it } from "vitest";
import {
  OMBUDSMAN_DIMENSION_SCORE,
  OMBUDSMAN_INDICATOR_SCALE,
  OMBUDSMAN_OPINI_FROM,
  OMBUDSMAN_SCORE_RANGE,
} from "../../src/data/ombudsman/helpers.js";
import { getRubric } from "../../src/index.js";
import {
  ASSUMED_BANDS_2025,
  compareYears,
  OMBUDSMAN_2024,
  opini,
  rank,
  unitFromIndicators,
} from "../../src/schemes/ombudsman/index.js";
import { errorOf } from "../helpers.js";

describe("Ombudsman helpers take a rubric object or an Ombudsman id, never another scheme's id", () => {
  it("an Ombudsman id is the same rubric getRubric gives", () => {
    const byId = rank([{ name: "a", value: "87.995" }], { rubric: "ombudsman@2024.1" });
    const byObject = rank([{ name: "a", value: "87.995" }], { rubric: getRubric("ombudsman@2024.1") });
    expect(byId).toEqual(byObject);
    expect(getRubric("ombudsman@2024.1")).toBe(OMBUDSMAN_2024);
  });

  it("another scheme's id is UNKNOWN_RUBRIC naming the argument (no lookup through the root registry)", () => {
    const a = errorOf(() => opini("pekppp@2022.1", "90", { tanpaMaladministrasi: true }));
    expect([a.code, a.path]).toEqual(["UNKNOWN_RUBRIC", ["rubric"]]);
    const b = errorOf(() => rank([{ name: "a", value: "1" }], { rubric: "skm@2017.1" }));
    expect([b.code, b.path]).toEqual(["UNKNOWN_RUBRIC", ["options", "rubric"]]);
    const c = errorOf(() =>
      compareYears({ assessmentYear: 2023, value: "1", rubric: "nope@1" }, { assessmentYear: 2024, value: "1" }),
    );
    expect([c.code, c.path]).toEqual(["UNKNOWN_RUBRIC", ["from", "rubric"]]);
    expect(errorOf(() => opini(42 as never, "90", { tanpaMaladministrasi: true })).code).toBe("INVALID_INPUT");
  });
});

describe("the figures the Ombudsman helpers use are data with a source", () => {
  it("unitFromIndicators scores 0–3 indicators on the data's scale and × 100/3, both sourced", () => {
    expect(OMBUDSMAN_INDICATOR_SCALE.scale).toMatchObject({ kind: "decimal", min: "0", max: "3" });
    expect(OMBUDSMAN_DIMENSION_SCORE.multiplier).toBe("100/3");
    expect(OMBUDSMAN_DIMENSION_SCORE.source.confirmed).toBe(false);
    const u = unitFromIndicators(
      "ombudsman@2023.1",
      { input: [3], proses: [1.5], output: [3], pengaduan: [0] },
      { equalWeights: true },
    );
    // hand: 21.85 + 32.37 × 1/2 + 24.24 + 0 = 62.275 → 62.28
    expect([u.result.exact, u.result.value]).toEqual(["62.275", "62.28"]);
    expect(u.dimensions.map((d) => d.score)).toEqual(["100", "50", "100", "0"]);
    const e = errorOf(() =>
      unitFromIndicators(
        "ombudsman@2023.1",
        { input: [{ score: "3.01" }], proses: [3], output: [3], pengaduan: [3] },
        { equalWeights: true },
      ),
    );
    expect([e.code, e.path, e.rule]).toEqual([
      "ANSWER_OUT_OF_SCALE",
      ["indicators", "input", 0, "score"],
      "a decimal from 0 to 3",
    ]);
  });

  it("rank without a rubric checks the published-score range (0–100, data)", () => {
    expect([OMBUDSMAN_SCORE_RANGE.min, OMBUDSMAN_SCORE_RANGE.max]).toEqual(["0", "100"]);
    const e = errorOf(() => rank([{ name: "x", value: "100.001" }]));
    expect([e.code, e.path, e.rule]).toEqual(["OUT_OF_RANGE", ["entries", 0, "value"], "a value from 0 to 100"]);
    expect(rank([{ name: "x", value: "100" }])[0]?.value).toBe("100");
  });

  it("opini belongs to the rubrics from the first Opini year on (data)", () => {
    expect(OMBUDSMAN_OPINI_FROM.assessmentYear).toBe(2025);
    expect(errorOf(() => opini("ombudsman@2024.1", "90", { tanpaMaladministrasi: true })).rule).toBe(
      "an Opini rubric (2025→)",
    );
    expect(opini("ombudsman@2025.1", "88", { tanpaMaladministrasi: true, bands: ASSUMED_BANDS_2025 }).value).toBe(
      "88.00",
    );
  });
});
