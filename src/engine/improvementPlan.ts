/**
 * What to improve first, on any rubric and any ordered scale: each
 * indicator's next step up and the points it buys (exactly, by re-evaluating,
 * so node rounding, caps and not-applicable rules count), the components
 * with the most points missing, and the fewest steps to the next predicate.
 */

import { toDecimalText } from "../core/decimalText.js";
import { KinerjaError } from "../core/errors.js";
import { add, cmp, formatRational, parseRational, R0, type Rational, sub } from "../core/rational.js";
import type { DecimalString, Gap, Predicate, RubricDefinition, Text } from "../model/types.js";
import type { Compiled, CompiledNode } from "./compile.js";
import { compiledOf, compiledWith, ensureDefined } from "./compiled.js";
import { evaluate } from "./evaluate.js";
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
    const next = String(current.n + 1n);
    return current.n < BigInt(scale.max) ? { to: next, text: next } : null;
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

const ratOf = (text: string): Rational => parseRational(text) as Rational;

/** The plan for one unit's answers. Work is bounded: at most `maxSteps` greedy steps (default 200). */
export function improvementPlan(
  rubric: RubricDefinition,
  input: unknown,
  options: { readonly limit?: number; readonly maxSteps?: number } = {},
): ImprovementPlanResult {
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
  const candidates = (a: Record<string, unknown>, now: Rational) => {
    const out: Array<PlanStep & { index: number; gainR: Rational }> = [];
    c.leaves.forEach((i, order) => {
      const node = c.nodes[i] as CompiledNode;
      const v = a[node.node.code];
      if (read.notApplicable.has(i) || v === undefined || (typeof v === "object" && v !== null)) return;
      const up = nextUp(node, v);
      if (!up) return;
      const gainR = sub(totalOf({ ...a, [node.node.code]: up.to }), now);
      if (gainR.n <= 0n) return;
      out.push({
        index: order,
        code: node.node.code,
        parent: node.parentCode,
        label: node.node.label,
        from: typeof v === "string" ? v : String(v),
        to: up.to,
        gain: toDecimalText(gainR),
        gainFraction: formatRational(gainR),
        gainR,
      });
    });
    return out.sort((x, y) => cmp(y.gainR, x.gainR) || x.index - y.index);
  };
  const strip = ({ index: _i, gainR: _g, ...rest }: PlanStep & { index: number; gainR: Rational }) => rest as PlanStep;

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
    const maxSteps = options.maxSteps ?? 200;
    const plan: PlanStep[] = [];
    let current = { ...answers };
    let total = now;
    for (let k = 0; k < maxSteps; k++) {
      const best = candidates(current, total)[0];
      if (!best) break;
      current = { ...current, [best.code]: best.to };
      total = add(total, best.gainR);
      plan.push(strip(best));
      const p = publishValue(c, total, c.rounding, ["value"]);
      if (
        p.predicate &&
        c.bands.findIndex((b) => b.predicate.code === p.predicate?.code) >=
          c.bands.findIndex((b) => b.predicate.code === target.code)
      ) {
        toNext = { next: target, steps: plan, value: p.value, exact: p.exact };
        break;
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
    steps: (options.limit !== undefined ? steps.slice(0, options.limit) : steps).map(strip),
    toNextPredicate: toNext,
  };
}
