/**
 * The `kinerja` executable (dist/cli.js; the `#!/usr/bin/env node` line is added by tsup.cli.config.ts).
 * Everything is in run.ts; this file only connects it to the process.
 */
import { run } from "./run.js";

// A reader that stops early (`kinerja … | head`) closes the pipe: stop quietly, not with a stack trace, and with
// exit code 1, since not all of the output was delivered.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(1);
    throw e;
  });

run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`kinerja: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
