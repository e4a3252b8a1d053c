// render word: pressmeddelande.docx with the `docx` package, from the
// release's Markdown (marked's lexer, an instance of our own) and its extras:
// Word's own styles (Heading 1 for the headline, Heading 2 per section, Quote
// for quotes), the lead in bold, each chart as a PNG with its text
// alternative and its numbers as a table, the fact box shaded and framed,
// Swedish as the language, and every placeholder ("[CITAT: …]") highlighted
// so a reviewer cannot miss it. Kind-agnostic: any release's Markdown works.
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
import { createMarked, safeHref } from "./html.js";
import type { FigureTable } from "./chart.js";
import { escapeHtmlNumeric } from "./escape.js";
import type { PdfMeta } from "./pdf.js";
import type { ReleaseExtras } from "./release-extras.js";
import { isQuote, PLACEHOLDER, releaseStructure, type ReleaseSection } from "./structure.js";

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

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function figureBlocks(section: ReleaseSection, images: ReadonlyMap<string, Uint8Array>): (Paragraph | Table)[] {
  const f = section.figure;
  if (f === null) return [];
  const out: (Paragraph | Table)[] = [new Paragraph({ style: "Caption", keepNext: true, children: textRuns(f.caption, {}) })];
  const png = images.get(f.name);
  if (png) {
    // The PNG is drawn at twice the chart's size: half of it is its size in the document.
    const { width, height } = pngSize(png);
    out.push(
      new Paragraph({
        keepNext: true,
        children: [
          new ImageRun({
            type: "png",
            data: png,
            transformation: { width: Math.round(width / 2), height: Math.round(height / 2) },
            altText: { name: f.name, title: f.caption, description: f.description },
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

function sectionBlocks(section: ReleaseSection, images: ReadonlyMap<string, Uint8Array>): (Paragraph | Table)[] {
  const extra = section.role === "facts" ? FACT_BOX : {};
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: inline(section.heading.tokens) }),
    ...section.before.flatMap((t) => block(t, extra)),
    ...figureBlocks(section, images),
    ...section.after.flatMap((t) => block(t, extra)),
  ];
}

function body(markdown: string, extras: ReleaseExtras, images: ReadonlyMap<string, Uint8Array>): (Paragraph | Table)[] {
  const s = releaseStructure(md, markdown, extras);
  const out: (Paragraph | Table)[] = s.pre.flatMap((t) => (t.type === "paragraph" ? [new Paragraph({ style: "Datumrad", children: inline((t as Tokens.Paragraph).tokens) })] : block(t)));
  if (s.headline) out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: inline(s.headline.tokens) }));
  s.lead.forEach((t, i) => {
    if (i === 0 && t.type === "paragraph") out.push(new Paragraph({ style: "Ingress", children: inline((t as Tokens.Paragraph).tokens, { bold: true }) }));
    else out.push(...block(t));
  });
  for (const section of s.sections) out.push(...sectionBlocks(section, images));
  return out;
}

export interface DocxInput {
  markdown: string;
  extras: ReleaseExtras;
  /** Title, author (the sender), subject, keywords. */
  meta: PdfMeta;
  /** Chart PNGs by figure name ("diagram-1"). */
  images: ReadonlyMap<string, Uint8Array>;
}

/** The release as a Word document. */
export async function renderDocx(input: DocxInput): Promise<Uint8Array> {
  const { meta, extras } = input;
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
        children: body(input.markdown, extras, input.images),
      },
    ],
  });
  const core = coreXml(meta, extras.language);
  return new Uint8Array(await Packer.toBuffer(doc, false, [{ path: "docProps/core.xml", data: core }]));
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
