// Saved Kolada responses from disk: files, or folders of *.json files (a
// fetch cache folder works as is). The fetch date comes from the `.meta`
// sidecar that `fetch kolada` writes next to each response, when there is one.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Message } from "../messages.js";
import { metaFileFor } from "./client.js";
import { parseKoladaResponse, type KoladaSource } from "./format.js";

export const readReasons = {
  missing: () => "filen finns inte",
  unreadable: (detail: string) => `filen går inte att läsa (${detail})`,
  emptyFolder: () => "mappen innehåller inga .json-filer med Kolada-svar",
  missingPage: (next: string) =>
    `svaret fortsätter på en sida som inte finns bland filerna (next_url: ${next}); ta med alla sidor, annars saknas värden`,
} as const;

/** Reads and parses every response; `sources` only when there are no errors. */
export async function readKoladaFiles(inputs: readonly string[]): Promise<{ sources?: KoladaSource[]; messages: Message[] }> {
  const messages: Message[] = [];
  const sources: KoladaSource[] = [];
  const urls = new Set<string>();
  const error = (file: string, ruleId: string, reason: string): void => {
    messages.push({ ruleId, severity: "error", reason, file });
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
        if (files.length === 0) error(input, "kolada-empty-folder", readReasons.emptyFolder());
      } else files = [input];
    } catch (err) {
      const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
      if (code === "ENOENT" || code === "ENOTDIR") error(input, "file-missing", readReasons.missing());
      else error(input, "file-unreadable", readReasons.unreadable(code || String(err)));
      continue;
    }
    for (const file of files) {
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (err) {
        const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : String(err);
        error(file, "file-unreadable", readReasons.unreadable(code));
        continue;
      }
      const parsed = parseKoladaResponse(text, file);
      messages.push(...parsed.messages);
      if (!parsed.page) continue;
      const meta = await readMeta(file);
      const fetchedAt = meta?.fetchedAt;
      if (meta?.url !== undefined) urls.add(withoutScheme(meta.url));
      sources.push({ label: file, page: parsed.page, ...(fetchedAt !== undefined ? { fetchedAt } : {}) });
    }
  }
  if (messages.some((m) => m.severity === "error")) return { messages };
  // A page whose next page is not among the files (fetch's .meta sidecars say
  // which URL each cached file holds).
  for (const src of sources) {
    const next = src.page.next;
    if (next !== null && !urls.has(withoutScheme(next))) {
      messages.push({ ruleId: "kolada-missing-page", severity: "warning", reason: readReasons.missingPage(next), file: src.label });
    }
  }
  return { sources, messages };
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
