/**
 * The safe-integer helpers every fast path shares, against BigInt: gcdSafe (doubles down to 31 bits, then 32-bit
 * integer steps), and ratioText and toDecimalText (sharing long division's table of recent quotients: a repeated or
 * clashing n/d gives the same text).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toDecimalText, toDecimalTextBig } from "../../src/core/decimalText.js";
import { gcdSafe, ratioText } from "../../src/core/scaled.js";

const big = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};
const safe = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -(2 ** 31) - 10, max: 2 ** 31 + 10 }),
  fc.maxSafeInteger(),
  fc.maxSafeInteger().map((n) => -n),
  fc.constantFrom(0, 1, 0x7fffffff, 0x80000000, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
);

describe("gcdSafe = the BigInt gcd", () => {
  it("on safe integers of every size, signs and zeros included", () => {
    fc.assert(
      fc.property(safe, safe, (a, b) => {
        // (-0 and 0 alike: callers read a zero gcd as "none")
        expect(gcdSafe(a, b) + 0).toBe(Number(big(BigInt(a), BigInt(b))));
      }),
      { numRuns: 20_000 },
    );
  });
});

const reduced = (n: bigint, d: bigint) => {
  const g = big(n, d) || 1n;
  return { n: n / g, d: d / g };
};

describe("ratioText and toDecimalText = the BigInt text of the reduced fraction, every time", () => {
  it("first call, repeated call and after a clash in its table of recent quotients", () => {
    const den = fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 2 ** 40 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(safe, den), { minLength: 1, maxLength: 20 }), (pairs) => {
        // The oracle is the BigInt path, which keeps no table; toDecimalText shares the table with ratioText.
        for (let round = 0; round < 2; round++)
          for (const [n, d] of pairs) {
            const want = toDecimalTextBig(reduced(BigInt(n), BigInt(d)));
            expect(ratioText(n, d)).toBe(want);
            expect(toDecimalText(reduced(BigInt(n), BigInt(d)))).toBe(want);
          }
      }),
      { numRuns: 3000 },
    );
  });
});
