/**
 * The hot path of score (src/engine/fastCall.ts) reads the common input, `{ answers }` with every indicator
 * answered, in one pass and hands anything unusual to the careful path. Whatever a hostile answers object does,
 * score gives what the exact path gives (the same result, or the same error), reads each answer by its own
 * code, and never returns a result that shares anything with another.
 */
import { describe, expect, it } from "vitest";
import { withLimits } from "../../src/core/limits.js";
import { hotPlanOf, scoreHot } from "../../src/engine/fastCall.js";
import { scoreExact } from "../../src/engine/scoreRubric.js";
import { isRemembered, scaledOfStored } from "../../src/engine/storedExact.js";
import { aggregate, isKinerjaError, listIndicators, score } from "../../src/index.js";
import { pekppp2022v2 } from "../../src/schemes/pekppp/index.js";
import { codePath, pekpppAll } from "./helpers.js";

const codes = listIndicators(pekppp2022v2).map((i) => i.code);
const first = codes[0] as string;
const last = codes[codes.length - 1] as string;
/** Answers 0–5 by position, in official order. */
const plain = (): Record<string, number> => Object.fromEntries(codes.map((c, i) => [c, (i * 7) % 6]));

/** The result, or the error's code, path and message. */
function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (!isKinerjaError(e)) throw e;
    return { code: e.code, path: e.path, message: e.message };
  }
}

/** score and the exact path give the same outcome for fresh inputs made by `make`. */
function same(make: () => unknown): unknown {
  const got = outcome(() => score(pekppp2022v2, make() as never));
  expect(got).toEqual(outcome(() => scoreExact(pekppp2022v2, make())));
  return got;
}

describe("the hot path is taken by the plain call, and gives the exact path's result", () => {
  it("numbers and digit texts, in any key order, every detail", () => {
    const plan = hotPlanOf(pekppp2022v2);
    expect(plan).not.toBeNull();
    if (plan === null) return;
    const reversed = Object.fromEntries(Object.entries(plain()).reverse());
    const texts = Object.fromEntries(Object.entries(plain()).map(([k, v]) => [k, String(v)]));
    for (const answers of [plain(), reversed, texts])
      for (const detail of ["compact", "full", "none"] as const) {
        const hot = scoreHot(plan, { answers }, detail);
        expect(hot).not.toBeNull();
        expect(hot).toEqual(scoreExact(pekppp2022v2, { answers }, { detail }));
      }
  });
});

describe("Proxies and getters as answers", () => {
  it("a Proxy that forwards to plain answers gives the plain result", () => {
    expect(same(() => ({ answers: new Proxy(plain(), {}) }))).toEqual(score(pekppp2022v2, { answers: plain() }));
  });

  it("a Proxy listing its keys in another order on every call: each answer is still read by its own code", () => {
    const make = () => {
      let calls = 0;
      return {
        answers: new Proxy(plain(), {
          ownKeys: (t) => (calls++ % 2 === 0 ? Reflect.ownKeys(t) : Reflect.ownKeys(t).reverse()),
        }),
      };
    };
    expect(same(make)).toEqual(score(pekppp2022v2, { answers: plain() }));
  });

  it("a Proxy whose traps throw: INVALID_INPUT at answers, or at the answer whose read threw", () => {
    const boom = () => {
      throw new Error("hostile");
    };
    expect(codePath(() => score(pekppp2022v2, { answers: new Proxy(plain(), { ownKeys: boom }) }))).toEqual([
      "INVALID_INPUT",
      ["answers"],
    ]);
    const get = (t: Record<string, number>, k: string | symbol) => (k === last ? boom() : t[k as string]);
    expect(codePath(() => score(pekppp2022v2, { answers: new Proxy(plain(), { get }) }))).toEqual([
      "INVALID_INPUT",
      ["answers", last],
    ]);
    same(() => ({ answers: new Proxy(plain(), { get }) }));
  });

  it("a getter that throws: INVALID_INPUT at its code; one that gives a plain answer is read like one", () => {
    const withGetter = (get: () => unknown) =>
      Object.defineProperty(plain(), first, { get, enumerable: true, configurable: true });
    expect(
      codePath(() =>
        score(pekppp2022v2, {
          answers: withGetter(() => {
            throw new Error("hostile");
          }),
        } as never),
      ),
    ).toEqual(["INVALID_INPUT", ["answers", first]]);
    expect(same(() => ({ answers: withGetter(() => 4) }))).toEqual(
      score(pekppp2022v2, { answers: { ...plain(), [first]: 4 } }),
    );
  });

  it("a getter that scores again from inside: both calls get their own result", () => {
    let inner: unknown = null;
    const answers = Object.defineProperty(plain(), first, {
      get: () => {
        inner = score(pekppp2022v2, { answers: pekpppAll(1) }, { detail: "compact" });
        return 5;
      },
      enumerable: true,
    });
    const outer = score(pekppp2022v2, { answers } as never);
    expect(outer).toEqual(scoreExact(pekppp2022v2, { answers: { ...plain(), [first]: 5 } }));
    expect(inner).toEqual(scoreExact(pekppp2022v2, { answers: pekpppAll(1) }));
  });

  it("a getter that removes a later answer, or adds one: what the exact path says", () => {
    const removing = () => {
      const answers: Record<string, unknown> = plain();
      Object.defineProperty(answers, first, {
        get: () => {
          delete answers[last];
          return 3;
        },
        enumerable: true,
        configurable: true,
      });
      return { answers };
    };
    same(removing);
    const adding = () => {
      const answers: Record<string, unknown> = plain();
      Object.defineProperty(answers, first, {
        get: () => {
          answers.extra = 3;
          return 3;
        },
        enumerable: true,
        configurable: true,
      });
      return { answers };
    };
    same(adding);
  });
});

describe("everything else unusual: the exact path's outcome", () => {
  it.each([
    ["an inherited answer", () => ({ answers: Object.assign(Object.create({ [last]: 3 }), omit(plain(), last)) })],
    ["a non-enumerable answer", () => ({ answers: Object.defineProperty(omit(plain(), last), last, { value: 3 }) })],
    ["an answer undefined", () => ({ answers: { ...plain(), [last]: undefined } })],
    ["an extra answer", () => ({ answers: { ...plain(), extra: 3 } })],
    ["a group answered", () => ({ answers: { ...omit(plain(), last), kebijakan: 3 } })],
    ["an extra input field", () => ({ answers: plain(), extra: 1 })],
    ["an inherited input field", () => Object.create({ answers: plain() })],
    ["answers an array", () => ({ answers: Object.values(plain()) })],
    ["answers a Proxy of an array", () => ({ answers: new Proxy([], {}) })],
    ["a null-prototype answers object", () => ({ answers: Object.assign(Object.create(null), plain()) })],
    ["a null-prototype input", () => Object.assign(Object.create(null), { answers: plain() })],
    ["an answer 6", () => ({ answers: { ...plain(), [first]: 6 } })],
    ["an answer 2.5", () => ({ answers: { ...plain(), [first]: 2.5 } })],
    ['an answer "4.0"', () => ({ answers: { ...plain(), [first]: "4.0" } })],
    ['an answer "٤"', () => ({ answers: { ...plain(), [first]: "٤" } })],
    ["an answer -0", () => ({ answers: { ...plain(), [first]: -0 } })],
    ["an answer NaN", () => ({ answers: { ...plain(), [first]: Number.NaN } })],
    ["an answer that is an object", () => ({ answers: { ...plain(), [first]: { value: 3 } } })],
  ])("%s", (_what, make) => {
    same(make);
  });

  it("lowered limits still apply (text and answers)", () => {
    const input = () => ({ answers: plain() });
    expect(withLimits({ text: 3 }, () => codePath(() => score(pekppp2022v2, input())))).toEqual(
      withLimits({ text: 3 }, () => codePath(() => scoreExact(pekppp2022v2, input()))),
    );
    expect(withLimits({ text: 3 }, () => codePath(() => score(pekppp2022v2, input())))[0]).toBe("LIMIT_EXCEEDED");
    expect(withLimits({ answers: 10 }, () => codePath(() => score(pekppp2022v2, input())))[0]).toBe("LIMIT_EXCEEDED");
  });
});

describe("results of the hot path", () => {
  it("leave the input unchanged, share none of its objects; breakdown entries are frozen values", () => {
    const answers = plain();
    const before = JSON.stringify(answers);
    const a = score(pekppp2022v2, { answers });
    const b = score(pekppp2022v2, { answers });
    expect(JSON.stringify(answers)).toBe(before);
    expect(a).toEqual(b);
    expect(a.breakdown).not.toBe(b.breakdown);
    expect(a.gap).not.toBe(b.gap);
    // An entry is a value (it may be shared between results, as rubric objects are): changing one is refused
    // (strict-mode code gets a TypeError from the language), so no other result can see a change.
    expect(a.breakdown.every((e) => Object.isFrozen(e))).toBe(true);
    expect(() => {
      (a.breakdown[1] as { raw: string }).raw = "changed";
    }).toThrow(TypeError);
    expect(b.breakdown[1]?.raw).not.toBe("changed");
    expect(score(pekppp2022v2, { answers }).breakdown[1]?.raw).not.toBe("changed");
    // Copying an entry gives an ordinary object to annotate.
    const note = { ...a.breakdown[1], note: "checked" };
    expect(note.raw).toBe(a.breakdown[1]?.raw);
  });

  it("the careful path freezes its entries too: the result's form does not depend on the path taken", () => {
    const answers = plain();
    const careful = scoreExact(pekppp2022v2, { answers });
    expect(careful.breakdown.length).toBeGreaterThan(0);
    expect(careful.breakdown.every((e) => Object.isFrozen(e))).toBe(true);
    const full = score(pekppp2022v2, { answers }, { detail: "full" });
    expect(full.breakdown.every((e) => Object.isFrozen(e) && e.source !== undefined)).toBe(true);
  });

  it("are remembered like every score result (aggregate trusts them, a copy is checked); lean ones are not", () => {
    const a = score(pekppp2022v2, { answers: plain() });
    const lean = score(pekppp2022v2, { answers: pekpppAll(4) }, { detail: "none" });
    expect(isRemembered(a)).toBe(true);
    // A lean result skips the memo (its cost was a fifth of the call): aggregate reads its texts, same value.
    expect(isRemembered(lean)).toBe(false);
    expect(scaledOfStored(a)?.e).toBe(4);
    expect(isRemembered({ ...a })).toBe(false);
    expect(aggregate(pekppp2022v2, [a, lean]).exact).toBe(aggregate(pekppp2022v2, [{ ...a }, { ...lean }]).exact);
    // Neither a Proxy around a result nor an object handed a result's memo is trusted.
    expect(isRemembered(new Proxy(a, {}))).toBe(false);
    const memo = Object.getOwnPropertySymbols(a).map((k) => Object.getOwnPropertyDescriptor(a, k)?.value);
    const forged = { ...a };
    for (const [i, k] of Object.getOwnPropertySymbols(a).entries())
      Object.defineProperty(forged, k, { value: memo[i] });
    expect(isRemembered(forged)).toBe(false);
    // The memo is invisible to JSON, spreads and equality.
    expect(Object.keys(a)).not.toContain("exactMemo");
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it("answers in another key order, inherited, or with an extra key: the same outcome as the careful path", () => {
    const answers = plain();
    const reversed = Object.fromEntries(Object.entries(answers).reverse());
    expect(score(pekppp2022v2, { answers: reversed })).toEqual(score(pekppp2022v2, { answers }));
    const codes = Object.keys(answers);
    const last = codes[codes.length - 1] as string;
    // The last answer inherited: for-in lists it last, in order, but it is not the object's own.
    const inherited = Object.assign(Object.create({ [last]: answers[last] }), omit(answers, last));
    expect(() => score(pekppp2022v2, { answers: inherited })).toThrow(
      expect.objectContaining({ code: "MISSING_ANSWER" }),
    );
    const extra = { ...answers, "99.z.X": 1 };
    expect(() => score(pekppp2022v2, { answers: extra } as never)).toThrow(
      expect.objectContaining({ code: "UNKNOWN_INDICATOR" }),
    );
  });
});

function omit(record: Record<string, number>, key: string): Record<string, number> {
  const { [key]: _gone, ...rest } = record;
  return rest;
}
