import { fail, RULE } from "../../core/errors.js";
import { OMBUDSMAN_PRODUCT_MEAN } from "../../data/ombudsman/helpers.js";
import { aggregateUnits, checkRangeOn, readNumber } from "../../engine/internal.js";
import type { AggregateResult, AnswerValue, RubricRef } from "../../model/types.js";
import { ombudsmanRubric } from "./rubricRef.js";

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

/** The labelled assumption (data, with its source). */
const ASSUMPTION = OMBUDSMAN_PRODUCT_MEAN.assumption;

/**
 * Product-level input for the years whose unit → instansi rule is unknown
 * (2021 and earlier): the instansi value as the mean over every product,
 * beside each unit's own product mean. A labelled assumption, never the
 * rubric's rule; refused for rubrics that have a known rule (2022–2024: use
 * `aggregate()` with unit scores).
 */
export function aggregateProducts(rubric: RubricRef, units: ReadonlyArray<ProductUnit>): ProductAggregate {
  const base = ombudsmanRubric(rubric);
  if (base.aggregation !== null)
    fail({
      code: "INVALID_INPUT",
      path: ["rubric"],
      rule: "product-level aggregation only where the official rule is unknown",
      message: `${base.id} has a known unit → instansi rule (mean of unit scores); use aggregate() with the unit scores instead of product scores`,
    });
  if (!Array.isArray(units) || units.length === 0)
    fail({
      code: "INVALID_INPUT",
      path: ["units"],
      rule: RULE.atLeastOneUnit,
      message: "aggregateProducts needs a non-empty array of { unit, products }",
    });
  const all: Array<{ unit: string; value: AnswerValue }> = [];
  const perUnit = units.map((u, i) => {
    if (typeof u?.unit !== "string" || u.unit === "")
      fail({
        code: "INVALID_INPUT",
        path: ["units", i, "unit"],
        rule: RULE.namedUnit,
        message: `units[${i}].unit must name the unit`,
      });
    if (!Array.isArray(u.products) || u.products.length === 0)
      fail({
        code: "INVALID_INPUT",
        path: ["units", i, "products"],
        rule: "every unit has at least one product score",
        message: `units[${i}] (${u.unit}) has no product scores`,
      });
    const products: ReadonlyArray<AnswerValue> = u.products;
    products.forEach((value, j) => {
      // Checked where it was given (units[i].products[j]); the engine's aggregate checks it again, by its own index.
      checkRangeOn(base, readNumber(value, ["units", i, "products", j]), ["units", i, "products", j]);
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
