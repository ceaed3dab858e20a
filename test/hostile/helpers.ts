/** What the hostile-input regression tests share: the error a call throws, and sample inputs. */
import { expect } from "vitest";
import { isKinerjaError, type KinerjaError, listIndicators } from "../../src/index.js";

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

/** [code, path] of the KinerjaError `fn` throws. */
export const codePath = (fn: () => unknown): [string, ReadonlyArray<string | number>] => {
  const e = errorOf(fn);
  return [e.code, e.path];
};

const pekpppCodes = listIndicators("pekppp@2022.2").map((i) => i.code);
/** Every PEKPPP 2022 indicator answered `value`. */
export const pekpppAll = (value: number | string): Record<string, number | string> =>
  Object.fromEntries(pekpppCodes.map((c) => [c, value]));

export const SKM_CODES = ["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"] as const;
export const skmAll = (value: number | string): Record<string, number | string> =>
  Object.fromEntries(SKM_CODES.map((c) => [c, value]));
