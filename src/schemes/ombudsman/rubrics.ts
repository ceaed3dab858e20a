import { ombudsman2013Definition } from "../../data/ombudsman/ombudsman2013.js";
import { ombudsman2015Definition } from "../../data/ombudsman/ombudsman2015.js";
import { ombudsman2016Definition } from "../../data/ombudsman/ombudsman2016.js";
import { ombudsman2021Definition } from "../../data/ombudsman/ombudsman2021.js";
import { ombudsman2022Definition } from "../../data/ombudsman/ombudsman2022.js";
import { ombudsman2023Definition } from "../../data/ombudsman/ombudsman2023.js";
import { ombudsman2024Definition } from "../../data/ombudsman/ombudsman2024.js";
import { ombudsman2025Definition } from "../../data/ombudsman/ombudsman2025.js";
import { DETIK_JATIM_2021 } from "../../data/ombudsman/sources.js";
import { defineRubric } from "../../engine/defineRubric.js";
import type { RubricDefinition } from "../../model/types.js";
import type { NoAssessment } from "../../registry/noAssessment.js";

/** 2013–2014 research on compliance with UU 25/2009 (zones UNCONFIRMED; input: the published score). */
export const OMBUDSMAN_2013 = /* @__PURE__ */ defineRubric(ombudsman2013Definition);
/** 2015, Peraturan Ombudsman 17/2015 (zones UNCONFIRMED; input: the published score). */
export const OMBUDSMAN_2015 = /* @__PURE__ */ defineRubric(ombudsman2015Definition);
/** 2016–2019, Peraturan Ombudsman 22/2016 (zones UNCONFIRMED; input: the published score). */
export const OMBUDSMAN_2016 = /* @__PURE__ */ defineRubric(ombudsman2016Definition);
/** 2021: Zona Hijau ≥ 81.00, Kuning ≥ 51.00, Merah below (input: the published score; no instansi rule). */
export const OMBUDSMAN_2021 = /* @__PURE__ */ defineRubric(ombudsman2021Definition);
/** 2022: four dimensions (weights UNCONFIRMED for 2022), categories A–E, mean of units. */
export const OMBUDSMAN_2022 = /* @__PURE__ */ defineRubric(ombudsman2022Definition);
/** 2023: four dimensions (weights CONFIRMED), categories A–E, mean of units, caller-given deduction. */
export const OMBUDSMAN_2023 = /* @__PURE__ */ defineRubric(ombudsman2023Definition);
/** 2024: four dimensions (weights UNCONFIRMED for 2024), categories A–E (CONFIRMED), mean of units, deduction. */
export const OMBUDSMAN_2024 = /* @__PURE__ */ defineRubric(ombudsman2024Definition);
/** 2025→ Opini Ombudsman (Peraturan Ombudsman 61/2025): dimensions 70 % + public trust 30 %; no known bands. */
export const OMBUDSMAN_2025 = /* @__PURE__ */ defineRubric(ombudsman2025Definition);

/** Every published ombudsman rubric, defined (validated and frozen). */
export const RUBRICS: ReadonlyArray<RubricDefinition> = [
  OMBUDSMAN_2013,
  OMBUDSMAN_2015,
  OMBUDSMAN_2016,
  OMBUDSMAN_2021,
  OMBUDSMAN_2022,
  OMBUDSMAN_2023,
  OMBUDSMAN_2024,
  OMBUDSMAN_2025,
];

/** Years in which ombudsman held no assessment. */
export const NO_ASSESSMENT_YEARS: ReadonlyArray<NoAssessment> = [
  {
    scheme: "ombudsman",
    year: 2020,
    reason:
      "Ombudsman RI held no compliance assessment in 2020 (“2020 tidak ada penilaian”); the old method ended with 2019 and the next assessment was 2021",
    source: DETIK_JATIM_2021,
  },
];
