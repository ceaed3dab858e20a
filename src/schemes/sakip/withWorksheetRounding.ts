import { KinerjaError, showValue } from "../../core/errors.js";
import { frozen } from "../../data/freeze.js";
import type { RubricDefinition, RubricNode, Source } from "../../model/types.js";
import { optionsObject, plainInput, rubricArg } from "../shared.js";
import { type DerivedMeta, deriveTree, metaObject, splitId } from "./derive.js";
import { CRITERION_CODE } from "./perCriterion.js";

/** Where the per-node rounding of the worksheets comes from (never an official rule). */
export const WORKSHEET_ROUNDING_SOURCE = /* @__PURE__ */ frozen({
  regulation: "SAKIP worksheet practice (reference note §A3 and addendum)",
  part: "Pembulatan per sub-komponen dan per komponen",
  text: "Each sub-component's points and each component's points are rounded half-up to 2 decimals before they are added.",
  confirmed: false,
  note: "UNCONFIRMED as a rule: this is what the apps do (the unidentified LKE AKIP app rounds each sub-component, KKE Trenggalek's export each component); no rounding rule has been found in 88/2021 or 12/2015, so the official rubrics compute exactly and round only the published total.",
} as const satisfies Source);

const isCriterion = (node: RubricNode): boolean => !node.children && CRITERION_CODE.test(node.code);

/** A sub-component: a leaf that is not a criterion, or a group made only of criteria (perCriterion). */
const isSubComponent = (node: RubricNode): boolean =>
  node.children ? node.children.every(isCriterion) : !isCriterion(node);

/**
 * The worksheets' rounding as a derived rubric: every sub-component's points and every
 * component's points rounded half-up to `places` (default 2) decimals before they are added,
 * as the LKE apps do. The official rubrics compute exactly and round only the total (no official
 * rule is known); use this variant to reproduce a worksheet that rounds per node. Works on the
 * official rubrics and on those derived with perCriterion.
 *
 * @example
 * ```ts
 * import { score } from "kinerja";
 * import { perCriterion, sakip2021, withWorksheetRounding } from "kinerja/sakip";
 *
 * // Seven criteria make Keberadaan 6 × 6.1/7 = 5.2285714…: the LKE app rounds it to 5.23 before adding.
 * const lke = perCriterion(sakip2021, { "perencanaan.keberadaan": 7 }, { id: "sakip@2021.1+contoh" });
 * const rounded = withWorksheetRounding(lke, { id: "sakip@2021.1+contoh.dibulatkan" });
 * const worksheet: Record<string, string> = {
 *   "perencanaan.kualitas": "B",
 *   "perencanaan.pemanfaatan": "CC",
 *   "pengukuran.keberadaan": "BB",
 *   "pengukuran.kualitas": "B",
 *   "pengukuran.pemanfaatan": "C",
 *   "pelaporan.keberadaan": "A",
 *   "pelaporan.kualitas": "BB",
 *   "pelaporan.pemanfaatan": "B",
 *   "evaluasi.keberadaan": "BB",
 *   "evaluasi.kualitas": "B",
 *   "evaluasi.pemanfaatan": "CC",
 * };
 * for (let k = 1; k <= 7; k++) worksheet[`perencanaan.keberadaan.k${k}`] = k === 7 ? "B" : "A";
 * score(lke, { answers: worksheet }).exactFraction; // "472/7" (67.4285714…)
 * score(rounded, { answers: worksheet }).exact; // "67.43"
 * ```
 */
export function withWorksheetRounding<const Id extends string>(
  given: RubricDefinition,
  metaGiven: DerivedMeta<Id>,
  options: { readonly places?: number } = {},
): RubricDefinition<Id> {
  const rubric = rubricArg(given);
  const meta = metaObject(metaGiven);
  splitId(rubric, meta.id);
  const asked = optionsObject(plainInput(options, ["options"])).places ?? 2;
  if (!Number.isInteger(asked) || asked < 0 || asked > 10)
    throw new KinerjaError("INVALID_INPUT", `options.places: ${showValue(asked)} is not 0–10`, {
      path: ["options", "places"],
      rule: "a whole number of decimals, 0 to 10",
    });
  // -0 passes the whole-number check and is 0 decimals: the rubric holds 0 (JSON has no -0).
  const places = asked === 0 ? 0 : asked;
  const rounding = { places, mode: "halfUp", source: WORKSHEET_ROUNDING_SOURCE } as const;
  return deriveTree(
    rubric,
    (node, depth) => (depth === 0 || isSubComponent(node) ? { ...node, rounding } : node),
    meta,
    {
      title: {
        id: `${rubric.title.id} — pembulatan per sub-komponen dan komponen`,
        en: `${rubric.title.en ?? rubric.title.id} — rounded per sub-component and component`,
      },
      notes: [
        `rounding: every sub-component's and every component's points rounded half-up to ${places} decimals before they are added (worksheet practice, UNCONFIRMED as a rule), derived from ${rubric.id}.`,
      ],
    },
  );
}
