/**
 * The PHP (proc_open) and Python (subprocess) recipes of docs/cli.md, run for real against the CLI from source
 * (KINERJA_CLI="node --import tsx src/cli/main.ts"). Each language is skipped when its interpreter is absent.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_FROM_SOURCE, type Outcome } from "./run-cli.js";

function has(command: string): boolean {
  try {
    execFileSync(command, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function recipe(interpreter: string, args: ReadonlyArray<string>): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(interpreter, args, { env: { ...process.env, KINERJA_CLI: CLI_FROM_SOURCE } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const dir = mkdtempSync(join(tmpdir(), "kinerja-recipes-"));
const bad = join(dir, "bad.json");
writeFileSync(bad, JSON.stringify({ answers: { U1: 5 } }));
const answers = Object.fromEntries(["U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"].map((c) => [c, "3.659"]));
const batch = join(dir, "units.ndjson");
writeFileSync(
  batch,
  `${JSON.stringify({ unit: "Unit A", answers })}\n${JSON.stringify({ unit: "Unit B", answers: { ...answers, U1: "4,5" } })}\n`,
);

const RECIPES = [
  { language: "Python", interpreter: "python3", file: "examples/cli/score.py" },
  { language: "PHP", interpreter: "php", file: "examples/cli/score.php" },
] as const;

for (const r of RECIPES)
  describe.skipIf(!has(r.interpreter)).concurrent(`${r.language} recipe (${r.file})`, { timeout: 120_000 }, () => {
    it("scores one unit and prints its value, predicate and gap", async () => {
      const out = await recipe(r.interpreter, [r.file, "pekppp@2022.1", "examples/cli/pekppp-unit.json"]);
      expect([out.code, out.stderr]).toEqual([0, ""]);
      expect(out.stdout).toBe("pekppp@2022.1: 3.68 (B Baik), confirmed: false\nto A-: 0.33 points (target 4.01)\n");
    });

    it("reports bad input with its code, path and rule, and exits 2", async () => {
      const out = await recipe(r.interpreter, [r.file, "skm@2017.1", bad]);
      expect(out.code).toBe(2);
      expect(out.stderr).toBe(
        'bad input ANSWER_OUT_OF_SCALE at ["answers"]["U1"]: answers.U1: 5 is not a decimal from 1 to 4 (rule: a decimal from 1 to 4)\n',
      );
    });

    it("scores many units in one call (NDJSON), one record per unit, errors included", async () => {
      const out = await recipe(r.interpreter, [r.file, "--batch", "skm@2017.1", batch]);
      expect(out.code).toBe(2);
      const lines = out.stdout.trimEnd().split("\n");
      expect(lines[0]).toBe("Unit A: skm@2017.1: 91.48 (A Sangat Baik), confirmed: false");
      expect(lines[1]).toMatch(/^Unit B: INVALID_INPUT answers.U1: /);
    });
  });
