import { toRubric } from "../../api/toRubric.js";
import { KinerjaError } from "../../core/errors.js";
import { deriveRubric } from "../../engine/deriveRubric.js";
import { prepare } from "../../engine/prepare.js";
import type { AnswerValue, Band, DecimalString, Predicate, RubricRef, Text } from "../../model/types.js";
import { asPublished } from "./published.js";

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

/**
 * The 2025→ Opini Ombudsman: a quality level from the score plus the optional
 * “Tanpa Maladministrasi” qualifier (a qualifier, not a deduction). The 2025
 * cut-offs are unknown, so this refuses (NO_PREDICATE_BANDS) unless you pass
 * bands explicitly; the result then says `bands: "caller"` and is unconfirmed.
 */
export function opini(rubric: RubricRef, value: AnswerValue, options: OpiniOptions): Opini {
  const base = prepare(toRubric(rubric)).rubric;
  if (base.validFor.from < 2025)
    throw new KinerjaError(
      "INVALID_INPUT",
      `${base.id} is a compliance rubric (before 2025): its category is classify(); the Opini with “Tanpa Maladministrasi” belongs to the 2025 scheme`,
      { path: ["rubric"], rule: "an Opini rubric (2025→)" },
    );
  if (typeof options?.tanpaMaladministrasi !== "boolean")
    throw new KinerjaError("INVALID_INPUT", "say whether the instansi earned “Tanpa Maladministrasi” (true or false)", {
      path: ["options", "tanpaMaladministrasi"],
      rule: "an explicit qualifier",
    });
  if (options.bands !== undefined && !Array.isArray(options.bands))
    throw new KinerjaError("INVALID_INPUT", "options.bands must be an array of bands, e.g. ASSUMED_BANDS_2025", {
      path: ["options", "bands"],
      rule: "bands as an array",
    });
  const fromCaller = options.bands !== undefined && base.predicates === null;
  if (options.bands !== undefined && base.predicates !== null)
    throw new KinerjaError("INVALID_INPUT", `${base.id} has its own bands; do not pass bands`, {
      path: ["options", "bands"],
      rule: "caller bands only where the rubric has none",
    });
  const target = fromCaller
    ? deriveRubric(
        base,
        {
          predicates: options.bands as ReadonlyArray<Band>,
          notes: [...(base.notes ?? []), "Bands given by the caller (not the rubric's): UNCONFIRMED."],
        },
        { id: `${base.id}+caller-bands` },
      )
    : base;
  if (target.predicates === null)
    throw new KinerjaError(
      "NO_PREDICATE_BANDS",
      `${base.id} has no published category cut-offs, so kinerja gives no opinion; to assume the 2022–2024 cut-offs (UNCONFIRMED for 2025) pass { bands: ASSUMED_BANDS_2025 }`,
      { path: ["options", "bands"], rule: "classification needs official bands or bands chosen by the caller" },
    );
  // Range on the unrounded value, then the rubric's rounding, then the band: as classify() does.
  const p = asPublished(target, value, ["value"]);
  const quality = p.predicate as Predicate;
  const published = p.text;
  const label: Text = {
    id: options.tanpaMaladministrasi ? `${quality.label.id} Tanpa Maladministrasi` : quality.label.id,
    ...(quality.label.en
      ? { en: options.tanpaMaladministrasi ? `${quality.label.en}, without maladministration` : quality.label.en }
      : {}),
  };
  return {
    rubric: base.id,
    value: published,
    quality,
    tanpaMaladministrasi: options.tanpaMaladministrasi,
    label,
    bands: fromCaller ? "caller" : "rubric",
    confirmed: !fromCaller && quality.confirmed,
  };
}
