/**
 * A caller's input as plain data, read once and safely: own enumerable properties only (an inherited answer is
 * never read), every getter and Proxy trap run inside a guard (one that throws is an INVALID_INPUT naming the
 * path, never a raw error), no holes (an empty slot of an array is an INVALID_INPUT at its index, never a
 * missing value or a zero), no cycles, a bounded depth and size, texts within the text limit. The copy is what
 * the computation reads, so the caller's objects are never mutated, never shared with a result, and cannot
 * change half-way through a call.
 */
import { type ErrorPath, formatPath, KinerjaError, type KinerjaErrorCode } from "./errors.js";
import { checkLimit, checkText, getLimits } from "./limits.js";

export interface SnapshotOptions {
  /** Objects kept as they are, neither copied nor walked (defined rubrics: frozen and already checked). */
  readonly keep?: (value: object) => boolean;
  /** The code of a structural problem (a hole, a cycle, an unreadable property): INVALID_INPUT by default. */
  readonly code?: KinerjaErrorCode;
  /** Deepest nesting allowed (deeper is a `code` error); default the `depth` limit (deeper is LIMIT_EXCEEDED). */
  readonly depth?: number;
  /** Whether texts are held to the text limit (default true; rubric definitions carry long source quotes). */
  readonly textLimit?: boolean;
}

/** Values one snapshot may copy in all, per unit of the `units` limit (shared sub-objects count every time). */
const VALUES_PER_UNIT = 20;

/** The INVALID_INPUT (or `code`) of a value that could not be read: a getter or Proxy trap threw. */
export function unreadable(code: KinerjaErrorCode, path: ErrorPath): never {
  throw new KinerjaError(code, `${formatPath(path)} could not be read (a getter or Proxy threw): give plain data`, {
    path,
    rule: "plain data: own values that can be read",
  });
}

/** Sets `key` as an own data property, also "__proto__" (which plain assignment would turn into a prototype). */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** A plain copy of `value` (see the module comment), or a KinerjaError naming where it is not plain data. */
export function snapshot<T>(value: T, path: ErrorPath, options: SnapshotOptions = {}): T {
  const limits = getLimits();
  const code = options.code ?? "INVALID_INPUT";
  const maxDepth = options.depth ?? limits.depth;
  const maxText = options.textLimit === false ? Number.POSITIVE_INFINITY : limits.text;
  const keep = options.keep;
  let budget = limits.units * VALUES_PER_UNIT;
  const ancestors = new Set<object>();
  const at: Array<string | number> = [...path];

  const copy = (v: unknown, depth: number): unknown => {
    if (--budget < 0) checkLimit("units", limits.units + 1, [...at]);
    if (typeof v === "string") {
      if (v.length > maxText) checkText(v, [...at]);
      return v;
    }
    // -0 is 0 (JSON has no -0): a copy never carries it on into a result.
    if (typeof v === "number") return v === 0 ? 0 : v;
    if (typeof v !== "object" || v === null) return v;
    if (keep?.(v)) return v;
    if (depth > maxDepth) {
      // A format's own bound (a rubric's) is that format's error; otherwise it is the configured depth limit.
      if (options.depth === undefined) checkLimit("depth", depth, [...at]);
      throw new KinerjaError(code, `${formatPath(at)}: nested more than ${maxDepth} levels deep`, {
        path: [...at],
        rule: `at most ${maxDepth} levels of nesting`,
      });
    }
    if (ancestors.has(v))
      throw new KinerjaError(code, `${formatPath(at)} contains itself (a circular reference): give plain data`, {
        path: [...at],
        rule: "plain data without cycles",
      });
    ancestors.add(v);
    let out: unknown;
    if (Array.isArray(v)) {
      let length = 0;
      try {
        length = v.length;
      } catch {
        unreadable(code, [...at]);
      }
      const largest = Math.max(limits.units, limits.respondents, limits.answers);
      if (length > largest) checkLimit(largest === limits.units ? "units" : "respondents", length, [...at]);
      const list = new Array<unknown>(length);
      for (let i = 0; i < length; i++) {
        at.push(i);
        let item: unknown;
        let present = false;
        try {
          present = i in v;
          if (present) item = v[i];
        } catch {
          unreadable(code, [...at]);
        }
        if (!present)
          throw new KinerjaError(code, `${formatPath(at)} is a hole (an empty slot of the array): give a value`, {
            path: [...at],
            rule: "arrays without holes",
          });
        list[i] = copy(item, depth + 1);
        at.pop();
      }
      out = list;
    } else {
      let keys: string[] = [];
      try {
        keys = Object.keys(v);
      } catch {
        unreadable(code, [...at]);
      }
      const record: Record<string, unknown> = {};
      for (const key of keys) {
        at.push(key);
        if (key.length > maxText) checkText(key, [...at]);
        let item: unknown;
        try {
          item = (v as Record<string, unknown>)[key];
        } catch {
          unreadable(code, [...at]);
        }
        put(record, key, copy(item, depth + 1));
        at.pop();
      }
      out = record;
    }
    ancestors.delete(v);
    return out;
  };
  return copy(value, 0) as T;
}

/** True for a plain object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `Object.keys(value)` inside a guard: a Proxy whose trap throws is an INVALID_INPUT at `path`. */
export function ownKeys(value: object, path: ErrorPath, code: KinerjaErrorCode = "INVALID_INPUT"): string[] {
  try {
    return Object.keys(value);
  } catch {
    return unreadable(code, path);
  }
}

/** An own property, read inside a guard (a getter or Proxy trap that throws is an INVALID_INPUT at `path`). */
export function readOwn(
  value: object,
  key: string,
  path: ErrorPath,
  code: KinerjaErrorCode = "INVALID_INPUT",
): unknown {
  try {
    return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  } catch {
    return unreadable(code, path);
  }
}
