/**
 * kinerja in one page: the rubrics shipped, one PEKPPP unit scored and
 * explained, Kota Cilegon's 2024 Ombudsman result rebuilt from its seven
 * units, and what a bad answer gets you.
 * Run: npm run example
 */
import {
  aggregate,
  classify,
  isKinerjaError,
  listIndicators,
  listRubrics,
  resolveRubric,
  score,
} from "../src/index.js";

console.log("Rubrics shipped:");
for (const r of listRubrics())
  console.log(
    `  ${r.id.padEnd(18)} ${r.validFor.from === r.validFor.to ? `${r.validFor.from}     ` : `${r.validFor.from}–${r.validFor.to ?? "…   "}`}  ${r.title.en ?? r.title.id}`,
  );

// PEKPPP: the worked example of the reference note (aspect by aspect), on the rubric for the 2024 assessment.
const pekppp = resolveRubric("pekppp", { assessmentYear: 2024 });
const f02 = [5, 4, 3, 4, 5, 4, 3, 2, 2, 4, 5, 3, 4, 5, 4, 3, 5, 2, 3, 4, 5, 3, 4, 3, 4, 4, 3, 3, 3, 2];
const answers = Object.fromEntries(listIndicators(pekppp).map((i, k) => [i.code, f02[k] as number]));
const unit = score(pekppp, { answers }, { detail: "full" });
console.log(
  `\n${pekppp.id}: IPP ${unit.value} (exact ${unit.exact}) → ${unit.predicate?.code} "${unit.predicate?.label.id}"`,
);
for (const aspect of unit.breakdown.filter((b) => b.depth === 0))
  console.log(
    `  ${aspect.label?.id.padEnd(40)} ${aspect.weight.padStart(2)}% × ${aspect.raw.padEnd(6)} = ${aspect.weighted}`,
  );
if (unit.gap) console.log(`  ${unit.gap.points} points to ${unit.gap.next.code} (needs ${unit.gap.target})`);
console.log(`  every figure confirmed? ${unit.confirmed}`);

// Ombudsman 2024: Kota Cilegon, mean of its seven published unit scores.
const ombudsman = resolveRubric("ombudsman", { assessmentYear: 2024 });
const cilegon = aggregate(ombudsman, ["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"]);
console.log(
  `\n${ombudsman.id}: Kota Cilegon ${cilegon.value} (mean ${cilegon.mean.slice(0, 12)}…) → ${cilegon.predicate?.code} "${cilegon.predicate?.label.id}", zona ${cilegon.predicate?.zone}`,
);
console.log(`  87.995 is published as 88.00, so it is ${classify(ombudsman, "87.995").code}`);

// 2020: no assessment was held, and kinerja says so instead of falling back.
try {
  resolveRubric("ombudsman", { assessmentYear: 2020 });
} catch (e) {
  if (isKinerjaError(e)) console.log(`\nresolveRubric 2020 → ${e.code}: ${e.message}`);
}

// Bad input is rejected with the path and the rule, never clamped.
try {
  score(pekppp, { answers: { ...answers, "1.a.Ak": 6 } });
} catch (e) {
  if (isKinerjaError(e)) console.log(`score with 6 on a 0–5 scale → ${e.code} at ${JSON.stringify(e.path)}: ${e.rule}`);
}
