import { frozen } from "../../data/freeze.js";
import { OMBUDSMAN_2013_1 } from "../../data/ombudsman/2013.1.js";
import { OMBUDSMAN_2013_2 } from "../../data/ombudsman/2013.2.js";
import { OMBUDSMAN_2015_1 } from "../../data/ombudsman/2015.1.js";
import { OMBUDSMAN_2015_2 } from "../../data/ombudsman/2015.2.js";
import { OMBUDSMAN_2016_1 } from "../../data/ombudsman/2016.1.js";
import { OMBUDSMAN_2016_2 } from "../../data/ombudsman/2016.2.js";
import { OMBUDSMAN_2021_1 } from "../../data/ombudsman/2021.1.js";
import { OMBUDSMAN_2021_2 } from "../../data/ombudsman/2021.2.js";
import { OMBUDSMAN_2022_1 } from "../../data/ombudsman/2022.1.js";
import { OMBUDSMAN_2022_2 } from "../../data/ombudsman/2022.2.js";
import { OMBUDSMAN_2023_1 } from "../../data/ombudsman/2023.1.js";
import { OMBUDSMAN_2023_2 } from "../../data/ombudsman/2023.2.js";
import { OMBUDSMAN_2024_1 } from "../../data/ombudsman/2024.1.js";
import { OMBUDSMAN_2024_2 } from "../../data/ombudsman/2024.2.js";
import { OMBUDSMAN_2025_1 } from "../../data/ombudsman/2025.1.js";
import { DETIK_JATIM_2021 } from "../../data/ombudsman/sources.js";
import { defineBuiltin } from "../../engine/defineBuiltin.js";
import type { NoAssessment } from "../../model/types.js";

/** 2013–2014 research on compliance with UU 25/2009 (zones UNCONFIRMED; input: the published score). */
export const ombudsman2013 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2013_1);
/** 2015, Peraturan Ombudsman 17/2015 (zones UNCONFIRMED; input: the published score). */
export const ombudsman2015 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2015_1);
/** 2016–2019, Peraturan Ombudsman 22/2016 (zones UNCONFIRMED; input: the published score). */
export const ombudsman2016 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2016_1);
/** 2021: Zona Hijau ≥ 81.00, Kuning ≥ 51.00, Merah below (input: the published score; no instansi rule). */
export const ombudsman2021 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2021_1);
/** 2022: four dimensions (weights UNCONFIRMED for 2022), categories A–E, mean of units. */
export const ombudsman2022 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2022_1);
/** 2023: four dimensions (weights CONFIRMED), categories A–E, mean of units, caller-given deduction. */
export const ombudsman2023 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2023_1);
/** 2024: four dimensions (weights UNCONFIRMED for 2024), categories A–E (CONFIRMED), mean of units, deduction. */
export const ombudsman2024 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2024_1);
/** 2025→ Opini Ombudsman (Peraturan Ombudsman 61/2025): dimensions 70 % + public trust 30 %; no known bands. */
export const ombudsman2025 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2025_1);

/** The corrected versions (issue #7 data review): the same figures, the UU 25/2009 reference linked to the law. */
export const ombudsman2013v2 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2013_2);
export const ombudsman2015v2 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2015_2);
export const ombudsman2016v2 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2016_2);
export const ombudsman2021v2 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2021_2);
export const ombudsman2022v2 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2022_2);
/** 2023 corrected: also the legal basis read as Peraturan Ombudsman 22/2016 (UNCONFIRMED). */
export const ombudsman2023v2 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2023_2);
export const ombudsman2024v2 = /* @__PURE__ */ defineBuiltin(OMBUDSMAN_2024_2);

/** @deprecated Use `ombudsman2013` (one naming convention for defined rubrics). */
export const OMBUDSMAN_2013 = ombudsman2013;
/** @deprecated Use `ombudsman2015`. */
export const OMBUDSMAN_2015 = ombudsman2015;
/** @deprecated Use `ombudsman2016`. */
export const OMBUDSMAN_2016 = ombudsman2016;
/** @deprecated Use `ombudsman2021`. */
export const OMBUDSMAN_2021 = ombudsman2021;
/** @deprecated Use `ombudsman2022`. */
export const OMBUDSMAN_2022 = ombudsman2022;
/** @deprecated Use `ombudsman2023`. */
export const OMBUDSMAN_2023 = ombudsman2023;
/** @deprecated Use `ombudsman2024`. */
export const OMBUDSMAN_2024 = ombudsman2024;
/** @deprecated Use `ombudsman2025`. */
export const OMBUDSMAN_2025 = ombudsman2025;

/** Every published ombudsman rubric (frozen; content locked in rubrics.lock.json). */
export const RUBRICS = /* @__PURE__ */ frozen([
  ombudsman2013v2,
  ombudsman2013,
  ombudsman2015v2,
  ombudsman2015,
  ombudsman2016v2,
  ombudsman2016,
  ombudsman2021v2,
  ombudsman2021,
  ombudsman2022v2,
  ombudsman2022,
  ombudsman2023v2,
  ombudsman2023,
  ombudsman2024v2,
  ombudsman2024,
  ombudsman2025,
] as const);

/** Years in which ombudsman held no assessment. */
export const NO_ASSESSMENT_YEARS: ReadonlyArray<NoAssessment> = /* @__PURE__ */ frozen([
  {
    scheme: "ombudsman",
    year: 2020,
    reason:
      "Ombudsman RI held no compliance assessment in 2020 (“2020 tidak ada penilaian”); the old method ended with 2019 and the next assessment was 2021",
    source: DETIK_JATIM_2021,
  },
]);
