// The files for the tools communicators publish with: Word (docx), images
// (one PNG per chart and the share image) and the web fragment. Each chart is
// rasterised once per release, for Word and the images alike.
import { crc32 } from "node:zlib";
import type { PdfMeta } from "./pdf.js";
import type { ReleaseExtras } from "./release-extras.js";
import { renderDocx } from "./docx.js";
import { chartPng, svgToPng } from "./png.js";
import { renderWebFragment } from "./web.js";

export const SHARE_IMAGE = "delningsbild.png";
export const SHARE_ALT = "delningsbild.txt";
export const WEB_FRAGMENT = "webbtext.html";
export const WORD_FILE = "pressmeddelande.docx";

/** A rendered file of one of the publishing formats (an OutputFile of render/output.ts). */
interface OutputFile {
  format: "docx" | "png" | "web";
  name: string;
  data: string | Uint8Array;
}

/**
 * Adds a PNG iTXt chunk (UTF-8 text) before IEND: "Title" and "Description"
 * are the PNG specification's keywords for a caption and a text alternative.
 */
export function withPngText(png: Uint8Array, entries: Readonly<Record<string, string>>): Uint8Array {
  const chunks: Buffer[] = [];
  for (const [keyword, text] of Object.entries(entries)) {
    // keyword, NUL, compression flag 0, method 0, language tag "sv", NUL, translated keyword (empty), NUL, text
    const data = Buffer.concat([Buffer.from(keyword, "latin1"), Buffer.from([0, 0, 0]), Buffer.from("sv", "latin1"), Buffer.from([0, 0]), Buffer.from(text, "utf8")]);
    const type = Buffer.from("iTXt", "latin1");
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
    chunks.push(head, type, data, crc);
  }
  const iend = png.byteLength - 12;
  return new Uint8Array(Buffer.concat([png.subarray(0, iend), ...chunks, png.subarray(iend)]));
}

const chartCache = new WeakMap<ReleaseExtras, Promise<Map<string, Uint8Array>>>();

/** Every chart of the release as a PNG, by figure name; made once per extras object. */
export function chartImages(extras: ReleaseExtras): Promise<Map<string, Uint8Array>> {
  let cached = chartCache.get(extras);
  if (cached === undefined) {
    cached = (async () => {
      const out = new Map<string, Uint8Array>();
      for (const f of extras.figures) out.set(f.name, withPngText(await chartPng(f.svg), { Title: f.caption, Description: f.description }));
      return out;
    })();
    chartCache.set(extras, cached);
  }
  return cached;
}

/** pressmeddelande.docx */
export async function renderWordFile(markdown: string, extras: ReleaseExtras, meta: PdfMeta): Promise<OutputFile> {
  const images = await chartImages(extras);
  return { format: "docx", name: WORD_FILE, data: await renderDocx({ markdown, extras, meta, images }) };
}

/** diagram-1.png …, delningsbild.png and its text alternative, delningsbild.txt. */
export async function renderImageFiles(extras: ReleaseExtras): Promise<OutputFile[]> {
  const images = await chartImages(extras);
  const files: OutputFile[] = [...images].map(([name, data]) => ({ format: "png", name: `${name}.png`, data }));
  const share = withPngText(await svgToPng(extras.share.svg), { Description: extras.share.alt });
  files.push({ format: "png", name: SHARE_IMAGE, data: share }, { format: "png", name: SHARE_ALT, data: `${extras.share.alt}\n` });
  return files;
}

/** webbtext.html */
export function renderWebFile(markdown: string, extras: ReleaseExtras): OutputFile {
  return { format: "web", name: WEB_FRAGMENT, data: renderWebFragment(markdown, extras) };
}
