/**
 * skmFromRespondents reads common rows (k whole answers, numbers or one-digit texts) in one pass and hands every
 * other row (an object row, a missing answer, a hole-free odd row) to the careful reader, taking back what the
 * common pass had added. Whatever the mix and order, the result is the exact IKM of an independent oracle:
 * 25 × Σ_u (sum_u / count_u) / 9 on BigInt, per element over the answers it has.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { skmFromRespondents } from "../../src/schemes/skm/index.js";

const U = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"] as const;
type Cell = { readonly v: number | null; readonly text: boolean };
const cell: fc.Arbitrary<Cell> = fc.record({
  v: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.constant(null) }),
  text: fc.boolean(),
});
const shape = fc.constantFrom("array", "object", "short") as fc.Arbitrary<"array" | "object" | "short">;

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

describe("skmFromRespondents on mixed rows = the BigInt oracle", () => {
  it('any mix of array rows, object rows, digit texts and missing answers ({ incomplete: "report" })', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(shape, fc.array(cell, { minLength: 9, maxLength: 9 })), { minLength: 1, maxLength: 40 }),
        (spec) => {
          const sums = U.map(() => 0n);
          const counts = U.map(() => 0n);
          const rows = spec.map(([form, cells]) => {
            cells.forEach((c, i) => {
              if (c.v !== null) {
                sums[i] = (sums[i] as bigint) + BigInt(c.v);
                counts[i] = (counts[i] as bigint) + 1n;
              }
            });
            const value = (c: Cell) => (c.v === null ? null : c.text ? String(c.v) : c.v);
            if (form === "object") return Object.fromEntries(U.map((u, i) => [u, value(cells[i] as Cell)]));
            // "short": a row cut after its last answered element (the rest missing), else all nine cells.
            const list = cells.map(value);
            if (form === "short") while (list.length > 0 && list[list.length - 1] === null) list.pop();
            return list;
          });
          const nobody = counts.some((c) => c === 0n);
          let outcome: { fraction: string } | { code: string };
          try {
            outcome = { fraction: skmFromRespondents(rows, { incomplete: "report" }).exactFraction };
          } catch (e) {
            outcome = { code: (e as { code: string }).code };
          }
          if (nobody) {
            expect(outcome).toEqual({ code: "MISSING_ANSWER" });
            return;
          }
          // Σ s_u / c_u over one denominator, × 25 / 9, in lowest terms.
          let n = 0n;
          let d = 1n;
          U.forEach((_, i) => {
            const s = sums[i] as bigint;
            const c = counts[i] as bigint;
            n = n * c + s * d;
            d = d * c;
          });
          n *= 25n;
          d *= 9n;
          const g = gcd(n, d);
          n /= g;
          d /= g;
          expect(outcome).toEqual({ fraction: d === 1n ? `${n}` : `${n}/${d}` });
        },
      ),
      { numRuns: 1500 },
    );
  });
});
