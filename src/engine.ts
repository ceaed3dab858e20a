/**
 * `kinerja/engine`: the scoring engine alone, for the smallest bundles. The
 * functions take rubric objects (import them from `kinerja/<scheme>`), not
 * ids, so no rubric data you do not use is bundled. `kinerja` (the root)
 * offers the same functions and also accepts ids.
 * @module kinerja/engine
 */
export { type ErrorPath, isKinerjaError, KinerjaError, type KinerjaErrorCode } from "./core/errors.js";
export { aggregateRubric as aggregate } from "./engine/aggregateUnits.js";
export { classifyValue as classify } from "./engine/classifyValue.js";
export { defineRubric } from "./engine/defineRubric.js";
export { deriveRubric, type RubricPatch } from "./engine/deriveRubric.js";
export {
  type ComponentGap,
  type ImprovementPlanResult,
  improvementPlan,
  type PlanStep,
} from "./engine/improvementPlan.js";
export { indicatorsOf as listIndicators } from "./engine/indicators.js";
export { scoreRubric as score } from "./engine/scoreRubric.js";
export type * from "./model/types.js";
