/**
 * Performance periods (the time a figure measures), checked by hand to the
 * same rules as `periodSchema` in kinerja/schema. A period is never the
 * assessment year: the TW II 2024 report is judged whenever it is judged.
 */
import { type ErrorPath, formatPath, KinerjaError } from "../core/errors.js";
import { snapshot } from "../core/plain.js";
import { choice, onlyKeys, record } from "./amount.js";

export type CapaianPeriod =
  | { readonly kind: "year"; readonly year: number }
  | { readonly kind: "semester"; readonly year: number; readonly semester: 1 | 2 }
  | { readonly kind: "triwulan"; readonly year: number; readonly triwulan: 1 | 2 | 3 | 4 }
  | { readonly kind: "month"; readonly year: number; readonly month: number };

/** A triwulan (quarter): TW I–IV of a fiscal year. */
export type Triwulan = Extract<CapaianPeriod, { kind: "triwulan" }>;

const KINDS = ["year", "semester", "triwulan", "month"] as const;
const PART: Record<CapaianPeriod["kind"], [string, number] | null> = {
  year: null,
  semester: ["semester", 2],
  triwulan: ["triwulan", 4],
  month: ["month", 12],
};

function whole(value: unknown, min: number, max: number, path: ErrorPath): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    throw new KinerjaError("INVALID_INPUT", `${formatPath(path)} must be a whole number from ${min} to ${max}`, {
      path,
      rule: `an integer from ${min} to ${max}`,
      details: { value: typeof value === "number" ? value : typeof value },
    });
  return value;
}

/** A copy of a valid period, else INVALID_INPUT at `path`. */
export function checkPeriod(value: unknown, path: ErrorPath): CapaianPeriod {
  const p = record(value, path, "a period { kind, year, … }");
  const kind = choice(p.kind, KINDS, [...path, "kind"]);
  const part = PART[kind];
  onlyKeys(p, part === null ? ["kind", "year"] : ["kind", "year", part[0]], path);
  const year = whole(p.year, 2000, 2100, [...path, "year"]);
  if (part === null) return { kind: "year", year };
  const n = whole(p[part[0]], 1, part[1], [...path, part[0]]);
  return { kind, year, [part[0]]: n } as CapaianPeriod;
}

/** A triwulan, else INVALID_INPUT. */
export function checkTriwulan(value: unknown, path: ErrorPath): Triwulan {
  const p = checkPeriod(value, path);
  if (p.kind !== "triwulan")
    throw new KinerjaError(
      "INVALID_INPUT",
      `${formatPath(path)} must be a triwulan { kind: "triwulan", year, triwulan }`,
      {
        path: [...path, "kind"],
        rule: 'kind "triwulan"',
      },
    );
  return p;
}

/** Position in time within one kind (months since year 0 at the period's start). */
export function periodIndex(p: CapaianPeriod): number {
  const start =
    p.kind === "year"
      ? 0
      : p.kind === "semester"
        ? (p.semester - 1) * 6
        : p.kind === "triwulan"
          ? (p.triwulan - 1) * 3
          : p.month - 1;
  return p.year * 12 + start;
}

const ROMAN = ["I", "II", "III", "IV"];
const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/**
 * "2024", "Semester I 2024", "TW II 2024", "Maret 2024".
 *
 * @example
 * ```ts
 * import { periodLabel } from "kinerja/capaian";
 *
 * periodLabel({ kind: "triwulan", year: 2024, triwulan: 2 }); // "TW II 2024"
 * periodLabel({ kind: "month", year: 2024, month: 3 }); // "Maret 2024"
 * ```
 */
export function periodLabel(given: CapaianPeriod): string {
  return labelOf(checkPeriod(snapshot(given, ["period"]), ["period"]));
}

/** Labels of triwulan already made ("TW II 2024"), by year × 4 + triwulan: at most 404 (years 2000–2100). */
const TRIWULAN_LABELS = new Map<number, string>();

/** The label of a period already checked. */
export function labelOf(p: CapaianPeriod): string {
  if (p.kind === "triwulan") {
    const key = p.year * 4 + p.triwulan;
    let label = TRIWULAN_LABELS.get(key);
    if (label === undefined) {
      label = `TW ${ROMAN[p.triwulan - 1]} ${p.year}`;
      TRIWULAN_LABELS.set(key, label);
    }
    return label;
  }
  if (p.kind === "year") return String(p.year);
  if (p.kind === "semester") return `Semester ${ROMAN[p.semester - 1]} ${p.year}`;
  return `${BULAN[p.month - 1]} ${p.year}`;
}
