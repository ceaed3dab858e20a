/**
 * `kinerja/testing`: your own golden cases, checked in your CI against the
 * rubric you pinned. Plain functions with no test-framework dependency: call
 * them from vitest, jest, node:test or a script.
 *
 * @example
 * ```ts
 * import { runFixtures, formatFixtureReport } from "kinerja/testing";
 * const report = runFixtures("pekppp@2022.1", [
 *   { name: "Puskesmas A 2024", answers, expect: { value: "3.68", predicate: "B" } },
 * ]);
 * if (report.failed > 0) throw new Error(formatFixtureReport(report));
 * ```
 * @module kinerja/testing
 */
export {
  assertFixtures,
  type FixtureActual,
  type FixtureCase,
  type FixtureExpect,
  type FixtureOutcome,
  type FixtureReport,
  type FixtureUnit,
  formatFixtureReport,
  runFixtures,
} from "./runFixtures.js";
