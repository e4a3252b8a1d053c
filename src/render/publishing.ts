// The files for the tools communicators publish with: Word (docx), images
// (one PNG per chart and the share image) and the web fragment. Each chart is
// rasterised once per release, for Word and the images alike; the charts and
// the share image are drawn at the same time (in the thread pool, see png.ts).
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

const chartCache = new WeakMap<ReleaseExtras, Promise<Map<string, Uint8Array>>>();

/** Every chart of the release as a PNG, by figure name; made once per extras object. */
export function chartImages(extras: ReleaseExtras): Promise<Map<string, Uint8Array>> {
  let cached = chartCache.get(extras);
  if (cached === undefined) {
    cached = Promise.all(extras.figures.map(async (f) => [f.name, await chartPng(f.svg, { Title: f.caption, Description: f.description })] as const)).then(
      (entries) => new Map(entries),
    );
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
  const [images, share] = await Promise.all([chartImages(extras), svgToPng(extras.share.svg, 1, { Description: extras.share.alt })]);
  const files: OutputFile[] = [...images].map(([name, data]) => ({ format: "png", name: `${name}.png`, data }));
  files.push({ format: "png", name: SHARE_IMAGE, data: share }, { format: "png", name: SHARE_ALT, data: `${extras.share.alt}\n` });
  return files;
}

/** webbtext.html */
export function renderWebFile(markdown: string, extras: ReleaseExtras): OutputFile {
  return { format: "web", name: WEB_FRAGMENT, data: renderWebFragment(markdown, extras) };
}
