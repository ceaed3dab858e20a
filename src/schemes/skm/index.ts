/**
 * `kinerja/skm`: the SKM/IKM rubric of PermenPAN-RB 14/2017 and its helpers.
 *
 * - `skm2017` (`skm@2017.1`): `score(skm2017, { answers: { U1: "3.25", … } })` with per-element averages (NRR).
 * - `skmFromRespondents`: the IKM from raw questionnaire rows, exact, with row-level validation.
 * - `skmFromNrr`: the IKM from NRRs, including the LEGACY printed-weight (0.111) mode.
 * - `classifyNi`: the category of an IKM on the 1–4 scale.
 * - `skmAnswerValue`, `skmAnswerOptions`: the questionnaire's own answer codes (a–d, the printed words) read back
 *   to the score 1–4, from the rubric's level labels.
 * @module kinerja/skm
 */

export {
  SKM_2017_INTERVALS,
  SKM_2017_INTERVALS_SOURCE,
  SKM_PREDICATES,
  type SkmIntervalRow,
} from "../../data/skm/2017.1.js";
export { type SkmAnswerOption, skmAnswerOptions, skmAnswerValue } from "./answerCodes.js";
export { classifyNi, type NiClassification } from "./classifyNi.js";
export type { SkmElement, SkmResult, SkmWeightOptions, WeightMode } from "./compute.js";
export { NO_ASSESSMENT_YEARS, RUBRICS, skm2017, skm2017v2 } from "./rubrics.js";
export { type NrrOptions, skmFromNrr } from "./skmFromNrr.js";
export { type RespondentOptions, type RespondentRow, skmFromRespondents } from "./skmFromRespondents.js";
