import { describe, expect, it } from "vitest";
import { handCases } from "../fixtures/demo-answers.js";

describe("decimal isolation", () => {
  it("a host's Decimal.set({ precision: 2, rounding: ROUND_DOWN }) changes no result", async () => {
    // The host configures its own decimal.js before kinerja is even loaded.
    const { Decimal } = await import("decimal.js");
    Decimal.set({ precision: 2, rounding: Decimal.ROUND_DOWN, toExpNeg: -1 });
    try {
      const { defineRubric, score, aggregate } = await import("../../src/index.js");
      const { demoDefinition } = await import("../fixtures/demo.js");
      const demo = defineRubric(demoDefinition);
      const r = score(demo, { answers: handCases[2].answers });
      expect(r.exact).toBe("3.0798");
      expect(r.value).toBe("3.08");
      // (95.31 + 89.45 + 77.66) / 3 style means need more than 2 digits: 2/3 → 0.666…7 at 40 digits
      const mean = aggregate(demo, ["0", "1", "1"]);
      expect(mean.mean).toBe("0.6666666666666666666666666666666666666667");
      expect(mean.value).toBe("0.67");
      // …and the host still sees its own settings.
      expect(Decimal.precision).toBe(2);
      expect(new Decimal(2).div(3).toFixed()).toBe("0.66");
    } finally {
      Decimal.set({ defaults: true });
    }
  });
});
