/**
 * Writes schemas/<rubric-id>.input.schema.json for every built-in rubric: the JSON Schema of its input
 * (`z.toJSONSchema(answersSchemaFor(rubric), { io: "input" })`, exactly what `kinerja schema <id>` prints),
 * and removes files of rubrics no longer shipped. `--check` writes nothing and fails when a file is stale.
 *
 *   npx tsx scripts/gen-schemas.ts           # regenerate
 *   npx tsx scripts/gen-schemas.ts --check   # CI: exit 1 if schemas/ is not what this would write
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { inputJsonSchema } from "../src/cli/jsonSchema.js";
import { getRubric, listRubrics } from "../src/index.js";

export const SCHEMA_DIR = "schemas";
export const SUFFIX = ".input.schema.json";

/** File name → content, for every built-in rubric. */
export function generateSchemas(): Map<string, string> {
  return new Map(listRubrics().map((r) => [`${r.id}${SUFFIX}`, inputJsonSchema(getRubric(r.id))]));
}

/** The differences between schemas/ (under `root`) and a fresh generation: stale, missing and extra files. */
export function staleSchemas(root = "."): string[] {
  const dir = join(root, SCHEMA_DIR);
  const fresh = generateSchemas();
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(SUFFIX)) : [];
  const problems: string[] = [];
  for (const [file, content] of fresh) {
    const path = join(dir, file);
    if (!existsSync(path)) problems.push(`${SCHEMA_DIR}/${file}: missing`);
    else if (readFileSync(path, "utf8") !== content) problems.push(`${SCHEMA_DIR}/${file}: stale`);
  }
  for (const file of present) if (!fresh.has(file)) problems.push(`${SCHEMA_DIR}/${file}: no such built-in rubric`);
  return problems;
}

function main(args: string[]): number {
  if (args.includes("--check")) {
    const problems = staleSchemas();
    for (const p of problems) console.error(p);
    if (problems.length > 0) {
      console.error("run: npx tsx scripts/gen-schemas.ts");
      return 1;
    }
    console.log(`${SCHEMA_DIR}/: ${generateSchemas().size} schemas up to date`);
    return 0;
  }
  mkdirSync(SCHEMA_DIR, { recursive: true });
  const fresh = generateSchemas();
  for (const file of readdirSync(SCHEMA_DIR))
    if (file.endsWith(SUFFIX) && !fresh.has(file)) rmSync(join(SCHEMA_DIR, file));
  for (const [file, content] of fresh) writeFileSync(join(SCHEMA_DIR, file), content);
  console.log(`${SCHEMA_DIR}/: ${fresh.size} schemas written`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = main(process.argv.slice(2));
