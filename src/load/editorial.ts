// Editorial content in separate files: one per municipality, `<code>.yaml`
// (or .yml/.json), in a folder given with --editorial. Each file has the shape
// of a municipality's `release` and is merged over it, field by field.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { loadFile } from "./source.js";
import { messageFor, type MessageId, type ParamsOf } from "../catalogue.js";
import type { Message } from "../messages.js";
import type { Release } from "../schema.js";
import { validateEditorial } from "../validate/validate.js";

const EXTENSIONS = new Set([".yaml", ".yml", ".json"]);

/** The part of a dataset the editorial folder needs: which codes exist. */
export interface EditorialTarget {
  municipalities: readonly { code: unknown }[];
}

export interface EditorialDirOptions {
  /** Only the files of these municipality codes are read (others are not opened, and give no messages). */
  only?: ReadonlySet<string>;
}

/**
 * Loads and validates every editorial file in `dir`. A file whose base name
 * is not a municipality code in `dataset` gives a warning and is not used;
 * without `dataset` (the data file could not be read) that check is skipped.
 * Only regular files inside `dir` are read: anything else named like an
 * editorial file (a named pipe, a device, a directory, a link out of the
 * folder) is an error for that file, and is never opened.
 */
export async function loadEditorialDir(
  dir: string,
  dataset?: EditorialTarget,
  opts: EditorialDirOptions = {},
): Promise<{ byCode: Map<string, Release>; messages: Message[] }> {
  const byCode = new Map<string, Release>();
  const messages: Message[] = [];
  const fail = <K extends MessageId>(id: K, ...params: ParamsOf<K>): { byCode: Map<string, Release>; messages: Message[] } => ({
    byCode,
    messages: [messageFor(id, { file: dir }, ...params)],
  });
  let names: string[];
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) return fail("editorial-not-directory");
    names = await readdir(dir);
  } catch (err) {
    const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
    if (code === "ENOENT" || code === "ENOTDIR") return fail("editorial-dir-missing");
    return fail("editorial-dir-unreadable", code);
  }
  const codes = dataset
    ? new Set(dataset.municipalities.map((m) => m.code).filter((c): c is string => typeof c === "string"))
    : undefined;
  const usedBy = new Map<string, string>();
  for (const name of names.sort()) {
    const ext = path.extname(name).toLowerCase();
    if (name.startsWith(".") || !EXTENSIONS.has(ext)) continue;
    const file = path.join(dir, name);
    const code = path.basename(name, path.extname(name));
    if (opts.only !== undefined && !opts.only.has(code)) continue;
    if (codes !== undefined && !codes.has(code)) {
      messages.push(messageFor("editorial-unknown-code", { file }, code));
      continue;
    }
    const previous = usedBy.get(code);
    if (previous !== undefined) {
      messages.push(messageFor("editorial-duplicate", { file }, code, previous));
      continue;
    }
    usedBy.set(code, name);
    const result = validateEditorial(await loadFile(file, { within: dir }));
    messages.push(...result.messages);
    if (result.release) byCode.set(code, result.release);
  }
  return { byCode, messages };
}

/** Fields of `over` (an editorial file) replace those of `base` (the dataset's `release`), field by field. */
export function mergeRelease(base: Release | undefined, over: Release | undefined): Release {
  const out: Release = { ...base };
  if (over === undefined) return out;
  for (const key of Object.keys(over) as (keyof Release)[]) {
    if (over[key] !== undefined) Object.assign(out, { [key]: over[key] });
  }
  return out;
}
