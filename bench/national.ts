/**
 * The national benchmark (issue #11): a seeded synthetic dataset of 548 pemda, scored with kinerja and, in the
 * same run, with a plain-`number` implementation of the same formulas (floats, published with `toFixed(2)` as
 * regional apps do). Per scheme: items/s, the kinerja/plain ratio (best of N rounds), the peak heap while
 * kinerja runs, and how many plain-number results differ from the exact ones at the published 2 decimals and
 * in their predicate.
 *
 *   node scripts/bench.mjs national [--rounds=5] [--pemda=548] [--only=pekppp,skm] [--json=out.json]
 *
 * Per pemda: 7 Ombudsman unit scores (ombudsman@2024.2: mean, rounded, classified); 10 PEKPPP units × 30
 * answers (pekppp@2022.2: score, instansi aggregate); one SKM survey of 400 respondents per PEKPPP unit
 * (skm@2017.2 via skmFromRespondents); 40 OPD SAKIP worksheets (sakip@2021.1, 12 graded sub-components); one
 * RB worksheet (rb@2018.1, 146 questions and 5 Hasil inputs); 40 OPDs × 20 indicators × 4 quarters of capaian
 * (opdQuarter, kriteriaCapaian, rankOpds). No Math.random: one xorshift generator, seeded.
 */

import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  kriteriaCapaian,
  type OpdQuarterInput,
  type OpdQuarterResult,
  opdQuarter,
  rankOpds,
} from "../src/capaian/index.js";
import { aggregate, listIndicators, type RubricDefinition, type ScoreResult, score } from "../src/index.js";
import { ombudsman2024v2 } from "../src/schemes/ombudsman/index.js";
import { pekppp2022v2 } from "../src/schemes/pekppp/index.js";
import { rb2018 } from "../src/schemes/rb/index.js";
import { sakip2021 } from "../src/schemes/sakip/index.js";
import { skm2017v2, skmFromRespondents } from "../src/schemes/skm/index.js";
import { plainIkmText } from "./fixture.js";
import { TARGETS_JSON, type TargetRow } from "./targets.js";

// ───────────────────────────────────────────── options ─────────────────────────────────────────────
const arg = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const ROUNDS = Number(arg("rounds", "5"));
const PEMDA = Number(arg("pemda", "548"));
const ONLY = arg("only", "ombudsman,pekppp,skm,sakip,rb,capaian,targets").split(",");
const JSON_OUT = arg("json", "");
/** Rounds per per-call target (best of): short rounds, so that one of them falls in a quiet moment of the machine. */
const TARGET_ROUNDS = Number(arg("target-rounds", "15"));

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

// ───────────────────────────────────────────── generator ─────────────────────────────────────────────
/** xorshift32, seeded: the same dataset on every run and machine. */
function generator(seed: number) {
  let s = seed >>> 0 || 1;
  const next = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
  /** A whole number in [lo, hi]. */
  const int = (lo: number, hi: number): number => lo + (next() % (hi - lo + 1));
  return { next, int };
}
const rng = generator(20_240_611);
/** A decimal with two places in [lo, hi], as a number (what a JSON export holds). */
const cents = (lo: number, hi: number): number => rng.int(lo * 100, hi * 100) / 100;

// ───────────────────────────────────────────── plain numbers ─────────────────────────────────────────────
/** The bands of a rubric as numbers; a plain app compares its toFixed(2) text, read back as a number. */
function plainBands(rubric: RubricDefinition) {
  return (rubric.predicates ?? []).map((b) => ({
    code: b.code,
    min: Number(b.min),
    max: Number(b.max),
    minIn: b.minInclusive,
    maxIn: b.maxInclusive,
  }));
}
function plainBand(bands: ReturnType<typeof plainBands>, shown: string): string {
  const v = Number(shown);
  for (const b of bands) if ((b.minIn ? v >= b.min : v > b.min) && (b.maxIn ? v <= b.max : v < b.max)) return b.code;
  return "?";
}
/** Per leaf, its points per unit of answer value as a float, and each option's value as a float ("2/3" → 0.666…). */
function plainLeaves(rubric: RubricDefinition) {
  return listIndicators(rubric).map((ind) => {
    const s = ind.scale;
    const options = new Map<string, number>();
    if (s.kind === "options")
      for (const o of s.options) {
        const [n, d] = o.value.split("/");
        options.set(o.code, d === undefined ? Number(n) : Number(n) / Number(d));
      }
    const span = s.normalize ? Number(s.normalize.max) - Number(s.normalize.min) : 1;
    return { code: ind.code, share: Number(ind.share), options, span };
  });
}

interface Tally {
  results: number;
  differ: number;
  predicates: number;
  examples: string[];
}
const tally = (): Tally => ({ results: 0, differ: 0, predicates: 0, examples: [] });
function compare(t: Tally, what: string, exact: string, plain: string, exactBand?: string | null, plainBand?: string) {
  t.results++;
  if (exact !== plain) {
    t.differ++;
    const bandDiffers = exactBand !== undefined && exactBand !== plainBand;
    if (bandDiffers) t.predicates++;
    if (t.examples.length < 3 || (bandDiffers && t.examples.length < 6))
      t.examples.push(
        `${what}: exact ${exact}${exactBand ? ` ${exactBand}` : ""}, floats ${plain}${plainBand && exactBand ? ` ${plainBand}` : ""}`,
      );
  }
}

// ───────────────────────────────────────────── timing ─────────────────────────────────────────────
interface Measured {
  bestMs: number;
  peakHeapMB: number;
  peakRssMB: number;
}
/**
 * Best of ROUNDS, after `warm` untimed passes (a pass of a few hundred calls would otherwise time the JIT
 * compiling it); the heap is sampled by the pass itself (`sample()`), relative to the heap after a full GC.
 *
 * Each scheme calls `measure` twice, kinerja first, then the plain code. The first call runs one round (which
 * fills the outputs the scheme compares) and waits; the second runs its first round, then the remaining rounds of
 * both in turn (kinerja, plain, kinerja, plain, …). On a shared machine whose speed drifts over seconds, both
 * sides of a ratio then see the same conditions.
 */
function measure(pass: (sample: () => void) => void, warm = 0, rounds = ROUNDS): Measured {
  for (let w = 0; w < warm; w++) pass(() => {});
  const m: Measured = { bestMs: Number.POSITIVE_INFINITY, peakHeapMB: 0, peakRssMB: 0 };
  timeRound(pass, m);
  const first = waiting;
  if (first === null) {
    waiting = { pass, m };
    return m;
  }
  waiting = null;
  for (let r = 1; r < rounds; r++) {
    timeRound(first.pass, first.m);
    timeRound(pass, m);
  }
  return m;
}
/** The kinerja side of the pair being measured, waiting for its plain side. */
let waiting: { pass: (sample: () => void) => void; m: Measured } | null = null;

/** One timed round of a pass; the best time and the peak heap go into `m`. */
function timeRound(pass: (sample: () => void) => void, m: Measured): void {
  gc();
  const base = process.memoryUsage();
  let heap = 0;
  let rss = 0;
  // Sampling the heap takes time of its own (process.memoryUsage() walks the heap spaces): not counted.
  let sampling = 0;
  const sample = () => {
    const s0 = performance.now();
    const u = process.memoryUsage();
    if (u.heapUsed - base.heapUsed > heap) heap = u.heapUsed - base.heapUsed;
    if (u.rss > rss) rss = u.rss;
    sampling += performance.now() - s0;
  };
  const t0 = performance.now();
  pass(sample);
  const ms = performance.now() - t0 - sampling;
  sample();
  if (ms < m.bestMs) m.bestMs = ms;
  m.peakHeapMB = Math.max(m.peakHeapMB, heap / 2 ** 20);
  m.peakRssMB = Math.max(m.peakRssMB, rss / 2 ** 20);
}

interface Row {
  scheme: string;
  items: number;
  unit: string;
  kinerja: Measured;
  plain: Measured;
  tally: Tally;
}
const rows: Row[] = [];
const _sink = 0;
const report = (scheme: string, items: number, unit: string, kinerja: Measured, plain: Measured, t: Tally) => {
  if (waiting !== null) throw new Error(`${scheme}: a kinerja pass was measured without its plain pass`);
  rows.push({ scheme, items, unit, kinerja, plain, tally: t });
  const rate = (m: Measured) => Math.round((items * 1000) / m.bestMs).toLocaleString("en-US");
  console.log(
    `${scheme.padEnd(10)} ${items.toLocaleString("en-US").padStart(10)} ${unit.padEnd(22)} kinerja ${kinerja.bestMs.toFixed(0).padStart(6)} ms (${rate(kinerja)}/s)  plain ${plain.bestMs.toFixed(0).padStart(5)} ms (${rate(plain)}/s)  ${(kinerja.bestMs / plain.bestMs).toFixed(1)}×  heap ${kinerja.peakHeapMB.toFixed(0)} MB  differ ${t.differ}/${t.results} (predicate ${t.predicates})`,
  );
};

// ───────────────────────────────────────────── Ombudsman ─────────────────────────────────────────────
function ombudsman() {
  // Published unit scores as the Ombudsman lists print them: 2-decimal texts.
  const data = Array.from({ length: PEMDA }, () => Array.from({ length: 7 }, () => cents(70, 100).toFixed(2)));
  const bands = plainBands(ombudsman2024v2);
  const t = tally();
  const exact: string[] = [];
  const lib = measure((sample) => {
    for (let p = 0; p < data.length; p++) {
      const a = aggregate(ombudsman2024v2, data[p] as string[]);
      exact[p] = `${a.value} ${a.predicate?.code}`;
      if ((p & 63) === 0) sample();
    }
  }, 30);
  const plainOut: string[] = [];
  const plain = measure(() => {
    for (let p = 0; p < data.length; p++) {
      const units = data[p] as string[];
      let s = 0;
      for (let i = 0; i < units.length; i++) s += Number(units[i]);
      const shown = (s / units.length).toFixed(2);
      plainOut[p] = `${shown} ${plainBand(bands, shown)}`;
    }
  }, 30);
  for (let p = 0; p < data.length; p++) {
    const [ev, eb] = (exact[p] as string).split(" ") as [string, string];
    const [pv, pb] = (plainOut[p] as string).split(" ") as [string, string];
    compare(t, `pemda ${p}`, ev, pv, eb, pb);
  }
  report("Ombudsman", data.length, "instansi (7 units each)", lib, plain, t);
}

// ───────────────────────────────────────────── PEKPPP ─────────────────────────────────────────────
function pekppp() {
  const leaves = plainLeaves(pekppp2022v2);
  const codes = leaves.map((l) => l.code);
  const data = Array.from({ length: PEMDA }, () =>
    Array.from({ length: 10 }, () => {
      const level = rng.int(1, 5);
      const answers: Record<string, number> = {};
      for (const c of codes) answers[c] = Math.max(0, Math.min(5, level + rng.int(0, 2) - 1));
      return { answers };
    }),
  );
  const bands = plainBands(pekppp2022v2);
  const t = tally();
  const unitsOut: string[] = [];
  const instOut: string[] = [];
  const lib = measure((sample) => {
    let k = 0;
    for (let p = 0; p < data.length; p++) {
      const results: ScoreResult[] = [];
      for (const unit of data[p] as Array<{ answers: Record<string, number> }>) {
        const r = score(pekppp2022v2, unit);
        results.push(r);
        unitsOut[k++] = `${r.value} ${r.predicate?.code}`;
      }
      const a = aggregate(pekppp2022v2, results);
      instOut[p] = `${a.value} ${a.predicate?.code}`;
      if ((p & 63) === 0) sample();
    }
  }, 3);
  const plainUnits: string[] = [];
  const plainInst: string[] = [];
  const plain = measure(() => {
    let k = 0;
    for (let p = 0; p < data.length; p++) {
      let sum = 0;
      const units = data[p] as Array<{ answers: Record<string, number> }>;
      for (const unit of units) {
        let v = 0;
        for (let i = 0; i < leaves.length; i++) {
          const l = leaves[i] as (typeof leaves)[number];
          v += l.share * (unit.answers[l.code] as number);
        }
        sum += v;
        const shown = v.toFixed(2);
        plainUnits[k++] = `${shown} ${plainBand(bands, shown)}`;
      }
      const shown = (sum / units.length).toFixed(2);
      plainInst[p] = `${shown} ${plainBand(bands, shown)}`;
    }
  }, 3);
  const pairs: Array<[string, string, string]> = [
    ...unitsOut.map((e, i): [string, string, string] => [`unit ${i}`, e, plainUnits[i] as string]),
    ...instOut.map((e, i): [string, string, string] => [`instansi ${i}`, e, plainInst[i] as string]),
  ];
  for (const [what, e, pl] of pairs) {
    const [ev, eb] = e.split(" ") as [string, string];
    const [pv, pb] = pl.split(" ") as [string, string];
    compare(t, what, ev, pv, eb, pb);
  }
  report("PEKPPP", unitsOut.length, "units (+ instansi means)", lib, plain, t);
}

// ───────────────────────────────────────────── SKM ─────────────────────────────────────────────
function skm() {
  const RESPONDENTS = 400;
  const surveys = PEMDA * 10;
  // One survey = 400 rows of 9 answers (1–4), skewed per survey so indices spread over the bands.
  const data: number[][][] = new Array(surveys);
  for (let s = 0; s < surveys; s++) {
    const lean = rng.int(0, 3);
    const rows: number[][] = new Array(RESPONDENTS);
    for (let r = 0; r < RESPONDENTS; r++) {
      const row = new Array<number>(9);
      for (let e = 0; e < 9; e++) row[e] = Math.min(4, rng.int(1, 2) + rng.int(0, lean));
      rows[r] = row;
    }
    data[s] = rows;
  }
  const bands = plainBands(skm2017v2);
  const t = tally();
  const exact: string[] = [];
  const lib = measure((sample) => {
    for (let s = 0; s < surveys; s++) {
      const r = skmFromRespondents(data[s] as number[][], { rubric: skm2017v2 });
      exact[s] = `${r.value} ${r.predicate?.code}`;
      if ((s & 255) === 0) sample();
    }
  });
  const plainOut: string[] = [];
  const sums = new Array<number>(9);
  const plain = measure(() => {
    for (let s = 0; s < surveys; s++) {
      const shown = plainIkmText(data[s] as number[][], sums);
      plainOut[s] = `${shown} ${plainBand(bands, shown)}`;
    }
  });
  for (let s = 0; s < surveys; s++) {
    const [ev, eb] = (exact[s] as string).split(" ") as [string, string];
    const [pv, pb] = (plainOut[s] as string).split(" ") as [string, string];
    compare(t, `survey ${s}`, ev, pv, eb, pb);
  }
  report("SKM", surveys * RESPONDENTS, `respondents (${surveys} surveys)`, lib, plain, t);
}

// ───────────────────────────────────────────── SAKIP and RB (tree rubrics, option answers) ─────────────────────
function treeScheme(name: string, rubric: RubricDefinition, perPemda: number, unit: string, warm: number) {
  const leaves = plainLeaves(rubric);
  const indicators = listIndicators(rubric);
  const data = Array.from({ length: PEMDA * perPemda }, () => {
    const level = rng.int(0, 3);
    const answers: Record<string, string | number> = {};
    for (const ind of indicators) {
      const s = ind.scale;
      if (s.kind === "options") {
        const n = s.options.length;
        // Lean towards the better options for a better-run instansi.
        answers[ind.code] = (
          s.options[Math.min(n - 1, rng.int(0, n - 1 - Math.min(level, n - 1)))] as { code: string }
        ).code;
      } else if (s.kind === "decimal") answers[ind.code] = cents(Number(s.min), Number(s.max));
      else if (s.kind === "integer") answers[ind.code] = rng.int(s.min, s.max);
    }
    return { answers };
  });
  const bands = plainBands(rubric);
  const t = tally();
  const exact: string[] = [];
  const lib = measure((sample) => {
    for (let i = 0; i < data.length; i++) {
      const r = score(rubric, data[i] as { answers: Record<string, string> });
      exact[i] = `${r.value} ${r.predicate?.code}`;
      if ((i & 255) === 0) sample();
    }
  }, warm);
  const plainOut: string[] = [];
  const plain = measure(() => {
    for (let i = 0; i < data.length; i++) {
      const answers = (data[i] as { answers: Record<string, string | number> }).answers;
      let v = 0;
      for (let k = 0; k < leaves.length; k++) {
        const l = leaves[k] as (typeof leaves)[number];
        const a = answers[l.code] as string | number;
        v += l.share * (typeof a === "number" ? a / l.span : (l.options.get(a) as number));
      }
      const shown = v.toFixed(2);
      plainOut[i] = `${shown} ${plainBand(bands, shown)}`;
    }
  }, warm);
  for (let i = 0; i < data.length; i++) {
    const [ev, eb] = (exact[i] as string).split(" ") as [string, string];
    const [pv, pb] = (plainOut[i] as string).split(" ") as [string, string];
    compare(t, `${unit} ${i}`, ev, pv, eb, pb);
  }
  report(name, data.length, unit, lib, plain, t);
}

// ───────────────────────────────────────────── capaian ─────────────────────────────────────────────
function capaianScheme() {
  const OPDS = 40;
  const INDICATORS = 20;
  const LINES = 5;
  interface Plan {
    target: number;
    lower: boolean;
  }
  // Per pemda and quarter, 40 OPD reports (cumulative figures), generated once.
  const data: OpdQuarterInput[][][] = [];
  for (let p = 0; p < PEMDA; p++) {
    const quarters: OpdQuarterInput[][] = [];
    const plans: Plan[][] = Array.from({ length: OPDS }, () =>
      Array.from({ length: INDICATORS }, () => ({
        target: rng.int(1, 400) / (rng.int(0, 1) ? 1 : 4),
        lower: rng.int(0, 4) === 0,
      })),
    );
    const pagu = Array.from({ length: OPDS }, () => Array.from({ length: LINES }, () => rng.int(50, 5000) * 1_000_000));
    for (let q = 1; q <= 4; q++) {
      quarters.push(
        Array.from({ length: OPDS }, (_, o) => ({
          opd: `1.${String(o + 1).padStart(2, "0")}`,
          period: { kind: "triwulan" as const, year: 2024, triwulan: q as 1 | 2 | 3 | 4 },
          subKegiatan: (pagu[o] as number[]).map((pg, l) => ({
            id: `SK${l + 1}`,
            pagu: pg,
            realisasi: Math.floor((pg * Math.min(100, q * 25 - rng.int(0, 20))) / 100),
            fisik: cents(Math.max(0, q * 25 - 25), q * 25),
          })),
          indicators: (plans[o] as Plan[]).map((plan, k) => ({
            code: `IK${k + 1}`,
            target: plan.target,
            realisasi: Math.round(plan.target * rng.int(50, 130)) / 100,
            polarity: plan.lower ? ("lowerIsBetter" as const) : ("higherIsBetter" as const),
          })),
        })),
      );
    }
    data.push(quarters);
  }
  const crit = (v: number) =>
    v >= 91 ? "sangatTinggi" : v >= 76 ? "tinggi" : v >= 66 ? "sedang" : v >= 51 ? "rendah" : "sangatRendah";
  const t = tally();
  const tInd = tally();
  const exact: string[] = [];
  const exactInd: string[] = [];
  const exactRank: string[] = [];
  const exactChange: string[] = [];
  const lib = measure((sample) => {
    let k = 0;
    let ki = 0;
    let kr = 0;
    for (let p = 0; p < data.length; p++) {
      let previous: OpdQuarterResult[] | undefined;
      for (const quarter of data[p] as OpdQuarterInput[][]) {
        const results = quarter.map((opd) => opdQuarter(opd));
        for (const r of results) {
          const kr2 = kriteriaCapaian(r.capaian.value ?? "0");
          exact[k++] = `${r.capaian.value} ${kr2.code} ${r.budget.value} ${r.physical.value}`;
          for (const ind of r.capaian.indicators) exactInd[ki++] = ind.value as string;
        }
        const ranking = rankOpds(results, { by: "capaian", bottom: 3, ...(previous ? { previous } : {}) });
        exactRank[kr] = ranking.entries.map((e) => `${e.opd}:${e.rank}`).join(",");
        exactChange[kr++] = ranking.entries
          .map((e) => `${e.change?.rankDelta ?? ""}:${e.change?.delta?.value ?? ""}`)
          .join(",");
        previous = results;
      }
      if ((p & 15) === 0) sample();
    }
  });
  const plainOut: string[] = [];
  const plainInd: string[] = [];
  const plainRank: string[] = [];
  const plainChange: string[] = [];
  const plain = measure(() => {
    let k = 0;
    let ki = 0;
    let kr = 0;
    for (let p = 0; p < data.length; p++) {
      let before: Map<string, { v: number; rank: number }> | null = null;
      for (const quarter of data[p] as OpdQuarterInput[][]) {
        const means: Array<{ opd: string; v: number }> = [];
        for (const opd of quarter) {
          let pagu = 0;
          let real = 0;
          let fis = 0;
          for (const l of opd.subKegiatan ?? []) {
            pagu += l.pagu as number;
            real += l.realisasi as number;
            fis += (l.pagu as number) * (l.fisik as number);
          }
          let sum = 0;
          const inds = opd.indicators ?? [];
          for (const ind of inds) {
            const T = ind.target as number;
            const R = ind.realisasi as number;
            const c = ind.polarity === "lowerIsBetter" ? ((2 * T - R) / T) * 100 : (R / T) * 100;
            plainInd[ki++] = c.toFixed(2);
            sum += c;
          }
          const mean = sum / inds.length;
          const shown = mean.toFixed(2);
          plainOut[k++] =
            `${shown} ${crit(Number(shown))} ${((real / pagu) * 100).toFixed(2)} ${(fis / pagu).toFixed(2)}`;
          means.push({ opd: opd.opd, v: mean });
        }
        means.sort((a, b) => b.v - a.v || (a.opd < b.opd ? -1 : 1));
        let rank = 0;
        const now = new Map<string, { v: number; rank: number }>();
        plainRank[kr] = means
          .map((m, i) => {
            if (i === 0 || m.v !== (means[i - 1] as { v: number }).v) rank = i + 1;
            now.set(m.opd, { v: m.v, rank });
            return `${m.opd}:${rank}`;
          })
          .join(",");
        // The change since the previous quarter: rank and value, as kinerja's ranking gives them.
        const prev = before;
        plainChange[kr++] = means
          .map((m) => {
            const was = prev?.get(m.opd);
            if (!was) return ":";
            const d = m.v - was.v;
            const text = d.toFixed(2);
            const shown = text === "-0.00" ? "0.00" : d > 0 && text !== "0.00" ? `+${text}` : text;
            return `${was.rank - (now.get(m.opd) as { rank: number }).rank}:${shown}`;
          })
          .join(",");
        before = now;
      }
    }
  });
  const tm = tally();
  for (let i = 0; i < exact.length; i++) {
    const [ev, eb, ebud, ephy] = (exact[i] as string).split(" ");
    const [pv, pb, pbud, pphy] = (plainOut[i] as string).split(" ");
    compare(t, `opd-quarter ${i} capaian`, ev as string, pv as string, eb, pb);
    compare(tm, `opd-quarter ${i} budget`, ebud as string, pbud as string);
    compare(tm, `opd-quarter ${i} physical`, ephy as string, pphy as string);
  }
  for (let i = 0; i < exactInd.length; i++)
    compare(tInd, `indicator ${i}`, exactInd[i] as string, plainInd[i] as string);
  let rankDiffer = 0;
  for (let i = 0; i < exactRank.length; i++) if (exactRank[i] !== plainRank[i]) rankDiffer++;
  // Changes since the previous quarter (rank delta and value delta per OPD) that differ.
  let changeDiffer = 0;
  let changes = 0;
  for (let i = 0; i < exactChange.length; i++) {
    const e = (exactChange[i] as string).split(",");
    const q = (plainChange[i] as string).split(",");
    for (let j = 0; j < e.length; j++) {
      if (e[j] === ":") continue;
      changes++;
      if (e[j] !== q[j]) changeDiffer++;
    }
  }
  const all: Tally = {
    results: t.results + tInd.results + tm.results,
    differ: t.differ + tInd.differ + tm.differ,
    predicates: t.predicates,
    examples: [...t.examples, ...tInd.examples.slice(0, 2), ...tm.examples.slice(0, 2)],
  };
  console.log(
    `           capaian detail: OPD means ${t.differ}/${t.results} (kriteria ${t.predicates}), indicators ${tInd.differ}/${tInd.results}, budget+physical ${tm.differ}/${tm.results}, rankings ${rankDiffer}/${exactRank.length}, changes since the previous quarter ${changeDiffer}/${changes} differ`,
  );
  report("capaian", PEMDA * OPDS * INDICATORS * 4, "indicator-quarters", lib, plain, all);
  (rows[rows.length - 1] as Row & { rankings?: string }).rankings = `${rankDiffer}/${exactRank.length}`;
}

// ───────────────────────────────────────────── run ─────────────────────────────────────────────
const started = performance.now();
console.log(`national benchmark: ${PEMDA} pemda, best of ${ROUNDS} rounds, node ${process.version}`);
if (ONLY.includes("ombudsman")) ombudsman();
if (ONLY.includes("pekppp")) pekppp();
if (ONLY.includes("skm")) skm();
if (ONLY.includes("sakip")) treeScheme("SAKIP", sakip2021, 40, "OPD worksheets", 1);
if (ONLY.includes("rb")) treeScheme("RB", rb2018, 1, "worksheets", 4);
if (ONLY.includes("capaian")) capaianScheme();

const kinerjaMs = rows.reduce((s, r) => s + r.kinerja.bestMs, 0);
const plainMs = rows.reduce((s, r) => s + r.plain.bestMs, 0);
const results = rows.reduce((s, r) => s + r.tally.results, 0);
const differ = rows.reduce((s, r) => s + r.tally.differ, 0);
const predicates = rows.reduce((s, r) => s + r.tally.predicates, 0);
console.log(
  `whole dataset: kinerja ${(kinerjaMs / 1000).toFixed(2)} s, plain ${(plainMs / 1000).toFixed(2)} s: ${(kinerjaMs / plainMs).toFixed(1)}×; ${differ} of ${results} plain-number results differ at 2 decimals, ${predicates} with another predicate`,
);
for (const r of rows) for (const e of r.tally.examples) console.log(`  ${r.scheme}: ${e}`);
const targets: TargetRow[] = [];
if (ONLY.includes("targets")) {
  // In a process of their own: a per-call figure measured after millions of calls of every form (dictionary-mode
  // answers, other rubrics) times code the JIT has made general, and a heap the national data has grown.
  console.log(`targets (µs per call, best of ${TARGET_ROUNDS} rounds; each PEKPPP input form in a fresh process):`);
  // The sibling of this file, as it runs: bench/targets.ts under tsx, targets.mjs beside the bundle (scripts/bench.mjs).
  const self = fileURLToPath(import.meta.url);
  const script = self.replace(/national(\.\w+)$/, "targets$1");
  for (const forms of ["0", "1", "2"]) {
    const child = spawnSync(
      process.execPath,
      [...process.execArgv, script, String(TARGET_ROUNDS), "--json", `--forms=${forms}`],
      {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let got: TargetRow[] = [];
    for (const line of child.stdout.split("\n")) {
      if (line.startsWith(TARGETS_JSON)) got = JSON.parse(line.slice(TARGETS_JSON.length)) as TargetRow[];
      else if (line) console.log(line);
    }
    if (child.status !== 0 || got.length === 0) throw new Error(`bench/targets.ts failed (exit ${child.status})`);
    // The other forms' rows go after the first process's PEKPPP rows.
    let at = targets.length;
    while (at > 0 && !(targets[at - 1] as TargetRow).target.startsWith("PEKPPP score")) at--;
    targets.splice(at === 0 ? targets.length : at, 0, ...got);
  }
}
console.log(`(run took ${((performance.now() - started) / 1000).toFixed(0)} s)`);
// The tables for bench/RESULTS.md.
const rate = (items: number, ms: number) => Math.round((items * 1000) / ms).toLocaleString("en-US");
console.log(
  "\n| Scheme | Items | kinerja | items/s | plain | items/s | ratio | peak heap (kinerja) | differ at 2 dp | other predicate |",
);
console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows)
  console.log(
    `| ${r.scheme} | ${r.items.toLocaleString("en-US")} ${r.unit} | ${r.kinerja.bestMs.toFixed(0)} ms | ${rate(r.items, r.kinerja.bestMs)} | ${r.plain.bestMs.toFixed(0)} ms | ${rate(r.items, r.plain.bestMs)} | ${(r.kinerja.bestMs / r.plain.bestMs).toFixed(1)}× | ${r.kinerja.peakHeapMB.toFixed(0)} MB | ${r.tally.differ} of ${r.tally.results.toLocaleString("en-US")} | ${r.tally.predicates} |`,
  );
console.log(
  `| **whole dataset** | | **${(kinerjaMs / 1000).toFixed(2)} s** | | **${(plainMs / 1000).toFixed(2)} s** | | **${(kinerjaMs / plainMs).toFixed(1)}×** | | **${differ} of ${results.toLocaleString("en-US")}** | **${predicates}** |`,
);
if (targets.length > 0) {
  console.log("\n| Target | kinerja | plain | ratio | goal |");
  console.log("|---|---:|---:|---:|---|");
  for (const t of targets) console.log(`| ${t.target} | ${t.kinerja} | ${t.plain} | ${t.ratio} | ${t.goal} |`);
}
if (JSON_OUT)
  writeFileSync(JSON_OUT, JSON.stringify({ pemda: PEMDA, rounds: ROUNDS, rows, kinerjaMs, plainMs, targets }, null, 1));
