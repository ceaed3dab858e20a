import { SKM_2017_1 } from "../../data/skm/2017.1.js";
import { defineRubric } from "../../engine/defineRubric.js";
import type { RubricDefinition } from "../../model/types.js";
import type { NoAssessment } from "../../registry/noAssessment.js";

/** SKM/IKM of PermenPAN-RB 14/2017: nine elements U1–U9 at exactly 1/9, × 25, categories A–D. */
export const skm2017: RubricDefinition<"skm@2017.1"> = /* @__PURE__ */ defineRubric(SKM_2017_1);

/** Every published skm rubric, defined (validated and frozen). */
export const RUBRICS: ReadonlyArray<RubricDefinition> = [skm2017];

/** Years in which skm held no assessment. */
export const NO_ASSESSMENT_YEARS: ReadonlyArray<NoAssessment> = [];
