/**
 * A rubric compiled for exact evaluation: every node in depth-first order with
 * its exact share, full marks and leaf reader, and the bands as rationals.
 * Compiled once per rubric object (and per parameter set) and cached.
 */

import { contentHash } from "../core/contentHash.js";
import { toDecimalText } from "../core/decimalText.js";
import { KinerjaError } from "../core/errors.js";
import { add, cmp, div, mul, parseRational, R0, R1, type Rational } from "../core/rational.js";
import { BUILTIN_HASHES, type BuiltinRubricId } from "../data/builtinIds.js";
import type {
  Band,
  Combine,
  NotApplicableRule,
  Predicate,
  RoundingRule,
  RubricDefinition,
  RubricNode,
  Source,
} from "../model/types.js";
import { type LeafScale, leafScale } from "./leafScale.js";

export interface CompiledNode {
  readonly index: number;
  readonly node: RubricNode;
  readonly parent: number;
  readonly parentCode: string | null;
  readonly depth: number;
  readonly children: ReadonlyArray<number>;
  readonly isLeaf: boolean;
  /** The weight as used (a parameter's value for "$name"). */
  readonly weight: Rational;
  readonly weightText: string;
  /** Groups combining by weighted mean: what the children's weights add up to. */
  readonly childTotal: Rational;
  readonly combine: Combine;
  /** Points per unit of value: share × multiplier (a "sum" group's leaf: its weight). */
  readonly contribution: Rational;
  /** Null when the share depends on parameters not yet given. */
  readonly shareText: string | null;
  readonly rounding: RoundingRule | null;
  /** Groups: the rule for not-applicable children (the node's own, else the rubric's). */
  readonly notApplicable: NotApplicableRule | null;
  readonly scale: LeafScale | null;
  /** Lowest and highest points the node can contribute. */
  readonly minPoints: Rational;
  readonly fullMarks: Rational;
}

export interface CompiledBand {
  readonly band: Band;
  readonly min: Rational;
  readonly max: Rational;
  readonly predicate: Predicate;
}

export interface Compiled {
  readonly rubric: RubricDefinition;
  readonly nodes: ReadonlyArray<CompiledNode>;
  /** Node indices of the leaves, in official order. */
  readonly leaves: ReadonlyArray<number>;
  readonly top: ReadonlyArray<number>;
  readonly byCode: ReadonlyMap<string, number>;
  readonly weightTotal: Rational;
  readonly multiplier: Rational;
  readonly min: Rational;
  readonly max: Rational;
  readonly rounding: RoundingRule | undefined;
  /** Ascending; null when the official bands are unknown. */
  readonly bands: ReadonlyArray<CompiledBand> | null;
  /** Every weight, scale and rounding figure is confirmed (bands, parameters and rules used are judged per result). */
  readonly figuresConfirmed: boolean;
  /** No feature beyond plain weighted means (minimum requirements allowed): the safe-integer fast path may answer. */
  readonly linear: boolean;
  readonly parameters: Readonly<Record<string, string>> | null;
  /** The rubric's content hash (the locked one for a built-in), computed once. */
  readonly hash: string;
}

const rat = (text: string): Rational => parseRational(text) as Rational;

export function toPredicate(band: Band): Predicate {
  const p: Predicate = { code: band.code, label: band.label, confirmed: band.source.confirmed };
  return Object.freeze(band.zone ? { ...p, zone: band.zone } : p);
}

export function compileBands(bands: ReadonlyArray<Band> | null): ReadonlyArray<CompiledBand> | null {
  if (!bands) return null;
  return bands
    .map((band) => ({ band, min: rat(band.min), max: rat(band.max), predicate: toPredicate(band) }))
    .sort((a, b) => cmp(a.min, b.min));
}

function weightOf(text: string, params: ReadonlyMap<string, Rational> | null, path: ReadonlyArray<string>): Rational {
  if (!text.startsWith("$")) return rat(text);
  // Unbound (classify, listIndicators): the weight is unknown until the caller gives it; shares below are null.
  if (params === null) return R0;
  const value = params?.get(text.slice(1));
  if (value === undefined)
    throw new KinerjaError("INVALID_INPUT", `parameters.${text.slice(1)} is required (${path.join(" › ")})`, {
      path: ["parameters", text.slice(1)],
      rule: "every parameter the rubric declares",
    });
  return value;
}

const allSourcesConfirmed = (sources: Iterable<Source | undefined>): boolean => {
  for (const s of sources) if (s && !s.confirmed) return false;
  return true;
};

/** Compiles a (validated) rubric; `params` binds its declared parameters. */
export function compileRubric(rubric: RubricDefinition, params: ReadonlyMap<string, Rational> | null): Compiled {
  const multiplier = rubric.result.multiplier ? rat(rubric.result.multiplier) : R1;
  const weightTotal = weightOf(rubric.weightTotal, params, ["weightTotal"]);
  const scales = new Map<string, LeafScale>();
  for (const [key, scale] of Object.entries(rubric.scales)) scales.set(key, leafScale(key, scale));
  const nodes: CompiledNode[] = [];
  const leaves: number[] = [];
  /** Lowest and highest raw value of each node (a weighted mean stays within its children's). */
  const rawRange = new Map<number, [Rational, Rational]>();
  // Requirements only cap the predicate after publishing: they leave the value (and the fast path) alone.
  let linear = !rubric.parameters && !rubric.notApplicable;
  for (const s of scales.values()) if (!s.linear) linear = false;

  const walk = (
    list: ReadonlyArray<RubricNode>,
    total: Rational,
    parentShare: Rational,
    parent: number,
    parentCombine: Combine,
    depth: number,
    unboundAbove: boolean,
  ): number[] => {
    const out: number[] = [];
    const unboundHere = unboundAbove || (params === null && list.some((n) => n.weight.startsWith("$")));
    for (const node of list) {
      const weight = weightOf(node.weight, params, [node.code]);
      const share = parentCombine === "sum" ? weight : mul(parentShare, div(weight, total));
      const contribution = parentCombine === "sum" ? weight : mul(share, multiplier);
      const index = nodes.length;
      const combine: Combine = node.combine ?? "weightedMean";
      if (node.combine || node.rounding || node.accepts || node.weight.startsWith("$")) linear = false;
      const placeholder = {} as CompiledNode;
      nodes.push(placeholder);
      let children: number[] = [];
      let childTotal = R1;
      let scale: LeafScale | null = null;
      let minPoints = R0;
      let fullMarks = R0;
      if (node.children) {
        childTotal =
          combine === "sum"
            ? R1
            : weightOf(node.childWeightTotal ?? rubric.weightTotal, params, [node.code, "childWeightTotal"]);
        const unboundTotal = params === null && (node.childWeightTotal ?? "").startsWith("$");
        children = walk(node.children, childTotal, share, index, combine, depth + 1, unboundHere || unboundTotal);
        if (params && combine === "weightedMean") checkSum(children, childTotal, node.code);
        for (const k of children) {
          minPoints = add(minPoints, (nodes[k] as CompiledNode).minPoints);
          fullMarks = add(fullMarks, (nodes[k] as CompiledNode).fullMarks);
        }
        const kids = children.map((k) => rawRange.get(k) as [Rational, Rational]);
        let lo = kids[0]?.[0] ?? R0;
        let hi = kids[0]?.[1] ?? R0;
        for (const [a, b] of kids) {
          if (cmp(a, lo) < 0) lo = a;
          if (cmp(b, hi) > 0) hi = b;
        }
        if (combine === "sum" && contribution.n !== 0n) {
          lo = div(minPoints, contribution);
          hi = div(fullMarks, contribution);
        }
        rawRange.set(index, [lo, hi]);
        // Weights below still unknown (parameters not given): a weighted mean stays within its children's range.
        if (
          params === null &&
          combine === "weightedMean" &&
          (unboundTotal || node.children.some((k) => k.weight.startsWith("$")))
        ) {
          minPoints = mul(contribution, lo);
          fullMarks = mul(contribution, hi);
        }
      } else {
        scale = scales.get(node.scale as string) as LeafScale;
        leaves.push(index);
        rawRange.set(index, [scale.lo, scale.hi]);
        const a = mul(contribution, scale.lo);
        const b = mul(contribution, scale.hi);
        minPoints = cmp(a, b) <= 0 ? a : b;
        fullMarks = cmp(a, b) <= 0 ? b : a;
      }
      nodes[index] = {
        index,
        node,
        parent,
        parentCode: null,
        depth,
        children,
        isLeaf: !node.children,
        weight,
        weightText: node.weight.startsWith("$") ? toDecimalText(weight) : node.weight,
        childTotal,
        combine,
        contribution,
        shareText: unboundHere ? null : toDecimalText(contribution),
        rounding: node.rounding ? { places: node.rounding.places, mode: node.rounding.mode } : null,
        notApplicable: node.notApplicable ?? rubric.notApplicable ?? null,
        scale,
        minPoints,
        fullMarks,
      };
      out.push(index);
    }
    return out;
  };
  // With parameters, sibling sums are only known now: check them against the values given.
  const checkSum = (kids: ReadonlyArray<number>, total: Rational, at: string) => {
    let sum = R0;
    for (const k of kids) sum = add(sum, (nodes[k] as CompiledNode).weight);
    if (cmp(sum, total) !== 0)
      throw new KinerjaError(
        "INVALID_INPUT",
        `the weights under ${at} add up to ${toDecimalText(sum)}, not ${toDecimalText(total)}: check the parameters`,
        { path: ["parameters"], rule: "parameter weights make their siblings add up exactly", details: { node: at } },
      );
  };
  const top = walk(
    rubric.nodes,
    weightTotal,
    R1,
    -1,
    "weightedMean",
    0,
    params === null && rubric.weightTotal.startsWith("$"),
  );
  if (params) checkSum(top, weightTotal, "(root)");
  // Parent codes were unknown while the parent was a placeholder: fill them now.
  for (const n of nodes)
    if (n.parent >= 0) (n as { parentCode: string | null }).parentCode = (nodes[n.parent] as CompiledNode).node.code;

  const sources: Array<Source | undefined> = [rubric.result.rounding?.source];
  for (const n of nodes) sources.push(n.node.source, n.node.rounding?.source);
  for (const s of scales.values()) for (const src of s.sources) sources.push(src);
  return {
    rubric,
    nodes,
    leaves,
    top,
    byCode: new Map(nodes.map((n) => [n.node.code, n.index])),
    weightTotal,
    multiplier,
    min: rat(rubric.result.min),
    max: rat(rubric.result.max),
    rounding: rubric.result.rounding,
    bands: compileBands(rubric.predicates),
    figuresConfirmed: allSourcesConfirmed(sources),
    linear,
    parameters: params ? Object.fromEntries([...params].map(([k, v]) => [k, toDecimalText(v)])) : null,
    hash: Object.hasOwn(BUILTIN_HASHES, rubric.id) ? BUILTIN_HASHES[rubric.id as BuiltinRubricId] : contentHash(rubric),
  };
}
