/**
 * The one exact rounding: a BigInt ratio rounded to a number of decimals, per
 * mode. Its safe-integer twin is roundScaled (core/scaled.ts); a property test
 * checks both against decimal.js, mode for mode.
 */
import type { RoundingRule } from "./rounding.js";

const POW10 = new Map<number, bigint>();
/** 10^k as a BigInt (cached). */
export function pow10(k: number): bigint {
  let p = POW10.get(k);
  if (p === undefined) {
    p = 10n ** BigInt(k);
    POW10.set(k, p);
  }
  return p;
}

/** Rounds num/den (den > 0) to `rule.places` decimals; returns the integer m meaning m / 10^places. */
export function roundRatio(num: bigint, den: bigint, rule: RoundingRule): bigint {
  const scaled = num * pow10(rule.places);
  const q = scaled / den; // truncates toward zero
  const r = scaled % den;
  if (r === 0n) return q;
  const away = scaled < 0n ? -1n : 1n;
  const twice = (r < 0n ? -r : r) * 2n;
  switch (rule.mode) {
    case "down":
      return q;
    case "up":
      return q + away;
    case "halfUp":
      return twice >= den ? q + away : q;
    case "halfEven":
      return twice > den || (twice === den && q % 2n !== 0n) ? q + away : q;
  }
}
