/**
 * Builders shared by the SAKIP rubric versions. Each builder takes the sources that differ
 * between versions, so every version file still names the source of each figure it uses
 * (and has its own bands array).
 *
 * Plain data (small pure builders that attach sources); no imports beyond types.
 */
import type { Band, RubricNode, Source, Text } from "../../model/types.js";

/**
 * The seven AKIP predicates AA … D on a 0–100 value: lower edge exclusive, upper edge
 * inclusive ("> 90 – 100"), 0 belongs to D. `source(range)` gives each band's source.
 */
export const sevenBands = (source: (range: string) => Source) =>
  [
    {
      code: "D",
      label: { id: "Sangat Kurang", en: "Very poor" },
      min: "0",
      minInclusive: true,
      max: "30",
      maxInclusive: true,
      source: source("0 – 30"),
    },
    {
      code: "C",
      label: { id: "Kurang", en: "Poor" },
      min: "30",
      minInclusive: false,
      max: "50",
      maxInclusive: true,
      source: source("> 30 – 50"),
    },
    {
      code: "CC",
      label: { id: "Cukup (Memadai)", en: "Fair (adequate)" },
      min: "50",
      minInclusive: false,
      max: "60",
      maxInclusive: true,
      source: source("> 50 – 60"),
    },
    {
      code: "B",
      label: { id: "Baik", en: "Good" },
      min: "60",
      minInclusive: false,
      max: "70",
      maxInclusive: true,
      source: source("> 60 – 70"),
    },
    {
      code: "BB",
      label: { id: "Sangat Baik", en: "Very good" },
      min: "70",
      minInclusive: false,
      max: "80",
      maxInclusive: true,
      source: source("> 70 – 80"),
    },
    {
      code: "A",
      label: { id: "Memuaskan", en: "Satisfactory" },
      min: "80",
      minInclusive: false,
      max: "90",
      maxInclusive: true,
      source: source("> 80 – 90"),
    },
    {
      code: "AA",
      label: { id: "Sangat Memuaskan", en: "Very satisfactory" },
      min: "90",
      minInclusive: false,
      max: "100",
      maxInclusive: true,
      source: source("> 90 – 100"),
    },
  ] as const satisfies ReadonlyArray<Band>;

/** A leaf of a SAKIP tree: a (sub-)component answered on `scale`. */
export const leaf = (code: string, label: Text, weight: string, scale: string, source: Source, description?: Text) =>
  ({
    code,
    label,
    weight,
    source,
    scale,
    ...(description ? { description } : {}),
  }) as const satisfies RubricNode;
