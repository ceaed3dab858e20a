/**
 * schemas/*.input.schema.json: committed, equal to a fresh generation (CI fails when they are stale), and each
 * accepts real answer sets (the golden cases, the PEKPPP worked example) and refuses wrong ones.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateSchemas, staleSchemas } from "../../scripts/gen-schemas.js";
import { type AnswerValue, getRubric, listIndicators, listRubrics, type ScoreInput, score } from "../../src/index.js";
import type { RubricDefinition } from "../../src/model/types.js";
import { WORKED_EXAMPLE_2022 } from "../fixtures/pekppp/published.js";
import { PARAMETERS_2020 } from "../fixtures/rb/worksheets.js";
import type { GoldenFile } from "../support/golden.js";
import { validate } from "./miniJsonSchema.js";

const golden = Object.values(
  (
    import.meta as unknown as {
      glob: <T>(pattern: string, options: { eager: true }) => Record<string, T>;
    }
  ).glob<{ default: GoldenFile }>("../fixtures/*/*.cases.ts", { eager: true }),
).map((m) => m.default);

const schemaOf = (id: string) =>
  JSON.parse(readFileSync(`schemas/${id}.input.schema.json`, "utf8")) as Record<string, unknown>;

/** A complete answer set from each indicator's scale (alternating numbers and decimal text). */
function topAnswers(rubric: RubricDefinition): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  listIndicators(rubric).forEach((ind, i) => {
    const s = ind.scale;
    if (s.kind === "options") out[ind.code] = (s.options[0] as { code: string }).code;
    else if (s.kind === "integer") out[ind.code] = i % 2 === 0 ? s.max : String(s.max);
    else if (s.kind === "decimal") out[ind.code] = i % 2 === 0 ? s.max : s.min;
    else out[ind.code] = s.input.max;
  });
  return out;
}

/** Real inputs per rubric: golden score cases given as answers (not the ones that must fail). */
function realInputs(id: string): ScoreInput[] {
  const inputs: ScoreInput[] = [];
  for (const file of golden) {
    const fileId = typeof file.rubric === "string" ? file.rubric : file.rubric.id;
    if (fileId !== id) continue;
    for (const c of file.cases) if (c.score?.answers && !c.expect.error) inputs.push(c.score);
  }
  if (id === "pekppp@2022.1")
    inputs.push({
      answers: Object.fromEntries(
        listIndicators(id).map((ind, k) => [ind.code, WORKED_EXAMPLE_2022.answers[k] as number]),
      ),
    });
  return inputs;
}

/** Rubrics with golden (published or hand-computed) answer sets; the others get a generated one only. */
const REAL = new Set(
  listRubrics()
    .map((r) => r.id)
    .filter((id) => realInputs(id).length > 0),
);

describe("schemas/ (JSON Schema of every built-in rubric's input)", () => {
  it("are committed and equal to a fresh generation (else: npx tsx scripts/gen-schemas.ts)", () => {
    expect(staleSchemas()).toEqual([]);
    expect([...generateSchemas().keys()].sort()).toEqual(listRubrics().map((r) => `${r.id}.input.schema.json`));
  });

  for (const { id } of listRubrics())
    describe(id, () => {
      const rubric = getRubric(id);
      const schema = schemaOf(id);

      it("has the rubric's title, and each indicator its label, range or options", () => {
        expect(schema.title).toBe(rubric.title.id);
        const answers = (schema.properties as Record<string, Record<string, unknown>>).answers as Record<
          string,
          unknown
        >;
        const props = answers.properties as Record<string, Record<string, unknown>>;
        for (const ind of listIndicators(rubric)) {
          const p = props[ind.code];
          expect(p, ind.code).toBeDefined();
          expect(p?.title).toBe(ind.label.id);
          const text = JSON.stringify(p);
          if (ind.scale.kind === "options")
            for (const o of ind.scale.options) expect(text, ind.code).toContain(JSON.stringify(o.code));
          else expect(text).toMatch(/"minimum":.*"maximum":/);
        }
      });

      it("accepts real answer sets that score accepts", () => {
        const inputs = [...realInputs(id), { answers: topAnswers(rubric) }];
        for (const raw of inputs) {
          // rb@2020.1 requires parameters: the golden cases' illustrative values.
          const input = rubric.parameters && !raw.parameters ? { ...raw, parameters: PARAMETERS_2020 } : raw;
          expect(validate(schema, JSON.parse(JSON.stringify(input)))).toEqual([]);
          expect(() => score(rubric, input)).not.toThrow();
        }
        if (REAL.has(id)) expect(inputs.length, "golden answer sets").toBeGreaterThan(1);
      });

      it("refuses an unknown indicator, a missing one, a value off the scale and an unknown field", () => {
        const answers = topAnswers(rubric);
        const [first] = listIndicators(rubric);
        const code = first?.code as string;
        expect(validate(schema, { answers: { ...answers, "no.such.code": 1 } }).join()).toContain("unknown property");
        if (!rubric.missingAnswer && !rubric.notApplicable) {
          const { [code]: _, ...rest } = answers;
          expect(validate(schema, { answers: rest }).join()).toContain(`missing required ${code}`);
        }
        const s = first?.scale;
        const off = s?.kind === "options" ? "no-such-option" : s?.kind === "lookup" ? Number(s.input.max) + 1 : 1e9;
        expect(validate(schema, { answers: { ...answers, [code]: off } })).not.toEqual([]);
        expect(validate(schema, { answers, foo: 1 }).join()).toContain("unknown property foo");
      });
    });
});
