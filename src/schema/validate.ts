import type * as z from "zod";
import { en as english, id as indonesian } from "zod/locales";
import { type ErrorPath, formatPath, type KinerjaErrorCode } from "../core/errors.js";
import type { RubricDefinition } from "../model/types.js";
import { answersSchemaFor, type RubricAnswers } from "./input.js";
import {
  type IssueLike,
  isIssueParams,
  issueText,
  type Lang,
  type MessageDetails,
  type MessageKey,
} from "./messages.js";
import { type RespondentsSchemaOptions, respondentsSchemaFor, type ValidRespondentRow } from "./respondents.js";

/** One problem of a validated input, with its message in both languages. */
export interface ValidationIssue {
  /** Where in the input: `["answers", "1.a.Ak"]`, `[2, "U5"]` (row 3, element U5). */
  readonly path: ErrorPath;
  /** The KinerjaError code `score` (or `skmFromRespondents`) throws for the same input; null for zod's own issues. */
  readonly code: KinerjaErrorCode | null;
  /** The catalogue key of the message; null for zod's own issues. */
  readonly key: MessageKey | null;
  /** The facts the message is built from (value as given, rule, rubric, …). */
  readonly details: MessageDetails;
  /** The message with its path, in Bahasa Indonesia and in English. */
  readonly message: { readonly id: string; readonly en: string };
}

/** Every issue at once, or the validated data (typed for `score` / `skmFromRespondents`). */
export type Validation<T> =
  | { readonly success: true; readonly data: T; readonly issues: readonly [] }
  | { readonly success: false; readonly data?: undefined; readonly issues: ReadonlyArray<ValidationIssue> };

/** An issue as zod reports it, with the input it was raised on when the parse kept it (`reportInput`). */
type ZodIssueLike = IssueLike & { readonly code?: string; readonly input?: unknown };

/**
 * zod's own locale for its built-in messages (invalid type, too small, …): `"id"` is zod's Indonesian locale,
 * `"en"` its English one. kinerja never sets it globally. Your application chooses: `z.config(zodLocale("id"))`
 * for every schema, or `schema.safeParse(x, { error: zodLocale("id").localeError })` for one parse. kinerja's own
 * issues are rendered from the catalogue instead (`formatIssue`, `validateAnswers`).
 *
 * @example
 * ```ts
 * import { zodLocale } from "kinerja/schema";
 * import { z } from "zod";
 *
 * const r = z.number().safeParse("4", { error: zodLocale("id").localeError });
 * r.error?.issues[0]?.message; // "Input tidak valid: diharapkan number, diterima string"
 * // or, once in your app's entry point: z.config(zodLocale("id"));
 * ```
 */
export function zodLocale(lang: Lang): { localeError: z.core.$ZodErrorMap } {
  return lang === "id" ? indonesian() : english();
}

const localeText = (issue: ZodIssueLike, lang: Lang): string => {
  const rendered = zodLocale(lang).localeError(issue as unknown as Parameters<z.core.$ZodErrorMap>[0]);
  const text = typeof rendered === "string" ? rendered : rendered?.message;
  return text ?? issue.message;
};

/**
 * Every issue of a zod parse, each with its message in Bahasa Indonesia and English: kinerja's issues from the
 * catalogue, zod's own from zod's locales (parse with `{ reportInput: true }` so zod can name the type it got).
 *
 * @example
 * ```ts
 * import { getRubric } from "kinerja";
 * import { answersSchemaFor, issuesOf } from "kinerja/schema";
 *
 * const parsed = answersSchemaFor(getRubric("skm@2017.2")).safeParse({ answers: {} }, { reportInput: true });
 * if (!parsed.success) issuesOf(parsed.error.issues)[0]?.message.id; // "answers.U1: wajib diisi (bilangan desimal dari 1 sampai 4)"
 * ```
 */
export function issuesOf(issues: ReadonlyArray<ZodIssueLike>): ValidationIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map((k) => (typeof k === "number" ? k : String(k)));
    if (isIssueParams(issue.params)) {
      const { code, message: key, ...details } = issue.params;
      return {
        path,
        code,
        key,
        details,
        message: { id: issueText(path, key, details, "id"), en: issueText(path, key, details, "en") },
      };
    }
    // zod's own issue: English as the schema wrote it, Indonesian from zod's locale (a custom issue keeps its text).
    const where = path.length === 0 ? "" : `${formatPath(path)}: `;
    const id = issue.code === "custom" || issue.code === undefined ? issue.message : localeText(issue, "id");
    return {
      path,
      code: null,
      key: null,
      details: {},
      message: { id: `${where}${id}`, en: `${where}${issue.message}` },
    };
  });
}

/**
 * Checks one rubric's input the way `score` does and returns every problem at once, each with its message in
 * Bahasa Indonesia and English, or the input typed for `score(rubric, …)`. Never throws on bad input.
 *
 * @example
 * ```ts
 * import { getRubric, score } from "kinerja";
 * import { validateAnswers } from "kinerja/schema";
 *
 * const rubric = getRubric("ombudsman@2024.2");
 * const checked = validateAnswers(rubric, { answers: { input: "80", proses: "9O", output: 101 } });
 * if (!checked.success)
 *   checked.issues.map((i) => i.message.id);
 * // [ 'answers.proses: "9O" bukan bilangan desimal dari 0 sampai 100',
 * //   "answers.output: 101 bukan bilangan desimal dari 0 sampai 100",
 * //   "answers.pengaduan: wajib diisi (bilangan desimal dari 0 sampai 100)" ]
 * const ok = validateAnswers(rubric, { answers: { input: 80, proses: 90, output: 70, pengaduan: 60 } });
 * if (ok.success) score(rubric, ok.data).value; // "76.51"
 * ```
 */
export function validateAnswers(rubric: RubricDefinition, input: unknown): Validation<RubricAnswers> {
  const parsed = answersSchemaFor(rubric).safeParse(input);
  return parsed.success
    ? { success: true, data: parsed.data, issues: [] }
    : { success: false, issues: issuesOf(parsed.error.issues) };
}

/**
 * Checks an SKM survey's respondent rows the way `skmFromRespondents` reads them (answers 1–4, the option
 * letters a–d or the printed words) and returns every problem at once, each with its message in Bahasa Indonesia
 * and English, or the rows as scores for `skmFromRespondents(rows, { rubric })`. Never throws on bad rows.
 *
 * @example
 * ```ts
 * import { validateRespondents } from "kinerja/schema";
 * import { skm2017v2 } from "kinerja/skm";
 *
 * const checked = validateRespondents(skm2017v2, [
 *   ["a", "b", "c", "d", "Sangat sesuai", 4, 3, 2, 1],
 *   ["e", 3, 3, 3, 3, 3, 3, 3],
 * ]);
 * if (!checked.success) checked.issues.map((i) => i.message.en);
 * // [ '[1].U1: respondent 2: "e" is not a whole number from 1 to 4, or the option a–d as printed (a. Tidak sesuai, b. Kurang sesuai, c. Sesuai, d. Sangat sesuai)',
 * //   "[1].U9: respondent 2 did not answer U9" ]
 * ```
 */
export function validateRespondents(
  rubric: RubricDefinition,
  rows: unknown,
  options: RespondentsSchemaOptions = {},
): Validation<ValidRespondentRow[]> {
  const parsed = respondentsSchemaFor(rubric, options).safeParse(rows);
  return parsed.success
    ? { success: true, data: parsed.data, issues: [] }
    : { success: false, issues: issuesOf(parsed.error.issues) };
}
