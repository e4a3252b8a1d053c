// What a batch run reports: per release (BatchEntry, in release-step.ts),
// per kind (BatchTally) and for the whole run (BatchSummary).
import type { Message } from "../messages.js";
import type { Dataset } from "../schema.js";
import type { BatchEntry } from "./release-step.js";

export interface BatchFailure {
  /** The kind of release that failed ("municipality", "national", …). */
  kind: string;
  /** Its id (municipality code, "riket"); null when the data did not even give one. */
  code: string | null;
  name: string | null;
  reason: string;
}

/** What happened to the releases of one kind. */
export interface BatchTally {
  kind: string;
  total: number;
  generated: number;
  unchanged: number;
  failed: number;
  /** Releases with at least one warning. */
  withWarnings: number;
  /** Releases not started because the run was interrupted or stopped. */
  notStarted: number;
  /** Releases made but not written: the output folder could not be written to. */
  notWritten: number;
}

export interface BatchSummary {
  year: number;
  /** out/<year> */
  dir: string;
  /** The counts below are over every kind; `tallies` has them per kind. */
  total: number;
  generated: number;
  unchanged: number;
  /** Every failure, of every kind, by kind and then id. */
  failed: BatchFailure[];
  /** Releases with at least one warning. */
  withWarnings: number;
  /** Ctrl-C or SIGTERM. */
  interrupted: boolean;
  /** The output folder could not be written to (full, read-only): the run stopped. */
  stopped: Message | null;
  /** Releases not started because the run was interrupted or stopped. */
  notStarted: number;
  /** Releases made but not written (the disk error). */
  notWritten: number;
  durationMs: number;
  /** Times Chromium was relaunched after dying. */
  browserRelaunches: number;
  /** Every release with an id, in the order of the kinds and then by id. */
  entries: BatchEntry[];
  /** Per kind, in the order the kinds were asked for. */
  tallies: BatchTally[];
  dataset: Dataset;
  /** Dataset-level warnings (not about one municipality). */
  messages: Message[];
  /** out/<year>/index.html when it is there and up to date; null when it could not be written. */
  index: string | null;
}
