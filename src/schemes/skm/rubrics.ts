import type { RubricDefinition } from "../../model/types.js";
import type { NoAssessment } from "../../registry/noAssessment.js";

/** Every published skm rubric, defined (validated and frozen). */
export const RUBRICS: ReadonlyArray<RubricDefinition> = [];

/** Years in which skm held no assessment. */
export const NO_ASSESSMENT_YEARS: ReadonlyArray<NoAssessment> = [];
