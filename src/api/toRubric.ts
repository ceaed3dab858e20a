import { KinerjaError } from "../core/errors.js";
import type { RubricDefinition, RubricRef } from "../model/types.js";
import { getRubric } from "./getRubric.js";

/** A rubric object as given, or the built-in rubric with that id. */
export function toRubric(ref: RubricRef): RubricDefinition {
  if (typeof ref === "string") return getRubric(ref);
  if (typeof ref !== "object" || ref === null)
    throw new KinerjaError("INVALID_INPUT", "expected a rubric or a rubric id", { path: ["rubric"], rule: "a rubric" });
  return ref;
}
