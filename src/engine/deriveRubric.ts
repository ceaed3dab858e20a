import { KinerjaError } from "../core/errors.js";
import type {
  Band,
  RubricDefinition,
  RubricNode,
  Scale,
  Source,
  Text,
  ValidFor,
  WeightString,
} from "../model/types.js";
import { defineRubric } from "./defineRubric.js";

/** What a derived rubric changes. Anything not named stays as in the base. */
export interface RubricPatch {
  readonly title?: Text;
  readonly validFor?: ValidFor;
  readonly legalBasis?: ReadonlyArray<Source>;
  readonly notes?: ReadonlyArray<string>;
  /** New weights by node code; a bare string gets an unconfirmed "derived" source. */
  readonly weights?: Readonly<
    Record<string, WeightString | { readonly weight: WeightString; readonly source: Source }>
  >;
  readonly scales?: Readonly<Record<string, Scale>>;
  /**
   * Whole nodes replaced by code (a leaf becoming a group of a pemda's own criteria, a node gaining a rounding
   * rule). The replacement keeps its place; weights patched by `weights` apply inside it too.
   */
  readonly replaceNodes?: Readonly<Record<string, RubricNode>>;
  readonly result?: Partial<RubricDefinition["result"]>;
  readonly predicates?: ReadonlyArray<Band> | null;
  readonly aggregation?: RubricDefinition["aggregation"];
}

/**
 * A new, validated, frozen rubric from a base and a patch (a pemda-specific
 * variant, a what-if simulation). The base is never touched; the new rubric
 * has its own id, status "derived" and `derivedFrom` = the base id.
 */
export function deriveRubric<const Id extends string>(
  base: RubricDefinition,
  patch: RubricPatch,
  meta: { readonly id: Id },
): RubricDefinition<Id> {
  const at = meta.id.indexOf("@");
  if (at <= 0 || meta.id === base.id)
    throw new KinerjaError(
      "INVALID_RUBRIC",
      `a derived rubric needs its own id "<scheme>@<version>", not "${meta.id}"`,
      {
        path: ["id"],
        rule: "derived rubrics have a new id",
      },
    );
  const pending = new Map(Object.entries(patch.weights ?? {}));
  const replacing = new Map(Object.entries(patch.replaceNodes ?? {}));
  const rewrite = (nodes: ReadonlyArray<RubricNode>): RubricNode[] =>
    nodes.map((original) => {
      const node = replacing.get(original.code) ?? original;
      replacing.delete(original.code);
      const change = pending.get(node.code);
      pending.delete(node.code);
      const children = node.children ? { children: rewrite(node.children) } : {};
      if (change === undefined) return { ...node, ...children };
      const next =
        typeof change === "string"
          ? {
              weight: change,
              source: {
                regulation: `derived from ${base.id}`,
                confirmed: false,
                note: `weight changed from ${node.weight} to ${change} by deriveRubric (${meta.id})`,
              },
            }
          : change;
      return { ...node, ...children, weight: next.weight, source: next.source };
    });
  const nodes = rewrite(base.nodes);
  const [unknownNode] = replacing.keys();
  if (unknownNode !== undefined)
    throw new KinerjaError("UNKNOWN_INDICATOR", `"${unknownNode}" is not a node of ${base.id}`, {
      path: ["replaceNodes", unknownNode],
      rule: "nodes are replaced by code",
    });
  const [unknown] = pending.keys();
  if (unknown !== undefined)
    throw new KinerjaError("UNKNOWN_INDICATOR", `"${unknown}" is not a node of ${base.id}`, {
      path: ["weights", unknown],
      rule: "weights are patched by node code",
    });
  const { derivedFrom: _ignored, ...rest } = base;
  return defineRubric<Id>({
    ...rest,
    id: meta.id,
    scheme: meta.id.slice(0, at),
    version: meta.id.slice(at + 1),
    status: "derived",
    derivedFrom: base.id,
    ...(patch.title ? { title: patch.title } : {}),
    ...(patch.validFor ? { validFor: patch.validFor } : {}),
    ...(patch.legalBasis ? { legalBasis: patch.legalBasis } : {}),
    ...(patch.notes ? { notes: patch.notes } : {}),
    ...(patch.scales ? { scales: { ...base.scales, ...patch.scales } } : {}),
    ...(patch.result ? { result: { ...base.result, ...patch.result } } : {}),
    ...(patch.predicates !== undefined ? { predicates: patch.predicates } : {}),
    ...(patch.aggregation !== undefined ? { aggregation: patch.aggregation } : {}),
    nodes,
  });
}
