// Atomic writes: a file is either the complete old one or the complete new
// one, never half-written (temp file in the same folder + rename). A group of
// files (one release) is written all-or-nothing as far as the file system
// allows: every temp file first, and only when all of them are on disk are
// they renamed into place.
import { lstat, mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { errorCode } from "../fs.js";

let counter = 0;

/** The temp file for `file`: hidden, beside it, named `.<name>.<pid>.<n>.tmp`. */
function tempFileFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${counter++}.tmp`);
}

/** True for the name of a temp file `writeFileAtomic` makes (a path relative to a folder is fine). */
export function isTempFile(name: string): boolean {
  return /(^|\/)\.[^/]+\.\d+\.\d+\.tmp$/.test(name);
}

/** Removes, anywhere under `dir`, the temp files an interrupted run may have left. */
export async function removeStaleTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir, { recursive: true });
  } catch {
    return;
  }
  // Best effort: on read-only media there is nothing to clean, and nothing to clean with.
  await Promise.all(names.filter(isTempFile).map((n) => rm(path.join(dir, n), { force: true }).catch(() => undefined)));
}

/**
 * `mkdir -p`, with the real reason when it fails: Node's recursive mkdir
 * reports ENOENT on read-only media; the deepest missing folder is then made
 * on its own to get the file system's own answer (EROFS, EACCES …). Returns
 * the first folder it made, as `mkdir` does.
 */
export async function makeFolder(dir: string): Promise<string | undefined> {
  try {
    return await mkdir(dir, { recursive: true });
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
    let missing = path.resolve(dir);
    while ((await lstat(path.dirname(missing)).catch(() => null)) === null && path.dirname(missing) !== missing) missing = path.dirname(missing);
    await mkdir(missing);
    throw error;
  }
}

export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: { dirExists?: boolean } = {}): Promise<void> {
  if (!opts.dirExists) await makeFolder(path.dirname(file));
  const tmp = tempFileFor(file);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Several files into one folder, all or nothing: every file is written to
 * its temp file first; if any of those writes fails (a full disk), all temp
 * files are removed and the folder is as it was. Only then are they renamed
 * into place, each rename atomic (`beforeRename` runs just before, when
 * every file is safely on disk).
 */
export async function writeFilesAtomic(
  dir: string,
  files: readonly { name: string; data: string | Uint8Array }[],
  opts: { beforeRename?: () => Promise<void> } = {},
): Promise<void> {
  // The first folder this call made, if any: removed again if nothing could be written.
  const made = await makeFolder(dir);
  const staged = files.map((f) => ({ tmp: tempFileFor(path.join(dir, f.name)), file: path.join(dir, f.name), data: f.data }));
  try {
    const written = await Promise.allSettled(staged.map((s) => writeFile(s.tmp, s.data)));
    const failed = written.find((w): w is PromiseRejectedResult => w.status === "rejected");
    if (failed) throw failed.reason;
    await opts.beforeRename?.();
    for (const s of staged) await rename(s.tmp, s.file);
  } catch (err) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true }).catch(() => undefined)));
    if (made !== undefined) await removeEmptyFolders(made, dir);
    throw err;
  }
}

/** Removes `dir` and its parents up to `top` (which `mkdir` made), as long as they are empty. */
async function removeEmptyFolders(top: string, dir: string): Promise<void> {
  for (let d = dir; ; d = path.dirname(d)) {
    try {
      await rmdir(d);
    } catch {
      return;
    }
    if (path.resolve(d) === path.resolve(top)) return;
  }
}

/** Writes `file` only when its content differs from `data` (a run with nothing new writes nothing); true when written. */
export async function writeFileIfChanged(file: string, data: string): Promise<boolean> {
  const current = await readFile(file, "utf8").catch(() => null);
  if (current === data) return false;
  await writeFileAtomic(file, data);
  return true;
}
