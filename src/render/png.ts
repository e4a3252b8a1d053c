// render images: SVG → PNG without a browser, with @resvg/resvg-js (a
// prebuilt native renderer, no install script). Text is set in the same
// Source Sans 3 the HTML embeds, from @fontsource/source-sans-3; system fonts
// are off, so every machine draws the same pixels.
//
// resvg reads TrueType/OpenType only, and the font package ships WOFF: each
// WOFF file is unpacked (zlib per table) into a plain TrueType file once per
// process, in a cache folder named for its content.
//
// Speed: resvg rasterises in libuv's thread pool (renderAsync), a few images
// at a time, so the main thread goes on with Word files and text meanwhile.
// Its own PNG writer compresses hard and on the main thread (about as long as
// drawing the image); we take the raw pixels instead and write the PNG
// ourselves: no row filter (the images are mostly flat colour, which deflate
// packs well as it is), zlib level 3, also in the thread pool. resvg is
// loaded on first use, with its allocator set to keep the memory of drawn
// images (loadResvg).
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile, access } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { crc32, deflate, inflateSync } from "node:zlib";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { FONT_FAMILY, FONT_PACKAGE } from "./fonts.js";
import { KommunpressError } from "../messages.js";
import { messageFor } from "../catalogue.js";

const require = createRequire(import.meta.url);
/** The faces the images use: regular and bold (resvg reads every given file again for each image). */
const FACES = ["400-normal", "700-normal"] as const;

/** A WOFF 1.0 font as the TrueType/OpenType file it wraps. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.toString("latin1", 0, 4) !== "wOFF") throw new Error("inte en WOFF-fil");
  const flavor = src.readUInt32BE(4);
  const numTables = src.readUInt16BE(12);
  const tables: { tag: Buffer; checksum: number; data: Buffer }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const offset = src.readUInt32BE(at + 4);
    const compLength = src.readUInt32BE(at + 8);
    const origLength = src.readUInt32BE(at + 12);
    const raw = src.subarray(offset, offset + compLength);
    tables.push({ tag: src.subarray(at, at + 4), checksum: src.readUInt32BE(at + 16), data: compLength < origLength ? inflateSync(raw) : raw });
  }
  const pad = (n: number): number => (n + 3) & ~3;
  let size = 12 + 16 * numTables;
  for (const t of tables) size += pad(t.data.length);
  const out = Buffer.alloc(size);
  const entrySelector = Math.floor(Math.log2(numTables));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(2 ** entrySelector * 16, 6);
  out.writeUInt16BE(entrySelector, 8);
  out.writeUInt16BE(numTables * 16 - 2 ** entrySelector * 16, 10);
  let offset = 12 + 16 * numTables;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    t.tag.copy(out, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad(t.data.length);
  });
  return out;
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

async function ttfFile(face: (typeof FACES)[number]): Promise<string> {
  const name = `${FONT_PACKAGE}/files/source-sans-3-latin-${face}.woff`;
  let woff: Buffer;
  try {
    woff = await readFile(require.resolve(name));
  } catch (err) {
    throw new KommunpressError([messageFor("font-missing", { file: name }, name)], 1, { cause: err });
  }
  const hash = createHash("sha256").update(woff).digest("hex").slice(0, 16);
  const dir = path.join(os.tmpdir(), "kommunpress-typsnitt");
  const file = path.join(dir, `source-sans-3-${face}-${hash}.ttf`);
  if (await exists(file)) return file;
  await mkdir(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, woffToSfnt(woff));
  await rename(tmp, file);
  return file;
}

let fontFiles: Promise<string[]> | undefined;

/** The TrueType files resvg loads, made once per process. */
export function pngFontFiles(): Promise<string[]> {
  if (fontFiles === undefined) {
    const p = Promise.all(FACES.map(ttfFile));
    fontFiles = p;
    p.catch(() => {
      if (fontFiles === p) fontFiles = undefined;
    });
  }
  return fontFiles;
}

const deflateAsync = promisify(deflate);

/** Text chunks of a PNG: keyword → text ("Title", "Description": the PNG specification's keywords). */
export type PngText = Readonly<Record<string, string>>;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.byteLength);
  out.writeUInt32BE(data.byteLength, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.byteLength)), 8 + data.byteLength);
  return out;
}

/** An iTXt chunk: keyword, NUL, uncompressed, language "sv", no translated keyword, UTF-8 text. */
function itxt(keyword: string, text: string): Buffer {
  const data = Buffer.concat([Buffer.from(keyword, "latin1"), Buffer.from([0, 0, 0]), Buffer.from("sv", "latin1"), Buffer.from([0, 0]), Buffer.from(text, "utf8")]);
  return chunk("iTXt", data);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Buffers for the rows encodePng compresses, kept for the next images: a new
 * one per image, megabytes each, made the garbage collector run about twice
 * as often in a batch. All are as large as the largest image so far.
 */
const spareRows: Buffer[] = [];
const SPARE_ROWS = 4;
let rowsCapacity = 0;

function takeRows(size: number): Buffer {
  rowsCapacity = Math.max(rowsCapacity, size);
  const spare = spareRows.pop();
  return spare !== undefined && spare.length >= size ? spare : Buffer.allocUnsafeSlow(rowsCapacity);
}

function giveRowsBack(rows: Buffer): void {
  if (rows.length === rowsCapacity && spareRows.length < SPARE_ROWS) spareRows.push(rows);
}

/**
 * 8-bit RGBA pixels (straight alpha, or opaque) as a PNG with the given text
 * chunks: one IDAT, filter type 0 on every row, zlib level 3. Same pixels,
 * same bytes.
 */
export async function encodePng(rgba: Uint8Array, width: number, height: number, text: PngText = {}): Promise<Uint8Array> {
  const stride = width * 4;
  if (rgba.byteLength !== stride * height) throw new Error(`encodePng: ${rgba.byteLength} bytes is not ${width}×${height} RGBA`);
  // Each row: filter byte 0, then the row. Every byte is written, so the buffer need not be zeroed first.
  const size = (stride + 1) * height;
  const rows = takeRows(size);
  const raw = rows.subarray(0, size);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  try {
    return pngFile(width, height, await deflateAsync(raw, { level: 3 }), text);
  } finally {
    giveRowsBack(rows);
  }
}

/** A PNG file (8-bit RGBA) from its compressed pixel data: signature, IHDR, the text chunks, one IDAT, IEND. */
export function pngFile(width: number, height: number, idat: Uint8Array, text: PngText = {}): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, adaptive filtering, no interlace
  const parts = [PNG_SIGNATURE, chunk("IHDR", ihdr), ...Object.entries(text).map(([k, v]) => itxt(k, v)), chunk("IDAT", idat), chunk("IEND", new Uint8Array(0))];
  return new Uint8Array(Buffer.concat(parts));
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

type Resvg = typeof import("@resvg/resvg-js");
let resvg: Promise<Resvg> | undefined;

/**
 * resvg's native module, loaded once. Its allocator (mimalloc) gives the
 * memory of each drawn image back to the system after 10 ms, and the next
 * image, as large, faults it in again page by page: for a batch of Word files
 * and images, a tenth of all the time went to the kernel. With
 * MIMALLOC_PURGE_DELAY=250 it keeps the memory a quarter of a second, long
 * enough for the next image (at the cost of a higher peak: about 75 MB more
 * in a batch of 264). The allocator reads the variable as the module loads,
 * so it is set for that moment only; a value of the user's own is left as it is.
 */
function loadResvg(): Promise<Resvg> {
  if (resvg === undefined) {
    const own = process.env.MIMALLOC_PURGE_DELAY === undefined;
    if (own) process.env.MIMALLOC_PURGE_DELAY = "250";
    resvg = import("@resvg/resvg-js").finally(() => {
      if (own) delete process.env.MIMALLOC_PURGE_DELAY;
    });
  }
  return resvg;
}

/** At most this many images are rasterised at once: the pool's other threads stay free for file I/O, and memory stays bounded. */
const RENDER_SLOTS = Math.max(1, Math.min(4, os.availableParallelism()));
let rendering = 0;
const waiting: (() => void)[] = [];

async function withRenderSlot<T>(work: () => Promise<T>): Promise<T> {
  if (rendering >= RENDER_SLOTS) await new Promise<void>((resolve) => waiting.push(resolve));
  else rendering++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else rendering--;
  }
}

/**
 * Rasterises an SVG (white background), `scale` times its size, as a PNG
 * with the given text chunks. Drawn in the thread pool.
 */
export async function svgToPng(svg: string, scale = 1, text: PngText = {}): Promise<Uint8Array> {
  const [files, { renderAsync }] = await Promise.all([pngFontFiles(), loadResvg()]);
  const options: ResvgRenderOptions = {
    background: "#ffffff",
    fitTo: scale === 1 ? { mode: "original" } : { mode: "zoom", value: scale },
    font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    logLevel: "off",
  };
  const { pixels, width, height } = await withRenderSlot(async () => {
    const image = await renderAsync(svg, options);
    // On an opaque white background every pixel is opaque, so resvg's premultiplied RGBA is plain RGBA.
    return { pixels: image.pixels, width: image.width, height: image.height };
  });
  return encodePng(pixels, width, height, text);
}

/** The chart text styles the page's CSS gives them, for an SVG that stands alone. */
const CHART_STYLE = [
  `text { font-family: "${FONT_FAMILY}"; fill: #1c1c1c; }`,
  ".diagram-matt { font-size: 14px; font-weight: 700; }",
  ".diagram-etikett, .diagram-varde { font-size: 13px; }",
  ".diagram-varde { font-weight: 700; }",
].join(" ");

/** Room around a chart in its image, in CSS pixels. */
const CHART_MARGIN = 12;

/**
 * Image pixels per CSS pixel of a chart: 786 pixels across for a chart 500
 * wide, 144 dpi at its size in Word. Twice as many pixels took twice as long
 * to draw, copy and compress, for text (13 px, 19.5 in the image) that was
 * as legible.
 */
const CHART_SCALE = 1.5;

/** A chart's size with its margin, in CSS pixels: the size its image has in a Word document. */
export function chartSize(svg: string): { width: number; height: number } {
  const view = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  return { width: Number(view?.[1] ?? 500) + 2 * CHART_MARGIN, height: Number(view?.[2] ?? 300) + 2 * CHART_MARGIN };
}

/** A chart's SVG (from chart.ts or distribution.ts) as a PNG, CHART_SCALE times its size, with a margin. */
export function chartPng(svg: string, text: PngText = {}): Promise<Uint8Array> {
  const { width, height } = chartSize(svg);
  const m = CHART_MARGIN;
  const standalone = svg
    .replace(/viewBox="0 0 [\d.]+ [\d.]+" width="[\d.]+" height="[\d.]+"/, `viewBox="${-m} ${-m} ${width} ${height}" width="${width}" height="${height}"`)
    .replace(/(<svg[^>]*>)/, `$1\n<style>${CHART_STYLE}</style>`);
  return svgToPng(standalone, CHART_SCALE, text);
}
