/**
 * `kinerja/schema`: zod schemas for every input (answers, domain models) and
 * for rubric definitions, with their inferred types.
 * @module
 */

export * from "./domain.js";
export { answersSchemaFor, answerValue, scoreInputSchema } from "./input.js";
export { decimalInput, decimalString, roundingRule, source, text, weightString } from "./primitives.js";
export { bandSchema, nodeSchema, rubricDefinitionSchema, scaleSchema } from "./rubric.js";
