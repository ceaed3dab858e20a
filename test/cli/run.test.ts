/**
 * The CLI in-process (`run(argv, io)` with captured streams): options, error paths, the pinning kit through a
 * stand-in, the progress bar and bounded memory in batch mode. test/cli/cli.test.ts runs it as a real process.
 */
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { readJson } from "../../src/cli/json.js";
import { setPinning } from "../../src/cli/pinning.js";
import { progressBar } from "../../src/cli/progress.js";
import { confidenceOf } from "../../src/cli/rubric.js";
import { run } from "../../src/cli/run.js";
import { getRubric, listIndicators, listRubrics, resolveRubric, score } from "../../src/index.js";
import { errorOf } from "../helpers.js";
import { Collector, runIn } from "./run-cli.js";

const UNIT = "examples/cli/pekppp-unit.json";
const unitInput = JSON.parse(readFileSync(UNIT, "utf8"));

afterEach(() => setPinning(null));

describe("commands and options", () => {
  it("every command has --help (exit 0, usage and exit codes on stdout)", async () => {
    for (const c of ["rubrics", "score", "aggregate", "explain", "schema", "diff", "verify"]) {
      const r = await runIn([c, "--help"]);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(r.stdout).toMatch(new RegExp(`^Usage: kinerja ${c}`));
      expect(r.stdout).toContain("Exit codes: 0 success, 2 bad input");
      expect((await runIn(["help", c])).stdout).toBe(r.stdout);
    }
    expect((await runIn(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+/);
    const unknown = await runIn(["bogus"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "bogus"');
  });

  it("usage mistakes are bad input (exit 2) that point to --help", async () => {
    for (const args of [
      ["score", "pekppp@2022.1", UNIT, "--nope"],
      ["score"],
      ["schema", "a", "b"],
      ["score", "pekppp@2022.1", UNIT, "--batch", "x.csv"],
      ["score", "pekppp@2022.1", UNIT, "--points"],
      ["explain", "pekppp@2022.1", UNIT, "--width", "wide"],
    ]) {
      const r = await runIn(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(/code: INVALID_INPUT\n {2}path: .+\n {2}rule: .+/);
    }
    expect((await runIn(["score", "pekppp@2022.1", UNIT, "--nope"])).stderr).toContain(
      "Unknown option '--nope' (kinerja score --help shows the usage)",
    );
  });

  it("rubrics --json: every rubric with its confidence; --scheme filters; an unknown scheme is bad input", async () => {
    const all = JSON.parse((await runIn(["rubrics", "--json"])).stdout) as Array<{ id: string; confidence: unknown }>;
    expect(all.map((r) => r.id)).toEqual(listRubrics().map((r) => r.id));
    for (const r of all) expect(r.confidence).toEqual(confidenceOf(getRubric(r.id)));
    const skm = JSON.parse((await runIn(["rubrics", "--scheme", "skm", "--json"])).stdout) as Array<{ scheme: string }>;
    expect(skm.every((r) => r.scheme === "skm")).toBe(true);
    const bad = await runIn(["rubrics", "--scheme", "nope", "--json-errors"]);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stderr).error).toMatchObject({ code: "UNKNOWN_RUBRIC", path: ["--scheme"] });
  });

  it("confidence counts the unconfirmed figures and says when bands or the aggregation rule are unknown", () => {
    const ombudsman = confidenceOf(getRubric("ombudsman@2024.1"));
    expect(ombudsman.bands && ombudsman.aggregation).toBe(true);
    expect(ombudsman.unconfirmed).toBeGreaterThan(0);
    expect(ombudsman.confirmed).toBe(false);
    const skm = confidenceOf(getRubric("skm@2017.1"));
    expect(skm.aggregation).toBe(false);
    expect(skm.confirmed).toBe(false);
  });

  it("a rubric by scheme and --year, or from a rubric definition file", async () => {
    // The rubric resolveRubric gives for that year, or its error (exit 2).
    const stdin = JSON.stringify({ answers: Object.fromEntries(listIndicators("skm@2017.1").map((i) => [i.code, 4])) });
    const byYear = await runIn(["score", "skm", "--year", "2023", "-", "--compact"], { stdin });
    let want: string;
    try {
      want = resolveRubric("skm", { assessmentYear: 2023 }).id;
    } catch (e) {
      want = (e as { code: string }).code;
    }
    if (byYear.code === 0) expect(JSON.parse(byYear.stdout).rubric).toBe(want);
    else expect(byYear.stderr).toContain(`code: ${want}`);
    expect((await runIn(["schema", "skm@2017.1", "--year", "2023"])).stderr).toContain("already a rubric id");
    const noYear = await runIn(["score", "skm", UNIT]);
    expect(noYear.code).toBe(2);
    expect(noYear.stderr).toContain('"skm" is not a rubric id');
    const badYear = await runIn(["schema", "skm", "--year", "twenty"]);
    expect(badYear.stderr).toContain("rule: a four-digit assessment year");
    const notAFile = await runIn(["schema", "no-such-rubric.json"]);
    expect([notAFile.code, notAFile.stderr.includes("cannot read no-such-rubric.json")]).toEqual([2, true]);
  });

  it("aggregate refuses input that is neither an array nor { units, options }", async () => {
    for (const stdin of ['{"unit": []}', '{"units": [], "extra": 1}', "5"]) {
      const r = await runIn(["aggregate", "ombudsman@2024.1", "-"], { stdin });
      expect(r.code, stdin).toBe(2);
    }
    const options = await runIn(["aggregate", "pekppp@2022.1", "-", "--compact"], {
      stdin: JSON.stringify({
        units: [
          { unit: "A", value: "4.5", weight: "2" },
          { unit: "B", value: "3.5", weight: "1" },
        ],
        options: { strategy: "weightedMean" },
      }),
    });
    expect(JSON.parse(options.stdout)).toMatchObject({
      strategy: "weightedMean",
      rule: "caller",
      exactFraction: "25/6",
    });
  });

  it("explain --lang en, --width, and a points input (no improvement plan)", async () => {
    const en = await runIn(["explain", "pekppp@2022.1", UNIT, "--lang", "en", "--width", "80"]);
    expect(en.stdout).toContain("Predicate: B Good");
    expect(en.stdout).toContain("To A- Very good: needs 4.01, 0.33 points short");
    expect(en.stdout).toContain("Fewest steps to A- Very good: 6 steps, value becomes 4.03");
    expect(Math.max(...en.stdout.split("\n").map((l) => [...l].length))).toBeLessThanOrEqual(80);
    expect((await runIn(["explain", "pekppp@2022.1", UNIT, "--lang", "fr"])).stderr).toContain("rule: id or en");
    const points = Object.fromEntries(getRubric("pekppp@2022.1").nodes.map((n) => [n.code, "0.5"]));
    const p = await runIn(["explain", "pekppp@2022.1", "-"], { stdin: JSON.stringify({ points }) });
    expect(p.code).toBe(0);
    expect(p.stdout).toContain("Dihitung dari poin komponen yang dipublikasikan");
    expect(p.stdout).toContain("Rencana perbaikan memerlukan jawaban per indikator");
    // All fives: at the top, nothing to improve.
    const top = Object.fromEntries(listIndicators("pekppp@2022.1").map((i) => [i.code, 5]));
    const t = await runIn(["explain", "pekppp@2022.1", "-"], { stdin: JSON.stringify({ answers: top }) });
    expect(t.stdout).toContain("Sudah di predikat tertinggi.");
    expect(t.stdout).toContain("Semua indikator sudah di nilai tertinggi skalanya.");
  });
});

describe("moved from the child-process tests (same contract, in-process)", () => {
  it("no command: the usage on stderr, exit 2", async () => {
    const none = await runIn([]);
    expect([none.code, none.stdout]).toEqual([2, ""]);
    expect(none.stderr).toContain("Usage: kinerja <command>");
  });

  it("a number written as a string keeps every digit", async () => {
    const answers = Object.fromEntries(listIndicators("skm@2017.1").map((i) => [i.code, "3"]));
    const input = { answers: { ...answers, U1: "3.0000000000000000009" } };
    const r = await runIn(["score", "skm@2017.1", "-"], { stdin: JSON.stringify(input) });
    expect(JSON.parse(r.stdout).exactFraction).toBe(score("skm@2017.1", input).exactFraction);
  });

  it("aggregate reads a bare array from standard input (Kota Cilegon 2024 → 95.31)", async () => {
    const r = await runIn(["aggregate", "ombudsman@2024.1", "-"], {
      stdin: '["97.55", "97.02", "96.29", "95.22", "93.98", "93.63", "93.46"]',
    });
    expect(JSON.parse(r.stdout).value).toBe("95.31");
  });

  it("score --batch CSV from stdin with --format: a bad row gets an error cell and the batch goes on", async () => {
    const csv = 'U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n"4,5",4,4,4,4,4,4,4,4\n1,2\n3,3,3,3,3,3,3,3,3\n';
    const r = await runIn(["score", "skm@2017.1", "--batch", "-", "--format", "csv"], { stdin: csv });
    expect(r.code).toBe(2);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[1]).toBe("2,100.00,100,A,false,");
    expect(lines[2]).toMatch(/^3,,,,,"INVALID_INPUT: answers.U1: .*\(path: answers.U1; rule: .*\)"$/);
    expect(lines[3]).toMatch(/^4,,,,,"INVALID_INPUT: the row has 2 fields, the header 9/);
    expect(lines[4]).toBe("5,75.00,75,C,false,");
  });

  it("diff and verify with the real pinning kit", async () => {
    const d = await runIn(["diff", "pekppp@2017.1", "pekppp@2022.1", "--lang", "en"]);
    expect(d.code).toBe(0);
    expect(d.stdout).toContain("pekppp@2017.1 → pekppp@2022.1");
    expect(d.stdout).toMatch(/Figures \(changes that move numbers\) \(\d+\):\n {2}- /);
    const same = await runIn(["diff", "pekppp@2022.1", "pekppp@2022.1", "--json"]);
    expect(JSON.parse(same.stdout)).toEqual({ figures: [], provenance: [] });
    const result = score("pekppp@2022.1", unitInput);
    const ok = await runIn(["verify", "-"], { stdin: JSON.stringify({ result, input: unitInput }) });
    expect([ok.code, ok.stdout]).toEqual([0, "ok (re-scored from the stored input)\n"]);
    const plain = await runIn(["verify", "-", "--json"], { stdin: JSON.stringify(result) });
    expect(JSON.parse(plain.stdout)).toMatchObject({ ok: true });
  });
});

describe("JSON input is read exactly", () => {
  it("refuses a number a float cannot keep, with its path; keeps every number it can", () => {
    const e = errorOf(() => readJson('{"units": [1, {"value": 97.550000000000000001}]}', "x.json"));
    expect([e.code, e.path]).toEqual(["PRECISION_EXCEEDED", ["units", 1, "value"]]);
    expect(e.message).toContain('write it as a string ("97.550000000000000001")');
    expect(errorOf(() => readJson('{"a": 1e400}', "x")).code).toBe("PRECISION_EXCEEDED");
    expect(errorOf(() => readJson('{"a": 12345678901234567890}', "x")).path).toEqual(["a"]);
    for (const ok of [
      '{"a": 3.45, "b": [0.1, -0.5e-3, 1E2, 9007199254740991], "c": "1.23456789012345678901"}',
      "97.55",
    ])
      expect(readJson(ok, "x")).toEqual(JSON.parse(ok));
    expect(readJson('{"k\\"ey": {"x": 0.30000000000000004}}', "x")).toEqual({ 'k"ey': { x: 0.30000000000000004 } });
    expect(errorOf(() => readJson("{", "in.json")).rule).toBe("valid JSON (RFC 8259)");
  });
});

describe("diff and verify through the pinning kit", () => {
  it("diff prints the figures apart from the provenance; --json prints the object", async () => {
    const calls: unknown[] = [];
    setPinning({
      diffRubrics: (a, b, options) => {
        calls.push([a.id, b.id, options]);
        return {
          figures: [{ path: "nodes.kebijakan.weight", from: "30", to: "24", text: "Aspek Kebijakan: bobot 30 → 24" }],
          provenance: [],
        };
      },
      verifyResult: () => ({ ok: true }),
    });
    const r = await runIn(["diff", "pekppp@2017.1", "pekppp@2022.1"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "pekppp@2017.1 → pekppp@2022.1\n\nAngka (perubahan yang menggeser nilai) (1):\n  - Aspek Kebijakan: bobot 30 → 24\n\nSumber dan teks (0):\n  tidak ada\n",
    );
    expect(calls).toEqual([["pekppp@2017.1", "pekppp@2022.1", { lang: "id" }]]);
    const j = await runIn(["diff", "pekppp@2017.1", "pekppp@2022.1", "--json", "--lang", "en"]);
    expect(JSON.parse(j.stdout).figures[0].text).toBe("Aspek Kebijakan: bobot 30 → 24");
    expect((await runIn(["diff", "pekppp@2017.1", "nope@1"])).code).toBe(2);
  });

  it("verify: ok → exit 0; not ok → the reason on stderr, exit 2; --json → the verdict on stdout", async () => {
    const seen: unknown[] = [];
    setPinning({
      diffRubrics: () => ({ figures: [], provenance: [] }),
      verifyResult: (stored, options) => {
        seen.push([stored, options]);
        return (stored as { value?: string }).value === "3.68"
          ? { ok: true, rescored: false }
          : { ok: false, reason: "value 3.70 is not exact 3.6848 rounded" };
      },
    });
    const result = score("pekppp@2022.1", unitInput);
    const ok = await runIn(["verify", "-"], { stdin: JSON.stringify(result) });
    expect([ok.code, ok.stdout, ok.stderr]).toEqual([0, "ok\n", ""]);
    expect(seen[0]).toEqual([JSON.parse(JSON.stringify(result)), undefined]);
    const bad = await runIn(["verify", "-", "--json"], { stdin: JSON.stringify({ ...result, value: "3.70" }) });
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toEqual({ ok: false, reason: "value 3.70 is not exact 3.6848 rounded" });
    expect(bad.stderr).toBe("kinerja verify: not ok: value 3.70 is not exact 3.6848 rounded\n");
    expect((await runIn(["verify", "-", "--rubric", "x.txt"])).code).toBe(2);
  });

  it("anything but bad input is exit 1: an internal error", async () => {
    setPinning({
      diffRubrics: () => {
        throw new TypeError("boom");
      },
      verifyResult: () => ({ ok: true }),
    });
    const r = await runIn(["diff", "pekppp@2017.1", "pekppp@2022.1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("kinerja diff: internal error: boom");
    const j = await runIn(["diff", "pekppp@2017.1", "pekppp@2022.1", "--json-errors"]);
    expect(JSON.parse(j.stderr)).toEqual({ error: { code: "INTERNAL", path: [], rule: "", message: "boom" } });
  });
});

describe("batch mode", () => {
  const skmLine = (u: string | number, v: string) =>
    JSON.stringify({ unit: u, answers: Object.fromEntries(listIndicators("skm@2017.1").map((i) => [i.code, v])) });

  it("CSV: a header that is not the rubric's is refused before any row", async () => {
    for (const [csv, text] of [
      ["U1,U2,X\n1,2,3\n", 'column "X" is not an indicator of skm@2017.1'],
      ["U1,U2\n1,2\n", "7 columns are missing: U3, U4"],
      ["unit,id,U1\n", "two unit columns"],
      ["U1,U1\n", "appears twice"],
      ["", "is empty: a CSV batch starts with a header row"],
      ['"U1\n', "never closed"],
    ]) {
      const r = await runIn(["score", "skm@2017.1", "--batch", "-", "--format", "csv"], { stdin: csv });
      expect([r.code, r.stdout], csv).toEqual([2, ""]);
      expect(r.stderr, csv).toContain(text);
    }
  });

  it("CSV --points: the columns are the top-level components' published points", async () => {
    const codes = getRubric("pekppp@2022.1").nodes.map((n) => n.code);
    const csv = `id,${codes.join(",")}\nU-1,${codes.map(() => "0.5").join(",")}\n`;
    const r = await runIn(["score", "pekppp@2022.1", "--batch", "-", "--format", "csv", "--points"], { stdin: csv });
    expect(r.stdout).toBe("unit,value,exact,predicate,confirmed,error\nU-1,3.00,3,C,false,\n");
    expect((await runIn(["score", "pekppp@2022.1", "--batch", "-", "--points"])).stderr).toContain(
      "--points is for CSV files",
    );
    expect((await runIn(["score", "pekppp@2022.1", "--batch", "x.txt"])).stderr).toContain("cannot tell the format");
    expect((await runIn(["score", "pekppp@2022.1", "--batch", "-", "--format", "xml"])).stderr).toContain(
      "rule: csv or ndjson",
    );
    expect((await runIn(["score", "pekppp@2022.1", "--batch", "no/such.csv"])).stderr).toContain("no such file");
  });

  it("a CSV syntax error loses only its record: reading starts afresh on the next line", async () => {
    const csv = `U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,4,4,4,4,4,4,4\n4,4"x,4,4,4,4,4,4,4\n3,3,3,3,3,3,3,3,3\n`;
    const r = await runIn(["score", "skm@2017.1", "--batch", "-", "--format", "csv"], { stdin: csv });
    expect(r.code).toBe(2);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^3,,,,,"INVALID_INPUT: CSV line 3: a quote inside an unquoted field/);
    expect(lines[3]).toBe("4,75.00,75,C,false,");
  });

  it("NDJSON: a line that is not an object, or names its unit twice, is an error record", async () => {
    const stdin = [
      "[1]",
      '{"unit": "a", "id": "b", "answers": {}}',
      '{"unit": {}, "answers": {}}',
      skmLine("ok", "4"),
    ].join("\n");
    const r = await runIn(["score", "skm@2017.1", "--batch", "-"], { stdin });
    const records = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((x) => x.error?.rule ?? x.result.value)).toEqual([
      'one score input per line: { "answers": { … } } or { "points": { … } }',
      "at most one of unit and id",
      "a unit name (text or a number)",
      "100.00",
    ]);
    expect(r.code).toBe(2);
  });

  it("shows a progress bar on stderr only when asked or on a terminal for long input; stdout stays clean", async () => {
    const stdin = `${Array.from({ length: 30 }, (_, i) => skmLine(i, "3.5")).join("\n")}\n`;
    const quiet = await runIn(["score", "skm@2017.1", "--batch", "-"], { stdin, tty: true });
    expect([quiet.code, quiet.stderr]).toEqual([0, ""]); // short input on a terminal: no bar
    const forced = await runIn(["score", "skm@2017.1", "--batch", "-", "--progress"], { stdin });
    expect(forced.stderr).toMatch(/\r30 units\n$/);
    expect(forced.stdout.trimEnd().split("\n")).toHaveLength(30);
    const off = await runIn(["score", "skm@2017.1", "--batch", "-", "--no-progress"], { stdin, tty: true });
    expect(off.stderr).toBe("");
  });

  it("progressBar: a bar for a long file on a terminal, throttled; nothing when stderr is not a terminal", () => {
    const tty = new Collector(true);
    let t = 0;
    const bar = progressBar(tty, "auto", 1_000_000, () => t);
    bar.update(10, 0, 0);
    t = 50;
    bar.update(20, 100_000, 0); // within 100 ms: not redrawn
    t = 500;
    bar.update(5000, 500_000, 2);
    bar.done(9999, 2);
    expect(tty.text.split("\r").filter(Boolean)).toEqual([
      "[..............................]   0%  10 units",
      "[###############...............]  50%  5,000 units, 2 failed",
      "[##############################] 100%  9,999 units, 2 failed\n",
    ]);
    const pipe = new Collector(false);
    const none = progressBar(pipe, "auto", 1_000_000);
    none.update(1, 1, 0);
    none.done(1, 0);
    expect(pipe.text).toBe("");
    const small = new Collector(true);
    const short = progressBar(small, "auto", 1000);
    short.update(1, 1000, 0);
    short.done(1, 0);
    expect(small.text).toBe("");
  });

  it("streams: memory stays bounded (input is read only a little ahead of the output, however long)", async () => {
    const total = 20_000;
    let produced = 0;
    let lead = 0;
    let written = 0;
    const line = `${skmLine("u", "3")}\n`;
    const stdin = new Readable({
      read() {
        for (let k = 0; k < 50 && produced < total; k++, produced++) this.push(line);
        if (produced >= total) this.push(null);
      },
    });
    // stdout counts the records and notes how far the input has been read ahead of them.
    const stdout = new (class extends Collector {
      override write(): boolean {
        written++;
        lead = Math.max(lead, produced - written);
        return true;
      }
    })();
    const code = await run(["score", "skm@2017.1", "--batch", "-"], {
      stdin,
      stdout,
      stderr: new Collector(),
      cwd: process.cwd(),
      env: {},
    });
    expect(code).toBe(0);
    expect(written).toBe(total);
    // readline pauses the stream at about a thousand waiting lines; the whole input would be 20,000.
    expect(lead).toBeLessThan(3000);
  }, 60_000);
});
