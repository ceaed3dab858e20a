import type { Decimal } from "decimal.js";
import { D, type Dec } from "./decimal.js";

/**
 * How a published figure is rounded. Modes follow the usual names:
 * `halfUp` (ties away from zero, what spreadsheets and the official tables do),
 * `halfEven` (banker's), `down` (truncate toward zero), `up` (away from zero).
 */
export type RoundingMode = "halfUp" | "halfEven" | "down" | "up";

export interface RoundingRule {
  readonly places: number;
  readonly mode: RoundingMode;
}

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  halfUp: D.ROUND_HALF_UP,
  halfEven: D.ROUND_HALF_EVEN,
  down: D.ROUND_DOWN,
  up: D.ROUND_UP,
};

/** Rounds to `places` decimals and always shows them ("4.2" → "4.20"). */
export function roundDec(value: Dec, rule: RoundingRule): Dec {
  return value.toDecimalPlaces(rule.places, MODES[rule.mode]);
}

/** Rounds and formats with exactly `places` decimals; zero never carries a sign ("-0.00" → "0.00"). */
export function roundToString(value: Dec, rule: RoundingRule): string {
  const text = value.toFixed(rule.places, MODES[rule.mode]);
  return text.charCodeAt(0) === 45 && /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
