/**
 * The size limits of one call: how many units, respondents and answers, how long a text, how deep an input may
 * be. Beyond them a call throws LIMIT_EXCEEDED (naming the path, the limit and how to raise it) before doing the
 * work, so a hostile or mistaken input cannot keep a server busy or run it out of memory. Defaults and the
 * reasons for them: docs/limits.md.
 */
import { type ErrorPath, formatPath, KinerjaError } from "./errors.js";
import { snapshot } from "./plain.js";

/** The limits of one call. */
export interface Limits {
  /** Units in one aggregate (aggregate, aggregateInstansi, aggregateProducts' products, rank, rankOpds, trend). */
  readonly units: number;
  /** Respondent rows in one skmFromRespondents call. */
  readonly respondents: number;
  /** Answers (keys) in one score input, indicators in one unitFromIndicators call, cells of one CSV row. */
  readonly answers: number;
  /** Characters in one text of an input (a name, a code, a reason, a number written as text, a key). */
  readonly text: number;
  /** Nesting depth of one input (objects and arrays inside each other). */
  readonly depth: number;
}

/** The defaults (docs/limits.md). Frozen: raise them per call with {@link withLimits} or for the process with {@link setLimits}. */
export const DEFAULT_LIMITS: Limits = Object.freeze({
  units: 1_000_000,
  respondents: 5_000_000,
  answers: 100_000,
  text: 1_000,
  depth: 64,
});

let current: Limits = DEFAULT_LIMITS;

/**
 * The limits in force.
 *
 * @example
 * ```ts
 * import { getLimits } from "kinerja";
 *
 * getLimits().units; // 1000000: units in one aggregate, by default
 * getLimits().respondents; // 5000000
 * ```
 */
export function getLimits(): Limits {
  return current;
}

const LIMIT_KEYS = Object.freeze(["units", "respondents", "answers", "text", "depth"] as const);

function checked(given: unknown, path: ErrorPath): Limits {
  const changes = snapshot(given, path);
  if (typeof changes !== "object" || changes === null || Array.isArray(changes))
    throw new KinerjaError("INVALID_INPUT", `${formatPath(path)} must be an object like { units: 2000000 }`, {
      path,
      rule: "limits is { units?, respondents?, answers?, text?, depth? }",
    });
  const next: Record<string, number> = { ...current };
  for (const key of Object.keys(changes)) {
    if (!(LIMIT_KEYS as ReadonlyArray<string>).includes(key))
      throw new KinerjaError(
        "INVALID_INPUT",
        `${formatPath([...path, key])} is not a limit (${LIMIT_KEYS.join(", ")})`,
        {
          path: [...path, key],
          rule: `one of ${LIMIT_KEYS.join(", ")}`,
        },
      );
    const value = (changes as Record<string, unknown>)[key];
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1)
      throw new KinerjaError("INVALID_INPUT", `${formatPath([...path, key])} must be a whole number ≥ 1`, {
        path: [...path, key],
        rule: "a whole number ≥ 1",
      });
    next[key] = value;
  }
  return Object.freeze(next) as unknown as Limits;
}

/**
 * Changes the limits for the whole process (e.g. `setLimits({ units: 20_000_000 })` for a national batch job)
 * and returns the previous ones. `setLimits(DEFAULT_LIMITS)` restores the defaults. Prefer {@link withLimits},
 * which changes them for one piece of work only.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIMITS, getLimits, setLimits } from "kinerja";
 *
 * // A national batch job, for the whole process:
 * const before = setLimits({ units: 20_000_000 });
 * getLimits().units; // 20000000
 * setLimits(before); // back to what it was
 * getLimits().units === DEFAULT_LIMITS.units; // true
 * ```
 */
export function setLimits(changes: Partial<Limits>): Limits {
  const before = current;
  current = checked(changes, ["limits"]);
  return before;
}

/**
 * Runs `work` with some limits raised (or lowered) and restores the previous limits afterwards, also when it
 * throws: `withLimits({ units: 20_000_000 }, () => aggregate(rubric, units))`. Every kinerja function is
 * synchronous, so the change cannot leak into other work.
 *
 * @example
 * ```ts
 * import { aggregate, getLimits, isKinerjaError, withLimits } from "kinerja";
 *
 * const units = ["97.55", "97.02", "96.29"];
 * try {
 *   withLimits({ units: 2 }, () => aggregate("ombudsman@2024.2", units));
 * } catch (e) {
 *   if (isKinerjaError(e)) e.code; // "LIMIT_EXCEEDED"
 * }
 * withLimits({ units: 3 }, () => aggregate("ombudsman@2024.2", units)).value; // "96.95"
 * getLimits().units; // 1000000: restored afterwards
 * ```
 */
export function withLimits<T>(changes: Partial<Limits>, work: () => T): T {
  if (typeof work !== "function")
    throw new KinerjaError("INVALID_INPUT", "withLimits(limits, work): work must be a function", {
      path: ["work"],
      rule: "a function to run",
    });
  const before = current;
  current = checked(changes, ["limits"]);
  try {
    return work();
  } finally {
    current = before;
  }
}

const WHAT: Readonly<Record<keyof Limits, string>> = Object.freeze({
  units: "units",
  respondents: "respondent rows",
  answers: "answers",
  text: "characters",
  depth: "levels of nesting",
});

/** LIMIT_EXCEEDED at `path` unless `count` ≤ the limit. */
export function checkLimit(kind: keyof Limits, count: number, path: ErrorPath): void {
  const limit = current[kind];
  if (count <= limit) return;
  throw new KinerjaError(
    "LIMIT_EXCEEDED",
    `${formatPath(path)}: ${count > 1e15 ? "more than 10^15" : count} ${WHAT[kind]}, more than the limit of ${limit}; raise it with withLimits({ ${kind}: … }, () => …) (docs/limits.md)`,
    { path, rule: `at most ${limit} ${WHAT[kind]} (limits.${kind})`, details: { limit, kind } },
  );
}

/** LIMIT_EXCEEDED when a text is longer than the text limit. */
export function checkText(value: string, path: ErrorPath): void {
  if (value.length > current.text) checkLimit("text", value.length, path);
}
