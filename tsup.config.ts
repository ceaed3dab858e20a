import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

// The entry points come from entries.json, the one list (see scripts/sync-entries.mjs).
const { entries } = JSON.parse(readFileSync("entries.json", "utf8")) as {
  entries: Array<{ name: string; source: string }>;
};

export default defineConfig({
  entry: Object.fromEntries(entries.map((e) => [e.name, e.source])),
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: "es2022",
  platform: "neutral",
});
