// Atomic writes: a file is either the complete old one or the complete new
// one, never half-written (temp file in the same folder + rename).
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

let counter = 0;

export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: { dirExists?: boolean } = {}): Promise<void> {
  if (!opts.dirExists) await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${counter++}.tmp`);
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
