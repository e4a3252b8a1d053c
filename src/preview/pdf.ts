// preview PDF: one browser session for the whole preview, started on the
// first PDF asked for and closed with the server. PDFs are cached by the
// HTML they were printed from.
import { sha256 } from "../hash.js";
import type { BrowserSession } from "../render/browser.js";
import type { PdfMeta } from "../render/pdf.js";

export interface PdfServiceOptions {
  /** `--browser <path>`. */
  browser?: string;
  /** For tests: how to open the session (defaults to BrowserSession.open). */
  openBrowser?: () => Promise<BrowserSession>;
  /** Cached PDFs kept (default 16). */
  cacheSize?: number;
}

export class PdfService {
  readonly #opts: PdfServiceOptions;
  #opening: Promise<BrowserSession> | undefined;
  #closed = false;
  readonly #cache = new Map<string, Uint8Array>();
  readonly #inFlight = new Map<string, Promise<Uint8Array>>();

  constructor(opts: PdfServiceOptions = {}) {
    this.#opts = opts;
  }

  /** Whether the browser has been started. */
  get started(): boolean {
    return this.#opening !== undefined;
  }

  #session(): Promise<BrowserSession> {
    if (this.#closed) return Promise.reject(new Error("förhandsgranskningen stängs"));
    this.#opening ??= (async () => {
      if (this.#opts.openBrowser) return this.#opts.openBrowser();
      const { BrowserSession } = await import("../render/browser.js");
      return BrowserSession.open({ ...(this.#opts.browser ? { browser: this.#opts.browser } : {}), poolSize: 1 });
    })();
    // A failed start is not remembered: the next request tries again.
    this.#opening.catch(() => {
      this.#opening = undefined;
    });
    return this.#opening;
  }

  /** The PDF of `html` (from the cache when the same page was printed before). */
  render(html: string, meta: PdfMeta): Promise<Uint8Array> {
    const key = sha256(`${html}\0${JSON.stringify(meta)}`);
    const cached = this.#cache.get(key);
    if (cached) return Promise.resolve(cached);
    const running = this.#inFlight.get(key);
    if (running) return running;
    const job = (async () => {
      const session = await this.#session();
      const { renderPdf } = await import("../render/pdf.js");
      const pdf = await renderPdf(session, html, meta);
      this.#cache.set(key, pdf);
      while (this.#cache.size > (this.#opts.cacheSize ?? 16)) {
        const oldest = this.#cache.keys().next().value;
        if (oldest === undefined) break;
        this.#cache.delete(oldest);
      }
      return pdf;
    })().finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, job);
    return job;
  }

  async close(): Promise<void> {
    this.#closed = true;
    const opening = this.#opening;
    this.#opening = undefined;
    if (opening) await opening.then((s) => s.close()).catch(() => undefined);
  }
}
