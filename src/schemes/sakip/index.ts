/**
 * `kinerja/sakip`: the SAKIP (Evaluasi Akuntabilitas Kinerja Instansi Pemerintah) rubrics and
 * their scheme-specific helpers.
 *
 * - `sakip2021` (`sakip@2021.1`, PermenPAN-RB 88/2021, assessments from 2022): four components
 *   30/30/15/25, each 20/30/50 Keberadaan/Kualitas/Pemanfaatan, graded AA–E per sub-component.
 * - `sakip2015` (`sakip@2015.1`, PermenPAN-RB 12/2015, assessments 2015–2021): five components
 *   30/25/15/10/20, each sub-component answered with the mean of its criterion values.
 * - Score them with `score()`: from answers, or from published component points
 *   (`score(sakip2021, { points: { perencanaan: "22.98", … } })`); minimum requirements cap the
 *   predicate only when you state which are unmet (`unmetRequirements`).
 * - `perCriterion`: the Pemda's worksheet graded per criterion (its own counts), as a derived rubric.
 * - `withWorksheetRounding`: the apps' rounding per sub-component and component, as a derived rubric.
 * - `SAKIP_PREDICATES_BEFORE_2015`: the older six bands (AA > 85 …), to classify pre-2015 values.
 * @module kinerja/sakip
 */

export { SAKIP_2015_PREDICATES, SAKIP_PREDICATES_BEFORE_2015 } from "../../data/sakip/2015.1.js";
export { SAKIP_2021_PREDICATES } from "../../data/sakip/2021.1.js";
export type { DerivedMeta } from "./derive.js";
export { CRITERION_CODE, type CriterionCounts, type CriterionSpec, perCriterion } from "./perCriterion.js";
export { NO_ASSESSMENT_YEARS, RUBRICS, sakip2015, sakip2021 } from "./rubrics.js";
export { WORKSHEET_ROUNDING_SOURCE, withWorksheetRounding } from "./withWorksheetRounding.js";
