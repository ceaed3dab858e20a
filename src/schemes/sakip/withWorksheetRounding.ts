import { KinerjaError } from "../../core/errors.js";
import type { RubricDefinition, RubricNode, Source } from "../../model/types.js";
import { type DerivedMeta, deriveTree, splitId } from "./derive.js";
import { CRITERION_CODE } from "./perCriterion.js";

/** Where the per-node rounding of the worksheets comes from (never an official rule). */
export const WORKSHEET_ROUNDING_SOURCE = {
  regulation: "SAKIP worksheet practice (reference note §A3 and addendum)",
  part: "Pembulatan per sub-komponen dan per komponen",
  text: "Each sub-component's points and each component's points are rounded half-up to 2 decimals before they are added.",
  confirmed: false,
  note: "UNCONFIRMED as a rule: this is what the apps do (the unidentified LKE AKIP app rounds each sub-component, KKE Trenggalek's export each component); no rounding rule has been found in 88/2021 or 12/2015, so the official rubrics compute exactly and round only the published total.",
} as const satisfies Source;

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
 */
export function withWorksheetRounding<const Id extends string>(
  rubric: RubricDefinition,
  meta: DerivedMeta<Id>,
  options: { readonly places?: number } = {},
): RubricDefinition<Id> {
  splitId(rubric, (meta as DerivedMeta<Id> | undefined)?.id);
  const places = options?.places ?? 2;
  if (!Number.isInteger(places) || places < 0 || places > 10)
    throw new KinerjaError("INVALID_INPUT", `options.places: ${String(places)} is not 0–10`, {
      path: ["options", "places"],
      rule: "a whole number of decimals, 0 to 10",
    });
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
