/**
 * The hand-written check of a capaian input, shared by `capaian()` and the
 * zod schema in kinerja/schema, so both accept exactly the same inputs.
 */
import { type ErrorPath, KinerjaError } from "../core/errors.js";
import { cmp, type Rational, rational } from "../core/rational.js";
import { type Amount, choice, isMissing, onlyKeys, parseAmount, record } from "./amount.js";
import { text } from "./figure.js";

/**
 * `higherIsBetter` (kondisi normal), `lowerIsBetter` (kondisi khusus: a
 * realisation below target exceeds it), or `range`: the target is a band
 * `{ min, max }` read as PermenPAN-RB 8/2021 reads it, i.e. higher is better
 * against the bound the realisation passed.
 */
export type CapaianPolarity = "higherIsBetter" | "lowerIsBetter" | "range";

/** Lower-is-better formulas: `"2T-R"` (the default, PermenPAN-RB 8/2021) or `"T/R"` (the inverse ratio). */
export type LowerIsBetterFormula = "2T-R" | "T/R";

/** The formula a result used. */
export type CapaianFormula = "R/T" | LowerIsBetterFormula;

/** A target set as a band, e.g. 80–90 %. */
export interface RangeTarget {
  readonly min: Amount;
  readonly max: Amount;
}

export interface CapaianInput {
  /** A figure, or a band `{ min, max }`. Null/absent: the target is missing. */
  readonly target?: Amount | RangeTarget | null;
  /** Null/absent: not reported (status "missing", never a 0). */
  readonly realisasi?: Amount | null;
  readonly polarity: CapaianPolarity;
  /** Lower-is-better only; default `"2T-R"`. */
  readonly formula?: LowerIsBetterFormula;
  /** Ceiling on capaian in percent (at least 100). None by default; `CAPAIAN_CAPS.permenpanrb8of2021.value` is 120. */
  readonly cap?: Amount;
}

/** A checked input: exact figures, null where missing. */
export interface ParsedCapaian {
  readonly polarity: CapaianPolarity;
  readonly formula: CapaianFormula;
  readonly cap: Rational | null;
  readonly target: { readonly t: Rational } | { readonly min: Rational; readonly max: Rational } | null;
  readonly r: Rational | null;
}

const KEYS = ["target", "realisasi", "polarity", "formula", "cap"];
const POLARITIES: ReadonlyArray<CapaianPolarity> = ["higherIsBetter", "lowerIsBetter", "range"];
const FORMULAS: ReadonlyArray<LowerIsBetterFormula> = ["2T-R", "T/R"];
const HUNDRED = rational(100n);

/** Checks a capaian input; errors name their path under `path`. */
export function readCapaianInput(input: unknown, path: ErrorPath): ParsedCapaian {
  const obj = record(input, path, "an object { target, realisasi, polarity }");
  onlyKeys(obj, KEYS, path);
  const polarity = choice(obj.polarity, POLARITIES, [...path, "polarity"]);
  if (obj.formula !== undefined && polarity !== "lowerIsBetter")
    throw new KinerjaError("INVALID_INPUT", `formula applies to lower-is-better indicators only, not to ${polarity}`, {
      path: [...path, "formula"],
      rule: 'formula only with polarity "lowerIsBetter"',
    });
  const formula: CapaianFormula =
    polarity === "lowerIsBetter" ? choice(obj.formula, FORMULAS, [...path, "formula"], "2T-R") : "R/T";
  return {
    polarity,
    formula,
    cap: obj.cap === undefined ? null : readCap(obj.cap, [...path, "cap"]),
    target: readTarget(obj.target, polarity, [...path, "target"]),
    r: isMissing(obj.realisasi) ? null : parseAmount(obj.realisasi, [...path, "realisasi"]),
  };
}

function readTarget(value: unknown, polarity: CapaianPolarity, path: ErrorPath): ParsedCapaian["target"] {
  if (isMissing(value)) return null;
  if (typeof value !== "object") {
    if (polarity === "range")
      throw new KinerjaError("INVALID_INPUT", 'polarity "range" needs a target band { min, max }', {
        path,
        rule: 'a band { min, max } with polarity "range"',
      });
    return { t: parseAmount(value, path) };
  }
  const band = record(value, path, "a target figure or a band { min, max }");
  onlyKeys(band, ["min", "max"], path);
  const min = parseAmount(band.min, [...path, "min"]);
  const max = parseAmount(band.max, [...path, "max"]);
  if (cmp(min, max) > 0)
    throw new KinerjaError("INVALID_INPUT", `target band: min ${text(min)} is above max ${text(max)}`, {
      path: [...path, "max"],
      rule: "min ≤ max",
    });
  return { min, max };
}

function readCap(value: unknown, path: ErrorPath): Rational {
  const cap = parseAmount(value, path);
  if (cmp(cap, HUNDRED) < 0)
    throw new KinerjaError("OUT_OF_RANGE", `cap ${text(cap)} is below 100: meeting the target would not score 100`, {
      path,
      rule: "a cap of at least 100 (percent)",
    });
  return cap;
}
