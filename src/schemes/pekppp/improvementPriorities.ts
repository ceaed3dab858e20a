import type { Dec } from "../../core/decimal.js";
import { KinerjaError } from "../../core/errors.js";
import { add, mul, type Rational, rational } from "../../core/rational.js";
import type { Prepared } from "../../engine/prepare.js";
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
import { bandIndexOf, exactUnit, finishExact, ratFraction, ratText } from "./exact.js";

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
  } | null;
}

export interface ImprovementOptions {
  /** Keep only the first `limit` priorities (the plan to the next predicate is never cut). */
  readonly limit?: number;
}

interface Candidate {
  readonly index: number;
  readonly code: string;
  readonly aspect: string | null;
  readonly label: Text;
  readonly levels: ReadonlyMap<string, Text>;
  readonly share: Rational;
  readonly max: number;
  current: number;
}

function candidates(prepared: Prepared, answers: ReadonlyMap<string, Dec>): Candidate[] {
  const byCode = new Map(prepared.nodes.map((n) => [n.node.code, n]));
  return prepared.leaves.map((leaf, index) => {
    const scale = leaf.scale.scale;
    if (scale.kind !== "integer")
      throw new KinerjaError("INVALID_INPUT", `indicator "${leaf.code}" is not on a whole-number scale`, {
        path: ["rubric", "scales"],
        rule: "improvement steps need integer scales (PEKPPP 0–5)",
      });
    const node = byCode.get(leaf.code);
    // Validated on its whole-number scale by exactUnit.
    const answer = answers.get(leaf.code) as Dec;
    return {
      index,
      code: leaf.code,
      aspect: node?.parent ?? null,
      label: node?.node.label ?? { id: leaf.code },
      levels: new Map((node?.node.levels ?? []).map((l) => [l.value, l.label])),
      share: rational(leaf.pBig, prepared.qBig),
      max: scale.max,
      current: Number.parseInt(answer.toFixed(), 10),
    };
  });
}

function step(c: Candidate): ImprovementStep {
  const next = c.levels.get(String(c.current + 1));
  return {
    code: c.code,
    aspect: c.aspect,
    label: c.label,
    from: c.current,
    to: c.current + 1,
    ...(next ? { nextLevel: next } : {}),
    gain: ratText(c.share),
    gainFraction: ratFraction(c.share),
  };
}

const byGain = (a: Candidate, b: Candidate): number => {
  const l = a.share.n * b.share.d;
  const r = b.share.n * a.share.d;
  return l > r ? -1 : l < r ? 1 : a.index - b.index;
};

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
  const { exact, prepared, answers } = exactUnit(rubric, input, ["input"]);
  const all = candidates(prepared, answers);
  const open = all.filter((c) => c.current < c.max).sort(byGain);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0))
    throw new KinerjaError("INVALID_INPUT", "limit must be a whole number ≥ 0", {
      path: ["options", "limit"],
      rule: "a whole number",
    });
  const priorities = (limit === undefined ? open : open.slice(0, limit)).map(step);
  const now = finishExact(prepared, exact, ["value"]);

  let toNextPredicate: ImprovementPlan["toNextPredicate"] = null;
  if (now.gap && prepared.bands) {
    const startBand = bandIndexOf(prepared, exact, ["value"]);
    const steps: ImprovementStep[] = [];
    let value = exact;
    // Unit steps with constant gains: taking the largest gains first reaches any threshold in the fewest steps.
    for (const c of open) {
      while (c.current < c.max && bandIndexOf(prepared, value, ["value"]) <= startBand) {
        steps.push(step(c));
        value = add(value, mul(c.share, rational(1n)));
        c.current += 1;
      }
      if (bandIndexOf(prepared, value, ["value"]) > startBand) break;
    }
    const after = finishExact(prepared, value, ["value"]);
    toNextPredicate = { next: now.gap.next, steps, value: after.value, exact: after.exact };
  }
  return {
    rubric: rubric.id,
    value: now.value,
    exact: now.exact,
    predicate: now.predicate,
    gap: now.gap,
    priorities,
    toNextPredicate,
  };
}
