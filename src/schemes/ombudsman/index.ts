/**
 * `kinerja/ombudsman`: the ombudsman rubrics and their scheme-specific helpers.
 * @module
 */
export { RUBRICS } from "./rubrics.js";
