// manifest: out/<year>/manifest.json, what a batch wrote and what from. Each
// release has the sha256 of every file and of its inputs, so a re-run can
// skip what is current and notice a file that was changed or lost.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { errorCode } from "../fs.js";
import type { Message } from "../messages.js";
import { messageFor } from "../catalogue.js";
import { sha256 } from "../hash.js";

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

export const ManifestEntry = z.object({
  code: z.string(),
  name: z.string(),
  officialName: z.string(),
  folder: z.string(),
  headline: z.string(),
  warnings: z.array(z.object({ ruleId: z.string(), text: z.string() })),
  /** What the years show ("direktsvaren i telefon: bäst sedan 2014"); absent in manifests written before it was recorded. */
  highlights: z.array(z.string()).optional(),
  inputs: z.object({
    data: Hash,
    editorial: Hash.nullable(),
    templates: Hash,
    version: z.string(),
    formats: z.array(z.string()),
    key: Hash,
  }),
  /** File name inside the folder → sha256 of its content. */
  files: z.record(z.string(), Hash),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z.object({
  kommunpress: z.string(),
  year: z.number().int(),
  data: z.string(),
  /** Keyed by municipality code, or "riket" for the national release. */
  releases: z.record(z.string(), ManifestEntry),
});
export type Manifest = z.infer<typeof Manifest>;

export const MANIFEST_FILE = "manifest.json";

export interface ReadManifest {
  manifest: Manifest;
  /** Set when a manifest was there but could not be used (the run then redoes everything). */
  warning: Message | null;
}

/**
 * The manifest in `dir`, or an empty one when it is missing (a first run) or
 * unreadable; everything is then redone. An unreadable one also gives a
 * warning, so the user knows why nothing was skipped.
 */
export async function readManifest(dir: string, base: Omit<Manifest, "releases">): Promise<ReadManifest> {
  const file = path.join(dir, MANIFEST_FILE);
  const empty = { ...base, releases: {} };
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if (errorCode(err) === "ENOENT") return { manifest: empty, warning: null };
    return { manifest: empty, warning: messageFor("manifest-unreadable", { file }, MANIFEST_FILE) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { manifest: empty, warning: messageFor("manifest-unreadable/json", { file }, MANIFEST_FILE) };
  }
  const parsed = Manifest.safeParse(value);
  if (!parsed.success) return { manifest: empty, warning: messageFor("manifest-unreadable/format", { file }, MANIFEST_FILE) };
  return { manifest: parsed.data, warning: null };
}

export function manifestJson(m: Manifest): string {
  const releases = Object.fromEntries(Object.entries(m.releases).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ ...m, releases }, null, 2)}\n`;
}

/**
 * True when `entry` was made from exactly these inputs (formats among them)
 * and every file it lists (all of a release's files: a png format's charts
 * and alt text too) is still on disk with the same content.
 */
export async function isCurrent(entry: ManifestEntry | undefined, key: string, releaseDir: string): Promise<boolean> {
  if (!entry || entry.inputs.key !== key) return false;
  const listed = Object.keys(entry.files).sort();
  if (listed.length === 0) return false;
  for (const name of listed) {
    let data: Buffer;
    try {
      data = await readFile(path.join(releaseDir, name));
    } catch {
      return false;
    }
    if (sha256(data) !== entry.files[name]) return false;
  }
  return true;
}
