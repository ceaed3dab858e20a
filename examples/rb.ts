/**
 * Reformasi Birokrasi example: a full PMPRB worksheet for the 2018 index (every one of the 146
 * questions answered, and the five Hasil inputs) scored under PermenPAN-RB 30/2018, its
 * breakdown per component and area, its gap to the next predicate, and the questions whose next
 * step up buys the most. Then Kota Cilegon's published 2018 index and Kota Surabaya's 2024 index
 * from its published points.
 * Run: npx tsx examples/rb.ts
 */
import { type AnswerValue, classify, listIndicators, resolveRubric, score } from "../src/index.js";
import { RUBRICS, rb2023 } from "../src/schemes/rb/index.js";

/** "a/b" (an exact value) shown at 2 decimals, half-up; no floating point. */
function show(fraction: string, places = 2): string {
  const [n = "0", d = "1"] = fraction.split("/");
  let num = BigInt(n);
  const den = BigInt(d);
  const negative = num < 0n;
  if (negative) num = -num;
  const scale = 10n ** BigInt(places);
  const q = (num * scale * 2n + den) / (den * 2n);
  const s = q.toString().padStart(places + 1, "0");
  return `${negative ? "-" : ""}${s.slice(0, -places)}.${s.slice(-places)}`;
}
/** A plain decimal string as a fraction "a/b". */
function fractionOf(text: string): string {
  const [i = "0", f = ""] = text.split(".");
  return `${i}${f}/${10n ** BigInt(f.length)}`;
}
/** Compares two fractions "a/b" exactly. */
const compare = (a: string, b: string): number => {
  const d = minus(a, b).split("/")[0] ?? "0";
  return d.startsWith("-") ? -1 : d === "0" ? 0 : 1;
};
const minus = (a: string, b: string): string => {
  const [an = "0", ad = "1"] = a.split("/");
  const [bn = "0", bd = "1"] = b.split("/");
  return `${BigInt(an) * BigInt(bd) - BigInt(bn) * BigInt(ad)}/${BigInt(ad) * BigInt(bd)}`;
};

// 1. The rubric for the 2018 index (evaluation year 2018, published in 2019).
const rubric = resolveRubric("rb", { assessmentYear: 2018, rubrics: RUBRICS });
const indicators = listIndicators(rubric);
console.log(`${rubric.id}: ${rubric.title.id}`);
console.log(
  `${indicators.length} indicators: ${indicators.filter((i) => i.path[0] === "P").length} PMPRB questions + ${indicators.filter((i) => i.path[0] === "H").length} Hasil inputs`,
);

// 2. The worksheet: every document in place (Ya), every practice partly in place (B), with three
//    exceptions; Hasil: SAKIP 62.5, internal survey 3.5 of 5, surveys 3.2 and 3.1 of 4, WTP.
const exceptions: Record<string, AnswerValue> = { "P.1.3.g": "A", "P.5.4.b": "C", "P.7.6.e": "C" };
const hasil: Record<string, AnswerValue> = {
  "H.1.1": "62.5",
  "H.1.2": "3.5",
  "H.2.1": "3.2",
  "H.2.2": "WTP",
  "H.3.1": "3.1",
};
const answers: Record<string, AnswerValue> = {};
for (const i of indicators) {
  if (i.path[0] !== "P") continue;
  const yesNo = i.scale.kind === "options" && i.scale.options.some((o) => o.code === "Ya");
  answers[i.code] = exceptions[i.code] ?? (yesNo ? "Ya" : "B");
}
Object.assign(answers, hasil);

const r = score(rubric, { answers }, { detail: "full" });
console.log(
  `\nIndeks RB ${r.value} (exact ${r.exactFraction} = ${r.exact.slice(0, 12)}…): ${r.predicate?.code} ${r.predicate?.label.id}`,
);
for (const b of r.breakdown.filter((x) => x.depth <= 1)) {
  console.log(
    `${"  ".repeat(b.depth + 1)}${b.label?.id.padEnd(48 - 2 * b.depth)} ${show(fractionOf(b.weighted)).padStart(6)} of ${b.weight.padStart(2)}`,
  );
}
if (r.gap)
  console.log(`Gap to ${r.gap.next.code} ${r.gap.next.label.id} (from ${r.gap.target}): ${r.gap.points} points`);
console.log(
  `All figures confirmed: ${r.confirmed} (questions, Hasil conversions, bands and rounding are unconfirmed for 30/2018)`,
);

// 3. Which single answer, moved one step up its scale, buys the most index points?
const gains: Array<{ code: string; from: AnswerValue; to: AnswerValue; gain: string }> = [];
for (const i of indicators) {
  if (i.scale.kind !== "options") continue;
  const options = i.scale.options;
  const at = options.findIndex((o) => o.code === answers[i.code]);
  if (at <= 0) continue; // already the best option (options are listed best first)
  const to = (options[at - 1] as { code: string }).code;
  const next = score(rubric, { answers: { ...answers, [i.code]: to } });
  gains.push({
    code: i.code,
    from: answers[i.code] as AnswerValue,
    to,
    gain: minus(next.exactFraction, r.exactFraction),
  });
}
gains.sort((a, b) => compare(b.gain, a.gain));
console.log("\nOne step up that buys the most:");
for (const g of gains.slice(0, 5)) {
  const label = indicators.find((i) => i.code === g.code)?.label.id ?? "";
  console.log(`  ${g.code.padEnd(9)} ${g.from}→${g.to}  +${show(g.gain, 4)}  ${label}`);
}

// 4. Published results: Kota Cilegon 2018 (60.27) and Kota Surabaya 2024 (86.39 + 14.28).
const cilegon = classify(rubric, "60.27");
console.log(`\nKota Cilegon 2018: 60.27 → ${cilegon?.code} ${cilegon?.label.id}`);
const surabaya = score(rb2023, { points: { G: "86.39", T: "14.28" } });
console.log(
  `Kota Surabaya 2024 (${rb2023.id}): RB General 86.39 + RB Tematik 14.28 = ${surabaya.value} → ${surabaya.predicate?.code} ${surabaya.predicate?.label.id}`,
);
