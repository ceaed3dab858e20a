// Prints the plain closing line "N passed, N failed" from vitest's JSON report.
// vitest writes that report only when CI is set (vitest.config.ts); without CI the
// test results are in the test step's own output, and this script says so and exits 0.
import { existsSync, readFileSync, statSync } from "node:fs";

const REPORT = "node_modules/.cache/vitest-report.json";

if (!existsSync(REPORT)) {
  if (process.env.CI) {
    console.error(`no vitest JSON report at ${REPORT}, although CI is set`);
    process.exit(1);
  }
  console.log(
    `test summary: no JSON report (vitest writes ${REPORT} only when CI is set); the test results are in the output above`,
  );
  process.exit(0);
}

const report = JSON.parse(readFileSync(REPORT, "utf8"));
// Outside CI the report may be left from an earlier CI run: say when it was written.
if (!process.env.CI) console.log(`(vitest report of ${statSync(REPORT).mtime.toISOString()})`);
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed`);
if (report.numTotalTests === 0) {
  console.error("no test ran");
  process.exit(1);
}
