// # A SAKIP worksheet and its gap to A
//
// An evaluation worksheet under PermenPAN-RB 88/2021: one grade AA–E for each of the twelve sub-components
// (Keberadaan, Kualitas, Pemanfaatan of the four components). The grades are the worked example of the SAKIP
// reference note (synthetic grades, computed there by hand: 67.60 → B "Baik", the grade Kota Cilegon reported
// for 2023). kinerja scores it, places it beside the published national averages for 2023, and plans the
// fewest grade steps from B to A.
//
// Run (after `npm run build`): npx tsx examples/notebooks/sakip-worksheet.ts

// %% Imports and the worksheet.
import { classify, improvementPlan, type RubricNode, resolveRubric, score } from "kinerja";

const rubric = resolveRubric("sakip", { assessmentYear: 2024 }); // the 2024 evaluation judges 2023 performance
const worksheet: Record<string, string> = {
  "perencanaan.keberadaan": "A",
  "perencanaan.kualitas": "B",
  "perencanaan.pemanfaatan": "CC",
  "pengukuran.keberadaan": "BB",
  "pengukuran.kualitas": "B",
  "pengukuran.pemanfaatan": "C",
  "pelaporan.keberadaan": "A",
  "pelaporan.kualitas": "BB",
  "pelaporan.pemanfaatan": "B",
  "evaluasi.keberadaan": "BB",
  "evaluasi.kualitas": "B",
  "evaluasi.pemanfaatan": "CC",
};

// %% The score, component by component (labels from the rubric, by code).
const labels = new Map<string, string>();
const collect = (nodes: ReadonlyArray<RubricNode>): void => {
  for (const node of nodes) {
    labels.set(node.code, node.label.id);
    if (node.children) collect(node.children);
  }
};
collect(rubric.nodes);
const result = score(rubric, { answers: worksheet });
console.log(`${rubric.id}: nilai AKIP ${result.value} → ${result.predicate?.code} ${result.predicate?.label.id}`);
console.table(
  result.breakdown.map((b) => ({
    komponen: `${"  ".repeat(b.depth)}${labels.get(b.code) ?? b.code}`,
    grade: worksheet[b.code] ?? "",
    weight: b.weight,
    points: b.weighted,
    "of (full marks)": b.share,
  })),
);

// %% Beside the published national averages of the 2023 evaluation (bkn.go.id): provinsi 72.17, kab/kota 63.36.
console.table([
  { who: "this worksheet", value: result.value, predikat: result.predicate?.code },
  { who: "rata-rata provinsi 2023", value: "72.17", predikat: classify(rubric, "72.17").code },
  { who: "rata-rata kab/kota 2023", value: "63.36", predikat: classify(rubric, "63.36").code },
]);

// %% The gap to A. A starts above 80 ("> 80 – 90"), so the lowest publishable A is 80.01. The plan takes the
// fewest grade steps to the next predicate (biggest gains first), again until the predicate is A.
const bandA = rubric.predicates?.find((b) => b.code === "A");
/** A 2-decimal value in hundredths, exactly (no floating point). */
const cents = (text: string): bigint => {
  const [whole = "0", frac = ""] = text.split(".");
  return BigInt(whole) * 100n + BigInt(frac.padEnd(2, "0").slice(0, 2));
};
const show = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`;
if (bandA) {
  const lowestA = cents(bandA.min) + (bandA.minInclusive ? 0n : 1n);
  console.log(
    `A ${bandA.label.id}: ${bandA.minInclusive ? "from" : "above"} ${bandA.min} to ${bandA.max}, so from ${show(lowestA)}: ${show(lowestA - cents(result.value))} points to go (to BB: ${result.gap?.points})`,
  );
}
const answers = { ...worksheet };
const route: Array<Record<string, string>> = [];
for (let round = 0; round < 5; round++) {
  const plan = improvementPlan(rubric, { answers });
  if (plan.predicate?.code === "A" || plan.predicate?.code === "AA" || !plan.toNextPredicate) break;
  for (const step of plan.toNextPredicate.steps) {
    answers[step.code] = step.to;
    route.push({
      towards: plan.toNextPredicate.next.code,
      "sub-component": step.code,
      grade: `${step.from} → ${step.to}`,
      gain: step.gain,
    });
  }
}
const reached = score(rubric, { answers });
console.log(
  `From ${result.value} (${result.predicate?.code}) to ${reached.value} (${reached.predicate?.code}): ${route.length} grade steps`,
);
console.table(route);
