// The files for the tools communicators publish with: Word (docx), images
// (one PNG per chart and the share image) and the web fragment. Each chart is
// rasterised once per release, for Word and the images alike; the charts and
// the share image are drawn at the same time (in the thread pool, see png.ts),
// while Word lays out its document.
import type { PdfMeta } from "./pdf.js";
import type { PlacedFigure, ReleaseExtras } from "./release-extras.js";
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

const drawn = new WeakMap<ReleaseExtras, Map<string, Promise<Uint8Array>>>();

/** One of the release's images, drawn once per extras object however many files it goes into. */
function drawOnce(extras: ReleaseExtras, name: string, draw: () => Promise<Uint8Array>): Promise<Uint8Array> {
  let images = drawn.get(extras);
  if (images === undefined) drawn.set(extras, (images = new Map()));
  let image = images.get(name);
  if (image === undefined) images.set(name, (image = draw()));
  return image;
}

/** The PNGs of the given charts (all of the release's when not told), by figure name. */
export async function chartImages(extras: ReleaseExtras, figures: readonly PlacedFigure[] = extras.figures): Promise<Map<string, Uint8Array>> {
  const draw = (f: PlacedFigure): Promise<Uint8Array> => drawOnce(extras, f.name, () => chartPng(f.svg, { Title: f.caption, Description: f.description }));
  return new Map(await Promise.all(figures.map(async (f) => [f.name, await draw(f)] as const)));
}

/** delningsbild.png */
export function shareImagePng(extras: ReleaseExtras): Promise<Uint8Array> {
  return drawOnce(extras, SHARE_IMAGE, () => svgToPng(extras.share.svg, 1, { Description: extras.share.alt }));
}

/** pressmeddelande.docx: the charts it places are drawn while the document is laid out. */
export async function renderWordFile(markdown: string, extras: ReleaseExtras, meta: PdfMeta): Promise<OutputFile> {
  const data = await renderDocx({ markdown, extras, meta, images: (figures) => chartImages(extras, figures) });
  return { format: "docx", name: WORD_FILE, data };
}

/** diagram-1.png …, delningsbild.png and its text alternative, delningsbild.txt. */
export async function renderImageFiles(extras: ReleaseExtras): Promise<OutputFile[]> {
  const [images, share] = await Promise.all([chartImages(extras), shareImagePng(extras)]);
  const files: OutputFile[] = [...images].map(([name, data]) => ({ format: "png", name: `${name}.png`, data }));
  files.push({ format: "png", name: SHARE_IMAGE, data: share }, { format: "png", name: SHARE_ALT, data: `${extras.share.alt}\n` });
  return files;
}

/** webbtext.html */
export function renderWebFile(markdown: string, extras: ReleaseExtras): OutputFile {
  return { format: "web", name: WEB_FRAGMENT, data: renderWebFragment(markdown, extras) };
}
