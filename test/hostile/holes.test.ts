/**
 * Issue #11, "wrong values without an error" and "raw TypeError": a hole in an array (an empty slot) is an
 * INVALID_INPUT at its index, never a unit of 0 points, never skipped, never a TypeError.
 */
import { describe, expect, it } from "vitest";
import { aggregate, getRubric } from "../../src/index.js";
import { aggregateProducts, unitFromIndicators } from "../../src/schemes/ombudsman/index.js";
import { aggregateInstansi, pekppp2022v2 } from "../../src/schemes/pekppp/index.js";
import { skmFromRespondents } from "../../src/schemes/skm/index.js";
import { codePath, errorOf } from "./helpers.js";

// biome-ignore lint/suspicious/noSparseArray: the holes are the point
const holeFirst = <T>(value: T): T[] => [, value] as T[];

describe("a hole in a list of units is an error at its index", () => {
  it("aggregate: [ , 4] is refused at units[0], not averaged as 0 and 4", () => {
    expect(codePath(() => aggregate("pekppp@2022.2", holeFirst("4")))).toEqual(["INVALID_INPUT", ["units", 0]]);
    expect(errorOf(() => aggregate("pekppp@2022.2", holeFirst("4"))).message).toMatch(/hole/);
  });

  it("aggregate: new Array(3) is refused, not 0.00 / F from no units at all", () => {
    expect(codePath(() => aggregate("ombudsman@2024.2", new Array(3)))).toEqual(["INVALID_INPUT", ["units", 0]]);
  });

  it("aggregateInstansi: [ , { value: 4 }] is refused at units[0] (it gave 2.00: the hole counted as a 0-point unit)", () => {
    expect(codePath(() => aggregateInstansi(pekppp2022v2, holeFirst({ value: 4 })))).toEqual([
      "INVALID_INPUT",
      ["units", 0],
    ]);
    expect(codePath(() => aggregateInstansi(pekppp2022v2, new Array(3)))).toEqual(["INVALID_INPUT", ["units", 0]]);
  });

  it("aggregateProducts: a hole among the units or among a unit's products is refused, not skipped", () => {
    expect(
      codePath(() => aggregateProducts("ombudsman@2021.2", holeFirst({ unit: "Dinkes", products: ["50"] }))),
    ).toEqual(["INVALID_INPUT", ["units", 0]]);
    expect(
      codePath(() => aggregateProducts("ombudsman@2021.2", [{ unit: "Dinkes", products: holeFirst("50") }])),
    ).toEqual(["INVALID_INPUT", ["units", 0, "products", 0]]);
  });

  it("unitFromIndicators: a hole among a dimension's indicators is refused at its index", () => {
    const indicators = { input: holeFirst(3), proses: [3], output: [3], pengaduan: [3] };
    expect(codePath(() => unitFromIndicators("ombudsman@2023.2", indicators as never, { equalWeights: true }))).toEqual(
      ["INVALID_INPUT", ["indicators", "input", 0]],
    );
  });

  it("aggregate adjustments: a hole is refused at options.adjustments[0]", () => {
    const adjustments = holeFirst({ code: "x", points: "-1", reason: "r" });
    expect(codePath(() => aggregate(getRubric("ombudsman@2023.2"), ["80"], { adjustments }))).toEqual([
      "INVALID_INPUT",
      ["options", "adjustments", 0],
    ]);
  });

  // `rows.forEach` skipped holes, so `[ , row]` reported 2 respondents for 1 row.
  it("skmFromRespondents: [ , row] is refused at rows[0], not counted as 2 respondents", () => {
    const row = [4, 4, 4, 4, 4, 4, 4, 4, 4];
    expect(codePath(() => skmFromRespondents(holeFirst(row)))).toEqual(["INVALID_INPUT", ["rows", 0]]);
  });
});
