import type { IndicatorInfo, RubricDefinition } from "../model/types.js";
import type { CompiledNode } from "./compile.js";
import { compiledOf } from "./compiled.js";

/**
 * The indicators (leaves) of a rubric in official order, with path, weight, share and scale.
 *
 * @example
 * ```ts
 * import { listIndicators } from "kinerja/engine";
 * import { skm2017v2 } from "kinerja/skm";
 *
 * listIndicators(skm2017v2).map((i) => i.code).join(" "); // "U1 U2 U3 U4 U5 U6 U7 U8 U9"
 * ```
 */
export function indicatorsOf(rubric: RubricDefinition): IndicatorInfo[] {
  const c = compiledOf(rubric);
  return c.leaves.map((i) => {
    const n = c.nodes[i] as CompiledNode;
    const path: string[] = [];
    for (let p: CompiledNode | undefined = n; p; p = p.parent < 0 ? undefined : (c.nodes[p.parent] as CompiledNode))
      path.unshift(p.node.code);
    return {
      code: n.node.code,
      path,
      label: n.node.label,
      weight: n.node.weight,
      share: n.shareText,
      scale: (n.scale as NonNullable<CompiledNode["scale"]>).scale,
      ...(n.node.levels ? { levels: n.node.levels } : {}),
      source: n.node.source,
    };
  });
}
