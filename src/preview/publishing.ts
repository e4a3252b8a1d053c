// preview publishing files: the Word file, the share image and the web text
// of a release, rendered on request exactly as generate and batch write them
// (render/publishing.ts), and cached by what they are made from (Markdown,
// charts, share image, metadata), like the PDFs.
import { sha256 } from "../hash.js";
import type { Generated } from "../kinds/kind.js";
import { renderWebFile, renderWordFile, shareImagePng } from "../render/publishing.js";
import type { ReleaseExtras } from "../render/release-extras.js";

export type PublishingFormat = "docx" | "png";

export interface PublishingOptions {
  /** Cached files kept (default 16). */
  cacheSize?: number;
}

export class PublishingFiles {
  readonly #opts: PublishingOptions;
  readonly #cache = new Map<string, Uint8Array>();
  readonly #inFlight = new Map<string, Promise<Uint8Array>>();
  /** One extras object per release render: its charts are rasterised once, for Word and the image alike. */
  readonly #extras = new WeakMap<Generated, ReleaseExtras>();
  readonly #web = new WeakMap<Generated, string>();
  #rendered = 0;

  constructor(opts: PublishingOptions = {}) {
    this.#opts = opts;
  }

  /** Files rendered so far (not served from the cache). */
  get rendered(): number {
    return this.#rendered;
  }

  #extrasOf(g: Generated): ReleaseExtras {
    let extras = this.#extras.get(g);
    if (extras === undefined) {
      extras = g.extras();
      this.#extras.set(g, extras);
    }
    return extras;
  }

  /** webbtext.html: the body as plain semantic HTML, for pasting into a CMS. */
  webText(g: Generated): string {
    let text = this.#web.get(g);
    if (text === undefined) {
      const file = renderWebFile(g.markdown, this.#extrasOf(g));
      text = typeof file.data === "string" ? file.data : Buffer.from(file.data).toString("utf8");
      this.#web.set(g, text);
    }
    return text;
  }

  /** pressmeddelande.docx or delningsbild.png (from the cache when made from the same content before). */
  file(g: Generated, format: PublishingFormat): Promise<Uint8Array> {
    const extras = this.#extrasOf(g);
    const meta = g.pdfMeta();
    const key = sha256(`${format}\0${g.markdown}\0${JSON.stringify(extras)}\0${JSON.stringify(meta)}`);
    const cached = this.#cache.get(key);
    if (cached) return Promise.resolve(cached);
    const running = this.#inFlight.get(key);
    if (running) return running;
    const job = (async () => {
      this.#rendered++;
      const data = format === "docx" ? (await renderWordFile(g.markdown, extras, meta)).data : await shareImagePng(extras);
      const bytes = typeof data === "string" ? new Uint8Array(Buffer.from(data, "utf8")) : data;
      this.#remember(key, bytes);
      return bytes;
    })().finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, job);
    return job;
  }

  #remember(key: string, data: Uint8Array): void {
    this.#cache.set(key, data);
    while (this.#cache.size > (this.#opts.cacheSize ?? 16)) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
  }
}
