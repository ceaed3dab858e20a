/**
 * `kinerja/skm`: the skm rubrics and their scheme-specific helpers.
 * @module
 */
export { RUBRICS } from "./rubrics.js";
