// output: one generated release → the files of the chosen formats, in memory.
// Pure except for the PDF, which is printed by a browser session the caller
// owns (one per run). Writing is the caller's job (generate, batch).
import { usageErrorFor } from "../messages.js";
import type { HtmlTemplates } from "./html.js";
import type { PdfMeta } from "./pdf.js";
import type { ReleaseExtras } from "./release-extras.js";
import { renderImageFiles, renderWordFile, renderWebFile, SHARE_IMAGE } from "./publishing.js";
import { escapeMarkdown } from "./escape.js";

export const FORMATS = ["md", "html", "pdf", "json", "docx", "png", "web"] as const;
export type Format = (typeof FORMATS)[number];

/**
 * File name of each format inside a release's folder; for png the share
 * image, which comes with one PNG per chart (`diagram-1.png` …) and its text
 * alternative (`delningsbild.txt`).
 */
export const FILE_NAMES: Record<Format, string> = {
  md: "pressmeddelande.md",
  html: "pressmeddelande.html",
  pdf: "pressmeddelande.pdf",
  json: "pressmeddelande.json",
  docx: "pressmeddelande.docx",
  png: "delningsbild.png",
  web: "webbtext.html",
};

/** "md,json", "all" / "alla" → the formats, in canonical order; a usage error otherwise. */
export function parseFormats(value: string): Format[] {
  const parts = value
    .split(",")
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p !== "");
  const expanded = parts.flatMap((p) => (p === "all" || p === "alla" ? [...FORMATS] : [p]));
  const unknown = expanded.filter((p) => !(FORMATS as readonly string[]).includes(p));
  if (unknown.length > 0 || expanded.length === 0) {
    throw usageErrorFor("usage/format", unknown, FORMATS);
  }
  return FORMATS.filter((f) => expanded.includes(f));
}

/** Prints a finished HTML page to PDF (a BrowserSession behind it). */
export type PdfPrinter = (html: string, meta: PdfMeta) => Promise<Uint8Array>;

export interface OutputFile {
  format: Format;
  /** File name inside the release's folder. */
  name: string;
  data: string | Uint8Array;
}

export interface OutputOptions {
  formats: readonly Format[];
  html: HtmlTemplates;
  /** The data file the release came from; a release's logo is relative to it. */
  dataFile?: string;
  /** Needed when formats include pdf. */
  pdf?: PdfPrinter;
}

/** What any release (a municipality's, the national summary) gives the file renderer. */
export interface ReleaseSources {
  markdown: string;
  json: () => string;
  html: () => Promise<string>;
  pdfMeta: () => PdfMeta;
  /** Charts, share image and section roles: needed for docx, png and web. */
  extras?: () => ReleaseExtras;
}

/**
 * The Markdown file: with the share image and its text alternative at the
 * end when the image is written beside it.
 */
function markdownFile(markdown: string, extras: ReleaseExtras | null, formats: readonly Format[]): string {
  if (extras === null || !formats.includes("png")) return markdown;
  return `${markdown.trimEnd()}\n\n![${escapeMarkdown(extras.share.alt)}](${SHARE_IMAGE})\n`;
}

/**
 * The files of the chosen formats, in canonical order. HTML is rendered once,
 * for html and pdf alike; the formats are rendered at the same time, so that
 * images are drawn in the thread pool while Word lays out its document.
 */
export async function renderFiles(src: ReleaseSources, opts: Pick<OutputOptions, "formats" | "pdf">): Promise<OutputFile[]> {
  const needHtml = opts.formats.includes("html") || opts.formats.includes("pdf");
  const html = needHtml ? await src.html() : "";
  const needExtras = opts.formats.some((f) => f === "docx" || f === "png" || f === "web");
  if (needExtras && !src.extras) throw new Error("renderFiles: docx, png or web requested without extras");
  const extras = needExtras && src.extras ? src.extras() : null;
  const render = async (format: Format): Promise<OutputFile[]> => {
    const name = FILE_NAMES[format];
    if (format === "md") return [{ format, name, data: markdownFile(src.markdown, extras, opts.formats) }];
    if (format === "json") return [{ format, name, data: src.json() }];
    if (format === "html") return [{ format, name, data: html }];
    if (extras !== null && format === "docx") return [await renderWordFile(src.markdown, extras, src.pdfMeta())];
    if (extras !== null && format === "png") return renderImageFiles(extras);
    if (extras !== null && format === "web") return [renderWebFile(src.markdown, extras)];
    if (!opts.pdf) throw new Error("renderOutputs: pdf requested without a printer");
    return [{ format, name, data: await opts.pdf(html, src.pdfMeta()) }];
  };
  return (await Promise.all(opts.formats.map(render))).flat();
}
