// Generates (or with --check, verifies) everything that lists the package's
// entry points from entries.json: package.json "exports", typedoc.json
// "entryPoints". tsup.config.ts and .size-limit.cjs read entries.json themselves.
import { readFileSync, writeFileSync } from "node:fs";

const check = process.argv.includes("--check");
const { entries } = JSON.parse(readFileSync("entries.json", "utf8"));
const problems = [];

function sync(file, next) {
  const text = `${JSON.stringify(next, null, 2)}\n`;
  const now = readFileSync(file, "utf8");
  if (now === text) return;
  if (check) problems.push(`${file} is out of date with entries.json: run \`node scripts/sync-entries.mjs\``);
  else writeFileSync(file, text);
}

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const exportsMap = {};
for (const e of entries)
  exportsMap[e.subpath] = {
    import: { types: `./dist/${e.name}.d.ts`, default: `./dist/${e.name}.js` },
    require: { types: `./dist/${e.name}.d.cts`, default: `./dist/${e.name}.cjs` },
  };
for (const [key, value] of Object.entries(pkg.exports ?? {}))
  if (!key.startsWith(".") || !entries.some((e) => e.subpath === key)) exportsMap[key] = value;
exportsMap["./package.json"] = "./package.json";
sync("package.json", { ...pkg, exports: exportsMap });

const typedoc = JSON.parse(readFileSync("typedoc.json", "utf8"));
sync("typedoc.json", { ...typedoc, entryPoints: entries.map((e) => e.source) });

// .size-limit.cjs reads entries.json itself.

// The version stamped on results (src/version.ts) is package.json's.
const versionFile = "src/version.ts";
const versionText = readFileSync(versionFile, "utf8").replace(/VERSION = "[^"]*"/, `VERSION = "${pkg.version}"`);
if (versionText !== readFileSync(versionFile, "utf8")) {
  if (check) problems.push(`${versionFile} does not say ${pkg.version}: run \`node scripts/sync-entries.mjs\``);
  else writeFileSync(versionFile, versionText);
}

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(check ? `entries OK: ${entries.length} entry points in sync` : `synced ${entries.length} entry points`);
