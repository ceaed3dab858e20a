import { expect } from "vitest";
import { isKinerjaError, type KinerjaError } from "../src/index.js";

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

/** The code of the KinerjaError that `fn` throws. */
export const codeOf = (fn: () => unknown): string => errorOf(fn).code;
