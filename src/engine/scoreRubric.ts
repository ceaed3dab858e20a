import type { Dec } from "../core/decimal.js";
import { KinerjaError } from "../core/errors.js";
import { alignTo, pow10, ratioToDec, scaledFromDec } from "../core/exact.js";
import type { BreakdownEntry, RubricDefinition, ScoreResult } from "../model/types.js";
import { parseAnswer } from "./answers.js";
import { fastScore } from "./fastScore.js";
import { type Prepared, prepare } from "./prepare.js";
import { publish } from "./publish.js";

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
 * value, predicate, gap and the breakdown of every node. The fast path (safe
 * integers) answers when the rubric and answers allow; otherwise the reference
 * path computes Σ P·answer exactly on BigInt and divides once per figure.
 */
export function scoreRubric<Id extends string>(rubric: RubricDefinition<Id>, input: unknown): ScoreResult<Id> {
  const prepared = prepare(rubric);
  const record = readRecord(prepared, input);
  const quick = fastScore(prepared, record);
  if (quick && "rubric" in quick) return quick as ScoreResult<Id>;
  if (quick) return finish(prepared, quick.num, quick.den, quick.breakdown) as ScoreResult<Id>;
  return referenceScore(prepared, record) as ScoreResult<Id>;
}

/** The exact reference path (also the oracle of the fast path's property tests). */
export function referenceScore(prepared: Prepared, record: Readonly<Record<string, unknown>>): ScoreResult {
  const values = readAnswers(prepared, record);
  const scaled = values.map(scaledFromDec);
  let E = 0;
  for (const v of scaled) if (v.e > E) E = v.e;
  const aligned = scaled.map((v) => alignTo(v, E));
  const leaves = prepared.leaves;
  const prefix = new Array<bigint>(leaves.length + 1);
  let acc = 0n;
  prefix[0] = acc;
  for (let i = 0; i < leaves.length; i++) {
    acc += (leaves[i] as Prepared["leaves"][number]).pBig * (aligned[i] as bigint);
    prefix[i + 1] = acc;
  }
  const den = prepared.qBig * pow10(E);
  const breakdown: BreakdownEntry[] = prepared.nodes.map((n) => {
    const S = (prefix[n.leafEnd] as bigint) - (prefix[n.leafStart] as bigint);
    let raw: string;
    if (n.isLeaf) raw = (values[n.leafStart] as Dec).toFixed();
    else if (n.rawNum !== null && n.rawDen !== null) raw = ratioToDec(S * n.rawNum, n.rawDen * pow10(E)).toFixed();
    else {
      let local = 0n;
      const lp = n.localP as ReadonlyArray<bigint>;
      for (let i = n.leafStart; i < n.leafEnd; i++) local += (lp[i - n.leafStart] as bigint) * (aligned[i] as bigint);
      raw = ratioToDec(local, (n.localQ as bigint) * pow10(E)).toFixed();
    }
    return {
      code: n.node.code,
      parent: n.parent,
      depth: n.depth,
      label: n.node.label,
      weight: n.node.weight,
      share: n.shareText,
      raw,
      weighted: ratioToDec(S, den).toFixed(),
      source: n.node.source,
    };
  });
  return finish(prepared, acc, den, breakdown);
}

/** Rounds, classifies and assembles the result of the exact value num/den (shared with the fast path). */
export function finish(prepared: Prepared, num: bigint, den: bigint, breakdown: BreakdownEntry[]): ScoreResult {
  const p = publish(prepared, num, den, prepared.rubric.result.rounding, ["value"]);
  return {
    rubric: prepared.rubric.id,
    value: p.value,
    exact: p.exact,
    predicate: p.predicate,
    gap: p.gap,
    breakdown,
    confirmed: p.predicate !== null && prepared.figuresConfirmed && p.predicate.confirmed,
  };
}
