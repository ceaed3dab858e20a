import { formatRational, type Rational, rational } from "../core/rational.js";
import { pow10 } from "../core/roundRatio.js";
import { roundScaled, scaledToFixed, scaledToString } from "../core/scaled.js";
import type { BreakdownEntry, Gap, ScoreResult } from "../model/types.js";
import type { CompiledBand } from "./compile.js";
import { fastAnswer } from "./fastScales.js";
import type { Prepared } from "./prepare.js";

/**
 * The same result as the reference path, on safe integers (see fastPlan.ts).
 * Returns null when an answer is not in the plain form it takes; the caller
 * then runs the reference path, which also reports any error.
 */
export function fastScore(
  prepared: Prepared,
  record: Readonly<Record<string, unknown>>,
):
  | (Omit<ScoreResult, "rubricHash" | "kinerjaVersion"> & { readonly exactValue: Rational })
  | { readonly num: bigint; readonly den: bigint; readonly breakdown: BreakdownEntry[] }
  | null {
  const fast = prepared.fast;
  if (fast === null) return null;
  const { plan, scales } = fast;
  const leaves = prepared.leaves;
  const n = leaves.length;
  const scaled = new Array<number>(n);
  const aligned = new Array<number>(n);
  const prefix = new Array<number>(n + 1);
  let acc = 0;
  prefix[0] = 0;
  for (let i = 0; i < n; i++) {
    const a = fastAnswer(scales[i] as (typeof scales)[number], record[(leaves[i] as Prepared["leaves"][number]).code]);
    if (a === undefined) return null;
    scaled[i] = a;
    const al = a * (plan.answerAlign[i] as number);
    aligned[i] = al;
    acc += (plan.multipliers[i] as number) * al;
    prefix[i + 1] = acc;
  }
  const E = plan.exponent;
  const nodes = prepared.nodes;
  const breakdown = new Array<BreakdownEntry>(nodes.length);
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k] as Prepared["nodes"][number];
    let raw: string;
    if (node.isLeaf)
      raw = scaledToString(scaled[node.leafStart] as number, plan.answerPlaces[node.leafStart] as number);
    else {
      const r = plan.raw[k] as { exponent: number; coefficients: ReadonlyArray<number> };
      let sum = 0;
      for (let j = 0; j < r.coefficients.length; j++)
        sum += (r.coefficients[j] as number) * (aligned[node.leafStart + j] as number);
      raw = scaledToString(sum, r.exponent);
    }
    breakdown[k] = {
      code: node.node.code,
      parent: node.parent,
      depth: node.depth,
      label: node.node.label,
      weight: node.node.weight,
      share: node.shareText,
      raw,
      weighted: scaledToString((prefix[node.leafEnd] as number) - (prefix[node.leafStart] as number), E),
      source: node.node.source,
    };
  }
  const exact = scaledToString(acc, E);
  const fb = fast.bands;
  const rounding = prepared.rubric.result.rounding;
  // Without declared rounding or integer band edges, the caller finishes on decimals.
  if (!rounding || !prepared.bands || !fb) return { num: BigInt(acc), den: pow10(E), breakdown };
  const v = roundScaled(acc, E, rounding);
  let index = -1;
  for (let i = 0; i < fb.edges.length; i++) {
    const e = fb.edges[i] as (typeof fb.edges)[number];
    if ((e.band.minInclusive ? v >= e.min : v > e.min) && (e.band.maxInclusive ? v <= e.max : v < e.max)) {
      index = i;
      break;
    }
  }
  if (index < 0) return null;
  const band = prepared.bands[index] as CompiledBand;
  const next = fb.edges[index + 1];
  let gap: Gap | null = null;
  if (next) {
    const target = next.band.minInclusive ? next.min : next.min + 1;
    gap = {
      next: (prepared.bands[index + 1] as CompiledBand).predicate,
      target: scaledToFixed(target, fb.places),
      points: scaledToFixed(target - v, fb.places),
    };
  }
  const exactValue = rational(BigInt(acc), pow10(E));
  return {
    rubric: prepared.rubric.id,
    value: scaledToFixed(v, rounding.places),
    exact,
    exactFraction: formatRational(exactValue),
    exactValue,
    predicate: band.predicate,
    gap,
    breakdown,
    confirmed: prepared.figuresConfirmed && band.predicate.confirmed,
  };
}
