import type { RubricDefinition, Source } from "../src/model/types.js";

const src: Source = { regulation: "benchmark fixture", confirmed: true };
const groups: Array<[string, string, string[]]> = [
  ["k", "24", ["17", "14", "7", "14", "10", "17", "7", "7", "7"]],
  ["s", "25", ["10", "20", "20", "20", "30"]],
  ["p", "18", ["15", "23", "20", "20", "11", "11"]],
  ["i", "11", ["30", "20", "20", "30"]],
  ["c", "10", ["20", "25", "25", "30"]],
  ["v", "12", ["50", "50"]],
];

/** A 30-leaf, two-level rubric with PEKPPP-2022-like weights (benchmark only, not a published rubric). */
export const bench30 = {
  id: "bench@30",
  scheme: "bench",
  version: "30",
  status: "demo",
  title: { id: "Rubrik tolok ukur", en: "Benchmark rubric" },
  legalBasis: [src],
  validFor: { from: 2022, to: null },
  weightTotal: "100",
  scales: { "0-5": { kind: "integer", min: 0, max: 5, source: src } },
  result: { min: "0", max: "5", rounding: { places: 2, mode: "halfUp", source: src } },
  nodes: groups.map(([code, weight, leaves]) => ({
    code,
    label: { id: code },
    weight,
    source: src,
    children: leaves.map((w, i) => ({
      code: `${code}${i + 1}`,
      label: { id: `${code}${i + 1}` },
      weight: w,
      source: src,
      scale: "0-5",
    })),
  })),
  predicates: [
    { code: "A", label: { id: "A" }, min: "4.5", minInclusive: false, max: "5", maxInclusive: true, source: src },
    { code: "B", label: { id: "B" }, min: "2.5", minInclusive: false, max: "4.5", maxInclusive: true, source: src },
    { code: "C", label: { id: "C" }, min: "0", minInclusive: true, max: "2.5", maxInclusive: true, source: src },
  ],
  aggregation: { method: "mean", source: src },
} satisfies RubricDefinition;

/** Deterministic pseudo-random answers (a linear congruential generator; no Math.random). */
export function makeUnits(count: number, codes: string[]): Array<{ answers: Record<string, number> }> {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % 6;
  };
  return Array.from({ length: count }, () => ({ answers: Object.fromEntries(codes.map((c) => [c, next()])) }));
}

/**
 * The plain-number IKM of a survey as regional apps compute it (the baseline, not a substitute): Σ answers per
 * element, NRR = Σ / n, IKM = Σ NRR × 1/9 × 25, `toFixed(2)`. `sums` is scratch of 9 slots.
 */
export function plainIkmText(rows: ReadonlyArray<ReadonlyArray<number>>, sums: number[]): string {
  sums.fill(0);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as ReadonlyArray<number>;
    for (let e = 0; e < 9; e++) sums[e] = (sums[e] as number) + (row[e] as number);
  }
  let ikm = 0;
  for (let e = 0; e < 9; e++) ikm += ((sums[e] as number) / rows.length) * (1 / 9);
  return (ikm * 25).toFixed(2);
}
