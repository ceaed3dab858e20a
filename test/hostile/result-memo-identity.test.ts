/**
 * A result computed here is trusted by `aggregate` (no re-parsing, no copy) only while the fields that say what
 * it is are unchanged: relabelled to another rubric, or with `confirmed` edited, it is read and checked as any
 * stored result. Found by review of the private-field memo (core/stamp.ts); the relabelling gave a wrong value
 * without an error before.
 */
import { describe, expect, it } from "vitest";
import { createStamp } from "../../src/core/stamp.js";
import { isRemembered } from "../../src/engine/storedExact.js";
import { aggregate, deriveRubric, getRubric, isKinerjaError, listIndicators, score } from "../../src/index.js";

const A = getRubric("pekppp@2022.2");
// The same tree with other aspect weights (the derived rubric's own id and content hash).
const B = deriveRubric(A, { weights: { kebijakan: "34", sdm: "15" } }, { id: "pekppp-local@2025.1" });
const codes = listIndicators(A).map((i) => i.code);
const answers = Object.fromEntries(codes.map((c, i) => [c, i < 9 ? 5 : 0]));
const outcome = (f: () => { exact: string }) => {
  try {
    return f().exact;
  } catch (e) {
    if (!isKinerjaError(e)) throw e;
    return { code: e.code, path: e.path };
  }
};

describe("a remembered result whose identity was edited is checked like a copy", () => {
  it("relabelled to another rubric: RUBRIC_MISMATCH on its rubricHash, as its JSON copy gets", () => {
    const r = score(A, { answers }) as { rubric: string; exact: string };
    r.rubric = B.id;
    expect(isRemembered(r)).toBe(false);
    const want = { code: "RUBRIC_MISMATCH", path: ["units", 0, "rubricHash"] };
    expect(outcome(() => aggregate(B, [r as never]))).toEqual(want);
    expect(outcome(() => aggregate(B, [JSON.parse(JSON.stringify(r))]))).toEqual(want);
  });

  it('`confirmed` edited to "yes": INVALID_INPUT naming it, as its copy gets', () => {
    const r = score(A, { answers }) as { confirmed: unknown };
    r.confirmed = "yes";
    expect(isRemembered(r)).toBe(false);
    expect(outcome(() => aggregate(A, [r as never]))).toMatchObject({
      code: "INVALID_INPUT",
      path: ["units", 0, "confirmed"],
    });
  });

  it("unchanged, it stays trusted (and aggregates to what its copy gives)", () => {
    const r = score(A, { answers });
    expect(isRemembered(r)).toBe(true);
    expect(aggregate(A, [r]).exact).toBe(aggregate(A, [JSON.parse(JSON.stringify(r))]).exact);
  });
});

describe("core/stamp.ts", () => {
  it("a second put keeps the first value and never throws (functions, undefined values)", () => {
    const stamp = createStamp<unknown>();
    const f = () => 1;
    stamp.put(f, "first");
    expect(() => stamp.put(f, "second")).not.toThrow();
    expect(stamp.get(f)).toBe("first");
    const o = {};
    stamp.put(o, undefined);
    expect(() => stamp.put(o, 1)).not.toThrow();
    expect(stamp.get(o)).toBeUndefined();
  });

  it("two stamps never read each other's value; copies, Proxies and primitives carry none", () => {
    const one = createStamp<string>();
    const two = createStamp<string>();
    const o = { a: 1 };
    one.put(o, "one");
    expect(two.get(o)).toBeUndefined();
    expect(one.get({ ...o })).toBeUndefined();
    expect(one.get(new Proxy(o, {}))).toBeUndefined();
    expect(one.get(structuredClone(o))).toBeUndefined();
    for (const v of [null, undefined, 1, "x", Symbol("s")]) expect(one.get(v)).toBeUndefined();
    expect(Reflect.ownKeys(o)).toEqual(["a"]);
  });
});
