import { z } from "zod";
import { D } from "../core/decimal.js";
import type { RubricDefinition, Scale } from "../model/types.js";
import { decimalString } from "./primitives.js";

/** An answer as `score` takes it: a finite number, a decimal string or an option code. */
export const answerValue = z.union([z.number().finite(), z.string().min(1)]);

/** The generic input of `score`: `{ answers: { [indicatorCode]: value } }`. */
export const scoreInputSchema = z.strictObject({ answers: z.record(z.string(), answerValue) });

function scaleSchema(scale: Scale): z.ZodType<number | string> {
  if (scale.kind === "integer") {
    const int = z.number().int().min(scale.min).max(scale.max);
    const inRange = (s: string) => {
      const d = new D(s);
      return d.gte(scale.min) && d.lte(scale.max);
    };
    const asText = z
      .string()
      .regex(/^-?\d+$/, { message: "a whole number" })
      .refine(inRange, { message: `from ${scale.min} to ${scale.max}` });
    return z.union([int, asText]);
  }
  if (scale.kind === "options") {
    const codes = scale.options.map((o) => o.code) as [string, ...string[]];
    const values = scale.options.map((o) => new D(o.value));
    const isValue = (n: number) => values.some((v) => v.eq(n));
    return z.union([z.enum(codes), z.number().refine(isValue, { message: `one of ${codes.join(", ")}` })]);
  }
  const places = scale.places;
  const checked = decimalString.refine(
    (s) => {
      const [, frac = ""] = s.split(".");
      return places === undefined || frac.length <= places;
    },
    { message: `at most ${places} decimals` },
  );
  return z.union([z.number().finite(), checked]);
}

/**
 * A strict zod schema for one rubric's answers (every indicator required,
 * unknown codes rejected): for forms and for `z.toJSONSchema(…, { io: "input" })`.
 * Range checks on decimal scales are left to `score`, which reports them exactly.
 */
export function answersSchemaFor(rubric: RubricDefinition): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  const walk = (nodes: RubricDefinition["nodes"]) => {
    for (const node of nodes) {
      if (node.children) walk(node.children);
      else shape[node.code] = scaleSchema(rubric.scales[node.scale as string] as Scale);
    }
  };
  walk(rubric.nodes);
  return z.strictObject({ answers: z.strictObject(shape) });
}
