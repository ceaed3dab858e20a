/**
 * `kinerja/pekppp`: the pekppp rubrics and their scheme-specific helpers.
 * @module
 */
export { RUBRICS } from "./rubrics.js";
