import { SUPERSEDED } from "../data/supersessions.js";
import type { RubricSummary } from "../model/types.js";
import { BUILTIN_RUBRICS } from "../registry/builtins.js";

/**
 * Every built-in rubric: id, scheme, version, title, validity, status, and the id that supersedes it where a
 * correction was published (the old id stays available for teams that pinned it); sorted by id.
 *
 * @example
 * ```ts
 * listRubrics({ scheme: "rb" }).map((r) => r.id); // ["rb@2014.1", "rb@2018.1", "rb@2020.1", "rb@2023.1"]
 * ```
 */
export function listRubrics(filter: { readonly scheme?: string } = {}): RubricSummary[] {
  return BUILTIN_RUBRICS.filter((r) => filter.scheme === undefined || r.scheme === filter.scheme)
    .map(({ id, scheme, version, title, validFor, status }) => {
      const by = SUPERSEDED.find((s) => s.id === id)?.by;
      return { id, scheme, version, title, validFor, status, ...(by ? { supersededBy: by } : {}) };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
