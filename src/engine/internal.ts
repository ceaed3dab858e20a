/**
 * The small internal engine API for scheme helpers (kinerja/pekppp, /skm,
 * /ombudsman, /rb, /sakip). Helpers call only these, never the compiled or
 * prepared representation, and never compute, round or classify on their own:
 * every value they emit goes through `publishOn`.
 */
import { roundRational, toDecimalText, toFixedText } from "../core/decimalText.js";
import { fail, KinerjaError } from "../core/errors.js";
import { type Rational, rational } from "../core/rational.js";
import type { RoundingRule } from "../core/rounding.js";
import { gcdSafe } from "../core/scaled.js";
import type { Band, Predicate, RubricDefinition, Scale, ScaleLevel, ScoreResult, Text } from "../model/types.js";
import { VERSION } from "../version.js";
import type { CompiledNode } from "./compile.js";
import { compiledOf, ensureDefined } from "./compiled.js";
import { breakdownOf, evaluate } from "./evaluate.js";
import { leafScale } from "./leafScale.js";
import { bandIndexOf, checkRange, classifyExact, type Publication, publishValue } from "./publishValue.js";
import { scoreRatiosOnIntegers } from "./ratioScore.js";
import { scoreRubric } from "./scoreRubric.js";
import { exactOfStored } from "./storedExact.js";

export { aggregateUnits } from "./aggregateUnits.js";
export { ensureDefined } from "./compiled.js";
export { MAX_COMPARED_DIGITS, MAX_INPUT_DIGITS, PLAIN_DECIMAL, readNumber } from "./numbers.js";
export type { Publication } from "./publishValue.js";
export { scoreRubric } from "./scoreRubric.js";
export { exactOfStored } from "./storedExact.js";

/** One leaf as a helper sees it: code, place, scale and exact share, and its answer reader. */
export interface LeafView {
  readonly code: string;
  readonly parent: string | null;
  readonly label: Text;
  readonly levels?: ReadonlyArray<ScaleLevel>;
  readonly scale: Scale;
  /** Points per unit of the leaf's value (share × multiplier); null while parameters are unbound. */
  readonly share: Rational | null;
  /** The scale's rule in words ("a whole number from 0 to 5"). */
  readonly rule: string;
  /** The leaf value of an answer, exactly, or a KinerjaError naming `path`. */
  read(value: unknown, path: ReadonlyArray<string | number>): Rational;
}

/** The rubric's leaves in official order. */
export function leavesOf(rubric: RubricDefinition): ReadonlyArray<LeafView> {
  const c = compiledOf(rubric);
  return c.leaves.map((i) => {
    const n = c.nodes[i] as CompiledNode;
    const scale = n.scale as NonNullable<CompiledNode["scale"]>;
    return {
      code: n.node.code,
      parent: n.parentCode,
      label: n.node.label,
      ...(n.node.levels ? { levels: n.node.levels } : {}),
      scale: scale.scale,
      share: n.shareText === null ? null : n.contribution,
      rule: scale.rule,
      read: (value, path) => scale.read(value, [...path]),
    };
  });
}

/** The exact share (points per unit of value) of any node, by code; null while parameters are unbound. */
export function shareOf(rubric: RubricDefinition, code: string): Rational | null {
  const c = compiledOf(rubric);
  const at = c.byCode.get(code);
  if (at === undefined) return null;
  const n = c.nodes[at] as CompiledNode;
  return n.shareText === null ? null : n.contribution;
}

/** The result range, exactly. */
export function rangeOf(rubric: RubricDefinition): { readonly min: Rational; readonly max: Rational } {
  const c = compiledOf(rubric);
  return { min: c.min, max: c.max };
}

/** Whether every weight, scale and rounding figure of the rubric is confirmed. */
export function figuresConfirmed(rubric: RubricDefinition): boolean {
  return compiledOf(rubric).figuresConfirmed;
}

/** Which rounding a value is published with: the result's, the aggregation's (falling back to the result's), or none. */
export type RoundingChoice = "result" | "aggregation" | "none" | RoundingRule;

function roundingOf(rubric: RubricDefinition, choice: RoundingChoice): RoundingRule | undefined {
  if (choice === "none") return undefined;
  if (choice === "result") return rubric.result.rounding;
  if (choice === "aggregation") return rubric.aggregation?.rounding ?? rubric.result.rounding;
  return choice;
}

/** The one publish step (range on the exact value → rounding → band → gap) for a helper's value. */
export function publishOn(
  rubric: RubricDefinition,
  value: Rational,
  rounding: RoundingChoice,
  path: ReadonlyArray<string | number>,
): Publication {
  return publishValue(compiledOf(rubric), value, roundingOf(rubric, rounding), [...path]);
}

/** OUT_OF_RANGE unless the exact value lies in the rubric's range. */
export function checkRangeOn(rubric: RubricDefinition, value: Rational, path: ReadonlyArray<string | number>): void {
  checkRange(compiledOf(rubric), value, [...path]);
}

/** The predicate of an exact value (range first, then the chosen rounding, then the band) and the band's index. */
export function classifyOn(
  rubric: RubricDefinition,
  value: Rational,
  rounding: RoundingChoice,
  path: ReadonlyArray<string | number>,
): { readonly predicate: Predicate; readonly index: number } {
  const c = compiledOf(rubric);
  const band = classifyExact(c, value, roundingOf(rubric, rounding), [...path]);
  return { predicate: band.predicate, index: (c.bands ?? []).indexOf(band) };
}

/** Bands in ascending order, exactly, or null when unknown. */
export function bandsOn(rubric: RubricDefinition): ReadonlyArray<{
  readonly band: Band;
  readonly predicate: Predicate;
  readonly min: Rational;
  readonly max: Rational;
}> | null {
  return compiledOf(rubric).bands;
}

/** Index of the band an already-published value falls in. */
export function bandIndexOn(rubric: RubricDefinition, value: Rational, path: ReadonlyArray<string | number>): number {
  return bandIndexOf(compiledOf(rubric), value, [...path]);
}

/**
 * Scores (or re-reads a stored result of) one unit: the result and its exact value. A stored result is
 * checked against this rubric and its exactFraction against its exact text; it is never re-rounded.
 */
export function scoreExactly(
  rubric: RubricDefinition,
  input: unknown,
  path: ReadonlyArray<string | number>,
): { readonly result: ScoreResult; readonly exact: Rational } {
  const r = ensureDefined(rubric);
  if (isScoreResult(input)) {
    if (input.rubric !== r.id) throw mismatch(input.rubric, r.id, path);
    return { result: input, exact: exactOfStored(input, [...path]) };
  }
  const result = scoreRubric(r, input);
  return { result, exact: exactOfStored(result, [...path]) };
}

export const isScoreResult = (u: unknown): u is ScoreResult =>
  typeof u === "object" &&
  u !== null &&
  typeof (u as ScoreResult).rubric === "string" &&
  "exact" in u &&
  Array.isArray((u as ScoreResult).breakdown);

function mismatch(got: string, want: string, path: ReadonlyArray<string | number>): KinerjaError {
  return new KinerjaError("RUBRIC_MISMATCH", `a result scored on ${got} cannot be used with ${want}`, {
    path: [...path, "rubric"],
    rule: "one rubric per calculation",
    details: { got, want },
  });
}

/*
 * Added for the PEKPPP, SKM and Ombudsman helpers (issue #7, "helpers through the engine API").
 */

/** The result multiplier (the SKM ×25; "1" when the rubric declares none), exactly. */
export function multiplierOf(rubric: RubricDefinition): Rational {
  return compiledOf(rubric).multiplier;
}

/**
 * The reader of any scale, also one no leaf uses (the SKM questionnaire answers 1–4, the Ombudsman
 * 0–3 indicator interval): the rule in words and the exact value of an answer, or the engine's own
 * KinerjaError (INVALID_INPUT, ANSWER_OUT_OF_SCALE) naming `path`.
 */
export function scaleReader(scale: Scale): {
  readonly rule: string;
  read(value: unknown, path: ReadonlyArray<string | number>): Rational;
} {
  const s = leafScale("", scale);
  return { rule: s.rule, read: (value, path) => s.read(value, [...path]) };
}

/**
 * Scores one unit from exact leaf values (by leaf code), for values no decimal answer can carry (an SKM
 * element average of 10/3): each value is checked on its leaf's scale (naming `[...path, code]`), then
 * the one evaluator and the one publish step. Rubrics with parameters or requirements need `score()`.
 */
export function scoreValues(
  rubric: RubricDefinition,
  values: Readonly<Record<string, Rational>>,
  path: ReadonlyArray<string | number>,
): { readonly result: ScoreResult; readonly exact: Rational } {
  const c = compiledOf(rubric);
  if (c.rubric.parameters || c.rubric.requirements)
    fail({
      code: "INVALID_INPUT",
      path: ["rubric"],
      rule: "exact leaf values only for rubrics without parameters or requirements",
      message: `${c.rubric.id} has parameters or requirements: score it with score()`,
    });
  const leafValues = new Array<Rational | null>(c.nodes.length).fill(null);
  for (const i of c.leaves) {
    const n = c.nodes[i] as CompiledNode;
    const v = values[n.node.code];
    if (v === undefined)
      fail({
        code: "MISSING_ANSWER",
        path: [...path, n.node.code],
        rule: "every indicator needs a value",
        message: `the value of "${n.node.code}" is missing`,
      });
    leafValues[i] = (n.scale as NonNullable<CompiledNode["scale"]>).readExact(v, [...path, n.node.code]);
  }
  const e = evaluate(c, leafValues);
  const p = publishValue(c, e.total, c.rounding, ["value"]);
  const result: ScoreResult = {
    rubric: c.rubric.id,
    value: p.value,
    exact: p.exact,
    exactFraction: p.exactFraction,
    predicate: p.predicate,
    gap: p.gap,
    breakdown: breakdownOf(c, e, null, false),
    confirmed: confirmedOn(p, c.figuresConfirmed),
    rubricHash: c.hash,
    kinerjaVersion: VERSION,
  };
  return { result, exact: e.total };
}

/**
 * `scoreValues` for leaf values given as ratios of safe integers, num[i] / den[i] in leaf order (an SKM
 * element's answer sum over its respondents): on safe integers where the rubric allows (a flat weighted mean),
 * else exactly as `scoreValues`, which also reports any value off its scale. The same result either way.
 * `total` is the exact value as num / den (safe integers, not reduced), or null from the exact path.
 */
export function scoreRatios(
  rubric: RubricDefinition,
  num: ReadonlyArray<number>,
  den: ReadonlyArray<number>,
  path: ReadonlyArray<string | number>,
): {
  readonly result: ScoreResult;
  readonly exact: Rational;
  readonly total: { readonly num: number; readonly den: number } | null;
} {
  // Not remembered: the callers build their own result from this one; the exact value comes from the total.
  const quick = scoreRatiosOnIntegers(rubric, num, den, false);
  if (quick) {
    const { num: n, den: d } = quick.total;
    const g = gcdSafe(n, d) || 1;
    return { result: quick.result, exact: { n: BigInt(n / g), d: BigInt(d / g) }, total: quick.total };
  }
  const c = compiledOf(rubric);
  const values: Record<string, Rational> = {};
  c.leaves.forEach((i, k) => {
    values[(c.nodes[i] as CompiledNode).node.code] = rational(BigInt(num[k] as number), BigInt(den[k] as number));
  });
  return { ...scoreValues(rubric, values, path), total: null };
}

/**
 * A helper's `confirmed`, in one place: the published value has a predicate, the predicate's band is
 * confirmed, and so is every fact the value rests on (the rubric's figures, the input results' own
 * `confirmed`, the rule the caller chose).
 */
export function confirmedOn(publication: { readonly predicate: Predicate | null }, ...facts: boolean[]): boolean {
  return publication.predicate?.confirmed === true && facts.every((f) => f);
}

/**
 * The text of an exact value under the chosen rounding, with no range check and no band: only for a
 * labelled figure that may fall outside the rubric's range (the SKM printed-weight legacy mode), never
 * for a result (publish those with `publishOn`).
 */
export function roundedTextOn(rubric: RubricDefinition, value: Rational, rounding: RoundingChoice): string {
  const rule = roundingOf(ensureDefined(rubric), rounding);
  return rule ? toFixedText(roundRational(value, rule), rule.places) : toDecimalText(value);
}
