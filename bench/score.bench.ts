/**
 * Scores 20 000 units of a 30-leaf rubric with the engine (full result with
 * breakdown) and with a plain-number loop over the same inputs (no breakdown,
 * float arithmetic: the baseline, not a substitute). Prints µs per unit.
 */

import { scoreExact } from "../src/engine/scoreRubric.js";
import { aggregate, defineRubric, listIndicators, score } from "../src/index.js";
import { bench30, makeUnits } from "./fixture.js";

const UNITS = 20_000;
const rubric = defineRubric(bench30);
const indicators = listIndicators(rubric);
const codes = indicators.map((i) => i.code);
const units = makeUnits(UNITS, codes);
const shares = indicators.map((i) => Number(i.share)); // baseline only

function time(label: string, fn: () => unknown, rounds = 5): number {
  fn(); // warm-up
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  const perUnit = (best * 1000) / UNITS;
  console.log(`${label.padEnd(44)} ${perUnit.toFixed(2).padStart(8)} µs/unit   (${best.toFixed(1)} ms for ${UNITS})`);
  return perUnit;
}

let sink = 0;
const engine = time("engine: score() with breakdown", () => {
  for (const u of units) sink += score(rubric, u).breakdown.length;
});
time("reference path (BigInt sums, decimal.js division)", () => {
  for (const u of units) sink += scoreExact(rubric, { answers: u.answers }).breakdown.length;
});
const baseline = time("baseline: plain-number weighted sum", () => {
  for (const u of units) {
    let s = 0;
    for (let i = 0; i < codes.length; i++) s += (shares[i] as number) * (u.answers[codes[i] as string] as number);
    sink += s;
  }
});
const results = units.map((u) => score(rubric, u));
time("engine: aggregate() of 20 000 results (per unit)", () => aggregate(rubric, results), 3);
console.log(`ratio engine / baseline: ${(engine / baseline).toFixed(0)}×   (goal: engine < 5 µs/unit)`);
if (sink === -1) console.log(sink);
