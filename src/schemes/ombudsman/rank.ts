import { classify } from "../../api/classify.js";
import { toRubric } from "../../api/toRubric.js";
import { D, type Dec } from "../../core/decimal.js";
import { isKinerjaError, KinerjaError } from "../../core/errors.js";
import { roundDec } from "../../core/rounding.js";
import { parseDecimalInput } from "../../engine/answers.js";
import type { AnswerValue, DecimalString, Predicate, RubricDefinition, RubricRef } from "../../model/types.js";

/** An instansi or a unit to rank, with its published score. */
export interface RankEntry {
  readonly name: string;
  readonly value: AnswerValue;
  /** Province (or any grouping), used by the `province` filter. */
  readonly province?: string;
}

export interface RankOptions {
  /** Round and classify on this rubric (values are then compared as published). */
  readonly rubric?: RubricRef;
  /** Rank only the entries of this province. */
  readonly province?: string;
  /** "desc" (default): rank 1 is the highest score; "asc": rank 1 is the lowest (the bottom N). */
  readonly order?: "desc" | "asc";
  /** Keep only the first N places (ties at the cut are kept). */
  readonly limit?: number;
}

export interface Ranked {
  /** Competition ranking: equal scores share a rank, the next rank skips (1, 2, 2, 4). */
  readonly rank: number;
  readonly name: string;
  readonly value: DecimalString;
  readonly province?: string;
  readonly tied: boolean;
  /** The predicate on `options.rubric`; null without a rubric or where its bands are unknown. */
  readonly predicate: Predicate | null;
}

/**
 * Ranks instansi (or the units of one instansi) by score, optionally within a
 * province: highest first, equal scores share a rank. With a rubric the values
 * are rounded as published and classified.
 */
export function rank(entries: ReadonlyArray<RankEntry>, options: RankOptions = {}): Ranked[] {
  if (!Array.isArray(entries))
    throw new KinerjaError("INVALID_INPUT", "rank needs an array of { name, value }", {
      path: ["entries"],
      rule: "an array of entries",
    });
  const rubric: RubricDefinition | null = options.rubric !== undefined ? toRubric(options.rubric) : null;
  const min = new D(rubric?.result.min ?? "0");
  const max = new D(rubric?.result.max ?? "100");
  const rounding = rubric?.result.rounding;
  const parsed: Array<{ entry: RankEntry; value: Dec; text: string; index: number }> = [];
  const list: ReadonlyArray<RankEntry> = entries;
  list.forEach((entry, index) => {
    if (typeof entry?.name !== "string" || entry.name === "")
      throw new KinerjaError("INVALID_INPUT", `entries[${index}].name must name the instansi or unit`, {
        path: ["entries", index, "name"],
        rule: "every entry is named",
      });
    if (options.province !== undefined && entry.province !== options.province) return;
    const raw = parseDecimalInput(entry.value, ["entries", index, "value"]);
    const value = rounding ? roundDec(raw, rounding) : raw;
    if (value.lt(min) || value.gt(max))
      throw new KinerjaError(
        "OUT_OF_RANGE",
        `entries[${index}] (${entry.name}): ${raw.toFixed()} is outside ${min}–${max}`,
        {
          path: ["entries", index, "value"],
          rule: `a value from ${min} to ${max}`,
        },
      );
    parsed.push({ entry, value, text: rounding ? value.toFixed(rounding.places) : value.toFixed(), index });
  });
  const sign = options.order === "asc" ? 1 : -1;
  parsed.sort((a, b) => sign * a.value.cmp(b.value) || a.index - b.index);
  const out: Ranked[] = [];
  parsed.forEach((p, i) => {
    const prev = parsed[i - 1];
    const next = parsed[i + 1];
    const tiedAbove = prev?.value.eq(p.value) === true;
    const tiedBelow = next?.value.eq(p.value) === true;
    const rankNo = tiedAbove ? (out[i - 1] as Ranked).rank : i + 1;
    let predicate: Predicate | null = null;
    if (rubric)
      try {
        predicate = classify(rubric, p.text);
      } catch (e) {
        if (!(isKinerjaError(e) && e.code === "NO_PREDICATE_BANDS")) throw e;
      }
    out.push({
      rank: rankNo,
      name: p.entry.name,
      value: p.text,
      ...(p.entry.province !== undefined ? { province: p.entry.province } : {}),
      tied: tiedAbove || tiedBelow,
      predicate,
    });
  });
  if (options.limit === undefined) return out;
  if (!Number.isInteger(options.limit) || options.limit < 1)
    throw new KinerjaError("INVALID_INPUT", "limit must be a whole number of places, at least 1", {
      path: ["options", "limit"],
      rule: "a positive whole number",
    });
  const limit = options.limit;
  return out.filter((r) => r.rank <= limit);
}
