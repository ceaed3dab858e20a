/** A progress bar on stderr for long batch files: only on a terminal, redrawn at most ten times a second. */
import type { Output } from "./io.js";

/** Files at least this large get a bar by default (smaller ones finish before a bar helps). */
export const LONG_FILE_BYTES = 256 * 1024;
/** Standard input (size unknown) gets a line counter once it has run this many lines. */
export const LONG_STDIN_LINES = 10_000;

export interface Progress {
  update(lines: number, bytes: number, failed: number): void;
  done(lines: number, failed: number): void;
}

const silent: Progress = { update() {}, done() {} };

/** "12,345" */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * A bar when `mode` is "on", or when it is "auto", stderr is a terminal and the input is long; otherwise nothing.
 * `total` is the file's size in bytes (null for standard input: a counter instead of a bar).
 */
export function progressBar(
  stderr: Output,
  mode: "on" | "off" | "auto",
  total: number | null,
  now: () => number = Date.now,
): Progress {
  if (mode === "off" || (mode === "auto" && !stderr.isTTY)) return silent;
  const always = mode === "on";
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  const draw = (lines: number, bytes: number, failed: number) => {
    const tail = `${grouped(lines)} ${lines === 1 ? "unit" : "units"}${failed > 0 ? `, ${grouped(failed)} failed` : ""}`;
    if (total !== null && total > 0) {
      const ratio = Math.min(1, bytes / total); // not-a-score: share of the file read
      const width = 30;
      const filled = Math.floor(ratio * width); // not-a-score: bar cells
      const percent = Math.floor(ratio * 100); // not-a-score: percent of the file read
      stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(percent).padStart(3)}%  ${tail}`);
    } else stderr.write(`\r${tail}`);
    shown = true;
  };
  return {
    update(lines, bytes, failed) {
      if (!always && (total === null ? lines < LONG_STDIN_LINES : total < LONG_FILE_BYTES)) return;
      const t = now();
      if (t - last < 100) return;
      last = t;
      draw(lines, bytes, failed);
    },
    done(lines, failed) {
      if (!shown && !always) return;
      draw(lines, total ?? 0, failed);
      stderr.write("\n");
    },
  };
}
