/**
 * kinerja/schema reads answers with the engine's own readers (one parser), checks the rubric it is given, and
 * never lets a hostile input or rubric through as a raw exception.
 */
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { withLimits } from "../../src/core/limits.js";
import { defineRubric, getRubric, isKinerjaError, listIndicators, score } from "../../src/index.js";
import type { RubricDefinition, Source } from "../../src/model/types.js";
import { guarded } from "../../src/schema/guard.js";
import * as schemaEntry from "../../src/schema/index.js";
import {
  answersSchemaFor,
  formatIssue,
  respondentsSchemaFor,
  rubricDefinitionSchema,
  text,
  validateAnswers,
  validateRespondents,
} from "../../src/schema/index.js";
import type { IssueParams } from "../../src/schema/messages.js";
import { skmFromRespondents } from "../../src/schemes/skm/index.js";
import { errorOf } from "../helpers.js";

const src: Source = { regulation: "test fixture", confirmed: true };

/** Every scale kind and a leaf that takes another scheme's result. */
const rubric = defineRubric({
  id: "satu@1",
  scheme: "satu",
  version: "1",
  status: "demo",
  title: { id: "Satu pembaca" },
  legalBasis: [src],
  validFor: { from: 2024, to: null },
  weightTotal: "100",
  scales: {
    lima: { kind: "integer", min: 0, max: 5, source: src },
    opsi: {
      kind: "options",
      options: [
        { code: "Ya", value: "1" },
        { code: "Tidak", value: "0" },
        { code: "C", value: "1/3" },
      ],
      source: src,
    },
    nilai: { kind: "decimal", min: "-1.5", max: "2.25", places: 2, source: src },
    ikm: {
      kind: "lookup",
      input: { min: "25", max: "100", places: 2 },
      rows: [
        { min: "25", minInclusive: true, max: "65", maxInclusive: false, value: "0", source: src },
        { min: "65", minInclusive: true, max: "100", maxInclusive: true, value: "1", source: src },
      ],
      source: src,
    },
    persen: { kind: "decimal", min: "0", max: "100", source: src },
  },
  result: { min: "-100", max: "100" },
  nodes: [
    { code: "q1", label: { id: "Q1" }, weight: "20", source: src, scale: "lima" },
    { code: "q2", label: { id: "Q2" }, weight: "20", source: src, scale: "opsi" },
    { code: "q3", label: { id: "Q3" }, weight: "20", source: src, scale: "nilai" },
    { code: "q4", label: { id: "Q4" }, weight: "20", source: src, scale: "ikm" },
    {
      code: "q5",
      label: { id: "Q5" },
      weight: "20",
      source: src,
      scale: "persen",
      accepts: { scheme: "sakip", source: src },
    },
  ],
  predicates: null,
  aggregation: null,
} satisfies RubricDefinition);
const schema = answersSchemaFor(rubric);
const base = { q1: 3, q2: "Ya", q3: "1.25", q4: "70", q5: "50" };

/** Whether score takes the answers; a refusal must be one of the errors of a bad answer (or a limit). */
function scoreTakes(r: RubricDefinition, answers: Record<string, unknown>): boolean {
  try {
    score(r, { answers } as Parameters<typeof score>[1]);
    return true;
  } catch (e) {
    if (
      isKinerjaError(e) &&
      [
        "INVALID_INPUT",
        "ANSWER_OUT_OF_SCALE",
        "PRECISION_EXCEEDED",
        "MISSING_ANSWER",
        "RUBRIC_MISMATCH",
        "LIMIT_EXCEEDED",
      ].includes(e.code)
    )
      return false;
    throw e;
  }
}

const long = (n: number) =>
  fc.constantFrom(`0${"0".repeat(n)}5`, `5.${"0".repeat(n)}`, "1".repeat(n + 1), "x".repeat(n));

const candidate = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."0123456789.-+eE, x\t٤"), maxLength: 8 }),
  fc.stringMatching(/^-?\d{1,3}(\.\d{1,25})?$/),
  fc.double(),
  fc.integer({ min: -10, max: 110 }),
  fc.constantFrom("Ya", "ya", "C", "Tidak", "2.0", "04", "-0", "4.", "1e0", "", "4,5", " 4 ", "٤", "0x10", "1e400"),
  fc.constantFrom(1e21, 1e-7, -0, Number.NaN, null, undefined, true, [], {}, 5n),
  long(1_000),
);

/** Another scheme's result: the fields as score reads them (exact may be a number; value is not read). */
const result = fc.record(
  {
    rubric: fc.constantFrom("sakip@2024.1", "pekppp@2022.1", "sakip", 5),
    exact: fc.oneof(
      fc.stringMatching(/^-?\d{1,3}(\.\d{1,3})?$/),
      fc.constantFrom("50", "1".repeat(40), "4,5", 50, 70.5, 1e300, Number.NaN),
    ),
    exactFraction: fc.constantFrom(undefined, "100/3", "50", "101/2", "x", "1/0", 7),
    value: fc.constantFrom(undefined, "4.5", "not a number", 12, null),
  },
  { requiredKeys: ["rubric", "exact"] },
);

describe("one parser: answersSchemaFor takes exactly the answers score takes", () => {
  for (const code of Object.keys(base))
    it(`${code}: on any answer, under the default limits and under a small text limit`, () => {
      const values = code === "q5" ? fc.oneof(candidate, result) : candidate;
      fc.assert(
        fc.property(values, fc.boolean(), (value, small) => {
          const answers = { ...base, [code]: value };
          const run = () => [schema.safeParse({ answers }).success, scoreTakes(rubric, answers)];
          const [schemaOk, scoreOk] = small ? withLimits({ text: 4 }, run) : run();
          expect(schemaOk).toBe(scoreOk);
        }),
        { numRuns: 400 },
      );
    }, 30_000);

  it("a text beyond the text limit is refused as score refuses it (LIMIT_EXCEEDED), in both languages", () => {
    const answers = { ...base, q1: `0${"0".repeat(1_000)}5` };
    const issue = schema.safeParse({ answers }).error?.issues[0];
    expect((issue as { params?: IssueParams } | undefined)?.params?.code).toBe("LIMIT_EXCEEDED");
    expect(errorOf(() => score(rubric, { answers }))?.code).toBe("LIMIT_EXCEEDED");
    expect(issue?.message).toBe(
      `answers.q1: "${"0".repeat(37)}…" is longer than 1000 characters, the limit of a text (see withLimits)`,
    );
    expect(issue && formatIssue(issue, "id")).toBe(
      `answers.q1: "${"0".repeat(37)}…" lebih panjang dari 1000 karakter, batas panjang teks (lihat withLimits)`,
    );
    // Within a raised limit it is the number 5, for both.
    const raised = withLimits({ text: 2_000 }, () => [
      schema.safeParse({ answers }).success,
      scoreTakes(rubric, answers),
    ]);
    expect(raised).toEqual([true, true]);
  });

  it("respondent rows beyond the respondents limit are refused as skmFromRespondents refuses them", () => {
    const skm = getRubric("skm@2017.2");
    const rows = [0, 1, 2].map(() => [4, 3, 4, 3, 4, 2, 4, 3, 4]);
    withLimits({ respondents: 2 }, () => {
      const checked = validateRespondents(skm, rows);
      expect(checked.issues.map((i) => [i.code, i.key, i.message.en])).toEqual([
        [
          "LIMIT_EXCEEDED",
          "tooManyRespondents",
          "(root): 3 respondent rows, more than the limit of 2 (see withLimits)",
        ],
      ]);
      expect(errorOf(() => skmFromRespondents(rows, { rubric: skm })).code).toBe("LIMIT_EXCEEDED");
    });
    expect(validateRespondents(skm, rows).success).toBe(true);
  });

  it("a result is read as score reads it: exact may be a number, and its shown value is not read", () => {
    for (const q5 of [
      { rubric: "sakip@2024.1", exact: 70.5 },
      { rubric: "sakip@2024.1", exact: "70.5", value: "not a number" },
    ]) {
      const answers = { ...base, q5 };
      expect(scoreTakes(rubric, answers)).toBe(true);
      expect(schema.safeParse({ answers }).success).toBe(true);
    }
  });

  it("the pekppp@2022.2 numerals of the issue: the schema says what score says", () => {
    const pekppp = getRubric("pekppp@2022.2");
    const all = Object.fromEntries(listIndicators(pekppp).map((i) => [i.code, 4]));
    const first = listIndicators(pekppp)[0]?.code as string;
    for (const value of [
      "4",
      "4.0",
      "04",
      "-0",
      4,
      -0,
      "4,5",
      " 4 ",
      "٤",
      "0x10",
      "1e400",
      Number.POSITIVE_INFINITY,
      4.5,
      6,
    ])
      expect(answersSchemaFor(pekppp).safeParse({ answers: { ...all, [first]: value } }).success, String(value)).toBe(
        scoreTakes(pekppp, { ...all, [first]: value }),
      );
  });
});

describe("answersSchemaFor and respondentsSchemaFor check the rubric they are given", () => {
  const hostileGetter = Object.defineProperty({ ...getRubric("skm@2017.2") }, "nodes", {
    enumerable: true,
    get() {
      throw new Error("hostile getter");
    },
  });
  const hostileProxy = new Proxy(
    {},
    {
      get() {
        throw new Error("hostile trap");
      },
      ownKeys() {
        throw new Error("hostile trap");
      },
    },
  );
  const notRubrics: Array<[string, unknown]> = [
    ["an id", "pekppp@2022.2"],
    ["null", null],
    ["undefined", undefined],
    ["a number", 5],
    ["a list", []],
    ["an empty object", {}],
    ["a rubric without nodes", { ...JSON.parse(JSON.stringify(getRubric("skm@2017.2"))), nodes: "x" }],
    ["a throwing getter", hostileGetter],
    ["a throwing Proxy", hostileProxy],
  ];
  for (const [what, value] of notRubrics)
    it(`${what}: a KinerjaError INVALID_RUBRIC with a path, never a TypeError`, () => {
      for (const build of [() => answersSchemaFor(value as never), () => respondentsSchemaFor(value as never)]) {
        const e = errorOf(build);
        expect(e?.code).toBe("INVALID_RUBRIC");
        expect(Array.isArray(e?.path)).toBe(true);
      }
    });

  it("names the field of a definition that is wrong", () => {
    const e = errorOf(() => answersSchemaFor({ ...JSON.parse(JSON.stringify(getRubric("skm@2017.2"))), nodes: "x" }));
    expect(e?.path).toEqual(["nodes"]);
    expect(e?.message).toMatch(/^Invalid rubric at nodes: /);
  });

  it("a plain copy of a rubric builds the same schema as the rubric", () => {
    const r = getRubric("pekppp@2022.2");
    const copy = JSON.parse(JSON.stringify(r)) as RubricDefinition;
    expect(z.toJSONSchema(answersSchemaFor(copy), { io: "input" })).toEqual(
      z.toJSONSchema(answersSchemaFor(r), { io: "input" }),
    );
  });

  it("respondentsSchemaFor's options are read safely", () => {
    const skm = getRubric("skm@2017.2");
    expect(errorOf(() => respondentsSchemaFor(skm, null as never))?.code).toBe("INVALID_INPUT");
    const getter = Object.defineProperty({}, "incomplete", {
      enumerable: true,
      get() {
        throw new Error("hostile getter");
      },
    });
    expect(errorOf(() => respondentsSchemaFor(skm, getter))?.path).toEqual(["options", "incomplete"]);
  });
});

describe("a getter or Proxy that throws is an issue of safeParse, never an exception", () => {
  const boom = () => {
    throw new Error("hostile getter");
  };
  const hostile = (): unknown[] => [
    Object.defineProperty({}, "id", { get: boom, enumerable: true }),
    new Proxy({}, { get: boom, ownKeys: boom, has: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom }),
    new Proxy([1, 2], { get: boom }),
    // zod names the type of a wrong value from its prototype and constructor when it renders the message
    new Proxy(new Map(), { get: boom }),
    Object.create(Object.defineProperty({}, "constructor", { get: boom, enumerable: true })),
  ];
  const schemas = (Object.entries(schemaEntry) as Array<[string, unknown]>).filter(
    (entry): entry is [string, z.ZodType] => typeof entry[1] === "object" && entry[1] !== null && "_zod" in entry[1],
  );

  it("every exported schema, with safeParse and safeParseAsync", async () => {
    expect(schemas.length).toBeGreaterThan(20);
    for (const [name, s] of schemas)
      for (const value of hostile()) {
        const r = s.safeParse(value);
        expect(r.success, name).toBe(false);
        expect(
          r.error?.issues.every((i) => typeof i.message === "string"),
          name,
        ).toBe(true);
        const a = await s.safeParseAsync(value);
        expect(a.success, name).toBe(false);
        expect(a.error?.issues.length, name).toBeGreaterThan(0);
      }
  });

  it("the issue names where: the value that could not be read, in both languages", () => {
    const def = JSON.parse(JSON.stringify(getRubric("skm@2017.2")));
    Object.defineProperty(def.legalBasis[0], "regulation", { get: boom, enumerable: true });
    const issues = rubricDefinitionSchema.safeParse(def).error?.issues ?? [];
    const unreadable = issues.find((i) => (i as { params?: IssueParams }).params?.message === "unreadable");
    expect(unreadable?.path).toEqual(["legalBasis", 0]);
    expect(unreadable?.message).toBe("the input could not be read (hostile getter)");
    expect(unreadable && formatIssue(unreadable, "id")).toBe(
      "legalBasis[0]: masukan tidak dapat dibaca (hostile getter)",
    );
  });

  it("validateAnswers and validateRespondents report it", () => {
    const answers = Object.defineProperty({}, "U1", { get: boom, enumerable: true });
    expect(validateAnswers(getRubric("skm@2017.2"), { answers }).issues[0]?.key).toBe("unreadable");
    const rows = [Object.defineProperty([4, 4, 4, 4, 4, 4, 4, 4, 4], 0, { get: boom, enumerable: true })];
    expect(validateRespondents(getRubric("skm@2017.2"), rows).issues[0]?.key).toBe("unreadable");
  });

  it("a guarded schema keeps its type, metadata and JSON Schema", () => {
    const plain = z.strictObject({ a: z.string().meta({ title: "A" }) });
    const json = z.toJSONSchema(plain);
    const same = guarded(plain);
    expect(same).toBe(plain);
    expectTypeOf(same).toEqualTypeOf<typeof plain>();
    expect(z.toJSONSchema(same)).toEqual(json);
    expect(z.toJSONSchema(text)).toMatchObject({ type: "object", required: ["id"] });
  });
});
