/**
 * What a new rubric version changes, in words a policy officer reads: the
 * figures that move numbers apart from the sources, labels and texts.
 */

import { toRubric } from "../api/toRubric.js";
import { canonicalJson } from "../core/contentHash.js";
import { type ErrorPath, formatPath, KinerjaError, showValue } from "../core/errors.js";
import { snapshot } from "../core/plain.js";
import { isDefined } from "../engine/registryOfDefined.js";
import { checkRubricShape } from "../engine/rubricShape.js";
import type {
  AggregationRule,
  Band,
  LookupRow,
  Normalization,
  Parameter,
  Requirement,
  RoundingRule,
  RubricDefinition,
  RubricNode,
  Scale,
  ScaleOption,
  Source,
  SourcedRounding,
  Text,
} from "../model/types.js";

/** One change between two rubrics. */
export interface Change {
  /** Where, in the rubric's data: "nodes.kebijakan.weight", "predicates.A.min", "scales.0-5.max". */
  readonly path: string;
  /** The figure or text before, where there was one. */
  readonly from?: string;
  /** The figure or text after, where there is one. */
  readonly to?: string;
  /** The change in words: "Aspek Kebijakan Pelayanan: bobot 30 → 24". */
  readonly text: string;
}

/** What `diffRubrics` found, in the rubric's official order. */
export interface RubricDiff {
  /** Changes that move numbers: weights, scales, option values, bands and their edges, rounding, multiplier, aggregation, parameters, requirements, node structure. */
  readonly figures: ReadonlyArray<Change>;
  /** Changes that do not: sources (and whether they are confirmed), labels, texts, validity years, legal basis, order. */
  readonly provenance: ReadonlyArray<Change>;
}

export interface DiffOptions {
  /** Language of `text`: "id" (Bahasa Indonesia, the default) or "en". */
  readonly lang?: "id" | "en";
}

type Lang = "id" | "en";

const WORDS = {
  id: {
    weight: "bobot",
    childTotal: "jumlah bobot di bawahnya",
    added: "ditambahkan",
    removed: "dihapus",
    under: "di bawah",
    top: "tingkat teratas",
    moved: "dipindah",
    scale: "skala",
    option: "opsi",
    value: "nilai",
    lower: "batas bawah",
    upper: "batas atas",
    excluded: "tidak termasuk",
    zone: "zona",
    rounding: "pembulatan",
    none: "tidak ada",
    unknown: "tidak diketahui",
    multiplier: "pengali",
    range: "rentang nilai",
    weightTotal: "total bobot",
    predicate: "Predikat",
    predicates: "Predikat",
    aggregation: "Agregasi unit → instansi",
    method: "cara",
    adjustments: "penyesuaian setelah rata-rata",
    allowed: "diizinkan",
    notAllowed: "tidak diizinkan",
    parameter: "Parameter",
    requirement: "Persyaratan minimum",
    ceiling: "predikat tertinggi bila tidak terpenuhi",
    combine: "cara menggabung",
    notApplicable: "aturan tidak berlaku (N/A)",
    missing: "jawaban kosong",
    accepts: "menerima hasil",
    becameGroup: "indikator menjadi kelompok",
    becameLeaf: "kelompok menjadi indikator",
    label: "label",
    description: "uraian",
    levels: "uraian tingkat jawaban",
    source: "sumber",
    confirmed: "terkonfirmasi",
    unconfirmed: "belum terkonfirmasi",
    regulation: "peraturan",
    part: "bagian",
    href: "tautan",
    text: "uraian",
    note: "catatan",
    changed: "diubah",
    order: "urutan",
    validFor: "berlaku untuk penilaian",
    legalBasis: "Dasar hukum",
    title: "Judul",
    status: "status",
    notes: "catatan rubrik",
    unit: "satuan nilai",
    input: "rentang masukan",
    row: "baris",
    normalize: "normalisasi",
    cap: "dibatasi ke nilai penuh",
    noCap: "tidak dibatasi",
    places: "desimal",
    kinds: { integer: "bilangan bulat", decimal: "desimal", options: "pilihan", lookup: "tabel rentang" },
    modes: {
      halfUp: "setengah ke atas",
      halfEven: "setengah ke genap",
      down: "ke bawah (dipotong)",
      up: "ke atas",
    },
    mean: "rata-rata",
    sum: "jumlah",
    weightedMean: "rata-rata tertimbang",
    renormalize: "bobot dibagi ulang",
    zero: "dihitung nol",
    rubric: "Rubrik",
    finalValue: "Nilai akhir",
    group0: "Aspek",
    group: "Sub-aspek",
    leaf: "Indikator",
    skmLeaf: "Unsur",
  },
  en: {
    weight: "weight",
    childTotal: "total of the weights below",
    added: "added",
    removed: "removed",
    under: "under",
    top: "the top level",
    moved: "moved",
    scale: "scale",
    option: "option",
    value: "value",
    lower: "lower bound",
    upper: "upper bound",
    excluded: "excluded",
    zone: "zone",
    rounding: "rounding",
    none: "none",
    unknown: "unknown",
    multiplier: "multiplier",
    range: "value range",
    weightTotal: "weight total",
    predicate: "Predicate",
    predicates: "Predicates",
    aggregation: "Unit → instansi aggregation",
    method: "method",
    adjustments: "adjustments after the mean",
    allowed: "allowed",
    notAllowed: "not allowed",
    parameter: "Parameter",
    requirement: "Minimum requirement",
    ceiling: "highest predicate when unmet",
    combine: "combination",
    notApplicable: "not-applicable rule",
    missing: "missing answers",
    accepts: "accepts results of",
    becameGroup: "indicator became a group",
    becameLeaf: "group became an indicator",
    label: "label",
    description: "description",
    levels: "answer level texts",
    source: "source",
    confirmed: "confirmed",
    unconfirmed: "unconfirmed",
    regulation: "regulation",
    part: "part",
    href: "link",
    text: "text",
    note: "note",
    changed: "changed",
    order: "order",
    validFor: "valid for assessments",
    legalBasis: "Legal basis",
    title: "Title",
    status: "status",
    notes: "rubric notes",
    unit: "value unit",
    input: "input range",
    row: "row",
    normalize: "normalisation",
    cap: "capped at full marks",
    noCap: "not capped",
    places: "decimals",
    kinds: { integer: "whole number", decimal: "decimal", options: "options", lookup: "range table" },
    modes: { halfUp: "half up", halfEven: "half to even", down: "down (truncated)", up: "up" },
    mean: "mean",
    sum: "sum",
    weightedMean: "weighted mean",
    renormalize: "weights renormalised",
    zero: "counted as zero",
    rubric: "Rubric",
    finalValue: "Final value",
    group0: "Aspect",
    group: "Sub-aspect",
    leaf: "Indicator",
    skmLeaf: "Element",
  },
} as const;

type Words = (typeof WORDS)[Lang];

/** Nouns a label may already start with: no prefix is added then ("Dimensi Input", "Komponen Pengungkit"). */
const NOUN =
  /^(aspek|sub-aspek|dimensi|komponen|unsur|indikator|kriteria|area|sub-komponen|aspect|dimension|component|element|indicator)\b/i;
const MAX_LABEL = 60;

const clip = (text: string): string => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1).trimEnd()}…` : text);
const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
const textOf = (t: Text | undefined, lang: Lang): string => (t ? (lang === "en" ? (t.en ?? t.id) : t.id) : "");

class Collector {
  readonly figures: Change[] = [];
  readonly provenance: Change[] = [];
  constructor(readonly w: Words) {}
  figure(path: string, subject: string, what: string, from: string | undefined, to: string | undefined): void {
    this.figures.push(change(path, subject, what, from, to));
  }
  prov(path: string, subject: string, what: string, from: string | undefined, to: string | undefined): void {
    this.provenance.push(change(path, subject, what, from, to));
  }
}

function change(path: string, subject: string, what: string, from?: string, to?: string): Change {
  const figures = from !== undefined && to !== undefined ? `${from} → ${to}` : (from ?? to ?? "");
  const body = [what, figures].filter((part) => part !== "").join(" ");
  return {
    path,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    text: body === "" ? subject : `${subject}: ${body}`,
  };
}

/**
 * A rubric to compare: a built-in id, a defined rubric, or any definition of the right shape read once as plain
 * data (a draft correction may reuse a published id or not add up yet: diffRubrics shows what it changes).
 */
function rubricToCompare(ref: unknown, path: ErrorPath): RubricDefinition {
  if (typeof ref !== "object" || ref === null || Array.isArray(ref) || isDefined(ref)) return toRubric(ref, path);
  const copy = snapshot(ref, path, { code: "INVALID_RUBRIC", depth: 80, textLimit: false });
  const issue = checkRubricShape(copy, []);
  if (issue)
    throw new KinerjaError("INVALID_RUBRIC", `${formatPath([...path, ...issue.path])}: ${issue.message}`, {
      path: [...path, ...issue.path],
      rule: `schema.${issue.code}`,
    });
  return copy as RubricDefinition;
}

/**
 * The differences between two rubrics (two versions of a scheme, or a rubric
 * and your derived variant), split into the changes that move numbers
 * (`figures`) and those that do not (`provenance`). Nodes, bands, options,
 * parameters and requirements are matched by code, so a reordered tree is
 * not a changed one. Each change has a `path` into the data, the `from` and
 * `to` figures, and a `text` in Bahasa Indonesia (or English with
 * `{ lang: "en" }`) that names the node by its label.
 *
 * Takes rubric objects or ids of built-in rubrics; a bad argument throws a
 * KinerjaError.
 *
 * @example
 * ```ts
 * import { diffRubrics } from "kinerja";
 *
 * const { figures, provenance } = diffRubrics("pekppp@2017.1", "pekppp@2022.1");
 * figures[0]?.text; // "Aspek Kebijakan Pelayanan: bobot 30 → 24"
 * diffRubrics("pekppp@2017.1", "pekppp@2022.1", { lang: "en" }).figures[0]?.text; // "Aspect Service policy: weight 30 → 24"
 * provenance.length > 0; // true
 * // A correction that only re-sources its figures moves no number:
 * diffRubrics("pekppp@2022.1", "pekppp@2022.2").figures.length; // 0
 * ```
 */
export function diffRubrics(
  a: RubricDefinition | string,
  b: RubricDefinition | string,
  given: DiffOptions = {},
): RubricDiff {
  const options = snapshot(given, ["options"]);
  if (typeof options !== "object" || options === null || Array.isArray(options))
    throw new KinerjaError("INVALID_INPUT", "options must be an object { lang? }", {
      path: ["options"],
      rule: "an options object",
    });
  const lang = options.lang ?? "id";
  if (lang !== "id" && lang !== "en")
    throw new KinerjaError("INVALID_INPUT", `options.lang must be "id" or "en", not ${showValue(lang)}`, {
      path: ["options", "lang"],
      rule: 'a language: "id" or "en"',
    });
  const ra = rubricToCompare(a, ["a"]);
  const rb = rubricToCompare(b, ["b"]);
  const c = new Collector(WORDS[lang]);
  meta(c, ra, rb, lang);
  result(c, ra, rb);
  scales(c, ra, rb, lang);
  nodes(c, ra, rb, lang);
  predicates(c, ra, rb, lang);
  aggregation(c, ra.aggregation, rb.aggregation);
  parameters(c, ra.parameters ?? [], rb.parameters ?? [], lang);
  requirements(c, ra.requirements ?? [], rb.requirements ?? [], lang);
  rules(c, ra, rb);
  return { figures: c.figures, provenance: c.provenance };
}

// ---------------------------------------------------------------- words for figures

const roundingText = (w: Words, r: RoundingRule | undefined): string =>
  r ? `${r.places} ${w.places}, ${w.modes[r.mode]}` : w.none;
const edgeText = (w: Words, value: string, inclusive: boolean): string =>
  inclusive ? value : `${value} (${w.excluded})`;

function scaleText(w: Words, s: Scale | undefined): string {
  if (!s) return w.none;
  const norm = s.normalize
    ? `; ${w.normalize} ${s.normalize.min}–${s.normalize.max}${s.normalize.cap ? ` (${w.cap})` : ""}`
    : "";
  if (s.kind === "integer" || s.kind === "decimal")
    return `${w.kinds[s.kind]} ${s.min}–${s.max}${s.kind === "decimal" && s.places !== undefined ? ` (${s.places} ${w.places})` : ""}${norm}`;
  if (s.kind === "options")
    return `${w.kinds.options} ${s.options.map((o) => `${o.code}=${o.value}`).join(", ")}${norm}`;
  return `${w.kinds.lookup} ${s.input.min}–${s.input.max}, ${s.rows.length} ${w.row}${norm}`;
}

// ---------------------------------------------------------------- sources

const SOURCE_FIELDS = ["regulation", "part", "href", "text", "note"] as const;

/** Every changed field of a source, as provenance. */
function source(c: Collector, path: string, subject: string, a: Source | undefined, b: Source | undefined): void {
  if (same(a, b)) return;
  const w = c.w;
  if (!a || !b) {
    c.prov(path, subject, `${w.source} ${b ? w.added : w.removed}`, undefined, undefined);
    return;
  }
  if (a.confirmed !== b.confirmed)
    c.prov(
      `${path}.confirmed`,
      subject,
      w.source,
      a.confirmed ? w.confirmed : w.unconfirmed,
      b.confirmed ? w.confirmed : w.unconfirmed,
    );
  for (const field of SOURCE_FIELDS) {
    const x = a[field];
    const y = b[field];
    if (x === y) continue;
    const short = field === "regulation" || field === "part";
    const change: Change = {
      path: `${path}.${field}`,
      ...(x !== undefined ? { from: x } : {}),
      ...(y !== undefined ? { to: y } : {}),
      text: short
        ? `${subject}: ${w.source} (${w[field]}) ${x === undefined ? w.none : `“${clip(x)}”`} → ${y === undefined ? w.none : `“${clip(y)}”`}`
        : `${subject}: ${w[field]} ${w.source} ${x === undefined ? w.added : y === undefined ? w.removed : w.changed}`,
    };
    c.provenance.push(change);
  }
}

function sourcedRounding(
  c: Collector,
  path: string,
  subject: string,
  a: SourcedRounding | undefined,
  b: SourcedRounding | undefined,
): void {
  const w = c.w;
  if (a?.places !== b?.places || a?.mode !== b?.mode)
    c.figure(path, subject, w.rounding, roundingText(w, a), roundingText(w, b));
  if (a && b) source(c, `${path}.source`, `${subject} (${w.rounding})`, a.source, b.source);
}

// ---------------------------------------------------------------- rubric-level

function meta(c: Collector, a: RubricDefinition, b: RubricDefinition, lang: Lang): void {
  const w = c.w;
  const subject = w.rubric;
  if (a.id !== b.id) c.prov("id", subject, "id", a.id, b.id);
  if (a.status !== b.status) c.prov("status", subject, w.status, a.status, b.status);
  if (!same(a.title, b.title))
    c.prov("title", w.title, "", `“${clip(textOf(a.title, lang))}”`, `“${clip(textOf(b.title, lang))}”`);
  if (!same(a.validFor, b.validFor)) {
    const years = (v: RubricDefinition["validFor"]) => `${v.from}–${v.to ?? "…"}`;
    c.prov("validFor", subject, w.validFor, years(a.validFor), years(b.validFor));
  }
  if (!same(a.legalBasis, b.legalBasis)) {
    const before = new Map(a.legalBasis.map((s) => [s.regulation, s]));
    const after = new Map(b.legalBasis.map((s) => [s.regulation, s]));
    for (const [reg, s] of after)
      if (!before.has(reg))
        c.prov(`legalBasis.${reg}`, w.legalBasis, `“${clip(reg)}” ${w.added}`, undefined, undefined);
      else source(c, `legalBasis.${reg}`, `${w.legalBasis} “${clip(reg)}”`, before.get(reg), s);
    for (const reg of before.keys())
      if (!after.has(reg))
        c.prov(`legalBasis.${reg}`, w.legalBasis, `“${clip(reg)}” ${w.removed}`, undefined, undefined);
  }
  if (!same(a.notes ?? [], b.notes ?? [])) c.prov("notes", subject, `${w.notes} ${w.changed}`, undefined, undefined);
  if (a.derivedFrom !== b.derivedFrom)
    c.prov("derivedFrom", subject, "derivedFrom", a.derivedFrom ?? w.none, b.derivedFrom ?? w.none);
}

function result(c: Collector, a: RubricDefinition, b: RubricDefinition): void {
  const w = c.w;
  const subject = w.finalValue;
  if (a.weightTotal !== b.weightTotal) c.figure("weightTotal", subject, w.weightTotal, a.weightTotal, b.weightTotal);
  const x = a.result;
  const y = b.result;
  if (x.min !== y.min || x.max !== y.max)
    c.figure("result.range", subject, w.range, `${x.min}–${x.max}`, `${y.min}–${y.max}`);
  if ((x.multiplier ?? "1") !== (y.multiplier ?? "1"))
    c.figure("result.multiplier", subject, w.multiplier, x.multiplier ?? "1", y.multiplier ?? "1");
  sourcedRounding(c, "result.rounding", subject, x.rounding, y.rounding);
  if (!same(x.unit, y.unit)) c.prov("result.unit", subject, w.unit, x.unit?.id ?? w.none, y.unit?.id ?? w.none);
  source(c, "result.source", subject, x.source, y.source);
}

function rules(c: Collector, a: RubricDefinition, b: RubricDefinition): void {
  const w = c.w;
  const subject = w.rubric;
  if (a.notApplicable?.rule !== b.notApplicable?.rule)
    c.figure(
      "notApplicable",
      subject,
      w.notApplicable,
      ruleWord(w, a.notApplicable?.rule),
      ruleWord(w, b.notApplicable?.rule),
    );
  else
    source(
      c,
      "notApplicable.source",
      `${subject} (${w.notApplicable})`,
      a.notApplicable?.source,
      b.notApplicable?.source,
    );
  if (a.missingAnswer?.rule !== b.missingAnswer?.rule)
    c.figure("missingAnswer", subject, w.missing, a.missingAnswer ? w.zero : w.none, b.missingAnswer ? w.zero : w.none);
  else source(c, "missingAnswer.source", `${subject} (${w.missing})`, a.missingAnswer?.source, b.missingAnswer?.source);
}

const ruleWord = (w: Words, rule: "renormalize" | "zero" | undefined): string => (rule ? w[rule] : w.none);

// ---------------------------------------------------------------- scales

function scales(c: Collector, a: RubricDefinition, b: RubricDefinition, lang: Lang): void {
  const w = c.w;
  const keys = [...new Set([...Object.keys(a.scales), ...Object.keys(b.scales)])];
  for (const key of keys) {
    const x = a.scales[key];
    const y = b.scales[key];
    const subject = `${w.scale[0]?.toUpperCase()}${w.scale.slice(1)} “${key}”`;
    const path = `scales.${key}`;
    if (!x || !y) {
      c.figure(
        path,
        subject,
        x ? w.removed : w.added,
        x ? scaleText(w, x) : undefined,
        y ? scaleText(w, y) : undefined,
      );
      continue;
    }
    if (same(x, y)) continue;
    scaleChanges(c, path, subject, x, y, lang);
  }
}

function scaleChanges(c: Collector, path: string, subject: string, x: Scale, y: Scale, lang: Lang): void {
  const w = c.w;
  if (x.kind !== y.kind) {
    c.figure(path, subject, "", scaleText(w, x), scaleText(w, y));
  } else if (x.kind === "integer" || x.kind === "decimal") {
    const yy = y as typeof x;
    if (String(x.min) !== String(yy.min) || String(x.max) !== String(yy.max))
      c.figure(`${path}.range`, subject, w.range, `${x.min}–${x.max}`, `${yy.min}–${yy.max}`);
    if (x.kind === "decimal" && x.places !== (yy as typeof x).places)
      c.figure(
        `${path}.places`,
        subject,
        w.places,
        String(x.places ?? w.none),
        String((yy as typeof x).places ?? w.none),
      );
  } else if (x.kind === "options") options(c, path, subject, x.options, (y as typeof x).options, lang);
  else if (x.kind === "lookup") {
    const yy = y as typeof x;
    if (!same(x.input, yy.input))
      c.figure(
        `${path}.input`,
        subject,
        w.input,
        `${x.input.min}–${x.input.max}${x.input.places !== undefined ? ` (${x.input.places} ${w.places})` : ""}`,
        `${yy.input.min}–${yy.input.max}${yy.input.places !== undefined ? ` (${yy.input.places} ${w.places})` : ""}`,
      );
    lookupRows(c, path, subject, x.rows, yy.rows, lang);
  }
  normalization(c, `${path}.normalize`, subject, x.normalize, y.normalize);
  source(c, `${path}.source`, subject, x.source, y.source);
}

function normalization(c: Collector, path: string, subject: string, x?: Normalization, y?: Normalization): void {
  const w = c.w;
  const text = (n?: Normalization) => (n ? `${n.min}–${n.max}, ${n.cap ? w.cap : w.noCap}` : w.none);
  if (x?.min !== y?.min || x?.max !== y?.max || (x?.cap ?? false) !== (y?.cap ?? false))
    c.figure(path, subject, w.normalize, text(x), text(y));
  else if (x && y) source(c, `${path}.source`, `${subject} (${w.normalize})`, x.source, y.source);
}

function options(
  c: Collector,
  path: string,
  subject: string,
  xs: ReadonlyArray<ScaleOption>,
  ys: ReadonlyArray<ScaleOption>,
  lang: Lang,
): void {
  const w = c.w;
  const before = new Map(xs.map((o) => [o.code, o]));
  const after = new Map(ys.map((o) => [o.code, o]));
  for (const o of ys) {
    const p = `${path}.options.${o.code}`;
    const old = before.get(o.code);
    const who = `${subject}, ${w.option} ${o.code}`;
    if (!old) {
      c.figure(p, who, `${w.added}, ${w.value}`, undefined, o.value);
      continue;
    }
    if (old.value !== o.value) c.figure(`${p}.value`, who, w.value, old.value, o.value);
    if (!same(old.label, o.label))
      c.prov(`${p}.label`, who, w.label, `“${clip(textOf(old.label, lang))}”`, `“${clip(textOf(o.label, lang))}”`);
    source(c, `${p}.source`, who, old.source, o.source);
  }
  for (const o of xs)
    if (!after.has(o.code))
      c.figure(`${path}.options.${o.code}`, `${subject}, ${w.option} ${o.code}`, w.removed, undefined, undefined);
  const order = (list: ReadonlyArray<ScaleOption>) =>
    list.map((o) => o.code).filter((k) => before.has(k) && after.has(k));
  if (!same(order(xs), order(ys)))
    c.prov(`${path}.options`, subject, `${w.order} ${w.option}`, order(xs).join(", "), order(ys).join(", "));
}

function lookupRows(
  c: Collector,
  path: string,
  subject: string,
  xs: ReadonlyArray<LookupRow>,
  ys: ReadonlyArray<LookupRow>,
  lang: Lang,
): void {
  const w = c.w;
  const rowText = (r: LookupRow) =>
    `${edgeText(w, r.min, r.minInclusive)}–${edgeText(w, r.max, r.maxInclusive)} = ${r.value}`;
  const n = Math.max(xs.length, ys.length);
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    const y = ys[i];
    const p = `${path}.rows.${i}`;
    const who = `${subject}, ${w.row} ${i + 1}`;
    if (!x || !y) {
      c.figure(p, who, x ? w.removed : w.added, x ? rowText(x) : undefined, y ? rowText(y) : undefined);
      continue;
    }
    if (x.min !== y.min || x.minInclusive !== y.minInclusive)
      c.figure(`${p}.min`, who, w.lower, edgeText(w, x.min, x.minInclusive), edgeText(w, y.min, y.minInclusive));
    if (x.max !== y.max || x.maxInclusive !== y.maxInclusive)
      c.figure(`${p}.max`, who, w.upper, edgeText(w, x.max, x.maxInclusive), edgeText(w, y.max, y.maxInclusive));
    if (x.value !== y.value) c.figure(`${p}.value`, who, w.value, x.value, y.value);
    if (!same(x.label, y.label))
      c.prov(`${p}.label`, who, w.label, `“${clip(textOf(x.label, lang))}”`, `“${clip(textOf(y.label, lang))}”`);
    source(c, `${p}.source`, who, x.source, y.source);
  }
}

// ---------------------------------------------------------------- nodes

interface Placed {
  readonly node: RubricNode;
  readonly parent: string | null;
  readonly depth: number;
  readonly scheme: string;
}

function flatten(r: RubricDefinition): Map<string, Placed> {
  const out = new Map<string, Placed>();
  const walk = (list: ReadonlyArray<RubricNode>, parent: string | null, depth: number): void => {
    for (const node of list) {
      out.set(node.code, { node, parent, depth, scheme: r.scheme });
      if (node.children) walk(node.children, node.code, depth + 1);
    }
  };
  walk(r.nodes, null, 0);
  return out;
}

/** "Aspek Kebijakan Pelayanan", "Indikator 1.a.Ak (Tersedia Standar Pelayanan …)", "Dimensi Input". */
function nodeName(w: Words, p: Placed, lang: Lang): string {
  const label = textOf(p.node.label, lang);
  const labelId = p.node.label.id;
  if (p.node.children) {
    if (NOUN.test(labelId) || NOUN.test(label)) return clip(label);
    return `${p.depth === 0 ? w.group0 : w.group} ${clip(label)}`;
  }
  if (NOUN.test(labelId) || NOUN.test(label)) return clip(label);
  const noun = p.scheme === "skm" ? w.skmLeaf : w.leaf;
  if (label === p.node.code || label === "") return `${noun} ${p.node.code}`;
  return `${noun} ${p.node.code} (${clip(label)})`;
}

function nodes(c: Collector, a: RubricDefinition, b: RubricDefinition, lang: Lang): void {
  const w = c.w;
  const before = flatten(a);
  const after = flatten(b);
  const parentName = (m: Map<string, Placed>, code: string | null) =>
    code === null ? w.top : nodeName(w, m.get(code) as Placed, lang);
  for (const [code, y] of after) {
    const path = `nodes.${code}`;
    const x = before.get(code);
    const name = nodeName(w, y, lang);
    if (!x) {
      c.figure(
        path,
        name,
        `${w.added} ${w.under} ${parentName(after, y.parent)}, ${w.weight}`,
        undefined,
        y.node.weight,
      );
      continue;
    }
    const xn = x.node;
    const yn = y.node;
    if (x.parent !== y.parent)
      c.figure(`${path}.parent`, name, w.moved, parentName(before, x.parent), parentName(after, y.parent));
    if (xn.weight !== yn.weight) c.figure(`${path}.weight`, name, w.weight, xn.weight, yn.weight);
    if (!xn.children !== !yn.children)
      c.figure(`${path}.children`, name, yn.children ? w.becameGroup : w.becameLeaf, undefined, undefined);
    if ((xn.childWeightTotal ?? a.weightTotal) !== (yn.childWeightTotal ?? b.weightTotal) && xn.children && yn.children)
      c.figure(
        `${path}.childWeightTotal`,
        name,
        w.childTotal,
        xn.childWeightTotal ?? a.weightTotal,
        yn.childWeightTotal ?? b.weightTotal,
      );
    if (xn.children && yn.children && (xn.combine ?? "weightedMean") !== (yn.combine ?? "weightedMean"))
      c.figure(`${path}.combine`, name, w.combine, w[xn.combine ?? "weightedMean"], w[yn.combine ?? "weightedMean"]);
    sourcedRounding(c, `${path}.rounding`, name, xn.rounding, yn.rounding);
    if (xn.notApplicable?.rule !== yn.notApplicable?.rule)
      c.figure(
        `${path}.notApplicable`,
        name,
        w.notApplicable,
        ruleWord(w, xn.notApplicable?.rule),
        ruleWord(w, yn.notApplicable?.rule),
      );
    else if (xn.notApplicable && yn.notApplicable)
      source(
        c,
        `${path}.notApplicable.source`,
        `${name} (${w.notApplicable})`,
        xn.notApplicable.source,
        yn.notApplicable.source,
      );
    if (!xn.children && !yn.children) {
      const xs = xn.scale === undefined ? undefined : a.scales[xn.scale];
      const ys = yn.scale === undefined ? undefined : b.scales[yn.scale];
      // A scale's own changes are listed once, under scales.<key>; here only a leaf that now uses another scale.
      if (xn.scale !== yn.scale && !same(xs, ys))
        c.figure(`${path}.scale`, name, w.scale, scaleText(w, xs), scaleText(w, ys));
      const acc = (n: RubricNode) =>
        n.accepts ? `${n.accepts.scheme}${n.accepts.rubrics ? ` (${n.accepts.rubrics.join(", ")})` : ""}` : w.none;
      if (acc(xn) !== acc(yn)) c.figure(`${path}.accepts`, name, w.accepts, acc(xn), acc(yn));
      else if (xn.accepts && yn.accepts)
        source(c, `${path}.accepts.source`, `${name} (${w.accepts})`, xn.accepts.source, yn.accepts.source);
    }
    if (!same(xn.label, yn.label))
      c.prov(
        `${path}.label`,
        nodeName(w, x, lang),
        w.label,
        `“${clip(textOf(xn.label, lang))}”`,
        `“${clip(textOf(yn.label, lang))}”`,
      );
    if (!same(xn.description, yn.description))
      c.prov(`${path}.description`, name, `${w.description} ${w.changed}`, undefined, undefined);
    if (!same(xn.levels, yn.levels)) c.prov(`${path}.levels`, name, `${w.levels} ${w.changed}`, undefined, undefined);
    source(c, `${path}.source`, name, xn.source, yn.source);
  }
  for (const [code, x] of before)
    if (!after.has(code))
      c.figure(`nodes.${code}`, nodeName(w, x, lang), `${w.removed}, ${w.weight}`, x.node.weight, undefined);
  // Order among siblings that both versions share: not a figure (the codes are the keys), but forms show it.
  const siblings = (m: Map<string, Placed>, other: Map<string, Placed>) => {
    const out = new Map<string | null, string[]>();
    for (const [code, p] of m) {
      const o = other.get(code);
      if (!o || o.parent !== p.parent) continue;
      const list = out.get(p.parent) ?? [];
      list.push(code);
      out.set(p.parent, list);
    }
    return out;
  };
  const sa = siblings(before, after);
  const sb = siblings(after, before);
  for (const [parent, list] of sb) {
    const old = sa.get(parent) ?? [];
    if (!same(old, list))
      c.prov(
        `nodes.${parent ?? "(root)"}.order`,
        parent === null ? w.rubric : nodeName(w, after.get(parent) as Placed, lang),
        w.order,
        old.join(", "),
        list.join(", "),
      );
  }
}

// ---------------------------------------------------------------- predicates, aggregation, parameters, requirements

function predicates(c: Collector, a: RubricDefinition, b: RubricDefinition, lang: Lang): void {
  const w = c.w;
  const xs = a.predicates;
  const ys = b.predicates;
  if (xs === null || ys === null) {
    if (xs !== ys)
      c.figure(
        "predicates",
        w.predicates,
        "",
        xs === null ? w.unknown : xs.map((p) => p.code).join(", "),
        ys === null ? w.unknown : ys.map((p) => p.code).join(", "),
      );
    return;
  }
  const before = new Map(xs.map((p) => [p.code, p]));
  const after = new Map(ys.map((p) => [p.code, p]));
  const name = (p: Band) =>
    `${w.predicate} ${p.code}${textOf(p.label, lang) && textOf(p.label, lang) !== p.code ? ` ${textOf(p.label, lang)}` : ""}`;
  const range = (p: Band) => `${edgeText(w, p.min, p.minInclusive)}–${edgeText(w, p.max, p.maxInclusive)}`;
  for (const y of ys) {
    const path = `predicates.${y.code}`;
    const x = before.get(y.code);
    if (!x) {
      c.figure(path, name(y), w.added, undefined, range(y));
      continue;
    }
    if (x.min !== y.min || x.minInclusive !== y.minInclusive)
      c.figure(`${path}.min`, name(y), w.lower, edgeText(w, x.min, x.minInclusive), edgeText(w, y.min, y.minInclusive));
    if (x.max !== y.max || x.maxInclusive !== y.maxInclusive)
      c.figure(`${path}.max`, name(y), w.upper, edgeText(w, x.max, x.maxInclusive), edgeText(w, y.max, y.maxInclusive));
    if (x.zone !== y.zone) c.figure(`${path}.zone`, name(y), w.zone, x.zone ?? w.none, y.zone ?? w.none);
    if (!same(x.label, y.label))
      c.prov(
        `${path}.label`,
        `${w.predicate} ${y.code}`,
        w.label,
        `“${textOf(x.label, lang)}”`,
        `“${textOf(y.label, lang)}”`,
      );
    source(c, `${path}.source`, name(y), x.source, y.source);
  }
  for (const x of xs) if (!after.has(x.code)) c.figure(`predicates.${x.code}`, name(x), w.removed, range(x), undefined);
}

function aggregation(c: Collector, x: AggregationRule | null, y: AggregationRule | null): void {
  const w = c.w;
  const subject = w.aggregation;
  if (x === null || y === null) {
    if (x !== y)
      c.figure(
        "aggregation",
        subject,
        "",
        x ? `${w[x.method]}, ${w.rounding} ${roundingText(w, x.rounding)}` : w.unknown,
        y ? `${w[y.method]}, ${w.rounding} ${roundingText(w, y.rounding)}` : w.unknown,
      );
    return;
  }
  if (x.method !== y.method) c.figure("aggregation.method", subject, w.method, w[x.method], w[y.method]);
  sourcedRounding(c, "aggregation.rounding", subject, x.rounding, y.rounding);
  const adj = (r: AggregationRule) => (r.adjustments?.allowed ? w.allowed : w.notAllowed);
  if (adj(x) !== adj(y)) c.figure("aggregation.adjustments", subject, w.adjustments, adj(x), adj(y));
  else if (x.adjustments && y.adjustments)
    source(
      c,
      "aggregation.adjustments.source",
      `${subject} (${w.adjustments})`,
      x.adjustments.source,
      y.adjustments.source,
    );
  source(c, "aggregation.source", subject, x.source, y.source);
}

function parameters(c: Collector, xs: ReadonlyArray<Parameter>, ys: ReadonlyArray<Parameter>, lang: Lang): void {
  const w = c.w;
  const before = new Map(xs.map((p) => [p.name, p]));
  const after = new Map(ys.map((p) => [p.name, p]));
  const name = (p: Parameter) => `${w.parameter} ${p.name} (${clip(textOf(p.label, lang))})`;
  for (const y of ys) {
    const x = before.get(y.name);
    const path = `parameters.${y.name}`;
    if (!x) {
      c.figure(path, name(y), w.added, undefined, `${y.min}–${y.max}`);
      continue;
    }
    if (x.min !== y.min || x.max !== y.max)
      c.figure(`${path}.range`, name(y), w.range, `${x.min}–${x.max}`, `${y.min}–${y.max}`);
    if (!same(x.label, y.label))
      c.prov(`${path}.label`, name(x), w.label, `“${textOf(x.label, lang)}”`, `“${textOf(y.label, lang)}”`);
    source(c, `${path}.source`, name(y), x.source, y.source);
  }
  for (const x of xs)
    if (!after.has(x.name)) c.figure(`parameters.${x.name}`, name(x), w.removed, `${x.min}–${x.max}`, undefined);
}

function requirements(c: Collector, xs: ReadonlyArray<Requirement>, ys: ReadonlyArray<Requirement>, lang: Lang): void {
  const w = c.w;
  const before = new Map(xs.map((r) => [r.code, r]));
  const after = new Map(ys.map((r) => [r.code, r]));
  const name = (r: Requirement) => `${w.requirement} ${r.code} (${clip(textOf(r.label, lang))})`;
  for (const y of ys) {
    const x = before.get(y.code);
    const path = `requirements.${y.code}`;
    if (!x) {
      c.figure(path, name(y), `${w.added}, ${w.ceiling}`, undefined, y.ceiling);
      continue;
    }
    if (x.ceiling !== y.ceiling) c.figure(`${path}.ceiling`, name(y), w.ceiling, x.ceiling, y.ceiling);
    if (!same(x.label, y.label))
      c.prov(`${path}.label`, name(x), w.label, `“${clip(textOf(x.label, lang))}”`, `“${clip(textOf(y.label, lang))}”`);
    source(c, `${path}.source`, name(y), x.source, y.source);
  }
  for (const x of xs)
    if (!after.has(x.code)) c.figure(`requirements.${x.code}`, name(x), w.removed, undefined, undefined);
}
