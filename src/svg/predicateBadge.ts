/** A badge with a result's predicate: code, label, value, in the colour of its band or zone. */
import { fail, showValue } from "../core/errors.js";
import type { AggregateResult, ScoreResult } from "../model/types.js";
import { clipText, textWidth } from "./geometry.js";
import { readFields, readPredicate, textField } from "./input.js";
import { NEUTRAL } from "./palette.js";
import { type ChartOptions, chartOptions, label, langOf, predicateColour, rubricFor, WORDS } from "./shared.js";
import { el, svgDocument, text } from "./xml.js";

const HEIGHT = 64;
const BOX = 64;
const MAX_TEXT = 400;

/**
 * A self-contained SVG badge for a score or aggregate result: the predicate
 * code in the colour of its band (Ombudsman zones in their own green, yellow
 * and red; other schemes from red, lowest band, to green, highest), its
 * label, the published value and the rubric id, with "belum terkonfirmasi"
 * when the result is not confirmed (it rests on an unconfirmed figure). A result without a
 * predicate (no official bands) gets a grey badge that says so.
 *
 * The rubric (for the band's place) is the built-in one the result names,
 * or `options.rubric`. Every text is XML-escaped.
 *
 * @example
 * ```ts
 * import { score } from "kinerja";
 * import { predicateBadge } from "kinerja/svg";
 * const svg = predicateBadge(score("pekppp@2022.1", { answers }));
 * // "<svg xmlns=… role="img" aria-label="B Baik: 3.68">…"
 * ```
 */
export function predicateBadge(result: ScoreResult | AggregateResult, options?: ChartOptions): string {
  const opts = chartOptions(options, "predicateBadge");
  const lang = langOf(opts, "predicateBadge");
  const w = WORDS[lang];
  const r = readFields(
    result,
    ["result"],
    ["value", "rubric", "predicate", "confirmed"],
    "a score or aggregate result",
    "predicateBadge needs a score or aggregate result",
  );
  const value = r.value;
  if (typeof value !== "string")
    fail({
      code: "INVALID_INPUT",
      path: ["result", "value"],
      rule: "a score or aggregate result",
      message: `predicateBadge needs a score or aggregate result: result.value must be its published value, not ${showValue(value)}`,
    });
  const id = textField(r.rubric, ["result", "rubric"], true);
  const rubric = rubricFor(opts.rubric, id, "predicateBadge");
  const p = readPredicate(r.predicate, ["result", "predicate"]);
  const confirmed = r.confirmed;
  const colour = p ? predicateColour(rubric, p) : NEUTRAL;
  const code = p ? p.code : "–";
  const name = p ? label(p.label, lang) : w.noPredicate;
  const valueLine = `${w.value} ${value} (${rubric.result.min}–${rubric.result.max})`;
  const notes = [
    ...(id === undefined ? [rubric.id] : [id]),
    ...(p?.zone ? [`${w.zone} ${p.zone}`] : []),
    ...(confirmed === false ? [w.unconfirmed] : []),
  ].join(" · ");
  const heading = opts.title;

  const top = heading === undefined ? 0 : 22;
  const height = HEIGHT + top;
  const lines = [
    { size: 16, content: clipText(name, 16, MAX_TEXT), bold: true },
    { size: 13, content: clipText(valueLine, 13, MAX_TEXT), bold: false },
    { size: 11, content: clipText(notes, 11, MAX_TEXT), bold: false },
  ];
  const textWide = Math.max(
    ...lines.map((l) => textWidth(l.content, l.size)),
    heading ? textWidth(heading, 13) - BOX : 0,
  );
  const width = BOX + 12 + textWide + 14;
  const codeLength = [...code].length;
  // Font size and baseline of the code in the coloured box: large for "A-", smaller for "hijau".
  const [codeSize, codeBaseline] = codeLength <= 2 ? [26, 41] : codeLength <= 4 ? [16, 38] : [11, 36];

  const body = [
    heading === undefined
      ? ""
      : text(
          { x: 2, y: 15, "font-size": 13, "font-weight": "bold", fill: "#1f2933" },
          clipText(heading, 13, width - 4),
          heading,
        ),
    el(
      "g",
      { transform: top ? `translate(0 ${top})` : undefined },
      [
        el("rect", { x: 0.5, y: 0.5, width: width - 1, height: HEIGHT - 1, rx: 8, fill: "#ffffff", stroke: "#b0bec5" }),
        el("path", { d: `M8 0H${BOX}V${HEIGHT}H8A8 8 0 0 1 0 ${HEIGHT - 8}V8A8 8 0 0 1 8 0Z`, fill: colour.fill }),
        text(
          {
            x: BOX / 2,
            y: codeBaseline,
            "text-anchor": "middle",
            "font-size": codeSize,
            "font-weight": "bold",
            fill: colour.ink,
          },
          code,
        ),
        text(
          { x: BOX + 12, y: 23, "font-size": 16, "font-weight": "bold", fill: "#1f2933" },
          lines[0]?.content ?? "",
          name,
        ),
        text({ x: BOX + 12, y: 41, "font-size": 13, fill: "#1f2933" }, lines[1]?.content ?? "", valueLine),
        text(
          { x: BOX + 12, y: 56, "font-size": 11, fill: confirmed === false ? "#b45309" : "#546e7a" },
          lines[2]?.content ?? "",
          notes,
        ),
      ].join("\n"),
    ),
  ].join("\n");
  return svgDocument(width, height, p ? `${code} ${name}: ${value}` : `${name}: ${value}`, `${body}\n`);
}
