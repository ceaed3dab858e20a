/**
 * `kinerja/pekppp`: the PEKPPP rubrics (PermenPAN-RB 29/2022 and its predecessor
 * 17/2017) and their scheme-specific helpers.
 *
 * - `pekppp2022v2` (`pekppp@2022.2`), `pekppp2017v2` (`pekppp@2017.2`): the rubrics resolved for assessments; `pekppp2022`,
 *   `pekppp2017` (the `.1` ids they supersede) stay for teams that pinned them. Score them with `score()`.
 * - `improvementPriorities`: which indicators' next step up buys the most index points.
 * - `combineF03`: a unit's F-02 with its users' F-03, under an explicit rule (default F-02 only).
 * - `aggregateInstansi`: unit lokus → instansi, exact, F-03 optional.
 * - `scoreLegacyRounded2017`: the 17/2017 index with the printed rounded weights (legacy, unconfirmed).
 * @module kinerja/pekppp
 */

export { PEKPPP_PREDICATES } from "../../data/pekppp/predicates.js";
export {
  aggregateInstansi,
  type InstansiOptions,
  type InstansiResult,
  type InstansiUnit,
  type InstansiUnitEntry,
} from "./aggregateInstansi.js";
export {
  combineF03,
  type F02OnlyRule,
  F03_RULES,
  type F03Combination,
  type F03CombineInput,
  type F03Input,
  type F03Rule,
  type WeightedF03Rule,
} from "./combineF03.js";
export {
  type ImprovementOptions,
  type ImprovementPlan,
  type ImprovementStep,
  improvementPriorities,
} from "./improvementPriorities.js";
export { NO_ASSESSMENT_YEARS, pekppp2017, pekppp2017v2, pekppp2022, pekppp2022v2, RUBRICS } from "./rubrics.js";
export { type LegacyRounded2017Result, scoreLegacyRounded2017 } from "./scoreLegacyRounded2017.js";
