/** The JSON Schema of a rubric's input, as `kinerja schema` prints it and schemas/*.input.schema.json hold it. */
import { z } from "zod";
import type { RubricDefinition } from "../model/types.js";
import { answersSchemaFor } from "../schema/input.js";

/** `z.toJSONSchema(answersSchemaFor(rubric), { io: "input" })`, as JSON text (two-space indent, final newline). */
export function inputJsonSchema(rubric: RubricDefinition): string {
  return `${JSON.stringify(z.toJSONSchema(answersSchemaFor(rubric), { io: "input" }), null, 2)}\n`;
}
