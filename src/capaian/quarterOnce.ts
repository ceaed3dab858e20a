/**
 * One OPD's quarterly report read in one pass: each field of the caller's input is read once, inside a guard,
 * and turned straight into what the computation needs (figures as safe integers at one exponent, indicator
 * results on the safe-integer path), instead of a plain copy (`snapshot`) that is then read again.
 *
 * The pass only ever accepts: it returns null for anything it does not take in whole, and `opdQuarter` then
 * reads the input the general way (snapshot + readOpdQuarter), which gives the result or the error, path and
 * rule as before. So it returns a value only for an input that the snapshot would copy without complaint (no
 * getter or Proxy trap throws, no hole, no text, array, nesting or total size beyond the limits in force; a
 * cycle cannot pass the shape checks) and that readOpdQuarter accepts, and the value is the one readOpdQuarter
 * gives (property-tested in test/capaian/fast-paths.property.test.ts). It returns null, too, for figures beyond
 * the safe integers or written in an exponent, which the general path reads exactly.
 */
import { getLimits, type Limits } from "../core/limits.js";
import { POW10 } from "../core/scaled.js";
import { readScaled, SCALED } from "./amount.js";
import { type CapaianResult, capaianResult, LAST } from "./capaian.js";
import { readCapaianInput } from "./capaianInput.js";
import type { Triwulan } from "./period.js";
import type { IndicatorPart, PhysicalMode } from "./quarterInput.js";

/** The budget lines as safe integers: pagu and realisasi at exponent `e`, fisik at exponent `ef`. */
export interface ScaledLines {
  readonly scaled: true;
  readonly ids: ReadonlyArray<string>;
  readonly pagu: ReadonlyArray<number>;
  /** Null where not reported. */
  readonly realisasi: ReadonlyArray<number | null>;
  readonly fisik: ReadonlyArray<number | null>;
  readonly e: number;
  readonly ef: number;
}

export interface QuarterOnce {
  readonly opd: string;
  readonly name: string | null;
  readonly period: Triwulan;
  readonly mode: PhysicalMode;
  /** Null: no report. */
  readonly lines: ScaledLines | null;
  /**
   * Per indicator: its result on safe integers (the common case; its exact value is nums[i] / dens[i], in
   * lowest terms), or its checked input (nums[i] is then NaN).
   */
  readonly indicators: ReadonlyArray<CapaianResult | IndicatorPart>;
  readonly nums: ReadonlyArray<number>;
  readonly dens: ReadonlyArray<number>;
}

/** Thrown inside the pass to give up; caught below (as is anything a getter or Proxy trap throws). */
const DECLINE = Symbol("decline");

/** The longest field name the pass accepts ("subKegiatan"): a shorter text limit would refuse it. */
const LONGEST_KEY = 11;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** True when plain objects inherit an enumerable property (Object.prototype was added to). */
function inheritsEnumerable(): boolean {
  for (const _key in {}) return true;
  return false;
}

/** One OPD's report and options in one pass, or null (see the module comment). */
export function readQuarterOnce(input: unknown, options: unknown): QuarterOnce | null {
  const limits = getLimits();
  // The deepest object the pass accepts is a target band (input → indicators → indicator → band).
  if (limits.depth < 3 || limits.text < LONGEST_KEY || inheritsEnumerable()) return null;
  try {
    return new Pass(limits).quarter(input, options);
  } catch {
    return null;
  }
}

class Pass {
  /** Values a snapshot of the input would count, within `budget` (core/plain.ts: units × 20 per snapshot). */
  private count = 1;
  private readonly budget: number;
  private readonly text: number;
  /** The longest array a snapshot accepts. */
  private readonly longest: number;

  constructor(limits: Limits) {
    this.budget = limits.units * 20;
    this.text = limits.text;
    this.longest = Math.max(limits.units, limits.respondents, limits.answers);
  }

  private values(n: number): void {
    this.count += n;
    if (this.count > this.budget) throw DECLINE;
  }

  /**
   * An object whose own enumerable fields are exactly what `for … in` lists: its prototype is Object.prototype
   * (which adds none, checked above) or null. Keys are then read with `for … in`, which lists them without
   * allocating an array as Object.keys does.
   */
  private record(v: unknown): Record<string, unknown> {
    if (!isObject(v)) throw DECLINE;
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) throw DECLINE;
    return v;
  }

  /** A non-empty string within the text limit. */
  private label(v: unknown): string {
    if (typeof v !== "string" || v === "" || v.length > this.text) throw DECLINE;
    return v;
  }

  /** A figure (number or decimal text) read into SCALED as n / 10^e on safe integers. */
  private figure(v: unknown): void {
    if (typeof v === "string" && v.length > this.text) throw DECLINE;
    if (!readScaled(v)) throw DECLINE;
  }

  /** A primitive field of an indicator, as given (strings held to the text limit; objects declined). */
  private plain(v: unknown): unknown {
    if (typeof v === "string") {
      if (v.length > this.text) throw DECLINE;
    } else if (typeof v === "object" && v !== null) throw DECLINE;
    return v;
  }

  /** An array's length, read once (a Proxy could answer differently each time). */
  private array(v: unknown): number {
    if (!Array.isArray(v)) throw DECLINE;
    const length = v.length;
    if (typeof length !== "number" || length > this.longest) throw DECLINE;
    this.values(length);
    return length;
  }

  quarter(input: unknown, options: unknown): QuarterOnce {
    let mode: PhysicalMode = "paguWeighted";
    if (options !== undefined) {
      const opts = this.record(options);
      // The options are a snapshot of their own: 1 + their fields, within the same budget.
      let fields = 1;
      for (const key in opts) {
        if (key !== "physical" || ++fields > this.budget) throw DECLINE;
        const physical = this.plain(opts[key]);
        if (physical === "unweightedMean") mode = physical;
        else if (physical !== "paguWeighted" && physical !== undefined) throw DECLINE;
      }
    }
    const obj = this.record(input);
    let given = 0;
    let fields = 0;
    for (const key in obj) {
      fields++;
      if (key === "opd") given |= 1;
      else if (key === "period") given |= 2;
      else if (key === "subKegiatan") given |= 4;
      else if (key === "indicators") given |= 8;
      else if (key === "name") given |= 16;
      else throw DECLINE;
    }
    this.values(fields);
    const opd = this.label(given & 1 ? obj.opd : undefined);
    const period = this.period(given & 2 ? obj.period : undefined);
    const sub = given & 4 ? obj.subKegiatan : undefined;
    const indicators = given & 8 ? obj.indicators : undefined;
    const name = given & 16 ? obj.name : undefined;
    const label = name === undefined ? null : this.label(name);
    const lines = sub === null || sub === undefined ? null : this.lines(sub);
    if (indicators === undefined) return { opd, name: label, period, mode, lines, indicators: [], nums: [], dens: [] };
    const count = this.array(indicators);
    const list = indicators as ReadonlyArray<unknown>;
    const nums = new Array<number>(count);
    const dens = new Array<number>(count);
    return { opd, name: label, period, mode, lines, indicators: this.indicators(list, count, nums, dens), nums, dens };
  }

  private period(v: unknown): Triwulan {
    const p = this.record(v);
    let given = 0;
    let fields = 0;
    for (const key in p) {
      fields++;
      if (key === "kind") given |= 1;
      else if (key === "year") given |= 2;
      else if (key === "triwulan") given |= 4;
      else throw DECLINE;
    }
    this.values(fields);
    if (given !== 7 || p.kind !== "triwulan") throw DECLINE;
    const year = p.year;
    const triwulan = p.triwulan;
    if (typeof year !== "number" || !Number.isInteger(year) || year < 2000 || year > 2100) throw DECLINE;
    if (triwulan !== 1 && triwulan !== 2 && triwulan !== 3 && triwulan !== 4) throw DECLINE;
    return { kind: "triwulan", year, triwulan };
  }

  private lines(v: unknown): ScaledLines {
    const n = this.array(v);
    const list = v as ReadonlyArray<unknown>;
    const ids = new Array<string>(n);
    const seen = new Set<string>();
    // Each figure as n / 10^e (the exponents apart), then all at one exponent.
    const pn = new Array<number>(n);
    const pe = new Array<number>(n);
    const rn = new Array<number>(n);
    const re = new Array<number>(n); // -1: not reported
    const fn = new Array<number>(n);
    const fe = new Array<number>(n); // -1: not reported
    let e = 0;
    let ef = 0;
    for (let i = 0; i < n; i++) {
      const row = this.record(list[i]);
      let given = 0;
      let fields = 0;
      for (const key in row) {
        fields++;
        if (key === "id") given |= 1;
        else if (key === "pagu") given |= 2;
        else if (key === "realisasi") given |= 4;
        else if (key === "fisik") given |= 8;
        else if (key === "name") given |= 16;
        else throw DECLINE;
      }
      this.values(fields);
      const id = this.label(given & 1 ? row.id : undefined);
      if (repeats(ids, i, id, seen)) throw DECLINE;
      ids[i] = id;
      const name = given & 16 ? row.name : undefined;
      if (name !== undefined) this.label(name);
      this.figure(given & 2 ? row.pagu : undefined);
      if (SCALED.n < 0) throw DECLINE;
      pn[i] = SCALED.n;
      pe[i] = SCALED.e;
      if (SCALED.e > e) e = SCALED.e;
      const r = given & 4 ? row.realisasi : undefined;
      if (r === null || r === undefined) re[i] = -1;
      else {
        this.figure(r);
        rn[i] = SCALED.n;
        re[i] = SCALED.e;
        if (SCALED.e > e) e = SCALED.e;
      }
      const f = given & 8 ? row.fisik : undefined;
      if (f === null || f === undefined) fe[i] = -1;
      else {
        this.figure(f);
        fn[i] = SCALED.n;
        fe[i] = SCALED.e;
        if (SCALED.e > ef) ef = SCALED.e;
      }
    }
    // At one exponent each, checked: 0 ≤ realisasi ≤ pagu, 0 ≤ fisik ≤ 100.
    const hundred = 100 * (POW10[ef] as number);
    if (!Number.isSafeInteger(hundred)) throw DECLINE;
    const P = new Array<number>(n);
    const R = new Array<number | null>(n);
    const F = new Array<number | null>(n);
    for (let i = 0; i < n; i++) {
      const pi = at(pn[i] as number, pe[i] as number, e);
      P[i] = pi;
      const rei = re[i] as number;
      const rv = rei < 0 ? null : at(rn[i] as number, rei, e);
      if (rv !== null && (rv < 0 || rv > pi)) throw DECLINE;
      R[i] = rv;
      const fei = fe[i] as number;
      const fv = fei < 0 ? null : at(fn[i] as number, fei, ef);
      if (fv !== null && (fv < 0 || fv > hundred)) throw DECLINE;
      F[i] = fv;
    }
    return { scaled: true, ids, pagu: P, realisasi: R, fisik: F, e, ef };
  }

  private indicators(
    list: ReadonlyArray<unknown>,
    count: number,
    nums: number[],
    dens: number[],
  ): Array<CapaianResult | IndicatorPart> {
    const out = new Array<CapaianResult | IndicatorPart>(count);
    const codes = new Array<string>(count);
    const seen = new Set<string>();
    for (let i = 0; i < count; i++) {
      const item = this.record(list[i]);
      // Which fields are present (own, enumerable), then each read once by name.
      let given = 0;
      let fields = 0;
      for (const key in item) {
        fields++;
        if (key === "code") given |= 1;
        else if (key === "target") given |= 2;
        else if (key === "realisasi") given |= 4;
        else if (key === "polarity") given |= 8;
        else if (key === "name") given |= 16;
        else if (key === "formula") given |= 32;
        else if (key === "cap") given |= 64;
        else throw DECLINE;
      }
      this.values(fields);
      const id = this.label(given & 1 ? item.code : undefined);
      let target = given & 2 ? item.target : undefined;
      const realisasi = given & 4 ? this.plain(item.realisasi) : undefined;
      const polarity = given & 8 ? this.plain(item.polarity) : undefined;
      const name = given & 16 ? item.name : undefined;
      const formula = given & 32 ? this.plain(item.formula) : undefined;
      const cap = given & 64 ? this.plain(item.cap) : undefined;
      if (repeats(codes, i, id, seen)) throw DECLINE;
      codes[i] = id;
      const label = name === undefined ? null : this.label(name);
      if (typeof target === "object" && target !== null) target = this.band(target);
      else target = this.plain(target);
      const result =
        cap === undefined && (typeof target !== "object" || target === null)
          ? capaianResult(polarity, formula, target, realisasi, id, label)
          : null;
      if (result !== null) {
        out[i] = result;
        nums[i] = LAST.num;
        dens[i] = LAST.den;
        continue;
      }
      // Any other indicator: the exact reader, on a plain copy of the fields read (a throw declines the pass).
      const copy: Record<string, unknown> = {};
      if (given & 2) copy.target = target;
      if (given & 4) copy.realisasi = realisasi;
      if (given & 8) copy.polarity = polarity;
      if (given & 32) copy.formula = formula;
      if (given & 64) copy.cap = cap;
      out[i] = { code: id, name: label, input: readCapaianInput(copy, ["indicators", i]), fast: null };
      nums[i] = Number.NaN;
      dens[i] = Number.NaN;
    }
    return out;
  }

  /** A target band { min, max }, copied. */
  private band(v: unknown): { min?: unknown; max?: unknown } {
    const band = this.record(v);
    const copy: { min?: unknown; max?: unknown } = {};
    let fields = 0;
    for (const key in band) {
      fields++;
      if (key === "min") copy.min = this.plain(band[key]);
      else if (key === "max") copy.max = this.plain(band[key]);
      else throw DECLINE;
    }
    this.values(fields);
    return copy;
  }
}

/**
 * Whether `id` is among the first `count` of `ids`: compared one by one for the few lines and indicators of an
 * OPD; beyond 64, through a Set of them (`seen`, filled on the way).
 */
function repeats(ids: ReadonlyArray<string>, count: number, id: string, seen: Set<string>): boolean {
  if (count <= 64) {
    for (let j = 0; j < count; j++) if (ids[j] === id) return true;
    return false;
  }
  if (seen.size === 0) for (let j = 0; j < count; j++) seen.add(ids[j] as string);
  if (seen.has(id)) return true;
  seen.add(id);
  return false;
}

/** n / 10^e as an integer at exponent `to` (≥ e), or a decline when it leaves the safe integers. */
function at(n: number, e: number, to: number): number {
  const v = n * (POW10[to - e] as number);
  if (!Number.isSafeInteger(v)) throw DECLINE;
  return v;
}
