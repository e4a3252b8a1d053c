// The lock on a batch's output folder (out/<year>/.kommunpress.lock): two
// runs into the same folder would mix their files, so the second one stops
// with a message naming the first (process id, start time). The lock file
// holds the owner's pid, host and start time; it appears complete or not at
// all (written to a temp file, then hard-linked into place, which fails if a
// lock is there). A lock whose process is gone (a crash, kill -9) is stale
// and taken over. On media nobody can write to (read-only, full) no lock is
// taken: nothing can be mixed there, and a run with nothing to do still works.
import { messageFor } from "../catalogue.js";
import { readFileSync, unlinkSync } from "node:fs";
import { link, readFile, rm, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { errorCode } from "../fs.js";
import { KommunpressError, type Message } from "../messages.js";
import { diskCode } from "./disk.js";

export const LOCK_FILE = ".kommunpress.lock";

export interface LockOwner {
  pid: number;
  host: string;
  /** ISO time the owning process started. */
  started: string;
  /** Linux: the process's start time in clock ticks since boot (tells a reused pid apart). */
  ticks: number | null;
}

export interface OutputLock {
  /** False when the folder could not be written to and no lock was taken. */
  held: boolean;
  release(): Promise<void>;
}

/** Start time of `pid` in clock ticks since boot (Linux), or null. */
function processTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    const ticks = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
    return Number.isFinite(ticks) ? ticks : null;
  } catch {
    return null;
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

/** Whether the run that holds the lock is still going (on another host: assumed so). */
export function ownerAlive(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return true;
  if (!running(owner.pid)) return false;
  const ticks = processTicks(owner.pid);
  return owner.ticks === null || ticks === null || ticks === owner.ticks;
}

export function thisProcess(): LockOwner {
  return { pid: process.pid, host: os.hostname(), started: new Date(performance.timeOrigin).toISOString(), ticks: processTicks(process.pid) };
}

function parseOwner(text: string): LockOwner | null {
  try {
    const v = JSON.parse(text) as Partial<LockOwner>;
    if (typeof v.pid !== "number" || typeof v.host !== "string" || typeof v.started !== "string") return null;
    return { pid: v.pid, host: v.host, started: v.started, ticks: typeof v.ticks === "number" ? v.ticks : null };
  } catch {
    return null;
  }
}

/** "2025-05-01 14:03:12", local time. */
function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** The message when another run holds the folder. */
export function lockedMessage(dir: string, owner: LockOwner): Message {
  const host = owner.host === os.hostname() ? "" : ` på datorn ${owner.host}`;
  return messageFor("output-locked", {}, dir, owner.pid, host, localTime(owner.started), path.join(dir, LOCK_FILE));
}

/** Locks held by this process, for a last-moment synchronous release. */
const held = new Map<string, string>();

/** Removes this process's locks at once (a second Ctrl-C, just before the process dies). */
export function releaseHeldLocksSync(): void {
  for (const [file, text] of held) {
    try {
      if (readFileSync(file, "utf8") === text) unlinkSync(file);
    } catch {
      // Gone already, or not ours any more.
    }
  }
  held.clear();
}

/** Puts `text` at `file` unless something is there already (then EEXIST). */
async function createExclusive(file: string, text: string): Promise<void> {
  const tmp = `${file}.${process.pid}.new`;
  await writeFile(tmp, text);
  try {
    await link(tmp, file);
  } catch (error) {
    // No hard links on this file system: an exclusive create instead.
    if (!["EPERM", "ENOTSUP", "ENOSYS", "EOPNOTSUPP"].includes(errorCode(error))) throw error;
    await writeFile(file, text, { flag: "wx" });
  } finally {
    await rm(tmp, { force: true });
  }
}

/**
 * Takes the lock on `dir` (which must exist). Throws a KommunpressError
 * naming the other run when one holds it; takes over a stale lock.
 */
export async function lockOutput(dir: string, owner: LockOwner = thisProcess()): Promise<OutputLock> {
  const file = path.join(dir, LOCK_FILE);
  const text = `${JSON.stringify(owner)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await createExclusive(file, text);
      held.set(file, text);
      return { held: true, release: () => releaseLock(file, text) };
    } catch (error) {
      if (diskCode(error) !== null) return { held: false, release: async () => undefined };
      if (errorCode(error) !== "EEXIST") throw error;
    }
    const existing = await readFile(file, "utf8").catch(() => null);
    if (existing === null) continue; // Released meanwhile: try again.
    const other = parseOwner(existing);
    if (other !== null && ownerAlive(other)) throw new KommunpressError([lockedMessage(dir, other)], 1);
    // Stale (its process is gone) or unreadable: remove it if it is still the same file.
    if ((await readFile(file, "utf8").catch(() => null)) === existing) await unlink(file).catch(() => undefined);
  }
  const other = parseOwner(await readFile(file, "utf8").catch(() => "")) ?? { pid: 0, host: os.hostname(), started: "", ticks: null };
  throw new KommunpressError([lockedMessage(dir, other)], 1);
}

async function releaseLock(file: string, text: string): Promise<void> {
  held.delete(file);
  try {
    if ((await readFile(file, "utf8")) === text) await unlink(file);
  } catch {
    // Gone already.
  }
}
