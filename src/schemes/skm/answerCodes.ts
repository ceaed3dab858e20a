/**
 * The SKM questionnaire's own answer codes. A respondent ticks option a–d of each element, and data-entry sheets
 * often keep that letter ("c") or the printed words ("Sangat baik") instead of the score 1–4. This module reads
 * both back to the score, from the rubric's own level labels ("a. Tidak sesuai" is value 1 of U1 in skm@2017.x):
 * no letter, word or figure is written here. The score is then checked on the rubric's `jawaban` scale like any
 * number, so a derived rubric with other options or another scale is read the same way.
 *
 * The rubric argument is checked as every scheme helper checks it (`rubricArg`): anything but a rubric is an
 * INVALID_INPUT at `rubric`, a definition that is no valid rubric an INVALID_RUBRIC under `rubric`. The reading
 * itself is in answerTable.ts (model types only, shared with kinerja/schema).
 */
import type { RubricDefinition } from "../../model/types.js";
import { rubricArg } from "../shared.js";
import { answerOptionsOf, answerValueOf, type SkmAnswerOption, type Table, tabled, tableOf } from "./answerTable.js";

export type { SkmAnswerOption } from "./answerTable.js";

/**
 * The answer codes of the rubric argument: a rubric read before is found at once (a defined rubric is tabled
 * once); anything else is checked with `rubricArg` first (a plain definition is defined into a frozen copy).
 */
function tableFor(rubric: unknown): Table {
  const hit = typeof rubric === "object" && rubric !== null ? tabled(rubric) : undefined;
  return hit ?? tableOf(rubricArg(rubric));
}

/**
 * The printed options of one questionnaire element, in the rubric's order: its letter, its words and the score it
 * stands for. Empty when the element has no level labels (a derived element may have none).
 *
 * @example
 * ```ts
 * import { skm2017v2, skmAnswerOptions } from "kinerja/skm";
 *
 * skmAnswerOptions(skm2017v2, "U8");
 * // [{ letter: "a", label: "Buruk", value: "1" }, … { letter: "d", label: "Sangat baik", value: "4" }]
 * ```
 */
export function skmAnswerOptions(rubric: RubricDefinition, element: string): ReadonlyArray<SkmAnswerOption> {
  return answerOptionsOf(tableFor(rubric), element);
}

/**
 * A respondent's answer as the questionnaire prints it, read back to its score: the option letter ("c", "C",
 * "c."), the printed words ("Sangat baik", any case and spacing) or the full printed label ("d. Sangat baik") of
 * `element` becomes the level's value ("4"). Anything else (a number, a number as text, a missing or unknown
 * answer) is returned unchanged, for the rubric's `jawaban` scale to accept or refuse with its usual error.
 *
 * @example
 * ```ts
 * import { skm2017v2, skmAnswerValue } from "kinerja/skm";
 *
 * skmAnswerValue(skm2017v2, "U8", "Sangat Baik"); // "4"
 * skmAnswerValue(skm2017v2, "U1", "b"); // "2"
 * skmAnswerValue(skm2017v2, "U1", 3); // 3 (unchanged)
 * skmAnswerValue(skm2017v2, "U1", "e"); // "e" (unchanged: the scale refuses it)
 * ```
 */
export function skmAnswerValue(rubric: RubricDefinition, element: string, answer: unknown): unknown {
  return answerValueOf(tableFor(rubric), element, answer);
}
