import type { Band, RoundingRule, Scale } from "../model/types.js";
import { PLAIN_DECIMAL } from "./numbers.js";

/** An answer checker for the fast path: integers at `places` decimals, or `undefined` to use the reference path. */
export interface FastScale {
  readonly places: number;
  readonly min: number;
  readonly max: number;
  readonly integerOnly: boolean;
  /** Option codes → scaled value. */
  readonly codes: ReadonlyMap<string, number> | null;
}

/** Parses a plain decimal text to an integer at `places` decimals, or undefined if it has more. */
export function scaledFromText(text: string, places: number): number | undefined {
  const dot = text.indexOf(".");
  const int = dot < 0 ? text : text.slice(0, dot);
  const frac = dot < 0 ? "" : text.slice(dot + 1);
  if (frac.length > places) return undefined;
  const digits = int + frac + "0".repeat(places - frac.length);
  if (digits.length > 15 || !/^-?\d+$/.test(digits)) return undefined;
  return Number.parseInt(digits, 10);
}

export function buildFastScales(scales: ReadonlyArray<Scale>): FastScale[] {
  return scales.map((scale): FastScale => {
    // Lookup scales never reach the fast path (buildFastPlan declines them).
    if (scale.kind === "lookup") return { places: 0, min: 0, max: -1, integerOnly: false, codes: new Map() };
    if (scale.kind === "integer") return { places: 0, min: scale.min, max: scale.max, integerOnly: true, codes: null };
    if (scale.kind === "decimal") {
      const places = scale.places ?? 0;
      return {
        places,
        min: scaledFromText(scale.min, places) as number,
        max: scaledFromText(scale.max, places) as number,
        integerOnly: false,
        codes: null,
      };
    }
    let places = 0;
    for (const o of scale.options) places = Math.max(places, o.value.split(".")[1]?.length ?? 0);
    const codes = new Map<string, number>(
      scale.options.map((o) => [o.code, scaledFromText(o.value, places) as number]),
    );
    return { places, min: 0, max: -1, integerOnly: false, codes };
  });
}

/** The scaled answer, or undefined when the fast path cannot take it (the reference path then decides or throws). */
export function fastAnswer(fs: FastScale, value: unknown): number | undefined {
  if (fs.codes !== null) return typeof value === "string" ? fs.codes.get(value) : undefined;
  let n: number | undefined;
  if (typeof value === "number") {
    if (fs.integerOnly) n = Number.isInteger(value) ? value : undefined;
    else {
      const text = String(value);
      n = PLAIN_DECIMAL.test(text) ? scaledFromText(text, fs.places) : undefined;
    }
  } else if (typeof value === "string" && PLAIN_DECIMAL.test(value)) n = scaledFromText(value, fs.places);
  if (n === undefined || n < fs.min || n > fs.max) return undefined;
  return n;
}

/** Band edges as integers at the rounding's decimals, ascending; null when an edge has more decimals. */
export interface FastBands {
  readonly places: number;
  readonly rounding: RoundingRule;
  readonly edges: ReadonlyArray<{ readonly min: number; readonly max: number; readonly band: Band }>;
}

export function buildFastBands(bands: ReadonlyArray<Band>, rounding: RoundingRule | undefined): FastBands | null {
  if (!rounding) return null;
  const edges = [];
  for (const band of bands) {
    const min = scaledFromText(band.min, rounding.places);
    const max = scaledFromText(band.max, rounding.places);
    if (min === undefined || max === undefined) return null;
    edges.push({ min, max, band });
  }
  edges.sort((a, b) => a.min - b.min);
  return { places: rounding.places, rounding, edges };
}
