/**
 * SKM/IKM example: one unit's questionnaire rows → IKM, then the same with
 * per-element averages (NRR), the legacy 0.111 weight, and the 1–4 scale.
 * Run: npx tsx examples/skm.ts
 */
import { listIndicators, resolveRubric, score } from "../src/index.js";
import { classifyNi, skm2017, skmFromNrr, skmFromRespondents } from "../src/schemes/skm/index.js";

const rubric = resolveRubric("skm", { assessmentYear: 2024 });
console.log(`${rubric.id}: ${rubric.title.id}`);
for (const e of listIndicators(rubric))
  console.log(`  ${e.code} ${e.label.id.padEnd(40)} ${e.levels?.map((l) => l.label.id).join(" / ")}`);

// Five respondents, one row each, answers 1–4 for U1…U9.
const rows = [
  [4, 3, 3, 4, 3, 4, 4, 3, 3],
  [3, 3, 2, 4, 3, 3, 4, 3, 3],
  [4, 4, 3, 4, 4, 4, 4, 4, 3],
  [3, 3, 3, 4, 3, 3, 3, 3, 2],
  [4, 3, 3, 4, 4, 4, 4, 3, 3],
];
const ikm = skmFromRespondents(rows);
console.log(
  `\n${ikm.respondents} respondents → IKM ${ikm.value} (exact ${ikm.exact}): ${ikm.predicate?.code} ${ikm.predicate?.label.id}`,
);
// Element points shown to 4 decimals for reading only; the IKM is computed from the unrounded values.
for (const e of ikm.elements)
  console.log(
    `  ${e.code}  NRR ${e.nrrFraction.padEnd(5)} × ${e.weight} × 25 = ${e.weighted.replace(/(\.\d{4})\d+$/, "$1…")}`,
  );
if (ikm.gap) console.log(`Gap to ${ikm.gap.next.code} (${ikm.gap.target}): ${ikm.gap.points} points`);

// A row with a missing answer is an error naming the row and element…
try {
  skmFromRespondents([...rows, [4, 4, 4, 4, null, 4, 4, 4, 4]]);
} catch (e) {
  console.log(`\nRejected: ${(e as Error).message}`);
}
// …unless incomplete rows are to be reported (never dropped).
const reported = skmFromRespondents([...rows, [4, 4, 4, 4, null, 4, 4, 4, 4]], { incomplete: "report" });
console.log(`Reported instead: IKM ${reported.value}, incomplete rows ${JSON.stringify(reported.incomplete)}`);

// Per-element averages (NRR) go straight into score(); the legacy 0.111 weight only on request.
const nrr = { U1: "3.6", U2: "3.2", U3: "2.8", U4: "4", U5: "3.4", U6: "3.6", U7: "3.8", U8: "3.2", U9: "2.8" };
console.log(`\nFrom NRRs: ${score(skm2017, { answers: nrr }).value}`);
const legacy = skmFromNrr(nrr, { weightMode: "printed" });
console.log(`Legacy 0.111 weights: ${legacy.value} (confirmed: ${legacy.confirmed}) — ${legacy.notes[0]}`);

// The 1–4 scale (NI): converted × 25 and rounded before the category is read.
const ni = classifyNi("3.0644");
console.log(`\nNI 3.0644 → NIK ${ni.value}: ${ni.predicate.code} ${ni.predicate.label.id}`);
