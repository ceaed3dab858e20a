// Prints the plain closing line "N passed, N failed" from vitest's JSON report (written when CI is set).
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync("node_modules/.cache/vitest-report.json", "utf8"));
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed`);
if (report.numTotalTests === 0) {
  console.error("no test ran");
  process.exit(1);
}
