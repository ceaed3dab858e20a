import { cut, fail } from "../../core/errors.js";
import type { Rational } from "../../core/rational.js";
import { leavesOf } from "../../engine/internal.js";
import type { AnswerValue, RubricDefinition } from "../../model/types.js";
import { optionsObject, plainInput, rubricArg } from "../shared.js";
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
 *
 * @example
 * ```ts
 * import { skmFromNrr } from "kinerja/skm";
 *
 * // SKM Bantul 2023, Dinas Pertanahan dan Tata Ruang: its published element averages (NRR)
 * const nrr = { U1: "3.31", U2: "3.35", U3: "3.49", U4: "3.93", U5: "3.45", U6: "3.39", U7: "3.39", U8: "3.76", U9: "3.35" };
 * skmFromNrr(nrr).value; // "87.28", as published
 * skmFromNrr(nrr, { weightMode: "printed" }).value; // "87.19" with the printed weight 0.111
 * ```
 */
export function skmFromNrr(given: Readonly<Record<string, AnswerValue>>, options?: NrrOptions): SkmResult {
  const opts = optionsObject(plainInput(options, ["options"]));
  const rubric = opts.rubric === undefined ? skm2017 : rubricArg(opts.rubric, ["options", "rubric"]);
  const nrr = plainInput(given, ["nrr"]);
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
        message: `${JSON.stringify(cut(key))} is not an element of ${rubric.id}`,
      });
  const values = new Map<string, Rational>();
  for (const leaf of leaves) {
    const v = Object.hasOwn(nrr, leaf.code) ? nrr[leaf.code] : undefined;
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
