import { D } from "../../core/decimal.js";
import { KinerjaError } from "../../core/errors.js";
import { roundToString } from "../../core/rounding.js";
import { parseDecimalInput } from "../../engine/answers.js";
import { classifyDec } from "../../engine/classify.js";
import { prepare } from "../../engine/prepare.js";
import type { AnswerValue, DecimalString, Predicate, RubricDefinition } from "../../model/types.js";
import { skm2017 } from "./rubrics.js";

export interface NiClassification {
  /** The NI (IKM of the unit, 1–4) as given. */
  readonly ni: DecimalString;
  /** NI × 25, exact. */
  readonly nik: DecimalString;
  /** NIK as published (rounded half-up to 2 decimals). */
  readonly value: DecimalString;
  readonly predicate: Predicate;
}

/**
 * The category of an IKM on the 1–4 scale (NI). The printed NI interval table
 * has gaps (2.5996|2.60, 3.064|3.0644), so the NI is converted (× 25) and
 * rounded to 2 decimals first, then classified on the NIK bands — which is what
 * the printed NI edges are (64.99/25 = 2.5996, 76.61/25 = 3.0644, …).
 */
export function classifyNi(ni: AnswerValue, rubric: RubricDefinition = skm2017): NiClassification {
  const prepared = prepare(rubric);
  const d = parseDecimalInput(ni, ["ni"]);
  const nik = d.times(new D(rubric.result.multiplier ?? "1"));
  if (nik.lt(prepared.min) || nik.gt(prepared.max))
    throw new KinerjaError("OUT_OF_RANGE", `NI ${d.toFixed()} is outside 1–4`, {
      path: ["ni"],
      rule: "an NI from 1 to 4",
    });
  const rounding = rubric.result.rounding;
  const c = classifyDec(prepared, nik, rounding, ["ni"]);
  return {
    ni: d.toFixed(),
    nik: nik.toFixed(),
    value: rounding ? roundToString(nik, rounding) : nik.toFixed(),
    predicate: c.band.predicate,
  };
}
