// The national page: a distribution chart (SVG with its numbers as text and as
// a table) and a table of the best and weakest municipalities per indicator,
// the same safety as a municipality's page, and zero axe-core WCAG 2.1 A/AA
// violations in Chromium.
import { existsSync, readFileSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateNational, loadNationalResources, nationalHtml } from "../src/kinds/national/release.js";
import { assertSafeHtml } from "../src/render/html.js";
import { Dataset } from "../src/schema.js";
import { executablePath, report, runAxe, type AxeViolation } from "./helpers/axe.js";

const NB = "\u00A0";
const resources = await loadNationalResources();

function tolv(): Dataset {
  return Dataset.parse(parse(readFileSync("test/fixtures/national/tolv-kommuner.yaml", "utf8")));
}

async function page(ds: Dataset): Promise<string> {
  const r = generateNational(ds, { resources });
  return nationalHtml(ds, r, { html: resources.html });
}

function decode(s: string): string {
  return s.replace(/&(#\d+|amp|lt|gt|quot);/g, (_m, e: string) =>
    e[0] === "#" ? String.fromCodePoint(Number(e.slice(1))) : ({ amp: "&", lt: "<", gt: ">", quot: '"' } as Record<string, string>)[e] ?? "",
  );
}

describe("the national page", async () => {
  const html = await page(tolv());
  const sections = [...html.matchAll(/<section class="kanal">([\s\S]*?)<\/section>/g)].map((m) => m[1] ?? "");

  it("is a Swedish standalone page with the headline as title, sender in the header", () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(html).toContain("<title>Kommunerna blir bättre på att svara via e-post</title>");
    expect(html).toMatch(/<header class="sidhuvud">\n<p class="datumrad">Pressmeddelande 4 februari 2020<br>Sveriges Kommuner och Regioner \(SKR\)<\/p>/);
  });

  it("has one section per indicator, each with its text, then the chart, then the top/bottom table", () => {
    expect(sections.map((s) => /<h2>([^<]*)<\/h2>/.exec(s)?.[1])).toEqual([
      "Svar på e-post inom en arbetsdag",
      "Genomsnittlig svarstid för e-post",
      "Tillgänglighet via telefon",
      "Gott bemötande",
    ]);
    for (const s of sections) {
      expect(s).toMatch(/^\n<h2>[^<]*<\/h2>\n<p>[^<]*<\/p>\n<figure class="diagram"[\s\S]*<\/figure>\n<table class="diagram-tabell topplista"/);
    }
    // The quote about e-post follows the first section's tables.
    expect(sections[0]).toMatch(/<\/table>\n<p class="citat">– Allt fler kommuner/);
  });

  it("states every bin of the histogram in the SVG's name and in a table", () => {
    const first = sections[0] ?? "";
    const title = decode(/<title id="riket-1-beskrivning">([^<]*)<\/title>/.exec(first)?.[1] ?? "");
    expect(title).toBe(
      "Diagram. Svar på e-post inom en arbetsdag 2019: så fördelar sig elva kommuner. " +
        "60–69 procent: två kommuner. 70–79 procent: en kommun. 80–89 procent: tre kommuner. 90–100 procent: fem kommuner.",
    );
    expect(first).toContain('<svg class="diagram-svg" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="riket-1-beskrivning"');
    const rows = [...first.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>(\d+)<\/td><\/tr>/g)].map((m) => [m[1], Number(m[2])]);
    expect(rows).toEqual([
      ["60–69", 2],
      ["70–79", 1],
      ["80–89", 3],
      ["90–100", 5],
    ]);
  });

  it("lists the best and the weakest, ties on one row with a shared position", () => {
    const table = /<table class="diagram-tabell topplista"[\s\S]*?<\/table>/.exec(sections[0] ?? "")?.[0] ?? "";
    const rows = [...table.matchAll(/<tr><td>(\d+)<\/td><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(rows).toEqual([
      ["1", "Göteborg, Kävlinge, Lund", `100${NB}%`],
      ["4", "Huddinge", `98${NB}%`],
      ["5", "Malmö", `90${NB}%`],
      ["7", "Upplands Väsby", `85${NB}%`],
      ["8", "Norrtälje", `80${NB}%`],
      ["9", "Skurup", `70${NB}%`],
      ["10", "Höganäs, Lessebo", `60${NB}%`],
    ]);
    expect(table).toContain('<tr><th scope="rowgroup" colspan="3">Bästa resultat</th></tr>');
    expect(table).toContain('<tr><th scope="rowgroup" colspan="3">Svagaste resultat</th></tr>');
    // Hours: lowest first, and the caption says lower is better.
    const hours = /<table class="diagram-tabell topplista"[\s\S]*?<\/table>/.exec(sections[1] ?? "")?.[0] ?? "";
    expect(hours).toContain(`Genomsnittlig svarstid för e-post (lägre är bättre) 2019: bästa och svagaste resultat bland tolv kommuner`);
    expect(hours).toMatch(new RegExp(`<tr><td>1</td><th scope="row">Kävlinge, Lund</th><td>1${NB}tim</td></tr>`));
  });

  it("has unique ids, every aria-labelledby resolves, and it passes its safety check", () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of html.matchAll(/aria-labelledby="([^"]+)"/g)) expect(ids).toContain(m[1]);
    expect(() => assertSafeHtml(html)).not.toThrow();
    expect(html).not.toMatch(/<script/i);
  });

  it("has the national CSS after the shared stylesheet", () => {
    expect(html.indexOf(".topplista {")).toBeGreaterThan(html.indexOf(".diagram-tabell {"));
  });

  it("without every participant: no charts or tables, only the text", async () => {
    const ds = tolv();
    ds.survey.participants = 264;
    const partial = await page(ds);
    expect(partial).not.toContain("<figure");
    expect(partial).not.toContain("class=\"diagram-tabell topplista\"");
  });

  it("hostile names stay text", async () => {
    const ds = tolv();
    const m = ds.municipalities[1];
    if (!m) throw new Error("fixture");
    m.name = `Göte<script>alert(1)</script>borg "&"`;
    const hostile = await page(ds);
    expect(hostile).not.toMatch(/<script/i);
    expect(hostile).toContain("Göte&#60;script&#62;alert(1)&#60;/script&#62;borg &#34;&#38;&#34;");
    expect(() => assertSafeHtml(hostile)).not.toThrow();
  });
});

describe.skipIf(executablePath === undefined)("the national page, axe-core WCAG 2.1 A/AA in Chromium", () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    const root = typeof process.getuid === "function" && process.getuid() === 0;
    browser = await puppeteer.launch({
      executablePath: executablePath as string,
      headless: true,
      args: [...(root ? ["--no-sandbox"] : []), "--disable-background-networking", "--no-first-run", "--disable-gpu"],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function violations(html: string, width: number): Promise<AxeViolation[]> {
    if (!browser) throw new Error("no browser");
    const p = await browser.newPage();
    try {
      await p.setViewport({ width, height: 900 });
      await p.setBypassCSP(true);
      await p.setContent(html, { waitUntil: "load" });
      return await runAxe(p);
    } finally {
      await p.close();
    }
  }

  it.each([1024, 375])("has no violations at %s px", async (width) => {
    const v = await violations(await page(tolv()), width);
    expect(v, report(v)).toEqual([]);
  });

  it.skipIf(!existsSync("data/exempel/kkik-2019-alla.yaml")).each([1024, 375])(
    "has no violations for kkik-2019-alla.yaml (264 municipalities, riket's years 2014–2019) at %s px",
    async (width) => {
      const ds = Dataset.parse(parse(readFileSync("data/exempel/kkik-2019-alla.yaml", "utf8")));
      const html = await page(ds);
      expect(html).toContain('<figure class="diagram diagram-tid"');
      const v = await violations(html, width);
      expect(v, report(v)).toEqual([]);
    },
  );

  it("has no violations without a release (placeholders) and without riket", async () => {
    const ds = tolv();
    delete ds.national;
    const v = await violations(await page(ds), 1024);
    expect(v, report(v)).toEqual([]);
  });
});
