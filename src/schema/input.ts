import { z } from "zod";
import { type ErrorPath, KinerjaError, type KinerjaErrorCode } from "../core/errors.js";
import type {
  AcceptsResult,
  AnswerValue,
  NotApplicableRule,
  ResultAnswer,
  RubricDefinition,
  RubricNode,
  Scale,
} from "../model/types.js";
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

/** An answer as `score` takes it: a finite number, a decimal string or an option code. */
export const answerValue = z.union([z.number().finite(), z.string().min(1)]);

/** Another scheme's result given as an answer: `{ rubric, exact, exactFraction?, value? }` (other fields are kept). */
export const resultAnswerSchema = z.looseObject({
  rubric: z.string().min(1),
  exact: plainDecimalInput,
  exactFraction: exactFractionString.optional(),
  value: plainDecimalInput.optional(),
});

const SCORE_INPUT_FIELDS = ["answers", "points", "notApplicable", "parameters", "unmetRequirements", "missing"];

/**
 * The generic input of `score` (any rubric): `{ answers?, points?, notApplicable?, parameters?,
 * unmetRequirements?, missing? }`. Strict; checks shapes only. `answersSchemaFor(rubric)` checks one rubric's rules.
 */
export const scoreInputSchema = z
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
  });

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
// Exact numbers, without decimal.js: answers are read with the engine's rules (src/engine/numbers.ts,
// src/engine/leafScale.ts) and compared as fractions of BigInts.

/** n/d with d > 0 (not necessarily in lowest terms). */
interface Q {
  readonly n: bigint;
  readonly d: bigint;
}

const ZERO: Q = { n: 0n, d: 1n };
const pow10 = (k: number): bigint => 10n ** BigInt(k);
const cmpQ = (a: Q, b: Q): number => {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
};
const within = (q: Q, lo: Q, hi: Q): boolean => cmpQ(q, lo) >= 0 && cmpQ(q, hi) <= 0;
const floorQ = (a: Q): bigint => (a.n >= 0n ? a.n / a.d : -((-a.n + a.d - 1n) / a.d));
const ceilQ = (a: Q): bigint => -floorQ({ n: -a.n, d: a.d });
const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** Decimals of q's terminating expansion (0.50 → 1), or Infinity when it does not terminate (1/3). */
function placesOf(q: Q): number {
  const g = gcd(q.n, q.d) || 1n;
  let d = q.d / g;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) {
    d /= 2n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  return d === 1n ? Math.max(twos, fives) : Number.POSITIVE_INFINITY;
}

/** `score` refuses answers with more significant digits than this (engine: MAX_INPUT_DIGITS). */
export const MAX_ANSWER_DIGITS = 20;
/** A result's `exact` may carry the display precision (engine: MAX_COMPARED_DIGITS). */
const MAX_RESULT_DIGITS = 40;

/** A number's text as `score` reads it: plain notation, or a JS number's own exponent form ("1e-7"). */
const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** The exact value of a plain text or of `String(x)`, and its significant digits as the engine counts them. */
function readText(text: string): { q: Q; digits: number } | null {
  const m = NUMBER_TEXT.exec(text);
  if (m === null) return null;
  const [, sign = "", int = "0", frac = "", exp = "0"] = m;
  const exponent = Number.parseInt(exp, 10); // not-a-score: the exponent of a JS number's own text
  let significant = (int + frac.replace(/0+$/, "")).replace(/^0+/, "");
  if (significant !== "" && exponent > 0) significant += "0".repeat(exponent);
  const n = BigInt(sign + int + frac);
  const e = exponent - frac.length;
  return {
    q: e >= 0 ? { n: n * pow10(e), d: 1n } : { n, d: pow10(-e) },
    digits: significant === "" ? 1 : significant.length,
  };
}

const DATA_FRACTION = /^(-?\d+)\/(\d+)$/;

/** A figure of rubric data: 5, "24", "-0.5" or an exact fraction "2/3". */
function dataValue(text: string | number, where: string): Q {
  if (typeof text === "number" && Number.isFinite(text)) return (readText(String(text)) as { q: Q }).q;
  if (typeof text === "string") {
    const fraction = DATA_FRACTION.exec(text);
    if (fraction && BigInt(fraction[2] as string) > 0n)
      return { n: BigInt(fraction[1] as string), d: BigInt(fraction[2] as string) };
    if (PLAIN_INPUT.test(text)) return (readText(text) as { q: Q }).q;
  }
  throw new KinerjaError(
    "INVALID_RUBRIC",
    `Invalid rubric at ${where}: ${String(text)} is not a number or a fraction`,
    {
      path: [],
      rule: "rubric figures are plain decimals or exact fractions",
    },
  );
}

/** The terminating decimal of q in plain notation ("0.25"), or null (1/3). */
function decimalText(q: Q): string | null {
  const k = placesOf(q);
  if (k === Number.POSITIVE_INFINITY) return null;
  const scaled = (q.n * pow10(k)) / q.d;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(k + 1, "0");
  const int = digits.slice(0, digits.length - k);
  const frac = digits.slice(digits.length - k);
  return `${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/** q rounded half-up (on the magnitude) to 40 significant digits: what a result's `exact` text shows. */
function displayed(q: Q): Q {
  if (q.n === 0n) return ZERO;
  const negative = q.n < 0n;
  const a = negative ? -q.n : q.n;
  const ip = a / q.d;
  let places: number;
  if (ip > 0n) places = MAX_RESULT_DIGITS - ip.toString().length;
  else {
    let z = 1;
    while (a * pow10(z) < q.d) z++;
    places = z - 1 + MAX_RESULT_DIGITS;
  }
  const den = places >= 0 ? q.d : q.d * pow10(-places);
  const num = places >= 0 ? a * pow10(places) : a;
  let m = num / den;
  if ((num % den) * 2n >= den) m += 1n;
  const signed = negative ? -m : m;
  return places >= 0 ? { n: signed, d: pow10(places) } : { n: signed * pow10(-places), d: 1n };
}

/** The JSON number equal to q, when one is exactly equal (for JSON Schema bounds and enums). */
function exactJsonNumber(q: Q): number | undefined {
  const text = decimalText(q);
  if (text === null) return undefined;
  const x = Number(text); // not-a-score: a JSON Schema bound, used only when it equals the figure exactly
  const back = Number.isFinite(x) ? readText(String(x)) : null;
  return back && cmpQ(back.q, q) === 0 ? x : undefined;
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
  /** JSON Schema of the answer (without title). */
  readonly json: Record<string, unknown>;
  /** Problems of an answer as given (a number, a text, an option code, …). */
  check(value: unknown): Problem[];
  /** Problems of an exact value (a number read from an answer, or another scheme's result); `shown` names it. */
  checkValue(q: Q, shown: string): Problem[];
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

/** Reads a finite number or a plain decimal text as the engine's `readNumber` does; anything else is a problem. */
function readAnswer(value: unknown, rule: RuleSpec): Q | Problem[] {
  const shown = describeValue(value);
  let text: string | null = null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return notOn(shown, rule, "INVALID_INPUT", "notFinite");
    text = String(value);
  } else if (typeof value === "string") {
    if (value === "") return [{ message: "empty", code: "INVALID_INPUT", details: { rule } }];
    if (!PLAIN_INPUT.test(value)) return notOn(shown, rule, "INVALID_INPUT", textHint(value));
    text = value;
  }
  const reading = text === null ? null : readText(text);
  if (reading === null) return notOn(shown, rule, "INVALID_INPUT", typeof value === "bigint" ? "bigint" : undefined);
  if (reading.digits > MAX_ANSWER_DIGITS)
    return [
      { message: "tooManyDigits", code: "PRECISION_EXCEEDED", details: { value: shown, digits: MAX_ANSWER_DIGITS } },
    ];
  return reading.q;
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
function valuePattern(q: Q): string | null {
  const text = decimalText(q);
  if (text === null) return null;
  if (q.n === 0n) return "-?0+(?:\\.0+)?";
  const negative = text.startsWith("-");
  const [int = "", frac = ""] = (negative ? text.slice(1) : text).split(".");
  const intPart = int === "0" ? "0+" : `0*${int}`;
  return `${negative ? "-" : ""}${intPart}${frac ? `\\.${frac}0*` : "(?:\\.0+)?"}`;
}

function numberBranch(type: "integer" | "number", lo: Q, hi: Q): Record<string, unknown> {
  const minimum = exactJsonNumber(lo);
  const maximum = exactJsonNumber(hi);
  return {
    type,
    ...(minimum !== undefined ? { minimum } : {}),
    ...(maximum !== undefined ? { maximum } : {}),
  };
}

/** A checker that reads numbers and plain texts, then checks the value. */
function numeric(
  rule: RuleSpec,
  json: Record<string, unknown>,
  checkValue: (q: Q, shown: string) => Problem[],
): Checker {
  return {
    rule,
    json,
    checkValue,
    check(value) {
      const q = readAnswer(value, rule);
      return Array.isArray(q) ? q : checkValue(q, describeValue(value));
    },
  };
}

function integerChecker(scale: Extract<Scale, { kind: "integer" }>, where: string): Checker {
  const lo = ceilQ(dataValue(scale.min, where));
  const hi = floorQ(dataValue(scale.max, where));
  const min: Q = { n: lo, d: 1n };
  const max: Q = { n: hi, d: 1n };
  const rule: RuleSpec = { kind: "wholeNumber", min: lo.toString(), max: hi.toString() };
  return numeric(
    rule,
    { anyOf: [numberBranch("integer", min, max), { type: "string", pattern: wholeNumberPattern(lo, hi) }] },
    (q, shown) => (placesOf(q) === 0 && within(q, min, max) ? NONE : notOn(shown, rule, "ANSWER_OUT_OF_SCALE")),
  );
}

function decimalChecker(scale: Extract<Scale, { kind: "decimal" }>, where: string): Checker {
  const lo = dataValue(scale.min, where);
  const hi = dataValue(scale.max, where);
  const places = scale.places;
  const rule: RuleSpec = {
    kind: "decimal",
    min: scale.min,
    max: scale.max,
    ...(places !== undefined ? { places } : {}),
  };
  return numeric(
    rule,
    { anyOf: [numberBranch("number", lo, hi), { type: "string", pattern: decimalPattern(places) }] },
    (q, shown) =>
      within(q, lo, hi) && (places === undefined || placesOf(q) <= places)
        ? NONE
        : notOn(shown, rule, "ANSWER_OUT_OF_SCALE"),
  );
}

function lookupChecker(scale: Extract<Scale, { kind: "lookup" }>, where: string): Checker {
  const { min, max, places } = scale.input;
  const lo = dataValue(min, where);
  const hi = dataValue(max, where);
  const rule: RuleSpec = { kind: "number", min, max, ...(places !== undefined ? { places } : {}) };
  const rows = scale.rows.map((row) => ({ row, min: dataValue(row.min, where), max: dataValue(row.max, where) }));
  return numeric(
    rule,
    { anyOf: [numberBranch("number", lo, hi), { type: "string", pattern: decimalPattern(places) }] },
    (q, shown) => {
      if (!within(q, lo, hi) || (places !== undefined && placesOf(q) > places))
        return notOn(shown, rule, "ANSWER_OUT_OF_SCALE");
      const hit = rows.find(
        (r) =>
          (r.row.minInclusive ? cmpQ(q, r.min) >= 0 : cmpQ(q, r.min) > 0) &&
          (r.row.maxInclusive ? cmpQ(q, r.max) <= 0 : cmpQ(q, r.max) < 0),
      );
      return hit ? NONE : [{ message: "noLookupRow", code: "ANSWER_OUT_OF_SCALE", details: { value: shown } }];
    },
  );
}

function optionsChecker(scale: Extract<Scale, { kind: "options" }>, where: string): Checker {
  const all = scale.options.map((o) => ({ code: o.code, text: o.value, value: dataValue(o.value, where) }));
  // A normalisation never refuses an option of a defined rubric (defineRubric: the values lie within it, or it caps).
  const allowed = all;
  const codes = new Set(all.map((o) => o.code));
  const rule: RuleSpec = { kind: "oneOf", options: allowed.map((o) => ({ code: o.code, value: o.text })) };
  const numbers = allowed.map((o) => exactJsonNumber(o.value)).filter((x): x is number => x !== undefined);
  const patterns = allowed.map((o) => valuePattern(o.value)).filter((p): p is string => p !== null);
  const anyOf: Record<string, unknown>[] = [{ type: "string", enum: allowed.map((o) => o.code) }];
  if (numbers.length > 0) anyOf.push({ type: "number", enum: [...new Set(numbers)] });
  if (patterns.length > 0) anyOf.push({ type: "string", pattern: `^(?:${patterns.join("|")})$` });
  const suggest = (text: string): string | undefined => {
    const folded = text.trim().toLowerCase();
    return allowed.find((o) => o.code.trim().toLowerCase() === folded)?.code;
  };
  const checkValue = (q: Q, shown: string): Problem[] =>
    allowed.some((o) => cmpQ(o.value, q) === 0) ? NONE : notOn(shown, rule, "ANSWER_OUT_OF_SCALE");
  return {
    rule,
    json: { anyOf },
    checkValue,
    check(value) {
      if (typeof value === "string") {
        if (codes.has(value)) return NONE;
        if (value === "") return [{ message: "empty", code: "ANSWER_OUT_OF_SCALE", details: { rule } }];
        if (!PLAIN_INPUT.test(value)) {
          const suggestion = suggest(value);
          return suggestion !== undefined
            ? notOn(describeValue(value), rule, "ANSWER_OUT_OF_SCALE", "didYouMean", suggestion)
            : notOn(describeValue(value), rule, "ANSWER_OUT_OF_SCALE");
        }
      }
      const q = readAnswer(value, rule);
      return Array.isArray(q) ? q : checkValue(q, describeValue(value));
    },
  };
}

/** The checker of one scale's answers (internal to kinerja/schema: respondent rows use it too). */
export function scaleChecker(scale: Scale, where: string): Checker {
  switch (scale.kind) {
    case "integer":
      return integerChecker(scale, where);
    case "decimal":
      return decimalChecker(scale, where);
    case "lookup":
      return lookupChecker(scale, where);
    case "options":
      return optionsChecker(scale, where);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/**
 * A leaf that `accepts` another scheme's result: its scale's answer, or `{ rubric, exact, exactFraction?, value? }`
 * (a whole ScoreResult or AggregateResult fits) whose exact value then goes through the leaf's scale.
 */
function acceptingChecker(base: Checker, accepts: AcceptsResult): Checker {
  const rule: RuleSpec = {
    kind: "orResult",
    base: base.rule,
    scheme: accepts.scheme,
    ...(accepts.rubrics ? { rubrics: accepts.rubrics } : {}),
  };
  const decimalProblem = (v: unknown, at: string): Problem => ({
    message: "resultDecimal",
    code: "INVALID_INPUT",
    details: { value: describeValue(v), digits: MAX_RESULT_DIGITS },
    at: [at],
  });
  const readStored = (v: unknown): Q | null => {
    if (typeof v !== "string" || !PLAIN_INPUT.test(v)) return null;
    const reading = readText(v);
    return reading && reading.digits <= MAX_RESULT_DIGITS ? reading.q : null;
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
    checkValue: base.checkValue,
    check(value) {
      if (!isRecord(value))
        return base
          .check(value)
          .map((p) => (p.message === "notOnScale" ? { ...p, details: { ...p.details, rule } } : p));
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
      const exact = readStored(exactText);
      if (exact === null) problems.push(decimalProblem(exactText, "exact"));
      const shownValue = own(value, "value");
      if (shownValue !== undefined && readStored(shownValue) === null)
        problems.push(decimalProblem(shownValue, "value"));
      const fractionText = own(value, "exactFraction");
      let q = exact;
      if (fractionText === undefined) {
        // Without its fraction, a 40-digit `exact` is a rounded quotient, not the value.
        if (
          typeof exactText === "string" &&
          exactText.replace(/[-.]/g, "").replace(/^0+/, "").length >= MAX_RESULT_DIGITS
        )
          problems.push({ message: "resultRounded", code: "INVALID_INPUT", details: {}, at: ["exactFraction"] });
      } else if (typeof fractionText !== "string" || !EXACT_FRACTION.test(fractionText)) {
        problems.push({
          message: "resultFraction",
          code: "INVALID_INPUT",
          details: { value: describeValue(fractionText) },
          at: ["exactFraction"],
        });
      } else {
        q = dataValue(fractionText, "exactFraction");
        if (exact !== null && cmpQ(displayed(q), exact) !== 0)
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
  readonly groups: ReadonlySet<string>;
  readonly allCodes: ReadonlySet<string>;
  /** Codes that may be declared not applicable → the indicator codes they cover. */
  readonly notApplicable: ReadonlyMap<string, ReadonlyArray<string>>;
  readonly parameters: ReadonlyArray<{ readonly name: string; readonly checker: Checker }>;
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
        const scale = rubric.scales[key];
        if (!scale)
          throw new KinerjaError("INVALID_RUBRIC", `Invalid rubric at ${node.code}: unknown scale "${key}"`, {
            path: [],
            rule: "an indicator needs a scale of the rubric",
          });
        let checker = checkers.get(key);
        if (!checker) {
          checker = scaleChecker(scale, `scales.${key}`);
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

  const parameters = (rubric.parameters ?? []).map((p) => ({
    name: p.name,
    label: p.label.id,
    checker: decimalChecker({ kind: "decimal", min: p.min, max: p.max, source: p.source }, `parameters.${p.name}`),
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
    groups,
    allCodes: new Set([...leafCodes, ...groups]),
    notApplicable,
    parameters,
    requirements,
    zeroAllowed,
    fields,
    json,
  };
}

type Report = (path: ErrorPath, message: MessageKey, code: KinerjaErrorCode, details?: MessageDetails) => void;

/** Checks a list of codes (notApplicable, unmetRequirements); `check` reports a wrong code; returns the valid ones. */
function codeList(
  value: unknown,
  field: string,
  report: Report,
  check: (code: unknown, at: ErrorPath) => code is string,
): string[] {
  if (!Array.isArray(value)) {
    report([field], "codesNotList", "INVALID_INPUT", { value: describeValue(value) });
    return [];
  }
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const code: unknown = value[i];
    const at = [field, i];
    if (typeof code === "string" && seen.has(code))
      report(at, "listedTwice", "INVALID_INPUT", { value: describeValue(code) });
    else if (check(code, at)) seen.add(code);
  }
  return [...seen];
}

/** Every rule of one rubric's input, reported all at once, in the order of the fields and of the indicators. */
function validate(plan: Plan, input: unknown, report: Report): void {
  const rubric = plan.id;
  if (!isRecord(input)) {
    report([], "inputNotObject", "INVALID_INPUT");
    return;
  }
  const later: Array<Parameters<Report>> = [];
  const defer: Report = (...args) => {
    later.push(args);
  };

  const skipped = new Set<string>();
  const na = own(input, "notApplicable");
  if (na !== undefined) {
    if (plan.notApplicable.size === 0) {
      if (!(Array.isArray(na) && na.length === 0))
        defer(["notApplicable"], "noNotApplicable", "INVALID_INPUT", { rubric });
    } else
      for (const code of codeList(na, "notApplicable", defer, (code, at): code is string => {
        if (typeof code !== "string" || !plan.allCodes.has(code))
          defer(at, "notACode", "UNKNOWN_INDICATOR", { value: describeValue(code), rubric });
        else if (!plan.notApplicable.has(code))
          defer(at, "cannotBeNotApplicable", "INVALID_INPUT", { key: code, rubric });
        else return true;
        return false;
      }))
        for (const leaf of plan.notApplicable.get(code) ?? []) skipped.add(leaf);
  }

  let zero = false;
  const missing = own(input, "missing");
  if (missing === "zero") {
    if (plan.zeroAllowed) zero = true;
    else defer(["missing"], "zeroNotAllowed", "INVALID_INPUT", { rubric });
  } else if (missing !== undefined && missing !== "error")
    defer(["missing"], "missingMode", "INVALID_INPUT", { value: describeValue(missing) });

  const answers = own(input, "answers");
  if (answers === undefined) report(["answers"], "answersRequired", "INVALID_INPUT");
  else if (!isRecord(answers))
    report(["answers"], "answersNotObject", "INVALID_INPUT", { value: describeValue(answers) });
  else {
    for (const leaf of plan.leaves) {
      const path = ["answers", leaf.code];
      const value = own(answers, leaf.code);
      if (value !== undefined && skipped.has(leaf.code)) {
        report(path, "answeredAndNotApplicable", "INVALID_INPUT", { key: leaf.code });
        continue;
      }
      if (value === undefined) {
        if (!zero && !skipped.has(leaf.code)) report(path, "required", "MISSING_ANSWER", { rule: leaf.checker.rule });
        continue;
      }
      for (const p of leaf.checker.check(value))
        report(
          p.at ? [...path, ...p.at] : path,
          p.message === "empty" && zero ? "emptyCountsZero" : p.message,
          p.code,
          p.details,
        );
    }
    for (const key of Object.keys(answers))
      if (!plan.leafCodes.has(key))
        report(["answers", key], plan.groups.has(key) ? "isAGroup" : "notAnIndicator", "UNKNOWN_INDICATOR", {
          key,
          rubric,
        });
  }
  for (const args of later) report(...args);

  const parameters = own(input, "parameters");
  if (plan.parameters.length === 0) {
    if (parameters !== undefined && !(isRecord(parameters) && Object.keys(parameters).length === 0))
      report(["parameters"], "noParameters", "INVALID_INPUT", { rubric });
  } else if (parameters === undefined)
    report(["parameters"], "parametersRequired", "INVALID_INPUT", { fields: plan.parameters.map((p) => p.name) });
  else if (!isRecord(parameters))
    report(["parameters"], "parametersNotObject", "INVALID_INPUT", { value: describeValue(parameters) });
  else {
    for (const p of plan.parameters) {
      const value = own(parameters, p.name);
      const path = ["parameters", p.name];
      if (value === undefined) report(path, "required", "INVALID_INPUT", { rule: p.checker.rule });
      else
        for (const problem of p.checker.check(value))
          report(
            path,
            problem.message,
            problem.code === "ANSWER_OUT_OF_SCALE" ? "OUT_OF_RANGE" : problem.code,
            problem.details,
          );
    }
    const names = new Set(plan.parameters.map((p) => p.name));
    for (const key of Object.keys(parameters))
      if (!names.has(key)) report(["parameters", key], "notAParameter", "INVALID_INPUT", { key, rubric });
  }

  const unmet = own(input, "unmetRequirements");
  if (unmet !== undefined) {
    if (plan.requirements.size === 0) report(["unmetRequirements"], "noRequirements", "INVALID_INPUT", { rubric });
    else
      codeList(unmet, "unmetRequirements", report, (code, at): code is string => {
        if (typeof code === "string" && plan.requirements.has(code)) return true;
        report(at, "notARequirement", "INVALID_INPUT", { value: describeValue(code), rubric });
        return false;
      });
  }

  const known = new Set(["answers", "notApplicable", "parameters", "unmetRequirements", "missing"]);
  for (const key of Object.keys(input))
    if (!known.has(key)) report([key], "unknownField", "INVALID_INPUT", { key, fields: plan.fields });
}

function safeText(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return "unknown error";
  }
}

function build(rubric: RubricDefinition): AnswersSchema {
  const plan = compile(rubric);
  const schema = z
    .unknown()
    .check((ctx) => {
      const report: Report = (path, message, code, details = {}) => {
        const params: IssueParams = { ...details, code, message };
        ctx.issues.push({
          code: "custom",
          message: issueText(path, message, details),
          path: [...path],
          input: ctx.value,
          params,
          continue: true,
        });
      };
      try {
        validate(plan, ctx.value, report);
      } catch (e) {
        // Exotic input only (a throwing getter or proxy): safeParse still returns an issue.
        report([], "unreadable", "INVALID_INPUT", { value: safeText(e) });
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
 * Built once per (frozen) rubric object: rubrics from `defineRubric`/`getRubric` are cached.
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
  const hit = cache.get(rubric);
  if (hit) return hit;
  const schema = build(rubric);
  // A plain definition may still change; only frozen (defined) rubrics are cached.
  if (Object.isFrozen(rubric)) cache.set(rubric, schema);
  return schema;
}
