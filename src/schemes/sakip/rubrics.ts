import { SAKIP_2015_1 } from "../../data/sakip/2015.1.js";
import { SAKIP_2021_1 } from "../../data/sakip/2021.1.js";
import { defineRubric } from "../../engine/defineRubric.js";
import type { RubricDefinition } from "../../model/types.js";
import type { NoAssessment } from "../../registry/noAssessment.js";

/**
 * Evaluasi AKIP under PermenPAN-RB 88/2021 (assessments from 2022): Perencanaan 30, Pengukuran 30,
 * Pelaporan 15, Evaluasi Internal 25, each 20/30/50 Keberadaan/Kualitas/Pemanfaatan, graded AA–E
 * per sub-component; 0–100, predicates AA … D. Rounding and minimum requirements UNCONFIRMED.
 */
export const sakip2021: RubricDefinition<"sakip@2021.1"> = /* @__PURE__ */ defineRubric(SAKIP_2021_1);

/**
 * Evaluasi SAKIP under PermenPAN-RB 12/2015 (assessments 2015–2021): five components 30/25/15/10/20
 * with 17 sub-components, each answered with the mean of its criterion values (0–1). Answer
 * mapping, Capaian sub-components and rounding UNCONFIRMED.
 */
export const sakip2015: RubricDefinition<"sakip@2015.1"> = /* @__PURE__ */ defineRubric(SAKIP_2015_1);

/** Every published sakip rubric, defined (validated and frozen). */
export const RUBRICS: ReadonlyArray<RubricDefinition> = [sakip2021, sakip2015];

/** Years in which sakip held no assessment (none known from 2015 on). */
export const NO_ASSESSMENT_YEARS: ReadonlyArray<NoAssessment> = [];
