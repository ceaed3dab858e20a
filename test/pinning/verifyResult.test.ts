import { describe, expect, it } from "vitest";
import {
  aggregate,
  deriveRubric,
  getRubric,
  listIndicators,
  listRubrics,
  type RubricDefinition,
  type ScoreResult,
  score,
} from "../../src/index.js";
import { verifyResult } from "../../src/pinning/index.js";
import { WORKED_EXAMPLE_2022 } from "../fixtures/pekppp/published.js";
import type { GoldenFile } from "../support/golden.js";

const pekppp = getRubric("pekppp@2022.1");
const answers = Object.fromEntries(
  listIndicators(pekppp).map((ind, k) => [ind.code, WORKED_EXAMPLE_2022.answers[k] as number]),
);
const worked = score(pekppp, { answers });
const CILEGON_2024 = ["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"];

/** What verifyResult says of a sound result: ok, whether it re-scored, and the correction of a superseded id. */
const SUPERSEDED_BY: Record<string, string> = Object.fromEntries(
  listRubrics()
    .filter((r) => r.supersededBy !== undefined)
    .map((r) => [r.id, r.supersededBy as string]),
);
const ok = (rescored: boolean, v: { rubric: string }) => ({
  ok: true,
  rescored,
  ...(SUPERSEDED_BY[v.rubric] ? { supersededBy: SUPERSEDED_BY[v.rubric] } : {}),
});

/** A stored copy of a result with some fields changed (as a database row edited by hand). */
const tampered = <T extends object>(result: T, change: Partial<Record<keyof T, unknown>>): T =>
  ({ ...JSON.parse(JSON.stringify(result)), ...change }) as T;

describe("verifyResult: a stored result that is what its rubric computes", () => {
  it("the reference note's worked example (3.6848 → 3.68 → B) is consistent, and re-scores to itself", () => {
    expect(worked.value).toBe("3.68");
    expect(verifyResult(worked)).toEqual(ok(false, worked));
    expect(verifyResult({ result: worked, input: { answers } })).toEqual(ok(true, worked));
  });

  it("takes the stored JSON text as well as the object", () => {
    expect(verifyResult(JSON.stringify(worked))).toEqual(ok(false, worked));
    expect(verifyResult(JSON.stringify({ result: worked, input: { answers } }))).toEqual(ok(true, worked));
  });

  it("an aggregate: Kota Cilegon's Ombudsman 2024 from its seven units (95.31), as given and re-aggregated", () => {
    const agg = aggregate("ombudsman@2024.1", CILEGON_2024);
    expect(agg.value).toBe("95.31");
    expect(verifyResult(agg)).toEqual(ok(false, agg));
    expect(verifyResult({ result: agg, input: { units: CILEGON_2024 } })).toEqual(ok(true, agg));
  });

  it("an aggregate of score results and a weighted mean", () => {
    const units = [worked, score(pekppp, { answers: { ...answers, "1.a.Ak": 1 } })];
    const agg = aggregate(pekppp, units);
    expect(verifyResult(agg).ok).toBe(true);
    const weighted = aggregate(
      pekppp,
      [
        { unit: "A", value: "3.61", weight: "2" },
        { unit: "B", value: "4.2", weight: "0.35" },
      ],
      { strategy: "weightedMean" },
    );
    expect(verifyResult(weighted)).toEqual(ok(false, weighted));
    expect(verifyResult({ ...weighted, mean: "3.9" })).toMatchObject({ ok: false });
  });

  it("SKM: 1/9 weights give 40-digit breakdown texts, still consistent", () => {
    const skm = score("skm@2017.1", {
      answers: { U1: "3.5", U2: 3, U3: 3, U4: "2.4", U5: 3, U6: "3.8", U7: 3, U8: 3, U9: "3.17" },
    });
    expect(skm.breakdown[0]?.weighted.length).toBeGreaterThan(30);
    expect(verifyResult(skm)).toEqual(ok(false, skm));
  });

  it("a user rubric found in options.rubrics", () => {
    const mine = deriveRubric(pekppp, { weights: { kebijakan: "30", sdm: "19" } }, { id: "pekppp-cilegon@2024.1" });
    const result = score(mine, { answers });
    expect(verifyResult(result)).toMatchObject({ ok: false, reason: expect.stringContaining("options.rubrics") });
    expect(verifyResult(result, { rubrics: [mine] })).toEqual(ok(false, result));
    expect(verifyResult({ result, input: { answers } }, { rubrics: [mine] })).toEqual(ok(true, result));
  });
});

describe("verifyResult: a pinned id that a correction superseded", () => {
  it("still verifies (its figures never change) and names the correction to move to", () => {
    expect(SUPERSEDED_BY["pekppp@2022.1"]).toBe("pekppp@2022.2");
    expect(verifyResult(worked)).toEqual({ ok: true, rescored: false, supersededBy: "pekppp@2022.2" });
    const rb = score("rb@2023.1", { points: { G: "60", T: "10" } });
    expect(verifyResult(rb)).toEqual({ ok: true, rescored: false });
  });
});

describe("verifyResult: a tampered stored result is refused with a reason a person can read", () => {
  it("a changed value", () => {
    expect(verifyResult(tampered(worked, { value: "3.70" }))).toEqual({
      ok: false,
      reason: "value 3.70 is not exact 3.6848 rounded half-up to 2 decimals (3.68)",
      rescored: false,
      supersededBy: "pekppp@2022.2",
    });
    expect(verifyResult({ result: tampered(worked, { value: "3.70" }), input: { answers } })).toMatchObject({
      ok: false,
      reason: "value: stored 3.70, re-scored 3.68",
      rescored: true,
    });
  });

  it("a changed predicate, gap or confirmed", () => {
    const a = { code: "A-", label: { id: "Sangat Baik", en: "Very good" }, confirmed: true };
    expect(verifyResult(tampered(worked, { predicate: a })).reason).toBe(
      "predicate A- Sangat Baik is not the band of 3.68 on pekppp@2022.1 (B Baik)",
    );
    expect(verifyResult(tampered(worked, { gap: { ...worked.gap, points: "0.30" } })).reason).toBe(
      "gap A- at 4.01, 0.30 points is not the gap from 3.68 to the next predicate (A- at 4.01, 0.33 points)",
    );
    expect(verifyResult(tampered(worked, { confirmed: true })).reason).toBe(
      "confirmed is true, but some of pekppp@2022.1's figures are unconfirmed",
    );
    expect(verifyResult({ result: tampered(worked, { predicate: a }), input: { answers } }).reason).toBe(
      "predicate: stored A- Sangat Baik, re-scored B Baik",
    );
  });

  it("a changed exact value: against its fraction, and (when both move) against the breakdown", () => {
    expect(verifyResult(tampered(worked, { exact: "3.6849" })).reason).toContain(
      "exact 3.6849 is not exactFraction 2303/625 (3.6848)",
    );
    // exact, exactFraction, value and gap all moved together: only the breakdown gives it away.
    const forged = tampered(worked, {
      exact: "3.7848",
      exactFraction: "4731/1250",
      value: "3.78",
      gap: { ...worked.gap, points: "0.23" },
    });
    expect(verifyResult(forged).reason).toBe("breakdown: the top-level points add up to 3.6848, not exact 3.7848");
  });

  it("a changed breakdown row", () => {
    const rows = worked.breakdown.map((b) => (b.code === "1.a.Ak" ? { ...b, weighted: "0.24" } : b));
    expect(verifyResult(tampered(worked, { breakdown: rows })).reason).toBe(
      "breakdown: the points under kebijakan add up to 0.96, not its 0.924; breakdown 1.a.Ak: weighted 0.24 is not share 0.0408 × value 5",
    );
    const renamed = worked.breakdown.map((b) => (b.code === "1.a.Ak" ? { ...b, code: "1.a.X" } : b));
    expect(verifyResult(tampered(worked, { breakdown: renamed })).reason).toBe(
      'breakdown row "1.a.X" is not a node of pekppp@2022.1',
    );
    expect(verifyResult({ result: tampered(worked, { breakdown: rows }), input: { answers } }).reason).toBe(
      "breakdown 1.a.Ak: weighted stored 0.24, re-scored 0.204",
    );
  });

  it("a stored input that does not give the stored result", () => {
    expect(verifyResult({ result: worked, input: { answers: { ...answers, "1.a.Ak": 4 } } })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^value: stored 3\.68, re-scored 3\.64; exact: stored 3\.6848, re-scored 3\.644; /),
      rescored: true,
    });
    expect(verifyResult({ result: worked, input: { answers: { "1.a.Ak": 5 } } })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^re-scoring the stored input failed: 29 answers are missing/),
    });
  });

  it("an aggregate with a changed value, mean or unit", () => {
    const agg = aggregate("ombudsman@2024.1", CILEGON_2024);
    expect(verifyResult(tampered(agg, { value: "95.30" })).reason).toBe(
      "value 95.30 is not exact 95.30714285714285714285714285714285714286 rounded half-up to 2 decimals (95.31)",
    );
    const units = agg.units.map((u, i) => (i === 0 ? { ...u, value: "98.55" } : u));
    expect(verifyResult(tampered(agg, { units })).reason).toContain(
      "mean 95.30714285714285714285714285714285714286 is not the mean of the 7 unit values (95.45",
    );
    expect(verifyResult(tampered(agg, { count: 6 })).reason).toBe("count 6 is not the 7 units listed");
  });

  it("a result computed with other figures under a published id (its hash)", () => {
    expect(verifyResult(tampered(worked, { rubricHash: "sha256:0123456789abcdef0123" }))).toEqual({
      ok: false,
      reason:
        "rubricHash sha256:0123456789ab… is not the locked hash of pekppp@2022.1 (sha256:60a8c55fc934…): the result was computed with other figures than the ones published under this id",
    });
    const { rubricHash: _gone, ...old } = worked;
    expect(verifyResult(old).reason).toMatch(/carries no rubricHash/);
  });

  it("never throws: bad input of any shape is { ok: false, reason }", () => {
    const bad: unknown[] = [
      undefined,
      null,
      42,
      "",
      "{",
      [],
      {},
      { rubric: 5 },
      { result: null },
      { result: worked, input: 5 },
      { rubric: "pekppp@2022.1" },
      { rubric: "no@such", breakdown: [] },
      { ...worked, breakdown: [null] },
      { ...worked, breakdown: [{ code: "kebijakan", weighted: 5 }] },
      { ...worked, exactFraction: "1/0" },
      { ...worked, exactFraction: "x".repeat(10_000) },
      { ...worked, exact: undefined },
      { ...worked, value: 3.68 },
      { ...worked, breakdown: [] },
      { ...aggregate("ombudsman@2024.1", CILEGON_2024), units: [{}] },
      { ...aggregate("ombudsman@2024.1", CILEGON_2024), units: [] },
      { ...aggregate("ombudsman@2024.1", CILEGON_2024), adjustments: "x" },
      { ...worked, exact: "9", exactFraction: "9" },
    ];
    for (const b of bad) {
      const v = verifyResult(b);
      expect(v.ok, JSON.stringify(b)?.slice(0, 80)).toBe(false);
      expect(typeof v.reason).toBe("string");
    }
    expect(verifyResult(worked, { rubrics: "x" as never }).reason).toBe(
      "options.rubrics must be an array of rubric definitions",
    );
    expect(verifyResult(worked, 5 as never).reason).toBe("options must be an object: { rubrics? }");
    expect(verifyResult({ ...worked, exact: "9", exactFraction: "9" }).reason).toMatch(
      /^9 is outside pekppp@2022\.1's range 0–5/,
    );
  });
});

// Every golden case of every scheme (real published inputs: parameters, requirements, per-node rounding,
// points input, aggregates): the fresh result verifies, with and without its input.
const files = (
  import.meta as unknown as { glob: <T>(pattern: string, options: { eager: true }) => Record<string, T> }
).glob<{ default: GoldenFile }>("../fixtures/*/*.cases.ts", { eager: true });

describe("verifyResult agrees with every golden case the engine computes", () => {
  for (const [path, mod] of Object.entries(files)) {
    const file = mod.default;
    const rubric = file.rubric;
    const options = typeof rubric === "string" ? undefined : { rubrics: [rubric] };
    it(path.replace("../fixtures/", ""), () => {
      let checked = 0;
      for (const c of file.cases) {
        if (c.expect.error || (!c.score && !c.aggregate)) continue;
        const result = c.score
          ? score(rubric as RubricDefinition, c.score)
          : aggregate(rubric as RubricDefinition, c.aggregate?.units ?? [], c.aggregate?.options);
        const input = c.score ?? c.aggregate;
        expect(verifyResult(result, options), `${c.name}`).toEqual(ok(false, result));
        expect(verifyResult({ result, input }, options), `${c.name}`).toEqual(ok(true, result));
        checked++;
      }
      // A file of classify-only cases (published values classified) has nothing to verify.
      expect(checked).toBe(file.cases.filter((c) => !c.expect.error && (c.score || c.aggregate)).length);
    });
  }
});

/** A small deterministic generator (no Math.random in tests). */
function* lcg(seed: number): Generator<number> {
  let s = seed;
  for (;;) {
    s = (s * 1103515245 + 12345) % 2147483648;
    yield s;
  }
}

describe("verifyResult on random answers for every built-in rubric without parameters", () => {
  for (const { id } of listRubrics()) {
    const rubric = getRubric(id);
    if (rubric.parameters) continue;
    it(id, () => {
      const rand = lcg(id.length * 7919);
      const pick = (n: number) => (rand.next().value as number) % n;
      for (let round = 0; round < 12; round++) {
        const answers: Record<string, string | number> = {};
        for (const ind of listIndicators(rubric)) {
          const s = ind.scale;
          if (s.kind === "integer") answers[ind.code] = s.min + pick(s.max - s.min + 1);
          else if (s.kind === "options")
            answers[ind.code] = (s.options[pick(s.options.length)] as { code: string }).code;
          else if (s.kind === "decimal") answers[ind.code] = [s.min, s.max][pick(2)] as string;
          else answers[ind.code] = [s.input.min, s.input.max][pick(2)] as string;
        }
        const input = rubric.requirements
          ? { answers, unmetRequirements: round % 2 ? [] : [rubric.requirements[0]?.code as string] }
          : { answers };
        let result: ScoreResult;
        try {
          result = score(rubric, input);
        } catch {
          continue; // an answer set the rubric refuses (a derived leaf outside its range) proves nothing here
        }
        expect(verifyResult(result), `${id} round ${round}`).toEqual(ok(false, result));
        expect(verifyResult({ result, input })).toEqual(ok(true, result));
      }
    });
  }
});
