/**
 * Exact evaluation of a compiled rubric, bottom-up: each node's points (what
 * it adds to the final value) and raw value (its own value: the answer, or the
 * weighted mean of its children), with node rounding, not-applicable rules and
 * "sum" groups as the rubric declares them. See docs/architecture.md.
 */

import { roundRational, toDecimalText } from "../core/decimalText.js";
import { KinerjaError } from "../core/errors.js";
import { add, div, isZero, mul, R0, type Rational } from "../core/rational.js";
import type { BreakdownEntry } from "../model/types.js";
import type { Compiled, CompiledNode } from "./compile.js";

/** Per node: null = not applicable. */
export interface Evaluation {
  readonly points: ReadonlyArray<Rational | null>;
  /** Points before the node's own rounding. */
  readonly unrounded: ReadonlyArray<Rational | null>;
  readonly raw: ReadonlyArray<Rational | null>;
  readonly total: Rational;
}

/** Renormalised or zero-filled sum of the applicable children; null when none applies. */
function combine(
  c: Compiled,
  kids: ReadonlyArray<number>,
  total: Rational,
  rule: CompiledNode["notApplicable"],
  points: ReadonlyArray<Rational | null>,
  raw: ReadonlyArray<Rational | null>,
  code: string,
): { points: Rational; raw: Rational } | null {
  let sumPoints = R0;
  let sumRaw = R0;
  let applicable = R0;
  let any = false;
  let missing = false;
  for (const k of kids) {
    const p = points[k];
    const node = c.nodes[k] as CompiledNode;
    if (p === null || p === undefined) {
      missing = true;
      continue;
    }
    any = true;
    sumPoints = add(sumPoints, p);
    sumRaw = add(sumRaw, mul(node.weight, raw[k] as Rational));
    applicable = add(applicable, node.weight);
  }
  if (!any) return null;
  if (missing && rule === null)
    throw new KinerjaError(
      "INVALID_INPUT",
      `items under ${code} are not applicable, but ${c.rubric.id} gives no rule for that`,
      {
        path: ["notApplicable"],
        rule: "not-applicable items only where the rubric declares how they count",
      },
    );
  if (!missing || rule?.rule === "zero") return { points: sumPoints, raw: div(sumRaw, total) };
  if (isZero(applicable))
    throw new KinerjaError("INVALID_INPUT", `every weighted item under ${code} is not applicable`, {
      path: ["notApplicable"],
      rule: "renormalising needs at least one applicable item with a weight",
    });
  return { points: div(mul(sumPoints, total), applicable), raw: div(sumRaw, applicable) };
}

/** `values[i]` is the leaf value of node i (leaves only; null = not applicable). */
export function evaluate(c: Compiled, values: ReadonlyArray<Rational | null>): Evaluation {
  const n = c.nodes.length;
  const points = new Array<Rational | null>(n);
  const unrounded = new Array<Rational | null>(n);
  const raw = new Array<Rational | null>(n);
  for (let i = n - 1; i >= 0; i--) {
    const node = c.nodes[i] as CompiledNode;
    let p: Rational | null;
    let r: Rational | null;
    if (node.isLeaf) {
      r = values[i] ?? null;
      p = r === null ? null : mul(node.contribution, r);
    } else if (node.combine === "sum") {
      p = null;
      for (const k of node.children) {
        const kp = points[k];
        if (kp !== null && kp !== undefined) p = add(p ?? R0, kp);
      }
      r = p === null ? null : isZero(node.contribution) ? p : div(p, node.contribution);
    } else {
      const got = combine(c, node.children, node.childTotal, node.notApplicable, points, raw, node.node.code);
      p = got ? got.points : null;
      r = got ? got.raw : null;
    }
    unrounded[i] = p;
    points[i] = p !== null && node.rounding ? roundRational(p, node.rounding) : p;
    raw[i] = r;
  }
  const top = combine(c, c.top, c.weightTotal, c.rubric.notApplicable ?? null, points, raw, "(root)");
  if (!top)
    throw new KinerjaError("INVALID_INPUT", `every item of ${c.rubric.id} is not applicable`, {
      path: ["notApplicable"],
      rule: "at least one applicable item",
    });
  return { points, unrounded, raw, total: top.points };
}

/** The breakdown rows of an evaluation (every node, official order); "full" adds each node's label and source. */
export function breakdownOf(
  c: Compiled,
  e: Evaluation,
  from: ReadonlyMap<number, string> | null,
  given: boolean,
  detail: "compact" | "full" = "compact",
): BreakdownEntry[] {
  const out: BreakdownEntry[] = [];
  for (const node of c.nodes) {
    const i = node.index;
    const p = e.unrounded[i];
    if (p === undefined) continue;
    const row: BreakdownEntry =
      detail === "full"
        ? {
            code: node.node.code,
            parent: node.parentCode,
            depth: node.depth,
            label: node.node.label,
            weight: node.weightText,
            share: node.shareText ?? "0",
            raw: toDecimalText(e.raw[i] ?? R0),
            weighted: toDecimalText(p ?? R0),
            source: node.node.source,
          }
        : {
            code: node.node.code,
            parent: node.parentCode,
            depth: node.depth,
            weight: node.weightText,
            share: node.shareText ?? "0",
            raw: toDecimalText(e.raw[i] ?? R0),
            weighted: toDecimalText(p ?? R0),
          };
    const extra: Record<string, unknown> = {};
    if (node.rounding && p !== null) extra.rounded = toDecimalText(e.points[i] as Rational);
    if (p === null) extra.notApplicable = true;
    const f = from?.get(i);
    if (f !== undefined) extra.from = f;
    if (given) extra.given = true;
    // Entries are values, frozen on every path (the hot path shares them between results).
    out.push(Object.freeze(Object.keys(extra).length > 0 ? { ...row, ...extra } : row));
  }
  return out;
}
