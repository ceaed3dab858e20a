/**
 * Published rubric ids that a correction supersedes. A published id never changes what it computes or says
 * (rubrics.lock.json); a correction is a new id, listed here with the id it replaces. The superseded id stays
 * available by getRubric (teams that pinned it keep their results), but it is not the rubric to resolve for an
 * assessment year any more: the old and the new id are never both resolvable for the same year.
 *
 * Each `by` rubric copies its predecessor's validFor. `date` is when the supersession was published.
 *
 * Plain data: type-only imports, sources from the schemes' data files.
 */
import type { Source } from "../model/types.js";
import { PEROMBUDSMAN_22_2016_FOR_2023, UU_25_2009_TEXT } from "./ombudsman/sources.js";
import { SKM_HREF } from "./skm/sources.js";

/** One published id replaced by a correction. */
export interface Supersession {
  /** The superseded (still published) id. */
  readonly id: string;
  /** The id that replaces it for new assessments; same scheme, same validFor. */
  readonly by: string;
  /** What changed, for the people who use the numbers. */
  readonly reason: string;
  /** ISO date the supersession was published. */
  readonly date: string;
  /** The document behind the correction, where one exists. */
  readonly source?: Source;
}

const DATE = "2026-12-01";

/** The UU 25/2009 correction shared by every Ombudsman rubric that cited the law. */
const UU_REASON =
  "the UU 25/2009 reference linked a leaked instrument sheet, not the law; it now links the law's text (JDIH BPK). Same figures and results (issue #7 data review)";

/** Bantul 2023: the published result that only the exact 1/9 weight reproduces. */
const SKM_BANTUL_2023 = {
  regulation: "SKM Kabupaten Bantul 2023, Dinas Pertanahan dan Tata Ruang (published results, reference note S16)",
  part: "Nilai unsur U1–U9 and Nilai IKM 87.28",
  href: SKM_HREF.S16,
  text: "The published element values sum to 31.42; × 1/9 × 25 = 87.277… → 87.28 as published (0.111 would give 87.19).",
  confirmed: true,
} as const satisfies Source;

export const SUPERSEDED = Object.freeze([
  Object.freeze({
    id: "pekppp@2022.1",
    by: "pekppp@2022.2",
    reason:
      "the predicate bands and the weights of aspects II–VI are CODE-ONLY (regional news and local-government code only), so confirmed: false; the sources of indicator weights 10–30 now cite the code they come from. Same figures, values and predicates; results and predicates say confirmed: false (issue #7 data review)",
    date: DATE,
  }),
  Object.freeze({
    id: "pekppp@2017.1",
    by: "pekppp@2017.2",
    reason:
      "the predicate bands are CODE-ONLY (local-government code only), so confirmed: false. Same figures, values and predicates; predicates say confirmed: false (issue #7 data review)",
    date: DATE,
  }),
  Object.freeze({
    id: "skm@2017.1",
    by: "skm@2017.2",
    reason:
      "the 1/9 element weight cited a page that prints 0.111; it now cites the published results that only exact 1/9 reproduces (SKM Bantul 2023 = 87.28; all-4 answers = 100). Same figures and results (issue #7 data review)",
    date: DATE,
    source: SKM_BANTUL_2023,
  }),
  Object.freeze({
    id: "ombudsman@2013.1",
    by: "ombudsman@2013.2",
    reason: UU_REASON,
    date: DATE,
    source: UU_25_2009_TEXT,
  }),
  Object.freeze({
    id: "ombudsman@2015.1",
    by: "ombudsman@2015.2",
    reason: UU_REASON,
    date: DATE,
    source: UU_25_2009_TEXT,
  }),
  Object.freeze({
    id: "ombudsman@2016.1",
    by: "ombudsman@2016.2",
    reason: UU_REASON,
    date: DATE,
    source: UU_25_2009_TEXT,
  }),
  Object.freeze({
    id: "ombudsman@2021.1",
    by: "ombudsman@2021.2",
    reason: UU_REASON,
    date: DATE,
    source: UU_25_2009_TEXT,
  }),
  Object.freeze({
    id: "ombudsman@2022.1",
    by: "ombudsman@2022.2",
    reason: UU_REASON,
    date: DATE,
    source: UU_25_2009_TEXT,
  }),
  Object.freeze({
    id: "ombudsman@2023.1",
    by: "ombudsman@2023.2",
    reason:
      "the legal basis printed as “Peraturan Ombudsman 22/2023” is most likely Peraturan Ombudsman 22/2016 (UNCONFIRMED), and the UU 25/2009 reference linked a leaked instrument sheet, not the law; both now link the regulations' texts. Same figures and results (issue #7 data review)",
    date: DATE,
    source: PEROMBUDSMAN_22_2016_FOR_2023,
  }),
  Object.freeze({
    id: "ombudsman@2024.1",
    by: "ombudsman@2024.2",
    reason: UU_REASON,
    date: DATE,
    source: UU_25_2009_TEXT,
  }),
] as const satisfies ReadonlyArray<Supersession>);
