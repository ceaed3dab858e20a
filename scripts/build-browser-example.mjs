// Builds the browser bundle of the PEKPPP self-assessment example (examples/browser/):
// kinerja (src/index.ts) and kinerja/svg (src/svg/index.ts) as one classic script that
// defines `window.kinerja`, so the page also works opened straight from disk (file://).
// The bundle is generated, not committed: run `node scripts/build-browser-example.mjs`.
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
export const OUTFILE = fileURLToPath(new URL("../examples/browser/kinerja.browser.js", import.meta.url));

/** Bundles the package for the browser; returns the output path and its size in bytes. */
export async function buildBrowserExample() {
  await build({
    stdin: {
      contents: [
        'export * from "./src/index.ts";',
        'export { predicateBadge, profileChart, trendChart } from "./src/svg/index.ts";',
      ].join("\n"),
      resolveDir: root,
      sourcefile: "kinerja-browser-entry.ts",
      loader: "ts",
    },
    bundle: true,
    format: "iife",
    globalName: "kinerja",
    platform: "browser",
    // BigInt (exact rationals) needs ES2020; every current browser has it.
    target: "es2020",
    minify: true,
    legalComments: "eof",
    outfile: OUTFILE,
    logLevel: "warning",
  });
  return { outfile: OUTFILE, bytes: statSync(OUTFILE).size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { outfile, bytes } = await buildBrowserExample();
  console.log(`${outfile.slice(root.length)}: ${(bytes / 1024).toFixed(1)} kB`);
}
