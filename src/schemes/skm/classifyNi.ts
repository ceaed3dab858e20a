import { KinerjaError } from "../../core/errors.js";
import { cmp, mul, parseRational, type Rational } from "../../core/rational.js";
import { parseDecimalInput } from "../../engine/answers.js";
import { bandsOrThrow } from "../../engine/classify.js";
import { prepare } from "../../engine/prepare.js";
import { publish } from "../../engine/publish.js";
import type { AnswerValue, DecimalString, Predicate, RubricDefinition } from "../../model/types.js";
import { skm2017 } from "./rubrics.js";

export interface NiClassification {
  /** The NI (IKM of the unit, 1–4) as given. */
  readonly ni: DecimalString;
  /** NI × 25, exact (a non-terminating product, for a fraction multiplier, to 40 significant digits). */
  readonly nik: DecimalString;
  /** NIK as published (rounded half-up to 2 decimals). */
  readonly value: DecimalString;
  readonly predicate: Predicate;
}

/**
 * The category of an IKM on the 1–4 scale (NI). The printed NI interval table
 * has gaps (2.5996|2.60, 3.064|3.0644), so the NI is converted (× 25) and
 * rounded to 2 decimals first, then classified on the NIK bands — which is what
 * the printed NI edges are (64.99/25 = 2.5996, 76.61/25 = 3.0644, …). The
 * conversion is exact for any multiplier the rubric declares ("25", "100/3").
 */
export function classifyNi(ni: AnswerValue, rubric: RubricDefinition = skm2017): NiClassification {
  const prepared = prepare(rubric);
  const d = parseDecimalInput(ni, ["ni"]);
  const multiplierText = prepared.rubric.result.multiplier ?? "1";
  const multiplier = parseRational(multiplierText) as Rational;
  const nikExact = mul(parseRational(d.toFixed()) as Rational, multiplier);
  const { min, max } = prepared.rubric.result;
  const bound = (x: { toFixed(): string }) => parseRational(x.toFixed()) as Rational;
  if (cmp(nikExact, bound(prepared.min)) < 0 || cmp(nikExact, bound(prepared.max)) > 0)
    throw new KinerjaError(
      "OUT_OF_RANGE",
      `NI ${d.toFixed()} × ${multiplierText} is outside ${prepared.rubric.id}'s range ${min}–${max}`,
      { path: ["ni"], rule: `an NI whose × ${multiplierText} lies from ${min} to ${max}` },
    );
  // Rounded from the exact product, then classified: the engine's own publishing step.
  const p = publish(prepared, nikExact.n, nikExact.d, prepared.rubric.result.rounding, ["ni"]);
  if (p.predicate === null) bandsOrThrow(prepared);
  return { ni: d.toFixed(), nik: p.exact, value: p.value, predicate: p.predicate as Predicate };
}
