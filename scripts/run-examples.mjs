// Runs every examples/*.ts with tsx; fails if any fails.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";

const files = readdirSync("examples")
  .filter((f) => f.endsWith(".ts"))
  .sort();
for (const file of files) {
  console.log(`\n--- examples/${file}`);
  execFileSync(process.execPath, ["--import", "tsx", `examples/${file}`], { stdio: "inherit" });
}
console.log(`\n${files.length} examples ran.`);
