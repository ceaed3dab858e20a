import { KinerjaError, showValue } from "../core/errors.js";
import { readOwn } from "../core/plain.js";
import { SUPERSEDED } from "../data/supersessions.js";
import type { RubricSummary } from "../model/types.js";
import { BUILTIN_RUBRICS, SCHEMES } from "../registry/builtins.js";

/**
 * Every built-in rubric: id, scheme, version, title, validity, status, and the id that supersedes it where a
 * correction was published (the old id stays available for teams that pinned it); sorted by id.
 *
 * @example
 * ```ts
 * import { listRubrics } from "kinerja";
 *
 * listRubrics({ scheme: "rb" }).map((r) => r.id).join(" "); // "rb@2014.1 rb@2018.1 rb@2020.1 rb@2023.1"
 * listRubrics({ scheme: "skm" }).find((r) => r.id === "skm@2017.1")?.supersededBy; // "skm@2017.2"
 * ```
 */
export function listRubrics(filter: { readonly scheme?: string } = {}): RubricSummary[] {
  if (typeof filter !== "object" || filter === null || Array.isArray(filter))
    throw new KinerjaError(
      "INVALID_INPUT",
      `the filter must be an object like { scheme: "rb" }, not ${showValue(filter)}`,
      {
        path: ["filter"],
        rule: "a filter object { scheme? }",
      },
    );
  const scheme = readOwn(filter, "scheme", ["filter", "scheme"]);
  if (scheme !== undefined && (typeof scheme !== "string" || !(SCHEMES as ReadonlyArray<string>).includes(scheme)))
    throw new KinerjaError(
      typeof scheme === "string" ? "UNKNOWN_RUBRIC" : "INVALID_INPUT",
      `filter.scheme: ${showValue(scheme)} is not a scheme kinerja ships (${SCHEMES.join(", ")})`,
      { path: ["filter", "scheme"], rule: "a known scheme id" },
    );
  // Copies: a summary never shares the rubric's frozen objects with a caller who may want to change it.
  return BUILTIN_RUBRICS.filter((r) => scheme === undefined || r.scheme === scheme)
    .map(({ id, scheme, version, title, validFor, status }) => {
      const by = SUPERSEDED.find((s) => s.id === id)?.by;
      return {
        id,
        scheme,
        version,
        title: { ...title },
        validFor: { ...validFor },
        status,
        ...(by ? { supersededBy: by } : {}),
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
