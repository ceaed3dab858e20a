/**
 * The five-level kriteria tingkat capaian kinerja attributed to Permendagri
 * 86/2017 (Sangat Tinggi ≥ 91 … Sangat Rendah ≤ 50). The printed intervals
 * leave gaps (90–91, 75–76, 65–66, 50–51); how a value in a gap is classed
 * is a named policy, since implementations differ.
 */
import { KinerjaError } from "../core/errors.js";
import { getLimits } from "../core/limits.js";
import { snapshot } from "../core/plain.js";
import { cmp, type Rational } from "../core/rational.js";
import { POW10, scaledOf } from "../core/scaled.js";
import { choice, isMissing, onlyKeys, parseAmount, parseFraction, record, scaledAmount } from "./amount.js";
import { decimalText, text } from "./figure.js";
import { type CapaianSource, SOURCE_GAP_SIMONEV21, SOURCE_GAP_TEGAL, SOURCE_KRITERIA } from "./sources.js";

export type KriteriaCode = "sangatTinggi" | "tinggi" | "sedang" | "rendah" | "sangatRendah";

/**
 * `lowerInclusiveInteger` (the default; simonev21): a level starts at its
 * printed lower bound, inclusive (≥ 91, 76 ≤ x < 91, …), so 90.5 is Tinggi.
 * `upperInclusiveContinuous` (e-Monev Kota Tegal): a level ends at its printed
 * upper bound, inclusive (> 90, 75 < x ≤ 90, …), so 90.5 is Sangat Tinggi.
 * Both agree on every whole number.
 */
export type GapPolicy = "lowerInclusiveInteger" | "upperInclusiveContinuous";

/** The default: a level is granted only once its printed lower bound is reached. */
export const DEFAULT_GAP_POLICY: GapPolicy = "lowerInclusiveInteger";

export interface KriteriaBand {
  readonly code: KriteriaCode;
  readonly label: { readonly id: string; readonly en: string };
  /** The interval as printed in the table. */
  readonly printed: string;
  /** The lower edge under the policy; null for the lowest level (it takes everything below, negatives too). */
  readonly min: string | null;
  readonly minInclusive: boolean;
  /** The interval under the policy, in words. */
  readonly interval: string;
}

export interface KriteriaTable {
  readonly gapPolicy: GapPolicy;
  /** Highest first. Values above 100 are Sangat Tinggi, as both implementations treat them. */
  readonly bands: ReadonlyArray<KriteriaBand>;
  readonly source: CapaianSource;
}

const LEVELS: ReadonlyArray<[KriteriaCode, string, string, string]> = [
  ["sangatTinggi", "Sangat Tinggi", "Very high", "91% ≤ 100%"],
  ["tinggi", "Tinggi", "High", "76% ≤ 90%"],
  ["sedang", "Sedang", "Medium", "66% ≤ 75%"],
  ["rendah", "Rendah", "Low", "51% ≤ 65%"],
  ["sangatRendah", "Sangat Rendah", "Very low", "≤ 50%"],
];

function table(gapPolicy: GapPolicy, source: CapaianSource, edges: ReadonlyArray<string>, inclusive: boolean) {
  const bands = LEVELS.map(([code, id, en, printed], i): KriteriaBand => {
    const min = edges[i] ?? null;
    const upper = i === 0 ? null : (edges[i - 1] as string);
    const [lo, hi] = inclusive ? ["≤", "<"] : ["<", "≤"];
    const interval =
      upper === null
        ? `x ${inclusive ? "≥" : ">"} ${min}`
        : min === null
          ? `x ${hi} ${upper}`
          : `${min} ${lo} x ${hi} ${upper}`;
    return Object.freeze({ code, label: Object.freeze({ id, en }), printed, min, minInclusive: inclusive, interval });
  });
  return Object.freeze({ gapPolicy, bands: Object.freeze(bands), source });
}

/** Frozen data: the printed table's source, and the bands under each gap policy with its own source. */
export const KRITERIA_CAPAIAN: Readonly<{
  source: CapaianSource;
  confirmed: false;
  policies: Readonly<Record<GapPolicy, KriteriaTable>>;
}> = Object.freeze({
  source: SOURCE_KRITERIA,
  confirmed: false,
  policies: Object.freeze({
    lowerInclusiveInteger: table("lowerInclusiveInteger", SOURCE_GAP_SIMONEV21, ["91", "76", "66", "51"], true),
    upperInclusiveContinuous: table("upperInclusiveContinuous", SOURCE_GAP_TEGAL, ["90", "75", "65", "50"], false),
  }),
});

export interface KriteriaOptions {
  /** Default `"lowerInclusiveInteger"`. */
  readonly gapPolicy?: GapPolicy;
}

export interface KriteriaResult {
  /** Null when the capaian given has no value (missing or not assessable). */
  readonly code: KriteriaCode | null;
  readonly label: { readonly id: string; readonly en: string } | null;
  /** The interval that matched, under the policy. */
  readonly interval: string | null;
  /** The figure classified: as given, or a capaian result's published (2-decimal) value. */
  readonly value: string | null;
  readonly gapPolicy: GapPolicy;
  /** True when `gapPolicy` is the default because none was passed. */
  readonly gapPolicyDefaulted: boolean;
  readonly sources: ReadonlyArray<CapaianSource>;
  /** Always false: the table's attribution to Permendagri 86/2017 is UNCONFIRMED. */
  readonly confirmed: false;
}

const POLICIES: ReadonlyArray<GapPolicy> = ["lowerInclusiveInteger", "upperInclusiveContinuous"];

/**
 * The kriteria of a capaian: a figure in percent, or a `capaian()` result
 * (classified on its published 2-decimal `value`, as the reports print it).
 * Above 100 is Sangat Tinggi; negative values are Sangat Rendah.
 *
 * @example
 * ```ts
 * import { capaian, kriteriaCapaian } from "kinerja/capaian";
 *
 * kriteriaCapaian("90.5").code; // "tinggi": the default closes the printed gap from below
 * kriteriaCapaian("90.5", { gapPolicy: "upperInclusiveContinuous" }).code; // "sangatTinggi"
 * kriteriaCapaian(capaian({ target: 100, realisasi: 95, polarity: "higherIsBetter" })).label?.id; // "Sangat Tinggi"
 * ```
 */
export function kriteriaCapaian(
  value: number | string | { readonly status: string; readonly value: string | null },
  options?: KriteriaOptions,
): KriteriaResult {
  // The common case, a figure (a published value "90.50") without options: classified on safe integers.
  if (options === undefined) {
    const quick = kriteriaOfFigure(value);
    if (quick !== null) return quick;
  }
  value = snapshot(value, ["value"]);
  options = snapshot(options, ["options"]);
  const opts = options === undefined ? {} : record(options, ["options"], "an options object { gapPolicy }");
  onlyKeys(opts, ["gapPolicy"], ["options"]);
  const gapPolicy = choice(opts.gapPolicy, POLICIES, ["options", "gapPolicy"], DEFAULT_GAP_POLICY);
  const policy = KRITERIA_CAPAIAN.policies[gapPolicy];
  const base = {
    gapPolicy,
    gapPolicyDefaulted: opts.gapPolicy === undefined,
    sources: [SOURCE_KRITERIA, policy.source],
    confirmed: false as const,
  };
  const v = classifiedValue(value);
  if (v === null) return { code: null, label: null, interval: null, value: null, ...base };
  const band = policy.bands.find((b) => b.min === null || above(v, b)) as KriteriaBand;
  return { code: band.code, label: { ...band.label }, interval: band.interval, value: text(v), ...base };
}

/** The default policy's lower edges (inclusive, whole numbers), highest first; null for the lowest band. */
const DEFAULT_EDGES: ReadonlyArray<number | null> = KRITERIA_CAPAIAN.policies[DEFAULT_GAP_POLICY].bands.map((b) =>
  b.min === null ? null : (scaledOf(b.min) as { n: number }).n,
);

/**
 * `kriteriaCapaian(value)` for a number or decimal text of at most 15 digits under the default policy, on safe
 * integers: the same result (property-tested); null for anything else, which takes the general path.
 */
function kriteriaOfFigure(value: unknown): KriteriaResult | null {
  if (typeof value === "string" ? value.length > getLimits().text : typeof value !== "number") return null;
  const s = scaledAmount(value);
  if (s === undefined || s.e > 13) return null;
  const scale = POW10[s.e] as number;
  const policy = KRITERIA_CAPAIAN.policies[DEFAULT_GAP_POLICY];
  const edges = DEFAULT_EDGES;
  let i = 0;
  // minInclusive under the default policy: the first band whose edge the value reaches.
  while (edges[i] !== null && s.n < (edges[i] as number) * scale) i++;
  const band = policy.bands[i] as KriteriaBand;
  return {
    code: band.code,
    label: { id: band.label.id, en: band.label.en },
    interval: band.interval,
    value: decimalText(s.n, s.e),
    gapPolicy: DEFAULT_GAP_POLICY,
    gapPolicyDefaulted: true,
    sources: [SOURCE_KRITERIA, policy.source],
    confirmed: false,
  };
}

function above(v: Rational, band: KriteriaBand): boolean {
  const c = cmp(v, parseFraction(band.min, ["band", "min"]));
  return band.minInclusive ? c >= 0 : c > 0;
}

function classifiedValue(value: unknown): Rational | null {
  if (typeof value !== "object" || value === null) return parseAmount(value, ["value"]);
  const result = record(value, ["value"], "a figure or a capaian result");
  if (typeof result.status !== "string")
    throw new KinerjaError("INVALID_INPUT", "value must be a figure or a capaian() result", {
      path: ["value"],
      rule: "a number, a decimal string or a capaian result",
    });
  return isMissing(result.value) ? null : parseAmount(result.value, ["value", "value"]);
}
