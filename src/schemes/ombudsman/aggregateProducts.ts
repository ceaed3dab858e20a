import { toRubric } from "../../api/toRubric.js";
import { D } from "../../core/decimal.js";
import { KinerjaError } from "../../core/errors.js";
import { aggregateUnits } from "../../engine/aggregateUnits.js";
import { parseDecimalInput } from "../../engine/answers.js";
import { prepare } from "../../engine/prepare.js";
import type { AggregateResult, AnswerValue, RubricRef } from "../../model/types.js";

/** One unit (OPD/UPT) with the scores of its assessed service products. */
export interface ProductUnit {
  readonly unit: string;
  readonly products: ReadonlyArray<AnswerValue>;
}

export interface ProductAggregate {
  /** The assumption this computation rests on, in words. */
  readonly assumption: string;
  /** The instansi value: the mean over every product of every unit (strategy "mean", rule "caller"). */
  readonly instansi: AggregateResult;
  /** Each unit's value: the mean over its own products. */
  readonly units: ReadonlyArray<{ readonly unit: string; readonly products: number; readonly result: AggregateResult }>;
}

const ASSUMPTION =
  "ASSUMPTION chosen by the caller: the instansi value is the mean over all assessed products (equivalently, the unit means weighted by product count). The official rule for these years is unknown (UNCONFIRMED): for 2021 the plain mean of the published OPD scores does not reproduce Kota Magelang (62.21 against a published 68.27).";

/**
 * Product-level input for the years whose unit → instansi rule is unknown
 * (2021 and earlier): the instansi value as the mean over every product,
 * beside each unit's own product mean. A labelled assumption, never the
 * rubric's rule; refused for rubrics that have a known rule (2022–2024: use
 * `aggregate()` with unit scores).
 */
export function aggregateProducts(rubric: RubricRef, units: ReadonlyArray<ProductUnit>): ProductAggregate {
  const base = prepare(toRubric(rubric)).rubric;
  if (base.aggregation !== null)
    throw new KinerjaError(
      "INVALID_INPUT",
      `${base.id} has a known unit → instansi rule (mean of unit scores); use aggregate() with the unit scores instead of product scores`,
      { path: ["rubric"], rule: "product-level aggregation only where the official rule is unknown" },
    );
  if (!Array.isArray(units) || units.length === 0)
    throw new KinerjaError("INVALID_INPUT", "aggregateProducts needs a non-empty array of { unit, products }", {
      path: ["units"],
      rule: "at least one unit",
    });
  const all: Array<{ unit: string; value: AnswerValue }> = [];
  const perUnit = units.map((u, i) => {
    if (typeof u?.unit !== "string" || u.unit === "")
      throw new KinerjaError("INVALID_INPUT", `units[${i}].unit must name the unit`, {
        path: ["units", i, "unit"],
        rule: "every unit is named",
      });
    if (!Array.isArray(u.products) || u.products.length === 0)
      throw new KinerjaError("INVALID_INPUT", `units[${i}] (${u.unit}) has no product scores`, {
        path: ["units", i, "products"],
        rule: "every unit has at least one product score",
      });
    const products: ReadonlyArray<AnswerValue> = u.products;
    products.forEach((value, j) => {
      const path = ["units", i, "products", j];
      const d = parseDecimalInput(value, path);
      if (d.lt(new D(base.result.min)) || d.gt(new D(base.result.max)))
        throw new KinerjaError(
          "OUT_OF_RANGE",
          `units[${i}].products[${j}] (${u.unit}): ${d.toFixed()} is outside ${base.result.min}–${base.result.max}`,
          { path, rule: `a value from ${base.result.min} to ${base.result.max}` },
        );
      all.push({ unit: `${u.unit} #${j + 1}`, value });
    });
    return {
      unit: u.unit,
      products: products.length,
      result: aggregateUnits(
        base,
        products.map((value, j) => ({ unit: `${u.unit} #${j + 1}`, value })),
        { strategy: "mean" },
      ),
    };
  });
  return { assumption: ASSUMPTION, instansi: aggregateUnits(base, all, { strategy: "mean" }), units: perUnit };
}
