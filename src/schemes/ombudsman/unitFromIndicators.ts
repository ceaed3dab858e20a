import { toDecimalText } from "../../core/decimalText.js";
import { cut, fail } from "../../core/errors.js";
import { checkLimit } from "../../core/limits.js";
import { add, div, formatRational, mul, parseRational, R0, R1, type Rational } from "../../core/rational.js";
import {
  OMBUDSMAN_DIMENSION_SCORE,
  OMBUDSMAN_INDICATOR_SCALE,
  OMBUDSMAN_INDICATOR_WEIGHTS,
} from "../../data/ombudsman/helpers.js";
import { defineRubric } from "../../engine/defineRubric.js";
import { scaleReader, scoreRubric } from "../../engine/internal.js";
import type {
  AnswerValue,
  DecimalString,
  RubricDefinition,
  RubricNode,
  RubricRef,
  ScoreResult,
  Text,
  WeightString,
} from "../../model/types.js";
import { optionsObject, plainInput } from "../shared.js";
import { ombudsmanRubric } from "./rubricRef.js";

/** The four dimensions of the 2022–2024 unit score, in official order. */
export const DIMENSIONS = Object.freeze(["input", "proses", "output", "pengaduan"] as const);
export type DimensionCode = (typeof DIMENSIONS)[number];

/** One indicator of a dimension: its 0–3 score and, where the instrument gives it, its weight. */
export interface IndicatorScore {
  /** Your indicator code (letters, digits, ".", "_", "-"); defaults to its position, 1-based. */
  readonly code?: string;
  /** The indicator score on the 0–3 interval. */
  readonly score: AnswerValue;
  /** Bobot indikator within its dimension, in any unit (shares are weight ÷ the dimension's total). */
  readonly weight?: WeightString | number;
}

/** Indicator scores per dimension; a bare value is an indicator without a weight. */
export type IndicatorScores = Readonly<Record<DimensionCode, ReadonlyArray<IndicatorScore | AnswerValue>>>;

export interface UnitFromIndicatorsOptions {
  /**
   * Give equal shares to the indicators of every dimension whose indicators
   * carry no weight. An explicit, labelled fallback: the 2023 instrument gives
   * each indicator its own weight, so equal shares are an assumption.
   */
  readonly equalWeights?: boolean;
}

export interface DimensionFromIndicators {
  readonly code: DimensionCode;
  readonly label: Text;
  /** The dimension's weight in the unit score, as in the rubric. */
  readonly weight: WeightString;
  /** Weighted mean of the indicator scores, on 0–3. */
  readonly mean: DecimalString;
  /** The dimension score on 0–100: mean × 100/3 (exact; a non-terminating quotient to 40 digits). */
  readonly score: DecimalString;
  readonly indicators: number;
  /** Whether the indicator weights came from the caller or are the equal-share fallback. */
  readonly indicatorWeights: "caller" | "equal";
}

export interface UnitFromIndicatorsResult {
  /** The unit's score, on a derived rubric `<id>+indicators` whose leaves are your indicators. */
  readonly result: ScoreResult;
  readonly dimensions: ReadonlyArray<DimensionFromIndicators>;
  /** Every assumption this computation rests on, in words. */
  readonly assumptions: ReadonlyArray<string>;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const WEIGHT = /^(0|[1-9]\d*)(\.\d+)?$|^(0|[1-9]\d*)\/[1-9]\d*$/;

function invalid(message: string, path: ReadonlyArray<string | number>, rule: string): never {
  return fail({ code: "INVALID_INPUT", path, rule, message });
}

/** The 0–3 indicator interval (data, with its source). */
const indicatorScale = scaleReader(OMBUDSMAN_INDICATOR_SCALE.scale);

/** The base rubric's four dimension leaves, or a refusal naming why indicator input does not apply. */
function dimensionNodes(base: RubricDefinition): ReadonlyArray<RubricNode> {
  const codes = base.nodes.map((n) => n.code);
  const fits =
    base.nodes.length === DIMENSIONS.length &&
    DIMENSIONS.every((d, i) => codes[i] === d) &&
    base.nodes.every((n) => !n.children);
  if (!fits)
    invalid(
      `${base.id} has no four-dimension unit formula (its inputs are ${codes.join(", ")}); indicator scores apply to the 2022–2024 rubrics only`,
      ["rubric"],
      "a rubric whose indicators are the dimensions input, proses, output and pengaduan",
    );
  return base.nodes;
}

interface Parsed {
  readonly code: string;
  readonly score: Rational;
  readonly raw: AnswerValue;
  readonly weight: Rational | null;
  readonly weightText: string | null;
}

function parseIndicators(dim: DimensionCode, list: unknown): Parsed[] {
  const path = ["indicators", dim];
  if (!Array.isArray(list) || list.length === 0)
    invalid(`indicators.${dim} must be a non-empty array of indicator scores`, path, "every dimension has indicators");
  const seen = new Set<string>();
  return list.map((entry: unknown, i) => {
    const at = [...path, i];
    const obj =
      typeof entry === "object" && entry !== null
        ? (entry as { code?: unknown; score?: unknown; weight?: unknown })
        : null;
    const raw = (obj ? obj.score : entry) as AnswerValue;
    const score = indicatorScale.read(raw, obj ? [...at, "score"] : at);
    const code = obj?.code === undefined ? String(i + 1) : obj.code;
    if (typeof code !== "string" || !CODE.test(code))
      invalid(
        `indicators.${dim}[${i}].code must be letters, digits, ".", "_" or "-"`,
        [...at, "code"],
        "a stable code",
      );
    if (seen.has(code))
      invalid(`indicators.${dim}: duplicate code ${JSON.stringify(cut(code))}`, [...at, "code"], "unique codes");
    seen.add(code);
    let weight: Rational | null = null;
    let weightText: string | null = null;
    if (obj?.weight !== undefined) {
      weightText = typeof obj.weight === "number" ? String(obj.weight) : (obj.weight as string);
      const r = typeof weightText === "string" && WEIGHT.test(weightText) ? parseRational(weightText) : null;
      if (!r)
        invalid(
          `indicators.${dim}[${i}].weight must be a non-negative decimal ("12.22") or a fraction ("1/9")`,
          [...at, "weight"],
          "a weight as written in the instrument",
        );
      weight = r;
    }
    return { code, score, raw, weight, weightText };
  });
}

/**
 * The 2022–2024 unit score from 0–3 indicator scores, exactly:
 * dimension score = Σ wᵢ·(sᵢ / 3)·100 / Σ wᵢ, then unit = Σ dimension weight ×
 * dimension score / 100 on the rubric's weights (the believed formula,
 * UNCONFIRMED). Indicator weights come from you (the instrument's Bobot
 * Indikator); equal shares only with `{ equalWeights: true }`, and labelled.
 *
 * The result is a `score()` result on a derived rubric (`<id>+indicators`) so
 * the breakdown shows every indicator; combine units by their published
 * `value` with `aggregate(<official rubric>, …)`.
 *
 * @example
 * ```ts
 * import { ombudsman2023v2, unitFromIndicators } from "kinerja/ombudsman";
 *
 * // 0–3 indicator scores per dimension; equal indicator shares, an assumption the result lists
 * const unit = unitFromIndicators(
 *   ombudsman2023v2,
 *   { input: [3, 3], proses: [3, "1.5"], output: ["1.5"], pengaduan: [3, 0] },
 *   { equalWeights: true },
 * );
 * unit.dimensions.map((d) => d.score).join(" "); // "100 75 50 50"
 * unit.result.exact; // "69.0175"
 * unit.result.value; // "69.02"
 * unit.assumptions.length > 0; // true
 * ```
 */
export function unitFromIndicators(
  rubric: RubricRef,
  given: IndicatorScores,
  options?: UnitFromIndicatorsOptions,
): UnitFromIndicatorsResult {
  const opts = optionsObject(plainInput(options, ["options"]));
  // Plain data read once: a hole among the indicators is an INVALID_INPUT at its index.
  const indicators = plainInput(given, ["indicators"]);
  if (opts.equalWeights !== undefined && typeof opts.equalWeights !== "boolean")
    invalid("options.equalWeights must be true or false", ["options", "equalWeights"], "an explicit choice (boolean)");
  const base = ombudsmanRubric(rubric);
  const nodes = dimensionNodes(base);
  if (typeof indicators !== "object" || indicators === null || Array.isArray(indicators))
    invalid(
      "indicators must be an object { input, proses, output, pengaduan }",
      ["indicators"],
      "indicators by dimension",
    );
  let count = 0;
  for (const list of Object.values(indicators)) count += Array.isArray(list) ? list.length : 0;
  checkLimit("answers", count, ["indicators"]);
  for (const key of Object.keys(indicators))
    if (!(DIMENSIONS as ReadonlyArray<string>).includes(key))
      fail({
        code: "UNKNOWN_INDICATOR",
        path: ["indicators", key],
        rule: "indicators are grouped by dimension",
        message: `${JSON.stringify(cut(key))} is not a dimension (${DIMENSIONS.join(", ")})`,
      });

  const answers: Record<string, AnswerValue> = {};
  const built: RubricNode[] = [];
  const dims: Array<Omit<DimensionFromIndicators, "mean">> = [];
  const assumptions: string[] = [
    `Unit score = Σ dimension weight × dimension score / 100, dimension score = Σ indicator share × score (0–3) × ${OMBUDSMAN_DIMENSION_SCORE.multiplier}: the believed formula, UNCONFIRMED (no source states it).`,
  ];
  const unconfirmedWeights = nodes.filter((n) => !n.source.confirmed).map((n) => n.code);
  if (unconfirmedWeights.length > 0)
    assumptions.push(
      `Dimension weights of ${base.id} are UNCONFIRMED for this year (${unconfirmedWeights.join(", ")}).`,
    );

  DIMENSIONS.forEach((dim, k) => {
    const node = nodes[k] as RubricNode;
    const parsed = parseIndicators(dim, (indicators as Record<string, unknown>)[dim]);
    const weighted = parsed.filter((p) => p.weight !== null).length;
    if (weighted !== 0 && weighted !== parsed.length)
      invalid(
        `indicators.${dim}: give a weight for every indicator of the dimension, or for none`,
        ["indicators", dim],
        "indicator weights all given or all absent",
      );
    const mode: "caller" | "equal" = weighted === 0 ? "equal" : "caller";
    if (mode === "equal" && opts.equalWeights !== true)
      invalid(
        `indicators.${dim}: the indicator weights are not known to kinerja; give each indicator its weight from the instrument, or pass { equalWeights: true } to assume equal shares`,
        ["indicators", dim],
        "indicator weights come from the instrument; equal shares only by explicit choice",
      );
    const weights = parsed.map((p) => (mode === "equal" ? R1 : (p.weight as Rational)));
    const total = weights.reduce((s, w) => add(s, w), R0);
    if (total.n === 0n)
      invalid(`indicators.${dim}: the indicator weights add up to zero`, ["indicators", dim], "weights sum above zero");
    assumptions.push(
      mode === "equal"
        ? `Equal indicator shares in ${dim} (${parsed.length} indicator${parsed.length === 1 ? "" : "s"}, 1/${parsed.length} each): explicit fallback, UNCONFIRMED.`
        : `Indicator weights in ${dim} as given by the caller.`,
    );
    const source = OMBUDSMAN_INDICATOR_WEIGHTS[mode];
    built.push({
      code: node.code,
      label: node.label,
      weight: node.weight,
      source: node.source,
      ...(node.description ? { description: node.description } : {}),
      childWeightTotal: formatRational(total),
      children: parsed.map((p) => ({
        code: `${dim}.${p.code}`,
        label: { id: `Indikator ${dim} ${p.code}`, en: `${dim} indicator ${p.code}` },
        weight: mode === "equal" ? "1" : (p.weightText as string),
        source,
        scale: OMBUDSMAN_INDICATOR_SCALE.key,
      })),
    });
    for (const p of parsed) answers[`${dim}.${p.code}`] = p.raw;
    // Dimension score on 0–100, exact: the weighted 0–3 mean Σ wᵢ·sᵢ / Σ wᵢ × 100/3, written out once for display.
    let sum: Rational = R0;
    parsed.forEach((p, i) => {
      sum = add(sum, mul(weights[i] as Rational, p.score));
    });
    const score = mul(div(sum, total), parseRational(OMBUDSMAN_DIMENSION_SCORE.multiplier) as Rational);
    dims.push({
      code: dim,
      label: node.label,
      weight: node.weight,
      score: toDecimalText(score),
      indicators: parsed.length,
      indicatorWeights: mode,
    });
  });

  const { derivedFrom: _ignored, ...rest } = base;
  const version = `${base.version}+indicators`;
  const derived = defineRubric({
    ...rest,
    id: `${base.scheme}@${version}`,
    version,
    status: "derived",
    derivedFrom: base.id,
    title: {
      id: `${base.title.id} (dari skor indikator 0–3)`,
      ...(base.title.en ? { en: `${base.title.en}, from 0–3 indicator scores` } : {}),
    },
    scales: { ...base.scales, [OMBUDSMAN_INDICATOR_SCALE.key]: OMBUDSMAN_INDICATOR_SCALE.scale },
    result: {
      ...base.result,
      multiplier: OMBUDSMAN_DIMENSION_SCORE.multiplier,
      source: OMBUDSMAN_DIMENSION_SCORE.source,
    },
    nodes: built,
    notes: [...(base.notes ?? []), ...assumptions],
  });
  const result = scoreRubric(derived, { answers });
  const dimensions: DimensionFromIndicators[] = dims.map((d) => ({
    ...d,
    mean: result.breakdown.find((b) => b.code === d.code)?.raw ?? "",
  }));
  return { result, dimensions, assumptions };
}
