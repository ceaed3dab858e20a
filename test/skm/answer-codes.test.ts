/**
 * The SKM questionnaire's own answer codes (src/schemes/skm/answerCodes.ts): letters a–d and the printed words,
 * read from the rubric's level labels, never from a table in the code.
 */
import { describe, expect, it } from "vitest";
import { deriveRubric, listIndicators } from "../../src/index.js";
import {
  skm2017,
  skm2017v2,
  skmAnswerOptions,
  skmAnswerValue,
  skmFromRespondents,
} from "../../src/schemes/skm/index.js";

const U = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"];

describe("skmAnswerOptions: the options as the rubric prints them", () => {
  it("every element of skm@2017.1 and .2 has options a–d worth 1–4, from its level labels", () => {
    for (const rubric of [skm2017, skm2017v2])
      for (const indicator of listIndicators(rubric)) {
        const options = skmAnswerOptions(rubric, indicator.code);
        expect(options.map((o) => [o.letter, o.value])).toEqual([
          ["a", "1"],
          ["b", "2"],
          ["c", "3"],
          ["d", "4"],
        ]);
        // The words are the printed label without its letter, exactly.
        expect(options.map((o) => `${o.letter}. ${o.label}`)).toEqual(indicator.levels?.map((l) => l.label.id));
      }
    expect(skmAnswerOptions(skm2017v2, "U8").map((o) => o.label)).toEqual(["Buruk", "Cukup", "Baik", "Sangat baik"]);
    expect(skmAnswerOptions(skm2017v2, "U10")).toEqual([]);
  });
});

describe("skmAnswerValue: a code back to its score", () => {
  it("letters in any case, with or without the point; the words in any case and spacing; the full label", () => {
    expect(["a", "B", "c.", " D "].map((v) => skmAnswerValue(skm2017v2, "U1", v))).toEqual(["1", "2", "3", "4"]);
    expect(skmAnswerValue(skm2017v2, "U8", "Sangat Baik")).toBe("4");
    expect(skmAnswerValue(skm2017v2, "U8", "  sangat   baik ")).toBe("4");
    expect(skmAnswerValue(skm2017v2, "U4", "Gratis")).toBe("4");
    expect(skmAnswerValue(skm2017v2, "U4", "Sangat mahal")).toBe("1");
    expect(skmAnswerValue(skm2017v2, "U9", "b. Ada tetapi tidak berfungsi")).toBe("2");
  });

  it("the words are those of the element: 'Gratis' is U4's, not U1's", () => {
    expect(skmAnswerValue(skm2017v2, "U1", "Gratis")).toBe("Gratis");
    expect(skmAnswerValue(skm2017v2, "U1", "Sesuai")).toBe("3");
    expect(skmAnswerValue(skm2017v2, "U3", "Sesuai")).toBe("Sesuai");
  });

  it("anything else comes back unchanged, for the scale to accept or refuse", () => {
    for (const v of [3, "3", "4.0", "", null, undefined, "e", "x", 3.5, "3,5", true])
      expect(skmAnswerValue(skm2017v2, "U1", v)).toBe(v);
    expect(skmAnswerValue(skm2017v2, "U99", "a")).toBe("a");
  });

  it("a derived rubric is read from its own labels; a code two options share is not read", () => {
    const u1 = skm2017v2.nodes[0];
    const derived = deriveRubric(
      skm2017v2,
      {
        replaceNodes: {
          U1: {
            ...u1,
            levels: [
              { value: "1", label: { id: "a. Tidak puas" } },
              { value: "2", label: { id: "b. Puas" } },
              { value: "3", label: { id: "c. Puas" } },
              { value: "4", label: { id: "Sangat puas" } },
            ],
          },
        },
      },
      { id: "skm@2017.2-puas" },
    );
    expect(skmAnswerValue(derived, "U1", "Tidak puas")).toBe("1");
    expect(skmAnswerValue(derived, "U1", "b")).toBe("2");
    expect(skmAnswerValue(derived, "U1", "Puas")).toBe("Puas"); // ambiguous: b and c
    expect(skmAnswerValue(derived, "U1", "sangat puas")).toBe("4");
    expect(skmAnswerValue(derived, "U1", "d")).toBe("d"); // no letter printed for it
    expect(skmAnswerOptions(derived, "U1").at(-1)).toEqual({ letter: null, label: "Sangat puas", value: "4" });
  });

  it("rows read through it score as the same rows in numbers", () => {
    const coded = [
      ["d", "c", "c", "Gratis", "c", "d", "d", "Baik", "c"],
      [3, 3, 2, 4, 3, 3, 4, 3, 3],
    ];
    const read = coded.map((row) => row.map((v, i) => skmAnswerValue(skm2017v2, U[i] as string, v)));
    expect(skmFromRespondents(read as never, { rubric: skm2017v2 })).toEqual(
      skmFromRespondents(
        [
          [4, 3, 3, 4, 3, 4, 4, 3, 3],
          [3, 3, 2, 4, 3, 3, 4, 3, 3],
        ],
        { rubric: skm2017v2 },
      ),
    );
  });
});

/** Whether skmFromRespondents reads the codes itself yet (one line in skmFromRespondents.ts calls skmAnswerValue). */
const wired = (() => {
  try {
    skmFromRespondents([U.map(() => "d")]);
    return true;
  } catch {
    return false;
  }
})();

describe.runIf(wired)("skmFromRespondents reads the questionnaire's codes itself", () => {
  it("letters and words give the same IKM as the scores", () => {
    expect(skmFromRespondents([U.map(() => "d"), U.map(() => "c")]).value).toBe("87.50");
    expect(skmFromRespondents([["Sangat sesuai", "b", 3, "Gratis", "c", "d", "d", "Sangat Baik", "a"]]).value).toBe(
      skmFromRespondents([[4, 2, 3, 4, 3, 4, 4, 4, 1]]).value,
    );
  });
});
