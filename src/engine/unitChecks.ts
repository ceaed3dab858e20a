/**
 * The units of one aggregate, checked before anything is summed: no holes (an empty slot is an error at its
 * index, never a zero-point unit), each unit named once, results that are what they claim (a result not computed
 * by this process carries its exactFraction and the rubric's content hash), plain objects whose fields can be
 * read, and no more units than the limit. Used by `aggregate` (src/api/aggregate.ts).
 */
import { cut, type ErrorPath, fail, formatPath, showValue } from "../core/errors.js";
import { checkLimit, checkText } from "../core/limits.js";
import { readOwn, snapshot, unreadable } from "../core/plain.js";
import type { RubricDefinition } from "../model/types.js";
import { isRemembered } from "./storedExact.js";

/** Only plain objects (no class instances, whose inherited fields would be read as the unit's own). */
function plainObject(value: object, path: ErrorPath, what: string): void {
  let proto: unknown;
  try {
    proto = Object.getPrototypeOf(value);
  } catch {
    unreadable("INVALID_INPUT", path);
  }
  if (proto !== Object.prototype && proto !== null && !Array.isArray(value))
    fail({
      code: "INVALID_INPUT",
      path,
      rule: "plain data (an object literal or parsed JSON)",
      message: `${formatPath(path)}: ${what} must be a plain object, not an instance of a class`,
    });
}

const isResultLike = (v: unknown): boolean =>
  typeof v === "object" &&
  v !== null &&
  typeof readOwn(v, "rubric", []) === "string" &&
  readOwn(v, "exact", []) !== undefined;

/**
 * A stored result given where a score result is required: its fields readable, `confirmed` a boolean, and,
 * unless this process computed it, its `exactFraction` and a `rubricHash` equal to the rubric's content hash (a
 * `{ rubric, exact }` object is not a score result).
 */
export function checkStoredResult(
  result: Record<string, unknown>,
  rubric: RubricDefinition,
  hash: string,
  path: ErrorPath,
): void {
  plainObject(result, path, "a result");
  const confirmed = readOwn(result, "confirmed", [...path, "confirmed"]);
  if (confirmed !== undefined && typeof confirmed !== "boolean")
    fail({
      code: "INVALID_INPUT",
      path: [...path, "confirmed"],
      rule: "confirmed is true or false",
      message: `${formatPath([...path, "confirmed"])}: ${showValue(confirmed)} is not true or false`,
    });
  if (readOwn(result, "rubric", [...path, "rubric"]) !== rubric.id || isRemembered(result)) return;
  if (typeof readOwn(result, "exactFraction", [...path, "exactFraction"]) !== "string")
    fail({
      code: "INVALID_INPUT",
      path: [...path, "exactFraction"],
      rule: "a stored result carries its exactFraction and rubricHash",
      message: `${formatPath(path)}: a stored result needs its exactFraction (and rubricHash) as score() gave them; pass the unit's published value as { value } otherwise`,
    });
  const stamped = readOwn(result, "rubricHash", [...path, "rubricHash"]);
  if (stamped !== hash)
    fail({
      code: stamped === undefined ? "INVALID_INPUT" : "RUBRIC_MISMATCH",
      path: [...path, "rubricHash"],
      rule: "a stored result carries the content hash of the rubric it was scored on",
      message:
        stamped === undefined
          ? `${formatPath(path)}: a stored result needs its rubricHash as score() gave it; pass the unit's published value as { value } otherwise`
          : `${formatPath(path)}: rubricHash ${showValue(stamped)} is not the content hash of ${rubric.id}: the result was computed with other figures`,
      details: { want: hash },
    });
}

/** One unit, checked (see the module comment); `names` remembers the unit names seen so far. */
function checkUnit(
  u: unknown,
  at: ErrorPath,
  rubric: RubricDefinition,
  hash: string,
  names: Map<string, ErrorPath>,
): unknown {
  if (typeof u !== "object" || u === null || isRemembered(u)) return u;
  plainObject(u, at, "a unit");
  const unit = snapshot(u, at, { keep: (v) => isRemembered(v) }) as Record<string, unknown>;
  if (isResultLike(unit)) {
    checkStoredResult(unit, rubric, hash, at);
    return unit;
  }
  const result = unit.result;
  if (isResultLike(result) && !isRemembered(result as object))
    checkStoredResult(result as Record<string, unknown>, rubric, hash, [...at, "result"]);
  const name = unit.unit;
  if (typeof name !== "string") return unit;
  checkText(name, [...at, "unit"]);
  const first = names.get(name);
  if (first !== undefined)
    fail({
      code: "INVALID_INPUT",
      path: [...at, "unit"],
      rule: "each unit once",
      message: `${formatPath([...at, "unit"])} ${JSON.stringify(cut(name))} is also ${formatPath([...first, "unit"])}: each unit is counted once`,
      details: { first, second: at },
    });
  names.set(name, at);
  return unit;
}

/** Whether `v` is an iterable object; its `[Symbol.iterator]` read inside a guard (a Proxy trap or getter that throws is an INVALID_INPUT at `path`). */
function isIterable(v: unknown, path: ErrorPath): v is Iterable<unknown> {
  if (typeof v !== "object" || v === null) return false;
  let iterator: unknown;
  try {
    iterator = (v as { [Symbol.iterator]?: unknown })[Symbol.iterator];
  } catch {
    unreadable("INVALID_INPUT", path);
  }
  return typeof iterator === "function";
}

/**
 * Checks the units of an aggregate (see the module comment) and returns the units to aggregate: numbers and
 * texts as given, results this process computed as they are (their exact value is remembered), every other object
 * as a plain copy of its own data (no getter, Proxy trap or inherited field is read again). An array is checked
 * whole before anything is summed (a hole is refused at its index); any other iterable is checked unit by unit as
 * the aggregate reads it. Anything else is returned unchanged, for the aggregate to report.
 */
export function checkAggregateUnits(
  rubric: RubricDefinition,
  hash: string,
  units: unknown,
  path: ErrorPath = ["units"],
): unknown {
  // The unit names seen so far, made at the first object unit (a list of numbers and texts names none).
  let names: Map<string, ErrorPath> | null = null;
  if (!Array.isArray(units)) {
    if (!isIterable(units, path)) return units;
    // The same checks as an array's, unit by unit as the aggregate reads them: the limit as the count passes it,
    // each object unit checked (names, stored results) before it is summed.
    return (function* checked() {
      let i = 0;
      for (const u of units) {
        checkLimit("units", i + 1, path);
        if (typeof u !== "object" || u === null) yield u;
        else {
          names ??= new Map();
          yield checkUnit(u, [...path, i], rubric, hash, names);
        }
        i++;
      }
    })();
  }
  let length = 0;
  try {
    length = units.length;
  } catch {
    unreadable("INVALID_INPUT", path);
  }
  checkLimit("units", length, path);
  const out = new Array<unknown>(length);
  // One pass; a unit's path is built only where an object unit is checked or an error is reported.
  for (let i = 0; i < length; i++) {
    let present = false;
    let u: unknown;
    try {
      present = i in units;
      if (present) u = units[i];
    } catch {
      unreadable("INVALID_INPUT", [...path, i]);
    }
    if (!present) {
      const at = [...path, i];
      fail({
        code: "INVALID_INPUT",
        path: at,
        rule: "units without holes",
        message: `${formatPath(at)} is a hole (an empty slot of the array): every unit needs a value; a hole is never a unit of 0 points`,
      });
    }
    // A number or a text (anything but an object) is the aggregate's to read: nothing to check here.
    if (typeof u !== "object" || u === null) out[i] = u;
    else {
      names ??= new Map();
      out[i] = checkUnit(u, [...path, i], rubric, hash, names);
    }
  }
  return out;
}
