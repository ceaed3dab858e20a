/**
 * The message catalogue: every issue of kinerja/schema reads in Bahasa Indonesia and English from the same
 * key and details; English stays what the issues say by default; zod's own messages come from zod's locales,
 * chosen by the application (never set globally by kinerja).
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getRubric, score } from "../../src/index.js";
import {
  answersSchemaFor,
  formatError,
  formatIssue,
  issuesOf,
  type MessageDetails,
  type MessageKey,
  messagesFor,
  type RuleSpec,
  scoreInputSchema,
  validateAnswers,
  zodLocale,
} from "../../src/schema/index.js";
import { MESSAGES } from "../../src/schema/messages.js";
import { errorOf } from "../helpers.js";

const en = messagesFor("en");
const id = messagesFor("id");

/** Every field a template may read, filled, so no template can print "undefined". */
const FULL: MessageDetails = {
  value: '"x"',
  rule: { kind: "wholeNumber", min: "0", max: "5" },
  hint: "comma",
  suggestion: "Ya",
  key: "9.z",
  rubric: "pekppp@2022.2",
  fields: ["answers", "missing"],
  digits: 20,
  exact: '"3.5"',
  accepted: ["sakip@2021.1"],
  scheme: "sakip",
  row: 2,
  element: "U5",
  count: 9,
  given: 10,
};

const RULES: RuleSpec[] = [
  { kind: "wholeNumber", min: "0", max: "5" },
  { kind: "decimal", min: "1", max: "4", places: 2 },
  { kind: "number", min: "25", max: "100" },
  {
    kind: "oneOf",
    options: [
      { code: "Ya", value: "1" },
      { code: "Tidak", value: "0" },
    ],
  },
  { kind: "orResult", base: { kind: "decimal", min: "0", max: "100" }, scheme: "sakip" },
  {
    kind: "questionnaire",
    min: "1",
    max: "4",
    options: [
      { letter: "a", label: "Buruk" },
      { letter: "d", label: "Sangat baik" },
    ],
  },
];

describe("the catalogue", () => {
  it("has the same keys, error codes, hints and value words in both languages", () => {
    expect(Object.keys(id.messages).sort()).toEqual(Object.keys(en.messages).sort());
    expect(Object.keys(en.messages).sort()).toEqual(Object.keys(MESSAGES).sort());
    expect(Object.keys(id.codes).sort()).toEqual(Object.keys(en.codes).sort());
    expect(Object.keys(id.hints).sort()).toEqual(Object.keys(en.hints).sort());
    expect(Object.keys(id.values).sort()).toEqual(Object.keys(en.values).sort());
    expect([en.lang, id.lang]).toEqual(["en", "id"]);
  });

  it("renders every message in Indonesian, differently from English, with no hole", () => {
    for (const key of Object.keys(en.messages) as MessageKey[]) {
      const e = en.messages[key](FULL);
      const i = id.messages[key](FULL);
      for (const text of [e, i]) expect(text, key).not.toMatch(/undefined|NaN|\[object|null/);
      expect(i, key).not.toBe(e);
    }
    for (const rule of RULES) {
      expect(id.rule(rule)).not.toBe(en.rule(rule));
      expect(`${en.rule(rule)} ${id.rule(rule)}`).not.toMatch(/undefined/);
    }
  });

  it("keeps the English wording the issues had (the default message is unchanged)", () => {
    expect(en.messages.notOnScale({ value: "6", rule: RULES[0] as RuleSpec })).toBe(
      "6 is not a whole number from 0 to 5",
    );
    expect(id.messages.notOnScale({ value: "6", rule: RULES[0] as RuleSpec })).toBe(
      "6 bukan bilangan bulat dari 0 sampai 5",
    );
    expect(id.codes.ANSWER_OUT_OF_SCALE).toBe("jawaban di luar skala");
    expect(id.rule(RULES[5] as RuleSpec)).toBe(
      "bilangan bulat dari 1 sampai 4, atau pilihan a–d seperti tercetak (a. Buruk, d. Sangat baik)",
    );
  });
});

describe("formatIssue: every issue of answersSchemaFor in both languages", () => {
  const inputs: Array<[string, unknown]> = [
    ["pekppp@2022.2", { answers: { "1.a.Ak": "4,5", "2.a.P": 6, "3.a.Ak": " 4", "9.z": 1, kebijakan: 2 }, x: 1 }],
    ["pekppp@2022.2", { answers: [], notApplicable: ["1.a.Ak"], missing: "zero" }],
    ["skm@2017.2", { answers: { U1: "", U2: Number.NaN, U3: "1e3", U4: "12345678901234567890123", U5: {} } }],
    ["sakip@2021.1", { answers: { "perencanaan.keberadaan": "aa", "perencanaan.kualitas": "Z" } }],
    ["rb@2020.1", { answers: {}, parameters: "w", unmetRequirements: ["x"] }],
    ["ombudsman@2024.2", "not an object"],
  ];
  for (const [rubricId, input] of inputs)
    it(`${rubricId}: ${JSON.stringify(input).slice(0, 60)}`, () => {
      const parsed = answersSchemaFor(getRubric(rubricId)).safeParse(input);
      expect(parsed.success).toBe(false);
      for (const issue of parsed.error?.issues ?? []) {
        expect(formatIssue(issue, "en")).toBe(issue.message);
        expect(formatIssue(issue)).toBe(issue.message);
        const indonesian = formatIssue(issue, "id");
        expect(indonesian).not.toBe(issue.message);
        expect(indonesian).not.toMatch(/undefined|\[object/);
        // The path prefix is the same in both languages (it is the input's own keys).
        if (issue.path.length > 0)
          expect(indonesian.slice(0, indonesian.indexOf(": "))).toBe(
            issue.message.slice(0, issue.message.indexOf(": ")),
          );
      }
    });

  it("says what was meant in Indonesian: value words, hints, suggestions", () => {
    const pekppp = answersSchemaFor(getRubric("pekppp@2022.2"));
    const list = pekppp.safeParse({ answers: [] }).error?.issues[0];
    expect(list && formatIssue(list, "id")).toBe("answers: sebuah daftar bukan objek dengan kunci kode indikator");
    const comma = pekppp.safeParse({ answers: { "1.a.Ak": "4,5" } }).error?.issues[0];
    expect(comma && formatIssue(comma, "id")).toBe(
      'answers["1.a.Ak"]: "4,5" bukan bilangan bulat dari 0 sampai 5 (gunakan titik sebagai pemisah desimal, bukan koma)',
    );
    const sakip = answersSchemaFor(getRubric("sakip@2021.1")).safeParse({
      answers: { "perencanaan.keberadaan": "aa" },
    });
    const suggested = sakip.error?.issues[0];
    expect(suggested && formatIssue(suggested, "id")).toMatch(/maksudnya "AA"\?\)$/);
    const root = answersSchemaFor(getRubric("ombudsman@2024.2")).safeParse(null).error?.issues[0];
    expect(root && formatIssue(root, "id")).toMatch(/^\(masukan\): masukan harus berupa objek/);
  });

  it("an issue that is not kinerja's keeps its own message", () => {
    const parsed = z.object({ a: z.string() }).safeParse({ a: 1 });
    const issue = parsed.error?.issues[0];
    expect(issue && formatIssue(issue, "id")).toBe(issue?.message);
    const both = scoreInputSchema.safeParse({ answers: {}, points: {} });
    const answersOrPoints = both.error?.issues[0];
    expect(answersOrPoints && formatIssue(answersOrPoints, "id")).toBe(
      "(masukan): isi answers atau points, jangan keduanya",
    );
  });
});

describe("zod's own messages: zod's locales, chosen by the application", () => {
  it("zodLocale('id') gives zod's Indonesian messages for one parse, and sets nothing globally", () => {
    const indonesian = z.number().safeParse("4", { error: zodLocale("id").localeError });
    expect(indonesian.error?.issues[0]?.message).toBe("Input tidak valid: diharapkan number, diterima string");
    // Nothing global changed: the next parse without the option is in zod's default English.
    expect(z.number().safeParse("4").error?.issues[0]?.message).toBe("Invalid input: expected number, received string");
  });

  it("issuesOf gives zod's own issues in both languages (the English as the schema wrote it)", () => {
    const parsed = z.object({ a: z.string() }).safeParse({ a: 1 }, { reportInput: true });
    const [issue] = issuesOf(parsed.error?.issues ?? []);
    expect(issue).toEqual({
      path: ["a"],
      code: null,
      key: null,
      details: {},
      message: {
        id: "a: Input tidak valid: diharapkan string, diterima number",
        en: "a: Invalid input: expected string, received number",
      },
    });
  });
});

describe("validateAnswers: every issue at once, both languages, data typed for score", () => {
  it("reports each field with its code and key", () => {
    const rubric = getRubric("ombudsman@2024.2");
    const r = validateAnswers(rubric, { answers: { input: "80", proses: "9O", output: 101 }, extra: true });
    expect(r.success).toBe(false);
    expect(r.issues.map((i) => [i.path, i.code, i.key])).toEqual([
      [["answers", "proses"], "INVALID_INPUT", "notOnScale"],
      [["answers", "output"], "ANSWER_OUT_OF_SCALE", "notOnScale"],
      [["answers", "pengaduan"], "MISSING_ANSWER", "required"],
      [["extra"], "INVALID_INPUT", "unknownField"],
    ]);
    expect(r.issues[2]?.message).toEqual({
      id: "answers.pengaduan: wajib diisi (bilangan desimal dari 0 sampai 100)",
      en: "answers.pengaduan: required (a decimal from 0 to 100)",
    });
    expect(r.issues[1]?.details).toEqual({ value: "101", rule: { kind: "decimal", min: "0", max: "100" } });
  });

  it("valid input comes back as it is, and scores", () => {
    const rubric = getRubric("ombudsman@2024.2");
    const input = { answers: { input: 80, proses: 90, output: 70, pengaduan: 60 } };
    const r = validateAnswers(rubric, input);
    expect(r).toEqual({ success: true, data: input, issues: [] });
    if (r.success) expect(score(rubric, r.data).value).toBe("76.51");
  });
});

describe("formatError: a thrown KinerjaError in Indonesian", () => {
  it("gives the path, the code's title and the value; English is the error's own message", () => {
    const e = errorOf(() =>
      score("ombudsman@2024.2", { answers: { input: 80, proses: 101, output: 70, pengaduan: 60 } }),
    );
    expect(formatError(e, "en")).toBe(e.message);
    expect(formatError(e, "id")).toBe("answers.proses: jawaban di luar skala (101)");
    expect(formatError({ code: "NO_PREDICATE_BANDS", message: "m" }, "id")).toBe(
      "(masukan): rentang predikat resmi tidak diketahui",
    );
    expect(formatError({ code: "SOMETHING_NEW", message: "m", path: ["a"] }, "id")).toBe("a: SOMETHING_NEW");
  });
});
