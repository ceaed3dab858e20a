/**
 * The PEKPPP predicate table (IPP 0–5), rounding and unit → instansi rule,
 * shared by the 17/2017 and 29/2022 instruments (reference note §2, §1.7).
 *
 * Plain data (one small pure helper builds the band sources); no imports beyond types.
 */
import type { Band, Source } from "../../model/types.js";
import { HREF } from "./sources.js";

const bandSource = (range: string) =>
  ({
    regulation: "PEKPPP predicate table (Pedoman MenPAN-RB; same under PermenPAN-RB 17/2017 and 29/2022)",
    part: "Kategori/predikat Indeks Pelayanan Publik",
    href: HREF.C5,
    text: `Published range ${range} (2 decimals, inclusive).`,
    confirmed: true,
    note: "CONFIRMED in the reference note (§2): implementations C4 (17/2017), C5 (29/2022), C9 and published results (Cilegon 2021: 2.55 'Cukup') agree; the official table text itself has not been seen. The published 2-decimal ranges leave gaps (4.50|4.51); here each band starts just above the previous one's top, applied to the value rounded to 2 decimals, so every value has exactly one band.",
  }) as const satisfies Source;

/** The nine IPP predicates, A (Pelayanan Prima) to F (Gagal). Zones (hijau/kuning/merah) are left out: only C5 shows them. */
export const PEKPPP_PREDICATES = [
  {
    code: "F",
    label: { id: "Gagal", en: "Failed" },
    min: "0",
    minInclusive: true,
    max: "1.00",
    maxInclusive: true,
    source: bandSource("0.00 – 1.00"),
  },
  {
    code: "E",
    label: { id: "Sangat Buruk", en: "Very poor" },
    min: "1.00",
    minInclusive: false,
    max: "1.50",
    maxInclusive: true,
    source: bandSource("1.01 – 1.50"),
  },
  {
    code: "D",
    label: { id: "Buruk", en: "Poor" },
    min: "1.50",
    minInclusive: false,
    max: "2.00",
    maxInclusive: true,
    source: bandSource("1.51 – 2.00"),
  },
  {
    code: "C-",
    label: { id: "Cukup (Dengan Catatan)", en: "Fair (with notes)" },
    min: "2.00",
    minInclusive: false,
    max: "2.50",
    maxInclusive: true,
    source: bandSource("2.01 – 2.50"),
  },
  {
    code: "C",
    label: { id: "Cukup", en: "Fair" },
    min: "2.50",
    minInclusive: false,
    max: "3.00",
    maxInclusive: true,
    source: bandSource("2.51 – 3.00"),
  },
  {
    code: "B-",
    label: { id: "Baik (Dengan Catatan)", en: "Good (with notes)" },
    min: "3.00",
    minInclusive: false,
    max: "3.50",
    maxInclusive: true,
    source: bandSource("3.01 – 3.50"),
  },
  {
    code: "B",
    label: { id: "Baik", en: "Good" },
    min: "3.50",
    minInclusive: false,
    max: "4.00",
    maxInclusive: true,
    source: bandSource("3.51 – 4.00"),
  },
  {
    code: "A-",
    label: { id: "Sangat Baik", en: "Very good" },
    min: "4.00",
    minInclusive: false,
    max: "4.50",
    maxInclusive: true,
    source: bandSource("4.01 – 4.50"),
  },
  {
    code: "A",
    label: { id: "Pelayanan Prima", en: "Excellent service" },
    min: "4.50",
    minInclusive: false,
    max: "5.00",
    maxInclusive: true,
    source: bandSource("4.51 – 5.00"),
  },
] as const satisfies ReadonlyArray<Band>;

/** Rounding of the published IPP: half-up to 2 decimals, then classify. */
export const PEKPPP_ROUNDING_SOURCE = {
  regulation: "PEKPPP publication practice (reference note §2 and addendum)",
  part: "Pembulatan nilai IPP",
  text: "IPP published with 2 decimals (e.g. Cilegon 2.55); rounded half-up, then looked up in the inclusive 2-decimal bands.",
  confirmed: false,
  note: "UNCONFIRMED official rule. Published values have 2 decimals and one app rounds half-up to 2 decimals before banding; an Excel template's strict 'greater than' cut-offs (C10) give the same predicate at every 2-decimal value. No official text on rounding has been seen.",
} as const satisfies Source;

/** Unit lokus → instansi (K/L/Pemda): mean of the unrounded unit indices, rounded once. */
export const PEKPPP_AGGREGATION_SOURCE = {
  regulation: "PEKPPP practice (reference note §1.7 and addendum)",
  part: "Indeks instansi dari unit lokus",
  text: "Instansi IPP = unweighted mean of its unit lokus IPPs, unrounded, rounded once at the end.",
  confirmed: false,
  note: "UNCONFIRMED: no source states the rule. A mean of unrounded unit indices is consistent with Kota Madiun 2024 (published 4.67 from units published as 4.73, 4.63, 4.63), whose rounded unit values average to 4.66. C2 uses a plain mean over all unit lokus.",
} as const satisfies Source;

/** The IPP of both instruments: 0–5, published half-up at 2 decimals (rounding UNCONFIRMED, see its source). */
export const PEKPPP_RESULT = {
  min: "0",
  max: "5",
  rounding: { places: 2, mode: "halfUp", source: PEKPPP_ROUNDING_SOURCE },
  unit: { id: "Indeks Pelayanan Publik (IPP), skala 0–5", en: "Public-service index (IPP), 0–5" },
} as const;

/** Unit lokus → instansi of both instruments: the mean, rounded once (rule UNCONFIRMED, see its source). */
export const PEKPPP_AGGREGATION = {
  method: "mean",
  rounding: { places: 2, mode: "halfUp", source: PEKPPP_ROUNDING_SOURCE },
  source: PEKPPP_AGGREGATION_SOURCE,
} as const;
