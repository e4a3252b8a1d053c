// Reading the bytes of a file the loader parses. Files in a folder of
// editorial texts are read only when they are regular files inside that
// folder: a named pipe would block the run, a device or a directory is not a
// text, and a symbolic link out of the folder would quote someone else's file
// in our error messages. Such files are refused without being opened.
import { constants } from "node:fs";
import { lstat, open, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Stats } from "node:fs";
import { reasonFor, ruleIdOf, type FileKind, type MessageId, type ParamsOf } from "../catalogue.js";
import type { Position } from "../messages.js";

export type ReadResult =
  | { ok: true; data: Buffer }
  | { ok: false; ruleId: string; reason: string; position?: Position; missing?: boolean };

/** Where a refusal points: the file as a whole, from its start. */
const FILE_START: Position = { line: 1, column: 1 };

type Failure = Extract<ReadResult, { ok: false }>;

/** A failed read with catalogue message `id`. */
function failure<K extends MessageId>(id: K, extra: Pick<Failure, "position" | "missing">, ...params: ParamsOf<K>): Failure {
  return { ok: false, ruleId: ruleIdOf(id), reason: reasonFor(id, ...params), ...extra };
}

const missing = (): Failure => failure("file-missing", { missing: true });

/** Reads a data file (any readable file but a directory). */
export async function readDataFile(file: string): Promise<ReadResult> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return failure("file-is-directory", {});
    return { ok: true, data: await readFile(file) };
  } catch (err) {
    const code = errorCode(err);
    if (code === "ENOENT" || code === "ENOTDIR") return missing();
    if (code === "EISDIR") return failure("file-is-directory", {});
    return unreadable("file-unreadable", err, {});
  }
}

/**
 * Reads `file` only if it is a regular file inside `dir` (directly or through
 * a symbolic link that stays inside). Anything else is refused without being
 * opened; a file that does not exist gives `missing: true`.
 */
export async function readFileInside(file: string, dir: string): Promise<ReadResult> {
  const at = { position: FILE_START };
  let target = file;
  try {
    const own = await lstat(file);
    if (own.isSymbolicLink()) {
      const [real, realDir] = await Promise.all([realpath(file).catch(() => null), realpath(dir)]);
      if (real === null) return failure("editorial-link-broken", at);
      const rel = path.relative(realDir, real);
      if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) {
        return failure("editorial-link-outside", at);
      }
      target = real;
    }
    const info = target === file ? own : await lstat(target);
    if (!info.isFile()) return failure("editorial-not-regular", at, kindOf(info));
  } catch (err) {
    const code = errorCode(err);
    if (code === "ENOENT" || code === "ENOTDIR") return missing();
    return unreadable("editorial-unreadable", err, at);
  }
  // Checked above; opened without following links and without blocking, and
  // checked again on the open file, in case it was swapped in between.
  try {
    const handle = await open(target, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
    try {
      const info = await handle.stat();
      if (!info.isFile()) return failure("editorial-not-regular", at, kindOf(info));
      return { ok: true, data: await handle.readFile() };
    } finally {
      await handle.close();
    }
  } catch (err) {
    return unreadable("editorial-unreadable", err, at);
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

/** A file that exists but cannot be read: no permission, or the system's error code. */
function unreadable(id: "file-unreadable" | "editorial-unreadable", err: unknown, extra: Pick<Failure, "position">): Failure {
  const code = errorCode(err);
  if (code === "EACCES" || code === "EPERM") return failure(`${id}/permission`, extra);
  return failure(id, extra, code ?? "");
}
