/**
 * The hand-written check of one OPD's quarterly report, shared by
 * `opdQuarter()` and the zod schema in kinerja/schema.
 */
import { cut, type ErrorPath, formatPath, KinerjaError } from "../core/errors.js";
import { cmp, R0, type Rational, rational } from "../core/rational.js";
import { type Amount, choice, isMissing, nonEmptyString, onlyKeys, parseAmount, record } from "./amount.js";
import { capaianOnIntegers, type ScaledCapaian } from "./capaian.js";
import { type CapaianInput, type ParsedCapaian, readCapaianInput } from "./capaianInput.js";
import { text } from "./figure.js";
import { checkTriwulan, type Triwulan } from "./period.js";

/** A sub-kegiatan (or any budget line) of the OPD, cumulative to the end of the triwulan. */
export interface SubKegiatanReport {
  readonly id: string;
  readonly name?: string;
  /** Budget ceiling (Rp), ≥ 0. */
  readonly pagu: Amount;
  /** Budget spent so far (Rp), 0 to pagu. Null/absent: not reported. */
  readonly realisasi?: Amount | null;
  /** Physical progress so far (%), 0 to 100. Null/absent: not reported. */
  readonly fisik?: Amount | null;
}

/** An indicator's target and realisation for the triwulan, as `capaian()` takes them, with its code. */
export interface IndicatorReport extends CapaianInput {
  readonly code: string;
  readonly name?: string;
}

export interface OpdQuarterInput {
  /** The OPD's id (unique within a pemda; ties in a ranking are listed by it). */
  readonly opd: string;
  readonly name?: string;
  /** The performance period: a triwulan, `{ kind: "triwulan", year, triwulan }`. */
  readonly period: Triwulan;
  /** Null/absent: the OPD sent no report this quarter. */
  readonly subKegiatan?: ReadonlyArray<SubKegiatanReport> | null;
  readonly indicators?: ReadonlyArray<IndicatorReport>;
}

/** `paguWeighted` (the default, simonev21): Σ pagu × fisik / Σ pagu. `unweightedMean`: Σ fisik / n. */
export type PhysicalMode = "paguWeighted" | "unweightedMean";

export interface OpdQuarterOptions {
  readonly physical?: PhysicalMode;
}

export interface Line {
  readonly id: string;
  readonly pagu: Rational;
  readonly realisasi: Rational | null;
  readonly fisik: Rational | null;
}

export interface ParsedQuarter {
  readonly opd: string;
  readonly name: string | null;
  readonly period: Triwulan;
  readonly mode: PhysicalMode;
  /** Null: no report. */
  readonly lines: ReadonlyArray<Line> | null;
  /** Each indicator's checked input, or (the common case, on safe integers) its result already. */
  readonly indicators: ReadonlyArray<IndicatorPart>;
}

/** An indicator's checked input (`input`), or (the common case, on safe integers) its result already (`fast`). */
export interface IndicatorPart {
  readonly code: string;
  readonly name: string | null;
  readonly input: ParsedCapaian | null;
  readonly fast: ScaledCapaian | null;
}

const HUNDRED = rational(100n);
const MODES: ReadonlyArray<PhysicalMode> = ["paguWeighted", "unweightedMean"];

/**
 * Checks one OPD's report; duplicates and impossible figures throw. `integerPaths: false` keeps every indicator
 * on the exact path (the oracle of the property tests).
 */
export function readOpdQuarter(input: unknown, options?: unknown, integerPaths = true): ParsedQuarter {
  const obj = record(input, [], "an object { opd, period, subKegiatan, indicators }");
  onlyKeys(obj, ["opd", "name", "period", "subKegiatan", "indicators"], []);
  const opts = options === undefined ? {} : record(options, ["options"], "an options object { physical }");
  onlyKeys(opts, ["physical"], ["options"]);
  return {
    opd: nonEmptyString(obj.opd, ["opd"], "the OPD's id"),
    name: obj.name === undefined ? null : nonEmptyString(obj.name, ["name"], "the OPD's name"),
    period: checkTriwulan(obj.period, ["period"]),
    mode: choice(opts.physical, MODES, ["options", "physical"], "paguWeighted"),
    lines: isMissing(obj.subKegiatan) ? null : readLines(obj.subKegiatan),
    indicators: readIndicators(obj.indicators, integerPaths),
  };
}

function list(value: unknown, path: ErrorPath, what: string): ReadonlyArray<unknown> {
  if (!Array.isArray(value))
    throw new KinerjaError("INVALID_INPUT", `${formatPath(path)} must be an array`, { path, rule: what });
  return value;
}

function unique(seen: Set<string>, id: string, path: ErrorPath, what: string): void {
  if (seen.has(id))
    throw new KinerjaError("INVALID_INPUT", `${formatPath(path)}: ${what} ${JSON.stringify(cut(id))} appears twice`, {
      path,
      rule: `unique ${what}s`,
      details: { id },
    });
  seen.add(id);
}

function readLines(value: unknown): Line[] {
  const seen = new Set<string>();
  return list(value, ["subKegiatan"], "an array of { id, pagu, realisasi, fisik }, or null for no report").map(
    (item, i): Line => {
      const path: ErrorPath = ["subKegiatan", i];
      const row = record(item, path, "a sub-kegiatan { id, pagu, realisasi, fisik }");
      onlyKeys(row, ["id", "name", "pagu", "realisasi", "fisik"], path);
      const id = nonEmptyString(row.id, [...path, "id"], "the sub-kegiatan's id");
      unique(seen, id, [...path, "id"], "sub-kegiatan id");
      if (row.name !== undefined) nonEmptyString(row.name, [...path, "name"], "a name");
      const pagu = within(row.pagu, R0, null, [...path, "pagu"], "a pagu of at least 0");
      return {
        id,
        pagu,
        realisasi: isMissing(row.realisasi)
          ? null
          : within(row.realisasi, R0, pagu, [...path, "realisasi"], "realisasi from 0 to the pagu"),
        fisik: isMissing(row.fisik)
          ? null
          : within(row.fisik, R0, HUNDRED, [...path, "fisik"], "fisik from 0 to 100 (%)"),
      };
    },
  );
}

function within(value: unknown, min: Rational, max: Rational | null, path: ErrorPath, rule: string): Rational {
  const v = parseAmount(value, path);
  if (cmp(v, min) < 0 || (max !== null && cmp(v, max) > 0))
    throw new KinerjaError("OUT_OF_RANGE", `${formatPath(path)}: ${text(v)} is outside ${rule}`, {
      path,
      rule,
      details: { value: text(v) },
    });
  return v;
}

function readIndicators(value: unknown, integerPaths: boolean): ParsedQuarter["indicators"] {
  if (value === undefined) return [];
  const seen = new Set<string>();
  return list(value, ["indicators"], "an array of { code, target, realisasi, polarity }").map((item, i) => {
    const path: ErrorPath = ["indicators", i];
    const obj = record(item, path, "an indicator { code, target, realisasi, polarity }");
    const id = nonEmptyString(obj.code, [...path, "code"], "the indicator's code");
    unique(seen, id, [...path, "code"], "indicator code");
    const name = obj.name === undefined ? null : nonEmptyString(obj.name, [...path, "name"], "a name");
    const fast = integerPaths ? capaianOnIntegers(obj, { code: id, name }) : null;
    if (fast !== null) return { code: id, name, input: null, fast };
    const { code: _code, name: _name, ...rest } = obj;
    return { code: id, name, input: readCapaianInput(rest, path), fast: null };
  });
}
