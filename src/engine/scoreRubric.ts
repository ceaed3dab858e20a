import { toDecimalText } from "../core/decimalText.js";
import { type ErrorPath, KinerjaError } from "../core/errors.js";
import { ownKeys, readOwn } from "../core/plain.js";
import { add, cmp, R0, type Rational, rational } from "../core/rational.js";
import { pow10 } from "../core/roundRatio.js";
import { POW10, ratioFraction, scaledToString } from "../core/scaled.js";
import type {
  BreakdownDetail,
  BreakdownEntry,
  Gap,
  Predicate,
  RubricDefinition,
  ScoreOptions,
  ScoreResult,
} from "../model/types.js";
import { VERSION } from "../version.js";
import type { Compiled, CompiledNode } from "./compile.js";
import { compiledOf, compiledWith, ensureDefined } from "./compiled.js";
import { breakdownOf, evaluate } from "./evaluate.js";
import { hotPlanOf, scoreHot } from "./fastCall.js";
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
  detail: "compact" | "full" | null,
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
    if (detail !== null) rows.push(...breakdownOf(c, e, null, true, detail));
  }
  return { total, rows };
}

/** A published value as scoring builds results from it (a Publication, or the fast path's own). */
interface Published {
  readonly value: string;
  readonly exact: string;
  readonly exactFraction: string;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
  readonly bandIndex: number;
}

function resultOf<Id extends string>(
  c: Compiled,
  input: ReadInput,
  total: Rational,
  breakdown: ReadonlyArray<BreakdownEntry>,
  confirmedExtra: boolean,
  detail: BreakdownDetail,
): ScoreResult<Id> {
  return rememberExact(
    build<Id>(c, input, publishValue(c, total, c.rounding, ["value"]), breakdown, confirmedExtra, detail),
    total,
  );
}

function build<Id extends string>(
  c: Compiled,
  input: ReadInput,
  p: Published,
  breakdown: ReadonlyArray<BreakdownEntry>,
  confirmedExtra: boolean,
  detail: BreakdownDetail,
): ScoreResult<Id> {
  const req = applyRequirements(c, p, input.unmet);
  const predicate = req ? req.predicate : p.predicate;
  // Built field by field (no spread of temporaries): the key order is the documented one.
  const result: Record<string, unknown> = {
    rubric: c.rubric.id as Id,
    value: p.value,
    exact: p.exact,
    exactFraction: p.exactFraction,
    predicate,
    gap: req?.outcome.capped ? null : p.gap,
    breakdown,
  };
  if (detail === "none") result.detail = "none";
  result.confirmed =
    predicate !== null &&
    c.figuresConfirmed &&
    predicate.confirmed &&
    confirmedExtra &&
    (req === null || req.confirmed);
  result.rubricHash = c.hash;
  result.kinerjaVersion = VERSION;
  if (input.points) result.basis = "points";
  if (c.parameters) result.parameters = c.parameters;
  if (req) result.requirements = req.outcome;
  return result as unknown as ScoreResult<Id>;
}

const DETAILS: ReadonlyArray<BreakdownDetail> = ["compact", "full", "none"];

/** The options of `score`: undefined, or `{ detail }`; anything else is an INVALID_INPUT error. */
function detailOf(options: unknown): BreakdownDetail {
  if (options === undefined) return "compact";
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new KinerjaError("INVALID_INPUT", "score options must be an object { detail }", {
      path: ["options"],
      rule: "an options object",
    });
  // Read inside guards: a Proxy trap or getter that throws is an INVALID_INPUT at its path, never a raw error.
  for (const key of ownKeys(options, ["options"]))
    if (key !== "detail")
      throw new KinerjaError("INVALID_INPUT", `unknown score option ${JSON.stringify(key.slice(0, 40))}`, {
        path: ["options", key],
        rule: "score options: detail",
      });
  const detail = readOwn(options, "detail", ["options", "detail"]);
  if (detail === undefined) return "compact";
  if (!(DETAILS as ReadonlyArray<unknown>).includes(detail))
    throw new KinerjaError("INVALID_INPUT", 'options.detail must be "compact", "full" or "none"', {
      path: ["options", "detail"],
      rule: 'one of "compact", "full", "none"',
    });
  return detail as BreakdownDetail;
}

/**
 * Scores one unit on a rubric: the exact value, its published (rounded) value,
 * predicate, gap and the breakdown of every node. Plain weighted means take
 * the safe-integer fast path when the answers allow; everything else is
 * evaluated on exact rationals.
 *
 * @example
 * ```ts
 * import { score } from "kinerja/engine";
 * import { ombudsman2024v2 } from "kinerja/ombudsman";
 *
 * const unit = score(ombudsman2024v2, { answers: { input: 80, proses: 90, output: 70, pengaduan: 60 } });
 * unit.exact; // "76.505"
 * unit.value; // "76.51"
 * unit.predicate?.code; // "C"
 * ```
 */
export function scoreRubric<Id extends string>(
  rubric: RubricDefinition<Id>,
  input: unknown,
  options?: ScoreOptions,
): ScoreResult<Id> {
  const detail = detailOf(options);
  const plan = hotPlanOf(rubric);
  if (plan !== null) {
    const hot = scoreHot(plan, input, detail);
    if (hot !== null) return hot as ScoreResult<Id>;
  }
  return scoreWith(rubric, input, true, detail);
}

/** The exact reference path alone (the oracle of the fast path's property tests). */
export function scoreExact<Id extends string>(
  rubric: RubricDefinition<Id>,
  input: unknown,
  options?: ScoreOptions,
): ScoreResult<Id> {
  return scoreWith(rubric, input, false, detailOf(options));
}

function scoreWith<Id extends string>(
  rubric: RubricDefinition<Id>,
  input: unknown,
  fast: boolean,
  detail: BreakdownDetail,
): ScoreResult<Id> {
  const defined = ensureDefined(rubric);
  const read = readScoreInput(defined, input);
  const c = read.parameters ? compiledWith(defined, read.parameters) : compiledOf(defined);
  read.resolve(c);
  const rows = detail === "none" ? null : detail;
  if (read.points) {
    const got = givenPoints(c, read.points, rows);
    return resultOf(c, read, got.total, got.rows, true, detail);
  }
  if (fast && c.linear && read.plain) {
    const quick = fastScore(prepare(defined), read.answers as Readonly<Record<string, unknown>>, detail);
    if (quick) {
      const { acc, exponent } = quick;
      if (quick.published === null)
        return resultOf(c, read, rational(BigInt(acc), pow10(exponent)), quick.breakdown, true, detail);
      const q = quick.published;
      const p: Published = {
        value: q.value,
        exact: scaledToString(acc, exponent),
        exactFraction: ratioFraction(acc, POW10[exponent] as number),
        predicate: q.predicate,
        gap: q.gap,
        bandIndex: q.bandIndex,
      };
      return rememberExact(build<Id>(c, read, p, quick.breakdown, true, detail), { n: acc, e: exponent });
    }
  }
  const { values, from, confirmed } = leafValues(c, read);
  const e = evaluate(c, values);
  return resultOf(c, read, e.total, rows === null ? [] : breakdownOf(c, e, from, false, rows), confirmed, detail);
}
