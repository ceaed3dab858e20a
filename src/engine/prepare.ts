/**
 * The fast path's preparation of a plain weighted-mean rubric (see
 * fastPlan.ts): leaf order, each group's leaf range and local shares, the
 * safe-integer plan and the bands as integers. Built once per rubric from its
 * compiled form, only for rubrics the compiler marked `linear`.
 */
import { div, mul, parseRational, R1, type Rational } from "../core/rational.js";
import type { RubricDefinition, RubricNode, Scale } from "../model/types.js";
import type { CompiledBand } from "./compile.js";
import { compiledOf } from "./compiled.js";
import { buildFastPlan, type FastPlan } from "./fastPlan.js";
import { buildFastBands, buildFastScales, type FastBands, type FastScale } from "./fastScales.js";

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
}

export interface Prepared {
  readonly rubric: RubricDefinition;
  readonly nodes: ReadonlyArray<PreparedNode>;
  readonly leaves: ReadonlyArray<{ readonly code: string }>;
  /** Bands in ascending order, or null when unknown. */
  readonly bands: ReadonlyArray<CompiledBand> | null;
  readonly figuresConfirmed: boolean;
  /** The exact integer fast path, when the rubric allows one. */
  readonly fast: {
    readonly plan: FastPlan;
    readonly scales: ReadonlyArray<FastScale>;
    readonly bands: FastBands | null;
  } | null;
}

const cache = new WeakMap<object, Prepared>();
const rat = (text: string): Rational => parseRational(text) as Rational;

export function prepare(rubric: RubricDefinition): Prepared {
  const c = compiledOf(rubric);
  const hit = cache.get(c.rubric);
  if (hit) return hit;
  const r = c.rubric;
  // Leaf ranges of every node (depth-first: a node's leaves are contiguous).
  const leafStart = new Array<number>(c.nodes.length);
  const leafEnd = new Array<number>(c.nodes.length);
  let seen = 0;
  const visit = (i: number) => {
    const n = c.nodes[i] as (typeof c.nodes)[number];
    leafStart[i] = seen;
    if (n.isLeaf) seen++;
    else for (const k of n.children) visit(k);
    leafEnd[i] = seen;
  };
  for (const i of c.top) visit(i);

  // Shares of each leaf within a group: a group's raw value is their weighted sum.
  const within = (group: RubricNode): Rational[] => {
    const out: Rational[] = [];
    const inner = (nodes: ReadonlyArray<RubricNode>, total: string, s: Rational) => {
      for (const n of nodes) {
        const share = mul(s, div(rat(n.weight), rat(total)));
        if (n.children) inner(n.children, n.childWeightTotal ?? r.weightTotal, share);
        else out.push(share);
      }
    };
    inner(group.children ?? [], group.childWeightTotal ?? r.weightTotal, R1);
    return out;
  };
  const groupInfo = c.nodes.map((n, i) =>
    n.isLeaf ? null : { leafStart: leafStart[i] as number, leafEnd: leafEnd[i] as number, local: within(n.node) },
  );
  const leafScales: Scale[] = c.leaves.map(
    (i) => ((c.nodes[i] as (typeof c.nodes)[number]).scale as NonNullable<(typeof c.nodes)[number]["scale"]>).scale,
  );
  const plan = c.linear
    ? buildFastPlan(
        r,
        c.leaves.map((i, k) => ({
          scale: leafScales[k] as Scale,
          contribution: (c.nodes[i] as (typeof c.nodes)[number]).contribution,
        })),
        groupInfo,
      )
    : null;
  const prepared: Prepared = {
    rubric: r,
    nodes: c.nodes.map((n, i) => ({
      node: n.node,
      parent: n.parentCode,
      depth: n.depth,
      isLeaf: n.isLeaf,
      leafStart: leafStart[i] as number,
      leafEnd: leafEnd[i] as number,
      shareText: n.shareText ?? "0",
    })),
    leaves: c.leaves.map((i) => ({ code: (c.nodes[i] as (typeof c.nodes)[number]).node.code })),
    bands: c.bands,
    figuresConfirmed: c.figuresConfirmed,
    fast: plan
      ? {
          plan,
          scales: buildFastScales(leafScales),
          bands: c.bands
            ? buildFastBands(
                c.bands.map((b) => b.band),
                r.result.rounding,
              )
            : null,
        }
      : null,
  };
  cache.set(c.rubric, prepared);
  return prepared;
}
