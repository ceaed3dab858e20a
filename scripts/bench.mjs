#!/usr/bin/env node
/**
 * `npm run bench`: the benchmarks of bench/ run as the package runs for its users, bundled by esbuild (as tsup
 * bundles dist/), not through the tsx loader. tsx transforms each file with `keepNames`, which wraps every
 * function made at run time (a closure inside a hot function) in a naming call: that costs kinerja, whose hot
 * paths make more closures than the plain code beside it, up to a third of a national run.
 *
 *   node scripts/bench.mjs                      all: score.bench, national (with the per-call targets), memory
 *   node scripts/bench.mjs national --rounds=3  one of score | national | targets | memory, with its own arguments
 *
 * The bundles go to node_modules/.cache/kinerja-bench/ (made anew on every run; nothing is committed).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = fileURLToPath(new URL("../node_modules/.cache/kinerja-bench/", import.meta.url));
const BENCHES = {
  score: { file: "score.bench", node: [] },
  national: { file: "national", node: [] },
  targets: { file: "targets", node: [] },
  memory: { file: "aggregate-memory", node: ["--max-old-space-size=1024"] },
};

const [which = "all", ...args] = process.argv.slice(2);
if (which !== "all" && !(which in BENCHES)) {
  console.error(`bench: which benchmark? all, ${Object.keys(BENCHES).join(", ")} (not ${JSON.stringify(which)})`);
  process.exit(2);
}
mkdirSync(out, { recursive: true });
// national.ts runs targets.ts beside it as a child process: both are bundled every time.
await build({
  entryPoints: Object.values(BENCHES).map((b) => `${root}bench/${b.file}.ts`),
  outdir: out,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  format: "esm",
  platform: "node",
  target: "es2022", // as tsup.config.ts builds dist/
  logLevel: "warning",
});
for (const name of which === "all" ? ["score", "national", "memory"] : [which]) {
  const bench = BENCHES[name];
  const run = spawnSync(process.execPath, [...bench.node, `${out}${bench.file}.mjs`, ...args], { stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
