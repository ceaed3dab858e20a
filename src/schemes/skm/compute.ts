/**
 * Internal to kinerja/skm (not exported from the package entry): the IKM from
 * per-element averages given as exact rationals, in the exact (rubric weights)
 * or the legacy printed-weight mode.
 */
import { toDecimalText } from "../../core/decimalText.js";
import { type ErrorPath, fail, showValue } from "../../core/errors.js";
import { add, cmp, div, formatRational, mul, parseRational, R0, type Rational } from "../../core/rational.js";
import { ratioFraction, ratioText } from "../../core/scaled.js";
import { SKM_PRINTED_WEIGHT } from "../../data/skm/helpers.js";
import {
  leavesOf,
  multiplierOf,
  publishOn,
  rangeOf,
  roundedTextOn,
  scoreRatios,
  scoreValues,
} from "../../engine/internal.js";
import type {
  BreakdownEntry,
  DecimalString,
  RubricDefinition,
  Scale,
  ScoreResult,
  Text,
  WeightString,
} from "../../model/types.js";
import { oneOf } from "../shared.js";

export type WeightMode = "exact" | "printed";

export interface SkmWeightOptions {
  /** "exact" (default): the rubric's weights (1/9 each). "printed": LEGACY rounded weights (0.111). */
  readonly weightMode?: WeightMode;
  /**
   * The printed weight for every element, or per element code. Only with weightMode "printed"; default the
   * templates' "0.111" (kinerja's data records it with its source; the result's notes cite it).
   */
  readonly printedWeight?: WeightString | Readonly<Record<string, WeightString>>;
}

export interface SkmElement {
  readonly code: string;
  readonly label: Text;
  /** Weight applied: the rubric's (e.g. "1/9") or the printed one (e.g. "0.111"). */
  readonly weight: WeightString;
  /** Number of answers counted (respondent input only). */
  readonly answered?: number;
  /** Sum of the answers (respondent input only). */
  readonly sum?: string;
  /** NRR: average answer, 1–4 (exact decimal, or 40 significant digits when it does not terminate). */
  readonly nrr: DecimalString;
  /** NRR as an exact fraction, e.g. "37/11". */
  readonly nrrFraction: string;
  /** Points this element contributes to the converted IKM (unrounded). */
  readonly weighted: DecimalString;
}

export interface SkmResult extends ScoreResult {
  readonly weightMode: WeightMode;
  /** The IKM of the unit before conversion (1–4), unrounded. */
  readonly ikmUnit: DecimalString;
  readonly elements: ReadonlyArray<SkmElement>;
  /** Respondent input only: number of rows. */
  readonly respondents?: number;
  /** Respondent input with `incomplete: "report"`: rows that had missing answers (none are dropped). */
  readonly incomplete: ReadonlyArray<{ readonly row: number; readonly missing: ReadonlyArray<string> }>;
  readonly notes: ReadonlyArray<string>;
}

/** Per defined rubric: its elements' codes and labels (built once). */
const labels = new WeakMap<RubricDefinition, ReadonlyArray<{ readonly code: string; readonly label: Text }>>();
function labelsOf(rubric: RubricDefinition) {
  let hit = labels.get(rubric);
  if (hit === undefined) {
    hit = leavesOf(rubric).map((l) => ({ code: l.code, label: l.label }));
    labels.set(rubric, hit);
  }
  return hit;
}

/**
 * The exact-mode IKM from each element's answer sum and count (safe integers, leaf order): the engine scores the
 * averages sum/count (`scoreRatios`: on safe integers where it can, the same result as `ikmFromNrr`). `tail` is
 * added last (the respondent fields), so the result is built once.
 */
export function ikmFromSums(
  rubric: RubricDefinition,
  sums: ReadonlyArray<number>,
  counts: ReadonlyArray<number>,
  path: ErrorPath,
  tail: Pick<SkmResult, "respondents" | "incomplete" | "notes"> = { incomplete: [], notes: [] },
): SkmResult {
  const scored = scoreRatios(rubric, sums, counts, path);
  const breakdown = scored.result.breakdown;
  const leaves = labelsOf(rubric);
  const elements = new Array<SkmElement>(leaves.length);
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i] as (typeof leaves)[number];
    // The breakdown of a flat rubric lists the leaves in order; looked up by code only if it ever does not.
    const at = breakdown[i];
    const row = at !== undefined && at.code === leaf.code ? at : breakdown.find((b) => b.code === leaf.code);
    elements[i] = {
      code: leaf.code,
      label: leaf.label,
      weight: row?.weight ?? "",
      answered: counts[i] as number,
      sum: String(sums[i]),
      nrr: row?.raw ?? "",
      nrrFraction: ratioFraction(sums[i] as number, counts[i] as number),
      weighted: row?.weighted ?? "",
    };
  }
  const r = scored.result;
  const ikmUnit = ikmUnitOf(rubric, scored.exact, scored.total);
  const usual =
    r.detail === undefined &&
    r.basis === undefined &&
    r.parameters === undefined &&
    r.requirements === undefined &&
    tail.respondents !== undefined;
  if (!usual) return { ...r, weightMode: "exact", ikmUnit, elements, ...tail };
  // The usual result, written out field by field: one object shape, no spread (a spread copy cost more than the sums).
  return {
    rubric: r.rubric,
    value: r.value,
    exact: r.exact,
    exactFraction: r.exactFraction,
    predicate: r.predicate,
    gap: r.gap,
    breakdown: r.breakdown,
    confirmed: r.confirmed,
    rubricHash: r.rubricHash,
    kinerjaVersion: r.kinerjaVersion,
    weightMode: "exact",
    ikmUnit,
    elements,
    notes: tail.notes,
    respondents: tail.respondents,
    incomplete: tail.incomplete,
  };
}

/** The unit IKM (1–4): the exact value over the rubric's multiplier, on safe integers when the total is on them. */
function ikmUnitOf(
  rubric: RubricDefinition,
  exact: Rational,
  total: { readonly num: number; readonly den: number } | null,
): DecimalString {
  const m = multiplierOf(rubric);
  if (total !== null && m.n > 0n && m.n <= 1_000_000n && m.d <= 1_000_000n) {
    // (num/den) / (a/b) = num·b / (den·a): ratioText reduces and writes it (BigInt only past 2^53).
    const num = total.num * Number(m.d); // not-a-score: a safe-integer product, checked below
    const den = total.den * Number(m.n); // not-a-score: a safe-integer product, checked below
    if (Number.isSafeInteger(num) && Number.isSafeInteger(den)) return ratioText(num, den);
  }
  return toDecimalText(div(exact, m));
}

/** The highest value of a numeric scale (the NRR's 4), or null for option and lookup scales. */
function topOf(scale: Scale): Rational | null {
  if (scale.kind === "decimal") return parseRational(scale.max);
  if (scale.kind === "integer") return parseRational(String(scale.max));
  return null;
}

/** The printed weight of every element (text and value), checked against the rubric's element codes. */
function printedWeights(
  rubric: RubricDefinition,
  codes: ReadonlyArray<string>,
  options: SkmWeightOptions,
): Map<string, { text: string; r: Rational }> {
  // Only an absent printedWeight means the templates' default: null (or any other non-weight) is an error, never 0.111.
  const given = options.printedWeight === undefined ? SKM_PRINTED_WEIGHT.weight : options.printedWeight;
  if (typeof given !== "string" && (typeof given !== "object" || given === null || Array.isArray(given)))
    fail({
      code: "INVALID_INPUT",
      path: ["options", "printedWeight"],
      rule: "a printed weight, or one per element code",
      message: `options.printedWeight must be a weight like "${SKM_PRINTED_WEIGHT.weight}" or { [element]: weight }, not ${showValue(given)}`,
    });
  const out = new Map<string, { text: string; r: Rational }>();
  for (const code of codes) {
    const text = typeof given === "string" ? given : Object.hasOwn(given, code) ? given[code] : undefined;
    const r = typeof text === "string" ? parseRational(text) : null;
    if (!r || text === undefined)
      fail({
        code: "INVALID_INPUT",
        path: ["options", "printedWeight", ...(typeof given === "string" ? [] : [code])],
        rule: "a printed weight per element",
        message: `printedWeight for ${code} must be a weight like "${SKM_PRINTED_WEIGHT.weight}"`,
      });
    out.set(code, { text, r });
  }
  if (typeof given === "object")
    for (const key of Object.keys(given))
      if (!out.has(key))
        fail({
          code: "UNKNOWN_INDICATOR",
          path: ["options", "printedWeight", key],
          rule: "printed weights are keyed by element code",
          message: `"${key}" is not an element of ${rubric.id}`,
        });
  return out;
}

/**
 * The IKM result from exact per-element averages, by element code. Exact mode: the engine scores the
 * averages (scoreValues) and publishes. Printed mode (LEGACY): Σ printed weight × NRR × multiplier, published
 * on the rubric when it falls in its range, else shown rounded without a category.
 */
export function ikmFromNrr(
  rubric: RubricDefinition,
  nrr: ReadonlyMap<string, Rational>,
  options: SkmWeightOptions,
  extra: {
    answered?: ReadonlyMap<string, number>;
    sums?: ReadonlyMap<string, bigint>;
    path: ErrorPath;
  },
): Omit<SkmResult, "respondents" | "incomplete" | "notes"> & { notes: string[] } {
  const mode = oneOf(options.weightMode, ["exact", "printed"] as const, ["options", "weightMode"]) ?? "exact";
  if (mode === "exact" && options.printedWeight !== undefined)
    fail({
      code: "INVALID_INPUT",
      path: ["options", "printedWeight"],
      rule: "printed weights are a named legacy mode",
      message: 'printedWeight only applies with weightMode "printed"',
    });
  const leaves = leavesOf(rubric);
  const multiplier = multiplierOf(rubric);
  const printed =
    mode === "printed"
      ? printedWeights(
          rubric,
          leaves.map((l) => l.code),
          options,
        )
      : null;
  // The engine scores the exact averages: every NRR checked on its scale, the rubric's shares, one publish step.
  const scored = scoreValues(rubric, Object.fromEntries(nrr), extra.path);
  const rows = new Map(scored.result.breakdown.map((b) => [b.code, b]));

  let total = scored.exact;
  let weightSum = R0;
  const breakdown: BreakdownEntry[] = [];
  if (printed) {
    total = R0;
    for (const leaf of leaves) {
      const w = printed.get(leaf.code) as { text: string; r: Rational };
      const coefficient = mul(w.r, multiplier);
      const contribution = mul(coefficient, nrr.get(leaf.code) as Rational);
      total = add(total, contribution);
      weightSum = add(weightSum, w.r);
      breakdown.push(
        Object.freeze({
          ...(rows.get(leaf.code) as BreakdownEntry),
          weight: w.text,
          share: toDecimalText(coefficient),
          weighted: toDecimalText(contribution),
        }),
      );
    }
  }
  const elements: SkmElement[] = leaves.map((leaf) => {
    const value = nrr.get(leaf.code) as Rational;
    const row = printed ? (breakdown.find((b) => b.code === leaf.code) as BreakdownEntry) : rows.get(leaf.code);
    const answered = extra.answered?.get(leaf.code);
    const sum = extra.sums?.get(leaf.code);
    return {
      code: leaf.code,
      label: leaf.label,
      weight: row?.weight ?? "",
      ...(answered !== undefined ? { answered } : {}),
      ...(sum !== undefined ? { sum: sum.toString() } : {}),
      nrr: toDecimalText(value),
      nrrFraction: formatRational(value),
      weighted: row?.weighted ?? "",
    };
  });
  const ikmUnit = toDecimalText(div(total, multiplier));
  if (!printed) return { ...scored.result, weightMode: mode, ikmUnit, elements, notes: [] };

  // LEGACY printed weights: they do not sum to 1, so the value may leave the rubric's range (no category then).
  const { min, max } = rangeOf(rubric);
  const inRange = cmp(total, min) >= 0 && cmp(total, max) <= 0;
  const p = inRange ? publishOn(rubric, total, "result", ["value"]) : null;
  // What the top answer on every element gives (all-4 on skm@2017.1): the printed weights miss the rubric's maximum.
  const tops = leaves.map((l) => topOf(l.scale));
  let topTotal: Rational | null = R0;
  leaves.forEach((leaf, i) => {
    const t = tops[i];
    const w = printed.get(leaf.code) as { r: Rational };
    topTotal = t && topTotal ? add(topTotal, mul(mul(w.r, t), multiplier)) : null;
  });
  const topText = new Set(tops.map((t) => (t ? toDecimalText(t) : "")));
  const allTop =
    topTotal && topText.size === 1
      ? ` (all-${[...topText][0]} answers give ${toDecimalText(topTotal)} instead of ${rubric.result.max})`
      : "";
  const notes = [
    `LEGACY printed weights (sum ${toDecimalText(weightSum)}, not 1): cannot reproduce published values${allTop}. UNCONFIRMED; never the default.`,
  ];
  if (!inRange)
    notes.push(
      `The value ${toDecimalText(total)} falls outside ${rubric.result.min}–${rubric.result.max}: no category is given.`,
    );
  return {
    ...scored.result,
    value: p ? p.value : roundedTextOn(rubric, total, "result"),
    exact: toDecimalText(total),
    exactFraction: formatRational(total),
    predicate: p ? p.predicate : null,
    gap: p ? p.gap : null,
    breakdown,
    confirmed: false,
    weightMode: mode,
    ikmUnit,
    elements,
    notes,
  };
}
