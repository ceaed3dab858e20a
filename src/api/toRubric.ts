import { KinerjaError } from "../core/errors.js";
import type { RubricDefinition } from "../model/types.js";
import { getRubric } from "./getRubric.js";

/** A rubric object as given, or the built-in rubric with that id. */
export function toRubric(ref: unknown): RubricDefinition {
  if (typeof ref === "string") return getRubric(ref as string);
  if (typeof ref !== "object" || ref === null || Array.isArray(ref))
    throw new KinerjaError("INVALID_INPUT", "expected a rubric or a rubric id", { path: ["rubric"], rule: "a rubric" });
  return ref as RubricDefinition;
}
