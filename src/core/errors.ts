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
