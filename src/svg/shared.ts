/** What the three charts share: the rubric a result belongs to, its bands, words and number texts. */
import { getRubric } from "../api/getRubric.js";
import { toDecimalText, toFixedText } from "../core/decimalText.js";
import { fail, isKinerjaError, showValue, underPrefix } from "../core/errors.js";
import { add, cmp, decimalExponent, div, neg, parseFraction, type Rational, rational, sub } from "../core/rational.js";
import { pow10 } from "../core/roundRatio.js";
import { bandIndexOn, bandsOn, ensureDefined } from "../engine/internal.js";
import type { Predicate, RubricDefinition, Text } from "../model/types.js";
import { type ReadOptions, readOptions } from "./input.js";
import { bandColour, type Colour, NEUTRAL } from "./palette.js";

/** Options every chart takes. */
export interface ChartOptions {
  /** The rubric of the result (an object or a built-in id); by default the built-in rubric the result names. */
  readonly rubric?: RubricDefinition | string;
  /** Language of the chart's words and labels: "id" (the default) or "en" (labels without an English gloss stay Indonesian). */
  readonly lang?: "id" | "en";
  /** A heading for the chart (a unit's name, "Kota Cilegon 2024"). */
  readonly title?: string;
}

export type Lang = "id" | "en";

export function langOf(options: ReadOptions, fn: string): Lang {
  const lang = options.lang ?? "id";
  if (lang !== "id" && lang !== "en")
    fail({
      code: "INVALID_INPUT",
      path: ["options", "lang"],
      rule: 'a language: "id" or "en"',
      message: `${fn}: options.lang must be "id" or "en", not ${showValue(lang)}`,
    });
  return lang;
}

/**
 * A chart's options, read once as plain data (src/svg/input.ts): an object or nothing, its title a text. Every
 * chart starts here, so no option is read from the caller's object twice.
 */
export function chartOptions(options: unknown, fn: string): ReadOptions & { readonly title?: string } {
  const read = readOptions(options, fn);
  if (read.title !== undefined && typeof read.title !== "string")
    fail({
      code: "INVALID_INPUT",
      path: ["options", "title"],
      rule: "a text",
      message: `${fn}: options.title must be a string, not ${showValue(read.title)}`,
    });
  return read as ReadOptions & { readonly title?: string };
}

/** The rubric to draw with: the one given, or the built-in rubric with the result's id. */
export function rubricFor(
  given: RubricDefinition | string | undefined,
  id: string | undefined,
  fn: string,
): RubricDefinition {
  if (given !== undefined) {
    if (typeof given === "string") return getRubric(given);
    if (typeof given !== "object" || given === null)
      fail({
        code: "INVALID_INPUT",
        path: ["options", "rubric"],
        rule: "a rubric or a rubric id",
        message: `${fn}: options.rubric must be a rubric or a rubric id`,
      });
    // A rubric of the caller's is checked (and copied) by defineRubric; its errors name options.rubric.
    return underPrefix(["options", "rubric"], () => ensureDefined(given));
  }
  if (id !== undefined)
    try {
      return getRubric(id);
    } catch (e) {
      if (!isKinerjaError(e) || e.code !== "UNKNOWN_RUBRIC") throw e;
    }
  return fail({
    code: "UNKNOWN_RUBRIC",
    path: ["options", "rubric"],
    rule: "the rubric of the result",
    message:
      id === undefined
        ? `${fn}: pass the rubric (options.rubric): nothing in the input names one`
        : `${fn}: ${showValue(id)} is not a rubric kinerja ships; pass it as options.rubric`,
  });
}

export const label = (t: Text | undefined, lang: Lang): string => (t ? (lang === "en" ? (t.en ?? t.id) : t.id) : "");

/** The colour of a predicate on a rubric: by its band's place (or zone); grey when it has none. */
export function predicateColour(rubric: RubricDefinition, predicate: Predicate | null): Colour {
  if (predicate === null) return NEUTRAL;
  const bands = bandsOn(rubric);
  const index = bands ? bands.findIndex((b) => b.predicate.code === predicate.code) : -1;
  return index < 0 ? bandColour(-1, 0, predicate.zone) : bandColour(index, bands?.length ?? 0, predicate.zone);
}

/** The colour of a (published) value: the band it falls in, grey outside every band. */
export function valueColour(rubric: RubricDefinition, value: Rational): Colour {
  const bands = bandsOn(rubric);
  if (!bands) return NEUTRAL;
  try {
    const i = bandIndexOn(rubric, value, ["value"]);
    return bandColour(i, bands.length, bands[i]?.predicate.zone);
  } catch (e) {
    if (isKinerjaError(e)) return NEUTRAL;
    throw e;
  }
}

/** A figure rounded half-up to at most `places` decimals, trailing zeros dropped ("77", "1.2"). */
export function short(r: Rational, places: number): string {
  const t = toFixedText(r, places);
  return t.includes(".") ? t.replace(/\.?0+$/, "") : t;
}

/**
 * A figure for a chart label: exact when it needs at most `places` + 2 decimals ("0.924", "0.6228", "1.2"),
 * else rounded half-up to `places` decimals ("9.72" for 175/18).
 */
export function figure(r: Rational, places: number): string {
  const k = decimalExponent(r.d);
  return k !== null && k <= places + 2 ? toDecimalText(r) : short(r, places);
}

export const WORDS = {
  id: {
    value: "Nilai",
    noPredicate: "Tanpa predikat",
    unconfirmed: "belum terkonfirmasi",
    zone: "zona",
    points: "poin diperoleh",
    full: "nilai penuh (bobot × nilai maksimum skala)",
    notApplicable: "tidak berlaku",
    bands: "rentang predikat",
    year: "Tahun",
  },
  en: {
    value: "Value",
    noPredicate: "No predicate",
    unconfirmed: "unconfirmed",
    zone: "zone",
    points: "points scored",
    full: "full marks (weight × scale maximum)",
    notApplicable: "not applicable",
    bands: "predicate bands",
    year: "Year",
  },
} as const;

/** The simplest fraction (smallest denominator) in [lo, hi], 0 ≤ lo < hi: continued fractions on BigInt. */
function simplestBetween(lo: Rational, hi: Rational): Rational {
  const whole = lo.n / lo.d;
  if (whole * lo.d === lo.n) return lo;
  const next = rational(whole + 1n);
  if (cmp(next, hi) <= 0) return next;
  const w = rational(whole);
  const inner = simplestBetween(div(rational(1n), sub(hi, w)), div(rational(1n), sub(lo, w)));
  return add(w, div(rational(1n), inner));
}

/**
 * The exact value behind a breakdown text. A text of 40 significant digits is the display of a
 * non-terminating value (175/18 prints as 9.722…2): the simplest fraction within half a unit of its
 * last digit gives the value back, so a chart label of an exact tie (87.5 %) rounds as it should.
 */
export function fromBreakdownText(text: string): Rational | null {
  const r = parseFraction(text);
  if (r === null || text.includes("/")) return r;
  const digits = text.replace(/^-/, "").replace(".", "").replace(/^0+/, "");
  if (digits.length < 40) return r;
  const places = text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
  const half: Rational = { n: 1n, d: 2n * pow10(places) };
  if (r.n < 0n) return neg(simplestBetween(sub(neg(r), half), add(neg(r), half)));
  return simplestBetween(sub(r, half), add(r, half));
}
