import { frozen } from "../../data/freeze.js";
import { SAKIP_2015_1 } from "../../data/sakip/2015.1.js";
import { SAKIP_2021_1 } from "../../data/sakip/2021.1.js";
import { defineBuiltin } from "../../engine/defineBuiltin.js";
import type { NoAssessment } from "../../model/types.js";

/**
 * Evaluasi AKIP under PermenPAN-RB 88/2021 (assessments from 2022): Perencanaan 30, Pengukuran 30,
 * Pelaporan 15, Evaluasi Internal 25, each 20/30/50 Keberadaan/Kualitas/Pemanfaatan, graded AA–E
 * per sub-component; 0–100, predicates AA … D. Rounding and minimum requirements UNCONFIRMED.
 */
export const sakip2021 = /* @__PURE__ */ defineBuiltin(SAKIP_2021_1);

/**
 * Evaluasi SAKIP under PermenPAN-RB 12/2015 (assessments 2015–2021): five components 30/25/15/10/20
 * with 17 sub-components, each answered with the mean of its criterion values (0–1). Answer
 * mapping, Capaian sub-components and rounding UNCONFIRMED.
 */
export const sakip2015 = /* @__PURE__ */ defineBuiltin(SAKIP_2015_1);

/** Every published sakip rubric, frozen; content locked in rubrics.lock.json. */
export const RUBRICS = /* @__PURE__ */ frozen([sakip2021, sakip2015] as const);

/** Years in which sakip held no assessment (none known from 2015 on). */
export const NO_ASSESSMENT_YEARS: ReadonlyArray<NoAssessment> = /* @__PURE__ */ frozen([]);
