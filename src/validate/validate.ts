// Stage 2: validate. Turns a Loaded document into a Dataset (or an editorial
// Release) plus Messages. Two steps, both always run so the user sees every
// problem at once:
//   1. structure: the zod schemas in schema.ts; every issue becomes a Swedish
//      Message positioned at its node (unknown keys at the key, missing
//      fields at the parent);
//   2. meaning: rules that need the whole dataset (indicator ids in results,
//      ranges by unit, group references, duplicates, the survey year's
//      results, threshold order) and warnings (no previous year, no quote).
// Pure: no file system access.
import { z } from "zod";
import type { Loaded, PathSegment } from "../load/source.js";
import { messageFor, type FileShape, type MessageId, type ParamsOf } from "../catalogue.js";
import { formatPath, hasErrors, sortMessages, type Message } from "../messages.js";
import { formatDataNumber } from "../phrase/swedish.js";
import { Dataset, Release, Survey, Unit } from "../schema.js";
import { allowedKeys, isRecord, schemaAt, valueAt } from "./schema-paths.js";

type Issue = z.core.$ZodIssue;

export interface ValidateOptions {
  /**
   * Editorial content by municipality code (from `--editorial`), merged over
   * each municipality's `release` before the quote warning is decided.
   */
  editorial?: ReadonlyMap<string, Release>;
}

/**
 * Validates a loaded data file. The messages include the load messages
 * (syntax errors, duplicate keys) and the schema and semantic ones, sorted
 * by position.
 * `dataset` is set only when there are no errors; it is not merged with
 * editorial files (see dataset.ts).
 */
export function validateDataset(loaded: Loaded, options: ValidateOptions = {}): { dataset?: Dataset; messages: Message[] } {
  const messages = [...loaded.messages];
  if (loaded.value === undefined) return { messages };
  const parsed = Dataset.safeParse(loaded.value, { reportInput: true });
  if (!parsed.success) messages.push(...issueMessages(parsed.error.issues, loaded, Dataset, "dataset"));
  messages.push(...semanticMessages(loaded, options));
  const sorted = sortMessages(messages);
  if (parsed.success && !hasErrors(sorted)) return { dataset: parsed.data, messages: sorted };
  return { messages: sorted };
}

/** Validates one editorial file (`<code>.yaml`: the shape of a municipality's `release`). */
export function validateEditorial(loaded: Loaded): { release?: Release; messages: Message[] } {
  const messages = [...loaded.messages];
  if (loaded.value === undefined) return { messages };
  const parsed = Release.safeParse(loaded.value, { reportInput: true });
  if (!parsed.success) messages.push(...issueMessages(parsed.error.issues, loaded, Release, "release"));
  const sorted = sortMessages(messages);
  if (parsed.success && !hasErrors(sorted)) return { release: parsed.data, messages: sorted };
  return { messages: sorted };
}

// ---------------------------------------------------------------------------
// The Swedish messages are in ../catalogue.ts; here are only the words that
// describe a value ("text (\"98\")", "en lista") inside them.

/** Swedish words users are likely to write for the English enum values. */
const SV_ALIASES: Record<string, string> = {
  procent: "percent",
  timmar: "hours",
  timme: "hours",
  minuter: "minutes",
  sekunder: "seconds",
  antal: "count",
  högre: "higher",
  hogre: "higher",
  lägre: "lower",
  lagre: "lower",
};

// ---------------------------------------------------------------------------
// Step 1: zod issues → Messages

/**
 * Collects positioned messages about one loaded file (a data file, an
 * editorial file, a Kolada mapping or response): one per path and severity.
 */
export class FileReporter {
  readonly messages: Message[] = [];
  private readonly seen = new Set<string>();
  constructor(private readonly loaded: Loaded) {}

  /**
   * Message `id` of the catalogue about the value at `path`; `at` says where
   * it points when that is elsewhere (the key, or the parent of a missing field).
   */
  add<K extends MessageId>(
    id: K,
    path: readonly PathSegment[],
    params: ParamsOf<K>,
    at: { path?: readonly PathSegment[]; target?: "key" | "value" } = {},
  ): void {
    const formatted = formatPath(path);
    const position = this.loaded.locate(at.path ?? path, at.target ?? "value") ?? { line: 1, column: 1 };
    const m = messageFor(id, { file: this.loaded.file, position, path: formatted === "" ? undefined : formatted }, ...params);
    // One message per path and severity: a date that fails both the pattern
    // and the calendar check is reported once.
    const dedupe = `${m.severity}\u0000${formatted}`;
    if (this.seen.has(dedupe)) return;
    this.seen.add(dedupe);
    this.messages.push(m);
  }
}

/**
 * Messages for every issue of a failed safeParse, for any schema. `rootShape`
 * says what the whole file should be ("filen ska innehålla …"), for a file
 * that is not a map.
 */
export function issueMessages(issues: readonly Issue[], loaded: Loaded, schema: z.ZodType, rootShape: FileShape): Message[] {
  const r = new FileReporter(loaded);
  for (const issue of issues) translateIssue(issue, [], r, loaded.value, schema, rootShape);
  return r.messages;
}

type IssueOf<C extends Issue["code"]> = Extract<Issue, { code: C }>;

function translateIssue(
  issue: Issue,
  prefix: readonly PathSegment[],
  r: FileReporter,
  root: unknown,
  schema: z.ZodType,
  rootShape: FileShape,
): void {
  const path: PathSegment[] = [...prefix, ...issue.path.map(toSegment)];
  const input = valueAt(root, path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = allowedKeys(schemaAt(schema, path));
      for (const key of issue.keys) {
        r.add("unknown-field", [...path, key], [key, closest(key, known)], { target: "key" });
      }
      return;
    }
    case "invalid_type":
      return wrongType(r, issue, path, root, rootShape);
    case "invalid_union": {
      const branch = pickBranch(issue, input);
      if (branch === undefined) {
        if (path.includes("period")) r.add("wrong-shape/period", path, []);
        else r.add("wrong-shape", path, []);
        return;
      }
      for (const inner of branch) translateIssue(inner, path, r, root, schema, rootShape);
      return;
    }
    case "invalid_key":
      return badKey(r, path);
    case "invalid_value":
      return badEnumValue(r, issue, path, input);
    case "invalid_format":
      return badFormat(r, issue, path, input);
    case "too_small":
      return tooSmall(r, issue, path, input);
    case "too_big":
      return tooBig(r, issue, path, input);
    case "custom":
      return customIssue(r, issue, path, input);
    default:
      r.add("invalid", path, []);
  }
}

/** A missing field, a file that is not a map, a code written as a number, or a value of the wrong type. */
function wrongType(r: FileReporter, issue: IssueOf<"invalid_type">, path: readonly PathSegment[], root: unknown, rootShape: FileShape): void {
  const input = valueAt(root, path);
  const last = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  const parent = valueAt(root, parentPath);
  if (last !== undefined && isRecord(parent) && !Object.hasOwn(parent, String(last))) {
    r.add("missing-field", path, [], { path: parentPath, target: "key" });
    return;
  }
  if (path.length === 0) {
    r.add("wrong-type/root", path, [rootShape, describeFound(input, issue)]);
    return;
  }
  if (isCodePath(path) && typeof input === "number") {
    r.add("code-format/number", path, [input]);
    return;
  }
  r.add("wrong-type", path, [expectedFor(issue.expected, path), describeFound(input, issue)]);
}

function badKey(r: FileReporter, path: readonly PathSegment[]): void {
  const key = String(path[path.length - 1] ?? "");
  // Year keys: results (data files) and years (Kolada mappings).
  const parent = path[path.length - 2];
  if (parent === "results" || parent === "years" || /^\d+$/.test(key)) r.add("key-format/year", path, [key], { target: "key" });
  else r.add("key-format", path, [key], { target: "key" });
}

function badEnumValue(r: FileReporter, issue: IssueOf<"invalid_value">, path: readonly PathSegment[], input: unknown): void {
  const allowed = issue.values.map((v) => String(v));
  const found = typeof input === "string" ? `"${input}"` : describeFound(input, issue);
  const suggestion =
    typeof input === "string" ? (SV_ALIASES[input.toLowerCase()] ?? closest(input, allowed)) : undefined;
  r.add("invalid-value", path, [found, allowed, suggestion]);
}

function badFormat(r: FileReporter, issue: IssueOf<"invalid_format">, path: readonly PathSegment[], input: unknown): void {
  const last = path[path.length - 1];
  const s = typeof input === "string" ? input : String(issue.input ?? "");
  if (issue.format === "email") r.add("email-format", path, [s]);
  else if (isCodePath(path)) r.add("code-format", path, []);
  else if (path[0] === "indicators" && last === "id") r.add("indicator-id-format", path, []);
  else if (last === "kolada" || last === "kpi") r.add("kolada-format", path, []);
  else if (last === "date" || last === "from" || last === "to") r.add("date-format", path, []);
  else if (last === "municipality") r.add("code-format/code-or-group", path, [s]);
  else r.add("format", path, [s]);
}

function tooSmall(r: FileReporter, issue: IssueOf<"too_small">, path: readonly PathSegment[], input: unknown): void {
  const min = Number(issue.minimum);
  if (issue.origin === "string") r.add("empty", path, []);
  else if (issue.origin === "array") {
    if (path[path.length - 1] === "weeks") r.add("list-length/weeks", path, []);
    else if (min <= 1) r.add("list-length/empty", path, []);
    else r.add("list-length/min", path, [min]);
  } else if (typeof input === "number") {
    if (path.includes("weeks")) r.add("range/week", path, [input]);
    else if (min === 0 && issue.inclusive) r.add("range/negative", path, [input]);
    else if (min === 0) r.add("range/not-positive", path, [input]);
    else r.add("range/min", path, [min, input]);
  } else r.add("range/other", path, [issue.message]);
}

function tooBig(r: FileReporter, issue: IssueOf<"too_big">, path: readonly PathSegment[], input: unknown): void {
  const max = Number(issue.maximum);
  if (issue.origin === "array") {
    if (path[path.length - 1] === "weeks") r.add("list-length/weeks", path, []);
    else r.add("list-length/max", path, [max]);
  } else if (typeof input === "number") {
    if (path.includes("weeks")) r.add("range/week", path, [input]);
    else r.add("range/max", path, [max, input]);
  } else r.add("range/other", path, [issue.message]);
}

function customIssue(r: FileReporter, issue: IssueOf<"custom">, path: readonly PathSegment[], input: unknown): void {
  if (issue.message === "ogiltigt datum" && typeof input === "string") {
    r.add("date-invalid", path, [input]);
  } else if (issue.message.startsWith("ska vara ")) {
    r.add("invalid/found", path, [issue.message, describeFound(input, issue)]);
  } else r.add("invalid/schema", path, [issue.message]);
}

function toSegment(k: PropertyKey): PathSegment {
  return typeof k === "number" ? k : String(k);
}

function isCodePath(path: readonly PathSegment[]): boolean {
  return path.length === 3 && path[0] === "municipalities" && path[2] === "code";
}

function expectedFor(expected: string, path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  if (last === "results") return "år med resultat, t.ex. 2019: { epost-en-dag: 98 }";
  if (path[path.length - 2] === "results" && (expected === "record" || expected === "object")) {
    return "indikatorer med värden, t.ex. { epost-en-dag: 98 }";
  }
  if (last === "weeks") return "två veckonummer, t.ex. [41, 46]";
  switch (expected) {
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
      return expected;
  }
}

/** What was found, in words: `text ("98")`, `talet 104`, `en lista`. */
export function describeFound(input: unknown, issue?: Issue): string {
  if (issue && "received" in issue && typeof issue.received === "string") return `ett ogiltigt tal (${issue.received})`;
  if (input === null || input === undefined) return "ett tomt värde";
  if (typeof input === "string") return `text ("${input.length > 40 ? `${input.slice(0, 40)}…` : input}")`;
  if (typeof input === "number") return `talet ${formatDataNumber(input)}`;
  if (typeof input === "boolean") return `sanningsvärdet ${String(input)}`;
  if (Array.isArray(input)) return "en lista";
  if (typeof input === "object") return "en grupp av fält";
  return typeof input;
}

/** The union branch that best matches the input, or undefined when none clearly does. */
function pickBranch(issue: Extract<Issue, { code: "invalid_union" }>, input: unknown): readonly Issue[] | undefined {
  const branches = issue.errors;
  if (branches.length === 0 || !isRecord(input) || Object.keys(input).length === 0) return undefined;
  const hasUnknownAtRoot = (b: readonly Issue[]): boolean =>
    b.some((i) => i.code === "unrecognized_keys" && i.path.length === 0);
  if (branches.every(hasUnknownAtRoot)) return undefined;
  let best: readonly Issue[] | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const b of branches) {
    const score = b.length + (hasUnknownAtRoot(b) ? 100 : 0);
    if (score < bestScore) {
      best = b;
      bestScore = score;
    }
  }
  return best;
}

/** The schema at `path` (through optional, nullable, arrays, records, tuples), if it is unambiguous. */



/** The candidate closest to `word` (case-insensitive edit distance ≤ 1 for short words, ≤ 2 otherwise), if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (c === word) continue;
    const d = editDistance(w, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = w.length <= 4 ? 1 : 2;
  return bestDistance <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

// ---------------------------------------------------------------------------
// Step 2: rules that need the whole dataset (on the raw value, so they run
// even when step 1 failed elsewhere)

function semanticMessages(loaded: Loaded, options: ValidateOptions): Message[] {
  const r = new FileReporter(loaded);
  const root = loaded.value;
  if (!isRecord(root)) return [];
  const lineOf = (p: readonly PathSegment[]): number => loaded.locate(p)?.line ?? 1;

  const indicators = Array.isArray(root.indicators) ? root.indicators : undefined;
  const units = checkIndicators(r, indicators ?? [], lineOf);
  if (isRecord(root.thresholds)) checkThresholds(r, root.thresholds, ["thresholds"]);
  const ctx: SemanticContext = {
    r,
    lineOf,
    checkResults: (results, base) => checkResults(r, units, indicators !== undefined, results, base),
  };

  if (isRecord(root.national)) ctx.checkResults(root.national.results, ["national", "results"]);
  const groupIds = checkGroups(ctx, Array.isArray(root.groups) ? root.groups : []);
  checkMunicipalities(ctx, root, groupIds, options);
  return r.messages;
}

interface SemanticContext {
  r: FileReporter;
  /** The line a path is on (for "already on line n"). */
  lineOf: (p: readonly PathSegment[]) => number;
  checkResults: (results: unknown, base: readonly PathSegment[]) => void;
}

/** Indicators: ids, units, duplicates, threshold order. Returns each indicator's unit (undefined when invalid). */
function checkIndicators(r: FileReporter, indicators: readonly unknown[], lineOf: SemanticContext["lineOf"]): Map<string, Unit | undefined> {
  const units = new Map<string, Unit | undefined>();
  const firstIndicator = new Map<string, number>();
  indicators.forEach((ind, i) => {
    if (!isRecord(ind) || typeof ind.id !== "string") return;
    const first = firstIndicator.get(ind.id);
    if (first !== undefined) {
      r.add("duplicate-indicator", ["indicators", i, "id"], [ind.id, lineOf(["indicators", first, "id"])]);
      return;
    }
    firstIndicator.set(ind.id, i);
    const unit = Unit.safeParse(ind.unit);
    units.set(ind.id, unit.success ? unit.data : undefined);
    // A count has no noun to write it with ("12 …" what?): refused here, not
    // half-way through writing a release.
    if (unit.success && unit.data === "count") r.add("unit-count", ["indicators", i, "unit"], []);
    if (isRecord(ind.thresholds)) checkThresholds(r, ind.thresholds, ["indicators", i, "thresholds"]);
  });
  return units;
}

/** Results by year and indicator: known indicators, values within their unit's range. */
function checkResults(
  r: FileReporter,
  units: ReadonlyMap<string, Unit | undefined>,
  haveIndicators: boolean,
  results: unknown,
  base: readonly PathSegment[],
): void {
  if (!isRecord(results)) return;
  for (const [year, byIndicator] of Object.entries(results)) {
    if (!isRecord(byIndicator)) continue;
    for (const [id, v] of Object.entries(byIndicator)) {
      const path = [...base, year, id];
      if (haveIndicators && !units.has(id)) {
        r.add("unknown-indicator", path, [id, closest(id, [...units.keys()])], { target: "key" });
        continue;
      }
      const unit = units.get(id);
      if (typeof v !== "number" || !Number.isFinite(v) || unit === undefined) continue;
      if ((unit === "percent" || unit === "index") && (v < 0 || v > 100)) {
        r.add("value-range", path, [v, unit]);
      } else if (unit !== "percent" && unit !== "index" && v < 0) {
        r.add("value-range/negative", path, [v, unit]);
      }
    }
  }
}

/** Groups: duplicates, results. Returns the group ids. */
function checkGroups(ctx: SemanticContext, groups: readonly unknown[]): Set<string> {
  const groupIds = new Set<string>();
  const firstGroup = new Map<string, number>();
  groups.forEach((g, i) => {
    if (!isRecord(g)) return;
    if (typeof g.id === "string") {
      const first = firstGroup.get(g.id);
      if (first !== undefined) {
        ctx.r.add("duplicate-group", ["groups", i, "id"], [g.id, ctx.lineOf(["groups", first, "id"])]);
      } else firstGroup.set(g.id, i);
      groupIds.add(g.id);
    }
    ctx.checkResults(g.results, ["groups", i, "results"]);
  });
  return groupIds;
}

/** Municipalities: duplicates, group references, results, warnings; an error when none has results for the year. */
function checkMunicipalities(ctx: SemanticContext, root: Record<string, unknown>, groupIds: ReadonlySet<string>, options: ValidateOptions): void {
  const survey = isRecord(root.survey) ? root.survey : undefined;
  // Only a valid survey year is worth more messages (the schema reports the rest).
  const year = Survey.shape.year.safeParse(survey?.year).success ? (survey?.year as number) : undefined;
  const municipalities = Array.isArray(root.municipalities) ? root.municipalities : [];
  const firstCode = new Map<string, number>();
  let anyResultsForYear = false;
  municipalities.forEach((m, i) => {
    if (!isRecord(m)) return;
    const base: PathSegment[] = ["municipalities", i];
    if (typeof m.code === "string") {
      const first = firstCode.get(m.code);
      if (first !== undefined) {
        const firstM: unknown = municipalities[first];
        const name = isRecord(firstM) && typeof firstM.name === "string" ? firstM.name : undefined;
        ctx.r.add("duplicate-code", [...base, "code"], [m.code, ctx.lineOf(["municipalities", first, "code"]), name]);
      } else firstCode.set(m.code, i);
    }
    if (typeof m.group === "string" && !groupIds.has(m.group)) {
      ctx.r.add("unknown-group", [...base, "group"], [m.group]);
    }
    ctx.checkResults(m.results, [...base, "results"]);
    if (year !== undefined && isRecord(m.results) && checkYears(ctx.r, m.results, year, base)) anyResultsForYear = true;
    checkQuote(ctx.r, m, base, options);
  });

  if (year !== undefined && municipalities.length > 0 && !anyResultsForYear) {
    ctx.r.add("no-results-for-year", ["survey", "year"], [year]);
  }
}

/** True when a municipality has results for `year`; a warning when it has none for the year before. */
function checkYears(r: FileReporter, results: Record<string, unknown>, year: number, base: readonly PathSegment[]): boolean {
  if (!hasResults(results[String(year)])) return false;
  if (!hasResults(results[String(year - 1)])) {
    r.add("no-previous-year", [...base, "results"], [year - 1], { target: "key" });
  }
  return true;
}

/** A warning for a municipality without a quote (in its data or its editorial file). */
function checkQuote(r: FileReporter, m: Record<string, unknown>, base: readonly PathSegment[], options: ValidateOptions): void {
  const editorial = typeof m.code === "string" ? options.editorial?.get(m.code) : undefined;
  const release = isRecord(m.release) ? m.release : undefined;
  const quotes = editorial?.quotes !== undefined ? editorial.quotes : release?.quotes;
  if (!Array.isArray(quotes) || quotes.length === 0) {
    r.add("no-quote", [...base, "release", "quotes"], [], { target: "key" });
  }
}

/** strong below same in a thresholds pair (data files and Kolada mappings). */
export function checkThresholds(r: FileReporter, thresholds: Record<string, unknown>, base: readonly PathSegment[]): void {
  for (const kind of ["change", "compare"] as const) {
    const pair = thresholds[kind];
    if (!isRecord(pair)) continue;
    const { same, strong } = pair;
    if (typeof same === "number" && typeof strong === "number" && strong < same) {
      r.add("threshold-order", [...base, kind, "strong"], [strong, same]);
    }
  }
}

function hasResults(byIndicator: unknown): boolean {
  return isRecord(byIndicator) && Object.values(byIndicator).some((v) => typeof v === "number");
}


