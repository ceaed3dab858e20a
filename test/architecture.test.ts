/**
 * Keeps docs/architecture.md true: every import in src/ runs down the house
 * (data and core at the ground floor, the engine above, thin public functions
 * and scheme helpers above that, entry points at the top), never up or sideways.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = "src";

/** The layer of a file, by its path under src/. */
function layerOf(file: string): string {
  const rel = relative(SRC, file).replaceAll("\\", "/");
  if (!rel.includes("/")) return rel === "version.ts" ? "core" : "entry";
  const [top, second] = rel.split("/") as [string, string];
  if (top === "schemes") return second.endsWith(".ts") ? "schemes-shared" : `scheme:${second}`;
  if (rel.endsWith("/index.ts") && ["schema", "capaian", "pinning", "testing", "svg", "tabular"].includes(top))
    return "entry";
  return top;
}

/** What each layer may import (besides itself). */
const ALLOWED: Record<string, ReadonlyArray<string>> = {
  core: [],
  data: ["model"],
  model: ["core", "data"],
  engine: ["core", "model", "data"],
  capaian: ["core", "model"],
  schema: ["core", "model", "data", "engine", "capaian"],
  registry: ["model", "data", "scheme-rubrics"],
  api: ["core", "model", "data", "engine", "registry"],
  "schemes-shared": ["core", "model", "engine-internal"],
  scheme: ["core", "model", "data", "engine-internal", "schemes-shared"],
  tabular: ["core", "model"],
  pinning: ["core", "model", "data", "engine", "api", "registry"],
  testing: ["core", "model", "engine", "api"],
  svg: ["core", "model", "engine", "api"],
  cli: ["*"],
  entry: ["*"],
};

/** Engine modules a scheme helper may use: the internal API and the rubric definers. */
const ENGINE_FOR_SCHEMES = ["internal.ts", "defineRubric.ts", "deriveRubric.ts", "defineBuiltin.ts"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function allowed(from: string, to: string): boolean {
  const a = layerOf(from);
  const b = layerOf(to);
  if (a === b) return true;
  const kind = a.startsWith("scheme:") ? "scheme" : a;
  const rules = ALLOWED[kind] ?? [];
  if (rules.includes("*")) return true;
  if (b === "engine" && (kind === "scheme" || kind === "schemes-shared"))
    return ENGINE_FOR_SCHEMES.includes(to.split(/[\\/]/).pop() as string);
  if (b.startsWith("scheme:"))
    return (
      (kind === "registry" && to.endsWith("rubrics.ts")) ||
      // kinerja/schema checks SKM respondent rows with the scheme's own reading of the answer codes (model types only).
      (kind === "schema" && to.replaceAll("\\", "/").endsWith("schemes/skm/answerTable.ts"))
    );
  return rules.includes(b);
}

describe("architecture: imports run down the house", () => {
  for (const file of files(SRC))
    it(relative(SRC, file), () => {
      const text = readFileSync(file, "utf8");
      const bad: string[] = [];
      for (const m of text.matchAll(/from "(\.[^"]+)"/g)) {
        const target = normalize(join(dirname(file), (m[1] as string).replace(/\.js$/, ".ts")));
        if (!allowed(file, target)) bad.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
      expect(bad).toEqual([]);
    });
});
