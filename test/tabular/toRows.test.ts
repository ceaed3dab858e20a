import { describe, expect, it } from "vitest";
import { aggregate, getRubric, listIndicators, score } from "../../src/index.js";
import { parseCsv, toCsv } from "../../src/tabular/csv.js";
import { toRows } from "../../src/tabular/toRows.js";
import { WORKED_EXAMPLE_2022 } from "../fixtures/pekppp/published.js";
import { errorOf } from "../helpers.js";

const answers = Object.fromEntries(
  listIndicators("pekppp@2022.1").map((i, k) => [i.code, WORKED_EXAMPLE_2022.answers[k] as number]),
);

describe("toRows", () => {
  it("gives one row per breakdown entry of a score result, with rubric, value and predicate on each", () => {
    const result = score("pekppp@2022.1", { answers });
    const rows = toRows(result, { rubric: getRubric("pekppp@2022.1") });
    expect(rows).toHaveLength(result.breakdown.length);
    expect(rows[0]).toEqual({
      rubric: "pekppp@2022.1",
      value: "3.68",
      predicate: "B",
      code: "kebijakan",
      parent: null,
      depth: 0,
      label: "Kebijakan Pelayanan",
      weight: "24",
      share: "0.24",
      raw: "3.85",
      weighted: "0.924",
      rounded: null,
      notApplicable: false,
      sourceConfirmed: true,
    });
    expect(rows.find((r) => r.code === "1.a.Ak")).toMatchObject({ parent: "kebijakan", depth: 1, raw: "5" });
    // The worked example's aspect profile (reference note §1.4).
    const aspects = rows.filter((r) => r.depth === 0).map((r) => [r.code, r.raw, r.weighted]);
    expect(aspects).toEqual(WORKED_EXAMPLE_2022.aspects.map((a) => [a.code, a.raw, a.weighted]));
    // Every row has every key, so the CSV header is the same whatever the rows hold.
    expect(new Set(rows.map((r) => Object.keys(r).join(",")))).toHaveProperty("size", 1);
  });

  it("labels in English on request, falling back to Indonesian", () => {
    const rows = toRows(score("pekppp@2022.1", { answers }), { lang: "en", rubric: getRubric("pekppp@2022.1") });
    expect(rows[0]?.label).toBe("Service policy");
    // A compact result without its rubric: the code stands in for the label, and no source is known.
    const bare = toRows(score("pekppp@2022.1", { answers }));
    expect([bare[0]?.label, bare[0]?.sourceConfirmed]).toEqual(["kebijakan", false]);
    expect(
      errorOf(() => toRows(score("pekppp@2022.1", { answers }), { rubric: getRubric("sakip@2021.1") })).path,
    ).toEqual(["options", "rubric"]);
    expect(errorOf(() => toRows(score("pekppp@2022.1", { answers }), { lang: "fr" as never })).path).toEqual([
      "options",
      "lang",
    ]);
  });

  it("gives one row per unit of an aggregate result", () => {
    const result = aggregate("ombudsman@2024.1", [
      { unit: "Dinkes", value: "97.55" },
      { unit: "Disdik", value: "97.02" },
    ]);
    expect(toRows(result)).toEqual([
      {
        rubric: "ombudsman@2024.1",
        value: result.value,
        predicate: "A",
        index: 0,
        unit: "Dinkes",
        unitValue: "97.55",
        unitWeight: null,
        basis: "given",
      },
      {
        rubric: "ombudsman@2024.1",
        value: result.value,
        predicate: "A",
        index: 1,
        unit: "Disdik",
        unitValue: "97.02",
        unitWeight: null,
        basis: "given",
      },
    ]);
  });

  it("feeds toCsv: decimals stay exact text", () => {
    const csv = toCsv(
      toRows(score("skm@2017.1", { answers: { U1: 3, U2: 3, U3: 3, U4: 3, U5: 3, U6: 3, U7: 3, U8: 3, U9: "3.5" } })),
    );
    const [header, first] = parseCsv(csv);
    expect(header?.slice(0, 4)).toEqual(["rubric", "value", "predicate", "code"]);
    expect(first?.[header?.indexOf("share") ?? -1]).toBe("2.777777777777777777777777777777777777778");
  });

  it("refuses anything but a result", () => {
    for (const bad of [null, "x", {}, { rubric: "x", value: "1" }])
      expect(errorOf(() => toRows(bad as never)).rule).toBe("a ScoreResult or an AggregateResult");
  });
});
