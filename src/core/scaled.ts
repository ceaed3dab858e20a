/**
 * Exact arithmetic on safe integers that stand for decimals: `n` at exponent
 * `e` means n / 10^e. Only used where `prepare` proved every intermediate
 * stays within ±(2^53 − 1), so integer + and × on JS numbers are exact; the
 * property tests check this path against the decimal.js reference.
 */
import type { RoundingRule } from "./rounding.js";

export const POW10: ReadonlyArray<number> = Array.from({ length: 16 }, (_, i) => 10 ** i);

/** Normalised plain notation (no trailing zeros), as decimal.js `toFixed()` prints. */
export function scaledToString(n: number, e: number): string {
  if (n === 0) return "0";
  const negative = n < 0;
  let digits = String(negative ? -n : n);
  if (e > 0) {
    if (digits.length <= e) digits = "0".repeat(e - digits.length + 1) + digits;
    const cut = digits.length - e;
    let frac = digits.slice(cut);
    let end = frac.length;
    while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
    frac = frac.slice(0, end);
    digits = frac === "" ? digits.slice(0, cut) : `${digits.slice(0, cut)}.${frac}`;
  }
  return negative ? `-${digits}` : digits;
}

/** Exactly `places` decimals ("5.00"), as decimal.js `toFixed(places)` prints. */
export function scaledToFixed(n: number, places: number): string {
  const negative = n < 0;
  let digits = String(negative ? -n : n);
  if (places > 0) {
    if (digits.length <= places) digits = "0".repeat(places - digits.length + 1) + digits;
    digits = `${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
  }
  return negative && n !== 0 ? `-${digits}` : digits;
}

/** Rounds n/10^e to `rule.places` decimals; returns the integer at exponent `rule.places`. */
export function roundScaled(n: number, e: number, rule: RoundingRule): number {
  if (e <= rule.places) return n * (POW10[rule.places - e] as number);
  const div = POW10[e - rule.places] as number;
  const r = n % div; // same sign as n
  const q = (n - r) / div; // exact: n − r is a multiple of div
  if (r === 0) return q;
  const away = n < 0 ? -1 : 1;
  const twice = (r < 0 ? -r : r) * 2;
  switch (rule.mode) {
    case "down":
      return q;
    case "up":
      return q + away;
    case "halfUp":
      return twice >= div ? q + away : q;
    case "halfEven":
      return twice > div || (twice === div && q % 2 !== 0) ? q + away : q;
  }
}
