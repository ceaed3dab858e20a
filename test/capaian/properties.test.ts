import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figure } from "../../src/capaian/figure.js";
import {
  type CapaianInput,
  type CapaianResult,
  capaian,
  kriteriaCapaian,
  type OpdQuarterInput,
  opdQuarter,
  rankOpds,
  trend,
} from "../../src/capaian/index.js";
import { isKinerjaError } from "../../src/core/errors.js";
import { cmp, parseRational, type Rational, rational } from "../../src/core/rational.js";
import { capaianInputSchema, opdQuarterInputSchema } from "../../src/schema/domain.js";
import { ratioToDec } from "../support/decimalOracle.js";
import { deepFreeze } from "./helpers.js";

/** A decimal string with up to 3 decimals in [min, max] (in thousandths). */
const decimal = (min: number, max: number) =>
  fc.integer({ min, max }).map((n) => {
    const neg = n < 0;
    const s = String(Math.abs(n)).padStart(4, "0");
    return `${neg ? "-" : ""}${s.slice(0, -3)}.${s.slice(-3)}`;
  });
const amount = (min: number, max: number) =>
  fc.oneof(
    decimal(min, max),
    decimal(min, max).map((s) => Number(s)),
  );
/** A reference wide enough to be exact at 2 decimals for every case generated here. */
const Wide = Decimal.clone({ precision: 200 });
const frac = (r: CapaianResult): Rational => parseRational(r.exactFraction as string) as Rational;
const lowerFormula = fc.constantFrom<"2T-R" | "T/R" | undefined>("2T-R", "T/R", undefined);
const cap = fc.option(fc.constantFrom<number | string>(100, "110", 120, "150.5"), { nil: undefined });

/** Two realisations, the first ≤ the second. */
const ordered = (min: number, max: number) =>
  fc.tuple(amount(min, max), amount(min, max)).map(([a, b]) => (cmp(ratOf(a), ratOf(b)) <= 0 ? [a, b] : [b, a]));
const ratOf = (v: number | string): Rational => parseRational(String(v)) as Rational;

const target = fc.oneof(
  amount(1, 500_000).map((t) => t as CapaianInput["target"]),
  fc.tuple(decimal(1, 500_000), decimal(1, 500_000)).map(([a, b]) => {
    const [min, max] = cmp(ratOf(a), ratOf(b)) <= 0 ? [a, b] : [b, a];
    return { min, max };
  }),
);

describe("capaian properties", () => {
  it("higher is better (and range): non-decreasing in realisasi", () => {
    fc.assert(
      fc.property(
        target,
        ordered(-500_000, 1_000_000),
        cap,
        fc.constantFrom("higherIsBetter", "range"),
        (t, [r1, r2], c, p) => {
          const tt = p === "range" && typeof t !== "object" ? { min: t as string, max: t as string } : t;
          const a = capaian({ target: tt, realisasi: r1, polarity: p as "range", cap: c });
          const b = capaian({ target: tt, realisasi: r2, polarity: p as "range", cap: c });
          if (a.status === "assessed" && b.status === "assessed") expect(cmp(frac(a), frac(b))).toBeLessThanOrEqual(0);
        },
      ),
    );
  });

  it("lower is better: non-increasing in realisasi, with either formula", () => {
    fc.assert(
      fc.property(target, ordered(-500_000, 1_000_000), cap, lowerFormula, (t, [r1, r2], c, formula) => {
        const a = capaian({ target: t, realisasi: r1, polarity: "lowerIsBetter", formula, cap: c });
        const b = capaian({ target: t, realisasi: r2, polarity: "lowerIsBetter", formula, cap: c });
        if (a.status === "assessed" && b.status === "assessed") expect(cmp(frac(a), frac(b))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("never NaN or Infinity: any figure gives a finite value, null with a reason, or a KinerjaError", () => {
    const anyFigure = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(0, -0, "0", "-0", "", "NaN", "Infinity", "1e5", "12,5", null, undefined),
      decimal(-1_000_000, 1_000_000),
      fc.string(),
    );
    fc.assert(
      fc.property(
        anyFigure,
        anyFigure,
        fc.constantFrom("higherIsBetter", "lowerIsBetter"),
        lowerFormula,
        (t, r, polarity, formula) => {
          let result: CapaianResult;
          try {
            result = capaian({
              target: t as never,
              realisasi: r as never,
              polarity: polarity as "lowerIsBetter",
              ...(polarity === "lowerIsBetter" && formula ? { formula } : {}),
            });
          } catch (e) {
            expect(isKinerjaError(e)).toBe(true);
            return;
          }
          const text = JSON.stringify(result);
          expect(text).not.toMatch(/NaN|Infinity/);
          if (result.status === "assessed") {
            expect(result.value).toMatch(/^-?\d+\.\d{2}$/);
            expect(result.exact).toMatch(/^-?\d+(\.\d+)?$/);
          } else {
            expect(result.value).toBeNull();
            expect(result.reason).not.toBeNull();
          }
          expect(JSON.parse(text)).toEqual(result);
        },
      ),
    );
  });

  it("exact text is what decimal.js prints at 40 significant digits; value is the half-up rounding of the fraction", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 45n), max: 10n ** 45n }),
        fc.bigInt({ min: 1n, max: 10n ** 30n }),
        (n, d) => {
          const r = rational(n, d);
          const f = figure(r);
          expect(f.exact).toBe(ratioToDec(r.n, r.d).toFixed());
          const wide = new Wide(r.n.toString()).div(r.d.toString()).toFixed(2, Decimal.ROUND_HALF_UP);
          expect(f.value).toBe(wide.replace(/^-(0\.00)$/, "$1"));
        },
      ),
    );
  });

  it("kriteria never fails on a capaian value and is one of the five levels", () => {
    fc.assert(
      fc.property(
        decimal(-100_000, 300_000),
        fc.constantFrom("lowerInclusiveInteger", "upperInclusiveContinuous"),
        (v, gapPolicy) => {
          const k = kriteriaCapaian(v, { gapPolicy: gapPolicy as "lowerInclusiveInteger" });
          expect(["sangatTinggi", "tinggi", "sedang", "rendah", "sangatRendah"]).toContain(k.code);
        },
      ),
    );
  });

  it("inputs are never mutated (frozen inputs work and are unchanged)", () => {
    fc.assert(
      fc.property(target, amount(0, 900_000), cap, (t, r, c) => {
        const input = deepFreeze({
          target: t,
          realisasi: r,
          polarity: "higherIsBetter" as const,
          ...(c ? { cap: c } : {}),
        });
        const before = JSON.stringify(input);
        if (typeof t === "object") capaian({ ...input, polarity: "range" });
        else capaian(input);
        expect(JSON.stringify(input)).toBe(before);
      }),
    );
  });

  it("the zod schema in kinerja/schema accepts exactly what capaian() accepts", () => {
    const field = fc.oneof(
      decimal(-1000, 1000),
      fc.constantFrom(0, 5, -2.5, Number.NaN, "x", null, { min: 1, max: 2 }, { min: 3, max: 1 }),
    );
    fc.assert(
      fc.property(
        field,
        field,
        fc.constantFrom("higherIsBetter", "lowerIsBetter", "range", "bad"),
        fc.constantFrom(undefined, "2T-R", "T/R", "x"),
        fc.constantFrom(undefined, 99, 120),
        (t, r, polarity, formula, c) => {
          const input = {
            target: t,
            realisasi: r,
            polarity,
            ...(formula ? { formula } : {}),
            ...(c ? { cap: c } : {}),
          };
          let ok = true;
          try {
            capaian(input as never);
          } catch {
            ok = false;
          }
          expect(capaianInputSchema.safeParse(input).success).toBe(ok);
        },
      ),
    );
  });
});

/** A synthetic OPD report: one or two budget lines, sometimes not reported. */
const opdInput = (id: string): fc.Arbitrary<OpdQuarterInput> =>
  fc
    .array(
      fc.record({
        pagu: fc.integer({ min: 0, max: 20 }).map((n) => n * 50),
        share: fc.option(fc.constantFrom(0, 1, 2, 3, 4), { nil: null }),
        fisik: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      }),
      { maxLength: 2 },
    )
    .map((lines) => ({
      opd: id,
      period: { kind: "triwulan", year: 2024, triwulan: 2 },
      subKegiatan: lines.map((l, i) => ({
        id: `sk${i}`,
        pagu: l.pagu,
        realisasi: l.share === null ? null : (l.pagu * l.share) / 4,
        fisik: l.fisik,
      })),
    }));

describe("ranking properties", () => {
  const pemda = fc
    .integer({ min: 1, max: 20 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => opdInput(`opd-${String(i).padStart(2, "0")}`))));

  it("shuffling the OPDs gives the same ranking, for every measure", () => {
    fc.assert(
      fc.property(
        pemda,
        fc.array(fc.nat()),
        fc.constantFrom("budget", "physical", "capaian"),
        fc.nat({ max: 5 }),
        (inputs, keys, by, bottom) => {
          const results = inputs.map((i) => opdQuarter(i));
          const shuffled = results
            .map((r, i) => ({ r, k: keys[i] ?? i }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.r);
          const a = rankOpds(results, { by: by as "budget", bottom });
          const b = rankOpds(shuffled, { by: by as "budget", bottom });
          expect(b).toEqual(a);
          // Ranks never decrease down the list, and equal values share a rank.
          const ranked = a.entries.filter((e) => e.rank !== null);
          ranked.forEach((e, i) => {
            const prev = ranked[i - 1];
            if (prev)
              expect(
                prev.exactFraction === e.exactFraction
                  ? prev.rank === e.rank
                  : (prev.rank as number) < (e.rank as number),
              ).toBe(true);
          });
          if (bottom <= ranked.length) expect(a.assistance.length).toBeGreaterThanOrEqual(bottom);
        },
      ),
    );
  });

  it("opdQuarter never mutates its input; the schema agrees with it", () => {
    fc.assert(
      fc.property(opdInput("A"), (input) => {
        const frozen = deepFreeze(structuredClone(input));
        const before = JSON.stringify(frozen);
        opdQuarter(frozen);
        expect(JSON.stringify(frozen)).toBe(before);
        expect(opdQuarterInputSchema.safeParse(input).success).toBe(true);
      }),
    );
  });

  it("trend does not depend on input order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.option(decimal(0, 150_000), { nil: null })),
        (quarters, values) => {
          const series = quarters.map((q, i) => ({
            period: { kind: "triwulan" as const, year: 2020 + Math.floor(q / 4), triwulan: ((q % 4) + 1) as 1 },
            value: values[i] ?? null,
          }));
          expect(trend([...series].reverse())).toEqual(trend(series));
        },
      ),
    );
  });
});
