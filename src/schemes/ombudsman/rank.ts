import { toDecimalText } from "../../core/decimalText.js";
import { cut, fail, MESSAGE, RULE, showValue } from "../../core/errors.js";
import { checkLimit } from "../../core/limits.js";
import { cmp, parseRational, type Rational } from "../../core/rational.js";
import { OMBUDSMAN_SCORE_RANGE } from "../../data/ombudsman/helpers.js";
import { readNumber } from "../../engine/internal.js";
import type { AnswerValue, DecimalString, Predicate, RubricDefinition, RubricRef } from "../../model/types.js";
import { oneOf, optionsObject, plainInput } from "../shared.js";
import { asPublished } from "./published.js";
import { ombudsmanRubric } from "./rubricRef.js";

/** An instansi or a unit to rank, with its published score. */
export interface RankEntry {
  readonly name: string;
  readonly value: AnswerValue;
  /** Province (or any grouping), used by the `province` filter. */
  readonly province?: string;
}

export interface RankOptions {
  /**
   * Round and classify on this rubric (a rubric object or an Ombudsman rubric id); values are then compared
   * as published. Without it, values are compared as given, on the 0–100 range of a published score.
   */
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
 * are rounded as published and classified; the range is checked on the value
 * as given, before rounding (100.004 is outside 0–100, as `classify` says).
 *
 * @example
 * ```ts
 * import { rank } from "kinerja/ombudsman";
 *
 * // Jawa Timur 2024 (published scores)
 * const jatim = rank(
 *   [
 *     { name: "Kab. Ponorogo", value: "87.88" },
 *     { name: "Kab. Jombang", value: "87.88" },
 *     { name: "Kab. Bondowoso", value: "87.53" },
 *     { name: "Prov. Jawa Timur", value: "92.08" },
 *   ],
 *   { rubric: "ombudsman@2024.2" },
 * );
 * jatim.map((r) => `${r.rank} ${r.name}`).join(", "); // "1 Prov. Jawa Timur, 2 Kab. Ponorogo, 2 Kab. Jombang, 4 Kab. Bondowoso"
 * jatim[3]?.predicate?.code; // "B"
 * ```
 */
export function rank(entries: ReadonlyArray<RankEntry>, options?: RankOptions): Ranked[] {
  // Plain data read once: a hole is an INVALID_INPUT at its index; nothing of the caller's reaches the result.
  const list = plainInput(entries, ["entries"]);
  if (!Array.isArray(list))
    fail({
      code: "INVALID_INPUT",
      path: ["entries"],
      rule: "an array of entries",
      message: "rank needs an array of { name, value }",
    });
  checkLimit("units", list.length, ["entries"]);
  const opts = optionsObject(plainInput(options, ["options"]));
  const order = oneOf(opts.order, ["desc", "asc"] as const, ["options", "order"]) ?? "desc";
  if (opts.province !== undefined && typeof opts.province !== "string")
    fail({
      code: "INVALID_INPUT",
      path: ["options", "province"],
      rule: "a province name (text)",
      message: "options.province must be a province name",
    });
  const limit = opts.limit;
  if (limit !== undefined && (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1))
    fail({
      code: "INVALID_INPUT",
      path: ["options", "limit"],
      rule: "a positive whole number",
      message: "limit must be a whole number of places, at least 1",
    });
  const rubric: RubricDefinition | null =
    opts.rubric !== undefined ? ombudsmanRubric(opts.rubric, ["options", "rubric"]) : null;
  // Without a rubric: the range of a published score (data, with its source).
  const lo = parseRational(OMBUDSMAN_SCORE_RANGE.min) as Rational;
  const hi = parseRational(OMBUDSMAN_SCORE_RANGE.max) as Rational;
  const parsed: Array<{ entry: RankEntry; value: Rational; text: string; predicate: Predicate | null; index: number }> =
    [];
  list.forEach((entry, index) => {
    if (typeof entry?.name !== "string" || entry.name === "")
      fail({
        code: "INVALID_INPUT",
        path: ["entries", index, "name"],
        rule: RULE.namedUnit,
        message: `entries[${index}].name must name the instansi or unit`,
      });
    if (entry.province !== undefined && typeof entry.province !== "string")
      fail({
        code: "INVALID_INPUT",
        path: ["entries", index, "province"],
        rule: "a province name (text)",
        message: `entries[${index}].province must be the province's name, not ${showValue(entry.province)}`,
      });
    if (opts.province !== undefined && entry.province !== opts.province) return;
    const path = ["entries", index, "value"];
    if (rubric) {
      // Range on the unrounded value, rounded as published, classified: the engine's publish step.
      const p = asPublished(rubric, entry.value, path);
      parsed.push({ entry, value: p.value, text: p.text, predicate: p.predicate, index });
      return;
    }
    const value = readNumber(entry.value, path);
    if (cmp(value, lo) < 0 || cmp(value, hi) > 0)
      fail({
        code: "OUT_OF_RANGE",
        path,
        rule: RULE.inRange(OMBUDSMAN_SCORE_RANGE.min, OMBUDSMAN_SCORE_RANGE.max),
        message: MESSAGE.outside(
          `entries[${index}] (${cut(entry.name)})`,
          toDecimalText(value),
          OMBUDSMAN_SCORE_RANGE.min,
          OMBUDSMAN_SCORE_RANGE.max,
        ),
      });
    parsed.push({ entry, value, text: toDecimalText(value), predicate: null, index });
  });
  // An instansi is named once (per province: two provinces may have a Kabupaten of the same name).
  const keys = new Map<string, number>();
  list.forEach((entry, index) => {
    const key = JSON.stringify([entry.name, entry.province ?? null]);
    const first = keys.get(key);
    if (first !== undefined)
      fail({
        code: "INVALID_INPUT",
        path: ["entries", index, "name"],
        rule: "each instansi once",
        message: `entries[${index}].name ${JSON.stringify(cut(entry.name))} is also entries[${first}].name${entry.province !== undefined ? ` (both in ${JSON.stringify(cut(entry.province))})` : ""}: each instansi is ranked once`,
        details: { first: ["entries", first], second: ["entries", index] },
      });
    keys.set(key, index);
  });
  const sign = order === "asc" ? 1 : -1;
  parsed.sort((a, b) => sign * cmp(a.value, b.value) || a.index - b.index);
  const out: Ranked[] = [];
  parsed.forEach((p, i) => {
    const prev = parsed[i - 1];
    const next = parsed[i + 1];
    const tiedAbove = prev !== undefined && cmp(prev.value, p.value) === 0;
    const tiedBelow = next !== undefined && cmp(next.value, p.value) === 0;
    const rankNo = tiedAbove ? (out[i - 1] as Ranked).rank : i + 1;
    out.push({
      rank: rankNo,
      name: p.entry.name,
      value: p.text,
      ...(p.entry.province !== undefined ? { province: p.entry.province } : {}),
      tied: tiedAbove || tiedBelow,
      predicate: p.predicate,
    });
  });
  return limit === undefined ? out : out.filter((r) => r.rank <= limit);
}
