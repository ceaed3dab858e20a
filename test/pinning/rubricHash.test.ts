import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getRubric, listRubrics, score } from "../../src/index.js";
import { lockedHash, RUBRIC_LOCK, rubricHash } from "../../src/pinning/index.js";
import { demoDefinition } from "../fixtures/demo.js";

const lock: Record<string, string> = JSON.parse(
  readFileSync(new URL("../../rubrics.lock.json", import.meta.url), "utf8"),
);

describe("rubricHash and the lock shipped in the package", () => {
  it("the exported lock is rubrics.lock.json, and every built-in hashes to its entry", () => {
    expect({ ...RUBRIC_LOCK }).toEqual(lock);
    for (const { id } of listRubrics())
      if (lock[id] !== undefined) {
        expect(rubricHash(getRubric(id)), id).toBe(lock[id]);
        expect(lockedHash(id)).toBe(lock[id]);
      }
    expect(lockedHash("pekppp@2099.1")).toBeUndefined();
    expect(lockedHash("toString")).toBeUndefined();
  });

  it("is the hash results carry, depends on content only (not key order), and moves with any figure", () => {
    const answers = { a1: 5, a2: 4, b1: 3, b2: 2, c1: 1, c2: 0, d1: 5, d2: 5, e1: 4, e2: 4, f1: 3, f2: 3 };
    expect(score(demoDefinition, { answers }).rubricHash).toBe(rubricHash(demoDefinition));
    const reordered = Object.fromEntries(Object.entries(demoDefinition).reverse());
    expect(rubricHash(reordered)).toBe(rubricHash(demoDefinition));
    expect(rubricHash({ ...demoDefinition, weightTotal: "100.0" })).not.toBe(rubricHash(demoDefinition));
    expect(rubricHash(demoDefinition)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
