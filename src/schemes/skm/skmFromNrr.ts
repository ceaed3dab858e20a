import { fail } from "../../core/errors.js";
import type { Rational } from "../../core/rational.js";
import { ensureDefined, leavesOf } from "../../engine/internal.js";
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
  const rubric = ensureDefined(opts.rubric ?? skm2017);
  const leaves = leavesOf(rubric);
  if (typeof nrr !== "object" || nrr === null || Array.isArray(nrr))
    fail({
      code: "INVALID_INPUT",
      path: ["nrr"],
      rule: "NRR per element code",
      message: 'nrr must be an object keyed by element code, e.g. { U1: "3.25" }',
    });
  const codes = new Set(leaves.map((l) => l.code));
  for (const key of Object.keys(nrr))
    if (!codes.has(key))
      fail({
        code: "UNKNOWN_INDICATOR",
        path: ["nrr", key],
        rule: "keys are the element codes of listIndicators()",
        message: `"${key}" is not an element of ${rubric.id}`,
      });
  const values = new Map<string, Rational>();
  for (const leaf of leaves) {
    const v = nrr[leaf.code];
    if (v === undefined)
      fail({
        code: "MISSING_ANSWER",
        path: ["nrr", leaf.code],
        rule: "every element needs its NRR",
        message: `nrr["${leaf.code}"] is missing`,
      });
    values.set(leaf.code, leaf.read(v, ["nrr", leaf.code]));
  }
  const base = ikmFromNrr(rubric, values, opts, { path: ["nrr"] });
  return { ...base, incomplete: [], notes: base.notes };
}
