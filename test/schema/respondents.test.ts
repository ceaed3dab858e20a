/**
 * SKM respondent rows in kinerja/schema: the questionnaire's own answer codes (a–d, the printed words) as well
 * as 1–4, every problem at once with the path and code skmFromRespondents gives, and output that goes straight
 * into skmFromRespondents.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defineRubric, isKinerjaError } from "../../src/index.js";
import { respondentsSchemaFor, validateRespondents } from "../../src/schema/index.js";
import { skm2017, skm2017v2, skmAnswerValue, skmFromRespondents } from "../../src/schemes/skm/index.js";
import { errorOf } from "../helpers.js";

const U = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"] as const;
const row = <T>(v: T): T[] => U.map(() => v);

describe("answers as the questionnaire prints them", () => {
  it("reads scores, letters (any case), the printed words (any case and spacing) and the full label", () => {
    const rows = [
      [4, 3, "2", 1, "4.0", 3, 3, 3, 3],
      ["d", "C", "b.", "a", "D", "c", "c", "c", "c"],
      [
        "Sangat sesuai",
        "  mudah ",
        "Kurang  cepat",
        "SANGAT MAHAL",
        "d. Sangat sesuai",
        "Kompeten",
        "Sopan dan ramah",
        "Sangat Baik",
        "Tidak ada",
      ],
    ];
    const r = validateRespondents(skm2017v2, rows);
    expect(r.issues).toEqual([]);
    expect(r.data).toEqual([
      { U1: 4, U2: 3, U3: 2, U4: 1, U5: 4, U6: 3, U7: 3, U8: 3, U9: 3 },
      { U1: 4, U2: 3, U3: 2, U4: 1, U5: 4, U6: 3, U7: 3, U8: 3, U9: 3 },
      { U1: 4, U2: 3, U3: 2, U4: 1, U5: 4, U6: 3, U7: 3, U8: 4, U9: 1 },
    ]);
  });

  it("its output scores exactly as the same rows given as numbers", () => {
    const coded = [row("d"), row("c"), row("c")];
    const parsed = respondentsSchemaFor(skm2017v2).parse(coded);
    // hand: (4 + 3 + 3) / 3 = 10/3 per element; × 25 = 83.333… → 83.33
    expect(skmFromRespondents(parsed, { rubric: skm2017v2 }).value).toBe("83.33");
    expect(skmFromRespondents(parsed, { rubric: skm2017v2 })).toEqual(
      skmFromRespondents([row(4), row(3), row(3)], { rubric: skm2017v2 }),
    );
  });

  it("objects keyed by element work the same, in any key order", () => {
    const r = validateRespondents(skm2017, [
      { U9: "a", U1: 4, U2: 4, U3: 4, U4: "Gratis", U5: 4, U6: 4, U7: 4, U8: "d" },
    ]);
    expect(r.data?.[0]).toEqual({ U1: 4, U2: 4, U3: 4, U4: 4, U5: 4, U6: 4, U7: 4, U8: 4, U9: 1 });
  });
});

describe("every problem at once, where skmFromRespondents would stop at the first", () => {
  const bad = [
    row(3),
    [3, 3, 3, 3, 3, 3, 3, 3], // U9 missing
    [0, 5, "3,5", "x", "e", 3.5, null, "", 3], // off the scale, an unknown code, missing
    { U1: 3, U10: 4 }, // an unknown element, and U2…U9 missing
    "3333",
    [1, 2, 3, 4, 1, 2, 3, 4, 1, 2], // too many answers
  ];

  it("lists each with its path [row, element], code and message key", () => {
    const r = validateRespondents(skm2017v2, bad);
    expect(r.success).toBe(false);
    const seen = r.issues.map((i) => `${i.path.join(".")} ${i.code} ${i.key}`);
    expect(seen).toEqual([
      "1.U9 MISSING_ANSWER answerMissing",
      "2.U1 ANSWER_OUT_OF_SCALE notAnOption",
      "2.U2 ANSWER_OUT_OF_SCALE notAnOption",
      "2.U3 ANSWER_OUT_OF_SCALE notAnOption",
      "2.U4 ANSWER_OUT_OF_SCALE notAnOption",
      "2.U5 ANSWER_OUT_OF_SCALE notAnOption",
      "2.U6 ANSWER_OUT_OF_SCALE notAnOption",
      "2.U7 MISSING_ANSWER answerMissing",
      "2.U8 MISSING_ANSWER answerMissing",
      "3.U10 UNKNOWN_INDICATOR notAnElement",
      ...U.slice(1).map((u) => `3.${u} MISSING_ANSWER answerMissing`),
      "4 INVALID_INPUT rowNotRow",
      "5 INVALID_INPUT rowTooLong",
    ]);
    const comma = r.issues.find((i) => i.path.join(".") === "2.U3");
    expect(comma?.message.id).toBe(
      '[2].U3: responden 3: "3,5" bukan bilangan bulat dari 1 sampai 4, atau pilihan a–d seperti tercetak (a. Tidak cepat, b. Kurang cepat, c. Cepat, d. Sangat cepat) (gunakan titik sebagai pemisah desimal, bukan koma)',
    );
    expect(comma?.message.en).toBe(
      '[2].U3: respondent 3: "3,5" is not a whole number from 1 to 4, or the option a–d as printed (a. Tidak cepat, b. Kurang cepat, c. Cepat, d. Sangat cepat) (use a decimal point, not a comma)',
    );
    expect(r.issues.find((i) => i.key === "rowTooLong")?.message.id).toBe(
      "[5]: responden 6 memberi 10 jawaban; skm@2017.2 memiliki 9 unsur (U1, U2, U3, U4, U5, U6, U7, U8, U9)",
    );
  });

  it("the first issue is the error skmFromRespondents throws (same path and code), row by row", () => {
    for (let k = 1; k < bad.length; k++) {
      const rows = [bad[0], bad[k]];
      const first = validateRespondents(skm2017v2, rows).issues[0];
      const e = errorOf(() => skmFromRespondents(rows as never, { rubric: skm2017v2 }));
      expect([first?.code, ["rows", ...(first?.path ?? [])]], `row ${k}`).toEqual([e.code, e.path]);
    }
  });

  it("rows that are not a list, or no rows, are one issue at the root", () => {
    expect(validateRespondents(skm2017v2, "x").issues.map((i) => [i.path, i.key])).toEqual([[[], "rowsNotList"]]);
    expect(validateRespondents(skm2017v2, []).issues[0]?.message).toEqual({
      id: "(masukan): perlu paling sedikit satu responden",
      en: "(root): at least one respondent is needed",
    });
  });

  it('incomplete: "report" allows unanswered elements, but every element needs one answer', () => {
    const partial = [
      [4, 4, 4, 4, 4, 4, 4, 4, null],
      [3, 3, 3, 3, 3, 3, 3, 3, ""],
    ];
    const r = validateRespondents(skm2017v2, partial, { incomplete: "report" });
    expect(r.issues.map((i) => [i.path, i.code, i.message.en])).toEqual([
      [[0, "U9"], "MISSING_ANSWER", "[0].U9: no respondent answered U9: its average (NRR) cannot be computed"],
    ]);
    const ok = validateRespondents(skm2017v2, [...partial, row("c")], { incomplete: "report" });
    expect(ok.data?.[0]?.U9).toBeNull();
    if (ok.success)
      expect(skmFromRespondents(ok.data, { rubric: skm2017v2, incomplete: "report" })).toEqual(
        skmFromRespondents([...partial, row(3)], { rubric: skm2017v2, incomplete: "report" }),
      );
  });

  it("a rubric without a whole-number answer scale cannot check rows (as skmFromRespondents refuses)", () => {
    const { jawaban: _dropped, ...scales } = skm2017.scales;
    const noAnswers = defineRubric({
      ...skm2017,
      id: "skm@2017.1-no-jawaban",
      version: "2017.1-no-jawaban",
      status: "derived",
      scales,
    });
    expect(errorOf(() => respondentsSchemaFor(noAnswers)).code).toBe("INVALID_INPUT");
    expect(errorOf(() => respondentsSchemaFor(skm2017, { incomplete: "drop" as never })).path).toEqual([
      "options",
      "incomplete",
    ]);
  });
});

describe("property: the schema accepts exactly the rows skmFromRespondents accepts (codes read the same way)", () => {
  const answer = fc.oneof(
    fc.constantFrom(1, 2, 3, 4, "1", "4", "4.0", "a", "D", "c.", "Sangat sesuai", "gratis", "Sangat Baik"),
    fc.constantFrom(0, 5, 3.5, -1, "x", "e", "3,5", " 3", Number.NaN, null, "", undefined, true, {}),
  );
  const rowArb = fc.oneof(
    fc.array(answer, { minLength: 0, maxLength: 10 }),
    fc.record(Object.fromEntries(U.map((u) => [u, answer])), { requiredKeys: [] }),
  );
  it("on random sheets, in both modes", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 0, maxLength: 4 }),
        fc.constantFrom("error", "report"),
        (rows, mode) => {
          const incomplete = mode as "error" | "report";
          const r = validateRespondents(skm2017v2, rows, { incomplete });
          // skmFromRespondents today reads numbers; the codes go through the same skmAnswerValue first.
          const mapped = rows.map((x) =>
            Array.isArray(x)
              ? x.map((v, i) => skmAnswerValue(skm2017v2, U[i] as string, v))
              : Object.fromEntries(Object.entries(x).map(([k, v]) => [k, skmAnswerValue(skm2017v2, k, v)])),
          );
          let thrown: unknown = null;
          let value: string | null = null;
          try {
            value = skmFromRespondents(mapped as never, { rubric: skm2017v2, incomplete }).value;
          } catch (e) {
            if (!isKinerjaError(e)) throw e;
            thrown = e;
          }
          expect(r.success).toBe(thrown === null);
          if (r.success) expect(skmFromRespondents(r.data, { rubric: skm2017v2, incomplete }).value).toBe(value);
          else expect(r.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });
});
