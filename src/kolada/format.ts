// Kolada's data responses (../../shared/reference/KOLADA.md, "Response
// envelope" and "Data") as zod schemas, v3 and v2, and the parser that turns
// a response body (a saved file or an HTTP body) into a page of items or into
// positioned Swedish messages. Pure: no I/O.
import { z } from "zod";
import { messageFor, type Where } from "../catalogue.js";
import { parseSource } from "../load/source.js";
import type { Message } from "../messages.js";
import { isRecord } from "../validate/schema-paths.js";
import { issueMessages } from "../validate/validate.js";

/** One value of an item: one gender. Kolada adds fields over time: unknown keys pass. */
export const KoladaValue = z.looseObject({
  gender: z.string().nullable().optional(),
  value: z.number().nullable().optional(),
  count: z.number().nullable().optional(),
  status: z.string().nullable().optional(),
  isdeleted: z.boolean().optional(),
});
export type KoladaValue = z.infer<typeof KoladaValue>;

/** One kpi × municipality (or group) × period. */
export const KoladaDataItem = z.looseObject({
  kpi: z.string().regex(/^[A-Z]\d{5}$/),
  municipality: z.string().regex(/^(\d{4}|G\d+)$/),
  period: z.custom<number | string>(
    (v) => (typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2100) || (typeof v === "string" && /^\d{4}$/.test(v)),
    { message: "ska vara ett år, t.ex. 2024" },
  ),
  values: z.array(KoladaValue),
});
export type KoladaDataItem = z.infer<typeof KoladaDataItem>;

const link = z.string().nullable().optional();

/** v3 has next_url/previous_url, v2 next_page/previous_page; otherwise the same. */
export const KoladaEnvelope = z.looseObject({
  values: z.array(KoladaDataItem),
  count: z.number().int().nonnegative().optional(),
  next_url: link,
  previous_url: link,
  next_page: link,
  previous_page: link,
});
export type KoladaEnvelope = z.infer<typeof KoladaEnvelope>;

export type KoladaVersion = "v3" | "v2" | "okänd";

export interface KoladaPage {
  version: KoladaVersion;
  items: KoladaDataItem[];
  /** The next page's URL (v3 next_url, v2 next_page), null on the last page. */
  next: string | null;
  /** The previous page's URL (v3 previous_url, v2 previous_page), null on the first page. */
  previous?: string | null;
}

/** A parsed response and where it came from. */
export interface KoladaSource {
  /** File path or URL, as shown to the user. */
  label: string;
  /** ISO date (YYYY-MM-DD) the response was fetched, when known. */
  fetchedAt?: string;
  page: KoladaPage;
}

/** At most this many schema messages per response; the rest are counted. */
export const MAX_MESSAGES_PER_FILE = 20;

/**
 * Parses one response body. `file` names it in messages (a path or a URL).
 * `page` is set only when there are no errors.
 */
export function parseKoladaResponse(text: string, file: string): { page?: KoladaPage; messages: Message[] } {
  if (text.trim() === "") return { messages: [messageFor("kolada-empty", { file })] };
  // Fast path: JSON.parse and the schema. The YAML document that gives
  // positions is only built when something is wrong (it is ~20 times slower
  // on a 300 kB response).
  let root: unknown;
  try {
    root = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
  } catch {
    return { messages: parseSource(text, file, "json").messages };
  }
  const fast = shapeProblem(root) === undefined ? KoladaEnvelope.safeParse(root) : undefined;
  if (fast?.success) return { page: toPage(root as Record<string, unknown>, fast.data), messages: [] };

  const loaded = parseSource(text, file, "json");
  const at = (path: (string | number)[]): Message["position"] => loaded.locate(path) ?? { line: 1, column: 1 };
  const problem = shapeProblem(root, (path) => ({ file, position: at(path) }));
  if (problem) return { messages: [problem] };
  const parsed = KoladaEnvelope.safeParse(root, { reportInput: true });
  if (parsed.success) return { page: toPage(root as Record<string, unknown>, parsed.data), messages: [] };
  const messages = issueMessages(parsed.error.issues, loaded, KoladaEnvelope, "koladaResponse");
  if (messages.length > MAX_MESSAGES_PER_FILE) {
    const rest = messages.length - MAX_MESSAGES_PER_FILE;
    return { messages: [...messages.slice(0, MAX_MESSAGES_PER_FILE), messageFor("kolada-more", { file }, rest)] };
  }
  return { messages };
}

/** Problems that make the schema's messages beside the point: not an envelope, metadata, OU data. */
function shapeProblem(root: unknown, at: (path: (string | number)[]) => Where = () => ({})): Message | undefined {
  if (!isRecord(root)) return messageFor("kolada-format/not-envelope", at([]), describeRoot(root));
  if (!Object.hasOwn(root, "values")) return messageFor("kolada-format/no-values", at([]));
  const first: unknown = Array.isArray(root.values) ? root.values[0] : undefined;
  if (isRecord(first) && !Object.hasOwn(first, "kpi") && Object.hasOwn(first, "id") && Object.hasOwn(first, "title")) {
    return messageFor("kolada-metadata", at(["values", 0]));
  }
  if (isRecord(first) && Object.hasOwn(first, "ou") && !Object.hasOwn(first, "municipality")) {
    return messageFor("kolada-ou", at(["values", 0, "ou"]));
  }
  return undefined;
}

function toPage(root: Record<string, unknown>, env: KoladaEnvelope): KoladaPage {
  const version: KoladaVersion =
    Object.hasOwn(root, "next_url") || Object.hasOwn(root, "previous_url")
      ? "v3"
      : Object.hasOwn(root, "next_page") || Object.hasOwn(root, "previous_page")
        ? "v2"
        : "okänd";
  const next = env.next_url ?? env.next_page ?? null;
  const previous = env.previous_url ?? env.previous_page ?? null;
  return { version, items: env.values, next: next === "" ? null : next, previous: previous === "" ? null : previous };
}

function describeRoot(x: unknown): string {
  if (Array.isArray(x)) return "en lista";
  if (x === null) return "null";
  if (typeof x === "string") return "text";
  if (typeof x === "number") return "ett tal";
  return typeof x;
}
