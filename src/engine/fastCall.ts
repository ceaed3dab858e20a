/**
 * The hot path of `score`: one pass over a rubric's leaves for the common call, `score(r, { answers })` with
 * every indicator answered by a plain number or text, on a rubric the fast path takes (fastPlan.ts) whose
 * rounding and band edges are integers at the published decimals. Everything constant (leaf order, multipliers,
 * the texts of each leaf's answers, band edges, gap targets, published texts) is prepared once per rubric.
 *
 * It gives the result `scoreRubric` gives, field for field (property-tested against the exact path), and
 * returns null whenever the input is anything but that common form: another input field, a missing, unknown,
 * inherited or non-plain answer, one outside its scale, a limit in the way, a getter or Proxy trap that throws.
 * The careful path then reads the input from the start and reports what it finds, so errors stay identical.
 */
import { getLimits } from "../core/limits.js";
import { POW10, ratioFraction, roundQuotient, roundScaled, scaledToFixed, scaledToString } from "../core/scaled.js";
import type {
  BreakdownDetail,
  BreakdownEntry,
  Gap,
  Predicate,
  RoundingRule,
  RubricDefinition,
  ScoreResult,
  Source,
  Text,
} from "../model/types.js";
import { VERSION } from "../version.js";
import type { Compiled, CompiledBand } from "./compile.js";
import { compiledOf } from "./compiled.js";
import { type FastScale, fastAnswer } from "./fastScales.js";
import { prepare } from "./prepare.js";
import { isDefined } from "./registryOfDefined.js";
import { rememberExact } from "./storedExact.js";

/** Published values (and gap points) whose range has at most this many steps keep their texts once made. */
const MAX_CACHED_STEPS = 1 << 14;
/** Breakdown texts kept per node in an array when its values have at most this many steps, … */
const MAX_SLOTS = 1 << 12;
/** … else in a map, the first values met. */
const MAX_SEEN = 1024;

const ZEROS: ReadonlyArray<string> = Array.from({ length: 17 }, (_, i) => "0".repeat(i));
/**
 * 10^0 … 10^9 written out: all small integers, so that `%` and `/` on the small values below stay integer
 * operations in the engine (POW10, which goes up to 10^15, holds them as doubles).
 */
const SMALL_POW10: ReadonlyArray<number> = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000];
/** Values below this (in magnitude) take the small-integer branches. */
const SMALL = 0x3fffffff;

/** The same integers, held as small integers where they are (so arithmetic on them stays on integers). */
const small = (list: ReadonlyArray<number>): number[] => list.map((v) => (v <= SMALL && v >= -SMALL ? v | 0 : v));

/** `scaledToString` (n / 10^e in normalised plain notation) on integer steps only; property-tested against it. */
export function scaledText(n: number, e: number): string {
  if (n === 0) return "0";
  if (e === 0) return `${n}`;
  if (e > 9 || n > SMALL || n < -SMALL) return scaledToString(n, e);
  const negative = n < 0;
  const a = (negative ? -n : n) | 0; // exact: |n| ≤ SMALL
  const p = SMALL_POW10[e] as number;
  let frac = a % p;
  const int = (a - frac) / p; // exact: a − frac is a multiple of p
  if (frac === 0) return negative ? `-${int}` : `${int}`;
  let places = e;
  while (frac % 10 === 0) {
    frac = frac / 10; // exact: frac is a multiple of 10
    places--;
  }
  const digits = `${frac}`;
  const text = `${int}.${ZEROS[places - digits.length]}${digits}`;
  return negative ? `-${text}` : text;
}

/** `scaledToFixed` (exactly `places` decimals) on integer steps only; property-tested against it. */
export function fixedText(n: number, places: number): string {
  if (places === 0) return n === 0 ? "0" : `${n}`;
  if (places > 9 || n > SMALL || n < -SMALL) return scaledToFixed(n, places);
  const negative = n < 0;
  const a = (negative ? -n : n) | 0; // exact: |n| ≤ SMALL
  const p = SMALL_POW10[places] as number;
  const frac = a % p;
  const int = (a - frac) / p; // exact: a − frac is a multiple of p
  const digits = `${frac}`;
  const text = `${int}.${ZEROS[places - digits.length]}${digits}`;
  return negative && a !== 0 ? `-${text}` : text;
}

/** `ratioFraction(n, 10^e)` ("n/d" in lowest terms, or "n") on integer steps only; property-tested against it. */
export function fractionText(n: number, e: number): string {
  if (e > 9 || n > SMALL || n < -SMALL) return ratioFraction(n, POW10[e] as number);
  if (n === 0) return "0";
  // The common factors of n and 10^e are 2s and 5s.
  let num = n | 0; // exact: |n| ≤ SMALL
  let den = SMALL_POW10[e] as number;
  while (den % 10 === 0 && num % 10 === 0) {
    num = num / 10; // exact: both are multiples of 10
    den = den / 10;
  }
  while (den % 2 === 0 && num % 2 === 0) {
    num = num / 2; // exact: both are even
    den = den / 2;
  }
  while (den % 5 === 0 && num % 5 === 0) {
    num = num / 5; // exact: both are multiples of 5
    den = den / 5;
  }
  return den === 1 ? `${num}` : `${num}/${den}`;
}

/** `roundScaled` (n / 10^e rounded to the rule's decimals, as an integer) on integer steps only; property-tested. */
export function roundedScaled(n: number, e: number, rule: RoundingRule): number {
  const places = rule.places;
  if (e > 9 || places > 9 || e <= places || n > SMALL || n < -SMALL) return roundScaled(n, e, rule);
  const m = n | 0; // exact: |n| ≤ SMALL
  const div = SMALL_POW10[e - places] as number;
  const r = m % div; // same sign as m
  const q = (m - r) / div; // exact: m − r is a multiple of div
  return roundQuotient(q, r, div, rule.mode);
}

interface HotNode {
  readonly isLeaf: boolean;
  /** Leaves under the node: [leafStart, leafEnd) in official order (a leaf: its own position). */
  readonly leafStart: number;
  readonly leafEnd: number;
  readonly code: string;
  readonly parent: string | null;
  readonly depth: number;
  readonly weight: string;
  readonly share: string;
  readonly label: Text;
  readonly source: Source | undefined;
  /** Groups: the raw value is Σ coefficients[j] × scaled answer of leaf leafStart + j, at rawExponent. */
  readonly coefficients: ReadonlyArray<number>;
  readonly rawExponent: number;
  /**
   * The texts by key (a leaf's scaled answer, a group's raw sum, which fixes its points too): in `slots` at
   * key − lowest where the keys have a small range (made on first use), else in `seen` (the first ones met).
   */
  readonly lowest: number;
  readonly slots: Array<BreakdownEntry | undefined> | null;
  readonly seen: Map<number, BreakdownEntry>;
  /** The same for the full form (label and source beside the figures), made on first use. */
  readonly fullSlots: Array<BreakdownEntry | undefined> | null;
  readonly fullSeen: Map<number, BreakdownEntry>;
}

interface HotPlan {
  readonly c: Compiled;
  readonly id: string;
  readonly n: number;
  readonly codes: ReadonlyArray<string>;
  readonly leafAt: ReadonlySet<string>;
  readonly longestCode: number;
  /** Per leaf: an integer scale (min, max), else read by `fastAnswer` with `scales`. */
  readonly integer: ReadonlyArray<boolean>;
  readonly min: ReadonlyArray<number>;
  readonly max: ReadonlyArray<number>;
  readonly scales: ReadonlyArray<FastScale>;
  readonly multiplier: ReadonlyArray<number>;
  readonly align: ReadonlyArray<number>;
  readonly places: ReadonlyArray<number>;
  readonly exponent: number;
  readonly rounding: RoundingRule;
  /** Bands ascending, as integers at the rounding's decimals. */
  readonly edgeMin: ReadonlyArray<number>;
  readonly edgeMax: ReadonlyArray<number>;
  readonly minInclusive: ReadonlyArray<boolean>;
  readonly maxInclusive: ReadonlyArray<boolean>;
  readonly predicates: ReadonlyArray<Predicate>;
  /** Per band: `confirmed` of a result in it (requirements aside). */
  readonly confirmedAt: ReadonlyArray<boolean>;
  /** Per band: the published value that reaches the next band up, or NaN for the top band. */
  readonly gapTarget: ReadonlyArray<number>;
  readonly gapTargetText: ReadonlyArray<string>;
  /** Texts of published values m (at the rounding's decimals) for m in [textLo, textLo + texts.length). */
  readonly textLo: number;
  readonly texts: Array<string | undefined> | null;
  /** The reason shown when the rubric has minimum requirements the caller did not state; null without any. */
  readonly unstated: string | null;
  readonly nodes: ReadonlyArray<HotNode>;
  /** Per-call scratch: each leaf's scaled answer (the hot path never runs inside itself: see `busy`). */
  readonly answers: number[];
}

const plans = new WeakMap<object, HotPlan | null>();

function buildPlan(rubric: RubricDefinition): HotPlan | null {
  const c = compiledOf(rubric);
  // Only rubrics the compiler marked linear are prepared for the fast path (parameters, lookups… are not).
  if (!c.linear) return null;
  const prepared = prepare(rubric);
  const fast = prepared.fast;
  const rounding = c.rounding;
  if (fast === null || fast.bands === null || !rounding || !c.bands || !prepared.bands) return null;
  const { plan, scales } = fast;
  const fb = fast.bands;
  const bands = prepared.bands;
  const n = prepared.leaves.length;
  const codes = prepared.leaves.map((l) => l.code);
  const integer = scales.map((s) => s.integerOnly);
  const edges = fb.edges;
  const gapTarget = edges.map((_, i) => {
    const next = edges[i + 1];
    return next ? (next.band.minInclusive ? next.min : next.min + 1) : Number.NaN;
  });
  const lo = Math.min(0, ...edges.map((e) => e.min)); // not-a-score: the range of the text cache
  const hi = Math.max(...edges.map((e) => e.max)); // not-a-score: the range of the text cache
  const reqs = c.rubric.requirements;
  return {
    c,
    id: c.rubric.id,
    n,
    codes,
    leafAt: new Set(codes),
    longestCode: Math.max(0, ...codes.map((code) => code.length)), // not-a-score: a text length
    integer,
    min: small(scales.map((s) => s.min)),
    max: small(scales.map((s) => s.max)),
    scales,
    multiplier: small(plan.multipliers),
    align: small(plan.answerAlign),
    places: plan.answerPlaces,
    exponent: plan.exponent,
    rounding,
    edgeMin: small(edges.map((e) => e.min)),
    edgeMax: small(edges.map((e) => e.max)),
    minInclusive: edges.map((e) => e.band.minInclusive),
    maxInclusive: edges.map((e) => e.band.maxInclusive),
    predicates: edges.map((_, i) => (bands[i] as CompiledBand).predicate),
    confirmedAt: edges.map((_, i) => c.figuresConfirmed && (bands[i] as CompiledBand).predicate.confirmed),
    gapTarget,
    gapTargetText: gapTarget.map((t) => (Number.isNaN(t) ? "" : scaledToFixed(t, fb.places))),
    textLo: lo,
    texts: hi - lo < MAX_CACHED_STEPS ? new Array<string | undefined>(hi - lo + 1).fill(undefined) : null,
    unstated: reqs
      ? `${c.rubric.id} grants some predicates only when minimum requirements are met (${reqs.map((r) => r.code).join(", ")}); pass unmetRequirements ([] when all are met) to have them applied`
      : null,
    nodes: prepared.nodes.map((node, k): HotNode => {
      const raw = plan.raw[k];
      // A group's coefficients times each leaf's alignment: they apply to the scaled answers directly.
      const coefficients = raw
        ? small(raw.coefficients.map((cf, j) => cf * (plan.answerAlign[node.leafStart + j] as number)))
        : [];
      // The range of the key: a leaf's answer, a group's Σ coefficient × aligned answer (integer leaves only).
      let lowest = 0;
      let highest = Number.POSITIVE_INFINITY;
      if (node.isLeaf) {
        const s = scales[node.leafStart] as FastScale;
        if (s.integerOnly) [lowest, highest] = [s.min, s.max];
      } else if (scales.slice(node.leafStart, node.leafEnd).every((s) => s.integerOnly)) {
        [lowest, highest] = [0, 0];
        coefficients.forEach((cf, j) => {
          const i = node.leafStart + j;
          const ends = [(scales[i] as FastScale).min, (scales[i] as FastScale).max].map((a) => cf * a);
          lowest += Math.min(...ends); // not-a-score: the range of a text cache
          highest += Math.max(...ends); // not-a-score: the range of a text cache
        });
      }
      return {
        isLeaf: node.isLeaf,
        leafStart: node.leafStart,
        leafEnd: node.leafEnd,
        code: node.node.code,
        parent: node.parent,
        depth: node.depth,
        weight: node.node.weight,
        share: node.shareText,
        label: node.node.label,
        source: node.node.source,
        coefficients,
        rawExponent: raw ? raw.exponent : (plan.answerPlaces[node.leafStart] as number),
        lowest,
        slots: slotsFor(lowest, highest),
        seen: new Map(),
        fullSlots: slotsFor(lowest, highest),
        fullSeen: new Map(),
      };
    }),
    answers: new Array<number>(n).fill(0),
  };
}

/** A node's entry slots for keys lowest…highest, or null when they span too many steps (a map keeps the first). */
function slotsFor(lowest: number, highest: number): Array<BreakdownEntry | undefined> | null {
  return highest - lowest < MAX_SLOTS
    ? new Array<BreakdownEntry | undefined>(highest - lowest + 1).fill(undefined)
    : null;
}

/** The hot plan of a defined rubric (built once), or null when the rubric is not one the hot path takes. */
export function hotPlanOf(rubric: unknown): HotPlan | null {
  if (typeof rubric !== "object" || rubric === null) return null;
  let plan = plans.get(rubric);
  if (plan === undefined) {
    if (!isDefined(rubric)) return null;
    plan = buildPlan(rubric as RubricDefinition);
    plans.set(rubric, plan);
  }
  return plan;
}

/** The text of a published value m (at the rounding's decimals). */
function publishedText(h: HotPlan, m: number): string {
  const texts = h.texts;
  const at = m - h.textLo;
  if (texts === null || at < 0 || at >= texts.length) return fixedText(m, h.rounding.places);
  let text = texts[at];
  if (text === undefined) {
    text = fixedText(m, h.rounding.places);
    texts[at] = text;
  }
  return text;
}

/** True while a hot call runs: a getter that scores again from inside it takes the careful path (scratch is shared). */
let busy = false;

/**
 * The result of `score(rubric, input, { detail })` from the hot plan, or null when the input is not in the one
 * form it takes (see the module comment). Never throws.
 */
export function scoreHot(h: HotPlan, input: unknown, detail: BreakdownDetail): ScoreResult | null {
  if (busy) return null;
  busy = true;
  try {
    return run(h, input, detail);
  } catch {
    // A getter or Proxy trap threw: the careful path reads the input again and names the place.
    return null;
  } finally {
    busy = false;
  }
}

/** Leaf i's answer scaled to an integer, or NaN when it is not in a form the hot path takes (see fastAnswer). */
function take(h: HotPlan, i: number, value: unknown, maxText: number): number {
  if (h.integer[i] === true) {
    let a: number;
    if (typeof value === "number") {
      if (!Number.isInteger(value)) return Number.NaN;
      a = value;
    } else if (typeof value === "string" && value.length === 1) {
      a = value.charCodeAt(0) - 48; // a digit "0"–"9"
      if (a < 0 || a > 9) return Number.NaN;
    } else {
      if (typeof value === "string" && value.length > maxText) return Number.NaN;
      const got = fastAnswer(h.scales[i] as FastScale, value);
      if (got === undefined) return Number.NaN;
      a = got;
    }
    return a < (h.min[i] as number) || a > (h.max[i] as number) ? Number.NaN : a;
  }
  if (typeof value === "string" && value.length > maxText) return Number.NaN;
  const got = fastAnswer(h.scales[i] as FastScale, value);
  return got === undefined ? Number.NaN : got;
}

function run(h: HotPlan, input: unknown, detail: BreakdownDetail): ScoreResult | null {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return null;
  const fields = Object.keys(input);
  if (fields.length !== 1 || fields[0] !== "answers") return null;
  const answers = (input as { readonly answers?: unknown }).answers;
  if (typeof answers !== "object" || answers === null || Array.isArray(answers)) return null;
  const n = h.n;
  const limits = getLimits();
  if (n === 0 || n > limits.answers || h.longestCode > limits.text) return null;
  const codes = h.codes;
  const record = answers as Readonly<Record<string, unknown>>;
  const maxText = limits.text;
  const scratch = detail !== "none" ? h.answers : null;
  const { multiplier, align } = h;
  let acc = 0;
  // The usual case, answers in the rubric's own order (a form, a JSON file written in it): one for-in pass,
  // which V8 runs on the object's cached key list (a third of the cost of reading 30 answers by name). It yields
  // own keys before inherited ones, so "exactly the codes, in order, and the last one own" means every answer is
  // the object's own and nothing else is there.
  // Own enumerable keys counted first, as the careful path lists them, before any getter runs: for-in skips a
  // key a getter deletes while it runs, and a Proxy's getOwnPropertyDescriptor may call an inherited answer own.
  if (Object.keys(record).length !== n) return null;
  let i = 0;
  for (const key in record) {
    if (i === n || key !== codes[i]) {
      i = -1;
      break;
    }
    const a = take(h, i, record[key], maxText);
    if (Number.isNaN(a)) return null;
    acc += (multiplier[i] as number) * a * (align[i] as number);
    if (scratch !== null) scratch[i] = a;
    i++;
  }
  if (i !== n || !Object.hasOwn(record, codes[n - 1] as string)) {
    // Another order: own enumerable keys, exactly the leaves, then every answer read once by its own code (a
    // Proxy listing its keys in another order on every call still has each answer read by name, never by position).
    const keys = Object.keys(answers);
    if (keys.length !== n) return null;
    for (let k = 0; k < n; k++) if (!h.leafAt.has(keys[k] as string)) return null;
    acc = 0;
    for (let j = 0; j < n; j++) {
      const a = take(h, j, record[codes[j] as string], maxText);
      if (Number.isNaN(a)) return null;
      acc += (multiplier[j] as number) * a * (align[j] as number);
      if (scratch !== null) scratch[j] = a;
    }
  }

  // Publish on integers: official rounding, band, gap.
  const E = h.exponent;
  const v = roundedScaled(acc, E, h.rounding);
  const { edgeMin, edgeMax, minInclusive, maxInclusive } = h;
  let index = -1;
  for (let b = 0; b < edgeMin.length; b++) {
    const lo = edgeMin[b] as number;
    const hi = edgeMax[b] as number;
    if ((minInclusive[b] ? v >= lo : v > lo) && (maxInclusive[b] ? v <= hi : v < hi)) {
      index = b;
      break;
    }
  }
  if (index < 0) return null;
  const predicate = h.predicates[index] as Predicate;
  const target = h.gapTarget[index] as number;
  const gap: Gap | null = Number.isNaN(target)
    ? null
    : {
        next: h.predicates[index + 1] as Predicate,
        target: h.gapTargetText[index] as string,
        points: publishedText(h, target - v),
      };
  const breakdown: BreakdownEntry[] = detail === "compact" ? compact(h) : detail === "full" ? full(h) : [];
  const exact = scaledText(acc, E);
  const exactFraction = fractionText(acc, E);
  const value = publishedText(h, v);
  let result: ScoreResult;
  if (h.unstated === null) {
    result =
      detail === "none"
        ? {
            rubric: h.id,
            value,
            exact,
            exactFraction,
            predicate,
            gap,
            breakdown,
            detail: "none",
            confirmed: h.confirmedAt[index] as boolean,
            rubricHash: h.c.hash,
            kinerjaVersion: VERSION,
          }
        : {
            rubric: h.id,
            value,
            exact,
            exactFraction,
            predicate,
            gap,
            breakdown,
            confirmed: h.confirmedAt[index] as boolean,
            rubricHash: h.c.hash,
            kinerjaVersion: VERSION,
          };
  } else {
    // Minimum requirements the caller did not state (requirements.ts): the band stands, not confirmed.
    const requirements = { stated: false, unmet: [], scoreBand: predicate, capped: false, reasons: [h.unstated] };
    result =
      detail === "none"
        ? {
            rubric: h.id,
            value,
            exact,
            exactFraction,
            predicate,
            gap,
            breakdown,
            detail: "none",
            confirmed: false,
            rubricHash: h.c.hash,
            kinerjaVersion: VERSION,
            requirements,
          }
        : {
            rubric: h.id,
            value,
            exact,
            exactFraction,
            predicate,
            gap,
            breakdown,
            confirmed: false,
            rubricHash: h.c.hash,
            kinerjaVersion: VERSION,
            requirements,
          };
  }
  // A lean result is not remembered (a per-result memo costs a fifth of the call): aggregating one reads its
  // exact texts again, to the same value.
  return detail === "none" ? result : rememberExact(result, { n: acc, e: E });
}

/*
 * Breakdown entries are made once per node and key (a leaf's scaled answer, a group's raw sum, which fixes its
 * points too) and shared by every result that meets the key: frozen, as the rubric objects a result refers to are
 * (an entry is a value; copy it to annotate it).
 */

/** A node's key for the answers just read (in the plan's scratch). */
function keyOf(h: HotPlan, node: HotNode): number {
  const answers = h.answers;
  if (node.isLeaf) return answers[node.leafStart] as number;
  let key = 0;
  const cs = node.coefficients;
  const i = node.leafStart;
  for (let j = 0; j < cs.length; j++) key += (cs[j] as number) * (answers[i + j] as number);
  return key;
}

/** The entry kept for `key`, if any. */
function kept(
  slots: ReadonlyArray<BreakdownEntry | undefined> | null,
  seen: ReadonlyMap<number, BreakdownEntry>,
  at: number,
  key: number,
): BreakdownEntry | undefined {
  return slots !== null ? slots[at] : seen.get(key);
}

/** Keeps an entry made for `key` (in the slots when they have room for it, else among the first ones met). */
function keep(
  slots: Array<BreakdownEntry | undefined> | null,
  seen: Map<number, BreakdownEntry>,
  at: number,
  key: number,
  entry: BreakdownEntry,
): BreakdownEntry {
  if (slots !== null) {
    if (at >= 0 && at < slots.length) slots[at] = entry; // always: the answers were checked against their scales
  } else if (seen.size < MAX_SEEN) seen.set(key, entry);
  return entry;
}

/** The compact entry of a node for a key not met before. */
function makeCompact(h: HotPlan, node: HotNode, key: number): BreakdownEntry {
  let points = 0;
  for (let j = node.leafStart; j < node.leafEnd; j++)
    points += (h.multiplier[j] as number) * (h.answers[j] as number) * (h.align[j] as number);
  const entry = Object.freeze({
    code: node.code,
    parent: node.parent,
    depth: node.depth,
    weight: node.weight,
    share: node.share,
    raw: scaledText(key, node.rawExponent),
    weighted: scaledText(points, h.exponent),
  });
  return keep(node.slots, node.seen, key - node.lowest, key, entry);
}

/** The full entry of a node for a key not met before: the compact one with the node's label and source. */
function makeFull(h: HotPlan, node: HotNode, key: number): BreakdownEntry {
  const c = kept(node.slots, node.seen, key - node.lowest, key) ?? makeCompact(h, node, key);
  const entry = Object.freeze({
    code: c.code,
    parent: c.parent,
    depth: c.depth,
    label: node.label,
    weight: c.weight,
    share: c.share,
    raw: c.raw,
    weighted: c.weighted,
    source: node.source,
  });
  return keep(node.fullSlots, node.fullSeen, key - node.lowest, key, entry);
}

/** The compact breakdown of the answers just read: every node in official order, its figures. */
function compact(h: HotPlan): BreakdownEntry[] {
  const nodes = h.nodes;
  const out = new Array<BreakdownEntry>(nodes.length);
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k] as HotNode;
    const key = keyOf(h, node);
    out[k] = kept(node.slots, node.seen, key - node.lowest, key) ?? makeCompact(h, node, key);
  }
  return out;
}

/** The full breakdown: the compact one with each node's label and source. */
function full(h: HotPlan): BreakdownEntry[] {
  const nodes = h.nodes;
  const out = new Array<BreakdownEntry>(nodes.length);
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k] as HotNode;
    const key = keyOf(h, node);
    out[k] = kept(node.fullSlots, node.fullSeen, key - node.lowest, key) ?? makeFull(h, node, key);
  }
  return out;
}
