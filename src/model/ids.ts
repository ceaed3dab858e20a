/**
 * Literal types that guide: built-in rubric ids, scheme ids, and the
 * indicator codes of a rubric read from its literal data, so a typo in an id
 * or an answer key fails to compile. Types only.
 */
import type { BuiltinRubricId } from "../data/builtinIds.js";
import type { AnswerValue, ResultAnswer, RubricNode, ScoreInput } from "./types.js";

export type { BuiltinRubricId } from "../data/builtinIds.js";

/** The schemes kinerja knows. */
export type SchemeId = "rb" | "pekppp" | "skm" | "ombudsman" | "sakip";

/**
 * An id as a caller may pass it: a built-in id literal, or any `string` held in a variable (checked at run time).
 * A literal that is no built-in id ("pekppp@2022.9") does not compile.
 */
export type KnownRubricId<Id extends string> = string extends Id
  ? Id
  : Id extends BuiltinRubricId
    ? Id
    : BuiltinRubricId;

/** A scheme id literal, or any `string` held in a variable. */
export type KnownSchemeId<S extends string> = string extends S ? S : S extends SchemeId ? S : SchemeId;

type LeafCodes<N> =
  N extends ReadonlyArray<infer E>
    ? E extends { readonly children: infer K }
      ? LeafCodes<K>
      : E extends { readonly code: infer C extends string }
        ? C
        : never
    : never;

/**
 * The indicator (leaf) codes of a rubric, from its literal data: `IndicatorCode<typeof pekppp2022>` is
 * `"1.a.Ak" | "2.a.P" | …`. Rubrics whose codes are not literal types give `string`.
 */
export type IndicatorCode<R> = R extends { readonly nodes: infer N }
  ? string extends LeafCodes<N>
    ? string
    : LeafCodes<N>
  : string;

/** Answers keyed by the rubric's indicator codes (a missing answer is reported at run time, all at once). */
export type AnswersOf<R> = { readonly [K in IndicatorCode<R>]?: AnswerValue | ResultAnswer };

/** `score`'s input for a rubric: its answers typed by its indicator codes. */
export type ScoreInputOf<R> =
  string extends IndicatorCode<R> ? ScoreInput : Omit<ScoreInput, "answers"> & { readonly answers?: AnswersOf<R> };

/** A group (with children) or an indicator (with a scale): the two kinds of rubric node. */
export type GroupNode = RubricNode & { readonly children: ReadonlyArray<RubricNode>; readonly scale?: undefined };
export type IndicatorNode = RubricNode & { readonly scale: string; readonly children?: undefined };

/**
 * Narrows a node to a group: true when its own `children` is an array. A type guard never throws: anything that
 * is not an object, or whose `children` cannot be read (a getter or Proxy that throws), is no group node (false).
 *
 * @example
 * ```ts
 * import { getRubric, isGroupNode } from "kinerja";
 *
 * const [kebijakan] = getRubric("pekppp@2022.2").nodes;
 * if (kebijakan && isGroupNode(kebijakan)) kebijakan.children.length; // 9
 * ```
 */
export const isGroupNode = (node: RubricNode): node is GroupNode => {
  if (typeof node !== "object" || node === null) return false;
  try {
    return Object.hasOwn(node, "children") && Array.isArray((node as { readonly children?: unknown }).children);
  } catch {
    return false; // a getter or Proxy trap that throws: not a node kinerja could read
  }
};
