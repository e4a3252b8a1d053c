// Reading the bytes of a file the loader parses. Files in a folder of
// editorial texts are read only when they are regular files inside that
// folder: a named pipe would block the run, a device or a directory is not a
// text, and a symbolic link out of the folder would quote someone else's file
// in our error messages. Such files are refused without being opened.
import { constants } from "node:fs";
import { lstat, open, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Stats } from "node:fs";
import type { Position } from "../messages.js";
import { LOAD_REASONS, type FileKind } from "./reasons.js";

export type ReadResult =
  | { ok: true; data: Buffer }
  | { ok: false; ruleId: string; reason: string; position?: Position; missing?: boolean };

/** Where a refusal points: the file as a whole, from its start. */
const FILE_START: Position = { line: 1, column: 1 };

/** Reads a data file (any readable file but a directory). */
export async function readDataFile(file: string): Promise<ReadResult> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { ok: false, ruleId: "file-is-directory", reason: "är en mapp, inte en fil" };
    return { ok: true, data: await readFile(file) };
  } catch (err) {
    const code = errorCode(err);
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, ruleId: "file-missing", reason: "filen finns inte", missing: true };
    if (code === "EISDIR") return { ok: false, ruleId: "file-is-directory", reason: "är en mapp, inte en fil" };
    return { ok: false, ruleId: "file-unreadable", reason: unreadableReason(err) };
  }
}

/**
 * Reads `file` only if it is a regular file inside `dir` (directly or through
 * a symbolic link that stays inside). Anything else is refused without being
 * opened; a file that does not exist gives `missing: true`.
 */
export async function readFileInside(file: string, dir: string): Promise<ReadResult> {
  const refuse = (ruleId: string, reason: string): ReadResult => ({ ok: false, ruleId, reason, position: FILE_START });
  let target = file;
  try {
    const own = await lstat(file);
    if (own.isSymbolicLink()) {
      const [real, realDir] = await Promise.all([realpath(file).catch(() => null), realpath(dir)]);
      if (real === null) return refuse("editorial-link-broken", LOAD_REASONS["editorial-link-broken"]());
      const rel = path.relative(realDir, real);
      if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
        return refuse("editorial-link-outside", LOAD_REASONS["editorial-link-outside"]());
      }
      target = real;
    }
    const info = target === file ? own : await lstat(target);
    if (!info.isFile()) return refuse("editorial-not-regular", LOAD_REASONS["editorial-not-regular"](kindOf(info)));
  } catch (err) {
    const code = errorCode(err);
    if (code === "ENOENT" || code === "ENOTDIR") return { ok: false, ruleId: "file-missing", reason: "filen finns inte", missing: true };
    return refuse("editorial-unreadable", unreadableReason(err));
  }
  // Checked above; opened without following links and without blocking, and
  // checked again on the open file, in case it was swapped in between.
  try {
    const handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    try {
      const info = await handle.stat();
      if (!info.isFile()) return refuse("editorial-not-regular", LOAD_REASONS["editorial-not-regular"](kindOf(info)));
      return { ok: true, data: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (err) {
    return refuse("editorial-unreadable", unreadableReason(err));
  }
}

function kindOf(info: Stats): FileKind {
  if (info.isFIFO()) return "fifo";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "device";
  if (info.isDirectory()) return "directory";
  if (info.isSocket()) return "socket";
  return "other";
}

export function errorCode(err: unknown): string | undefined {
  if (typeof err === "object" && err !== null && "code" in err && typeof err.code === "string") return err.code;
  return undefined;
}

export function unreadableReason(err: unknown): string {
  const code = errorCode(err);
  if (code === "EACCES" || code === "EPERM") return LOAD_REASONS["no-permission"]();
  return LOAD_REASONS.unreadable(code ?? "");
}
