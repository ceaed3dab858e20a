/** Reads and checks the input of `score` as a whole before anything is computed. */
import { cut, type ErrorPath, formatPath, KinerjaError } from "../core/errors.js";
import { checkLimit, checkText, getLimits } from "../core/limits.js";
import { ownKeys, readOwn, snapshot, unreadable } from "../core/plain.js";
import { cmp, parseRational, type Rational } from "../core/rational.js";
import type { RubricDefinition } from "../model/types.js";
import type { Compiled, CompiledNode } from "./compile.js";
import { readNumber } from "./numbers.js";

const FIELDS = ["answers", "points", "notApplicable", "parameters", "unmetRequirements", "missing"] as const;
const own = Object.prototype.hasOwnProperty;

export interface ReadInput {
  readonly answers: Readonly<Record<string, unknown>> | null;
  readonly points: Readonly<Record<string, unknown>> | null;
  readonly parameters: ReadonlyMap<string, Rational> | null;
  readonly unmet: ReadonlyArray<string> | undefined;
  readonly missingAsZero: boolean;
  /** Only answers, every one a number or a string: the fast path may take it. */
  readonly plain: boolean;
  /** Leaf node indices declared not applicable (filled by `resolve`). */
  readonly notApplicable: Set<number>;
  /** Checks codes against the compiled rubric (unknown codes, not-applicable rules). */
  resolve(c: Compiled): void;
}

function invalid(path: ErrorPath, rule: string, message: string): never {
  throw new KinerjaError("INVALID_INPUT", message, { path, rule });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function stringList(value: unknown, path: ErrorPath): string[] {
  if (!Array.isArray(value)) invalid(path, "a list of codes", `${formatPath(path)} must be an array of codes`);
  const seen = new Set<string>();
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (typeof v !== "string") invalid([...path, i], "a code", `${formatPath([...path, i])} must be a code (text)`);
    if (seen.has(v))
      invalid([...path, i], "each code once", `${formatPath([...path, i])}: ${JSON.stringify(cut(v))} is listed twice`);
    seen.add(v);
  }
  return [...seen];
}

export function readScoreInput(rubric: RubricDefinition, raw: unknown): ReadInput {
  if (!isRecord(raw))
    invalid([], "input is { answers }", "score input must be an object { answers: { [code]: value } }");
  // Own properties only, each read once inside a guard: an inherited field or answer is never read (on the fast
  // path or the exact one), and a getter or Proxy that throws is an INVALID_INPUT naming the path.
  const input: Record<string, unknown> = {};
  for (const key of ownKeys(raw, [])) {
    if (!(FIELDS as ReadonlyArray<string>).includes(key))
      invalid(
        [key],
        "input is { answers }",
        `unknown input field ${JSON.stringify(cut(key))}; score takes { answers } (or { points })`,
      );
    const value = readOwn(raw, key, [key]);
    // Small fields are copied whole (holes, cycles and depth checked); answers are read below, without a copy.
    input[key] = key === "answers" || value === undefined ? value : snapshot(value, [key]);
  }
  const hasAnswers = input.answers !== undefined;
  const hasPoints = input.points !== undefined;
  if (hasAnswers === hasPoints)
    invalid(
      hasAnswers ? ["points"] : ["answers"],
      "input is { answers } or { points }",
      hasAnswers ? "give either answers or points, not both" : "answers must be an object keyed by indicator code",
    );
  let answers = hasAnswers ? input.answers : null;
  if (hasAnswers && !isRecord(answers))
    invalid(["answers"], "answers is { [code]: value }", "answers must be an object keyed by indicator code");
  let answerKeys: ReadonlyArray<string> = [];
  let plainAnswers = true;
  if (answers) {
    const source = answers as Record<string, unknown>;
    const keys = ownKeys(source, ["answers"]);
    checkLimit("answers", keys.length, ["answers"]);
    const maxText = getLimits().text;
    const values = new Array<unknown>(keys.length);
    let k = 0;
    try {
      for (; k < keys.length; k++) values[k] = source[keys[k] as string];
    } catch {
      unreadable("INVALID_INPUT", ["answers", keys[k] as string]);
    }
    for (k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      if (key.length > maxText) checkText(key, ["answers", key]);
      const value = values[k];
      const t = typeof value;
      if (t === "string") {
        if ((value as string).length > maxText) checkText(value as string, ["answers", key]);
      } else if (t !== "number") plainAnswers = false;
    }
    // An answer that is not a number or text (another scheme's result, or a wrong value) is read from a copy made
    // here: the exact path reads it again, and must see what was checked (own data, no getters).
    let copy: Record<string, unknown> | null = null;
    if (!plainAnswers) {
      copy = Object.create(null) as Record<string, unknown>;
      for (let k = 0; k < keys.length; k++) {
        const value = values[k];
        copy[keys[k] as string] =
          typeof value === "object" && value !== null ? snapshot(value, ["answers", keys[k] as string]) : value;
      }
    }
    answerKeys = keys;
    if (copy !== null) answers = copy;
  }
  const points = hasPoints ? input.points : null;
  if (hasPoints && !isRecord(points))
    invalid(["points"], "points is { [code]: value }", "points must be an object keyed by top-level component code");

  let parameters: Map<string, Rational> | null = null;
  const declared = rubric.parameters ?? [];
  if (input.parameters !== undefined && !isRecord(input.parameters))
    invalid(["parameters"], "parameters is { [name]: value }", "parameters must be an object keyed by name");
  const given = (input.parameters ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(given))
    if (!declared.some((p) => p.name === key))
      invalid(
        ["parameters", key],
        "a parameter the rubric declares",
        `${JSON.stringify(cut(key))} is not a parameter of ${rubric.id}${declared.length ? ` (it has ${declared.map((p) => p.name).join(", ")})` : ""}`,
      );
  // Published points need no parameters: the components' own marks do not depend on how they split inside.
  if (declared.length > 0 && !(hasPoints && Object.keys(given).length === 0)) {
    parameters = new Map();
    const missing = declared.filter((p) => !own.call(given, p.name)).map((p) => p.name);
    if (missing.length > 0)
      throw new KinerjaError(
        "MISSING_ANSWER",
        `${rubric.id} needs the parameters ${missing.join(", ")}: figures its sources do not give, which the evaluator must supply`,
        { path: ["parameters", missing[0] as string], rule: "every declared parameter", details: { missing } },
      );
    for (const p of declared) {
      const path = ["parameters", p.name];
      const v = readNumber(given[p.name], path);
      if (cmp(v, parseRational(p.min) as Rational) < 0 || cmp(v, parseRational(p.max) as Rational) > 0)
        throw new KinerjaError(
          "OUT_OF_RANGE",
          `parameters.${p.name}: ${String(given[p.name])} is outside ${p.min}–${p.max}`,
          {
            path,
            rule: `${p.label.en ?? p.label.id}: from ${p.min} to ${p.max}`,
          },
        );
      parameters.set(p.name, v);
    }
  }

  let unmet: string[] | undefined;
  if (input.unmetRequirements !== undefined) {
    if (!rubric.requirements)
      invalid(
        ["unmetRequirements"],
        "requirements the rubric declares",
        `${rubric.id} declares no minimum requirements`,
      );
    unmet = stringList(input.unmetRequirements, ["unmetRequirements"]);
    unmet.forEach((code, i) => {
      if (!rubric.requirements?.some((r) => r.code === code))
        invalid(
          ["unmetRequirements", i],
          "a requirement code of the rubric",
          `${JSON.stringify(cut(code))} is not a requirement of ${rubric.id} (${rubric.requirements?.map((r) => r.code).join(", ")})`,
        );
    });
  }

  if (input.missing !== undefined && input.missing !== "error" && input.missing !== "zero")
    invalid(["missing"], '"error" or "zero"', 'missing must be "error" (the default) or "zero"');
  const missingAsZero = input.missing === "zero";
  if (missingAsZero && !rubric.missingAnswer)
    invalid(
      ["missing"],
      "only where the regulation counts a missing answer as zero",
      `${rubric.id}'s regulation does not count a missing answer as zero; answer every indicator`,
    );

  const naCodes = input.notApplicable === undefined ? [] : stringList(input.notApplicable, ["notApplicable"]);
  let plain = !hasPoints && naCodes.length === 0 && !missingAsZero && parameters === null && plainAnswers;
  const notApplicable = new Set<number>();
  return {
    answers: answers as Record<string, unknown> | null,
    points: points as Record<string, unknown> | null,
    parameters,
    unmet,
    missingAsZero,
    get plain() {
      return plain;
    },
    notApplicable,
    resolve(c: Compiled) {
      for (const key of answerKeys) {
        const at = c.byCode.get(key);
        if (at === undefined || !(c.nodes[at] as CompiledNode).isLeaf)
          throw new KinerjaError(
            "UNKNOWN_INDICATOR",
            at !== undefined
              ? `"${key}" is a group in ${c.rubric.id}; answer its indicators instead`
              : `${JSON.stringify(cut(key))} is not an indicator of ${c.rubric.id}`,
            { path: ["answers", key], rule: "answers are keyed by the indicator codes of listIndicators()" },
          );
      }
      // Every key is a distinct indicator: the fast path (which reads answers by code) runs only when each
      // indicator has its own answer, so an inherited value can never stand in for a missing one.
      if (answerKeys.length !== c.leaves.length) plain = false;
      if (points)
        for (const key of Object.keys(points))
          if (!c.top.some((i) => (c.nodes[i] as CompiledNode).node.code === key))
            throw new KinerjaError(
              "UNKNOWN_INDICATOR",
              `${JSON.stringify(cut(key))} is not a top-level component of ${c.rubric.id}`,
              {
                path: ["points", key],
                rule: "points are keyed by the codes of the top-level components",
              },
            );
      naCodes.forEach((code, k) => {
        const at = c.byCode.get(code);
        const path = ["notApplicable", k];
        if (at === undefined)
          throw new KinerjaError("UNKNOWN_INDICATOR", `${JSON.stringify(cut(code))} is not a node of ${c.rubric.id}`, {
            path,
            rule: "codes of the rubric's nodes",
          });
        const node = c.nodes[at] as CompiledNode;
        const rule =
          node.parent < 0 ? (c.rubric.notApplicable ?? null) : (c.nodes[node.parent] as CompiledNode).notApplicable;
        const parentSum = node.parent >= 0 && (c.nodes[node.parent] as CompiledNode).combine === "sum";
        if (!rule || (parentSum && rule.rule !== "zero"))
          invalid(
            path,
            "only where the rubric provides for it",
            `${c.rubric.id} does not let ${JSON.stringify(cut(code))} be not applicable`,
          );
        const mark = (i: number) => {
          const n = c.nodes[i] as CompiledNode;
          if (n.isLeaf) {
            if (
              answers &&
              own.call(answers, n.node.code) &&
              (answers as Record<string, unknown>)[n.node.code] !== undefined
            )
              invalid(
                ["answers", n.node.code],
                "an item is answered or not applicable",
                `"${n.node.code}" is answered and declared not applicable`,
              );
            notApplicable.add(i);
          } else for (const k2 of n.children) mark(k2);
        };
        mark(at);
      });
    },
  };
}
