import { frozen } from "../../data/freeze.js";
import { RB_2014_1 } from "../../data/rb/2014.1.js";
import { RB_2018_1 } from "../../data/rb/2018.1.js";
import { RB_2020_1 } from "../../data/rb/2020.1.js";
import { RB_2023_1 } from "../../data/rb/2023.1.js";
import { defineBuiltin } from "../../engine/defineBuiltin.js";
import type { NoAssessment } from "../../model/types.js";

/** Indeks RB under PermenPAN-RB 14/2014 (index years 2014–2017): Pengungkit 60 (146 questions) + Hasil 40. */
export const rb2014 = /* @__PURE__ */ defineBuiltin(RB_2014_1);

/** The same figures under 30/2018 and 8/2019 (index years 2018–2019), every figure UNCONFIRMED for them. */
export const rb2018 = /* @__PURE__ */ defineBuiltin(RB_2018_1);

/** Indeks RB under PermenPAN-RB 26/2020 (index years 2020–2022): Pemenuhan 20 + Hasil Antara 10 + Reform 30 + Hasil 40; 19 required parameters. */
export const rb2020 = /* @__PURE__ */ defineBuiltin(RB_2020_1);

/** Indeks RB under PermenPAN-RB 9/2023 (index years 2023 on): RB General 100 + RB Tematik 20, index 0–120. */
export const rb2023 = /* @__PURE__ */ defineBuiltin(RB_2023_1);

/** Every published rb rubric, frozen; content locked in rubrics.lock.json. */
export const RUBRICS = /* @__PURE__ */ frozen([rb2023, rb2020, rb2018, rb2014] as const);

/** Years in which rb held no assessment: none known (2014–2022 each had an index; 2023 on, 9/2023). */
export const NO_ASSESSMENT_YEARS: ReadonlyArray<NoAssessment> = /* @__PURE__ */ frozen([]);
