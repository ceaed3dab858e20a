import type { Source } from "../model/types.js";

/** A year in which a scheme held no assessment: resolving it fails with this reason. */
export interface NoAssessment {
  readonly scheme: string;
  readonly year: number;
  readonly reason: string;
  readonly source: Source;
}
