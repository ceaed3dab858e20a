import { toRubric } from "../../api/toRubric.js";
import type { Dec } from "../../core/decimal.js";
import { KinerjaError } from "../../core/errors.js";
import { parseDecimalInput } from "../../engine/answers.js";
import { prepare } from "../../engine/prepare.js";
import type { AnswerValue, DecimalString, Predicate, RubricDefinition, RubricRef } from "../../model/types.js";
import { oneOf, optionsObject } from "../shared.js";
import { asPublished } from "./published.js";

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
 * are rounded as published and classified; the range is checked on the value
 * as given, before rounding (100.004 is outside 0–100, as `classify` says).
 */
export function rank(entries: ReadonlyArray<RankEntry>, options?: RankOptions): Ranked[] {
  if (!Array.isArray(entries))
    throw new KinerjaError("INVALID_INPUT", "rank needs an array of { name, value }", {
      path: ["entries"],
      rule: "an array of entries",
    });
  const opts = optionsObject(options);
  const order = oneOf(opts.order, ["desc", "asc"] as const, ["options", "order"]) ?? "desc";
  if (opts.province !== undefined && typeof opts.province !== "string")
    throw new KinerjaError("INVALID_INPUT", "options.province must be a province name", {
      path: ["options", "province"],
      rule: "a province name (text)",
    });
  const limit = opts.limit;
  if (limit !== undefined && (typeof limit !== "number" || !Number.isInteger(limit) || limit < 1))
    throw new KinerjaError("INVALID_INPUT", "limit must be a whole number of places, at least 1", {
      path: ["options", "limit"],
      rule: "a positive whole number",
    });
  const rubric: RubricDefinition | null = opts.rubric !== undefined ? prepare(toRubric(opts.rubric)).rubric : null;
  const parsed: Array<{ entry: RankEntry; value: Dec; text: string; predicate: Predicate | null; index: number }> = [];
  const list: ReadonlyArray<RankEntry> = entries;
  list.forEach((entry, index) => {
    if (typeof entry?.name !== "string" || entry.name === "")
      throw new KinerjaError("INVALID_INPUT", `entries[${index}].name must name the instansi or unit`, {
        path: ["entries", index, "name"],
        rule: "every entry is named",
      });
    if (opts.province !== undefined && entry.province !== opts.province) return;
    const path = ["entries", index, "value"];
    if (rubric) {
      // Range on the unrounded value, rounded as published, classified: the engine's path.
      const p = asPublished(rubric, entry.value, path);
      parsed.push({ entry, value: p.value, text: p.text, predicate: p.predicate, index });
      return;
    }
    const value = parseDecimalInput(entry.value, path);
    if (value.lt(0) || value.gt(100))
      throw new KinerjaError("OUT_OF_RANGE", `entries[${index}] (${entry.name}): ${value.toFixed()} is outside 0–100`, {
        path,
        rule: "a value from 0 to 100",
      });
    parsed.push({ entry, value, text: value.toFixed(), predicate: null, index });
  });
  const sign = order === "asc" ? 1 : -1;
  parsed.sort((a, b) => sign * a.value.cmp(b.value) || a.index - b.index);
  const out: Ranked[] = [];
  parsed.forEach((p, i) => {
    const prev = parsed[i - 1];
    const next = parsed[i + 1];
    const tiedAbove = prev?.value.eq(p.value) === true;
    const tiedBelow = next?.value.eq(p.value) === true;
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
