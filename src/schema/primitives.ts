import * as z from "zod";
import { guarded } from "./guard.js";

/** Plain decimal notation: "4.50", "-1", "100". No exponent, no grouping. */
export const decimalString = /* @__PURE__ */ guarded(
  z.string().regex(/^-?(0|[1-9]\d*)(\.\d+)?$/, { message: 'must be a decimal in plain notation, e.g. "4.50"' }),
);

/** A non-negative weight as the regulation writes it: "24", "0.17" or an exact fraction "1/9". */
export const weightString = /* @__PURE__ */ guarded(
  z.string().regex(/^(0|[1-9]\d*)(\.\d+)?$|^(0|[1-9]\d*)\/[1-9]\d*$/, {
    message:
      'weight must be a non-negative decimal ("0.17") or an exact fraction ("1/9"); floats pre-rounded from fractions are not accepted as such',
  }),
);

/** A finite number or a decimal string; NaN and ±Infinity are rejected. */
export const decimalInput = /* @__PURE__ */ guarded(z.union([z.number().finite(), decimalString]));

export const text = /* @__PURE__ */ guarded(
  z.strictObject({ id: z.string().min(1), en: z.string().min(1).optional() }),
);

export const source = /* @__PURE__ */ guarded(
  z.strictObject({
    regulation: z.string().min(1),
    part: z.string().min(1).optional(),
    href: z.string().url().optional(),
    text: z.string().min(1).optional(),
    confirmed: z.boolean(),
    note: z.string().min(1).optional(),
  }),
);

export const roundingRule = /* @__PURE__ */ guarded(
  z.strictObject({
    places: z.number().int().min(0).max(20),
    mode: z.enum(["halfUp", "halfEven", "down", "up"]),
  }),
);

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
