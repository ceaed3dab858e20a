/**
 * Results as flat rows, for CSV files, spreadsheets and `console.table`. No I/O.
 */
import { KinerjaError } from "../core/errors.js";
import type { AggregateResult, DecimalString, ScoreResult, Text, WeightString } from "../model/types.js";

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
}

const labelIn = (text: Text, lang: "id" | "en"): string => (lang === "en" ? (text.en ?? text.id) : text.id);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * Flattens a result into rows: a `ScoreResult` gives one row per breakdown entry (code, parent, depth, label,
 * weight, share, raw, weighted, rounded, …), an `AggregateResult` one row per unit; each row repeats the result's
 * `rubric`, `value` and `predicate`. All decimals stay exact strings. Feed the rows to `toCsv` or `console.table`.
 *
 * @example
 * ```ts
 * const unit = score("pekppp@2022.1", { answers });
 * console.table(toRows(unit)); // rubric, value, predicate, code, parent, depth, label, weight, share, raw, weighted, …
 * toCsv(toRows(aggregate("ombudsman@2024.1", ["97.55", "97.02"]))); // one row per unit
 * ```
 */
export function toRows(result: ScoreResult, options?: ToRowsOptions): ScoreRow[];
export function toRows(result: AggregateResult, options?: ToRowsOptions): AggregateRow[];
export function toRows(result: ScoreResult | AggregateResult, options?: ToRowsOptions): ScoreRow[] | AggregateRow[];
export function toRows(
  result: ScoreResult | AggregateResult,
  options: ToRowsOptions = {},
): ScoreRow[] | AggregateRow[] {
  if (!isRecord(options))
    throw new KinerjaError("INVALID_INPUT", "toRows options must be an object { lang }", {
      path: ["options"],
      rule: "an options object",
    });
  const lang = options.lang === "en" ? "en" : "id";
  if (options.lang !== undefined && options.lang !== "id" && options.lang !== "en")
    throw new KinerjaError("INVALID_INPUT", `lang must be "id" or "en", not ${JSON.stringify(options.lang)}`, {
      path: ["options", "lang"],
      rule: '"id" or "en"',
    });
  if (!isRecord(result) || typeof result.rubric !== "string" || typeof result.value !== "string")
    throw new KinerjaError("INVALID_INPUT", "toRows takes a result of score() or aggregate()", {
      path: ["result"],
      rule: "a ScoreResult or an AggregateResult",
    });
  const predicate = isRecord(result.predicate) ? (result.predicate as { code: string }).code : null;
  if ("breakdown" in result && Array.isArray(result.breakdown))
    return result.breakdown.map(
      (e): ScoreRow => ({
        rubric: result.rubric,
        value: result.value,
        predicate,
        code: e.code,
        parent: e.parent,
        depth: e.depth,
        label: labelIn(e.label, lang),
        weight: e.weight,
        share: e.share,
        raw: e.raw,
        weighted: e.weighted,
        rounded: e.rounded ?? null,
        notApplicable: e.notApplicable === true,
        sourceConfirmed: e.source.confirmed,
      }),
    );
  if ("units" in result && Array.isArray(result.units))
    return result.units.map(
      (u): AggregateRow => ({
        rubric: result.rubric,
        value: result.value,
        predicate,
        index: u.index,
        unit: u.unit ?? null,
        unitValue: u.value,
        unitWeight: u.weight ?? null,
        basis: u.basis,
      }),
    );
  throw new KinerjaError(
    "INVALID_INPUT",
    "toRows takes a result of score() (with breakdown) or aggregate() (with units)",
    {
      path: ["result"],
      rule: "a ScoreResult or an AggregateResult",
    },
  );
}
