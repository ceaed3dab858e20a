import { KinerjaError } from "../../core/errors.js";
import { parseDecimalInput } from "../../engine/answers.js";
import type { Adjustment, AnswerValue } from "../../model/types.js";

/**
 * A deduction for `aggregate(…, { adjustments: [deduction(…)] })`: from 2023
 * an instansi that ignores Ombudsman corrective actions (LAHP, LHA,
 * Rekomendasi) can have its score corrected. The size is not published, so you
 * give it: `points` is the (positive) number of points taken off the instansi
 * mean. Only the 2023+ rubrics accept it; the result lists it.
 */
export function deduction(points: AnswerValue, reason: string, code = "koreksi-lahp"): Adjustment {
  const d = parseDecimalInput(points, ["points"]);
  if (!d.gt(0))
    throw new KinerjaError("INVALID_INPUT", `a deduction is a positive number of points, not ${d.toFixed()}`, {
      path: ["points"],
      rule: "deduction points above zero",
    });
  if (typeof reason !== "string" || reason.trim() === "")
    throw new KinerjaError(
      "INVALID_INPUT",
      "a deduction needs its reason (e.g. the LAHP or Rekomendasi not followed up)",
      {
        path: ["reason"],
        rule: "every deduction has a reason",
      },
    );
  if (typeof code !== "string" || code === "")
    throw new KinerjaError("INVALID_INPUT", 'a deduction code is a non-empty text, e.g. "koreksi-lahp"', {
      path: ["code"],
      rule: "a deduction code",
    });
  return { code, points: d.negated().toFixed(), reason };
}
