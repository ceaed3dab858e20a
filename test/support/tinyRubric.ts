/**
 * The one tiny-rubric builder of the tests: a valid definition with a 0–100
 * result, classic AA–D bands (lower edges exclusive) and the nodes and scales
 * a test gives. Figures are test data, not regulation.
 */
import type { Band, RubricDefinition, RubricNode, Scale, Source } from "../../src/model/types.js";

export const testSource: Source = { regulation: "test fixture", confirmed: true };
export const unconfirmedSource: Source = {
  regulation: "test fixture",
  confirmed: false,
  note: "UNCONFIRMED test figure",
};

export const leaf = (code: string, weight: string, scale: string, extra: Partial<RubricNode> = {}): RubricNode => ({
  code,
  label: { id: code },
  weight,
  source: testSource,
  scale,
  ...extra,
});

export const group = (
  code: string,
  weight: string,
  children: ReadonlyArray<RubricNode>,
  extra: Partial<RubricNode> = {},
): RubricNode => ({ code, label: { id: code }, weight, source: testSource, children, ...extra });

const band = (code: string, min: string, max: string, first = false): Band => ({
  code,
  label: { id: code },
  min,
  minInclusive: first,
  max,
  maxInclusive: true,
  source: testSource,
});

/** AA > 90–100 … D 0–30, as RB and SAKIP write them. */
export const classicBands: ReadonlyArray<Band> = [
  band("D", "0", "30", true),
  band("C", "30", "50"),
  band("CC", "50", "60"),
  band("B", "60", "70"),
  band("BB", "70", "80"),
  band("A", "80", "90"),
  band("AA", "90", "100"),
];

export const scales = {
  yt: {
    kind: "options",
    options: [
      { code: "Ya", value: "1" },
      { code: "Tidak", value: "0" },
    ],
    source: testSource,
  },
  abcd: {
    kind: "options",
    options: [
      { code: "A", value: "1" },
      { code: "B", value: "2/3" },
      { code: "C", value: "1/3" },
      { code: "D", value: "0" },
    ],
    source: testSource,
  },
  percent: {
    kind: "decimal",
    min: "0",
    max: "1000",
    places: 2,
    normalize: { min: "0", max: "100", cap: true, source: testSource },
    source: testSource,
  },
  index04: {
    kind: "decimal",
    min: "0",
    max: "4",
    normalize: { min: "0", max: "4", source: testSource },
    source: testSource,
  },
} as const satisfies Record<string, Scale>;

export function tinyRubric(nodes: ReadonlyArray<RubricNode>, extra: Partial<RubricDefinition> = {}): RubricDefinition {
  return {
    id: "tiny@1",
    scheme: "tiny",
    version: "1",
    status: "demo",
    title: { id: "Rubrik uji", en: "Test rubric" },
    legalBasis: [testSource],
    validFor: { from: 2020, to: null },
    weightTotal: "100",
    scales,
    result: { min: "0", max: "100", multiplier: "100", rounding: { places: 2, mode: "halfUp", source: testSource } },
    nodes,
    predicates: classicBands,
    aggregation: { method: "mean", source: testSource },
    ...extra,
  };
}
