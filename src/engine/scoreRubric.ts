import { toDecimalText } from "../core/decimalText.js";
import { type ErrorPath, KinerjaError } from "../core/errors.js";
import { add, cmp, R0, type Rational, rational } from "../core/rational.js";
import type { BreakdownEntry, RubricDefinition, ScoreResult } from "../model/types.js";
import { VERSION } from "../version.js";
import type { Compiled, CompiledNode } from "./compile.js";
import { compiledOf, compiledWith, ensureDefined } from "./compiled.js";
import { breakdownOf, evaluate } from "./evaluate.js";
import { fastScore } from "./fastScore.js";
import { readNumber } from "./numbers.js";
import { prepare } from "./prepare.js";
import { publishValue } from "./publishValue.js";
import { type ReadInput, readScoreInput } from "./readScoreInput.js";
import { applyRequirements } from "./requirements.js";
import { readResultAnswer } from "./resultAnswer.js";
import { rememberExact } from "./storedExact.js";

const own = Object.prototype.hasOwnProperty;

/** Leaf values from the answers; every missing answer is reported at once, in official order. */
function leafValues(
  c: Compiled,
  input: ReadInput,
): { values: Array<Rational | null>; from: Map<number, string>; confirmed: boolean } {
  let confirmed = true;
  const values = new Array<Rational | null>(c.nodes.length).fill(null);
  const from = new Map<number, string>();
  const missing: string[] = [];
  const answers = input.answers as Readonly<Record<string, unknown>>;
  for (const i of c.leaves) {
    const node = c.nodes[i] as CompiledNode;
    const code = node.node.code;
    if (input.notApplicable.has(i)) continue;
    if (!own.call(answers, code) || answers[code] === undefined) {
      if (input.missingAsZero) values[i] = R0;
      else missing.push(code);
      continue;
    }
    const path: ErrorPath = ["answers", code];
    const answer = answers[code];
    const scale = node.scale as NonNullable<CompiledNode["scale"]>;
    if (node.node.accepts && typeof answer === "object" && answer !== null) {
      const got = readResultAnswer(node.node.accepts, answer, path);
      values[i] = scale.readExact(got.value, path);
      from.set(i, got.rubric);
      if (!got.confirmed) confirmed = false;
    } else values[i] = scale.read(answer, path);
  }
  if (missing.length > 0)
    throw new KinerjaError(
      "MISSING_ANSWER",
      missing.length === 1
        ? `answers["${missing[0]}"] is missing`
        : `${missing.length} answers are missing: ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", …" : ""}`,
      { path: ["answers", missing[0] as string], rule: "every indicator needs an answer", details: { missing } },
    );
  return { values, from, confirmed };
}

/** Top-level points as published (an LHE's component values): each within its node's range. */
function givenPoints(
  c: Compiled,
  points: Readonly<Record<string, unknown>>,
): { total: Rational; rows: BreakdownEntry[] } {
  let total = R0;
  const rows: BreakdownEntry[] = [];
  const missing = c.top.map((i) => (c.nodes[i] as CompiledNode).node.code).filter((code) => !own.call(points, code));
  if (missing.length > 0)
    throw new KinerjaError("MISSING_ANSWER", `points are missing for ${missing.join(", ")}`, {
      path: ["points", missing[0] as string],
      rule: "points for every top-level component",
      details: { missing },
    });
  for (const i of c.top) {
    const node = c.nodes[i] as CompiledNode;
    const code = node.node.code;
    const path: ErrorPath = ["points", code];
    const p = readNumber(points[code], path);
    if (cmp(p, node.minPoints) < 0 || cmp(p, node.fullMarks) > 0)
      throw new KinerjaError(
        "OUT_OF_RANGE",
        `points.${code}: ${toDecimalText(p)} is outside ${toDecimalText(node.minPoints)}–${toDecimalText(node.fullMarks)}, the marks of "${code}"`,
        { path, rule: `points from ${toDecimalText(node.minPoints)} to ${toDecimalText(node.fullMarks)}` },
      );
    total = add(total, p);
    const e = { points: [] as Rational[], unrounded: [] as Rational[], raw: [] as Rational[], total: R0 };
    e.points[i] = p;
    e.unrounded[i] = p;
    e.raw[i] = node.contribution.n === 0n ? p : rational(p.n * node.contribution.d, p.d * node.contribution.n);
    rows.push(...breakdownOf(c, e, null, true));
  }
  return { total, rows };
}

function resultOf<Id extends string>(
  c: Compiled,
  input: ReadInput,
  total: Rational,
  breakdown: ReadonlyArray<BreakdownEntry>,
  confirmedExtra: boolean,
): ScoreResult<Id> {
  const p = publishValue(c, total, c.rounding, ["value"]);
  const req = applyRequirements(c, p, input.unmet);
  const predicate = req ? req.predicate : p.predicate;
  const result: ScoreResult<Id> = {
    rubric: c.rubric.id as Id,
    value: p.value,
    exact: p.exact,
    exactFraction: p.exactFraction,
    predicate,
    gap: req?.outcome.capped ? null : p.gap,
    breakdown,
    confirmed:
      predicate !== null &&
      c.figuresConfirmed &&
      predicate.confirmed &&
      confirmedExtra &&
      (req === null || req.confirmed),
    rubricHash: c.hash,
    kinerjaVersion: VERSION,
    ...(input.points ? { basis: "points" as const } : {}),
    ...(c.parameters ? { parameters: c.parameters } : {}),
    ...(req ? { requirements: req.outcome } : {}),
  };
  return rememberExact(result, total);
}

/**
 * Scores one unit on a rubric: the exact value, its published (rounded) value,
 * predicate, gap and the breakdown of every node. Plain weighted means take
 * the safe-integer fast path when the answers allow; everything else is
 * evaluated on exact rationals.
 */
export function scoreRubric<Id extends string>(rubric: RubricDefinition<Id>, input: unknown): ScoreResult<Id> {
  return scoreWith(rubric, input, true);
}

/** The exact reference path alone (the oracle of the fast path's property tests). */
export function scoreExact<Id extends string>(rubric: RubricDefinition<Id>, input: unknown): ScoreResult<Id> {
  return scoreWith(rubric, input, false);
}

function scoreWith<Id extends string>(rubric: RubricDefinition<Id>, input: unknown, fast: boolean): ScoreResult<Id> {
  const defined = ensureDefined(rubric);
  const read = readScoreInput(defined, input);
  const c = read.parameters ? compiledWith(defined, read.parameters) : compiledOf(defined);
  read.resolve(c);
  if (read.points) {
    const got = givenPoints(c, read.points);
    return resultOf(c, read, got.total, got.rows, true);
  }
  if (fast && c.linear && read.plain) {
    const prepared = prepare(defined);
    const quick = fastScore(prepared, read.answers as Readonly<Record<string, unknown>>);
    if (quick && "rubric" in quick) {
      const { exactValue, ...rest } = quick;
      const result: ScoreResult<Id> = {
        ...rest,
        rubric: defined.id as Id,
        confirmed: rest.predicate !== null && c.figuresConfirmed && rest.predicate.confirmed,
        rubricHash: c.hash,
        kinerjaVersion: VERSION,
      };
      return rememberExact(result, exactValue);
    }
    if (quick) return resultOf(c, read, rational(quick.num, quick.den), quick.breakdown, true);
  }
  const { values, from, confirmed } = leafValues(c, read);
  const e = evaluate(c, values);
  return resultOf(c, read, e.total, breakdownOf(c, e, from, false), confirmed);
}
