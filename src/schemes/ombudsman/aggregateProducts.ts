import { cut, fail, RULE } from "../../core/errors.js";
import { checkLimit } from "../../core/limits.js";
import { OMBUDSMAN_PRODUCT_MEAN } from "../../data/ombudsman/helpers.js";
import { aggregateUnits, checkRangeOn, readNumber } from "../../engine/internal.js";
import type { AggregateResult, AnswerValue, RubricRef } from "../../model/types.js";
import { plainList, uniqueNames } from "../shared.js";
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
 *
 * @example
 * ```ts
 * import { aggregateProducts } from "kinerja/ombudsman";
 *
 * // 2021: the unit → instansi rule is unknown; the mean over every product is a labelled assumption.
 * const r = aggregateProducts("ombudsman@2021.2", [
 *   { unit: "DPMPTSP", products: ["90.50", "85.40"] },
 *   { unit: "Dinkes", products: ["60.00"] },
 * ]);
 * r.instansi.value; // "78.63"
 * r.units[0]?.result.value; // "87.95"
 * r.instansi.rule; // "caller"
 * ```
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
  // Plain data read once: a hole (of units or of products) is an INVALID_INPUT at its index, never skipped.
  const list = plainList<ProductUnit>(units, ["units"], "units", "{ unit, products }");
  uniqueNames(
    list.map((u) => (typeof u === "object" && u !== null && typeof u.unit === "string" ? u.unit : undefined)),
    ["units"],
    "unit",
  );
  let count = 0;
  for (const u of list)
    count += typeof u === "object" && u !== null && Array.isArray(u.products) ? u.products.length : 0;
  checkLimit("units", count, ["units"]);
  const all: Array<{ unit: string; value: AnswerValue }> = [];
  const perUnit = list.map((u, i) => {
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
        message: `units[${i}] (${cut(u.unit)}) has no product scores`,
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
