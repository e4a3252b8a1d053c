// render images: SVG → PNG without a browser, with @resvg/resvg-js (a
// prebuilt native renderer, no install script). Text is set in the same
// Source Sans 3 the HTML embeds, from @fontsource/source-sans-3; system fonts
// are off, so every machine draws the same pixels.
//
// resvg reads TrueType/OpenType only, and the font package ships WOFF: each
// WOFF file is unpacked (zlib per table) into a plain TrueType file once per
// process, in a cache folder named for its content.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile, access } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { FONT_FAMILY, FONT_PACKAGE } from "./fonts.js";
import { KommunpressError } from "../messages.js";

const require = createRequire(import.meta.url);
const FACES = ["400-normal", "400-italic", "700-normal"] as const;

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
    throw new KommunpressError(
      [{ ruleId: "font-missing", severity: "error", reason: `typsnittet ${name} saknas; kör npm install`, file: name }],
      1,
      { cause: err },
    );
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

/** Rasterises an SVG (white background), `scale` times its size. */
export async function svgToPng(svg: string, scale = 1): Promise<Uint8Array> {
  const files = await pngFontFiles();
  const resvg = new Resvg(svg, {
    background: "#ffffff",
    fitTo: scale === 1 ? { mode: "original" } : { mode: "zoom", value: scale },
    font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    logLevel: "off",
  });
  return resvg.render().asPng();
}

/** The chart text styles the page's CSS gives them, for an SVG that stands alone. */
const CHART_STYLE = [
  `text { font-family: "${FONT_FAMILY}"; fill: #1c1c1c; }`,
  ".diagram-matt { font-size: 14px; font-weight: 700; }",
  ".diagram-etikett, .diagram-varde { font-size: 13px; }",
  ".diagram-varde { font-weight: 700; }",
].join(" ");

/** A chart's SVG (from chart.ts or distribution.ts) as a PNG at twice its size, with a margin. */
export function chartPng(svg: string): Promise<Uint8Array> {
  const view = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const w = Number(view?.[1] ?? 500);
  const h = Number(view?.[2] ?? 300);
  const m = 12;
  const standalone = svg
    .replace(/viewBox="0 0 [\d.]+ [\d.]+" width="[\d.]+" height="[\d.]+"/, `viewBox="${-m} ${-m} ${w + 2 * m} ${h + 2 * m}" width="${w + 2 * m}" height="${h + 2 * m}"`)
    .replace(/(<svg[^>]*>)/, `$1\n<style>${CHART_STYLE}</style>`);
  return svgToPng(standalone, 2);
}
