import { fail, formatPath, isKinerjaError } from "../../core/errors.js";
import { OMBUDSMAN_OPINI_FROM } from "../../data/ombudsman/helpers.js";
import { deriveRubric } from "../../engine/deriveRubric.js";
import { confirmedOn } from "../../engine/internal.js";
import type { AnswerValue, Band, DecimalString, Predicate, RubricRef, Text } from "../../model/types.js";
import { plainInput } from "../shared.js";
import { asPublished } from "./published.js";
import { ombudsmanRubric } from "./rubricRef.js";

export interface OpiniOptions {
  /** Whether the instansi earned the “Tanpa Maladministrasi” qualifier (followed up Ombudsman findings). */
  readonly tanpaMaladministrasi: boolean;
  /**
   * Quality bands to use where the rubric has none (2025: the cut-offs are not
   * published). Pass `ASSUMED_BANDS_2025` to use the 2022–2024 cut-offs,
   * UNCONFIRMED for 2025; without bands the opinion is refused.
   */
  readonly bands?: ReadonlyArray<Band>;
}

export interface Opini {
  readonly rubric: string;
  readonly value: DecimalString;
  /** The quality level (Kualitas Tertinggi …). */
  readonly quality: Predicate;
  readonly tanpaMaladministrasi: boolean;
  /** The full opinion, e.g. “Kualitas Tertinggi Tanpa Maladministrasi”. */
  readonly label: Text;
  /** Where the bands came from: the rubric, or the caller (assumed). */
  readonly bands: "rubric" | "caller";
  /** False when the quality band is UNCONFIRMED (always, for caller-given bands). */
  readonly confirmed: boolean;
}

/** Problems with caller bands are reported where the caller gave them: `options.bands[i]…`, not the rubric's. */
function callerBands<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!isKinerjaError(e)) throw e;
    const at = e.path[0] === "predicates" ? 1 : e.path[0] === "patch" && e.path[1] === "predicates" ? 2 : Number.NaN;
    if (Number.isNaN(at)) throw e;
    const path = ["options", "bands", ...e.path.slice(at)];
    return fail({
      code: e.code,
      path,
      rule: e.rule,
      message: e.message.replace(/^Invalid rubric at [^:]*:/, `${formatPath(path)}:`),
      details: e.details,
    });
  }
}

/**
 * The 2025→ Opini Ombudsman: a quality level from the score plus the optional
 * “Tanpa Maladministrasi” qualifier (a qualifier, not a deduction). The 2025
 * cut-offs are unknown, so this refuses (NO_PREDICATE_BANDS) unless you pass
 * bands explicitly; the result then says `bands: "caller"` and is unconfirmed.
 *
 * @example
 * ```ts
 * import { ASSUMED_BANDS_2025, opini } from "kinerja/ombudsman";
 *
 * // The 2025 cut-offs are unpublished: without bands opini() refuses (NO_PREDICATE_BANDS).
 * const o = opini("ombudsman@2025.1", "93.50", { tanpaMaladministrasi: true, bands: ASSUMED_BANDS_2025 });
 * o.label.id; // "Kualitas Tertinggi Tanpa Maladministrasi"
 * o.bands; // "caller"
 * o.confirmed; // false
 * ```
 */
export function opini(rubric: RubricRef, value: AnswerValue, given: OpiniOptions): Opini {
  const base = ombudsmanRubric(rubric);
  const options = plainInput(given, ["options"]);
  const from = OMBUDSMAN_OPINI_FROM.assessmentYear;
  if (base.validFor.from < from)
    fail({
      code: "INVALID_INPUT",
      path: ["rubric"],
      rule: `an Opini rubric (${from}→)`,
      message: `${base.id} is a compliance rubric (before ${from}): its category is classify(); the Opini with “Tanpa Maladministrasi” belongs to the ${from} scheme`,
    });
  if (typeof options?.tanpaMaladministrasi !== "boolean")
    fail({
      code: "INVALID_INPUT",
      path: ["options", "tanpaMaladministrasi"],
      rule: "an explicit qualifier",
      message: "say whether the instansi earned “Tanpa Maladministrasi” (true or false)",
    });
  if (options.bands !== undefined && !Array.isArray(options.bands))
    fail({
      code: "INVALID_INPUT",
      path: ["options", "bands"],
      rule: "bands as an array",
      message: "options.bands must be an array of bands, e.g. ASSUMED_BANDS_2025",
    });
  const fromCaller = options.bands !== undefined && base.predicates === null;
  if (options.bands !== undefined && base.predicates !== null)
    fail({
      code: "INVALID_INPUT",
      path: ["options", "bands"],
      rule: "caller bands only where the rubric has none",
      message: `${base.id} has its own bands; do not pass bands`,
    });
  const target = fromCaller
    ? callerBands(() =>
        deriveRubric(
          base,
          {
            predicates: options.bands as ReadonlyArray<Band>,
            notes: [...(base.notes ?? []), "Bands given by the caller (not the rubric's): UNCONFIRMED."],
          },
          { id: `${base.id}+caller-bands` },
        ),
      )
    : base;
  if (target.predicates === null)
    fail({
      code: "NO_PREDICATE_BANDS",
      path: ["options", "bands"],
      rule: "classification needs official bands or bands chosen by the caller",
      message: `${base.id} has no published category cut-offs, so kinerja gives no opinion; to assume the 2022–2024 cut-offs (UNCONFIRMED for 2025) pass { bands: ASSUMED_BANDS_2025 }`,
    });
  // Range on the unrounded value, then the rubric's rounding, then the band: the engine's publish step.
  const p = asPublished(target, value, ["value"]);
  const quality = p.predicate as Predicate;
  const label: Text = {
    id: options.tanpaMaladministrasi ? `${quality.label.id} Tanpa Maladministrasi` : quality.label.id,
    ...(quality.label.en
      ? { en: options.tanpaMaladministrasi ? `${quality.label.en}, without maladministration` : quality.label.en }
      : {}),
  };
  return {
    rubric: base.id,
    value: p.text,
    quality,
    tanpaMaladministrasi: options.tanpaMaladministrasi,
    label,
    bands: fromCaller ? "caller" : "rubric",
    // Caller bands are an assumption: never confirmed.
    confirmed: confirmedOn(p, !fromCaller),
  };
}
