import type { IndicatorInfo, RubricDefinition } from "../model/types.js";
import { prepare } from "./prepare.js";

/** The indicators (leaves) of a rubric in official order, with path, weight, share and scale. */
export function indicatorsOf(rubric: RubricDefinition): IndicatorInfo[] {
  const prepared = prepare(rubric);
  const byCode = new Map(prepared.nodes.map((n) => [n.node.code, n]));
  const out: IndicatorInfo[] = [];
  for (const n of prepared.nodes) {
    if (!n.isLeaf) continue;
    const path: string[] = [n.node.code];
    for (let p = n.parent; p !== null; p = byCode.get(p)?.parent ?? null) path.unshift(p);
    const scale = rubric.scales[n.node.scale as string];
    if (!scale) continue;
    out.push({
      code: n.node.code,
      path,
      label: n.node.label,
      weight: n.node.weight,
      share: n.shareText,
      scale,
      ...(n.node.levels ? { levels: n.node.levels } : {}),
      source: n.node.source,
    });
  }
  return out;
}
