/** `kinerja explain`: a score result as a page a person reads in the terminal. */
import { type ImprovementPlanResult, improvementPlan, type PlanStep, score } from "../index.js";
import type { Predicate, Rubric, RubricNode, ScoreInput, ScoreResult, Text } from "../model/types.js";
import { type Lang, labelled, labelOf, short, table, WORDS, wrap } from "./text.js";

/** How many components and steps the improvement section lists. */
const SHOWN = 5;
const SHOWN_PATH = 10;

const predicateText = (p: Predicate, lang: Lang): string =>
  `${p.code} ${labelOf(p.label, lang)}${p.zone ? ` (${WORDS[lang].zone} ${p.zone})` : ""}`;

function stepLine(n: number, step: PlanStep, lang: Lang, width: number): string {
  return labelled(
    `   ${n}. ${step.code} `,
    labelOf(step.label, lang),
    `: ${step.from} → ${step.to} (+${short(step.gain)})`,
    width,
  );
}

/** The text of `explain`: value, predicate, gap, confirmation, the breakdown table, and what to improve first. */
export function explainText(rubric: Rubric, input: ScoreInput, lang: Lang, width: number): string {
  const w = WORDS[lang];
  const result: ScoreResult = score(rubric, input);
  const out: string[] = [];
  out.push(`${rubric.id}  ${labelOf(rubric.title, lang)}`);
  out.push("");
  const exact = result.exact === result.value ? "" : ` (${w.exact} ${short(result.exact, 6)})`;
  const unit = rubric.result.unit ? ` — ${labelOf(rubric.result.unit, lang)}` : "";
  out.push(`${w.value}: ${result.value}${exact}${unit}`);
  out.push(`${w.predicate}: ${result.predicate ? predicateText(result.predicate, lang) : w.noPredicate}`);
  if (result.gap)
    out.push(
      w.toNext(
        predicateText(result.gap.next, lang),
        result.gap.target,
        result.gap.points,
        result.gap.exclusive === true,
      ),
    );
  else if (result.predicate) out.push(w.atTop);
  const req = result.requirements;
  if (req?.capped) out.push(w.capped(req.reasons.join("; ")));
  else if (req && !req.stated) out.push(w.unstated);
  if (result.parameters && Object.keys(result.parameters).length > 0)
    out.push(
      `${w.parameters}: ${Object.entries(result.parameters)
        .map(([k, v]) => `${k} = ${v}`)
        .join(", ")}`,
    );
  if (result.basis === "points") out.push(w.basisPoints);
  out.push(result.confirmed ? w.confirmedYes : w.confirmedNo);
  // The lines above are prose: wrapped to the width (the title line too).
  for (let i = 0; i < out.length; i++) out[i] = wrap(out[i] as string, width, "  ");
  out.push("");

  // The breakdown is compact: each node's label is the rubric's, by code.
  const labels = new Map<string, Text>();
  const walk = (nodes: ReadonlyArray<RubricNode>): void => {
    for (const n of nodes) {
      labels.set(n.code, n.label);
      if (n.children) walk(n.children);
    }
  };
  walk(rubric.nodes);
  const rows = result.breakdown.map((e) => [
    `${"  ".repeat(e.depth)}${e.code}`,
    labelOf(e.label ?? labels.get(e.code) ?? { id: e.code }, lang) + (e.from ? ` [${e.from}]` : ""),
    e.weight,
    e.notApplicable ? w.notApplicable : short(e.raw),
    e.notApplicable ? "" : short(e.rounded ?? e.weighted),
  ]);
  out.push(
    table(
      [
        { title: w.code, align: "left" },
        { title: w.item, align: "left", flexible: true, min: 16 },
        { title: w.weight, align: "right" },
        { title: w.raw, align: "right" },
        { title: w.points, align: "right" },
      ],
      rows,
      width,
    ),
  );

  out.push("");
  out.push(`${w.improve}:`);
  if (result.basis === "points") {
    out.push(wrap(`  ${w.noPlan}`, width, "  "));
    return `${out.join("\n")}\n`;
  }
  const plan: ImprovementPlanResult = improvementPlan(rubric, input);
  if (plan.steps.length === 0) {
    out.push(wrap(`  ${w.nothingToImprove}`, width, "  "));
    return `${out.join("\n")}\n`;
  }
  const gaps = plan.components.filter((c) => c.missing !== "0").slice(0, SHOWN);
  if (gaps.length > 0) {
    out.push(`  ${w.components}:`);
    for (const [i, c] of gaps.entries())
      out.push(
        labelled(
          `   ${i + 1}. ${c.code} `,
          labelOf(c.label, lang),
          `: ${short(c.points)} (${w.missingOf(short(c.missing), short(c.fullMarks))})`,
          width,
        ),
      );
  }
  const path = plan.toNextPredicate;
  if (path) {
    out.push(wrap(`  ${w.fewest(predicateText(path.next, lang), path.steps.length, path.value)}:`, width, "    "));
    for (const [i, s] of path.steps.slice(0, SHOWN_PATH).entries()) out.push(stepLine(i + 1, s, lang, width));
    if (path.steps.length > SHOWN_PATH) out.push(`   ${w.more(path.steps.length - SHOWN_PATH)}`);
  } else {
    out.push(`  ${w.bestSteps}:`);
    for (const [i, s] of plan.steps.slice(0, SHOWN).entries()) out.push(stepLine(i + 1, s, lang, width));
  }
  return `${out.join("\n")}\n`;
}
