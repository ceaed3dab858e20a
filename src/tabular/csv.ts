/**
 * CSV for batch scoring, without a dependency: RFC 4180 fields (quoted with `"`, a quote inside written `""`,
 * commas and line breaks allowed inside quotes), read strictly so that a malformed file is refused with its line
 * instead of being guessed at. No I/O: text in, text out (the CLI feeds it a file line by line).
 */
import { cut, KinerjaError, showValue } from "../core/errors.js";
import { checkLimit } from "../core/limits.js";
import { snapshot } from "../core/plain.js";

/** One cell value for `toCsv`: text, a number, a boolean, or nothing (`null`/`undefined` → empty cell). */
export type CsvValue = string | number | boolean | null | undefined;

/** A row for `toCsv`: column name → value. */
export type CsvRow = Readonly<Record<string, CsvValue>>;

/** A complete record read by `createCsvReader`: its fields and the (1-based) line it starts on. */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

/**
 * An incremental RFC 4180 reader: `push` any piece of text (a chunk, or a line with its line break) and get the
 * records it completes; `end()` returns the last one and refuses an unterminated quote. A UTF-8 byte-order mark at
 * the very start is dropped. Lines that are completely empty are skipped (write `""` for a record of one empty field).
 * Line breaks may be `\n`, `\r\n` or `\r`; inside a quoted field they are kept as written.
 */
export interface CsvReader {
  push(text: string): CsvRecord[];
  end(): CsvRecord[];
}

const rfc = "RFC 4180 CSV";

function csvError(line: number, message: string, rule: string): KinerjaError {
  return new KinerjaError("INVALID_INPUT", `CSV line ${line}: ${message}`, { path: ["csv", line], rule });
}

/** A reader that takes text piece by piece (see `CsvReader`); `firstLine` numbers the first line (default 1). */
export function createCsvReader(options: { readonly firstLine?: number } = {}): CsvReader {
  let line = options.firstLine ?? 1; // the line the reader is on
  let recordLine = line; // where the current record started
  let fields: string[] = [];
  let field = "";
  /** "start": at a field's start; "plain": in an unquoted field; "quoted": inside quotes; "closed": after the closing quote. */
  let state: "start" | "plain" | "quoted" | "closed" = "start";
  let quoteSeen = false; // "quoted": the previous character was a quote (closing, or the first of "")
  let sawCR = false; // the previous character was a CR ending a record: a following LF belongs to it
  let quotedCR = false; // inside quotes, the previous character was a CR
  let first = true;
  let lineHasContent = false;

  const endField = () => {
    fields.push(field);
    field = "";
    state = "start";
  };
  const endRecord = (out: CsvRecord[]) => {
    if (!lineHasContent && fields.length === 0 && field === "") {
      // A completely empty line: skipped.
    } else {
      endField();
      out.push({ fields, line: recordLine });
    }
    fields = [];
    field = "";
    state = "start";
    lineHasContent = false;
  };

  const push = (text: string): CsvRecord[] => {
    const out: CsvRecord[] = [];
    let i = 0;
    if (first && text.length > 0) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    for (; i < text.length; i++) {
      const ch = text[i] as string;
      if (sawCR) {
        sawCR = false;
        if (ch === "\n") continue;
      }
      if (state === "quoted") {
        if (quoteSeen) {
          quoteSeen = false;
          if (ch === '"') {
            field += '"';
            continue;
          }
          state = "closed";
          // fall through: the character after a closing quote
        } else {
          if (ch === '"') quoteSeen = true;
          else {
            field += ch;
            // Line breaks inside quotes are kept as written; \r\n counts as one line.
            if (ch === "\r" || (ch === "\n" && !quotedCR)) line++;
          }
          quotedCR = ch === "\r";
          continue;
        }
      }
      if (ch === "\r" || ch === "\n") {
        endRecord(out);
        line++;
        recordLine = line;
        if (ch === "\r") sawCR = true;
        continue;
      }
      lineHasContent = true;
      if (state === "closed") {
        if (ch === ",") endField();
        else
          throw csvError(
            line,
            `unexpected ${JSON.stringify(ch)} after a closing quote`,
            `${rfc}: a quoted field ends at its closing quote`,
          );
        continue;
      }
      if (ch === ",") {
        endField();
        continue;
      }
      if (ch === '"') {
        if (state === "start") {
          state = "quoted";
          continue;
        }
        throw csvError(
          line,
          `a quote inside an unquoted field: ${field}${ch}`,
          `${rfc}: a field with a quote is quoted, its quotes doubled ("a ""b"" c")`,
        );
      }
      state = "plain";
      field += ch;
    }
    return out;
  };

  const end = (): CsvRecord[] => {
    if (state === "quoted" && !quoteSeen)
      throw csvError(recordLine, "a quoted field is never closed", `${rfc}: every opening quote is closed`);
    if (state === "quoted") state = "closed";
    const out: CsvRecord[] = [];
    endRecord(out);
    return out;
  };

  return { push, end };
}

/**
 * Reads CSV text into records (arrays of field texts), strictly by RFC 4180: quoted fields may hold commas,
 * quotes (doubled) and line breaks; a stray quote or an unterminated one throws a KinerjaError naming the line.
 * Completely empty lines are skipped; a leading byte-order mark is dropped. Fields are not trimmed.
 *
 * @example
 * ```ts
 * import { parseCsv } from "kinerja";
 *
 * const [header, row] = parseCsv('unit,1.a.Ak\n"Dinas ""A""",5\n');
 * header?.[1]; // "1.a.Ak"
 * row?.[0]; // 'Dinas "A"'
 * ```
 */
export function parseCsv(text: string): string[][] {
  if (typeof text !== "string")
    throw new KinerjaError("INVALID_INPUT", "parseCsv takes the CSV text as a string", {
      path: ["text"],
      rule: "CSV text",
    });
  const reader = createCsvReader();
  return [...reader.push(text), ...reader.end()].map((r) => r.fields);
}

/** One cell as CSV: quoted when it holds a comma, a quote, a line break or leading/trailing spaces. */
export function csvField(value: CsvValue, path: ReadonlyArray<string | number> = []): string {
  let text: string;
  if (value === null || value === undefined) return "";
  if (typeof value === "string") text = value;
  else if ((typeof value === "number" && Number.isFinite(value)) || typeof value === "boolean") text = String(value);
  else
    throw new KinerjaError(
      "INVALID_INPUT",
      `a CSV cell must be text, a number, a boolean or empty, not ${showValue(value)}`,
      {
        path,
        rule: "a string, finite number, boolean, null or undefined",
      },
    );
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record (no line break): the fields quoted as needed. */
export function csvLine(fields: ReadonlyArray<CsvValue>): string {
  return fields.map((f, i) => csvField(f, [i])).join(",");
}

export interface ToCsvOptions {
  /** The columns, in order; default: every key of the rows, in order of first appearance. */
  readonly columns?: ReadonlyArray<string>;
  /** The line break; default "\n" (RFC 4180 says "\r\n": pass it for tools that insist). */
  readonly newline?: "\n" | "\r\n";
}

/**
 * Writes rows (objects) as CSV text: a header row, then one record per row, every record ending with a line break.
 * Values are written as they are (numbers with `String`, `null`/`undefined` as empty cells); fields are quoted
 * as RFC 4180 requires.
 *
 * @example
 * ```ts
 * import { aggregate, toCsv, toRows } from "kinerja";
 *
 * const units = [
 *   { unit: "Disdukcapil", value: "95.20" },
 *   { unit: "Puskesmas Sukosari", value: "96.20" },
 * ];
 * const rows = toRows(aggregate("ombudsman@2023.2", units));
 * toCsv(rows, { columns: ["unit", "unitValue", "value"] }); // "unit,unitValue,value\nDisdukcapil,95.2,95.70\nPuskesmas Sukosari,96.2,95.70\n"
 * ```
 */
export function toCsv(given: ReadonlyArray<CsvRow>, optionsGiven: ToCsvOptions = {}): string {
  // Read once as plain data: own values only, no holes, getters or cycles.
  const rows = snapshot(given, ["rows"]);
  if (!Array.isArray(rows))
    throw new KinerjaError("INVALID_INPUT", "toCsv takes an array of row objects", {
      path: ["rows"],
      rule: "an array of objects",
    });
  checkLimit("units", rows.length, ["rows"]);
  const options = snapshot(optionsGiven, ["options"]);
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new KinerjaError("INVALID_INPUT", "toCsv options must be an object { columns?, newline? }", {
      path: ["options"],
      rule: "an options object",
    });
  const newline = options.newline ?? "\n";
  if (newline !== "\n" && newline !== "\r\n")
    throw new KinerjaError("INVALID_INPUT", `options.newline must be "\\n" or "\\r\\n", not ${showValue(newline)}`, {
      path: ["options", "newline"],
      rule: '"\\n" or "\\r\\n"',
    });
  let columns: ReadonlyArray<string>;
  if (options.columns !== undefined) {
    if (!Array.isArray(options.columns) || options.columns.some((c) => typeof c !== "string"))
      throw new KinerjaError("INVALID_INPUT", "options.columns must be an array of column names", {
        path: ["options", "columns"],
        rule: "an array of texts",
      });
    columns = options.columns;
  } else {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      if (typeof row !== "object" || row === null || Array.isArray(row))
        throw new KinerjaError("INVALID_INPUT", `rows[${i}] is not an object`, {
          path: ["rows", i],
          rule: "an array of objects",
        });
      for (const key of Object.keys(row)) seen.add(key);
    });
    columns = [...seen];
  }
  let out = csvLine(columns) + newline;
  rows.forEach((row, i) => {
    if (typeof row !== "object" || row === null || Array.isArray(row))
      throw new KinerjaError("INVALID_INPUT", `rows[${i}] is not an object`, {
        path: ["rows", i],
        rule: "an array of objects",
      });
    out += columns.map((c) => csvField(Object.hasOwn(row, c) ? row[c] : undefined, ["rows", i, c])).join(",") + newline;
  });
  return out;
}

/** Column names that name the unit instead of an indicator (case-insensitive). */
export const UNIT_COLUMNS: ReadonlyArray<string> = ["unit", "id"];

/**
 * One CSV row of answers: the header row holds indicator codes (plus at most one `unit` or `id` column, any case),
 * each row one unit. Empty cells are left out (so `score` reports them missing, or counts them zero where the
 * rubric allows `missing: "zero"`); every other cell is passed as text, exactly as written (`score` reads
 * "4", "4.50" or an option code such as "B"; it refuses "4,5" or " 4").
 *
 * @example
 * ```ts
 * import { answersFromCsvRow, parseCsv, score } from "kinerja";
 *
 * const [header = [], ...rows] = parseCsv("unit,input,proses,output,pengaduan\nDisdukcapil,80,90,70,60\n");
 * for (const row of rows) {
 *   const unit = answersFromCsvRow(header, row);
 *   unit.unit; // "Disdukcapil"
 *   score("ombudsman@2024.2", { answers: unit.answers }).value; // "76.51"
 * }
 * ```
 */
export function answersFromCsvRow(
  headerGiven: ReadonlyArray<string>,
  rowGiven: ReadonlyArray<string>,
): { unit?: string; answers: Record<string, string> } {
  const header = snapshot(headerGiven, ["header"]);
  const row = snapshot(rowGiven, ["row"]);
  if (!Array.isArray(header) || !Array.isArray(row))
    throw new KinerjaError("INVALID_INPUT", "answersFromCsvRow takes the header and the row as arrays of text", {
      path: [],
      rule: "answersFromCsvRow(header: string[], row: string[])",
    });
  checkHeader(header);
  if (row.length !== header.length)
    throw new KinerjaError("INVALID_INPUT", `the row has ${row.length} fields, the header ${header.length}`, {
      path: ["row"],
      rule: "as many fields as the header",
      details: { fields: row.length, columns: header.length },
    });
  const answers: Record<string, string> = {};
  let unit: string | undefined;
  header.forEach((column, i) => {
    const cell = row[i];
    if (typeof cell !== "string")
      throw new KinerjaError("INVALID_INPUT", `row[${i}] is not text`, {
        path: ["row", i],
        rule: "CSV fields are text",
      });
    if (UNIT_COLUMNS.includes(column.toLowerCase())) unit = cell;
    // An own data property even for a column named "__proto__" (score then reports it as no indicator).
    else if (cell !== "")
      Object.defineProperty(answers, column, { value: cell, enumerable: true, writable: true, configurable: true });
  });
  return unit === undefined ? { answers } : { unit, answers };
}

/** Refuses a header that cannot map rows to answers: an empty or repeated column, or two unit columns. */
export function checkHeader(header: ReadonlyArray<string>): void {
  const seen = new Set<string>();
  let unitColumn: string | null = null;
  header.forEach((column, i) => {
    if (typeof column !== "string" || column === "")
      throw new KinerjaError("INVALID_INPUT", `header column ${i + 1} is empty`, {
        path: ["header", i],
        rule: "every column is named by an indicator code (or unit/id)",
      });
    if (seen.has(column))
      throw new KinerjaError("INVALID_INPUT", `header column ${JSON.stringify(cut(column))} appears twice`, {
        path: ["header", i],
        rule: "each column once",
      });
    seen.add(column);
    if (UNIT_COLUMNS.includes(column.toLowerCase())) {
      if (unitColumn !== null)
        throw new KinerjaError("INVALID_INPUT", `two unit columns: "${unitColumn}" and "${column}"`, {
          path: ["header", i],
          rule: "at most one unit (or id) column",
        });
      unitColumn = column;
    }
  });
}
