// The browser for a command that makes a few PDFs: started (and puppeteer
// loaded) only when pdf is among the formats, one page, closed by the caller.
import type { Format, PdfPrinter } from "../../render/output.js";

export interface PdfPrinterHandle {
  pdf?: PdfPrinter;
  close: () => Promise<void>;
}

export async function openPdfPrinter(formats: readonly Format[], browser?: string): Promise<PdfPrinterHandle> {
  if (!formats.includes("pdf")) return { close: async () => undefined };
  const [{ BrowserSession }, { renderPdf }] = await Promise.all([import("../../render/browser.js"), import("../../render/pdf.js")]);
  const session = await BrowserSession.open({ ...(browser ? { browser } : {}), poolSize: 1 });
  return { pdf: (html, meta) => renderPdf(session, html, meta), close: () => session.close() };
}
