import { KinerjaError } from "../core/errors.js";
import type { Rubric } from "../model/types.js";
import { BUILTIN_RUBRICS } from "../registry/builtins.js";

/** The frozen built-in rubric with this id (e.g. "pekppp@2022.1"); unknown ids throw "UNKNOWN_RUBRIC". */
export function getRubric<Id extends string>(id: Id): Rubric<Id> {
  const found = BUILTIN_RUBRICS.find((r) => r.id === id);
  if (!found)
    throw new KinerjaError("UNKNOWN_RUBRIC", `no rubric "${id}"; listRubrics() shows the ids shipped`, {
      path: ["id"],
      rule: "a published rubric id",
      details: { id, known: BUILTIN_RUBRICS.map((r) => r.id) },
    });
  return found as Rubric<Id>;
}
