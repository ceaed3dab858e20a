import { frozen } from "../../data/freeze.js";
import { SKM_2017_1 } from "../../data/skm/2017.1.js";
import { SKM_2017_2 } from "../../data/skm/2017.2.js";
import { defineBuiltin } from "../../engine/defineBuiltin.js";
import type { NoAssessment } from "../../model/types.js";

/** SKM/IKM of PermenPAN-RB 14/2017 (`skm@2017.1`): nine elements U1–U9 at exactly 1/9, × 25, categories A–D. Superseded by skm2017v2. */
export const skm2017 = /* @__PURE__ */ defineBuiltin(SKM_2017_1);

/** `skm@2017.2`: the same figures; the 1/9 weight cited to the published results it reproduces. */
export const skm2017v2 = /* @__PURE__ */ defineBuiltin(SKM_2017_2);

/** Every published skm rubric (frozen; content locked in rubrics.lock.json). */
export const RUBRICS = /* @__PURE__ */ frozen([skm2017v2, skm2017] as const);

/** Years in which skm held no assessment. */
export const NO_ASSESSMENT_YEARS: ReadonlyArray<NoAssessment> = /* @__PURE__ */ frozen([]);
