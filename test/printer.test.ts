// LazyPdfPrinter: the one lazy owner of the browser for batch, publish and
// generate/national — started on the first PDF only, one browser for many
// PDFs, one more try for a PDF that ran out of time, closed once.
import { describe, expect, it } from "vitest";
import { LazyPdfPrinter } from "../src/render/printer.js";
import { BrowserSession } from "../src/render/browser.js";
import { executablePath } from "./helpers/axe.js";

const PAGE = '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>T</title></head><body><p>Hej</p></body></html>';
const META = { title: "T", author: "kommunpress", lang: "sv" };

describe("LazyPdfPrinter", () => {
  it("starts nothing when no PDF is asked for, and closing it then is harmless", async () => {
    let opened = 0;
    const printer = new LazyPdfPrinter({
      openBrowser: () => {
        opened++;
        return Promise.reject(new Error("no browser"));
      },
    });
    await printer.close();
    expect([printer.started, opened, printer.relaunches]).toEqual([false, 0, 0]);
  });

  it("a browser that cannot be started fails each PDF with the same error, and is tried only once", async () => {
    let opened = 0;
    const printer = new LazyPdfPrinter({
      openBrowser: () => {
        opened++;
        return Promise.reject(new Error("ingen webbläsare"));
      },
    });
    await expect(printer.pdf(PAGE, META)).rejects.toThrow("ingen webbläsare");
    await expect(printer.pdf(PAGE, META)).rejects.toThrow("ingen webbläsare");
    expect(opened).toBe(1);
    await printer.close();
  });

  it.skipIf(executablePath === undefined)("one browser for several PDFs, closed in the end; a PDF out of time fails with a Swedish reason", async () => {
    const sessions: BrowserSession[] = [];
    const printer = new LazyPdfPrinter({ poolSize: 2, onBrowser: (s) => sessions.push(s), ...(executablePath ? { browser: executablePath } : {}) });
    try {
      const pdfs = await Promise.all([printer.pdf(PAGE, META), printer.pdf(PAGE, META), printer.pdf(PAGE, META)]);
      for (const pdf of pdfs) expect(Buffer.from(pdf.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
      expect(sessions).toHaveLength(1);
    } finally {
      await printer.close();
    }
    expect(sessions[0]?.closed).toBe(true);
    const hurried = new LazyPdfPrinter({ pdfTimeoutMs: 1, ...(executablePath ? { browser: executablePath } : {}) });
    try {
      await expect(hurried.pdf(PAGE, META)).rejects.toThrow(/^PDF: tidsgränsen på 1\u00A0ms överskreds$/);
    } finally {
      await hurried.close();
    }
  }, 60_000);
});
