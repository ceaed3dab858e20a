import type { RubricDefinition } from "../model/types.js";
import * as ombudsman from "../schemes/ombudsman/rubrics.js";
import * as pekppp from "../schemes/pekppp/rubrics.js";
import * as rb from "../schemes/rb/rubrics.js";
import * as sakip from "../schemes/sakip/rubrics.js";
import * as skm from "../schemes/skm/rubrics.js";
import type { NoAssessment } from "./noAssessment.js";

export type { NoAssessment } from "./noAssessment.js";

/** Scheme ids used across the project. */
export const SCHEMES = ["rb", "pekppp", "skm", "ombudsman", "sakip"] as const;
export type SchemeId = (typeof SCHEMES)[number];

/** Every published rubric shipped with the package. */
export const BUILTIN_RUBRICS: ReadonlyArray<RubricDefinition> = [
  ...pekppp.RUBRICS,
  ...skm.RUBRICS,
  ...ombudsman.RUBRICS,
  ...rb.RUBRICS,
  ...sakip.RUBRICS,
];

export const NO_ASSESSMENT: ReadonlyArray<NoAssessment> = [
  ...pekppp.NO_ASSESSMENT_YEARS,
  ...skm.NO_ASSESSMENT_YEARS,
  ...ombudsman.NO_ASSESSMENT_YEARS,
  ...rb.NO_ASSESSMENT_YEARS,
  ...sakip.NO_ASSESSMENT_YEARS,
];
