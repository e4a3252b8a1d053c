// manifest: out/<year>/manifest.json, what a batch wrote and what from. Each
// release has the sha256 of every file and of its inputs, so a re-run can
// skip what is current and notice a file that was changed or lost.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { sha256 } from "../hash.js";

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

export const ManifestEntry = z.object({
  code: z.string(),
  name: z.string(),
  officialName: z.string(),
  folder: z.string(),
  headline: z.string(),
  warnings: z.array(z.object({ ruleId: z.string(), text: z.string() })),
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

/** The manifest in `dir`, or an empty one when it is missing or unreadable (everything is then redone). */
export async function readManifest(dir: string, base: Omit<Manifest, "releases">): Promise<Manifest> {
  try {
    const parsed = Manifest.safeParse(JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), "utf8")));
    if (parsed.success) return parsed.data;
  } catch {
    // missing or not JSON: start afresh
  }
  return { ...base, releases: {} };
}

export function manifestJson(m: Manifest): string {
  const releases = Object.fromEntries(Object.entries(m.releases).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ ...m, releases }, null, 2)}\n`;
}

/**
 * True when `entry` was made from exactly these inputs and every file it
 * lists is still on disk with the same content.
 */
export async function isCurrent(entry: ManifestEntry | undefined, key: string, releaseDir: string, fileNames: readonly string[]): Promise<boolean> {
  if (!entry || entry.inputs.key !== key) return false;
  const listed = Object.keys(entry.files).sort();
  if (listed.join("\n") !== [...fileNames].sort().join("\n")) return false;
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
