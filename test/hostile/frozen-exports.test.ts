/**
 * Every exported constant of every entry point is deeply frozen: a caller who changes F03_RULES, DIMENSIONS,
 * SCHEMES, NO_ASSESSMENT_YEARS, ASSUMED_BANDS_2025, a rubric or a band table cannot change what kinerja computes
 * for everyone else in the process. Functions are left out (they are code, not data), and so are kinerja/schema's
 * zod schemas (zod keeps its own caches inside them).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const entries = (
  JSON.parse(readFileSync("entries.json", "utf8")) as { entries: Array<{ name: string; source: string }> }
).entries;

/** Paths under `value` that are not frozen (objects and arrays, own properties, depth first). */
function unfrozen(value: unknown, path: string, seen = new Set<object>()): string[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  const out = Object.isFrozen(value) ? [] : [path];
  for (const key of Object.getOwnPropertyNames(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d && "value" in d) out.push(...unfrozen(d.value, `${path}.${key}`, seen));
  }
  return out;
}

const isZod = (v: unknown): boolean => typeof v === "object" && v !== null && "_zod" in v;

describe("every exported constant of every entry point is deeply frozen", () => {
  for (const entry of entries)
    it(`${entry.name} (${entry.source})`, async () => {
      const mod = (await import(`../../${entry.source}`)) as Record<string, unknown>;
      const constants = Object.entries(mod).filter(([, v]) => typeof v !== "function" && !isZod(v));
      const bad = constants.flatMap(([name, v]) => unfrozen(v, name));
      expect(bad).toEqual([]);
    });

  it("so changing one throws (strict mode) and changes nothing", async () => {
    const { F03_RULES } = await import("../../src/schemes/pekppp/index.js");
    const { DIMENSIONS, ASSUMED_BANDS_2025, NO_ASSESSMENT_YEARS } = await import(
      "../../src/schemes/ombudsman/index.js"
    );
    const { SCHEMES } = await import("../../src/index.js");
    expect(() => {
      (F03_RULES.localApp75_25 as { f02: string }).f02 = "1";
    }).toThrow(TypeError);
    expect(() => (DIMENSIONS as unknown as string[]).push("x")).toThrow(TypeError);
    expect(() => (SCHEMES as unknown as string[]).pop()).toThrow(TypeError);
    expect(() => {
      (ASSUMED_BANDS_2025[0] as { min: string }).min = "50";
    }).toThrow(TypeError);
    expect(() => (NO_ASSESSMENT_YEARS as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(F03_RULES.localApp75_25.f02).toBe("0.75");
  });
});
