import { KinerjaError } from "../core/errors.js";
import { SUPERSEDED } from "../data/supersessions.js";
import type { KnownSchemeId } from "../model/ids.js";
import type { Rubric, RubricDefinition } from "../model/types.js";
import { BUILTIN_RUBRICS, NO_ASSESSMENT, SCHEMES } from "../registry/builtins.js";

export interface ResolveOptions {
  /** The year the assessment is held (e.g. 2024 for the 2024 evaluation of 2023 performance). */
  readonly assessmentYear: number;
  /** Search these rubrics instead of the built-in ones (e.g. your derived variants). */
  readonly rubrics?: ReadonlyArray<RubricDefinition>;
}

/**
 * The one rubric of a scheme valid for an assessment year (a superseded id yields to its correction). Never picks "the
 * latest": no match throws "NO_RUBRIC_FOR_YEAR" (with the reason when the
 * scheme held no assessment that year), several throw "AMBIGUOUS_RUBRIC".
 */
export function resolveRubric<const S extends string>(
  scheme: KnownSchemeId<S>,
  options: { readonly assessmentYear: number },
): Rubric;
export function resolveRubric(
  scheme: string,
  options: ResolveOptions & { readonly rubrics: ReadonlyArray<RubricDefinition> },
): Rubric;
export function resolveRubric(scheme: string, options: ResolveOptions): Rubric {
  const year = (options as { assessmentYear?: unknown } | undefined)?.assessmentYear;
  if (typeof year !== "number" || !Number.isInteger(year))
    throw new KinerjaError(
      "INVALID_INPUT",
      "resolveRubric needs { assessmentYear } as a whole number: the year of the assessment, not the performance year it judges",
      { path: ["assessmentYear"], rule: "an integer assessment year" },
    );
  const pool = options.rubrics ?? BUILTIN_RUBRICS;
  const ofScheme = pool.filter((r) => r.scheme === scheme);
  if (ofScheme.length === 0 && !options.rubrics && !(SCHEMES as ReadonlyArray<string>).includes(scheme))
    throw new KinerjaError("UNKNOWN_RUBRIC", `unknown scheme "${scheme}" (known: ${SCHEMES.join(", ")})`, {
      path: ["scheme"],
      rule: "a known scheme id",
    });
  // A superseded id stays published (getRubric) but is never the one resolved for a year: its correction is.
  const superseded = options.rubrics ? new Set<string>() : new Set(SUPERSEDED.map((s) => s.id));
  const matches = ofScheme.filter(
    (r) =>
      r.status !== "demo" &&
      !superseded.has(r.id) &&
      r.validFor.from <= year &&
      (r.validFor.to === null || year <= r.validFor.to),
  );
  if (matches.length === 1) return matches[0] as Rubric;
  if (matches.length > 1)
    throw new KinerjaError(
      "AMBIGUOUS_RUBRIC",
      `${matches.length} ${scheme} rubrics apply to ${year}: ${matches.map((r) => r.id).join(", ")}; pick one with getRubric(id)`,
      {
        path: ["assessmentYear"],
        rule: "exactly one rubric per scheme and year",
        details: { ids: matches.map((r) => r.id) },
      },
    );
  const gap = options.rubrics ? undefined : NO_ASSESSMENT.find((g) => g.scheme === scheme && g.year === year);
  throw new KinerjaError(
    "NO_RUBRIC_FOR_YEAR",
    gap
      ? `${scheme} held no assessment in ${year}: ${gap.reason}`
      : `no ${scheme} rubric covers the ${year} assessment (${ofScheme.map((r) => `${r.id}: ${r.validFor.from}–${r.validFor.to ?? "…"}`).join("; ") || "none shipped"})`,
    {
      path: ["assessmentYear"],
      rule: gap ? "no assessment was held that year" : "a rubric valid for the assessment year",
      details: gap ? { reason: gap.reason, source: gap.source } : {},
    },
  );
}
