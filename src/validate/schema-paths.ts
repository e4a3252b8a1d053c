// Walking a zod schema and a parsed document along a data path, for the
// validators that turn zod issues into positioned Swedish messages
// (validate.ts, for data files, editorial files and Kolada mappings and responses).
import { z } from "zod";
import type { PathSegment } from "../load/source.js";

/** The schema of the value at `path` (optional/nullable unwrapped), if the schema says. */
export function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = schema;
  for (const seg of path) {
    s = unwrap(s);
    if (s instanceof z.ZodObject) s = (s.shape as Record<string, z.ZodType>)[String(seg)];
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else if (s instanceof z.ZodRecord) s = s.valueType as z.ZodType;
    else if (s instanceof z.ZodTuple) s = (s.def.items as readonly z.ZodType[])[Number(seg)];
    else return undefined;
    if (s === undefined) return undefined;
  }
  return unwrap(s);
}

export function unwrap(s: z.ZodType | undefined): z.ZodType | undefined {
  let cur = s;
  while (cur instanceof z.ZodOptional || cur instanceof z.ZodNullable) cur = cur.unwrap() as z.ZodType;
  return cur;
}

/** The field names an object schema (or a union of them) allows. */
export function allowedKeys(s: z.ZodType | undefined): string[] {
  if (s instanceof z.ZodObject) return Object.keys(s.shape);
  if (s instanceof z.ZodUnion) return [...new Set((s.options as readonly z.ZodType[]).flatMap((o) => allowedKeys(unwrap(o))))];
  return [];
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** The value at `path` in a parsed document, or undefined. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur = root;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === "number") cur = cur[seg];
    else if (isRecord(cur)) cur = cur[String(seg)];
    else return undefined;
  }
  return cur;
}
