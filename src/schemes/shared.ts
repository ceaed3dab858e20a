/**
 * Internal to the scheme helpers (not exported from any package entry): small
 * input guards shared by kinerja/pekppp, /skm, /ombudsman and /sakip. Numbers,
 * rounding and classification are the engine's (src/engine/internal.ts).
 */
import { type ErrorPath, fail, formatPath, isKinerjaError, MESSAGE, RULE } from "../core/errors.js";

/**
 * An options argument: `undefined` is `{}`; anything but a plain object
 * (null, a string, an array) is an INVALID_INPUT error naming the path.
 */
export function optionsObject<T extends object>(options: T | undefined, path: ErrorPath = ["options"]): T {
  if (options === undefined) return {} as T;
  if (typeof options !== "object" || options === null || Array.isArray(options))
    fail({
      code: "INVALID_INPUT",
      path,
      rule: RULE.optionsObject,
      message: MESSAGE.notAnObject(path),
      details: { value: options === null ? "null" : Array.isArray(options) ? "array" : typeof options },
    });
  return options;
}

/** One of the allowed strings, or undefined when absent; anything else is an INVALID_INPUT error. */
export function oneOf<T extends string>(value: unknown, allowed: ReadonlyArray<T>, path: ErrorPath): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string" && (allowed as ReadonlyArray<string>).includes(value)) return value as T;
  const listed = allowed.map((a) => `"${a}"`);
  return fail({
    code: "INVALID_INPUT",
    path,
    rule: listed.join(" or "),
    message: `${formatPath(path)}: ${JSON.stringify(value) ?? String(value)} is not one of ${listed.join(", ")}`,
    details: { value },
  });
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
    return fail({ code: e.code, message: e.message, path: [...prefix, ...e.path], rule: e.rule, details: e.details });
  }
}
