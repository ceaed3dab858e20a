/**
 * Ranking the OPDs of a pemda for one triwulan (Kota Batu's use: the lowest
 * performers each quarter get assistance), with the change since an earlier
 * quarter. Ranks come from exact values, so two OPDs tie only when their
 * figures are exactly equal, and shuffling the input changes nothing.
 */
import { KinerjaError } from "../core/errors.js";
import { checkLimit } from "../core/limits.js";
import { snapshot } from "../core/plain.js";
import { add, cmp, mul, type Rational, rational } from "../core/rational.js";
import { choice, record } from "./amount.js";
import type { CapaianStatus } from "./capaian.js";
import { delta, type ExactFigure } from "./figure.js";
import { periodIndex, periodLabel, type Triwulan } from "./period.js";
import type { MeasureReason, OpdQuarterResult } from "./quarter.js";
import { count, type RankBy, type Row, readRows, sameMode } from "./rankInput.js";

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
  const period = (rows[0] as Row).period;
  const ranks = rank(rows);
  const flagged = lowest(rows, bottom);

  let previousPeriod: Triwulan | null = null;
  let before: Map<string, { row: Row; rank: number | null }> | null = null;
  if (opts.previous !== undefined) {
    const prev = readRows(opts.previous, by, ["options", "previous"]);
    if (prev.length > 0) {
      previousPeriod = (prev[0] as Row).period;
      if (periodIndex(previousPeriod) >= periodIndex(period))
        throw new KinerjaError(
          "INVALID_INPUT",
          `previous is ${periodLabel(previousPeriod)}, not earlier than ${periodLabel(period)}`,
          { path: ["options", "previous", 0, "period"], rule: "previous results are for an earlier triwulan" },
        );
      sameMode([...rows, ...prev], by);
      const prevRanks = rank(prev);
      before = new Map(prev.map((r) => [r.opd, { row: r, rank: prevRanks.get(r.opd)?.rank ?? null }]));
    }
  } else sameMode(rows, by);

  const entries = rows.map((r): RankedOpd => {
    const own = ranks.get(r.opd) ?? null;
    return {
      opd: r.opd,
      name: r.name,
      rank: own?.rank ?? null,
      tied: own?.tied ?? false,
      status: r.status,
      reason: r.reason,
      ...r.shown,
      assistance: flagged.has(r.opd),
      missingReport: r.status === "missing",
      change: opts.previous === undefined ? null : change(r, own?.rank ?? null, before?.get(r.opd)),
    };
  });
  // Ranked first (by rank, a tie by id), then the unranked by id.
  const place = (e: RankedOpd) => e.rank ?? Number.MAX_SAFE_INTEGER;
  entries.sort((a, b) => place(a) - place(b) || byId(a, b));
  const ids = (s: CapaianStatus) => entries.filter((e) => e.status === s).map((e) => e.opd);
  return {
    by,
    period,
    periodLabel: periodLabel(period),
    previousPeriod,
    bottom,
    tieRule: TIE_RULE,
    entries,
    assistance: rows
      .filter((r) => flagged.has(r.opd))
      .sort((a, b) => cmp(a.v as Rational, b.v as Rational) || byId(a, b))
      .map((r) => r.opd),
    missing: ids("missing"),
    notAssessable: ids("notAssessable"),
  };
}

/** Competition ranks, highest value first. */
function rank(rows: ReadonlyArray<Row>): Map<string, { rank: number; tied: boolean }> {
  const ranked = rows.filter((r) => r.v !== null).sort((a, b) => cmp(b.v as Rational, a.v as Rational) || byId(a, b));
  const out = new Map<string, { rank: number; tied: boolean }>();
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    const next = ranked[i + 1];
    const tiedAbove = prev !== undefined && cmp(prev.v as Rational, r.v as Rational) === 0;
    const tiedBelow = next !== undefined && cmp(next.v as Rational, r.v as Rational) === 0;
    const rankNo = tiedAbove ? (out.get((prev as Row).opd) as { rank: number }).rank : i + 1;
    out.set(r.opd, { rank: rankNo, tied: tiedAbove || tiedBelow });
  });
  return out;
}

/** The N lowest values, and everything tied with the N-th lowest. */
function lowest(rows: ReadonlyArray<Row>, n: number): Set<string> {
  const values = rows.filter((r) => r.v !== null);
  if (n === 0 || values.length === 0) return new Set();
  const ascending = [...values].sort((a, b) => cmp(a.v as Rational, b.v as Rational));
  const cut = (ascending[Math.min(n, ascending.length) - 1] as Row).v as Rational;
  return new Set(values.filter((r) => cmp(r.v as Rational, cut) <= 0).map((r) => r.opd));
}

function change(r: Row, rankNo: number | null, prev: { row: Row; rank: number | null } | undefined): RankChange {
  if (prev === undefined) return absent();
  const p = prev.row;
  return {
    previousStatus: p.status,
    previousRank: prev.rank,
    rankDelta: prev.rank !== null && rankNo !== null ? prev.rank - rankNo : null,
    previousValue: p.shown.value,
    delta: r.v !== null && p.v !== null ? delta(add(r.v, mul(p.v, rational(-1n)))) : null,
  };
}

const absent = (): RankChange => ({
  previousStatus: "absent",
  previousRank: null,
  rankDelta: null,
  previousValue: null,
  delta: null,
});
