// Small file-system questions asked in several stages, answered in one place.
import { stat } from "node:fs/promises";

/** The `code` of a Node.js system error (`ENOENT`, `EACCES` …), or "" for anything else. */
export function errorCode(err: unknown): string {
  return typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
}

/** True when something (file, folder, …) is at `p`; false when it is missing or cannot be looked at. */
export async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** True when `p` is a folder; false when it is missing, something else, or cannot be looked at. */
export async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
