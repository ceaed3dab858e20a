import { expect } from "vitest";
import { isKinerjaError, type KinerjaError } from "../../src/core/errors.js";

/** The KinerjaError that `fn` throws (any other outcome fails the test). */
export function errorOf(fn: () => unknown): KinerjaError {
  try {
    fn();
  } catch (e) {
    expect(isKinerjaError(e), `expected a KinerjaError, got ${String(e)}`).toBe(true);
    return e as KinerjaError;
  }
  throw new Error("expected a KinerjaError, nothing was thrown");
}

/** Freezes an input all the way down, so any write to it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
