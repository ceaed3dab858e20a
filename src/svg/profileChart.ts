/** A result's profile: one bar per top-level component, its points against its full marks. */
import { type ErrorPath, fail, formatPath, showValue } from "../core/errors.js";
import { isRecord } from "../core/plain.js";
import { add, cmp, div, mul, R0, type Rational } from "../core/rational.js";
import { indicatorsOf } from "../engine/indicators.js";
import { leafScale } from "../engine/leafScale.js";
import type { RubricDefinition, ScoreResult, Text } from "../model/types.js";
import { clampPx, clipText, int, linear, px, textWidth } from "./geometry.js";
import { readFields, readPredicate, readText, textField } from "./input.js";
import {
  type ChartOptions,
  chartOptions,
  figure,
  fromBreakdownText,
  label,
  langOf,
  predicateColour,
  rubricFor,
  short,
  WORDS,
} from "./shared.js";
import { el, svgDocument, text } from "./xml.js";

const WIDTH = 760;
const MIN_WIDTH = 320;
const MAX_WIDTH = 2000;
/** Below this width each label sits on its own line above its bar. */
const STACK_BELOW = 600;
const LEFT = 16;
const BAR_HEIGHT = 16;

/** Options of `profileChart`: the chart options and its width in pixels. */
export interface ProfileOptions extends ChartOptions {
  /** Width in pixels, 320–2000 (default 760); below 600 each label sits above its bar (a form's sidebar). */
  readonly width?: number;
}

interface Layout {
  readonly width: number;
  readonly row: number;
  readonly labelY: number;
  readonly labelWidth: number;
  readonly barX: number;
  readonly barY: number;
  readonly barWidth: number;
  readonly figuresX: number;
  readonly figuresY: number;
}

function layoutFor(width: number): Layout {
  if (width < STACK_BELOW) {
    const barWidth = width - 2 * LEFT - 150 - 8;
    return {
      width,
      row: 44,
      labelY: 14,
      labelWidth: width - 2 * LEFT,
      barX: LEFT,
      barY: 20,
      barWidth,
      figuresX: LEFT + barWidth + 8,
      figuresY: 33,
    };
  }
  const barWidth = width - 248 - 12 - 200;
  return {
    width,
    row: 30,
    labelY: 19,
    labelWidth: 224,
    barX: 248,
    barY: 7,
    barWidth,
    figuresX: 248 + barWidth + 12,
    figuresY: 19,
  };
}

/** One bar of the profile, exactly: a top-level node's points and full marks. */
export interface ProfileRow {
  readonly code: string;
  readonly label: string;
  /** Points the node counts (after its own rounding, where the rubric rounds per node). */
  readonly points: Rational;
  /** Share × the top of its scales: the most the node can add. */
  readonly fullMarks: Rational;
  readonly notApplicable: boolean;
}

const readExact = (text: unknown, path: ErrorPath): Rational => {
  const r = typeof text === "string" ? fromBreakdownText(text) : null;
  if (r === null)
    fail({
      code: "INVALID_INPUT",
      path,
      rule: "decimal texts",
      message: `${formatPath(path)}: ${showValue(text)} is not a decimal`,
    });
  return r;
};

/** One breakdown entry as the chart reads it (plain data, checked). */
interface Entry {
  readonly code: string;
  readonly parent: string | null;
  readonly label?: Text;
  readonly share?: string;
  /** The points a top-level node counts (its own rounding where there is one); null below the top level. */
  readonly points: Rational | null;
  readonly notApplicable: boolean;
}

/** The breakdown of a result (already plain data): every entry checked for what the chart reads. */
function readBreakdown(breakdown: unknown): Entry[] {
  if (!Array.isArray(breakdown))
    fail({
      code: "INVALID_INPUT",
      path: ["result"],
      rule: "a score result with its breakdown",
      message: "profileChart needs a score result with its breakdown (an aggregate result has none)",
    });
  return breakdown.map((b: unknown, i): Entry => {
    const at = ["result", "breakdown", i];
    if (!isRecord(b))
      fail({
        code: "INVALID_INPUT",
        path: at,
        rule: "a breakdown entry { code, parent, share, weighted }",
        message: `${formatPath(at)} must be a breakdown entry, not ${showValue(b)}`,
      });
    const code = textField(b.code, [...at, "code"]);
    const parent = b.parent === null ? null : textField(b.parent, [...at, "parent"]);
    const share = textField(b.share, [...at, "share"], true);
    const pointsKey = b.rounded !== undefined ? "rounded" : "weighted";
    // Only a top-level entry's points are drawn (and read exactly); the others' must be texts all the same.
    let points: Rational | null = null;
    if (parent === null) points = readExact(b[pointsKey], [...at, pointsKey]);
    else textField(b[pointsKey], [...at, pointsKey]);
    if (b.notApplicable !== undefined && typeof b.notApplicable !== "boolean")
      fail({
        code: "INVALID_INPUT",
        path: [...at, "notApplicable"],
        rule: "true or false",
        message: `${formatPath([...at, "notApplicable"])} must be true or false, not ${showValue(b.notApplicable)}`,
      });
    return {
      code,
      parent,
      ...(b.label === undefined ? {} : { label: readText(b.label, [...at, "label"]) }),
      ...(share === undefined ? {} : { share }),
      points,
      notApplicable: b.notApplicable === true,
    };
  });
}

/**
 * Full marks of each top-level node: Σ over its indicators of share × the
 * top of the indicator's scale. Shares that depend on parameters are taken
 * from the result's own breakdown (where the parameters were bound).
 */
function fullMarksOf(rubric: RubricDefinition, breakdown: ReadonlyArray<Entry>): Map<string, Rational> {
  const shares = new Map<string, readonly [string, ErrorPath]>();
  breakdown.forEach((b, i) => {
    if (b.share !== undefined) shares.set(b.code, [b.share, ["result", "breakdown", i, "share"]]);
  });
  const out = new Map<string, Rational>();
  for (const leaf of indicatorsOf(rubric)) {
    const top = leaf.path[0] as string;
    // A share that depends on parameters is null in the rubric: the result's breakdown shows the bound one.
    const own = leaf.share ?? undefined;
    const given = own === undefined ? shares.get(leaf.code) : undefined;
    if (own === undefined && given === undefined)
      fail({
        code: "INVALID_INPUT",
        path: ["result", "breakdown"],
        rule: "full marks need every indicator's share",
        message: `the share of ${showValue(leaf.code)} depends on parameters the result does not show: score it from answers`,
      });
    const share = given === undefined ? readExact(own, ["options", "rubric"]) : readExact(given[0], given[1]);
    const hi = leafScale(leaf.code, leaf.scale).hi;
    out.set(top, add(out.get(top) ?? R0, mul(share, hi)));
  }
  return out;
}

/**
 * A self-contained SVG bar chart of a score result's profile: one row per
 * top-level breakdown entry (PEKPPP aspects, SKM elements, Ombudsman
 * dimensions, RB and SAKIP components), with the points it counts drawn over
 * its full marks. Full marks are the node's share × the top of its scale
 * (for PEKPPP aspect Kebijakan Pelayanan: 24% × 5 = 1.2), so the bars also
 * show the weights: a heavier component has a longer grey bar. Each row
 * prints "points / full marks (percent of full marks)".
 *
 * Full marks come from the rubric: the built-in rubric the result names, or
 * `options.rubric` (required for a rubric kinerja does not ship). An
 * aggregate result has no breakdown and is refused (INVALID_INPUT).
 *
 * @example
 * ```ts
 * import { score } from "kinerja";
 * import { profileChart } from "kinerja/svg";
 * const svg = profileChart(score("pekppp@2022.1", { answers }), { title: "Puskesmas Cilegon" });
 * // six bars: Kebijakan Pelayanan 0.924 / 1.2 (77%), Profesionalisme SDM 1.075 / 1.25 (86%), …
 * ```
 */
export function profileChart(result: ScoreResult, options?: ProfileOptions): string {
  const opts = chartOptions(options, "profileChart");
  const width = opts.width ?? WIDTH;
  if (typeof width !== "number" || !Number.isInteger(width) || width < MIN_WIDTH || width > MAX_WIDTH)
    fail({
      code: "INVALID_INPUT",
      path: ["options", "width"],
      rule: `a whole number of pixels from ${MIN_WIDTH} to ${MAX_WIDTH}`,
      message: `profileChart: options.width must be a whole number from ${MIN_WIDTH} to ${MAX_WIDTH}, not ${showValue(width)}`,
    });
  const L = layoutFor(width);
  const lang = langOf(opts, "profileChart");
  const w = WORDS[lang];
  const r = readFields(
    result,
    ["result"],
    ["value", "rubric", "predicate", "confirmed", "breakdown"],
    "a score result with its breakdown",
    "profileChart needs a score result with its breakdown (an aggregate result has none)",
  );
  const breakdown = readBreakdown(r.breakdown);
  const value = textField(r.value, ["result", "value"]);
  const id = textField(r.rubric, ["result", "rubric"], true);
  const predicate = readPredicate(r.predicate, ["result", "predicate"]);
  const rubric = rubricFor(opts.rubric, id, "profileChart");
  const full = fullMarksOf(rubric, breakdown);
  const labels = new Map(rubric.nodes.map((n) => [n.code, n.label]));
  const rows: ProfileRow[] = breakdown
    .filter((b) => b.parent === null)
    .map((b) => ({
      code: b.code,
      // A compact entry leaves its label in the rubric: the node of that code.
      label: label(b.label ?? labels.get(b.code), lang) || b.code,
      points: b.points ?? R0,
      fullMarks: full.get(b.code) ?? R0,
      notApplicable: b.notApplicable,
    }));
  if (rows.length === 0)
    fail({
      code: "INVALID_INPUT",
      path: ["result", "breakdown"],
      rule: "top-level rows",
      message: "the breakdown has no top-level rows",
    });

  const places = rubric.result.rounding?.places ?? 2;
  const most = rows.reduce((m, r) => (cmp(r.fullMarks, m) > 0 ? r.fullMarks : m), R0);
  const scale = most.n === 0n ? () => int(L.barX) : linear(R0, most, L.barX, L.barX + L.barWidth);
  const heading = opts.title ?? (label(rubric.result.unit, lang) || rubric.id);
  const subtitle = `${id ?? rubric.id} · ${w.value.toLowerCase()} ${value}${predicate ? ` · ${predicate.code} ${label(predicate.label, lang)}` : ""}${r.confirmed === false ? ` (${w.unconfirmed})` : ""}`;
  const colour = predicateColour(rubric, predicate);
  const top = 60;
  const legendY = top + rows.length * L.row + 20;
  const pointsWidth = textWidth(w.points, 11);
  const fullX = L.barX + 28 + pointsWidth;
  const legendWraps = fullX + 16 + textWidth(w.full, 11) > width;
  const height = legendY + (legendWraps ? 38 : 20);

  const parts: string[] = [
    text(
      { x: LEFT, y: 24, "font-size": 15, "font-weight": "bold", fill: "#1f2933" },
      clipText(heading, 15, width - 2 * LEFT),
      heading,
    ),
    text({ x: LEFT, y: 44, "font-size": 12, fill: "#546e7a" }, clipText(subtitle, 12, width - 2 * LEFT), subtitle),
  ];
  rows.forEach((row, i) => {
    const y = top + i * L.row;
    const barY = y + L.barY;
    const end = scale(row.fullMarks);
    const got = clampPx(scale(row.points), L.barX, L.barX + L.barWidth);
    const percent = row.fullMarks.n === 0n ? "" : ` (${short(div(mul(row.points, int(100)), row.fullMarks), 0)}%)`;
    const figures = row.notApplicable
      ? w.notApplicable
      : `${figure(row.points, places)} / ${figure(row.fullMarks, places)}${percent}`;
    parts.push(
      el(
        "g",
        { "data-code": row.code },
        [
          text(
            { x: LEFT, y: y + L.labelY, "font-size": 12, fill: "#1f2933" },
            clipText(row.label, 12, L.labelWidth),
            row.label,
          ),
          el("rect", {
            x: L.barX,
            y: barY,
            width: px(add(end, int(-L.barX))),
            height: BAR_HEIGHT,
            fill: "#eceff1",
            stroke: "#90a4ae",
            "stroke-width": 1,
          }),
          row.notApplicable
            ? ""
            : el("rect", {
                x: L.barX,
                y: barY,
                width: px(add(got, int(-L.barX))),
                height: BAR_HEIGHT,
                fill: colour.fill,
              }),
          text(
            { x: L.figuresX, y: y + L.figuresY, "font-size": 12, fill: "#1f2933" },
            clipText(figures, 12, width - L.figuresX - 4),
          ),
        ].join(""),
      ),
    );
  });
  const [x2, y2] = legendWraps ? [L.barX, legendY + 18] : [fullX, legendY];
  parts.push(
    el("rect", { x: L.barX, y: legendY - 9, width: 12, height: 10, fill: colour.fill }),
    text({ x: L.barX + 16, y: legendY, "font-size": 11, fill: "#546e7a" }, w.points),
    el("rect", { x: x2, y: y2 - 9, width: 12, height: 10, fill: "#eceff1", stroke: "#90a4ae" }),
    text({ x: x2 + 16, y: y2, "font-size": 11, fill: "#546e7a" }, clipText(w.full, 11, width - x2 - 20), w.full),
  );
  return svgDocument(width, height, `${heading}: ${subtitle}`, `${parts.join("\n")}\n`);
}
