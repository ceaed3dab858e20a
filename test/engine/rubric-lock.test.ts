import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCK_FILE, rubricHash } from "../../scripts/rubric-hash.js";
import { SUPERSEDED } from "../../src/data/supersessions.js";
import { defineRubric, deriveRubric, getRubric, score } from "../../src/index.js";
import { BUILTIN_RUBRICS } from "../../src/registry/builtins.js";
import { codeOf, errorOf } from "../helpers.js";

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

  it("every superseded id is published and superseded by a published id of the same scheme and validity", () => {
    for (const s of SUPERSEDED) {
      const old = BUILTIN_RUBRICS.find((r) => r.id === s.id);
      const by = BUILTIN_RUBRICS.find((r) => r.id === s.by);
      expect(old && by, `${s.id} → ${s.by}`).toBeTruthy();
      expect(by?.scheme).toBe(old?.scheme);
      expect(by?.validFor).toEqual(old?.validFor);
    }
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

  it("for every scheme, each assessment year resolves to at most one rubric (superseded ids aside)", () => {
    const live = BUILTIN_RUBRICS.filter((r) => !SUPERSEDED.some((s) => s.id === r.id));
    for (const a of live)
      for (const b of live) {
        if (a === b || a.scheme !== b.scheme) continue;
        const aEnd = a.validFor.to ?? 9999;
        const bEnd = b.validFor.to ?? 9999;
        expect(a.validFor.from > bEnd || b.validFor.from > aEnd, `${a.id} and ${b.id} overlap`).toBe(true);
      }
  });
});

describe("built-in ids cannot be spoofed (issue #7, bug 4)", () => {
  it("every built-in passes defineRubric's full validation (built-ins are not re-validated at import)", () => {
    for (const r of BUILTIN_RUBRICS) expect(() => defineRubric(JSON.parse(JSON.stringify(r)))).not.toThrow();
  });
  it("refuses a copy of pekppp@2022.1 with changed weights under the same id", () => {
    const copy = JSON.parse(JSON.stringify(getRubric("pekppp@2022.1")));
    copy.nodes[0].weight = "25";
    copy.nodes[1].weight = "24";
    const e = errorOf(() => defineRubric(copy));
    expect(e.code).toBe("INVALID_RUBRIC");
    expect(e.rule).toBe("id.builtin");
  });
  it("accepts an identical copy (same content, same id)", () => {
    const copy = JSON.parse(JSON.stringify(getRubric("pekppp@2022.1")));
    expect(score(defineRubric(copy), { answers: { ...allFives(copy) } }).value).toBe("5.00");
  });
  it("refuses a derived rubric that claims a built-in id", () => {
    expect(codeOf(() => deriveRubric(getRubric("pekppp@2022.1"), {}, { id: "pekppp@2017.1" }))).toBe("INVALID_RUBRIC");
  });
});

function allFives(r: { nodes: ReadonlyArray<{ code: string; children?: ReadonlyArray<unknown> }> }) {
  const out: Record<string, number> = {};
  const walk = (nodes: ReadonlyArray<{ code: string; children?: ReadonlyArray<unknown> }>) => {
    for (const n of nodes) {
      if (n.children) walk(n.children as typeof nodes);
      else out[n.code] = 5;
    }
  };
  walk(r.nodes);
  return out;
}
