import type { ErrorPath } from "../core/errors.js";
import { rational } from "../core/rational.js";
import type { Gap, Predicate, RoundingRule } from "../model/types.js";
import { compiledOf } from "./compiled.js";
import type { Prepared } from "./prepare.js";
import { publishValue } from "./publishValue.js";

export interface Published {
  readonly value: string;
  readonly exact: string;
  readonly exactFraction: string;
  readonly predicate: Predicate | null;
  readonly gap: Gap | null;
}

/** The published figure of num/den (den > 0), for scheme helpers: the engine's one publish step. */
export function publish(
  prepared: Prepared,
  num: bigint,
  den: bigint,
  rounding: RoundingRule | undefined,
  path: ErrorPath,
): Published {
  return publishValue(compiledOf(prepared.rubric), rational(num, den), rounding, path);
}
