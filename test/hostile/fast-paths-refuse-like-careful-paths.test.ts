/**
 * The fast paths refuse what the careful paths refuse: the result memo can be neither changed nor forged, the one-pass
 * read of answers refuses what the careful path refuses, and only digits "0"–"9" are read as one-digit answers.
 */
import { describe, expect, it } from "vitest";
import { SKM_RESPONDENT_ANSWERS } from "../../src/data/skm/helpers.js";
import { scoreExact } from "../../src/engine/scoreRubric.js";
import { isRemembered } from "../../src/engine/storedExact.js";
import { aggregate, deriveRubric, isKinerjaError, listIndicators, score, verifyResult } from "../../src/index.js";
import { pekppp2022v2 } from "../../src/schemes/pekppp/index.js";
import { skm2017, skmFromRespondents } from "../../src/schemes/skm/index.js";
import { leaf, testSource, tinyRubric } from "../support/tinyRubric.js";

const codes = listIndicators(pekppp2022v2).map((i) => i.code);
const first = codes[0] as string;
const last = codes[codes.length - 1] as string;
const before = codes[codes.length - 2] as string;
const plain = (): Record<string, number> => Object.fromEntries(codes.map((c, i) => [c, (i * 7) % 6]));
const outcome = (f: () => unknown): unknown => {
  try {
    return f();
  } catch (e) {
    if (!isKinerjaError(e)) throw e;
    return { code: e.code, path: e.path };
  }
};
/** Runs the caller's own tampering; an error it throws (a frozen memo, a guarded constructor) is the caller's. */
const attempt = (f: () => void): void => {
  try {
    f();
  } catch {
    /* the tampering was refused: fine */
  }
};

describe("1. storedExact: the memo can be neither reached, changed nor forged", () => {
  // It was a non-enumerable property under a symbol: Object.getOwnPropertySymbols reached it, and through it its
  // constructor. It is now a private field stamped on the result: no reflection reaches it.
  it("no reflection reaches it: no symbol, no extra own key, nothing a spread or a Proxy carries", () => {
    const r = score(pekppp2022v2, { answers: plain() });
    expect(Object.getOwnPropertySymbols(r)).toEqual([]);
    expect(Reflect.ownKeys(r)).toEqual(Object.keys(r));
    expect(isRemembered(r)).toBe(true);
    expect(isRemembered({ ...r })).toBe(false);
    expect(isRemembered(Object.assign({}, r))).toBe(false);
    expect(isRemembered(Object.create(r))).toBe(false);
    expect(isRemembered(new Proxy(r, {}))).toBe(false);
  });

  it("changing a result's exact texts drops the trust: aggregate reads the texts (and refuses a mismatch)", () => {
    const r = score(pekppp2022v2, { answers: plain() });
    expect(r.exact).toBe("2.7304");
    const want = aggregate(pekppp2022v2, [{ ...r }]).exact;
    expect(aggregate(pekppp2022v2, [r]).exact).toBe(want);
    (r as { exact: string }).exact = "4.9999";
    expect(isRemembered(r)).toBe(false);
    expect(outcome(() => aggregate(pekppp2022v2, [r]).exact)).toMatchObject({ code: "INVALID_INPUT" });
  });

  it("a getter put on a remembered result's exact: a KinerjaError, never a raw TypeError", () => {
    const r = score(pekppp2022v2, { answers: plain() });
    attempt(() =>
      Object.defineProperty(r, "exact", {
        get() {
          throw new TypeError("raw");
        },
      }),
    );
    expect(() => outcome(() => aggregate(pekppp2022v2, [r]))).not.toThrow();
  });
});

describe("2. fastCall for-in pass: accepts what the careful path refuses", () => {
  const same = (make: () => unknown) =>
    expect(outcome(() => score(pekppp2022v2, make() as never))).toEqual(
      outcome(() => scoreExact(pekppp2022v2, make())),
    );

  it("a getter deleting an extra (unknown) key before for-in reaches it: a result instead of UNKNOWN_INDICATOR", () => {
    same(() => {
      const answers: Record<string, unknown> = plain();
      answers.extra = 3;
      Object.defineProperty(answers, first, {
        get: () => {
          delete answers.extra;
          return 0;
        },
        enumerable: true,
        configurable: true,
      });
      return { answers };
    });
  });

  it("a Proxy whose two last answers are inherited, getOwnPropertyDescriptor calling only the last own", () => {
    same(() => {
      const values = plain();
      const target = Object.create({ [before]: values[before], [last]: values[last] });
      for (const c of codes.slice(0, -2)) target[c] = values[c];
      return {
        answers: new Proxy(target, {
          getOwnPropertyDescriptor: (t, k) =>
            k === last
              ? { value: values[last], enumerable: true, writable: true, configurable: true }
              : Reflect.getOwnPropertyDescriptor(t, k),
        }),
      };
    });
  });
});

describe("4. addCommonRows (pre-existing, also in dbdf721): any one-character text is read as charCode − 48", () => {
  it('with a 1–20 answer scale, "A" is read as 17 and ":" as 10 in array rows', () => {
    const wide = deriveRubric(
      skm2017,
      { scales: { jawaban: { kind: "integer", min: 1, max: 20, source: SKM_RESPONDENT_ANSWERS.source } } },
      { id: "skm@2017.1-wide" },
    );
    const ones = () => Array.from({ length: 9 }, () => 1 as unknown);
    const rows = (v: unknown) => [[v, 1, 1, 1, 1, 1, 1, 1, 1], ...Array.from({ length: 9 }, ones)];
    const asObjects = (v: unknown) => rows(v).map((row) => Object.fromEntries(row.map((x, i) => [`U${i + 1}`, x])));
    for (const v of ["A", ":"])
      expect(outcome(() => skmFromRespondents(rows(v) as never, { rubric: wide }).exact)).toEqual(
        outcome(() => skmFromRespondents(asObjects(v) as never, { rubric: wide }).exact),
      );
  });
});

describe("a result of this process with a getter added since", () => {
  it("aggregate names the unit (INVALID_INPUT), never a raw error", () => {
    // The fields aggregate reads (value and the others are not read from a result of this process).
    for (const field of ["exact", "exactFraction", "rubric", "confirmed"]) {
      const r = score(pekppp2022v2, { answers: plain() });
      Object.defineProperty(r, field, {
        get() {
          throw new TypeError("raw");
        },
        enumerable: true,
      });
      expect(outcome(() => aggregate(pekppp2022v2, [r]))).toMatchObject({ code: "INVALID_INPUT" });
    }
  });
});

describe("-0 in a rubric (found by the 10 000-run fuzz)", () => {
  it("deriveRubric of a rubric whose rounding places are -0 gives 0, as JSON would", () => {
    const plainRubric = tinyRubric([leaf("a", "100", "index04")]);
    const base = {
      ...plainRubric,
      result: { ...plainRubric.result, rounding: { places: -0, mode: "halfUp", source: testSource } },
    };
    const derived = deriveRubric(base as never, {}, { id: "tiny@9" });
    expect(Object.is(derived.result.rounding?.places, 0)).toBe(true);
  });
});

describe("verifyResult of a stored result that holds itself (found by the 10 000-run fuzz)", () => {
  it("is refused at once, not walked until the stack gives out", () => {
    const units = ["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"];
    const stored = aggregate("ombudsman@2024.2", units) as unknown as Record<string, unknown> & { units: unknown[] };
    stored.units[4] = stored; // a cycle
    const v = verifyResult({ result: stored, input: { units } });
    expect(v.ok).toBe(false);
    // The copy refuses the cycle by name (before: a stack overflow after seconds, reported as "could not verify").
    expect(v.reason).toMatch(/contains itself/);
  });
});
