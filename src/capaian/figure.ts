/**
 * Exact output: every result figure as a 2-decimal published value, the
 * unrounded decimal text and the fraction it comes from. Rounding is from the
 * fraction itself, so a tie (x.xx5) is never misjudged.
 */
import { longDivisionText, toDecimalText } from "../core/decimalText.js";
import { formatRational, type Rational } from "../core/rational.js";
import { pow10, roundRatio } from "../core/roundRatio.js";
import { gcdSafe, POW10, scaledToString } from "../core/scaled.js";

/** An exact figure in the three forms every result gives. */
export interface ExactFigure {
  /** Rounded half-up to 2 decimals: "113.33". */
  readonly value: string;
  /** Unrounded: exact when it terminates within 40 significant digits, else rounded there. */
  readonly exact: string;
  /** Lowest-terms fraction: "340/3", "120". */
  readonly exactFraction: string;
}

const HALF_UP_2 = { places: 2, mode: "halfUp" } as const;

/** m / 100 as "x.yy"; never "-0.00"; "+" on request for differences. */
function cents(m: bigint, plus: boolean): string {
  const negative = m < 0n;
  const digits = (negative ? -m : m).toString().padStart(3, "0");
  const body = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return negative ? `-${body}` : plus && m > 0n ? `+${body}` : body;
}

/**
 * `text`, flattened when long. A text built by concatenation is held by V8 as a tree of its pieces (a "cons
 * string", several times the size of the text); reading one character makes it one flat string, which the
 * garbage collector then keeps alone. Results are kept and copied by the collector, so their long texts
 * (`exact`, large fractions) are flattened once here: the same text, a fifth of the memory.
 */
export function flat(text: string): string {
  if (text.length > 12) text.charCodeAt(0);
  return text;
}

/** The three forms of r. */
export function figure(r: Rational): ExactFigure {
  return figureOf(r, false);
}

/** A signed difference: `value` carries "+" when positive ("+5.25", "-1.20", "0.00"). */
export function delta(r: Rational): ExactFigure {
  return figureOf(r, true);
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Denominators whose hundredfold is safe, and the integer parts whose hundredfold is. */
const CENTS_SAFE = SAFE / 100n;

/**
 * The three forms of r (d > 0), "+" before a positive value on request: on safe integers when n and d are
 * (figureOfReduced), else on BigInt taking the integer part apart once (figureOfBig), else the general way;
 * the same texts every way (property-tested).
 */
function figureOf(r: Rational, plus: boolean): ExactFigure {
  const { n, d } = r;
  if (d <= CENTS_SAFE && n <= SAFE && n >= -SAFE) {
    const f = figureOfReduced(Number(n), Number(d)); // not-a-score: safe integers convert exactly
    if (f !== undefined) return plus && n > 0n && f.value !== "0.00" ? { ...f, value: `+${f.value}` } : f;
  }
  return (
    figureOfBig(r, plus) ?? {
      value: cents(roundRatio(n, d, HALF_UP_2), plus),
      exact: flat(toDecimalText(r)),
      exactFraction: flat(formatRational(r)),
    }
  );
}

/**
 * The three forms of r for a large fraction whose integer part q is between 1 and the safe integers / 100 (a
 * mean of capaian values, a change between two): |n| = q·d + rem once, the published value from rem·100 / d,
 * the 40 significant digits from rem·10^k / d (k = 40 − the digits of q) rounded half-up, as toDecimalTextBig
 * rounds a·10^k / d. Undefined otherwise.
 */
function figureOfBig(r: Rational, plus: boolean): ExactFigure | undefined {
  const { n, d } = r;
  const negative = n < 0n;
  const a = negative ? -n : n;
  const q = a / d;
  if (q === 0n || q > CENTS_SAFE) return undefined;
  const rem = a - q * d;
  const whole = Number(q); // not-a-score: a safe integer converts exactly
  const s = rem * 100n;
  const c = s / d;
  const m = whole * 100 + Number(c) + ((s - c * d) * 2n >= d ? 1 : 0); // not-a-score: c < 100
  let value = centsOf(negative ? -m : m);
  if (plus && !negative && m > 0) value = `+${value}`;
  return {
    value,
    exact: flat(decimalsFrom(whole, rem, d, negative)),
    exactFraction: flat(d === 1n ? n.toString() : `${n}/${d}`),
  };
}

/**
 * The decimal text of ±(whole + rem / d) for a safe integer whole ≥ 1 and 0 ≤ rem < d: 40 significant digits
 * (rem·10^k / d, k = 40 − the digits of whole) rounded half-up, as toDecimalTextBig rounds the whole fraction
 * (a carry into `whole` included), trailing zeros dropped.
 */
function decimalsFrom(whole: number, rem: bigint, d: bigint, negative: boolean): string {
  let exact: string;
  if (rem === 0n) exact = String(whole);
  else {
    const head = String(whole);
    const places = 40 - head.length;
    const scale = pow10(places);
    const F = rem * scale;
    let f = F / d;
    if ((F - f * d) * 2n >= d) f += 1n;
    if (f === scale) exact = String(whole + 1);
    else if (f === 0n) exact = head;
    else {
      const digits = f.toString();
      let end = digits.length;
      while (digits.charCodeAt(end - 1) === 48) end--;
      const pad = places - digits.length;
      exact = `${head}.${pad > 0 ? "0".repeat(pad) : ""}${end === digits.length ? digits : digits.slice(0, end)}`;
    }
  }
  return negative ? `-${exact}` : exact;
}

/** The largest 32-bit integer: below it, remainders are taken on integers. */
const INT32 = 0x7fffffff;

/** ".00" … ".99", and the same without trailing zeros ("" for 0, ".1" for 10, ".25" for 25), and ".1" … ".9". */
const CENTS: ReadonlyArray<string> = Array.from({ length: 100 }, (_, c) => `.${c < 10 ? "0" : ""}${c}`);
const HUNDREDTHS: ReadonlyArray<string> = CENTS.map((t) => (t === ".00" ? "" : t.endsWith("0") ? t.slice(0, 2) : t));
const TENTHS: ReadonlyArray<string> = Array.from({ length: 10 }, (_, c) => (c === 0 ? "" : `.${c}`));

/** m / 100 as "x.yy" for a safe integer m (the number twin of `cents`). */
export function centsOf(m: number): string {
  const a = m < 0 ? -m : m;
  let body: string;
  if (a <= INT32) {
    // On 32-bit integers (an integer remainder, not a floating-point one): the same digits.
    const i = a | 0;
    const c = i % 100;
    body = `${((i - c) / 100) | 0}${CENTS[c]}`;
  } else {
    const c = a % 100;
    body = `${(a - c) / 100}${CENTS[c]}`;
  }
  return m < 0 ? `-${body}` : body;
}

/**
 * `scaledToString(n, e)` (core/scaled.ts): n / 10^e in plain notation without trailing zeros, the same text;
 * with one or two decimals from a table instead of slicing the digits.
 */
export function decimalText(n: number, e: number): string {
  if (e === 0) return String(n === 0 ? 0 : n);
  if (e > 2) return scaledToString(n, e);
  const a = n < 0 ? -n : n;
  const scale = e === 1 ? 10 : 100;
  let body: string;
  if (a <= INT32) {
    const i = a | 0;
    const f = i % scale;
    body = `${((i - f) / scale) | 0}${e === 1 ? TENTHS[f] : HUNDREDTHS[f]}`;
  } else {
    const f = a % scale;
    body = `${(a - f) / scale}${e === 1 ? TENTHS[f] : HUNDREDTHS[f]}`;
  }
  return n < 0 ? `-${body}` : body;
}

/**
 * num/den rounded half-up (ties away from zero) to 2 decimals, as m meaning m / 100, for safe integers num and
 * den > 0 with den × 100 safe: the integer part and the rounding of the remainder are taken apart, so num itself
 * may be any safe integer (num × 100 need not be safe). Undefined when m would leave the safe integers.
 */
export function centsOfRatio(num: number, den: number): number | undefined {
  const a = num < 0 ? -num : num;
  if (a <= INT32 && den <= 21_474_836) {
    // On 32-bit integers (den × 100 too): the same value.
    const ai = a | 0;
    const di = den | 0;
    const r = ai % di;
    const s = r * 100;
    const r2 = s % di;
    let m = ((ai - r) / di) * 100 + (((s - r2) / di) | 0);
    if (r2 * 2 >= di) m += 1;
    return num < 0 ? -m : m;
  }
  const r = a % den;
  const q = (a - r) / den; // exact: a − r is a multiple of den
  const s = r * 100; // r < den, and den × 100 is safe
  const r2 = s % den;
  let m = q * 100 + (s - r2) / den;
  if (r2 * 2 >= den) m += 1;
  if (!Number.isSafeInteger(m)) return undefined;
  return num < 0 ? -m : m;
}

/**
 * The three forms of num/den for safe integers num and den > 0 (unreduced), without a BigInt rational: the same
 * texts as `figure(rational(num, den))` (property-tested). Undefined when den × 100 or the rounded value would
 * leave the safe integers.
 */
export function figureOfRatio(num: number, den: number): ExactFigure | undefined {
  const g = gcdSafe(num, den) || 1;
  return figureOfReduced(num / g, den / g);
}

/** `figureOfRatio` of a fraction already in lowest terms (n and d > 0 safe integers). */
export function figureOfReduced(n: number, d: number): ExactFigure | undefined {
  if (!Number.isSafeInteger(d * 100)) return undefined;
  const m = centsOfRatio(n, d);
  if (m === undefined) return undefined;
  return { value: centsOf(m), exact: flat(reducedText(n, d)), exactFraction: d === 1 ? String(n) : flat(`${n}/${d}`) };
}

/**
 * `ratioText` (core/scaled.ts) of a fraction already in lowest terms (safe integers, d > 0), without taking the
 * gcd again: the same text.
 */
export function reducedText(n: number, d: number): string {
  if (d === 1) return String(n);
  // d = 2^a·5^b: n/d = n·(10^k/d) / 10^k with k = max(a, b).
  let rest = d;
  let twos = 0;
  let fives = 0;
  if (d <= INT32) {
    let i = d | 0;
    while ((i & 1) === 0) {
      i >>= 1;
      twos++;
    }
    while (i % 5 === 0) {
      i = (i / 5) | 0;
      fives++;
    }
    rest = i;
  } else {
    while (rest % 2 === 0) {
      rest /= 2;
      twos++;
    }
    while (rest % 5 === 0) {
      rest /= 5;
      fives++;
    }
  }
  const k = Math.max(twos, fives);
  if (rest === 1 && k < POW10.length) {
    const scaled = n * ((POW10[k] as number) / d);
    if (Number.isSafeInteger(scaled)) return decimalText(scaled, k);
  }
  return decimalsOf(n, d) ?? longDivisionText(n, d) ?? toDecimalText({ n: BigInt(n), d: BigInt(d) });
}

/** Chunk values and sizes of `decimalsOf`, reused from call to call (at most 5 chunks of 9 digits). */
const CHUNK = [0, 0, 0, 0, 0];
const SIZE = [0, 0, 0, 0, 0];
const ZEROS = "00000000";
/** "000" … "999". */
const THREE: ReadonlyArray<string> = Array.from(
  { length: 1000 },
  (_, i) => `${i < 100 ? "0" : ""}${i < 10 ? "0" : ""}${i}`,
);

/**
 * toDecimalText of n/d for safe integers with |n| ≥ d > 1 (the common case of a result figure), by long
 * division in chunks of 9 digits (each in steps that keep d × 10^step safe; one BigInt division for d beyond
 * 9 × 10^14): the digits up to the 40th significant one, rounded half-up on the remainder there (exact when the
 * division ends sooner), trailing zeros dropped. Undefined for a value below 1 (leading zeros;
 * `longDivisionText` takes it). Property-tested against toDecimalTextBig.
 */
function decimalsOf(n: number, d: number): string | undefined {
  const a = n < 0 ? -n : n;
  let r = a % d;
  let q = (a - r) / d;
  if (q === 0) return undefined;
  // Digits per division step: d × 10^step must stay safe (9 for d up to 9,007,199; fewer for a budget's Σ pagu).
  let step = 9;
  while (step > 0 && d * (POW10[step] as number) > Number.MAX_SAFE_INTEGER) step--;
  if (step === 0) return decimalsFrom(q, BigInt(r), BigInt(d), n < 0);
  // Decimals wanted: 40 significant digits in all (q has at most 16).
  let need = 40;
  for (let p = 1; p < 16 && q >= (POW10[p] as number); p++) need--;
  need--;
  let count = 0;
  while (need > 0 && r !== 0) {
    // A chunk of up to 9 digits, in steps of `step` digits.
    const k = Math.min(need, 9);
    let chunk = 0;
    for (let left = k; left > 0; ) {
      const s = Math.min(left, step);
      const t = r * (POW10[s] as number); // below d × 10^step: safe
      // t / d by a floating-point estimate corrected by the exact remainder (one division, no fmod): the
      // estimate is at most 10^s, so estimate × d stays below d × 10^step, safe and exact.
      let c = Math.floor(t / d); // not-a-score: an estimate, corrected exactly by the remainder below
      r = t - c * d;
      if (r < 0) {
        c--;
        r += d;
      } else if (r >= d) {
        c++;
        r -= d;
      }
      chunk = chunk * (POW10[s] as number) + c;
      left -= s;
    }
    CHUNK[count] = chunk;
    SIZE[count] = k;
    count++;
    need -= k;
  }
  // Half-up on what is left (r / d ≥ 1/2), carried through the chunks into q.
  if (r * 2 >= d && r !== 0) {
    let i = count - 1;
    for (; i >= 0; i--) {
      const c = (CHUNK[i] as number) + 1;
      if (c < (POW10[SIZE[i] as number] as number)) {
        CHUNK[i] = c;
        break;
      }
      CHUNK[i] = 0;
    }
    if (i < 0) q += 1;
  }
  // Trailing zeros dropped: whole chunks, then digits of the last one.
  while (count > 0 && CHUNK[count - 1] === 0) count--;
  let text = String(q);
  if (count > 0) {
    let last = CHUNK[count - 1] as number;
    let size = SIZE[count - 1] as number;
    while (last % 10 === 0) {
      last /= 10;
      size--;
    }
    CHUNK[count - 1] = last;
    SIZE[count - 1] = size;
    text += ".";
    for (let i = 0; i < count; i++) {
      const c = (CHUNK[i] as number) | 0; // below 10^9: a 32-bit integer
      const size = SIZE[i] as number;
      if (size === 9) {
        // Nine digits as three from a table (no number-to-text conversion, leading zeros included).
        const low = c % 1000;
        const high = (c / 1_000_000) | 0;
        text += (THREE[high] as string) + THREE[((c - high * 1_000_000 - low) / 1000) | 0] + THREE[low];
      } else {
        const digits = String(c);
        text += digits.length === size ? digits : ZEROS.slice(0, size - digits.length) + digits;
      }
    }
  }
  return n < 0 ? `-${text}` : text;
}

/** Decimal text of an input echoed back (inputs have at most 30 digits, so this is exact). */
export const text = (r: Rational): string => toDecimalText(r);
