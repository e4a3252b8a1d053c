// The HTML page: structure a screen reader can navigate, charts whose numbers
// are also text, embedded fonts, and no way for data to run code.
import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { TEMPLATES_DIR } from "../src/paths.js";
import { generateRelease, loadResources, type GeneratedRelease } from "../src/kinds/municipality/release.js";
import { channelChart } from "../src/render/chart.js";
import { assertSafeHtml, CONTENT_SECURITY_POLICY, keepShortHyphenated, loadHtmlTemplates, loadLogo, renderHtml } from "../src/render/html.js";
import { Dataset } from "../src/schema.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const resources = await loadResources();
const templates = await loadHtmlTemplates([TEMPLATES_DIR]);

function huddinge(): Dataset {
  return Dataset.parse(parse(readFileSync(path.join(ROOT, "data/exempel/huddinge-2019.yaml"), "utf8")));
}

function gen(ds: Dataset): GeneratedRelease {
  const m = ds.municipalities[0];
  if (!m) throw new Error("no municipality");
  return generateRelease(ds, m, { resources });
}

const html = (r: GeneratedRelease, logo?: { dataUrl: string; alt: string }): string =>
  renderHtml({ markdown: r.markdown, claims: r.claims, composed: r.composed, ...(logo ? { logo } : {}) }, templates);

const NB = "\u00A0";

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_m, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: NB };
    if (e[0] !== "#") return named[e.toLowerCase()] ?? "";
    return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10));
  });
}

/** What a reader sees: markup and CSS dropped, entities decoded, white space collapsed. */
function visibleText(page: string): string {
  return decode(
    page
      .replace(/<style[\s\S]*?<\/style>/gi, " ")
      .replace(/<[^>]*>/g, " "),
  ).replace(/\s+/g, " ");
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

function expectNoScript(page: string): void {
  expect(page).not.toMatch(/<script/i);
  const attrs = attributes(page);
  expect(attrs.filter(([, name]) => name.startsWith("on"))).toEqual([]);
  expect(attrs.filter(([, , value]) => /^\s*(javascript|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, "")))).toEqual([]);
  for (const [tag, name, value] of attrs) {
    if (name === "href") expect(value, `<${tag} href>`).toMatch(/^(https:\/\/|mailto:)/i);
    if (name === "src") expect(value, `<${tag} src>`).toMatch(/^data:image\/(png|jpeg|svg\+xml);base64,/);
  }
}

function between(page: string, open: RegExp, close: string): string {
  const m = open.exec(page);
  if (!m) throw new Error(`no ${String(open)}`);
  const start = m.index;
  const end = page.indexOf(close, start);
  return page.slice(start, end + close.length);
}

describe("Huddinge 2019: page structure", () => {
  const r = gen(huddinge());
  const page = html(r);

  it("is a Swedish document with the headline as its title and a CSP", () => {
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(page).toContain(`<title>${r.claims.headline}</title>`);
    expect(page).toContain("<title>Huddinge: e-postsvaren inom en arbetsdag upp 19\u00A0procentenheter</title>");
    expect(page).toContain('<meta charset="utf-8">');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
    expect(decode(csp ?? "")).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:");
  });

  it("has one header, main, aside and footer, in that order", () => {
    const order = [...page.matchAll(/<(header|main|aside|footer)[\s>]/g)].map((m) => m[1]);
    expect(order).toEqual(["header", "main", "aside", "footer"]);
  });

  it("has one h1 and h2s after it, never skipping a level", () => {
    const levels = [...page.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) expect((levels[i] ?? 0) - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1);
    expect(levels).toEqual([1, 2, 2, 2, 2, 2]);
  });

  it("shows the dateline and sender in the header", () => {
    const header = between(page, /<header/, "</header>");
    expect(visibleText(header)).toContain("Pressmeddelande 23 januari 2020 Huddinge kommun");
  });

  it("sets the lead in bold, right after the headline", () => {
    expect(page).toMatch(/<h1>Huddinge: <span class="hel">e-postsvaren<\/span> inom en arbetsdag upp 19\u00A0procentenheter<\/h1>\n<p class="ingress"><strong>Huddinge kommun har markant lyft/);
  });

  it("puts the fact box in an aside named by its heading, with the source", () => {
    const aside = between(page, /<aside/, "</aside>");
    expect(aside).toMatch(/^<aside class="fakta" aria-labelledby="fakta-rubrik">/);
    expect(aside).toContain('<h2 id="fakta-rubrik">Fakta om undersökningen</h2>');
    expect(aside).toContain('<p class="kalla">Källa: Sveriges Kommuner och Regioner (SKR), Kommunens Kvalitet i Korthet 2019.</p>');
    expect(aside).toContain("under vecka 41–46 hösten 2019");
  });

  it("puts contacts and about in sections of the footer", () => {
    const footer = between(page, /<footer/, "</footer>");
    expect(footer).toContain('<section class="kontakt">\n<h2>För mer information, kontakta:</h2>');
    expect(visibleText(footer)).toContain("Ann-Marie Fredricsson, chef på Servicecenter Telefon: 08-123 456 78 E-post: servicecenter@example.se");
    expect(footer).toContain('<section class="om">\n<h2>Om Huddinge kommun</h2>');
  });

  it("gives each channel a section with its text, then its chart, then the quote that talks about it", () => {
    const sections = [...page.matchAll(/<section class="kanal">([\s\S]*?)<\/section>/g)].map((m) => m[1] ?? "");
    expect(sections).toHaveLength(2);
    const [epost, telefon] = sections as [string, string];
    expect(epost).toMatch(/^\n<h2>E-post<\/h2>\n<p>[^<]*<\/p>\n<figure class="diagram"/);
    expect(epost).not.toContain('class="citat"');
    expect(telefon).toMatch(/^\n<h2>Telefon<\/h2>\n<p>[^<]*<\/p>\n<figure class="diagram"/);
    // The quote is about calls, so it follows the telephone chart.
    expect(telefon).toMatch(/<\/figure>\n<p class="citat">– Sedan förra året går alla samtal/);
    // The editorial paragraph comes after the chart.
    expect(telefon.indexOf("Huddinge mäter också")).toBeGreaterThan(telefon.indexOf("</figure>"));
  });

  it("embeds the fonts as woff2 data (regular, italic, bold)", () => {
    const faces = [...page.matchAll(/@font-face \{([^}]*)\}/g)].map((m) => m[1] ?? "");
    expect(faces).toHaveLength(3);
    for (const f of faces) {
      expect(f).toContain('font-family: "Source Sans 3";');
      const b64 = /url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/.exec(f)?.[1] ?? "";
      expect(Buffer.from(b64, "base64").subarray(0, 4).toString("latin1")).toBe("wOF2");
    }
    expect(faces.map((f) => /font-style: (\w+);\s+font-weight: (\d+);/.exec(f)?.slice(1).join(" "))).toEqual([
      "normal 400",
      "italic 400",
      "normal 700",
    ]);
    expect(page).toMatch(/font-family: "Source Sans 3", sans-serif;/);
  });

  it("loads nothing from outside the page", () => {
    expect(page).not.toMatch(/(src|href)="(?!data:|https:\/\/|mailto:)/);
    expect(page).not.toMatch(/url\((?!data:)/);
    expect(page).not.toMatch(/@import/);
  });

  it("has A4 print CSS", () => {
    expect(page).toMatch(/@page \{\s*size: A4;/);
    expect(page).toContain("@media print");
  });

  it("has unique ids, and every aria-labelledby points at one", () => {
    const ids = [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of page.matchAll(/aria-labelledby="([^"]+)"/g)) {
      for (const id of (m[1] ?? "").split(" ")) expect(ids).toContain(id);
    }
  });

  it("is deterministic: the same input gives the same bytes", async () => {
    const again = renderHtml({ markdown: r.markdown, claims: r.claims, composed: r.composed }, await loadHtmlTemplates([TEMPLATES_DIR]));
    expect(again).toBe(page);
    expect(html(gen(huddinge()))).toBe(page);
  });

  it("passes its own safety check and has no script", () => {
    expect(() => assertSafeHtml(page)).not.toThrow();
    expectNoScript(page);
  });
});

describe("Huddinge 2019: charts", () => {
  const page = html(gen(huddinge()));
  const svgs = [...page.matchAll(/<svg [^>]*>[\s\S]*?<\/svg>/g)].map((m) => m[0]);
  const tables = [...page.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]);
  const name = (svg: string): string => {
    const id = /aria-labelledby="([^"]+)"/.exec(svg)?.[1] ?? "";
    const m = new RegExp(`<title id="${id}">([^<]*)</title>`).exec(page);
    return decode(m?.[1] ?? "");
  };

  it("draws one inline SVG per channel, as an image with an accessible name", () => {
    expect(svgs).toHaveLength(2);
    for (const svg of svgs) {
      expect(svg).toMatch(/^<svg class="diagram-svg" xmlns="http:\/\/www.w3.org\/2000\/svg" role="img" aria-labelledby="[^"]+"/);
      expect(svg).toMatch(/viewBox="0 0 \d+ \d+(\.\d)?"/);
    }
  });

  it("states every number in Swedish in the SVG's accessible name", () => {
    expect(name(svgs[0] ?? "")).toBe(
      [
        "Diagram. E-post: Huddinge jämfört med likvärdiga kommuner och riket.",
        `Svar på e-post inom en arbetsdag: Huddinge 98${NB}% 2019 och 79${NB}% 2018, likvärdiga kommuner 82${NB}%, riket 84${NB}%.`,
        `Genomsnittlig svarstid för e-post (lägre är bättre): Huddinge 2${NB}tim 2019 och 9${NB}tim 2018, likvärdiga kommuner 5${NB}tim, riket 6${NB}tim.`,
      ].join(" "),
    );
    expect(name(svgs[1] ?? "")).toContain(`Tillgänglighet via telefon: Huddinge 64${NB}% 2019 och 66${NB}% 2018, likvärdiga kommuner 63${NB}%, riket 60${NB}%.`);
  });

  it("labels every bar with text, so nothing is told by colour alone", () => {
    const first = svgs[0] ?? "";
    expect(first.match(/<rect /g)).toHaveLength(8);
    for (const label of ["Huddinge 2019", "Huddinge 2018", "Likvärdiga kommuner", "Riket"]) {
      expect(first.match(new RegExp(`>${label}</text>`, "g"))).toHaveLength(2);
    }
    for (const value of [`98${NB}%`, `79${NB}%`, `82${NB}%`, `84${NB}%`, `2${NB}tim`, `9${NB}tim`, `5${NB}tim`, `6${NB}tim`]) {
      expect(first).toContain(`>${value}</text>`);
    }
  });

  it("repeats the numbers in a table with caption and header scopes", () => {
    expect(tables).toHaveLength(2);
    const t = tables[0] ?? "";
    expect(t).toContain("<caption>E-post i siffror</caption>");
    expect(t).toContain(
      '<thead><tr><th scope="col">Mått</th><th scope="col">Huddinge 2019</th><th scope="col">Huddinge 2018</th><th scope="col">Likvärdiga kommuner 2019</th><th scope="col">Riket 2019</th></tr></thead>',
    );
    expect(t).toContain(`<tr><th scope="row">Svar på e-post inom en arbetsdag</th><td>98${NB}%</td><td>79${NB}%</td><td>82${NB}%</td><td>84${NB}%</td></tr>`);
    expect(t).toContain(`<tr><th scope="row">Genomsnittlig svarstid för e-post (lägre är bättre)</th><td>2${NB}tim</td><td>9${NB}tim</td><td>5${NB}tim</td><td>6${NB}tim</td></tr>`);
  });

  it("the table holds exactly the numbers of the chart's name", () => {
    for (const [i, svg] of svgs.entries()) {
      const fromName = (name(svg).match(/\d+\u00A0(%|tim)/g) ?? []).sort();
      const fromTable = (decode(tables[i] ?? "").match(/\d+\u00A0(%|tim)/g) ?? []).sort();
      expect(fromTable).toEqual(fromName);
      expect(fromTable.length).toBeGreaterThan(0);
    }
  });
});

describe("charts with other units and missing numbers", () => {
  const ds = huddinge();
  const base = ds.municipalities[0];
  if (!base) throw new Error("no municipality");
  it("index values read `index 84`; a series with no number is left out", () => {
    const out = channelChart({
      id: "d",
      channel: "Telefon",
      municipality: "Malmö",
      year: 2024,
      indicators: [
        { id: "a", label: "Bemötande", unit: "index", better: "higher", value: 84, previous: 81, change: 3, changeClass: "improved", national: 80, vsNational: "better", group: null, vsGroup: null },
        { id: "b", label: "Väntetid", unit: "seconds", better: "lower", value: 45, previous: null, change: null, changeClass: null, national: 60, vsNational: "better", group: null, vsGroup: null },
      ],
    });
    expect(out).not.toBeNull();
    expect(out?.description).toBe(
      `Diagram. Telefon: Malmö jämfört med riket. Bemötande: Malmö index${NB}84 2024 och index${NB}81 2023, riket index${NB}80. Väntetid (lägre är bättre): Malmö 45${NB}s 2024, riket 60${NB}s.`,
    );
    expect(out?.html).not.toMatch(/Likvärdiga/);
    expect(out?.html).toContain('<td class="saknas">uppgift saknas</td>');
    expect(out?.html).toContain(`<td>index${NB}84</td>`);
  });

  it("a release without groups has no group in chart or table", () => {
    const noGroup = huddinge();
    delete noGroup.groups;
    const page = html(gen(noGroup));
    expect(page).toContain("E-post: Huddinge jämfört med riket");
    expect(visibleText(page)).not.toMatch(/Likvärdiga kommuner/);
  });
});

describe("the logo", () => {
  const r = gen(huddinge());
  it("is embedded as a data: URL in an <img>, an SVG never inlined", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kommunpress-logo-"));
    const file = path.join(dir, "logo.svg");
    await writeFile(file, '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>');
    const logo = await loadLogo(file, "Huddinge kommun");
    expect(logo.dataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const page = html(r, logo);
    expect(page).toMatch(/<img class="logotyp" src="data:image\/svg\+xml;base64,[^"]+" alt="Huddinge kommun">/);
    expect(page.match(/<svg/g)).toHaveLength(2); // the two charts only
    expectNoScript(page);
  });
  it("PNG and JPEG are recognised by their bytes; anything else is refused", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kommunpress-logo-"));
    const png = path.join(dir, "a.png");
    await writeFile(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    expect((await loadLogo(png, "x")).dataUrl).toMatch(/^data:image\/png;base64,/);
    const jpg = path.join(dir, "a.jpg");
    await writeFile(jpg, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]));
    expect((await loadLogo(jpg, "x")).dataUrl).toMatch(/^data:image\/jpeg;base64,/);
    const html5 = path.join(dir, "a.svg");
    await writeFile(html5, "<html><script>alert(1)</script></html>");
    await expect(loadLogo(html5, "x")).rejects.toThrow(/inte en PNG-, JPEG- eller SVG-fil/);
    await expect(loadLogo(path.join(dir, "saknas.png"), "x")).rejects.toThrow(/går inte att läsa/);
  });
  it("a data URL that is not a base64 image is refused", () => {
    for (const dataUrl of ["javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", 'data:image/png;base64,AAAA" onerror="alert(1)']) {
      expect(() => html(r, { dataUrl, alt: "x" })).toThrow(/logotypen/);
    }
  });
});

// Strings a communicator (or an attacker with write access to the data) might type.
const HOSTILE = {
  headline: `Rubrik <script>alert("h")</script> & "citat" 'enkel'`,
  quote: `Vi <img src=x onerror=alert(1)> är "glada" & stolta </p><script>alert(2)</script>`,
  name: `Anna "A" <b onmouseover=alert(3)>Andersson</b>`,
  title: `chef <svg onload=alert(4)>`,
  extra: [
    "[x](javascript:alert(5))",
    "[x]( javascript:alert(6))",
    "<javascript:alert(7)>",
    "[ref][r] och ![bild](javascript:alert(8))",
    "[r]: javascript:alert(9)",
    "<script>alert(10)</script> <a href=\"javascript:alert(11)\">klick</a> <iframe src=javascript:alert(12)></iframe>",
    "[JaVaScRiPt](jav&#x61;script:alert(13)) &lt;script&gt; [ok](https://example.se/sida)",
    "<style>body{display:none}</style> <!-- kommentar --> data:text/html,<b>x</b>",
  ],
  about: `javascript:alert(14) <details open ontoggle=alert(15)>`,
  contact: `<iframe srcdoc="<script>alert(16)</script>">`,
  label: `Svar på "e-post" <script>alert(17)</script> & co`,
  channel: `e-post <b onclick=alert(18)>`,
};

function hostileDataset(): Dataset {
  const ds = huddinge();
  const m = ds.municipalities[0];
  const ind = ds.indicators.find((i) => i.id === "epost-en-dag");
  if (!m || !ind) throw new Error("fixture");
  ind.label = HOSTILE.label;
  for (const i of ds.indicators) if (i.channel === "e-post") i.channel = HOSTILE.channel;
  m.release = {
    ...m.release,
    headline: HOSTILE.headline,
    quotes: [{ text: HOSTILE.quote, name: HOSTILE.name, title: HOSTILE.title }],
    extra: HOSTILE.extra,
    about: HOSTILE.about,
    contacts: [{ name: HOSTILE.contact, title: "titel", phone: "08-1", email: "a@example.se" }],
  };
  return ds;
}

describe("hostile data", () => {
  const r = gen(hostileDataset());
  const page = html(r);
  const text = visibleText(page);

  it("has no script element, no event handler and no javascript: URL", () => {
    expectNoScript(page);
    expect(page).not.toMatch(/<(iframe|object|embed|details|img src=x)/i);
    expect(() => assertSafeHtml(page)).not.toThrow();
  });

  it("shows what was typed, as text", () => {
    const typed = [
      HOSTILE.headline,
      HOSTILE.quote,
      HOSTILE.name,
      HOSTILE.title,
      ...HOSTILE.extra.filter((e) => !e.includes("[ok]")),
      "[JaVaScRiPt](jav&#x61;script:alert(13)) &lt;script&gt;",
      HOSTILE.about,
      HOSTILE.contact,
      HOSTILE.label,
    ];
    for (const t of typed) expect(text, t).toContain(t.replace(/\s+/g, " "));
    expect(page).toContain(`<title>Rubrik &lt;script&gt;alert(&quot;h&quot;)&lt;/script&gt; &amp; &quot;citat&quot; &#x27;enkel&#x27;</title>`);
  });

  it("keeps an https link from an extra paragraph, and nothing else", () => {
    const links = attributes(page).filter(([, name]) => name === "href");
    // ...and the contact's address from the data, as a mailto: link.
    expect(links).toEqual([
      ["a", "href", "https://example.se/sida"],
      ["a", "href", "mailto:a@example.se"],
    ]);
    expect(page).toContain('<a href="https://example.se/sida">ok</a>');
  });

  it("puts hostile channel and indicator names in the chart as text", () => {
    expect(text).toContain(`${HOSTILE.channel.replace(/^e/, "E")}: Huddinge jämfört med likvärdiga kommuner och riket`);
    expect(page).toMatch(/<title id="diagram-\d-beskrivning">[^<]*Svar på &#34;e-post&#34; &#60;script&#62;alert\(17\)&#60;\/script&#62; &#38; co:/);
  });
});

describe("the defensive layer, on Markdown that was not escaped", () => {
  const r = gen(huddinge());
  const raw = [
    "[a](javascript:alert(1)) [b]( javascript:alert(2)) <javascript:alert(3)> [c][r] [d](JAVASCRIPT:alert(4))",
    "![bild](https://example.se/x.png) <img src=x onerror=alert(5)> <script>alert(6)</script> [e](https://a.se/\"onmouseover=alert(7))",
    "[f](mailto:info@example.se) [g](http://example.se) [h](data:text/html;base64,PHNjcmlwdD4=) [i](vbscript:x) [j](//evil.example)",
    "<div onclick=\"alert(8)\">div</div>",
    "[r]: javascript:alert(9)",
  ].join("\n\n");
  const markdown = r.markdown.replace("## Fakta om undersökningen", `${raw}\n\n## Fakta om undersökningen`);
  const page = renderHtml({ markdown, claims: r.claims, composed: r.composed }, templates);

  it("renders raw HTML as text, images as alt text, and links only to https: and mailto:", () => {
    expectNoScript(page);
    const hrefs = attributes(page).filter(([, name]) => name === "href").map(([, , v]) => v);
    expect(hrefs).toEqual([
      "https://a.se/%22onmouseover=alert(7)",
      "mailto:info@example.se",
      "mailto:servicecenter@example.se",
    ]);
    const text = visibleText(page);
    expect(text).toContain("bild <img src=x onerror=alert(5)> <script>alert(6)</script>");
    expect(text).toContain('<div onclick="alert(8)">div</div>');
    expect(text).toContain("a b javascript:alert(3) c d");
    expect(text).toContain("g h i j");
  });
});

describe("assertSafeHtml", () => {
  it.each([
    ["<p>a</p><script>alert(1)</script>"],
    ["<SCRIPT src=x></SCRIPT>"],
    ['<p onclick="x">a</p>'],
    ["<img src=x onerror=alert(1)>"],
    ['<a href="javascript:alert(1)">a</a>'],
    ['<a href=" JaVaScRiPt:alert(1)">a</a>'],
    ['<a href="jav&#x61;script:alert(1)">a</a>'],
    ['<a href="java&#x09;script:alert(1)">a</a>'],
    ['<iframe src="https://example.se"></iframe>'],
    ['<style>a{background:url(javascript:alert(1))}</style>'],
  ])("refuses %s", (bad) => {
    expect(() => assertSafeHtml(`<!DOCTYPE html><html lang="sv"><body>${bad}</body></html>`)).toThrow(/HTML-sidan innehåller/);
  });
  it("accepts the same words as escaped text", () => {
    expect(() =>
      assertSafeHtml('<p>&lt;script&gt; onclick=alert(1) javascript:alert(1) <a href="https://example.se/?q=javascript:x">a</a></p>'),
    ).not.toThrow();
  });
});

describe("keepShortHyphenated", () => {
  it.each([
    ["Bättre via e-post", 'Bättre via <span class="hel">e-post</span>'],
    ["<strong>Huddinge</strong> svarar via e-post", '<strong>Huddinge</strong> svarar via <span class="hel">e-post</span>'],
    ['<a href="https://e-tjanst.se">e-tjänst</a>', '<a href="https://e-tjanst.se"><span class="hel">e-tjänst</span></a>'],
    ["Pendlingskommun nära storstad, inga bindestreck", "Pendlingskommun nära storstad, inga bindestreck"],
    ["individ- och familjeomsorg", "individ- och familjeomsorg"],
  ])("%s", (input, output) => {
    expect(keepShortHyphenated(input)).toBe(output);
  });
});
