import { createHash } from "node:crypto";

/** JSON with object keys sorted, so the hash depends on content only. */
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

export function rubricHash(rubric: unknown): string {
  return `sha256:${createHash("sha256").update(canonicalJson(rubric)).digest("hex")}`;
}

export const LOCK_FILE = new URL("../rubrics.lock.json", import.meta.url);
