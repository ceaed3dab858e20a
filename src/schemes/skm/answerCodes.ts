/**
 * The SKM questionnaire's own answer codes. A respondent ticks option a–d of each element, and data-entry sheets
 * often keep that letter ("c") or the printed words ("Sangat baik") instead of the score 1–4. This module reads
 * both back to the score, from the rubric's own level labels ("a. Tidak sesuai" is value 1 of U1 in skm@2017.x):
 * no letter, word or figure is written here. The score is then checked on the rubric's `jawaban` scale like any
 * number, so a derived rubric with other options or another scale is read the same way.
 *
 * Imports model types only, so kinerja/schema can check respondent rows with the same reading.
 */
import type { RubricDefinition, RubricNode } from "../../model/types.js";

/** One printed option of a questionnaire element, from the rubric's level labels. */
export interface SkmAnswerOption {
  /** The option letter printed before the words ("a"), or null when the label has none. */
  readonly letter: string | null;
  /** The printed words without the letter ("Tidak sesuai"). */
  readonly label: string;
  /** The score the option stands for ("1"), as the rubric's level states it. */
  readonly value: string;
}

/** "a. Tidak sesuai" → letter "a", words "Tidak sesuai". */
const PRINTED = /^\s*([a-z])\s*[.)]\s+(.+?)\s*$/i;
/** A number as text: returned as it is, never read as a code (the scale reads it). */
const NUMBER_TEXT = /^\s*[-+]?\d/;

const fold = (text: string): string => text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

interface Table {
  readonly options: ReadonlyMap<string, ReadonlyArray<SkmAnswerOption>>;
  /** element → folded code → value; a code two options share is left out (ambiguous). */
  readonly codes: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const tables = new WeakMap<RubricDefinition, Table>();

function tableOf(rubric: RubricDefinition): Table {
  const hit = tables.get(rubric);
  if (hit) return hit;
  const options = new Map<string, SkmAnswerOption[]>();
  const codes = new Map<string, Map<string, string>>();
  const walk = (nodes: ReadonlyArray<RubricNode>): void => {
    for (const node of nodes) {
      if (node.children) {
        walk(node.children);
        continue;
      }
      const list: SkmAnswerOption[] = [];
      const map = new Map<string, string>();
      const ambiguous = new Set<string>();
      const add = (key: string, value: string) => {
        const k = fold(key);
        if (k === "" || NUMBER_TEXT.test(k)) return;
        const before = map.get(k);
        if (before !== undefined && before !== value) ambiguous.add(k);
        else map.set(k, value);
      };
      for (const level of node.levels ?? []) {
        const printed = level.label.id;
        const m = PRINTED.exec(printed);
        const option: SkmAnswerOption = m
          ? { letter: (m[1] as string).toLowerCase(), label: m[2] as string, value: level.value }
          : { letter: null, label: printed.trim(), value: level.value };
        list.push(option);
        add(printed, level.value);
        add(option.label, level.value);
        if (option.letter !== null) {
          add(option.letter, level.value);
          add(`${option.letter}.`, level.value);
        }
      }
      for (const k of ambiguous) map.delete(k);
      options.set(node.code, list);
      codes.set(node.code, map);
    }
  };
  walk(rubric.nodes);
  const table = { options, codes };
  if (Object.isFrozen(rubric)) tables.set(rubric, table);
  return table;
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
  return tableOf(rubric).options.get(element) ?? [];
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
  if (typeof answer !== "string" || answer === "") return answer;
  return tableOf(rubric).codes.get(element)?.get(fold(answer)) ?? answer;
}
