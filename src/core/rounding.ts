/**
 * How a published figure is rounded. Modes follow the usual names:
 * `halfUp` (ties away from zero, what spreadsheets and the official tables do),
 * `halfEven` (banker's), `down` (truncate toward zero), `up` (away from zero).
 * The one implementation is roundRatio (core/roundRatio.ts).
 */
export type RoundingMode = "halfUp" | "halfEven" | "down" | "up";

export interface RoundingRule {
  readonly places: number;
  readonly mode: RoundingMode;
}
