import { PLAIN_DECIMAL } from "../core/decimal.js";
import { KinerjaError } from "../core/errors.js";
import { add, cmp, eq, mul, parseRational, R0, R1, type Rational } from "../core/rational.js";
import type { Band, RubricDefinition, RubricNode, Scale } from "../model/types.js";
import { rubricDefinitionSchema } from "../schema/rubric.js";
import { deepFreeze, markDefined } from "./registryOfDefined.js";

type Path = Array<string | number>;

function invalid(path: Path, rule: string, message: string): never {
  throw new KinerjaError("INVALID_RUBRIC", `Invalid rubric at ${path.join(".") || "(root)"}: ${message}`, {
    path,
    rule,
  });
}

const r = (text: string): Rational => parseRational(text) as Rational;
const decimalsOf = (text: string): number => text.split(".")[1]?.length ?? 0;
/** "05" → "5", "-007.5" → "-7.5": a plain number in the canonical form parseRational takes. */
const stripZeros = (text: string): string => text.replace(/^(-?)0+(?=\d)/, "$1");

function scaleRange(scale: Scale): [Rational, Rational] {
  if (scale.kind === "integer") return [r(String(scale.min)), r(String(scale.max))];
  if (scale.kind === "decimal") return [r(scale.min), r(scale.max)];
  const values = scale.options.map((o) => r(o.value));
  let lo = values[0] as Rational;
  let hi = lo;
  for (const v of values) {
    if (cmp(v, lo) < 0) lo = v;
    if (cmp(v, hi) > 0) hi = v;
  }
  return [lo, hi];
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
    if (scale.kind === "options") {
      const seen = new Set<string>();
      scale.options.forEach((o, i) => {
        if (seen.has(o.code))
          invalid([...path, "options", i, "code"], "scale.uniqueCodes", `duplicate option "${o.code}"`);
        seen.add(o.code);
        // A code "1" meaning the value 2 would make the answer "1" ambiguous with the number 1.
        if (PLAIN_DECIMAL.test(o.code) && !eq(r(stripZeros(o.code)), r(o.value)))
          invalid(
            [...path, "options", i, "code"],
            "scale.optionCodes",
            `option code "${o.code}" reads as a number but means ${o.value}`,
          );
      });
    }
  }
}

/** Walks the tree: codes unique, leaves have a known scale, siblings sum exactly; returns the value range. */
function checkTree(def: RubricDefinition): [Rational, Rational] {
  const codes = new Set<string>();
  const walk = (nodes: ReadonlyArray<RubricNode>, total: string, path: Path): [Rational, Rational] => {
    let sum = R0;
    let lo = R0;
    let hi = R0;
    const totalR = r(total);
    if (cmp(totalR, R0) <= 0) invalid(path, "weights.total", "the weight total must be positive");
    nodes.forEach((node, i) => {
      const at = [...path, i];
      if (codes.has(node.code)) invalid([...at, "code"], "codes.unique", `duplicate code "${node.code}"`);
      codes.add(node.code);
      const weight = r(node.weight);
      sum = add(sum, weight);
      let range: [Rational, Rational];
      if (node.children) {
        if (node.scale !== undefined || node.levels !== undefined)
          invalid(at, "node.kind", "a group (with children) has no scale or levels");
        range = walk(node.children, node.childWeightTotal ?? def.weightTotal, [...at, "children"]);
      } else {
        if (node.childWeightTotal !== undefined) invalid(at, "node.kind", "an indicator has no childWeightTotal");
        if (node.scale === undefined) invalid(at, "node.scale", "an indicator (no children) needs a scale");
        const scale = def.scales[node.scale];
        if (!scale) invalid([...at, "scale"], "node.scale", `unknown scale "${node.scale}"`);
        range = scaleRange(scale);
        node.levels?.forEach((level, j) => {
          const v = r(level.value);
          if (cmp(v, range[0]) < 0 || cmp(v, range[1]) > 0)
            invalid([...at, "levels", j, "value"], "levels.inScale", "level value outside the scale");
        });
      }
      const share = mul(weight, { n: totalR.d, d: totalR.n });
      lo = add(lo, mul(share, range[0]));
      hi = add(hi, mul(share, range[1]));
    });
    if (!eq(sum, totalR))
      invalid(
        path,
        "weights.sumExactly",
        `sibling weights add up to ${sum.n}/${sum.d}, not ${total} (weights must sum exactly; write "1/9", not "0.111")`,
      );
    return [lo, hi];
  };
  return walk(def.nodes, def.weightTotal, ["nodes"]);
}

/** Bands must cover [result.min, result.max] with no gap and no overlap. */
export function checkBands(bands: ReadonlyArray<Band>, min: Rational, max: Rational, path: Path): void {
  const codes = new Set<string>();
  bands.forEach((b, i) => {
    if (codes.has(b.code)) invalid([...path, i, "code"], "bands.uniqueCodes", `duplicate band "${b.code}"`);
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
    if (c < 0) invalid([...path, upper.i, "min"], "bands.noGap", `gap between "${lower.b.code}" and "${upper.b.code}"`);
    if (c > 0) invalid([...path, upper.i, "min"], "bands.noOverlap", `"${lower.b.code}" overlaps "${upper.b.code}"`);
    if (lower.b.maxInclusive === upper.b.minInclusive)
      invalid(
        [...path, upper.i, "minInclusive"],
        lower.b.maxInclusive ? "bands.noOverlap" : "bands.noGap",
        `the edge ${upper.b.min} between "${lower.b.code}" and "${upper.b.code}" must belong to exactly one band`,
      );
  }
}

/**
 * Validates a rubric definition and returns it deeply frozen. Checks the shape
 * (strict: unknown keys fail), unique codes, exact sibling sums, scales, the
 * result range and full band coverage. Errors are `KinerjaError`
 * ("INVALID_RUBRIC") naming the path and the rule.
 */
export function defineRubric<const Id extends string>(definition: RubricDefinition<Id>): RubricDefinition<Id> {
  const parsed = rubricDefinitionSchema.safeParse(definition);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []) as Path;
    throw new KinerjaError(
      "INVALID_RUBRIC",
      `Invalid rubric at ${path.join(".") || "(root)"}: ${issue?.message ?? "invalid"}`,
      { path, rule: `schema.${issue?.code ?? "invalid"}`, details: { issues: parsed.error.issues } },
    );
  }
  const def = parsed.data as unknown as RubricDefinition<Id>;
  if (def.id !== `${def.scheme}@${def.version}`)
    invalid(["id"], "id.matchesSchemeVersion", `id must be "${def.scheme}@${def.version}"`);
  if (def.validFor.to !== null && def.validFor.to < def.validFor.from)
    invalid(["validFor", "to"], "validFor.order", "validFor.to is before validFor.from");
  checkScales(def);
  const [lo, hi] = checkTree(def);
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
  if (cmp(mul(lo, m), min) < 0 || cmp(mul(hi, m), max) > 0)
    invalid(["result"], "result.range", "answers at the ends of their scales would leave the declared result range");
  if (def.predicates) checkBands(def.predicates, min, max, ["predicates"]);
  return markDefined(deepFreeze(def));
}
