// render word: pressmeddelande.docx with the `docx` package, from the
// release's Markdown (marked's lexer, an instance of our own) and its extras:
// Word's own styles (Heading 1 for the headline, Heading 2 per section, Quote
// for quotes), the lead in bold, each chart as a PNG with its text
// alternative and its numbers as a table, the fact box shaded and framed,
// Swedish as the language, and every placeholder ("[CITAT: …]") highlighted
// so a reviewer cannot miss it. Kind-agnostic: any release's Markdown works.
// Same input, same bytes: no time of writing in the core properties, drawing
// ids counted per document, and the zip made reproducible (reproducibleDocx).
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from "docx";
import type { Token, Tokens } from "marked";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { createMarked, safeHref } from "./html.js";
import type { FigureTable } from "./chart.js";
import { escapeHtmlNumeric } from "./escape.js";
import type { PdfMeta } from "./pdf.js";
import type { PlacedFigure, ReleaseExtras } from "./release-extras.js";
import { chartSize, pngFile } from "./png.js";
import { isQuote, PLACEHOLDER, releaseStructure, type ReleaseSection, type ReleaseStructure } from "./structure.js";

const md = createMarked();

const ACCENT = "1F4E79";
const TINT = "EEF3F8";
const RULE = "C8D3DF";

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
}

/** Text as runs, with each placeholder highlighted (yellow, bold). */
function textRuns(text: string, style: RunStyle): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > at) runs.push(new TextRun({ text: text.slice(at, m.index), ...style }));
    runs.push(new TextRun({ text: m[0], ...style, bold: true, highlight: "yellow" }));
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push(new TextRun({ text: text.slice(at), ...style }));
  return runs;
}

/** Inline Markdown tokens as runs: strong, em, links (https:/mailto: only), line breaks. */
function inline(tokens: readonly Token[], style: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  // Neighbouring text and escapes ("\[", "DATUM", "\]") are joined first, so a placeholder is found whole.
  let text = "";
  const flush = (): void => {
    if (text !== "") out.push(...textRuns(text, style));
    text = "";
  };
  for (const t of tokens) {
    const nested = (t as { tokens?: Token[] }).tokens;
    if (t.type === "strong" || t.type === "em" || t.type === "del" || t.type === "br" || t.type === "link") flush();
    if (t.type === "strong") out.push(...inline((t as Tokens.Strong).tokens, { ...style, bold: true }));
    else if (t.type === "em") out.push(...inline((t as Tokens.Em).tokens, { ...style, italics: true }));
    else if (t.type === "del") out.push(...inline((t as Tokens.Del).tokens, style));
    else if (t.type === "br") out.push(new TextRun({ text: "", break: 1 }));
    else if (t.type === "link") {
      const link = t as Tokens.Link;
      const href = safeHref(link.href);
      if (href === null) out.push(...inline(link.tokens, style));
      else out.push(new ExternalHyperlink({ link: href, children: [new TextRun({ text: link.text, ...style, style: "Hyperlink" })] }));
    } else if (t.type !== "escape" && Array.isArray(nested) && nested.length > 0) {
      flush();
      out.push(...inline(nested, style));
    } else text += (t as { text?: string }).text ?? "";
  }
  flush();
  return out;
}

const FACT_BOX: Pick<IParagraphOptions, "shading" | "border" | "indent"> = {
  shading: { type: ShadingType.CLEAR, fill: TINT, color: "auto" },
  border: {
    top: { style: BorderStyle.SINGLE, size: 6, color: RULE, space: 6 },
    bottom: { style: BorderStyle.SINGLE, size: 6, color: RULE, space: 6 },
    left: { style: BorderStyle.SINGLE, size: 24, color: ACCENT, space: 8 },
    right: { style: BorderStyle.SINGLE, size: 6, color: RULE, space: 6 },
  },
  indent: { left: 200, right: 200 },
};

/** Block tokens as Word paragraphs and tables. `extra` adds paragraph options (the fact box). */
function block(t: Token, extra: Partial<IParagraphOptions> = {}): (Paragraph | Table)[] {
  if (t.type === "paragraph") {
    const p = t as Tokens.Paragraph;
    const quote = isQuote(t) ? { style: "Quote" } : {};
    return [new Paragraph({ ...quote, ...extra, children: inline(p.tokens) })];
  }
  if (t.type === "heading") {
    const h = t as Tokens.Heading;
    return [new Paragraph({ heading: h.depth <= 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: inline(h.tokens) })];
  }
  if (t.type === "list") {
    const list = t as Tokens.List;
    return list.items.map((item, n) => {
      const children = item.tokens.flatMap((c) => ("tokens" in c && Array.isArray(c.tokens) ? inline(c.tokens) : textRuns(c.raw, {})));
      return list.ordered
        ? new Paragraph({ ...extra, children: [new TextRun(`${Number(list.start || 1) + n}. `), ...children] })
        : new Paragraph({ ...extra, bullet: { level: 0 }, children });
    });
  }
  if (t.type === "blockquote") return (t as Tokens.Blockquote).tokens.flatMap((c) => block(c, { ...extra, style: "Quote" }));
  if (t.type === "table") {
    const tt = t as Tokens.Table;
    const text = (cells: readonly Tokens.TableCell[]): string[] => cells.map((c) => c.text);
    return [wordTable({ caption: "", head: text(tt.header), rows: tt.rows.map(text) })];
  }
  if (t.type === "hr") return [];
  const text = (t as { text?: string }).text ?? t.raw;
  return [new Paragraph({ ...extra, children: textRuns(text, {}) })];
}

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: textRuns(text, header ? { bold: true } : {}) })],
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: TINT, color: "auto" } } : {}),
  });
}

/** A table of numbers, the first row as header row (repeated on a new page). */
function wordTable(t: FigureTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: t.head.map((h) => cell(h, true)) }),
      ...t.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i === 0)) })),
    ],
  });
}

/**
 * Each placed chart's drawing id, unique in the document and counted per
 * document (1, 2, …), and the stand-in the docx package is given for its PNG
 * (see standInPng).
 */
interface FigureImages {
  ids: ReadonlyMap<string, number>;
  standIns: ReadonlyMap<string, Uint8Array>;
}

/**
 * A 1×1 PNG that stands in for a chart's PNG while the docx package writes
 * the file: it compresses every part with DEFLATE in JavaScript, PNGs too,
 * which are compressed already (about half of its time on a release). The
 * stand-ins are swapped for the real PNGs, stored as they are, when the zip
 * is rewritten (reproducibleDocx). Unique per chart, as the package names
 * media by their content.
 */
function standInPng(name: string): Uint8Array {
  return pngFile(1, 1, deflateRawSync(Buffer.from([0, 255, 255, 255, 255])), { "kommunpress-stand-in": name });
}

function figureBlocks(section: ReleaseSection, { ids, standIns }: FigureImages): (Paragraph | Table)[] {
  const f = section.figure;
  if (f === null) return [];
  const out: (Paragraph | Table)[] = [new Paragraph({ style: "Caption", keepNext: true, children: textRuns(f.caption, {}) })];
  const standIn = standIns.get(f.name);
  if (standIn) {
    // The chart's own size: its PNG has more pixels, for a sharp print.
    const { width, height } = chartSize(f.svg);
    out.push(
      new Paragraph({
        keepNext: true,
        children: [
          new ImageRun({
            type: "png",
            data: standIn,
            transformation: { width: Math.round(width), height: Math.round(height) },
            // Without an id the docx package counts drawings across every document of the process.
            altText: { id: String(ids.get(f.name) ?? 0), name: f.name, title: f.caption, description: f.description },
          }),
        ],
      }),
    );
  }
  for (const t of f.tables) {
    out.push(new Paragraph({ style: "Caption", keepNext: true, children: textRuns(t.caption, {}) }), wordTable(t), new Paragraph({}));
  }
  return out;
}

function sectionBlocks(section: ReleaseSection, images: FigureImages): (Paragraph | Table)[] {
  const extra = section.role === "facts" ? FACT_BOX : {};
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: inline(section.heading.tokens) }),
    ...section.before.flatMap((t) => block(t, extra)),
    ...figureBlocks(section, images),
    ...section.after.flatMap((t) => block(t, extra)),
  ];
}

function body(s: ReleaseStructure, figures: FigureImages): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = s.pre.flatMap((t) => (t.type === "paragraph" ? [new Paragraph({ style: "Datumrad", children: inline((t as Tokens.Paragraph).tokens) })] : block(t)));
  if (s.headline) out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: inline(s.headline.tokens) }));
  s.lead.forEach((t, i) => {
    if (i === 0 && t.type === "paragraph") out.push(new Paragraph({ style: "Ingress", children: inline((t as Tokens.Paragraph).tokens, { bold: true }) }));
    else out.push(...block(t));
  });
  for (const section of s.sections) out.push(...sectionBlocks(section, figures));
  return out;
}

export interface DocxInput {
  markdown: string;
  extras: ReleaseExtras;
  /** Title, author (the sender), subject, keywords. */
  meta: PdfMeta;
  /**
   * The PNGs of the charts the document places, by figure name. Asked for
   * before the document is laid out, so that they are drawn meanwhile.
   */
  images: (figures: readonly PlacedFigure[]) => Promise<ReadonlyMap<string, Uint8Array>>;
}

/** The release as a Word document. */
export async function renderDocx(input: DocxInput): Promise<Uint8Array> {
  const { meta, extras } = input;
  const s = releaseStructure(md, input.markdown, extras);
  const placed = s.sections.flatMap((section) => (section.figure ? [section.figure] : []));
  const drawing = input.images(placed);
  // Awaited below, after the layout; this only keeps a failure meanwhile from counting as unhandled.
  drawing.catch(() => undefined);
  const standIns = new Map(placed.map((f) => [f.name, standInPng(f.name)]));
  const figures: FigureImages = { ids: new Map(extras.figures.map((f, i) => [f.name, i + 1])), standIns };
  const doc = new Document({
    title: meta.title,
    creator: meta.author,
    lastModifiedBy: meta.author,
    ...(meta.subject ? { subject: meta.subject } : {}),
    keywords: (meta.keywords ?? []).join(", "),
    styles: docxStyles(extras.language),
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1417, bottom: 1417, left: 1417, right: 1417 } } },
        children: body(s, figures),
      },
    ],
  });
  const zip = new Uint8Array(await Packer.toBuffer(doc, false, [{ path: "docProps/core.xml", data: coreXml(meta, extras.language) }]));
  const images = await drawing;
  const media = new Map([...standIns].flatMap(([name, standIn]) => {
    const png = images.get(name);
    return png ? [[Buffer.from(standIn).toString("latin1"), png] as const] : [];
  }));
  return reproducibleDocx(zip, media);
}

/** 1980-01-01 00:00:00, the earliest time a zip file can give, in MS-DOS form. */
const ZIP_EPOCH = { date: (0 << 9) | (1 << 5) | 1, time: 0 };

/** A zip entry as stored: its name, and its data compressed as the zip file has it. */
interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

function zipError(why: string): Error {
  return new Error(`Word-filens zip: ${why}`);
}

/** The entries of a plain zip file (no ZIP64, no encryption), in the central directory's order. */
function readZip(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // End of central directory: 22 bytes, then a comment of at most 65535 bytes.
  let end = -1;
  for (let at = zip.byteLength - 22; at >= Math.max(0, zip.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw zipError("slutposten saknas");
  const count = view.getUint16(end + 10, true);
  const entries: ZipEntry[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.byteLength || view.getUint32(at, true) !== 0x02014b50) throw zipError(`post ${i + 1} saknas i katalogen`);
    const nameLength = view.getUint16(at + 28, true);
    const compressed = view.getUint32(at + 20, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > zip.byteLength || view.getUint32(local, true) !== 0x04034b50) throw zipError(`post ${i + 1} saknar lokalt huvud`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > zip.byteLength) throw zipError(`post ${i + 1} är avkortad`);
    entries.push({
      name: Buffer.from(zip.subarray(at + 46, at + 46 + nameLength)).toString("utf8"),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      data: zip.subarray(start, start + compressed),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** A zip file of the entries, each dated ZIP_EPOCH: the same entries give the same bytes. */
function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const head = (signature: number, length: number, at: number): Buffer => {
      const b = Buffer.alloc(length + name.length);
      b.writeUInt32LE(signature, 0);
      b.writeUInt16LE(20, at); // version needed: 2.0
      b.writeUInt16LE(0x0800, at + 2); // flags: the name is UTF-8
      b.writeUInt16LE(e.method, at + 4);
      b.writeUInt16LE(ZIP_EPOCH.time, at + 6);
      b.writeUInt16LE(ZIP_EPOCH.date, at + 8);
      b.writeUInt32LE(e.crc, at + 10);
      b.writeUInt32LE(e.data.byteLength, at + 14);
      b.writeUInt32LE(e.size, at + 18);
      b.writeUInt16LE(name.length, at + 22);
      name.copy(b, length);
      return b;
    };
    const local = head(0x04034b50, 30, 4);
    const entry = head(0x02014b50, 46, 6);
    entry.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    entry.writeUInt32LE(offset, 42);
    locals.push(local, Buffer.from(e.data.buffer, e.data.byteOffset, e.data.byteLength));
    central.push(entry);
    offset += local.length + e.data.byteLength;
  }
  const size = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, ...central, end]));
}

function entryBytes(e: ZipEntry): Buffer {
  if (e.method === 0) return Buffer.from(e.data);
  if (e.method === 8) return inflateRawSync(e.data);
  throw zipError(`${e.name} är packad med metod ${e.method}`);
}

const entryText = (e: ZipEntry): string => entryBytes(e).toString("utf8");

function textEntry(name: string, text: string): ZipEntry {
  const raw = Buffer.from(text, "utf8");
  return { name, method: 8, crc: crc32(raw), size: raw.length, data: deflateRawSync(raw) };
}

/** The random relationship ids the docx package gives links ("rId" and 21 of nanoid's characters). */
const RANDOM_ID = /\bId="(rId[0-9a-z_-]{21})"/g;

/**
 * The Word file made reproducible, with its images in place: the docx
 * package dates every zip entry with the time of writing and gives each
 * link's relationship a random id. The ids are renumbered in the order the
 * relationships come (rIdLink1, …), in the relationships and in the
 * document, and every entry is dated 1980-01-01. Each media file that is a
 * key of `media` (its bytes as latin1) is replaced by the value, stored
 * uncompressed; every key must be found. The other entries keep their
 * compressed bytes.
 */
export function reproducibleDocx(docx: Uint8Array, media: ReadonlyMap<string, Uint8Array> = new Map()): Uint8Array {
  const entries = readZip(docx);
  let swapped = 0;
  entries.forEach((e, i) => {
    // Stand-ins are tiny; a real image is never inflated to be compared.
    if (media.size === 0 || !e.name.startsWith("word/media/") || e.size > 1024) return;
    const real = media.get(entryBytes(e).toString("latin1"));
    if (real === undefined) return;
    entries[i] = { name: e.name, method: 0, crc: crc32(real), size: real.byteLength, data: real };
    swapped++;
  });
  if (swapped !== media.size) throw zipError(`${media.size - swapped} av ${media.size} bilder kom inte med`);
  const relsAt = entries.findIndex((e) => e.name === "word/_rels/document.xml.rels");
  const docAt = entries.findIndex((e) => e.name === "word/document.xml");
  const rels = entries[relsAt];
  const doc = entries[docAt];
  if (rels && doc) {
    const relsXml = entryText(rels);
    const ids = new Map([...relsXml.matchAll(RANDOM_ID)].map((m, i) => [m[1] ?? "", `rIdLink${i + 1}`]));
    if (ids.size > 0) {
      const pattern = new RegExp(`"(${[...ids.keys()].join("|")})"`, "g");
      const renumber = (xml: string): string => xml.replace(pattern, (_, id: string) => `"${ids.get(id) ?? id}"`);
      entries[relsAt] = textEntry(rels.name, renumber(relsXml));
      entries[docAt] = textEntry(doc.name, renumber(entryText(doc)));
    }
  }
  return writeZip(entries);
}

/** Core properties with the language, and without the time of writing (same input, same text). */
function coreXml(meta: PdfMeta, language: string): string {
  const el = (name: string, value: string): string => `<${name}>${escapeHtmlNumeric(value)}</${name}>`;
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`,
    el("dc:title", meta.title),
    el("dc:subject", meta.subject ?? ""),
    el("dc:creator", meta.author),
    el("cp:keywords", (meta.keywords ?? []).join(", ")),
    el("cp:lastModifiedBy", meta.author),
    el("dc:language", language),
    `</cp:coreProperties>`,
  ].join("");
}

function docxStyles(language: string): NonNullable<ConstructorParameters<typeof Document>[0]["styles"]> {
  const lang = { value: language };
  return {
    default: {
      document: { run: { size: 22, language: lang }, paragraph: { spacing: { after: 160, line: 276 } } },
      heading1: { run: { size: 40, bold: true, color: ACCENT, language: lang }, paragraph: { spacing: { before: 240, after: 240 }, keepNext: true } },
      heading2: { run: { size: 28, bold: true, color: ACCENT, language: lang }, paragraph: { spacing: { before: 280, after: 120 }, keepNext: true } },
    },
    paragraphStyles: [
      { id: "Datumrad", name: "Datumrad", basedOn: "Normal", run: { color: "4A4A4A" } },
      { id: "Ingress", name: "Ingress", basedOn: "Normal", next: "Normal", run: { bold: true, size: 24 }, paragraph: { spacing: { after: 240 } } },
      {
        id: "Quote",
        name: "Quote",
        basedOn: "Normal",
        next: "Normal",
        run: { italics: true },
        paragraph: { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: ACCENT, space: 8 } } },
      },
      { id: "Caption", name: "caption", basedOn: "Normal", next: "Normal", run: { bold: true, size: 20 }, paragraph: { spacing: { before: 120, after: 80 }, alignment: AlignmentType.LEFT } },
    ],
  };
}
