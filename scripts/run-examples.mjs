// Runs every examples/*.ts with tsx, then typechecks and runs every notebook in examples/notebooks/; fails if
// any fails. The notebooks import the package by its own name ("kinerja", "kinerja/ombudsman", …), which Node
// resolves to the built files through package.json "exports" (self-reference), so `npm run build` comes first.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

const run = (file) => {
  console.log(`\n--- ${file}`);
  execFileSync(process.execPath, ["--import", "tsx", file], { stdio: "inherit" });
};

const scripts = readdirSync("examples")
  .filter((f) => f.endsWith(".ts"))
  .sort()
  .map((f) => `examples/${f}`);
for (const file of scripts) run(file);

const notebooks = readdirSync("examples/notebooks")
  .filter((f) => f.endsWith(".ts"))
  .sort()
  .map((f) => `examples/notebooks/${f}`);
if (!existsSync("dist/index.js")) {
  console.error("\nThe notebooks import the built package (dist/): run `npm run build` first.");
  process.exit(1);
}
console.log("\n--- typecheck examples/notebooks (against the built types)");
execFileSync(
  process.execPath,
  ["node_modules/typescript/bin/tsc", "--noEmit", "-p", "examples/notebooks/tsconfig.json"],
  {
    stdio: "inherit",
  },
);
for (const file of notebooks) run(file);
console.log(`\n${scripts.length} examples and ${notebooks.length} notebooks ran.`);
