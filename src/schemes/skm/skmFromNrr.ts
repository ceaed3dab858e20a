import { KinerjaError } from "../../core/errors.js";
import { parseRational, type Rational } from "../../core/rational.js";
import { parseAnswer } from "../../engine/answers.js";
import { prepare } from "../../engine/prepare.js";
import type { AnswerValue, RubricDefinition } from "../../model/types.js";
import { optionsObject } from "../shared.js";
import { ikmFromNrr, type SkmResult, type SkmWeightOptions } from "./compute.js";
import { skm2017 } from "./rubrics.js";

export interface NrrOptions extends SkmWeightOptions {
  /** Default skm@2017.1. */
  readonly rubric?: RubricDefinition;
}

/**
 * The IKM from per-element averages (NRR, 1–4), keyed by element code. With
 * the default exact weights this equals `score(skm2017, { answers: nrr })`;
 * `weightMode: "printed"` is the LEGACY rounded-weight calculation (0.111).
 * NRRs must be passed unrounded (at most 20 significant digits): a
 * non-terminating average is better computed from the rows with skmFromRespondents.
 */
export function skmFromNrr(nrr: Readonly<Record<string, AnswerValue>>, options?: NrrOptions): SkmResult {
  const opts = optionsObject(options);
  const rubric = opts.rubric ?? skm2017;
  const prepared = prepare(rubric);
  if (typeof nrr !== "object" || nrr === null || Array.isArray(nrr))
    throw new KinerjaError("INVALID_INPUT", 'nrr must be an object keyed by element code, e.g. { U1: "3.25" }', {
      path: ["nrr"],
      rule: "NRR per element code",
    });
  for (const key of Object.keys(nrr))
    if (!prepared.leafIndex.has(key))
      throw new KinerjaError("UNKNOWN_INDICATOR", `"${key}" is not an element of ${rubric.id}`, {
        path: ["nrr", key],
        rule: "keys are the element codes of listIndicators()",
      });
  const values: Rational[] = prepared.leaves.map((leaf) => {
    const v = nrr[leaf.code];
    if (v === undefined)
      throw new KinerjaError("MISSING_ANSWER", `nrr["${leaf.code}"] is missing`, {
        path: ["nrr", leaf.code],
        rule: "every element needs its NRR",
      });
    return parseRational(parseAnswer(leaf.scale, v, ["nrr", leaf.code]).toFixed()) as Rational;
  });
  const base = ikmFromNrr(prepared.rubric, values, opts, { path: ["nrr"] });
  return { ...base, incomplete: [], notes: base.notes };
}
