/** A unit's values over the years, drawn on its rubric's predicate bands. */
import { toDecimalText, toFixedText } from "../core/decimalText.js";
import { fail, showValue } from "../core/errors.js";
import { readOwn } from "../core/plain.js";
import { add, cmp, div, type Rational, max as rmax, min as rmin, sub } from "../core/rational.js";
import { bandsOn, rangeOf, readNumber } from "../engine/internal.js";
import type { AggregateResult, AnswerValue, ScoreResult } from "../model/types.js";
import { clipText, int, linear, px } from "./geometry.js";
import { readFields, readList, textField } from "./input.js";
import { bandColour } from "./palette.js";
import { type ChartOptions, chartOptions, label, langOf, rubricFor, valueColour, WORDS } from "./shared.js";
import { el, esc, svgDocument, text } from "./xml.js";

/** One point of a trend: a year and its published value, or a result (its `value` is used). */
export interface TrendPoint {
  /** The year (or any short period label: "2024", "TW III 2024"). */
  readonly year: number | string;
  /** The published value ("95.31"), when no result is given. */
  readonly value?: AnswerValue;
  /** A score or aggregate result: its published value, and its rubric when none is given. */
  readonly result?: ScoreResult | AggregateResult;
  /** A note for the point's tooltip ("LHP Ombudsman 2024"). */
  readonly note?: string;
}

const WIDTH = 780;
const HEIGHT = 360;
const PLOT_LEFT = 64;
const PLOT_RIGHT = 586;
const PLOT_TOP = 52;
const PLOT_BOTTOM = 300;
const PAD = 28;
const BAND_LABEL_X = 596;

interface Point {
  readonly year: string;
  readonly numericYear: bigint | null;
  readonly text: string;
  readonly value: Rational;
  readonly note?: string;
}

/** The series' points, read once as plain data; and the rubric id of the last point that has a result. */
function readPoints(series: unknown): { readonly points: Point[]; readonly lastRubric: string | undefined } {
  const rule = "at least one point";
  const message = "trendChart needs a non-empty series: [{ year, value }] or [{ year, result }]";
  const list = readList(series, ["series"], rule, message);
  if (list.length === 0) fail({ code: "INVALID_INPUT", path: ["series"], rule, message });
  let lastRubric: string | undefined;
  const points = list.map((p, i): Point => {
    const path = ["series", i];
    const point = readFields(
      p,
      path,
      ["year", "value", "note"],
      "{ year, value | result }",
      `series[${i}] must be { year, value } or { year, result }`,
    );
    const year = point.year;
    if ((typeof year !== "number" || !Number.isInteger(year)) && (typeof year !== "string" || year === ""))
      fail({
        code: "INVALID_INPUT",
        path: [...path, "year"],
        rule: "a whole year or a period label",
        message: `series[${i}].year must be a whole year (2024) or a label ("TW III 2024"), not ${showValue(year)}`,
      });
    const note = textField(point.note, [...path, "note"], true);
    const given = readOwn(p as object, "result", [...path, "result"]);
    let value: unknown = point.value;
    let valuePath = [...path, "value"];
    if (given !== undefined) {
      const result = readFields(
        given,
        [...path, "result"],
        ["value", "rubric"],
        "a score or aggregate result",
        `series[${i}].result must be a score or aggregate result`,
      );
      const rubric = textField(result.rubric, [...path, "result", "rubric"], true);
      if (rubric !== undefined) lastRubric = rubric;
      value = result.value;
      valuePath = [...path, "result", "value"];
    }
    const exact = readNumber(value, valuePath);
    const label = String(year);
    return {
      year: label,
      numericYear: /^\d{1,6}$/.test(label) ? BigInt(label) : null,
      text: typeof value === "string" ? value : toDecimalText(exact),
      value: exact,
      ...(note === undefined ? {} : { note }),
    };
  });
  return { points, lastRubric };
}

/**
 * A self-contained SVG line chart of a unit's values over the years, drawn
 * on the predicate bands of one rubric (coloured stripes, lowest band red,
 * highest green; Ombudsman zones in their own colours), with each point in
 * the colour of the band it falls in and its published value printed above
 * it. Points are placed in the order given; numeric years are spaced by
 * their distance (a skipped year leaves a gap).
 *
 * The bands are those of `options.rubric`, or else of the built-in rubric of
 * the last point's result. When the years span two rubric versions with
 * different bands (Ombudsman zones until 2021, A–E from 2022), the chart
 * draws one set: pass the rubric you want compared against. Values outside
 * the rubric's range are refused (OUT_OF_RANGE).
 *
 * @example
 * ```ts
 * import { trendChart } from "kinerja/svg";
 * const svg = trendChart(
 *   [{ year: 2022, value: "81.08" }, { year: 2023, value: "89.45" }, { year: 2024, value: "95.31" }],
 *   { rubric: "ombudsman@2024.1", title: "Kota Cilegon: kepatuhan pelayanan publik" },
 * );
 * ```
 */
export function trendChart(series: ReadonlyArray<TrendPoint>, options?: ChartOptions): string {
  const opts = chartOptions(options, "trendChart");
  const lang = langOf(opts, "trendChart");
  const w = WORDS[lang];
  const { points, lastRubric } = readPoints(series);
  const rubric = rubricFor(opts.rubric, lastRubric, "trendChart");
  const range = rangeOf(rubric);
  points.forEach((p, i) => {
    if (cmp(p.value, range.min) < 0 || cmp(p.value, range.max) > 0)
      fail({
        code: "OUT_OF_RANGE",
        path: ["series", i, "value"],
        rule: `a value from ${rubric.result.min} to ${rubric.result.max}`,
        message: `series[${i}]: ${p.text} is outside ${rubric.id}'s range ${rubric.result.min}–${rubric.result.max}`,
      });
  });
  const y = linear(range.min, range.max, PLOT_BOTTOM, PLOT_TOP);

  // x: numeric years by distance, anything else evenly.
  const years = points.map((p) => p.numericYear);
  const numeric = years.every((v) => v !== null);
  const first = numeric ? years.reduce((a, b) => ((b as bigint) < (a as bigint) ? b : a)) : null;
  const last = numeric ? years.reduce((a, b) => ((b as bigint) > (a as bigint) ? b : a)) : null;
  const middle = int((PLOT_LEFT + PLOT_RIGHT) / 2);
  const xOf = (p: Point, i: number): Rational => {
    if (numeric && first !== null && last !== null && first !== last)
      return linear(
        { n: first, d: 1n },
        { n: last, d: 1n },
        PLOT_LEFT + PAD,
        PLOT_RIGHT - PAD,
      )({ n: p.numericYear as bigint, d: 1n });
    if (!numeric && points.length > 1)
      return linear(int(0), int(points.length - 1), PLOT_LEFT + PAD, PLOT_RIGHT - PAD)(int(i));
    return middle;
  };

  const heading = opts.title ?? (label(rubric.result.unit, lang) || rubric.id);
  const parts: string[] = [
    text(
      { x: 16, y: 24, "font-size": 15, "font-weight": "bold", fill: "#1f2933" },
      clipText(heading, 15, WIDTH - 32),
      heading,
    ),
    text({ x: 16, y: 42, "font-size": 11, fill: "#546e7a" }, `${w.bands}: ${rubric.id}`),
  ];

  // Bands as stripes, with their codes at the right.
  const bands = bandsOn(rubric) ?? [];
  const ticks: Rational[] = [range.min, range.max];
  bands.forEach((b, i) => {
    const lo = rmax(b.min, range.min);
    const hi = rmin(b.max, range.max);
    const top = y(hi);
    const bottom = y(lo);
    const colour = bandColour(i, bands.length, b.predicate.zone);
    const height = sub(bottom, top);
    if (cmp(height, int(0)) <= 0) return;
    parts.push(
      el("rect", {
        x: PLOT_LEFT,
        y: px(top),
        width: PLOT_RIGHT - PLOT_LEFT,
        height: px(height),
        fill: colour.fill,
        "fill-opacity": 0.16,
      }),
    );
    // A thin white edge between stripes, so bands of one zone (Ombudsman A and B, both green) stay apart.
    if (cmp(hi, range.max) < 0)
      parts.push(
        el("line", { x1: PLOT_LEFT, y1: px(top), x2: PLOT_RIGHT, y2: px(top), stroke: "#ffffff", "stroke-width": 1.5 }),
      );
    // Label only stripes tall enough for a line of text (11 px).
    if (cmp(height, int(11)) >= 0) {
      const name = `${b.predicate.code}${label(b.predicate.label, lang) && label(b.predicate.label, lang) !== b.predicate.code ? ` ${label(b.predicate.label, lang)}` : ""}`;
      const mid = add(div(add(top, bottom), int(2)), int(4));
      parts.push(
        el("rect", { x: BAND_LABEL_X, y: px(add(mid, int(-9))), width: 10, height: 10, fill: colour.fill }),
        text(
          { x: BAND_LABEL_X + 14, y: px(mid), "font-size": 11, fill: "#37474f" },
          clipText(name, 11, WIDTH - BAND_LABEL_X - 18),
          name,
        ),
      );
    }
    ticks.push(b.min);
  });

  // Axes: the value axis ticks at the range ends and band edges (those at least 12 px apart).
  parts.push(
    el("line", { x1: PLOT_LEFT, y1: PLOT_TOP, x2: PLOT_LEFT, y2: PLOT_BOTTOM, stroke: "#90a4ae" }),
    el("line", { x1: PLOT_LEFT, y1: PLOT_BOTTOM, x2: PLOT_RIGHT, y2: PLOT_BOTTOM, stroke: "#90a4ae" }),
  );
  // Tick texts: whole numbers when every tick is one (Ombudsman 0, 32, 54, …), else the rubric's decimals (PEKPPP 4.50).
  const sortedTicks = ticks
    .filter((v) => cmp(v, range.min) >= 0 && cmp(v, range.max) <= 0)
    .sort((a, b) => cmp(a, b))
    .filter((v, i, all) => i === 0 || cmp(v, all[i - 1] as Rational) !== 0);
  const whole = sortedTicks.every((v) => v.d === 1n);
  const places = rubric.result.rounding?.places ?? 2;
  let lastTick: Rational | null = null;
  for (const v of sortedTicks) {
    const textValue = whole ? toDecimalText(v) : toFixedText(v, places);
    const at = y(v);
    if (lastTick !== null && cmp(sub(lastTick, at), int(12)) < 0) continue;
    lastTick = at;
    parts.push(
      el("line", { x1: PLOT_LEFT - 4, y1: px(at), x2: PLOT_LEFT, y2: px(at), stroke: "#90a4ae" }),
      text(
        { x: PLOT_LEFT - 7, y: px(add(at, int(4))), "font-size": 10, "text-anchor": "end", fill: "#546e7a" },
        textValue,
      ),
    );
  }

  // The line, the points, their values and years.
  const xy = points.map((p, i) => ({ x: xOf(p, i), y: y(p.value) }));
  if (points.length > 1)
    parts.push(
      el("polyline", {
        points: xy.map((c) => `${px(c.x)},${px(c.y)}`).join(" "),
        fill: "none",
        stroke: "#37474f",
        "stroke-width": 2,
        "stroke-linejoin": "round",
      }),
    );
  points.forEach((p, i) => {
    const c = xy[i] as { x: Rational; y: Rational };
    const colour = valueColour(rubric, p.value);
    const nearTop = cmp(c.y, int(PLOT_TOP + 18)) < 0;
    const labelY = add(c.y, int(nearTop ? 18 : -10));
    const tip = `${p.year}: ${p.text}${p.note ? ` (${p.note})` : ""}`;
    parts.push(
      el(
        "g",
        { "data-year": p.year },
        [
          el(
            "circle",
            { cx: px(c.x), cy: px(c.y), r: 5, fill: colour.fill, stroke: "#ffffff", "stroke-width": 1.5 },
            el("title", {}, esc(tip)),
          ),
          text(
            {
              x: px(c.x),
              y: px(labelY),
              "font-size": 12,
              "font-weight": "bold",
              "text-anchor": "middle",
              fill: "#1f2933",
            },
            p.text,
          ),
          text(
            { x: px(c.x), y: PLOT_BOTTOM + 18, "font-size": 11, "text-anchor": "middle", fill: "#37474f" },
            clipText(p.year, 11, 80),
            p.year,
          ),
        ].join(""),
      ),
    );
  });
  const description = points.map((p) => `${p.year}: ${p.text}`).join(", ");
  return svgDocument(WIDTH, HEIGHT, heading, `${parts.join("\n")}\n`, description);
}
