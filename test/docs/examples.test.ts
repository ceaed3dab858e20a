/**
 * Every public function has an `@example`, and every example is right:
 *
 * 1. Every function exported from every entry point (entries.json) carries at least one ```ts block in an
 *    `@example` tag.
 * 2. Each block typechecks on its own against the package's types, importing the package by the names users
 *    import (`kinerja`, `kinerja/pekppp`, …, mapped to the entry sources). Free variables are allowed only where
 *    PRELUDE below declares them.
 * 3. Each block runs, and every expression statement followed by a literal comment (`unit.value; // "3.68"`,
 *    `parsed.data[0]?.U4; // 4`) must evaluate to that literal.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it, vi } from "vitest";
import * as zod from "zod";
import * as capaian from "../../src/capaian/index.js";
import * as engine from "../../src/engine.js";
import * as root from "../../src/index.js";
import * as schema from "../../src/schema/index.js";
import * as ombudsman from "../../src/schemes/ombudsman/index.js";
import * as pekppp from "../../src/schemes/pekppp/index.js";
import * as rb from "../../src/schemes/rb/index.js";
import * as sakip from "../../src/schemes/sakip/index.js";
import * as skm from "../../src/schemes/skm/index.js";
import * as svg from "../../src/svg/index.js";
import * as testing from "../../src/testing/index.js";

interface Entry {
  readonly name: string;
  readonly subpath: string;
  readonly source: string;
}
const { entries } = JSON.parse(readFileSync("entries.json", "utf8")) as { entries: Entry[] };
const specifierOf = (e: Entry) => (e.subpath === "." ? "kinerja" : `kinerja/${e.subpath.slice(2)}`);

/** The modules an example may import at run time, by the name users import them with. */
const MODULES: Record<string, unknown> = {
  kinerja: root,
  "kinerja/engine": engine,
  "kinerja/schema": schema,
  "kinerja/pekppp": pekppp,
  "kinerja/skm": skm,
  "kinerja/ombudsman": ombudsman,
  "kinerja/rb": rb,
  "kinerja/sakip": sakip,
  "kinerja/capaian": capaian,
  "kinerja/svg": svg,
  "kinerja/testing": testing,
  zod,
};

/**
 * The hidden prelude: the only free variables an example may use. `answers` is the PEKPPP reference worked
 * example (the evaluator's F-02 answers of 30 indicators, 3.6848 → 3.68 → B), keyed by indicator code.
 */
const PRELUDE = `import { listIndicators as __indicators } from "kinerja";
const __f02 = [5, 4, 3, 4, 5, 4, 3, 2, 2, 4, 5, 3, 4, 5, 4, 3, 5, 2, 3, 4, 5, 3, 4, 3, 4, 4, 3, 3, 3, 2];
/** The PEKPPP reference worked example (3.6848 → 3.68 → B): one answer per indicator code. */
const answers: Record<string, number> = Object.fromEntries(
  __indicators("pekppp@2022.2").map((indicator, k) => [indicator.code, __f02[k] as number]),
);
`;

interface Example {
  /** "kinerja/pekppp: improvementPriorities #1" */
  readonly name: string;
  /** Where the function is declared, for messages. */
  readonly where: string;
  readonly code: string;
}

// ---------------------------------------------------------------------------------------------
// 1. The public functions and their examples

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true,
  resolveJsonModule: true,
  types: ["node"],
  baseUrl: ".",
  paths: Object.fromEntries(entries.map((e) => [specifierOf(e), [`./${e.source}`]])),
};

const sourceProgram = ts.createProgram(
  entries.map((e) => e.source),
  compilerOptions,
);
const checker = sourceProgram.getTypeChecker();

/** The ```ts blocks of a declaration's `@example` tags. */
function examplesOf(node: ts.Node): string[] {
  const host = ts.isVariableDeclaration(node) ? node.parent.parent : node;
  const blocks: string[] = [];
  for (const tag of ts.getJSDocTags(host)) {
    if (tag.tagName.text !== "example") continue;
    const text = ts.getTextOfJSDocComment(tag.comment) ?? "";
    for (const m of text.matchAll(/```ts\n([\s\S]*?)```/g)) blocks.push(m[1] as string);
  }
  return blocks;
}

/** A function declaration, or a constant that can be called (`export const rubricHash: (r) => string = …`). */
const isFunction = (d: ts.Declaration): boolean =>
  ts.isFunctionDeclaration(d) ||
  (ts.isVariableDeclaration(d) && checker.getTypeAtLocation(d).getCallSignatures().length > 0);

const functions: Array<{ name: string; where: string; blocks: string[] }> = [];
for (const entry of entries) {
  const file = sourceProgram.getSourceFile(entry.source);
  const moduleSymbol = file && checker.getSymbolAtLocation(file);
  if (!moduleSymbol) throw new Error(`cannot read ${entry.source}`);
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = (symbol.declarations ?? []).filter(isFunction);
    if (declarations.length === 0) continue;
    const blocks = declarations.flatMap(examplesOf);
    const first = declarations[0] as ts.Declaration;
    const sf = first.getSourceFile();
    const line = sf.getLineAndCharacterOfPosition(first.getStart()).line + 1;
    functions.push({
      name: `${specifierOf(entry)}: ${exported.name}`,
      where: `${sf.fileName.replace(`${process.cwd()}/`, "")}:${line}`,
      blocks,
    });
  }
}

/** The doc comments the API site renders for every export (the declaration, its members, its parameters). */
const renderedDocs: Array<{ name: string; text: string }> = [];
for (const entry of entries) {
  const file = sourceProgram.getSourceFile(entry.source);
  const moduleSymbol = file && checker.getSymbolAtLocation(file);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    for (const declaration of symbol.declarations ?? []) {
      const host = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
      const visit = (node: ts.Node) => {
        // The comment nearest the node is the one rendered (a file comment above it is not).
        const doc = (node as { jsDoc?: ts.JSDoc[] }).jsDoc?.at(-1);
        if (doc) renderedDocs.push({ name: `${specifierOf(entry)}: ${exported.name}`, text: doc.getText() });
        ts.forEachChild(node, visit);
      };
      visit(host);
    }
  }
}

const examples: Example[] = functions.flatMap((f) =>
  f.blocks.map((code, k) => ({ name: `${f.name} #${k + 1}`, where: f.where, code })),
);

// ---------------------------------------------------------------------------------------------
// 2. Typecheck: one virtual module per example, prelude first

const PRELUDE_LINES = PRELUDE.split("\n").length - 1;
const virtualName = (k: number) => resolve(`__doc_examples__/example${k}.ts`);
const virtualText = (e: Example) => `${PRELUDE}${e.code}\nexport {};\n`;

function typecheck(): Map<string, string[]> {
  const files = new Map(examples.map((e, k) => [virtualName(k), virtualText(e)]));
  const host = ts.createCompilerHost(compilerOptions);
  const read = host.readFile.bind(host);
  const exists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => files.get(resolve(f)) ?? read(f);
  host.fileExists = (f) => files.has(resolve(f)) || exists(f);
  host.getSourceFile = (f, language, onError, create) => {
    const text = files.get(resolve(f));
    return text !== undefined
      ? ts.createSourceFile(f, text, language, true, ts.ScriptKind.TS)
      : getSourceFile(f, language, onError, create);
  };
  const program = ts.createProgram([...files.keys()], compilerOptions, host);
  const problems = new Map<string, string[]>();
  examples.forEach((e, k) => {
    const sf = program.getSourceFile(virtualName(k));
    if (!sf) throw new Error(`no source for ${e.name}`);
    const diagnostics = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    problems.set(
      e.name,
      diagnostics.map((d) => {
        const line = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line - PRELUDE_LINES + 1;
        return `line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      }),
    );
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// 3. Run: literal comments become checks

/** A literal at the start of a comment: a string, a number, true, false, null or undefined. */
const LITERAL = /^("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false|null|undefined)(?=$|[\s:;,(.])/;

interface Check {
  readonly line: number;
  readonly expected: unknown;
  readonly text: string;
}

/** The example's code with each `expr; // literal` statement replaced by a check of `expr` against the literal. */
function instrument(code: string): { code: string; checks: Check[] } {
  const sf = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const checks: Check[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isExpressionStatement(node)) {
      const comment = ts.getTrailingCommentRanges(code, node.end)?.[0];
      const text = comment && code.slice(comment.pos, comment.end);
      const literal = text?.startsWith("//") ? LITERAL.exec(text.slice(2).trim())?.[1] : undefined;
      const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (literal !== undefined && code.slice(node.end, comment?.pos).trim() === "") {
        const expected =
          literal === "undefined" ? undefined : literal.startsWith("'") ? literal.slice(1, -1) : JSON.parse(literal);
        checks.push({ line, expected, text: node.expression.getText() });
        edits.push({
          start: node.getStart(),
          end: node.end,
          text: `__check(${checks.length - 1}, (${node.expression.getText()}));`,
        });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = code;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { code: out, checks };
}

/** Runs an example (transpiled to CommonJS, imports served from MODULES); returns the failed checks. */
function run(e: Example): string[] {
  const { code, checks } = instrument(`${PRELUDE}${e.code}`);
  const js = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
  const failures: string[] = [];
  const requireModule = (specifier: string) => {
    if (!(specifier in MODULES)) throw new Error(`the example imports ${specifier}, which it may not`);
    return MODULES[specifier];
  };
  const check = (k: number, actual: unknown) => {
    const c = checks[k] as Check;
    if (!Object.is(actual, c.expected))
      failures.push(
        `line ${c.line - PRELUDE_LINES}: ${c.text} is ${JSON.stringify(actual)}, the comment says ${JSON.stringify(c.expected)}`,
      );
  };
  new Function("require", "exports", "module", "__check", js)(requireModule, {}, { exports: {} }, check);
  return failures;
}

// ---------------------------------------------------------------------------------------------

describe("@example on every public function", () => {
  it(`finds the public functions of ${entries.length} entry points`, () => {
    expect(functions.length).toBeGreaterThan(40);
  });

  it("every public function has an @example with a ```ts block", () => {
    expect(functions.filter((f) => f.blocks.length === 0).map((f) => `${f.name} (${f.where})`)).toEqual([]);
  });
});

describe("the API site names no file users do not have", () => {
  it("no doc comment of an export points into src/, test/ or the research notes", () => {
    const bad = renderedDocs.flatMap((d) =>
      (d.text.match(/(?<![\w@/.-])(?:\.\.\/)*(?:src|test|shared)\/[\w./-]+/g) ?? []).map((m) => `${d.name}: ${m}`),
    );
    expect([...new Set(bad)]).toEqual([]);
  });
});

describe("every @example typechecks against the package's types", () => {
  const problems = typecheck();
  for (const e of examples)
    it(e.name, () => {
      expect(problems.get(e.name), `${e.where}\n${e.code}`).toEqual([]);
    });
});

describe("every @example runs and says what it computes", () => {
  for (const e of examples)
    it(e.name, () => {
      const quiet = [vi.spyOn(console, "log"), vi.spyOn(console, "table")].map((s) => s.mockImplementation(() => {}));
      try {
        expect(run(e), `${e.where}\n${e.code}`).toEqual([]);
      } finally {
        for (const s of quiet) s.mockRestore();
      }
    });
});
