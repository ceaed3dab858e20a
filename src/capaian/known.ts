/**
 * `opdQuarter()` results this process computed, with what a ranking reads of them. `rankOpds` trusts such a
 * result, instead of copying and re-parsing all of it, only while the fields it ranks by still hold the values
 * recorded here (the caller may have edited a plain result), and only when copying it would have passed the
 * limits in force (see rank.ts).
 *
 * The record rides on the result itself, as a private field stamped by this module (core/stamp.ts): JSON,
 * `Object.keys`, spreading, `structuredClone`, deep equality and Proxies never see it, so the result stays the same
 * plain data, and a copy of a result (its JSON, a spread) is not trusted. It is not a WeakMap keyed by the result:
 * V8 keeps the young keys of a WeakMap alive through minor collections, so registering every result promoted
 * each one to the old generation and more than doubled the cost of opdQuarter() (measured on Node 20); nor a
 * non-enumerable property (Object.defineProperty cost a fifth of a small quarter's time). No one else can reach
 * the record, so it needs no freezing; it vouches only for the very fields it names (`ref`).
 */
import type { Rational } from "../core/rational.js";
import { createStamp } from "../core/stamp.js";
import type { CapaianStatus } from "./capaian.js";

/** One measure of a result (budget, physical or capaian) as computed. */
export interface KnownMeasure {
  /** The measure object inside the result. */
  readonly ref: object;
  readonly status: CapaianStatus;
  readonly reason: string | null;
  readonly value: string | null;
  readonly exact: string | null;
  readonly exactFraction: string | null;
  /** The physical measure's mode; null for the others. */
  readonly mode: string | null;
  /** The exact value behind `exactFraction`, in lowest terms: a rational, or num/den on safe integers; null without one. */
  readonly v: Rational | { readonly num: number; readonly den: number } | null;
}

export interface KnownQuarter {
  readonly opd: string;
  readonly name: string | null;
  /** The period object inside the result, and its fields. */
  readonly period: object;
  readonly year: number;
  readonly triwulan: number;
  readonly budget: KnownMeasure;
  readonly physical: KnownMeasure;
  readonly capaian: KnownMeasure;
  /** At least the number of values a snapshot of the result counts (see core/plain.ts). */
  readonly values: number;
  /** At least the length of the longest text (string value or key) in the result. */
  readonly longest: number;
  /** The deepest nesting below the result (the result itself at 0). */
  readonly depth: number;
}

const stamp = createStamp<KnownQuarter>();

/** Records a result as computed here; returns the result. */
export function rememberQuarter<T extends object>(result: T, info: KnownQuarter): T {
  stamp.put(result, info);
  return result;
}

/** What was recorded of `value` when this process computed it (not whether it is unchanged since). */
export function knownQuarter(value: unknown): KnownQuarter | undefined {
  return stamp.get(value);
}

/** A recorded value as a rational (in lowest terms, as recorded). */
export function knownValue(v: NonNullable<KnownMeasure["v"]>): Rational {
  return "n" in v ? v : { n: BigInt(v.num), d: BigInt(v.den) };
}
