/**
 * The per-call targets of issue #11, measured in one run beside plain-number code doing the same work:
 * skmFromRespondents per respondent, an Ombudsman mean of 7 units and classify, PEKPPP score() with and
 * without its breakdown, the size and JSON.stringify cost of a PEKPPP result, and the zod input schema.
 * Run by bench/national.ts (or alone: `node scripts/bench.mjs targets 15 --forms=0`). Best of `rounds` rounds per figure.
 */

import { aggregate, classify, listIndicators, type RubricDefinition, score } from "../src/index.js";
import { answersSchemaFor } from "../src/schema/index.js";
import { ombudsman2024v2 } from "../src/schemes/ombudsman/index.js";
import { pekppp2022v2 } from "../src/schemes/pekppp/index.js";
import { skm2017v2, skmFromRespondents } from "../src/schemes/skm/index.js";
import { plainIkmText } from "./fixture.js";

let sink = 0;

/** µs per call: `calls` calls per round, best of `rounds`. */
function perCall(fn: (i: number) => unknown, calls: number, rounds: number): number {
  for (let i = 0; i < Math.min(calls, 2000); i++) fn(i); // warm-up
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) fn(i);
    best = Math.min(best, performance.now() - t0);
  }
  return (best * 1000) / calls;
}

export interface TargetRow {
  readonly target: string;
  readonly kinerja: string;
  readonly plain: string;
  readonly ratio: string;
  readonly goal: string;
}

function bandsOf(rubric: RubricDefinition) {
  return (rubric.predicates ?? []).map((b) => ({
    code: b.code,
    min: Number(b.min),
    max: Number(b.max),
    minIn: b.minInclusive,
    maxIn: b.maxInclusive,
  }));
}
function band(bands: ReturnType<typeof bandsOf>, shown: string): string {
  const v = Number(shown);
  for (const b of bands) if ((b.minIn ? v >= b.min : v > b.min) && (b.maxIn ? v <= b.max : v < b.max)) return b.code;
  return "?";
}

/** Answers set one field at a time, in the rubric's order (as a form builds them). */
function answersOf(codes: ReadonlyArray<string>, values: ReadonlyArray<number>): Record<string, number> {
  const answers: Record<string, number> = {};
  for (let k = 0; k < codes.length; k++) answers[codes[k] as string] = values[k] as number;
  return answers;
}

/**
 * `forms`: which PEKPPP input forms to measure (0 JSON-parsed, 1 set field by field, 2 Object.fromEntries). The
 * other targets run only when form 0 is among them. bench/national.ts runs each form in a process of its own, as
 * an app that builds its answers one way has its JIT see that one form only.
 */
export function runTargets(rounds = 5, selected: ReadonlyArray<number> = [0, 1, 2]): TargetRow[] {
  const all = selected.includes(0);
  const out: TargetRow[] = [];
  const add = (target: string, k: number, p: number | null, goal: string, unit = "µs") => {
    const row = {
      target,
      kinerja: `${k.toFixed(k < 10 ? 2 : 1)} ${unit}`,
      plain: p === null ? "—" : `${p.toFixed(p < 10 ? 3 : 1)} ${unit}`,
      ratio: p === null ? "—" : `${(k / p).toFixed(1)}×`,
      goal,
    };
    out.push(row);
    console.log(
      `${target.padEnd(58)} kinerja ${row.kinerja.padStart(10)}  plain ${row.plain.padStart(10)}  ${row.ratio.padStart(6)}  goal: ${goal}`,
    );
  };

  let seed = 7;
  const next = () => {
    seed ^= seed << 13;
    seed >>>= 0;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    seed >>>= 0;
    return seed;
  };
  if (all) skmAndOmbudsman(rounds, add, next);

  // ── PEKPPP: score() with breakdown, the lean call, the plain weighted sum ──
  // The same answers in the three forms an app passes: parsed from JSON (an API, a file, a database), set field
  // by field (a form), and made by Object.fromEntries. V8 reads them at different speeds (a for-in pass over a
  // parsed object runs on its cached key list; keyed reads run alike on all three), so each is measured.
  const inds = listIndicators(pekppp2022v2);
  const shares = inds.map((i) => Number(i.share));
  const codes = inds.map((i) => i.code);
  seed = 11; // the same answers whichever targets ran before
  const base = Array.from({ length: 256 }, () => codes.map(() => next() % 6));
  const forms: ReadonlyArray<readonly [string, Array<{ answers: Record<string, number> }>]> = [
    ["answers parsed from JSON", JSON.parse(JSON.stringify(base.map((v) => ({ answers: answersOf(codes, v) }))))],
    ["answers set field by field", base.map((v) => ({ answers: answersOf(codes, v) }))],
    [
      "answers from Object.fromEntries",
      base.map((v) => ({ answers: Object.fromEntries(codes.map((c, k) => [c, v[k] as number])) })),
    ],
  ];
  const pekBands = bandsOf(pekppp2022v2);
  const leanOptions = { detail: "none" } as const;
  let inputs: Array<{ answers: Record<string, number> }> = [];
  let firstFull = 0;
  for (const [f, [form, list]] of forms.entries()) {
    if (!selected.includes(f)) continue;
    const full = perCall((i) => score(pekppp2022v2, list[i & 255] as never), 20_000, rounds);
    const lean = perCall(
      (i) => (score as (...a: unknown[]) => unknown)(pekppp2022v2, list[i & 255], leanOptions),
      50_000,
      rounds,
    );
    const plainSum = perCall(
      (i) => {
        const a = (list[i & 255] as { answers: Record<string, number> }).answers;
        let v = 0;
        for (let k = 0; k < codes.length; k++) v += (shares[k] as number) * (a[codes[k] as string] as number);
        sink += band(pekBands, v.toFixed(2)).length;
      },
      500_000,
      rounds,
    );
    add(`PEKPPP score() with breakdown, per unit (${form})`, full, plainSum, "≤ 2 µs");
    add(`PEKPPP score(…, { detail: "none" }), per unit (${form})`, lean, plainSum, "≤ 1.5× plain");
    if (inputs.length === 0) {
      inputs = list;
      firstFull = full;
    }
  }

  if (!all) return out;

  // ── Result size and JSON.stringify ──
  const one = score(pekppp2022v2, inputs[0] as never);
  const fullOne = (score as unknown as (...a: unknown[]) => unknown)(pekppp2022v2, inputs[0], { detail: "full" });
  const bytes = JSON.stringify(one).length;
  const fullBytes = JSON.stringify(fullOne).length;
  const results = inputs.map((x) => score(pekppp2022v2, x as never));
  const stringify = perCall((i) => JSON.stringify(results[i & 255]).length, 20_000, rounds);
  out.push({
    target: "PEKPPP result, JSON bytes: default (compact) form; plain column: the full form",
    kinerja: `${(bytes / 1000).toFixed(1)} kB`,
    plain: `${(fullBytes / 1000).toFixed(1)} kB`,
    ratio: `${(bytes / fullBytes).toFixed(2)}×`,
    goal: "≤ 6 kB",
  });
  console.log(`PEKPPP result JSON: ${bytes} bytes (compact), ${fullBytes} bytes (full form)   goal: ≤ 6 kB`);
  add("JSON.stringify of one PEKPPP result (plain column: its score() call)", stringify, firstFull, "cheap");

  // ── zod: answersSchemaFor cached per rubric, parse per input ──
  const t0 = performance.now();
  const schema = answersSchemaFor(pekppp2022v2);
  const firstMs = performance.now() - t0;
  const t1 = performance.now();
  for (let i = 0; i < 1000; i++) sink += answersSchemaFor(pekppp2022v2) === schema ? 1 : 0;
  const againUs = ((performance.now() - t1) * 1000) / 1000;
  const parse = perCall((i) => schema.parse(inputs[i & 255]), 20_000, rounds);
  add(
    `zod answersSchemaFor(pekppp): first ${firstMs.toFixed(1)} ms, then ${againUs.toFixed(2)} µs (cached); parse`,
    parse,
    null,
    "≤ 3 µs",
  );
  if (sink === -1) console.log(sink);
  return out;
}

/** The line prefix under which `--json` prints the rows (bench/national.ts runs this file as a child process). */
export const TARGETS_JSON = "TARGETS_JSON ";

if (/targets\.(ts|mjs)$/.test(process.argv[1] ?? "")) {
  const forms = process.argv.find((a) => a.startsWith("--forms="));
  const rows = runTargets(Number(process.argv[2] ?? 5), forms ? forms.slice(8).split(",").map(Number) : undefined);
  if (process.argv.includes("--json")) console.log(`${TARGETS_JSON}${JSON.stringify(rows)}`);
}

/** The SKM and Ombudsman targets. */
function skmAndOmbudsman(
  rounds: number,
  add: (target: string, k: number, p: number | null, goal: string) => void,
  next: () => number,
): void {
  // ── SKM: one 400-respondent survey, per respondent ──
  const surveys = Array.from({ length: 16 }, () =>
    Array.from({ length: 400 }, () => Array.from({ length: 9 }, () => 1 + (next() % 4))),
  );
  const sums = new Array<number>(9);
  const skmBands = bandsOf(skm2017v2);
  const skmLib = perCall((i) => skmFromRespondents(surveys[i & 15] as number[][], { rubric: skm2017v2 }), 2000, rounds);
  const skmPlain = perCall(
    (i) => {
      sink += band(skmBands, plainIkmText(surveys[i & 15] as number[][], sums)).length;
    },
    4000,
    rounds,
  );
  add("skmFromRespondents, per respondent (400-row survey)", skmLib / 400, skmPlain / 400, "≤ 3× plain");

  // ── Ombudsman: mean of 7 published unit scores, and classify ──
  // Published unit scores as the Ombudsman lists print them: 2-decimal texts.
  const units = Array.from({ length: 64 }, () =>
    Array.from({ length: 7 }, () => ((7000 + (next() % 3001)) / 100).toFixed(2)),
  );
  const ombBands = bandsOf(ombudsman2024v2);
  const aggLib = perCall((i) => aggregate(ombudsman2024v2, units[i & 63] as string[]), 20_000, rounds);
  const aggPlain = perCall(
    (i) => {
      const u = units[i & 63] as string[];
      let s = 0;
      for (let k = 0; k < u.length; k++) s += Number(u[k]);
      sink += band(ombBands, (s / u.length).toFixed(2)).length;
    },
    200_000,
    rounds,
  );
  add("Ombudsman aggregate(), mean of 7 units", aggLib, aggPlain, "≤ 2 µs");
  const values = units.map((u) => u[0] as string);
  const clsLib = perCall((i) => classify(ombudsman2024v2, values[i & 63] as string), 100_000, rounds);
  const clsPlain = perCall((i) => band(ombBands, values[i & 63] as string), 1_000_000, rounds);
  add("Ombudsman classify() of a published value", clsLib, clsPlain, "≤ 0.5 µs");
}
