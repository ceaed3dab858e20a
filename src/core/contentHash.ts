/**
 * A rubric's content hash: SHA-256 of its canonical JSON (object keys sorted,
 * undefined fields dropped), so it depends on content only. The same function
 * writes rubrics.lock.json and guards built-in ids at run time.
 */
import { sha256Hex } from "./sha256.js";

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

/** "sha256:<hex>" of a rubric definition's content. */
export function contentHash(rubric: unknown): string {
  return `sha256:${sha256Hex(canonicalJson(rubric))}`;
}
