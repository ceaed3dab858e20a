/**
 * The `kinerja` command line: argument parsing, the commands, and the exit codes scripts rely on
 * (0 success, 2 bad input, 1 anything else). `run` takes its streams as arguments so that tests can run it
 * in-process; src/cli/main.ts wires it to the real process.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { formatPath } from "../core/errors.js";
import {
  type AggregateOptions,
  type AggregateUnit,
  aggregate,
  getRubric,
  isKinerjaError,
  KinerjaError,
  listRubrics,
  SCHEMES,
  type ScoreInput,
  score,
} from "../index.js";
import { VERSION } from "../version.js";
import { runBatch } from "./batch.js";
import { explainText } from "./explain.js";
import { type CliIo, readJsonInput, write } from "./io.js";
import { inputJsonSchema } from "./jsonSchema.js";
import { pinning } from "./pinning.js";
import { confidenceOf, loadRubric } from "./rubric.js";
import { type Lang, table } from "./text.js";

type Values = Record<string, string | boolean | string[] | undefined>;

interface Command {
  readonly usage: string;
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  /** How many positional arguments it takes. */
  readonly positionals: readonly [min: number, max: number];
  run(io: CliIo, positionals: string[], values: Values): Promise<number>;
}

const RUBRIC_ARG = `<rubric> is a rubric id (pekppp@2022.1; \`kinerja rubrics\` lists them), a scheme with
--year (pekppp --year 2024: the one rubric for that assessment year), or a rubric
definition file ending in .json (checked like defineRubric).`;

const EXIT_CODES = `Exit codes: 0 success, 2 bad input (stderr names the path and the rule), 1 anything else.`;

const GLOBAL_OPTIONS = `  --json-errors   write an error to stderr as one JSON object:
                  {"error":{"code","path","rule","message","details"}}
  -h, --help      this help`;

const year = { year: { type: "string" } } as const;
const compact = { compact: { type: "boolean" } } as const;

const json = (value: unknown, oneLine: boolean): string =>
  `${oneLine ? JSON.stringify(value) : JSON.stringify(value, null, 2)}\n`;

const str = (v: string | boolean | string[] | undefined): string | undefined => (typeof v === "string" ? v : undefined);

function langOf(values: Values): Lang {
  const lang = str(values.lang) ?? "id";
  if (lang !== "id" && lang !== "en")
    throw new KinerjaError("INVALID_INPUT", `--lang must be id or en, not "${lang}"`, {
      path: ["--lang"],
      rule: "id or en",
    });
  return lang;
}

const validity = (from: number, to: number | null): string => `${from}–${to ?? "…"}`;

const COMMANDS: Record<string, Command> = {
  rubrics: {
    usage: "kinerja rubrics [--scheme <scheme>] [--json]",
    help: `List the rubrics shipped: id, scheme, assessment years, status and confidence.

Options:
  --scheme <s>    only this scheme (${SCHEMES.join(", ")})
  --json          a JSON array: { id, scheme, version, title, validFor, status, confidence }

Confidence "confirmed" means every figure the rubric uses (weights, scales, bands,
rounding, aggregation) is confirmed by its source and the official bands and unit →
instansi rule are known; otherwise it counts the unconfirmed figures. A result is
confirmed only if every figure it used is (the result's own "confirmed" says so).`,
    options: { scheme: { type: "string" }, json: { type: "boolean" } },
    positionals: [0, 0],
    async run(io, _, values) {
      const scheme = str(values.scheme);
      if (scheme !== undefined && !(SCHEMES as ReadonlyArray<string>).includes(scheme))
        throw new KinerjaError("UNKNOWN_RUBRIC", `unknown scheme "${scheme}" (known: ${SCHEMES.join(", ")})`, {
          path: ["--scheme"],
          rule: "a known scheme id",
        });
      const rows = listRubrics(scheme === undefined ? {} : { scheme }).map((r) => ({
        ...r,
        confidence: confidenceOf(getRubric(r.id)),
      }));
      if (values.json) {
        await write(io.stdout, json(rows, false));
        return 0;
      }
      const confidence = (c: (typeof rows)[number]["confidence"]): string => {
        const parts = [c.unconfirmed === 0 ? "confirmed" : `${c.unconfirmed} of ${c.figures} figures unconfirmed`];
        if (!c.bands) parts.push("no official bands");
        if (!c.aggregation) parts.push("no aggregation rule");
        return parts.join("; ");
      };
      await write(
        io.stdout,
        `${table(
          [
            { title: "id", align: "left" },
            { title: "scheme", align: "left" },
            { title: "years", align: "left" },
            { title: "status", align: "left" },
            { title: "confidence", align: "left", flexible: true, min: 20 },
          ],
          rows.map((r) => [
            r.id,
            r.scheme,
            validity(r.validFor.from, r.validFor.to),
            r.status,
            confidence(r.confidence),
          ]),
          1000,
        )}\n`,
      );
      return 0;
    },
  },

  score: {
    usage: "kinerja score <rubric> <input.json|->   |   kinerja score <rubric> --batch <file.csv|file.ndjson|->",
    help: `Score one unit. The input is exactly what score() takes:
  { "answers": { "<indicator code>": <number | "decimal text" | "option code">, … } }
  or { "points": { "<top-level code>": <points>, … } }
  (plus "notApplicable", "parameters", "unmetRequirements", "missing" where the rubric has them;
  \`kinerja schema <rubric>\` gives the JSON Schema). The ScoreResult JSON is written to stdout.

Batch mode (--batch): one unit per line, results out in the same format, streamed line by line.
  NDJSON (.ndjson/.jsonl, or - by default): each line one input object, optionally with "unit" or "id";
    out: {"line":n,"unit":…,"result":{…}} or {"line":n,"unit":…,"error":{"code","path","rule","message"}}.
  CSV (.csv): a header row of indicator codes (plus an optional unit or id column), one unit per row;
    out: unit,value,exact,predicate,confirmed,error (unit: the unit column, or the row's line number).
  A unit that fails gives an error record and the batch goes on; the exit code is 2 if any failed.

Options:
  --year <yyyy>          with a scheme instead of a rubric id: the rubric for that assessment year
  --compact              the result JSON on one line
  --batch <file|->       batch mode
  --format csv|ndjson    the batch format (default: from the file's extension; standard input: ndjson)
  --points               CSV batch: the columns are the top-level components' published points
  --progress             always show the progress bar on stderr
  --no-progress          never show it (default: on a terminal, for files of 256 KiB or more)

${RUBRIC_ARG}`,
    options: {
      ...year,
      ...compact,
      batch: { type: "string" },
      format: { type: "string" },
      points: { type: "boolean" },
      progress: { type: "boolean" },
      "no-progress": { type: "boolean" },
    },
    positionals: [1, 2],
    async run(io, [id, file], values) {
      const batch = str(values.batch);
      if (batch !== undefined) {
        if (file !== undefined)
          throw usage("score", `give the input either as a file or with --batch, not both ("${file}")`);
        const rubric = await loadRubric(io, id, str(values.year));
        return runBatch(io, rubric, batch, {
          format: str(values.format),
          points: values.points === true,
          progress: values["no-progress"] ? "off" : values.progress ? "on" : "auto",
        });
      }
      for (const flag of ["format", "points", "progress", "no-progress"])
        if (values[flag] !== undefined) throw usage("score", `--${flag} is for batch mode (--batch)`);
      if (file === undefined) throw usage("score", "missing the input: a JSON file, or - for standard input");
      const rubric = await loadRubric(io, id, str(values.year));
      const input = await readJsonInput(io, file);
      await write(io.stdout, json(score(rubric, input as ScoreInput), values.compact === true));
      return 0;
    },
  },

  aggregate: {
    usage: "kinerja aggregate <rubric> <units.json|->",
    help: `The instansi result from its units, by the rubric's rule. The input is a JSON array of units
(score results, published values such as "97.55", or { "unit": "Dinkes", "value": "97.55" }),
or { "units": [ … ], "options": { "strategy": "mean" | "weightedMean", "adjustments": [ … ] } }.
The AggregateResult JSON is written to stdout.

Options:
  --year <yyyy>   with a scheme instead of a rubric id
  --compact       the result JSON on one line

${RUBRIC_ARG}`,
    options: { ...year, ...compact },
    positionals: [2, 2],
    async run(io, [id, file], values) {
      const rubric = await loadRubric(io, id, str(values.year));
      const input = await readJsonInput(io, file as string);
      let units: unknown = input;
      let options: unknown;
      if (!Array.isArray(input)) {
        if (typeof input !== "object" || input === null || !("units" in input))
          throw new KinerjaError("INVALID_INPUT", 'the input must be a JSON array of units, or { "units": [ … ] }', {
            path: [],
            rule: 'a JSON array of units, or { "units": [ … ], "options": { … } }',
          });
        for (const key of Object.keys(input))
          if (key !== "units" && key !== "options")
            throw new KinerjaError("INVALID_INPUT", `unknown field "${key}"; the input is { units, options }`, {
              path: [key],
              rule: 'a JSON array of units, or { "units": [ … ], "options": { … } }',
            });
        ({ units, options } = input as { units: unknown; options?: unknown });
      }
      const result = aggregate(rubric, units as AggregateUnit[], options as AggregateOptions | undefined);
      await write(io.stdout, json(result, values.compact === true));
      return 0;
    },
  },

  explain: {
    usage: "kinerja explain <rubric> <input.json|-> [--lang id|en]",
    help: `A readable breakdown of one unit's score: the value (and the exact value), the predicate, the
points to the next predicate, whether every figure is confirmed, each component and indicator
with its weight, value and points, and what to improve first (improvementPlan: the components
with the most points missing and the fewest steps to the next predicate). The input is the same
as for \`kinerja score\`.

Options:
  --lang id|en    labels and words in Bahasa Indonesia (id, the default: the official wording)
                  or English (en; Indonesian where a label has no English gloss)
  --width <n>     the line width (default: the terminal's, or 100)
  --year <yyyy>   with a scheme instead of a rubric id

${RUBRIC_ARG}`,
    options: { ...year, lang: { type: "string" }, width: { type: "string" } },
    positionals: [2, 2],
    async run(io, [id, file], values) {
      const lang = langOf(values);
      const widthText = str(values.width);
      if (widthText !== undefined && !/^\d{2,3}$/.test(widthText))
        throw new KinerjaError(
          "INVALID_INPUT",
          `--width must be a number of columns from 10 to 999, not "${widthText}"`,
          {
            path: ["--width"],
            rule: "a number of columns from 10 to 999",
          },
        );
      const terminal = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 100;
      const width = widthText !== undefined ? Number(widthText) : terminal; // not-a-score: a line width
      const rubric = await loadRubric(io, id, str(values.year));
      const input = await readJsonInput(io, file as string);
      await write(io.stdout, explainText(rubric, input as ScoreInput, lang, width));
      return 0;
    },
  },

  schema: {
    usage: "kinerja schema <rubric>",
    help: `The JSON Schema (draft 2020-12) of the rubric's input for \`kinerja score\` ({ "answers": … }):
every indicator with its label as title, its range (minimum/maximum), its option codes (enum) and
a pattern for numbers written as text. The same files ship in the package: schemas/<id>.input.schema.json.
A string that matches the pattern may still be outside the range: score checks it exactly.

Options:
  --year <yyyy>   with a scheme instead of a rubric id

${RUBRIC_ARG}`,
    options: { ...year },
    positionals: [1, 1],
    async run(io, [id], values) {
      const rubric = await loadRubric(io, id, str(values.year));
      await write(io.stdout, inputJsonSchema(rubric));
      return 0;
    },
  },

  diff: {
    usage: "kinerja diff <rubric-a> <rubric-b> [--json] [--lang id|en]",
    help: `What changed from rubric a to rubric b: first the changes that move numbers (weights, scales,
bands, rounding, aggregation), then the changes of sources and texts only.

Options:
  --json          the diff as JSON: { "figures": [ … ], "provenance": [ … ] },
                  each change { "path", "from"?, "to"?, "text" }
  --lang id|en    the words of each change: Bahasa Indonesia (id, the default) or English

The exit code is 0 whether or not the rubrics differ.
Each rubric is an id (pekppp@2017.1) or a rubric definition file ending in .json.`,
    options: { json: { type: "boolean" }, lang: { type: "string" } },
    positionals: [2, 2],
    async run(io, [a, b], values) {
      const lang = langOf(values);
      const [ra, rb] = [await loadRubric(io, a), await loadRubric(io, b)];
      const diff = (await pinning()).diffRubrics(ra, rb, { lang });
      if (values.json) {
        await write(io.stdout, json(diff, false));
        return 0;
      }
      const lines = [`${ra.id} → ${rb.id}`, ""];
      const section = (title: string, changes: ReadonlyArray<{ text: string }>) => {
        lines.push(`${title} (${changes.length}):`);
        if (changes.length === 0) lines.push(lang === "id" ? "  tidak ada" : "  none");
        for (const c of changes) lines.push(`  - ${c.text}`);
        lines.push("");
      };
      section(
        lang === "id" ? "Angka (perubahan yang menggeser nilai)" : "Figures (changes that move numbers)",
        diff.figures,
      );
      section(lang === "id" ? "Sumber dan teks" : "Sources and texts", diff.provenance);
      await write(io.stdout, lines.join("\n"));
      return 0;
    },
  },

  verify: {
    usage: "kinerja verify <stored-result.json|-> [--json] [--rubric <rubric.json>]…",
    help: `Checks a stored score or aggregate result against the rubric it names: the rubric's content
hash, then, when the file is { "result": …, "input": … }, the input scored again (every figure
must agree); without the input, the result's internal consistency (value, predicate, gap,
breakdown). Keep { result, input } to re-verify a result next year.

Prints "ok" (exit code 0), or "not ok: <reason>" on stderr (exit code 2).

Options:
  --json               write { "ok": true, "rescored": … } or { "ok": false, "reason": "…" } to stdout
  --rubric <file>      a rubric definition (.json) to look the result's rubric id up in first
                       (your derived rubrics); may be given several times`,
    options: { json: { type: "boolean" }, rubric: { type: "string", multiple: true } },
    positionals: [1, 1],
    async run(io, [file], values) {
      const files = Array.isArray(values.rubric) ? values.rubric : [];
      const rubrics = [];
      for (const f of files) {
        if (!f.toLowerCase().endsWith(".json"))
          throw usage("verify", `--rubric takes a rubric file ending in .json, not "${f}"`);
        rubrics.push(await loadRubric(io, f));
      }
      const stored = await readJsonInput(io, file as string);
      const verdict = (await pinning()).verifyResult(stored, rubrics.length > 0 ? { rubrics } : undefined);
      if (values.json) await write(io.stdout, json(verdict, false));
      else if (verdict.ok) await write(io.stdout, verdict.rescored ? "ok (re-scored from the stored input)\n" : "ok\n");
      if (!verdict.ok) {
        io.stderr.write(`kinerja verify: not ok: ${verdict.reason ?? "the result does not verify"}\n`);
        return 2;
      }
      return 0;
    },
  },
};

const TOP_HELP = `kinerja ${VERSION}: exact scores of Indonesia's government-performance evaluations
(PEKPPP, SKM, Ombudsman compliance, Reformasi Birokrasi, SAKIP), as versioned rubrics.

Usage: kinerja <command> [options]

Commands:
  rubrics [--scheme s] [--json]        the rubrics shipped: ids, schemes, years, status, confidence
  score <rubric> <input.json|->        score one unit; the result JSON on stdout
  score <rubric> --batch <file|->      score many units from CSV or NDJSON, line by line
  aggregate <rubric> <units.json|->    the instansi result from its units
  explain <rubric> <input.json|->      a readable breakdown and what to improve first
  schema <rubric>                      the JSON Schema of the rubric's input
  diff <rubric-a> <rubric-b>           what changed between two rubrics
  verify <stored-result.json|->        check a stored result

${RUBRIC_ARG}

Options for every command:
${GLOBAL_OPTIONS}
  --version       the kinerja version (kinerja --version)

${EXIT_CODES}
\`kinerja <command> --help\` shows a command's options.`;

function commandHelp(c: Command): string {
  return `Usage: ${c.usage}\n\n${c.help}\n\nOptions for every command:\n${GLOBAL_OPTIONS}\n\n${EXIT_CODES}\n`;
}

/** A usage mistake: bad input (exit code 2), with a pointer to the command's help. */
function usage(command: string | null, message: string): KinerjaError {
  const help = command ? `kinerja ${command} --help` : "kinerja --help";
  return new KinerjaError("INVALID_INPUT", `${message} (${help} shows the usage)`, {
    path: ["argv"],
    rule: command ? (COMMANDS[command]?.usage ?? help) : "kinerja <command> [options]",
  });
}

/** Writes an error to stderr: readable lines, or one JSON object with --json-errors. */
function report(io: CliIo, command: string | null, e: KinerjaError, asJson: boolean): void {
  if (asJson) {
    let details: unknown = e.details;
    try {
      JSON.stringify(details);
    } catch {
      details = {};
    }
    io.stderr.write(
      `${JSON.stringify({ error: { code: e.code, path: e.path, rule: e.rule, message: e.message, details } })}\n`,
    );
    return;
  }
  io.stderr.write(
    `kinerja${command ? ` ${command}` : ""}: ${e.message}\n  code: ${e.code}\n  path: ${formatPath(e.path)}\n  rule: ${e.rule}\n`,
  );
}

/** Runs the command line `argv` (without node and the script); resolves to the exit code. */
export async function run(argv: ReadonlyArray<string>, io: CliIo): Promise<number> {
  const jsonErrors = argv.includes("--json-errors");
  let name: string | null = null;
  try {
    const [first, ...rest] = argv.filter((a) => a !== "--json-errors");
    if (first === undefined) {
      io.stderr.write(`${TOP_HELP}\n`);
      return 2;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      const topic = first === "help" ? rest[0] : undefined;
      const c = topic === undefined ? undefined : COMMANDS[topic];
      if (topic !== undefined && !c) throw usage(null, `unknown command "${topic}"`);
      await write(io.stdout, c && topic ? commandHelp(c) : `${TOP_HELP}\n`);
      return 0;
    }
    if (first === "--version" || first === "-v") {
      await write(io.stdout, `${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS[first];
    if (!command) throw usage(null, `unknown command "${first}"`);
    name = first;
    let parsed: { values: Values; positionals: string[] };
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, help: { type: "boolean", short: "h" } },
        allowPositionals: true,
        strict: true,
      }) as { values: Values; positionals: string[] };
    } catch (e) {
      // Node's messages run on ("… To specify a positional argument starting with a '-', …"): the first sentence.
      const message = (e as Error).message.split(/\.(\s|$)/)[0] ?? "bad arguments";
      throw usage(first, message);
    }
    if (parsed.values.help) {
      await write(io.stdout, commandHelp(command));
      return 0;
    }
    const [min, max] = command.positionals;
    const count = parsed.positionals.length;
    if (count < min || count > max)
      throw usage(
        first,
        count < min
          ? `missing argument${min - count === 1 ? "" : "s"}: ${command.usage}`
          : `too many arguments (${parsed.positionals.slice(max).join(" ")})`,
      );
    return await command.run(io, parsed.positionals, parsed.values);
  } catch (e) {
    if (isKinerjaError(e)) {
      report(io, name, e, jsonErrors);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    if (jsonErrors)
      io.stderr.write(`${JSON.stringify({ error: { code: "INTERNAL", path: [], rule: "", message } })}\n`);
    else
      io.stderr.write(
        `kinerja${name ? ` ${name}` : ""}: internal error: ${message}\n${io.env.KINERJA_DEBUG && e instanceof Error ? `${e.stack}\n` : "  (set KINERJA_DEBUG=1 for the stack; please report it)\n"}`,
      );
    return 1;
  }
}
