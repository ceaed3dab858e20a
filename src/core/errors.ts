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
  | "PRECISION_EXCEEDED"
  /** An input larger than the configured limits (units, respondents, answers, text length): see docs/limits.md. */
  | "LIMIT_EXCEEDED";

/** A path into the input or rubric, as zod reports it: keys and array indices. */
export type ErrorPath = ReadonlyArray<string | number>;

export interface KinerjaErrorOptions {
  /** Where in the input (or rubric) the problem is. */
  path?: ErrorPath;
  /** The rule that was broken, in words (default: "unspecified"). */
  rule?: string;
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

  /**
   * `options` may be left out (path `[]`, rule "unspecified"). Whatever is passed, constructing the error never
   * throws: a message that is not a string is shown safely, a path keeps only its string and number keys.
   */
  constructor(code: KinerjaErrorCode, message: string, options?: KinerjaErrorOptions) {
    super(typeof message === "string" ? cut(message, MAX_MESSAGE) : showValue(message));
    this.name = "KinerjaError";
    this.code = typeof code === "string" ? (cut(code, ECHO_LENGTH) as KinerjaErrorCode) : "INVALID_INPUT";
    let path: unknown;
    let rule: unknown;
    let details: unknown;
    try {
      if (typeof options === "object" && options !== null) ({ path, rule, details } = options);
    } catch {
      // Options whose fields cannot be read (a getter or Proxy that throws) count as none.
    }
    this.path = safePath(path);
    this.rule = typeof rule === "string" ? cut(rule, MAX_MESSAGE) : "unspecified";
    this.details = typeof details === "object" && details !== null ? (details as Record<string, unknown>) : {};
  }

  toJSON(): { name: string; code: KinerjaErrorCode; message: string; path: ErrorPath; rule: string } {
    return { name: this.name, code: this.code, message: this.message, path: this.path, rule: this.rule };
  }
}

/** A frozen copy of a path: string and number keys only (anything else is shown as text). */
function safePath(path: unknown): ErrorPath {
  if (!Array.isArray(path)) return Object.freeze([]);
  const out: Array<string | number> = [];
  try {
    const n = Math.min(path.length, MAX_PATH_KEYS);
    for (let i = 0; i < n; i++) {
      const key: unknown = path[i];
      out.push(typeof key === "string" || (typeof key === "number" && Number.isFinite(key)) ? key : showValue(key));
    }
  } catch {
    // A path that cannot be read (a Proxy) is reported as the root.
  }
  return Object.freeze(out);
}

/** Messages longer than this are cut: a message never carries a caller's megabyte (echoes are cut to 60 anyway). */
const MAX_MESSAGE = 1_000;

/** Paths longer than this are cut (a 10 000-deep input still yields a small error). */
const MAX_PATH_KEYS = 200;

/** How many characters of a caller's value a message echoes. */
export const ECHO_LENGTH = 60;

/** A caller's text, cut to {@link ECHO_LENGTH} characters. */
export const cut = (text: string, length: number = ECHO_LENGTH): string =>
  text.length > length ? `${text.slice(0, length)}…` : text;

/**
 * Any value as short, safe text for a message: strings quoted and cut to 60 characters, NaN and ±Infinity by
 * name (never `null`), BigInt with its `n`, symbols and functions by kind, objects by kind (their own code —
 * getters, `toString`, Proxy traps — is never run). Never throws.
 */
export function showValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(cut(value));
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return cut(`${value.toString()}n`);
    case "boolean":
      return String(value);
    case "undefined":
      return "undefined";
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      if (value === null) return "null";
      try {
        return Array.isArray(value) ? "an array" : "an object";
      } catch {
        return "an object";
      }
  }
}

/**
 * Duck-typed check: works across duplicated copies of the package (ESM + CJS).
 *
 * @example
 * ```ts
 * import { isKinerjaError, score } from "kinerja";
 *
 * try {
 *   score("ombudsman@2024.2", { answers: { input: 80, proses: 101, output: 70, pengaduan: 60 } });
 * } catch (e) {
 *   if (isKinerjaError(e)) {
 *     e.code; // "ANSWER_OUT_OF_SCALE"
 *     e.path.join("."); // "answers.proses"
 *   }
 * }
 * ```
 */
export function isKinerjaError(error: unknown): error is KinerjaError {
  if (typeof error !== "object" || error === null) return false;
  try {
    return (
      (error as { name?: unknown }).name === "KinerjaError" && typeof (error as { code?: unknown }).code === "string"
    );
  } catch {
    return false; // a getter or Proxy that throws: not one of ours
  }
}

/**
 * Formats a path as `answers["1.a.Ak"]` / `units[3].value` for messages. Long keys are cut to 60 characters and
 * a path of more than 12 keys shows its first 8 and last 3.
 */
export function formatPath(path: ErrorPath): string {
  const keys = Array.isArray(path) ? path : [];
  const shownKeys: Array<string | number | null> =
    keys.length > 12 ? [...keys.slice(0, 8), null, ...keys.slice(keys.length - 3)] : [...keys];
  let out = "";
  for (const key of shownKeys) {
    if (key === null) out += "…";
    else if (typeof key === "number") out += `[${key}]`;
    else if (typeof key !== "string") out += `[${showValue(key)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key) && key.length <= ECHO_LENGTH) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(cut(key))}]`;
  }
  return out === "" ? "(root)" : out;
}

/** Everything a KinerjaError says, as one object: code, message, and the options (path, rule, details). */
export interface KinerjaErrorSpec extends KinerjaErrorOptions {
  readonly code: KinerjaErrorCode;
  /** The rule that was broken, in words. */
  readonly rule: string;
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
    `${formatPath(path)}: ${showValue(value)} is not a weight like "0.75" or "3/4"`,
  /** "limit must be a whole number ≥ 0" */
  notACount: (what: string): string => `${what} must be a whole number ≥ 0`,
} as const;

/**
 * Runs `f`; a KinerjaError it throws gets its path re-rooted under `prefix`, so an error about `nodes[0].weight`
 * of a rubric passed as `options.rubric` names `options.rubric.nodes[0].weight`.
 */
export function underPrefix<T>(prefix: ErrorPath, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (prefix.length === 0 || !isKinerjaError(e)) throw e;
    const path = [...prefix, ...e.path];
    // A message that names the old path names the new one ("Invalid rubric at rubric.nodes[0].weight: …").
    const before = formatPath(e.path);
    const after = formatPath(path);
    let message = e.message;
    if (message.startsWith(`Invalid rubric at ${before}:`))
      message = `Invalid rubric at ${after}:${message.slice(`Invalid rubric at ${before}:`.length)}`;
    else if (before !== "(root)" && message.startsWith(`${before}:`))
      message = `${after}${message.slice(before.length)}`;
    return fail({ code: e.code, message, path, rule: e.rule, details: e.details });
  }
}
