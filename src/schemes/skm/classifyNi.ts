import { toDecimalText } from "../../core/decimalText.js";
import { mul } from "../../core/rational.js";
import { classifyOn, multiplierOf, publishOn, readNumber } from "../../engine/internal.js";
import type { AnswerValue, DecimalString, Predicate, RubricDefinition } from "../../model/types.js";
import { rubricArg } from "../shared.js";
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
 * conversion is exact for any multiplier the rubric declares ("25", "100/3"),
 * and the NIK goes through the engine's one publish step (range on the exact
 * product, then rounding, then band).
 *
 * @example
 * ```ts
 * import { classifyNi } from "kinerja/skm";
 *
 * const c = classifyNi("3.6590");
 * c.nik; // "91.475"
 * c.value; // "91.48"
 * c.predicate.code; // "A"
 * classifyNi("2.5999").predicate.code; // "C": 64.9975 rounds to 65.00
 * ```
 */
export function classifyNi(ni: AnswerValue, rubric: RubricDefinition = skm2017): NiClassification {
  const r = rubricArg(rubric);
  const value = readNumber(ni, ["ni"]);
  const nik = mul(value, multiplierOf(r));
  const p = publishOn(r, nik, "result", ["ni"]);
  // Without bands the publication has no predicate: classifyOn says NO_PREDICATE_BANDS.
  const predicate = p.predicate ?? classifyOn(r, nik, "result", ["ni"]).predicate;
  return { ni: toDecimalText(value), nik: p.exact, value: p.value, predicate };
}
