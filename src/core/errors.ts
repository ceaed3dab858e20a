/** Machine-readable error codes. Stable: downstream code may switch on them. */
export type KinerjaErrorCode =
  | "INVALID_RUBRIC"
  | "UNKNOWN_RUBRIC"
  | "NO_RUBRIC_FOR_YEAR"
  | "AMBIGUOUS_RUBRIC"
  | "INVALID_INPUT"
  | "UNKNOWN_INDICATOR"
  | "MISSING_ANSWER"
  | "ANSWER_OUT_OF_SCALE"
  | "OUT_OF_RANGE"
  | "NO_PREDICATE_BANDS"
  | "NO_AGGREGATION_RULE"
  | "RUBRIC_MISMATCH"
  | "PRECISION_EXCEEDED";

/** A path into the input or rubric, as zod reports it: keys and array indices. */
export type ErrorPath = ReadonlyArray<string | number>;

export interface KinerjaErrorOptions {
  /** Where in the input (or rubric) the problem is. */
  path?: ErrorPath;
  /** The rule that was broken, in words. */
  rule: string;
  /** Extra machine-readable facts (the offending value, the allowed set, …). */
  details?: Readonly<Record<string, unknown>>;
}

/**
 * The only error kinerja throws on purpose. Carries a stable `code`, the `path`
 * of the offending value and the `rule` it broke, so a form can show the
 * message next to the right field.
 */
export class KinerjaError extends Error {
  readonly code: KinerjaErrorCode;
  readonly path: ErrorPath;
  readonly rule: string;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: KinerjaErrorCode, message: string, options: KinerjaErrorOptions) {
    super(message);
    this.name = "KinerjaError";
    this.code = code;
    this.path = options.path ?? [];
    this.rule = options.rule;
    this.details = options.details ?? {};
  }

  toJSON(): { name: string; code: KinerjaErrorCode; message: string; path: ErrorPath; rule: string } {
    return { name: this.name, code: this.code, message: this.message, path: this.path, rule: this.rule };
  }
}

/** Duck-typed check: works across duplicated copies of the package (ESM + CJS). */
export function isKinerjaError(error: unknown): error is KinerjaError {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "KinerjaError" &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

/** Formats a path as `answers["1.a.Ak"]` / `units[3].value` for messages. */
export function formatPath(path: ErrorPath): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === "" ? "(root)" : out;
}

/** Everything a KinerjaError says, as one object: code, message, and the options (path, rule, details). */
export interface KinerjaErrorSpec extends KinerjaErrorOptions {
  readonly code: KinerjaErrorCode;
  readonly message: string;
}

/**
 * The one way to raise a KinerjaError from helper code: one object, so the code, path, rule and message can
 * never be passed in a different order.
 *
 * ```ts
 * fail({ code: "INVALID_INPUT", path: ["options", "limit"], rule: RULE.wholeCount, message: "limit must be …" });
 * ```
 */
export function fail(spec: KinerjaErrorSpec): never {
  const options: KinerjaErrorOptions = { rule: spec.rule };
  if (spec.path !== undefined) options.path = spec.path;
  if (spec.details !== undefined) options.details = spec.details;
  throw new KinerjaError(spec.code, spec.message, options);
}

/** The rules (`KinerjaError.rule`) that several helpers state, defined once. */
export const RULE = {
  optionsObject: "an options object",
  atLeastOneUnit: "at least one unit",
  wholeCount: "a whole number ≥ 0",
  completeResult: "a complete score result from score()",
  aRubric: "a rubric or a rubric id",
  nonNegativeWeight: "a non-negative decimal or fraction",
  namedUnit: "every unit is named",
  /** The range of a rubric's result (or of any value that must lie in it). */
  inRange: (min: string, max: string): string => `a value from ${min} to ${max}`,
} as const;

/** Messages that several helpers give, defined once. */
export const MESSAGE = {
  /** "options must be an object" */
  notAnObject: (path: ErrorPath): string => `${formatPath(path)} must be an object`,
  /** "units[2] (Dinkes): 101 is outside 0–100" */
  outside: (what: string, value: string, min: string, max: string): string =>
    `${what}: ${value} is outside ${min}–${max}`,
  /** "units[1]: "x" is not a weight like "0.75" or "3/4"" */
  notAWeight: (path: ErrorPath, value: unknown): string =>
    `${formatPath(path)}: ${JSON.stringify(value) ?? String(value)} is not a weight like "0.75" or "3/4"`,
  /** "limit must be a whole number ≥ 0" */
  notACount: (what: string): string => `${what} must be a whole number ≥ 0`,
} as const;
