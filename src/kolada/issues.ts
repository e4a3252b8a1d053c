// zod issues → positioned Swedish Messages for the files the Kolada commands
// read (mapping files, Kolada responses). Same model as validate.ts: every
// issue, at its node (unknown keys at the key, missing fields at the parent's
// key), with the same wording (`reasons` from validate.ts).
import { z } from "zod";
import type { Loaded, PathSegment } from "../load.js";
import { formatPath, type Message, type Severity } from "../messages.js";
import { closest, formatNumber, reasons } from "../validate.js";
import { allowedKeys, isRecord, schemaAt, valueAt } from "../schema-paths.js";

type Issue = z.core.$ZodIssue;

/** Collects messages about one loaded file, one per path and severity. */
export class FileReporter {
  readonly messages: Message[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly loaded: Loaded) {}

  add(
    ruleId: string,
    severity: Severity,
    path: readonly PathSegment[],
    reason: string,
    at: { path?: readonly PathSegment[]; target?: "key" | "value" } = {},
  ): void {
    const formatted = formatPath(path);
    const dedupe = `${severity}\u0000${formatted}\u0000${ruleId}`;
    if (this.seen.has(dedupe)) return;
    this.seen.add(dedupe);
    const position = this.loaded.locate(at.path ?? path, at.target ?? "value") ?? { line: 1, column: 1 };
    const m: Message = { ruleId, severity, reason, file: this.loaded.file, position };
    if (formatted !== "") m.path = formatted;
    this.messages.push(m);
  }
}

/**
 * Messages for every issue of a failed safeParse. `rootShape` says what the
 * whole file should be ("filen ska innehålla …"), for a file that is not a map.
 */
export function issueMessages(issues: readonly Issue[], loaded: Loaded, schema: z.ZodType, rootShape: string): Message[] {
  const r = new FileReporter(loaded);
  for (const issue of issues) translate(issue, [], r, loaded.value, schema, rootShape);
  return r.messages;
}

function translate(issue: Issue, prefix: readonly PathSegment[], r: FileReporter, root: unknown, schema: z.ZodType, rootShape: string): void {
  const path: PathSegment[] = [...prefix, ...issue.path.map((k) => (typeof k === "number" ? k : String(k)))];
  const last = path[path.length - 1];
  const input = valueAt(root, path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = allowedKeys(schemaAt(schema, path));
      for (const key of issue.keys) {
        r.add("unknown-field", "error", [...path, key], reasons.unknownField(key, closest(key, known)), { target: "key" });
      }
      return;
    }
    case "invalid_type": {
      const parentPath = path.slice(0, -1);
      const parent = valueAt(root, parentPath);
      if (last !== undefined && isRecord(parent) && !Object.hasOwn(parent, String(last))) {
        r.add("missing-field", "error", path, reasons.missingField(), { path: parentPath, target: "key" });
        return;
      }
      if (path.length === 0) {
        r.add("wrong-type", "error", path, `${rootShape}, inte ${describe(input)}`);
        return;
      }
      r.add("wrong-type", "error", path, reasons.wrongType(expected(issue.expected), describe(input)));
      return;
    }
    case "invalid_union": {
      const branch = bestBranch(issue.errors, input);
      if (branch === undefined) {
        r.add("wrong-shape", "error", path, path.includes("period") ? reasons.period() : "värdet har fel form");
        return;
      }
      for (const inner of branch) translate(inner, path, r, root, schema, rootShape);
      return;
    }
    case "invalid_key": {
      const key = String(last ?? "");
      r.add("key-format", "error", path, /^\d+$/.test(key) || path[path.length - 2] === "years" ? reasons.yearKey(key) : `ogiltig nyckel "${key}"`, { target: "key" });
      return;
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => String(v));
      const found = typeof input === "string" ? `"${input}"` : describe(input);
      const suggestion = typeof input === "string" ? closest(input, allowed) : undefined;
      r.add("invalid-value", "error", path, reasons.enumValue(found, allowed, suggestion));
      return;
    }
    case "invalid_format": {
      const s = typeof input === "string" ? input : String(issue.input ?? "");
      if (last === "kolada" || last === "kpi") r.add("kolada-format", "error", path, reasons.koladaFormat());
      else if (path[0] === "indicators" && last === "id") r.add("indicator-id-format", "error", path, reasons.indicatorIdFormat());
      else if (last === "from" || last === "to") r.add("date-format", "error", path, reasons.dateFormat());
      else if (last === "municipality") r.add("code-format", "error", path, `"${s}" är ingen kommunkod (fyra siffror) eller grupp (G…)`);
      else r.add("format", "error", path, reasons.badFormat(s));
      return;
    }
    case "too_small": {
      const min = Number(issue.minimum);
      if (issue.origin === "string") r.add("empty", "error", path, reasons.emptyText());
      else if (issue.origin === "array") {
        if (last === "weeks") r.add("list-length", "error", path, reasons.weeksLength());
        else r.add("list-length", "error", path, min <= 1 ? reasons.emptyList() : reasons.listMin(min));
      } else if (typeof input === "number") {
        if (path.includes("weeks")) r.add("range", "error", path, reasons.week(input));
        else if (min === 0 && issue.inclusive) r.add("range", "error", path, reasons.negative(input));
        else if (min === 0) r.add("range", "error", path, reasons.notPositive(input));
        else r.add("range", "error", path, reasons.min(min, input));
      } else r.add("range", "error", path, issue.message);
      return;
    }
    case "too_big": {
      const max = Number(issue.maximum);
      if (issue.origin === "array") r.add("list-length", "error", path, last === "weeks" ? reasons.weeksLength() : reasons.listMax(max));
      else if (typeof input === "number") r.add("range", "error", path, path.includes("weeks") ? reasons.week(input) : reasons.max(max, input));
      else r.add("range", "error", path, issue.message);
      return;
    }
    case "custom": {
      if (issue.message === "ogiltigt datum" && typeof input === "string") r.add("date-invalid", "error", path, reasons.dateInvalid(input));
      else if (issue.message.startsWith("ska vara ")) r.add("invalid", "error", path, `${issue.message}, inte ${describe(input)}`);
      else r.add("invalid", "error", path, issue.message);
      return;
    }
    default:
      r.add("invalid", "error", path, "ogiltigt värde");
  }
}

function expected(e: string): string {
  switch (e) {
    case "string":
      return "text";
    case "number":
      return "ett tal";
    case "int":
      return "ett heltal";
    case "boolean":
      return "sant eller falskt";
    case "array":
    case "tuple":
      return "en lista";
    case "object":
    case "record":
      return "en grupp av fält (namn: värde)";
    case "null":
      return "tomt";
    default:
      return e;
  }
}

export function describe(input: unknown): string {
  if (input === null || input === undefined) return "ett tomt värde";
  if (typeof input === "string") return `text ("${input.length > 40 ? `${input.slice(0, 40)}…` : input}")`;
  if (typeof input === "number") return `talet ${formatNumber(input)}`;
  if (typeof input === "boolean") return `sanningsvärdet ${String(input)}`;
  if (Array.isArray(input)) return "en lista";
  if (typeof input === "object") return "en grupp av fält";
  return typeof input;
}

function bestBranch(branches: readonly (readonly Issue[])[], input: unknown): readonly Issue[] | undefined {
  if (branches.length === 0 || !isRecord(input) || Object.keys(input).length === 0) return undefined;
  const unknownAtRoot = (b: readonly Issue[]): boolean => b.some((i) => i.code === "unrecognized_keys" && i.path.length === 0);
  if (branches.every(unknownAtRoot)) return undefined;
  let best: readonly Issue[] | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const b of branches) {
    const score = b.length + (unknownAtRoot(b) ? 100 : 0);
    if (score < bestScore) {
      best = b;
      bestScore = score;
    }
  }
  return best;
}
