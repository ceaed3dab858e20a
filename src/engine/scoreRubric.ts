import { D, type Dec, ZERO } from "../core/decimal.js";
import { KinerjaError } from "../core/errors.js";
import { roundToString } from "../core/rounding.js";
import type { BreakdownEntry, RubricDefinition, ScoreResult } from "../model/types.js";
import { parseAnswer } from "./answers.js";
import { classifyDec, gapFrom } from "./classify.js";
import { fastScore } from "./fastScore.js";
import { type Prepared, prepare } from "./prepare.js";

/** Checks the input's shape and its keys; returns the answers record. */
function readRecord(prepared: Prepared, input: unknown): Readonly<Record<string, unknown>> {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    throw new KinerjaError("INVALID_INPUT", "score input must be an object { answers: { [code]: value } }", {
      path: [],
      rule: "input is { answers }",
    });
  for (const key in input)
    if (key !== "answers")
      throw new KinerjaError("INVALID_INPUT", `unknown input field "${key}"; score takes { answers }`, {
        path: [key],
        rule: "input is { answers }",
      });
  const answers = (input as { answers?: unknown }).answers;
  if (typeof answers !== "object" || answers === null || Array.isArray(answers))
    throw new KinerjaError("INVALID_INPUT", "answers must be an object keyed by indicator code", {
      path: ["answers"],
      rule: "answers is { [code]: value }",
    });
  const record = answers as Record<string, unknown>;
  for (const key in record) {
    if (!prepared.leafIndex.has(key)) {
      const group = prepared.groupCodes.has(key);
      throw new KinerjaError(
        "UNKNOWN_INDICATOR",
        group
          ? `"${key}" is a group in ${prepared.rubric.id}; answer its indicators instead`
          : `"${key}" is not an indicator of ${prepared.rubric.id}`,
        { path: ["answers", key], rule: "answers are keyed by the indicator codes of listIndicators()" },
      );
    }
  }
  return record;
}

function readAnswers(prepared: Prepared, record: Readonly<Record<string, unknown>>): Dec[] {
  const leaves = prepared.leaves;
  const values = new Array<Dec>(leaves.length);
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as Prepared["leaves"][number];
    const value = record[leaf.code];
    if (value === undefined)
      throw new KinerjaError("MISSING_ANSWER", `answers["${leaf.code}"] is missing (${leaf.scale.rule})`, {
        path: ["answers", leaf.code],
        rule: "every indicator needs an answer",
      });
    values[i] = parseAnswer(leaf.scale, value, ["answers", leaf.code]);
  }
  return values;
}

/**
 * Scores one unit on a rubric: exact weighted sum, the published (rounded)
 * value, predicate, gap and the breakdown of every node. Reference path on
 * decimal.js: Σ P·answer is integer-exact, then one division by Q per figure.
 */
export function scoreRubric<Id extends string>(rubric: RubricDefinition<Id>, input: unknown): ScoreResult<Id> {
  const prepared = prepare(rubric);
  const record = readRecord(prepared, input);
  const quick = fastScore(prepared, record);
  if (quick && "rubric" in quick) return quick as ScoreResult<Id>;
  if (quick) return finish(prepared, new D(quick.exact), quick.breakdown) as ScoreResult<Id>;
  return referenceScore(prepared, record) as ScoreResult<Id>;
}

/** The decimal.js reference path (also the oracle of the fast path's property tests). */
export function referenceScore(prepared: Prepared, record: Readonly<Record<string, unknown>>): ScoreResult {
  const values = readAnswers(prepared, record);
  const leaves = prepared.leaves;
  const prefix = new Array<Dec>(leaves.length + 1);
  let acc = ZERO;
  prefix[0] = acc;
  for (let i = 0; i < leaves.length; i++) {
    acc = acc.plus((leaves[i] as Prepared["leaves"][number]).P.times(values[i] as Dec));
    prefix[i + 1] = acc;
  }
  const Q = prepared.Q;
  const breakdown: BreakdownEntry[] = prepared.nodes.map((n) => {
    const S = (prefix[n.leafEnd] as Dec).minus(prefix[n.leafStart] as Dec);
    let raw: Dec;
    if (n.isLeaf) raw = values[n.leafStart] as Dec;
    else if (n.rawNum && n.rawDen) raw = S.times(n.rawNum).div(n.rawDen);
    else {
      let local = ZERO;
      const lp = n.localP as ReadonlyArray<Dec>;
      for (let i = n.leafStart; i < n.leafEnd; i++)
        local = local.plus((lp[i - n.leafStart] as Dec).times(values[i] as Dec));
      raw = local.div(n.localQ as Dec);
    }
    return {
      code: n.node.code,
      parent: n.parent,
      depth: n.depth,
      label: n.node.label,
      weight: n.node.weight,
      share: n.shareText,
      raw: raw.toFixed(),
      weighted: S.div(Q).toFixed(),
      source: n.node.source,
    };
  });
  const exact = acc.div(Q);
  return finish(prepared, exact, breakdown);
}

/** Rounds, classifies and assembles the result (shared with the fast path). */
export function finish(prepared: Prepared, exact: Dec, breakdown: BreakdownEntry[]): ScoreResult {
  const rounding = prepared.rubric.result.rounding;
  const value = rounding ? roundToString(exact, rounding) : exact.toFixed();
  if (!prepared.bands)
    return {
      rubric: prepared.rubric.id,
      value,
      exact: exact.toFixed(),
      predicate: null,
      gap: null,
      breakdown,
      confirmed: false,
    };
  const c = classifyDec(prepared, exact, rounding, ["value"]);
  return {
    rubric: prepared.rubric.id,
    value,
    exact: exact.toFixed(),
    predicate: c.band.predicate,
    gap: gapFrom(prepared, c.rounded, c.index, rounding),
    breakdown,
    confirmed: prepared.figuresConfirmed && c.band.predicate.confirmed,
  };
}
