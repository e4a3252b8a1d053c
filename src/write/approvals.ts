// approvals: which releases a reviewer has approved in the preview, and from
// exactly which inputs. The approvals file lives beside the data file
// (`<data-basename>.godkannanden.json`); each approval carries the key of the
// release's inputs (data slice, editorial file, templates, version), so any
// later change to what the release is made from withdraws it.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { releaseInputs, type ReleaseInputs } from "./inputs.js";
import { KommunpressError, type Message } from "../messages.js";
import { messageFor } from "../catalogue.js";
import { readFileInside } from "../load/read.js";
import { VERSION } from "../version.js";
import { writeFileAtomic } from "./atomic.js";
import { errorCode } from "../fs.js";

export const APPROVALS_SUFFIX = ".godkannanden.json";

/** The editorial folder used when none is given: `<data-dir>/texter/`. */
export const DEFAULT_EDITORIAL_DIR = "texter";

const EDITORIAL_EXTENSIONS = [".yaml", ".yml", ".json"] as const;

const Hash = z.string().regex(/^[0-9a-f]{64}$/);

export const Approval = z.object({
  /** releaseInputs(...).key at the time of approval. */
  key: Hash,
  /** ISO 8601 time of approval. */
  approvedAt: z.string(),
  /** The headline the reviewer saw. */
  headline: z.string(),
  /** The parts of the key, to say what changed after approval. */
  inputs: z.object({ data: Hash, editorial: Hash.nullable(), templates: Hash, version: z.string() }),
});
export type Approval = z.infer<typeof Approval>;

export const ApprovalsFile = z.object({
  kommunpress: z.string(),
  /** Data file name (informational). */
  data: z.string(),
  /** By release id: a municipality code, "riket", or another kind's id (one plain path segment). */
  approvals: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/i), Approval),
});
export type ApprovalsFile = z.infer<typeof ApprovalsFile>;

/** `data/kkik-2019.yaml` → `data/kkik-2019.godkannanden.json`. */
export function approvalsFileFor(dataFile: string): string {
  const base = path.basename(dataFile, path.extname(dataFile));
  return path.join(path.dirname(dataFile), `${base}${APPROVALS_SUFFIX}`);
}

/** The editorial folder a preview or publish run uses: the one given, else `<data-dir>/texter/`. */
export function editorialDirFor(dataFile: string, editorial?: string): string {
  return editorial ?? path.join(path.dirname(dataFile), DEFAULT_EDITORIAL_DIR);
}

/**
 * The municipality's editorial file in `dir` if one exists (.yaml, .yml, .json,
 * in that order), null if none does. Only a regular file inside `dir` is read:
 * one that is there but cannot be read (a named pipe, a device, a directory, a
 * link out of the folder, no permission) throws a KommunpressError saying so;
 * it is never taken for "no editorial file".
 */
export async function findEditorialFile(dir: string, code: string): Promise<{ file: string; data: Buffer } | null> {
  for (const ext of EDITORIAL_EXTENSIONS) {
    const file = path.join(dir, `${code}${ext}`);
    const read = await readFileInside(file, dir);
    if (read.ok) return { file, data: read.data };
    if (read.missing) continue;
    const message: Message = { ruleId: read.ruleId, severity: "error", reason: read.reason, file };
    if (read.position) message.position = read.position;
    throw new KommunpressError([message], 1);
  }
  return null;
}

/**
 * The inputs of one release for approval purposes: `data` the hash of the
 * data it rests on (its kind's dataHash), `editorialHash` the sha256 of its
 * editorial file (null when it has none). Formats are not part of it: an
 * approval is of the content, whatever the format.
 */
export function approvalInputs(data: string, editorialHash: string | null, templatesHash: string): ReleaseInputs {
  return releaseInputs({ data, editorial: editorialHash, templates: templatesHash, formats: [] });
}

export type ApprovalState =
  | { status: "none" }
  | { status: "approved"; approval: Approval }
  | { status: "changed"; approval: Approval; reasons: string[] };

/** Swedish: what changed since the approval. */
export function changeReasons(approval: Approval, current: ReleaseInputs): string[] {
  const reasons: string[] = [];
  if (approval.inputs.data !== current.data) reasons.push("datat har ändrats");
  if (approval.inputs.editorial !== current.editorial) reasons.push("den redaktionella texten har ändrats");
  if (approval.inputs.templates !== current.templates) reasons.push("mallarna eller frasbanken har ändrats");
  if (approval.inputs.version !== current.version) reasons.push("kommunpress har uppdaterats");
  // A key made some other way (an older file): say so rather than nothing.
  if (reasons.length === 0 && approval.key !== current.key) reasons.push("underlaget har ändrats");
  return reasons;
}

export function approvalState(approval: Approval | undefined, current: ReleaseInputs): ApprovalState {
  if (approval === undefined) return { status: "none" };
  if (approval.key === current.key) return { status: "approved", approval };
  return { status: "changed", approval, reasons: changeReasons(approval, current) };
}

/**
 * Reads the approvals file. A missing file is no approvals; an unreadable or
 * malformed one is also treated as none, with a message saying so (nothing is
 * published on the strength of a file we cannot read).
 */
export async function readApprovals(file: string): Promise<{ approvals: ApprovalsFile["approvals"]; messages: Message[] }> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if (errorCode(err) === "ENOENT") return { approvals: {}, messages: [] };
    return { approvals: {}, messages: [messageFor("approvals-unreadable", { file })] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { approvals: {}, messages: [messageFor("approvals-invalid/json", { file })] };
  }
  const parsed = ApprovalsFile.safeParse(value);
  if (!parsed.success) {
    return { approvals: {}, messages: [messageFor("approvals-invalid", { file })] };
  }
  return { approvals: parsed.data.approvals, messages: [] };
}

export function approvalsJson(dataFile: string, approvals: ApprovalsFile["approvals"]): string {
  const sorted = Object.fromEntries(Object.entries(approvals).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const file: ApprovalsFile = { kommunpress: VERSION, data: path.basename(dataFile), approvals: sorted };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Read-modify-write of the approvals file, atomically, one change at a time
 * within this process.
 */
export class ApprovalStore {
  readonly file: string;
  readonly dataFile: string;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(dataFile: string) {
    this.dataFile = dataFile;
    this.file = approvalsFileFor(dataFile);
  }

  read(): Promise<{ approvals: ApprovalsFile["approvals"]; messages: Message[] }> {
    return readApprovals(this.file);
  }

  approve(code: string, inputs: ReleaseInputs, headline: string, now: Date = new Date()): Promise<Approval> {
    const approval: Approval = {
      key: inputs.key,
      approvedAt: now.toISOString(),
      headline,
      inputs: { data: inputs.data, editorial: inputs.editorial, templates: inputs.templates, version: inputs.version },
    };
    return this.#update((all) => {
      all[code] = approval;
    }).then(() => approval);
  }

  withdraw(code: string): Promise<void> {
    return this.#update((all) => {
      delete all[code];
    });
  }

  #update(change: (all: ApprovalsFile["approvals"]) => void): Promise<void> {
    const run = async (): Promise<void> => {
      const { approvals, messages } = await this.read();
      // Never overwrite a file we could not read: the reviewer's work is in it.
      if (messages.length > 0) throw new ApprovalsFileError(messages);
      change(approvals);
      await writeFileAtomic(this.file, approvalsJson(this.dataFile, approvals));
    };
    const next = this.#queue.then(run, run);
    this.#queue = next.catch(() => undefined);
    return next;
  }
}

export class ApprovalsFileError extends Error {
  constructor(readonly messages: Message[]) {
    super(messages.map((m) => m.reason).join("; "));
    this.name = "ApprovalsFileError";
  }
}
