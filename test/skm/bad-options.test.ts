import { describe, expect, it } from "vitest";
import { skm2017, skmFromNrr, skmFromRespondents } from "../../src/schemes/skm/index.js";
import { errorOf } from "../helpers.js";

describe("bad options are KinerjaErrors naming the option, never TypeErrors", () => {
  const nrr = Object.fromEntries(["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"].map((u) => [u, "3"]));
  it.each([
    ["skmFromNrr(nrr, null)", () => skmFromNrr(nrr, null as never), ["options"]],
    ["skmFromNrr(nrr, 'printed')", () => skmFromNrr(nrr, "printed" as never), ["options"]],
    ["weightMode 'median'", () => skmFromNrr(nrr, { weightMode: "median" as never }), ["options", "weightMode"]],
    ["skmFromRespondents(rows, null)", () => skmFromRespondents([[3]], null as never), ["options"]],
    ["incomplete 'drop'", () => skmFromRespondents([[3]], { incomplete: "drop" as never }), ["options", "incomplete"]],
  ])("%s", (_, f, path) => {
    const e = errorOf(f);
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", path]);
  });

  it("the defaults still apply with no options: NRR 3 everywhere → 75.00", () => {
    // hand: 25 × 3 = 75
    expect(skmFromNrr(nrr).value).toBe("75.00");
    expect(skmFromNrr(nrr, { rubric: skm2017 }).value).toBe("75.00");
  });
});
