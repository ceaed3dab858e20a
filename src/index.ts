/**
 * kinerja: exact, explainable scoring of Indonesia's government-performance
 * evaluations as versioned, pinnable rubrics.
 * @module kinerja
 */
export { aggregate } from "./api/aggregate.js";
export { classify } from "./api/classify.js";
export { getRubric } from "./api/getRubric.js";
export { improvementPlan } from "./api/improvementPlan.js";
export { listIndicators } from "./api/listIndicators.js";
export { listRubrics } from "./api/listRubrics.js";
export { type ResolveOptions, resolveRubric } from "./api/resolveRubric.js";
export { score } from "./api/score.js";
export { type ErrorPath, isKinerjaError, KinerjaError, type KinerjaErrorCode } from "./core/errors.js";
export { DEFAULT_LIMITS, getLimits, type Limits, setLimits, withLimits } from "./core/limits.js";
export { defineRubric } from "./engine/defineRubric.js";
export { deriveRubric, type RubricPatch } from "./engine/deriveRubric.js";
export type { ComponentGap, ImprovementPlanResult, PlanStep } from "./engine/improvementPlan.js";
export type {
  AnswersOf,
  BuiltinRubricId,
  GroupNode,
  IndicatorCode,
  IndicatorNode,
  KnownRubricId,
  KnownSchemeId,
  ScoreInputOf,
} from "./model/ids.js";
export { isGroupNode } from "./model/ids.js";
export type * from "./model/types.js";
export * from "./pinning/index.js";
export { type NoAssessment, SCHEMES, type SchemeId } from "./registry/builtins.js";
export {
  answersFromCsvRow,
  type CsvRow,
  type CsvValue,
  parseCsv,
  type ToCsvOptions,
  toCsv,
} from "./tabular/csv.js";
export { type AggregateRow, type ScoreRow, type ToRowsOptions, toRows } from "./tabular/toRows.js";
