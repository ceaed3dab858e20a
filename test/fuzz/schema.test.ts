/**
 * Fuzz: kinerja/schema's parsers. Every exported zod schema's `safeParse`, the per-rubric schemas and the
 * validate* helpers, on hostile input: they never throw, and what they return is plain data (the parsed input,
 * or issues with a path and a message). See harness.ts.
 */
import { afterAll, describe, expect, it } from "vitest";
import { getRubric } from "../../src/index.js";
import * as schema from "../../src/schema/index.js";
import { type EntryPoint, fuzz, notPlainJson, RUNS, report, TIMEOUT } from "./harness.js";
import { PEKPPP, pekpppAnswers, skmAnswers, tinyDefinition } from "./samples.js";

interface SafeParser {
  safeParse(value: unknown): {
    success: boolean;
    data?: unknown;
    error?: { issues: ReadonlyArray<{ path: ReadonlyArray<unknown>; message: string }> };
  };
}
const isSchema = (v: unknown): v is SafeParser =>
  typeof v === "object" && v !== null && "_zod" in v && typeof (v as unknown as SafeParser).safeParse === "function";

/** A safeParse outcome: success with plain data, or issues each with a path of keys and a message. */
function parsed(v: unknown): void {
  const r = v as ReturnType<SafeParser["safeParse"]>;
  expect(typeof r.success).toBe("boolean");
  if (r.success) return;
  for (const issue of r.error?.issues ?? []) {
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.message).toBe("string");
  }
}

/** Sample inputs per schema name (valid ones where known; the fuzzer changes them). */
const SAMPLES: Record<string, Array<() => unknown>> = {
  scoreInputSchema: [() => ({ answers: pekpppAnswers() })],
  decimalInput: [() => "4.50"],
  decimalString: [() => "4.50"],
  weightString: [() => "1/9"],
  roundingRule: [() => ({ places: 2, mode: "halfUp" })],
  source: [() => ({ regulation: "PermenPAN-RB 29/2022", confirmed: true })],
  text: [() => ({ id: "Baik", en: "Good" })],
  answerValue: [() => "4"],
  rubricDefinitionSchema: [() => tinyDefinition()],
  nodeSchema: [() => tinyDefinition().nodes[0]],
  bandSchema: [() => tinyDefinition().predicates?.[0]],
  capaianInputSchema: [() => ({ target: 10, realisasi: 8, polarity: "lowerIsBetter" })],
};

const schemas = (Object.entries(schema) as Array<[string, unknown]>).filter((entry): entry is [string, SafeParser] =>
  isSchema(entry[1]),
);

const ENTRIES: EntryPoint[] = [
  ...schemas.map(
    ([name, s]): EntryPoint => ({
      name: `kinerja/schema: ${name}.safeParse`,
      call: (args) => s.safeParse(args[0]),
      samples: (SAMPLES[name] ?? [() => ({})]).map((f) => () => [f()]),
      result: parsed,
    }),
  ),
  {
    name: "kinerja/schema: answersSchemaFor(rubric).safeParse",
    call: (args) => schema.answersSchemaFor(getRubric(PEKPPP)).safeParse(args[0]),
    samples: [() => [{ answers: pekpppAnswers() }]],
    result: parsed,
  },
  {
    name: "kinerja/schema: answersSchemaFor",
    call: (args) => schema.answersSchemaFor(args[0] as never),
    samples: [() => [getRubric("skm@2017.2")]],
    result: (v) => expect(isSchema(v)).toBe(true),
  },
  {
    name: "kinerja/schema: validateAnswers",
    call: (args) => schema.validateAnswers(getRubric("skm@2017.2"), args[0]),
    samples: [() => [{ answers: skmAnswers() }]],
    result: (v) => expect(notPlainJson((v as { issues: unknown }).issues)).toBeNull(),
  },
  {
    name: "kinerja/schema: validateRespondents",
    call: (args) => schema.validateRespondents(getRubric("skm@2017.2"), args[0], args[1] as never),
    samples: [() => [[[4, 3, 4, 3, 4, 2, 4, 3, 4]], { incomplete: "report" }]],
    result: (v) => expect(notPlainJson((v as { issues: unknown }).issues)).toBeNull(),
  },
];

/** Many small schemas: half the runs of the other entry points each. */
const SCHEMA_RUNS = Math.max(10, Math.round(RUNS / 2));

describe("fuzz: kinerja/schema", () => {
  afterAll(report);
  for (const entry of ENTRIES) it(entry.name, () => fuzz(entry, SCHEMA_RUNS), TIMEOUT);
});
