/**
 * Issue #11, "silently accepted": each of these used to give a value without a word; each is now an error, or
 * (for the numerals) a documented decision that score and schema share.
 */
import { describe, expect, it } from "vitest";
import { aggregate, classify, KinerjaError, resolveRubric, score } from "../../src/index.js";
import { answersSchemaFor } from "../../src/schema/index.js";
import { aggregateProducts, compareYears, rank } from "../../src/schemes/ombudsman/index.js";
import { aggregateInstansi, pekppp2022v2 } from "../../src/schemes/pekppp/index.js";
import { skm2017v2, skmFromNrr } from "../../src/schemes/skm/index.js";
import { codePath, errorOf, pekpppAll, skmAll } from "./helpers.js";

describe("a unit named twice is refused, naming both places", () => {
  it("aggregate", () => {
    const e = errorOf(() =>
      aggregate("ombudsman@2024.2", [
        { unit: "Dinkes", value: "80" },
        { unit: "Dinkes", value: "90" },
      ]),
    );
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["units", 1, "unit"]]);
    expect(e.message).toMatch(/units\[1\]\.unit "Dinkes" is also units\[0\]\.unit/);
  });

  it("aggregateInstansi", () => {
    const e = errorOf(() =>
      aggregateInstansi(pekppp2022v2, [
        { unit: "A", value: "4" },
        { unit: "A", value: "3" },
      ]),
    );
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["units", 1, "unit"]]);
    expect(e.message).toMatch(/units\[0\]/);
  });

  it("aggregateProducts", () => {
    const units = [
      { unit: "Dinkes", products: ["80"] },
      { unit: "Dinkes", products: ["90"] },
    ];
    expect(codePath(() => aggregateProducts("ombudsman@2021.2", units))).toEqual([
      "INVALID_INPUT",
      ["units", 1, "unit"],
    ]);
  });

  it("rank (an instansi per province: the same name in two provinces is two instansi)", () => {
    const e = errorOf(() =>
      rank([
        { name: "Kota A", value: "80" },
        { name: "Kota A", value: "90" },
      ]),
    );
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["entries", 1, "name"]]);
    expect(e.message).toMatch(/entries\[0\]/);
    expect(
      rank([
        { name: "Kabupaten Barat", value: "80", province: "P1" },
        { name: "Kabupaten Barat", value: "90", province: "P2" },
      ]).length,
    ).toBe(2);
  });
});

describe("answers inherited through the prototype chain are never answers, on either path", () => {
  const own = pekpppAll(5);

  it("every answer inherited: MISSING_ANSWER (the fast path used to read them and give 5.00)", () => {
    expect(codePath(() => score("pekppp@2022.2", { answers: Object.create(own) }))[0]).toBe("MISSING_ANSWER");
  });

  it("some own, the rest inherited: the inherited ones are missing", () => {
    const answers = Object.create({ "1.a.Ak": 5 });
    for (const [k, v] of Object.entries(own)) if (k !== "1.a.Ak") answers[k] = v;
    expect(codePath(() => score("pekppp@2022.2", { answers }))).toEqual(["MISSING_ANSWER", ["answers", "1.a.Ak"]]);
  });

  it("an inherited input field is not read either", () => {
    expect(codePath(() => score("pekppp@2022.2", Object.create({ answers: own })))).toEqual([
      "INVALID_INPUT",
      ["answers"],
    ]);
  });
});

describe('"4.0", "04", "-0": plain decimals, read by score and the schema alike', () => {
  const schema = answersSchemaFor(skm2017v2);

  it.each([
    ["4.0", "100.00"],
    ["04", "100.00"],
    ["4.000", "100.00"],
    ["004.0", "100.00"],
  ])("%s is the number it writes (score %s), and the schema accepts it", (text, value) => {
    expect(score(skm2017v2, { answers: skmAll(text) }).value).toBe(value);
    expect(schema.safeParse({ answers: skmAll(text) }).success).toBe(true);
  });

  it('"-0" is 0: out of the 1–4 scale for both, and a plain 0 where 0 is allowed', () => {
    expect(codePath(() => score(skm2017v2, { answers: skmAll("-0") }))[0]).toBe("ANSWER_OUT_OF_SCALE");
    expect(schema.safeParse({ answers: skmAll("-0") }).success).toBe(false);
    expect(score("pekppp@2022.2", { answers: pekpppAll("-0") }).value).toBe("0.00");
  });

  it("what is not a plain decimal is refused by both: 4,5  ' 4 '  ٤  0x10  1e400  +4  4.", () => {
    for (const text of ["4,5", " 4 ", "٤", "0x10", "1e400", "+4", "4.", ".5"]) {
      expect(codePath(() => score(skm2017v2, { answers: skmAll(text) }))[0]).toMatch(
        /INVALID_INPUT|ANSWER_OUT_OF_SCALE/,
      );
      expect(schema.safeParse({ answers: skmAll(text) }).success).toBe(false);
    }
  });
});

describe("other values once taken as they came", () => {
  it("printedWeight: null is refused (it fell back to the templates' 0.111)", () => {
    expect(codePath(() => skmFromNrr(skmAll("3"), { weightMode: "printed", printedWeight: null as never }))).toEqual([
      "INVALID_INPUT",
      ["options", "printedWeight"],
    ]);
    expect(skmFromNrr(skmAll("3"), { weightMode: "printed" }).weightMode).toBe("printed");
  });

  it("assessmentYear: 1e300 (or 2024.5, or 1900) is no year", () => {
    for (const assessmentYear of [1e300, 2024.5, 1900, 2101, Number.NaN])
      expect(codePath(() => resolveRubric("pekppp", { assessmentYear }))).toEqual([
        "INVALID_INPUT",
        ["assessmentYear"],
      ]);
    expect(
      codePath(() => compareYears({ assessmentYear: 1e300, value: "80" }, { assessmentYear: 2024, value: "90" })),
    ).toEqual(["INVALID_INPUT", ["from", "assessmentYear"]]);
  });

  it("a million-digit decimal is not echoed back: every message stays short", () => {
    const huge = `1.${"7".repeat(1_000_000)}`;
    const calls = [
      () => classify("skm@2017.2", huge),
      () => score(skm2017v2, { answers: { ...skmAll("3"), U1: huge } }),
      () => aggregate("ombudsman@2024.2", [huge]),
      () => rank([{ name: huge, value: "80" }]),
      () => skmFromNrr({ ...skmAll("3"), [huge]: "3" }),
    ];
    for (const call of calls) {
      const e = errorOf(call);
      expect(e).toBeInstanceOf(KinerjaError);
      expect(e.message.length).toBeLessThan(400);
    }
  });
});
