/**
 * The shape of a rubric definition, checked without zod so that scoring never
 * loads it: strict objects (unknown keys fail), typed fields, patterns. The
 * issue codes match zod's, and a test runs every known-bad rubric through this
 * check and through `rubricDefinitionSchema` (kinerja/schema) to keep the two
 * in step. Cross-field rules are defineRubric's.
 */
type Path = Array<string | number>;

export interface ShapeIssue {
  readonly path: Path;
  /** zod's issue code: invalid_type, invalid_format, unrecognized_keys, too_small, invalid_value, … */
  readonly code: string;
  readonly message: string;
}

/** A check returns the first issue below `path`, or null. */
type Check = (value: unknown, path: Path) => ShapeIssue | null;

const issue = (path: Path, code: string, message: string): ShapeIssue => ({ path, code, message });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const str =
  (pattern?: RegExp, message?: string, minLength = 0): Check =>
  (v, path) => {
    if (typeof v !== "string") return issue(path, "invalid_type", "expected string");
    if (v.length < minLength) return issue(path, "too_small", `must have at least ${minLength} character`);
    if (pattern && !pattern.test(v)) return issue(path, "invalid_format", message ?? `must match ${pattern}`);
    return null;
  };
const int =
  (min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): Check =>
  (v, path) => {
    if (typeof v !== "number" || Number.isNaN(v)) return issue(path, "invalid_type", "expected number");
    if (!Number.isInteger(v)) return issue(path, "invalid_type", "expected int");
    if (v < min) return issue(path, "too_small", `must be at least ${min}`);
    if (v > max) return issue(path, "too_big", `must be at most ${max}`);
    return null;
  };
const bool: Check = (v, path) => (typeof v === "boolean" ? null : issue(path, "invalid_type", "expected boolean"));
const oneOf =
  (values: ReadonlyArray<string>): Check =>
  (v, path) =>
    typeof v === "string" && values.includes(v)
      ? null
      : issue(path, "invalid_value", `expected one of ${values.map((x) => `"${x}"`).join(", ")}`);
const nullable =
  (inner: Check): Check =>
  (v, path) =>
    v === null ? null : inner(v, path);
const array =
  (item: Check, minItems = 0): Check =>
  (v, path) => {
    if (!Array.isArray(v)) return issue(path, "invalid_type", "expected array");
    if (v.length < minItems) return issue(path, "too_small", `must have at least ${minItems} item`);
    for (let i = 0; i < v.length; i++) {
      const found = item(v[i], [...path, i]);
      if (found) return found;
    }
    return null;
  };
/** A strict object: `?`-suffixed keys are optional. */
const object =
  (fields: Readonly<Record<string, Check>>): Check =>
  (v, path) => {
    if (!isObject(v)) return issue(path, "invalid_type", "expected object");
    const known = new Map(
      Object.entries(fields).map(([k, c]) => [k.replace(/\?$/, ""), { c, optional: k.endsWith("?") }]),
    );
    const extra = Object.keys(v).filter((k) => !known.has(k));
    if (extra.length > 0)
      return issue(
        path,
        "unrecognized_keys",
        `Unrecognized key(s): ${extra
          .slice(0, 5)
          .map((k) => JSON.stringify(k.length > 60 ? `${k.slice(0, 60)}…` : k))
          .join(", ")}${extra.length > 5 ? ", …" : ""}`,
      );
    for (const [key, { c, optional }] of known) {
      const value = v[key];
      if (value === undefined) {
        if (optional) continue;
        return issue([...path, key], "invalid_type", "expected a value, received undefined");
      }
      const found = c(value, [...path, key]);
      if (found) return found;
    }
    return null;
  };
const record =
  (item: Check): Check =>
  (v, path) => {
    if (!isObject(v)) return issue(path, "invalid_type", "expected record");
    for (const key of Object.keys(v)) {
      if (key.length === 0) return issue([...path, key], "too_small", "keys must not be empty");
      const found = item(v[key], [...path, key]);
      if (found) return found;
    }
    return null;
  };
const byKind =
  (variants: Readonly<Record<string, Check>>): Check =>
  (v, path) => {
    const kind = isObject(v) ? v.kind : undefined;
    const check = typeof kind === "string" && Object.hasOwn(variants, kind) ? variants[kind] : undefined;
    if (!check)
      return issue([...path, "kind"], "invalid_union", `kind must be one of ${Object.keys(variants).join(", ")}`);
    return check(v, path);
  };

const DECIMAL = /^-?(0|[1-9]\d*)(\.\d+)?$/;
const WEIGHT = /^(0|[1-9]\d*)(\.\d+)?$|^(0|[1-9]\d*)\/[1-9]\d*$/;
const EXACT = /^-?(0|[1-9]\d*)(\.\d+)?$|^-?(0|[1-9]\d*)\/[1-9]\d*$/;
const NODE_WEIGHT = /^(0|[1-9]\d*)(\.\d+)?$|^(0|[1-9]\d*)\/[1-9]\d*$|^\$[A-Za-z][A-Za-z0-9_]*$/;
const URL = /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i;

const decimal = str(DECIMAL, 'must be a decimal in plain notation, e.g. "4.50"');
const weight = str(WEIGHT, 'weight must be a non-negative decimal ("0.17") or an exact fraction ("1/9")');
const exactValue = str(EXACT, 'must be a plain decimal ("-0.5") or an exact fraction ("2/3")');
const nodeWeight = str(NODE_WEIGHT, 'weight must be a decimal, an exact fraction ("1/9") or a parameter ("$name")');
const text = object({ id: str(undefined, undefined, 1), "en?": str(undefined, undefined, 1) });
const source = object({
  regulation: str(undefined, undefined, 1),
  "part?": str(undefined, undefined, 1),
  "href?": str(URL, "must be a URL"),
  "text?": str(undefined, undefined, 1),
  confirmed: bool,
  "note?": str(undefined, undefined, 1),
});
const rounding = object({ places: int(0, 20), mode: oneOf(["halfUp", "halfEven", "down", "up"]), source });
const normalize = object({ min: exactValue, max: exactValue, "cap?": bool, source });
const scale = byKind({
  integer: object({ kind: oneOf(["integer"]), min: int(), max: int(), "normalize?": normalize, source }),
  decimal: object({
    kind: oneOf(["decimal"]),
    min: decimal,
    max: decimal,
    "places?": int(0, 20),
    "normalize?": normalize,
    source,
  }),
  options: object({
    kind: oneOf(["options"]),
    options: array(
      object({ code: str(undefined, undefined, 1), value: exactValue, "label?": text, "source?": source }),
      1,
    ),
    "normalize?": normalize,
    source,
  }),
  lookup: object({
    kind: oneOf(["lookup"]),
    input: object({ min: decimal, max: decimal, "places?": int(0, 20) }),
    rows: array(
      object({
        min: decimal,
        minInclusive: bool,
        max: decimal,
        maxInclusive: bool,
        value: exactValue,
        "label?": text,
        source,
      }),
      1,
    ),
    "normalize?": normalize,
    source,
  }),
});
const notApplicable = object({ rule: oneOf(["renormalize", "zero"]), source });
const SCHEME = /^[a-z][a-z0-9-]*$/;
/** Deeper trees are refused before anything recurses on them (no stack overflow on hostile input). */
const MAX_DEPTH = 32;
const node: Check = (v, path) =>
  path.length > 2 * MAX_DEPTH
    ? issue(path, "too_big", `nodes may nest at most ${MAX_DEPTH} levels deep`)
    : object({
        code: str(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "code must be letters, digits, '.', '_' or '-' (a stable join key)"),
        label: text,
        weight: nodeWeight,
        source,
        "childWeightTotal?": nodeWeight,
        "children?": array(node, 1),
        "scale?": str(undefined, undefined, 1),
        "levels?": array(object({ value: decimal, label: text })),
        "description?": text,
        "combine?": oneOf(["weightedMean", "sum"]),
        "rounding?": rounding,
        "notApplicable?": notApplicable,
        "accepts?": object({ scheme: str(SCHEME), "rubrics?": array(str(undefined, undefined, 1), 1), source }),
      })(v, path);
const band = object({
  code: str(undefined, undefined, 1),
  label: text,
  "zone?": oneOf(["hijau", "kuning", "merah"]),
  min: decimal,
  minInclusive: bool,
  max: decimal,
  maxInclusive: bool,
  source,
});
const year = int(2000, 2100);

export const checkRubricShape: Check = object({
  id: str(/^[a-z][a-z0-9-]*@[0-9A-Za-z][0-9A-Za-z.+-]*$/, 'id must be "<scheme>@<version>", e.g. "pekppp@2022.1"'),
  scheme: str(SCHEME),
  version: str(undefined, undefined, 1),
  status: oneOf(["official", "demo", "derived"]),
  title: text,
  legalBasis: array(source, 1),
  validFor: object({ from: year, to: nullable(year) }),
  weightTotal: weight,
  scales: record(scale),
  result: object({
    min: decimal,
    max: decimal,
    "multiplier?": weight,
    "rounding?": rounding,
    "unit?": text,
    "source?": source,
  }),
  nodes: array(node, 1),
  predicates: nullable(array(band, 1)),
  aggregation: nullable(
    object({
      method: oneOf(["mean"]),
      "rounding?": rounding,
      "adjustments?": object({ allowed: bool, source }),
      source,
    }),
  ),
  "derivedFrom?": str(undefined, undefined, 1),
  "notes?": array(str(undefined, undefined, 1)),
  "parameters?": array(
    object({ name: str(/^[A-Za-z][A-Za-z0-9_]*$/), label: text, min: decimal, max: decimal, source }),
    1,
  ),
  "notApplicable?": notApplicable,
  "requirements?": array(
    object({ code: str(undefined, undefined, 1), label: text, ceiling: str(undefined, undefined, 1), source }),
    1,
  ),
  "missingAnswer?": object({ rule: oneOf(["zero"]), source }),
});
