// render pdf: a finished standalone HTML page → A4 tagged PDF with the
// document's metadata set. Chromium prints; @cantoo/pdf-lib then writes what
// Chromium leaves out (author, subject, keywords, language) and drops the
// time stamps so the same input gives the same bytes.
import { PDFDict, PDFDocument, PDFName } from "@cantoo/pdf-lib";
import type { PDFOptions } from "puppeteer";
import { messageFor } from "../catalogue.js";
import { KommunpressError } from "../messages.js";
import type { BrowserSession } from "./browser.js";

export interface PdfMeta {
  title: string;
  author: string;
  /** BCP 47 language tag of the document, e.g. "sv". */
  lang: string;
  subject?: string;
  keywords?: string[];
  /**
   * CreationDate and ModDate. Without it both are left out, so that a re-run
   * gives byte-identical output.
   */
  date?: Date;
}

export interface RenderPdfOptions {
  /** Budget for the whole render: load, fonts and printing (default 30 s). */
  timeoutMs?: number;
  /** Page margins (default 20 mm, 22 mm at the bottom for the page footer). */
  margin?: PDFOptions["margin"];
}

export const DEFAULT_PDF_TIMEOUT_MS = 30_000;

const DEFAULT_MARGIN: NonNullable<PDFOptions["margin"]> = { top: "20mm", right: "20mm", bottom: "22mm", left: "20mm" };

/** Swedish page footer: "Sida 1 av 2", centred, small. */
export const FOOTER_TEMPLATE =
  '<div style="width:100%;font-size:8pt;font-family:sans-serif;color:#444;text-align:center;">' +
  'Sida <span class="pageNumber"></span> av <span class="totalPages"></span></div>';

class DeadlineError extends Error {
  constructor(readonly step: string) {
    super(step);
  }
}

function withDeadline<T>(work: Promise<T>, deadline: number, step: string): Promise<T> {
  const ms = deadline - Date.now();
  if (ms <= 0) return Promise.reject(new DeadlineError(step));
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DeadlineError(step)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function remaining(deadline: number): number {
  // puppeteer reads 0 as "no time-out"; never hand it 0.
  return Math.max(1, deadline - Date.now());
}

/**
 * Prints `html` (a standalone page: inline CSS, fonts as data: URLs; nothing
 * is fetched, scripts do not run) to an A4 tagged PDF with a page footer,
 * and sets its metadata.
 */
export async function renderPdf(
  session: BrowserSession,
  html: string,
  meta: PdfMeta,
  opts: RenderPdfOptions = {},
): Promise<Uint8Array> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  let raw: Uint8Array;
  try {
    raw = await session.withPage(async (page) => {
      const deadline = Date.now() + timeoutMs;
      await page.setContent(html, { waitUntil: "load", timeout: remaining(deadline) });
      // page.evaluate runs through DevTools, so it works with the page's
      // JavaScript turned off; the page's own scripts still never run.
      await withDeadline(
        page.evaluate(() => document.fonts.ready.then(() => undefined)),
        deadline,
        "typsnitten",
      );
      return await page.pdf({
        format: "A4",
        margin: opts.margin ?? DEFAULT_MARGIN,
        printBackground: true,
        tagged: true,
        outline: false,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: FOOTER_TEMPLATE,
        timeout: remaining(deadline),
      });
    });
  } catch (error) {
    const timedOut = error instanceof DeadlineError || (error instanceof Error && error.name === "TimeoutError");
    if (error instanceof KommunpressError && !timedOut) throw error;
    const message = timedOut
      ? messageFor("pdf-timeout", {}, timeoutMs)
      : messageFor("pdf-render", {}, error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error));
    throw new KommunpressError([message], 1, { cause: error });
  }
  return setPdfMetadata(raw, meta);
}

/**
 * Sets the Info dictionary (Title, Author, Subject, Keywords, Creator
 * "kommunpress"), the catalog's /Lang and /ViewerPreferences /DisplayDocTitle,
 * keeps Chromium's Producer and structure tree, and sets or removes the dates.
 */
export async function setPdfMetadata(pdf: Uint8Array, meta: PdfMeta): Promise<Uint8Array> {
  // An incremental update: Chromium's bytes stay and a new Info and Catalog
  // are appended (4× faster than parsing and rewriting the whole file). The
  // time stamps in Chromium's own Info are blanked to a fixed date of the same
  // length, so byte offsets hold and the same input gives the same bytes.
  const fixed = meta.date === undefined ? blankTimestamps(stableNodeIds(pdf)) : stableNodeIds(pdf);
  const doc = await PDFDocument.load(fixed, { updateMetadata: false, forIncrementalUpdate: true });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  if (meta.subject !== undefined) doc.setSubject(meta.subject);
  // pdf-lib joins with spaces, which loses multi-word keywords.
  if (meta.keywords !== undefined && meta.keywords.length > 0) doc.setKeywords([meta.keywords.join(", ")]);
  doc.setCreator("kommunpress");
  doc.setLanguage(meta.lang);
  if (meta.date !== undefined) {
    doc.setCreationDate(meta.date);
    doc.setModificationDate(meta.date);
  } else {
    const info = doc.context.lookup(doc.context.trailerInfo.Info);
    if (info instanceof PDFDict) {
      info.delete(PDFName.of("CreationDate"));
      info.delete(PDFName.of("ModDate"));
    }
  }
  // Chromium writes PDF 1.4: no object streams, which need 1.5.
  return doc.commit({ useObjectStreams: false });
}

const TIMESTAMP = /\/(CreationDate|ModDate)( ?)\(D:\d{14}([^)]{0,8})\)/g;

/** The same bytes with every Info time stamp set to 2000-01-01 00:00 (same length). */
/**
 * Chromium names each element of the tagged structure after its DOM node
 * (`/ID (node00000866)`), and node numbers grow as a pooled page is reused,
 * so the same HTML printed later in a batch gave other bytes. Renumbers them
 * in order of first appearance, keeping each string's length (the xref
 * offsets stay right).
 */
export function stableNodeIds(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const ids = new Map<string, string>();
  const out = text.replace(/\(node(\d+)\)/g, (_m, digits: string) => {
    let id = ids.get(digits);
    if (id === undefined) {
      id = String(ids.size + 1).padStart(digits.length, "0");
      // More elements than the digits can number: leave the PDF as it is.
      if (id.length > digits.length) return `(node${digits})`;
      ids.set(digits, id);
    }
    return `(node${id})`;
  });
  return out === text ? pdf : new Uint8Array(Buffer.from(out, "latin1"));
}

export function blankTimestamps(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString("latin1");
  const out = text.replace(
    TIMESTAMP,
    (_m, key: string, space: string, zone: string) => `/${key}${space}(D:20000101000000${zone.replace(/\d/g, "0")})`,
  );
  return out === text ? pdf : new Uint8Array(Buffer.from(out, "latin1"));
}
