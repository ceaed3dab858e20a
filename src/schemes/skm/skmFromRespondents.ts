import { fail, isKinerjaError } from "../../core/errors.js";
import { type Rational, rational } from "../../core/rational.js";
import { SKM_RESPONDENT_ANSWERS } from "../../data/skm/helpers.js";
import { ensureDefined, leavesOf, scaleReader } from "../../engine/internal.js";
import type { AnswerValue, RubricDefinition } from "../../model/types.js";
import { oneOf, optionsObject } from "../shared.js";
import { ikmFromNrr, type SkmResult, type SkmWeightOptions } from "./compute.js";
import { skm2017 } from "./rubrics.js";

/** One respondent: answers in element order (U1…U9), or keyed by element code. Missing: undefined, null or "". */
export type RespondentRow =
  | ReadonlyArray<AnswerValue | null | undefined>
  | Readonly<Record<string, AnswerValue | null | undefined>>;

export interface RespondentOptions extends SkmWeightOptions {
  /**
   * Default skm@2017.1; a derived variant (other elements or weights) works the same way. Its `jawaban`
   * scale (whole numbers) checks each answer; a rubric without one cannot take respondent rows.
   */
  readonly rubric?: RubricDefinition;
  /**
   * "error" (default): a row with a missing answer is an error naming the row and element.
   * "report": such rows are kept, each element averages the answers it has, and the
   * result lists the incomplete rows. Rows are never dropped. Out-of-scale answers are always errors.
   */
  readonly incomplete?: "error" | "report";
}

const isMissing = (v: unknown) => v === undefined || v === null || v === "";

/** The reader of the rubric's questionnaire-answer scale; an error when the rubric has none. */
function answerScale(rubric: RubricDefinition) {
  const key = SKM_RESPONDENT_ANSWERS.scale;
  const scale = rubric.scales[key];
  if (scale?.kind !== "integer")
    fail({
      code: "INVALID_INPUT",
      path: ["options", "rubric"],
      rule: `a rubric whose "${key}" scale (whole numbers) holds the questionnaire answers`,
      message: `${rubric.id} has no whole-number "${key}" scale, so its respondent answers cannot be checked; pass NRRs to skmFromNrr instead`,
      details: { scale: key },
    });
  const reader = scaleReader(scale);
  return { rule: `${reader.rule} (${SKM_RESPONDENT_ANSWERS.form})`, read: reader.read };
}

/**
 * The IKM of a unit from its raw questionnaire rows (each element answered on
 * the rubric's `jawaban` scale, 1–4), computed as one exact quotient:
 * Σ_u (sum_u / n_u) × weight_u × 25. Every answer is checked; a missing or
 * out-of-scale answer is an error naming the row (0-based index, respondent
 * number = index + 1) and the element.
 */
export function skmFromRespondents(rows: ReadonlyArray<RespondentRow>, options?: RespondentOptions): SkmResult {
  const opts = optionsObject(options);
  const rubric = ensureDefined(opts.rubric ?? skm2017);
  const mode = oneOf(opts.incomplete, ["error", "report"] as const, ["options", "incomplete"]) ?? "error";
  if (!Array.isArray(rows) || rows.length === 0)
    fail({
      code: "INVALID_INPUT",
      path: ["rows"],
      rule: "at least one respondent",
      message: "skmFromRespondents needs a non-empty array of respondent rows",
    });
  const codes = leavesOf(rubric).map((l) => l.code);
  const answers = answerScale(rubric);
  const sums = codes.map(() => 0n);
  const counts = codes.map(() => 0);
  const incomplete: Array<{ row: number; missing: string[] }> = [];
  rows.forEach((row, r) => {
    const who = `rows[${r}] (respondent ${r + 1})`;
    if (typeof row !== "object" || row === null)
      fail({
        code: "INVALID_INPUT",
        path: ["rows", r],
        rule: "a respondent row",
        message: `${who} must be an array of ${codes.length} answers or an object keyed by element`,
      });
    let get: (i: number) => unknown;
    if (Array.isArray(row)) {
      if (row.length > codes.length)
        fail({
          code: "INVALID_INPUT",
          path: ["rows", r],
          rule: `${codes.length} answers per row, in element order`,
          message: `${who} has ${row.length} answers; ${rubric.id} has ${codes.length} elements (${codes.join(", ")})`,
        });
      get = (i) => row[i];
    } else {
      const record = row as Readonly<Record<string, unknown>>;
      for (const key of Object.keys(record))
        if (!codes.includes(key))
          fail({
            code: "UNKNOWN_INDICATOR",
            path: ["rows", r, key],
            rule: `keys are ${codes.join(", ")}`,
            message: `${who}: "${key}" is not an element of ${rubric.id}`,
          });
      get = (i) => record[codes[i] as string];
    }
    const missing: string[] = [];
    codes.forEach((code, i) => {
      const value = get(i);
      const path = ["rows", r, code];
      if (isMissing(value)) {
        if (mode === "error")
          fail({
            code: "MISSING_ANSWER",
            path,
            rule: 'every respondent answers every element (or pass { incomplete: "report" })',
            message: `${who}: ${code} is missing`,
            details: { row: r, element: code },
          });
        missing.push(code);
        return;
      }
      let answer: Rational;
      try {
        answer = answers.read(value, path);
      } catch (e) {
        if (!isKinerjaError(e)) throw e;
        // Not a number, or off the scale: either way the answer is not one of the questionnaire's options.
        fail({
          code: "ANSWER_OUT_OF_SCALE",
          path,
          rule: answers.rule,
          message: `${who}: ${code} = ${JSON.stringify(value)} is not ${answers.rule}`,
          details: { row: r, element: code, value },
        });
      }
      sums[i] = (sums[i] as bigint) + answer.n;
      counts[i] = (counts[i] as number) + 1;
    });
    if (missing.length > 0) incomplete.push({ row: r, missing });
  });
  codes.forEach((code, i) => {
    if (counts[i] === 0)
      fail({
        code: "MISSING_ANSWER",
        path: ["rows", code],
        rule: "every element needs at least one answer",
        message: `no respondent answered ${code}: its average (NRR) is undefined`,
      });
  });
  const nrr = new Map(codes.map((code, i) => [code, rational(sums[i] as bigint, BigInt(counts[i] as number))]));
  const base = ikmFromNrr(rubric, nrr, opts, {
    answered: new Map(codes.map((code, i) => [code, counts[i] as number])),
    sums: new Map(codes.map((code, i) => [code, sums[i] as bigint])),
    path: ["rows"],
  });
  const notes = [...base.notes];
  if (incomplete.length > 0)
    notes.push(
      `${incomplete.length} of ${rows.length} rows have missing answers; each element averages the answers it has (rows are not dropped).`,
    );
  return { ...base, respondents: rows.length, incomplete, notes };
}
