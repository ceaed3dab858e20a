/**
 * A built-in rubric, frozen and trusted without re-validation at import: its
 * content is locked by hash (rubrics.lock.json, checked in CI) and a test runs
 * every built-in through defineRubric's full validation. Import stays cheap.
 */
import type { DefinedBrand, RubricDefinition } from "../model/types.js";
import { deepFreeze, markDefined } from "./registryOfDefined.js";

export function defineBuiltin<const R extends RubricDefinition>(definition: R): R & DefinedBrand {
  return markDefined(deepFreeze(definition)) as R & DefinedBrand;
}
