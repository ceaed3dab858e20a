/** Which rubric a command means, and how sure its figures are. */
import {
  defineRubric,
  getRubric,
  isKinerjaError,
  KinerjaError,
  type Rubric,
  resolveRubric,
  type Source,
} from "../index.js";
import type { RubricDefinition } from "../model/types.js";
import { type CliIo, readJsonInput } from "./io.js";

/**
 * A rubric argument: a built-in id ("pekppp@2022.1"); a scheme with `--year` ("pekppp --year 2024", resolved like
 * `resolveRubric`); or a rubric definition file ending in ".json" (checked by `defineRubric`, e.g. a derived rubric).
 */
export async function loadRubric(io: CliIo, arg: string | undefined, year?: string): Promise<Rubric> {
  if (arg === undefined || arg === "")
    throw new KinerjaError("INVALID_INPUT", "missing the rubric: give a rubric id such as pekppp@2022.1", {
      path: ["rubric"],
      rule: "a rubric id (kinerja rubrics lists them), a scheme with --year, or a rubric file ending in .json",
    });
  if (arg.toLowerCase().endsWith(".json")) {
    const definition = await readJsonInput(io, arg);
    return defineRubric(definition as RubricDefinition) as Rubric;
  }
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year))
      throw new KinerjaError("INVALID_INPUT", `--year must be a four-digit assessment year, not "${year}"`, {
        path: ["--year"],
        rule: "a four-digit assessment year",
      });
    if (arg.includes("@"))
      throw new KinerjaError("INVALID_INPUT", `--year picks a rubric of a scheme; "${arg}" is already a rubric id`, {
        path: ["--year"],
        rule: "--year with a scheme name (pekppp), not with a rubric id",
      });
    return resolveRubric(arg, { assessmentYear: Number(year) }); // not-a-score: a year
  }
  try {
    return getRubric(arg);
  } catch (e) {
    if (isKinerjaError(e) && e.code === "UNKNOWN_RUBRIC")
      throw new KinerjaError(
        "UNKNOWN_RUBRIC",
        arg.includes("@")
          ? `no rubric "${arg}"; \`kinerja rubrics\` lists the ids shipped`
          : `"${arg}" is not a rubric id; give an id such as ${arg}@… (\`kinerja rubrics --scheme ${arg}\`) or the scheme with --year`,
        { path: ["rubric"], rule: e.rule, details: e.details },
      );
    throw e;
  }
}

/** How sure a rubric's figures are: how many of the sources its figures rest on are confirmed. */
export interface Confidence {
  /** Every figure (weights, scales, options, lookup rows, bands, rounding, aggregation, parameters) is confirmed. */
  readonly confirmed: boolean;
  readonly figures: number;
  readonly unconfirmed: number;
  /** The official predicate bands are known (otherwise classification refuses). */
  readonly bands: boolean;
  /** The official unit → instansi rule is known (otherwise `aggregate` needs a strategy). */
  readonly aggregation: boolean;
}

/** The sources of every figure a rubric uses (legal basis and notes are not figures). */
export function figureSources(rubric: RubricDefinition): Source[] {
  const out: Source[] = [];
  const add = (s: Source | undefined) => {
    if (s) out.push(s);
  };
  const walk = (nodes: RubricDefinition["nodes"]) => {
    for (const node of nodes) {
      add(node.source);
      add(node.rounding?.source);
      add(node.notApplicable?.source);
      add(node.accepts?.source);
      if (node.children) walk(node.children);
    }
  };
  walk(rubric.nodes);
  for (const scale of Object.values(rubric.scales)) {
    add(scale.source);
    add(scale.normalize?.source);
    if (scale.kind === "options") for (const o of scale.options) add(o.source);
    if (scale.kind === "lookup") for (const row of scale.rows) add(row.source);
  }
  add(rubric.result.source);
  add(rubric.result.rounding?.source);
  for (const band of rubric.predicates ?? []) add(band.source);
  if (rubric.aggregation) {
    add(rubric.aggregation.source);
    add(rubric.aggregation.rounding?.source);
    add(rubric.aggregation.adjustments?.source);
  }
  for (const p of rubric.parameters ?? []) add(p.source);
  for (const r of rubric.requirements ?? []) add(r.source);
  add(rubric.notApplicable?.source);
  add(rubric.missingAnswer?.source);
  return out;
}

export function confidenceOf(rubric: RubricDefinition): Confidence {
  const sources = figureSources(rubric);
  const unconfirmed = sources.filter((s) => !s.confirmed).length;
  return {
    confirmed: unconfirmed === 0 && rubric.predicates !== null && rubric.aggregation !== null,
    figures: sources.length,
    unconfirmed,
    bands: rubric.predicates !== null,
    aggregation: rubric.aggregation !== null,
  };
}
