import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { PLAIN_DECIMAL } from "../../src/engine/numbers.js";
import { defineRubric, listIndicators, score } from "../../src/index.js";
import type { RubricDefinition, ScoreInput, Source } from "../../src/model/types.js";
import { answersSchemaFor, answerValue, scoreInputSchema } from "../../src/schema/index.js";
import { type AnswersSchema, MAX_ANSWER_DIGITS, type RubricAnswers } from "../../src/schema/input.js";
import { type IssueParams, MESSAGES } from "../../src/schema/messages.js";
import { PLAIN_INPUT } from "../../src/schema/primitives.js";
import { pekppp2022 } from "../../src/schemes/pekppp/rubrics.js";

const src: Source = { regulation: "test fixture", confirmed: true };

const pekppp = answersSchemaFor(pekppp2022);
const codes = listIndicators(pekppp2022).map((i) => i.code);
const first = codes[0] as string;
const allFour = Object.fromEntries(codes.map((c) => [c, 4]));
const withFirst = (value: unknown) => ({ answers: { ...allFour, [first]: value } });

/** What an issue of these schemas carries besides its message. */
const paramsOf = (issue: z.core.$ZodIssue | undefined): IssueParams | undefined =>
  (issue as { params?: IssueParams } | undefined)?.params;

/** The issue messages of a parse (which must not throw). */
function messages(schema: z.ZodType, input: unknown): string[] {
  const r = schema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

/** A tiny rubric with an options scale (one option an exact fraction) and a decimal scale, through defineRubric. */
const options = defineRubric({
  id: "opsi@1",
  scheme: "opsi",
  version: "1",
  status: "demo",
  title: { id: "Rubrik opsi" },
  legalBasis: [src],
  validFor: { from: 2024, to: null },
  weightTotal: "100",
  scales: {
    yaTidak: {
      kind: "options",
      options: [
        { code: "Ya", value: "1", label: { id: "Ya" } },
        { code: "Tidak", value: "0", label: { id: "Tidak" } },
      ],
      source: src,
    },
    abc: {
      kind: "options",
      options: [
        { code: "A", value: "1" },
        { code: "B", value: "2/3" },
        { code: "C", value: "1/3" },
        { code: "D", value: "0" },
      ],
      source: src,
    },
    nilai: { kind: "decimal", min: "0", max: "100", places: 2, source: src },
  },
  result: { min: "0", max: "100" },
  nodes: [
    { code: "q1", label: { id: "Ada SOP tertulis" }, weight: "40", source: src, scale: "yaTidak" },
    { code: "q2", label: { id: "Kualitas SOP" }, weight: "30", source: src, scale: "abc" },
    { code: "q3", label: { id: "Nilai survei" }, weight: "30", source: src, scale: "nilai" },
  ],
  predicates: null,
  aggregation: null,
} satisfies RubricDefinition);
const optionsSchema = answersSchemaFor(options);

/** Plain data (not through defineRubric): lookup, accepts, parameters, not-applicable, requirements, missing zero. */
const wide = {
  id: "luas@1",
  scheme: "luas",
  version: "1",
  status: "demo",
  title: { id: "Rubrik luas" },
  legalBasis: [src],
  validFor: { from: 2024, to: null },
  weightTotal: "100",
  scales: {
    nilai: { kind: "decimal", min: "0", max: "100", source: src },
    ikm: {
      kind: "lookup",
      input: { min: "25", max: "100", places: 2 },
      rows: [
        { min: "25", minInclusive: true, max: "65", maxInclusive: false, value: "0", source: src },
        { min: "65", minInclusive: true, max: "88.31", maxInclusive: false, value: "1/2", source: src },
        { min: "88.31", minInclusive: true, max: "100", maxInclusive: true, value: "1", source: src },
      ],
      source: src,
    },
    lima: {
      kind: "integer",
      min: 0,
      max: 5,
      normalize: { min: "0", max: "10", source: src },
      source: src,
    },
  },
  result: { min: "0", max: "100" },
  nodes: [
    {
      code: "sakip",
      label: { id: "Nilai SAKIP" },
      weight: "40",
      source: src,
      scale: "nilai",
      accepts: { scheme: "sakip", rubrics: ["sakip@2024.1"], source: src },
    },
    { code: "ikm", label: { id: "Indeks kepuasan" }, weight: "$w", source: src, scale: "ikm" },
    {
      code: "g",
      label: { id: "Kelompok" },
      weight: "30",
      source: src,
      children: [
        { code: "g1", label: { id: "G1" }, weight: "50", source: src, scale: "lima" },
        { code: "g2", label: { id: "G2" }, weight: "50", source: src, scale: "lima" },
      ],
    },
  ],
  predicates: null,
  aggregation: null,
  parameters: [{ name: "w", label: { id: "Bobot IKM" }, min: "0", max: "30", source: src }],
  notApplicable: { rule: "renormalize", source: src },
  requirements: [{ code: "lkj", label: { id: "LKjIP tepat waktu" }, ceiling: "B", source: src }],
  missingAnswer: { rule: "zero", source: src },
} as const satisfies RubricDefinition;
const wideSchema = answersSchemaFor(wide);
const wideAnswers = { sakip: "70.5", ikm: "80", g1: 3, g2: "4" };

describe("answersSchemaFor: text that is not a number (issue #7, bug 3)", () => {
  it('returns readable issues for "x", "", " 4" and "4,5" instead of throwing a DecimalError', () => {
    expect(messages(pekppp, withFirst("x"))).toEqual(['answers["1.a.Ak"]: "x" is not a whole number from 0 to 5']);
    expect(messages(pekppp, withFirst(""))).toEqual([
      'answers["1.a.Ak"]: required, the answer is empty (a whole number from 0 to 5)',
    ]);
    expect(messages(pekppp, withFirst(" 4"))).toEqual([
      'answers["1.a.Ak"]: " 4" is not a whole number from 0 to 5 (no spaces)',
    ]);
    expect(messages(pekppp, withFirst("4,5"))).toEqual([
      'answers["1.a.Ak"]: "4,5" is not a whole number from 0 to 5 (use a decimal point, not a comma)',
    ]);
  });

  it("names the rule for out-of-scale numbers, missing answers and unknown codes, never zod's invalid_union", () => {
    expect(messages(pekppp, withFirst(6))).toEqual(['answers["1.a.Ak"]: 6 is not a whole number from 0 to 5']);
    expect(messages(pekppp, withFirst("6"))).toEqual(['answers["1.a.Ak"]: "6" is not a whole number from 0 to 5']);
    expect(messages(pekppp, withFirst(4.5))).toEqual(['answers["1.a.Ak"]: 4.5 is not a whole number from 0 to 5']);
    const { [first]: _, ...missing } = allFour;
    expect(messages(pekppp, { answers: missing })).toEqual([
      'answers["1.a.Ak"]: required (a whole number from 0 to 5)',
    ]);
    expect(messages(pekppp, withFirst(undefined))).toEqual([
      'answers["1.a.Ak"]: required (a whole number from 0 to 5)',
    ]);
    expect(messages(pekppp, { answers: { ...allFour, "9.z": 1 } })).toEqual([
      'answers["9.z"]: "9.z" is not an indicator of pekppp@2022.1',
    ]);
    expect(messages(pekppp, { answers: { ...allFour, kebijakan: 1 } })).toEqual([
      'answers.kebijakan: "kebijakan" is a group in pekppp@2022.1; answer its indicators instead',
    ]);
    const r = pekppp.safeParse({ answers: { ...allFour, [first]: "x" } });
    expect(r.error?.issues.every((i) => i.code === "custom")).toBe(true);
  });

  it("reports every problem at once, in official order, each at its path", () => {
    const r = pekppp.safeParse({ answers: { ...allFour, [first]: "x", [codes[1] as string]: 9, zz: 1 }, extra: true });
    expect(r.error?.issues.map((i) => i.path)).toEqual([
      ["answers", first],
      ["answers", codes[1]],
      ["answers", "zz"],
      ["extra"],
    ]);
    expect(r.error?.issues[3]?.message).toBe('extra: "extra" is not an input field; this form takes answers, missing');
  });

  it("explains the plain notation score reads: no exponent, plus sign, hex, other digits or bare points", () => {
    expect(messages(pekppp, withFirst("1e0"))).toEqual([
      'answers["1.a.Ak"]: "1e0" is not a whole number from 0 to 5 (write the number out in plain digits, without an exponent)',
    ]);
    expect(messages(pekppp, withFirst("+4"))[0]).toMatch(/\(no plus sign\)$/);
    expect(messages(pekppp, withFirst("0x4"))[0]).toMatch(/\(decimal digits only\)$/);
    expect(messages(pekppp, withFirst("٤"))[0]).toMatch(/\(use the digits 0-9\)$/);
    expect(messages(pekppp, withFirst("4."))[0]).toMatch(/\(put digits on both sides of the decimal point\)$/);
    expect(messages(pekppp, withFirst(Number.NaN))).toEqual([
      'answers["1.a.Ak"]: NaN is not a whole number from 0 to 5 (not a finite number)',
    ]);
    expect(messages(pekppp, withFirst(4n))[0]).toMatch(/^answers\["1\.a\.Ak"\]: 4n is not .*not a BigInt\)$/);
    expect(messages(pekppp, withFirst(null))).toEqual(['answers["1.a.Ak"]: null is not a whole number from 0 to 5']);
    expect(messages(pekppp, withFirst([4]))).toEqual(['answers["1.a.Ak"]: a list is not a whole number from 0 to 5']);
  });

  it('accepts what score accepts ("05", "4.0", -0), and the output goes straight into score', () => {
    for (const ok of [0, 5, "5", "05", "4.0", "-0", -0, "0.000"]) expect(messages(pekppp, withFirst(ok))).toEqual([]);
    const parsed = pekppp.parse({ answers: { ...allFour, [first]: "05" } });
    expect(score(pekppp2022, parsed).value).toBe(score(pekppp2022, { answers: { ...allFour, [first]: 5 } }).value);
  });

  it("the whole input is checked too: not an object, no answers, answers not an object", () => {
    expect(messages(pekppp, null)).toEqual([
      "(root): the input must be an object { answers: { [indicator code]: answer } }",
    ]);
    expect(messages(pekppp, {})).toEqual(["answers: required (an object keyed by indicator code)"]);
    expect(messages(pekppp, { answers: [1, 2] })).toEqual(["answers: a list is not an object keyed by indicator code"]);
    expect(messages(pekppp, { answers: allFour, missing: "zero" })).toEqual([
      'missing: "zero" is not allowed: the regulation behind pekppp@2022.1 does not count a missing answer as zero',
    ]);
    expect(messages(pekppp, { answers: allFour, parameters: { w: 1 } })).toEqual([
      "parameters: pekppp@2022.1 declares no parameters",
    ]);
    expect(messages(pekppp, { answers: allFour, missing: "error" })).toEqual([]);
  });

  it("never throws, even on a throwing getter", () => {
    const answers = { ...allFour };
    Object.defineProperty(answers, first, {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(messages(pekppp, { answers })).toEqual(["(root): the input could not be read (boom)"]);
  });
});

describe("answersSchemaFor: option, decimal and lookup scales", () => {
  const base = { q1: "Ya", q2: "B", q3: "75.5" };

  it("option scales take a code (a fraction-valued option only by its code) or a number equal to a value", () => {
    for (const q1 of ["Ya", "Tidak", 1, 0, "1.0", "00"])
      expect(messages(optionsSchema, { answers: { ...base, q1 } })).toEqual([]);
    for (const q2 of ["A", "B", "C", "D", 1, "0"])
      expect(messages(optionsSchema, { answers: { ...base, q2 } })).toEqual([]);
    expect(messages(optionsSchema, { answers: { ...base, q1: "Mungkin" } })).toEqual([
      'answers.q1: "Mungkin" is not one of "Ya" (1), "Tidak" (0)',
    ]);
    expect(messages(optionsSchema, { answers: { ...base, q1: "ya" } })).toEqual([
      'answers.q1: "ya" is not one of "Ya" (1), "Tidak" (0) (did you mean "Ya"?)',
    ]);
    expect(messages(optionsSchema, { answers: { ...base, q1: 0.5 } })).toEqual([
      'answers.q1: 0.5 is not one of "Ya" (1), "Tidak" (0)',
    ]);
    expect(messages(optionsSchema, { answers: { ...base, q2: "0.6667" } })).toEqual([
      'answers.q2: "0.6667" is not one of "A" (1), "B" (2/3), "C" (1/3), "D" (0)',
    ]);
    const parsed = optionsSchema.parse({ answers: base });
    // 0.4 × 1 + 0.3 × 2/3 + 0.3 × 75.5
    expect(score(options, parsed).exact).toBe("23.25");
  });

  it("decimal scales name their range and decimals", () => {
    for (const q3 of ["0", "100", "99.99", "4.500", 12.25])
      expect(messages(optionsSchema, { answers: { ...base, q3 } })).toEqual([]);
    expect(messages(optionsSchema, { answers: { ...base, q3: "4.555" } })).toEqual([
      'answers.q3: "4.555" is not a decimal from 0 to 100 with at most 2 decimals',
    ]);
    expect(messages(optionsSchema, { answers: { ...base, q3: 100.01 } })).toEqual([
      "answers.q3: 100.01 is not a decimal from 0 to 100 with at most 2 decimals",
    ]);
    const long = `1.${"0".repeat(MAX_ANSWER_DIGITS)}1`;
    expect(messages(wideSchema, { answers: { ...wideAnswers, sakip: long }, parameters: { w: 30 } })).toEqual([
      `answers.sakip: "${long}" has more than 20 significant digits`,
    ]);
  });

  it("lookup scales name their input range; a normalised scale keeps its own range", () => {
    const input = (answers: object) => ({ answers: { ...wideAnswers, ...answers }, parameters: { w: "30" } });
    expect(messages(wideSchema, input({}))).toEqual([]);
    expect(messages(wideSchema, input({ ikm: "24.99" }))).toEqual([
      'answers.ikm: "24.99" is not a number from 25 to 100 with at most 2 decimals',
    ]);
    expect(messages(wideSchema, input({ ikm: "88.305" }))[0]).toMatch(/with at most 2 decimals$/);
    expect(messages(wideSchema, input({ g1: 0, g2: "5" }))).toEqual([]);
    expect(messages(wideSchema, input({ g1: 6 }))).toEqual(["answers.g1: 6 is not a whole number from 0 to 5"]);
  });
});

describe("answersSchemaFor: results of other schemes, parameters, not applicable, requirements, missing", () => {
  const input = (answers: object, rest: object = {}) => ({
    answers: { ...wideAnswers, ...answers },
    parameters: { w: "30" },
    ...rest,
  });

  it("a leaf that accepts a scheme's result takes { rubric, exact, exactFraction?, value? } of that rubric", () => {
    const result = { rubric: "sakip@2024.1", exact: "70.5", exactFraction: "141/2", value: "70.50" };
    expect(messages(wideSchema, input({ sakip: result }))).toEqual([]);
    expect(messages(wideSchema, input({ sakip: { ...result, predicate: null, breakdown: [] } }))).toEqual([]);
    expect(messages(wideSchema, input({ sakip: { ...result, rubric: "pekppp@2022.1" } }))).toEqual([
      'answers.sakip.rubric: "pekppp@2022.1" is not a rubric whose results this indicator accepts (sakip@2024.1)',
    ]);
    expect(messages(wideSchema, input({ sakip: { rubric: "sakip@2024.1", exact: "4,5" } }))).toEqual([
      'answers.sakip.exact: "4,5" is not a decimal in plain notation with at most 40 significant digits',
    ]);
    expect(messages(wideSchema, input({ sakip: { ...result, exactFraction: "141/3" } }))).toEqual([
      'answers.sakip.exactFraction: "141/3" does not match exact "70.5"',
    ]);
    expect(messages(wideSchema, input({ sakip: { rubric: "sakip@2024.1", exact: "101" } }))).toEqual([
      'answers.sakip: the result\'s exact value "101" is not a decimal from 0 to 100',
    ]);
    expect(messages(wideSchema, input({ sakip: "x" }))).toEqual([
      'answers.sakip: "x" is not a decimal from 0 to 100, or a result of sakip@2024.1',
    ]);
  });

  it("parameters are required and range-checked; unknown ones are refused", () => {
    expect(messages(wideSchema, { answers: wideAnswers })).toEqual(["parameters: required (w)"]);
    expect(messages(wideSchema, { answers: wideAnswers, parameters: { w: "31", v: 1 } })).toEqual([
      'parameters.w: "31" is not a decimal from 0 to 30',
      'parameters.v: "v" is not a parameter of luas@1',
    ]);
    const r = wideSchema.safeParse({ answers: wideAnswers, parameters: { w: "31" } });
    expect(paramsOf(r.error?.issues[0])?.code).toBe("OUT_OF_RANGE");
  });

  it('not-applicable codes release their answers; missing: "zero" where the rubric allows it', () => {
    const { g1: _, g2: __, ...rest } = wideAnswers;
    expect(messages(wideSchema, { answers: rest, parameters: { w: 30 } })).toEqual([
      "answers.g1: required (a whole number from 0 to 5)",
      "answers.g2: required (a whole number from 0 to 5)",
    ]);
    expect(messages(wideSchema, { answers: rest, parameters: { w: 30 }, notApplicable: ["g"] })).toEqual([]);
    expect(messages(wideSchema, { answers: rest, parameters: { w: 30 }, missing: "zero" })).toEqual([]);
    expect(messages(wideSchema, input({}, { notApplicable: ["g1", "nope", "g1"] }))).toEqual([
      'answers.g1: "g1" is answered and declared not applicable; leave its answer out',
      'notApplicable[1]: "nope" is not a code of luas@1',
      'notApplicable[2]: "g1" is listed twice',
    ]);
    expect(messages(wideSchema, input({}, { notApplicable: [1] }))).toEqual([
      "notApplicable[0]: 1 is not a code of luas@1",
    ]);
    expect(messages(wideSchema, input({ g1: "" }, { missing: "zero" }))).toEqual([
      "answers.g1: the answer is empty; leave it out to count it as zero, or give a whole number from 0 to 5",
    ]);
  });

  it("unmet requirements are codes of the rubric's requirements", () => {
    expect(messages(wideSchema, input({}, { unmetRequirements: [] }))).toEqual([]);
    expect(messages(wideSchema, input({}, { unmetRequirements: ["lkj"] }))).toEqual([]);
    expect(messages(wideSchema, input({}, { unmetRequirements: ["x"] }))).toEqual([
      'unmetRequirements[0]: "x" is not a minimum requirement of luas@1',
    ]);
    expect(messages(wideSchema, input({}, { unmetRequirements: [7, null] }))).toEqual([
      "unmetRequirements[0]: 7 is not a minimum requirement of luas@1",
      "unmetRequirements[1]: null is not a minimum requirement of luas@1",
    ]);
    expect(messages(wideSchema, input({}, { unmetRequirements: "lkj" }))).toEqual([
      'unmetRequirements: "lkj" is not a list of codes',
    ]);
    expect(messages(pekppp, { answers: allFour, unmetRequirements: [] })).toEqual([
      "unmetRequirements: pekppp@2022.1 declares no minimum requirements",
    ]);
  });
});

describe("answersSchemaFor: types, caching, messages", () => {
  it("the parsed output is a ScoreInput: score takes it without a cast", () => {
    expectTypeOf<z.output<AnswersSchema>>().toEqualTypeOf<RubricAnswers>();
    expectTypeOf<z.output<ReturnType<typeof answersSchemaFor>>>().toExtend<ScoreInput>();
    const r = pekppp.safeParse({ answers: allFour });
    if (!r.success) throw new Error("expected success");
    expect(score(pekppp2022, r.data).value).toBe("4.00");
    expectTypeOf(scoreInputSchema.parse({ answers: {} })).toExtend<ScoreInput>();
  });

  it("is built once per rubric object", () => {
    expect(answersSchemaFor(pekppp2022)).toBe(pekppp);
    expect(answersSchemaFor(options)).toBe(optionsSchema);
    const t0 = performance.now();
    for (let i = 0; i < 1000; i++) answersSchemaFor(pekppp2022);
    expect(performance.now() - t0).toBeLessThan(50);
  });

  it("every issue carries a message key and a KinerjaError code for a later catalogue", () => {
    const r = wideSchema.safeParse({ answers: { sakip: "x", ikm: 1, g1: 9, zz: 1 }, parameters: "w", x: 1 });
    expect(r.error?.issues.length).toBeGreaterThan(4);
    for (const issue of r.error?.issues ?? []) {
      const params = paramsOf(issue);
      expect(Object.keys(MESSAGES)).toContain(params?.message);
      expect(params?.code).toMatch(/^[A-Z_]+$/);
    }
  });

  it("reads numbers with the engine's pattern", () => {
    expect(PLAIN_INPUT.source).toBe(PLAIN_DECIMAL.source);
  });
});

describe("JSON Schema (z.toJSONSchema, io: input)", () => {
  type Json = Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };
  const toJson = (schema: z.ZodType): Json => z.toJSONSchema(schema, { io: "input" }) as unknown as Json;

  it("a built-in rubric: titles from the labels, min/max and a pattern per indicator, every code required", () => {
    const json = toJson(pekppp);
    const answers = json.properties.answers as {
      properties: Record<string, { title: string; description: string; anyOf: Array<Record<string, unknown>> }>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(answers.required).toEqual(codes);
    expect(answers.additionalProperties).toBe(false);
    const leaf = answers.properties[first];
    expect(leaf?.title).toBe(listIndicators(pekppp2022)[0]?.label.id);
    expect(leaf?.description).toBe("a whole number from 0 to 5");
    expect(leaf?.anyOf[0]).toEqual({ type: "integer", minimum: 0, maximum: 5 });
    const pattern = new RegExp(leaf?.anyOf[1]?.pattern as string);
    for (const s of ["0", "5", "05", "4.0", "-0"]) expect(pattern.test(s), s).toBe(true);
    for (const s of ["6", "-1", "4.5", " 4", "4,5", ""]) expect(pattern.test(s), s).toBe(false);
    expect(json.additionalProperties).toBe(false);
  });

  it("options give an enum of codes; decimals a pattern; results an object branch", () => {
    const answers = toJson(optionsSchema).properties.answers as {
      properties: Record<string, { anyOf: Array<Record<string, unknown>> }>;
    };
    expect(answers.properties.q1?.anyOf).toEqual([
      { type: "string", enum: ["Ya", "Tidak"] },
      { type: "number", enum: [1, 0] },
      { type: "string", pattern: "^(?:0*1(?:\\.0+)?|-?0+(?:\\.0+)?)$" },
    ]);
    expect(answers.properties.q2?.anyOf[0]).toEqual({ type: "string", enum: ["A", "B", "C", "D"] });
    expect(answers.properties.q3?.anyOf).toEqual([
      { type: "number", minimum: 0, maximum: 100 },
      { type: "string", pattern: "^-?\\d+(?:\\.\\d{1,2}0*)?$" },
    ]);
    const wideJson = toJson(wideSchema);
    const sakip = (wideJson.properties.answers as { properties: Record<string, { anyOf: unknown[] }> }).properties
      .sakip;
    expect(sakip?.anyOf[2]).toMatchObject({ type: "object", required: ["rubric", "exact"] });
    expect(wideJson.required).toEqual(["answers", "parameters"]);
  });
});

describe("scoreInputSchema and answerValue", () => {
  it("takes every ScoreInput field, strictly", () => {
    expect(scoreInputSchema.safeParse({ answers: { a: 1, b: "Ya", c: { rubric: "x@1", exact: "1" } } }).success).toBe(
      true,
    );
    expect(
      scoreInputSchema.safeParse({
        points: { a: "1.5" },
        notApplicable: ["x"],
        parameters: { w: 1 },
        unmetRequirements: [],
        missing: "zero",
      }).success,
    ).toBe(true);
    expect(scoreInputSchema.safeParse({ answers: {}, missing: "sometimes" }).success).toBe(false);
    expect(scoreInputSchema.safeParse({ answers: {}, points: {} }).error?.issues[0]?.message).toBe(
      "(root): give either answers or points, not both",
    );
    expect(scoreInputSchema.safeParse({ answers: {}, extra: 1 }).error?.issues[0]?.message).toBe(
      '(root): "extra" is not an input field; this form takes answers, points, notApplicable, parameters, unmetRequirements, missing',
    );
    expect(answerValue.safeParse(Number.NaN).success).toBe(false);
  });
});
