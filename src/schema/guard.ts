import type { z } from "zod";
import { cut } from "../core/errors.js";
import { type IssueParams, MESSAGES } from "./messages.js";

/** The text of something thrown, itself read inside a guard (a hostile error may throw from `message` too). */
export function thrownText(e: unknown): string {
  try {
    return cut(e instanceof Error ? e.message : String(e));
  } catch {
    return "unknown error";
  }
}

/** The issue of an input that could not be read (a getter or Proxy trap threw), at the schema's own path. */
function unreadable(payload: z.core.ParsePayload, value: unknown, e: unknown): z.core.ParsePayload {
  const params: IssueParams = { code: "INVALID_INPUT", message: "unreadable", value: thrownText(e) };
  payload.value = value;
  payload.issues.push({
    code: "custom",
    message: MESSAGES.unreadable(params),
    path: [],
    input: STAND_IN,
    params,
  });
  return safeInputs(payload);
}

/** What an issue holds instead of a value zod could not describe: an object, named "object" by zod's locales. */
const STAND_IN: object = Object.freeze(Object.create(null));

/**
 * Whether zod can name the type of `value` when it renders an issue's message later (its locales read the
 * prototype and the constructor's name): a Proxy or getter that throws there must not throw from `result.error`.
 */
function describable(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  try {
    if (Array.isArray(value)) return true;
    if (Object.getPrototypeOf(value) !== Object.prototype && "constructor" in value) {
      const made = (value as { constructor?: unknown }).constructor;
      if (made) void (made as { name?: unknown }).name;
    }
    return true;
  } catch {
    return false;
  }
}

function safeInputs(payload: z.core.ParsePayload): z.core.ParsePayload {
  for (const issue of payload.issues) if (!describable(issue.input)) (issue as { input?: unknown }).input = STAND_IN;
  return payload;
}

/**
 * The schema itself, made safe to parse hostile input with: zod reads an object's properties itself, so a getter
 * or Proxy trap that throws would otherwise go through `safeParse` (or later through `result.error`, when zod
 * names the type of the value in a message). Guarded, a throw becomes an issue (INVALID_INPUT, message key
 * "unreadable") at the path of the value that could not be read, `safeParse` returns `success: false`, and an
 * issue never holds a value that cannot be described. Only the schema's run is wrapped: its type, metadata and
 * JSON Schema are its own, and wrapping the schema where it is defined (`/* @__PURE__ *\/`) keeps an unused
 * schema tree-shakable.
 */
export function guarded<T extends z.ZodType>(schema: T): T {
  const run = schema._zod.run;
  schema._zod.run = (payload, ctx) => {
    const value = payload.value;
    let out: ReturnType<typeof run>;
    try {
      out = run(payload, ctx);
    } catch (e) {
      return unreadable(payload, value, e);
    }
    return out instanceof Promise
      ? out.then(safeInputs, (e: unknown) => unreadable(payload, value, e))
      : safeInputs(out);
  };
  return schema;
}
