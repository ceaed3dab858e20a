/**
 * The golden-case format: published results as data, run by one generic
 * runner (test/golden.test.ts). A new rubric version is one data file plus one
 * `test/fixtures/<scheme>/<version>.cases.ts` file exporting a `GoldenFile`.
 */
import type {
  AggregateOptions,
  AggregateUnit,
  AnswerValue,
  KinerjaErrorCode,
  RubricDefinition,
  ScoreInput,
} from "../../src/index.js";

export interface GoldenExpect {
  /** The published value, as printed ("60.27"). */
  readonly value?: string;
  readonly exact?: string;
  readonly exactFraction?: string;
  /** Predicate code ("B"), or null where the rubric has no bands. */
  readonly predicate?: string | null;
  readonly confirmed?: boolean;
  /** Gap to the next predicate: its code and the points missing. */
  readonly gap?: { readonly next: string; readonly points: string } | null;
  /** Values of breakdown nodes by code: the points they contribute ("weighted"). */
  readonly weighted?: Readonly<Record<string, string>>;
  /** The call must fail with this KinerjaError code. */
  readonly error?: KinerjaErrorCode;
}

export interface GoldenCase {
  readonly name: string;
  /** Where the expected figures come from: regulation, report or news item (with link). */
  readonly source: string;
  /** Exactly one of score, aggregate, classify. */
  readonly score?: ScoreInput;
  readonly aggregate?: { readonly units: ReadonlyArray<AggregateUnit>; readonly options?: AggregateOptions };
  readonly classify?: AnswerValue;
  readonly expect: GoldenExpect;
}

export interface GoldenFile {
  /** A built-in rubric id, or a rubric object (for rubrics not yet registered). */
  readonly rubric: string | RubricDefinition;
  readonly cases: ReadonlyArray<GoldenCase>;
}
