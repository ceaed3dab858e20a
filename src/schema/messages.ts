/**
 * Every message the input schemas report, in one place. Each issue carries
 * `params: { code, message, ...details }`: `code` is the KinerjaError code the
 * engine would throw for the same input, `message` a key of {@link MESSAGES}
 * and the details are plain data, so a catalogue keyed by the same names can
 * render them in another language (Bahasa Indonesia) later.
 *
 * English only for now.
 */
import { type ErrorPath, formatPath, type KinerjaErrorCode } from "../core/errors.js";

/** What an answer must be, as data; {@link ruleText} renders it. */
export type RuleSpec =
  | { readonly kind: "wholeNumber"; readonly min: string; readonly max: string }
  | { readonly kind: "decimal"; readonly min: string; readonly max: string; readonly places?: number }
  | { readonly kind: "number"; readonly min: string; readonly max: string; readonly places?: number }
  | { readonly kind: "oneOf"; readonly options: ReadonlyArray<{ readonly code: string; readonly value: string }> }
  | {
      readonly kind: "orResult";
      readonly base: RuleSpec;
      readonly scheme: string;
      readonly rubrics?: ReadonlyArray<string>;
    };

/** How a rule reads, by kind (the same wording as the engine's errors). */
export const RULES = {
  wholeNumber: (r: { min: string; max: string }) => `a whole number from ${r.min} to ${r.max}`,
  decimal: (r: { min: string; max: string; places?: number }) =>
    `a decimal from ${r.min} to ${r.max}${r.places !== undefined ? ` with at most ${r.places} decimals` : ""}`,
  number: (r: { min: string; max: string; places?: number }) =>
    `a number from ${r.min} to ${r.max}${r.places !== undefined ? ` with at most ${r.places} decimals` : ""}`,
  oneOf: (r: { options: ReadonlyArray<{ code: string; value: string }> }) =>
    `one of ${r.options.map((o) => `"${o.code}" (${o.value})`).join(", ")}`,
  orResult: (r: { base: string; scheme: string; rubrics?: ReadonlyArray<string> }) =>
    `${r.base}, or a result of ${r.rubrics ? r.rubrics.join(" or ") : `a ${r.scheme} rubric`}`,
} as const;

export function ruleText(rule: RuleSpec): string {
  switch (rule.kind) {
    case "wholeNumber":
      return RULES.wholeNumber(rule);
    case "decimal":
      return RULES.decimal(rule);
    case "number":
      return RULES.number(rule);
    case "oneOf":
      return RULES.oneOf(rule);
    case "orResult":
      return RULES.orResult({ base: ruleText(rule.base), scheme: rule.scheme, rubrics: rule.rubrics });
  }
}

/** Why a text is not a number in the engine's plain notation, or what was probably meant. */
export type HintKey =
  | "spaces"
  | "comma"
  | "exponent"
  | "plus"
  | "point"
  | "hex"
  | "digits"
  | "notFinite"
  | "bigint"
  | "didYouMean";

export const HINTS: { readonly [K in HintKey]: (d: { code?: string }) => string } = {
  spaces: () => "no spaces",
  comma: () => "use a decimal point, not a comma",
  exponent: () => "write the number out in plain digits, without an exponent",
  plus: () => "no plus sign",
  point: () => "put digits on both sides of the decimal point",
  hex: () => "decimal digits only",
  digits: () => "use the digits 0-9",
  notFinite: () => "not a finite number",
  bigint: () => "give a number or a text, not a BigInt",
  didYouMean: (d) => `did you mean "${d.code}"?`,
};

/** How a value is named in a message: texts and numbers as written, anything else by its kind. */
export const VALUE_WORDS = {
  nothing: "nothing",
  list: "a list",
  object: "an object",
  symbol: "a symbol",
  function: "a function",
} as const;

const MAX_SHOWN = 40;

export function describeValue(value: unknown): string {
  if (typeof value === "string")
    return JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 3)}…` : value);
  if (typeof value === "number") return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "boolean" || value === null) return String(value);
  if (value === undefined) return VALUE_WORDS.nothing;
  if (typeof value === "symbol") return VALUE_WORDS.symbol;
  if (typeof value === "function") return VALUE_WORDS.function;
  return Array.isArray(value) ? VALUE_WORDS.list : VALUE_WORDS.object;
}

/** Details of a message: plain data (rule and hint as data, values already described). */
export interface MessageDetails {
  readonly value?: string;
  readonly rule?: RuleSpec;
  readonly hint?: HintKey;
  /** The option code a hint suggests. */
  readonly suggestion?: string;
  readonly key?: string;
  readonly rubric?: string;
  readonly fields?: ReadonlyArray<string>;
  /** A digit limit (significant digits). */
  readonly digits?: number;
  /** A result's `exact`, as given. */
  readonly exact?: string;
  readonly accepted?: ReadonlyArray<string>;
  readonly scheme?: string;
}

const rule = (d: MessageDetails): string => (d.rule ? ruleText(d.rule) : "");
const hint = (d: MessageDetails): string => (d.hint ? ` (${HINTS[d.hint]({ code: d.suggestion })})` : "");
const list = (items: ReadonlyArray<string> | undefined): string => (items ?? []).join(", ");

/** Message templates by key. The path (`answers["1.1"]: `) is prefixed by {@link formatIssue}. */
export const MESSAGES = {
  inputNotObject: () => "the input must be an object { answers: { [indicator code]: answer } }",
  unknownField: (d: MessageDetails) => `"${d.key}" is not an input field; this form takes ${list(d.fields)}`,
  noParameters: (d: MessageDetails) => `${d.rubric} declares no parameters`,
  noNotApplicable: (d: MessageDetails) => `${d.rubric} allows no indicator to be declared not applicable`,
  noRequirements: (d: MessageDetails) => `${d.rubric} declares no minimum requirements`,
  answersRequired: () => "required (an object keyed by indicator code)",
  answersNotObject: (d: MessageDetails) => `${d.value} is not an object keyed by indicator code`,
  required: (d: MessageDetails) => `required (${rule(d)})`,
  empty: (d: MessageDetails) => `required, the answer is empty (${rule(d)})`,
  emptyCountsZero: (d: MessageDetails) => `the answer is empty; leave it out to count it as zero, or give ${rule(d)}`,
  notOnScale: (d: MessageDetails) => `${d.value} is not ${rule(d)}${hint(d)}`,
  tooManyDigits: (d: MessageDetails) => `${d.value} has more than ${d.digits} significant digits`,
  noLookupRow: (d: MessageDetails) => `${d.value} falls in no row of the scale's table`,
  notAnIndicator: (d: MessageDetails) => `"${d.key}" is not an indicator of ${d.rubric}`,
  isAGroup: (d: MessageDetails) => `"${d.key}" is a group in ${d.rubric}; answer its indicators instead`,
  resultRubric: (d: MessageDetails) =>
    `${d.value} is not a rubric whose results this indicator accepts (${d.accepted ? list(d.accepted) : `any ${d.scheme} rubric`})`,
  resultDecimal: (d: MessageDetails) =>
    `${d.value} is not a decimal in plain notation with at most ${d.digits} significant digits`,
  resultFraction: (d: MessageDetails) => `${d.value} is not an exact fraction like "83/40" or "7"`,
  resultRounded: () => "exact is a rounded quotient; pass the result's exactFraction too (or score it again)",
  resultMismatch: (d: MessageDetails) => `${d.value} does not match exact ${d.exact}`,
  resultOutOfScale: (d: MessageDetails) => `the result's exact value ${d.value} is not ${rule(d)}`,
  answeredAndNotApplicable: (d: MessageDetails) =>
    `"${d.key}" is answered and declared not applicable; leave its answer out`,
  parametersRequired: (d: MessageDetails) => `required (${list(d.fields)})`,
  parametersNotObject: (d: MessageDetails) => `${d.value} is not an object keyed by parameter name`,
  notAParameter: (d: MessageDetails) => `"${d.key}" is not a parameter of ${d.rubric}`,
  codesNotList: (d: MessageDetails) => `${d.value} is not a list of codes`,
  notACode: (d: MessageDetails) => `${d.value} is not a code of ${d.rubric}`,
  cannotBeNotApplicable: (d: MessageDetails) => `"${d.key}" cannot be declared not applicable in ${d.rubric}`,
  notARequirement: (d: MessageDetails) => `${d.value} is not a minimum requirement of ${d.rubric}`,
  listedTwice: (d: MessageDetails) => `${d.value} is listed twice`,
  missingMode: (d: MessageDetails) => `${d.value} is not "error" or "zero"`,
  zeroNotAllowed: (d: MessageDetails) =>
    `"zero" is not allowed: the regulation behind ${d.rubric} does not count a missing answer as zero`,
  unreadable: (d: MessageDetails) => `the input could not be read (${d.value})`,
  answersOrPoints: () => "give either answers or points, not both",
} as const satisfies Record<string, (d: MessageDetails) => string>;

export type MessageKey = keyof typeof MESSAGES;

/** What an issue's `params` hold: enough for a catalogue to render the message in another language. */
export interface IssueParams extends MessageDetails {
  /** The KinerjaError code `score` throws for the same input. */
  readonly code: KinerjaErrorCode;
  readonly message: MessageKey;
}

/** `answers["1.1"]: 6 is not a whole number from 0 to 5`. */
export function formatIssue(path: ErrorPath, message: MessageKey, details: MessageDetails = {}): string {
  return `${formatPath(path)}: ${MESSAGES[message](details)}`;
}
