import { toDecimalText } from "../../core/decimalText.js";
import { fail, MESSAGE, RULE } from "../../core/errors.js";
import { add, cmp, formatRational, type Rational } from "../../core/rational.js";
import { classifyOn, ensureDefined, type LeafView, leavesOf, publishOn } from "../../engine/internal.js";
import type {
  DecimalString,
  Gap,
  Predicate,
  RubricDefinition,
  ScoreInput,
  ScoreResult,
  Text,
} from "../../model/types.js";
import { optionsObject } from "../shared.js";
import { unitOf } from "./unit.js";

/** One step up on one indicator: from its current answer to the next level. */
export interface ImprovementStep {
  readonly code: string;
  /** Code of the aspect (parent group) the indicator belongs to. */
  readonly aspect: string | null;
  readonly label: Text;
  readonly from: number;
  readonly to: number;
  /** What the next level means (the rubric sentence), where known. */
  readonly nextLevel?: Text;
  /** Points the (unrounded) index gains: the indicator's effective share × 1. */
  readonly gain: DecimalString;
  /** The same gain as an exact fraction, e.g. "51/1250". */
  readonly gainFraction: string;
}

export interface ImprovementPlan {
  readonly rubric: string;
  readonly value: DecimalString;
  readonly exact: DecimalString;
  /** The unrounded value as an exact fraction in lowest terms. */
  readonly exactFraction: string;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
  /** Every indicator below the top of its scale, by the points its next step buys (ties: official order). */
  readonly priorities: ReadonlyArray<ImprovementStep>;
  /**
   * The fewest steps that reach the next predicate, biggest gains first (an
   * indicator may appear more than once, one level at a time). Null at the top band.
   */
  readonly toNextPredicate: {
    readonly next: Predicate;
    readonly steps: ReadonlyArray<ImprovementStep>;
    /** Published value and exact value after those steps. */
    readonly value: DecimalString;
    readonly exact: DecimalString;
    readonly exactFraction: string;
  } | null;
}

export interface ImprovementOptions {
  /** Keep only the first `limit` priorities (the plan to the next predicate is never cut). */
  readonly limit?: number;
}

interface Candidate {
  readonly index: number;
  readonly leaf: LeafView;
  readonly levels: ReadonlyMap<string, Text>;
  /** Index points per step: the engine's share of the indicator. */
  readonly share: Rational;
  readonly max: number;
  current: number;
}

function candidates(rubric: RubricDefinition, values: ReadonlyMap<string, Rational>): Candidate[] {
  return leavesOf(rubric).map((leaf, index) => {
    const scale = leaf.scale;
    if (scale.kind !== "integer" || leaf.share === null)
      fail({
        code: "INVALID_INPUT",
        path: ["rubric", "scales"],
        rule: "improvement steps need integer scales (PEKPPP 0–5)",
        message: `indicator "${leaf.code}" is not on a whole-number scale with a known share`,
      });
    // Read on its whole-number scale by the engine (unitOf): an integer.
    const answer = values.get(leaf.code) as Rational;
    return {
      index,
      leaf,
      levels: new Map((leaf.levels ?? []).map((l) => [l.value, l.label])),
      share: leaf.share,
      max: scale.max,
      current: Number.parseInt(answer.n.toString(), 10), // not-a-score: a whole-number answer 0–5 as a step count
    };
  });
}

function step(c: Candidate): ImprovementStep {
  const next = c.levels.get(String(c.current + 1));
  return {
    code: c.leaf.code,
    aspect: c.leaf.parent,
    label: c.leaf.label,
    from: c.current,
    to: c.current + 1,
    ...(next ? { nextLevel: next } : {}),
    gain: toDecimalText(c.share),
    gainFraction: formatRational(c.share),
  };
}

const byGain = (a: Candidate, b: Candidate): number => cmp(b.share, a.share) || a.index - b.index;

/**
 * "What to improve first": for a scored unit, every indicator's next step up
 * ranked by the index points it buys (aspect weight × indicator weight), and
 * the fewest steps that reach the next predicate. Exact: gains are the
 * rubric's own fractions; the predicate is checked with the rubric's rounding.
 */
export function improvementPriorities(
  rubric: RubricDefinition,
  input: ScoreInput | ScoreResult,
  options?: ImprovementOptions,
): ImprovementPlan {
  const { limit } = optionsObject(options);
  const r = ensureDefined(rubric);
  const { exact, values } = unitOf(r, input, ["input"]);
  const all = candidates(r, values);
  const open = all.filter((c) => c.current < c.max).sort(byGain);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0))
    fail({
      code: "INVALID_INPUT",
      path: ["options", "limit"],
      rule: RULE.wholeCount,
      message: MESSAGE.notACount("limit"),
    });
  const priorities = (limit === undefined ? open : open.slice(0, limit)).map(step);
  const now = publishOn(r, exact, "result", ["value"]);

  let toNextPredicate: ImprovementPlan["toNextPredicate"] = null;
  if (now.gap) {
    const band = (v: Rational) => classifyOn(r, v, "result", ["value"]).index;
    const startBand = now.bandIndex;
    const steps: ImprovementStep[] = [];
    let value = exact;
    // Unit steps with constant gains: taking the largest gains first reaches any threshold in the fewest steps.
    for (const c of open) {
      while (c.current < c.max && band(value) <= startBand) {
        steps.push(step(c));
        value = add(value, c.share);
        c.current += 1;
      }
      if (band(value) > startBand) break;
    }
    const after = publishOn(r, value, "result", ["value"]);
    toNextPredicate = {
      next: now.gap.next,
      steps,
      value: after.value,
      exact: after.exact,
      exactFraction: after.exactFraction,
    };
  }
  return {
    rubric: r.id,
    value: now.value,
    exact: now.exact,
    exactFraction: now.exactFraction,
    predicate: now.predicate,
    gap: now.gap,
    priorities,
    toNextPredicate,
  };
}
