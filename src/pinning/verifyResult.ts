/**
 * Re-verifying a stored result: the rubric it names, the content hash it was
 * computed with, and either a re-score from the stored input or, without the
 * input, the result's own internal consistency.
 */

import { getRubric } from "../api/getRubric.js";
import { canonicalJson } from "../core/contentHash.js";
import { roundRational, toDecimalText } from "../core/decimalText.js";
import { cut, isKinerjaError, showValue } from "../core/errors.js";
import { snapshot } from "../core/plain.js";
import { add, cmp, div, eq, mul, neg, parseFraction, R0, type Rational, rational, sub } from "../core/rational.js";
import { pow10 } from "../core/roundRatio.js";
import { SUPERSEDED } from "../data/supersessions.js";
import { aggregateUnits } from "../engine/aggregateUnits.js";
import { bandsOn, ensureDefined, figuresConfirmed, publishOn } from "../engine/internal.js";
import { scoreRubric } from "../engine/scoreRubric.js";
import type {
  AggregateOptions,
  AggregateResult,
  AggregateUnit,
  BreakdownDetail,
  Gap,
  Predicate,
  RoundingRule,
  RubricDefinition,
  RubricNode,
  ScoreInput,
  ScoreResult,
} from "../model/types.js";
import { lockedHash, rubricHash } from "./rubricHash.js";

/** Where `verifyResult` finds rubrics that kinerja does not ship (your derived or local rubrics). */
export interface VerifyOptions {
  /** Rubric definitions to look ids up in, before the built-in ones. */
  readonly rubrics?: ReadonlyArray<RubricDefinition>;
}

/** What `verifyResult` found. */
export interface Verification {
  /** True when the stored result is what its rubric computes (re-scored) or is consistent with it. */
  readonly ok: boolean;
  /** Why not, in words (several problems are joined with "; "). */
  readonly reason?: string;
  /** True when the stored input was re-scored; false when only the hash and the consistency were checked. */
  readonly rescored?: boolean;
  /**
   * The id of the correction that supersedes the result's rubric, when one was published: the stored result
   * is still what its (pinned) id computes, but new assessments use the correction (see diffRubrics).
   */
  readonly supersededBy?: string;
}

/** The input of an aggregate result, as `aggregate(rubric, units, options)` took it. */
export interface StoredAggregateInput {
  readonly units: ReadonlyArray<AggregateUnit>;
  readonly options?: AggregateOptions;
}

/**
 * A stored result with the input it was computed from: what to keep so that
 * `verifyResult` can re-score it next year. `input` is the `score` input
 * (`{ answers }`, `{ points }`, …) for a score result, `{ units, options? }`
 * for an aggregate result.
 */
export interface StoredResult {
  readonly result: ScoreResult | AggregateResult;
  readonly input?: ScoreInput | StoredAggregateInput;
}

type Json = Record<string, unknown>;

/** Thrown inside verification only; always turned into `{ ok: false, reason }`. */
class Refusal {
  constructor(readonly reason: string) {}
}
const refuse = (reason: string): never => {
  throw new Refusal(reason);
};

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
const shortHash = (h: string): string => (h.length > 19 ? `${h.slice(0, 19)}…` : h);
/** A stored value in a reason: texts cut to 60 characters, anything else shown safely (never JSON.stringify). */
const shown = (v: unknown): string => (typeof v === "string" ? cut(v) : showValue(v));

/**
 * Checks a stored score or aggregate result against the rubric it names.
 *
 * `stored` is a result (`ScoreResult` or `AggregateResult`, as an object or
 * as JSON text), or a {@link StoredResult} envelope `{ result, input }`. The
 * rubric is looked up by the result's `rubric` id, in `options.rubrics` first,
 * then among the rubrics kinerja ships. Then:
 *
 * 1. `rubricHash` must be the rubric's content hash (for a built-in id, the
 *    hash locked in rubrics.lock.json): a published id never changes its
 *    figures, so another hash means other figures.
 * 2. With `input`, the input is scored again and every figure must agree
 *    (`rescored: true`; `kinerjaVersion` may differ).
 * 3. Without it, the result must be consistent with itself and its rubric:
 *    `exactFraction` ↔ `exact`, `value` = `exact` rounded by the rubric's
 *    rule, `predicate` = the band of `value` (after any minimum-requirement
 *    ceiling), `gap`, `confirmed`, and the breakdown (top-level points add up
 *    to `exact`, every group to its children, every indicator to share ×
 *    value); for an aggregate, the mean of its units and the adjustments.
 *
 * Never throws: anything wrong, bad input included, is `{ ok: false, reason }`.
 *
 * @example
 * ```ts
 * import { score, verifyResult } from "kinerja";
 * const result = score("pekppp@2022.1", { answers });
 * verifyResult({ result, input: { answers } }); // { ok: true, rescored: true }
 * verifyResult({ ...result, value: "3.70" });
 * // { ok: false, rescored: false,
 * //   reason: "value 3.70 is not exact 3.6848 rounded half-up to 2 decimals (3.68)" }
 * ```
 */
export function verifyResult(stored: unknown, options?: VerifyOptions): Verification {
  try {
    return verify(stored, options);
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, reason: e.reason };
    if (isKinerjaError(e)) return { ok: false, reason: e.message };
    return { ok: false, reason: `could not verify the result: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function verify(stored: unknown, options: VerifyOptions | undefined): Verification {
  let data = stored;
  if (typeof data === "string") {
    try {
      data = JSON.parse(data);
    } catch {
      refuse("the stored result is not valid JSON");
    }
  }
  // A plain copy first, read once: a cycle, a getter, a Proxy or a text over the limits is refused here, before the
  // comparison walks it (a stored result holding itself once sent that walk round until the stack gave out).
  data = snapshot(data, []);
  if (!isObject(data)) refuse("expected a stored result: a score or aggregate result, or { result, input }");
  const envelope = isObject(data) && !("rubric" in data) && "result" in data;
  const result = envelope ? (data as Json).result : data;
  const input = envelope ? (data as Json).input : undefined;
  if (!isObject(result) || typeof result.rubric !== "string")
    refuse("expected a score or aggregate result with its rubric id (`rubric`)");
  const r = result as Json & { rubric: string };
  const kind = Array.isArray(r.breakdown) ? "score" : Array.isArray(r.units) ? "aggregate" : null;
  if (kind === null)
    refuse(`the stored result has neither a breakdown (a score result) nor units (an aggregate result)`);

  const rubric = rubricFor(r.rubric, options);
  checkHash(r, rubric);
  const by = lockedHash(rubric.id) === undefined ? undefined : SUPERSEDED.find((x) => x.id === rubric.id)?.by;
  const rescored = input !== undefined;
  const problems = rescored
    ? differences(kind as "score" | "aggregate", r, rescore(kind as "score" | "aggregate", rubric, input, detailOf(r)))
    : kind === "score"
      ? scoreProblems(r as unknown as ScoreResult, rubric)
      : aggregateProblems(r, rubric);
  return {
    ok: problems.length === 0,
    ...(problems.length > 0 ? { reason: problems.join("; ") } : {}),
    rescored,
    ...(by !== undefined ? { supersededBy: by } : {}),
  };
}

function rubricFor(id: string, options: VerifyOptions | undefined): RubricDefinition {
  if (options !== undefined && !isObject(options)) refuse("options must be an object: { rubrics? }");
  const given = options?.rubrics;
  if (given !== undefined && !Array.isArray(given)) refuse("options.rubrics must be an array of rubric definitions");
  const found = ((given ?? []) as ReadonlyArray<unknown>).find((x) => isObject(x) && x.id === id) as
    | RubricDefinition
    | undefined;
  if (found) {
    try {
      return ensureDefined(found);
    } catch (e) {
      return refuse(`options.rubrics: ${id} is not a valid rubric (${e instanceof Error ? e.message : String(e)})`);
    }
  }
  if (lockedHash(id) === undefined)
    refuse(
      `unknown rubric ${JSON.stringify(cut(id))}: kinerja does not ship it; pass its definition in options.rubrics`,
    );
  return getRubric(id);
}

function checkHash(r: Json, rubric: RubricDefinition): void {
  if (typeof r.rubricHash !== "string")
    refuse(
      `the result carries no rubricHash, so it cannot be tied to the figures of ${rubric.id}; re-score it from its input`,
    );
  const locked = lockedHash(rubric.id);
  const want = locked ?? rubricHash(rubric);
  if (r.rubricHash !== want)
    refuse(
      locked
        ? `rubricHash ${shortHash(r.rubricHash as string)} is not the locked hash of ${rubric.id} (${shortHash(want)}): the result was computed with other figures than the ones published under this id`
        : `rubricHash ${shortHash(r.rubricHash as string)} is not the hash of the ${rubric.id} given (${shortHash(want)}): the result was computed with other figures`,
    );
}

// ---------------------------------------------------------------- re-scoring

/**
 * The form the stored breakdown is in: "none" (left out on request), "full" (entries with labels and sources,
 * as results were before compact breakdowns), else "compact". A result is re-scored in the same form.
 */
function detailOf(r: Json): BreakdownDetail {
  if (r.detail === "none") return "none";
  const rows = Array.isArray(r.breakdown) ? r.breakdown : [];
  return rows.some((e) => isObject(e) && ("source" in e || "label" in e)) ? "full" : "compact";
}

function rescore(kind: "score" | "aggregate", rubric: RubricDefinition, input: unknown, detail: BreakdownDetail): Json {
  try {
    if (kind === "score") return scoreRubric(rubric, input, { detail }) as unknown as Json;
    const units = Array.isArray(input) ? input : isObject(input) ? input.units : undefined;
    const opts = isObject(input) && !Array.isArray(input) ? input.options : undefined;
    return aggregateUnits(rubric, units, { ...((opts ?? {}) as AggregateOptions), detail }) as unknown as Json;
  } catch (e) {
    return refuse(`re-scoring the stored input failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const SCORE_FIELDS = [
  "value",
  "exact",
  "exactFraction",
  "predicate",
  "gap",
  "confirmed",
  "basis",
  "parameters",
  "requirements",
  "breakdown",
  "detail",
] as const;
const AGGREGATE_FIELDS = [
  "value",
  "exact",
  "exactFraction",
  "predicate",
  "gap",
  "confirmed",
  "strategy",
  "rule",
  "count",
  "mean",
  "adjustments",
  "units",
  "basis",
  "source",
  "detail",
] as const;

function differences(kind: "score" | "aggregate", stored: Json, again: Json): string[] {
  const out: string[] = [];
  for (const field of kind === "score" ? SCORE_FIELDS : AGGREGATE_FIELDS) {
    const a = stored[field];
    const b = again[field];
    if (same(a, b)) continue;
    if (field === "breakdown") out.push(breakdownDifference(a, b));
    else if (field === "predicate") out.push(`predicate: stored ${predicateText(a)}, re-scored ${predicateText(b)}`);
    else if (field === "gap") out.push(`gap: stored ${gapText(a)}, re-scored ${gapText(b)}`);
    else if (typeof b === "object" && b !== null) out.push(`${field} differs from the re-scored result`);
    else
      out.push(
        `${field}: stored ${a === undefined ? "(none)" : shown(a)}, re-scored ${b === undefined ? "(none)" : shown(b)}`,
      );
  }
  return out;
}

function breakdownDifference(a: unknown, b: unknown): string {
  const rows = Array.isArray(a) ? a : [];
  const again = b as ReadonlyArray<Json>;
  if (rows.length !== again.length) return `breakdown: stored ${rows.length} rows, re-scored ${again.length}`;
  for (let i = 0; i < again.length; i++) {
    const s = rows[i] as unknown;
    const t = again[i] as Json;
    if (same(s, t)) continue;
    if (!isObject(s) || s.code !== t.code)
      return `breakdown row ${i}: stored ${shown(isObject(s) ? s.code : s)}, re-scored ${shown(t.code)}`;
    for (const key of new Set([...Object.keys(s), ...Object.keys(t)]))
      if (!same(s[key], t[key]))
        return `breakdown ${t.code}: ${key} stored ${s[key] === undefined ? "(none)" : shown(s[key])}, re-scored ${t[key] === undefined ? "(none)" : shown(t[key])}`;
  }
  return "breakdown differs from the re-scored result";
}

// ---------------------------------------------------------------- consistency

const predicateText = (p: unknown): string =>
  isObject(p) && typeof p.code === "string"
    ? `${p.code}${isObject(p.label) && typeof p.label.id === "string" ? ` ${p.label.id}` : ""}`
    : "none";
const gapText = (g: unknown): string =>
  isObject(g) && isObject(g.next) ? `${shown(g.next.code)} at ${shown(g.target)}, ${shown(g.points)} points` : "none";

const MODE_WORDS: Record<RoundingRule["mode"], string> = {
  halfUp: "half-up",
  halfEven: "half-even",
  down: "down (truncated)",
  up: "up",
};
const roundingText = (rule: RoundingRule): string =>
  `rounded ${MODE_WORDS[rule.mode]} to ${rule.places === 0 ? "a whole number" : `${rule.places} decimal${rule.places === 1 ? "" : "s"}`}`;

/** A decimal text or fraction, exactly; null when it is neither. */
function readText(v: unknown): Rational | null {
  if (typeof v !== "string" || v.length > 200) return null;
  return parseFraction(v);
}

const abs = (r: Rational): Rational => (r.n < 0n ? neg(r) : r);
/** 10^-30: stored texts of non-terminating values carry 40 significant digits, so sums of them agree to far less. */
const SLACK: Rational = { n: 1n, d: pow10(30) };

/** Equal, or equal but for the 40-digit display rounding of non-terminating texts. */
function close(a: Rational, b: Rational): boolean {
  if (eq(a, b)) return true;
  const big = cmp(abs(a), abs(b)) >= 0 ? abs(a) : abs(b);
  const scale = cmp(big, rational(1n)) > 0 ? big : rational(1n);
  return cmp(abs(sub(a, b)), mul(SLACK, scale)) <= 0;
}

interface Published {
  readonly value: string;
  readonly exact: Rational;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
  readonly bandIndex: number;
}

/** The checks every result shares: exact ↔ exactFraction, range, value, and the band as published. */
function publishedOf(
  r: Json,
  rubric: RubricDefinition,
  rounding: "result" | "aggregation",
  problems: string[],
): Published | null {
  for (const field of ["value", "exact", "exactFraction"])
    if (typeof r[field] !== "string") {
      problems.push(`${field} is missing or not a decimal text`);
      return null;
    }
  const fraction = readText(r.exactFraction);
  if (fraction === null) {
    problems.push(`exactFraction ${shown(r.exactFraction)} is not a fraction like "83/40"`);
    return null;
  }
  if (toDecimalText(fraction) !== r.exact)
    problems.push(
      `exact ${shown(r.exact)} is not exactFraction ${shown(r.exactFraction)} (${toDecimalText(fraction)})`,
    );
  let p: ReturnType<typeof publishOn>;
  try {
    p = publishOn(rubric, fraction, rounding, ["exact"]);
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
    return null;
  }
  if (r.value !== p.value) {
    const rule =
      rounding === "result" ? rubric.result.rounding : (rubric.aggregation?.rounding ?? rubric.result.rounding);
    problems.push(
      rule
        ? `value ${shown(r.value)} is not exact ${p.exact} ${roundingText(rule)} (${p.value})`
        : `value ${shown(r.value)} is not the exact value ${p.exact} (${rubric.id} declares no rounding)`,
    );
  }
  return { value: p.value, exact: fraction, predicate: p.predicate, gap: p.gap, bandIndex: p.bandIndex };
}

function checkPredicate(
  r: Json,
  rubric: RubricDefinition,
  p: Published,
  expected: Predicate | null,
  expectedGap: Gap | null,
  capped: boolean,
  problems: string[],
): void {
  if (!same(r.predicate ?? null, expected)) {
    const stored = r.predicate;
    if (expected === null) problems.push(`predicate ${predicateText(stored)}: ${rubric.id} has no predicate bands`);
    else if (!isObject(stored))
      problems.push(`predicate is missing: ${p.value} is ${predicateText(expected)} on ${rubric.id}`);
    else if (stored.code !== expected.code)
      problems.push(
        `predicate ${predicateText(stored)} is not the band of ${p.value} on ${rubric.id} (${predicateText(expected)}${capped ? ", capped by unmet requirements" : ""})`,
      );
    else
      problems.push(
        `predicate ${expected.code} does not match ${rubric.id}'s band ${expected.code} (its label, zone or confirmed differ)`,
      );
  }
  if (!same(r.gap ?? null, expectedGap))
    problems.push(
      `gap ${gapText(r.gap)} is not the gap from ${p.value} to the next predicate (${gapText(expectedGap)})`,
    );
  if (r.confirmed !== true && r.confirmed !== false) problems.push("confirmed must be true or false");
  else if (r.confirmed === true && (expected === null || !expected.confirmed))
    problems.push(
      `confirmed is true, but ${expected === null ? "the result has no predicate" : `predicate ${expected.code} is unconfirmed`}`,
    );
}

interface NodeInfo {
  readonly node: RubricNode;
  readonly parent: string | null;
}

function nodesOf(rubric: RubricDefinition): Map<string, NodeInfo> {
  const out = new Map<string, NodeInfo>();
  const walk = (list: ReadonlyArray<RubricNode>, parent: string | null): void => {
    for (const node of list) {
      out.set(node.code, { node, parent });
      if (node.children) walk(node.children, node.code);
    }
  };
  walk(rubric.nodes, null);
  return out;
}

function scoreProblems(r: ScoreResult, rubric: RubricDefinition): string[] {
  const problems: string[] = [];
  const raw = r as unknown as Json;
  const p = publishedOf(raw, rubric, "result", problems);
  if (p === null) return problems;

  // Minimum requirements: the score's own band, then the ceiling of every unmet requirement.
  let expected = p.predicate;
  let expectedGap = p.gap;
  let capped = false;
  if (rubric.requirements) {
    const req = raw.requirements;
    if (!isObject(req))
      problems.push(`${rubric.id} declares minimum requirements, but the result has no requirements outcome`);
    else {
      if (!same(req.scoreBand ?? null, p.predicate))
        problems.push(
          `requirements.scoreBand ${predicateText(req.scoreBand)} is not the band of ${p.value} (${predicateText(p.predicate)})`,
        );
      if (req.stated === true && Array.isArray(req.unmet)) {
        const bands = bandsOn(rubric) ?? [];
        let ceiling = p.bandIndex;
        for (const code of req.unmet) {
          const rule = rubric.requirements.find((x) => x.code === code);
          if (!rule) continue;
          const at = bands.findIndex((b) => b.predicate.code === rule.ceiling);
          if (at < ceiling) ceiling = at;
        }
        capped = ceiling < p.bandIndex;
        if (capped) {
          expected = (bands[ceiling] as (typeof bands)[number]).predicate;
          expectedGap = null;
        }
        if (req.capped !== capped)
          problems.push(
            `requirements.capped is ${shown(req.capped)}, but the unmet requirements ${capped ? "do" : "do not"} lower the predicate`,
          );
      }
    }
  }
  checkPredicate(raw, rubric, p, expected, expectedGap, capped, problems);
  if (r.confirmed === true && !figuresConfirmed(rubric))
    problems.push(`confirmed is true, but some of ${rubric.id}'s figures are unconfirmed`);
  breakdownProblems(r, rubric, p.exact, problems);
  return problems;
}

interface Row {
  readonly code: string;
  readonly parent: string | null;
  readonly weight: string;
  readonly share: Rational;
  readonly raw: Rational;
  readonly weighted: Rational;
  readonly points: Rational;
  readonly notApplicable: boolean;
  readonly given: boolean;
  readonly text: Json;
}

function readRows(r: ScoreResult, rubric: RubricDefinition, problems: string[]): Row[] | null {
  const nodes = nodesOf(rubric);
  const rows: Row[] = [];
  for (const [i, entry] of (r.breakdown as ReadonlyArray<unknown>).entries()) {
    if (!isObject(entry) || typeof entry.code !== "string") {
      problems.push(`breakdown row ${i} is not a breakdown entry`);
      return null;
    }
    const info = nodes.get(entry.code);
    if (!info) {
      problems.push(`breakdown row ${JSON.stringify(cut(entry.code))} is not a node of ${rubric.id}`);
      return null;
    }
    if ((entry.parent ?? null) !== info.parent) {
      problems.push(`breakdown ${entry.code}: parent ${shown(entry.parent)} is not ${shown(info.parent)}`);
      return null;
    }
    const share = readText(entry.share);
    const value = readText(entry.raw);
    const weighted = readText(entry.weighted);
    const rounded = entry.rounded === undefined ? null : readText(entry.rounded);
    if (share === null || value === null || weighted === null || (entry.rounded !== undefined && rounded === null)) {
      problems.push(`breakdown ${entry.code}: share, raw, weighted and rounded must be decimal texts`);
      return null;
    }
    if (rounded !== null) {
      const rule = info.node.rounding;
      if (!rule) problems.push(`breakdown ${entry.code}: rounded is given, but ${rubric.id} does not round this node`);
      else if (cmp(rounded, roundRational(weighted, rule)) !== 0)
        problems.push(
          `breakdown ${entry.code}: rounded ${shown(entry.rounded)} is not ${shown(entry.weighted)} ${roundingText(rule)}`,
        );
    }
    rows.push({
      code: entry.code,
      parent: info.parent,
      weight: typeof entry.weight === "string" ? entry.weight : "",
      share,
      raw: value,
      weighted,
      points: rounded ?? weighted,
      notApplicable: entry.notApplicable === true,
      given: entry.given === true,
      text: entry,
    });
  }
  return rows;
}

/** Σ of the applicable children's points, renormalised by `total` over the applicable weights when the rule says so. */
function combined(kids: ReadonlyArray<Row>, renormalize: boolean, total: Rational | null): Rational | null {
  let sum = R0;
  let applicable = R0;
  let missing = false;
  for (const k of kids) {
    if (k.notApplicable) {
      missing = true;
      continue;
    }
    sum = add(sum, k.points);
    const w = readText(k.weight);
    if (w === null) return null;
    applicable = add(applicable, w);
  }
  if (!missing || !renormalize) return sum;
  if (total === null || applicable.n === 0n) return null;
  return div(mul(sum, total), applicable);
}

function weightValue(text: string | undefined, r: ScoreResult): Rational | null {
  if (text === undefined) return null;
  if (text.startsWith("$")) return readText(r.parameters?.[text.slice(1)]);
  return readText(text);
}

function breakdownProblems(r: ScoreResult, rubric: RubricDefinition, exact: Rational, problems: string[]): void {
  // Scored with { detail: "none" }: there is no breakdown to check, and none may be claimed.
  if ((r as unknown as Json).detail === "none") {
    if (r.breakdown.length > 0) problems.push('detail is "none", but the result has a breakdown');
    return;
  }
  const rows = readRows(r, rubric, problems);
  if (rows === null) return;
  const nodes = nodesOf(rubric);
  const childrenOf = new Map<string | null, Row[]>();
  for (const row of rows) {
    const list = childrenOf.get(row.parent) ?? [];
    list.push(row);
    childrenOf.set(row.parent, list);
  }
  const top = childrenOf.get(null) ?? [];
  if (top.length === 0) {
    problems.push("breakdown has no top-level rows");
    return;
  }
  const rootRule = rubric.notApplicable?.rule === "renormalize";
  const sum = combined(top, rootRule, weightValue(rubric.weightTotal, r));
  if (sum !== null && !close(sum, exact))
    problems.push(`breakdown: the top-level points add up to ${toDecimalText(sum)}, not exact ${toDecimalText(exact)}`);
  for (const row of rows) {
    if (row.notApplicable) continue;
    const node = (nodes.get(row.code) as NodeInfo).node;
    const kids = childrenOf.get(row.code);
    if (kids && kids.length > 0) {
      const renormalize =
        node.combine !== "sum" && (node.notApplicable ?? rubric.notApplicable)?.rule === "renormalize";
      const total = weightValue(node.childWeightTotal ?? rubric.weightTotal, r);
      const s = combined(kids, renormalize, total);
      if (s !== null && !close(s, row.weighted))
        problems.push(
          `breakdown: the points under ${row.code} add up to ${toDecimalText(s)}, not its ${shown(row.text.weighted)}`,
        );
    } else if (!node.children && !row.given && !close(mul(row.share, row.raw), row.weighted))
      problems.push(
        `breakdown ${row.code}: weighted ${shown(row.text.weighted)} is not share ${shown(row.text.share)} × value ${shown(row.text.raw)}`,
      );
  }
}

function aggregateProblems(r: Json, rubric: RubricDefinition): string[] {
  const problems: string[] = [];
  const p = publishedOf(r, rubric, "aggregation", problems);
  if (p === null) return problems;
  checkPredicate(r, rubric, p, p.predicate, p.gap, false, problems);

  const rule = rubric.aggregation;
  if (r.strategy !== "mean" && r.strategy !== "weightedMean")
    problems.push(`strategy ${shown(r.strategy)} is not "mean" or "weightedMean"`);
  if (r.rule === "rubric") {
    if (!rule) problems.push(`rule is "rubric", but ${rubric.id} has no aggregation rule`);
    else if (rule.method !== r.strategy)
      problems.push(`strategy ${shown(r.strategy)} is not ${rubric.id}'s rule (${rule.method})`);
    if (!same(r.source ?? null, rule?.source ?? null)) problems.push(`source is not ${rubric.id}'s aggregation source`);
  } else if (r.rule !== "caller") problems.push(`rule ${shown(r.rule)} is not "rubric" or "caller"`);
  if (r.confirmed === true && (r.rule !== "rubric" || !rule?.source.confirmed))
    problems.push("confirmed is true, but the aggregation rule is not the rubric's confirmed rule");

  const units = r.units as ReadonlyArray<unknown>;
  // Aggregated with { detail: "none" }: no unit is listed, so the mean cannot be checked against them.
  if (r.detail === "none") {
    if (units.length > 0) problems.push('detail is "none", but the result lists units');
    if (typeof r.count !== "number" || !Number.isSafeInteger(r.count) || r.count < 1)
      problems.push(`count ${shown(r.count)} is not a number of units`);
    return problems;
  }
  if (r.count !== units.length) problems.push(`count ${shown(r.count)} is not the ${units.length} units listed`);
  if (units.length === 0) {
    problems.push("an aggregate has at least one unit");
    return problems;
  }
  const weighted = r.strategy === "weightedMean";
  let num = R0;
  let den = R0;
  const bases = new Set<unknown>();
  for (const [i, u] of units.entries()) {
    const value = isObject(u) ? readText(u.value) : null;
    const weight = weighted ? (isObject(u) ? readText(u.weight) : null) : rational(1n);
    if (value === null || weight === null) {
      problems.push(`units[${i}] needs a decimal value${weighted ? " and weight" : ""}`);
      return problems;
    }
    bases.add((u as Json).basis);
    num = add(num, mul(value, weight));
    den = add(den, weight);
  }
  if (den.n === 0n) {
    problems.push("the unit weights add up to zero");
    return problems;
  }
  const mean = div(num, den);
  const storedMean = readText(r.mean);
  if (storedMean === null || !close(storedMean, mean))
    problems.push(`mean ${shown(r.mean)} is not the mean of the ${units.length} unit values (${toDecimalText(mean)})`);
  const expectedBasis = bases.size > 1 ? "mixed" : [...bases][0];
  if (r.basis !== expectedBasis)
    problems.push(`basis ${shown(r.basis)} does not match the units (${shown(expectedBasis)})`);

  const adjustments = Array.isArray(r.adjustments) ? r.adjustments : null;
  if (adjustments === null) {
    problems.push("adjustments must be a list");
    return problems;
  }
  if (adjustments.length === 0) {
    if (!close(p.exact, mean))
      problems.push(`exact ${toDecimalText(p.exact)} is not the mean of the units (${toDecimalText(mean)})`);
    return problems;
  }
  if (!rule?.adjustments?.allowed) problems.push(`${rubric.id} does not provide for adjustments after the mean`);
  const rounding = rule?.rounding ?? rubric.result.rounding;
  let total = rounding ? roundRational(mean, rounding) : mean;
  for (const [i, a] of adjustments.entries()) {
    const points = isObject(a) ? readText(a.points) : null;
    if (points === null) {
      problems.push(`adjustments[${i}].points is not a decimal text`);
      return problems;
    }
    total = add(total, points);
  }
  if (!close(p.exact, total))
    problems.push(
      `exact ${toDecimalText(p.exact)} is not the published mean plus the adjustments (${toDecimalText(total)})`,
    );
  return problems;
}
