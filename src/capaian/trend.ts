/**
 * Period-over-period change of one indicator (a realisation, a capaian, a
 * budget realisation %): exact deltas between consecutive points, with a
 * missing point kept as a gap rather than read as 0.
 */
import { KinerjaError } from "../core/errors.js";
import { checkLimit } from "../core/limits.js";
import { snapshot } from "../core/plain.js";
import { add, cmp, mul, type Rational, rational } from "../core/rational.js";
import { type Amount, choice, isMissing, onlyKeys, parseAmount, parseFraction, record } from "./amount.js";
import type { CapaianStatus } from "./capaian.js";
import { delta, type ExactFigure, figure } from "./figure.js";
import { type CapaianPeriod, checkPeriod, periodIndex, periodLabel } from "./period.js";

/** A result of `capaian()` or a measure of `opdQuarter()`: read from its exact fraction. */
export interface ExactResultLike {
  readonly status: string;
  readonly exactFraction: string | null;
}

export interface TrendPointInput {
  readonly period: CapaianPeriod;
  /** A figure, a capaian/measure result, or null when not reported. */
  readonly value: Amount | ExactResultLike | null;
}

export interface TrendOptions {
  /** Says whether a rise is an improvement; without it `assessment` is null. */
  readonly polarity?: "higherIsBetter" | "lowerIsBetter";
}

export interface TrendChange {
  readonly from: CapaianPeriod;
  readonly fromLabel: string;
  /** This point minus the earlier one, exact ("+2.50", "-0.75"). */
  readonly delta: ExactFigure;
  readonly direction: "up" | "down" | "same";
  readonly assessment: "improved" | "worsened" | "unchanged" | null;
}

export interface TrendPoint {
  readonly period: CapaianPeriod;
  readonly periodLabel: string;
  readonly status: CapaianStatus;
  readonly value: string | null;
  readonly exact: string | null;
  readonly exactFraction: string | null;
  /** Against the previous point of the series; null for the first point or when either has no value. */
  readonly change: TrendChange | null;
}

export interface TrendResult {
  readonly kind: CapaianPeriod["kind"];
  readonly polarity: "higherIsBetter" | "lowerIsBetter" | null;
  /** In time order, whatever the input order. */
  readonly points: ReadonlyArray<TrendPoint>;
  /** From the first to the last point, when both have a value. */
  readonly overall: TrendChange | null;
}

const STATUSES: ReadonlyArray<CapaianStatus> = ["assessed", "notAssessable", "missing"];

/**
 * The series in time order with the change from each point to the next.
 * Periods must all be of one kind (all triwulan, all years …) and distinct.
 *
 * @example
 * ```ts
 * import { trend } from "kinerja/capaian";
 *
 * const t = trend(
 *   [
 *     { period: { kind: "year", year: 2022 }, value: 96 },
 *     { period: { kind: "year", year: 2023 }, value: null },
 *     { period: { kind: "year", year: 2024 }, value: "99.5" },
 *   ],
 *   { polarity: "higherIsBetter" },
 * );
 * t.points[1]?.status; // "missing": a gap, never a 0
 * t.overall?.delta.value; // "+3.50"
 * t.overall?.assessment; // "improved"
 * ```
 */
export function trend(given: ReadonlyArray<TrendPointInput>, optionsGiven?: TrendOptions): TrendResult {
  // Read once as plain data (own fields; no getters, Proxies, holes or cycles), at most the units limit of points.
  const series = snapshot(given, ["series"]);
  const options = snapshot(optionsGiven, ["options"]);
  if (Array.isArray(series)) checkLimit("units", series.length, ["series"]);
  if (!Array.isArray(series) || series.length === 0)
    throw new KinerjaError("INVALID_INPUT", "trend needs a non-empty array of { period, value }", {
      path: ["series"],
      rule: "at least one point",
    });
  const opts = options === undefined ? {} : record(options, ["options"], "an options object { polarity }");
  onlyKeys(opts, ["polarity"], ["options"]);
  const polarity =
    opts.polarity === undefined
      ? null
      : choice(opts.polarity, ["higherIsBetter", "lowerIsBetter"] as const, ["options", "polarity"]);
  const points = (series as ReadonlyArray<unknown>).map((item, i) => {
    const o = record(item, ["series", i], "a point { period, value }");
    onlyKeys(o, ["period", "value"], ["series", i]);
    const period = checkPeriod(o.period, ["series", i, "period"]);
    return { period, index: periodIndex(period), i, ...read(o.value, i) };
  });
  const kind = (points[0] as (typeof points)[number]).period.kind;
  points.sort((a, b) => a.index - b.index);
  points.forEach((p, k) => {
    if (p.period.kind !== kind)
      throw new KinerjaError("INVALID_INPUT", `series mixes ${kind} and ${p.period.kind} periods`, {
        path: ["series", p.i, "period", "kind"],
        rule: "one kind of period per series",
      });
    if (k > 0 && (points[k - 1] as typeof p).index === p.index)
      throw new KinerjaError("INVALID_INPUT", `${periodLabel(p.period)} appears twice`, {
        path: ["series", p.i, "period"],
        rule: "each period once",
      });
  });
  const step = (from: (typeof points)[number], to: (typeof points)[number]): TrendChange | null => {
    if (from.v === null || to.v === null) return null;
    const d = add(to.v, mul(from.v, rational(-1n)));
    const c = cmp(d, rational(0n));
    const better = polarity === "lowerIsBetter" ? -c : c;
    return {
      from: from.period,
      fromLabel: periodLabel(from.period),
      delta: delta(d),
      direction: c > 0 ? "up" : c < 0 ? "down" : "same",
      assessment: polarity === null ? null : better > 0 ? "improved" : better < 0 ? "worsened" : "unchanged",
    };
  };
  return {
    kind,
    polarity,
    points: points.map((p, k) => ({
      period: p.period,
      periodLabel: periodLabel(p.period),
      status: p.status,
      ...(p.v === null ? { value: null, exact: null, exactFraction: null } : figure(p.v)),
      change: k === 0 ? null : step(points[k - 1] as typeof p, p),
    })),
    overall:
      points.length < 2
        ? null
        : step(points[0] as (typeof points)[number], points[points.length - 1] as (typeof points)[number]),
  };
}

function read(value: unknown, i: number): { status: CapaianStatus; v: Rational | null } {
  if (isMissing(value)) return { status: "missing", v: null };
  if (typeof value !== "object") return { status: "assessed", v: parseAmount(value, ["series", i, "value"]) };
  const o = record(value, ["series", i, "value"], "a figure or a capaian result");
  const status = choice(o.status, STATUSES, ["series", i, "value", "status"]);
  return {
    status,
    v: status === "assessed" ? parseFraction(o.exactFraction, ["series", i, "value", "exactFraction"]) : null,
  };
}
