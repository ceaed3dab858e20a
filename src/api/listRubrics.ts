import type { RubricSummary } from "../model/types.js";
import { BUILTIN_RUBRICS } from "../registry/builtins.js";

/** Every built-in rubric: id, scheme, version, title, validity and status; sorted by id. */
export function listRubrics(filter: { readonly scheme?: string } = {}): RubricSummary[] {
  return BUILTIN_RUBRICS.filter((r) => filter.scheme === undefined || r.scheme === filter.scheme)
    .map(({ id, scheme, version, title, validFor, status }) => ({ id, scheme, version, title, validFor, status }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
