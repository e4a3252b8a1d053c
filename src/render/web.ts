// render web: webbtext.html, the release body as plain semantic HTML (h1, h2,
// p, ul, blockquote, table) for pasting into a CMS (Sitevision, Mynewsdesk):
// no CSS, no scripts, no classes, no inline styles. The same safe marked
// renderer as the page (raw HTML as text, https:/mailto: links only), and the
// same final safety check. Each chart is given as its table of numbers; the
// images are separate files.
import type { Token } from "marked";
import { assertSafeHtml, createMarked } from "./html.js";
import { escapeHtml } from "./escape.js";
import type { FigureTable } from "./chart.js";
import type { ReleaseExtras } from "./release-extras.js";
import { isQuote, releaseStructure } from "./structure.js";

// One instance, configured once and never changed.
const md = createMarked();

const render = (tokens: readonly Token[]): string => md.parser([...tokens]);

/** Blocks, with quote paragraphs as block quotes. */
function blocks(tokens: readonly Token[]): string {
  return tokens.map((t) => (isQuote(t) ? `<blockquote>\n${render([t])}</blockquote>\n` : render([t]))).join("");
}

function table(t: FigureTable): string {
  const cell = (tag: "th" | "td", text: string): string => `<${tag}>${escapeHtml(text)}</${tag}>`;
  return [
    "<table>",
    `<caption>${escapeHtml(t.caption)}</caption>`,
    `<thead><tr>${t.head.map((h) => cell("th", h)).join("")}</tr></thead>`,
    "<tbody>",
    ...t.rows.map(([first = "", ...rest]) => `<tr>${cell("th", first)}${rest.map((c) => cell("td", c)).join("")}</tr>`),
    "</tbody>",
    "</table>",
    "",
  ].join("\n");
}

/** The release body as an HTML fragment (no html/head/body elements). */
export function renderWebFragment(markdown: string, extras: ReleaseExtras): string {
  const s = releaseStructure(md, markdown, extras);
  const out: string[] = [blocks(s.pre)];
  if (s.headline) out.push(render([s.headline]));
  out.push(blocks(s.lead));
  for (const section of s.sections) {
    out.push(render([section.heading]), blocks(section.before));
    if (section.figure) out.push(...section.figure.tables.map(table));
    out.push(blocks(section.after));
  }
  const html = out.join("");
  assertSafeHtml(html);
  if (/<[^>]*\s(style|class)=/i.test(html)) throw new Error("webbtexten fick stil- eller klassattribut");
  return html;
}
