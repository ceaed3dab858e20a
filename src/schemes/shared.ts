/**
 * Internal to the scheme helpers (not exported from any package entry): small
 * input guards and exact-value helpers shared by kinerja/pekppp, /skm and
 * /ombudsman.
 */
import { D, type Dec } from "../core/decimal.js";
import { type ErrorPath, formatPath, isKinerjaError, KinerjaError } from "../core/errors.js";
import type { Rational } from "../core/rational.js";

/** A rational as a decimal: exact when it terminates, else a 40-significant-digit quotient. */
export function ratToDec(r: Rational): Dec {
  return new D(r.n.toString()).div(r.d.toString());
}

/**
 * An options argument: `undefined` is `{}`; anything but a plain object
 * (null, a string, an array) is an INVALID_INPUT error naming the path.
 */
export function optionsObject<T extends object>(options: T | undefined, path: ErrorPath = ["options"]): T {
  if (options === undefined) return {} as T;
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new KinerjaError("INVALID_INPUT", `${formatPath(path)} must be an object`, {
      path,
      rule: "an options object",
      details: { value: options === null ? "null" : Array.isArray(options) ? "array" : typeof options },
    });
  return options;
}

/** One of the allowed strings, or undefined when absent; anything else is an INVALID_INPUT error. */
export function oneOf<T extends string>(value: unknown, allowed: ReadonlyArray<T>, path: ErrorPath): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (allowed as ReadonlyArray<string>).includes(value)) return value as T;
  throw new KinerjaError(
    "INVALID_INPUT",
    `${formatPath(path)}: ${JSON.stringify(value) ?? String(value)} is not one of ${allowed.map((a) => `"${a}"`).join(", ")}`,
    { path, rule: allowed.map((a) => `"${a}"`).join(" or "), details: { value } },
  );
}

/**
 * Runs `f`; a KinerjaError it throws gets its path re-rooted under `prefix`,
 * so an engine error about `answers["1.a"]` names `units[3].answers["1.a"]`.
 */
export function underPath<T>(prefix: ErrorPath, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (prefix.length === 0 || !isKinerjaError(e)) throw e;
    throw new KinerjaError(e.code, e.message, { path: [...prefix, ...e.path], rule: e.rule, details: e.details });
  }
}
