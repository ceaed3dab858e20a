/**
 * Valid sample arguments for the fuzzed entry points, built fresh on every call (the fuzzer changes them in
 * place). Rubrics come as ids, as frozen built-in objects, or as plain (editable) copies of a definition.
 */
import { getRubric, listIndicators, score } from "../../src/index.js";
import type { RubricDefinition } from "../../src/model/types.js";
import { group, leaf, tinyRubric } from "../support/tinyRubric.js";

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export const PEKPPP = "pekppp@2022.2";
const pekpppCodes = listIndicators(PEKPPP).map((i) => i.code);
/** The reference note's worked example (3.6848, B). */
const WORKED = [5, 4, 3, 4, 5, 4, 3, 2, 2, 4, 5, 3, 4, 5, 4, 3, 5, 2, 3, 4, 4, 3, 5, 4, 3, 4, 4, 3, 3, 2];
export const pekpppAnswers = (): Record<string, unknown> =>
  Object.fromEntries(pekpppCodes.map((c, i) => [c, i % 3 === 0 ? String(WORKED[i]) : WORKED[i]]));

export const SKM_CODES = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"];
export const skmAnswers = (): Record<string, unknown> =>
  Object.fromEntries(SKM_CODES.map((c, i) => [c, ["3.25", "3.5", 3, "2.75", "4", "3.1", "3", "3.33", "2.9"][i]]));

export const sakipWorksheet = (): Record<string, unknown> => ({
  "perencanaan.keberadaan": "A",
  "perencanaan.kualitas": "B",
  "perencanaan.pemanfaatan": "CC",
  "pengukuran.keberadaan": "BB",
  "pengukuran.kualitas": "B",
  "pengukuran.pemanfaatan": "C",
  "pelaporan.keberadaan": "A",
  "pelaporan.kualitas": "BB",
  "pelaporan.pemanfaatan": "B",
  "evaluasi.keberadaan": "BB",
  "evaluasi.kualitas": "B",
  "evaluasi.pemanfaatan": "CC",
});

/** A small editable definition (options, fractions, a decimal scale with normalisation). */
export const tinyDefinition = (): RubricDefinition =>
  clone(
    tinyRubric([
      group("P", "60", [leaf("p1", "30", "abcd"), leaf("p2", "30", "abcd")], { childWeightTotal: "60" }),
      group("H", "40", [leaf("h1", "40", "index04")], { childWeightTotal: "40" }),
    ]),
  );
export const tinyAnswers = (): Record<string, unknown> => ({ p1: "C", p2: "D", h1: "2" });

/** A rubric argument in one of its forms: an id, a frozen built-in, or an editable definition. */
export const rubricForms = (id: string): Array<() => unknown> => [
  () => id,
  () => getRubric(id as never),
  () => clone(getRubric(id as never)),
];

export const pekpppResult = () => clone(score(PEKPPP, { answers: pekpppAnswers() } as never));
export const ombudsmanValues = () => ["97.55", "97.02", 96.29, "95.22", "93.98", "93.63", "93.46"];
export const rbId = "rb@2018.1";
