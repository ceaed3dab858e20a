/**
 * SAKIP example: an Inspektorat worksheet under PermenPAN-RB 88/2021 scored, its gap to A, and
 * what to improve first (the components with the most points missing, then the sub-component
 * grade steps that buy the most). Then the same from an LHE's published component points, and
 * a minimum-requirements ceiling.
 * Run: npx tsx examples/sakip.ts
 */
import { listIndicators, score } from "../src/index.js";
import { sakip2021 } from "../src/schemes/sakip/index.js";

/** Exact arithmetic on values with at most 2 decimals (every 88/2021 point value has), in hundredths. */
const cents = (text: string): bigint => {
  const [whole = "0", frac = ""] = text.split(".");
  if (frac.length > 2) throw new Error(`${text} has more than 2 decimals`);
  const sign = whole.startsWith("-") ? -1n : 1n;
  return sign * (BigInt(whole.replace("-", "")) * 100n + BigInt(frac.padEnd(2, "0")));
};
const show = (c: bigint): string => {
  const a = c < 0n ? -c : c;
  return `${c < 0n ? "-" : ""}${a / 100n}.${(a % 100n).toString().padStart(2, "0")}`;
};

// 1. The worksheet: one grade AA–E per sub-component (the default grading level).
const answers = {
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
} as const;
const r = score(sakip2021, { answers }, { detail: "full" });
console.log(`${sakip2021.id}: ${sakip2021.title.id}`);
console.log(`Nilai AKIP ${r.value} (exact ${r.exact}): ${r.predicate?.code} ${r.predicate?.label.id}`);
for (const b of r.breakdown)
  console.log(
    `${"  ".repeat(b.depth + 1)}${b.label?.id.padEnd(44 - 2 * b.depth)} ${b.depth === 0 ? "   " : (answers[b.code as keyof typeof answers] ?? "").padEnd(3)} ${show(cents(b.weighted)).padStart(6)} / ${b.share}`,
  );
if (r.gap) console.log(`Gap to ${r.gap.next.code} (${r.gap.target}): ${r.gap.points} points`);
console.log(`All figures confirmed: ${r.confirmed} (the rounding rule is unconfirmed)`);

// 2. The gap to A: A starts just above 80 ("> 80 – 90"); published at 2 decimals, 80.01 reaches it.
const bandA = sakip2021.predicates?.find((b) => b.code === "A");
if (bandA) {
  const target = cents(bandA.min) + (bandA.minInclusive ? 0n : 1n);
  const missing = target - cents(r.value);
  console.log(`\nGap to A (${show(target)}): ${missing > 0n ? show(missing) : "0.00"} points`);
}

// 3. What to improve first: the components with the most points missing (full marks − points).
const components = r.breakdown
  .filter((b) => b.depth === 0)
  .map((b) => ({ label: b.label?.id, missing: cents(b.share) - cents(b.weighted) }))
  .sort((x, y) => (y.missing > x.missing ? 1 : y.missing < x.missing ? -1 : 0));
console.log("Points missing per component:");
for (const c of components) console.log(`  ${(c.label ?? "").padEnd(44)} ${show(c.missing).padStart(6)}`);

// …and the single grade steps that buy the most (one step up the AA–E scale for one sub-component).
const scale = sakip2021.scales.nilai;
const options = scale?.kind === "options" ? [...scale.options].reverse() : []; // E … AA
const steps = listIndicators(sakip2021)
  .map((i) => {
    const now = answers[i.code as keyof typeof answers];
    const k = options.findIndex((o) => o.code === now);
    const next = options[k + 1];
    if (!next) return null;
    const better = score(sakip2021, { answers: { ...answers, [i.code]: next.code } });
    return { code: i.code, from: now, to: next.code, gain: cents(better.value) - cents(r.value) };
  })
  .filter((s) => s !== null)
  .sort((x, y) => (y.gain > x.gain ? 1 : y.gain < x.gain ? -1 : 0))
  .slice(0, 5);
console.log("Best single steps:");
for (const s of steps) console.log(`  ${s.code.padEnd(26)} ${s.from}→${s.to}  +${show(s.gain)}`);

// 4. From an LHE's published component points (not grades).
const lhe = score(
  sakip2021,
  { points: { perencanaan: "22.98", pengukuran: "17.91", pelaporan: "11.55", evaluasi: "16.75" } },
  { detail: "full" },
);
console.log(`\nFrom published points: ${lhe.value} ${lhe.predicate?.code} (basis ${lhe.basis})`);
for (const b of lhe.breakdown.filter((e) => e.depth === 0))
  console.log(
    `  ${b.label?.id.padEnd(44)} ${show(cents(b.weighted)).padStart(6)} of ${b.share}, missing ${show(cents(b.share) - cents(b.weighted))}`,
  );

// 5. A score in A whose minimum requirements for BB are not met: capped, with the reason.
const strong = { ...answers, ...Object.fromEntries(Object.keys(answers).map((k) => [k, "A"])) };
const capped = score(sakip2021, { answers: strong, unmetRequirements: ["syarat-minimum-bb"] });
console.log(
  `\n${capped.value}: score band ${capped.requirements?.scoreBand?.code}, predicate ${capped.predicate?.code} (capped: ${capped.requirements?.capped})`,
);
for (const reason of capped.requirements?.reasons ?? []) console.log(`  ${reason}`);
