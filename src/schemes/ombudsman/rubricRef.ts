/**
 * Internal to kinerja/ombudsman: which rubric a helper works on. A rubric
 * object is taken as given (validated by the engine); an id is looked up among
 * the Ombudsman rubrics only, never through the root registry, so this entry
 * point pulls in no other scheme's rubrics and no cycle schemes → api → registry.
 */
import { cut, type ErrorPath, fail, RULE } from "../../core/errors.js";
import { SUPERSEDED } from "../../data/supersessions.js";
import type { RubricDefinition } from "../../model/types.js";
import { rubricArg } from "../shared.js";
import { NO_ASSESSMENT_YEARS, RUBRICS } from "./rubrics.js";

/** An Ombudsman rubric: a rubric object, or the id of one of kinerja's Ombudsman rubrics. */
export type OmbudsmanRubricRef = RubricDefinition | string;

/** The rubric a helper was given (object or Ombudsman id), defined. */
export function ombudsmanRubric(ref: unknown, path: ErrorPath = ["rubric"]): RubricDefinition {
  if (typeof ref === "string") {
    const found = RUBRICS.find((r) => r.id === ref);
    if (!found)
      fail({
        code: "UNKNOWN_RUBRIC",
        path,
        rule: "an Ombudsman rubric id",
        message: `no Ombudsman rubric ${JSON.stringify(cut(ref))} (known: ${RUBRICS.map((r) => r.id).join(", ")}); pass another scheme's rubric as an object`,
        details: { id: cut(ref), known: RUBRICS.map((r) => r.id) },
      });
    return found;
  }
  if (typeof ref !== "object" || ref === null || Array.isArray(ref))
    fail({ code: "INVALID_INPUT", path, rule: RULE.aRubric, message: "expected a rubric or a rubric id" });
  return rubricArg(ref, path);
}

/**
 * The one Ombudsman rubric for an assessment year, as `resolveRubric("ombudsman", …)` picks it: valid for
 * the year, not superseded by a correction, never "the latest". No match is NO_RUBRIC_FOR_YEAR (with the
 * reason when no assessment was held), several are AMBIGUOUS_RUBRIC.
 */
export function ombudsmanRubricFor(year: number): RubricDefinition {
  const superseded = new Set<string>(SUPERSEDED.map((s) => s.id));
  const matches = (RUBRICS as ReadonlyArray<RubricDefinition>).filter(
    (r) =>
      r.status !== "demo" &&
      !superseded.has(r.id) &&
      r.validFor.from <= year &&
      (r.validFor.to === null || year <= r.validFor.to),
  );
  if (matches.length === 1) return matches[0] as RubricDefinition;
  if (matches.length > 1)
    fail({
      code: "AMBIGUOUS_RUBRIC",
      path: ["assessmentYear"],
      rule: "exactly one rubric per scheme and year",
      message: `${matches.length} ombudsman rubrics apply to ${year}: ${matches.map((r) => r.id).join(", ")}; pass one as the rubric`,
      details: { ids: matches.map((r) => r.id) },
    });
  const gap = NO_ASSESSMENT_YEARS.find((g) => g.year === year);
  return fail({
    code: "NO_RUBRIC_FOR_YEAR",
    path: ["assessmentYear"],
    rule: gap ? "no assessment was held that year" : "a rubric valid for the assessment year",
    message: gap
      ? `ombudsman held no assessment in ${year}: ${gap.reason}`
      : `no ombudsman rubric covers the ${year} assessment (${RUBRICS.map((r) => `${r.id}: ${r.validFor.from}–${r.validFor.to ?? "…"}`).join("; ")})`,
    details: gap ? { reason: gap.reason, source: gap.source } : {},
  });
}
