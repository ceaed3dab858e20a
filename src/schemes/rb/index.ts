/**
 * `kinerja/rb`: the Indeks Reformasi Birokrasi (RB index) rubrics, one per
 * version of the evaluation guideline. Score them with `score()`; every
 * figure carries its source and results say whether all of them are confirmed.
 *
 * - `rb2014` (`rb@2014.1`, PermenPAN-RB 14/2014, index years 2014–2017) and
 *   `rb2018` (`rb@2018.1`, the 30/2018 + 8/2019 amendments, 2018–2019): the PMPRB
 *   worksheet, 146 questions (Ya/Tidak, A/B/C, A/B/C/D, A–E) in eight areas
 *   (Pengungkit 60) and five Hasil inputs (40); index 0–100.
 * - `rb2020` (`rb@2020.1`, 26/2020, 2020–2022): Pemenuhan 20 (exact rescaling of
 *   the old weights) + Hasil Antara 10 + Reform 30 + Hasil 40, with the splits no
 *   source gives as required parameters.
 * - `rb2023` (`rb@2023.1`, 9/2023, 2023 on): RB General 100 + RB Tematik 20, index
 *   0–120; score a published result with `points`.
 * - `RB_PREDICATE_CODES`: the predicate codes AA … D, best first.
 * @module kinerja/rb
 */

import { frozen } from "../../data/freeze.js";

export { NO_ASSESSMENT_YEARS, RUBRICS, rb2014, rb2018, rb2020, rb2023 } from "./rubrics.js";

/** The RB predicates from best to worst (each rubric carries its own bands and sources). */
export const RB_PREDICATE_CODES = /* @__PURE__ */ frozen(["AA", "A", "BB", "B", "CC", "C", "D"] as const);
