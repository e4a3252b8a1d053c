// The Huddinge release as a PDF, made through the CLI the way a user makes it:
// the text a reader's PDF viewer extracts, the metadata, embedded fonts, and
// no browser left running afterwards.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDFDict, PDFDocument, PDFName } from "@cantoo/pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { trackProcesses, type ProcessInfo } from "./helpers/processes.js";

const NB = "\u00A0";

describe("generate --format all: the Huddinge PDF", () => {
  let pdf: Uint8Array;
  let pages: string[] = [];
  let info: Record<string, unknown> = {};
  let ours: ProcessInfo[] = [];
  let leftovers: () => ProcessInfo[] = () => [];
  let stdout = "";
  let marked = false;
  let structLang: string | undefined;

  beforeAll(async () => {
    const out = await mkdtemp(path.join(tmpdir(), "kp-pdf-"));
    // The browser's profile goes into a temp folder of this run's own, so the
    // processes it starts can be told from any other Chromium on the machine.
    const ownTmp = await mkdtemp(path.join(tmpdir(), "kp-pdf-tmp-"));
    const savedTmp = process.env["TMPDIR"];
    process.env["TMPDIR"] = ownTmp;
    const tracker = trackProcesses(ownTmp);
    let stderr = "";
    let code: number;
    try {
      code = await main(["generate", "data/exempel/huddinge-2019.yaml", "-o", out, "-f", "all"], {
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
      });
    } finally {
      if (savedTmp === undefined) delete process.env["TMPDIR"];
      else process.env["TMPDIR"] = savedTmp;
      ours = tracker.stop();
      leftovers = tracker.leftovers;
    }
    expect(code, stderr).toBe(0);
    pdf = new Uint8Array(await readFile(path.join(out, "2019", "0126-huddinge", "pressmeddelande.pdf")));
    const doc = await getDocument({ data: pdf.slice(), isEvalSupported: false, verbosity: 0 }).promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((i) => ("str" in i ? i.str + (i.hasEOL ? "\n" : "") : "")).join(""));
    }
    info = (await doc.getMetadata()).info as Record<string, unknown>;
    marked = ((await doc.getMarkInfo()) as { Marked?: boolean } | null)?.Marked === true;
    const tree = (await (await doc.getPage(1)).getStructTree()) as { children?: { lang?: string }[] } | null;
    structLang = tree?.children?.[0]?.lang;
    await doc.destroy();
  });

  it("writes all four formats", () => {
    expect(stdout.match(/pressmeddelande\.(md|html|pdf|json)/g)).toEqual([
      "pressmeddelande.md",
      "pressmeddelande.html",
      "pressmeddelande.pdf",
      "pressmeddelande.json",
    ]);
  });

  it("holds the release's Swedish text: å ä ö, talstreck and numbers with their units", () => {
    const all = pages.join("\n").replace(/\s+/g, " ");
    expect(all).toContain("Huddinge: e-postsvaren inom en arbetsdag upp 19 procentenheter");
    expect(all).toContain("– Sedan förra året går alla samtal till kommunen via vårt servicecenter.");
    expect(all).toContain("säger Ann-Marie Fredricsson, chef på Servicecenter.");
    expect(all).toMatch(/inom en minut ner till 64[ \u00A0]procent 2019, från 66[ \u00A0]procent 2018/);
    expect(all).toContain("Fakta om undersökningen");
    expect(all).toContain("Om Huddinge kommun");
    // The chart's table is in the PDF too.
    expect(all).toContain("Likvärdiga kommuner");
  });

  it("never breaks a line between a number and its unit (the no-break space holds)", () => {
    const text = pages.join("\n");
    expect(text).toMatch(new RegExp(`98[ ${NB}]procent`));
    expect(text).not.toMatch(/\d\s*\n\s*(procent|procentenheter|timmar)\b/);
  });

  it("numbers its pages in Swedish in the footer", () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((p, i) => expect(p).toContain(`Sida ${i + 1} av ${pages.length}`));
  });

  it("has title, author (the sender) and language in the metadata, and is tagged", async () => {
    expect(info.Title).toBe("Huddinge: e-postsvaren inom en arbetsdag upp 19\u00A0procentenheter");
    expect(info.Author).toBe("Huddinge kommun");
    expect(marked).toBe(true);
    expect(structLang).toBe("sv");
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(doc.catalog.lookup(PDFName.of("Lang"))?.toString()).toBe("(sv)");
  });

  it("embeds its fonts (Source Sans 3), every one of them", async () => {
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    const descriptors = doc.context
      .enumerateIndirectObjects()
      .map(([, obj]) => obj)
      .filter((obj): obj is PDFDict => obj instanceof PDFDict && obj.get(PDFName.of("Type")) === PDFName.of("FontDescriptor"));
    const names = descriptors.map((d) => d.get(PDFName.of("FontName"))?.toString() ?? "");
    expect(names.length).toBeGreaterThan(0);
    // The body text is Source Sans 3; the page footer is Chromium's own header/footer font.
    expect(names.filter((n) => /SourceSans3/.test(n)).length).toBeGreaterThanOrEqual(2);
    for (const d of descriptors) {
      const embedded = ["FontFile", "FontFile2", "FontFile3"].some((k) => d.get(PDFName.of(k)) !== undefined);
      expect(embedded, d.get(PDFName.of("FontName"))?.toString()).toBe(true);
    }
  });

  it("leaves no Chromium running (of the ones this run started)", () => {
    expect(ours.some((p) => /chrom(e|ium)/i.test(p.cmdline))).toBe(true);
    expect(leftovers().map((p) => `${p.pid} ${p.cmdline}`)).toEqual([]);
  });
});
