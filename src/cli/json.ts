/**
 * JSON in, for the CLI: `JSON.parse` turns every number into a float, so a number written with more digits than a
 * float keeps (3.1234567890123456789) would silently become another number. `readJson` refuses such a number
 * (PRECISION_EXCEEDED, with its path) instead: write it as a string ("3.1234567890123456789") and kinerja reads it
 * exactly. Numbers a float keeps (3.45, 97.55, 4) are read as JSON.parse reads them.
 */
import { type ErrorPath, formatPath, KinerjaError } from "../core/errors.js";

/** Sign, significant digits (no leading or trailing zeros) and the exponent of the last digit: equal iff equal values. */
function canonical(text: string): string | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (m === null) return null;
  const [, , int = "", frac = "", exp = "0"] = m;
  let digits = (int + frac).replace(/^0+/, "");
  if (digits === "") return "0";
  let e = BigInt(exp) - BigInt(frac.length);
  const trimmed = digits.replace(/0+$/, "");
  e += BigInt(digits.length - trimmed.length);
  digits = trimmed;
  return `${m[1]}${digits}e${e}`;
}

/** Whether a JSON number literal survives JSON.parse: the float's shortest text has the same value. */
export function keepsExactly(literal: string): boolean {
  const float = Number(literal); // not-a-score: the float JSON.parse makes of this literal, to see if it loses digits
  if (!Number.isFinite(float)) return false;
  return canonical(literal) === canonical(String(float));
}

/** Scans JSON text (already known to be valid) for number literals a float does not keep; returns the first one. */
function firstLossyNumber(text: string): { path: ErrorPath; literal: string } | null {
  // A container stack: objects remember the current key, arrays the current index.
  const stack: Array<{ kind: "object"; key: string | null; expectKey: boolean } | { kind: "array"; index: number }> =
    [];
  const path = (): ErrorPath =>
    stack.map((c) => (c.kind === "array" ? c.index : (c.key ?? ""))) as Array<string | number>;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    const top = stack[stack.length - 1];
    if (ch === '"') {
      let j = i + 1;
      while (j < n && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      if (top?.kind === "object" && top.expectKey) {
        top.key = JSON.parse(text.slice(i, j + 1)) as string;
        top.expectKey = false;
      }
      i = j + 1;
      continue;
    }
    if (ch === "{") stack.push({ kind: "object", key: null, expectKey: true });
    else if (ch === "[") stack.push({ kind: "array", index: 0 });
    else if (ch === "}" || ch === "]") stack.pop();
    else if (ch === ",") {
      if (top?.kind === "array") top.index++;
      else if (top?.kind === "object") top.expectKey = true;
    } else if (ch === "-" || (ch >= "0" && ch <= "9")) {
      let j = i + 1;
      while (j < n && /[\d.eE+-]/.test(text[j] as string)) j++;
      const literal = text.slice(i, j);
      // Up to 15 digits without an exponent, a float always keeps a decimal: the common case, not checked.
      if ((literal.length > 15 || /[eE]/.test(literal)) && !keepsExactly(literal)) return { path: path(), literal };
      i = j;
      continue;
    }
    i++;
  }
  return null;
}

/**
 * Parses JSON text. Invalid JSON throws INVALID_INPUT (rule "valid JSON"); a number a float cannot keep throws
 * PRECISION_EXCEEDED with its path. `what` names the source in messages ("input.json", "line 3").
 */
export function readJson(text: string, what: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new KinerjaError("INVALID_INPUT", `${what} is not valid JSON: ${(e as Error).message}`, {
      path: [],
      rule: "valid JSON (RFC 8259)",
    });
  }
  const lossy = firstLossyNumber(text);
  if (lossy)
    throw new KinerjaError(
      "PRECISION_EXCEEDED",
      `${what}: ${formatPath(lossy.path)}: the JSON number ${lossy.literal} has more digits than a JSON number keeps; write it as a string ("${lossy.literal}")`,
      {
        path: lossy.path,
        rule: "a JSON number a float keeps exactly (at most 15 significant digits), or the number as a string",
        details: { value: lossy.literal },
      },
    );
  return value;
}
