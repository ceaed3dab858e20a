/**
 * PEKPPP example: score one unit lokus on the 2022 instrument, show what to
 * improve first, then score an instansi from three unit lokus.
 * Run: npx tsx examples/pekppp.ts
 */
import { listIndicators, resolveRubric, score } from "../src/index.js";
import {
  aggregateInstansi,
  combineF03,
  F03_RULES,
  improvementPriorities,
  pekppp2022,
} from "../src/schemes/pekppp/index.js";

// 1. The rubric for the 2024 assessment, and the questionnaire a form would render.
const rubric = resolveRubric("pekppp", { assessmentYear: 2024 });
const indicators = listIndicators(rubric);
console.log(`${rubric.id}: ${rubric.title.id}`);
console.log(`${indicators.length} indicators, e.g. ${indicators[0]?.code} "${indicators[0]?.label.id}":`);
for (const level of indicators[0]?.levels ?? []) console.log(`  ${level.value} = ${level.label.id}`);

// 2. One unit lokus: the evaluator's F-02 answers (0–5), in official order.
const values = [5, 4, 3, 4, 5, 4, 3, 2, 2, 4, 5, 3, 4, 5, 4, 3, 5, 2, 3, 4, 5, 3, 4, 3, 4, 4, 3, 3, 3, 2];
const answers = Object.fromEntries(indicators.map((i, k) => [i.code, values[k] as number]));
const unit = score(pekppp2022, { answers }, { detail: "full" });
console.log(`\nUnit IPP ${unit.value} (exact ${unit.exact}): ${unit.predicate?.code} ${unit.predicate?.label.id}`);
for (const aspect of unit.breakdown.filter((b) => b.depth === 0))
  console.log(
    `  ${aspect.label?.id.padEnd(42)} weight ${aspect.weight.padStart(2)}%  value ${aspect.raw.padEnd(5)} → ${aspect.weighted} points`,
  );
if (unit.gap) console.log(`Gap to ${unit.gap.next.code} (${unit.gap.target}): ${unit.gap.points} points`);
console.log(`All figures confirmed: ${unit.confirmed} (aspects II–VI indicator weights are code-only)`);

// 3. What to improve first.
const plan = improvementPriorities(pekppp2022, unit, { limit: 5 });
console.log("\nWhat to improve first (points per step up):");
for (const p of plan.priorities)
  console.log(`  ${p.code.padEnd(8)} ${p.from}→${p.to}  +${p.gain}  ${p.nextLevel?.id ?? ""}`);
if (plan.toNextPredicate)
  console.log(
    `Fewest steps to ${plan.toNextPredicate.next.code}: ${plan.toNextPredicate.steps.map((s) => `${s.code}→${s.to}`).join(", ")} ⇒ ${plan.toNextPredicate.value}`,
  );

// 4. The users' survey (F-03) is off by default; a local convention can be named explicitly.
const withF03 = combineF03(pekppp2022, { f02: unit, f03: { value: "4.10", respondents: 15 } }, F03_RULES.localApp75_25);
console.log(`\nWith F-03 under "${withF03.ruleLabel}": ${withF03.value} (confirmed: ${withF03.confirmed})`);

// 5. An instansi from its unit lokus: exact mean, rounded once.
const all = (v: number) => Object.fromEntries(indicators.map((i) => [i.code, v]));
const instansi = aggregateInstansi(pekppp2022, [
  { unit: "DPMPTSP", result: unit },
  { unit: "Disdukcapil", answers: { ...all(4), "29.f.B": 5, "30.f.B": 5 } },
  { unit: "RSUD", answers: all(3) },
]);
console.log(
  `\nInstansi (${instansi.strategy}, ${instansi.f03Rule}): ${instansi.value} ${instansi.predicate?.code} ${instansi.predicate?.label.id}`,
);
for (const u of instansi.units) console.log(`  ${(u.unit ?? "").padEnd(12)} ${u.published}  (exact ${u.value})`);
for (const note of instansi.notes) console.log(`  note: ${note}`);
