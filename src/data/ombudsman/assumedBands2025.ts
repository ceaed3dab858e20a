/**
 * The 2022–2024 category cut-offs offered for the 2025 Opini scheme, whose own
 * cut-offs were not found. UNCONFIRMED for 2025: every 2025 data point found
 * fits them. kinerja never applies them on its own; `opini()` uses them only
 * when the caller passes them.
 */
import type { Band } from "../../model/types.js";
import { BANDS_2025_ASSUMED } from "./sources.js";

export const assumedBands2025 = [
  {
    code: "A",
    label: { id: "Kualitas Tertinggi", en: "Highest quality" },
    zone: "hijau",
    min: "88",
    minInclusive: true,
    max: "100",
    maxInclusive: true,
    source: BANDS_2025_ASSUMED,
  },
  {
    code: "B",
    label: { id: "Kualitas Tinggi", en: "High quality" },
    zone: "hijau",
    min: "78",
    minInclusive: true,
    max: "88",
    maxInclusive: false,
    source: BANDS_2025_ASSUMED,
  },
  {
    code: "C",
    label: { id: "Kualitas Sedang", en: "Medium quality" },
    zone: "kuning",
    min: "54",
    minInclusive: true,
    max: "78",
    maxInclusive: false,
    source: BANDS_2025_ASSUMED,
  },
  {
    code: "D",
    label: { id: "Kualitas Rendah", en: "Low quality" },
    zone: "merah",
    min: "32",
    minInclusive: true,
    max: "54",
    maxInclusive: false,
    source: BANDS_2025_ASSUMED,
  },
  {
    code: "E",
    label: { id: "Kualitas Terendah", en: "Lowest quality" },
    zone: "merah",
    min: "0",
    minInclusive: true,
    max: "32",
    maxInclusive: false,
    source: BANDS_2025_ASSUMED,
  },
] as const satisfies ReadonlyArray<Band>;
