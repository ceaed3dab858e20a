import { roundScaled, scaledToFixed, scaledToString } from "../core/scaled.js";
import type { BreakdownEntry, Gap, Predicate } from "../model/types.js";
import type { CompiledBand } from "./compile.js";
import { fastAnswer } from "./fastScales.js";
import type { Prepared } from "./prepare.js";

/** Per prepared rubric and leaf: the raw and weighted texts of the answers seen (at most 64 per leaf). */
const textCache = new WeakMap<Prepared, Array<Map<number, readonly [string, string]>>>();
function leafTexts(prepared: Prepared, leaf: number): Map<number, readonly [string, string]> {
  let all = textCache.get(prepared);
  if (all === undefined) {
    all = prepared.leaves.map(() => new Map());
    textCache.set(prepared, all);
  }
  return all[leaf] as Map<number, readonly [string, string]>;
}

/** What the fast path computed: the exact value acc / 10^exponent, and (with integer bands) its publication. */
export interface FastOutcome {
  /** The exact value is `acc / 10^exponent` (a safe integer at the plan's exponent). */
  readonly acc: number;
  readonly exponent: number;
  readonly breakdown: BreakdownEntry[];
  /** Null when the rubric declares no rounding or its band edges are not integers at the rounding's places. */
  readonly published: {
    readonly value: string;
    readonly predicate: Predicate;
    readonly gap: Gap | null;
    readonly bandIndex: number;
  } | null;
}

/**
 * The same result as the reference path, on safe integers (see fastPlan.ts).
 * Returns null when an answer is not in the plain form it takes; the caller
 * then runs the reference path, which also reports any error. `detail` "none"
 * leaves the breakdown out; "full" adds each node's label and source.
 */
export function fastScore(
  prepared: Prepared,
  record: Readonly<Record<string, unknown>>,
  detail: "compact" | "full" | "none" = "compact",
): FastOutcome | null {
  const fast = prepared.fast;
  if (fast === null) return null;
  const { plan, scales } = fast;
  const leaves = prepared.leaves;
  const n = leaves.length;
  const withBreakdown = detail !== "none";
  const scaled = withBreakdown ? new Array<number>(n) : null;
  const aligned = withBreakdown ? new Array<number>(n) : null;
  const prefix = withBreakdown ? new Array<number>(n + 1) : null;
  let acc = 0;
  if (prefix !== null) prefix[0] = 0;
  for (let i = 0; i < n; i++) {
    const a = fastAnswer(scales[i] as (typeof scales)[number], record[(leaves[i] as Prepared["leaves"][number]).code]);
    if (a === undefined) return null;
    const al = a * (plan.answerAlign[i] as number);
    acc += (plan.multipliers[i] as number) * al;
    if (scaled !== null && aligned !== null && prefix !== null) {
      scaled[i] = a;
      aligned[i] = al;
      prefix[i + 1] = acc;
    }
  }
  const E = plan.exponent;
  const breakdown: BreakdownEntry[] = [];
  if (scaled !== null && aligned !== null && prefix !== null) {
    const nodes = prepared.nodes;
    breakdown.length = nodes.length;
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k] as Prepared["nodes"][number];
      let raw: string;
      let weighted: string;
      if (node.isLeaf) {
        // A leaf's texts depend on its answer only: kept per answer (few answers per leaf), not rebuilt per call.
        const i = node.leafStart;
        const a = scaled[i] as number;
        const texts = leafTexts(prepared, i);
        const hit = texts.get(a);
        if (hit !== undefined) [raw, weighted] = hit;
        else {
          raw = scaledToString(a, plan.answerPlaces[i] as number);
          weighted = scaledToString((prefix[i + 1] as number) - (prefix[i] as number), E);
          if (texts.size < 64) texts.set(a, [raw, weighted]);
        }
      } else {
        const r = plan.raw[k] as { exponent: number; coefficients: ReadonlyArray<number> };
        let sum = 0;
        for (let j = 0; j < r.coefficients.length; j++)
          sum += (r.coefficients[j] as number) * (aligned[node.leafStart + j] as number);
        raw = scaledToString(sum, r.exponent);
        weighted = scaledToString((prefix[node.leafEnd] as number) - (prefix[node.leafStart] as number), E);
      }
      // Entries are values, frozen where they are made (the hot path shares them between results).
      breakdown[k] = Object.freeze(
        detail === "full"
          ? {
              code: node.node.code,
              parent: node.parent,
              depth: node.depth,
              label: node.node.label,
              weight: node.node.weight,
              share: node.shareText,
              raw,
              weighted,
              source: node.node.source,
            }
          : {
              code: node.node.code,
              parent: node.parent,
              depth: node.depth,
              weight: node.node.weight,
              share: node.shareText,
              raw,
              weighted,
            },
      );
    }
  }
  const fb = fast.bands;
  const rounding = prepared.rubric.result.rounding;
  // Without declared rounding or integer band edges, the caller publishes from the exact value.
  if (!rounding || !prepared.bands || !fb) return { acc, exponent: E, breakdown, published: null };
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
  return {
    acc,
    exponent: E,
    breakdown,
    published: { value: scaledToFixed(v, rounding.places), predicate: band.predicate, gap, bandIndex: index },
  };
}
