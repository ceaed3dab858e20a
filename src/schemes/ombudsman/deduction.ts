import { toDecimalText } from "../../core/decimalText.js";
import { fail } from "../../core/errors.js";
import { checkText } from "../../core/limits.js";
import { cmp, neg, R0 } from "../../core/rational.js";
import { readNumber } from "../../engine/internal.js";
import type { Adjustment, AnswerValue } from "../../model/types.js";

/**
 * A deduction for `aggregate(…, { adjustments: [deduction(…)] })`: from 2023
 * an instansi that ignores Ombudsman corrective actions (LAHP, LHA,
 * Rekomendasi) can have its score corrected. The size is not published, so you
 * give it: `points` is the (positive) number of points taken off the instansi
 * mean. Only the 2023+ rubrics accept it; the result lists it.
 *
 * @example
 * ```ts
 * import { aggregate } from "kinerja";
 * import { deduction } from "kinerja/ombudsman";
 *
 * const units = ["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"];
 * const corrected = aggregate("ombudsman@2024.2", units, {
 *   adjustments: [deduction("2.5", "LAHP 2023 not followed up")],
 * });
 * corrected.value; // "92.81": 95.31 − 2.5
 * corrected.adjustments.length; // 1
 * ```
 */
export function deduction(points: AnswerValue, reason: string, code = "koreksi-lahp"): Adjustment {
  const d = readNumber(points, ["points"]);
  if (cmp(d, R0) <= 0)
    fail({
      code: "INVALID_INPUT",
      path: ["points"],
      rule: "deduction points above zero",
      message: `a deduction is a positive number of points, not ${toDecimalText(d)}`,
    });
  if (typeof reason === "string") checkText(reason, ["reason"]);
  if (typeof code === "string") checkText(code, ["code"]);
  if (typeof reason !== "string" || reason.trim() === "")
    fail({
      code: "INVALID_INPUT",
      path: ["reason"],
      rule: "every deduction has a reason",
      message: "a deduction needs its reason (e.g. the LAHP or Rekomendasi not followed up)",
    });
  if (typeof code !== "string" || code === "")
    fail({
      code: "INVALID_INPUT",
      path: ["code"],
      rule: "a deduction code",
      message: 'a deduction code is a non-empty text, e.g. "koreksi-lahp"',
    });
  return { code, points: toDecimalText(neg(d)), reason };
}
