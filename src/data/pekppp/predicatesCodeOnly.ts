/**
 * The PEKPPP predicate table (IPP 0–5) with its confidence corrected (issue #7, data corrections): the same
 * nine bands, edges and labels as PEKPPP_PREDICATES (predicates.ts, used by pekppp@2017.1 and pekppp@2022.1,
 * which stay as published), but every band `confirmed: false`. By the reference note's own legend the table is
 * CODE-ONLY: independent implementations agree, no official text has been seen (shared/reference/pekppp-skm.md §2).
 * Used by pekppp@2017.2 and pekppp@2022.2.
 *
 * Plain data (one small pure helper builds the band sources); no imports beyond types and sources.
 */
import type { Band, Source } from "../../model/types.js";
import { BANDS_CODE_ONLY, HREF } from "./sources.js";

const bandSource = (range: string, evidence: string) =>
  ({
    regulation: "PEKPPP predicate table (Pedoman MenPAN-RB; same under PermenPAN-RB 17/2017 and 29/2022)",
    part: "Kategori/predikat Indeks Pelayanan Publik",
    href: HREF.C5,
    text: `Published range ${range} (2 decimals, inclusive).`,
    confirmed: false,
    note: `${BANDS_CODE_ONLY} ${evidence}`,
  }) as const satisfies Source;

/** Where the lower four bands come from: only the three implementations (the site guide C7 contradicts them). */
const LOWER =
  "This band is shown by C4, C5 and C9 only; the site guide C7 (brayenid/pekppp-guide) contradicts the lower rows and is treated as an error (§2).";
/** The upper five bands: also in the site guide C7. */
const UPPER = "This band is shown by C4, C5, C9 and also the site guide C7 (brayenid/pekppp-guide, upper five rows).";

/** The nine IPP predicates, A (Pelayanan Prima) to F (Gagal), every one CODE-ONLY. */
export const PEKPPP_PREDICATES_CODE_ONLY = [
  {
    code: "F",
    label: { id: "Gagal", en: "Failed" },
    min: "0",
    minInclusive: true,
    max: "1.00",
    maxInclusive: true,
    source: bandSource("0.00 – 1.00", LOWER),
  },
  {
    code: "E",
    label: { id: "Sangat Buruk", en: "Very poor" },
    min: "1.00",
    minInclusive: false,
    max: "1.50",
    maxInclusive: true,
    source: bandSource("1.01 – 1.50", LOWER),
  },
  {
    code: "D",
    label: { id: "Buruk", en: "Poor" },
    min: "1.50",
    minInclusive: false,
    max: "2.00",
    maxInclusive: true,
    source: bandSource("1.51 – 2.00", LOWER),
  },
  {
    code: "C-",
    label: { id: "Cukup (Dengan Catatan)", en: "Fair (with notes)" },
    min: "2.00",
    minInclusive: false,
    max: "2.50",
    maxInclusive: true,
    source: bandSource("2.01 – 2.50", LOWER),
  },
  {
    code: "C",
    label: { id: "Cukup", en: "Fair" },
    min: "2.50",
    minInclusive: false,
    max: "3.00",
    maxInclusive: true,
    source: bandSource(
      "2.51 – 3.00",
      `${UPPER} A published result fits it (Kota Cilegon 2021 self-evaluation 2.55 "Cukup", S10), which shows the label, not the edges.`,
    ),
  },
  {
    code: "B-",
    label: { id: "Baik (Dengan Catatan)", en: "Good (with notes)" },
    min: "3.00",
    minInclusive: false,
    max: "3.50",
    maxInclusive: true,
    source: bandSource("3.01 – 3.50", UPPER),
  },
  {
    code: "B",
    label: { id: "Baik", en: "Good" },
    min: "3.50",
    minInclusive: false,
    max: "4.00",
    maxInclusive: true,
    source: bandSource("3.51 – 4.00", UPPER),
  },
  {
    code: "A-",
    label: { id: "Sangat Baik", en: "Very good" },
    min: "4.00",
    minInclusive: false,
    max: "4.50",
    maxInclusive: true,
    source: bandSource(
      "4.01 – 4.50",
      `${UPPER} Kota Cilegon 2022 = 4.22 "Sangat Baik" (regional news only, UNCONFIRMED as a figure) fits it.`,
    ),
  },
  {
    code: "A",
    label: { id: "Pelayanan Prima", en: "Excellent service" },
    min: "4.50",
    minInclusive: false,
    max: "5.00",
    maxInclusive: true,
    source: bandSource(
      "4.51 – 5.00",
      `${UPPER} Published 2024 results fit it (Kota Madiun 4.67 A, addendum; the 2024 province indices of KepmenPAN-RB 659/2024, S9), which show the band, not its edges.`,
    ),
  },
] as const satisfies ReadonlyArray<Band>;
