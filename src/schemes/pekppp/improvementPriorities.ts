import { toDecimalText } from "../../core/decimalText.js";
import { fail, MESSAGE, RULE } from "../../core/errors.js";
import { add, cmp, formatRational, mul, type Rational, rational } from "../../core/rational.js";
import { classifyOn, type LeafView, leavesOf, publishOn } from "../../engine/internal.js";
import type {
  DecimalString,
  Gap,
  Predicate,
  RubricDefinition,
  ScoreInput,
  ScoreResult,
  Text,
} from "../../model/types.js";
import { optionsObject, plainInput, rubricArg } from "../shared.js";
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
  /**
   * The most single-level steps the plan to the next predicate may list (default 1000, at most 100 000): a plan
   * that needs more (a whole-number scale of millions of levels) is a LIMIT_EXCEEDED error, never a cut plan.
   */
  readonly maxSteps?: number;
}

const DEFAULT_MAX_STEPS = 1000;
const MAX_MAX_STEPS = 100_000;

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
 *
 * @example
 * ```ts
 * import { improvementPriorities, pekppp2022v2 } from "kinerja/pekppp";
 *
 * // answers: the reference worked example, IPP 3.6848 → 3.68 B
 * const plan = improvementPriorities(pekppp2022v2, { answers }, { limit: 3 });
 * plan.priorities.map((p) => `${p.code} ${p.from}→${p.to} +${p.gain}`).join(", "); // "29.f.B 3→4 +0.06, 30.f.B 2→3 +0.06, 12.b.Ak 3→4 +0.05"
 * plan.toNextPredicate?.steps.length; // 6
 * plan.toNextPredicate?.value; // "4.03"
 * ```
 */
export function improvementPriorities(
  rubric: RubricDefinition,
  input: ScoreInput | ScoreResult,
  options?: ImprovementOptions,
): ImprovementPlan {
  const { limit, maxSteps: maxStepsOption } = optionsObject(plainInput(options, ["options"]));
  if (limit !== undefined && (typeof limit !== "number" || !Number.isInteger(limit) || limit < 0))
    fail({
      code: "INVALID_INPUT",
      path: ["options", "limit"],
      rule: RULE.wholeCount,
      message: MESSAGE.notACount("limit"),
    });
  if (
    maxStepsOption !== undefined &&
    (typeof maxStepsOption !== "number" ||
      !Number.isInteger(maxStepsOption) ||
      maxStepsOption < 1 ||
      maxStepsOption > MAX_MAX_STEPS)
  )
    fail({
      code: "INVALID_INPUT",
      path: ["options", "maxSteps"],
      rule: `a whole number from 1 to ${MAX_MAX_STEPS}`,
      message: `options.maxSteps must be a whole number from 1 to ${MAX_MAX_STEPS}`,
    });
  const maxSteps = maxStepsOption ?? DEFAULT_MAX_STEPS;
  const r = rubricArg(rubric);
  const { exact, values } = unitOf(r, plainInput(input, ["input"]), ["input"]);
  const all = candidates(r, values);
  const open = all.filter((c) => c.current < c.max).sort(byGain);
  const priorities = (limit === undefined ? open : open.slice(0, limit)).map(step);
  const now = publishOn(r, exact, "result", ["value"]);

  let toNextPredicate: ImprovementPlan["toNextPredicate"] = null;
  if (now.gap) {
    const band = (v: Rational) => classifyOn(r, v, "result", ["value"]).index;
    const startBand = now.bandIndex;
    const steps: ImprovementStep[] = [];
    let value = exact;
    // Unit steps with constant gains: taking the largest gains first reaches any threshold in the fewest steps.
    // How many steps of each indicator is computed directly (bisection on the count; the band never falls as
    // the value rises), so a scale of 10⁸ levels costs some 30 classifications, not 10⁸.
    const ahead = (c: Candidate, k: number): Rational => add(value, mul(c.share, rational(BigInt(k))));
    for (const c of open) {
      const room = c.max - c.current;
      let k = room;
      if (band(ahead(c, room)) > startBand) {
        let lo = 0; // does not reach the next band
        let hi = room; // reaches it
        while (hi - lo > 1) {
          const mid = lo + Math.floor((hi - lo) / 2); // not-a-score: bisection over a count of steps
          if (band(ahead(c, mid)) > startBand) hi = mid;
          else lo = mid;
        }
        k = hi;
      }
      if (steps.length + k > maxSteps)
        fail({
          code: "LIMIT_EXCEEDED",
          path: ["options", "maxSteps"],
          rule: `at most ${maxSteps} single-level steps (options.maxSteps)`,
          message: `the plan to the next predicate needs more than ${maxSteps} single-level steps (${c.leaf.code} alone takes ${k}); pass a larger options.maxSteps (at most ${MAX_MAX_STEPS})`,
        });
      const next = ahead(c, k);
      for (let j = 0; j < k; j++) {
        steps.push(step(c));
        c.current += 1;
      }
      value = next;
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
