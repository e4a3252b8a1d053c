// The renderings for the tools communicators publish with: Word (read back
// from the zip: text, Word styles, language, alt texts, core properties,
// highlighted placeholders), PNG images (size from the header, real pixels)
// and the web fragment (plain semantic HTML, hostile data as text).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { crc32, inflateSync } from "node:zlib";
import JSZip from "jszip";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { generateRelease, loadResources, type GeneratedRelease } from "../src/kinds/municipality/release.js";
import { generateNational, loadNationalResources } from "../src/kinds/national/release.js";
import { asNationalGenerated } from "../src/kinds/national/kind.js";
import { asGenerated } from "../src/kinds/municipality/kind.js";
import { releaseFiles } from "../src/kinds/kind.js";
import { loadHtmlTemplates } from "../src/render/html.js";
import { FILE_NAMES, parseFormats, type OutputFile } from "../src/render/output.js";
import { encodePng, pngSize } from "../src/render/png.js";
import { wrapText } from "../src/render/share-image.js";
import { TEMPLATES_DIR } from "../src/paths.js";
import { Dataset } from "../src/schema.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const resources = await loadResources();
const html = await loadHtmlTemplates([TEMPLATES_DIR]);

function load(file: string): Dataset {
  return Dataset.parse(parse(readFileSync(path.join(ROOT, "data/exempel", file), "utf8")));
}

function gen(ds: Dataset): GeneratedRelease {
  const m = ds.municipalities[0];
  if (!m) throw new Error("no municipality");
  return generateRelease(ds, m, { resources });
}

async function outputs(ds: Dataset, formats = "docx,png,web"): Promise<OutputFile[]> {
  return releaseFiles(asGenerated(ds, gen(ds)), { formats: parseFormats(formats), html });
}

function file(files: readonly OutputFile[], name: string): OutputFile {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`${name} saknas bland ${files.map((x) => x.name).join(", ")}`);
  return f;
}

const bytes = (f: OutputFile): Uint8Array => (typeof f.data === "string" ? new TextEncoder().encode(f.data) : f.data);
const text = (f: OutputFile): string => (typeof f.data === "string" ? f.data : new TextDecoder().decode(f.data));

async function unzip(f: OutputFile): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes(f));
  const out: Record<string, string> = {};
  for (const name of ["word/document.xml", "word/styles.xml", "docProps/core.xml"]) out[name] = (await zip.file(name)?.async("string")) ?? "";
  out.media = Object.keys(zip.files).filter((n) => n.startsWith("word/media/")).join(",");
  return out;
}

/** The text of each w:p, with its style. */
function paragraphs(documentXml: string): { style: string | null; text: string; xml: string }[] {
  return [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) => {
    const xml = m[1] ?? m[2] ?? "";
    const style = /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? null;
    const t = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join("");
    return { style, text: t.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"'), xml };
  });
}

/** Share of pixels that are not white, from a PNG's IDAT (8-bit RGBA, filters ignored: a rough count). */
function inkShare(png: Uint8Array): number {
  const buf = Buffer.from(png);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const len = buf.readUInt32BE(at);
    if (buf.toString("latin1", at + 4, at + 8) === "IDAT") idat.push(buf.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  let ink = 0;
  for (let i = 0; i < raw.length; i++) if (raw[i] !== 255 && raw[i] !== 0) ink++;
  return ink / raw.length;
}

describe("Word", () => {
  it("has Word styles, Swedish, the lead in bold, charts with alt text and tables, and core properties", async () => {
    const files = await outputs(load("huddinge-2019.yaml"), "docx");
    expect(files.map((f) => f.name)).toEqual([FILE_NAMES.docx]);
    const x = await unzip(file(files, "pressmeddelande.docx"));
    const ps = paragraphs(x["word/document.xml"] ?? "");
    expect(ps.find((p) => p.style === "Heading1")?.text).toBe("Huddinge: e-postsvaren inom en arbetsdag upp 19\u00A0procentenheter");
    expect(ps.filter((p) => p.style === "Heading2").map((p) => p.text)).toEqual([
      "E-post",
      "Telefon",
      "Fakta om undersökningen",
      "För mer information, kontakta:",
      "Om Huddinge kommun",
    ]);
    const lead = ps.find((p) => p.style === "Ingress");
    expect(lead?.text).toMatch(/^Huddinge kommun har markant lyft andelen/);
    expect(lead?.xml).toContain("<w:b/>");
    expect(ps.some((p) => p.style === "Quote" && p.text.startsWith("– Sedan förra året"))).toBe(true);
    // The fact box is shaded and framed.
    const facts = ps.find((p) => p.text.startsWith("Kommunens Kvalitet i Korthet (KKiK) görs av"));
    expect(facts?.xml).toMatch(/<w:shd [^>]*w:fill="EEF3F8"/);
    expect(facts?.xml).toContain("<w:pBdr>");
    // Two charts, each a PNG with its text alternative, and a table of its numbers.
    const docPr = [...(x["word/document.xml"] ?? "").matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(docPr).toHaveLength(2);
    expect(docPr[0]).toContain("Diagram. E-post: Huddinge jämfört med likvärdiga kommuner och riket.");
    expect(x.media?.split(",")).toHaveLength(2);
    expect(x["word/document.xml"]).toContain("<w:tbl>");
    expect(ps.some((p) => p.text === "Svar på e-post inom en arbetsdag")).toBe(true);
    expect(x["word/styles.xml"]).toContain('<w:lang w:val="sv-SE"/>');
    const core = x["docProps/core.xml"] ?? "";
    expect(core).toContain("<dc:title>Huddinge: e-postsvaren inom en arbetsdag upp 19\u00A0procentenheter</dc:title>");
    expect(core).toContain("<dc:creator>Huddinge kommun</dc:creator>");
    expect(core).toContain("<dc:language>sv-SE</dc:language>");
  });

  // Regression: the docx package stamps every zip entry with the time of
  // writing, so two runs a minute apart gave different files.
  describe("same input, same bytes", () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it("gives a byte-identical Word file at another time of day, with valid entries dated 1980-01-01", async () => {
      const ds = load("huddinge-2019.yaml");
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(new Date("2025-03-04T09:15:42"));
      const first = bytes(file(await outputs(ds, "docx"), "pressmeddelande.docx"));
      vi.setSystemTime(new Date("2026-11-20T17:48:13"));
      const second = bytes(file(await outputs(ds, "docx"), "pressmeddelande.docx"));
      vi.useRealTimers();
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      const zip = await JSZip.loadAsync(first, { checkCRC32: true });
      const entries = Object.values(zip.files).filter((f) => !f.dir);
      expect(entries.map((f) => f.name)).toContain("word/document.xml");
      // Links' relationships are numbered, not random; drawing ids are counted per document.
      const rels = (await zip.file("word/_rels/document.xml.rels")?.async("string")) ?? "";
      const doc = (await zip.file("word/document.xml")?.async("string")) ?? "";
      expect(rels).toMatch(/<Relationship Id="rIdLink1" Type="[^"]*hyperlink" Target="[^"]+" TargetMode="External"\/>/);
      expect(doc).toMatch(/<w:hyperlink [^>]*r:id="rIdLink1"/);
      expect([...doc.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])).toEqual(["1", "2"]);
      for (const f of entries) {
        expect((await f.async("uint8array")).byteLength).toBeGreaterThan(0);
        // JSZip reads the MS-DOS date as local time.
        expect([f.date.getFullYear(), f.date.getMonth(), f.date.getDate(), f.date.getHours(), f.date.getMinutes()]).toEqual([1980, 0, 1, 0, 0]);
      }
    });

    it("puts the chart PNGs in the Word file byte for byte, no stand-in left", async () => {
      const files = await outputs(load("huddinge-2019.yaml"), "docx,png");
      const zip = await JSZip.loadAsync(bytes(file(files, "pressmeddelande.docx")), { checkCRC32: true });
      const media = Object.keys(zip.files).filter((n) => n.startsWith("word/media/"));
      const inWord = await Promise.all(media.map(async (n) => Buffer.from(await zip.file(n)?.async("uint8array") ?? new Uint8Array()).toString("base64")));
      const charts = ["diagram-1.png", "diagram-2.png"].map((n) => Buffer.from(bytes(file(files, n))).toString("base64"));
      expect(inWord.sort()).toEqual(charts.sort());
      // Drawn at 1.5 times the chart's size (500 wide, 12 of margin each side), placed at its size (9525 EMU a pixel).
      for (const n of media) expect(pngSize(await zip.file(n)?.async("uint8array") ?? new Uint8Array(24)).width).toBe(1.5 * (500 + 24));
      const doc = (await zip.file("word/document.xml")?.async("string")) ?? "";
      const extents = [...doc.matchAll(/<wp:extent cx="(\d+)"/g)].map((m) => Number(m[1]));
      expect(extents).toEqual([(500 + 24) * 9525, (500 + 24) * 9525]);
    });

    it("gives byte-identical images", async () => {
      const ds = load("huddinge-2019.yaml");
      const first = await outputs(ds, "png");
      const second = await outputs(ds, "png");
      expect(second.map((f) => Buffer.from(bytes(f)).toString("base64"))).toEqual(first.map((f) => Buffer.from(bytes(f)).toString("base64")));
    });
  });

  it("highlights every placeholder a reviewer must fill in", async () => {
    const ds = load("huddinge-2019.yaml");
    const m = ds.municipalities[0];
    if (!m) throw new Error("fixture");
    delete m.release;
    const x = await unzip(file(await outputs(ds, "docx"), "pressmeddelande.docx"));
    const highlighted = [...(x["word/document.xml"] ?? "").matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:highlight w:val="yellow"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/gs)].map(
      (r) => r[1] ?? "",
    );
    expect(highlighted).toContain("[DATUM]");
    expect(highlighted.some((h) => h.startsWith("[CITAT: Lägg till ett citat"))).toBe(true);
    expect(highlighted.some((h) => h.startsWith("[KONTAKT:"))).toBe(true);
    expect(highlighted.some((h) => h.startsWith("[OM KOMMUNEN:"))).toBe(true);
  });

  it("works for the national summary, with its distribution charts", async () => {
    const ds = load("kkik-2019-alla.yaml");
    const r = generateNational(ds, { resources: await loadNationalResources() });
    const files = await releaseFiles(asNationalGenerated(ds, r), { formats: ["docx", "png", "web"], html });
    const x = await unzip(file(files, "pressmeddelande.docx"));
    expect(x["docProps/core.xml"]).toContain("<dc:creator>Sveriges Kommuner och Regioner (SKR)</dc:creator>");
    const docPr = [...(x["word/document.xml"] ?? "").matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)];
    expect(docPr.length).toBe(r.composed.sections.length);
    expect(files.filter((f) => /^diagram-\d+\.png$/.test(f.name))).toHaveLength(r.composed.sections.length);
    expect(text(file(files, "webbtext.html"))).toContain("<caption>Antal kommuner per intervall (procent)</caption>");
  });
});

describe("images", () => {
  it("one PNG per chart and a 1200×630 share image, with text drawn", async () => {
    const files = await outputs(load("huddinge-2019.yaml"), "png");
    expect(files.map((f) => f.name)).toEqual(["diagram-1.png", "diagram-2.png", "delningsbild.png", "delningsbild.txt"]);
    const share = bytes(file(files, "delningsbild.png"));
    expect(pngSize(share)).toEqual({ width: 1200, height: 630 });
    expect(inkShare(share)).toBeGreaterThan(0.02);
    const chart = bytes(file(files, "diagram-1.png"));
    expect(pngSize(chart).width).toBe(1.5 * (500 + 24));
    expect(inkShare(chart)).toBeGreaterThan(0.02);
    expect(Buffer.from(chart).includes(Buffer.from("iTXtDescription"))).toBe(true);
    expect(text(file(files, "delningsbild.txt"))).toBe(
      "Delningsbild från Huddinge kommun, KKiK 2019. Svar på e-post inom en arbetsdag, Huddinge 2019: 98 % (från 79 % 2018, riket 84 %). Källa: Sveriges Kommuner och Regioner (SKR), Kommunens Kvalitet i Korthet 2019.\n",
    );
  });

  it("the share image's text alternative is in claims.json, and in the Markdown when the image is written beside it", async () => {
    const alt = text(file(await outputs(load("huddinge-2019.yaml"), "png"), "delningsbild.txt")).trim();
    const withImage = await outputs(load("huddinge-2019.yaml"), "md,json,png");
    const claims = JSON.parse(text(file(withImage, "pressmeddelande.json"))) as { shareImage: { file: string; alt: string } };
    expect(claims.shareImage).toEqual({ file: "delningsbild.png", alt });
    const md = text(file(withImage, "pressmeddelande.md"));
    expect(md.trimEnd().split("\n").at(-1)).toBe(`![${alt}](delningsbild.png)`);
    // Without the image, the Markdown does not point at a file that is not there.
    const mdOnly = text(file(await outputs(load("huddinge-2019.yaml"), "md"), "pressmeddelande.md"));
    expect(mdOnly).not.toContain("delningsbild.png");
  });

  it("encodes RGBA pixels as a valid PNG: signature, checked chunks, unfiltered rows, text before the pixels", async () => {
    // 3×2 pixels: red, green, blue / white, half-transparent black, transparent.
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0, 128, 0, 0, 0, 0]);
    const png = Buffer.from(await encodePng(rgba, 3, 2, { Description: "Två rader å tre bildpunkter" }));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks: { type: string; data: Buffer }[] = [];
    for (let at = 8; at < png.length; ) {
      const len = png.readUInt32BE(at);
      const type = png.toString("latin1", at + 4, at + 8);
      const data = png.subarray(at + 8, at + 8 + len);
      expect(png.readUInt32BE(at + 8 + len)).toBe(crc32(png.subarray(at + 4, at + 8 + len)));
      chunks.push({ type, data });
      at += 12 + len;
    }
    expect(chunks.map((c) => c.type)).toEqual(["IHDR", "iTXt", "IDAT", "IEND"]);
    expect(pngSize(png)).toEqual({ width: 3, height: 2 });
    expect([...(chunks[0]?.data.subarray(8) ?? [])]).toEqual([8, 6, 0, 0, 0]);
    expect(chunks[1]?.data.toString("utf8")).toBe("Description\0\0\0sv\0\0Två rader å tre bildpunkter");
    const raw = inflateSync(chunks[2]?.data ?? Buffer.alloc(0));
    expect([...raw]).toEqual([0, ...rgba.subarray(0, 12), 0, ...rgba.subarray(12)]);
    await expect(encodePng(rgba, 3, 3)).rejects.toThrow(/3×3/);
  });

  it("wraps long text and marks what is cut", () => {
    expect(wrapText("ett två tre", 40, 2000, 2)).toEqual(["ett två tre"]);
    const lines = wrapText("ord ".repeat(80), 40, 400, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/ …$/);
  });
});

describe("web fragment", () => {
  it("is plain semantic HTML: no styles, classes or scripts", async () => {
    const web = text(file(await outputs(load("huddinge-2019.yaml"), "web"), "webbtext.html"));
    expect(web).toMatch(/^<p>Pressmeddelande /);
    expect(web).toMatch(/<h1>Huddinge: e-postsvaren inom en arbetsdag upp 19(\u00A0|&nbsp;)procentenheter<\/h1>/);
    expect(web).toContain("<h2>E-post</h2>");
    expect(web).toContain("<blockquote>\n<p>– Sedan förra året");
    expect(web).toContain("<caption>E-post i siffror</caption>");
    for (const bad of ["style=", "<script", "<style", "class=", "<html", "<body"]) expect(web).not.toContain(bad);
  });

  it("shows hostile data as text", async () => {
    const ds = load("huddinge-2019.yaml");
    const m = ds.municipalities[0];
    if (!m) throw new Error("fixture");
    m.name = `Ort<img src=x onerror=alert(1)>`;
    m.release = {
      ...m.release,
      quotes: [{ text: `Vi <script>alert(2)</script> är glada`, name: `Anna <b>`, title: "chef" }],
      extra: ["[x](javascript:alert(3)) [ok](https://example.se/sida)"],
    };
    const files = await outputs(ds, "web,docx");
    const web = text(file(files, "webbtext.html"));
    expect(web).not.toMatch(/<img|<script|<b>|href="javascript/i);
    expect(web).toContain("Ort&lt;img src=x onerror=alert(1)&gt;");
    expect(web).toContain('<a href="https://example.se/sida">ok</a>');
    const doc = (await unzip(file(files, "pressmeddelande.docx")))["word/document.xml"] ?? "";
    expect(doc).toContain("Ort&lt;img src=x onerror=alert(1)&gt;");
  });
});
