/**
 * Reading `opdQuarter()` results back for a ranking: they may have travelled
 * as JSON, so each is checked and its exact value re-read from its fraction
 * (results this process computed take the shortcut in rank.ts instead).
 */
import { cut, type ErrorPath, formatPath, KinerjaError } from "../core/errors.js";
import type { Rational } from "../core/rational.js";
import { choice, nonEmptyString, parseFraction, readScaled, record, SCALED } from "./amount.js";
import type { CapaianStatus } from "./capaian.js";
import { figure } from "./figure.js";
import { checkTriwulan, periodLabel, type Triwulan } from "./period.js";
import type { MeasureReason, PhysicalMode } from "./quarter.js";

/** Which measure of `opdQuarter()` to rank by: realisasi keuangan, realisasi fisik, or mean capaian. */
export type RankBy = "budget" | "physical" | "capaian";

/** One OPD's measure, as ranked. */
export interface Row {
  opd: string;
  name: string | null;
  status: CapaianStatus;
  reason: MeasureReason | null;
  v: Rational | null;
  /** The published value in hundredths (`centsKey`), for ordering before the exact comparison. */
  key: number | null;
  /** The measure's three texts (null without a value). */
  value: string | null;
  exact: string | null;
  exactFraction: string | null;
  period: Triwulan;
  mode: PhysicalMode | null;
}

const STATUSES: ReadonlyArray<CapaianStatus> = ["assessed", "notAssessable", "missing"];
const REASONS: ReadonlyArray<MeasureReason> = [
  "missingReport",
  "noSubKegiatan",
  "zeroPagu",
  "noIndicators",
  "noAssessableIndicator",
];

/** The rows of one triwulan; duplicate ids or mixed quarters throw INVALID_INPUT. */
export function readRows(list: unknown, by: RankBy, path: ErrorPath): Row[] {
  if (!Array.isArray(list))
    throw new KinerjaError("INVALID_INPUT", `${formatPath(path)} must be an array of opdQuarter() results`, {
      path,
      rule: "an array of opdQuarter() results",
    });
  const seen = new Set<string>();
  const rows = (list as ReadonlyArray<unknown>).map((item, i): Row => {
    const at: ErrorPath = [...path, i];
    const o = record(item, at, "an opdQuarter() result");
    const opd = nonEmptyString(o.opd, [...at, "opd"], "the OPD's id");
    if (seen.has(opd))
      throw new KinerjaError("INVALID_INPUT", `${formatPath(path)}: OPD ${JSON.stringify(cut(opd))} appears twice`, {
        path: [...at, "opd"],
        rule: "unique OPD ids",
        details: { opd },
      });
    seen.add(opd);
    const m = record(o[by], [...at, by], `the ${by} measure of an opdQuarter() result`);
    const status = choice(m.status, STATUSES, [...at, by, "status"]);
    const v = status === "assessed" ? parseFraction(m.exactFraction, [...at, by, "exactFraction"]) : null;
    const shown = v === null ? { value: null, exact: null, exactFraction: null } : figure(v);
    return {
      opd,
      name: typeof o.name === "string" ? o.name : null,
      status,
      reason:
        status === "assessed" || m.reason === null || m.reason === undefined
          ? null
          : choice(m.reason, REASONS, [...at, by, "reason"]),
      v,
      key: centsKey(shown.value),
      value: shown.value,
      exact: shown.exact,
      exactFraction: shown.exactFraction,
      period: checkTriwulan(o.period, [...at, "period"]),
      mode: by === "physical" ? choice(m.mode, ["paguWeighted", "unweightedMean"] as const, [...at, by, "mode"]) : null,
    };
  });
  rows.forEach((r, i) => {
    const first = rows[0] as Row;
    if (r.period.year !== first.period.year || r.period.triwulan !== first.period.triwulan)
      throw new KinerjaError(
        "INVALID_INPUT",
        `${formatPath(path)}: ${r.opd} is ${periodLabel(r.period)}, ${first.opd} is ${periodLabel(first.period)}`,
        { path: [...path, i, "period"], rule: "one triwulan per ranking" },
      );
  });
  return rows;
}

/** A published value ("113.33", half-up to 2 decimals) in hundredths, when a safe integer; else null. */
export function centsKey(value: string | null): number | null {
  return value !== null && readScaled(value) && SCALED.e === 2 ? SCALED.n : null;
}

/** Physical progress ranks like with like: one mode across the ranking. */
export function sameMode(rows: ReadonlyArray<Row>, by: RankBy): void {
  if (by !== "physical") return;
  const modes = new Set(rows.map((r) => r.mode));
  if (modes.size > 1)
    throw new KinerjaError("INVALID_INPUT", "physical progress was computed in different modes; rank like with like", {
      path: ["opds"],
      rule: "one physical mode (paguWeighted or unweightedMean) across the ranking",
    });
}

/** A whole number, 0 or more (the bottom N). */
export function count(value: unknown, path: ErrorPath): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0)
    throw new KinerjaError("INVALID_INPUT", `${formatPath(path)} must be a whole number, 0 or more`, {
      path,
      rule: "a non-negative integer",
    });
  return value === 0 ? 0 : value; // -0 is 0 (JSON has no -0)
}
