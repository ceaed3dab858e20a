import { D, ZERO } from "../../core/decimal.js";
import { parseRational, type Rational } from "../../core/rational.js";
import { PEKPPP_2017_PRINTED_SOURCE, PEKPPP_2017_PRINTED_WEIGHTS } from "../../data/pekppp/2017.1.js";
import { prepare } from "../../engine/prepare.js";
import { scoreRubric } from "../../engine/scoreRubric.js";
import type { DecimalString, Gap, Predicate, ScoreInput, Source } from "../../model/types.js";
import { finishExact } from "./exact.js";
import { pekppp2017 } from "./rubrics.js";

export interface LegacyRounded2017Result {
  /** Always "legacy-rounded": never a published figure by default. */
  readonly variant: "legacy-rounded";
  /** The rubric whose codes, scale and bands are used; its exact-fraction weights are NOT. */
  readonly basedOn: "pekppp@2017.1";
  readonly value: DecimalString;
  readonly exact: DecimalString;
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
 */
export function scoreLegacyRounded2017(input: ScoreInput): LegacyRounded2017Result {
  // Validates the answers exactly as score() does (codes, completeness, 0–5).
  const result = scoreRubric(pekppp2017, input);
  const answers = new Map(result.breakdown.map((b) => [b.code, new D(b.raw)]));
  let total = ZERO;
  const aspects = PEKPPP_2017_PRINTED_WEIGHTS.map((a) => {
    let raw = ZERO;
    for (const i of a.indicators) raw = raw.plus(new D(i.weight).times(answers.get(i.code) ?? ZERO));
    const weighted = raw.times(a.weight);
    total = total.plus(weighted);
    return { code: a.aspect, weight: a.weight, raw: raw.toFixed(), weighted: weighted.toFixed() };
  });
  // Products of 3-decimal weights and whole answers terminate: `total` is exact.
  const f = finishExact(prepare(pekppp2017), parseRational(total.toFixed()) as Rational, ["value"]);
  return {
    variant: "legacy-rounded",
    basedOn: "pekppp@2017.1",
    value: f.value,
    exact: f.exact,
    predicate: f.predicate,
    gap: f.gap,
    aspects,
    confirmed: false,
    source: PEKPPP_2017_PRINTED_SOURCE,
    note: "Legacy printed 3-decimal weights (C4); they do not sum to 1, so the maximum is 4.99085. UNCONFIRMED whether the 17/2017 Lampiran uses them; the default pekppp@2017.1 uses exact fractions.",
  };
}
