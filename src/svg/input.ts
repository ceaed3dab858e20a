/**
 * The charts' arguments, read once and safely: only the fields a chart draws, each an own value read inside a
 * guard (a getter or Proxy trap that throws is an INVALID_INPUT naming the path, never a raw error), copied as
 * plain data (core/plain.ts: no holes, no cycles, texts within the text limit) and checked for its type before
 * anything is drawn. What a chart then reads is this copy, never the caller's objects.
 */
import { type ErrorPath, fail, formatPath, showValue } from "../core/errors.js";
import { checkLimit } from "../core/limits.js";
import { isRecord, readOwn, snapshot, unreadable } from "../core/plain.js";
import type { Predicate, RubricDefinition, Text, Zone } from "../model/types.js";

/** The options of a chart as plain data; `rubric` is the caller's object as given (a defined rubric is frozen). */
export interface ReadOptions {
  readonly rubric?: RubricDefinition | string;
  readonly lang?: unknown;
  readonly title?: unknown;
  readonly width?: unknown;
}

/** The options object (or undefined): INVALID_INPUT at `options` when it is anything else. */
export function readOptions(options: unknown, fn: string): ReadOptions {
  if (options === undefined) return {};
  if (!isRecord(options))
    fail({
      code: "INVALID_INPUT",
      path: ["options"],
      rule: "an options object",
      message: `${fn}: options must be an object`,
    });
  // A rubric object is read by defineRubric (which copies and checks it), or kept when it is a defined one.
  const rubric = readOwn(options, "rubric", ["options", "rubric"]);
  return snapshot(options, ["options"], { keep: (v) => v === rubric }) as ReadOptions;
}

/**
 * The listed own fields of a result as plain data (a field left out is absent). A result that is not an object
 * is an INVALID_INPUT at `path` with `rule` and `message`.
 */
export function readFields(
  value: unknown,
  path: ErrorPath,
  keys: ReadonlyArray<string>,
  rule: string,
  message: string,
): Record<string, unknown> {
  if (!isRecord(value)) fail({ code: "INVALID_INPUT", path, rule, message });
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const v = readOwn(value, key, [...path, key]);
    if (v !== undefined) out[key] = snapshot(v, [...path, key]);
  }
  return out;
}

/** The entries of a list, each read inside a guard; a hole is an INVALID_INPUT at its index. */
export function readList(value: unknown, path: ErrorPath, rule: string, message: string): unknown[] {
  if (!Array.isArray(value)) fail({ code: "INVALID_INPUT", path, rule, message });
  let length = 0;
  try {
    length = value.length;
  } catch {
    unreadable("INVALID_INPUT", path);
  }
  checkLimit("units", length, path);
  const out = new Array<unknown>(length);
  for (let i = 0; i < length; i++) {
    let present = false;
    try {
      present = i in value;
      if (present) out[i] = value[i];
    } catch {
      unreadable("INVALID_INPUT", [...path, i]);
    }
    if (!present)
      fail({
        code: "INVALID_INPUT",
        path: [...path, i],
        rule: "arrays without holes",
        message: `${formatPath([...path, i])} is a hole (an empty slot of the array): give a value`,
      });
  }
  return out;
}

/** A text field: a string, or absent when `optional`; INVALID_INPUT at `path` otherwise. */
export function textField(value: unknown, path: ErrorPath, optional: true): string | undefined;
export function textField(value: unknown, path: ErrorPath, optional?: false): string;
export function textField(value: unknown, path: ErrorPath, optional = false): string | undefined {
  if (typeof value === "string" || (optional && value === undefined)) return value;
  return fail({
    code: "INVALID_INPUT",
    path,
    rule: "a text",
    message: `${formatPath(path)} must be a text, not ${showValue(value)}`,
  });
}

const ZONES: ReadonlyArray<string> = ["hijau", "kuning", "merah"];

/** A label `{ id, en? }` (plain data), or INVALID_INPUT at `path`. */
export function readText(value: unknown, path: ErrorPath): Text {
  if (!isRecord(value) || typeof value.id !== "string" || (value.en !== undefined && typeof value.en !== "string"))
    fail({
      code: "INVALID_INPUT",
      path,
      rule: "a label { id, en? } of texts",
      message: `${formatPath(path)} must be a label { id, en? }, not ${showValue(value)}`,
    });
  return value.en === undefined ? { id: value.id } : { id: value.id, en: value.en };
}

/** A result's predicate (plain data): null, or `{ code, label, zone? }`; INVALID_INPUT at `path` otherwise. */
export function readPredicate(value: unknown, path: ErrorPath): Predicate | null {
  if (value === null || value === undefined) return null;
  if (!isRecord(value) || typeof value.code !== "string")
    fail({
      code: "INVALID_INPUT",
      path,
      rule: "a predicate { code, label, zone? } or null",
      message: `${formatPath(path)} must be a predicate { code, label } or null, not ${showValue(value)}`,
    });
  const label = readText(value.label, [...path, "label"]);
  const zone = value.zone;
  if (zone !== undefined && !(typeof zone === "string" && ZONES.includes(zone)))
    fail({
      code: "INVALID_INPUT",
      path: [...path, "zone"],
      rule: `a zone: ${ZONES.join(", ")}`,
      message: `${formatPath([...path, "zone"])} must be one of ${ZONES.join(", ")}, not ${showValue(zone)}`,
    });
  return {
    code: value.code,
    label,
    ...(zone === undefined ? {} : { zone: zone as Zone }),
    confirmed: value.confirmed !== false,
  };
}
