/**
 * Internal helpers of kinerja/pekppp (not exported from the package entry):
 * exact unit values as rationals, so that means over units and F-03
 * combinations stay exact even when a rubric's shares do not terminate in
 * base 10 (the 17/2017 fractions 5/56, 3/22, …).
 */
import type { Dec } from "../../core/decimal.js";
import { type ErrorPath, KinerjaError } from "../../core/errors.js";
import { roundRatio, scaledToDec } from "../../core/exact.js";
import { add, cmp, mul, parseRational, type Rational, rational } from "../../core/rational.js";
import type { RoundingRule } from "../../core/rounding.js";
import { parseAnswer, parseDecimalInput } from "../../engine/answers.js";
import { classifyDec } from "../../engine/classify.js";
import { type Prepared, prepare } from "../../engine/prepare.js";
import { publish } from "../../engine/publish.js";
import { scoreRubric } from "../../engine/scoreRubric.js";
import type { Gap, Predicate, RubricDefinition, ScoreInput, ScoreResult, WeightString } from "../../model/types.js";
import { ratToDec, underPath } from "../shared.js";

export { ratToDec };

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
 * `raw` values are the answers), never from its possibly truncated `exact`,
 * and each leaf `raw` is checked against its scale like any answer, so a
 * hand-edited result cannot smuggle in "abc", 9 on 0–5 or 3.7 on a whole-number scale.
 */
export function exactUnit(
  rubric: RubricDefinition,
  input: ScoreInput | ScoreResult,
  path: ErrorPath,
): {
  exact: Rational;
  result: ScoreResult;
  prepared: Prepared;
  /** The validated answer of every leaf, by indicator code. */
  answers: ReadonlyMap<string, Dec>;
} {
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
    // The engine names answers["1.a"]; re-rooted, the error names where that input sits.
    result = underPath(path, () => scoreRubric(prepared.rubric, input));
  }
  const raws = new Map<string, { raw: unknown; index: number }>();
  result.breakdown.forEach((b: unknown, index) => {
    const entry = typeof b === "object" && b !== null ? (b as { code?: unknown; raw?: unknown }) : null;
    if (entry && typeof entry.code === "string" && !raws.has(entry.code))
      raws.set(entry.code, { raw: entry.raw, index });
  });
  const answers = new Map<string, Dec>();
  let sum: Rational = rational(0n);
  for (const leaf of prepared.leaves) {
    const hit = raws.get(leaf.code);
    if (hit === undefined || hit.raw === undefined)
      throw new KinerjaError("MISSING_ANSWER", `the score result has no entry for indicator "${leaf.code}"`, {
        path: [...path, "breakdown"],
        rule: "a complete score result from score()",
      });
    // The same check as any answer: a number or decimal string on the leaf's scale.
    const value = parseAnswer(leaf.scale, hit.raw, [...path, "breakdown", hit.index, "raw"]);
    answers.set(leaf.code, value);
    sum = add(sum, mul(rational(leaf.pBig), parseRational(value.toFixed()) as Rational));
  }
  return { exact: mul(sum, rational(1n, prepared.qBig)), result, prepared, answers };
}

export interface Finished {
  readonly value: string;
  readonly exact: string;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
}

const bound = (d: Dec): Rational => parseRational(d.toFixed()) as Rational;

/**
 * Published value, predicate and gap of an exact value, as the rubric's bands
 * and the given rounding say (default: the rubric's result rounding; an
 * instansi value passes the aggregation's own rounding, as `aggregate` does).
 * The range is checked on the exact value; the rounding is taken from the
 * exact ratio by the engine's `publish`, so a tie is never misjudged.
 */
export function finishExact(
  prepared: Prepared,
  exact: Rational,
  path: ErrorPath,
  rounding: RoundingRule | undefined = prepared.rubric.result.rounding,
): Finished {
  if (cmp(exact, bound(prepared.min)) < 0 || cmp(exact, bound(prepared.max)) > 0)
    throw new KinerjaError(
      "OUT_OF_RANGE",
      `${ratText(exact)} is outside ${prepared.rubric.id}'s range ${prepared.rubric.result.min}–${prepared.rubric.result.max}`,
      { path, rule: `a value from ${prepared.rubric.result.min} to ${prepared.rubric.result.max}` },
    );
  return publish(prepared, exact.n, exact.d, rounding, path);
}

/** Index of the band an exact value falls in (after the rubric's rounding, taken from the exact ratio). */
export function bandIndexOf(prepared: Prepared, exact: Rational, path: ErrorPath): number {
  const rounding = prepared.rubric.result.rounding;
  const shown = rounding ? scaledToDec(roundRatio(exact.n, exact.d, rounding), rounding.places) : ratToDec(exact);
  return classifyDec(prepared, shown, rounding, path).index;
}
