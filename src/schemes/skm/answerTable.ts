/**
 * The SKM questionnaire's own answer codes, read from a rubric's level labels ("a. Tidak sesuai" is value 1 of U1
 * in skm@2017.x): no letter, word or figure is written here. The rubric is one the caller has already checked (a
 * defined rubric, or kinerja/schema's own reading of a definition); the public functions, which check their rubric
 * argument, are in answerCodes.ts.
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

export interface Table {
  readonly options: ReadonlyMap<string, ReadonlyArray<SkmAnswerOption>>;
  /** element → folded code → value; a code two options share is left out (ambiguous). */
  readonly codes: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const tables = new WeakMap<object, Table>();

/** The table of a rubric already read (a frozen, defined rubric is tabled once), or undefined. */
export const tabled = (rubric: object): Table | undefined => tables.get(rubric);

/** The answer codes of a rubric (a valid definition: the caller has checked it). */
export function tableOf(rubric: RubricDefinition): Table {
  const hit = tables.get(rubric);
  if (hit) return hit;
  const options = new Map<string, ReadonlyArray<SkmAnswerOption>>();
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
        list.push(Object.freeze(option));
        add(printed, level.value);
        add(option.label, level.value);
        if (option.letter !== null) {
          add(option.letter, level.value);
          add(`${option.letter}.`, level.value);
        }
      }
      for (const k of ambiguous) map.delete(k);
      // Frozen: the same list is given to every caller of a tabled rubric.
      options.set(node.code, Object.freeze(list));
      codes.set(node.code, map);
    }
  };
  walk(rubric.nodes);
  const table = { options, codes };
  if (Object.isFrozen(rubric)) tables.set(rubric, table);
  return table;
}

/** The printed options of `element` of a checked rubric (see `skmAnswerOptions`). */
export const answerOptionsOf = (table: Table, element: string): ReadonlyArray<SkmAnswerOption> =>
  table.options.get(element) ?? [];

/** `answer` read back to its score on `element` of a checked rubric, or unchanged (see `skmAnswerValue`). */
export function answerValueOf(table: Table, element: string, answer: unknown): unknown {
  if (typeof answer !== "string" || answer === "") return answer;
  return table.codes.get(element)?.get(fold(answer)) ?? answer;
}
