/**
 * The pinning kit as the CLI uses it (`kinerja diff`, `kinerja verify`). Loaded on first use, so the other commands
 * never load it; tests may put a stand-in in its place with `setPinning`.
 */
import type { RubricDefinition } from "../model/types.js";

/** One difference between two rubrics, in words ("Aspek Kebijakan: bobot 30 → 24"). */
export interface Change {
  readonly path: string;
  readonly from?: string;
  readonly to?: string;
  readonly text: string;
}

export interface RubricDiff {
  /** Changes that move numbers: weights, scales, bands, rounding, aggregation. */
  readonly figures: ReadonlyArray<Change>;
  /** Changes of sources and texts only. */
  readonly provenance: ReadonlyArray<Change>;
}

export interface Verification {
  readonly ok: boolean;
  readonly reason?: string;
  /** True when the stored input was scored again; false when only the hash and consistency were checked. */
  readonly rescored?: boolean;
}

export interface Pinning {
  diffRubrics(a: RubricDefinition, b: RubricDefinition, options?: { readonly lang?: "id" | "en" }): RubricDiff;
  verifyResult(stored: unknown, options?: { readonly rubrics?: ReadonlyArray<RubricDefinition> }): Verification;
}

let standIn: Pinning | null = null;

/** Replaces the pinning kit (tests only); `null` restores the real one. */
export function setPinning(pinning: Pinning | null): void {
  standIn = pinning;
}

/** The pinning kit: the stand-in if one is set, else src/pinning. */
export async function pinning(): Promise<Pinning> {
  if (standIn) return standIn;
  const [{ diffRubrics }, { verifyResult }] = await Promise.all([
    import("../pinning/diffRubrics.js"),
    import("../pinning/verifyResult.js"),
  ]);
  return { diffRubrics, verifyResult } as Pinning;
}
