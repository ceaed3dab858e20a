import { describe, expect, it } from "vitest";
import { deduction } from "../../src/schemes/ombudsman/index.js";
import { errorOf } from "../helpers.js";

describe("deduction", () => {
  it("needs a text code", () => {
    const e = errorOf(() => deduction(1, "LAHP not followed up", 5 as never));
    expect([e.code, e.path]).toEqual(["INVALID_INPUT", ["code"]]);
  });
});
