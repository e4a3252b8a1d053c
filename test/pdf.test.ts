import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KommunpressError } from "../src/messages.js";
import { BrowserSession, findBrowser, type RequestEvent } from "../src/render/browser.js";
import { renderPdf, type PdfMeta } from "../src/render/pdf.js";

interface Extracted {
  pages: string[];
  info: Record<string, unknown>;
  marked: boolean;
  structLang: string | undefined;
}

/** Text per page (lines joined with \n) and metadata, as a reader's PDF viewer sees them. */
async function extract(pdf: Uint8Array): Promise<Extracted> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    let structLang: string | undefined;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if ("str" in item) text += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push(text);
      const tree = (await page.getStructTree()) as { children?: { lang?: string }[] } | null;
      structLang ??= tree?.children?.[0]?.lang;
    }
    const { info } = await doc.getMetadata();
    const markInfo = (await doc.getMarkInfo()) as { Marked?: boolean } | null;
    return { pages, info: info as Record<string, unknown>, marked: markInfo?.Marked === true, structLang };
  } finally {
    await doc.destroy();
  }
}

const page = (body: string, title = "Huddinge förbättrar e-postsvaren"): string =>
  `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title>` +
  `<style>body{font-family:sans-serif;font-size:12pt}</style></head><body>${body}</body></html>`;

const SWEDISH = page(
  "<h1>Åtgärder för bättre service i Örebro</h1>" +
    "<p>Andelen som fick svar inom en dag ökade med 19 procentenheter – från 79 till 98 procent.</p>" +
    "<p>Kommunen har 12\u00A0345 invånare i åldern 20–64 år.</p>",
);

const META: PdfMeta = {
  title: "Huddinge förbättrar e-postsvaren",
  author: "Huddinge kommun",
  lang: "sv",
  subject: "Servicemätning 2019",
  keywords: ["KKiK", "service", "e-post"],
};

const found = await findBrowser().catch(() => undefined);
const skipReason = found ? "" : " (hoppas över: ingen Chromium/Chrome hittades; kör scripts/ensure-browser.sh)";
if (!found) console.warn(`${path.basename(import.meta.filename)}: tester med riktig webbläsare${skipReason}`);

describe.skipIf(!found)(`renderPdf${skipReason}`, () => {
  let session: BrowserSession;
  const requests: RequestEvent[] = [];
  let server: Server;
  let hits = 0;
  let base = "";

  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits++;
      res.end("x");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    session = await BrowserSession.open({ poolSize: 2, onRequest: (e) => requests.push(e) });
  });

  afterAll(async () => {
    const pid = session.pid;
    await session.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (pid !== undefined) expect(() => process.kill(pid, 0)).toThrow();
  });

  it("prints Swedish text, a footer and the metadata", async () => {
    // First render after launch: measured for the record.
    const started = performance.now();
    const pdf = await renderPdf(session, SWEDISH, META);
    const ms = performance.now() - started;
    console.info(`renderPdf: ${ms.toFixed(0)} ms, ${pdf.length} byte`);

    const { pages, info, marked, structLang } = await extract(pdf);
    expect(pages).toHaveLength(1);
    const raw = pages[0] ?? "";
    const text = raw.replace(/\s+/g, " ");
    expect(text).toContain("Åtgärder för bättre service i Örebro");
    expect(text).toContain("ökade med 19 procentenheter – från 79 till 98 procent.");
    expect(text).toContain("20–64 år");
    // The no-break space comes out as a space (same glyph), but never as a line break.
    expect(raw).toMatch(/Kommunen har 12[\u00A0 ]345 invånare/);
    expect(text).toContain("Sida 1 av 1");

    expect(info.Title).toBe(META.title);
    expect(info.Author).toBe("Huddinge kommun");
    expect(info.Subject).toBe("Servicemätning 2019");
    expect(info.Keywords).toBe("KKiK, service, e-post");
    expect(info.Creator).toBe("kommunpress");
    expect(info.Language).toBe("sv");
    expect(info.CreationDate).toBeUndefined();
    expect(info.ModDate).toBeUndefined();
    // Tagged: marked content and a structure tree in the page's language.
    expect(marked).toBe(true);
    expect(structLang).toBe("sv");
  });

  it("numbers pages: Sida 1 av 2, Sida 2 av 2", async () => {
    const body = `<p>Första sidan.</p><p style="break-before:page">Andra sidan.</p>`;
    const { pages } = await extract(await renderPdf(session, page(body), META));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain("Sida 1 av 2");
    expect(pages[1]).toContain("Andra sidan.");
    expect(pages[1]).toContain("Sida 2 av 2");
  });

  it("gives the same bytes for the same input, and sets the dates when given one", async () => {
    const a = await renderPdf(session, SWEDISH, META);
    await new Promise((r) => setTimeout(r, 1100)); // a second later: time stamps would differ
    const b = await renderPdf(session, SWEDISH, META);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);

    const dated = await renderPdf(session, SWEDISH, { ...META, date: new Date("2019-04-15T08:00:00Z") });
    const { info } = await extract(dated);
    expect(info.CreationDate).toMatch(/^D:20190415080000/);
    expect(info.ModDate).toMatch(/^D:20190415080000/);
  });

  it("does not run scripts in the HTML", async () => {
    const html = page(
      '<p id="t">Texten som skrevs.</p>' +
        '<script>document.getElementById("t").textContent = "Skriptet körde";document.title = "Kapad"</script>',
    );
    const { pages, info } = await extract(await renderPdf(session, html, META));
    expect(pages[0]).toContain("Texten som skrevs.");
    expect(pages[0]).not.toContain("Skriptet körde");
    expect(info.Title).toBe(META.title);
  });

  it("fetches nothing from the network", async () => {
    requests.length = 0;
    const before = hits;
    const html = page(
      '<p>Bild:</p><img src="http://example.com/x.png" alt="">' +
        `<img src="data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')}" alt="">` +
        `<img src="${base}/lokal.png" alt=""><link rel="stylesheet" href="${base}/stil.css">` +
        `<style>@font-face{font-family:X;src:url(${base}/font.woff2)} p{font-family:X,sans-serif}</style>`,
    );
    const { pages } = await extract(await renderPdf(session, html, META));
    expect(pages[0]).toContain("Bild:");
    expect(hits).toBe(before);
    expect(requests).toContainEqual({ url: "http://example.com/x.png", allowed: false });
    expect(requests).toContainEqual({ url: `${base}/lokal.png`, allowed: false });
    expect(requests.filter((r) => r.allowed && !r.url.startsWith("data:") && r.url !== "about:blank")).toEqual([]);
    // data: URLs (embedded images and fonts) go through.
    expect(requests.some((r) => r.allowed && r.url.startsWith("data:image/svg+xml,"))).toBe(true);
  });

  it("fails with a Swedish time-out error, and the session goes on working", async () => {
    const error = await renderPdf(session, SWEDISH, META, { timeoutMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KommunpressError);
    expect((error as KommunpressError).messages[0]?.ruleId).toBe("pdf-timeout");
    expect((error as KommunpressError).message).toMatch(/^PDF: tidsgränsen på .* överskreds$/);
    const { pages } = await extract(await renderPdf(session, SWEDISH, META));
    expect(pages[0]).toContain("Sida 1 av 1");
  });
});
