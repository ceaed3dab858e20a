// # A PEKPPP unit: its aspect profile and what to improve first
//
// The evaluator's F-02 answers (0–5) of the PEKPPP reference worked example, scored on the rubric for the 2024
// assessment: 3.6848 → 3.68 → B. The aspect profile shows where the points come from against each aspect's
// weight; the improvement plan says which components lose the most and the fewest steps to A-. The profile is
// written as an SVG chart to examples/out/.
//
// Run (after `npm run build`): npx tsx examples/notebooks/pekppp-unit.ts

// %% Imports.
import { mkdirSync, writeFileSync } from "node:fs";
import { improvementPlan, listIndicators, resolveRubric, score, toRows } from "kinerja";
import { profileChart } from "kinerja/svg";

// %% The answers, in the official order of the 30 indicators (aspects I–VI).
const rubric = resolveRubric("pekppp", { assessmentYear: 2024 });
const f02 = [5, 4, 3, 4, 5, 4, 3, 2, 2, 4, 5, 3, 4, 5, 4, 3, 5, 2, 3, 4, 5, 3, 4, 3, 4, 4, 3, 3, 3, 2];
const indicators = listIndicators(rubric);
const answers = Object.fromEntries(indicators.map((indicator, k) => [indicator.code, f02[k] as number]));

const unit = score(rubric, { answers });
console.log(
  `${rubric.id}: IPP ${unit.value} (exact ${unit.exact}) → ${unit.predicate?.code} ${unit.predicate?.label.id}`,
);
console.log(`confirmed: ${unit.confirmed} (the indicator weights of aspects II–VI are known from local apps only)`);
if (unit.gap)
  console.log(
    `to ${unit.gap.next.code} ${unit.gap.next.label.id}: ${unit.gap.target}, ${unit.gap.points} points more\n`,
  );

// %% The aspect profile: one row per aspect (toRows gives every aspect and indicator; depth 0 is the aspect).
console.log("Aspect profile");
console.table(
  toRows(unit)
    .filter((row) => row.depth === 0)
    .map((row) => ({
      aspect: row.label,
      weight: row.weight,
      "nilai aspek (0–5)": row.raw,
      "points in the IPP": row.weighted,
      "share of the IPP": row.share,
      "weight confirmed": row.sourceConfirmed,
    })),
);

// %% What to improve first: the components with the most points missing, then the fewest steps to A-.
const plan = improvementPlan(rubric, { answers });
console.log("Points missing per aspect (most first)");
console.table(
  plan.components.map((c) => ({ aspect: c.label.id, points: c.points, "full marks": c.fullMarks, missing: c.missing })),
);
if (plan.toNextPredicate) {
  const next = plan.toNextPredicate;
  console.log(
    `Fewest steps to ${next.next.code} ${next.next.label.id}: ${next.steps.length}, the IPP becomes ${next.exact} → ${next.value}`,
  );
  console.table(
    next.steps.map((s) => ({
      indicator: s.code,
      label: s.label.id.length > 60 ? `${s.label.id.slice(0, 59)}…` : s.label.id,
      step: `${s.from} → ${s.to}`,
      "IPP gain": s.gain,
    })),
  );
}

// %% The profile as a chart: grey bars are each aspect's full marks (its weight × 5), coloured bars its points.
const out = new URL("../out/", import.meta.url);
mkdirSync(out, { recursive: true });
const svg = profileChart(unit, { title: "Unit layanan: profil aspek PEKPPP (contoh kerja)" });
writeFileSync(new URL("notebook-pekppp-profile.svg", out), svg);
console.log(`examples/out/notebook-pekppp-profile.svg (${svg.length} bytes)`);
