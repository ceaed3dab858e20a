/**
 * Minimum requirements: a band the score reaches is granted only when the
 * requirements the rubric names are met. Applied only as the caller states
 * them; the result always shows the score's own band beside the capped one.
 */
import type { Predicate, RequirementsOutcome } from "../model/types.js";
import type { Compiled, CompiledBand } from "./compile.js";
import type { Publication } from "./publishValue.js";

export function applyRequirements(
  c: Compiled,
  p: Pick<Publication, "predicate" | "bandIndex">,
  unmet: ReadonlyArray<string> | undefined,
): { predicate: Predicate | null; outcome: RequirementsOutcome; confirmed: boolean } | null {
  const reqs = c.rubric.requirements;
  if (!reqs) return null;
  const bands = c.bands as ReadonlyArray<CompiledBand>;
  if (unmet === undefined)
    return {
      predicate: p.predicate,
      outcome: {
        stated: false,
        unmet: [],
        scoreBand: p.predicate,
        capped: false,
        reasons: [
          `${c.rubric.id} grants some predicates only when minimum requirements are met (${reqs.map((r) => r.code).join(", ")}); pass unmetRequirements ([] when all are met) to have them applied`,
        ],
      },
      confirmed: false,
    };
  let ceiling = p.bandIndex;
  const reasons: string[] = [];
  let confirmed = true;
  for (const code of unmet) {
    const req = reqs.find((r) => r.code === code);
    if (!req) continue;
    const at = bands.findIndex((b) => b.band.code === req.ceiling);
    if (at < p.bandIndex) {
      reasons.push(`${req.label.id}: unmet, so the predicate is at most ${req.ceiling}`);
      if (!req.source.confirmed) confirmed = false;
    }
    if (at < ceiling) ceiling = at;
  }
  const capped = ceiling < p.bandIndex;
  return {
    predicate: capped ? (bands[ceiling] as CompiledBand).predicate : p.predicate,
    outcome: { stated: true, unmet: [...unmet], scoreBand: p.predicate, capped, reasons },
    confirmed,
  };
}
