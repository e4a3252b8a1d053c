// Stage 1: load. Reads a YAML or JSON file, keeps the parsed YAML Document
// and a LineCounter so that every later message can point at file:line:col,
// and turns syntax problems into Swedish Messages (errors as data: nothing
// here throws for a problem in the user's file).
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type ParsedNode,
  type Pair,
  type YAMLError,
} from "yaml";
import type { Message, Position } from "../messages.js";

export type SourceFormat = "yaml" | "json";
export type PathSegment = string | number;

export interface Loaded {
  /** The file as the user named it (used in every message). */
  file: string;
  /** The parsed data; `undefined` when the file is missing, empty or has fatal syntax errors. */
  value: unknown;
  /** Problems found while reading and parsing (syntax, duplicate keys, alias bombs, empty file). */
  messages: Message[];
  /**
   * The 1-based position of the node at `path` ("value": the value, "key": the
   * key of the map entry, for list items the item itself). When the path runs
   * past what exists, the deepest existing node's position (its key if it has
   * one), which is where a missing field belongs.
   */
  locate(path: readonly PathSegment[], target?: "key" | "value"): Position | undefined;
}

/** More alias expansions than this and the file is rejected (billion laughs). */
export const MAX_ALIAS_COUNT = 100;

/** Reads `file` and parses it by extension (.json → JSON, everything else YAML). */
export async function loadFile(file: string): Promise<Loaded> {
  const format = formatOf(file);
  const fail = (ruleId: string, reason: string): Loaded => ({
    file,
    value: undefined,
    messages: [{ ruleId, severity: "error", reason, file }],
    locate: () => undefined,
  });
  try {
    const info = await stat(file);
    if (info.isDirectory()) return fail("file-is-directory", "är en mapp, inte en fil");
  } catch (err) {
    if (errorCode(err) === "ENOENT" || errorCode(err) === "ENOTDIR") return fail("file-missing", "filen finns inte");
    return fail("file-unreadable", unreadableReason(err));
  }
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (err) {
    if (errorCode(err) === "EISDIR") return fail("file-is-directory", "är en mapp, inte en fil");
    return fail("file-unreadable", unreadableReason(err));
  }
  return parseSource(source, file, format);
}

export function formatOf(file: string): SourceFormat {
  return path.extname(file).toLowerCase() === ".json" ? "json" : "yaml";
}

/** Parses YAML or JSON text. Pure: no file system access. */
export function parseSource(source: string, file: string, format: SourceFormat): Loaded {
  const src = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const lineCounter = new LineCounter();
  const doc = parseDocument(src, {
    lineCounter,
    prettyErrors: false,
    // `2019:` (a number) and `"2019":` (a string) are the same key once loaded.
    uniqueKeys: (a, b) => a === b || (isScalar(a) && isScalar(b) && String(a.value) === String(b.value)),
  });
  const pos = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const locate = (p: readonly PathSegment[], target: "key" | "value" = "value"): Position | undefined => {
    const offset = locateOffset(doc, p, target);
    return offset === undefined ? undefined : pos(offset);
  };
  const messages: Message[] = [];
  const error = (ruleId: string, reason: string, offset?: number): void => {
    const m: Message = { ruleId, severity: "error", reason, file };
    if (offset !== undefined) m.position = pos(offset);
    messages.push(m);
  };
  const base = { file, locate };

  if (format === "json") {
    if (src.trim() === "") {
      error("file-empty", "filen är tom");
      return { ...base, value: undefined, messages };
    }
    let value: unknown;
    try {
      value = JSON.parse(src);
    } catch (err) {
      const syntax = jsonSyntaxError(src, err instanceof Error ? err.message : String(err));
      error("json-syntax", `ogiltig JSON: ${syntax.reason}`, syntax.offset);
      return { ...base, value: undefined, messages };
    }
    // JSON is YAML: the document only provides positions, and reports
    // duplicate keys, which JSON.parse silently accepts (last one wins).
    for (const e of doc.errors) {
      if (e.code === "DUPLICATE_KEY") error("duplicate-key", duplicateKeyReason(doc, src, e, pos), e.pos[0]);
    }
    return { ...base, value, messages };
  }

  if (isEmptyDocument(doc) && doc.errors.length === 0) {
    error("file-empty", "filen är tom");
    return { ...base, value: undefined, messages };
  }
  let fatal = false;
  // One syntax error usually sets off others after it in the same block (a
  // wrong indent confuses the parser until the next key or list item at the
  // outer levels), and those mislead: report the first syntax error of each
  // section (a line indented by at most two spaces starts a section: a
  // top-level key, a municipality in the list, a survey field).
  const sections = topLevelLines(src);
  const reportedSections = new Set<number>();
  for (const e of doc.errors) {
    if (e.code === "DUPLICATE_KEY") {
      error("duplicate-key", duplicateKeyReason(doc, src, e, pos), e.pos[0]);
      continue;
    }
    fatal = true;
    const section = sectionOf(sections, pos(e.pos[0]).line);
    if (reportedSections.has(section)) continue;
    reportedSections.add(section);
    error("yaml-syntax", `ogiltig YAML: ${yamlReason(e, src)}`, skipSpaces(src, e.pos[0]));
  }
  for (const w of doc.warnings) {
    messages.push({ ruleId: "yaml-warning", severity: "warning", reason: `YAML: ${yamlReason(w, src)}`, file, position: pos(w.pos[0]) });
  }
  if (fatal) return { ...base, value: undefined, messages };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const alias = firstAlias(doc);
    const message = err instanceof Error ? err.message : String(err);
    if (/resource exhaustion/i.test(message)) {
      error(
        "alias-bomb",
        `för många alias (fler än ${MAX_ALIAS_COUNT} uppslag via *namn), filen avvisas`,
        alias?.range?.[0],
      );
    } else if (/Unresolved alias/i.test(message)) {
      const name = /: (.+)$/.exec(message)?.[1] ?? "";
      const bad = unresolvedAlias(doc, name) ?? alias;
      error("yaml-syntax", `ogiltig YAML: aliaset *${name} pekar inte på något ankare; &${name} måste stå före`, bad?.range?.[0]);
    } else {
      error("yaml-syntax", `ogiltig YAML: ${message}`);
    }
    return { ...base, value: undefined, messages };
  }
  return { ...base, value, messages };
}

// ---------------------------------------------------------------------------
// Positions

type NodeLike = { range?: readonly [number, number, number] | null | undefined };

function locateOffset(doc: Document, p: readonly PathSegment[], target: "key" | "value"): number | undefined {
  let node: unknown = doc.contents;
  let keyNode: NodeLike | undefined;
  let lastGood: number | undefined = startOf(node);
  for (const seg of p) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown;
    let nextKey: NodeLike | undefined;
    let found = false;
    if (isMap(node)) {
      const pair = (node.items as Pair<unknown, unknown>[]).find((it) => keyString(it.key) === String(seg));
      if (pair) {
        found = true;
        next = pair.value;
        nextKey = isNodeLike(pair.key) ? pair.key : undefined;
      }
    } else if (isSeq(node)) {
      const index = typeof seg === "number" ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
      if (index >= 0 && index < node.items.length) {
        found = true;
        next = node.items[index];
        nextKey = undefined;
      }
    }
    if (!found) return lastGood;
    node = next;
    keyNode = nextKey;
    // The deepest existing node, preferring its key (where a missing field belongs).
    lastGood = startOf(keyNode) ?? startOf(node) ?? lastGood;
  }
  if (target === "key" || isEmptyScalar(node)) return startOf(keyNode) ?? startOf(node) ?? lastGood;
  return startOf(node) ?? startOf(keyNode) ?? lastGood;
}

/** `name:` with nothing after it: the key is the place to point at. */
function isEmptyScalar(x: unknown): boolean {
  return isScalar(x) && x.value === null && (x.source === "" || x.source === undefined);
}

function isNodeLike(x: unknown): x is NodeLike {
  return typeof x === "object" && x !== null && "range" in x;
}

function startOf(x: unknown): number | undefined {
  if (!isNodeLike(x) || !x.range) return undefined;
  return x.range[0];
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (typeof key === "string" || typeof key === "number") return String(key);
  return undefined;
}

/** Line numbers (1-based) of the lines that start a section (indent ≤ 2, not a comment or blank). */
function topLevelLines(src: string): number[] {
  const lines: number[] = [];
  src.split("\n").forEach((text, i) => {
    if (/^ {0,2}[^\s#]/.test(text)) lines.push(i + 1);
  });
  return lines;
}

/** The section start a line belongs to (0 before the first). */
function sectionOf(sections: readonly number[], line: number): number {
  let found = 0;
  for (const s of sections) {
    if (s > line) break;
    found = s;
  }
  return found;
}

function isEmptyDocument(doc: Document): boolean {
  const c = doc.contents;
  return c === null || (isScalar(c) && c.value === null && (c.source === "" || c.source === undefined));
}

function firstAlias(doc: Document): NodeLike | undefined {
  let found: NodeLike | undefined;
  visit(doc, {
    Alias(_, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function unresolvedAlias(doc: Document, name: string): NodeLike | undefined {
  let found: NodeLike | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.source === name && node.resolve(doc) === undefined) {
        found = node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function duplicateKeyReason(doc: Document, src: string, e: YAMLError, pos: (offset: number) => Position): string {
  let name = src.slice(e.pos[0], e.pos[1]).trim();
  let firstLine: number | undefined;
  visit(doc, {
    Map(_, map) {
      const items = map.items as Pair<ParsedNode | null, unknown>[];
      const dup = items.find((it) => startOf(it.key) === e.pos[0]);
      if (!dup) return undefined;
      name = keyString(dup.key) ?? name;
      const first = items.find((it) => keyString(it.key) === name);
      const offset = startOf(first?.key);
      if (offset !== undefined && offset !== e.pos[0]) firstLine = pos(offset).line;
      return visit.BREAK;
    },
  });
  return firstLine === undefined
    ? `fältet "${name}" förekommer två gånger`
    : `fältet "${name}" förekommer redan på rad ${firstLine}`;
}

// ---------------------------------------------------------------------------
// Syntax errors in Swedish

/** Swedish reason for a yaml parse error or warning; the code decides, the English message refines. */
export function yamlReason(e: Pick<YAMLError, "code" | "message" | "pos">, src = ""): string {
  const msg = e.message;
  const token = src.slice(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)).split("\n")[0]?.trim().slice(0, 20) ?? "";
  switch (e.code) {
    case "DUPLICATE_KEY":
      return "fältet förekommer två gånger";
    case "BAD_INDENT":
      if (/Flow sequence/.test(msg)) return "listan inom [ ] avslutas inte med ] (eller har för lite indrag)";
      if (/Flow map/.test(msg)) return "gruppen inom { } avslutas inte med } (eller har för lite indrag)";
      if (/sequence items/.test(msg)) return "fel indrag: listans rader ska börja i samma kolumn";
      if (/mapping items/.test(msg)) return "fel indrag: raden ska börja i samma kolumn som fälten bredvid";
      return "fel indrag";
    case "MISSING_CHAR":
      if (/Implicit map keys need to be followed/.test(msg)) return 'kolon saknas: skriv "namn: värde"';
      if (/closing "quote/.test(msg)) return 'citattecknet stängs aldrig (" saknas)';
      if (/closing 'quote/.test(msg)) return "apostrofen stängs aldrig (' saknas)";
      if (/Missing , or :/.test(msg)) return "kommatecken eller kolon saknas";
      if (/Missing , between/.test(msg)) return "kommatecken saknas mellan elementen";
      if (/space after :/.test(msg)) return "mellanslag saknas efter kolon";
      if (/Comments must be separated/.test(msg)) return "mellanslag saknas före kommentaren (#)";
      if (/Tags and anchors/.test(msg)) return "mellanslag saknas efter & eller !";
      if (/without - indicator/.test(msg)) return 'fel indrag (eller saknas "- " före ett nytt listelement)';
      return "ett tecken saknas";
    case "BLOCK_AS_IMPLICIT_KEY":
      return 'två kolon på samma rad; sätt värdet inom citattecken om det innehåller ": "';
    case "MULTILINE_IMPLICIT_KEY":
      return "kolon saknas (eller så går en nyckel över flera rader)";
    case "UNEXPECTED_TOKEN":
      return token === "" ? "oväntat tecken" : `oväntat "${token}"`;
    case "TAB_AS_INDENT":
      return "tabb används som indrag; använd mellanslag";
    case "BAD_DQ_ESCAPE":
      return "ogiltigt \\-tecken i text inom \"…\"; skriv \\\\ eller använd '…'";
    case "BLOCK_IN_FLOW":
      return "indragna fält eller listor får inte stå inom { } eller [ ] (saknas ett kommatecken?)";
    case "MULTIPLE_DOCS":
      return "filen innehåller flera YAML-dokument (---); bara ett är tillåtet";
    case "KEY_OVER_1024_CHARS":
      return "nyckeln är längre än 1024 tecken";
    case "BAD_SCALAR_START":
      return `ett värde får inte börja med ${token.slice(0, 1) || "det här tecknet"}; sätt det inom citattecken`;
    case "TAG_RESOLVE_FAILED":
      return `okänd tagg${token.startsWith("!") ? ` ${token.split(/\s/)[0] ?? ""}` : ""}; värdet läses som text`;
    case "ALIAS_PROPS":
      return "ett alias (*namn) får inte ha ankare eller tagg";
    case "BAD_ALIAS":
      return "ogiltigt ankare eller alias";
    case "MULTIPLE_ANCHORS":
      return "flera ankare (&) på samma värde";
    case "MULTIPLE_TAGS":
      return "flera taggar (!) på samma värde";
    case "BAD_PROP_ORDER":
      return "ankare (&) och tagg (!) ska stå före värdet";
    case "BAD_DIRECTIVE":
      return "ogiltigt direktiv (%)";
    case "NON_STRING_KEY":
      return "nyckeln ska vara text";
    case "RESOURCE_EXHAUSTION":
      return "filen är för djupt nästlad, filen avvisas";
    case "BAD_COLLECTION_TYPE":
      return "fel typ av samling för taggen";
    default:
      return `fel i YAML-syntaxen (${e.code})`;
  }
}

/** Offset and Swedish reason for a JSON.parse error, from V8's message (Node 20). */
export function jsonSyntaxError(src: string, message: string): { offset: number; reason: string } {
  return { offset: jsonErrorOffset(src, message), reason: jsonReason(message) };
}

function jsonReason(message: string): string {
  const rules: [RegExp, (...g: string[]) => string][] = [
    [/^Unexpected end of JSON input/, () => "filen tar slut för tidigt (saknas } eller ]?)"],
    [/^Expected double-quoted property name/, () => "väntade ett fältnamn inom \"…\" (kommatecken för mycket?)"],
    [/^Expected property name or '}'/, () => "väntade ett fältnamn inom \"…\" eller }"],
    [/^Expected ':' after property name/, () => "kolon saknas efter fältnamnet"],
    [/^Expected ',' or '}' after property value/, () => "kommatecken eller } saknas efter värdet"],
    [/^Expected ',' or ']' after array element/, () => "kommatecken eller ] saknas efter elementet"],
    [/^Unexpected non-whitespace character after JSON/, () => "text efter JSON-dokumentets slut"],
    [/^Bad control character in string literal/, () => "otillåtet tecken (t.ex. radbrytning eller tabb) i text; skriv \\n eller \\t"],
    [/^Bad escaped character/, () => "ogiltigt \\-tecken i text; skriv \\\\ för ett bakstreck"],
    [/^Bad Unicode escape/, () => "ogiltig \\u-kod i text"],
    [/^Unterminated string/, () => "texten avslutas inte (\" saknas)"],
    [/^(No number after minus sign|Exponent part is missing a number|Unterminated fractional number)/, () => "ogiltigt tal"],
    [/^Unexpected token '([\s\S])'/, (t) => `oväntat tecken ${describeChar(t)}`],
    [/^Unexpected token/, () => "oväntat tecken"],
  ];
  for (const [re, fn] of rules) {
    const hit = re.exec(message);
    if (hit) return fn(...hit.slice(1).map((g) => g ?? ""));
  }
  return message;
}

function describeChar(c: string): string {
  if (c === "\n") return "(radbrytning)";
  if (c === "\t") return "(tabb)";
  if (c === "'") return "' (använd \" i JSON)";
  return c;
}

function jsonErrorOffset(src: string, message: string): number {
  const atPos = /at position (\d+)/.exec(message);
  if (atPos?.[1] !== undefined) return clamp(Number(atPos[1]), src);
  const lineCol = /\(line (\d+) column (\d+)\)/.exec(message);
  if (lineCol?.[1] !== undefined && lineCol[2] !== undefined) {
    const line = Number(lineCol[1]);
    const col = Number(lineCol[2]);
    let offset = 0;
    for (let l = 1; l < line; l += 1) {
      const nl = src.indexOf("\n", offset);
      if (nl < 0) break;
      offset = nl + 1;
    }
    return clamp(offset + col - 1, src);
  }
  if (/^Unexpected end of JSON input/.test(message)) return src.trimEnd().length;
  // `Unexpected token 'x', <context> is not valid JSON`: V8 quotes the whole
  // text when it is short, else 10 characters either side of the token, with
  // "..." where it cut.
  const ctx = /^Unexpected token '[\s\S]', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
  if (ctx) {
    const [, before, excerpt = "", after] = ctx;
    const CONTEXT = 10;
    if (before && !after) return clamp(src.length - excerpt.length + CONTEXT, src);
    if (!before && after) return clamp(excerpt.length - CONTEXT, src);
    if (before && after) {
      const start = src.indexOf(excerpt);
      if (start >= 0) return clamp(start + CONTEXT, src);
    }
    return clamp(firstBadOffset(src), src);
  }
  return 0;
}

/**
 * For short texts V8 quotes the whole text and gives no position: find the
 * shortest prefix that already fails for a reason other than ending early.
 */
function firstBadOffset(src: string): number {
  if (src.length > 1000) return 0;
  for (let k = 1; k <= src.length; k += 1) {
    try {
      JSON.parse(src.slice(0, k));
    } catch (err) {
      const message = err instanceof Error ? err.message : "";
      if (/^Unexpected end of JSON input/.test(message)) continue;
      const at = /at position (\d+)/.exec(message)?.[1];
      if (at !== undefined) {
        if (Number(at) < k) return Number(at);
        continue;
      }
      if (/^Unexpected token/.test(message)) return k - 1;
    }
  }
  return 0;
}

/** Bad-indent errors point at the start of the line; the text starts after the spaces. */
function skipSpaces(src: string, offset: number): number {
  let i = offset;
  while (src[i] === " ") i += 1;
  return src[i] === "\n" || i >= src.length ? offset : i;
}

function clamp(offset: number, src: string): number {
  return Math.max(0, Math.min(offset, src.length));
}

// ---------------------------------------------------------------------------

function errorCode(err: unknown): string | undefined {
  if (typeof err === "object" && err !== null && "code" in err && typeof err.code === "string") return err.code;
  return undefined;
}

function unreadableReason(err: unknown): string {
  const code = errorCode(err);
  if (code === "EACCES" || code === "EPERM") return "filen kan inte läsas (behörighet saknas)";
  return `filen kan inte läsas${code ? ` (${code})` : ""}`;
}
