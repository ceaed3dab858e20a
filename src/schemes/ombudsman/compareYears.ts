import { toDecimalText, toFixedText } from "../../core/decimalText.js";
import { fail, showValue } from "../../core/errors.js";
import { cmp, decimalExponent, R0, type Rational, sub } from "../../core/rational.js";
import { bandsOn } from "../../engine/internal.js";
import type { AnswerValue, DecimalString, Predicate, RubricDefinition, RubricRef, Zone } from "../../model/types.js";
import { plainInput, underPath } from "../shared.js";
import { asPublished } from "./published.js";
import { ombudsmanRubric, ombudsmanRubricFor } from "./rubricRef.js";

/** One year's score: a published value, or a result of `score()`/`aggregate()`. */
export interface YearScore {
  readonly assessmentYear: number;
  readonly value?: AnswerValue;
  readonly result?: { readonly value: DecimalString };
  /**
   * The rubric to read the value on (a rubric object or an Ombudsman rubric id); default: the Ombudsman
   * rubric for `assessmentYear`, as `resolveRubric("ombudsman", { assessmentYear })` picks it.
   * It must be valid for `assessmentYear` (its `validFor`), else RUBRIC_MISMATCH.
   */
  readonly rubric?: RubricRef;
}

export interface YearPoint {
  readonly assessmentYear: number;
  readonly rubric: string;
  /** The published value (rounded as the rubric says). */
  readonly value: DecimalString;
  /** Null when the rubric has no known bands (e.g. 2025). */
  readonly predicate: Predicate | null;
}

export type Direction = "up" | "down" | "same";

export interface YearComparison {
  readonly from: YearPoint;
  readonly to: YearPoint;
  /** Signed difference of the published values: "+5.86", "-1.20", "0.00". */
  readonly delta: DecimalString;
  readonly direction: Direction;
  /**
   * Category/zone predicate change. `comparable` is false when the two years use
   * different predicate systems (2021 zones vs 2022 categories) or a year has no
   * known bands; then `direction` is null.
   */
  readonly predicate: {
    readonly from: string | null;
    readonly to: string | null;
    readonly changed: boolean | null;
    readonly comparable: boolean;
    readonly direction: Direction | null;
  };
  /** Zone change (hijau > kuning > merah); null where a year has no zone. */
  readonly zone: { readonly from: Zone | null; readonly to: Zone | null; readonly direction: Direction | null };
}

const ZONE_ORDER: Record<Zone, number> = { merah: 0, kuning: 1, hijau: 2 };
const dir = (c: number): Direction => (c > 0 ? "up" : c < 0 ? "down" : "same");

function point(
  input: YearScore,
  which: "from" | "to",
): { point: YearPoint; rubric: RubricDefinition; value: Rational } {
  const bad = (path: ReadonlyArray<string | number>, rule: string, message: string): never =>
    fail({ code: "INVALID_INPUT", path, rule, message });
  if (typeof input !== "object" || input === null)
    bad([which], "a year and its score", `${which} must be { assessmentYear, value } or { assessmentYear, result }`);
  if ((input.result !== undefined) === (input.value !== undefined))
    bad([which], "one value per year", `${which}: give either value or result, exactly one`);
  if (input.result !== undefined && (typeof input.result !== "object" || input.result === null))
    bad(
      [which, "result"],
      "a result with its published value",
      `${which}.result must be a result of score() or aggregate()`,
    );
  const year = input.assessmentYear;
  if (typeof year !== "number" || !Number.isInteger(year) || year < 2000 || year > 2100)
    bad(
      [which, "assessmentYear"],
      "an integer assessment year, 2000–2100",
      `${which}.assessmentYear must be a whole year from 2000 to 2100, e.g. 2024 (not ${showValue(year)})`,
    );
  let rubric: RubricDefinition;
  if (input.rubric !== undefined) {
    rubric = underPath([which, "rubric"], () => ombudsmanRubric(input.rubric, []));
    const { from, to } = rubric.validFor;
    if (year < from || (to !== null && year > to))
      fail({
        code: "RUBRIC_MISMATCH",
        path: [which, "rubric"],
        rule: "a rubric valid for the assessment year",
        message: `${which}: ${rubric.id} is valid for ${from}–${to ?? "…"}, not for the ${year} assessment`,
        details: { rubric: rubric.id, validFor: { from, to }, assessmentYear: year },
      });
  } else {
    rubric = underPath([which], () => ombudsmanRubricFor(year));
  }
  const p =
    input.result !== undefined
      ? asPublished(rubric, input.result.value, [which, "result", "value"])
      : asPublished(rubric, input.value, [which, "value"]);
  return {
    point: { assessmentYear: year, rubric: rubric.id, value: p.text, predicate: p.predicate },
    rubric,
    value: p.value,
  };
}

/** Band codes, lowest first (none without known bands). */
const bandOrder = (rubric: RubricDefinition): string[] => (bandsOn(rubric) ?? []).map((b) => b.predicate.code);

/** Decimals needed to write a terminating value (Infinity otherwise). */
const decimalsOf = (r: Rational): number => decimalExponent(r.d) ?? Number.POSITIVE_INFINITY;

/**
 * Compares an instansi's (or unit's) score across two assessment years: the
 * change in the published value and in category and zone. E.g. Kota Cilegon
 * 2023 89.45 → 2024 95.31: +5.86, A → A, hijau → hijau.
 *
 * @example
 * ```ts
 * import { compareYears } from "kinerja/ombudsman";
 *
 * // Kota Cilegon, 2023 → 2024
 * const c = compareYears({ assessmentYear: 2023, value: "89.45" }, { assessmentYear: 2024, value: "95.31" });
 * c.delta; // "+5.86"
 * c.predicate.from; // "A"
 * c.zone.to; // "hijau"
 * // 2021 zones and 2023 categories are different systems: only the zone change is compared.
 * compareYears({ assessmentYear: 2021, value: "77.66" }, { assessmentYear: 2023, value: "89.45" }).predicate.comparable; // false
 * ```
 */
export function compareYears(from: YearScore, to: YearScore): YearComparison {
  const a = point(plainInput(from, ["from"]), "from");
  const b = point(plainInput(to, ["to"]), "to");
  if (a.point.assessmentYear > b.point.assessmentYear)
    fail({
      code: "INVALID_INPUT",
      path: ["from", "assessmentYear"],
      rule: "chronological order",
      message: "compareYears(from, to): from must not be later than to",
    });
  // The difference of the published values, never rounded: shown with the declared decimals
  // ("0.00"), or as it is when a year declares none (1.5 → 2.25: "+0.75").
  const diff = sub(b.value, a.value);
  const places = Math.max(a.rubric.result.rounding?.places ?? 0, b.rubric.result.rounding?.places ?? 0);
  const formatted = decimalsOf(diff) <= places ? toFixedText(diff, places) : toDecimalText(diff);
  const delta = cmp(diff, R0) > 0 ? `+${formatted}` : formatted;
  const pa = a.point.predicate;
  const pb = b.point.predicate;
  const orderA = bandOrder(a.rubric);
  const orderB = bandOrder(b.rubric);
  const same = pa !== null && pb !== null && orderA.join("|") === orderB.join("|");
  const za = pa?.zone ?? null;
  const zb = pb?.zone ?? null;
  return {
    from: a.point,
    to: b.point,
    delta,
    direction: dir(cmp(diff, R0)),
    predicate: {
      from: pa?.code ?? null,
      to: pb?.code ?? null,
      changed: same && pa && pb ? pa.code !== pb.code : null,
      comparable: same,
      direction: same && pa && pb ? dir(orderB.indexOf(pb.code) - orderA.indexOf(pa.code)) : null,
    },
    zone: { from: za, to: zb, direction: za && zb ? dir(ZONE_ORDER[zb] - ZONE_ORDER[za]) : null },
  };
}
