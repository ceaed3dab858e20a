import { frozen } from "../../data/freeze.js";
import { PEKPPP_2017_1 } from "../../data/pekppp/2017.1.js";
import { PEKPPP_2017_2 } from "../../data/pekppp/2017.2.js";
import { PEKPPP_2022_1 } from "../../data/pekppp/2022.1.js";
import { PEKPPP_2022_2 } from "../../data/pekppp/2022.2.js";
import { defineBuiltin } from "../../engine/defineBuiltin.js";
import type { NoAssessment } from "../../model/types.js";

/** PEKPPP under PermenPAN-RB 29/2022 (`pekppp@2022.1`): 6 aspects, 30 indicators, IPP 0–5. Superseded by pekppp2022v2. */
export const pekppp2022 = /* @__PURE__ */ defineBuiltin(PEKPPP_2022_1);

/** `pekppp@2022.2`: the same figures as 2022.1; bands and aspect II–VI weights marked CODE-ONLY (unconfirmed). Assessments from 2022. */
export const pekppp2022v2 = /* @__PURE__ */ defineBuiltin(PEKPPP_2022_2);

/** The predecessor instrument of PermenPAN-RB 17/2017 (`pekppp@2017.1`): 6 aspects, 37 indicators. Superseded by pekppp2017v2. */
export const pekppp2017 = /* @__PURE__ */ defineBuiltin(PEKPPP_2017_1);

/** `pekppp@2017.2`: the same figures as 2017.1; bands marked CODE-ONLY (unconfirmed). Assessments 2017–2021. */
export const pekppp2017v2 = /* @__PURE__ */ defineBuiltin(PEKPPP_2017_2);

/** Every published pekppp rubric (frozen; content locked in rubrics.lock.json). */
export const RUBRICS = /* @__PURE__ */ frozen([pekppp2022v2, pekppp2022, pekppp2017v2, pekppp2017] as const);

/** Years in which pekppp held no assessment. */
export const NO_ASSESSMENT_YEARS: ReadonlyArray<NoAssessment> = /* @__PURE__ */ frozen([]);
