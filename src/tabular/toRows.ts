/**
 * Results as flat rows, for CSV files, spreadsheets and `console.table`. No I/O.
 */
import { formatPath, KinerjaError, showValue } from "../core/errors.js";
import { readOwn, snapshot } from "../core/plain.js";
import type {
  AggregateResult,
  DecimalString,
  RubricDefinition,
  RubricNode,
  ScoreResult,
  WeightString,
} from "../model/types.js";

/**
 * One breakdown entry of a score result, with the result's rubric, value and predicate repeated on every row
 * (so each row stands alone when filtered or sorted). Every row has every key: an absent fact is `null`.
 */
export interface ScoreRow {
  readonly [column: string]: string | number | boolean | null;
  /** The result's rubric id, published value and predicate code (the same on every row of one result). */
  readonly rubric: string;
  readonly value: DecimalString;
  readonly predicate: string | null;
  readonly code: string;
  readonly parent: string | null;
  /** 0 for a top-level component, 1 for its children, … */
  readonly depth: number;
  /** The label in the chosen language (`id` by default; English falls back to Indonesian where there is none). */
  readonly label: string;
  /** The declared weight as in the regulation ("24", "1/9"). */
  readonly weight: WeightString;
  /** The entry's effective share of the final value. */
  readonly share: DecimalString;
  /** The entry's own value (an indicator's answer value, a group's weighted mean). */
  readonly raw: DecimalString;
  /** Points the entry contributes to the unrounded value. */
  readonly weighted: DecimalString;
  /** The points after the entry's own rounding, where the rubric rounds per node. */
  readonly rounded: DecimalString | null;
  readonly notApplicable: boolean;
  /** Whether the entry's weight (its source) is confirmed. */
  readonly sourceConfirmed: boolean;
}

/** One unit of an aggregate result, with the instansi's rubric, value and predicate repeated on every row. */
export interface AggregateRow {
  readonly [column: string]: string | number | boolean | null;
  readonly rubric: string;
  /** The instansi (aggregate) value and predicate code. */
  readonly value: DecimalString;
  readonly predicate: string | null;
  /** The unit's position in the input (0-based) and its name, where given. */
  readonly index: number;
  readonly unit: string | null;
  /** The value the unit contributed, its weight (weightedMean only) and whether it was exact or given. */
  readonly unitValue: DecimalString;
  readonly unitWeight: DecimalString | null;
  readonly basis: "exact" | "given";
}

export interface ToRowsOptions {
  /** Language of the labels: "id" (default) or "en" (falls back to "id"). */
  readonly lang?: "id" | "en";
  /**
   * The rubric the result was scored on: labels and source status of a compact breakdown (the default form of
   * `score`, whose entries leave them in the rubric) are taken from its nodes, by code. Not needed for a result
   * scored with `{ detail: "full" }`, whose entries carry them.
   */
  readonly rubric?: RubricDefinition;
}

/** Each node of a rubric by code (labels and sources of a compact breakdown). */
function nodesByCode(rubric: unknown): Map<string, RubricNode> {
  const out = new Map<string, RubricNode>();
  const walk = (nodes: unknown): void => {
    if (!Array.isArray(nodes)) return;
    for (const n of nodes as RubricNode[]) {
      if (!isRecord(n) || typeof n.code !== "string") continue;
      out.set(n.code, n);
      walk(n.children);
    }
  };
  if (isRecord(rubric)) walk(rubric.nodes);
  return out;
}

const labelIn = (text: unknown, lang: "id" | "en", fallback: string): string => {
  if (!isRecord(text) || typeof text.id !== "string") return fallback;
  return lang === "en" && typeof text.en === "string" ? text.en : text.id;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A field of a stored result, checked: the right type (or absent where allowed), else INVALID_INPUT at its path. */
function field<T>(
  obj: Record<string, unknown>,
  key: string,
  path: ReadonlyArray<string | number>,
  ok: (v: unknown) => v is T,
  what: string,
): T {
  const value = Object.hasOwn(obj, key) ? obj[key] : undefined;
  if (ok(value)) return value;
  throw new KinerjaError("INVALID_INPUT", `${formatPath([...path, key])} must be ${what}, not ${showValue(value)}`, {
    path: [...path, key],
    rule: `${what}, as score() or aggregate() gave it`,
  });
}
const isText = (v: unknown): v is string => typeof v === "string";
const isTextOrNull = (v: unknown): v is string | null => v === null || typeof v === "string";
const isTextOrAbsent = (v: unknown): v is string | undefined => v === undefined || typeof v === "string";
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;
/** A count field (depth, index): -0 passes the check and is given back as 0 (JSON has no -0, rows are plain JSON). */
function count(obj: Record<string, unknown>, key: string, path: ReadonlyArray<string | number>): number {
  const n = field(obj, key, path, isCount, "a whole number ≥ 0");
  return n === 0 ? 0 : n;
}
const isBasis = (v: unknown): v is "exact" | "given" => v === "exact" || v === "given";

/**
 * Flattens a result into rows: a `ScoreResult` gives one row per breakdown entry (code, parent, depth, label,
 * weight, share, raw, weighted, rounded, …), an `AggregateResult` one row per unit; each row repeats the result's
 * `rubric`, `value` and `predicate`. All decimals stay exact strings. Feed the rows to `toCsv` or `console.table`.
 *
 * @example
 * ```ts
 * import { aggregate, score, toRows } from "kinerja";
 *
 * const rows = toRows(score("pekppp@2022.2", { answers }));
 * rows.length; // 36: 6 aspects and 30 indicators
 * rows[0]?.code; // "kebijakan"
 * rows[0]?.weighted; // "0.924"
 * console.table(rows);
 * toRows(aggregate("ombudsman@2024.2", ["97.55", "97.02"])).map((r) => r.unitValue).join(" "); // "97.55 97.02"
 * ```
 */
export function toRows(result: ScoreResult, options?: ToRowsOptions): ScoreRow[];
export function toRows(result: AggregateResult, options?: ToRowsOptions): AggregateRow[];
export function toRows(result: ScoreResult | AggregateResult, options?: ToRowsOptions): ScoreRow[] | AggregateRow[];
export function toRows(
  result: ScoreResult | AggregateResult,
  options: ToRowsOptions = {},
): ScoreRow[] | AggregateRow[] {
  // A rubric given for labels is read as it is (a defined rubric is frozen; it is only looked up by code).
  const given = isRecord(options) ? readOwn(options, "rubric", ["options", "rubric"]) : undefined;
  options = snapshot(options, ["options"], { keep: (v) => v === given });
  if (!isRecord(options))
    throw new KinerjaError("INVALID_INPUT", "toRows options must be an object { lang }", {
      path: ["options"],
      rule: "an options object",
    });
  const lang = options.lang === "en" ? "en" : "id";
  if (options.lang !== undefined && options.lang !== "id" && options.lang !== "en")
    throw new KinerjaError("INVALID_INPUT", `lang must be "id" or "en", not ${showValue(options.lang)}`, {
      path: ["options", "lang"],
      rule: '"id" or "en"',
    });
  // Read once as plain data (a stored result may have travelled through JSON, or be anything at all).
  result = snapshot(result, ["result"]);
  if (!isRecord(result) || typeof result.rubric !== "string" || typeof result.value !== "string")
    throw new KinerjaError("INVALID_INPUT", "toRows takes a result of score() or aggregate()", {
      path: ["result"],
      rule: "a ScoreResult or an AggregateResult",
    });
  const r = result as unknown as Record<string, unknown>;
  const rubric = result.rubric;
  const value = result.value;
  const predicate = isRecord(r.predicate) && typeof r.predicate.code === "string" ? r.predicate.code : null;
  if (options.rubric !== undefined && (!isRecord(options.rubric) || options.rubric.id !== rubric))
    throw new KinerjaError("INVALID_INPUT", `options.rubric must be the rubric the result names (${rubric})`, {
      path: ["options", "rubric"],
      rule: "the rubric of the result",
    });
  const nodes = options.rubric === undefined ? null : nodesByCode(options.rubric);
  if (Array.isArray(r.breakdown))
    return r.breakdown.map((entry: unknown, i): ScoreRow => {
      const at = ["result", "breakdown", i];
      if (!isRecord(entry))
        throw new KinerjaError("INVALID_INPUT", `${formatPath(at)} must be a breakdown entry`, {
          path: at,
          rule: "a breakdown entry, as score() gave it",
        });
      const code = field(entry, "code", at, isText, "a code");
      const rounded = field(entry, "rounded", at, isTextOrAbsent, "a decimal text");
      const node = Object.hasOwn(entry, "source") ? undefined : nodes?.get(code);
      const source = Object.hasOwn(entry, "source") ? entry.source : node?.source;
      return {
        rubric,
        value,
        predicate,
        code,
        parent: field(entry, "parent", at, isTextOrNull, "a parent code or null"),
        depth: count(entry, "depth", at),
        label: labelIn(Object.hasOwn(entry, "label") ? entry.label : node?.label, lang, code),
        weight: field(entry, "weight", at, isText, "a weight"),
        share: field(entry, "share", at, isText, "a decimal text"),
        raw: field(entry, "raw", at, isText, "a decimal text"),
        weighted: field(entry, "weighted", at, isText, "a decimal text"),
        rounded: rounded ?? null,
        notApplicable: entry.notApplicable === true,
        sourceConfirmed: isRecord(source) && source.confirmed === true,
      };
    });
  if (Array.isArray(r.units))
    return r.units.map((unit: unknown, i): AggregateRow => {
      const at = ["result", "units", i];
      if (!isRecord(unit))
        throw new KinerjaError("INVALID_INPUT", `${formatPath(at)} must be a unit entry`, {
          path: at,
          rule: "a unit entry, as aggregate() gave it",
        });
      return {
        rubric,
        value,
        predicate,
        index: count(unit, "index", at),
        unit: field(unit, "unit", at, isTextOrAbsent, "a unit name") ?? null,
        unitValue: field(unit, "value", at, isText, "a decimal text"),
        unitWeight: field(unit, "weight", at, isTextOrAbsent, "a decimal text") ?? null,
        basis: field(unit, "basis", at, isBasis, '"exact" or "given"'),
      };
    });
  throw new KinerjaError(
    "INVALID_INPUT",
    "toRows takes a result of score() (with breakdown) or aggregate() (with units)",
    {
      path: ["result"],
      rule: "a ScoreResult or an AggregateResult",
    },
  );
}
