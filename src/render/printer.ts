// The one lazy PDF printer for a run (batch, publish, generate, national):
// the browser is started (and puppeteer loaded) only when the first PDF is
// asked for, one browser for the whole run, each PDF retried once when it
// runs past its time budget, and the browser closed by the owner in a
// `finally`. Nothing is started for a run that makes no PDF.
import { KommunpressError } from "../messages.js";
import type { BrowserSession } from "./browser.js";
import type { PdfPrinter } from "./output.js";

export interface LazyPdfPrinterOptions {
  /** `--browser <path>`. */
  browser?: string;
  /** Pages rendering at once (default 1). */
  poolSize?: number;
  /** Budget per PDF before it is tried once more (default: renderPdf's, 30 s). */
  pdfTimeoutMs?: number;
  /**
   * Whether the browser closes itself on Ctrl-C / SIGTERM (default true).
   * False when the owner handles the signals and lets the PDFs in flight
   * finish (batch).
   */
  handleSignals?: boolean;
  /** For tests: opens the browser session (defaults to BrowserSession.open). */
  openBrowser?: (opts: { browser?: string; poolSize: number }) => Promise<BrowserSession>;
  /** For tests and the bench: called with the session once it is open. */
  onBrowser?: (session: BrowserSession) => void;
}

/** Sessions printers have open, for a synchronous kill (without loading puppeteer to find them). */
const openSessions = new Set<BrowserSession>();

/** Kills the browser of every printer in this process at once (a second Ctrl-C, just before exiting). */
export function killStartedBrowsers(): void {
  for (const s of openSessions) s.killNow();
  openSessions.clear();
}

export class LazyPdfPrinter {
  readonly #opts: LazyPdfPrinterOptions;
  #opening: Promise<BrowserSession> | undefined;
  #session: BrowserSession | undefined;

  constructor(opts: LazyPdfPrinterOptions = {}) {
    this.#opts = opts;
  }

  /** Whether the browser was started (a run without PDFs never starts it). */
  get started(): boolean {
    return this.#opening !== undefined;
  }

  /** Times Chromium was relaunched after dying. */
  get relaunches(): number {
    return this.#session?.relaunches ?? 0;
  }

  #open(): Promise<BrowserSession> {
    this.#opening ??= (async () => {
      const o = { ...(this.#opts.browser ? { browser: this.#opts.browser } : {}), poolSize: this.#opts.poolSize ?? 1 };
      const session = this.#opts.openBrowser
        ? await this.#opts.openBrowser(o)
        : await (await import("./browser.js")).BrowserSession.open({ ...o, handleSignals: this.#opts.handleSignals ?? true });
      this.#session = session;
      openSessions.add(session);
      this.#opts.onBrowser?.(session);
      return session;
    })();
    return this.#opening;
  }

  /** Prints one page; a PDF that hung gets one more try. */
  readonly pdf: PdfPrinter = async (html, meta) => {
    const session = await this.#open();
    const { renderPdf } = await import("./pdf.js");
    const timeout = this.#opts.pdfTimeoutMs !== undefined ? { timeoutMs: this.#opts.pdfTimeoutMs } : {};
    try {
      return await renderPdf(session, html, meta, timeout);
    } catch (error) {
      if (error instanceof KommunpressError && error.messages[0]?.ruleId === "pdf-timeout") return renderPdf(session, html, meta, timeout);
      throw error;
    }
  };

  /** Closes the browser if it was started. Never throws; safe to call more than once. */
  async close(): Promise<void> {
    if (this.#opening) {
      await this.#opening.then((s) => s.close()).catch(() => undefined);
      if (this.#session) openSessions.delete(this.#session);
    }
  }
}
