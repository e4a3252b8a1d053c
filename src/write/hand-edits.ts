// Hand edits: a file batch wrote that the user changed afterwards (its
// sha256 is no longer the manifest's) is never silently replaced. When the
// release is made again, the edited file is kept beside the new one under a
// name of its own (`pressmeddelande.md` → `pressmeddelande.redigerad.md`,
// then `pressmeddelande.redigerad-2.md` …), and the run says so. Files an
// earlier run wrote that the new release no longer has (a chart fewer) are
// removed, unless they were edited: those are kept the same way.
import { readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { exists } from "../fs.js";
import { sha256 } from "../hash.js";
import type { ManifestEntry } from "./manifest.js";

export interface KeptEdit {
  /** The file the release writes, e.g. "pressmeddelande.md". */
  file: string;
  /** Where the user's version is now, beside it, e.g. "pressmeddelande.redigerad.md". */
  keptAs: string;
}

/** What to do in a release's folder around writing its new files. */
export interface FolderChanges {
  /** Edited files to keep under a new name (renamed before the new files are put in place). */
  edited: string[];
  /** Files of the earlier release that the new one does not have, unedited: removed afterwards. */
  obsolete: string[];
}

async function hashOf(file: string): Promise<string | null> {
  try {
    return sha256(await readFile(file));
  } catch {
    return null;
  }
}

/**
 * Compares the folder with the earlier release's manifest entry and the new
 * files: which files the user edited (and the new release would replace or
 * drop), and which old files are simply no longer made.
 */
export async function folderChanges(
  releaseDir: string,
  previous: ManifestEntry | undefined,
  next: readonly { name: string; data: string | Uint8Array }[],
): Promise<FolderChanges> {
  const changes: FolderChanges = { edited: [], obsolete: [] };
  if (!previous) return changes;
  const nextHash = new Map(next.map((f) => [f.name, sha256(f.data)]));
  for (const [name, recorded] of Object.entries(previous.files).sort(([a], [b]) => a.localeCompare(b))) {
    const onDisk = await hashOf(path.join(releaseDir, name));
    if (onDisk === null) continue;
    const replacement = nextHash.get(name);
    // What the new release writes anyway (an earlier run wrote it but could not record it).
    if (onDisk === replacement) continue;
    if (onDisk !== recorded) changes.edited.push(name);
    else if (replacement === undefined) changes.obsolete.push(name);
  }
  return changes;
}

/** "pressmeddelande.redigerad.md", or "-2", "-3" … when that name is taken. */
async function freeName(releaseDir: string, name: string): Promise<string> {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = `${stem}.redigerad${n === 1 ? "" : `-${n}`}${ext}`;
    if (!(await exists(path.join(releaseDir, candidate)))) return candidate;
  }
}

/** Moves each edited file aside; returns where each went. */
export async function keepEdits(releaseDir: string, edited: readonly string[]): Promise<KeptEdit[]> {
  const kept: KeptEdit[] = [];
  for (const file of edited) {
    const keptAs = await freeName(releaseDir, file);
    await rename(path.join(releaseDir, file), path.join(releaseDir, keptAs));
    kept.push({ file, keptAs });
  }
  return kept;
}

export async function removeObsolete(releaseDir: string, obsolete: readonly string[]): Promise<void> {
  await Promise.all(obsolete.map((name) => rm(path.join(releaseDir, name), { force: true })));
}
