/**
 * The `kinerja` command as users run it: from source (`node --import tsx src/cli/main.ts`) in a child process,
 * checking stdout, stderr and the exit codes scripts rely on (0 success, 2 bad input, 1 anything else).
 * Each child process costs a second or two, so the details are checked in-process (run.test.ts); these are the
 * contract end to end.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { aggregate, listRubrics, score } from "../../src/index.js";
import { cli } from "./run-cli.js";

const UNIT = "examples/cli/pekppp-unit.json";
const unitInput = JSON.parse(readFileSync(UNIT, "utf8"));
const madiun = JSON.parse(readFileSync("examples/cli/madiun-2023-units.json", "utf8"));
/** What the library itself gives (the CLI must print exactly this). */
const expected = JSON.parse(JSON.stringify(score("pekppp@2022.1", unitInput)));

describe.concurrent("kinerja (child process, from source)", { timeout: 120_000 }, () => {
  it("--help: the commands and the exit codes on stdout, exit 0", async () => {
    const top = await cli(["--help"]);
    expect([top.code, top.stderr]).toEqual([0, ""]);
    for (const c of ["rubrics", "score", "aggregate", "explain", "schema", "diff", "verify"])
      expect(top.stdout).toMatch(new RegExp(`^ {2}${c} `, "m"));
    expect(top.stdout).toContain(
      "Exit codes: 0 success, 2 bad input (stderr names the path and the rule), 1 anything else.",
    );
  });

  it("rubrics: a table of every rubric shipped", async () => {
    const table = await cli(["rubrics"]);
    expect([table.code, table.stderr]).toEqual([0, ""]);
    for (const r of listRubrics()) expect(table.stdout).toContain(r.id);
    expect(table.stdout.split("\n")[0]).toMatch(/^id\s+scheme\s+years\s+status\s+confidence$/);
  });

  it("score <id> <file>: the ScoreResult on stdout, exactly what score() gives", async () => {
    const r = await cli(["score", "pekppp@2022.1", UNIT]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(JSON.parse(r.stdout)).toEqual(expected);
    expect(JSON.parse(r.stdout)).toMatchObject({ value: "3.68", exact: "3.6848", predicate: { code: "B" } });
  });

  it("score <id> - reads standard input; --compact writes one line", async () => {
    const r = await cli(["score", "pekppp@2022.1", "-", "--compact"], JSON.stringify(unitInput));
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout.endsWith("\n")).toBe(true);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toEqual(expected);
  });

  it("bad input: exit 2, nothing on stdout, stderr names the path and the rule", async () => {
    const r = await cli(
      ["score", "pekppp@2022.1", "-"],
      JSON.stringify({ answers: { ...unitInput.answers, "1.a.Ak": 6 } }),
    );
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(
      [
        'kinerja score: answers["1.a.Ak"]: 6 is not a whole number from 0 to 5',
        "  code: ANSWER_OUT_OF_SCALE",
        '  path: answers["1.a.Ak"]',
        "  rule: a whole number from 0 to 5",
        "",
      ].join("\n"),
    );
  });

  it("bad input with --json-errors: stderr is one JSON object { error: { code, path, rule, message, details } }", async () => {
    const { "30.f.B": _, ...missingOne } = unitInput.answers;
    const r = await cli(["score", "pekppp@2022.1", "-", "--json-errors"], JSON.stringify({ answers: missingOne }));
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(JSON.parse(r.stderr)).toEqual({
      error: {
        code: "MISSING_ANSWER",
        path: ["answers", "30.f.B"],
        rule: "every indicator needs an answer",
        message: expect.stringContaining("30.f.B"),
        details: { missing: ["30.f.B"] },
      },
    });
  });

  it("an unreadable file and invalid JSON: exit 2 with the rule", async () => {
    const file = await cli(["score", "pekppp@2022.1", "no/such/file.json"]);
    expect([file.code, file.stdout]).toEqual([2, ""]);
    expect(file.stderr).toContain("cannot read no/such/file.json: no such file");
    expect(file.stderr).toContain("rule: a readable file, or - for standard input");
    const json = await cli(["aggregate", "ombudsman@2024.1", "-"], '["97.55", ');
    expect(json.code).toBe(2);
    expect(json.stderr).toContain("standard input is not valid JSON");
    expect(json.stderr).toContain("rule: valid JSON (RFC 8259)");
  });

  it("a JSON number with more digits than a float keeps is refused (exit 2), not silently rounded", async () => {
    const answers = '"U2":3,"U3":3,"U4":3,"U5":3,"U6":3,"U7":3,"U8":3,"U9":3';
    const r = await cli(
      ["score", "skm@2017.1", "-", "--json-errors"],
      `{"answers":{"U1":3.00000000000000000001,${answers}}}`,
    );
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).error).toMatchObject({ code: "PRECISION_EXCEEDED", path: ["answers", "U1"] });
  });

  it("aggregate <id> <file>: Kota Madiun 2023's seven units → 93.59", async () => {
    const r = await cli(["aggregate", "ombudsman@2023.1", "examples/cli/madiun-2023-units.json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(aggregate("ombudsman@2023.1", madiun.units))));
    expect(JSON.parse(r.stdout).value).toBe("93.59");
  });

  it("explain: value, predicate, gap, breakdown and what to improve first (Indonesian by default)", async () => {
    const r = await cli(["explain", "pekppp@2022.1", UNIT]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    for (const text of [
      "Nilai: 3.68 (tepat 3.6848)",
      "Predikat: B Baik",
      "Menuju A- Sangat Baik: perlu 4.01, kurang 0.33 poin",
      "Terkonfirmasi: tidak",
      "Yang diperbaiki lebih dulu:",
      "1. inovasi Inovasi: 0.3 (hilang 0.3 dari 0.6)",
      "Langkah paling sedikit menuju A- Sangat Baik: 6 langkah, nilai menjadi 4.03",
      "29.f.B Penciptaan inovasi pelayanan publik: 3 → 4 (+0.06)",
    ])
      expect(r.stdout).toContain(text);
    expect(r.stdout).toMatch(/^kebijakan\s+Kebijakan Pelayanan\s+24\s+3\.85\s+0\.924$/m);
    expect(r.stdout).toMatch(/^ {2}1\.a\.Ak\s+.+\s+17\s+5\s+0\.204$/m);
    expect(Math.max(...r.stdout.split("\n").map((l) => [...l].length))).toBeLessThanOrEqual(100);
  });

  it("schema: the JSON Schema of the rubric's input, the same as the shipped file", async () => {
    const r = await cli(["schema", "pekppp@2022.1"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(readFileSync("schemas/pekppp@2022.1.input.schema.json", "utf8"));
    expect(JSON.parse(r.stdout).properties.answers.properties["1.a.Ak"]).toMatchObject({
      title: "Tersedia Standar Pelayanan (SP) sesuai peraturan perundang-undangan",
      anyOf: [{ type: "integer", minimum: 0, maximum: 5 }, { type: "string" }],
    });
  });

  it("score --batch NDJSON: one record per line, error records, exit 2 when any failed", async () => {
    const ok = JSON.stringify({ unit: "Unit A", ...unitInput });
    const bad = JSON.stringify({ id: 7, answers: { ...unitInput.answers, "1.a.Ak": 6 } });
    const r = await cli(
      ["score", "pekppp@2022.1", "--batch", "-"],
      `${ok}\n\n${bad}\n{oops\n${JSON.stringify(unitInput)}\r\n`,
    );
    expect(r.code).toBe(2);
    const records = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(4);
    expect(records[0]).toEqual({ line: 1, unit: "Unit A", result: expected });
    expect(records[1]).toEqual({
      line: 3,
      unit: 7,
      error: {
        code: "ANSWER_OUT_OF_SCALE",
        path: ["answers", "1.a.Ak"],
        rule: "a whole number from 0 to 5",
        message: 'answers["1.a.Ak"]: 6 is not a whole number from 0 to 5',
      },
    });
    expect(records[2]).toMatchObject({ line: 4, error: { code: "INVALID_INPUT", rule: "valid JSON (RFC 8259)" } });
    expect(records[3]).toEqual({ line: 5, result: expected });
    expect(r.stderr).toBe("kinerja: 2 of 4 units failed (see the error records)\n");
  });

  it("score --batch CSV: unit,value,exact,predicate,confirmed,error; exit 0 when every row scores", async () => {
    const r = await cli(["score", "skm@2017.1", "--batch", "examples/cli/skm-units.csv"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(
      [
        "unit,value,exact,predicate,confirmed,error",
        "Unit A,91.48,91.475,A,false,",
        "Unit B,100.00,100,A,false,",
        '"Puskesmas X, Kecamatan Y",75.00,75,C,false,',
        "",
      ].join("\n"),
    );
  });

  it("verify (the pinning kit): a stored result that was tampered with is exit 2 with the reason", async () => {
    const r = await cli(["verify", "-"], JSON.stringify({ ...expected, value: "3.70" }));
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toMatch(/^kinerja verify: not ok: value 3\.70 .*\n$/);
  });
});
