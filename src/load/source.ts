// Stage 1: load. Reads a YAML or JSON file, keeps the parsed YAML Document
// and a LineCounter so that every later message can point at file:line:col,
// and turns syntax problems into Swedish Messages (errors as data: nothing
// here throws for a problem in the user's file).
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
import { JSON_DETAILS, MAX_NESTING_DEPTH, messageFor, type Where } from "../catalogue.js";
import type { Message, Position } from "../messages.js";
import { scanJson, type JsonError } from "./json-scan.js";
import { yamlNestingOffset } from "./nesting.js";
import { readDataFile, readFileInside } from "./read.js";
import { decodeUtf8 } from "./utf8.js";

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

export interface LoadFileOptions {
  /**
   * Read `file` only if it is a regular file inside this folder (editorial
   * texts): named pipes, devices, directories and links out of the folder are
   * refused without being opened.
   */
  within?: string;
}

/** Reads `file` and parses it by extension (.json → JSON, everything else YAML). Bytes must be UTF-8. */
export async function loadFile(file: string, opts: LoadFileOptions = {}): Promise<Loaded> {
  const fail = (m: Message): Loaded => ({ file, value: undefined, messages: [m], locate: () => undefined });
  const read = opts.within === undefined ? await readDataFile(file) : await readFileInside(file, opts.within);
  if (!read.ok) {
    // ruleId and reason come from the catalogue (read.ts).
    const { ruleId, reason, position } = read;
    return fail({ ruleId, severity: "error", reason, file, ...(position ? { position } : {}) });
  }
  const decoded = decodeUtf8(read.data);
  // The reason (from the catalogue, utf8.ts) says which: UTF-16 or another encoding.
  if (!decoded.ok) return fail({ ...messageFor("not-utf8", { file, position: decoded.position }), reason: decoded.reason });
  return parseSource(decoded.text, file, formatOf(file));
}

export function formatOf(file: string): SourceFormat {
  return path.extname(file).toLowerCase() === ".json" ? "json" : "yaml";
}

/** Parses YAML or JSON text. Pure: no file system access. */
export function parseSource(source: string, file: string, format: SourceFormat): Loaded {
  const src = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const early = preParseError(src, format, (offset) => ({ file, position: offset === undefined ? undefined : positionAt(src, offset) }));
  if (early !== undefined) return { file, value: undefined, messages: [early], locate: () => undefined };
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
  const at = (offset?: number): Where => ({ file, position: offset === undefined ? undefined : pos(offset) });
  const base = { file, locate };

  if (format === "json") {
    // scanJson has passed the text: JSON.parse gives the value.
    const value: unknown = JSON.parse(src);
    // JSON is YAML: the document only provides positions, and reports
    // duplicate keys, which JSON.parse silently accepts (last one wins).
    for (const e of doc.errors) {
      if (e.code === "DUPLICATE_KEY") messages.push(duplicateKey(doc, src, e, pos, at(e.pos[0])));
    }
    return { ...base, value, messages };
  }

  if (isEmptyDocument(doc) && doc.errors.length === 0) {
    messages.push(messageFor("file-empty", at()));
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
      messages.push(duplicateKey(doc, src, e, pos, at(e.pos[0])));
      continue;
    }
    fatal = true;
    const section = sectionOf(sections, pos(e.pos[0]).line);
    if (reportedSections.has(section)) continue;
    reportedSections.add(section);
    messages.push(messageFor("yaml-syntax", at(skipSpaces(src, e.pos[0])), yamlReason(e, src)));
  }
  for (const w of doc.warnings) {
    messages.push(messageFor("yaml-warning", at(w.pos[0]), yamlReason(w, src)));
  }
  if (fatal) return { ...base, value: undefined, messages };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const alias = firstAlias(doc);
    const message = err instanceof Error ? err.message : String(err);
    if (/resource exhaustion/i.test(message)) {
      messages.push(messageFor("alias-bomb", at(alias?.range?.[0]), MAX_ALIAS_COUNT));
    } else if (/Unresolved alias/i.test(message)) {
      const name = /: (.+)$/.exec(message)?.[1] ?? "";
      const bad = unresolvedAlias(doc, name) ?? alias;
      messages.push(messageFor("yaml-syntax/alias", at(bad?.range?.[0]), name));
    } else {
      messages.push(messageFor("yaml-syntax", at(), message));
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

function duplicateKey(doc: Document, src: string, e: YAMLError, pos: (offset: number) => Position, where: Where): Message {
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
  return firstLine === undefined ? messageFor("duplicate-key", where, name) : messageFor("duplicate-key/line", where, name, firstLine);
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

/** Swedish reason for a JSON syntax error found by scanJson. */
export function jsonReason(e: JsonError): string {
  if (e.code === "unexpected") return JSON_DETAILS.unexpected(describeChar(e.char ?? ""));
  return JSON_DETAILS[e.code]();
}

function describeChar(c: string): string {
  if (c === "\n") return "(radbrytning)";
  if (c === "\t") return "(tabb)";
  if (c === "\r") return "(radbrytning)";
  if (c === "'") return "' (använd \" i JSON)";
  return c;
}

/**
 * Problems found before the parser runs: an empty JSON file, a JSON syntax
 * error, nesting deeper than MAX_NESTING_DEPTH (which would exhaust the
 * parser's stack). Linear in the length of the text.
 */
function preParseError(src: string, format: SourceFormat, at: (offset?: number) => Where): Message | undefined {
  const tooDeep = (offset: number): Message => messageFor("too-deep", at(offset), MAX_NESTING_DEPTH);
  if (format === "yaml") {
    const offset = yamlNestingOffset(src, MAX_NESTING_DEPTH);
    return offset === undefined ? undefined : tooDeep(offset);
  }
  if (src.trim() === "") return messageFor("file-empty", at());
  const e = scanJson(src, MAX_NESTING_DEPTH);
  if (e === undefined) return undefined;
  if (e.code === "too-deep") return tooDeep(e.offset);
  return messageFor("json-syntax", at(clamp(e.offset, src)), jsonReason(e));
}

/** 1-based line and column of `offset` (as the yaml package's LineCounter counts). */
function positionAt(src: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = src.indexOf("\n"); i >= 0 && i < offset; i = src.indexOf("\n", i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
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
