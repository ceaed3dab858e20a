/**
 * The rubric data model: plain, frozen, JSON-serialisable data. This file has
 * no run-time code, so rubric data files can import it without pulling in the
 * engine ("rubric data at the ground floor").
 */
import type { RoundingRule } from "../core/rounding.js";

export type { RoundingMode, RoundingRule } from "../core/rounding.js";

/** A label in Bahasa Indonesia (`id`, the official wording) with an English gloss. */
export interface Text {
  readonly id: string;
  readonly en?: string;
}

/**
 * Where a figure comes from. `confirmed: false` carries the reference notes'
 * UNCONFIRMED status into the data: results that use such a figure say so.
 */
export interface Source {
  /** Regulation or document, e.g. "PermenPAN-RB 29/2022". */
  readonly regulation: string;
  /** Article, lampiran section or table, e.g. "Lampiran, Tabel Bobot Aspek". */
  readonly part?: string;
  readonly href?: string;
  /** The rule in words (paraphrased, never copied at length). */
  readonly text?: string;
  readonly confirmed: boolean;
  /** Why a figure is unconfirmed, or any other caveat. */
  readonly note?: string;
}

/** A weight as written in the regulation: "24", "0.17" or an exact fraction "1/9". */
export type WeightString = string;
/** A decimal in plain notation: "4.50", "-1", "100". */
export type DecimalString = string;

export interface ScaleLevel {
  readonly value: DecimalString;
  readonly label: Text;
}

/**
 * Maps an answer onto its full marks, so scales of different ranges can be
 * siblings with their regulatory weights: value = (answer − min) / (max − min).
 * `cap: true` (only where the rule says so) counts answers above `max` as full
 * marks and below `min` as zero; without it such answers are refused.
 */
export interface Normalization {
  readonly min: WeightString;
  readonly max: WeightString;
  readonly cap?: boolean;
  readonly source: Source;
}

/** Whole numbers from `min` to `max` (e.g. PEKPPP 0–5). */
export interface IntegerScale {
  readonly kind: "integer";
  readonly min: number;
  readonly max: number;
  readonly normalize?: Normalization;
  readonly source: Source;
}

/** Any decimal in [min, max], with at most `places` decimals when given. */
export interface DecimalScale {
  readonly kind: "decimal";
  readonly min: DecimalString;
  readonly max: DecimalString;
  readonly places?: number;
  readonly normalize?: Normalization;
  readonly source: Source;
}

/** One answer of an option scale. `value` may be an exact fraction ("2/3"), never a pre-rounded 0.67. */
export interface ScaleOption {
  readonly code: string;
  readonly value: WeightString | DecimalString;
  readonly label?: Text;
  /** Where this option's value comes from, when it differs from the scale's source. */
  readonly source?: Source;
}

/** Named answers mapped to values (AA → 100, Ya → 1, C → 1/3). */
export interface OptionScale {
  readonly kind: "options";
  readonly options: ReadonlyArray<ScaleOption>;
  readonly normalize?: Normalization;
  readonly source: Source;
}

/** One row of a lookup table: inputs in [min, max] (edges as declared) score `value`. */
export interface LookupRow {
  readonly min: DecimalString;
  readonly minInclusive: boolean;
  readonly max: DecimalString;
  readonly maxInclusive: boolean;
  readonly value: WeightString | DecimalString;
  readonly label?: Text;
  readonly source: Source;
}

/**
 * A number converted to points by ranges (a survey index, a SAKIP value): the
 * input must lie in `input`, and the rows must cover that range exactly once.
 */
export interface LookupScale {
  readonly kind: "lookup";
  readonly input: { readonly min: DecimalString; readonly max: DecimalString; readonly places?: number };
  readonly rows: ReadonlyArray<LookupRow>;
  readonly normalize?: Normalization;
  readonly source: Source;
}

export type Scale = IntegerScale | DecimalScale | OptionScale | LookupScale;

/**
 * How a group's children make its value. "weightedMean" (the default): Σ weight·value / childWeightTotal.
 * "sum": the group's points are the sum of its leaves' values × their weights (absolute option values, as
 * some worksheets score); only leaves may sit under such a group.
 */
export type Combine = "weightedMean" | "sum";

/** What a not-applicable child does to its group: drop out with the other weights renormalised, or count as zero. */
export interface NotApplicableRule {
  readonly rule: "renormalize" | "zero";
  readonly source: Source;
}

/** A leaf that also takes another scheme's result (a SAKIP value, a PEKPPP index) as its answer. */
export interface AcceptsResult {
  readonly scheme: string;
  /** Rubric ids whose results fit (the right version for the year); omitted: any rubric of the scheme. */
  readonly rubrics?: ReadonlyArray<string>;
  readonly source: Source;
}

/** One node of the weighted tree: a group (with children) or an indicator (with a scale). */
export interface RubricNode {
  /** Stable code, unique in the rubric: the join key for answers and storage. */
  readonly code: string;
  readonly label: Text;
  /** Share of the parent, relative to the parent's `childWeightTotal` (or the rubric's `weightTotal`). */
  readonly weight: WeightString;
  readonly source: Source;
  /** Total the children's weights must add up to exactly; defaults to the rubric's `weightTotal`. */
  readonly childWeightTotal?: WeightString;
  readonly children?: ReadonlyArray<RubricNode>;
  /** Leaves only: key into the rubric's `scales`. */
  readonly scale?: string;
  /** Leaves only: what each answer level means (the questionnaire text), where known. */
  readonly levels?: ReadonlyArray<ScaleLevel>;
  readonly description?: Text;
  /** Groups only: how the children combine (default "weightedMean"). */
  readonly combine?: Combine;
  /** Rounds the points this node contributes, before its parent adds them (26/2020: per indicator). */
  readonly rounding?: SourcedRounding;
  /** Groups only: overrides the rubric's rule for not-applicable children. */
  readonly notApplicable?: NotApplicableRule;
  /** Leaves only: the answer may be another scheme's ScoreResult/AggregateResult. */
  readonly accepts?: AcceptsResult;
}

/**
 * A figure the regulation leaves to the evaluator (or that the sources do not give): a required
 * score input, range-checked and echoed in the result. A node weight "$name" refers to it.
 */
export interface Parameter {
  readonly name: string;
  readonly label: Text;
  readonly min: DecimalString;
  readonly max: DecimalString;
  readonly source: Source;
}

/** A minimum requirement: when the caller says it is unmet, the predicate is at most `ceiling`. */
export interface Requirement {
  readonly code: string;
  readonly label: Text;
  /** Band code: the highest predicate granted while this requirement is unmet. */
  readonly ceiling: string;
  readonly source: Source;
}

export type Zone = "hijau" | "kuning" | "merah";

/** A predicate band with explicit edges. */
export interface Band {
  readonly code: string;
  readonly label: Text;
  readonly zone?: Zone;
  readonly min: DecimalString;
  readonly minInclusive: boolean;
  readonly max: DecimalString;
  readonly maxInclusive: boolean;
  readonly source: Source;
}

export interface SourcedRounding extends RoundingRule {
  readonly source: Source;
}

/** The final value: its range, an optional conversion factor and the official rounding. */
export interface ResultSpec {
  readonly min: DecimalString;
  readonly max: DecimalString;
  /** Multiplies the weighted mean of the answers (SKM: ×25). Default "1". */
  readonly multiplier?: WeightString;
  /** Applied to the published value, and before classification. None: no rounding. */
  readonly rounding?: SourcedRounding;
  readonly unit?: Text;
  /** Where the range and multiplier come from (the SKM ×25). */
  readonly source?: Source;
}

/** How unit results combine into the instansi result. */
export interface AggregationRule {
  readonly method: "mean";
  /** Rounding of the instansi value (and before classification). */
  readonly rounding?: SourcedRounding;
  /** Whether the rule allows explicit adjustments (deductions) after the mean. */
  readonly adjustments?: { readonly allowed: boolean; readonly source: Source };
  readonly source: Source;
}

export type RubricStatus = "official" | "demo" | "derived";

/** Assessment years a rubric applies to; `to: null` means until superseded. */
export interface ValidFor {
  readonly from: number;
  readonly to: number | null;
}

export interface RubricDefinition<Id extends string = string> {
  /** `<scheme>@<version>`, e.g. "pekppp@2022.1". Never reused for other figures. */
  readonly id: Id;
  readonly scheme: string;
  readonly version: string;
  readonly status: RubricStatus;
  readonly title: Text;
  readonly legalBasis: ReadonlyArray<Source>;
  readonly validFor: ValidFor;
  /** What sibling weights add up to, unless a parent says otherwise ("100" for percentages, "1" for shares). */
  readonly weightTotal: WeightString;
  readonly scales: Readonly<Record<string, Scale>>;
  readonly result: ResultSpec;
  readonly nodes: ReadonlyArray<RubricNode>;
  /** Predicate bands; `null` when the official bands are not known (classification then refuses). */
  readonly predicates: ReadonlyArray<Band> | null;
  /** Unit → instansi rule; `null` when unknown (the caller must then name a strategy). */
  readonly aggregation: AggregationRule | null;
  readonly derivedFrom?: string;
  readonly notes?: ReadonlyArray<string>;
  /** Figures the caller must supply (see `Parameter`). */
  readonly parameters?: ReadonlyArray<Parameter>;
  /** Whether (and how) indicators may be declared not applicable; absent: never. */
  readonly notApplicable?: NotApplicableRule;
  /** Minimum requirements that cap the predicate when unmet (never applied unless the caller states them). */
  readonly requirements?: ReadonlyArray<Requirement>;
  /** Present only where the regulation counts a missing answer as zero; the caller must still opt in. */
  readonly missingAnswer?: { readonly rule: "zero"; readonly source: Source };
}

/** A validated, deeply frozen rubric, as returned by `defineRubric`/`getRubric`. */
export type Rubric<Id extends string = string> = RubricDefinition<Id> & DefinedBrand;

/** The mark a defined rubric carries (see `Rubric`). */
export interface DefinedBrand {
  readonly [definedBrand]: true;
}

/** Marks rubrics that went through defineRubric (or ship with kinerja): validated and deeply frozen. */
declare const definedBrand: unique symbol;

/** How unit values combine into the instansi value. */
export type AggregationStrategy = "mean" | "weightedMean";

/** Where a unit value came from: "exact" (a score result) or "given" (a published, often rounded, number). */
export type UnitBasis = "exact" | "given";

/** The units' bases together: "mixed" when some were exact and some given. */
export type Basis = UnitBasis | "mixed";

/** A rubric, or its id in the built-in registry. */
export type RubricRef = Rubric | string;

/** The predicate (predikat/kategori/zona) of a value. */
export interface Predicate {
  readonly code: string;
  readonly label: Text;
  readonly zone?: Zone;
  /** False when the band is an UNCONFIRMED figure. */
  readonly confirmed: boolean;
}

export interface Gap {
  /** The next predicate up. */
  readonly next: Predicate;
  /** The lowest (published) value that reaches it. */
  readonly target: DecimalString;
  /** How many points are missing. */
  readonly points: DecimalString;
  /** Present when the target itself is excluded and no rounding is declared: the value must exceed it. */
  readonly exclusive?: true;
}

/**
 * One node of a score result's breakdown. The default ("compact") form carries the node's figures only: its label
 * and source are the rubric's (`listIndicators`, or the node of that code in the rubric the result names and
 * pins by `rubricHash`). With `{ detail: "full" }` every entry also carries `label` and `source`.
 */
export interface BreakdownEntry {
  readonly code: string;
  readonly parent: string | null;
  readonly depth: number;
  /** Full form only: the node's label, as in the rubric. */
  readonly label?: Text;
  /** The declared weight, as in the regulation. */
  readonly weight: WeightString;
  /** Effective share of the final value (product of shares on the path, times the multiplier). */
  readonly share: DecimalString;
  /** The node's own value: the answer's value for an indicator, the weighted mean of its children for a group. */
  readonly raw: DecimalString;
  /** Points this node contributes to the final (unrounded) value. */
  readonly weighted: DecimalString;
  /** Full form only: where the node's weight comes from, as in the rubric. */
  readonly source?: Source;
  /** The points after this node's own rounding, where the rubric rounds per node. */
  readonly rounded?: DecimalString;
  /** The node was declared not applicable (it contributes nothing; see the group's rule). */
  readonly notApplicable?: true;
  /** The answer was another scheme's result: its rubric id. */
  readonly from?: string;
  /** The value was given as published points (`score(r, { points })`), not computed from answers. */
  readonly given?: true;
}

/** Plain-JSON result of `score`. */
export interface ScoreResult<Id extends string = string> {
  readonly rubric: Id;
  /** Published value: rounded per the rubric (or exact when the rubric declares no rounding). */
  readonly value: DecimalString;
  /** Unrounded value (exact; a non-terminating quotient to 40 significant digits). */
  readonly exact: DecimalString;
  /** The unrounded value as an exact fraction in lowest terms ("83/40", "7"): what means are computed from. */
  readonly exactFraction: string;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
  /** Every node in official order (see `BreakdownEntry`); empty when scored with `{ detail: "none" }`. */
  readonly breakdown: ReadonlyArray<BreakdownEntry>;
  /** Present only when the breakdown was left out on request (`{ detail: "none" }`). */
  readonly detail?: "none";
  /** True only when every figure used (weights, scales, rounding, band) is confirmed. */
  readonly confirmed: boolean;
  /** Content hash of the rubric used ("sha256:…", as in rubrics.lock.json): what a stored result was computed with. */
  readonly rubricHash: string;
  /** The kinerja version that computed it. */
  readonly kinerjaVersion: string;
  /** "answers" (the default) or "points" when scored from published component points. */
  readonly basis?: "answers" | "points";
  /** The parameters the rubric required, as used. */
  readonly parameters?: Readonly<Record<string, DecimalString>>;
  /** Minimum requirements: what the caller stated and what it did to the predicate. */
  readonly requirements?: RequirementsOutcome;
}

/** How minimum requirements bear on a result. */
export interface RequirementsOutcome {
  /** False when the rubric declares requirements but the caller did not say which are unmet. */
  readonly stated: boolean;
  readonly unmet: ReadonlyArray<string>;
  /** The band the score itself reaches, before any ceiling. */
  readonly scoreBand: Predicate | null;
  /** True when a ceiling lowered the predicate. */
  readonly capped: boolean;
  readonly reasons: ReadonlyArray<string>;
}

/**
 * How much of the breakdown a score result carries: "compact" (the default: every node's figures; labels and
 * sources stay in the rubric, found by code), "full" (each entry also carries its `label` and `source`, the form
 * of kinerja before compact results), or "none" (no breakdown: `breakdown: []` and `detail: "none"`; the fastest
 * call, for dashboards that need only the value and predicate).
 */
export type BreakdownDetail = "compact" | "full" | "none";

/** Options of `score` (beside the input). */
export interface ScoreOptions {
  /** Default "compact"; see `BreakdownDetail`. */
  readonly detail?: BreakdownDetail;
}

/** A value for one indicator: a number, a decimal string, or an option code of the scale. */
export type AnswerValue = number | string;

/** A scheme result given as an answer (a leaf that `accepts` it): its rubric id and exact value. */
export interface ResultAnswer {
  readonly rubric: string;
  readonly exact: DecimalString;
  readonly exactFraction?: string;
  readonly value?: DecimalString;
}

export interface ScoreInput {
  /** One answer per indicator code (see `listIndicators`). */
  readonly answers?: Readonly<Record<string, AnswerValue | ResultAnswer>>;
  /** Instead of answers: the published points of the rubric's top-level groups. */
  readonly points?: Readonly<Record<string, AnswerValue>>;
  /** Indicator (or group) codes that do not apply, where the rubric allows it. */
  readonly notApplicable?: ReadonlyArray<string>;
  /** Values for the rubric's declared parameters. */
  readonly parameters?: Readonly<Record<string, AnswerValue>>;
  /** Codes of the rubric's minimum requirements that are NOT met ([] = all met). */
  readonly unmetRequirements?: ReadonlyArray<string>;
  /** "zero": missing answers count as zero; only where the rubric's regulation says so. Default: every answer is required. */
  readonly missing?: "error" | "zero";
}

export interface IndicatorInfo {
  readonly code: string;
  /** Codes from the top-level group down to this indicator. */
  readonly path: ReadonlyArray<string>;
  readonly label: Text;
  readonly weight: WeightString;
  /** Effective share of the final value; null when it depends on parameters the caller supplies. */
  readonly share: DecimalString | null;
  readonly scale: Scale;
  readonly levels?: ReadonlyArray<ScaleLevel>;
  readonly source: Source;
}

export interface RubricSummary {
  readonly id: string;
  readonly scheme: string;
  readonly version: string;
  readonly title: Text;
  readonly validFor: ValidFor;
  readonly status: RubricStatus;
  /** The corrected id that replaces this one for new assessments (this one stays available for pinning). */
  readonly supersededBy?: string;
}

/** One unit for `aggregate`: a score result, a published value, or a labelled value. */
export type AggregateUnit =
  | ScoreResult
  | AnswerValue
  | {
      readonly unit?: string;
      readonly value?: AnswerValue;
      readonly result?: ScoreResult;
      /** Only with the "weightedMean" strategy. */
      readonly weight?: AnswerValue;
    };

/** A caller-given adjustment after the mean (e.g. an Ombudsman deduction); negative points lower the value. */
export interface Adjustment {
  readonly code: string;
  readonly points: AnswerValue;
  readonly reason: string;
}

export interface AggregateOptions {
  /** Overrides (or, where the rubric has no rule, supplies) the aggregation strategy. */
  readonly strategy?: AggregationStrategy;
  readonly adjustments?: ReadonlyArray<Adjustment>;
  /**
   * "none": the result's `units` is left empty and it says `detail: "none"` (`count` still says how many were
   * averaged), so memory does not grow with the number of units: with units from a generator, millions
   * aggregate in constant memory. Default ("compact" and "full" alike): one entry per unit, in input order.
   */
  readonly detail?: BreakdownDetail;
}

export interface AggregateUnitEntry {
  readonly index: number;
  readonly unit?: string;
  /** The value used: a result's exact value, or the value as given. */
  readonly value: DecimalString;
  readonly weight?: DecimalString;
  /** "exact": taken unrounded from a score result; "given": as passed (often already rounded). */
  readonly basis: UnitBasis;
}

/** Plain-JSON result of `aggregate`: the instansi value from its units. */
export interface AggregateResult<Id extends string = string> {
  readonly rubric: Id;
  readonly strategy: AggregationStrategy;
  /** Whether the strategy is the rubric's own rule or the caller's choice. */
  readonly rule: "rubric" | "caller";
  readonly count: number;
  /** The unrounded mean, before adjustments. */
  readonly mean: DecimalString;
  readonly adjustments: ReadonlyArray<{
    readonly code: string;
    readonly points: DecimalString;
    readonly reason: string;
  }>;
  readonly value: DecimalString;
  readonly exact: DecimalString;
  /** The unrounded value as an exact fraction in lowest terms. */
  readonly exactFraction: string;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
  /** One entry per unit, in input order; empty with `{ detail: "none" }`. */
  readonly units: ReadonlyArray<AggregateUnitEntry>;
  /** Present only when the unit entries were left out on request (`{ detail: "none" }`). */
  readonly detail?: "none";
  /** "given" or "mixed" when some unit values were passed as (possibly rounded) numbers. */
  readonly basis: Basis;
  readonly source: Source | null;
  readonly confirmed: boolean;
  /** Content hash of the rubric used and the kinerja version, as on score results. */
  readonly rubricHash: string;
  readonly kinerjaVersion: string;
}

/** A year in which a scheme held no assessment: resolving it fails with this reason. */
export interface NoAssessment {
  readonly scheme: string;
  readonly year: number;
  readonly reason: string;
  readonly source: Source;
}
