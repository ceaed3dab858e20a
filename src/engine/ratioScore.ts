/**
 * Scoring from leaf values that are ratios of safe integers (an SKM element's answer sum over its respondents),
 * on safe integers where the rubric allows: a flat weighted mean (no groups, no rounding per node, no parameters
 * or requirements), leaf scales of plain numbers without a decimals limit, every figure below 2^53. The value,
 * texts, band and gap are the exact path's (`scoreValues`), field for field: a property test compares them.
 * Anything else returns null, and the caller takes the exact path.
 */
import { gcdSafe, POW10, ratioText } from "../core/scaled.js";
import type { BreakdownEntry, ScoreResult } from "../model/types.js";
import { VERSION } from "../version.js";
import type { Compiled, CompiledNode } from "./compile.js";
import { compiledOf } from "./compiled.js";
import { publishRatio } from "./publishValue.js";
import { rememberExact, type ScaledValue } from "./storedExact.js";

/** What a rubric needs for ratio scoring, prepared once per compiled rubric (null: it cannot). */
interface RatioPlan {
  /** Per leaf (official order): contribution p/q and the scale's range lo ≤ v ≤ hi as safe-integer fractions. */
  readonly leaves: ReadonlyArray<{
    readonly node: CompiledNode;
    readonly p: number;
    readonly q: number;
    readonly loN: number;
    readonly loD: number;
    readonly hiN: number;
    readonly hiD: number;
    /** An integer scale: the value must be whole. */
    readonly whole: boolean;
  }>;
}

const plans = new WeakMap<Compiled, RatioPlan | null>();

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const small = (b: bigint): number | null => (b <= SAFE && b >= -SAFE ? Number(b) : null); // not-a-score: safe integers convert exactly

function planOf(c: Compiled): RatioPlan | null {
  const hit = plans.get(c);
  if (hit !== undefined) return hit;
  let plan: RatioPlan | null = null;
  const flat = c.nodes.every((n) => n.isLeaf && n.parent < 0);
  if (c.linear && flat && !c.rubric.parameters && !c.rubric.requirements) {
    const leaves: Array<RatioPlan["leaves"][number]> = [];
    let ok = true;
    for (const i of c.leaves) {
      const node = c.nodes[i] as CompiledNode;
      const scale = node.scale;
      const kind = scale?.scale.kind;
      // Plain numbers only: an option, lookup, normalisation or decimals limit reads values otherwise.
      if (
        !scale ||
        !(kind === "integer" || kind === "decimal") ||
        scale.scale.normalize ||
        (kind === "decimal" && scale.scale.places !== undefined)
      ) {
        ok = false;
        break;
      }
      const parts = [node.contribution.n, node.contribution.d, scale.lo.n, scale.lo.d, scale.hi.n, scale.hi.d].map(
        small,
      );
      if (parts.some((x) => x === null)) {
        ok = false;
        break;
      }
      const [p, q, loN, loD, hiN, hiD] = parts as number[];
      leaves.push({
        node,
        p: p as number,
        q: q as number,
        loN: loN as number,
        loD: loD as number,
        hiN: hiN as number,
        hiD: hiD as number,
        whole: kind === "integer",
      });
    }
    if (ok) plan = { leaves };
  }
  plans.set(c, plan);
  return plan;
}

/** a·b when it stays a safe integer, else NaN (every later check then fails). */
const times = (a: number, b: number): number => {
  const x = a * b;
  return Number.isSafeInteger(x) ? x : Number.NaN;
};

/**
 * Scores one unit from leaf values num[i] / den[i] (safe integers, den[i] > 0, in leaf order) on safe integers,
 * or returns null (the rubric or a figure does not allow it, or a value is off its scale: the caller then takes
 * the exact path, which also reports the error). The result is remembered like every score result, unless
 * `remember` is false.
 */
export function scoreRatiosOnIntegers(
  rubric: Parameters<typeof compiledOf>[0],
  num: ReadonlyArray<number>,
  den: ReadonlyArray<number>,
  remember = true,
): { readonly result: ScoreResult; readonly total: { readonly num: number; readonly den: number } } | null {
  const c = compiledOf(rubric);
  const plan = planOf(c);
  if (plan === null || num.length !== plan.leaves.length || den.length !== plan.leaves.length) return null;
  // Σ p·v / q over one denominator D = lcm(q·den); every step checked to stay safe.
  let D = 1;
  for (let i = 0; i < plan.leaves.length; i++) {
    const leaf = plan.leaves[i] as RatioPlan["leaves"][number];
    const n = num[i] as number;
    const d = den[i] as number;
    if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || d <= 0) return null;
    // On the scale: lo ≤ n/d ≤ hi.
    const a = times(n, leaf.loD);
    const b = times(leaf.loN, d);
    const e = times(n, leaf.hiD);
    const f = times(leaf.hiN, d);
    if (!(a >= b && e <= f) || (leaf.whole && n % d !== 0)) return null;
    const qd = times(leaf.q, d);
    D = times(D / gcdSafe(D, qd), qd);
    if (Number.isNaN(D)) return null;
  }
  let N = 0;
  const weighted = new Array<number>(plan.leaves.length);
  for (let i = 0; i < plan.leaves.length; i++) {
    const leaf = plan.leaves[i] as RatioPlan["leaves"][number];
    const part = times(times(leaf.p, num[i] as number), D / (leaf.q * (den[i] as number)));
    weighted[i] = part;
    N += part;
    if (!Number.isSafeInteger(N)) return null;
  }
  // Range, rounding, band and gap: the publish step on safe integers (null: take the exact path).
  const p = publishRatio(c, N, D, c.rounding);
  if (p === null) return null;
  const breakdown: BreakdownEntry[] = plan.leaves.map((leaf, i) =>
    Object.freeze({
      code: leaf.node.node.code,
      parent: null,
      depth: 0,
      weight: leaf.node.weightText,
      share: leaf.node.shareText ?? "0",
      raw: ratioText(num[i] as number, den[i] as number),
      weighted: ratioText(weighted[i] as number, D),
    }),
  );
  const result: ScoreResult = {
    rubric: c.rubric.id,
    value: p.value,
    exact: p.exact,
    exactFraction: p.exactFraction,
    predicate: p.predicate,
    gap: p.gap,
    breakdown,
    confirmed: p.predicate?.confirmed === true && c.figuresConfirmed,
    rubricHash: c.hash,
    kinerjaVersion: VERSION,
  };
  // Remembered unless the caller builds its own result from this one (which then carries no entry to look up).
  if (remember) {
    const g = gcdSafe(N, D) || 1;
    const terminating = scaledOf(N / g, D / g);
    rememberExact(result, terminating ?? { n: BigInt(N / g), d: BigInt(D / g) });
  }
  return { result, total: { num: N, den: D } };
}

/** n/d (lowest terms) as n'/10^e when d divides a power of ten within the safe integers. */
function scaledOf(n: number, d: number): ScaledValue | null {
  for (let e = 0; e < POW10.length; e++) {
    const p = POW10[e] as number;
    if (p % d === 0) {
      const scaled = n * (p / d);
      return Number.isSafeInteger(scaled) ? { n: scaled, e } : null;
    }
  }
  return null;
}
