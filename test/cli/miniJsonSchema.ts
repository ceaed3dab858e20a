/**
 * A tiny JSON Schema validator for the keywords the shipped input schemas use (no ajv in the tree): it refuses a
 * schema with any other keyword, so a new keyword in the generated files makes the test fail rather than pass
 * unchecked. Returns the problems found (empty: valid).
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  "$schema",
  "title",
  "description",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "enum",
  "pattern",
  "minimum",
  "maximum",
  "anyOf",
  "items",
  "uniqueItems",
]);

const typeOf = (v: unknown): string =>
  v === null ? "null" : Array.isArray(v) ? "array" : typeof v === "number" ? "number" : typeof v;

function hasType(v: unknown, type: string): boolean {
  if (type === "integer") return typeof v === "number" && Number.isInteger(v);
  return typeOf(v) === type;
}

export function validate(schema: Schema, value: unknown, at = "$"): string[] {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`${at}: unsupported keyword ${key}`);
  const problems: string[] = [];
  if (schema.anyOf !== undefined) {
    const branches = schema.anyOf as Schema[];
    if (!branches.some((b) => validate(b, value, at).length === 0)) problems.push(`${at}: matches no anyOf branch`);
  }
  if (schema.type !== undefined && !hasType(value, schema.type as string)) {
    problems.push(`${at}: not of type ${String(schema.type)}`);
    return problems;
  }
  if (schema.enum !== undefined && !(schema.enum as unknown[]).some((e) => e === value))
    problems.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (
    typeof value === "string" &&
    schema.pattern !== undefined &&
    !new RegExp(schema.pattern as string, "u").test(value)
  )
    problems.push(`${at}: ${JSON.stringify(value)} does not match ${String(schema.pattern)}`);
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < (schema.minimum as number)) problems.push(`${at}: below minimum`);
    if (schema.maximum !== undefined && value > (schema.maximum as number)) problems.push(`${at}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (schema.items !== undefined)
      for (const [i, item] of value.entries()) problems.push(...validate(schema.items as Schema, item, `${at}[${i}]`));
    if (schema.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
      problems.push(`${at}: items are not unique`);
  }
  if (typeOf(value) === "object") {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in obj)) problems.push(`${at}: missing required ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) problems.push(...validate(props[key], v, `${at}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${at}: unknown property ${key}`);
      else if (typeof schema.additionalProperties === "object")
        problems.push(...validate(schema.additionalProperties as Schema, v, `${at}.${key}`));
    }
  }
  return problems;
}
