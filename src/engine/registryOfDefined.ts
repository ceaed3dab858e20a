/** Rubrics that went through `defineRubric`: scoring trusts these without re-validating. */
const defined = new WeakSet<object>();

export function markDefined<T extends object>(rubric: T): T {
  defined.add(rubric);
  return rubric;
}

export function isDefined(rubric: object): boolean {
  return defined.has(rubric);
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
