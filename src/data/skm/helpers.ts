/**
 * Figures the kinerja/skm helpers use beside the rubric itself: which of the
 * rubric's scales holds the questionnaire answers (skmFromRespondents), and
 * the rounded weight many templates print (the LEGACY weightMode "printed").
 *
 * Plain data: type-only import of the model, sources from a sibling data file.
 */
import type { Source, WeightString } from "../../model/types.js";
import { SKM_HREF, SKM_REGULATION } from "./sources.js";

/**
 * The questionnaire answers: the rubric's scale under `scale` (skm@2017.1: `jawaban`, whole numbers 1–4)
 * checks each respondent's answer. A rubric without a whole-number scale under this key cannot take
 * respondent rows (an error, never a default).
 */
export const SKM_RESPONDENT_ANSWERS = {
  scale: "jawaban",
  /** How the answers appear on the form, for messages. */
  form: "questionnaire option a–d",
  source: {
    regulation: SKM_REGULATION,
    part: "Lampiran: kuesioner, pilihan a–d = nilai persepsi 1–4",
    href: SKM_HREF.S20,
    text: "Each respondent answers each element with option a–d, scored 1–4.",
    confirmed: true,
  },
} as const satisfies { scale: string; form: string; source: Source };

/**
 * The rounded element weight many SKM templates print (0.111 for 1/9): the default of the LEGACY
 * weightMode "printed". It cannot reproduce published values (all-4 answers give 99.90, not 100).
 */
export const SKM_PRINTED_WEIGHT = {
  weight: "0.111",
  source: {
    regulation: SKM_REGULATION,
    part: "bobot nilai rata-rata tertimbang per unsur, as printed by templates",
    href: SKM_HREF.S11,
    text: "Templates print the element weight as 0.111 (1/9 rounded to 3 decimals), e.g. the e-smile Tulang Bawang Barat report (S11) and the Penajam Paser Utara IKM metadata (S13).",
    confirmed: false,
    note: `LEGACY, UNCONFIRMED as a calculation: the published results are reproduced only by exactly 1/9 (S11 itself shows all-4 answers as 100; 0.111 would give 99.90). S13: ${SKM_HREF.S13}`,
  },
} as const satisfies { weight: WeightString; source: Source };
