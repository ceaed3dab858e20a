import { decimalExponent, lcm, parseRational, type Rational } from "../core/rational.js";
import type { RubricDefinition, Scale } from "../model/types.js";

/**
 * The provably exact fast path of a rubric: every leaf's contribution is an
 * integer multiplier × the answer scaled to an integer, all at one exponent,
 * and every group's raw value likewise. Built only when all denominators are
 * powers of ten and the worst case stays below 2^53.
 */
export interface FastPlan {
  /** Exponent of contributions and of the total. */
  readonly exponent: number;
  /** Per leaf: integer multiplier (contribution = m × scaled answer). */
  readonly multipliers: ReadonlyArray<number>;
  /** Per leaf: decimals of its scale (answer × 10^places is an integer). */
  readonly answerPlaces: ReadonlyArray<number>;
  /** Per leaf: 10^(maxPlaces − places), aligning answers to one exponent. */
  readonly answerAlign: ReadonlyArray<number>;
  /** Per node (depth-first): how to compute its raw value as an integer. */
  readonly raw: ReadonlyArray<{ readonly exponent: number; readonly coefficients: ReadonlyArray<number> } | null>;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function placesOf(scale: Scale): number | null {
  if (scale.kind === "integer") return 0;
  if (scale.kind === "decimal") return scale.places ?? null;
  if (scale.kind === "lookup" || scale.normalize) return null;
  let max = 0;
  if (scale.options.some((o) => o.value.includes("/"))) return null;
  for (const o of scale.options) max = Math.max(max, o.value.split(".")[1]?.length ?? 0);
  return max;
}

function maxAbs(scale: Scale): Rational {
  const values =
    scale.kind === "integer"
      ? [String(scale.min), String(scale.max)]
      : scale.kind === "decimal"
        ? [scale.min, scale.max]
        : scale.kind === "lookup"
          ? scale.rows.map((r) => r.value)
          : scale.options.map((o) => o.value);
  let best: Rational = { n: 0n, d: 1n };
  for (const v of values) {
    const r = parseRational(v) as Rational;
    const abs = { n: r.n < 0n ? -r.n : r.n, d: r.d };
    if (abs.n * best.d > best.n * abs.d) best = abs;
  }
  return best;
}

interface LeafInfo {
  readonly scale: Scale;
  /** share × multiplier */
  readonly contribution: Rational;
}

interface GroupInfo {
  readonly leafStart: number;
  readonly leafEnd: number;
  /** Per leaf under the group: its share of the group's raw value. */
  readonly local: ReadonlyArray<Rational> | null;
}

export function buildFastPlan(
  rubric: RubricDefinition,
  leaves: ReadonlyArray<LeafInfo>,
  nodes: ReadonlyArray<GroupInfo | null>,
): FastPlan | null {
  const answerPlaces = leaves.map((l) => placesOf(l.scale));
  if (answerPlaces.some((p) => p === null)) return null;
  const maxPlaces = Math.max(0, ...(answerPlaces as number[]));
  let q = 1n;
  for (const l of leaves) q = lcm(q, l.contribution.d);
  const k = decimalExponent(q);
  if (k === null) return null;
  const exponent = k + maxPlaces;
  if (exponent > 15) return null;
  const scaleK = 10n ** BigInt(k);
  const multipliers: bigint[] = leaves.map((l) => (l.contribution.n * scaleK) / l.contribution.d);
  // Worst case of the whole sum: Σ |m| × max|answer| × 10^maxPlaces.
  let worst = 0n;
  leaves.forEach((l, i) => {
    const m = multipliers[i] as bigint;
    const top = maxAbs(l.scale);
    worst += ((m < 0n ? -m : m) * top.n * 10n ** BigInt(maxPlaces)) / top.d + 1n;
  });
  const places = rubric.result.rounding?.places ?? 0;
  if (worst * 10n ** BigInt(Math.max(0, places - exponent)) > SAFE) return null;

  const raw = nodes.map((g) => {
    if (g === null || g.local === null) return null;
    let d = 1n;
    for (const s of g.local) d = lcm(d, s.d);
    const kk = decimalExponent(d);
    if (kk === null) return { exponent: -1, coefficients: [] };
    const scale = 10n ** BigInt(kk);
    const coefficients = g.local.map((s) => (s.n * scale) / s.d);
    let w = 0n;
    coefficients.forEach((c, j) => {
      const top = maxAbs((leaves[g.leafStart + j] as LeafInfo).scale);
      w += (c * top.n * 10n ** BigInt(maxPlaces)) / top.d + 1n;
    });
    if (w > SAFE || kk + maxPlaces > 15) return { exponent: -1, coefficients: [] };
    return { exponent: kk + maxPlaces, coefficients: coefficients.map(Number) };
  });
  if (raw.some((r) => r !== null && r.exponent < 0)) return null;
  return {
    exponent,
    multipliers: multipliers.map(Number),
    answerPlaces: answerPlaces as number[],
    answerAlign: (answerPlaces as number[]).map((p) => 10 ** (maxPlaces - p)),
    raw,
  };
}
