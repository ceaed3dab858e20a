/**
 * Tabular helpers: results as flat rows, CSV read and write (RFC 4180, no dependency). No I/O.
 * @module
 */
export {
  answersFromCsvRow,
  type CsvReader,
  type CsvRecord,
  type CsvRow,
  type CsvValue,
  createCsvReader,
  csvLine,
  parseCsv,
  type ToCsvOptions,
  toCsv,
} from "./csv.js";
export { type AggregateRow, type ScoreRow, type ToRowsOptions, toRows } from "./toRows.js";
