import * as z from "zod";
import type { RubricDefinition, RubricNode } from "../model/types.js";
import { guarded } from "./guard.js";
import { decimalString, roundingRule, source, text, weightString } from "./primitives.js";

const scaleLevel = z.strictObject({ value: decimalString, label: text });

const sourcedRounding = roundingRule.extend({ source });

/** A value in rubric data: a plain decimal ("-0.5") or an exact fraction ("2/3"). */
const exactValue = z.string().regex(/^-?(0|[1-9]\d*)(\.\d+)?$|^-?(0|[1-9]\d*)\/[1-9]\d*$/, {
  message: 'must be a plain decimal ("-0.5") or an exact fraction ("2/3")',
});

const normalization = z.strictObject({
  min: exactValue,
  max: exactValue,
  cap: z.boolean().optional(),
  source,
});

export const scaleSchema = /* @__PURE__ */ guarded(
  z.discriminatedUnion("kind", [
    z.strictObject({
      kind: z.literal("integer"),
      min: z.number().int(),
      max: z.number().int(),
      normalize: normalization.optional(),
      source,
    }),
    z.strictObject({
      kind: z.literal("decimal"),
      min: decimalString,
      max: decimalString,
      places: z.number().int().min(0).max(20).optional(),
      normalize: normalization.optional(),
      source,
    }),
    z.strictObject({
      kind: z.literal("options"),
      options: z
        .array(
          z.strictObject({
            code: z.string().min(1),
            value: exactValue,
            label: text.optional(),
            source: source.optional(),
          }),
        )
        .min(1),
      normalize: normalization.optional(),
      source,
    }),
    z.strictObject({
      kind: z.literal("lookup"),
      input: z.strictObject({
        min: decimalString,
        max: decimalString,
        places: z.number().int().min(0).max(20).optional(),
      }),
      rows: z
        .array(
          z.strictObject({
            min: decimalString,
            minInclusive: z.boolean(),
            max: decimalString,
            maxInclusive: z.boolean(),
            value: exactValue,
            label: text.optional(),
            source,
          }),
        )
        .min(1),
      normalize: normalization.optional(),
      source,
    }),
  ]),
);

const notApplicableRule = z.strictObject({ rule: z.enum(["renormalize", "zero"]), source });

/** A weight as written, or "$name": a reference to one of the rubric's parameters. */
const nodeWeight = z.string().regex(/^(0|[1-9]\d*)(\.\d+)?$|^(0|[1-9]\d*)\/[1-9]\d*$|^\$[A-Za-z][A-Za-z0-9_]*$/, {
  message:
    'weight must be a non-negative decimal ("0.17"), an exact fraction ("1/9") or a parameter ("$name"); floats pre-rounded from fractions are not accepted as such',
});

export const nodeSchema: z.ZodType<RubricNode> = /* @__PURE__ */ guarded(
  z.lazy(() =>
    z.strictObject({
      code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
        message: "code must be letters, digits, '.', '_' or '-' (a stable join key)",
      }),
      label: text,
      weight: nodeWeight,
      source,
      childWeightTotal: nodeWeight.optional(),
      children: z.array(nodeSchema).min(1).optional(),
      scale: z.string().min(1).optional(),
      levels: z.array(scaleLevel).optional(),
      description: text.optional(),
      combine: z.enum(["weightedMean", "sum"]).optional(),
      rounding: sourcedRounding.optional(),
      notApplicable: notApplicableRule.optional(),
      accepts: z
        .strictObject({
          scheme: z.string().regex(/^[a-z][a-z0-9-]*$/),
          rubrics: z.array(z.string().min(1)).min(1).optional(),
          source,
        })
        .optional(),
    }),
  ),
);

export const bandSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    code: z.string().min(1),
    label: text,
    zone: z.enum(["hijau", "kuning", "merah"]).optional(),
    min: decimalString,
    minInclusive: z.boolean(),
    max: decimalString,
    maxInclusive: z.boolean(),
    source,
  }),
);

/** The shape of a rubric definition (strict: unknown keys are errors). Cross-field rules are checked by `defineRubric`. */
export const rubricDefinitionSchema = /* @__PURE__ */ guarded(
  z.strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*@[0-9A-Za-z][0-9A-Za-z.+-]*$/, {
      message: 'id must be "<scheme>@<version>", e.g. "pekppp@2022.1"',
    }),
    scheme: z.string().regex(/^[a-z][a-z0-9-]*$/),
    version: z.string().min(1),
    status: z.enum(["official", "demo", "derived"]),
    title: text,
    legalBasis: z.array(source).min(1),
    validFor: z.strictObject({
      from: z.number().int().min(2000).max(2100),
      to: z.number().int().min(2000).max(2100).nullable(),
    }),
    weightTotal: weightString,
    scales: z.record(z.string().min(1), scaleSchema),
    result: z.strictObject({
      min: decimalString,
      max: decimalString,
      multiplier: weightString.optional(),
      rounding: sourcedRounding.optional(),
      unit: text.optional(),
      source: source.optional(),
    }),
    nodes: z.array(nodeSchema).min(1),
    predicates: z.array(bandSchema).min(1).nullable(),
    aggregation: z
      .strictObject({
        method: z.literal("mean"),
        rounding: sourcedRounding.optional(),
        adjustments: z.strictObject({ allowed: z.boolean(), source }).optional(),
        source,
      })
      .nullable(),
    derivedFrom: z.string().min(1).optional(),
    notes: z.array(z.string().min(1)).optional(),
    parameters: z
      .array(
        z.strictObject({
          name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
          label: text,
          min: decimalString,
          max: decimalString,
          source,
        }),
      )
      .min(1)
      .optional(),
    notApplicable: notApplicableRule.optional(),
    requirements: z
      .array(z.strictObject({ code: z.string().min(1), label: text, ceiling: z.string().min(1), source }))
      .min(1)
      .optional(),
    missingAnswer: z.strictObject({ rule: z.literal("zero"), source }).optional(),
  }),
) satisfies z.ZodType<RubricDefinition>;
