/**
 * Internal helpers of kinerja/pekppp (not exported from the package entry):
 * exact unit values as rationals, so that means over units and F-03
 * combinations stay exact even when a rubric's shares do not terminate in
 * base 10 (the 17/2017 fractions 5/56, 3/22, …).
 */
import { D, type Dec } from "../../core/decimal.js";
import { type ErrorPath, KinerjaError } from "../../core/errors.js";
import { add, mul, parseRational, type Rational, rational } from "../../core/rational.js";
import { roundToString } from "../../core/rounding.js";
import { parseDecimalInput } from "../../engine/answers.js";
import { classifyDec, gapFrom } from "../../engine/classify.js";
import { type Prepared, prepare } from "../../engine/prepare.js";
import { scoreRubric } from "../../engine/scoreRubric.js";
import type { Gap, Predicate, RubricDefinition, ScoreInput, ScoreResult, WeightString } from "../../model/types.js";

/** A rational as a decimal: exact when it terminates, else a 40-significant-digit quotient. */
export function ratToDec(r: Rational): Dec {
  return new D(r.n.toString()).div(r.d.toString());
}

/** Text of a rational: exact decimal when it terminates, else the 40-digit quotient. */
export function ratText(r: Rational): string {
  return ratToDec(r).toFixed();
}

/** "a/b" (or "a" for integers). */
export function ratFraction(r: Rational): string {
  return r.d === 1n ? r.n.toString() : `${r.n}/${r.d}`;
}

/** An exact decimal (number or string, validated like any kinerja input) as a rational. */
export function inputToRational(value: unknown, path: ErrorPath): Rational {
  return parseRational(parseDecimalInput(value, path).toFixed()) as Rational;
}

/** A weight string ("0.75", "3/4") as a rational, or an INVALID_INPUT error naming the path. */
export function weightToRational(weight: WeightString, path: ErrorPath): Rational {
  const r = typeof weight === "string" ? parseRational(weight) : null;
  if (!r || r.n < 0n)
    throw new KinerjaError(
      "INVALID_INPUT",
      `${path.join(".")}: "${String(weight)}" is not a weight like "0.75" or "3/4"`,
      {
        path,
        rule: "a non-negative decimal or fraction",
      },
    );
  return r;
}

export const isScoreResult = (u: unknown): u is ScoreResult =>
  typeof u === "object" &&
  u !== null &&
  typeof (u as ScoreResult).rubric === "string" &&
  "exact" in u &&
  Array.isArray((u as ScoreResult).breakdown);

/**
 * The exact value of one unit on a rubric, as a rational: Σ P·answer / Q with
 * the engine's own contribution coefficients. Answers are validated by the
 * engine (`score`); a score result is re-read from its breakdown (the leaf
 * `raw` values are the answers), never from its possibly truncated `exact`.
 */
export function exactUnit(
  rubric: RubricDefinition,
  input: ScoreInput | ScoreResult,
  path: ErrorPath,
): { exact: Rational; result: ScoreResult; prepared: Prepared } {
  const prepared = prepare(rubric);
  let result: ScoreResult;
  if (isScoreResult(input)) {
    if (input.rubric !== rubric.id)
      throw new KinerjaError(
        "RUBRIC_MISMATCH",
        `${path.join(".") || "input"} was scored on ${input.rubric}, not ${rubric.id}`,
        {
          path,
          rule: "one rubric per calculation",
        },
      );
    result = input;
  } else {
    result = scoreRubric(rubric, input);
  }
  const raws = new Map(result.breakdown.map((b) => [b.code, b.raw]));
  let sum: Rational = rational(0n);
  for (const leaf of prepared.leaves) {
    const raw = raws.get(leaf.code);
    if (raw === undefined)
      throw new KinerjaError("MISSING_ANSWER", `the score result has no entry for indicator "${leaf.code}"`, {
        path: [...path, "breakdown"],
        rule: "a complete score result from score()",
      });
    sum = add(sum, mul(rational(leaf.pBig), parseRational(raw) as Rational));
  }
  return { exact: mul(sum, rational(1n, prepared.qBig)), result, prepared };
}

export interface Finished {
  readonly value: string;
  readonly exact: string;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
}

/** Published value, predicate and gap of an exact value, as the rubric's rounding and bands say. */
export function finishExact(prepared: Prepared, exact: Rational, path: ErrorPath): Finished {
  const dec = ratToDec(exact);
  if (dec.lt(prepared.min) || dec.gt(prepared.max))
    throw new KinerjaError(
      "OUT_OF_RANGE",
      `${dec.toFixed()} is outside ${prepared.rubric.id}'s range ${prepared.rubric.result.min}–${prepared.rubric.result.max}`,
      { path, rule: `a value from ${prepared.rubric.result.min} to ${prepared.rubric.result.max}` },
    );
  const rounding = prepared.rubric.result.rounding;
  const value = rounding ? roundToString(dec, rounding) : dec.toFixed();
  if (!prepared.bands) return { value, exact: dec.toFixed(), predicate: null, gap: null };
  const c = classifyDec(prepared, dec, rounding, path);
  return {
    value,
    exact: dec.toFixed(),
    predicate: c.band.predicate,
    gap: gapFrom(prepared, c.rounded, c.index, rounding),
  };
}

/** Index of the band an exact value falls in (after the rubric's rounding). */
export function bandIndexOf(prepared: Prepared, exact: Rational, path: ErrorPath): number {
  return classifyDec(prepared, ratToDec(exact), prepared.rubric.result.rounding, path).index;
}
