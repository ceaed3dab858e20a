/**
 * pekppp@2017.2: the PermenPAN-RB 17/2017 instrument (six aspects 30/18/15/15/15/7, 37 indicators, answers 0–5)
 * with one correction to pekppp@2017.1 (issue #7, data corrections): the nine predicate bands are CODE-ONLY by the
 * reference note's own legend (shared/reference/pekppp-skm.md §2), so each band is now `confirmed: false`.
 *
 * Everything else is pekppp@2017.1's, by reference: its legal basis, scale, result, aggregation and the 37
 * indicator nodes (whose weights were already `confirmed: false`, a single implementation C4). pekppp@2017.1 is
 * locked (rubrics.lock.json), so the shared parts cannot drift apart. Same figures, so every value, exact value
 * and predicate is the predecessor's; only `confirmed` on predicates (classify) differs.
 *
 * Plain data: type-only import of the model, data from sibling data files.
 */
import type { RubricDefinition } from "../../model/types.js";
import { PEKPPP_2017_1 } from "./2017.1.js";
import { PEKPPP_AGGREGATION, PEKPPP_RESULT } from "./predicates.js";
import { PEKPPP_PREDICATES_CODE_ONLY } from "./predicatesCodeOnly.js";

export const PEKPPP_2017_2 = {
  id: "pekppp@2017.2",
  scheme: "pekppp",
  version: "2017.2",
  status: "official",
  title: PEKPPP_2017_1.title,
  legalBasis: PEKPPP_2017_1.legalBasis,
  validFor: { from: 2017, to: 2021 },
  weightTotal: "100",
  scales: PEKPPP_2017_1.scales,
  result: {
    ...PEKPPP_RESULT,
    source: {
      regulation: "PermenPAN-RB 17/2017",
      part: "Indeks unit penyelenggara pelayanan publik, skala 0–5",
      text: "The unit's index runs from 0 to 5, as its successor's IPP.",
      confirmed: true,
    },
  },
  /** The 37 indicators in six aspects, exactly those of pekppp@2017.1 (C4; every weight confirmed: false). */
  nodes: PEKPPP_2017_1.nodes,
  predicates: PEKPPP_PREDICATES_CODE_ONLY,
  aggregation: PEKPPP_AGGREGATION,
  notes: [
    "Weights are from a single implementation (C4, UNCONFIRMED) and the predicate bands are CODE-ONLY (C4, C5, C9 agree; the official table text has not been seen): every figure is confirmed: false.",
    "Correction of pekppp@2017.1 (issue #7 data review): the same figures; its predicate bands were marked confirmed: true although their only evidence is local-government code. pekppp@2017.1 stays available for teams that pinned it.",
    "Exact fractions (5/56, 3/22, 2/15, …) are the default; the printed 3-decimal weights, which sum to 0.995/0.999/0.999 in aspects I–III, are available only through scoreLegacyRounded2017() in kinerja/pekppp.",
    "validFor 2017–2021: 17/2017 was replaced by 29/2022, whose instrument applies from the 2022 assessment. Some local evaluations kept the 37-indicator form into 2022 (C4); pin pekppp@2017.2 explicitly for those.",
    "Level sentences (0–5) of the 37 indicators are not included.",
  ],
} as const satisfies RubricDefinition;
