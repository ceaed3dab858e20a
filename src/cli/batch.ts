/**
 * `kinerja score <rubric> --batch <file.csv|file.ndjson|->`: one unit per line (NDJSON) or per row (CSV), results
 * out in the same format, line by line: the file is streamed (node:readline on a read stream, which pauses the file
 * while lines wait), so memory stays bounded however long the file is. A unit that fails gives an error record and
 * the batch goes on; the exit code is 2 if any failed.
 */
import { closeSync, createReadStream, fstatSync, openSync } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { type ErrorPath, formatPath } from "../core/errors.js";
import { isKinerjaError, KinerjaError, listIndicators, score } from "../index.js";
import type { Rubric, ScoreInput, ScoreResult } from "../model/types.js";
import { answersFromCsvRow, checkHeader, createCsvReader, csvLine, UNIT_COLUMNS } from "../tabular/csv.js";
import { type CliIo, readProblem, resolvePath, write } from "./io.js";
import { readJson } from "./json.js";
import { progressBar } from "./progress.js";

export type BatchFormat = "csv" | "ndjson";

export interface BatchOptions {
  /** From --format; otherwise from the file's extension (standard input: ndjson). */
  readonly format?: string;
  /** CSV only: the columns are the published points of the top-level components, not answers. */
  readonly points: boolean;
  readonly progress: "on" | "off" | "auto";
}

/** The columns of CSV output. */
export const CSV_OUTPUT_COLUMNS = ["unit", "value", "exact", "predicate", "confirmed", "error"] as const;

/** An error as a batch record shows it: code, path, rule and message. */
export interface ErrorRecord {
  readonly code: string;
  readonly path: ErrorPath;
  readonly rule: string;
  readonly message: string;
}

const errorRecord = (e: KinerjaError): ErrorRecord => ({
  code: e.code,
  path: e.path,
  rule: e.rule,
  message: e.message,
});

/** The error in one CSV cell: "ANSWER_OUT_OF_SCALE: <message> (path: answers["1.a.Ak"]; rule: <rule>)". */
export const errorCell = (e: KinerjaError): string =>
  `${e.code}: ${e.message} (path: ${formatPath(e.path)}; rule: ${e.rule})`;

function formatOf(file: string, given: string | undefined): BatchFormat {
  if (given !== undefined) {
    if (given === "csv" || given === "ndjson") return given;
    throw new KinerjaError("INVALID_INPUT", `--format must be csv or ndjson, not "${given}"`, {
      path: ["--format"],
      rule: "csv or ndjson",
    });
  }
  if (file === "-") return "ndjson";
  const lower = file.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  throw new KinerjaError(
    "INVALID_INPUT",
    `cannot tell the format of ${file}: name it .csv or .ndjson, or pass --format`,
    {
      path: ["--format"],
      rule: "a .csv, .ndjson or .jsonl file, or --format csv|ndjson",
    },
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The unit name carried by an NDJSON line (`unit` or `id`), removed from the score input. */
function splitUnit(value: unknown, line: number): { unit?: string | number; input: unknown } {
  if (!isRecord(value))
    throw new KinerjaError("INVALID_INPUT", `line ${line} is not a JSON object`, {
      path: [],
      rule: 'one score input per line: { "answers": { … } } or { "points": { … } }',
    });
  const keys = UNIT_COLUMNS.filter((k) => k in value);
  if (keys.length === 0) return { input: value };
  if (keys.length > 1)
    throw new KinerjaError("INVALID_INPUT", `line ${line} has both "unit" and "id"`, {
      path: ["id"],
      rule: "at most one of unit and id",
    });
  const key = keys[0] as string;
  const unit = value[key];
  if (typeof unit !== "string" && typeof unit !== "number")
    throw new KinerjaError("INVALID_INPUT", `line ${line}: ${key} must be text or a number`, {
      path: [key],
      rule: "a unit name (text or a number)",
    });
  const { [key]: _, ...input } = value;
  return { unit, input };
}

/** The columns a CSV file must have: every indicator (or, with --points, every top-level component). */
function expectedColumns(rubric: Rubric, points: boolean): string[] {
  return points ? rubric.nodes.map((n) => n.code) : listIndicators(rubric).map((i) => i.code);
}

function checkCsvHeader(rubric: Rubric, header: string[], points: boolean): void {
  try {
    checkHeader(header);
  } catch (e) {
    if (isKinerjaError(e))
      throw new KinerjaError(e.code, `CSV header (line 1): ${e.message}`, {
        path: e.path,
        rule: e.rule,
        details: e.details,
      });
    throw e;
  }
  const expected = expectedColumns(rubric, points);
  const known = new Set(expected);
  const what = points ? "a top-level component" : "an indicator";
  header.forEach((column, i) => {
    if (!UNIT_COLUMNS.includes(column.toLowerCase()) && !known.has(column))
      throw new KinerjaError(
        "UNKNOWN_INDICATOR",
        `CSV header (line 1): column "${column}" is not ${what} of ${rubric.id} (\`kinerja schema ${rubric.id}\` lists the codes)`,
        { path: ["header", i], rule: `every column is ${what} code, or unit/id` },
      );
  });
  const present = new Set(header);
  const missing = expected.filter((c) => !present.has(c));
  if (missing.length > 0)
    throw new KinerjaError(
      "MISSING_ANSWER",
      `CSV header (line 1): ${missing.length} column${missing.length === 1 ? " is" : "s are"} missing: ${missing.slice(0, 10).join(", ")}${missing.length > 10 ? ", …" : ""}`,
      {
        path: ["header"],
        rule: points ? "a column for every top-level component" : "a column for every indicator",
        details: { missing },
      },
    );
}

/** Runs a batch; returns the exit code (0, or 2 when any unit failed). */
export async function runBatch(io: CliIo, rubric: Rubric, file: string, options: BatchOptions): Promise<number> {
  const format = formatOf(file, options.format);
  if (options.points && format !== "csv")
    throw new KinerjaError(
      "INVALID_INPUT",
      '--points is for CSV files; an NDJSON line gives { "points": { … } } itself',
      {
        path: ["--points"],
        rule: "--points with a CSV file",
      },
    );
  let stream: Readable;
  let total: number | null = null;
  if (file === "-") stream = io.stdin;
  else {
    // Opened here, so that a missing or unreadable file is bad input now, not a stream error later.
    let fd: number;
    try {
      fd = openSync(resolvePath(io, file), "r");
    } catch (e) {
      throw readProblem(file, e);
    }
    const stat = fstatSync(fd);
    if (stat.isDirectory()) {
      closeSync(fd);
      throw readProblem(file, { code: "EISDIR" });
    }
    total = stat.size;
    stream = createReadStream("", { fd });
  }
  const bytesRead = () => (stream as Readable & { bytesRead?: number }).bytesRead ?? 0;
  const progress = progressBar(io.stderr, options.progress, total);
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });

  let lineNo = 0;
  let units = 0;
  let failed = 0;
  const score1 = (input: unknown): ScoreResult => score(rubric, input as ScoreInput);

  try {
    if (format === "ndjson") {
      for await (const line of lines) {
        lineNo++;
        if (line.trim() === "") continue;
        units++;
        let unit: string | number | undefined;
        let record: object;
        try {
          const split = splitUnit(readJson(line, `line ${lineNo}`), lineNo);
          unit = split.unit;
          const result = score1(split.input);
          record = unit === undefined ? { line: lineNo, result } : { line: lineNo, unit, result };
        } catch (e) {
          if (!isKinerjaError(e)) throw e;
          failed++;
          record =
            unit === undefined
              ? { line: lineNo, error: errorRecord(e) }
              : { line: lineNo, unit, error: errorRecord(e) };
        }
        await write(io.stdout, `${JSON.stringify(record)}\n`);
        progress.update(units, bytesRead(), failed);
      }
    } else {
      let header: string[] | null = null;
      let unitColumn = -1;
      let reader = createCsvReader();
      const emit = async (line: number, cells: ReadonlyArray<string>) => {
        await write(io.stdout, `${csvLine(cells)}\n`);
        progress.update(units, bytesRead(), failed);
        return line;
      };
      const unitRow = async (fields: string[], line: number) => {
        if (header === null) {
          header = fields;
          checkCsvHeader(rubric, header, options.points);
          unitColumn = header.findIndex((c) => UNIT_COLUMNS.includes(c.toLowerCase()));
          await write(io.stdout, `${csvLine(CSV_OUTPUT_COLUMNS)}\n`);
          return;
        }
        units++;
        const unitCell = unitColumn === -1 ? undefined : fields[unitColumn];
        const unit = unitCell ?? String(line);
        try {
          const row = answersFromCsvRow(header, fields);
          const result = score1(options.points ? { points: row.answers } : { answers: row.answers });
          await emit(line, [
            unit,
            result.value,
            result.exact,
            result.predicate?.code ?? "",
            String(result.confirmed),
            "",
          ]);
        } catch (e) {
          if (!isKinerjaError(e)) throw e;
          failed++;
          await emit(line, [unit, "", "", "", "", errorCell(e)]);
        }
      };
      const bad = async (e: unknown) => {
        if (!isKinerjaError(e) || header === null) throw e;
        units++;
        failed++;
        const line = typeof e.path[1] === "number" ? e.path[1] : lineNo;
        await emit(line, [String(line), "", "", "", "", errorCell(e)]);
      };
      for await (const line of lines) {
        lineNo++;
        let records: ReturnType<typeof reader.push>;
        try {
          records = reader.push(`${line}\n`);
        } catch (e) {
          // A malformed record: reported, and reading starts afresh on the next line.
          await bad(e);
          reader = createCsvReader({ firstLine: lineNo + 1 });
          continue;
        }
        for (const r of records) await unitRow(r.fields, r.line);
      }
      try {
        for (const r of reader.end()) await unitRow(r.fields, r.line);
      } catch (e) {
        await bad(e);
      }
      if (header === null)
        throw new KinerjaError(
          "INVALID_INPUT",
          `${file === "-" ? "standard input" : file} is empty: a CSV batch starts with a header row of indicator codes`,
          {
            path: ["header"],
            rule: "a header row of indicator codes (plus an optional unit or id column)",
          },
        );
    }
  } finally {
    lines.close();
    if (file !== "-") stream.destroy();
  }
  progress.done(units, failed);
  if (failed > 0) {
    io.stderr.write(`kinerja: ${failed} of ${units} unit${units === 1 ? "" : "s"} failed (see the error records)\n`);
    return 2;
  }
  return 0;
}
