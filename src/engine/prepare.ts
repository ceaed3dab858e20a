import { D, type Dec } from "../core/decimal.js";
import { div, lcm, mul, parseRational, R1, type Rational } from "../core/rational.js";
import type { Band, Predicate, RubricDefinition, RubricNode, Scale } from "../model/types.js";
import { defineRubric } from "./defineRubric.js";
import { buildFastPlan, type FastPlan } from "./fastPlan.js";
import { buildFastBands, buildFastScales, type FastBands, type FastScale } from "./fastScales.js";
import { scaleRule } from "./leafScale.js";
import { isDefined } from "./registryOfDefined.js";

/** An answer checker: returns the answer's value, or throws naming the path and the scale. */
export interface PreparedScale {
  readonly scale: Scale;
  readonly rule: string;
  /** For integer and option scales: every allowed value, pre-built. */
  readonly byKey: Map<string | number, Dec> | null;
  readonly min: Dec;
  readonly max: Dec;
  readonly places: number | undefined;
}

export interface PreparedNode {
  readonly node: RubricNode;
  readonly parent: string | null;
  readonly depth: number;
  readonly isLeaf: boolean;
  /** Leaves under this node are `leaves[leafStart .. leafEnd)` (depth-first order). */
  readonly leafStart: number;
  readonly leafEnd: number;
  /** Effective share of the final value, times the multiplier, as text. */
  readonly shareText: string;
  /** raw = S · rawNum / rawDen, where S = Σ P·answer over the node's leaves (null: share 0, see localP). */
  readonly rawNum: bigint | null;
  readonly rawDen: bigint | null;
  /** Used when the node's share is 0: leaf numerators and denominator of shares within the node. */
  readonly localP: ReadonlyArray<bigint> | null;
  readonly localQ: bigint | null;
}

export interface PreparedLeaf {
  readonly code: string;
  readonly scale: PreparedScale;
  /** Contribution coefficient: share × multiplier = pBig / qBig. */
  readonly pBig: bigint;
}

export interface PreparedBand {
  readonly band: Band;
  readonly min: Dec;
  readonly max: Dec;
  readonly predicate: Predicate;
}

export interface Prepared {
  readonly rubric: RubricDefinition;
  readonly nodes: ReadonlyArray<PreparedNode>;
  readonly leaves: ReadonlyArray<PreparedLeaf>;
  readonly leafIndex: ReadonlyMap<string, number>;
  readonly groupCodes: ReadonlySet<string>;
  readonly qBig: bigint;
  readonly min: Dec;
  readonly max: Dec;
  /** Bands in ascending order of value, or null when unknown. */
  readonly bands: ReadonlyArray<PreparedBand> | null;
  /** Every weight, scale and rounding figure of the rubric is confirmed (bands are judged per result). */
  readonly figuresConfirmed: boolean;
  /** The exact integer fast path, when the rubric allows one (see fastPlan.ts). */
  readonly fast: {
    readonly plan: FastPlan;
    readonly scales: ReadonlyArray<FastScale>;
    readonly bands: FastBands | null;
  } | null;
}

const cache = new WeakMap<object, Prepared>();

const rat = (text: string): Rational => parseRational(text) as Rational;

function prepareScale(scale: Scale): PreparedScale {
  const rule = scaleRule(scale);
  if (scale.kind === "integer") {
    // Small scales (0–5, 1–4) get every level pre-built; wide ones are parsed per answer.
    if (scale.max - scale.min > 1000)
      return { scale, rule, byKey: null, min: new D(scale.min), max: new D(scale.max), places: 0 };
    const byKey = new Map<string | number, Dec>();
    for (let v = scale.min; v <= scale.max; v++) {
      const d = new D(v);
      byKey.set(v, d);
      byKey.set(String(v), d);
    }
    return { scale, rule, byKey, min: new D(scale.min), max: new D(scale.max), places: 0 };
  }
  if (scale.kind === "lookup")
    // Only the exact evaluator reads lookup scales; the fast path never takes them.
    return {
      scale,
      rule,
      byKey: null,
      min: new D(scale.input.min),
      max: new D(scale.input.max),
      places: scale.input.places,
    };
  if (scale.kind === "options") {
    const byKey = new Map<string | number, Dec>();
    let min = new D(scale.options[0]?.value ?? 0);
    let max = min;
    for (const o of scale.options) {
      const d = new D(o.value);
      byKey.set(o.code, d);
      if (d.lt(min)) min = d;
      if (d.gt(max)) max = d;
    }
    return { scale, rule, byKey, min, max, places: undefined };
  }
  return { scale, rule, byKey: null, min: new D(scale.min), max: new D(scale.max), places: scale.places };
}

function toPredicate(band: Band): Predicate {
  const p: Predicate = { code: band.code, label: band.label, confirmed: band.source.confirmed };
  return Object.freeze(band.zone ? { ...p, zone: band.zone } : p);
}

/**
 * Prepares a rubric once (weights parsed, shares brought to one common
 * denominator Q, scales and bands pre-built) and caches it per rubric object.
 */
export function prepare(input: RubricDefinition): Prepared {
  // A plain definition may still change, so it is validated into a frozen copy every time and never cached:
  // call defineRubric once and pass its result.
  if (!isDefined(input)) return prepare(defineRubric(input));
  const hit = cache.get(input);
  if (hit) return hit;
  const rubric = input;
  const multiplier = rubric.result.multiplier ? rat(rubric.result.multiplier) : R1;
  const scales = new Map<string, PreparedScale>();
  for (const [key, scale] of Object.entries(rubric.scales)) scales.set(key, prepareScale(scale));

  // First pass: depth-first order, exact shares.
  interface Raw {
    node: RubricNode;
    parent: string | null;
    depth: number;
    share: Rational;
    leafStart: number;
    leafEnd: number;
  }
  const raws: Raw[] = [];
  const leafShares: Rational[] = [];
  const leafNodes: RubricNode[] = [];
  const walk = (
    nodes: ReadonlyArray<RubricNode>,
    total: string,
    parentShare: Rational,
    parent: string | null,
    depth: number,
  ) => {
    const t = rat(total);
    for (const node of nodes) {
      const share = mul(parentShare, div(rat(node.weight), t));
      const entry: Raw = { node, parent, depth, share, leafStart: leafNodes.length, leafEnd: 0 };
      raws.push(entry);
      if (node.children) walk(node.children, node.childWeightTotal ?? rubric.weightTotal, share, node.code, depth + 1);
      else {
        leafNodes.push(node);
        leafShares.push(mul(share, multiplier));
      }
      entry.leafEnd = leafNodes.length;
    }
  };
  walk(rubric.nodes, rubric.weightTotal, R1, null, 0);

  let qBig = 1n;
  for (const s of leafShares) qBig = lcm(qBig, s.d);
  const pBigs = leafShares.map((s) => s.n * (qBig / s.d));
  const leaves: PreparedLeaf[] = leafNodes.map((node, i) => ({
    code: node.code,
    scale: scales.get(node.scale as string) as PreparedScale,
    pBig: pBigs[i] as bigint,
  }));

  // Shares of each leaf within a group: a group's raw value is their weighted sum.
  const within = (group: RubricNode): Rational[] => {
    const out: Rational[] = [];
    const inner = (nodes: ReadonlyArray<RubricNode>, total: string, s: Rational) => {
      for (const n of nodes) {
        const share = mul(s, div(rat(n.weight), rat(total)));
        if (n.children) inner(n.children, n.childWeightTotal ?? rubric.weightTotal, share);
        else out.push(share);
      }
    };
    inner(group.children ?? [], group.childWeightTotal ?? rubric.weightTotal, R1);
    return out;
  };
  const groupInfo = raws.map((e) =>
    e.node.children ? { leafStart: e.leafStart, leafEnd: e.leafEnd, local: within(e.node) } : null,
  );

  const nodes: PreparedNode[] = raws.map((e, k) => {
    const isLeaf = !e.node.children;
    const contribution = mul(e.share, multiplier);
    const shareText = new D(contribution.n.toString()).div(contribution.d.toString()).toFixed();
    if (isLeaf || e.share.n !== 0n) {
      // raw = S / (Q · share · multiplier) = S · d / (Q · n)
      const base = mul(rat(qBig.toString()), contribution);
      return {
        node: e.node,
        parent: e.parent,
        depth: e.depth,
        isLeaf,
        leafStart: e.leafStart,
        leafEnd: e.leafEnd,
        shareText,
        rawNum: base.n === 0n ? null : base.d,
        rawDen: base.n === 0n ? null : base.n,
        localP: null,
        localQ: null,
      };
    }
    // A zero-weight group (information only): its raw value uses shares within the group.
    const local = groupInfo[k]?.local ?? [];
    let lq = 1n;
    for (const s of local) lq = lcm(lq, s.d);
    return {
      node: e.node,
      parent: e.parent,
      depth: e.depth,
      isLeaf,
      leafStart: e.leafStart,
      leafEnd: e.leafEnd,
      shareText,
      rawNum: null,
      rawDen: null,
      localP: local.map((s) => s.n * (lq / s.d)),
      localQ: lq,
    };
  });

  const bands = rubric.predicates
    ? rubric.predicates
        .map((band) => ({ band, min: new D(band.min), max: new D(band.max), predicate: toPredicate(band) }))
        .sort((a, b) => a.min.cmp(b.min))
    : null;

  const plan = buildFastPlan(
    rubric,
    leafNodes.map((node, i) => ({
      scale: rubric.scales[node.scale as string] as Scale,
      contribution: leafShares[i] as Rational,
    })),
    groupInfo,
  );
  const fastScales = plan ? buildFastScales(leaves.map((l) => l.scale.scale)) : null;

  const prepared: Prepared = {
    rubric,
    nodes,
    leaves,
    leafIndex: new Map(leaves.map((l, i) => [l.code, i])),
    groupCodes: new Set(raws.filter((e) => e.node.children).map((e) => e.node.code)),
    qBig,
    min: new D(rubric.result.min),
    max: new D(rubric.result.max),
    bands,
    figuresConfirmed:
      raws.every((e) => e.node.source.confirmed) &&
      [...scales.values()].every((s) => s.scale.source.confirmed) &&
      (rubric.result.rounding?.source.confirmed ?? true),
    fast:
      plan && fastScales
        ? {
            plan,
            scales: fastScales,
            bands: bands
              ? buildFastBands(
                  bands.map((b) => b.band),
                  rubric.result.rounding,
                )
              : null,
          }
        : null,
  };
  cache.set(rubric, prepared);
  return prepared;
}
