import * as z from "zod";
import { toDecimalText } from "../core/decimalText.js";
import { type ErrorPath, formatPath, isKinerjaError, KinerjaError, type KinerjaErrorCode } from "../core/errors.js";
import { getLimits } from "../core/limits.js";
import { snapshot } from "../core/plain.js";
import { cmp, decimalExponent, parseFraction, parseRational, type Rational } from "../core/rational.js";
import { buildFastScales, type FastScale, fastAnswer } from "../engine/fastScales.js";
import { type LeafScale, leafScale } from "../engine/leafScale.js";
import { MAX_COMPARED_DIGITS, MAX_INPUT_DIGITS, PLAIN_DECIMAL, readNumber } from "../engine/numbers.js";
import { isDefined } from "../engine/registryOfDefined.js";
import { readResultAnswer } from "../engine/resultAnswer.js";
import type {
  AcceptsResult,
  AnswerValue,
  NotApplicableRule,
  ResultAnswer,
  RubricDefinition,
  RubricNode,
  Scale,
} from "../model/types.js";
import { guarded, thrownText } from "./guard.js";
import {
  describeValue,
  type HintKey,
  type IssueParams,
  issueText,
  type MessageDetails,
  type MessageKey,
  type RuleSpec,
  ruleText,
} from "./messages.js";
import { EXACT_FRACTION, exactFractionString, PLAIN_INPUT, plainDecimalInput } from "./primitives.js";
import { rubricDefinitionSchema } from "./rubric.js";

/** An answer as `score` takes it: a finite number, a decimal string or an option code. */
export const answerValue = /* @__PURE__ */ guarded(z.union([z.number().finite(), z.string().min(1)]));

/** Another scheme's result given as an answer: `{ rubric, exact, exactFraction?, value? }` (other fields are kept). */
export const resultAnswerSchema = /* @__PURE__ */ guarded(
  z.looseObject({
    rubric: z.string().min(1),
    exact: plainDecimalInput,
    exactFraction: exactFractionString.optional(),
    value: plainDecimalInput.optional(),
  }),
);

const SCORE_INPUT_FIELDS = ["answers", "points", "notApplicable", "parameters", "unmetRequirements", "missing"];

/**
 * The generic input of `score` (any rubric): `{ answers?, points?, notApplicable?, parameters?,
 * unmetRequirements?, missing? }`. Strict; checks shapes only. `answersSchemaFor(rubric)` checks one rubric's rules.
 */
export const scoreInputSchema = /* @__PURE__ */ guarded(
  z
    .strictObject(
      {
        answers: z.record(z.string(), z.union([answerValue, resultAnswerSchema])).optional(),
        points: z.record(z.string(), answerValue).optional(),
        notApplicable: z.array(z.string().min(1)).optional(),
        parameters: z.record(z.string(), answerValue).optional(),
        unmetRequirements: z.array(z.string().min(1)).optional(),
        missing: z.enum(["error", "zero"]).optional(),
      },
      {
        error: (iss) =>
          iss.code === "unrecognized_keys"
            ? issueText([], "unknownField", { key: iss.keys.join('", "'), fields: SCORE_INPUT_FIELDS })
            : undefined,
      },
    )
    .check((ctx) => {
      if (ctx.value.answers !== undefined && ctx.value.points !== undefined)
        ctx.issues.push({
          code: "custom",
          message: issueText([], "answersOrPoints"),
          input: ctx.value,
          params: { code: "INVALID_INPUT", message: "answersOrPoints" } satisfies IssueParams,
          continue: true,
        });
    }),
);

/** What `answersSchemaFor(rubric)` outputs: a `ScoreInput`, to pass straight to `score(rubric, …)`. */
export interface RubricAnswers {
  /** One answer per indicator code: a number, a decimal text, an option code, or (where accepted) a result. */
  answers: Record<string, AnswerValue | ResultAnswer>;
  notApplicable?: string[];
  parameters?: Record<string, AnswerValue>;
  unmetRequirements?: string[];
  missing?: "error" | "zero";
}

/** The schema `answersSchemaFor` returns. Its output is the input object itself, validated. */
export type AnswersSchema = z.ZodType<RubricAnswers, RubricAnswers>;

// ---------------------------------------------------------------------------------------------
// One parser. Whether an answer is taken is decided by the engine's own readers, the functions `score` runs:
// the fast path's reader (src/engine/fastScales.ts) where it decides, else the leaf's scale (src/engine/leafScale.ts,
// which reads numbers with readNumber, src/engine/numbers.ts) and, for another scheme's result, readResultAnswer.
// This module only says *why* a refused answer is refused (the message key and its details).

/** `score` refuses answers with more significant digits than this (the engine's MAX_INPUT_DIGITS). */
export const MAX_ANSWER_DIGITS = MAX_INPUT_DIGITS;

/** The path given to the engine's readers: their messages are not used, only whether and why they refuse. */
const HERE: ErrorPath = [];

const pow10 = (k: number): bigint => 10n ** BigInt(k);

/** A figure of rubric data: 5, "24", "-0.5" or an exact fraction "2/3" (as the engine's compiler reads it). */
function dataValue(figure: string | number, path: ErrorPath): Rational {
  const value = parseRational(String(figure));
  if (value !== null) return value;
  throw new KinerjaError(
    "INVALID_RUBRIC",
    `Invalid rubric at ${formatPath(path)}: ${describeValue(figure)} is not a number or a fraction`,
    { path, rule: "rubric figures are plain decimals or exact fractions" },
  );
}

/** The terminating decimal of q in plain notation ("0.25"), or null (1/3). */
function decimalText(q: Rational): string | null {
  const k = decimalExponent(q.d);
  if (k === null) return null;
  const scaled = (q.n * pow10(k)) / q.d;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(k + 1, "0");
  const int = digits.slice(0, digits.length - k);
  const frac = digits.slice(digits.length - k);
  return `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/** The JSON number equal to q, when one is exactly equal (for JSON Schema bounds and enums). */
function exactJsonNumber(q: Rational): number | undefined {
  const text = decimalText(q);
  if (text === null) return undefined;
  const x = Number(text); // not-a-score: a JSON Schema bound, used only when it equals the figure exactly
  if (!Number.isFinite(x)) return undefined;
  return cmp(readNumber(x, HERE, Number.POSITIVE_INFINITY), q) === 0 ? x : undefined;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

// ---------------------------------------------------------------------------------------------
// Scales

/** One thing wrong with a value; `at` extends the path below the answer (a result's field). */
export interface Problem {
  readonly message: MessageKey;
  readonly code: KinerjaErrorCode;
  readonly details: MessageDetails;
  readonly at?: ReadonlyArray<string>;
}

export interface Checker {
  readonly rule: RuleSpec;
  /** The engine's reader of the scale (src/engine/leafScale.ts): what decides. */
  readonly reader: LeafScale;
  /** JSON Schema of the answer (without title). */
  readonly json: Record<string, unknown>;
  /** Problems of an answer as given (a number, a text, an option code, …): none exactly when `score` takes it. */
  check(value: unknown): Problem[];
  /** Problems of an exact value (another scheme's result), as the scale reads it; `shown` names it. */
  checkValue(q: Rational, shown: string): Problem[];
}

const NONE: Problem[] = [];

const notOn = (
  shown: string,
  rule: RuleSpec,
  code: KinerjaErrorCode,
  hint?: HintKey,
  suggestion?: string,
): Problem[] => [
  {
    message: "notOnScale",
    code,
    details: {
      value: shown,
      rule,
      ...(hint ? { hint } : {}),
      ...(suggestion !== undefined ? { suggestion } : {}),
    },
  },
];

/** Why a text is not in plain notation, when a reason is recognisable. */
function textHint(s: string): HintKey | undefined {
  if (/\s/.test(s)) return "spaces";
  if (s.includes(",")) return "comma";
  if (/^[+-]?(\d+\.?\d*|\.\d+)e[+-]?\d+$/i.test(s)) return "exponent";
  if (/^[+-]?0x[0-9a-f]+$/i.test(s)) return "hex";
  if (s.startsWith("+")) return "plus";
  if (/^-?(\d+\.|\.\d+)$/.test(s)) return "point";
  if (/^-?[\p{Nd}.]+$/u.test(s)) return "digits";
  return undefined;
}

/** A text longer than the text limit: `score` refuses it (LIMIT_EXCEEDED) before reading it. */
const tooLong = (value: string, limit: number): Problem[] => [
  { message: "textTooLong", code: "LIMIT_EXCEEDED", details: { value: describeValue(value), digits: limit } },
];

/**
 * Why the engine's number reader (readNumber) refused a value, or null when the refusal came from the scale
 * (the number itself was read). `empty` is how an empty text is reported.
 */
function unreadNumber(value: unknown, e: KinerjaError, rule: RuleSpec): Problem[] | null {
  if (e.code === "PRECISION_EXCEEDED")
    return [
      {
        message: "tooManyDigits",
        code: "PRECISION_EXCEEDED",
        details: { value: describeValue(value), digits: MAX_INPUT_DIGITS },
      },
    ];
  if (e.code === "LIMIT_EXCEEDED" && typeof value === "string") return tooLong(value, getLimits().text);
  if (e.code !== "INVALID_INPUT") return null;
  if (value === "") return [{ message: "empty", code: "INVALID_INPUT", details: { rule } }];
  const hint =
    typeof value === "number"
      ? "notFinite"
      : typeof value === "string"
        ? textHint(value)
        : typeof value === "bigint"
          ? "bigint"
          : undefined;
  return notOn(describeValue(value), rule, "INVALID_INPUT", hint);
}

/** The engine's error, or the non-KinerjaError rethrown (a getter or Proxy: the whole parse reports it). */
function engineError(e: unknown): KinerjaError {
  if (isKinerjaError(e)) return e;
  throw e;
}

/** What one scale adds to the engine's reader: its rule, its JSON Schema and why an exact value is refused. */
interface ScaleParts {
  readonly rule: RuleSpec;
  readonly json: Record<string, unknown>;
  /** Problems of a value the scale refused (read as the exact q); `shown` names it. */
  refused(q: Rational, shown: string): Problem[];
  /** Problems of an answer the scale refused before reading a number (options: an unknown code). */
  refusedText?(text: string): Problem[] | null;
}

/**
 * A checker of one scale on the engine's reader: the fast path's reader decides the answers it takes (the same
 * FastScale `score` uses, where the scale has one), the leaf scale's `read` everything else. This module only
 * explains a refusal.
 */
function engineChecker(scale: Scale, key: string, parts: ScaleParts): Checker {
  const reader: LeafScale = leafScale(key, scale);
  const fast = fastScaleOf(scale, reader);
  const { rule } = parts;
  const checkValue = (q: Rational, shown: string): Problem[] => {
    try {
      reader.readExact(q, HERE);
      return NONE;
    } catch (e) {
      engineError(e);
      return parts.refused(q, shown);
    }
  };
  return {
    rule,
    reader,
    json: parts.json,
    checkValue,
    check(value) {
      // readScoreInput refuses a text beyond the text limit before anything reads it.
      if (typeof value === "string" && value.length > getLimits().text) return tooLong(value, getLimits().text);
      if (fast !== null && fastAnswer(fast, value) !== undefined) return NONE;
      try {
        reader.read(value, HERE);
        return NONE;
      } catch (e) {
        const error = engineError(e);
        if (error.code !== "ANSWER_OUT_OF_SCALE") {
          const problems = unreadNumber(value, error, rule);
          if (problems !== null) return problems;
        } else if (typeof value === "string" && parts.refusedText) {
          const problems = parts.refusedText(value);
          if (problems !== null) return problems;
        }
        let q: Rational | null = null;
        try {
          q = readNumber(value, HERE);
        } catch {
          // not a number at all: the scale's rule is what to say
        }
        const problems = q === null ? NONE : parts.refused(q, describeValue(value));
        return problems.length > 0 ? problems : notOn(describeValue(value), rule, error.code);
      }
    },
  };
}

/**
 * The engine's fast-path reader of a scale, where it decides on its own: plain scales (no normalisation,
 * fractions or lookup) whose bounds it holds as safe integers.
 */
function fastScaleOf(scale: Scale, reader: LeafScale): FastScale | null {
  if (!reader.linear || scale.kind === "lookup") return null;
  const fast = buildFastScales([scale])[0] as FastScale;
  if (fast.codes !== null) return fast;
  return Number.isSafeInteger(fast.min) && Number.isSafeInteger(fast.max) ? fast : null;
}

/** Strings of a whole number from lo to hi as `score` reads them ("05", "5.0", "-0"). */
function wholeNumberPattern(lo: bigint, hi: bigint): string {
  if (hi - lo > 20n || hi < lo) return "^-?\\d+(?:\\.0+)?$";
  const alternatives: string[] = [];
  for (let v = lo; v <= hi; v++) alternatives.push(v < 0n ? `-0*${-v}` : v === 0n ? "-?0+" : `0*${v}`);
  return `^(?:${alternatives.join("|")})(?:\\.0+)?$`;
}

function decimalPattern(places: number | undefined): string {
  if (places === undefined) return PLAIN_INPUT.source;
  return places === 0 ? "^-?\\d+(?:\\.0+)?$" : `^-?\\d+(?:\\.\\d{1,${places}}0*)?$`;
}

/** Strings equal to q as `score` reads them ("1", "01.0"), or null when q has no terminating decimal. */
function valuePattern(q: Rational): string | null {
  const text = decimalText(q);
  if (text === null) return null;
  if (q.n === 0n) return "-?0+(?:\\.0+)?";
  const negative = text.startsWith("-");
  const [int = "", frac = ""] = (negative ? text.slice(1) : text).split(".");
  const intPart = int === "0" ? "0+" : `0*${int}`;
  return `${negative ? "-" : ""}${intPart}${frac ? `\\.${frac}0*` : "(?:\\.0+)?"}`;
}

function numberBranch(type: "integer" | "number", lo: Rational, hi: Rational): Record<string, unknown> {
  const minimum = exactJsonNumber(lo);
  const maximum = exactJsonNumber(hi);
  return {
    type,
    ...(minimum !== undefined ? { minimum } : {}),
    ...(maximum !== undefined ? { maximum } : {}),
  };
}

const floorToInteger = (q: Rational): bigint => (q.n >= 0n ? q.n / q.d : -((-q.n + q.d - 1n) / q.d));
const ceilToInteger = (q: Rational): bigint => -floorToInteger({ n: -q.n, d: q.d });

function integerChecker(scale: Extract<Scale, { kind: "integer" }>, key: string): Checker {
  const where = ["scales", key];
  const lo = ceilToInteger(dataValue(scale.min, where));
  const hi = floorToInteger(dataValue(scale.max, where));
  const rule: RuleSpec = { kind: "wholeNumber", min: lo.toString(), max: hi.toString() };
  return engineChecker(scale, key, {
    rule,
    json: {
      anyOf: [
        numberBranch("integer", { n: lo, d: 1n }, { n: hi, d: 1n }),
        { type: "string", pattern: wholeNumberPattern(lo, hi) },
      ],
    },
    refused: (_q, shown) => notOn(shown, rule, "ANSWER_OUT_OF_SCALE"),
  });
}

function decimalChecker(
  scale: Extract<Scale, { kind: "decimal" }>,
  key: string,
  where: ErrorPath = ["scales", key],
): Checker {
  const places = scale.places;
  const rule: RuleSpec = {
    kind: "decimal",
    min: scale.min,
    max: scale.max,
    ...(places !== undefined ? { places } : {}),
  };
  return engineChecker(scale, key, {
    rule,
    json: {
      anyOf: [
        numberBranch("number", dataValue(scale.min, where), dataValue(scale.max, where)),
        { type: "string", pattern: decimalPattern(places) },
      ],
    },
    refused: (_q, shown) => notOn(shown, rule, "ANSWER_OUT_OF_SCALE"),
  });
}

function lookupChecker(scale: Extract<Scale, { kind: "lookup" }>, key: string): Checker {
  const where = ["scales", key];
  const { min, max, places } = scale.input;
  const lo = dataValue(min, where);
  const hi = dataValue(max, where);
  const rule: RuleSpec = { kind: "number", min, max, ...(places !== undefined ? { places } : {}) };
  const rows = scale.rows.map((row) => ({ row, min: dataValue(row.min, where), max: dataValue(row.max, where) }));
  return engineChecker(scale, key, {
    rule,
    json: { anyOf: [numberBranch("number", lo, hi), { type: "string", pattern: decimalPattern(places) }] },
    refused(q, shown) {
      // Within the input range and its decimals, yet refused: no row of the table holds the value.
      const decimals = decimalExponent(q.d) ?? Number.POSITIVE_INFINITY;
      const inRange = cmp(q, lo) >= 0 && cmp(q, hi) <= 0 && (places === undefined || decimals <= places);
      const inRow = rows.some(
        (r) =>
          (r.row.minInclusive ? cmp(q, r.min) >= 0 : cmp(q, r.min) > 0) &&
          (r.row.maxInclusive ? cmp(q, r.max) <= 0 : cmp(q, r.max) < 0),
      );
      return inRange && !inRow
        ? [{ message: "noLookupRow", code: "ANSWER_OUT_OF_SCALE", details: { value: shown } }]
        : notOn(shown, rule, "ANSWER_OUT_OF_SCALE");
    },
  });
}

function optionsChecker(scale: Extract<Scale, { kind: "options" }>, key: string): Checker {
  const where = ["scales", key];
  const all = scale.options.map((o) => ({ code: o.code, text: o.value, value: dataValue(o.value, where) }));
  const rule: RuleSpec = { kind: "oneOf", options: all.map((o) => ({ code: o.code, value: o.text })) };
  const numbers = all.map((o) => exactJsonNumber(o.value)).filter((x): x is number => x !== undefined);
  const patterns = all.map((o) => valuePattern(o.value)).filter((p): p is string => p !== null);
  const anyOf: Record<string, unknown>[] = [{ type: "string", enum: all.map((o) => o.code) }];
  if (numbers.length > 0) anyOf.push({ type: "number", enum: [...new Set(numbers)] });
  if (patterns.length > 0) anyOf.push({ type: "string", pattern: `^(?:${patterns.join("|")})$` });
  const suggest = (text: string): string | undefined => {
    const folded = text.trim().toLowerCase();
    return all.find((o) => o.code.trim().toLowerCase() === folded)?.code;
  };
  return engineChecker(scale, key, {
    rule,
    json: { anyOf },
    refused: (_q, shown) => notOn(shown, rule, "ANSWER_OUT_OF_SCALE"),
    refusedText(text) {
      // Not a code, and not a number in plain notation (which would be compared with the options' values).
      if (text === "") return [{ message: "empty", code: "ANSWER_OUT_OF_SCALE", details: { rule } }];
      if (PLAIN_DECIMAL.test(text)) return null;
      const suggestion = suggest(text);
      return suggestion !== undefined
        ? notOn(describeValue(text), rule, "ANSWER_OUT_OF_SCALE", "didYouMean", suggestion)
        : notOn(describeValue(text), rule, "ANSWER_OUT_OF_SCALE");
    },
  });
}

/** The checker of one scale's answers (internal to kinerja/schema: respondent rows use it too). */
export function scaleChecker(scale: Scale, key: string): Checker {
  switch (scale.kind) {
    case "integer":
      return integerChecker(scale, key);
    case "decimal":
      return decimalChecker(scale, key);
    case "lookup":
      return lookupChecker(scale, key);
    case "options":
      return optionsChecker(scale, key);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const hasOwn = Object.prototype.hasOwnProperty;
const own = (o: Record<string, unknown>, key: string): unknown => (hasOwn.call(o, key) ? o[key] : undefined);

/**
 * A leaf that `accepts` another scheme's result: its scale's answer, or `{ rubric, exact, exactFraction?, value? }`
 * (a whole ScoreResult or AggregateResult fits) whose exact value then goes through the leaf's scale. Taken exactly
 * when the engine takes it: readResultAnswer (the rubric, then exact and exactFraction by readNumber and
 * parseFraction), then the leaf scale's readExact, on the copy `score` reads (own data only).
 */
function acceptingChecker(base: Checker, accepts: AcceptsResult): Checker {
  const rule: RuleSpec = {
    kind: "orResult",
    base: base.rule,
    scheme: accepts.scheme,
    ...(accepts.rubrics ? { rubrics: accepts.rubrics } : {}),
  };
  const resultDecimal = (v: unknown, at: string): Problem => ({
    message: "resultDecimal",
    code: "INVALID_INPUT",
    details: { value: describeValue(v), digits: MAX_COMPARED_DIGITS },
    at: [at],
  });
  /** Why the engine refused a result (the same readers, one field at a time, to name each field's problem). */
  const why = (value: Record<string, unknown>): Problem[] => {
    const problems: Problem[] = [];
    const id = own(value, "rubric");
    const scheme = typeof id === "string" && id.includes("@") ? id.slice(0, id.indexOf("@")) : null;
    if (scheme === null || scheme !== accepts.scheme || (accepts.rubrics && !accepts.rubrics.includes(id as string)))
      problems.push({
        message: "resultRubric",
        code: scheme === null ? "INVALID_INPUT" : "RUBRIC_MISMATCH",
        details: {
          value: describeValue(id),
          scheme: accepts.scheme,
          ...(accepts.rubrics ? { accepted: accepts.rubrics } : {}),
        },
        at: ["rubric"],
      });
    const exactText = own(value, "exact");
    let exact: Rational | null = null;
    try {
      exact = readNumber(exactText, HERE, MAX_COMPARED_DIGITS);
    } catch (e) {
      engineError(e);
      problems.push(resultDecimal(exactText, "exact"));
    }
    const fractionText = own(value, "exactFraction");
    let q = exact;
    if (fractionText === undefined) {
      // Without its fraction, a 40-digit `exact` is a rounded quotient, not the value.
      if (
        typeof exactText === "string" &&
        exactText.replace(/[-.]/g, "").replace(/^0+/, "").length >= MAX_COMPARED_DIGITS
      )
        problems.push({ message: "resultRounded", code: "INVALID_INPUT", details: {}, at: ["exactFraction"] });
    } else {
      q = typeof fractionText === "string" ? parseFraction(fractionText) : null;
      if (q === null)
        problems.push({
          message: "resultFraction",
          code: "INVALID_INPUT",
          details: { value: describeValue(fractionText) },
          at: ["exactFraction"],
        });
      else if (exact !== null && toDecimalText(q) !== toDecimalText(exact))
        problems.push({
          message: "resultMismatch",
          code: "INVALID_INPUT",
          details: { value: describeValue(fractionText), exact: describeValue(exactText) },
          at: ["exactFraction"],
        });
    }
    if (q === null || problems.length > 0) return problems;
    return base
      .checkValue(q, describeValue(fractionText ?? exactText))
      .map((p) => (p.message === "notOnScale" ? { ...p, message: "resultOutOfScale" } : p));
  };
  return {
    rule,
    json: {
      anyOf: [
        ...((base.json.anyOf as Record<string, unknown>[] | undefined) ?? [base.json]),
        {
          type: "object",
          properties: {
            rubric: accepts.rubrics
              ? { type: "string", enum: [...accepts.rubrics] }
              : { type: "string", pattern: `^${escapeRegExp(accepts.scheme)}@` },
            exact: { type: "string", pattern: PLAIN_INPUT.source },
            exactFraction: { type: "string", pattern: EXACT_FRACTION.source },
            value: { type: "string", pattern: PLAIN_INPUT.source },
          },
          required: ["rubric", "exact"],
        },
      ],
    },
    reader: base.reader,
    checkValue: base.checkValue,
    check(value) {
      if (!isRecord(value))
        return base
          .check(value)
          .map((p) => (p.message === "notOnScale" ? { ...p, details: { ...p.details, rule } } : p));
      let copy: Record<string, unknown>;
      try {
        // What score reads: a copy of the caller's result, own data only (readScoreInput).
        copy = snapshot(value, HERE);
      } catch (e) {
        return notOn(describeValue(value), rule, engineError(e).code);
      }
      try {
        base.reader.readExact(readResultAnswer(accepts, copy, HERE).value, HERE);
        return NONE;
      } catch (e) {
        const error = engineError(e);
        const problems = why(copy);
        return problems.length > 0 ? problems : notOn(describeValue(value), rule, error.code);
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// One rubric's input

interface Leaf {
  readonly code: string;
  readonly checker: Checker;
}

interface Plan {
  readonly id: string;
  readonly leaves: ReadonlyArray<Leaf>;
  readonly leafCodes: ReadonlySet<string>;
  /** Indicator code → its place in `leaves`. */
  readonly index: ReadonlyMap<string, number>;
  readonly groups: ReadonlySet<string>;
  readonly allCodes: ReadonlySet<string>;
  /** Codes that may be declared not applicable → the indicator codes they cover. */
  readonly notApplicable: ReadonlyMap<string, ReadonlyArray<string>>;
  readonly parameters: ReadonlyArray<{ readonly name: string; readonly checker: Checker }>;
  readonly parameterNames: ReadonlySet<string>;
  readonly requirements: ReadonlySet<string>;
  readonly zeroAllowed: boolean;
  readonly fields: ReadonlyArray<string>;
  readonly json: Record<string, unknown>;
}

function compile(rubric: RubricDefinition): Plan {
  const checkers = new Map<string, Checker>();
  const leaves: Leaf[] = [];
  const groups = new Set<string>();
  const notApplicable = new Map<string, string[]>();
  const leafJson: Record<string, unknown> = {};
  // A node may be declared not applicable where its parent group (or, at the top, the rubric) gives a rule;
  // under a "sum" group only the rule "zero" (as the engine reads it).
  const walk = (nodes: ReadonlyArray<RubricNode>, parent: RubricNode | null): string[] => {
    const rule: NotApplicableRule | undefined = parent
      ? (parent.notApplicable ?? rubric.notApplicable)
      : rubric.notApplicable;
    const allowed = rule !== undefined && (parent?.combine !== "sum" || rule.rule === "zero");
    const covered: string[] = [];
    for (const node of nodes) {
      let under: string[];
      if (node.children) {
        groups.add(node.code);
        under = walk(node.children, node);
      } else {
        const key = node.scale as string;
        const scale = Object.hasOwn(rubric.scales, key) ? rubric.scales[key] : undefined;
        if (!scale)
          throw new KinerjaError("INVALID_RUBRIC", `Invalid rubric at ${node.code}: unknown scale "${key}"`, {
            path: [],
            rule: "an indicator needs a scale of the rubric",
          });
        let checker = checkers.get(key);
        if (!checker) {
          checker = scaleChecker(scale, key);
          checkers.set(key, checker);
        }
        if (node.accepts) checker = acceptingChecker(checker, node.accepts);
        leaves.push({ code: node.code, checker });
        leafJson[node.code] = { title: node.label.id, description: ruleText(checker.rule), ...checker.json };
        under = [node.code];
      }
      if (allowed) notApplicable.set(node.code, under);
      covered.push(...under);
    }
    return covered;
  };
  walk(rubric.nodes, null);

  // A parameter is read as `score` reads it (readNumber, then its range): the reader of a decimal scale min–max.
  const parameters = (rubric.parameters ?? []).map((p) => ({
    name: p.name,
    label: p.label.id,
    checker: decimalChecker({ kind: "decimal", min: p.min, max: p.max, source: p.source }, `parameters.${p.name}`, [
      "parameters",
      p.name,
    ]),
  }));
  const requirements = new Set((rubric.requirements ?? []).map((r) => r.code));
  const zeroAllowed = rubric.missingAnswer !== undefined;
  const fields = [
    "answers",
    ...(notApplicable.size > 0 ? ["notApplicable"] : []),
    ...(parameters.length > 0 ? ["parameters"] : []),
    ...(requirements.size > 0 ? ["unmetRequirements"] : []),
    "missing",
  ];
  const leafCodes = new Set(leaves.map((l) => l.code));
  const optionalAnswers = zeroAllowed || notApplicable.size > 0;
  const codeList = (codes: Iterable<string>) => ({
    type: "array",
    items: { type: "string", enum: [...codes] },
    uniqueItems: true,
  });
  const json: Record<string, unknown> = {
    type: "object",
    title: rubric.title.id,
    description: `Answers for ${rubric.id}, as score() takes them.`,
    properties: {
      answers: {
        type: "object",
        properties: leafJson,
        ...(optionalAnswers
          ? {
              description: 'Every indicator is required unless declared not applicable or missing is "zero".',
            }
          : { required: [...leafCodes] }),
        additionalProperties: false,
      },
      ...(notApplicable.size > 0 ? { notApplicable: codeList(notApplicable.keys()) } : {}),
      ...(parameters.length > 0
        ? {
            parameters: {
              type: "object",
              properties: Object.fromEntries(
                parameters.map((p) => [
                  p.name,
                  { title: p.label, description: ruleText(p.checker.rule), ...p.checker.json },
                ]),
              ),
              required: parameters.map((p) => p.name),
              additionalProperties: false,
            },
          }
        : {}),
      ...(requirements.size > 0 ? { unmetRequirements: codeList(requirements) } : {}),
      missing: { type: "string", enum: zeroAllowed ? ["error", "zero"] : ["error"] },
    },
    required: ["answers", ...(parameters.length > 0 ? ["parameters"] : [])],
    additionalProperties: false,
  };
  return {
    id: rubric.id,
    leaves,
    leafCodes,
    index: new Map(leaves.map((l, i) => [l.code, i])),
    groups,
    allCodes: new Set([...leafCodes, ...groups]),
    notApplicable,
    parameters,
    parameterNames: new Set(parameters.map((p) => p.name)),
    requirements,
    zeroAllowed,
    fields,
    json,
  };
}

/** Where one parse's issues go: zod's payload (its `issues`, in the order of the form), or a list held back. */
interface Sink {
  readonly value: unknown;
  readonly issues: z.core.$ZodRawIssue[];
}

/** One issue: its message from the catalogue, naming the path; its params carry the key, code and details. */
function report(
  sink: Sink,
  path: ErrorPath,
  message: MessageKey,
  code: KinerjaErrorCode,
  details: MessageDetails = {},
): void {
  const params: IssueParams = { ...details, code, message };
  sink.issues.push({
    code: "custom",
    message: issueText(path, message, details),
    path: [...path],
    input: sink.value,
    params,
    continue: true,
  });
}

/** Checks a list of codes (notApplicable, unmetRequirements); `check` reports a wrong code; returns the valid ones. */
function codeList(
  value: unknown,
  field: string,
  sink: Sink,
  check: (code: unknown, at: ErrorPath) => code is string,
): string[] {
  if (!Array.isArray(value)) {
    report(sink, [field], "codesNotList", "INVALID_INPUT", { value: describeValue(value) });
    return [];
  }
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const code: unknown = value[i];
    const at = [field, i];
    if (typeof code === "string" && seen.has(code))
      report(sink, at, "listedTwice", "INVALID_INPUT", { value: describeValue(code) });
    else if (check(code, at)) seen.add(code);
  }
  return [...seen];
}

const INPUT_FIELDS: ReadonlySet<string> = new Set([
  "answers",
  "notApplicable",
  "parameters",
  "unmetRequirements",
  "missing",
]);
const NOTHING_SKIPPED: ReadonlySet<string> = new Set();
/** The held-back list of an input without notApplicable and missing: nothing is ever reported to it. */
const NO_LATER: Sink = Object.freeze({
  value: undefined,
  issues: Object.freeze([]) as unknown as z.core.$ZodRawIssue[],
});

/** Every rule of one rubric's input, reported all at once, in the order of the fields and of the indicators. */
function validate(plan: Plan, input: unknown, sink: Sink): void {
  const rubric = plan.id;
  if (!isRecord(input)) {
    report(sink, [], "inputNotObject", "INVALID_INPUT");
    return;
  }
  // Problems of notApplicable and missing are reported after the answers' own (official order of the form).
  const na = own(input, "notApplicable");
  const missing = own(input, "missing");
  const later: Sink = na === undefined && missing === undefined ? NO_LATER : { value: sink.value, issues: [] };

  let skipped = NOTHING_SKIPPED;
  if (na !== undefined) {
    if (plan.notApplicable.size === 0) {
      if (!(Array.isArray(na) && na.length === 0))
        report(later, ["notApplicable"], "noNotApplicable", "INVALID_INPUT", { rubric });
    } else {
      const released = new Set<string>();
      for (const code of codeList(na, "notApplicable", later, (code, at): code is string => {
        if (typeof code !== "string" || !plan.allCodes.has(code))
          report(later, at, "notACode", "UNKNOWN_INDICATOR", { value: describeValue(code), rubric });
        else if (!plan.notApplicable.has(code))
          report(later, at, "cannotBeNotApplicable", "INVALID_INPUT", { key: code, rubric });
        else return true;
        return false;
      }))
        for (const leaf of plan.notApplicable.get(code) ?? []) released.add(leaf);
      skipped = released;
    }
  }

  let zero = false;
  if (missing === "zero") {
    if (plan.zeroAllowed) zero = true;
    else report(later, ["missing"], "zeroNotAllowed", "INVALID_INPUT", { rubric });
  } else if (missing !== undefined && missing !== "error")
    report(later, ["missing"], "missingMode", "INVALID_INPUT", { value: describeValue(missing) });

  const answers = own(input, "answers");
  if (answers === undefined) report(sink, ["answers"], "answersRequired", "INVALID_INPUT");
  else if (!isRecord(answers))
    report(sink, ["answers"], "answersNotObject", "INVALID_INPUT", { value: describeValue(answers) });
  else {
    // First pass: the answers' own keys, each value read once. for-in reads them through the object's enumeration
    // cache (the fast way to read every value); it visits the own enumerable keys first, in the order of
    // Object.keys, then inherited ones, which are not answers (score reads own answers only). When every indicator
    // is answered and every answer is taken, that is all (the usual case).
    const leaves = plan.leaves;
    const anySkipped = skipped.size > 0;
    let unknown: string[] | null = null;
    let left = Object.keys(answers).length;
    let at = 0;
    let answered = 0;
    let taken = !anySkipped;
    for (const key in answers) {
      if (left-- === 0) break;
      // Answers usually come in official order: the expected code first, the index otherwise.
      const i = (leaves[at] as Leaf | undefined)?.code === key ? at : plan.index.get(key);
      if (i === undefined) {
        unknown ??= [];
        unknown.push(key);
        continue;
      }
      at = i + 1;
      answered++;
      if (taken) {
        const value = answers[key];
        taken = value !== undefined && (plan.leaves[i] as Leaf).checker.check(value).length === 0;
      }
    }
    // Otherwise every indicator in official order, each with what is wrong (an own answer that is not enumerable
    // is an answer all the same: score reads it by its code).
    if (!taken || answered !== leaves.length)
      for (const leaf of leaves) {
        const value = own(answers, leaf.code);
        if (value === undefined) {
          if (!zero && !skipped.has(leaf.code))
            report(sink, ["answers", leaf.code], "required", "MISSING_ANSWER", { rule: leaf.checker.rule });
          continue;
        }
        if (anySkipped && skipped.has(leaf.code)) {
          report(sink, ["answers", leaf.code], "answeredAndNotApplicable", "INVALID_INPUT", { key: leaf.code });
          continue;
        }
        for (const p of leaf.checker.check(value))
          report(
            sink,
            p.at ? ["answers", leaf.code, ...p.at] : ["answers", leaf.code],
            p.message === "empty" && zero ? "emptyCountsZero" : p.message,
            p.code,
            p.details,
          );
      }
    if (unknown !== null)
      for (const key of unknown)
        report(sink, ["answers", key], plan.groups.has(key) ? "isAGroup" : "notAnIndicator", "UNKNOWN_INDICATOR", {
          key,
          rubric,
        });
  }
  if (later !== NO_LATER) for (const issue of later.issues) sink.issues.push(issue);

  const parameters = own(input, "parameters");
  if (plan.parameters.length === 0) {
    if (parameters !== undefined && !(isRecord(parameters) && Object.keys(parameters).length === 0))
      report(sink, ["parameters"], "noParameters", "INVALID_INPUT", { rubric });
  } else if (parameters === undefined)
    report(sink, ["parameters"], "parametersRequired", "INVALID_INPUT", { fields: plan.parameters.map((p) => p.name) });
  else if (!isRecord(parameters))
    report(sink, ["parameters"], "parametersNotObject", "INVALID_INPUT", { value: describeValue(parameters) });
  else {
    for (const p of plan.parameters) {
      const value = own(parameters, p.name);
      const path = ["parameters", p.name];
      if (value === undefined) report(sink, path, "required", "INVALID_INPUT", { rule: p.checker.rule });
      else
        for (const problem of p.checker.check(value))
          report(
            sink,
            path,
            problem.message,
            problem.code === "ANSWER_OUT_OF_SCALE" ? "OUT_OF_RANGE" : problem.code,
            problem.details,
          );
    }
    for (const key of Object.keys(parameters))
      if (!plan.parameterNames.has(key))
        report(sink, ["parameters", key], "notAParameter", "INVALID_INPUT", { key, rubric });
  }

  const unmet = own(input, "unmetRequirements");
  if (unmet !== undefined) {
    if (plan.requirements.size === 0)
      report(sink, ["unmetRequirements"], "noRequirements", "INVALID_INPUT", { rubric });
    else
      codeList(unmet, "unmetRequirements", sink, (code, at): code is string => {
        if (typeof code === "string" && plan.requirements.has(code)) return true;
        report(sink, at, "notARequirement", "INVALID_INPUT", { value: describeValue(code), rubric });
        return false;
      });
  }

  for (const key of Object.keys(input))
    if (!INPUT_FIELDS.has(key)) report(sink, [key], "unknownField", "INVALID_INPUT", { key, fields: plan.fields });
}

/** Object nesting a rubric definition may have (defineRubric's bound: 32 levels of nodes and their fields). */
const RUBRIC_DEPTH = 80;

/**
 * The rubric to build a schema for, as the engine would take it: a defined rubric (getRubric, defineRubric) as it
 * is; anything else read once into a plain copy (a getter, a Proxy, a cycle or a hole is an INVALID_RUBRIC) and
 * held to the shape of a rubric definition (`rubricDefinitionSchema`), so that building never meets a value of
 * the wrong kind.
 */
export function readRubric(rubric: unknown, fn = "answersSchemaFor"): RubricDefinition {
  if (typeof rubric === "object" && rubric !== null && isDefined(rubric)) return rubric as RubricDefinition;
  if (typeof rubric !== "object" || rubric === null || Array.isArray(rubric))
    throw new KinerjaError(
      "INVALID_RUBRIC",
      typeof rubric === "string"
        ? `${fn} takes a rubric, not its id ${describeValue(rubric)}: pass getRubric(id)`
        : `${fn} takes a rubric (getRubric(id) or defineRubric(…)), not ${describeValue(rubric)}`,
      { path: [], rule: "a rubric definition" },
    );
  const definition = snapshot(rubric, [], { code: "INVALID_RUBRIC", depth: RUBRIC_DEPTH, textLimit: false });
  const shape = rubricDefinitionSchema.safeParse(definition);
  if (!shape.success) {
    const issue = shape.error.issues[0] as z.core.$ZodIssue;
    const path = issue.path.map((k) => (typeof k === "number" ? k : String(k)));
    throw new KinerjaError("INVALID_RUBRIC", `Invalid rubric at ${formatPath(path)}: ${issue.message}`, {
      path,
      rule: `schema.${issue.code}`,
    });
  }
  return definition as RubricDefinition;
}

function build(rubric: RubricDefinition): AnswersSchema {
  let plan: Plan;
  try {
    plan = compile(rubric);
  } catch (e) {
    if (isKinerjaError(e)) throw e;
    // A figure the shape allows but no scale can hold (normalize.min equal to max, …): defineRubric's rules.
    throw new KinerjaError("INVALID_RUBRIC", `Invalid rubric: ${thrownText(e)} (check it with defineRubric)`, {
      path: [],
      rule: "a rubric defineRubric takes",
    });
  }
  const schema = z
    .unknown()
    .check((ctx) => {
      try {
        validate(plan, ctx.value, ctx);
      } catch (e) {
        // Exotic input only (a throwing getter or proxy): safeParse still returns an issue.
        report(ctx, [], "unreadable", "INVALID_INPUT", { value: thrownText(e) });
      }
    })
    .meta(plan.json);
  return schema as unknown as AnswersSchema;
}

const cache = new WeakMap<object, AnswersSchema>();

/**
 * A zod schema for one rubric's input, for forms and for `z.toJSONSchema(…, { io: "input" })`:
 * every indicator required (unless declared not applicable, or `missing: "zero"` where the rubric allows it),
 * each answer checked on its scale exactly as `score` reads it (plain notation: no spaces, comma or exponent),
 * unknown codes and fields rejected. `safeParse` never throws; each issue's message names the path and the rule
 * (`answers["1.a.Ak"]: 6 is not a whole number from 0 to 5`), and its `params` carry the message key and details.
 * The output is the input object, typed so that it goes straight into `score(rubric, …)`.
 *
 * One parser: whether an answer is taken is decided by the engine's own readers (the ones `score` runs), so the
 * schema accepts exactly the answers `score` accepts; the schema adds only the words for a refusal.
 *
 * Built once per (frozen) rubric object: rubrics from `defineRubric`/`getRubric` are cached. Anything that is not
 * a rubric is a KinerjaError (INVALID_RUBRIC, with the path of what is wrong).
 *
 * @example
 * ```ts
 * import { getRubric, score } from "kinerja";
 * import { answersSchemaFor } from "kinerja/schema";
 * import { z } from "zod";
 *
 * const rubric = getRubric("pekppp@2022.2");
 * const schema = answersSchemaFor(rubric);
 * const bad = schema.safeParse({ answers: { "1.a.Ak": 6 } });
 * bad.error?.issues[0]?.message; // 'answers["1.a.Ak"]: 6 is not a whole number from 0 to 5'
 * bad.error?.issues.length; // 30: the 29 missing answers are reported too
 * const ok = schema.safeParse({ answers });
 * if (ok.success) score(rubric, ok.data).value; // "3.68"
 * const json = z.toJSONSchema(schema, { io: "input" }); // for a form or another language: titles, ranges, patterns
 * ```
 */
export function answersSchemaFor(rubric: RubricDefinition): AnswersSchema {
  const hit = cache.get(rubric as object);
  if (hit) return hit;
  const schema = build(readRubric(rubric));
  // A plain definition may still change; only frozen (defined) rubrics are cached.
  let frozen = false;
  try {
    frozen = Object.isFrozen(rubric);
  } catch {
    // a Proxy whose trap throws: not cached
  }
  if (frozen) cache.set(rubric, schema);
  return schema;
}
