/**
 * `opdQuarter()` results this process computed, with what a ranking reads of them. `rankOpds` trusts such a
 * result, instead of copying and re-parsing all of it, only while the fields it ranks by still hold the values
 * recorded here (the caller may have edited a plain result), and only when copying it would have passed the
 * limits in force (see rank.ts).
 *
 * The record rides on the result itself, as a non-enumerable property under a symbol of this module: JSON,
 * `Object.keys`, spreading, `structuredClone` and deep equality never see it, so the result stays the same plain
 * data, and a copy of a result (its JSON, a spread) is not trusted. It is not a WeakMap keyed by the result:
 * V8 keeps the young keys of a WeakMap alive through minor collections, so registering every result promoted
 * each one to the old generation and more than doubled the cost of opdQuarter() (measured on Node 20).
 * The record is frozen; copied onto another object it only vouches for the very same fields.
 */
import type { Rational } from "../core/rational.js";
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

const KNOWN = Symbol("kinerja.opdQuarter");

/** Records a result as computed here (the record frozen, its measures too); returns the result. */
export function rememberQuarter<T extends object>(result: T, info: KnownQuarter): T {
  Object.freeze(info.budget);
  Object.freeze(info.physical);
  Object.freeze(info.capaian);
  Object.defineProperty(result, KNOWN, { value: Object.freeze(info) });
  return result;
}

/**
 * What was recorded of `value` when this process computed it (not whether it is unchanged since). Reads a
 * property of the caller's object: call it inside a guard.
 */
export function knownQuarter(value: unknown): KnownQuarter | undefined {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, KNOWN)) return undefined;
  return (value as { [KNOWN]?: KnownQuarter })[KNOWN];
}

/** A recorded value as a rational (in lowest terms, as recorded). */
export function knownValue(v: NonNullable<KnownMeasure["v"]>): Rational {
  return "n" in v ? v : { n: BigInt(v.num), d: BigInt(v.den) };
}
