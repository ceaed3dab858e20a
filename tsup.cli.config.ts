import { defineConfig } from "tsup";

// The `kinerja` command (package.json "bin"): one ESM file for Node, built after the library (`tsup && tsup --config
// tsup.cli.config.ts`). The library code it uses is bundled in; zod and decimal.js stay imports (dependencies).
export default defineConfig({
  entry: { cli: "src/cli/main.ts" },
  format: ["esm"],
  platform: "node",
  target: "node20",
  dts: false,
  clean: false,
  splitting: false,
  treeshake: true,
  sourcemap: false,
  banner: { js: "#!/usr/bin/env node" },
});
