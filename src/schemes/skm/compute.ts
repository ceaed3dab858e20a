/**
 * Internal to kinerja/skm (not exported from the package entry): the IKM from
 * per-element averages given as exact rationals, in the exact (rubric weights)
 * or the legacy printed-weight mode.
 */
import { type ErrorPath, KinerjaError } from "../../core/errors.js";
import { roundRatio, scaledToDec } from "../../core/exact.js";
import { add, cmp, formatRational, mul, parseRational, type Rational, rational } from "../../core/rational.js";
import { roundToString } from "../../core/rounding.js";
import { type Prepared, prepare } from "../../engine/prepare.js";
import { publish } from "../../engine/publish.js";
import type {
  BreakdownEntry,
  DecimalString,
  Predicate,
  RubricDefinition,
  ScoreResult,
  Text,
  WeightString,
} from "../../model/types.js";
import { oneOf, ratToDec } from "../shared.js";

export type WeightMode = "exact" | "printed";

export interface SkmWeightOptions {
  /** "exact" (default): the rubric's weights (1/9 each). "printed": LEGACY rounded weights (0.111). */
  readonly weightMode?: WeightMode;
  /** The printed weight for every element, or per element code. Only with weightMode "printed"; default "0.111". */
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

const frac = (r: Rational) => (r.d === 1n ? r.n.toString() : `${r.n}/${r.d}`);

function printedWeights(prepared: Prepared, options: SkmWeightOptions): Map<string, { text: string; r: Rational }> {
  const given = options.printedWeight ?? "0.111";
  const out = new Map<string, { text: string; r: Rational }>();
  for (const leaf of prepared.leaves) {
    const text = typeof given === "string" ? given : given[leaf.code];
    const r = typeof text === "string" ? parseRational(text) : null;
    if (!r || text === undefined)
      throw new KinerjaError("INVALID_INPUT", `printedWeight for ${leaf.code} must be a weight like "0.111"`, {
        path: ["options", "printedWeight", ...(typeof given === "string" ? [] : [leaf.code])],
        rule: "a printed weight per element",
      });
    out.set(leaf.code, { text, r });
  }
  if (typeof given === "object")
    for (const key of Object.keys(given))
      if (!out.has(key))
        throw new KinerjaError("UNKNOWN_INDICATOR", `"${key}" is not an element of ${prepared.rubric.id}`, {
          path: ["options", "printedWeight", key],
          rule: "printed weights are keyed by element code",
        });
  return out;
}

/** The IKM result from exact per-element averages (leaf order of the rubric). */
export function ikmFromNrr(
  rubric: RubricDefinition,
  nrr: ReadonlyArray<Rational>,
  options: SkmWeightOptions,
  extra: { answered?: ReadonlyArray<number>; sums?: ReadonlyArray<bigint>; path: ErrorPath },
): Omit<SkmResult, "respondents" | "incomplete" | "notes"> & { notes: string[] } {
  const prepared = prepare(rubric);
  const mode = oneOf(options.weightMode, ["exact", "printed"] as const, ["options", "weightMode"]) ?? "exact";
  if (mode === "exact" && options.printedWeight !== undefined)
    throw new KinerjaError("INVALID_INPUT", 'printedWeight only applies with weightMode "printed"', {
      path: ["options", "printedWeight"],
      rule: "printed weights are a named legacy mode",
    });
  const multiplier = parseRational(rubric.result.multiplier ?? "1") as Rational;
  const printed = mode === "printed" ? printedWeights(prepared, options) : null;
  const byCode = new Map(prepared.nodes.map((n) => [n.node.code, n]));
  let total: Rational = rational(0n);
  let weightSum: Rational = rational(0n);
  const elements: SkmElement[] = [];
  const breakdown: BreakdownEntry[] = [];
  prepared.leaves.forEach((leaf, i) => {
    const node = byCode.get(leaf.code);
    const value = nrr[i] as Rational;
    const coefficient = printed
      ? mul((printed.get(leaf.code) as { r: Rational }).r, multiplier)
      : rational(leaf.pBig, prepared.qBig);
    if (printed) weightSum = add(weightSum, (printed.get(leaf.code) as { r: Rational }).r);
    const contribution = mul(coefficient, value);
    total = add(total, contribution);
    const weight = printed ? (printed.get(leaf.code) as { text: string }).text : (node?.node.weight ?? "");
    elements.push({
      code: leaf.code,
      label: node?.node.label ?? { id: leaf.code },
      weight,
      ...(extra.answered ? { answered: extra.answered[i] as number } : {}),
      ...(extra.sums ? { sum: (extra.sums[i] as bigint).toString() } : {}),
      nrr: ratToDec(value).toFixed(),
      nrrFraction: frac(value),
      weighted: ratToDec(contribution).toFixed(),
    });
    breakdown.push({
      code: leaf.code,
      parent: node?.parent ?? null,
      depth: node?.depth ?? 0,
      label: node?.node.label ?? { id: leaf.code },
      weight,
      share: printed ? ratToDec(coefficient).toFixed() : (node?.shareText ?? ""),
      raw: ratToDec(value).toFixed(),
      weighted: ratToDec(contribution).toFixed(),
      source: node?.node.source ?? { regulation: rubric.id, confirmed: false },
    });
  });
  const exact = ratToDec(total);
  const rounding = prepared.rubric.result.rounding;
  // Rounded from the exact ratio (never from a 40-digit approximation), as the engine publishes.
  let value = rounding
    ? roundToString(scaledToDec(roundRatio(total.n, total.d, rounding), rounding.places), rounding)
    : exact.toFixed();
  const ikmUnit = ratToDec(mul(total, rational(multiplier.d, multiplier.n))).toFixed();
  const notes: string[] = [];
  let predicate: Predicate | null = null;
  let gap: SkmResult["gap"] = null;
  const bound = (d: typeof exact): Rational => parseRational(d.toFixed()) as Rational;
  const inRange = cmp(total, bound(prepared.min)) >= 0 && cmp(total, bound(prepared.max)) <= 0;
  if (!inRange && !printed)
    throw new KinerjaError(
      "OUT_OF_RANGE",
      `IKM ${exact.toFixed()} is outside ${rubric.result.min}–${rubric.result.max}`,
      {
        path: extra.path,
        rule: `a value from ${rubric.result.min} to ${rubric.result.max}`,
      },
    );
  if (inRange) {
    const p = publish(prepared, total.n, total.d, rounding, ["value"]);
    value = p.value;
    predicate = p.predicate;
    gap = p.gap;
  }
  if (printed) {
    notes.push(
      `LEGACY printed weights (sum ${ratToDec(weightSum).toFixed()}, not 1): cannot reproduce published values (all-4 answers give ${ratToDec(mul(mul(weightSum, rational(4n)), multiplier)).toFixed()} instead of ${rubric.result.max}). UNCONFIRMED; never the default.`,
    );
    if (!inRange)
      notes.push(
        `The value ${exact.toFixed()} falls outside ${rubric.result.min}–${rubric.result.max}: no category is given.`,
      );
  }
  return {
    rubric: rubric.id,
    value,
    exact: exact.toFixed(),
    exactFraction: formatRational(total),
    predicate,
    gap,
    breakdown,
    confirmed: !printed && prepared.figuresConfirmed && (predicate?.confirmed ?? false),
    weightMode: mode,
    ikmUnit,
    elements,
    notes,
  };
}
