/** Another scheme's result given as a leaf's answer (a SAKIP value inside the RB index). */
import { cut, type ErrorPath, formatPath, KinerjaError } from "../core/errors.js";
import type { Rational } from "../core/rational.js";
import type { AcceptsResult } from "../model/types.js";
import { exactOfStored } from "./storedExact.js";

export interface ResultAnswerValue {
  readonly rubric: string;
  readonly value: Rational;
  readonly confirmed: boolean;
}

export function readResultAnswer(accepts: AcceptsResult, answer: object, path: ErrorPath): ResultAnswerValue {
  const a = answer as { rubric?: unknown; confirmed?: unknown };
  const id = a.rubric;
  if (typeof id !== "string" || !id.includes("@"))
    throw new KinerjaError("INVALID_INPUT", `${formatPath(path)}: a result needs its rubric id`, {
      path: [...path, "rubric"],
      rule: `a ${accepts.scheme} result { rubric, exact, exactFraction }`,
    });
  const scheme = id.slice(0, id.indexOf("@"));
  if (scheme !== accepts.scheme || (accepts.rubrics && !accepts.rubrics.includes(id)))
    throw new KinerjaError(
      "RUBRIC_MISMATCH",
      `${formatPath(path)}: a ${cut(id)} result does not fit here; this item takes ${accepts.rubrics ? accepts.rubrics.join(" or ") : `a ${accepts.scheme} result`}`,
      { path: [...path, "rubric"], rule: `a ${accepts.scheme} result`, details: { got: cut(id) } },
    );
  return { rubric: id, value: exactOfStored(answer, path), confirmed: a.confirmed !== false };
}
