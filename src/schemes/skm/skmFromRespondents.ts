import { D } from "../../core/decimal.js";
import { KinerjaError } from "../../core/errors.js";
import { type Rational, rational } from "../../core/rational.js";
import { parseDecimalInput } from "../../engine/answers.js";
import { prepare } from "../../engine/prepare.js";
import type { AnswerValue, RubricDefinition } from "../../model/types.js";
import { oneOf, optionsObject } from "../shared.js";
import { ikmFromNrr, type SkmResult, type SkmWeightOptions } from "./compute.js";
import { skm2017 } from "./rubrics.js";

/** One respondent: answers in element order (U1…U9), or keyed by element code. Missing: undefined, null or "". */
export type RespondentRow =
  | ReadonlyArray<AnswerValue | null | undefined>
  | Readonly<Record<string, AnswerValue | null | undefined>>;

export interface RespondentOptions extends SkmWeightOptions {
  /** Default skm@2017.1; a derived variant (other elements or weights) works the same way. */
  readonly rubric?: RubricDefinition;
  /**
   * "error" (default): a row with a missing answer is an error naming the row and element.
   * "report": such rows are kept, each element averages the answers it has, and the
   * result lists the incomplete rows. Rows are never dropped. Out-of-scale answers are always errors.
   */
  readonly incomplete?: "error" | "report";
}

const isMissing = (v: unknown) => v === undefined || v === null || v === "";

/**
 * The IKM of a unit from its raw questionnaire rows (each element answered 1–4),
 * computed as one exact quotient: Σ_u (sum_u / n_u) × weight_u × 25. Every answer
 * is checked; a missing or out-of-scale answer is an error naming the row
 * (0-based index, respondent number = index + 1) and the element.
 */
export function skmFromRespondents(rows: ReadonlyArray<RespondentRow>, options?: RespondentOptions): SkmResult {
  const opts = optionsObject(options);
  const rubric = opts.rubric ?? skm2017;
  const prepared = prepare(rubric);
  const mode = oneOf(opts.incomplete, ["error", "report"] as const, ["options", "incomplete"]) ?? "error";
  if (!Array.isArray(rows) || rows.length === 0)
    throw new KinerjaError("INVALID_INPUT", "skmFromRespondents needs a non-empty array of respondent rows", {
      path: ["rows"],
      rule: "at least one respondent",
    });
  const codes = prepared.leaves.map((l) => l.code);
  const answerScale = rubric.scales.jawaban;
  const lo = answerScale?.kind === "integer" ? answerScale.min : 1;
  const hi = answerScale?.kind === "integer" ? answerScale.max : 4;
  const rule = `a whole number from ${lo} to ${hi} (questionnaire option a–d)`;
  const sums = codes.map(() => 0n);
  const counts = codes.map(() => 0);
  const incomplete: Array<{ row: number; missing: string[] }> = [];
  rows.forEach((row, r) => {
    const who = `rows[${r}] (respondent ${r + 1})`;
    if (typeof row !== "object" || row === null)
      throw new KinerjaError(
        "INVALID_INPUT",
        `${who} must be an array of ${codes.length} answers or an object keyed by element`,
        {
          path: ["rows", r],
          rule: "a respondent row",
        },
      );
    let get: (i: number) => unknown;
    if (Array.isArray(row)) {
      if (row.length > codes.length)
        throw new KinerjaError(
          "INVALID_INPUT",
          `${who} has ${row.length} answers; ${rubric.id} has ${codes.length} elements (${codes.join(", ")})`,
          { path: ["rows", r], rule: `${codes.length} answers per row, in element order` },
        );
      get = (i) => row[i];
    } else {
      const record = row as Readonly<Record<string, unknown>>;
      for (const key of Object.keys(record))
        if (!codes.includes(key))
          throw new KinerjaError("UNKNOWN_INDICATOR", `${who}: "${key}" is not an element of ${rubric.id}`, {
            path: ["rows", r, key],
            rule: `keys are ${codes.join(", ")}`,
          });
      get = (i) => record[codes[i] as string];
    }
    const missing: string[] = [];
    codes.forEach((code, i) => {
      const value = get(i);
      const path = ["rows", r, code];
      if (isMissing(value)) {
        if (mode === "error")
          throw new KinerjaError("MISSING_ANSWER", `${who}: ${code} is missing`, {
            path,
            rule: 'every respondent answers every element (or pass { incomplete: "report" })',
            details: { row: r, element: code },
          });
        missing.push(code);
        return;
      }
      let d: InstanceType<typeof D>;
      try {
        d = parseDecimalInput(value, path);
      } catch {
        d = new D(Number.NaN);
      }
      if (!d.isFinite() || !d.isInteger() || d.lt(lo) || d.gt(hi))
        throw new KinerjaError("ANSWER_OUT_OF_SCALE", `${who}: ${code} = ${JSON.stringify(value)} is not ${rule}`, {
          path,
          rule,
          details: { row: r, element: code, value },
        });
      sums[i] = (sums[i] as bigint) + BigInt(d.toFixed());
      counts[i] = (counts[i] as number) + 1;
    });
    if (missing.length > 0) incomplete.push({ row: r, missing });
  });
  codes.forEach((code, i) => {
    if (counts[i] === 0)
      throw new KinerjaError("MISSING_ANSWER", `no respondent answered ${code}: its average (NRR) is undefined`, {
        path: ["rows", code],
        rule: "every element needs at least one answer",
      });
  });
  const nrr: Rational[] = codes.map((_, i) => rational(sums[i] as bigint, BigInt(counts[i] as number)));
  const base = ikmFromNrr(prepared.rubric, nrr, opts, { answered: counts, sums, path: ["rows"] });
  const notes = [...base.notes];
  if (incomplete.length > 0)
    notes.push(
      `${incomplete.length} of ${rows.length} rows have missing answers; each element averages the answers it has (rows are not dropped).`,
    );
  return { ...base, respondents: rows.length, incomplete, notes };
}
