/** Runs the CLI for tests: from source in a child process (as users run it), or in-process with captured streams. */
import { spawn } from "node:child_process";
import { Readable } from "node:stream";
import { run } from "../../src/cli/run.js";

export interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The command that runs the CLI from source, as the recipes' KINERJA_CLI. */
export const CLI_FROM_SOURCE = "node --import tsx src/cli/main.ts";

/** `node --import tsx src/cli/main.ts …args` in the repository root, with `input` on stdin. */
export function cli(args: ReadonlyArray<string>, input?: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      cwd: process.cwd(),
      env: { ...process.env, NO_COLOR: "1" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

/** A stream the in-process CLI writes to: collected text, optionally pretending to be a terminal. */
export class Collector {
  text = "";
  readonly isTTY: boolean;
  readonly columns = 100;
  constructor(tty = false) {
    this.isTTY = tty;
  }
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
  once(_event: "drain", listener: () => void): this {
    listener();
    return this;
  }
}

/** `run(args)` in this process, with `stdin` (text or a stream) and captured stdout/stderr. */
export async function runIn(
  args: ReadonlyArray<string>,
  options: { stdin?: string | Readable; tty?: boolean } = {},
): Promise<Outcome> {
  const stdout = new Collector();
  const stderr = new Collector(options.tty ?? false);
  const stdin =
    typeof options.stdin === "string" || options.stdin === undefined
      ? Readable.from([options.stdin ?? ""])
      : options.stdin;
  const code = await run(args, { stdin, stdout, stderr, cwd: process.cwd(), env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
