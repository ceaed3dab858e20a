/**
 * Properties of the RB rubrics: the index stays in its range (0–100, 0–120 under 9/2023) and is
 * monotone in every answer (a better answer to one question never lowers the exact index).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AnswerValue, type RubricDefinition, type Scale, type ScoreInput, score } from "../../src/index.js";
import { rb2014, rb2018, rb2020, rb2023 } from "../../src/schemes/rb/index.js";
import { leaves, PARAMETERS_2020 } from "../fixtures/rb/worksheets.js";

/** "a/b" → [a, b] as BigInts. */
const frac = (text: string): [bigint, bigint] => {
  const [n, d = "1"] = text.split("/");
  return [BigInt(n as string), BigInt(d)];
};
/** A published 2-decimal value as a fraction. */
const cents = (value: string): string => `${value.replace(".", "")}/100`;
const le = (a: string, b: string): boolean => {
  const [an, ad] = frac(a);
  const [bn, bd] = frac(b);
  return an * bd <= bn * ad;
};

/** An answer generator per scale, ordered worst → best: options by value, decimals on a grid of their range. */
function ladder(scale: Scale): AnswerValue[] {
  if (scale.kind === "options") {
    const byValue = [...scale.options].sort((x, y) => {
      const [xn, xd] = frac(x.value);
      const [yn, yd] = frac(y.value);
      return xn * yd < yn * xd ? -1 : xn * yd > yn * xd ? 1 : 0;
    });
    return byValue.map((o) => o.code);
  }
  if (scale.kind === "decimal") {
    const [lo, hi] = [scale.min, scale.max];
    const steps = 8;
    // decimals on the grid lo + k (hi − lo)/8, written exactly (the ranges here are 0–1, 0–4, 0–5, 0–100)
    const span = frac(hi)[0] - frac(lo)[0];
    return Array.from({ length: steps + 1 }, (_, k) => {
      const scaled = frac(lo)[0] * 1000n + (span * 1000n * BigInt(k)) / BigInt(steps);
      const int = scaled / 1000n;
      const rest = (scaled % 1000n).toString().padStart(3, "0");
      return `${int}.${rest}`;
    });
  }
  throw new Error(`no ladder for ${scale.kind}`);
}

function check(rubric: RubricDefinition, max: string, extra: Omit<ScoreInput, "answers"> = {}) {
  const items = leaves(rubric).map((l) => ({ code: l.code, steps: ladder(l.scale) }));
  const pick = fc.tuple(...items.map((i) => fc.integer({ min: 0, max: i.steps.length - 1 })));
  const toAnswers = (ix: ReadonlyArray<number>) =>
    Object.fromEntries(items.map((i, k) => [i.code, i.steps[ix[k] as number] as AnswerValue]));

  it(`stays within 0–${max} and publishes 2 decimals`, () => {
    fc.assert(
      fc.property(pick, (ix) => {
        const r = score(rubric, { ...extra, answers: toAnswers(ix) });
        expect(le("0", r.exactFraction) && le(r.exactFraction, max)).toBe(true);
        expect(r.value).toMatch(/^\d{1,3}\.\d{2}$/);
      }),
      { numRuns: 60 },
    );
  });

  it("is monotone in every answer", () => {
    fc.assert(
      fc.property(pick, fc.nat(items.length - 1), (ix, at) => {
        const item = items[at] as (typeof items)[number];
        const k = ix[at] as number;
        fc.pre(k < item.steps.length - 1);
        const before = score(rubric, { ...extra, answers: toAnswers(ix) });
        const better = [...ix];
        better[at] = k + 1;
        const after = score(rubric, { ...extra, answers: toAnswers(better) });
        expect(le(before.exactFraction, after.exactFraction)).toBe(true);
        expect(le(cents(before.value), cents(after.value))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
}

describe("rb@2014.1", () => check(rb2014, "100"));
describe("rb@2018.1", () => check(rb2018, "100"));
describe("rb@2020.1", () => check(rb2020, "100", { parameters: PARAMETERS_2020 }));
describe("rb@2023.1", () => check(rb2023, "120"));

describe("rb@2020.1 with random parameter splits", () => {
  /** n non-negative integers (in quarters) adding up to total quarters, as decimal strings. */
  const split = (n: number, total: number) =>
    fc.array(fc.nat(total), { minLength: n - 1, maxLength: n - 1 }).map((cuts) => {
      const points = [0, ...[...cuts].sort((a, b) => a - b), total];
      return points.slice(1).map((p, i) => String((p - (points[i] as number)) / 4));
    });
  const params = fc.tuple(split(7, 36), split(8, 120), split(2, 40), split(2, 40)).map(([ha, reform, h1, h3]) => {
    const keys = Object.keys(PARAMETERS_2020);
    const values = [...ha, ...reform, ...h1, ...h3];
    return Object.fromEntries(keys.map((k, i) => [k, values[i] as string]));
  });

  it("every answer at its best gives 100 and at its worst 0, whatever the split", () => {
    const best = Object.fromEntries(leaves(rb2020).map((l) => [l.code, ladder(l.scale).at(-1) as AnswerValue]));
    const worst = Object.fromEntries(leaves(rb2020).map((l) => [l.code, ladder(l.scale)[0] as AnswerValue]));
    fc.assert(
      fc.property(params, (parameters) => {
        expect(score(rb2020, { answers: best, parameters }).exactFraction).toBe("100");
        expect(score(rb2020, { answers: worst, parameters }).exactFraction).toBe("0");
      }),
      { numRuns: 50 },
    );
  });
});
