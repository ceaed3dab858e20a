import * as z from "zod";
import { KinerjaError, type KinerjaErrorCode } from "../core/errors.js";
import { getLimits } from "../core/limits.js";
import { readOwn } from "../core/plain.js";
import { SKM_RESPONDENT_ANSWERS } from "../data/skm/helpers.js";
import type { RubricDefinition, RubricNode } from "../model/types.js";
import { answerOptionsOf, answerValueOf, tableOf } from "../schemes/skm/answerTable.js";
import { thrownText } from "./guard.js";
import { readRubric, scaleChecker } from "./input.js";
import {
  describeValue,
  type IssueParams,
  issueText,
  type MessageDetails,
  type MessageKey,
  type RuleSpec,
} from "./messages.js";

/** One respondent's answers after validation: each element's score (1–4 on skm@2017.x), `null` when unanswered. */
export type ValidRespondentRow = Record<string, number | null>;

/** Options of {@link respondentsSchemaFor}, as `skmFromRespondents` takes them. */
export interface RespondentsSchemaOptions {
  /**
   * "error" (default): every respondent answers every element. "report": unanswered elements are allowed (each
   * element then averages the answers it has), but every element needs at least one answer.
   */
  readonly incomplete?: "error" | "report";
}

/** The schema `respondentsSchemaFor` returns: rows in, rows of scores out. */
export type RespondentsSchema = z.ZodType<ValidRespondentRow[], unknown>;

const isMissing = (v: unknown): boolean => v === undefined || v === null || v === "";
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function leaves(nodes: ReadonlyArray<RubricNode>): string[] {
  return nodes.flatMap((n) => (n.children ? leaves(n.children) : [n.code]));
}

type Report = (
  path: ReadonlyArray<string | number>,
  key: MessageKey,
  code: KinerjaErrorCode,
  d?: MessageDetails,
) => void;

function plan(rubric: RubricDefinition) {
  const key = SKM_RESPONDENT_ANSWERS.scale;
  const scale = rubric.scales[key];
  if (scale?.kind !== "integer")
    throw new KinerjaError(
      "INVALID_INPUT",
      `${rubric.id} has no whole-number "${key}" scale, so its respondent answers cannot be checked`,
      {
        path: ["rubric"],
        rule: `a rubric whose "${key}" scale (whole numbers) holds the questionnaire answers`,
        details: { scale: key },
      },
    );
  const checker = scaleChecker(scale, key);
  const codes = leaves(rubric.nodes);
  const table = tableOf(rubric);
  const rules = new Map<string, RuleSpec>(
    codes.map((code) => [
      code,
      {
        kind: "questionnaire",
        min: String(scale.min),
        max: String(scale.max),
        options: answerOptionsOf(table, code).map((o) => ({ letter: o.letter, label: o.label })),
      },
    ]),
  );
  return { codes, checker, rules, table };
}

function validate(
  rubric: RubricDefinition,
  p: ReturnType<typeof plan>,
  mode: "error" | "report",
  input: unknown,
  report: Report,
): ValidRespondentRow[] {
  const { codes, checker, rules, table } = p;
  const out: ValidRespondentRow[] = [];
  if (!Array.isArray(input)) {
    report([], "rowsNotList", "INVALID_INPUT", { value: describeValue(input) });
    return out;
  }
  if (input.length === 0) {
    report([], "noRespondents", "INVALID_INPUT");
    return out;
  }
  // skmFromRespondents refuses more rows than the respondents limit (LIMIT_EXCEEDED) before reading any.
  const limit = getLimits().respondents;
  if (input.length > limit) {
    report([], "tooManyRespondents", "LIMIT_EXCEEDED", { given: input.length, count: limit });
    return out;
  }
  const answered = codes.map(() => 0);
  input.forEach((row: unknown, r) => {
    let get: (i: number) => unknown;
    if (Array.isArray(row)) {
      if (row.length > codes.length)
        report([r], "rowTooLong", "INVALID_INPUT", {
          row: r,
          given: row.length,
          count: codes.length,
          rubric: rubric.id,
          fields: codes,
        });
      get = (i) => row[i];
    } else if (isRecord(row)) {
      for (const key of Object.keys(row))
        if (!codes.includes(key))
          report([r, key], "notAnElement", "UNKNOWN_INDICATOR", { row: r, key, rubric: rubric.id, fields: codes });
      get = (i) => (Object.hasOwn(row, codes[i] as string) ? row[codes[i] as string] : undefined);
    } else {
      report([r], "rowNotRow", "INVALID_INPUT", { row: r, value: describeValue(row), count: codes.length });
      return;
    }
    const scores: ValidRespondentRow = {};
    codes.forEach((code, i) => {
      const given = get(i);
      if (isMissing(given)) {
        scores[code] = null;
        if (mode === "error") report([r, code], "answerMissing", "MISSING_ANSWER", { row: r, element: code });
        return;
      }
      const value = answerValueOf(table, code, given);
      const problems = checker.check(value);
      if (problems.length > 0) {
        const hint = problems[0]?.details.hint;
        report([r, code], "notAnOption", "ANSWER_OUT_OF_SCALE", {
          row: r,
          element: code,
          value: describeValue(given),
          rule: rules.get(code) as RuleSpec,
          ...(hint && hint !== "didYouMean" ? { hint } : {}),
        });
        return;
      }
      scores[code] = Number(value); // not-a-score: a whole questionnaire option (1–4), checked just above
      answered[i] = (answered[i] as number) + 1;
    });
    out.push(scores);
  });
  // Nobody answered an element: the path names its field in the first row (every row leaves it out), as
  // skmFromRespondents names it (["rows", 0, code]: every issue path here is relative to the rows).
  if (mode === "report")
    codes.forEach((code, i) => {
      if (answered[i] === 0) report([0, code], "noAnswers", "MISSING_ANSWER", { element: code });
    });
  return out;
}

const cache = new WeakMap<object, Map<string, RespondentsSchema>>();

/**
 * A zod schema for an SKM survey's respondent rows, checked exactly as `skmFromRespondents` reads them, with
 * every problem reported at once: each row an array of answers in element order (U1…U9) or an object keyed by
 * element; each answer a score on the rubric's `jawaban` scale (1–4) or the questionnaire's own code: the option
 * letter ("a"–"d") or its printed words ("Sangat baik"), read from the rubric's level labels. Unanswered
 * elements are errors unless `incomplete: "report"`. The output is the rows with every answer as its score
 * (`null` where unanswered), ready for `skmFromRespondents(rows, { rubric, incomplete })`. Issue paths are
 * `[row, element]`; messages in both languages through `formatIssue` (or use `validateRespondents`).
 *
 * @example
 * ```ts
 * import { respondentsSchemaFor } from "kinerja/schema";
 * import { skm2017v2, skmFromRespondents } from "kinerja/skm";
 *
 * const parsed = respondentsSchemaFor(skm2017v2).safeParse([
 *   ["d", "c", "c", "Gratis", "c", "d", "d", "Baik", "c"],
 *   [3, 3, 2, 4, 3, 3, 4, 3, 3],
 * ]);
 * if (parsed.success) {
 *   parsed.data[0]?.U4; // 4
 *   skmFromRespondents(parsed.data, { rubric: skm2017v2 }).value; // "81.94"
 * }
 * ```
 */
export function respondentsSchemaFor(
  rubric: RubricDefinition,
  options: RespondentsSchemaOptions = {},
): RespondentsSchema {
  if (typeof options !== "object" || options === null)
    throw new KinerjaError("INVALID_INPUT", `options: ${describeValue(options)} is not an object { incomplete? }`, {
      path: ["options"],
      rule: 'options is { incomplete?: "error" | "report" }',
    });
  const mode = readOwn(options, "incomplete", ["options", "incomplete"]) ?? "error";
  if (mode !== "error" && mode !== "report")
    throw new KinerjaError("INVALID_INPUT", `options.incomplete: ${describeValue(mode)} is not "error" or "report"`, {
      path: ["options", "incomplete"],
      rule: '"error" or "report"',
    });
  const byMode = cache.get(rubric);
  const hit = byMode?.get(mode);
  if (hit) return hit;
  const definition = readRubric(rubric, "respondentsSchemaFor");
  const p = plan(definition);
  const schema = z.unknown().transform((input, ctx) => {
    const report: Report = (path, key, code, details = {}) => {
      const params: IssueParams = { ...details, code, message: key };
      ctx.issues.push({
        code: "custom",
        message: issueText(path, key, details),
        path: [...path],
        input,
        params,
        continue: true,
      });
    };
    try {
      return validate(definition, p, mode, input, report);
    } catch (e) {
      // Exotic input only (a throwing getter or proxy): safeParse still returns an issue.
      report([], "unreadable", "INVALID_INPUT", { value: thrownText(e) });
      return [];
    }
  }) as unknown as RespondentsSchema;
  let frozen = false;
  try {
    frozen = Object.isFrozen(rubric);
  } catch {
    // a Proxy whose trap throws: not cached
  }
  if (frozen) {
    const map = byMode ?? new Map<string, RespondentsSchema>();
    map.set(mode, schema);
    cache.set(rubric, map);
  }
  return schema;
}
