/**
 * Internal to the scheme helpers (not exported from any package entry): small
 * input guards shared by kinerja/pekppp, /skm, /ombudsman and /sakip. Numbers,
 * rounding and classification are the engine's (src/engine/internal.ts).
 */
import { cut, type ErrorPath, fail, formatPath, MESSAGE, RULE, showValue, underPrefix } from "../core/errors.js";
import { checkLimit, checkText, type Limits } from "../core/limits.js";
import { snapshot } from "../core/plain.js";
import { isDefinedRubric } from "../engine/defineRubric.js";
import { ensureDefined } from "../engine/internal.js";
import type { RubricDefinition } from "../model/types.js";

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
      details: { value: showValue(options) },
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
    message: `${formatPath(path)}: ${showValue(value)} is not one of ${listed.join(", ")}`,
    details: { value: showValue(value) },
  });
}

/**
 * Runs `f`; a KinerjaError it throws gets its path re-rooted under `prefix`,
 * so an engine error about `answers["1.a"]` names `units[3].answers["1.a"]`.
 */
export function underPath<T>(prefix: ErrorPath, f: () => T): T {
  return underPrefix(prefix, f);
}

/**
 * A caller's argument read once as plain data (core/plain.ts): own properties only, getters and Proxies guarded,
 * holes, cycles and excess depth refused, texts within the limit; defined rubrics inside are kept as they are.
 * Everything a helper computes is then read from this copy, never from the caller's objects.
 */
export function plainInput<T>(value: T, path: ErrorPath): T {
  return snapshot(value, path, { keep: isDefinedRubric });
}

/**
 * A non-empty list (of units, entries, products, …) as plain data: an array, at most `limit` long (LIMIT_EXCEEDED),
 * without holes (INVALID_INPUT at the hole's index: a hole is never a unit).
 */
export function plainList<T>(value: unknown, path: ErrorPath, limit: keyof Limits, what: string): T[] {
  const list = plainInput(value, path);
  if (!Array.isArray(list) || list.length === 0)
    fail({
      code: "INVALID_INPUT",
      path,
      rule: `a non-empty array of ${what}`,
      message: `${formatPath(path)} must be a non-empty array of ${what}`,
      details: { value: showValue(list) },
    });
  checkLimit(limit, list.length, path);
  return list as T[];
}

/**
 * Checks that no name is used twice: `names[i]` is the name at `[...path, i, field]` (undefined: unnamed).
 * A second use is an INVALID_INPUT naming both places.
 */
export function uniqueNames(
  names: ReadonlyArray<string | undefined>,
  path: ErrorPath,
  field: string,
  what = "unit",
): void {
  const seen = new Map<string, number>();
  names.forEach((name, i) => {
    if (name === undefined) return;
    checkText(name, [...path, i, field]);
    const first = seen.get(name);
    if (first !== undefined)
      fail({
        code: "INVALID_INPUT",
        path: [...path, i, field],
        rule: `each ${what} once`,
        message: `${formatPath([...path, i, field])} ${JSON.stringify(cut(name))} is also ${formatPath([...path, first, field])}: each ${what} is counted once`,
        details: { first: [...path, first], second: [...path, i] },
      });
    seen.set(name, i);
  });
}

/** A rubric argument, defined (a plain definition validated into a frozen copy); its errors name `path` first. */
export function rubricArg(ref: unknown, path: ErrorPath = ["rubric"]): RubricDefinition {
  if (typeof ref !== "object" || ref === null || Array.isArray(ref))
    fail({ code: "INVALID_INPUT", path, rule: RULE.aRubric, message: `${formatPath(path)}: expected a rubric object` });
  return underPrefix(path, () => ensureDefined(ref as RubricDefinition));
}
