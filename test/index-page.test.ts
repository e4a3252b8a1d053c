// The batch's index page (out/<year>/index.html): a standalone Swedish page
// listing every release with its headline, status, warnings and relative
// links, with no way for data to run code, and no WCAG 2.1 A/AA violations
// for a full run of 290 municipalities.
import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { KommunpressError } from "../src/messages.js";
import { TEMPLATES_DIR } from "../src/paths.js";
import { BrowserSession, type RequestEvent } from "../src/render/browser.js";
import { assertSafeHtml, CONTENT_SECURITY_POLICY } from "../src/render/html.js";
import {
  indexSummary,
  loadIndexTemplates,
  overTimeSummary,
  renderIndexPage,
  type IndexEntry,
  type IndexPageInput,
} from "../src/render/index-page.js";
import { slug } from "../src/slug.js";
import { executablePath, report, runAxe, type AxeViolation } from "./helpers/axe.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const templates = await loadIndexTemplates([TEMPLATES_DIR]);
const NB = "\u00A0";

const FILES = {
  md: "pressmeddelande.md",
  html: "pressmeddelande.html",
  pdf: "pressmeddelande.pdf",
  json: "pressmeddelande.json",
} as const;

// ---------------------------------------------------------------- helpers

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_m, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: NB };
    if (e[0] !== "#") return named[e.toLowerCase()] ?? "";
    return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10));
  });
}

/** What a reader sees (hidden text included): markup and CSS dropped, entities decoded, white space collapsed. */
function visibleText(page: string): string {
  return decode(page.replace(/<style[\s\S]*?<\/style>/gi, " ").replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ");
}

/** Every tag's attributes: [tag name, attribute name, decoded value]. */
function attributes(page: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  const body = page.replace(/<style[\s\S]*?<\/style>/gi, "<style></style>");
  for (const tag of body.matchAll(/<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    for (const a of (tag[2] ?? "").matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      out.push([(tag[1] ?? "").toLowerCase(), (a[1] ?? "").toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? "")]);
    }
  }
  return out;
}

const hrefs = (page: string): string[] => attributes(page).filter(([, name]) => name === "href").map(([, , v]) => v);

/** A relative link to a file in a release folder: two percent-encoded segments, no scheme. */
const RELATIVE = /^[A-Za-z0-9%._~!*'()-]+\/[A-Za-z0-9%._~!*'()-]+$/;

function expectNoScript(page: string): void {
  expect(page).not.toMatch(/<script/i);
  const attrs = attributes(page);
  expect(attrs.filter(([, name]) => name.startsWith("on"))).toEqual([]);
  expect(attrs.filter(([, , value]) => /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, "")))).toEqual([]);
  const ids = new Set(attributes(page).filter(([, name]) => name === "id").map(([, , v]) => v));
  for (const h of hrefs(page)) {
    // A link within the page ("Över tid" → a row) leads to an element on it.
    if (h.startsWith("#")) {
      expect(h).toMatch(/^#[A-Za-z][A-Za-z0-9_-]*$/);
      expect(ids.has(h.slice(1)), h).toBe(true);
      continue;
    }
    expect(h).toMatch(RELATIVE);
    expect(h).not.toMatch(/(^|\/)\.\.?(\/|$)/);
  }
  expect(attrs.filter(([, name]) => name === "src")).toEqual([]);
}

function between(page: string, open: RegExp, close: string): string {
  const m = open.exec(page);
  if (!m) throw new Error(`no ${String(open)}`);
  const end = page.indexOf(close, m.index);
  return page.slice(m.index, end + close.length);
}

/** The table's body rows, in order. */
function rows(page: string): string[] {
  return [...between(page, /<tbody>/, "</tbody>").matchAll(/<tr[\s>][\s\S]*?<\/tr>/g)].map((m) => m[0]);
}

function entry(code: string, name: string, over: Partial<IndexEntry> = {}): IndexEntry {
  return {
    code,
    name,
    officialName: `${name} kommun`,
    folder: `${code}-${slug(name)}`,
    headline: `${name} svarar snabbare på e-post`,
    status: "generated",
    warnings: [],
    error: null,
    files: { ...FILES },
    ...over,
  };
}

function small(): IndexPageInput {
  return {
    year: 2019,
    surveyName: "Kommunens Kvalitet i Korthet (KKiK)",
    source: "kkik-2019-alla.yaml",
    example: true,
    summaries: [{ name: "Riket", headline: "Fler kommuner svarar på e-post inom en dag", folder: "riket", files: { ...FILES } }],
    entries: [
      entry("0114", "Upplands Väsby", { warnings: [{ ruleId: "no-quote", text: "inget citat" }] }),
      entry("0126", "Huddinge", { status: "unchanged" }),
      entry("0127", "Botkyrka", {
        status: "failed",
        headline: null,
        error: "värdet för epost-en-dag 2019 saknas",
        warnings: [{ ruleId: "no-previous-year", text: "inga resultat från föregående år" }],
      }),
      entry("0128", "Salem", {
        files: { md: FILES.md, json: FILES.json },
        warnings: [
          { ruleId: "no-quote", text: "inget citat" },
          { ruleId: "no-contacts", text: "inga kontaktpersoner" },
        ],
      }),
    ],
  };
}

/** Highlights as the kinds word them (kinds/highlights.ts). */
const NOTES = ["direktsvaren i telefon: bäst sedan 2014", "bemötandet i telefon: vände uppåt efter tre års nedgång"];

/** small(), with highlights for riket and two of the municipalities (one of them failed). */
function withHighlights(): IndexPageInput {
  const input = small();
  const [riket] = input.summaries;
  return {
    ...input,
    summaries: riket ? [{ ...riket, highlights: ["e-postsvaren inom en arbetsdag: bättre två år i rad"] }] : [],
    entries: input.entries.map((e) =>
      e.code === "0126" ? { ...e, highlights: NOTES } : e.code === "0127" ? { ...e, highlights: ["tillgängligheten i telefon: sämst sedan 2015"] } : e,
    ),
  };
}

// ------------------------------------------------------------- structure

describe("index page: structure", () => {
  const page = renderIndexPage(small(), templates);

  it("is a Swedish document with a title and the releases' CSP", () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(page).toContain("<title>Pressmeddelanden – KKiK 2019 (exempeldata)</title>");
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
    expect(decode(csp ?? "")).toBe(CONTENT_SECURITY_POLICY);
  });

  it("has one header, main and footer, in that order", () => {
    const order = [...page.matchAll(/<(header|main|footer)[\s>]/g)].map((m) => m[1]);
    expect(order).toEqual(["header", "main", "footer"]);
  });

  it("has one h1, then h2s, never skipping a level", () => {
    const levels = [...page.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels).toEqual([1, 2, 2]);
    expect(page).toContain("<h1>Pressmeddelanden 2019</h1>");
    expect(visibleText(between(page, /<header/, "</header>"))).toContain("Kommunens Kvalitet i Korthet (KKiK) 2019");
  });

  it("has a table with a caption, column headers and a row header per municipality", () => {
    const table = between(page, /<table/, "</table>");
    expect(table).toContain('<caption id="tabell-rubrik">Pressmeddelanden per kommun, KKiK 2019</caption>');
    expect(table).toContain(
      '<thead><tr><th scope="col">Kommun</th><th scope="col">Rubrik</th><th scope="col">Status</th><th scope="col">Varningar</th><th scope="col">Över tid</th><th scope="col">Filer</th></tr></thead>',
    );
    const body = rows(page);
    expect(body).toHaveLength(4);
    for (const r of body) {
      expect(r.match(/<th[\s>]/g)).toHaveLength(1);
      expect(r.match(/<td[\s>]/g)).toHaveLength(5);
    }
    expect(body[0]).toContain('<th scope="row">Upplands Väsby kommun <span class="kod">0114</span></th>');
    // Every <th> has a scope.
    expect([...page.matchAll(/<th(?![^>]*scope="(col|row)")[\s>]/g)]).toEqual([]);
  });

  it("puts the table in a labelled, focusable region so it can scroll on a narrow screen", () => {
    expect(page).toMatch(/<div class="tabell-rulla" role="region" aria-labelledby="tabell-rubrik" tabindex="0">\n<table/);
  });

  it("has unique ids, and every aria-labelledby points at one", () => {
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of page.matchAll(/aria-labelledby="([^"]+)"/g)) expect(ids).toContain(m[1]);
  });

  it("shows status in words: skapad, oförändrad, misslyckades", () => {
    const status = rows(page).map((r) => /<span class="status">([^<]*)<\/span>/.exec(r)?.[1]);
    expect(status).toEqual(["skapad", "oförändrad", "misslyckades", "skapad"]);
  });

  it("lists warnings as text, and says so when there are none", () => {
    const [vasby, huddinge, , salem] = rows(page) as [string, string, string, string];
    expect(vasby).toContain('<ul class="varningar"><li>inget citat</li></ul>');
    expect(huddinge).toContain('<span class="inga">inga</span>');
    expect(salem).toContain('<ul class="varningar"><li>inget citat</li><li>inga kontaktpersoner</li></ul>');
  });

  it("shows the source data file in the footer", () => {
    expect(visibleText(between(page, /<footer/, "</footer>"))).toContain("Underlag: kkik-2019-alla.yaml");
  });

  it("embeds the fonts and loads nothing from outside the page", () => {
    const faces = [...page.matchAll(/@font-face \{([^}]*)\}/g)].map((m) => m[1] ?? "");
    expect(faces).toHaveLength(3);
    for (const f of faces) expect(f).toMatch(/url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\)/);
    expect(page).not.toMatch(/url\((?!data:)/);
    expect(page).not.toMatch(/@import/);
    expect(page).not.toMatch(/\ssrc=/);
  });
});

// ---------------------------------------------------------------- summary

describe("index page: the summary line", () => {
  const make = (generated: number, unchanged: number, failed: number, warned: number): IndexEntry[] => {
    const out: IndexEntry[] = [];
    const statuses: IndexEntry["status"][] = [
      ...Array<IndexEntry["status"]>(generated).fill("generated"),
      ...Array<IndexEntry["status"]>(unchanged).fill("unchanged"),
      ...Array<IndexEntry["status"]>(failed).fill("failed"),
    ];
    statuses.forEach((status, i) => {
      const code = String(1000 + i);
      out.push(
        entry(code, `Kommun ${code}`, {
          status,
          headline: status === "failed" ? null : "Rubrik",
          error: status === "failed" ? "fel" : null,
          warnings: i < warned ? [{ ruleId: "no-quote", text: "inget citat" }] : [],
        }),
      );
    });
    return out;
  };

  it.each([
    [250, 10, 4, 180, `Sammanlagt 264${NB}pressmeddelanden: 250${NB}skapade, 10${NB}oförändrade och 4${NB}misslyckades; 180${NB}med varningar.`],
    [290, 0, 0, 0, `Sammanlagt 290${NB}pressmeddelanden: 290${NB}skapade; inga varningar.`],
    [0, 289, 1, 12, `Sammanlagt 290${NB}pressmeddelanden: 289${NB}oförändrade och 1${NB}misslyckades; 12${NB}med varningar.`],
    [2, 1, 1, 3, "Sammanlagt fyra pressmeddelanden: två skapade, ett oförändrat och ett misslyckades; tre med varningar."],
    [1, 0, 0, 1, "Sammanlagt ett pressmeddelande: ett skapat; ett med varningar."],
    [0, 0, 12, 0, "Sammanlagt tolv pressmeddelanden: tolv misslyckades; inga varningar."],
    [10, 3, 0, 0, `Sammanlagt 13${NB}pressmeddelanden: 10${NB}skapade och 3${NB}oförändrade; inga varningar.`],
    [1234, 0, 0, 0, `Sammanlagt 1${NB}234${NB}pressmeddelanden: 1${NB}234${NB}skapade; inga varningar.`],
  ])("%i skapade, %i oförändrade, %i misslyckade, %i med varningar", (g, u, f, w, expected) => {
    expect(indexSummary(make(g, u, f, w))).toBe(expected);
  });

  it("says so when there are no releases, and shows no empty table", () => {
    expect(indexSummary([])).toBe("Inga pressmeddelanden för kommuner i den här körningen.");
    const page = renderIndexPage({ ...small(), entries: [] }, templates);
    expect(page).toContain('<p class="sammanfattning">Inga pressmeddelanden för kommuner i den här körningen.</p>');
    expect(page).not.toContain("<table");
  });

  it("the page's summary matches its table", () => {
    const page = renderIndexPage(small(), templates);
    const summary = decode(/<p class="sammanfattning">([^<]*)<\/p>/.exec(page)?.[1] ?? "");
    expect(summary).toBe("Sammanlagt fyra pressmeddelanden: två skapade, ett oförändrat och ett misslyckades; tre med varningar.");
    const status = rows(page).map((r) => /<span class="status">([^<]*)<\/span>/.exec(r)?.[1]);
    expect(status.filter((s) => s === "skapad")).toHaveLength(2);
    expect(status.filter((s) => s === "oförändrad")).toHaveLength(1);
    expect(status.filter((s) => s === "misslyckades")).toHaveLength(1);
    expect(rows(page).filter((r) => r.includes('class="varningar"'))).toHaveLength(3);
  });
});

// -------------------------------------------------------- national, links

/** A run stopped by Ctrl-C, with every format, and a hand edit kept in Huddinge's folder and riket's. */
function stoppedEarly(): IndexPageInput {
  const all = { ...FILES, docx: "pressmeddelande.docx", png: "delningsbild.png", web: "webbtext.html" };
  const input = small();
  const edited = [{ file: "pressmeddelande.md", keptAs: "pressmeddelande.redigerad.md" }];
  input.entries = [entry("0126", "Huddinge", { files: all, edited }), entry("0127", "Botkyrka", { files: all })];
  input.summaries = [{ name: "Riket", headline: "Riket", folder: "riket", files: all, edited }];
  input.run = { interrupted: true, stopped: null, remaining: 189 };
  return input;
}

describe("index page: a run that stopped early, hand edits, Word, images and the web fragment", () => {
  const page = renderIndexPage(stoppedEarly(), templates);

  it("says first that the run was interrupted and how many remain, and counts them in the summary", () => {
    expect(page).toContain(
      '<p class="avbruten"><strong>Körningen avbröts innan allt var klart: 189 pressmeddelanden återstår. Kör samma kommando igen för att göra klart resten.</strong></p>',
    );
    expect(page).toContain("Sammanlagt 191\u00A0pressmeddelanden: 2\u00A0skapade och 189\u00A0inte gjorda; inga varningar.");
    expect(page.indexOf('class="avbruten"')).toBeLessThan(page.indexOf('class="sammanfattning"'));
  });

  it("interrupted after the last release had started: every release was finished, so no notice (a flaky batch test found a stale one)", () => {
    const input = { ...stoppedEarly(), run: { interrupted: true, stopped: null, remaining: 0 } };
    expect(renderIndexPage(input, templates)).not.toContain("Körningen avbröts");
  });

  it("a disk that stopped the run: its message, then how many remain", () => {
    const input = { ...stoppedEarly(), run: { interrupted: false, stopped: "kan inte skriva till out/2019: disken är full (ENOSPC). Gör så här.", remaining: 1 } };
    expect(renderIndexPage(input, templates)).toContain(
      "<strong>Körningen stoppades. Kan inte skriva till out/2019: disken är full (ENOSPC). Gör så här. 1 pressmeddelande återstår.</strong>",
    );
    expect(renderIndexPage({ ...stoppedEarly(), run: { interrupted: false, stopped: null, remaining: 0 } }, templates)).not.toContain(`class="avbruten"`);
  });

  it("links Word, the web fragment and the share image, with their Swedish names", () => {
    const labels = [...page.matchAll(/<a href="0126-huddinge\/([^"]+)"><span class="dold">Huddinge: <\/span>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(labels).toEqual([
      ["pressmeddelande.md", "Markdown"],
      ["pressmeddelande.html", "HTML"],
      ["pressmeddelande.pdf", "PDF"],
      ["pressmeddelande.docx", "Word"],
      ["webbtext.html", "Webbtext"],
      ["delningsbild.png", "Bild"],
      ["pressmeddelande.json", "claims.json"],
    ]);
    expect(page).toContain('<a href="riket/pressmeddelande.docx"><span class="dold">Riket: </span>Word</a>');
  });

  it("a kept hand edit is said in the release's row and riket's section, with a link to the user's version", () => {
    const note = 'pressmeddelande.md var ändrad för hand; din version finns kvar som <a href="0126-huddinge/pressmeddelande.redigerad.md">pressmeddelande.redigerad.md</a>';
    expect(rows(page)[0]).toContain(`<li>${note}</li>`);
    expect(rows(page)[1]).toContain('<span class="inga">inga</span>');
    expect(page).toContain('<li>pressmeddelande.md var ändrad för hand; din version finns kvar som <a href="riket/pressmeddelande.redigerad.md">pressmeddelande.redigerad.md</a></li>');
    expectNoScript(page);
  });
});

describe("index page: the national release and the links", () => {
  const page = renderIndexPage(small(), templates);

  it("puts the national release first, with its headline and links", () => {
    const riket = between(page, /<section class="riket"/, "</section>");
    expect(page.indexOf('<section class="riket"')).toBeLessThan(page.indexOf("<table"));
    expect(riket).toContain('<h2 id="riket-rubrik">Riket</h2>');
    expect(riket).toContain('<p class="riket-rubrik">Fler kommuner svarar på <span class="hel">e-post</span> inom en dag</p>');
    expect(hrefs(riket)).toEqual([
      "riket/pressmeddelande.md",
      "riket/pressmeddelande.html",
      "riket/pressmeddelande.pdf",
      "riket/pressmeddelande.json",
    ]);
    expect(riket).toContain('<a href="riket/pressmeddelande.pdf"><span class="dold">Riket: </span>PDF</a>');
  });

  it("gives every summary release its own section, named and labelled by it, in the order given", () => {
    const input = small();
    input.summaries = [
      ...input.summaries,
      { name: "Stockholms län", headline: "Länet svarar snabbare", folder: "lan 01", files: { md: FILES.md } },
    ];
    const page = renderIndexPage(input, templates);
    expect(page.match(/<section class="riket"/g)).toHaveLength(2);
    expect(page).toContain('<section class="riket" aria-labelledby="riket-rubrik">');
    // A folder that is no plain id gives one by position.
    expect(page).toContain('<section class="riket" aria-labelledby="sammanfattning-2-rubrik">\n<h2 id="sammanfattning-2-rubrik">Stockholms län</h2>');
    expect(page).toContain('<a href="lan%2001/pressmeddelande.md"><span class="dold">Stockholms län: </span>Markdown</a>');
    expect(page.indexOf("riket-rubrik")).toBeLessThan(page.indexOf("sammanfattning-2-rubrik"));
  });

  it("has no national section when there is none", () => {
    const without = renderIndexPage({ ...small(), summaries: [] }, templates);
    expect(without).not.toContain('<section class="riket"');
    expect(hrefs(without).filter((h) => h.startsWith("riket/"))).toEqual([]);
    expect([...without.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]))).toEqual([1, 2]);
  });

  it("links each existing file, labelled, with the municipality as hidden context", () => {
    const [vasby, , , salem] = rows(page) as [string, string, string, string];
    expect(vasby).toContain(
      [
        '<ul class="filer">',
        '<li><a href="0114-upplands-vasby/pressmeddelande.md"><span class="dold">Upplands Väsby: </span>Markdown</a></li>',
        '<li><a href="0114-upplands-vasby/pressmeddelande.html"><span class="dold">Upplands Väsby: </span>HTML</a></li>',
        '<li><a href="0114-upplands-vasby/pressmeddelande.pdf"><span class="dold">Upplands Väsby: </span>PDF</a></li>',
        '<li><a href="0114-upplands-vasby/pressmeddelande.json"><span class="dold">Upplands Väsby: </span>claims.json</a></li>',
        "</ul>",
      ].join(""),
    );
    // Only the files that exist.
    expect(hrefs(salem)).toEqual(["0128-salem/pressmeddelande.md", "0128-salem/pressmeddelande.json"]);
  });

  it("a failed release shows its error and links nothing, even if old files are listed", () => {
    const botkyrka = rows(page)[2] ?? "";
    expect(botkyrka).toMatch(/^<tr class="status-failed"[ >]/);
    expect(botkyrka).toContain('<span class="fel"><strong>Fel:</strong> värdet för epost-en-dag 2019 saknas</span>');
    expect(botkyrka).toContain('<span class="status">misslyckades</span>');
    expect(botkyrka).toContain('<span class="inga">inga filer</span>');
    expect(botkyrka).not.toContain("<a ");
    expect(hrefs(page).filter((h) => h.startsWith("0127"))).toEqual([]);
    // Its warnings are still listed.
    expect(botkyrka).toContain("<li>inga resultat från föregående år</li>");
  });

  it("a failed release without a reason says the reason is unknown", () => {
    const input = small();
    input.entries = [entry("0127", "Botkyrka", { status: "failed", headline: null, error: null })];
    expect(rows(renderIndexPage(input, templates))[0]).toContain("<strong>Fel:</strong> orsaken är okänd");
  });

  it("a release without a headline says so", () => {
    const input = small();
    input.entries = [entry("0126", "Huddinge", { headline: null })];
    expect(rows(renderIndexPage(input, templates))[0]).toContain('<td><span class="inga">Rubrik saknas</span></td>');
  });

  it("percent-encodes folder and file names, so links stay relative", () => {
    const input = small();
    input.entries = [
      entry("2580", "Luleå", { folder: "2580-luleå #1?x=%", files: { pdf: "press meddelande.pdf" } }),
      entry("0001", "Test", { folder: "javascript:alert(1)", files: { html: "x:y.html" } }),
    ];
    const out = renderIndexPage(input, templates);
    const links = hrefs(out).filter((h) => !h.startsWith("riket/"));
    expect(links).toEqual(["2580-lule%C3%A5%20%231%3Fx%3D%25/press%20meddelande.pdf", "javascript%3Aalert(1)/x%3Ay.html"]);
    for (const h of hrefs(out)) expect(h).toMatch(RELATIVE);
    expect(() => assertSafeHtml(out)).not.toThrow();
  });

  it.each([[""], ["."], [".."], ["a/b"], ["//evil.example"], ["a\\b"], ["a\nb"], ["\uD800"]])(
    "refuses a folder %j that is not one path segment",
    (folder) => {
      const input = small();
      input.entries = [entry("0126", "Huddinge", { folder })];
      const err = (() => {
        try {
          renderIndexPage(input, templates);
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(err).toBeInstanceOf(KommunpressError);
      expect((err as KommunpressError).messages[0]).toMatchObject({ ruleId: "index-link", path: "entries[0].folder" });
      expect((err as KommunpressError).message).toMatch(/är inget giltigt mapp- eller filnamn för en länk på indexsidan/);
    },
  );

  it("refuses a file name that is not one path segment, naming the field", () => {
    const input = small();
    input.summaries = [{ name: "Riket", headline: "Riket", folder: "riket", files: { pdf: "../../etc/passwd" } }];
    expect(() => renderIndexPage(input, templates)).toThrow(/summaries\[0\]\.files\.pdf/);
  });
});

// ---------------------------------------------------------------- hostile

const HOSTILE = {
  name: `Ond<script>alert(1)</script>`,
  officialName: `Ond "kommun" <img src=x onerror=alert(2)>`,
  headline: `Rubrik <script>alert("h")</script> & "citat" 'enkel'`,
  warning: `<a href="javascript:alert(3)">klick</a>`,
  error: `<svg onload=alert(4)> fel & "mer"`,
  code: `<b onclick=alert(5)>`,
  surveyName: `Enkät <iframe src=javascript:alert(6)>`,
  source: `data "x" <style>body{display:none}</style>.yaml`,
  national: `Riket <details open ontoggle=alert(7)>`,
};

describe("index page: hostile data", () => {
  const input: IndexPageInput = {
    year: 2019,
    surveyName: HOSTILE.surveyName,
    source: HOSTILE.source,
    example: false,
    summaries: [{ name: "Riket", headline: HOSTILE.national, folder: "riket", files: { pdf: FILES.pdf } }],
    entries: [
      entry(HOSTILE.code, HOSTILE.name, {
        officialName: HOSTILE.officialName,
        folder: "0999-ond",
        headline: HOSTILE.headline,
        warnings: [{ ruleId: `" onmouseover="alert(8)`, text: HOSTILE.warning }],
      }),
      entry("0998", "Fel", { status: "failed", headline: HOSTILE.headline, error: HOSTILE.error }),
    ],
  };
  const page = renderIndexPage(input, templates);
  const text = visibleText(page);

  it("has no script element, no event handler, no javascript: URL, only relative links", () => {
    expectNoScript(page);
    expect(page).not.toMatch(/<(iframe|img|svg|details|b )/i);
    expect(() => assertSafeHtml(page)).not.toThrow();
    expect(hrefs(page)).toEqual(["riket/pressmeddelande.pdf", ...Object.values(FILES).map((f) => `0999-ond/${f}`)]);
  });

  it("shows what was typed, as text", () => {
    for (const t of [HOSTILE.name, HOSTILE.officialName, HOSTILE.headline, HOSTILE.warning, HOSTILE.error, HOSTILE.code, HOSTILE.surveyName, HOSTILE.source, HOSTILE.national]) {
      expect(text, t).toContain(t);
    }
    expect(text).toContain(`${HOSTILE.name}: PDF`);
    expect(page).toContain("<title>Pressmeddelanden – Enkät &lt;iframe src&#x3D;javascript:alert(6)&gt; 2019</title>");
  });

  it("a failed release's headline is not shown, its error is", () => {
    const failed = rows(page)[1] ?? "";
    expect(failed).not.toContain("Rubrik &lt;script");
    expect(visibleText(failed)).toContain(`Fel: ${HOSTILE.error}`);
  });
});

// -------------------------------------------------- determinism, example

describe("index page: determinism and the exempeldata notice", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gives the same bytes for the same input, whatever the clock says", async () => {
    const first = renderIndexPage(small(), templates);
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2031-06-15T12:00:00Z"));
    const again = renderIndexPage(small(), await loadIndexTemplates([TEMPLATES_DIR]));
    expect(again).toBe(first);
    expect(first).not.toMatch(/2031|20\d\d-\d\d-\d\d/);
  });

  it("says clearly that the figures are exempeldata, only when they are", () => {
    const example = renderIndexPage(small(), templates);
    const notice = /<p class="exempel">([\s\S]*?)<\/p>/.exec(example)?.[1] ?? "";
    expect(visibleText(notice).trim()).toBe(
      "Exempeldata. Siffrorna på den här sidan och i pressmeddelandena är exempeldata, inte verkliga resultat. Publicera dem inte.",
    );
    // Before the summary and the releases, and in the title.
    expect(example.indexOf('class="exempel"')).toBeLessThan(example.indexOf('class="sammanfattning"'));
    expect(example).toContain("(exempeldata)</title>");

    const real = renderIndexPage({ ...small(), example: false }, templates);
    expect(real).not.toContain('class="exempel"');
    expect(visibleText(real)).not.toMatch(/exempeldata/i);
    expect(real).toContain("<title>Pressmeddelanden – KKiK 2019</title>");
  });

  it("a survey name without a short form is used whole in the title", () => {
    const page = renderIndexPage({ ...small(), example: false, surveyName: "Servicemätning" }, templates);
    expect(page).toContain("<title>Pressmeddelanden – Servicemätning 2019</title>");
  });
});

// -------------------------------------------------------------- templates

describe("index page: templates", () => {
  it("a user's folder overrides the built-in template and stylesheet", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kommunpress-index-"));
    await writeFile(path.join(dir, "index.css"), "body { color: #000000; }\n");
    const t = await loadIndexTemplates([dir, TEMPLATES_DIR]);
    expect(t.files).toEqual([path.join(TEMPLATES_DIR, "index.html.hbs"), path.join(dir, "index.css")]);
    const page = renderIndexPage(small(), t);
    expect(page).toContain("body { color: #000000; }");
    expect(page).not.toContain(".tabell-rulla {");
  });

  it("refuses a stylesheet that could close the style element", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kommunpress-index-"));
    await writeFile(path.join(dir, "index.css"), "body {} </style><script>alert(1)</script>");
    await expect(loadIndexTemplates([dir, TEMPLATES_DIR])).rejects.toThrow(/stilmallen får inte innehålla <\/style>/);
  });

  it("names a misspelt field in a user's template", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kommunpress-index-"));
    await writeFile(path.join(dir, "index.html.hbs"), "<p>{{sumary}}</p>");
    const t = await loadIndexTemplates([dir, TEMPLATES_DIR]);
    expect(() => renderIndexPage(small(), t)).toThrow(/mallen använder \{\{sumary\}\}, som inte finns/);
  });

  it("a user's template that adds a script is refused", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kommunpress-index-"));
    await writeFile(path.join(dir, "index.html.hbs"), "<html><body><script>alert(1)</script>{{summary}}</body></html>");
    const t = await loadIndexTemplates([dir, TEMPLATES_DIR]);
    expect(() => renderIndexPage(small(), t)).toThrow(/HTML-sidan innehåller elementet <script>/);
  });
});

// ------------------------------------------------------------- över tid

describe("index page: what the years show (Över tid)", () => {
  const page = renderIndexPage(withHighlights(), templates);

  it("has a column with each release's notes as a list, or a dash", () => {
    const cells = rows(page).map((r) => [...r.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1] ?? "")[3]);
    expect(cells).toEqual([
      '<span class="inga">–</span>',
      `<ul class="varningar"><li>${NOTES[0]}</li><li>${NOTES[1]}</li></ul>`,
      // A failed release has no text, so nothing over time either.
      '<span class="inga">–</span>',
      '<span class="inga">–</span>',
    ]);
  });

  it("collects the releases with notes at the top, each linking to its row or riket's section", () => {
    const section = between(page, /<section class="over-tid"/, "</section>");
    expect(section).toContain('<h2 id="over-tid-rubrik">Över tid</h2>');
    expect(section).toContain("<summary>Rekord, sviter eller vändningar i två pressmeddelanden</summary>");
    const links = [...section.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual([
      ["#riket-rubrik", "Riket"],
      ["#kommun-0126", "Huddinge kommun"],
    ]);
    expect(visibleText(section)).toContain(`Huddinge kommun ${NOTES[0]} ${NOTES[1]}`);
    // Every link leads to an element on the page.
    for (const [href] of links) expect(page).toContain(`id="${(href ?? "").slice(1)}"`);
    // It comes before riket's section and the table.
    expect(page.indexOf('class="over-tid"')).toBeLessThan(page.indexOf('class="riket"'));
    expect(visibleText(between(page, /<section class="riket"/, "</section>"))).toContain("Över tid: e-postsvaren inom en arbetsdag: bättre två år i rad");
  });

  it("heading levels stay in order, and there is no section when no release has notes", () => {
    expect([...page.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]))).toEqual([1, 2, 2, 2]);
    const plain = renderIndexPage(small(), templates);
    expect(plain).not.toContain("over-tid-rubrik");
    expect(plain).not.toContain("<details");
  });

  it("counts in words up to twelve, then in digits", () => {
    expect(overTimeSummary(1)).toBe("Rekord, sviter eller vändningar i ett pressmeddelande");
    expect(overTimeSummary(12)).toBe("Rekord, sviter eller vändningar i tolv pressmeddelanden");
    expect(overTimeSummary(140)).toBe(`Rekord, sviter eller vändningar i 140${NB}pressmeddelanden`);
  });

  it("row ids are unique and valid even for odd codes", () => {
    const odd = small();
    odd.entries = [
      entry("0126", "Huddinge", { highlights: NOTES }),
      entry("0126", "Dubbel", { folder: "dubbel", highlights: NOTES }),
      entry("a b\"<", "Konstig", { folder: "konstig", highlights: NOTES }),
    ];
    const html = renderIndexPage(odd, templates);
    const ids = rows(html).map((r) => /^<tr [^>]*id="([^"]+)"/.exec(r)?.[1]);
    expect(ids).toEqual(["kommun-0126", "rad-2", "rad-3"]);
    const section = between(html, /<section class="over-tid"/, "</section>");
    expect([...section.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(["kommun-0126", "rad-2", "rad-3"]);
  });

  it("escapes the notes like everything else", () => {
    const hostile = small();
    hostile.entries = [entry("0126", "Huddinge", { highlights: ['<img src=x onerror="alert(1)">: bäst sedan 2014'] })];
    const html = renderIndexPage(hostile, templates);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src&#x3D;x");
    expectNoScript(html);
  });
});

// ------------------------------------------------------ 290, axe-core

/** All 290 municipalities from the reference data, with mixed statuses and warnings. */
function fullRun(): IndexPageInput {
  const lines = readFileSync(path.join(ROOT, "data/reference/kommuner.csv"), "utf8").trim().split("\n").slice(1);
  const warningTexts = [
    { ruleId: "no-quote", text: "inget citat" },
    { ruleId: "no-previous-year", text: "inga resultat från föregående år" },
    { ruleId: "no-contacts", text: "inga kontaktpersoner" },
  ];
  const entries = lines.map((line, i): IndexEntry => {
    const [code = "", name = "", officialName = ""] = line.split(",");
    const status: IndexEntry["status"] = i % 23 === 5 ? "failed" : i % 7 === 3 ? "unchanged" : "generated";
    const failed = status === "failed";
    return {
      code,
      name,
      officialName,
      folder: `${code}-${slug(name)}`,
      headline: failed ? null : i === 17 ? HOSTILE.headline : `${name} svarar snabbare på e-post än riket`,
      status,
      warnings: warningTexts.slice(0, i % 4),
      error: failed ? "värdet för epost-en-dag 2019 ligger utanför 0–100 för enheten procent" : null,
      files: i % 11 === 4 ? { md: FILES.md, html: FILES.html, json: FILES.json } : { ...FILES },
      highlights: failed ? [] : NOTES.slice(0, i % 3),
    };
  });
  return {
    year: 2019,
    surveyName: "Kommunens Kvalitet i Korthet (KKiK)",
    source: "kkik-2019-alla.yaml",
    example: true,
    summaries: [{ name: "Riket", headline: "Fler kommuner svarar på e-post inom en dag", folder: "riket", files: { ...FILES }, highlights: NOTES.slice(0, 1) }],
    entries,
  };
}

describe("index page: 290 municipalities", () => {
  const input = fullRun();
  const page = renderIndexPage(input, templates);

  it("lists every municipality in the given order, with unique link names", () => {
    expect(input.entries).toHaveLength(290);
    const body = rows(page);
    expect(body).toHaveLength(290);
    const codes = body.map((r) => /<span class="kod">(\d{4})<\/span>/.exec(r)?.[1]);
    expect(codes).toEqual(input.entries.map((e) => e.code));
    // Accessible names of the links (hidden context + label) never repeat.
    const names = [...page.matchAll(/<a [^>]*>([\s\S]*?)<\/a>/g)].map((m) => visibleText(m[1] ?? "").trim());
    expect(names.length).toBeGreaterThan(1000);
    expect(new Set(names).size).toBe(names.length);
    expectNoScript(page);
  });
});

interface Audit {
  violations: AxeViolation[];
  text: string;
  fonts: number;
  /** The document's and the table region's width and scroll width. */
  widths: { page: number; pageScroll: number; region: number; regionScroll: number };
}

describe.skipIf(executablePath === undefined)(
  `index page: axe-core, WCAG 2.1 AA${executablePath === undefined ? " (skipped: no Chromium; set PUPPETEER_EXECUTABLE_PATH)" : ""}`,
  () => {
    let session: BrowserSession | undefined;
    const requests: RequestEvent[] = [];
    const page290 = renderIndexPage(fullRun(), templates);

    beforeAll(async () => {
      session = await BrowserSession.open({ browser: executablePath as string, poolSize: 1, onRequest: (e) => requests.push(e) });
    });

    afterAll(async () => {
      await session?.close();
    });

    // The page loads as the PDF stage loads pages (JavaScript off, network
    // off, CSP on): it must need none of it. JavaScript is switched on after
    // loading, only to run axe, and off again before the page goes back to
    // the pool.
    async function audit(html: string, width = 1024): Promise<Audit> {
      if (!session) throw new Error("no browser");
      return session.withPage(async (page) => {
        await page.setViewport({ width, height: 900 });
        // The page's CSP forbids scripts (as it should); this test page needs axe.
        await page.setBypassCSP(true);
        await page.setContent(html, { waitUntil: "load" });
        await page.setJavaScriptEnabled(true);
        try {
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const violations = await runAxe(page);
          const text = await page.evaluate(() => document.body.innerText);
          const fonts = await page.evaluate(() => {
            let n = 0;
            document.fonts.forEach((f) => {
              if (f.family.includes("Source Sans 3") && f.status === "loaded") n++;
            });
            return n;
          });
          const widths = await page.evaluate(() => {
            const region = document.querySelector(".tabell-rulla");
            return {
              page: document.documentElement.clientWidth,
              pageScroll: document.documentElement.scrollWidth,
              region: region?.clientWidth ?? 0,
              regionScroll: region?.scrollWidth ?? 0,
            };
          });
          return { violations, text, fonts, widths };
        } finally {
          await page.setJavaScriptEnabled(false);
        }
      });
    }

    it("290 releases, mixed statuses and warnings: no violations, fonts loaded, nothing fetched", async () => {
      const { violations, text, fonts } = await audit(page290);
      expect(violations, report(violations)).toEqual([]);
      expect(fonts).toBeGreaterThanOrEqual(2);
      expect(text).toContain(HOSTILE.headline);
      expect(text).toContain("Exempeldata.");
      expect(requests.filter((r) => !r.allowed)).toEqual([]);
    }, 120_000);

    it("on a narrow (mobile) screen: no violations, only the table's region scrolls sideways", async () => {
      const { violations, widths } = await audit(page290, 375);
      expect(violations, report(violations)).toEqual([]);
      expect(widths.pageScroll).toBeLessThanOrEqual(widths.page);
      expect(widths.regionScroll).toBeGreaterThan(widths.region);
    }, 120_000);

    it("the small example page, hostile data and an empty run have no violations", async () => {
      for (const input of [
        small(),
        { ...small(), summaries: [], entries: [] },
        stoppedEarly(),
        {
          year: 2019,
          surveyName: HOSTILE.surveyName,
          source: HOSTILE.source,
          example: false,
          summaries: [{ name: "Riket", headline: HOSTILE.national, folder: "riket", files: {} }],
          entries: [entry("0999", HOSTILE.name, { headline: HOSTILE.headline, error: HOSTILE.error, status: "failed" })],
        },
      ]) {
        const { violations } = await audit(renderIndexPage(input, templates));
        expect(violations, report(violations)).toEqual([]);
      }
    }, 120_000);

    it("the Över tid list, opened, and its column have no violations", async () => {
      const html = renderIndexPage(withHighlights(), templates).replace("<details>", "<details open>");
      const { violations } = await audit(html);
      expect(violations, report(violations)).toEqual([]);
      const opened = renderIndexPage(fullRun(), templates).replace("<details>", "<details open>");
      expect((await audit(opened)).violations).toEqual([]);
    }, 120_000);
  },
);
