import { contentHash } from "../core/contentHash.js";
import { cut, formatPath, KinerjaError } from "../core/errors.js";
import { checkLimit } from "../core/limits.js";
import { snapshot } from "../core/plain.js";
import { add, cmp, eq, parseRational, R0, R1, type Rational } from "../core/rational.js";
import { BUILTIN_HASHES, type BuiltinRubricId } from "../data/builtinIds.js";
import type { Band, Rubric, RubricDefinition, RubricNode, Scale } from "../model/types.js";
import { type CompiledNode, compileRubric } from "./compile.js";
import { leafScale } from "./leafScale.js";
import { MAX_INPUT_DIGITS, PLAIN_DECIMAL } from "./numbers.js";
import { deepFreeze, markDefined } from "./registryOfDefined.js";
import { checkRubricShape } from "./rubricShape.js";

type Path = Array<string | number>;

/** A rubric scores at most as many indicators as one input may answer: more nodes are LIMIT_EXCEEDED. */
function countNodes(def: unknown): void {
  const nodes = (def as { nodes?: unknown } | null)?.nodes;
  let count = 0;
  const walk = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    count += list.length;
    for (const node of list) walk((node as { children?: unknown } | null)?.children);
  };
  walk(nodes);
  checkLimit("answers", count, ["nodes"]);
}

/** Object nesting a rubric may have: 32 levels of nodes (rubricShape's limit) take 2 each, plus their fields. */
const RUBRIC_DEPTH = 80;

function invalid(path: Path, rule: string, message: string): never {
  throw new KinerjaError("INVALID_RUBRIC", `Invalid rubric at ${formatPath(path)}: ${message}`, {
    path,
    rule,
  });
}

/** A rubric's text in a message: quoted and cut to 60 characters. */
const q = (text: string): string => JSON.stringify(cut(String(text)));

const r = (text: string): Rational => parseRational(text) as Rational;
const decimalsOf = (text: string): number => text.split(".")[1]?.length ?? 0;
/** "05" → "5", "-007.5" → "-7.5": a plain number in the canonical form parseRational takes. */
const stripZeros = (text: string): string => text.replace(/^(-?)0+(?=\d)/, "$1");

function scaleRange(key: string, scale: Scale): [Rational, Rational] {
  const ls = leafScale(key, scale);
  return [ls.lo, ls.hi];
}

/** Lookup rows (like bands) must cover the input range exactly once. */
function checkRows(scale: Extract<Scale, { kind: "lookup" }>, path: Path): void {
  const asBands = scale.rows.map((row, i) => ({
    code: String(i),
    label: { id: String(i) },
    min: row.min,
    minInclusive: row.minInclusive,
    max: row.max,
    maxInclusive: row.maxInclusive,
    source: row.source,
  }));
  checkBands(asBands, r(scale.input.min), r(scale.input.max), [...path, "rows"]);
}

function checkScales(def: RubricDefinition): void {
  for (const [key, scale] of Object.entries(def.scales)) {
    const path = ["scales", key];
    if (scale.kind === "integer" && scale.min >= scale.max) invalid(path, "scale.range", "min must be below max");
    if (scale.kind === "decimal" && cmp(r(scale.min), r(scale.max)) >= 0)
      invalid(path, "scale.range", "min must be below max");
    if (
      scale.kind === "decimal" &&
      scale.places !== undefined &&
      (decimalsOf(scale.min) > scale.places || decimalsOf(scale.max) > scale.places)
    )
      invalid(path, "scale.places", `min and max must have at most ${scale.places} decimals, like the answers`);
    if (scale.kind === "lookup") {
      if (cmp(r(scale.input.min), r(scale.input.max)) >= 0)
        invalid([...path, "input"], "scale.range", "input.min must be below input.max");
      checkRows(scale, path);
    }
    if (scale.normalize) {
      const n = scale.normalize;
      if (cmp(r(n.min), r(n.max)) >= 0)
        invalid([...path, "normalize"], "scale.normalize", "normalize.min must be below normalize.max");
      if (!n.cap) {
        const raw = leafScale(key, { ...scale, normalize: undefined } as Scale);
        if (cmp(raw.lo, r(n.min)) < 0 || cmp(raw.hi, r(n.max)) > 0)
          invalid(
            [...path, "normalize"],
            "scale.normalize",
            "the scale's values must lie within normalize.min..max (or declare cap: true where the rule caps them)",
          );
      }
    }
    if (scale.kind === "options") {
      const seen = new Set<string>();
      scale.options.forEach((o, i) => {
        if (seen.has(o.code))
          invalid([...path, "options", i, "code"], "scale.uniqueCodes", `duplicate option ${q(o.code)}`);
        seen.add(o.code);
        // A code "1" meaning the value 2 would make the answer "1" ambiguous with the number 1.
        if (PLAIN_DECIMAL.test(o.code) && !eq(r(stripZeros(o.code)), r(o.value)))
          invalid(
            [...path, "options", i, "code"],
            "scale.optionCodes",
            `option code ${q(o.code)} reads as a number but means ${cut(o.value)}`,
          );
      });
    }
  }
}

/**
 * Digits a rubric figure may be written with, per number (a decimal, or the numerator or the denominator of a
 * fraction; a lone "0" before the point is not counted, zeros after it are): a figure that is compared with
 * answers and values (a scale bound, a band edge, a level or option value, the result range, a parameter's
 * range) has at most as many as an answer ({@link MAX_INPUT_DIGITS}, rule `figures.digits`); a weight (and the
 * multiplier) at most 100, rule `weights.precision`: as written, its numerator and denominator stay below
 * 10^100, the bound that rule sets for weights and their sums. Checked on the text, before any figure is read: a
 * million-digit figure would otherwise cost seconds of BigInt parsing and gcds.
 */
export const MAX_RUBRIC_FIGURE_DIGITS = MAX_INPUT_DIGITS;
export const MAX_RUBRIC_WEIGHT_DIGITS = 100;

/** The digits of the longest number in a figure text ("-12.50" → 4, "1/9" → 1, "0.05" → 2). */
function digitsOf(text: string): number {
  let most = 0;
  for (const part of text.split("/")) {
    const [int = "", frac = ""] = part.replace(/^-/, "").split(".");
    const digits = (int === "0" ? 0 : int.length) + frac.length;
    if (digits > most) most = digits;
  }
  return most;
}

/** INVALID_RUBRIC at `path` when the figure there is written with more digits than `limit` allows. */
function figure(value: unknown, path: Path, limit: number): void {
  if (typeof value !== "string" || value.startsWith("$") || value.length <= limit) return;
  const digits = digitsOf(value);
  if (digits > limit)
    throw new KinerjaError(
      "INVALID_RUBRIC",
      limit === MAX_RUBRIC_WEIGHT_DIGITS
        ? `Invalid rubric at ${formatPath(path)}: a weight written with ${digits} digits; a weight's numerator and denominator have at most ${limit} digits (below 10^100)`
        : `Invalid rubric at ${formatPath(path)}: a figure written with ${digits} digits; a rubric figure has at most ${limit} digits per number, as an answer`,
      {
        path,
        rule: limit === MAX_RUBRIC_WEIGHT_DIGITS ? "weights.precision" : "figures.digits",
        details: { digits, limit },
      },
    );
}

/**
 * Every figure of a (well-shaped) definition within its digit limit ({@link MAX_RUBRIC_FIGURE_DIGITS},
 * {@link MAX_RUBRIC_WEIGHT_DIGITS}), checked before any of them is read as a number.
 */
function checkFigureDigits(def: RubricDefinition): void {
  const value = (v: unknown, path: Path) => figure(v, path, MAX_RUBRIC_FIGURE_DIGITS);
  const weight = (v: unknown, path: Path) => figure(v, path, MAX_RUBRIC_WEIGHT_DIGITS);
  const range = (o: { readonly min: unknown; readonly max: unknown }, path: Path) => {
    value(o.min, [...path, "min"]);
    value(o.max, [...path, "max"]);
  };
  weight(def.weightTotal, ["weightTotal"]);
  for (const [key, scale] of Object.entries(def.scales)) {
    const path = ["scales", key];
    if (scale.kind === "decimal") range(scale, path);
    if (scale.kind === "options")
      scale.options.forEach((o, i) => {
        value(o.value, [...path, "options", i, "value"]);
      });
    if (scale.kind === "lookup") {
      range(scale.input, [...path, "input"]);
      scale.rows.forEach((row, i) => {
        range(row, [...path, "rows", i]);
        value(row.value, [...path, "rows", i, "value"]);
      });
    }
    if (scale.normalize) range(scale.normalize, [...path, "normalize"]);
  }
  range(def.result, ["result"]);
  if (def.result.multiplier !== undefined) weight(def.result.multiplier, ["result", "multiplier"]);
  const walk = (nodes: ReadonlyArray<RubricNode>, path: Path): void => {
    nodes.forEach((node, i) => {
      const at = [...path, i];
      weight(node.weight, [...at, "weight"]);
      if (node.childWeightTotal !== undefined) weight(node.childWeightTotal, [...at, "childWeightTotal"]);
      node.levels?.forEach((level, j) => {
        value(level.value, [...at, "levels", j, "value"]);
      });
      if (node.children) walk(node.children, [...at, "children"]);
    });
  };
  walk(def.nodes, ["nodes"]);
  def.predicates?.forEach((band, i) => {
    range(band, ["predicates", i]);
  });
  def.parameters?.forEach((p, i) => {
    range(p, ["parameters", i]);
  });
}

const isParam = (w: string): boolean => w.startsWith("$");

/** Numerators and denominators of weights and their sums stay below 10^100: exact shares stay cheap to compute. */
const MAX_FIGURE = 10n ** 100n;

/**
 * A weight (or a running sibling sum) whose numerator or denominator reaches 10^100 is refused: a rubric needs no
 * finer weights, and without this bound the exact sums of a few thousand distinct fractions grow to thousands of
 * digits and take minutes (every addition reduces by a gcd of that size).
 */
function bounded(value: Rational, path: Path, what: string): Rational {
  const n = value.n < 0n ? -value.n : value.n;
  if (n >= MAX_FIGURE || value.d >= MAX_FIGURE)
    invalid(
      path,
      "weights.precision",
      `${what} needs a numerator or denominator of 100 digits or more (its fractions have no common denominator below 10^100): use fewer distinct fractions`,
    );
  return value;
}

/** Walks the tree: codes unique, node kinds, known scales and parameters, siblings sum exactly. */
function checkTree(def: RubricDefinition): Set<string> {
  const codes = new Set<string>();
  const used = new Set<string>();
  const param = (w: string, at: Path) => {
    const name = w.slice(1);
    if (!def.parameters?.some((p) => p.name === name))
      invalid(at, "parameters.declared", `${q(w)} refers to no declared parameter`);
    used.add(name);
  };
  if (isParam(def.weightTotal)) param(def.weightTotal, ["weightTotal"]);
  const walk = (nodes: ReadonlyArray<RubricNode>, total: string, path: Path, parentSum: boolean): void => {
    let sum = R0;
    let parametric = isParam(total);
    if (!parametric && !parentSum && cmp(r(total), R0) <= 0)
      invalid(path, "weights.total", "the weight total must be positive");
    nodes.forEach((node, i) => {
      const at = [...path, i];
      if (codes.has(node.code)) invalid([...at, "code"], "codes.unique", `duplicate code ${q(node.code)}`);
      codes.add(node.code);
      if (isParam(node.weight)) {
        param(node.weight, [...at, "weight"]);
        parametric = true;
      } else {
        sum = add(sum, bounded(r(node.weight), [...at, "weight"], "the weight"));
        bounded(sum, [...at, "weight"], "the sum of the weights up to here");
      }
      if (node.children) {
        if (node.scale !== undefined || node.levels !== undefined || node.accepts !== undefined)
          invalid(at, "node.kind", "a group (with children) has no scale, levels or accepts");
        const sumGroup = node.combine === "sum";
        if (sumGroup) {
          if (node.childWeightTotal !== undefined)
            invalid(at, "node.combine", 'a "sum" group adds its items\' points: it has no childWeightTotal');
          if (node.children.some((k) => k.children))
            invalid(at, "node.combine", 'only indicators may sit under a "sum" group');
          if (node.notApplicable && node.notApplicable.rule !== "zero")
            invalid(
              [...at, "notApplicable"],
              "node.combine",
              'a "sum" group can only count not-applicable items as zero',
            );
        }
        if (node.childWeightTotal !== undefined && isParam(node.childWeightTotal))
          param(node.childWeightTotal, [...at, "childWeightTotal"]);
        walk(node.children, node.childWeightTotal ?? def.weightTotal, [...at, "children"], sumGroup);
      } else {
        if (node.childWeightTotal !== undefined || node.combine !== undefined || node.notApplicable !== undefined)
          invalid(at, "node.kind", "an indicator has no childWeightTotal, combine or notApplicable");
        if (node.scale === undefined) invalid(at, "node.scale", "an indicator (no children) needs a scale");
        const scale = def.scales[node.scale];
        if (!scale || !Object.hasOwn(def.scales, node.scale))
          invalid([...at, "scale"], "node.scale", `unknown scale ${q(node.scale)}`);
        const range = scale.normalize
          ? scaleRange(node.scale, { ...scale, normalize: undefined } as Scale)
          : scaleRange(node.scale, scale);
        node.levels?.forEach((level, j) => {
          const v = r(level.value);
          if (cmp(v, range[0]) < 0 || cmp(v, range[1]) > 0)
            invalid([...at, "levels", j, "value"], "levels.inScale", "level value outside the scale");
        });
        if (node.accepts && scale.kind === "options")
          invalid(
            [...at, "accepts"],
            "node.accepts",
            "a result is a number: the item's scale must be numeric or a lookup",
          );
      }
    });
    if (!parentSum && !parametric && !eq(sum, r(total)))
      invalid(
        path,
        "weights.sumExactly",
        `sibling weights add up to ${sum.n}/${sum.d}, not ${cut(total)} (weights must sum exactly; write "1/9", not "0.111")`,
      );
  };
  walk(def.nodes, def.weightTotal, ["nodes"], false);
  def.parameters?.forEach((p, i) => {
    if (!used.has(p.name)) invalid(["parameters", i], "parameters.used", `parameter ${q(p.name)} is used by no weight`);
    if (cmp(r(p.min), r(p.max)) > 0) invalid(["parameters", i], "parameters.range", "min must not exceed max");
  });
  return codes;
}

/** Bands must cover [result.min, result.max] with no gap and no overlap. */
export function checkBands(bands: ReadonlyArray<Band>, min: Rational, max: Rational, path: Path): void {
  const codes = new Set<string>();
  bands.forEach((b, i) => {
    if (codes.has(b.code)) invalid([...path, i, "code"], "bands.uniqueCodes", `duplicate band ${q(b.code)}`);
    codes.add(b.code);
    if (cmp(r(b.min), r(b.max)) >= 0) invalid([...path, i], "bands.nonEmpty", "band min must be below its max");
  });
  const order = bands.map((b, i) => ({ b, i })).sort((x, y) => cmp(r(x.b.min), r(y.b.min)));
  const first = order[0];
  const last = order[order.length - 1];
  if (!first || !last) return;
  if (!eq(r(first.b.min), min) || !first.b.minInclusive)
    invalid([...path, first.i, "min"], "bands.coverage", `the lowest band must start at ${min.n}/${min.d} inclusive`);
  if (!eq(r(last.b.max), max) || !last.b.maxInclusive)
    invalid([...path, last.i, "max"], "bands.coverage", "the highest band must end at the result max, inclusive");
  for (let k = 1; k < order.length; k++) {
    const lower = order[k - 1] as { b: Band; i: number };
    const upper = order[k] as { b: Band; i: number };
    const c = cmp(r(lower.b.max), r(upper.b.min));
    if (c < 0)
      invalid([...path, upper.i, "min"], "bands.noGap", `gap between ${q(lower.b.code)} and ${q(upper.b.code)}`);
    if (c > 0) invalid([...path, upper.i, "min"], "bands.noOverlap", `${q(lower.b.code)} overlaps ${q(upper.b.code)}`);
    if (lower.b.maxInclusive === upper.b.minInclusive)
      invalid(
        [...path, upper.i, "minInclusive"],
        lower.b.maxInclusive ? "bands.noOverlap" : "bands.noGap",
        `the edge ${cut(upper.b.min)} between ${q(lower.b.code)} and ${q(upper.b.code)} must belong to exactly one band`,
      );
  }
}

/** Requirements name real bands; parameters are unique. */
function checkRules(def: RubricDefinition, _codes: Set<string>): void {
  const names = new Set<string>();
  def.parameters?.forEach((p, i) => {
    if (names.has(p.name)) invalid(["parameters", i, "name"], "parameters.unique", `duplicate parameter ${q(p.name)}`);
    names.add(p.name);
  });
  if (def.requirements) {
    if (!def.predicates)
      invalid(["requirements"], "requirements.bands", "requirements cap a predicate: the rubric needs bands");
    const seen = new Set<string>();
    def.requirements.forEach((req, i) => {
      if (seen.has(req.code))
        invalid(["requirements", i, "code"], "requirements.unique", `duplicate requirement ${q(req.code)}`);
      seen.add(req.code);
      if (!def.predicates?.some((b) => b.code === req.ceiling))
        invalid(
          ["requirements", i, "ceiling"],
          "requirements.ceiling",
          `${q(req.ceiling)} is not a band of the rubric`,
        );
    });
  }
}

/**
 * Validates a rubric definition and returns it deeply frozen. Checks the shape
 * (strict: unknown keys fail), unique codes, exact sibling sums, scales, the
 * result range and full band coverage. Errors are `KinerjaError`
 * ("INVALID_RUBRIC") naming the path and the rule.
 *
 * @example
 * ```ts
 * import { defineRubric, score } from "kinerja";
 *
 * const source = { regulation: "Perwali Kota Contoh 1/2025", confirmed: true };
 * const rubric = defineRubric({
 *   id: "kota-contoh@2025.1",
 *   scheme: "kota-contoh",
 *   version: "2025.1",
 *   status: "official",
 *   title: { id: "Indeks layanan Kota Contoh" },
 *   legalBasis: [source],
 *   validFor: { from: 2025, to: null },
 *   weightTotal: "100",
 *   scales: { "1-4": { kind: "integer", min: 1, max: 4, source } },
 *   result: { min: "1", max: "4", rounding: { places: 2, mode: "halfUp", source } },
 *   nodes: [
 *     { code: "waktu", label: { id: "Waktu layanan" }, weight: "60", source, scale: "1-4" },
 *     { code: "biaya", label: { id: "Biaya" }, weight: "40", source, scale: "1-4" },
 *   ],
 *   predicates: null,
 *   aggregation: null,
 * });
 * score(rubric, { answers: { waktu: 3, biaya: 4 } }).value; // "3.40"
 * Object.isFrozen(rubric); // true
 * ```
 */
export function defineRubric<const Id extends string>(definition: RubricDefinition<Id>): Rubric<Id> {
  // A copy read once, own data only (a getter, a Proxy, a cycle or a hole is an INVALID_RUBRIC naming the path):
  // the caller's definition stays theirs (and unfrozen), and nothing below can see it change.
  const def = snapshot(definition, [], { code: "INVALID_RUBRIC", depth: RUBRIC_DEPTH, textLimit: false });
  countNodes(def);
  const issue = checkRubricShape(def, []);
  if (issue)
    throw new KinerjaError("INVALID_RUBRIC", `Invalid rubric at ${formatPath(issue.path)}: ${issue.message}`, {
      path: issue.path,
      rule: `schema.${issue.code}`,
      details: { issues: [issue] },
    });
  checkFigureDigits(def);
  if (def.id !== `${def.scheme}@${def.version}`)
    invalid(["id"], "id.matchesSchemeVersion", `id must be ${q(`${def.scheme}@${def.version}`)}`);
  if (def.validFor.to !== null && def.validFor.to < def.validFor.from)
    invalid(["validFor", "to"], "validFor.order", "validFor.to is before validFor.from");
  checkScales(def);
  const codes = checkTree(def);
  const min = r(def.result.min);
  const max = r(def.result.max);
  if (cmp(min, max) >= 0) invalid(["result"], "result.range", "result.min must be below result.max");
  const m = def.result.multiplier ? r(def.result.multiplier) : R1;
  if (cmp(m, R0) <= 0) invalid(["result", "multiplier"], "result.multiplier", "the multiplier must be above zero");
  const rounding = def.result.rounding;
  if (rounding) {
    if (decimalsOf(def.result.min) > rounding.places || decimalsOf(def.result.max) > rounding.places)
      invalid(
        ["result"],
        "result.roundingPlaces",
        `result.min and max must be publishable at ${rounding.places} decimals`,
      );
    def.predicates?.forEach((b, i) => {
      if (decimalsOf(b.min) > rounding.places || decimalsOf(b.max) > rounding.places)
        invalid(
          ["predicates", i],
          "bands.edgesAtRounding",
          `band edges must have at most ${rounding.places} decimals: values are classified after rounding to that many`,
        );
    });
  }
  if (def.predicates) checkBands(def.predicates, min, max, ["predicates"]);
  checkRules(def, codes);
  if (!def.parameters) {
    // The lowest and highest points the answers can give must fit the declared result range.
    const c = compileRubric(def, null);
    let lo = R0;
    let hi = R0;
    for (const i of c.top) {
      lo = add(lo, (c.nodes[i] as CompiledNode).minPoints);
      hi = add(hi, (c.nodes[i] as CompiledNode).fullMarks);
    }
    if (cmp(lo, min) < 0 || cmp(hi, max) > 0)
      invalid(["result"], "result.range", "answers at the ends of their scales would leave the declared result range");
    if (def.missingAnswer)
      c.leaves.forEach((i) => {
        const n = c.nodes[i] as CompiledNode;
        const s2 = n.scale as NonNullable<CompiledNode["scale"]>;
        if (cmp(s2.lo, R0) > 0 || cmp(s2.hi, R0) < 0)
          invalid(
            ["missingAnswer"],
            "missingAnswer.zeroInScale",
            `${q(n.node.code)} cannot count a missing answer as zero: 0 is outside its scale`,
          );
      });
  }
  // A built-in id names exactly one content: a look-alike under that id is refused (no two rubrics per id).
  if (Object.hasOwn(BUILTIN_HASHES, def.id) && contentHash(def) !== BUILTIN_HASHES[def.id as BuiltinRubricId])
    invalid(
      ["id"],
      "id.builtin",
      `${q(def.id)} is a published kinerja rubric and this content differs from it; give your variant its own id (deriveRubric)`,
    );
  return markDefined(deepFreeze(def)) as Rubric<Id>;
}

/** Whether a rubric object went through defineRubric (or is built in): frozen and trusted as it is. */
export { isDefined as isDefinedRubric } from "./registryOfDefined.js";
