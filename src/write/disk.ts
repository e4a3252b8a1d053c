// Errors of the output folder itself (a full disk, read-only media, no
// permission): not about one release, so a batch stops scheduling new work at
// the first one and says it once, in Swedish, with the folder and what to do.
import { messageFor } from "../catalogue.js";
import { errorCode } from "../fs.js";
import type { Message } from "../messages.js";

/** System error codes that mean "this folder cannot be written to now". */
const DISK_CODES = ["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM"] as const;
export type DiskCode = (typeof DISK_CODES)[number];

export function diskCode(err: unknown): DiskCode | null {
  const code = errorCode(err);
  return (DISK_CODES as readonly string[]).includes(code) ? (code as DiskCode) : null;
}

/** A write into the output folder failed because of the disk, not the release. */
export class OutputWriteError extends Error {
  constructor(
    readonly code: DiskCode,
    /** The folder that could not be written to. */
    readonly folder: string,
    options?: { cause?: unknown },
  ) {
    super(outputWriteMessage(code, folder).reason, options);
    this.name = "OutputWriteError";
  }
}

/** `err` as an OutputWriteError when it is a disk error, else unchanged. */
export function asOutputWriteError(err: unknown, folder: string): unknown {
  if (err instanceof OutputWriteError) return err;
  const code = diskCode(err);
  return code === null ? err : new OutputWriteError(code, folder, { cause: err });
}

const WHY: Record<DiskCode, string> = {
  ENOSPC: "disken är full",
  EDQUOT: "din diskkvot är slut",
  EROFS: "mappen ligger på en skrivskyddad disk",
  EACCES: "du saknar behörighet att skriva där",
  EPERM: "du saknar behörighet att skriva där",
};

const TODO: Record<DiskCode, string> = {
  ENOSPC: "Frigör utrymme eller välj en annan mapp med --out",
  EDQUOT: "Frigör utrymme eller välj en annan mapp med --out",
  EROFS: "Välj en skrivbar mapp med --out",
  EACCES: "Ändra behörigheten eller välj en annan mapp med --out",
  EPERM: "Ändra behörigheten eller välj en annan mapp med --out",
};

/**
 * "kan inte skriva till out/2019: disken är full (ENOSPC). Frigör utrymme
 * eller välj en annan mapp med --out och kör sedan samma kommando igen; det
 * som redan är klart görs inte om."
 */
export function outputWriteMessage(code: DiskCode, folder: string): Message {
  return messageFor("output-write", {}, folder, WHY[code], code, TODO[code]);
}
