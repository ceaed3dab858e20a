import { type ErrorPath, fail, isKinerjaError, showValue } from "../../core/errors.js";
import { checkLimit } from "../../core/limits.js";
import { ownKeys, readOwn, unreadable } from "../../core/plain.js";
import { type Rational, rational } from "../../core/rational.js";
import { SKM_RESPONDENT_ANSWERS } from "../../data/skm/helpers.js";
import { ensureDefined, leavesOf, scaleReader } from "../../engine/internal.js";
import type { AnswerValue, IntegerScale, RubricDefinition } from "../../model/types.js";
import { oneOf, optionsObject, plainInput, rubricArg } from "../shared.js";
import { skmAnswerValue } from "./answerCodes.js";
import { ikmFromNrr, ikmFromSums, type SkmResult, type SkmWeightOptions } from "./compute.js";
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

/** Per defined rubric: its element codes and its answer reader (built once, not per survey). */
const prepared = new WeakMap<
  RubricDefinition,
  { readonly codes: ReadonlyArray<string>; readonly answers: ReturnType<typeof answerScale> }
>();

function preparedOf(rubric: RubricDefinition) {
  let hit = prepared.get(rubric);
  if (hit === undefined) {
    hit = { codes: leavesOf(rubric).map((l) => l.code), answers: answerScale(rubric) };
    prepared.set(rubric, hit);
  }
  return hit;
}

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
 *
 * @example
 * ```ts
 * import { skmFromRespondents } from "kinerja/skm";
 *
 * const ikm = skmFromRespondents([
 *   [4, 4, 4, 4, 4, 3, 3, 3, 3],
 *   [3, 3, 3, 3, 3, 3, 3, 3, 3],
 *   [3, 3, 3, 3, 3, 3, 3, 3, 3],
 * ]);
 * ikm.value; // "79.63" (25 × 86 / 27, one exact quotient)
 * ikm.predicate?.code; // "B"
 * ikm.elements[0]?.nrrFraction; // "10/3"
 * ```
 */
export function skmFromRespondents(rows: ReadonlyArray<RespondentRow>, options?: RespondentOptions): SkmResult {
  const opts = optionsObject(plainInput(options, ["options"]));
  const rubric = opts.rubric === undefined ? ensureDefined(skm2017) : rubricArg(opts.rubric, ["options", "rubric"]);
  const mode = oneOf(opts.incomplete, ["error", "report"] as const, ["options", "incomplete"]) ?? "error";
  // The rows are not copied (a national survey has millions): each is read once, inside a guard.
  const count = Array.isArray(rows) ? lengthOf(rows, ["rows"]) : 0;
  if (count === 0)
    fail({
      code: "INVALID_INPUT",
      path: ["rows"],
      rule: "at least one respondent",
      message: "skmFromRespondents needs a non-empty array of respondent rows",
    });
  checkLimit("respondents", count, ["rows"]);
  const { codes, answers } = preparedOf(rubric);
  const k = codes.length;
  const scale = rubric.scales[SKM_RESPONDENT_ANSWERS.scale] as IntegerScale;
  // Sums on safe integers while every row × the largest answer stays below 2^53 (always, for real surveys).
  const top = Math.max(Math.abs(scale.min), Math.abs(scale.max));
  const onNumbers = Number.isSafeInteger(top) && count * top <= Number.MAX_SAFE_INTEGER;
  const sums = new Array<number>(k).fill(0);
  const bigSums = onNumbers ? null : codes.map(() => 0n);
  const counts = new Array<number>(k).fill(0);
  const incomplete: Array<{ row: number; missing: string[] }> = [];
  let complete = 0;
  // The common-row loop checks whole numbers with `| 0`: exact while the scale stays within 32 bits.
  if (onNumbers && top <= 0x7fffffff)
    complete = addCommonRows(rows, count, k, scale.min, scale.max, sums, (row, r) => readRow(row, r));
  else for (let r = 0; r < count; r++) readRow(rowAt(rows, r), r);
  function readRow(row: unknown, r: number): void {
    const who = `rows[${r}] (respondent ${r + 1})`;
    if (typeof row !== "object" || row === null)
      fail({
        code: "INVALID_INPUT",
        path: ["rows", r],
        rule: "a respondent row",
        message: `${who} must be an array of ${k} answers or an object keyed by element`,
      });
    let get: (i: number) => unknown;
    if (Array.isArray(row)) {
      const length = lengthOf(row, ["rows", r]);
      if (length > k)
        fail({
          code: "INVALID_INPUT",
          path: ["rows", r],
          rule: `${k} answers per row, in element order`,
          message: `${who} has ${length} answers; ${rubric.id} has ${k} elements (${codes.join(", ")})`,
        });
      // An empty slot reads as undefined: a missing answer, as in the row's JSON form (null).
      get = (i) => {
        try {
          return row[i];
        } catch {
          return unreadable("INVALID_INPUT", ["rows", r, codes[i] as string]);
        }
      };
    } else {
      const record = row as Readonly<Record<string, unknown>>;
      for (const key of ownKeys(record, ["rows", r]))
        if (!codes.includes(key))
          fail({
            code: "UNKNOWN_INDICATOR",
            path: ["rows", r, key],
            rule: `keys are ${codes.join(", ")}`,
            message: `${who}: ${showValue(key)} is not an element of ${rubric.id}`,
          });
      // Own answers only: an inherited one is never read.
      get = (i) => readOwn(record, codes[i] as string, ["rows", r, codes[i] as string]);
    }
    const missing: string[] = [];
    codes.forEach((code, i) => {
      const value = skmAnswerValue(rubric, code, get(i));
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
          message: `${who}: ${code} = ${showValue(value)} is not ${answers.rule}`,
          details: { row: r, element: code, value: showValue(value) },
        });
      }
      // A whole number on the scale: exactly a safe integer when the sums are kept on numbers.
      if (bigSums) bigSums[i] = (bigSums[i] as bigint) + answer.n;
      else sums[i] = (sums[i] as number) + Number(answer.n); // not-a-score: a whole answer within the scale's safe range
      counts[i] = (counts[i] as number) + 1;
    });
    if (missing.length > 0) incomplete.push({ row: r, missing });
  }
  for (let i = 0; i < k; i++) counts[i] = (counts[i] as number) + complete;
  codes.forEach((code, i) => {
    // Nobody answered: the path names the element's field in the first row (every row leaves it out).
    if (counts[i] === 0)
      fail({
        code: "MISSING_ANSWER",
        path: ["rows", 0, code],
        rule: "every element needs at least one answer",
        message: `no respondent answered ${code}: its average (NRR) is undefined`,
      });
  });
  const exactMode = (opts.weightMode === undefined || opts.weightMode === "exact") && opts.printedWeight === undefined;
  const note =
    incomplete.length > 0
      ? `${incomplete.length} of ${count} rows have missing answers; each element averages the answers it has (rows are not dropped).`
      : null;
  if (exactMode && bigSums === null)
    return ikmFromSums(rubric, sums, counts, ["rows"], {
      respondents: count,
      incomplete,
      notes: note === null ? [] : [note],
    });
  const base = fromNrr(rubric, codes, bigSums ?? sums.map((x) => BigInt(x)), counts, opts);
  return { ...base, respondents: count, incomplete, notes: note === null ? base.notes : [...base.notes, note] };
}

/** The NRR path (printed weights, or sums beyond the safe integers): exact rationals per element. */
function fromNrr(
  rubric: RubricDefinition,
  codes: ReadonlyArray<string>,
  sums: ReadonlyArray<bigint>,
  counts: ReadonlyArray<number>,
  options: RespondentOptions,
) {
  const nrr = new Map(codes.map((code, i) => [code, rational(sums[i] as bigint, BigInt(counts[i] as number))]));
  return ikmFromNrr(rubric, nrr, options, {
    answered: new Map(codes.map((code, i) => [code, counts[i] as number])),
    sums: new Map(codes.map((code, i) => [code, sums[i] as bigint])),
    path: ["rows"],
  });
}

/**
 * Adds every common row (k whole-number answers within [min, max], as numbers or one-digit texts) to `sums` on
 * safe integers, and hands every other row, untouched, to `other` (which reads it again inside guards: a getter or
 * Proxy that throws here only sends the row there). Returns how many rows it added. A function of its own, so
 * that its loop runs on locals.
 */
function addCommonRows(
  rows: ReadonlyArray<unknown>,
  count: number,
  k: number,
  min: number,
  max: number,
  sums: number[],
  other: (row: unknown, r: number) => void,
): number {
  let complete = 0;
  // The answers of the row being read, to take them back out of `sums` if the row turns out not to be common: a
  // plain array, as `sums` is (a typed array costs more to make, its buffer, than a small survey's rows to add).
  const answers: number[] = new Array<number>(k).fill(0);
  for (let r = 0; r < count; r++) {
    let row: unknown;
    let i = 0;
    try {
      row = rows[r];
      if (Array.isArray(row) && row.length === k)
        for (; i < k; i++) {
          const v: unknown = row[i];
          let x: number;
          if (typeof v === "number") {
            // A whole number within [min, max] (both 32-bit here): the `| 0` check is exact for them.
            if (!(v >= min && v <= max) || (v | 0) !== v) break;
            x = v;
          } else if (typeof v === "string" && v.length === 1) {
            x = v.charCodeAt(0) - 48; // one digit "0"–"9" as text (a CSV cell); any other character is not one
            if (x < 0 || x > 9 || !(x >= min && x <= max)) break;
          } else break;
          sums[i] = (sums[i] as number) + x;
          answers[i] = x;
        }
    } catch {
      // A getter or Proxy trap threw: what was added is taken out, and `other` reads the row again, in a guard.
    }
    if (i === k) {
      complete++;
      continue;
    }
    for (let j = 0; j < i; j++) sums[j] = (sums[j] as number) - (answers[j] as number);
    // Not a common row (a hole, an object row, a missing or odd answer): read again, errors named there.
    other(rowAt(rows, r), r);
  }
  return complete;
}

/** The length of an array, read inside a guard (a Proxy whose trap throws is an INVALID_INPUT at `path`). */
function lengthOf(list: ReadonlyArray<unknown>, path: ErrorPath): number {
  try {
    return list.length;
  } catch {
    return unreadable("INVALID_INPUT", path);
  }
}

/** Row `r`, read inside a guard: a getter or Proxy that throws, or an empty slot, is an INVALID_INPUT at rows[r]. */
function rowAt(rows: ReadonlyArray<unknown>, r: number): unknown {
  let row: unknown;
  let present = true;
  try {
    row = rows[r];
    // A hole is no respondent: `[ , row]` is one row, not two.
    if (row === undefined) present = r in rows;
  } catch {
    unreadable("INVALID_INPUT", ["rows", r]);
  }
  if (!present)
    fail({
      code: "INVALID_INPUT",
      path: ["rows", r],
      rule: "arrays without holes",
      message: `rows[${r}] is a hole (an empty slot of the array): give the respondent's row`,
    });
  return row;
}
