/** Plain-text layout for the terminal: columns, truncation, and the words of `explain` in two languages. */
import type { Text } from "../model/types.js";

export type Lang = "id" | "en";

export const labelOf = (text: Text, lang: Lang): string => (lang === "en" ? (text.en ?? text.id) : text.id);

/** Characters as the terminal counts them (code points; the labels are Latin script). */
const len = (s: string): number => [...s].length;

/** Cuts text to `width` characters, ending with "…" when cut. */
export function clip(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  return `${chars.slice(0, Math.max(0, width - 1)).join("")}…`;
}

export const padEnd = (s: string, w: number): string => s + " ".repeat(Math.max(0, w - len(s)));
export const padStart = (s: string, w: number): string => " ".repeat(Math.max(0, w - len(s))) + s;

/**
 * A decimal for a narrow column: at most `places` decimals, the rest cut off and marked "…" (display only; the
 * JSON output always has the full exact text). "2.7777777777777777777777" → "2.7777…".
 */
export function short(decimal: string, places = 4): string {
  const dot = decimal.indexOf(".");
  if (dot === -1 || decimal.length - dot - 1 <= places + 2) return decimal;
  return `${decimal.slice(0, dot + 1 + places)}…`;
}

export interface Column {
  readonly title: string;
  readonly align: "left" | "right";
  /** Takes the width left over by the other columns (one column at most). */
  readonly flexible?: boolean;
  readonly min?: number;
}

/** Words wrapped at `width` characters; lines after the first start with `indent`. */
export function wrap(text: string, width: number, indent = ""): string {
  const lead = /^ */.exec(text)?.[0] ?? "";
  const lines: string[] = [];
  let line = lead;
  for (const word of text.slice(lead.length).split(" ")) {
    const next = line.trim() === "" ? line + word : `${line} ${word}`;
    if (len(next) > width && line.trim() !== "") {
      lines.push(line);
      line = indent + word;
    } else line = next;
  }
  lines.push(line);
  return lines.join("\n");
}

/** `prefix + label + suffix` within `width`: the label is cut (with "…") so that the suffix (a figure) stays whole. */
export function labelled(prefix: string, label: string, suffix: string, width: number): string {
  return prefix + clip(label, Math.max(8, width - len(prefix) - len(suffix))) + suffix;
}

/** Lays out rows as columns separated by two spaces, within `width` characters (the flexible column is cut). */
export function table(
  columns: ReadonlyArray<Column>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  width: number,
): string {
  const widths = columns.map((c, i) => Math.max(len(c.title), ...rows.map((r) => len(r[i] ?? ""))));
  const flex = columns.findIndex((c) => c.flexible);
  if (flex !== -1) {
    const others = widths.reduce((a, w, i) => (i === flex ? a : a + w + 2), 0);
    widths[flex] = Math.max(columns[flex]?.min ?? 12, Math.min(widths[flex] as number, width - others));
  }
  const line = (cells: ReadonlyArray<string>) =>
    columns
      .map((c, i) => {
        const w = widths[i] as number;
        const cell = i === flex ? clip(cells[i] ?? "", w) : (cells[i] ?? "");
        return c.align === "right" ? padStart(cell, w) : padEnd(cell, w);
      })
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.title)), ...rows.map(line)].join("\n");
}

/** The words of `explain`. */
export const WORDS = {
  id: {
    value: "Nilai",
    exact: "tepat",
    predicate: "Predikat",
    noPredicate: "tanpa predikat (rentang predikat resmi tidak diketahui)",
    zone: "zona",
    toNext: (next: string, target: string, points: string, exclusive: boolean) =>
      `Menuju ${next}: perlu ${exclusive ? "lebih dari " : ""}${target}, kurang ${points} poin`,
    atTop: "Sudah di predikat tertinggi.",
    confirmedYes: "Terkonfirmasi: ya, setiap angka yang dipakai bersumber dan terkonfirmasi.",
    confirmedNo:
      "Terkonfirmasi: tidak. Sebagian angka yang dipakai (bobot, skala, rentang atau pembulatan) belum terkonfirmasi; lihat `source` di hasil JSON.",
    basisPoints: "Dihitung dari poin komponen yang dipublikasikan (basis: points).",
    parameters: "Parameter",
    capped: (reasons: string) => `Predikat dibatasi oleh syarat minimum: ${reasons}`,
    unstated: "Syarat minimum tidak dinyatakan (unmetRequirements): predikat belum memperhitungkannya.",
    code: "Kode",
    item: "Komponen / indikator",
    weight: "Bobot",
    raw: "Nilai",
    points: "Poin",
    notApplicable: "tidak berlaku",
    improve: "Yang diperbaiki lebih dulu",
    components: "Komponen dengan poin hilang terbanyak",
    missingOf: (missing: string, full: string) => `hilang ${missing} dari ${full}`,
    bestSteps: "Langkah dengan tambahan poin terbesar",
    fewest: (next: string, n: number, value: string) =>
      `Langkah paling sedikit menuju ${next}: ${n} langkah, nilai menjadi ${value}`,
    more: (n: number) => `… dan ${n} langkah lagi`,
    nothingToImprove: "Semua indikator sudah di nilai tertinggi skalanya.",
    noPlan: "Rencana perbaikan memerlukan jawaban per indikator, bukan poin komponen.",
  },
  en: {
    value: "Value",
    exact: "exact",
    predicate: "Predicate",
    noPredicate: "no predicate (the official bands are not known)",
    zone: "zone",
    toNext: (next: string, target: string, points: string, exclusive: boolean) =>
      `To ${next}: needs ${exclusive ? "more than " : ""}${target}, ${points} points short`,
    atTop: "Already at the top predicate.",
    confirmedYes: "Confirmed: yes, every figure used is sourced and confirmed.",
    confirmedNo:
      "Confirmed: no. Some figures used (weights, scales, bands or rounding) are unconfirmed; see `source` in the JSON result.",
    basisPoints: "Computed from the published points of the components (basis: points).",
    parameters: "Parameters",
    capped: (reasons: string) => `Predicate capped by minimum requirements: ${reasons}`,
    unstated: "Minimum requirements not stated (unmetRequirements): the predicate does not account for them.",
    code: "Code",
    item: "Component / indicator",
    weight: "Weight",
    raw: "Value",
    points: "Points",
    notApplicable: "not applicable",
    improve: "What to improve first",
    components: "Components with the most points missing",
    missingOf: (missing: string, full: string) => `${missing} missing of ${full}`,
    bestSteps: "Steps that gain the most",
    fewest: (next: string, n: number, value: string) =>
      `Fewest steps to ${next}: ${n} step${n === 1 ? "" : "s"}, value becomes ${value}`,
    more: (n: number) => `… and ${n} more step${n === 1 ? "" : "s"}`,
    nothingToImprove: "Every indicator is already at the top of its scale.",
    noPlan: "An improvement plan needs answers per indicator, not component points.",
  },
} as const;
