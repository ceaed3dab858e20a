/** The CLI's contact with the outside: streams, files, and writing with back-pressure. */
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Readable } from "node:stream";
import { KinerjaError } from "../core/errors.js";
import { readJson } from "./json.js";

/** A writable the CLI writes text to (process.stdout/stderr, or a test's collector). */
export interface Output {
  write(chunk: string): boolean;
  once(event: "drain", listener: () => void): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything a command may touch: injected so that tests can run commands in-process. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Output;
  readonly stderr: Output;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Writes text, waiting for the stream to drain when its buffer is full (so batch output never piles up). */
export async function write(out: Output, text: string): Promise<void> {
  if (!out.write(text)) await once(out as unknown as NodeJS.EventEmitter, "drain");
}

/** A path as the user gave it, resolved against the working directory. */
export const resolvePath = (io: CliIo, file: string): string => resolve(io.cwd, file);

/** Why a file could not be read, in words. */
function readProblem(file: string, e: unknown): KinerjaError {
  const code = (e as { code?: string }).code;
  const why =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a directory"
        : code === "EACCES"
          ? "permission denied"
          : (e as Error).message;
  return new KinerjaError("INVALID_INPUT", `cannot read ${file}: ${why}`, {
    path: [],
    rule: "a readable file, or - for standard input",
    details: { file },
  });
}

/** All of standard input as text (for one JSON document; batch mode streams instead). */
async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

/** The text of a file, or of standard input for "-". */
export async function readText(io: CliIo, file: string): Promise<string> {
  if (file === "-") return readAll(io.stdin);
  try {
    return readFileSync(resolvePath(io, file), "utf8");
  } catch (e) {
    throw readProblem(file, e);
  }
}

/** One JSON document from a file or standard input ("-"), read exactly (see json.ts). */
export async function readJsonInput(io: CliIo, file: string): Promise<unknown> {
  const text = await readText(io, file);
  return readJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file === "-" ? "standard input" : file);
}

export { readProblem };
