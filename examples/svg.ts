/**
 * Charts as SVG files (kinerja/svg): a PEKPPP unit's aspect profile and
 * badge, and Kota Cilegon's Ombudsman compliance over the years with its
 * 2024 badge. Writes examples/out/*.svg (open them in a browser, or
 * `rsvg-convert -o x.png x.svg`). Run: npx tsx examples/svg.ts
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { aggregate, listIndicators, resolveRubric, score } from "../src/index.js";
import { predicateBadge, profileChart, trendChart } from "../src/svg/index.js";

const out = new URL("./out/", import.meta.url);
mkdirSync(out, { recursive: true });
const write = (name: string, svg: string) => {
  writeFileSync(new URL(name, out), svg);
  console.log(`examples/out/${name}  (${svg.length} bytes)`);
};

// %% A PEKPPP unit: the reference note's worked example (answers in official order; 3.6848 → 3.68 → B).
const pekppp = resolveRubric("pekppp", { assessmentYear: 2024 });
const worked = [5, 4, 3, 4, 5, 4, 3, 2, 2, 4, 5, 3, 4, 5, 4, 3, 5, 2, 3, 4, 5, 3, 4, 3, 4, 4, 3, 3, 3, 2];
const answers = Object.fromEntries(listIndicators(pekppp).map((ind, k) => [ind.code, worked[k] as number]));
const unit = score(pekppp, { answers });
console.log(`PEKPPP (${unit.rubric}): ${unit.value} ${unit.predicate?.code} ${unit.predicate?.label.id}`);
write("pekppp-profile.svg", profileChart(unit, { title: "Unit layanan (contoh catatan referensi §1.4)" }));
write("pekppp-badge.svg", predicateBadge(unit));

// %% Kota Cilegon, Ombudsman compliance: 2024 from its seven published unit scores (95.31),
// with the published 2021 (77.66, then on the zone scale: kuning) and 2023 (89.45) figures.
const ombudsman = resolveRubric("ombudsman", { assessmentYear: 2024 });
const cilegon2024 = aggregate(ombudsman, ["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"]);
console.log(
  `Ombudsman (${cilegon2024.rubric}): Kota Cilegon 2024 = ${cilegon2024.value} ${cilegon2024.predicate?.code}`,
);
write("cilegon-ombudsman-badge.svg", predicateBadge(cilegon2024, { title: "Kota Cilegon 2024" }));
write(
  "cilegon-ombudsman-trend.svg",
  trendChart(
    [
      { year: 2021, value: "77.66", note: "zona kuning on the 2021 scale" },
      { year: 2023, value: "89.45" },
      { year: 2024, result: cilegon2024 },
    ],
    { rubric: ombudsman, title: "Kota Cilegon: kepatuhan standar pelayanan publik (Ombudsman RI)" },
  ),
);
