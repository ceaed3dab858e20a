import type { NoAssessment, RubricDefinition } from "../model/types.js";
import * as ombudsman from "../schemes/ombudsman/rubrics.js";
import * as pekppp from "../schemes/pekppp/rubrics.js";
import * as rb from "../schemes/rb/rubrics.js";
import * as sakip from "../schemes/sakip/rubrics.js";
import * as skm from "../schemes/skm/rubrics.js";

export type { SchemeId } from "../model/ids.js";
export type { NoAssessment } from "../model/types.js";

/** Scheme ids used across the project. */
export const SCHEMES = Object.freeze(["rb", "pekppp", "skm", "ombudsman", "sakip"] as const);

const ALL = Object.freeze([
  ...pekppp.RUBRICS,
  ...skm.RUBRICS,
  ...ombudsman.RUBRICS,
  ...rb.RUBRICS,
  ...sakip.RUBRICS,
] as const);

/** Every published rubric shipped with the package (for the root API's id lookup). */
export const BUILTIN_RUBRICS: ReadonlyArray<RubricDefinition> = ALL;

/** A built-in rubric's precise type by id (its literal data: indicator codes, labels). */
export type BuiltinRubrics = { readonly [R in (typeof ALL)[number] as R["id"]]: R };

export const NO_ASSESSMENT: ReadonlyArray<NoAssessment> = Object.freeze([
  ...pekppp.NO_ASSESSMENT_YEARS,
  ...skm.NO_ASSESSMENT_YEARS,
  ...ombudsman.NO_ASSESSMENT_YEARS,
  ...rb.NO_ASSESSMENT_YEARS,
  ...sakip.NO_ASSESSMENT_YEARS,
]);
