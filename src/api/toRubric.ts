import { type ErrorPath, KinerjaError, underPrefix } from "../core/errors.js";
import { ensureDefined } from "../engine/compiled.js";
import type { RubricDefinition } from "../model/types.js";
import { rubricById } from "./getRubric.js";

/**
 * The rubric an argument names: a built-in id, or a rubric object, defined (a plain definition is validated into
 * a frozen copy, so nothing computed from it shares the caller's objects). Errors name `path` ("rubric", or
 * where the rubric sat: `options.rubric`, `rubrics[2]`) followed by the place inside the rubric.
 */
export function toRubric(ref: unknown, path: ErrorPath = ["rubric"]): RubricDefinition {
  if (typeof ref === "string") return rubricById(ref, path);
  if (typeof ref !== "object" || ref === null || Array.isArray(ref))
    throw new KinerjaError("INVALID_INPUT", "expected a rubric or a rubric id", { path, rule: "a rubric" });
  return underPrefix(path, () => ensureDefined(ref as RubricDefinition));
}
