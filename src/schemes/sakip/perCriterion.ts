import { cut, KinerjaError, showValue } from "../../core/errors.js";
import { frozen } from "../../data/freeze.js";
import type { RubricDefinition, RubricNode, Source, Text } from "../../model/types.js";
import { optionsObject, plainInput, rubricArg } from "../shared.js";
import { type DerivedMeta, deriveTree, metaObject, splitId, walkNodes } from "./derive.js";

/** One criterion of a sub-component: its answer scale (a key of the rubric's scales) and label. */
export interface CriterionSpec {
  /** Default: the sub-component's own option scale (88/2021: AA–E), else the rubric's "jawaban" scale (12/2015: Y/T or A–E). */
  readonly scale?: string;
  readonly label?: Text;
}

/**
 * The Pemda's own criteria, by sub-component code: how many (equal weights), or one spec per
 * criterion. Sub-components left out keep one answer for the whole sub-component.
 */
export type CriterionCounts = Readonly<Record<string, number | ReadonlyArray<CriterionSpec>>>;

/** Criterion leaves are named `<sub-component code>.k<i>` (1-based), e.g. "perencanaan.kualitas.k3". */
export const CRITERION_CODE = /* @__PURE__ */ frozen(/\.k[1-9]\d*$/);

const MAX_CRITERIA = 200;

function bad(path: ReadonlyArray<string | number>, rule: string, message: string): never {
  throw new KinerjaError("INVALID_INPUT", message, { path, rule });
}

function criterionSource(base: RubricDefinition, sub: RubricNode, i: number, n: number, graded: boolean): Source {
  return {
    regulation: `${base.id}, derived: grading per criterion`,
    part: `Kriteria ${i} dari ${n}, sub-komponen ${sub.code} (${sub.label.id})`,
    text: "Equal weight within the sub-component: its value is the mean of its criterion values.",
    confirmed: false,
    note: graded
      ? "The number of criteria comes from the Pemda's own worksheet (the caller), never from the rubric. Grading each criterion and taking the equal-weight mean is one implementation's practice (t-SEMAR getCategoryScore: w_i = 100/n, there rounded to 14.29 for n = 7; here exactly 1/n); grading per sub-component is the corroborated design (reference note §A2.2 and addendum)."
      : "The number of criteria comes from the Pemda's own worksheet (the caller), never from the rubric. The sub-component value is the mean of its criterion values (reference note §A5, wp-eval-sakip): UNCONFIRMED from primary text.",
  };
}

/**
 * Grading per criterion: a derived rubric in which each named sub-component becomes a group of
 * its criteria (equal weights, so the sub-component's value is their exact mean) and every
 * criterion is answered on its own. The counts are the Pemda's (they differ between worksheets)
 * and are never hard-coded. The derived rubric's id, title and first note say how it grades;
 * pin it (store it, or rebuild it from the same counts and id) to score the same way next year.
 *
 * ```ts
 * const lke = perCriterion(sakip2021, { "perencanaan.keberadaan": 7, "perencanaan.kualitas": 10 },
 *   { id: "sakip@2021.1+kota-contoh.2024" });
 * score(lke, { answers: { "perencanaan.keberadaan.k1": "A", …, "pengukuran.kualitas": "B", … } });
 * ```
 *
 * @example
 * ```ts
 * import { score } from "kinerja";
 * import { perCriterion, sakip2021 } from "kinerja/sakip";
 *
 * // This Pemda grades Perencanaan · Keberadaan on three criteria (the count is its own).
 * const lke = perCriterion(sakip2021, { "perencanaan.keberadaan": 3 }, { id: "sakip@2021.1+kota-contoh.2024" });
 * const worksheet = {
 *   "perencanaan.keberadaan.k1": "A",
 *   "perencanaan.keberadaan.k2": "AA",
 *   "perencanaan.keberadaan.k3": "B",
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
 * score(lke, { answers: worksheet }).value; // "67.40"
 * lke.derivedFrom; // "sakip@2021.1"
 * ```
 */
export function perCriterion<const Id extends string>(
  given: RubricDefinition,
  counts: CriterionCounts,
  metaGiven: DerivedMeta<Id>,
): RubricDefinition<Id> {
  const rubric = rubricArg(given);
  const meta = metaObject(metaGiven);
  splitId(rubric, meta.id);
  const table = optionsObject(plainInput(counts, ["counts"]), ["counts"]);
  const leaves = new Map(
    walkNodes(rubric.nodes)
      .filter(({ node }) => !node.children)
      .map(({ node }) => [node.code, node]),
  );
  const specs = new Map<string, ReadonlyArray<CriterionSpec>>();
  for (const [code, value] of Object.entries(table)) {
    const path = ["counts", code];
    if (!leaves.has(code))
      throw new KinerjaError(
        "UNKNOWN_INDICATOR",
        `${JSON.stringify(cut(code))} is not a sub-component (leaf) of ${rubric.id}`,
        {
          path,
          rule: "criteria replace a leaf of the rubric",
        },
      );
    if (typeof value === "number") {
      if (!Number.isInteger(value) || value < 1 || value > MAX_CRITERIA)
        bad(
          path,
          `a whole number of criteria, 1 to ${MAX_CRITERIA}`,
          `${code}: ${showValue(value)} is not a count of criteria`,
        );
      specs.set(
        code,
        Array.from({ length: value }, () => ({})),
      );
    } else if (Array.isArray(value)) {
      if (value.length < 1 || value.length > MAX_CRITERIA)
        bad(path, `1 to ${MAX_CRITERIA} criteria`, `${code}: give 1 to ${MAX_CRITERIA} criteria`);
      value.forEach((spec, i) => {
        if (typeof spec !== "object" || spec === null || Array.isArray(spec))
          bad([...path, i], "a criterion spec { scale?, label? }", `${code}[${i}] must be an object`);
        if (spec.scale !== undefined && (typeof spec.scale !== "string" || !Object.hasOwn(rubric.scales, spec.scale)))
          bad(
            [...path, i, "scale"],
            "a scale of the rubric",
            `${cut(code)}[${i}]: unknown scale ${showValue(spec.scale)}`,
          );
      });
      specs.set(code, value);
    } else bad(path, "a count or a list of criteria", `${code}: expected a count or a list of criteria`);
  }
  if (specs.size === 0)
    bad(["counts"], "at least one sub-component", "name at least one sub-component and its criteria");

  const defaultScale = (sub: RubricNode): string => {
    const own =
      sub.scale !== undefined && Object.hasOwn(rubric.scales, sub.scale) ? rubric.scales[sub.scale] : undefined;
    if (own?.kind === "options" && sub.scale !== undefined) return sub.scale;
    if (Object.hasOwn(rubric.scales, "jawaban")) return "jawaban";
    return bad(
      ["counts", sub.code],
      "a criterion scale",
      `${sub.code}: ${rubric.id} declares no criterion scale; name one per criterion`,
    );
  };

  const rewrite = (node: RubricNode): RubricNode => {
    const list = specs.get(node.code);
    if (list === undefined) return node;
    const n = list.length;
    const graded =
      node.scale !== undefined &&
      Object.hasOwn(rubric.scales, node.scale) &&
      rubric.scales[node.scale]?.kind === "options";
    const fallback = defaultScale(node);
    const { scale: _scale, levels: _levels, ...group } = node;
    return {
      ...group,
      childWeightTotal: String(n),
      children: list.map((spec, k) => ({
        code: `${node.code}.k${k + 1}`,
        label: spec.label ?? { id: `Kriteria ${k + 1}`, en: `Criterion ${k + 1}` },
        weight: "1",
        source: criterionSource(rubric, node, k + 1, n, graded),
        scale: spec.scale ?? fallback,
      })),
    };
  };

  const named = [...specs].map(([code, list]) => `${code} (${list.length})`);
  const others = leaves.size - specs.size;
  const grading =
    `grading: per criterion (equal-weight mean) for ${named.join(", ")}` +
    (others > 0 ? `; per sub-component for the other ${others}.` : ".") +
    ` Criterion counts from the Pemda's worksheet, derived from ${rubric.id}.`;
  return deriveTree(rubric, rewrite, meta, {
    title: {
      id: `${rubric.title.id} — penilaian per kriteria`,
      en: `${rubric.title.en ?? rubric.title.id} — graded per criterion`,
    },
    notes: [grading],
  });
}
