// Saved Kolada responses from disk: files, or folders of *.json files (a
// fetch cache folder works as is). The fetch date comes from the `.meta`
// sidecar that `fetch kolada` writes next to each response, when there is one.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { messageFor, type MessageId, type ParamsOf } from "../catalogue.js";
import type { Message } from "../messages.js";
import { metaFileFor } from "./client.js";
import { parseKoladaResponse, type KoladaSource } from "./format.js";

/** Reads and parses every response; `sources` only when there are no errors. */
export async function readKoladaFiles(inputs: readonly string[]): Promise<{ sources?: KoladaSource[]; messages: Message[] }> {
  const messages: Message[] = [];
  const sources: KoladaSource[] = [];
  const urls = new Set<string>();
  const error = <K extends MessageId>(file: string, id: K, ...params: ParamsOf<K>): void => {
    messages.push(messageFor(id, { file }, ...params));
  };
  for (const input of inputs) {
    let files: string[];
    try {
      const info = await stat(input);
      if (info.isDirectory()) {
        files = (await readdir(input))
          .filter((n) => n.toLowerCase().endsWith(".json"))
          .sort()
          .map((n) => path.join(input, n));
        if (files.length === 0) error(input, "kolada-empty-folder");
      } else files = [input];
    } catch (err) {
      const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
      if (code === "ENOENT" || code === "ENOTDIR") error(input, "file-missing");
      else error(input, "file-unreadable/kolada", code || String(err));
      continue;
    }
    for (const file of files) {
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (err) {
        const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : String(err);
        error(file, "file-unreadable/kolada", code);
        continue;
      }
      const parsed = parseKoladaResponse(text, file);
      messages.push(...parsed.messages);
      if (!parsed.page) continue;
      const meta = await readMeta(file);
      const fetchedAt = meta?.fetchedAt;
      if (meta?.url !== undefined) urls.add(meta.url);
      sources.push({ label: file, page: parsed.page, ...(fetchedAt !== undefined ? { fetchedAt } : {}) });
    }
  }
  if (messages.some((m) => m.severity === "error")) return { messages };
  return { sources, messages: missingPages(sources, urls) };
}

/**
 * A warning for every page whose next page is not among the sources. A
 * source's own URL is known from fetch's `.meta` sidecar (`knownUrls`) or
 * from its neighbours' links: the page after its previous_url, the page
 * before its next_url (hand-saved pages have no sidecar).
 */
export function missingPages(sources: readonly KoladaSource[], knownUrls: Iterable<string> = []): Message[] {
  const present = new Set<string>();
  for (const url of knownUrls) present.add(pageKey(url));
  for (const src of sources) {
    if (src.page.previous) present.add(pageKey(src.page.previous, 1));
    if (src.page.next) present.add(pageKey(src.page.next, -1));
  }
  const messages: Message[] = [];
  for (const src of sources) {
    const next = src.page.next;
    if (next && !present.has(pageKey(next))) {
      messages.push(messageFor("kolada-missing-page", { file: src.label }, next));
    }
  }
  return messages;
}

/**
 * A page's URL as a comparable key: host, path and the query without the
 * scheme, the parameter order or `page`, then the page number (absent = 1)
 * plus `shift`. A URL that does not parse is its own key.
 */
export function pageKey(url: string, shift = 0): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return shift === 0 ? withoutScheme(url) : `${withoutScheme(url)} ${shift}`;
  }
  const page = Number(u.searchParams.get("page") ?? "1");
  const params = [...u.searchParams].filter(([k]) => k !== "page").sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${u.host}${u.pathname.replace(/\/+$/, "")}?${new URLSearchParams(params).toString()}#${page + shift}`;
}

function withoutScheme(url: string): string {
  return url.replace(/^https?:\/\//i, "");
}

/** The `.meta` sidecar that fetch writes: the URL and the fetch date, each when readable. */
async function readMeta(file: string): Promise<{ url?: string; fetchedAt?: string } | undefined> {
  let meta: unknown;
  try {
    meta = JSON.parse(await readFile(metaFileFor(file), "utf8"));
  } catch {
    return undefined;
  }
  if (typeof meta !== "object" || meta === null) return undefined;
  const out: { url?: string; fetchedAt?: string } = {};
  if ("url" in meta && typeof meta.url === "string") out.url = meta.url;
  if ("fetchedAt" in meta && typeof meta.fetchedAt === "string" && /^\d{4}-\d{2}-\d{2}$/.test(meta.fetchedAt)) out.fetchedAt = meta.fetchedAt;
  return out;
}
