import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    engine: "src/engine.ts",
    schema: "src/schema/index.ts",
    pekppp: "src/schemes/pekppp/index.ts",
    skm: "src/schemes/skm/index.ts",
    ombudsman: "src/schemes/ombudsman/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: "es2022",
  platform: "neutral",
});
