import { cut, KinerjaError, showValue, underPrefix } from "../core/errors.js";
import { readOwn, snapshot } from "../core/plain.js";
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
import { ensureDefined } from "./compiled.js";
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

const PATCH_KEYS = [
  "title",
  "validFor",
  "legalBasis",
  "notes",
  "weights",
  "scales",
  "replaceNodes",
  "result",
  "predicates",
  "aggregation",
] as const;

function bad(path: ReadonlyArray<string | number>, rule: string, message: string): never {
  throw new KinerjaError("INVALID_INPUT", message, { path, rule });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The three arguments, checked and read once as plain data (the base defined: validated and frozen). */
function readArguments<Id extends string>(
  base: unknown,
  patch: unknown,
  meta: unknown,
): { base: RubricDefinition; patch: RubricPatch; meta: { readonly id: Id } } {
  if (!isRecord(base)) bad(["base"], "a rubric", `the base must be a rubric object, not ${showValue(base)}`);
  if (!isRecord(patch))
    bad(
      ["patch"],
      "a patch object",
      `the patch must be an object like { weights: { … } } (or {}), not ${showValue(patch)}`,
    );
  if (!isRecord(meta)) bad(["meta"], "{ id }", `meta must be { id: "<scheme>@<version>" }, not ${showValue(meta)}`);
  const p = snapshot(patch, ["patch"], { textLimit: false, depth: 80 }) as Record<string, unknown>;
  for (const key of Object.keys(p))
    if (!(PATCH_KEYS as ReadonlyArray<string>).includes(key))
      bad(
        ["patch", key],
        `a patch has ${PATCH_KEYS.join(", ")}`,
        `patch.${cut(key)} is not something a patch changes (${PATCH_KEYS.join(", ")})`,
      );
  for (const key of ["weights", "scales", "replaceNodes", "result"] as const)
    if (p[key] !== undefined && !isRecord(p[key]))
      bad(["patch", key], `patch.${key} is an object`, `patch.${key} must be an object keyed by code`);
  const weights = (p.weights ?? {}) as Record<string, unknown>;
  for (const [code, w] of Object.entries(weights))
    if (
      typeof w !== "string" &&
      !(isRecord(w) && typeof w.weight === "string" && isRecord(w.source) && Object.keys(w).length === 2)
    )
      bad(
        ["patch", "weights", code],
        'a weight "24" or { weight, source }',
        `patch.weights[${JSON.stringify(cut(code))}] must be a weight like "24" or { weight, source }`,
      );
  const replace = (p.replaceNodes ?? {}) as Record<string, unknown>;
  for (const [code, node] of Object.entries(replace))
    if (!isRecord(node))
      bad(["patch", "replaceNodes", code], "a node", `patch.replaceNodes[${JSON.stringify(cut(code))}] must be a node`);
  const id = readOwn(meta, "id", ["meta", "id"]);
  if (typeof id !== "string")
    bad(["meta", "id"], "an id (text)", `meta.id must be the new id "<scheme>@<version>", not ${showValue(id)}`);
  const defined = underPrefix(["base"], () => ensureDefined(base as unknown as RubricDefinition));
  return { base: defined, patch: p as RubricPatch, meta: { id: id as Id } };
}

/**
 * A new, validated, frozen rubric from a base and a patch (a pemda-specific
 * variant, a what-if simulation). The base is never touched; the new rubric
 * has its own id, status "derived" and `derivedFrom` = the base id.
 *
 * @example
 * ```ts
 * import { deriveRubric, getRubric, score } from "kinerja";
 *
 * // A what-if: Inovasi weighing 20 and Kebijakan 16 (the weights must still add up to 100).
 * const whatIf = deriveRubric(
 *   getRubric("pekppp@2022.2"),
 *   { weights: { kebijakan: "16", inovasi: "20" } },
 *   { id: "pekppp@2022.2+inovasi-20" },
 * );
 * whatIf.status; // "derived"
 * whatIf.derivedFrom; // "pekppp@2022.2"
 * score(whatIf, { answers }).value; // "3.58"
 * score(whatIf, { answers }).confirmed; // false: a weight without a source is unconfirmed
 * ```
 */
export function deriveRubric<const Id extends string>(
  given: RubricDefinition,
  patchGiven: RubricPatch,
  metaGiven: { readonly id: Id },
): RubricDefinition<Id> {
  const { base, patch, meta } = readArguments<Id>(given, patchGiven, metaGiven);
  const at = meta.id.indexOf("@");
  if (at <= 0 || at === meta.id.length - 1 || meta.id === base.id)
    throw new KinerjaError(
      "INVALID_RUBRIC",
      `a derived rubric needs its own id "<scheme>@<version>", not ${JSON.stringify(cut(meta.id))}`,
      {
        path: ["meta", "id"],
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
    throw new KinerjaError("UNKNOWN_INDICATOR", `${JSON.stringify(cut(unknownNode))} is not a node of ${base.id}`, {
      path: ["patch", "replaceNodes", unknownNode],
      rule: "nodes are replaced by code",
    });
  const [unknown] = pending.keys();
  if (unknown !== undefined)
    throw new KinerjaError("UNKNOWN_INDICATOR", `${JSON.stringify(cut(unknown))} is not a node of ${base.id}`, {
      path: ["patch", "weights", unknown],
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
