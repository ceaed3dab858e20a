#!/usr/bin/env node
/**
 * `npm run fuzz`: the long run of the fuzz harness (test/fuzz/harness.ts), then test/fuzz/RESULTS.md from its
 * counts (test/fuzz/write-results.ts). Plain Node, no shell: the same command on Linux, macOS and Windows.
 *
 *   npm run fuzz                      100 000 generated inputs per entry point, a random seed
 *   npm run fuzz -- 2000              another number of runs
 *   FUZZ_SEED=12345 npm run fuzz      a fixed seed (to replay a failure)
 *
 * The whole folder runs with one seed (printed, and recorded in RESULTS.md). When an entry point's property fails
 * (fast-check prints the counterexample and the seed to replay it), RESULTS.md is still written, with that entry
 * point under "Failed in this run" (hours of counts are not thrown away), and the command exits with vitest's code.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const given = process.argv[2] ?? process.env.FUZZ_RUNS ?? "100000";
const runs = Number.parseInt(given, 10);
if (!Number.isSafeInteger(runs) || runs < 1 || String(runs) !== given.trim()) {
  console.error(`fuzz: the number of runs must be a whole number ≥ 1, not ${JSON.stringify(given)}`);
  process.exit(2);
}
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const dir = mkdtempSync(join(tmpdir(), "kinerja-fuzz-"));
const report = join(dir, "fuzz.jsonl");
const vitestJson = join(dir, "vitest.json");
const failuresFile = join(dir, "failures.json");
const command = `npm run fuzz -- ${runs} (FUZZ_RUNS=${runs} FUZZ_SEED=${seed} vitest run test/fuzz)`;

console.log(`fuzz: ${runs} runs per entry point, seed ${seed}; counts in ${report}`);
const started = Date.now();
const vitest = spawnSync(
  process.execPath,
  [
    join(root, "node_modules", "vitest", "vitest.mjs"),
    "run",
    "test/fuzz",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestJson}`,
  ],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: seed, FUZZ_REPORT: report },
  },
);
const seconds = Math.round((Date.now() - started) / 1000);
const exit = vitest.status ?? 1;
console.log(`fuzz: vitest finished in ${seconds} s (exit ${vitest.status ?? vitest.signal})`);
if (!existsSync(report)) {
  console.error("fuzz: vitest wrote no counts; test/fuzz/RESULTS.md is unchanged.");
  process.exit(exit || 1);
}

/** The tests that failed, as write-results.ts lists them: [{ name, message }]. */
function failuresOf(file) {
  if (!existsSync(file)) return [{ name: "vitest", message: `exit ${vitest.status ?? vitest.signal}, no JSON report` }];
  const json = JSON.parse(readFileSync(file, "utf8"));
  const failed = (json.testResults ?? []).flatMap((t) =>
    (t.assertionResults ?? [])
      .filter((a) => a.status === "failed")
      .map((a) => ({
        name: a.title,
        message: String(a.failureMessages?.[0] ?? "failed")
          .split("\n")
          .slice(0, 6)
          .join(" "),
      })),
  );
  return failed.length > 0 ? failed : [{ name: "vitest", message: `exit ${exit}: see its output` }];
}
const failures = exit === 0 ? [] : failuresOf(vitestJson);
if (failures.length > 0) writeFileSync(failuresFile, JSON.stringify(failures));
const write = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    join(root, "test", "fuzz", "write-results.ts"),
    report,
    command,
    String(seconds),
    ...(failures.length > 0 ? [failuresFile] : []),
  ],
  { cwd: root, stdio: "inherit" },
);
rmSync(dir, { recursive: true, force: true });
if (exit !== 0) {
  console.error(
    `fuzz: ${failures.length} test(s) failed, listed in test/fuzz/RESULTS.md. Replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs}.`,
  );
  process.exit(exit);
}
process.exit(write.status ?? 1);
