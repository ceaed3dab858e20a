/**
 * The fuzz harness of issue #11 ("hostile input"). Every public entry point is called with hostile arguments:
 * valid sample arguments with a few parts replaced (NaN, ±Infinity, BigInt, symbols, functions, null-prototype
 * objects, getters that throw, Proxies, sparse arrays, circular objects, huge strings, deep nesting, `__proto__`
 * keys, odd numerals "4,5" " 4 " "٤" "0x10" "1e400"), or with hostile values outright. The only outcomes allowed:
 *
 * - a result that is plain JSON (`JSON.parse(JSON.stringify(x))` is `x`: no NaN, ±Infinity, -0, undefined, BigInt,
 *   functions, class instances or shared caller objects);
 * - a `KinerjaError` with a known code, a path of keys, a rule and a short message.
 *
 * And always: the arguments are unchanged afterwards (a deep description before and after, which never runs a
 * getter or a Proxy trap), and Object.prototype, Array.prototype and Function.prototype are untouched.
 *
 * Runs per entry point: `FUZZ_RUNS` (default {@link DEFAULT_RUNS}, what CI affords); `FUZZ_SEED` fixes the seed
 * (default: a fixed seed, or a random one when FUZZ_RUNS is set). With `FUZZ_REPORT=<file>` the outcome counts of
 * every entry point are written to that JSON file (test/fuzz/write-results.ts turns them into RESULTS.md).
 * `npm run fuzz` (scripts/fuzz.mjs) does both: 100 000 runs per entry point, one seed for the whole folder.
 * `FUZZ_SLOW=<ms>` prints every call slower than that, with its arguments.
 */
import { appendFileSync } from "node:fs";
import fc from "fast-check";
import { expect } from "vitest";
import { isKinerjaError, KinerjaError } from "../../src/core/errors.js";
import { withLimits } from "../../src/core/limits.js";

export const DEFAULT_RUNS = 40;
export const RUNS = Number.parseInt(process.env.FUZZ_RUNS ?? "", 10) || DEFAULT_RUNS;
const SEED = process.env.FUZZ_SEED
  ? Number.parseInt(process.env.FUZZ_SEED, 10)
  : process.env.FUZZ_RUNS
    ? Date.now() % 2 ** 31
    : 20_251_101;
/** A long run gets more time per test; the CI run stays well inside vitest's budget. */
export const TIMEOUT = Math.max(60_000, RUNS * 400);

export const KNOWN_CODES = new Set([
  "INVALID_RUBRIC",
  "UNKNOWN_RUBRIC",
  "NO_RUBRIC_FOR_YEAR",
  "AMBIGUOUS_RUBRIC",
  "INVALID_INPUT",
  "UNKNOWN_INDICATOR",
  "MISSING_ANSWER",
  "ANSWER_OUT_OF_SCALE",
  "OUT_OF_RANGE",
  "NO_PREDICATE_BANDS",
  "NO_AGGREGATION_RULE",
  "RUBRIC_MISMATCH",
  "PRECISION_EXCEEDED",
  "LIMIT_EXCEEDED",
]);

/**
 * Every fuzzed call runs under these limits (docs/limits.md): an input longer than a limit costs a thousand
 * elements here, not millions, and the limit checks are exercised on every entry point all the same. The
 * defaults themselves are tested in test/hostile/limits.test.ts.
 */
export const FUZZ_LIMITS = Object.freeze({ units: 1_000, respondents: 1_000, answers: 1_000, text: 1_000, depth: 64 });

/** The longest message a KinerjaError may carry (every echo of a caller's value is cut to ~60 characters). */
const MAX_MESSAGE = 2_000;
/** A call that takes longer is unbounded work (the whole folder must stay under a minute on 2 cores). */
const MAX_CALL_MS = 3_000;
/**
 * How often a call slower than {@link MAX_CALL_MS} is timed again before it counts as unbounded work: a long run
 * (`npm run fuzz`, hours on a shared machine) meets stalls that have nothing to do with the input; real unbounded
 * work is slow every time.
 */
const SLOW_RETRIES = 2;

// ------------------------------------------------------------------ hostile values

/** Proxies this harness made: described by name, never walked (walking one would run its traps). */
const proxies = new WeakSet<object>();

function proxy<T extends object>(target: T, handler: ProxyHandler<T>): T {
  const p = new Proxy(target, handler);
  proxies.add(p);
  return p;
}

const boom = (): never => {
  throw new Error("hostile getter");
};

function deep(levels: number): unknown {
  let v: unknown = { leaf: 1 };
  for (let i = 0; i < levels; i++) v = i % 2 ? { n: v } : [v];
  return v;
}

/** Builders of hostile values (fresh objects every call: a run never shares one with another run). */
export const HOSTILE: ReadonlyArray<readonly [string, () => unknown]> = [
  ["NaN", () => Number.NaN],
  ["Infinity", () => Number.POSITIVE_INFINITY],
  ["-Infinity", () => Number.NEGATIVE_INFINITY],
  ["-0", () => -0],
  ["1e400 as a number", () => Number.POSITIVE_INFINITY],
  ["max value", () => Number.MAX_VALUE],
  ["min value", () => Number.MIN_VALUE],
  ["unsafe integer", () => 2 ** 60],
  ["bigint", () => 5n],
  ["huge bigint", () => 10n ** 400n],
  ["symbol", () => Symbol("hostile")],
  ["function", () => () => 1],
  ["null", () => null],
  ["undefined", () => undefined],
  ["true", () => true],
  ["empty string", () => ""],
  ['"4,5"', () => "4,5"],
  ['" 4 "', () => " 4 "],
  ['"٤"', () => "٤"],
  ['"0x10"', () => "0x10"],
  ['"1e400"', () => "1e400"],
  ['"1e3"', () => "1e3"],
  ['"4.0"', () => "4.0"],
  ['"04"', () => "04"],
  ['"-0"', () => "-0"],
  ['"NaN"', () => "NaN"],
  ['"Infinity"', () => "Infinity"],
  ['"__proto__"', () => "__proto__"],
  ['"constructor"', () => "constructor"],
  ['"toString"', () => "toString"],
  ["a million-digit decimal", () => `1.${"7".repeat(1_000_000)}`],
  ["a million zeros", () => `0.${"0".repeat(1_000_000)}1`],
  ["a huge string", () => "x".repeat(200_000)],
  ["a 41-digit decimal", () => "1".repeat(41)],
  ["empty object", () => ({})],
  ["empty array", () => []],
  ["null-prototype object", () => Object.assign(Object.create(null), { value: "4", unit: "x", code: "a" })],
  ["getter that throws", () => Object.defineProperty({}, "value", { get: boom, enumerable: true })],
  ["array with a throwing element", () => Object.defineProperty([1, 2], 0, { get: boom, enumerable: true })],
  ["proxy that throws", () => proxy({}, { get: boom, ownKeys: boom, has: boom, getOwnPropertyDescriptor: boom })],
  ["proxy array that throws", () => proxy([1, 2, 3], { get: boom })],
  ["proxy that lies", () => proxy({ a: 1 }, { ownKeys: () => ["a", "b", "c"] })],
  ["sparse array", () => [undefined, "4", undefined, "5"]],
  ["new Array(3)", () => new Array(3)],
  [
    "circular object",
    () => {
      const o: Record<string, unknown> = { value: "4" };
      o.self = o;
      return o;
    },
  ],
  [
    "circular array",
    () => {
      const a: unknown[] = ["4"];
      a.push(a);
      return a;
    },
  ],
  ["10 000-deep nesting", () => deep(10_000)],
  ["__proto__ key", () => JSON.parse('{"__proto__": {"polluted": "yes"}, "value": "4"}')],
  ["constructor key", () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}')],
  ["date", () => new Date(0)],
  ["map", () => new Map([["a", 1]])],
  ["boxed string", () => new String("4")],
  ["typed array", () => new Uint8Array([4])],
  [
    "class instance",
    () =>
      new (class Unit {
        value = "4";
      })(),
  ],
  ["inherited fields", () => Object.create({ value: "4", unit: "inherited", answers: { a: 1 } })],
  ["an array longer than the fuzz limits", () => new Array(FUZZ_LIMITS.units + 1).fill("4")],
  ["an array at the fuzz limits", () => new Array(FUZZ_LIMITS.units).fill("4")],
];

/** A hostile value, by index into {@link HOSTILE} (or one of fast-check's own `anything`). */
export const hostile: fc.Arbitrary<() => unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .integer({ min: 0, max: HOSTILE.length - 1 })
      .map((i) => (HOSTILE[i] as readonly [string, () => unknown])[1]),
  },
  {
    weight: 1,
    arbitrary: fc
      .anything({
        withBigInt: true,
        withNullPrototype: true,
        withSparseArray: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withObjectString: true,
        maxDepth: 3,
      })
      .map((v) => () => v),
  },
);

// ------------------------------------------------------------------ mutations of valid arguments

type Mutation = { readonly pick: number; readonly kind: number; readonly make: () => unknown; readonly key: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  kind: fc.nat({ max: 9 }),
  make: hostile,
  key: fc.constantFrom("__proto__", "constructor", "x", "value", "extra", "toString", "0", "answers"),
});

/** Every object and array inside `root` (plain data only), with its parent. */
function containers(root: unknown): Array<{ value: object; parent: object | null; key: string | number | null }> {
  const out: Array<{ value: object; parent: object | null; key: string | number | null }> = [];
  const seen = new Set<object>();
  const walk = (v: unknown, parent: object | null, key: string | number | null, depth: number) => {
    if (typeof v !== "object" || v === null || depth > 12 || proxies.has(v) || seen.has(v) || Object.isFrozen(v))
      return;
    const proto = Object.getPrototypeOf(v);
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return;
    seen.add(v);
    out.push({ value: v, parent, key });
    if (Array.isArray(v) && v.length > 1000) return;
    for (const k of Object.keys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d && "value" in d) walk(d.value, v, Array.isArray(v) ? Number(k) : k, depth + 1);
    }
  };
  walk(root, null, null, 0);
  return out;
}

/** Applies one mutation to a fresh (unfrozen, plain) argument tree; one that cannot be made is skipped. */
function apply(root: unknown[], m: Mutation): void {
  try {
    mutate(root, m);
  } catch {
    // e.g. setting a value that an earlier mutation turned into a getter
  }
}

/** Sets an own data property ("__proto__" too, without changing the prototype). */
function put(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutate(root: unknown[], m: Mutation): void {
  const all = containers(root);
  const at = all[m.pick % all.length];
  if (!at) return;
  const target = at.value as Record<string, unknown>;
  const keys = Object.keys(target);
  const key = keys.length > 0 ? (keys[m.pick % keys.length] as string) : m.key;
  // The argument list itself is the harness's: its entries may change, but it gets no getter.
  switch (at.parent === null && m.kind === 5 ? 0 : m.kind) {
    case 0:
    case 1:
    case 2: // replace a value
      put(target, key, m.make());
      break;
    case 3: // remove a value (a hole in an array)
      delete target[key];
      break;
    case 4: // an extra key, possibly __proto__ or constructor, as own data
      Object.defineProperty(target, m.key, { value: m.make(), enumerable: true, writable: true, configurable: true });
      break;
    case 5: // a getter that throws
      Object.defineProperty(target, key, { get: boom, enumerable: true, configurable: true });
      break;
    case 6: // the container becomes a Proxy in its parent (traps that throw, or that lie about keys)
      if (at.parent && at.key !== null)
        (at.parent as Record<string | number, unknown>)[at.key] = proxy(
          target,
          m.pick % 2 ? { get: boom } : { ownKeys: () => [...keys, "ghost"] },
        );
      break;
    case 7: // a cycle
      put(target, key, at.parent ?? target);
      break;
    case 8: // an array grows a hole at its end, or an object loses its prototype
      if (Array.isArray(target)) target.length += 1;
      else if (at.parent && at.key !== null)
        (at.parent as Record<string | number, unknown>)[at.key] = Object.assign(Object.create(null), target);
      break;
    default: // an inherited value instead of an own one
      if (at.parent && at.key !== null && !Array.isArray(target)) {
        const inherited = Object.create(target);
        (at.parent as Record<string | number, unknown>)[at.key] = inherited;
      }
  }
}

/**
 * Arguments for one call: usually valid sample arguments with 1–3 mutations (or none), sometimes hostile
 * values outright, sometimes arguments left out.
 */
export function hostileArgs(samples: ReadonlyArray<() => unknown[]>): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc.tuple(fc.nat(), fc.array(mutation, { minLength: 0, maxLength: 3 })).map(([which, ms]) => {
        const args = (samples[which % samples.length] as () => unknown[])();
        for (const m of ms) apply(args, m);
        return args;
      }),
    },
    { weight: 2, arbitrary: fc.array(hostile, { maxLength: 4 }).map((makers) => makers.map((m) => m())) },
  );
}

// ------------------------------------------------------------------ the checks

/** A description of a value that runs no getter and no Proxy trap: equal before and after ⇔ unchanged. */
export function describeValue(value: unknown): string {
  const ids = new Map<object, number>();
  const walk = (v: unknown, depth: number): string => {
    switch (typeof v) {
      case "string":
        return v.length > 64 ? `s${v.length}:${v.slice(0, 32)}` : JSON.stringify(v);
      case "number":
        return Object.is(v, -0) ? "-0" : String(v);
      case "bigint":
        return `${v}n`;
      case "symbol":
        return `sym(${v.description})`;
      case "function":
        return `fn(${Object.getOwnPropertyNames(v).length})`;
      case "undefined":
        return "undefined";
      case "boolean":
        return String(v);
    }
    if (v === null) return "null";
    const o = v as object;
    if (proxies.has(o)) return "proxy";
    const seen = ids.get(o);
    if (seen !== undefined) return `#${seen}`;
    ids.set(o, ids.size);
    if (depth > 40) return "…";
    const flags = `${Object.isFrozen(o) ? "F" : ""}${Object.isExtensible(o) ? "" : "N"}`;
    const proto = Object.getPrototypeOf(o);
    const kind =
      proto === null ? "null" : proto === Object.prototype ? "obj" : proto === Array.prototype ? "arr" : "other";
    const parts: string[] = [];
    const many = Array.isArray(o) && o.length > 100;
    // A long array: its length, its first 50 slots and its last one (listing 2 000 000 names costs too much).
    const names = many
      ? [...Array.from({ length: 50 }, (_, i) => String(i)), String((o as unknown[]).length - 1)].filter((k) =>
          Object.hasOwn(o, k),
        )
      : Object.getOwnPropertyNames(o);
    for (const key of names) {
      const d = Object.getOwnPropertyDescriptor(o, key) as PropertyDescriptor;
      parts.push(
        `${JSON.stringify(key)}${d.enumerable ? "" : "~"}:${"value" in d ? walk(d.value, depth + 1) : "get/set"}`,
      );
    }
    return `${kind}${flags}{${many ? `len${(o as unknown[]).length},` : ""}${parts.join(",")}}`;
  };
  return walk(value, 0);
}

/** What is on the shared prototypes (to see prototype pollution). */
function prototypes(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype]
    .map((p) => Object.getOwnPropertyNames(p).sort().join(","))
    .join("|");
}
const PROTOTYPES = prototypes();

/** The caller's objects that a result must never contain: every unfrozen object or array in the arguments. */
function callerObjects(args: unknown): Set<object> {
  const out = new Set<object>();
  const walk = (v: unknown, depth: number) => {
    if (typeof v !== "object" || v === null || proxies.has(v) || out.has(v) || depth > 40) return;
    if (!Object.isFrozen(v)) out.add(v);
    if (Array.isArray(v) && v.length > 1000) return;
    for (const key of Object.getOwnPropertyNames(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d && "value" in d) walk(d.value, depth + 1);
    }
  };
  walk(args, 0);
  return out;
}

/** The first place where `value` is not plain JSON (or is one of the caller's objects), or null. */
export function notPlainJson(
  value: unknown,
  caller: ReadonlySet<object> = new Set(),
  path = "result",
  ancestors = new Set<object>(),
): string | null {
  if (value === null || typeof value === "string" || typeof value === "boolean") return null;
  if (typeof value === "number")
    return Object.is(value, -0) ? `${path} is -0` : Number.isFinite(value) ? null : `${path} is ${value}`;
  if (typeof value !== "object") return `${path} is a ${typeof value}`;
  if (ancestors.has(value)) return `${path} is circular`;
  if (caller.has(value)) return `${path} is the caller's own object`;
  const proto = Object.getPrototypeOf(value);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      if (proto !== Array.prototype) return `${path} is an array of another kind`;
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) return `${path}[${i}] is a hole`;
        const bad = notPlainJson(value[i], caller, `${path}[${i}]`, ancestors);
        if (bad) return bad;
      }
      return null;
    }
    if (proto !== Object.prototype && proto !== null) return `${path} is a class instance`;
    for (const key of Object.getOwnPropertyNames(value)) {
      const d = Object.getOwnPropertyDescriptor(value, key) as PropertyDescriptor;
      if (!("value" in d)) return `${path}.${key} is a getter`;
      if (d.value === undefined) return `${path}.${key} is undefined`;
      const bad = notPlainJson(d.value, caller, `${path}.${key}`, ancestors);
      if (bad) return bad;
    }
    return null;
  } finally {
    ancestors.delete(value);
  }
}

/** Outcome counts per entry point: "result", or the KinerjaError code. */
const counts = new Map<string, Map<string, number>>();

function count(name: string, outcome: string): void {
  let m = counts.get(name);
  if (!m) {
    m = new Map();
    counts.set(name, m);
  }
  m.set(outcome, (m.get(outcome) ?? 0) + 1);
}

/** Writes this file's counts to FUZZ_REPORT (one JSON line per entry point), if set. */
export function report(): void {
  const file = process.env.FUZZ_REPORT;
  if (!file) return;
  for (const [name, m] of counts)
    appendFileSync(file, `${JSON.stringify({ name, runs: RUNS, seed: SEED, outcomes: Object.fromEntries(m) })}\n`);
}

export interface EntryPoint {
  /** "kinerja: score", "kinerja/pekppp: aggregateInstansi", … */
  readonly name: string;
  /** Calls the entry point with the arguments. */
  readonly call: (args: unknown[]) => unknown;
  /** Valid sample arguments, built fresh on every call (the fuzzer changes them). */
  readonly samples: ReadonlyArray<() => unknown[]>;
  /** The result is not JSON by design (a zod schema, an Error): only its own check. */
  readonly result?: (value: unknown) => void;
  /**
   * A known defect in code this harness's owner may not change (reported to the lead, see RESULTS.md): a raw
   * error whose message matches is counted as `raw: <name>` instead of failing the run. Everything else still
   * fails.
   */
  readonly known?: ReadonlyArray<{ readonly raw?: RegExp; readonly result?: RegExp; readonly note: string }>;
  /**
   * A known defect of the same kind: some inputs take seconds. A slow call whose arguments' description (see
   * {@link describeValue}) matches `input` is counted as `slow, …` instead of failing the run; any other slow call
   * still fails. A note alone lets every slow call of the entry point off.
   */
  readonly knownSlow?: string | { readonly input: RegExp; readonly note: string };
}

/** One call: the outcome must be a plain JSON result or a KinerjaError; the arguments and prototypes unchanged. */
export function check(entry: EntryPoint, args: unknown[]): void {
  if (!Array.isArray(args) || Object.getPrototypeOf(args) !== Array.prototype)
    throw new Error(`harness: the argument list is no longer an array: ${describeValue(args).slice(0, 300)}`);
  const t0 = performance.now();
  const before = describeValue(args);
  const caller = callerObjects(args);
  const started = performance.now();
  let outcome: { ok: true; value: unknown } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: withLimits(FUZZ_LIMITS, () => entry.call(args)) };
  } catch (error) {
    outcome = { ok: false, error };
  }
  let took = performance.now() - started;
  if (process.env.FUZZ_SLOW && took > Number(process.env.FUZZ_SLOW))
    console.log(`${entry.name} ${Math.round(took)} ms: ${describeValue(args).slice(0, 2000)}`);
  const after = describeValue(args);
  expect(after, `${entry.name} changed its arguments`).toBe(before);
  expect(prototypes(), `${entry.name} polluted a prototype`).toBe(PROTOTYPES);
  expect(({} as Record<string, unknown>).polluted, `${entry.name} polluted Object.prototype`).toBeUndefined();
  // A machine shared with other work stalls now and then (a major GC, another process on the core): a slow call
  // is timed again with the same arguments, and only a call that is slow both times counts as unbounded work.
  const slowKnown =
    typeof entry.knownSlow === "string"
      ? entry.knownSlow
      : entry.knownSlow?.input.test(before)
        ? entry.knownSlow.note
        : undefined;
  for (let again = 0; again < SLOW_RETRIES && took >= MAX_CALL_MS && slowKnown === undefined; again++) {
    const restarted = performance.now();
    try {
      withLimits(FUZZ_LIMITS, () => entry.call(args));
    } catch {
      // the first call's outcome is the one checked below; only the time counts here
    }
    took = Math.min(took, performance.now() - restarted);
    expect(describeValue(args), `${entry.name} changed its arguments`).toBe(before);
  }
  if (took >= MAX_CALL_MS && slowKnown !== undefined)
    count(entry.name, `slow, ${took < 10_000 ? "3–10" : took < 60_000 ? "10–60" : "60+"} s (known: ${slowKnown})`);
  else expect(took, `${entry.name} took ${Math.round(took)} ms: unbounded work?`).toBeLessThan(MAX_CALL_MS);
  if (process.env.FUZZ_SLOW && performance.now() - t0 - took > Number(process.env.FUZZ_SLOW))
    console.log(`harness overhead ${Math.round(performance.now() - t0 - took)} ms`);
  if (outcome.ok) {
    count(entry.name, "result");
    if (entry.result) entry.result(outcome.value);
    else {
      const bad = notPlainJson(outcome.value, caller);
      const known = bad === null ? undefined : entry.known?.find((k) => k.result?.test(bad));
      if (bad !== null && known) {
        count(entry.name, `not plain JSON: ${bad.replace(/\[\d+\]/g, "[i]")} (known: ${known.note})`);
        return;
      }
      expect(bad, `${entry.name} returned something that is not plain JSON`).toBeNull();
      expect(JSON.parse(JSON.stringify(outcome.value))).toEqual(outcome.value);
    }
    return;
  }
  const e = outcome.error;
  if (!isKinerjaError(e) && e instanceof Error) {
    const known = entry.known?.find((k) => k.raw?.test(`${e.name}: ${e.message}`));
    if (known) {
      count(entry.name, `raw ${e.name}: ${e.message.replace(/\s+/g, " ").slice(0, 70)} (known: ${known.note})`);
      return;
    }
  }
  if (!isKinerjaError(e) || !(e instanceof KinerjaError)) {
    const text =
      e instanceof Error ? `${e.name}: ${e.message}\n${e.stack?.split("\n").slice(1, 6).join("\n")}` : String(e);
    throw new Error(`${entry.name} threw something other than a KinerjaError: ${text}`);
  }
  count(entry.name, e.code);
  expect(KNOWN_CODES.has(e.code), `${entry.name}: unknown code ${e.code}`).toBe(true);
  expect(
    Array.isArray(e.path) && e.path.every((k) => typeof k === "string" || Number.isInteger(k)),
    `${entry.name}: path ${String(e.path)}`,
  ).toBe(true);
  expect(typeof e.rule === "string" && e.rule.length > 0, `${entry.name}: rule`).toBe(true);
  expect(
    typeof e.message === "string" && e.message.length > 0 && e.message.length <= MAX_MESSAGE,
    `${entry.name}: message of ${e.message.length} characters: ${e.message.slice(0, 200)}`,
  ).toBe(true);
  // The error itself can be shown and serialised.
  expect(() => JSON.stringify(e)).not.toThrow();
  expect(() => String(e)).not.toThrow();
}

/** One generated call, shown by fast-check through {@link describeValue} (its own printer would run the traps). */
class Case {
  constructor(readonly args: unknown[]) {}
  [fc.toStringMethod](): string {
    return describeValue(this.args).slice(0, 4000);
  }
}

/** Runs the fuzz property of one entry point. */
export function fuzz(entry: EntryPoint, runs = RUNS): void {
  // The samples must be valid: a fuzzer that only ever sees broken input tests only the first check.
  for (const sample of entry.samples) {
    const args = sample();
    check(entry, args);
  }
  fc.assert(
    fc.property(
      hostileArgs(entry.samples).map((args) => new Case(args)),
      (c) => {
        check(entry, c.args);
      },
    ),
    // FUZZ_PATH replays one counterexample of a failed run (fast-check prints its seed and path).
    { numRuns: runs, seed: SEED, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) },
  );
}
