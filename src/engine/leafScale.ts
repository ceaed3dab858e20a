/**
 * How a leaf reads its answer: the scale's value of the answer (an option's
 * exact value, a lookup row's value, the number itself), then its
 * normalisation onto full marks. Never clamps unless the rubric says `cap`.
 */

import { toDecimalText } from "../core/decimalText.js";
import { type ErrorPath, formatPath, KinerjaError } from "../core/errors.js";
import { cmp, decimalExponent, div, parseRational, R0, R1, type Rational, sub } from "../core/rational.js";
import type { Scale, Source } from "../model/types.js";
import { PLAIN_DECIMAL, readNumber } from "./numbers.js";

export interface LeafScale {
  readonly key: string;
  readonly scale: Scale;
  /** The rule in words, for messages: "a whole number from 0 to 5". */
  readonly rule: string;
  /** Lowest and highest leaf value (after normalisation). */
  readonly lo: Rational;
  readonly hi: Rational;
  /** Plain values (no fractions, lookups or normalisation): the fast path may take it. */
  readonly linear: boolean;
  readonly sources: ReadonlyArray<Source>;
  /** The leaf value of an answer (a number, decimal text or option code). */
  read(value: unknown, path: ErrorPath): Rational;
  /** The leaf value of an exact number (another scheme's result). */
  readExact(value: Rational, path: ErrorPath): Rational;
}

const rat = (text: string): Rational => parseRational(text) as Rational;

function outOfScale(path: ErrorPath, rule: string, value: unknown): never {
  const shown = typeof value === "string" && value.length > 60 ? `${value.slice(0, 60)}…` : value;
  throw new KinerjaError(
    "ANSWER_OUT_OF_SCALE",
    `${formatPath(path)}: ${typeof shown === "string" ? JSON.stringify(shown) : String(shown)} is not ${rule}`,
    { path, rule, details: { value: typeof shown === "bigint" ? String(shown) : shown } },
  );
}

export function scaleRule(scale: Scale): string {
  if (scale.kind === "integer") return `a whole number from ${scale.min} to ${scale.max}`;
  if (scale.kind === "decimal")
    return `a decimal from ${scale.min} to ${scale.max}${scale.places !== undefined ? ` with at most ${scale.places} decimals` : ""}`;
  if (scale.kind === "lookup")
    return `a number from ${scale.input.min} to ${scale.input.max}${scale.input.places !== undefined ? ` with at most ${scale.input.places} decimals` : ""}`;
  return `one of ${scale.options.map((o) => `"${o.code}" (${o.value})`).join(", ")}`;
}

/** Decimals needed to write r exactly (Infinity when it does not terminate: 1/3). */
const decimalsOf = (r: Rational): number => decimalExponent(r.d) ?? Number.POSITIVE_INFINITY;

export function leafScale(key: string, scale: Scale): LeafScale {
  const rule = scaleRule(scale);
  const sources: Source[] = [scale.source];
  const norm = scale.normalize
    ? {
        min: rat(scale.normalize.min),
        span: sub(rat(scale.normalize.max), rat(scale.normalize.min)),
        cap: scale.normalize.cap === true,
      }
    : null;
  if (scale.normalize) sources.push(scale.normalize.source);
  const normalise = (v: Rational, path: ErrorPath, raw: unknown): Rational => {
    if (!norm) return v;
    const x = div(sub(v, norm.min), norm.span);
    if (cmp(x, R0) < 0) return norm.cap ? R0 : outOfScale(path, rule, raw);
    if (cmp(x, R1) > 0) return norm.cap ? R1 : outOfScale(path, rule, raw);
    return x;
  };
  let values: Rational[];
  let fromExact: (v: Rational, path: ErrorPath, raw: unknown) => Rational;
  let fromAnswer: (value: unknown, path: ErrorPath) => Rational;
  let linear = !norm;

  if (scale.kind === "options") {
    const byCode = new Map<string, Rational>();
    values = [];
    for (const o of scale.options) {
      const v = rat(o.value);
      byCode.set(o.code, v);
      values.push(v);
      if (o.source) sources.push(o.source);
      if (o.value.includes("/")) linear = false;
    }
    fromExact = (v, path, raw) => {
      for (const o of values) if (cmp(o, v) === 0) return o;
      return outOfScale(path, rule, raw);
    };
    fromAnswer = (value, path) => {
      if (typeof value === "string") {
        const hit = byCode.get(value);
        if (hit) return hit;
        if (!PLAIN_DECIMAL.test(value)) return outOfScale(path, rule, value);
      }
      return fromExact(readNumber(value, path), path, value);
    };
  } else if (scale.kind === "lookup") {
    linear = false;
    const lo = rat(scale.input.min);
    const hi = rat(scale.input.max);
    const rows = scale.rows.map((row) => ({ row, min: rat(row.min), max: rat(row.max), value: rat(row.value) }));
    values = rows.map((r) => r.value);
    for (const r of scale.rows) sources.push(r.source);
    fromExact = (v, path, raw) => {
      if (cmp(v, lo) < 0 || cmp(v, hi) > 0) return outOfScale(path, rule, raw);
      if (scale.input.places !== undefined && decimalsOf(v) > scale.input.places) return outOfScale(path, rule, raw);
      for (const r of rows) {
        const c1 = cmp(v, r.min);
        const c2 = cmp(v, r.max);
        if ((r.row.minInclusive ? c1 >= 0 : c1 > 0) && (r.row.maxInclusive ? c2 <= 0 : c2 < 0)) return r.value;
      }
      return outOfScale(path, rule, raw);
    };
    fromAnswer = (value, path) => fromExact(readNumber(value, path), path, value);
  } else {
    const lo = scale.kind === "integer" ? rat(String(scale.min)) : rat(scale.min);
    const hi = scale.kind === "integer" ? rat(String(scale.max)) : rat(scale.max);
    const places = scale.kind === "integer" ? 0 : scale.places;
    values = [lo, hi];
    fromExact = (v, path, raw) => {
      if (cmp(v, lo) < 0 || cmp(v, hi) > 0) return outOfScale(path, rule, raw);
      if (places !== undefined && decimalsOf(v) > places) return outOfScale(path, rule, raw);
      return v;
    };
    fromAnswer = (value, path) => fromExact(readNumber(value, path), path, value);
  }
  let lo = values[0] as Rational;
  let hi = lo;
  for (const v of values) {
    if (cmp(v, lo) < 0) lo = v;
    if (cmp(v, hi) > 0) hi = v;
  }
  if (norm) {
    const a = div(sub(lo, norm.min), norm.span);
    const b = div(sub(hi, norm.min), norm.span);
    lo = norm.cap && cmp(a, R0) < 0 ? R0 : a;
    hi = norm.cap && cmp(b, R1) > 0 ? R1 : b;
  }
  return {
    key,
    scale,
    rule,
    lo,
    hi,
    linear,
    sources,
    read: (value, path) => normalise(fromAnswer(value, path), path, value),
    readExact: (value, path) => normalise(fromExact(value, path, toDecimalText(value)), path, toDecimalText(value)),
  };
}
