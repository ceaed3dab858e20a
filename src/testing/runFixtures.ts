/**
 * Golden cases for a downstream team's CI: your own answer sets with the
 * figures you expect, checked against a pinned rubric. Plain functions, no
 * test framework: call them from any runner.
 */

import { aggregate } from "../api/aggregate.js";
import { score } from "../api/score.js";
import { toRubric } from "../api/toRubric.js";
import {
  cut,
  type ErrorPath,
  fail,
  formatPath,
  isKinerjaError,
  type KinerjaErrorCode,
  showValue,
} from "../core/errors.js";
import { isRecord, snapshot } from "../core/plain.js";
import { eq, parseFraction } from "../core/rational.js";
import { isRemembered } from "../engine/storedExact.js";
import type {
  AggregateOptions,
  AggregateResult,
  AggregateUnit,
  AnswerValue,
  DecimalString,
  ResultAnswer,
  RubricDefinition,
  RubricRef,
  ScoreInput,
  ScoreResult,
} from "../model/types.js";

/** What a case expects; only the fields given are checked. */
export interface FixtureExpect {
  /** The published value ("3.68"); compared as a number, so "3.7" and "3.70" agree. */
  readonly value?: DecimalString | number;
  /** The predicate code ("B"), or null for "no predicate". */
  readonly predicate?: string | null;
  /** The exact value: decimal text as the result prints it ("3.6848") or an exact fraction ("461/125"). */
  readonly exact?: DecimalString | number;
  readonly confirmed?: boolean;
  /** The case must fail with a KinerjaError of this code ("MISSING_ANSWER", "ANSWER_OUT_OF_SCALE", …). */
  readonly error?: KinerjaErrorCode;
}

/** One unit of an aggregate case: what `aggregate` takes, or an answer set (`{ unit?, answers, weight? }`) scored first. */
export type FixtureUnit =
  | AggregateUnit
  | {
      readonly unit?: string;
      readonly answers?: Readonly<Record<string, AnswerValue | ResultAnswer>>;
      readonly points?: Readonly<Record<string, AnswerValue>>;
      readonly weight?: AnswerValue;
    };

/** The score inputs a case may carry besides its answers or points. */
type ScoreExtras = Pick<ScoreInput, "notApplicable" | "parameters" | "unmetRequirements" | "missing">;

/** One golden case: a name, exactly one of `answers`, `points` or `aggregate`, and what you expect. */
export type FixtureCase = {
  readonly name: string;
  readonly expect: FixtureExpect;
} & (
  | ({
      readonly answers: NonNullable<ScoreInput["answers"]>;
      readonly points?: never;
      readonly aggregate?: never;
    } & ScoreExtras)
  | ({
      readonly points: NonNullable<ScoreInput["points"]>;
      readonly answers?: never;
      readonly aggregate?: never;
    } & ScoreExtras)
  | {
      readonly aggregate: { readonly units: ReadonlyArray<FixtureUnit>; readonly options?: AggregateOptions };
      readonly answers?: never;
      readonly points?: never;
    }
);

/** The figures a case produced (plain JSON). */
export interface FixtureActual {
  readonly value: DecimalString;
  readonly exact: DecimalString;
  readonly exactFraction: string;
  readonly predicate: string | null;
  readonly confirmed: boolean;
}

/** The outcome of one case. */
export interface FixtureOutcome {
  readonly name: string;
  readonly ok: boolean;
  /** What differs, one line per field: "value: expected 3.68, got 3.69". Empty when the case passed. */
  readonly diff: ReadonlyArray<string>;
  /** The figures computed, when scoring succeeded. */
  readonly actual?: FixtureActual;
  /** The KinerjaError raised, when scoring failed. */
  readonly error?: { readonly code: string; readonly message: string };
}

/** The report of `runFixtures`. */
export interface FixtureReport {
  readonly rubric: string;
  readonly passed: number;
  readonly failed: number;
  /** Every case, in the order given. */
  readonly results: ReadonlyArray<FixtureOutcome>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
/** An expected figure as the diff shows it: a text as it is (cut to 60 characters), anything else by showValue. */
const shown = (v: unknown): string => (v === null ? "none" : typeof v === "string" ? cut(v) : showValue(v));
const EXPECT_KEYS = new Set(["value", "predicate", "exact", "confirmed", "error"]);

/**
 * Runs golden cases against a rubric and reports each one: the figures it
 * produced and, for a failure, a readable diff. Never stops at the first
 * failure and never throws for a bad case (the case fails, saying why); only
 * a bad `rubric`, or a `cases` that is not an array or cannot be read as plain
 * data (a hole, a getter or Proxy that throws, a cycle: INVALID_INPUT at its
 * path, e.g. `cases[2]`), throws a KinerjaError.
 *
 * A case is `{ name, answers | points | aggregate, expect }`: `answers` or
 * `points` are scored (with `notApplicable`, `parameters`,
 * `unmetRequirements`, `missing` as `score` takes them); `aggregate:
 * { units, options? }` is aggregated, where a unit may also be an answer set
 * `{ unit?, answers, weight? }` that is scored first. `expect` names only the
 * figures you want checked: `value`, `predicate`, `exact`, `confirmed`, or
 * `error` (the KinerjaError code a bad input must raise).
 *
 * @example
 * ```ts
 * import { runFixtures } from "kinerja/testing";
 *
 * // answers: your unit's answers; here the PEKPPP reference worked example
 * const report = runFixtures("pekppp@2022.2", [
 *   { name: "worked example", answers, expect: { value: "3.68", predicate: "B", exact: "3.6848" } },
 *   { name: "a missing answer is refused", answers: { "1.a.Ak": 5 }, expect: { error: "MISSING_ANSWER" } },
 * ]);
 * report.passed; // 2
 * report.failed; // 0
 * ```
 */
export function runFixtures(rubric: RubricDefinition | string, cases: ReadonlyArray<FixtureCase>): FixtureReport {
  const r = toRubric(rubric as RubricRef);
  if (!Array.isArray(cases))
    fail({
      code: "INVALID_INPUT",
      path: ["cases"],
      rule: "an array of cases",
      message: "runFixtures needs an array of cases: [{ name, answers | points | aggregate, expect }]",
    });
  // Read once as plain data (results this process computed are kept as they are, for aggregate cases).
  const list = snapshot(cases, ["cases"], { keep: isRemembered }) as ReadonlyArray<unknown>;
  const results = list.map((c, i) => runCase(r, c, i));
  const failed = results.filter((x) => !x.ok).length;
  return { rubric: r.id, passed: results.length - failed, failed, results };
}

/**
 * The report as text: one line per case, and under each failure its diff.
 * A value that is no report of `runFixtures` (a stored one is read as plain
 * data) is an INVALID_INPUT naming the field, e.g. `report.results[0].diff`.
 *
 * @example
 * ```ts
 * import { formatFixtureReport, runFixtures } from "kinerja/testing";
 *
 * const report = runFixtures("ombudsman@2024.2", [
 *   {
 *     name: "Kota Cilegon 2024",
 *     aggregate: { units: ["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"] },
 *     expect: { value: "95.31" },
 *   },
 *   { name: "a wrong expectation", aggregate: { units: ["97.55", "97.02"] }, expect: { value: "97.30" } },
 * ]);
 * formatFixtureReport(report).split("\n")[0]; // "ombudsman@2024.2: 1 passed, 1 failed"
 * console.log(formatFixtureReport(report));
 * // ombudsman@2024.2: 1 passed, 1 failed
 * //   ✓ Kota Cilegon 2024
 * //   ✗ a wrong expectation
 * //       value: expected 97.30, got 97.29
 * ```
 */
export function formatFixtureReport(report: FixtureReport): string {
  const read = readReport(report);
  const lines = [`${read.rubric}: ${read.passed} passed, ${read.failed} failed`];
  for (const r of read.results) {
    lines.push(`  ${r.ok ? "✓" : "✗"} ${r.name}`);
    for (const d of r.diff) lines.push(`      ${d}`);
  }
  return lines.join("\n");
}

/**
 * Like `runFixtures`, but throws an Error whose message is the formatted
 * report when any case fails: one line in any test runner.
 *
 * @example
 * ```ts
 * import { assertFixtures } from "kinerja/testing";
 *
 * // In any test runner: throws an Error whose message is the report when a case fails.
 * const madiun = ["92.03", "89.72", "93.12", "93.53", "95.20", "95.35", "96.20"];
 * assertFixtures("ombudsman@2023.2", [
 *   { name: "Kota Madiun 2023", aggregate: { units: madiun }, expect: { value: "93.59", predicate: "A" } },
 * ]).passed; // 1
 * ```
 */
export function assertFixtures(rubric: RubricDefinition | string, cases: ReadonlyArray<FixtureCase>): FixtureReport {
  const report = runFixtures(rubric, cases);
  if (report.failed > 0) {
    const error = new Error(formatFixtureReport(report));
    error.name = "FixtureFailure";
    throw error;
  }
  return report;
}

/** A report as formatFixtureReport reads it: checked, plain data. */
interface ReadReport {
  readonly rubric: string;
  readonly passed: number;
  readonly failed: number;
  readonly results: ReadonlyArray<{
    readonly name: string;
    readonly ok: boolean;
    readonly diff: ReadonlyArray<string>;
  }>;
}

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/** The report given to formatFixtureReport, read once as plain data and checked: INVALID_INPUT naming the field. */
function readReport(given: unknown): ReadReport {
  // A report's texts carry whole error messages: no text limit (the work is one pass over them).
  const report = snapshot(given, ["report"], { textLimit: false });
  const wrong = (path: ErrorPath, what: string): never =>
    fail({
      code: "INVALID_INPUT",
      path,
      rule: "a report of runFixtures: { rubric, passed, failed, results: [{ name, ok, diff }] }",
      message: `formatFixtureReport needs a report of runFixtures: ${formatPath(path)} must be ${what}`,
    });
  if (!isRecord(report)) return wrong(["report"], "an object");
  if (typeof report.rubric !== "string") wrong(["report", "rubric"], "a text");
  if (!isCount(report.passed)) wrong(["report", "passed"], "a whole number ≥ 0");
  if (!isCount(report.failed)) wrong(["report", "failed"], "a whole number ≥ 0");
  if (!Array.isArray(report.results)) wrong(["report", "results"], "an array");
  const results = (report.results as ReadonlyArray<unknown>).map((r, i) => {
    const at = ["report", "results", i];
    if (!isRecord(r)) return wrong(at, "an outcome { name, ok, diff }");
    if (typeof r.name !== "string") wrong([...at, "name"], "a text");
    if (typeof r.ok !== "boolean") wrong([...at, "ok"], "true or false");
    if (!Array.isArray(r.diff)) return wrong([...at, "diff"], "an array of texts");
    (r.diff as ReadonlyArray<unknown>).forEach((d, k) => {
      if (typeof d !== "string") wrong([...at, "diff", k], "a text");
    });
    return { name: r.name as string, ok: r.ok as boolean, diff: r.diff as ReadonlyArray<string> };
  });
  return {
    rubric: report.rubric as string,
    passed: report.passed as number,
    failed: report.failed as number,
    results,
  };
}

function runCase(rubric: RubricDefinition, c: unknown, index: number): FixtureOutcome {
  const name = isObject(c) && typeof c.name === "string" && c.name !== "" ? c.name : `case ${index}`;
  const bad = (why: string): FixtureOutcome => ({ name, ok: false, diff: [why] });
  if (!isObject(c)) return bad(`case ${index} is not an object { name, answers | points | aggregate, expect }`);
  if (typeof c.name !== "string" || c.name === "") return bad(`case ${index} needs a name`);
  const kinds = (["answers", "points", "aggregate"] as const).filter((k) => c[k] !== undefined);
  if (kinds.length !== 1)
    return bad(
      kinds.length === 0
        ? "the case needs answers, points or aggregate"
        : `the case has ${kinds.join(" and ")}: give exactly one`,
    );
  const expect = c.expect;
  if (!isObject(expect)) return bad("the case needs expect: { value?, predicate?, exact?, confirmed?, error? }");
  const unknown = Object.keys(expect).filter((k) => !EXPECT_KEYS.has(k));
  if (unknown.length > 0)
    return bad(
      `expect has unknown field ${unknown.map((k) => cut(k)).join(", ")} (known: ${[...EXPECT_KEYS].join(", ")})`,
    );
  if (Object.keys(expect).length === 0) return bad("expect names nothing to check");

  let result: ScoreResult | AggregateResult;
  try {
    result = compute(rubric, c, kinds[0] as "answers" | "points" | "aggregate");
  } catch (e) {
    if (!isKinerjaError(e))
      return {
        name,
        ok: false,
        diff: [`unexpected error: ${e instanceof Error ? cut(String(e.message), 200) : showValue(e)}`],
      };
    const error = { code: e.code, message: e.message };
    if (expect.error === e.code) return { name, ok: true, diff: [], error };
    return {
      name,
      ok: false,
      diff: [
        expect.error !== undefined
          ? `error: expected ${shown(expect.error)}, got ${e.code} (${e.message})`
          : `error: expected a result, got ${e.code}: ${e.message}`,
      ],
      error,
    };
  }
  const actual: FixtureActual = {
    value: result.value,
    exact: result.exact,
    exactFraction: result.exactFraction,
    predicate: result.predicate?.code ?? null,
    confirmed: result.confirmed,
  };
  const diff: string[] = [];
  if (expect.error !== undefined)
    diff.push(`error: expected ${shown(expect.error)}, got a result (value ${result.value})`);
  if (expect.value !== undefined && !sameNumber(expect.value, result.value, null))
    diff.push(`value: expected ${shown(expect.value)}, got ${result.value}`);
  if (expect.exact !== undefined && !sameNumber(expect.exact, result.exact, result.exactFraction))
    diff.push(`exact: expected ${shown(expect.exact)}, got ${result.exact} (${result.exactFraction})`);
  if (expect.predicate !== undefined && expect.predicate !== actual.predicate)
    diff.push(
      `predicate: expected ${shown(expect.predicate)}, got ${result.predicate ? `${result.predicate.code} (${result.predicate.label.id})` : "none"}`,
    );
  if (expect.confirmed !== undefined && expect.confirmed !== result.confirmed)
    diff.push(`confirmed: expected ${shown(expect.confirmed)}, got ${result.confirmed}`);
  return { name, ok: diff.length === 0, diff, actual };
}

function compute(
  rubric: RubricDefinition,
  c: Record<string, unknown>,
  kind: "answers" | "points" | "aggregate",
): ScoreResult | AggregateResult {
  if (kind !== "aggregate") return score(rubric, scoreInputOf(c));
  const spec = c.aggregate;
  if (!isObject(spec) || !Array.isArray(spec.units))
    fail({
      code: "INVALID_INPUT",
      path: ["aggregate", "units"],
      rule: "aggregate: { units, options? }",
      message: "aggregate needs { units: [...], options? }",
    });
  const units = (spec.units as ReadonlyArray<unknown>).map((u) => {
    if (!isObject(u) || (u.answers === undefined && u.points === undefined)) return u as AggregateUnit;
    const result = score(rubric, scoreInputOf(u));
    return {
      ...(u.unit !== undefined ? { unit: u.unit } : {}),
      result,
      ...(u.weight !== undefined ? { weight: u.weight } : {}),
    } as AggregateUnit;
  });
  return aggregate(rubric, units, (spec.options ?? {}) as AggregateOptions);
}

const SCORE_KEYS = ["answers", "points", "notApplicable", "parameters", "unmetRequirements", "missing"] as const;

/** The `score` input a case (or an aggregate unit) carries; its other fields (name, expect, notes) are not input. */
function scoreInputOf(c: Record<string, unknown>): ScoreInput {
  return Object.fromEntries(SCORE_KEYS.filter((k) => c[k] !== undefined).map((k) => [k, c[k]])) as ScoreInput;
}

/** Whether an expected number names the same value as the result's text (or fraction). */
function sameNumber(expected: unknown, text: string, fraction: string | null): boolean {
  const given = typeof expected === "number" ? (Number.isFinite(expected) ? String(expected) : null) : expected;
  if (typeof given !== "string") return false;
  if (given === text || (fraction !== null && given === fraction)) return true;
  const a = parseFraction(given);
  const b = parseFraction(fraction ?? text);
  return a !== null && b !== null && eq(a, b);
}
