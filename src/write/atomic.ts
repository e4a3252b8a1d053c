// Atomic writes: a file is either the complete old one or the complete new
// one, never half-written (temp file in the same folder + rename).
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

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
  await Promise.all(names.filter(isTempFile).map((n) => rm(path.join(dir, n), { force: true })));
}

export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: { dirExists?: boolean } = {}): Promise<void> {
  if (!opts.dirExists) await mkdir(path.dirname(file), { recursive: true });
  const tmp = tempFileFor(file);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Several files into one folder, each atomically; the folder is made once. */
export async function writeFilesAtomic(dir: string, files: readonly { name: string; data: string | Uint8Array }[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(files.map((f) => writeFileAtomic(path.join(dir, f.name), f.data, { dirExists: true })));
}
