/**
 * Internal to kinerja/sakip: builds a derived rubric whose tree differs from its base (a leaf
 * replaced by a group, a rounding rule added to a node). The base is never touched; the new
 * rubric has its own id, status "derived", `derivedFrom` = the base id, and is validated and
 * frozen by defineRubric like any rubric.
 *
 * deriveRubric (the generic engine function) patches weights, scales, bands and metadata but
 * cannot change the shape of the tree; once it accepts node replacements this module can
 * delegate to it.
 */
import { cut, KinerjaError, showValue } from "../../core/errors.js";
import { defineRubric } from "../../engine/defineRubric.js";
import type { RubricDefinition, RubricNode, Text, ValidFor } from "../../model/types.js";
import { plainInput } from "../shared.js";

/** What every derived SAKIP variant needs: its own id, and optionally its own title, years and notes. */
export interface DerivedMeta<Id extends string = string> {
  /** `sakip@<version>`, e.g. "sakip@2021.1+kota-contoh.2024": never the base id, never reused for other figures. */
  readonly id: Id;
  readonly title?: Text;
  readonly validFor?: ValidFor;
  /** Extra notes, after the ones the helper writes. */
  readonly notes?: ReadonlyArray<string>;
}

/** The meta argument, read once as plain data: an object with the new id (and optionally title, validFor, notes). */
export function metaObject<Id extends string>(meta: DerivedMeta<Id>): DerivedMeta<Id> {
  if (typeof meta !== "object" || meta === null || Array.isArray(meta))
    throw new KinerjaError("INVALID_INPUT", `meta must be { id: "<scheme>@<version>" }, not ${showValue(meta)}`, {
      path: ["meta"],
      rule: "meta is { id, title?, validFor?, notes? }",
    });
  const copy = plainInput(meta, ["meta"]);
  for (const key of Object.keys(copy))
    if (!["id", "title", "validFor", "notes"].includes(key))
      throw new KinerjaError("INVALID_INPUT", `meta.${cut(key)} is not a field of meta (id, title, validFor, notes)`, {
        path: ["meta", key],
        rule: "meta is { id, title?, validFor?, notes? }",
      });
  return copy;
}

/** Checks a derived id before any work: "<scheme>@<version>", not the base id. */
export function splitId(base: RubricDefinition, id: unknown): { scheme: string; version: string } {
  const at = typeof id === "string" ? id.indexOf("@") : -1;
  if (typeof id !== "string" || at <= 0 || at === id.length - 1 || id === base.id)
    throw new KinerjaError(
      "INVALID_RUBRIC",
      `a derived rubric needs its own id "<scheme>@<version>", not ${showValue(id)}`,
      { path: ["meta", "id"], rule: "derived rubrics have a new id" },
    );
  return { scheme: id.slice(0, at), version: id.slice(at + 1) };
}

/** Every node of a tree, depth first, with its depth. */
export function walkNodes(nodes: ReadonlyArray<RubricNode>, depth = 0): Array<{ node: RubricNode; depth: number }> {
  return nodes.flatMap((node) => [{ node, depth }, ...walkNodes(node.children ?? [], depth + 1)]);
}

/**
 * A derived rubric: `rewrite` maps each node (children already rewritten) to its replacement;
 * `defaults.notes` come first (a "grading:" note there replaces the base's "grading: per
 * sub-component" default), then the base's other notes, then `meta.notes`.
 */
export function deriveTree<const Id extends string>(
  base: RubricDefinition,
  rewrite: (node: RubricNode, depth: number) => RubricNode,
  meta: DerivedMeta<Id>,
  defaults: { readonly title: Text; readonly notes: ReadonlyArray<string> },
): RubricDefinition<Id> {
  const { scheme, version } = splitId(base, meta.id);
  const map = (nodes: ReadonlyArray<RubricNode>, depth: number): RubricNode[] =>
    nodes.map((node) => rewrite(node.children ? { ...node, children: map(node.children, depth + 1) } : node, depth));
  const { derivedFrom: _ignored, ...rest } = base;
  // A new grading note replaces the base's "grading: per sub-component" default; every other note stays.
  const replacesDefault = defaults.notes.some((d) => d.startsWith("grading:"));
  const keep = (base.notes ?? []).filter((n) => !(replacesDefault && n.startsWith("grading: per sub-component")));
  return defineRubric<Id>({
    ...rest,
    id: meta.id,
    scheme,
    version,
    status: "derived",
    derivedFrom: base.id,
    title: meta.title ?? defaults.title,
    validFor: meta.validFor ?? base.validFor,
    notes: [...defaults.notes, ...keep, ...(meta.notes ?? [])],
    nodes: map(base.nodes, 0),
  });
}
