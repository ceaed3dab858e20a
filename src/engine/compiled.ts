/** The compiled form of a defined rubric, cached per rubric object and parameter set. */

import { toDecimalText } from "../core/decimalText.js";
import type { Rational } from "../core/rational.js";
import type { RubricDefinition } from "../model/types.js";
import { type Compiled, compileRubric } from "./compile.js";
import { defineRubric } from "./defineRubric.js";
import { isDefined } from "./registryOfDefined.js";

const cache = new WeakMap<object, Compiled>();
const withParams = new WeakMap<object, Map<string, Compiled>>();
/** Parameter sets remembered per rubric (a what-if loop must not grow memory without bound). */
const MAX_PARAMETER_SETS = 64;

/** A rubric as scoring trusts it: a plain definition is validated into a frozen copy every time (never cached). */
export function ensureDefined<R extends RubricDefinition>(rubric: R): R {
  return isDefined(rubric) ? rubric : (defineRubric(rubric) as unknown as R);
}

export function compiledOf(rubric: RubricDefinition): Compiled {
  const r = ensureDefined(rubric);
  let c = cache.get(r);
  if (!c) {
    c = compileRubric(r, null);
    cache.set(r, c);
  }
  return c;
}

export function compiledWith(rubric: RubricDefinition, params: ReadonlyMap<string, Rational>): Compiled {
  const r = ensureDefined(rubric);
  const key = [...params].map(([k, v]) => `${k}=${toDecimalText(v)}`).join("&");
  let sets = withParams.get(r);
  if (!sets) {
    sets = new Map();
    withParams.set(r, sets);
  }
  let c = sets.get(key);
  if (!c) {
    c = compileRubric(r, params);
    if (sets.size >= MAX_PARAMETER_SETS) sets.delete(sets.keys().next().value as string);
    sets.set(key, c);
  }
  return c;
}
