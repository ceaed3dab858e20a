import { describe, expect, it } from "vitest";
import { listIndicators, score } from "../../src/index.js";
import { pekppp2017, scoreLegacyRounded2017 } from "../../src/schemes/pekppp/index.js";
import { LEGACY_2017_ALL_FIVE } from "../fixtures/pekppp/published.js";

const codes2017 = listIndicators(pekppp2017).map((i) => i.code);
const all2017 = (v: number, overrides: Record<string, number> = {}) => ({
  ...Object.fromEntries(codes2017.map((c) => [c, v])),
  ...overrides,
});

describe("scoreLegacyRounded2017: the printed-decimal 17/2017 weights, only on request", () => {
  it("gives 4.99085 → 4.99 for all-5 answers, as C4 does (reference note §3.2), where the exact fractions give 5.00", () => {
    const answers = all2017(5);
    const legacy = scoreLegacyRounded2017({ answers });
    expect([legacy.exact, legacy.value]).toEqual([LEGACY_2017_ALL_FIVE.exact, LEGACY_2017_ALL_FIVE.value]);
    expect(legacy).toMatchObject({ variant: "legacy-rounded", basedOn: "pekppp@2017.1", confirmed: false });
    expect(score(pekppp2017, { answers }).value).toBe("5.00");
  });

  it("shows the aspect sums of the printed weights: 0.995 / 0.999 / 0.999 / 1 / 1 / 1 (× 5 for all-5)", () => {
    const legacy = scoreLegacyRounded2017({ answers: all2017(1) });
    expect(legacy.aspects.map((a) => a.raw)).toEqual(["0.995", "0.999", "0.999", "1", "1", "1"]);
  });

  it("validates answers like score()", () => {
    expect(() => scoreLegacyRounded2017({ answers: all2017(5, { "6": 6 }) })).toThrow(
      expect.objectContaining({ code: "ANSWER_OUT_OF_SCALE" }),
    );
  });
});
