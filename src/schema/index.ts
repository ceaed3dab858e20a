/**
 * `kinerja/schema`: zod schemas for every input, and the rubric definition schema.
 * @module
 */
export { decimalInput, decimalString, roundingRule, source, text, weightString } from "./primitives.js";
export { bandSchema, nodeSchema, rubricDefinitionSchema, scaleSchema } from "./rubric.js";
