/**
 * Memory of aggregate() at national scale (issue #11): 10^7 published unit scores averaged in one call under a
 * 1 GiB heap. Run by node with the heap capped, so that running out is a failure and not a slow machine:
 *
 *   node scripts/bench.mjs memory [units] [--array] [--echo]
 *
 * Default: the units come from a generator and the result leaves the per-unit echo out (`{ detail: "none" }`),
 * so nothing grows with the number of units. `--array` materialises the units first (what a caller without
 * iterables had to do); `--echo` keeps one entry per unit in the result (the default form). Prints the peak heap
 * and RSS sampled while the units stream in, the time, and the result.
 */

import { type AggregateUnit, aggregate, withLimits } from "../src/index.js";
import { ombudsman2024v2 } from "../src/schemes/ombudsman/index.js";

const count = Number(process.argv.find((a) => /^\d+(e\d+)?$/.test(a)) ?? 1e7);
const asArray = process.argv.includes("--array");
const echo = process.argv.includes("--echo");

const base = process.memoryUsage();
let peakHeap = base.heapUsed;
let peakRss = base.rss;
const sample = () => {
  const m = process.memoryUsage();
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  if (m.rss > peakRss) peakRss = m.rss;
};

/** A published unit score with 2 decimals, 70.00–100.00, as the Ombudsman lists print it (deterministic). */
function unitText(i: number): string {
  const cents = 7000 + ((i * 7919) % 3001);
  const frac = cents % 100;
  return `${(cents - frac) / 100}.${frac < 10 ? "0" : ""}${frac}`;
}

function* units(): Generator<string> {
  for (let i = 0; i < count; i++) {
    if (i % 1_000_000 === 0) sample();
    yield unitText(i);
  }
}

const t0 = performance.now();
let input: Iterable<string>;
if (asArray) {
  const list = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    list[i] = unitText(i);
    if (i % 1_000_000 === 0) sample();
  }
  input = list;
} else input = units();
const options = echo ? {} : { detail: "none" as const };
// More units than the default limit (docs/limits.md) are allowed for this call.
const result = withLimits({ units: count }, () =>
  aggregate(ombudsman2024v2, input as Iterable<AggregateUnit>, options),
);
sample();
const seconds = (performance.now() - t0) / 1000;
const mb = (b: number) => (b / 2 ** 20).toFixed(0);
console.log(
  `${count.toLocaleString("en-US")} units (${asArray ? "array" : "generator"}, ${echo ? "units echoed" : 'detail "none"'}): ` +
    `value ${result.value} (${result.predicate?.code}), count ${result.count}, units listed ${result.units.length}; ` +
    `${seconds.toFixed(1)} s; peak heap ${mb(peakHeap)} MB (start ${mb(base.heapUsed)} MB, ` +
    `${((peakHeap - base.heapUsed) / count).toFixed(1)} bytes/unit), peak RSS ${mb(peakRss)} MB; node ${process.version}`,
);
