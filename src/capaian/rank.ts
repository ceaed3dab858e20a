/**
 * Ranking the OPDs of a pemda for one triwulan (Kota Batu's use: the lowest
 * performers each quarter get assistance), with the change since an earlier
 * quarter. Ranks come from exact values, so two OPDs tie only when their
 * figures are exactly equal, and shuffling the input changes nothing.
 */
import { KinerjaError } from "../core/errors.js";
import { checkLimit, getLimits, type Limits } from "../core/limits.js";
import { snapshot } from "../core/plain.js";
import { cmp, type Rational } from "../core/rational.js";
import { choice, record } from "./amount.js";
import type { CapaianStatus } from "./capaian.js";
import { difference } from "./exactSum.js";
import { delta, type ExactFigure } from "./figure.js";
import { type KnownQuarter, knownQuarter, knownValue } from "./known.js";
import { labelOf, periodIndex, periodLabel, type Triwulan } from "./period.js";
import type { MeasureReason, OpdQuarterResult, PhysicalMode } from "./quarter.js";
import { centsKey, count, type RankBy, type Row, readRows, sameMode } from "./rankInput.js";

export type { RankBy };

export interface RankOpdsOptions {
  readonly by: RankBy;
  /** Flag the N lowest for assistance (default 0). Ties at the cut are all flagged. */
  readonly bottom?: number;
  /** The same OPDs' results for an earlier triwulan, for the change since then. */
  readonly previous?: ReadonlyArray<OpdQuarterResult>;
}

export interface RankChange {
  /** "absent" when the OPD is not in `previous`. */
  readonly previousStatus: CapaianStatus | "absent";
  readonly previousRank: number | null;
  /** previousRank − rank: positive means the OPD moved up. Null unless ranked both times. */
  readonly rankDelta: number | null;
  readonly previousValue: string | null;
  /** This quarter's exact value minus the earlier one ("+4.17"); null unless both have a value. */
  readonly delta: ExactFigure | null;
}

export interface RankedOpd {
  readonly opd: string;
  readonly name: string | null;
  /** Competition rank (1 = highest); null when the measure has no value. */
  readonly rank: number | null;
  /** Shares its rank with another OPD. */
  readonly tied: boolean;
  readonly status: CapaianStatus;
  readonly reason: MeasureReason | null;
  readonly value: string | null;
  readonly exact: string | null;
  readonly exactFraction: string | null;
  /** Among the bottom N: flagged for assistance. */
  readonly assistance: boolean;
  /** A figure was not reported: flagged, never ranked as 0. */
  readonly missingReport: boolean;
  /** Null when no `previous` was given. */
  readonly change: RankChange | null;
}

export interface OpdRanking {
  readonly by: RankBy;
  readonly period: Triwulan;
  readonly periodLabel: string;
  readonly previousPeriod: Triwulan | null;
  readonly bottom: number;
  readonly tieRule: string;
  /** Ranked OPDs by rank (ties by OPD id), then the unranked by OPD id. */
  readonly entries: ReadonlyArray<RankedOpd>;
  /** OPD ids flagged for assistance, lowest first. */
  readonly assistance: ReadonlyArray<string>;
  /** OPD ids with a missing report (not ranked). */
  readonly missing: ReadonlyArray<string>;
  /** OPD ids whose measure cannot be computed (e.g. zero pagu; not ranked). */
  readonly notAssessable: ReadonlyArray<string>;
}

export const TIE_RULE =
  "Competition ranking on exact values: equal values share a rank and the next rank skips (1, 2, 2, 4); within a tie OPDs are listed by id. The bottom N are the N lowest values; every OPD tied with the N-th lowest is flagged too, so more than N may be flagged. OPDs without a value are not ranked and never flagged as if 0.";

const BY: ReadonlyArray<RankBy> = ["budget", "physical", "capaian"];
const byId = (a: { opd: string }, b: { opd: string }) => (a.opd < b.opd ? -1 : a.opd > b.opd ? 1 : 0);

/**
 * Ranks `opdQuarter()` results of one triwulan by budget realisation,
 * physical progress or mean capaian (highest first), flags the bottom N for
 * assistance and, given `previous`, the change in rank and value. Duplicate
 * OPD ids, mixed periods, mixed physical modes or a `previous` that is not
 * earlier throw INVALID_INPUT.
 *
 * @example
 * ```ts
 * import { opdQuarter, rankOpds } from "kinerja/capaian";
 *
 * const period = { kind: "triwulan", year: 2024, triwulan: 2 } as const;
 * const opd = (id: string, realisasi: number | null) =>
 *   opdQuarter({
 *     opd: id,
 *     period,
 *     subKegiatan: realisasi === null ? null : [{ id: "1", pagu: 100, realisasi, fisik: 50 }],
 *   });
 * const ranking = rankOpds([opd("A", 60), opd("B", 40), opd("C", 40), opd("D", 80), opd("E", null)], {
 *   by: "budget",
 *   bottom: 1,
 * });
 * ranking.entries.map((e) => `${e.rank ?? "—"} ${e.opd}`).join(", "); // "1 D, 2 A, 3 B, 3 C, — E"
 * ranking.assistance.join(" "); // "B C": tied at the bottom, both flagged
 * ranking.missing.join(" "); // "E": no report, never ranked as 0
 * ```
 */
export function rankOpds(given: ReadonlyArray<OpdQuarterResult>, options: RankOpdsOptions): OpdRanking {
  return rankKnown(given, options) ?? rankRead(given, options);
}

/** The general path: any input, read once as plain data and checked field by field. */
function rankRead(given: unknown, options: unknown): OpdRanking {
  // Read once as plain data (own fields; no getters, Proxies, holes or cycles), at most the units limit of OPDs.
  const opds = snapshot(given, ["opds"]);
  if (Array.isArray(opds)) checkLimit("units", opds.length, ["opds"]);
  const opts = record(snapshot(options, ["options"]), ["options"], "an options object { by, bottom, previous }");
  const by = choice(opts.by, BY, ["options", "by"]);
  const bottom = opts.bottom === undefined ? 0 : count(opts.bottom, ["options", "bottom"]);
  const rows = readRows(opds, by, ["opds"]);
  if (rows.length === 0)
    throw new KinerjaError("INVALID_INPUT", "rankOpds needs at least one OPD result", {
      path: ["opds"],
      rule: "a non-empty array of opdQuarter() results",
    });
  const prev = opts.previous === undefined ? null : readRows(opts.previous, by, ["options", "previous"]);
  return ranking(by, bottom, rows, prev);
}

/**
 * The common case: every OPD (and every previous one) is an `opdQuarter()` result of this process whose ranked
 * fields are unchanged, and the options are plain. Then only those fields are read (each once, inside a guard),
 * and the exact values recorded beside them are used, instead of copying every result and parsing its fractions
 * again. The ranking is the one `rankRead` gives; anything else (a result that travelled as JSON or was edited, a
 * getter, a bad option, a duplicate id, mixed quarters, a limit that copying would exceed) returns null, and
 * `rankRead` then reads the input as before, errors included. Fields a ranking does not read (the indicators, the
 * sources) are not walked here: something added there that the copy would refuse (a getter that throws, a cycle)
 * goes unnoticed, and cannot change the ranking.
 */
function rankKnown(given: unknown, options: unknown): OpdRanking | null {
  const limits = getLimits();
  // What a snapshot would count: every value it copies, per call, within units × 20 (core/plain.ts).
  const budget = limits.units * 20;
  if (typeof options !== "object" || options === null || Array.isArray(options)) return null;
  const list = knownList(given, limits.units, limits, 1);
  if (list === null || list.known.length === 0 || 1 + list.values > budget) return null;
  let by: unknown;
  let bottom: unknown;
  let previous: KnownList | null = null;
  let hasPrevious = false;
  try {
    const keys = Object.keys(options);
    let values = 1 + keys.length;
    for (const key of keys) {
      if (key.length > limits.text) return null;
      const value = (options as Record<string, unknown>)[key];
      if (key === "previous" && value !== undefined) {
        previous = knownList(value, Math.max(limits.units, limits.respondents, limits.answers), limits, 2);
        if (previous === null) return null;
        values += previous.values;
        hasPrevious = true;
        continue;
      }
      if (typeof value === "string" ? value.length > limits.text : typeof value === "object" && value !== null)
        return null;
      if (key === "by") by = value;
      else if (key === "bottom") bottom = value;
    }
    if (values > budget) return null;
  } catch {
    return null;
  }
  if (!(BY as ReadonlyArray<unknown>).includes(by)) return null;
  if (bottom !== undefined && (typeof bottom !== "number" || !Number.isInteger(bottom) || bottom < 0)) return null;
  const measure = by as RankBy;
  const rows = knownRows(list.known, measure);
  if (rows === null) return null;
  let prev: Row[] | null = null;
  if (hasPrevious) {
    prev = knownRows((previous as KnownList).known, measure);
    if (prev === null) return null;
  }
  return ranking(measure, bottom === undefined || bottom === 0 ? 0 : (bottom as number), rows, prev);
}

interface KnownList {
  readonly known: ReadonlyArray<{ readonly item: object; readonly info: KnownQuarter }>;
  /** At least what a snapshot of the array counts. */
  readonly values: number;
}

/**
 * An array of results computed here, read inside a guard, with at most `most` elements and nothing a snapshot
 * at nesting `depth` would refuse under `limits`; null otherwise.
 */
function knownList(value: unknown, most: number, limits: Limits, depth: number): KnownList | null {
  if (!Array.isArray(value)) return null;
  try {
    const length = value.length;
    if (typeof length !== "number" || length > most) return null;
    const known = new Array<{ item: object; info: KnownQuarter }>(length);
    let values = 0;
    for (let i = 0; i < length; i++) {
      const item: unknown = value[i];
      const info = knownQuarter(item);
      if (info === undefined || info.longest > limits.text || depth + info.depth > limits.depth) return null;
      values += info.values;
      known[i] = { item: item as object, info };
    }
    return { known, values };
  } catch {
    return null;
  }
}

/** The rows of results computed here, when the fields ranked by are unchanged, ids unique and the quarter one. */
function knownRows(list: KnownList["known"], by: RankBy): Row[] | null {
  if (list.length === 0) return [];
  const rows = new Array<Row>(list.length);
  const seen = new Set<string>();
  const first = (list[0] as (typeof list)[number]).info;
  // One quarter for all (checked below): one period object for the rows of this ranking.
  const period: Triwulan = { kind: "triwulan", year: first.year, triwulan: first.triwulan as Triwulan["triwulan"] };
  try {
    for (let i = 0; i < list.length; i++) {
      const { item, info } = list[i] as (typeof list)[number];
      const o = item as Record<string, unknown>;
      if (o.opd !== info.opd || o.name !== info.name || seen.has(info.opd)) return null;
      seen.add(info.opd);
      const p = o.period as Record<string, unknown>;
      if (p !== info.period || p.kind !== "triwulan" || p.year !== info.year || p.triwulan !== info.triwulan)
        return null;
      if (info.year !== first.year || info.triwulan !== first.triwulan) return null;
      const k = info[by];
      const m = o[by] as Record<string, unknown>;
      if (
        m !== k.ref ||
        m.status !== k.status ||
        m.reason !== k.reason ||
        m.value !== k.value ||
        m.exact !== k.exact ||
        m.exactFraction !== k.exactFraction ||
        (by === "physical" && m.mode !== k.mode)
      )
        return null;
      const assessed = k.status === "assessed";
      rows[i] = {
        opd: info.opd,
        name: info.name,
        status: k.status,
        reason: assessed ? null : (k.reason as MeasureReason | null),
        v: assessed && k.v !== null ? knownValue(k.v) : null,
        key: assessed ? centsKey(k.value) : null,
        value: assessed ? k.value : null,
        exact: assessed ? k.exact : null,
        exactFraction: assessed ? k.exactFraction : null,
        period,
        mode: by === "physical" ? (k.mode as PhysicalMode) : null,
      };
    }
  } catch {
    return null;
  }
  return rows;
}

/** The ranking of checked rows; `prev` null when no previous results were given. */
function ranking(by: RankBy, bottom: number, rows: ReadonlyArray<Row>, prev: ReadonlyArray<Row> | null): OpdRanking {
  const period = (rows[0] as Row).period;
  const own = ranked(rows);
  // The bottom N: the N lowest values and everything tied with the N-th lowest, a tail of the ranked rows.
  const list = own.rows;
  let firstFlagged = list.length;
  if (bottom > 0 && list.length > 0) {
    const cut = list[list.length - Math.min(bottom, list.length)] as Row;
    while (firstFlagged > 0 && compare(list[firstFlagged - 1] as Row, cut) <= 0) firstFlagged--;
  }

  let previousPeriod: Triwulan | null = null;
  let before: Map<string, { row: Row; rank: number | null }> | null = null;
  if (prev !== null) {
    if (prev.length > 0) {
      previousPeriod = (prev[0] as Row).period;
      if (periodIndex(previousPeriod) >= periodIndex(period))
        throw new KinerjaError(
          "INVALID_INPUT",
          `previous is ${periodLabel(previousPeriod)}, not earlier than ${periodLabel(period)}`,
          { path: ["options", "previous", 0, "period"], rule: "previous results are for an earlier triwulan" },
        );
      if (by === "physical") sameMode([...rows, ...prev], by);
      const earlier = ranked(prev);
      before = new Map();
      for (const r of prev) before.set(r.opd, { row: r, rank: null });
      earlier.rows.forEach((r, i) => {
        (before?.get(r.opd) as { rank: number | null }).rank = earlier.rank[i] as number;
      });
    }
  } else sameMode(rows, by);

  const entry = (r: Row, rankNo: number | null, tied: boolean, assistance: boolean): RankedOpd => ({
    opd: r.opd,
    name: r.name,
    rank: rankNo,
    tied,
    status: r.status,
    reason: r.reason,
    value: r.value,
    exact: r.exact,
    exactFraction: r.exactFraction,
    assistance,
    missingReport: r.status === "missing",
    change: prev === null ? null : change(r, rankNo, before?.get(r.opd)),
  });
  // Ranked first (by rank, a tie by id: the ranked order), then the unranked by id.
  const entries = list.map((r, i) => entry(r, own.rank[i] as number, own.tied[i] as boolean, i >= firstFlagged));
  const unranked = rows.filter((r) => r.v === null).sort(byId);
  for (const r of unranked) entries.push(entry(r, null, false, false));
  const ids = (s: CapaianStatus) => unranked.filter((r) => r.status === s).map((r) => r.opd);
  return {
    by,
    period,
    periodLabel: labelOf(period),
    previousPeriod,
    bottom,
    tieRule: TIE_RULE,
    entries,
    assistance: list
      .slice(firstFlagged)
      .sort((a, b) => compare(a, b) || byId(a, b))
      .map((r) => r.opd),
    missing: ids("missing"),
    notAssessable: ids("notAssessable"),
  };
}

/**
 * Two rows with values, by exact value. Their published values (half-up to 2 decimals) order them whenever they
 * differ, since rounding never reverses an order; only equal published values take the exact comparison.
 */
function compare(a: Row, b: Row): number {
  if (a.key !== null && b.key !== null && a.key !== b.key) return a.key < b.key ? -1 : 1;
  return cmp(a.v as Rational, b.v as Rational);
}

/** The rows with a value, highest first (a tie by id), with their competition ranks and whether tied. */
function ranked(rows: ReadonlyArray<Row>): { rows: Row[]; rank: number[]; tied: boolean[] } {
  const list = rows.filter((r) => r.v !== null).sort((a, b) => compare(b, a) || byId(a, b));
  const rank = new Array<number>(list.length);
  const tied = new Array<boolean>(list.length).fill(false);
  for (let i = 0; i < list.length; i++) {
    const tiedAbove = i > 0 && compare(list[i - 1] as Row, list[i] as Row) === 0;
    rank[i] = tiedAbove ? (rank[i - 1] as number) : i + 1;
    if (tiedAbove) {
      tied[i] = true;
      tied[i - 1] = true;
    }
  }
  return { rows: list, rank, tied };
}

function change(r: Row, rankNo: number | null, prev: { row: Row; rank: number | null } | undefined): RankChange {
  if (prev === undefined) return absent();
  const p = prev.row;
  return {
    previousStatus: p.status,
    previousRank: prev.rank,
    rankDelta: prev.rank !== null && rankNo !== null ? prev.rank - rankNo : null,
    previousValue: p.value,
    delta: r.v !== null && p.v !== null ? delta(difference(r.v, p.v)) : null,
  };
}

const absent = (): RankChange => ({
  previousStatus: "absent",
  previousRank: null,
  rankDelta: null,
  previousValue: null,
  delta: null,
});
