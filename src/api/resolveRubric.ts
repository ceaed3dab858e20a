import { cut, KinerjaError, showValue } from "../core/errors.js";
import { readOwn, snapshot } from "../core/plain.js";
import { SUPERSEDED } from "../data/supersessions.js";
import { isDefined } from "../engine/registryOfDefined.js";
import type { KnownSchemeId } from "../model/ids.js";
import type { Rubric, RubricDefinition } from "../model/types.js";
import { BUILTIN_RUBRICS, NO_ASSESSMENT, SCHEMES } from "../registry/builtins.js";
import { toRubric } from "./toRubric.js";

/** Assessment years kinerja takes: whole years in this range (1e300 or 2024.5 is a mistake, never a year). */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

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
 *
 * @example
 * ```ts
 * import { isKinerjaError, resolveRubric } from "kinerja";
 *
 * resolveRubric("pekppp", { assessmentYear: 2024 }).id; // "pekppp@2022.2"
 * resolveRubric("ombudsman", { assessmentYear: 2021 }).id; // "ombudsman@2021.2"
 * try {
 *   resolveRubric("ombudsman", { assessmentYear: 2020 });
 * } catch (e) {
 *   if (isKinerjaError(e)) e.code; // "NO_RUBRIC_FOR_YEAR": no assessment was held in 2020
 * }
 * ```
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
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new KinerjaError(
      "INVALID_INPUT",
      "resolveRubric(scheme, { assessmentYear }) needs its options object: the year of the assessment",
      { path: ["options"], rule: "an options object { assessmentYear, rubrics? }" },
    );
  const year = readOwn(options, "assessmentYear", ["assessmentYear"]);
  if (typeof year !== "number" || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    throw new KinerjaError(
      "INVALID_INPUT",
      `resolveRubric needs { assessmentYear } as a whole year from ${MIN_YEAR} to ${MAX_YEAR}: the year of the assessment, not the performance year it judges (got ${showValue(year)})`,
      { path: ["assessmentYear"], rule: `an integer assessment year, ${MIN_YEAR}–${MAX_YEAR}` },
    );
  if (typeof scheme !== "string")
    throw new KinerjaError("INVALID_INPUT", `the scheme must be a scheme id like "pekppp", not ${showValue(scheme)}`, {
      path: ["scheme"],
      rule: "a scheme id (text)",
    });
  const given = readOwn(options, "rubrics", ["rubrics"]);
  if (given !== undefined && !Array.isArray(given))
    throw new KinerjaError("INVALID_INPUT", "options.rubrics must be an array of rubrics", {
      path: ["rubrics"],
      rule: "rubrics is an array of rubric definitions",
    });
  // A rubric given in the pool is validated like any definition (a plain object is never returned unchecked).
  const pool: ReadonlyArray<RubricDefinition> =
    given === undefined
      ? BUILTIN_RUBRICS
      : (snapshot(given, ["rubrics"], { keep: isDefined }) as ReadonlyArray<unknown>).map((r, i) =>
          toRubric(r, ["rubrics", i]),
        );
  const ofScheme = pool.filter((r) => r.scheme === scheme);
  // An unknown scheme is UNKNOWN_RUBRIC (a typo is not "no rubric for the year"): known means shipped, or in the pool.
  if (ofScheme.length === 0 && !(SCHEMES as ReadonlyArray<string>).includes(scheme))
    throw new KinerjaError(
      "UNKNOWN_RUBRIC",
      `unknown scheme ${JSON.stringify(cut(scheme))} (known: ${[...new Set([...SCHEMES, ...pool.map((r) => r.scheme)])].join(", ")})`,
      { path: ["scheme"], rule: "a known scheme id" },
    );
  const custom = given !== undefined;
  // A superseded id stays published (getRubric) but is never the one resolved for a year: its correction is.
  const superseded = custom ? new Set<string>() : new Set(SUPERSEDED.map((s) => s.id));
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
  const gap = custom ? undefined : NO_ASSESSMENT.find((g) => g.scheme === scheme && g.year === year);
  throw new KinerjaError(
    "NO_RUBRIC_FOR_YEAR",
    gap
      ? `${scheme} held no assessment in ${year}: ${gap.reason}`
      : `no ${scheme} rubric covers the ${year} assessment (${ofScheme.map((r) => `${r.id}: ${r.validFor.from}–${r.validFor.to ?? "…"}`).join("; ") || (custom ? "none among the rubrics given" : "none shipped")})`,
    {
      path: ["assessmentYear"],
      rule: gap ? "no assessment was held that year" : "a rubric valid for the assessment year",
      details: gap ? { reason: gap.reason, source: gap.source } : {},
    },
  );
}
