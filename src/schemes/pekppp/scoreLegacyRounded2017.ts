import { toDecimalText } from "../../core/decimalText.js";
import { add, mul, parseRational, R0, type Rational } from "../../core/rational.js";
import { PEKPPP_2017_PRINTED_SOURCE, PEKPPP_2017_PRINTED_WEIGHTS } from "../../data/pekppp/2017.1.js";
import { publishOn, readNumber, scoreExactly } from "../../engine/internal.js";
import type { DecimalString, Gap, Predicate, ScoreInput, Source } from "../../model/types.js";
import { plainInput } from "../shared.js";
import { pekppp2017 } from "./rubrics.js";

export interface LegacyRounded2017Result {
  /** Always "legacy-rounded": never a published figure by default. */
  readonly variant: "legacy-rounded";
  /** The rubric whose codes, scale and bands are used; its exact-fraction weights are NOT. */
  readonly basedOn: "pekppp@2017.1";
  readonly value: DecimalString;
  readonly exact: DecimalString;
  /** The unrounded value as an exact fraction in lowest terms. */
  readonly exactFraction: string;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
  readonly aspects: ReadonlyArray<{
    readonly code: string;
    readonly weight: DecimalString;
    /** Σ printed indicator weight × answer (not normalised: at most 4.975 for aspect I). */
    readonly raw: DecimalString;
    readonly weighted: DecimalString;
  }>;
  readonly confirmed: false;
  readonly source: Source;
  readonly note: string;
}

/**
 * LEGACY, UNCONFIRMED: the 17/2017 index with the printed 3-decimal indicator
 * weights (.089, .071, .136, …) instead of the exact fractions (5/56, 4/56,
 * 3/22, …). The printed weights sum to 0.995 / 0.999 / 0.999 in aspects I–III,
 * so all-5 answers give 4.99085 (published 4.99), not 5.00. Use only to
 * reproduce a figure that is known to have been computed this way; the
 * default, `score(pekppp2017, …)`, uses the exact fractions.
 *
 * @example
 * ```ts
 * import { listIndicators, score } from "kinerja";
 * import { pekppp2017v2, scoreLegacyRounded2017 } from "kinerja/pekppp";
 *
 * const allFives = Object.fromEntries(listIndicators(pekppp2017v2).map((i) => [i.code, 5]));
 * const legacy = scoreLegacyRounded2017({ answers: allFives });
 * legacy.exact; // "4.99085": the printed weights do not add up to 1
 * legacy.value; // "4.99"
 * legacy.confirmed; // false
 * score(pekppp2017v2, { answers: allFives }).value; // "5.00" with the exact fractions
 * ```
 */
export function scoreLegacyRounded2017(input: ScoreInput): LegacyRounded2017Result {
  // Validates the answers exactly as score() does (codes, completeness, 0–5).
  const { result } = scoreExactly(pekppp2017, plainInput(input, []), []);
  const raws = new Map(result.breakdown.map((b) => [b.code, b.raw]));
  const answer = (code: string): Rational => readNumber(raws.get(code), ["answers", code]);
  const printed = (w: string): Rational => parseRational(w) as Rational;
  let total = R0;
  const aspects = PEKPPP_2017_PRINTED_WEIGHTS.map((a) => {
    let raw = R0;
    for (const i of a.indicators) raw = add(raw, mul(printed(i.weight), answer(i.code)));
    const weighted = mul(raw, printed(a.weight));
    total = add(total, weighted);
    return { code: a.aspect, weight: a.weight, raw: toDecimalText(raw), weighted: toDecimalText(weighted) };
  });
  const p = publishOn(pekppp2017, total, "result", ["value"]);
  return {
    variant: "legacy-rounded",
    basedOn: "pekppp@2017.1",
    value: p.value,
    exact: p.exact,
    exactFraction: p.exactFraction,
    predicate: p.predicate,
    gap: p.gap,
    aspects,
    confirmed: false,
    source: PEKPPP_2017_PRINTED_SOURCE,
    note: "Legacy printed 3-decimal weights (C4); they do not sum to 1, so the maximum is 4.99085. UNCONFIRMED whether the 17/2017 Lampiran uses them; the default pekppp@2017.1 uses exact fractions.",
  };
}
