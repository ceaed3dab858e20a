import { PEKPPP_2017_1 } from "../../data/pekppp/2017.1.js";
import { PEKPPP_2022_1 } from "../../data/pekppp/2022.1.js";
import { defineRubric } from "../../engine/defineRubric.js";
import type { RubricDefinition } from "../../model/types.js";
import type { NoAssessment } from "../../registry/noAssessment.js";

/** PEKPPP under PermenPAN-RB 29/2022: 6 aspects, 30 indicators, IPP 0–5 (assessments from 2022). */
export const pekppp2022: RubricDefinition<"pekppp@2022.1"> = /* @__PURE__ */ defineRubric(PEKPPP_2022_1);

/** The predecessor instrument of PermenPAN-RB 17/2017: 6 aspects, 37 indicators (assessments 2017–2021). Weights UNCONFIRMED. */
export const pekppp2017: RubricDefinition<"pekppp@2017.1"> = /* @__PURE__ */ defineRubric(PEKPPP_2017_1);

/** Every published pekppp rubric, defined (validated and frozen). */
export const RUBRICS: ReadonlyArray<RubricDefinition> = [pekppp2022, pekppp2017];

/** Years in which pekppp held no assessment. */
export const NO_ASSESSMENT_YEARS: ReadonlyArray<NoAssessment> = [];
