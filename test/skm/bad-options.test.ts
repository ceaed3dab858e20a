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

describe("breakdown entries are frozen on every SKM path", () => {
  const nrr = Object.fromEntries(["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"].map((u) => [u, "3.25"]));
  it.each([
    ["skmFromNrr", () => skmFromNrr(nrr)],
    ['skmFromNrr, weightMode "printed" (0.111)', () => skmFromNrr(nrr, { weightMode: "printed" })],
    ["skmFromRespondents", () => skmFromRespondents([[3, 4, 3, 2, 4, 3, 3, 4, 2]])],
    [
      // Per-element counts that are large coprime numbers: the integer path gives way to the exact one.
      "skmFromRespondents, incomplete rows with coprime counts",
      () => {
        const n = 10_007;
        const counts = [9973, 9967, 9949, 9941, 9931, 9929, 9923, 9907, 9901];
        const rows = Array.from({ length: n }, (_, i) =>
          counts.map((c, j) => (i < n - c ? null : 1 + ((i * 7 + j) % 4))),
        );
        return skmFromRespondents(rows, { incomplete: "report" });
      },
    ],
  ])("%s", (_, run) => {
    const r = run() as { breakdown: ReadonlyArray<object> };
    expect(r.breakdown.length).toBe(9);
    expect(r.breakdown.every((e) => Object.isFrozen(e))).toBe(true);
  });
});
