/**
 * Pinning a rubric: verify a stored result next year, see what a new version
 * changes, and the content hashes results are stamped with. Re-exported from
 * the package root (`kinerja`).
 * @module
 */
export { type Change, type DiffOptions, diffRubrics, type RubricDiff } from "./diffRubrics.js";
export { lockedHash, RUBRIC_LOCK, rubricHash } from "./rubricHash.js";
export {
  type StoredAggregateInput,
  type StoredResult,
  type Verification,
  type VerifyOptions,
  verifyResult,
} from "./verifyResult.js";
