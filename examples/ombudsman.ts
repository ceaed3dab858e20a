/**
 * Kota Cilegon, Ombudsman RI compliance assessment 2024: the instansi score
 * from its seven published unit scores, with category, zone and the change
 * from 2023. Run: npx tsx examples/ombudsman.ts
 */
import { aggregate, resolveRubric } from "../src/index.js";
import { compareYears, rank } from "../src/schemes/ombudsman/index.js";

// Unit scores as published (Ombudsman Banten hand-over, 21 Jan 2025); the
// press names only Dinkes (96.29), so the others are listed by position.
const units = [
  { unit: "Unit 1", value: "97.55" },
  { unit: "Unit 2", value: "97.02" },
  { unit: "Dinas Kesehatan", value: "96.29" },
  { unit: "Unit 4", value: "95.22" },
  { unit: "Unit 5", value: "93.98" },
  { unit: "Unit 6", value: "93.63" },
  { unit: "Unit 7", value: "93.46" },
];

const ZONA = { hijau: "Zona Hijau", kuning: "Zona Kuning", merah: "Zona Merah" } as const;

const rubric = resolveRubric("ombudsman", { assessmentYear: 2024 });
const cilegon = aggregate(rubric, units);

console.log(`${rubric.title.id} (${rubric.id})`);
console.log("Kota Cilegon, unit scores:");
for (const r of rank(units.map((u) => ({ name: u.unit, value: u.value })))) {
  console.log(`  ${String(r.rank).padStart(2)}. ${r.name.padEnd(16)} ${r.value}`);
}
console.log(`Mean of ${cilegon.count} units: ${cilegon.mean}`);
console.log(`Published value (half-up, 2 decimals): ${cilegon.value}`);
console.log(
  `Category: ${cilegon.predicate?.code} ${cilegon.predicate?.label.id}, ${cilegon.predicate?.zone ? ZONA[cilegon.predicate.zone] : "no zone"}` +
    ` (2024 category table ${cilegon.predicate?.confirmed ? "confirmed" : "UNCONFIRMED"}; instansi value ${cilegon.confirmed ? "confirmed" : "reproduced, its rounding tie rule unconfirmed"})`,
);

const change = compareYears({ assessmentYear: 2023, value: "89.45" }, { assessmentYear: 2024, result: cilegon });
console.log(
  `Change since 2023: ${change.from.value} → ${change.to.value} = ${change.delta}` +
    ` (category ${change.predicate.from} → ${change.predicate.to}, zone ${change.zone.from} → ${change.zone.to})`,
);
