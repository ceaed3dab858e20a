/**
 * Deep freeze for exported data: a caller who changes a band table, a rule or a list kinerja exports gets a
 * TypeError (in strict mode) and changes nothing that kinerja computes. Freezing never changes content, so the
 * rubric lock (content hashes) is unaffected.
 */
export function frozen<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.getOwnPropertyNames(value)) frozen((value as Record<string, unknown>)[key]);
  }
  return value;
}
