import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Property tests run hundreds of cases: on a busy 2-core machine 5 s is too tight; a hung test still fails.
    testTimeout: 30_000,
    // In CI, also write a JSON report so .ci/run can print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: process.env.CI ? { json: "node_modules/.cache/vitest-report.json" } : undefined,
  },
});
