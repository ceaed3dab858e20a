/**
 * The one golden runner: every `test/fixtures/<scheme>/<version>.cases.ts`
 * file is a list of published results run through the public API.
 */
import { describe, expect, it } from "vitest";
import { aggregate, classify, isKinerjaError, score } from "../src/index.js";
import type { GoldenCase, GoldenFile } from "./support/golden.js";

// Vite's import.meta.glob (vitest runs on Vite): every cases file, loaded eagerly.
const files = (
  import.meta as unknown as {
    glob: <T>(pattern: string, options: { eager: true }) => Record<string, T>;
  }
).glob<{ default: GoldenFile }>("./fixtures/*/*.cases.ts", { eager: true });

function run(file: GoldenFile, c: GoldenCase): Record<string, unknown> {
  const rubric = file.rubric as Parameters<typeof score>[0];
  if (c.score) return score(rubric, c.score) as unknown as Record<string, unknown>;
  if (c.aggregate)
    return aggregate(rubric, c.aggregate.units, c.aggregate.options) as unknown as Record<string, unknown>;
  if (c.classify !== undefined) return { predicate: classify(rubric, c.classify) };
  throw new Error(`case "${c.name}" has no score, aggregate or classify`);
}

for (const [path, mod] of Object.entries(files)) {
  const file = mod.default;
  describe(`${path.replace("./fixtures/", "")} (${typeof file.rubric === "string" ? file.rubric : file.rubric.id})`, () => {
    for (const c of file.cases)
      it(c.name, () => {
        const want = c.expect;
        if (want.error) {
          let thrown: unknown;
          try {
            run(file, c);
          } catch (e) {
            thrown = e;
          }
          expect(isKinerjaError(thrown), `expected a KinerjaError ${want.error}`).toBe(true);
          expect((thrown as { code: string }).code).toBe(want.error);
          return;
        }
        const got = run(file, c);
        const predicate = got.predicate as { code: string } | null | undefined;
        if (want.value !== undefined) expect(got.value).toBe(want.value);
        if (want.exact !== undefined) expect(got.exact).toBe(want.exact);
        if (want.exactFraction !== undefined) expect(got.exactFraction).toBe(want.exactFraction);
        if (want.predicate !== undefined) expect(predicate ? predicate.code : null).toBe(want.predicate);
        if (want.confirmed !== undefined) expect(got.confirmed).toBe(want.confirmed);
        if (want.gap !== undefined) {
          const gap = got.gap as { next: { code: string }; points: string } | null;
          expect(gap ? { next: gap.next.code, points: gap.points } : null).toEqual(want.gap);
        }
        if (want.weighted) {
          const rows = got.breakdown as ReadonlyArray<{ code: string; weighted: string; rounded?: string }>;
          for (const [code, points] of Object.entries(want.weighted)) {
            const row = rows.find((r) => r.code === code);
            expect(row, `breakdown has ${code}`).toBeDefined();
            expect(row?.rounded ?? row?.weighted).toBe(points);
          }
        }
      });
  });
}
