/**
 * What to improve first, on any rubric and any ordered scale: each
 * indicator's next step up and the points it buys (exactly, by re-evaluating,
 * so node rounding, caps and not-applicable rules count), the components
 * with the most points missing, and the fewest steps to the next predicate.
 */

import { toDecimalText } from "../core/decimalText.js";
import { formatPath, KinerjaError } from "../core/errors.js";
import { snapshot } from "../core/plain.js";
import {
  add,
  cmp,
  eq,
  formatRational,
  mul,
  parseRational,
  R0,
  type Rational,
  rational,
  sub,
} from "../core/rational.js";
import type { DecimalString, Gap, Predicate, RubricDefinition, Text } from "../model/types.js";
import type { Compiled, CompiledNode } from "./compile.js";
import { compiledOf, compiledWith, ensureDefined } from "./compiled.js";
import { evaluate } from "./evaluate.js";
import { readNumber } from "./numbers.js";
import { publishValue } from "./publishValue.js";
import { readScoreInput } from "./readScoreInput.js";
import { scoreRubric } from "./scoreRubric.js";

export interface PlanStep {
  readonly code: string;
  readonly parent: string | null;
  readonly label: Text;
  /** The answer now and the next one up (option codes where the scale has them). */
  readonly from: string;
  readonly to: string;
  /** Points the unrounded total gains: exact decimal and fraction. */
  readonly gain: DecimalString;
  readonly gainFraction: string;
}

export interface ComponentGap {
  readonly code: string;
  readonly label: Text;
  readonly points: DecimalString;
  readonly fullMarks: DecimalString;
  readonly missing: DecimalString;
}

export interface ImprovementPlanResult {
  readonly rubric: string;
  readonly value: DecimalString;
  readonly exact: DecimalString;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
  /** Top-level components by points missing, most first (ties: official order). */
  readonly components: ReadonlyArray<ComponentGap>;
  /** Every indicator below the top of its scale, by the points its next step buys (ties: official order). */
  readonly steps: ReadonlyArray<PlanStep>;
  /** The fewest steps (biggest gains first) that reach the next predicate; null at the top band or without bands. */
  readonly toNextPredicate: {
    readonly next: Predicate;
    readonly steps: ReadonlyArray<PlanStep>;
    readonly value: DecimalString;
    readonly exact: DecimalString;
  } | null;
}

/** The next answer up on a leaf's scale (an option code, the next whole number, a lookup row, full marks). */
function nextUp(node: CompiledNode, answer: unknown): { to: string; text: string } | null {
  const scale = node.scale?.scale;
  if (!scale) return null;
  const current = node.scale?.read(answer, ["answers", node.node.code]) as Rational;
  if (scale.kind === "options") {
    let best: { code: string; value: Rational } | null = null;
    for (const o of scale.options) {
      const v = node.scale?.read(o.code, []) as Rational;
      if (cmp(v, current) > 0 && (best === null || cmp(v, best.value) < 0)) best = { code: o.code, value: v };
    }
    return best ? { to: best.code, text: best.code } : null;
  }
  if (scale.kind === "integer") {
    // The answer as given (a whole number), not its normalised value.
    const level = readNumber(answer, ["answers", node.node.code]).n;
    const next = String(level + 1n);
    return level < BigInt(scale.max) ? { to: next, text: next } : null;
  }
  if (scale.kind === "lookup") {
    // The lowest input of the next row that scores more.
    const rows = [...scale.rows].sort((a, b) => (cmp(ratOf(a.min), ratOf(b.min)) < 0 ? -1 : 1));
    for (const row of rows) {
      const input = row.minInclusive ? row.min : null;
      const candidate = input ?? row.max;
      const v = node.scale?.read(candidate, []) as Rational;
      if (cmp(v, current) > 0) return { to: candidate, text: candidate };
    }
    return null;
  }
  // A decimal scale: the step that counts is to full marks.
  const top = node.scale?.read(scale.max, []) as Rational;
  return cmp(top, current) > 0 ? { to: scale.max, text: scale.max } : null;
}

/** Greedy steps to the next predicate at most (a step on a whole-number scale may span many levels). */
const MAX_PLAN_STEPS = 1000;

function wholeOption(value: unknown, path: ReadonlyArray<string>, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    throw new KinerjaError("INVALID_INPUT", `${formatPath(path)} must be a whole number from ${min} to ${max}`, {
      path,
      rule: `a whole number from ${min} to ${max}`,
    });
  return value;
}

const ratOf = (text: string): Rational => parseRational(text) as Rational;

/**
 * The plan for one unit's answers. Work is bounded: at most `maxSteps` steps (default 200, at most 1000;
 * `toNextPredicate` is null when the next predicate takes more), and a run of steps on a whole-number scale is
 * measured directly (bisection on the level), so a 0–10⁸ scale costs some 30 evaluations, not 10⁸.
 *
 * @example
 * ```ts
 * import { improvementPlan } from "kinerja/engine";
 * import { pekppp2022v2 } from "kinerja/pekppp";
 *
 * // answers: the PEKPPP reference worked example, 3.6848 → 3.68 B
 * const plan = improvementPlan(pekppp2022v2, { answers });
 * plan.value; // "3.68"
 * plan.components[0]?.code; // "inovasi": the most points missing
 * plan.toNextPredicate?.next.code; // "A-"
 * plan.toNextPredicate?.value; // "4.03"
 * ```
 */
export function improvementPlan(
  rubric: RubricDefinition,
  input: unknown,
  given: { readonly limit?: number; readonly maxSteps?: number } = {},
): ImprovementPlanResult {
  const options = snapshot(given, ["options"]);
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new KinerjaError("INVALID_INPUT", "options must be an object { limit?, maxSteps? }", {
      path: ["options"],
      rule: "an options object",
    });
  const limit = wholeOption(options.limit, ["options", "limit"], 0, Number.MAX_SAFE_INTEGER);
  const maxSteps = wholeOption(options.maxSteps, ["options", "maxSteps"], 1, MAX_PLAN_STEPS) ?? 200;
  const defined = ensureDefined(rubric);
  const read = readScoreInput(defined, input);
  if (read.points)
    throw new KinerjaError("INVALID_INPUT", "an improvement plan needs answers, not published points", {
      path: ["points"],
      rule: "improvementPlan(rubric, { answers })",
    });
  const c: Compiled = read.parameters ? compiledWith(defined, read.parameters) : compiledOf(defined);
  const result = scoreRubric(defined, input);
  const answers = { ...(read.answers as Record<string, unknown>) };
  const evaluationOf = (a: Record<string, unknown>) => {
    const values = new Array<Rational | null>(c.nodes.length).fill(null);
    for (const i of c.leaves) {
      const node = c.nodes[i] as CompiledNode;
      if (read.notApplicable.has(i)) continue;
      const v = a[node.node.code];
      values[i] = v === undefined ? R0 : (node.scale as NonNullable<CompiledNode["scale"]>).read(v, []);
    }
    return evaluate(c, values);
  };
  const totalOf = (a: Record<string, unknown>): Rational => evaluationOf(a).total;
  type Candidate = PlanStep & { index: number; gainR: Rational };
  /** The next step up of the leaf at `order` (official order) from answers `a` whose total is `now`, if it gains. */
  const candidateOf = (a: Record<string, unknown>, now: Rational, order: number): Candidate | null => {
    const i = c.leaves[order] as number;
    const node = c.nodes[i] as CompiledNode;
    const v = a[node.node.code];
    if (read.notApplicable.has(i) || v === undefined || (typeof v === "object" && v !== null)) return null;
    const up = nextUp(node, v);
    if (!up) return null;
    const gainR = sub(totalOf({ ...a, [node.node.code]: up.to }), now);
    if (gainR.n <= 0n) return null;
    return {
      index: order,
      code: node.node.code,
      parent: node.parentCode,
      label: node.node.label,
      from: typeof v === "string" ? v : String(v),
      to: up.to,
      gain: toDecimalText(gainR),
      gainFraction: formatRational(gainR),
      gainR,
    };
  };
  const byGain = (x: Candidate, y: Candidate) => cmp(y.gainR, x.gainR) || x.index - y.index;
  const candidates = (a: Record<string, unknown>, now: Rational): Candidate[] => {
    const out: Candidate[] = [];
    for (let order = 0; order < c.leaves.length; order++) {
      const got = candidateOf(a, now, order);
      if (got) out.push(got);
    }
    return out.sort(byGain);
  };
  /**
   * The leaves whose next-step gain can change when the leaf at `order` changes: itself, and every leaf under its
   * topmost ancestor that rounds its points (elsewhere points add up linearly, so another leaf's gain stays).
   */
  const affectedBy = (order: number): number[] => {
    let top: CompiledNode | null = null;
    for (let k = (c.nodes[c.leaves[order] as number] as CompiledNode).parent; k >= 0; ) {
      const n = c.nodes[k] as CompiledNode;
      if (n.rounding) top = n;
      k = n.parent;
    }
    if (top === null) return [order];
    const under = new Set<number>();
    const mark = (k: number): void => {
      const n = c.nodes[k] as CompiledNode;
      if (n.isLeaf) under.add(k);
      else for (const child of n.children) mark(child);
    };
    mark(top.index);
    return c.leaves.flatMap((i, o) => (under.has(i) ? [o] : []));
  };
  const strip = ({ index: _i, gainR: _g, ...rest }: Candidate) => rest as PlanStep;

  const evaluation = evaluationOf(answers);
  const now = evaluation.total;
  const steps = candidates(answers, now);
  const components = c.top
    .map((i, order) => {
      const node = c.nodes[i] as CompiledNode;
      const points = evaluation.points[i] ?? R0;
      return { order, node, points, missing: sub(node.fullMarks, points) };
    })
    .sort((x, y) => cmp(y.missing, x.missing) || x.order - y.order)
    .map(({ node, points, missing }) => ({
      code: node.node.code,
      label: node.node.label,
      points: toDecimalText(points),
      fullMarks: toDecimalText(node.fullMarks),
      missing: toDecimalText(missing),
    }));

  let toNext: ImprovementPlanResult["toNextPredicate"] = null;
  if (result.gap && c.bands) {
    const target = result.gap.next;
    const targetIndex = c.bands.findIndex((b) => b.predicate.code === target.code);
    const reaches = (total: Rational): boolean => {
      const p = publishValue(c, total, c.rounding, ["value"]);
      return p.predicate !== null && p.bandIndex >= targetIndex;
    };
    const plan: PlanStep[] = [];
    let current = { ...answers };
    let total = now;
    // Each leaf's next step, kept up to date: after a step only the gains it can change are computed again.
    const open = new Map<number, Candidate>(steps.map((x) => [x.index, x]));
    while (plan.length < maxSteps) {
      let best: Candidate | undefined;
      for (const x of open.values()) if (best === undefined || byGain(x, best) < 0) best = x;
      if (!best) break;
      const node = c.nodes[c.leaves[best.index] as number] as CompiledNode;
      // On a whole-number scale the greedy plan takes the same indicator level after level while its gain stays
      // the same: the length of that run is found directly (bisection on the level), never level by level, so a
      // 0–10⁸ scale costs some 30 evaluations; the run is listed one level at a time, within maxSteps.
      let run = 1;
      if (node.scale?.scale.kind === "integer") {
        const code = best.code;
        const from = current;
        const level = BigInt(best.to) - 1n;
        const room = BigInt(node.scale.scale.max) - level;
        const most = room < BigInt(maxSteps - plan.length) ? room : BigInt(maxSteps - plan.length);
        const at = (k: bigint) => totalOf({ ...from, [code]: String(level + k) });
        // Constant gains (no rounding or cap on the way): the run's end is where the target is first reached.
        if (most > 1n && eq(sub(at(most), total), mul(best.gainR, rational(most)))) {
          let hi = most;
          if (reaches(at(most))) {
            let lo = 0n; // below the target
            while (hi - lo > 1n) {
              const mid = (lo + hi) / 2n;
              if (reaches(at(mid))) hi = mid;
              else lo = mid;
            }
          }
          run = Number(hi); // not-a-score: a count of steps, bounded above
        }
      }
      for (let k = 0; k < run; k++) {
        const step =
          k === 0
            ? best
            : { ...best, from: String(BigInt(best.to) + BigInt(k - 1)), to: String(BigInt(best.to) + BigInt(k)) };
        current = { ...current, [step.code]: step.to };
        total = add(total, best.gainR);
        plan.push(strip(step));
      }
      const p = publishValue(c, total, c.rounding, ["value"]);
      if (p.predicate && p.bandIndex >= targetIndex) {
        toNext = { next: target, steps: plan, value: p.value, exact: p.exact };
        break;
      }
      for (const order of affectedBy(best.index)) {
        const next = candidateOf(current, total, order);
        if (next) open.set(order, next);
        else open.delete(order);
      }
    }
  }
  return {
    rubric: defined.id,
    value: result.value,
    exact: result.exact,
    predicate: result.predicate,
    gap: result.gap,
    components,
    steps: (limit !== undefined ? steps.slice(0, limit) : steps).map(strip),
    toNextPredicate: toNext,
  };
}
