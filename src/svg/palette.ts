/** Colours of predicate bands: zones in their own colours, other bands on a red → green ramp (lowest band red). */
import type { Zone } from "../model/types.js";

export interface Colour {
  /** Fill of the badge or point. */
  readonly fill: string;
  /** Text on that fill. */
  readonly ink: string;
}

const DARK = "#1f2933";
const LIGHT = "#ffffff";

/** Nine steps from red (lowest band) to green (highest). */
const RAMP: ReadonlyArray<Colour> = [
  { fill: "#b71c1c", ink: LIGHT },
  { fill: "#d84315", ink: LIGHT },
  { fill: "#ef6c00", ink: LIGHT },
  { fill: "#f9a825", ink: DARK },
  { fill: "#c0ca33", ink: DARK },
  { fill: "#7cb342", ink: DARK },
  { fill: "#43a047", ink: LIGHT },
  { fill: "#2e7d32", ink: LIGHT },
  { fill: "#1b5e20", ink: LIGHT },
];

const ZONES: Readonly<Record<Zone, Colour>> = {
  hijau: { fill: "#2e7d32", ink: LIGHT },
  kuning: { fill: "#f9a825", ink: DARK },
  merah: { fill: "#c62828", ink: LIGHT },
};

/** Grey: no predicate, or a band kinerja cannot place. */
export const NEUTRAL: Colour = { fill: "#78909c", ink: LIGHT };

/** The colour of band `index` of `count` (ascending); a zone, where the band has one, wins. */
export function bandColour(index: number, count: number, zone?: Zone): Colour {
  if (zone) return ZONES[zone];
  if (index < 0 || count <= 0) return NEUTRAL;
  if (count === 1) return RAMP[RAMP.length - 1] as Colour;
  const step = Math.round((index * (RAMP.length - 1)) / (count - 1)); // not-a-score: a colour index
  return RAMP[step] as Colour;
}
