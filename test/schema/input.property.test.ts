import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/core/errors.js";
import { defineRubric, isKinerjaError, listIndicators, score } from "../../src/index.js";
import type { RubricDefinition, Source } from "../../src/model/types.js";
import { answersSchemaFor } from "../../src/schema/index.js";
import { pekppp2022 } from "../../src/schemes/pekppp/rubrics.js";

const src: Source = { regulation: "test fixture", confirmed: true };

/** Options (one an exact fraction, one a numeric code), a decimal scale with 2 places, a lookup scale, a result. */
const mixed = defineRubric({
  id: "campur@1",
  scheme: "campur",
  version: "1",
  status: "demo",
  title: { id: "Rubrik campuran" },
  legalBasis: [src],
  validFor: { from: 2024, to: null },
  weightTotal: "100",
  scales: {
    opsi: {
      kind: "options",
      options: [
        { code: "Ya", value: "1" },
        { code: "Tidak", value: "0" },
        { code: "Sebagian", value: "0.5" },
        { code: "C", value: "1/3" },
        { code: "2", value: "2" },
      ],
      source: src,
    },
    nilai: { kind: "decimal", min: "-1.5", max: "2.25", places: 2, source: src },
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
    persen: { kind: "decimal", min: "0", max: "100", source: src },
  },
  result: { min: "-100", max: "100" },
  nodes: [
    { code: "q1", label: { id: "Q1" }, weight: "25", source: src, scale: "opsi" },
    { code: "q2", label: { id: "Q2" }, weight: "25", source: src, scale: "nilai" },
    { code: "q3", label: { id: "Q3" }, weight: "25", source: src, scale: "ikm" },
    {
      code: "q4",
      label: { id: "Q4" },
      weight: "25",
      source: src,
      scale: "persen",
      accepts: { scheme: "sakip", source: src },
    },
  ],
  predicates: null,
  aggregation: null,
} satisfies RubricDefinition);

/** The errors `score` may throw for a single bad answer: anything else is a bug in one of the two. */
const ANSWER_ERRORS = new Set([
  "INVALID_INPUT",
  "ANSWER_OUT_OF_SCALE",
  "PRECISION_EXCEEDED",
  "MISSING_ANSWER",
  "RUBRIC_MISMATCH",
]);

function engineAccepts(rubric: RubricDefinition, answers: Record<string, unknown>): boolean {
  try {
    score(rubric, { answers } as Parameters<typeof score>[1]);
    return true;
  } catch (e) {
    if (isKinerjaError(e) && ANSWER_ERRORS.has(e.code)) return false;
    throw e;
  }
}

const digitText = (chars: string, maxLength: number) => fc.string({ unit: fc.constantFrom(...chars), maxLength });

/** Candidate answers: near-numbers, plain decimals, JS numbers of every kind, codes and junk. */
const candidate = fc.oneof(
  digitText("0123456789.-+eE, x\t٤", 8),
  digitText("0123456789.-", 28),
  fc.stringMatching(/^-?\d{1,3}(\.\d{1,25})?$/),
  fc.double(),
  fc.integer({ min: -10, max: 10 }),
  fc.constantFrom(
    "Ya",
    "ya",
    " Ya",
    "C",
    "2",
    "2.0",
    "02",
    "1.0",
    "0.50",
    "00.5",
    "-0",
    "-0.0",
    "5.000",
    "4.",
    ".5",
    "1e0",
    "2.250",
    "2.251",
    "-1.50",
    `1.${"0".repeat(19)}1`,
    `1.${"0".repeat(18)}1`,
    1e21,
    1e20,
    1e-7,
    5e-324,
    -0,
  ),
  fc.bigInt(),
  fc.anything(),
);

/** Another scheme's result, well formed or not. */
const result = fc.record(
  {
    rubric: fc.constantFrom("sakip@2024.1", "pekppp@2022.1", "sakip", 5),
    exact: fc.oneof(
      fc.stringMatching(/^-?\d{1,3}(\.\d{1,3})?$/),
      fc.constantFrom("50", "1".repeat(40), `33.${"3".repeat(38)}`, "4,5"),
    ),
    exactFraction: fc.constantFrom(undefined, "100/3", "50", "0.5", "101/2", "x", "1/0", "-0", "050"),
    value: fc.constantFrom(undefined, "4.5"),
  },
  { requiredKeys: ["rubric", "exact"] },
);

function agreement(
  rubric: RubricDefinition,
  answers: Record<string, unknown>,
  code: string,
  values: fc.Arbitrary<unknown> = candidate,
) {
  const schema = answersSchemaFor(rubric);
  return fc.property(values, (value) => {
    const input = { answers: { ...answers, [code]: value } };
    const parsed = schema.safeParse(input);
    expect(parsed.success).toBe(engineAccepts(rubric, input.answers));
    // Every issue is at this answer (or a field of it) and its message starts with that path.
    const elsewhere = (parsed.error?.issues ?? []).filter(
      (i) =>
        i.path[0] !== "answers" ||
        i.path[1] !== code ||
        !i.message.startsWith(`${formatPath(i.path as Array<string | number>)}: `),
    );
    expect(elsewhere).toEqual([]);
  });
}

const base = { q1: "Ya", q2: "1", q3: "70", q4: "50" };

describe("answersSchemaFor agrees with score on every answer (schema ok ⇔ score takes it)", () => {
  const pekpppAnswers = Object.fromEntries(listIndicators(pekppp2022).map((i) => [i.code, 3]));

  it("pekppp@2022.1, integer scale 0–5", () => {
    fc.assert(agreement(pekppp2022, pekpppAnswers, "1.a.Ak"), { numRuns: 1000 });
  }, 30_000);

  it("an options scale (codes, a fraction-valued option, a numeric code)", () => {
    fc.assert(agreement(mixed, base, "q1"), { numRuns: 1000 });
  }, 30_000);

  it("a decimal scale with at most 2 decimals", () => {
    fc.assert(agreement(mixed, base, "q2"), { numRuns: 1000 });
  }, 30_000);

  it("a lookup scale", () => {
    fc.assert(agreement(mixed, base, "q3"), { numRuns: 1000 });
  }, 30_000);

  it("a leaf that accepts another scheme's result", () => {
    fc.assert(agreement(mixed, base, "q4", fc.oneof(candidate, result)), { numRuns: 1000 });
  }, 30_000);
});

describe("answersSchemaFor never throws", () => {
  const schema = answersSchemaFor(pekppp2022);
  const junk = fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    maxDepth: 3,
  });

  it("on any input, answers or answer, and every issue names its path", () => {
    fc.assert(
      fc.property(junk, junk, fc.dictionary(fc.string(), junk), (whole, answers, extra) => {
        for (const input of [whole, { answers }, { answers: { ...extra, "1.a.Ak": whole } }, { ...extra, answers }]) {
          const r = schema.safeParse(input);
          const unnamed = (r.error?.issues ?? []).filter(
            (i) => i.code !== "custom" || !i.message.startsWith(`${formatPath(i.path as Array<string | number>)}: `),
          );
          expect(unnamed).toEqual([]);
        }
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
