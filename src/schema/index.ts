/**
 * `kinerja/schema`: zod schemas for every input (answers, domain models) and
 * for rubric definitions, with their inferred types.
 * @module kinerja/schema
 */

export * from "./domain.js";
export { answersSchemaFor, answerValue, scoreInputSchema } from "./input.js";
export {
  type Catalogue,
  type ErrorLike,
  formatError,
  formatIssue,
  type HintKey,
  type IssueLike,
  type IssueParams,
  type Lang,
  type MessageDetails,
  type MessageKey,
  messagesFor,
  type RuleSpec,
  type ValueWord,
} from "./messages.js";
export { decimalInput, decimalString, roundingRule, source, text, weightString } from "./primitives.js";
export {
  type RespondentsSchema,
  type RespondentsSchemaOptions,
  respondentsSchemaFor,
  type ValidRespondentRow,
} from "./respondents.js";
export { bandSchema, nodeSchema, rubricDefinitionSchema, scaleSchema } from "./rubric.js";
export {
  issuesOf,
  type Validation,
  type ValidationIssue,
  validateAnswers,
  validateRespondents,
  zodLocale,
} from "./validate.js";
