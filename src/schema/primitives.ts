import { z } from "zod";

/** Plain decimal notation: "4.50", "-1", "100". No exponent, no grouping. */
export const decimalString = z
  .string()
  .regex(/^-?(0|[1-9]\d*)(\.\d+)?$/, { message: 'must be a decimal in plain notation, e.g. "4.50"' });

/** A non-negative weight as the regulation writes it: "24", "0.17" or an exact fraction "1/9". */
export const weightString = z.string().regex(/^(0|[1-9]\d*)(\.\d+)?$|^(0|[1-9]\d*)\/[1-9]\d*$/, {
  message:
    'weight must be a non-negative decimal ("0.17") or an exact fraction ("1/9"); floats pre-rounded from fractions are not accepted as such',
});

/** A finite number or a decimal string; NaN and ±Infinity are rejected. */
export const decimalInput = z.union([z.number().finite(), decimalString]);

export const text = z.strictObject({ id: z.string().min(1), en: z.string().min(1).optional() });

export const source = z.strictObject({
  regulation: z.string().min(1),
  part: z.string().min(1).optional(),
  href: z.string().url().optional(),
  text: z.string().min(1).optional(),
  confirmed: z.boolean(),
  note: z.string().min(1).optional(),
});

export const roundingRule = z.strictObject({
  places: z.number().int().min(0).max(20),
  mode: z.enum(["halfUp", "halfEven", "down", "up"]),
});

/**
 * A number as `score` reads an answer: plain notation, optional minus, ASCII digits, no exponent, no
 * grouping, no spaces ("05", "-3.250", "4"). The same pattern as the engine's `PLAIN_DECIMAL`
 * (src/engine/numbers.ts), kept here so that `kinerja/schema` does not load decimal.js; a test keeps them equal.
 */
export const PLAIN_INPUT = /^-?\d+(\.\d+)?$/;

/** A decimal text as `score` reads it (see {@link PLAIN_INPUT}): "4.50", "05", "-1". */
export const plainDecimalInput = z
  .string()
  .regex(PLAIN_INPUT, { message: 'must be a number in plain notation, e.g. "4.50" (no spaces, comma or exponent)' });

/** A result's exact value as a fraction ("83/40", "-1/3", "7"), or as a terminating decimal ("2.075"); no leading zeros. */
export const EXACT_FRACTION = /^-?(?:(0|[1-9]\d*)(\.\d+)?|(0|[1-9]\d*)\/([1-9]\d*))$/;

/** A result's `exactFraction`: "83/40", "-1/3", "7" (see {@link EXACT_FRACTION}). */
export const exactFractionString = z
  .string()
  .regex(EXACT_FRACTION, { message: 'must be an exact fraction like "83/40" or "7"' });
