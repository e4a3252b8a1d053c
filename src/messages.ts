// Errors as data (vfile's model): every stage collects Messages; one reporter
// formats them at the edge (cli). User-facing text is Swedish, and lives in
// one catalogue (catalogue.ts): stages make Messages with messageFor(id, …).
import { messageFor, type MessageId, type ParamsOf, type Where } from "./catalogue.js";

export type { Message, Position, Severity } from "./message-types.js";
import type { Message } from "./message-types.js";

/** Formats a path array as `municipalities[3].results.2019.epost-en-dag`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out === "" ? seg : `.${seg}`;
  }
  return out;
}

/** `file:line:col: path: reason` (warnings: `file:line:col: varning: path: reason`). */
export function formatMessage(m: Message): string {
  const parts: string[] = [];
  if (m.file !== undefined) {
    parts.push(m.position ? `${m.file}:${m.position.line}:${m.position.column}` : m.file);
  }
  if (m.severity === "warning") parts.push("varning");
  if (m.path !== undefined && m.path !== "") parts.push(m.path);
  parts.push(m.reason);
  return parts.join(": ");
}

export function hasErrors(messages: readonly Message[]): boolean {
  return messages.some((m) => m.severity === "error");
}

/** Sorts messages by file, then position, keeping the original order otherwise. */
export function sortMessages(messages: readonly Message[]): Message[] {
  return messages
    .map((m, i) => ({ m, i }))
    .sort((a, b) => {
      const fa = a.m.file ?? "";
      const fb = b.m.file ?? "";
      if (fa !== fb) return fa < fb ? -1 : 1;
      const la = a.m.position?.line ?? 0;
      const lb = b.m.position?.line ?? 0;
      if (la !== lb) return la - lb;
      const ca = a.m.position?.column ?? 0;
      const cb = b.m.position?.column ?? 0;
      if (ca !== cb) return ca - cb;
      return a.i - b.i;
    })
    .map((x) => x.m);
}

/** "2 fel och 1 varning" */
export function summarize(messages: readonly Message[]): string {
  const errors = messages.filter((m) => m.severity === "error").length;
  const warnings = messages.length - errors;
  const w = warnings === 1 ? "1 varning" : `${warnings} varningar`;
  return `${errors} fel och ${w}`;
}

/**
 * An error that carries messages to the CLI edge. Only the CLI decides how to
 * print it and which exit code it means (1: data errors, 2: usage errors).
 */
export class KommunpressError extends Error {
  readonly messages: Message[];
  /** 1: data or output errors, 2: usage errors, 130: interrupted (Ctrl-C), 143: terminated (SIGTERM). */
  readonly exitCode: 1 | 2 | 130 | 143;
  constructor(messages: Message[], exitCode: 1 | 2 | 130 | 143 = 1, options?: { cause?: unknown }) {
    super(messages.map(formatMessage).join("\n"), options);
    this.name = "KommunpressError";
    this.messages = messages;
    this.exitCode = exitCode;
  }
}

/** A KommunpressError (exit code 1) with the one message `id` of the catalogue. */
export function errorFor<K extends MessageId>(id: K, where: Where, ...params: ParamsOf<K>): KommunpressError {
  return new KommunpressError([messageFor(id, where, ...params)], 1);
}

/** A usage error (exit code 2) with the one message `id` of the catalogue. */
export function usageErrorFor<K extends MessageId>(id: K, ...params: ParamsOf<K>): KommunpressError {
  return new KommunpressError([messageFor(id, {}, ...params)], 2);
}

/** A usage error with a reason composed by the caller: for the commands not yet converted to the catalogue. */
export function usageError(reason: string): KommunpressError {
  return usageErrorFor("usage", reason);
}
