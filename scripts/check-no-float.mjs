// Lint rule: no float arithmetic or float rounding in the library source.
// Score math goes through the decimal core (src/core/decimal.ts) or the
// proven-safe integer path (src/core/scaled.ts). A line that must use one of
// these for a non-score reason carries the comment `not-a-score:` with why.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const FORBIDDEN = [
  [/\bparseFloat\s*\(/, "parseFloat"],
  [/\bMath\.(round|floor|ceil|trunc|fround|pow)\s*\(/, "Math rounding/pow"],
  [/\bNumber\s*\(/, "Number(...) conversion"],
  [/\bNumber\.parseFloat\b/, "Number.parseFloat"],
  [/\.toPrecision\s*\(/, "Number#toPrecision"],
  [/\.toFixed\s*\(\s*\d/, "toFixed(n) (use roundToString from core/rounding)"],
];
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith(".ts")) files.push(path);
  }
};
walk("src");
let problems = 0;
for (const file of files) {
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (line.includes("not-a-score:") || /^\s*(\/\/|\*)/.test(line)) return;
      for (const [pattern, name] of FORBIDDEN)
        if (pattern.test(line)) {
          console.error(
            `${file}:${i + 1}: ${name} — score math must stay exact (mark non-score uses with "not-a-score:")`,
          );
          problems++;
        }
    });
}
if (problems > 0) process.exit(1);
console.log(`no-float check: ${files.length} files clean`);
