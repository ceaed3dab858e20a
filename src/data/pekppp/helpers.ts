/**
 * Figures the kinerja/pekppp helpers use beside the rubrics: how the users'
 * survey index (F-03) may enter a unit's IPP. No official rule
 * combines F-02 and F-03 (reference note §1.5): the default is F-02 alone, and
 * the weighted convention below is a local app's, offered only by name
 * (`F03_RULES.localApp75_25` in kinerja/pekppp), always UNCONFIRMED.
 *
 * Plain data: type-only import of the model, sources from a sibling data file.
 */
import type { Source } from "../../model/types.js";
import { frozen } from "../freeze.js";
import { CODE_2022_UNLINKED, INSTRUMENT_2022 } from "./sources.js";

/** Where the 0.75/0.25 convention comes from: local PEKPPP apps, not a regulation. */
export const F03_LOCAL_APP_SOURCE = {
  regulation: INSTRUMENT_2022,
  part: "F-03 (survei pengguna) and the IPP: no official combination rule found (reference note §1.5)",
  text: "IPP = 0.75 × F-02 + 0.25 × F-03; without F-03 responses, F-02 alone.",
  confirmed: false,
  note: `Local-app convention, UNCONFIRMED: the Kutai Barat PEKPPP app (C2) combines the indices this way and falls back to F-02 alone without responses; a second app uses the same weights but counts F-03 as 0 below the period's respondent target (the two may share an origin). ${CODE_2022_UNLINKED}`,
} as const satisfies Source;

/** The Kutai Barat app's rule: 0.75·F-02 + 0.25·F-03, F-02 alone below one F-03 respondent. */
export const F03_LOCAL_APP_75_25 = /* @__PURE__ */ frozen({
  f02: "0.75",
  f03: "0.25",
  minRespondents: 1,
  belowMinimum: "f02Only",
  label: "0.75·F-02 + 0.25·F-03 (local-app convention, UNCONFIRMED)",
  source: F03_LOCAL_APP_SOURCE,
} as const);
