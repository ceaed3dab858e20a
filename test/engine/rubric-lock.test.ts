import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCK_FILE, rubricHash } from "../../scripts/rubric-hash.js";
import { BUILTIN_RUBRICS } from "../../src/registry/builtins.js";

const lock: Record<string, string> = JSON.parse(readFileSync(LOCK_FILE, "utf8"));

describe("published rubrics never change", () => {
  for (const rubric of BUILTIN_RUBRICS) {
    it(`${rubric.id} matches its locked content hash`, () => {
      expect(lock[rubric.id], `${rubric.id} is not locked yet: run \`npm run lock:rubrics\``).toBeDefined();
      expect(rubricHash(rubric), `${rubric.id} changed after publication: a correction is a new version id`).toBe(
        lock[rubric.id],
      );
    });
  }

  it("no published id was removed", () => {
    const shipped = new Set(BUILTIN_RUBRICS.map((r) => r.id));
    expect(Object.keys(lock).filter((id) => !shipped.has(id))).toEqual([]);
  });

  it("every built-in rubric is official, frozen and has a source on every figure", () => {
    for (const r of BUILTIN_RUBRICS) {
      expect(r.status).toBe("official");
      expect(Object.isFrozen(r)).toBe(true);
      const walk = (nodes: typeof r.nodes): void => {
        for (const n of nodes) {
          expect(n.source.regulation.length, `${r.id} ${n.code}`).toBeGreaterThan(0);
          if (n.children) walk(n.children);
        }
      };
      walk(r.nodes);
      for (const b of r.predicates ?? []) expect(typeof b.source.confirmed).toBe("boolean");
      expect(r.legalBasis.length).toBeGreaterThan(0);
    }
  });

  it("for every scheme, each assessment year resolves to at most one rubric", () => {
    for (const a of BUILTIN_RUBRICS)
      for (const b of BUILTIN_RUBRICS) {
        if (a === b || a.scheme !== b.scheme) continue;
        const aEnd = a.validFor.to ?? 9999;
        const bEnd = b.validFor.to ?? 9999;
        expect(a.validFor.from > bEnd || b.validFor.from > aEnd, `${a.id} and ${b.id} overlap`).toBe(true);
      }
  });
});
