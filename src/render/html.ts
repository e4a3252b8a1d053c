// render html: the release's Markdown through an instance-scoped marked into a
// standalone, accessible page (lang="sv", landmarks, embedded fonts and CSS,
// one chart per channel, print CSS for A4). The PDF is printed from this page.
//
// Safety, in layers: user text in the Markdown is already escaped (escape.ts);
// here raw HTML renders as text, only https: and mailto: links survive,
// images become their alt text, a CSP forbids scripts, and a final check
// refuses any page with a script element, an event-handler attribute or a
// javascript: URL.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import Handlebars from "handlebars";
import { Marked, type Token, type Tokens } from "marked";
import type { IndicatorClaims, MunicipalityClaims } from "./claims.js";
import { errorFor, KommunpressError } from "../messages.js";
import { messageFor } from "../catalogue.js";
import type { ComposedRelease } from "../phrase/compose.js";
import { channelChart } from "./chart.js";
import { channelTrendInput, trendChart, type ReleaseHistory } from "./trend.js";
import { escapeHtml, escapeHtmlNumeric } from "./escape.js";
import { fontFaceCss } from "./fonts.js";
import { resolveTemplate } from "./markdown.js";

export const LAYOUT_TEMPLATE = "layout.html.hbs";
export const STYLESHEET = "pressmeddelande.css";
/** No scripts, no network: styles inline, images and fonts as data: URLs. */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** What the layout template gets. Fields ending in `Html` are rendered, safe HTML. */
export interface HtmlView {
  lang: string;
  title: string;
  csp: string;
  fontCss: string;
  css: string;
  logo: { src: string; alt: string } | null;
  datelineHtml: string;
  headlineHtml: string;
  leadHtml: string;
  /** Channel sections (each with its chart) and any other sections, in order. */
  bodyHtml: string;
  /** The fact box's content (heading and text), or null when there is none. */
  facts: { headingId: string; html: string } | null;
  contactsHtml: string;
  aboutHtml: string;
}

/** A compiled page template with its stylesheet and the embedded fonts. */
export interface PageTemplates<V> {
  render: (view: V) => string;
  css: string;
  fontCss: string;
  /** Files the templates came from (for manifests and messages). */
  files: string[];
}

export type HtmlTemplates = PageTemplates<HtmlView>;

/** Loads the release layout and stylesheet (`dirs` in priority order, override first) and the fonts. */
export function loadHtmlTemplates(dirs: readonly string[]): Promise<HtmlTemplates> {
  return loadPageTemplates<HtmlView>(LAYOUT_TEMPLATE, STYLESHEET, dirs);
}

/**
 * Loads a Handlebars page template and its stylesheet (the user's folder
 * first, then the built-in one) and the embedded fonts. Handlebars escapes
 * every value unless the template uses {{{ }}}; strict mode makes a missing
 * field an error instead of an empty string.
 */
export async function loadPageTemplates<V>(template: string, stylesheet: string, dirs: readonly string[]): Promise<PageTemplates<V>> {
  const templateFile = await resolveTemplate(template, dirs);
  const cssFile = await resolveTemplate(stylesheet, dirs);
  const [source, css, fontCss] = await Promise.all([readFile(templateFile, "utf8"), readFile(cssFile, "utf8"), fontFaceCss()]);
  if (/<\/style|javascript:|expression\s*\(|@import|behavior\s*:/i.test(fontCss)) {
    throw errorFor("template/font-css", {});
  }
  if (/<\/style/i.test(css)) {
    throw errorFor("template/style-end", { file: cssFile });
  }
  const hb = Handlebars.create();
  let compiled: Handlebars.TemplateDelegate<V>;
  try {
    compiled = hb.compile<V>(source, { strict: true });
  } catch (err) {
    throw templateError(err, templateFile);
  }
  return {
    css,
    fontCss,
    files: [templateFile, cssFile],
    render: (view) => {
      try {
        return compiled(view);
      } catch (err) {
        throw templateError(err, templateFile);
      }
    },
  };
}

function templateError(err: unknown, file: string): KommunpressError {
  if (err instanceof KommunpressError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  const missing = /"([^"]+)" not defined/.exec(msg)?.[1];
  const message = missing ? messageFor("template/undefined", { file }, missing) : messageFor("template/syntax", { file }, msg.split("\n")[0] ?? "");
  return new KommunpressError([message], 1, { cause: err });
}

// ------------------------------------------------------------------ logo

const LOGO_TYPES = { png: "image/png", jpeg: "image/jpeg", svg: "image/svg+xml" } as const;

function sniffImage(data: Buffer): keyof typeof LOGO_TYPES | null {
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "jpeg";
  const head = data.subarray(0, 4096).toString("utf8").replace(/^\uFEFF/, "");
  // XML declaration, comments and a doctype may come before the root element.
  const rest = head.replace(/^\s*(<\?xml[^>]*\?>\s*)?((<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*/i, "");
  if (/^<svg[\s>]/i.test(rest)) return "svg";
  return null;
}

/**
 * Reads a logo (PNG, JPEG or SVG) into a data: URL for `renderHtml`. `file` is
 * already resolved (a release's `logo` is relative to its data file). An SVG
 * is only ever shown through `<img>`, where it cannot run scripts.
 */
export async function loadLogo(file: string, alt: string): Promise<{ dataUrl: string; alt: string }> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (err) {
    throw new KommunpressError([messageFor("logo-missing", { file }, file)], 1, { cause: err });
  }
  const kind = sniffImage(data);
  if (kind === null) {
    throw errorFor("logo-format", { file }, file);
  }
  return { dataUrl: `data:${LOGO_TYPES[kind]};base64,${data.toString("base64")}`, alt };
}

const DATA_URL = /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

// ---------------------------------------------------------------- marked

/** An href we link: https: and mailto: only, with nothing that could hide another scheme. */
export function safeHref(href: string): string | null {
  if (/[\u0000-\u0020\u007f-\u009f]/.test(href)) return null;
  if (!/^https:\/\/[^/?#]/i.test(href) && !/^mailto:[^/]/i.test(href)) return null;
  // As marked's own renderer: percent-encode what a URL may not hold (quotes, spaces, non-ASCII).
  try {
    return encodeURI(href).replace(/%25/g, "%");
  } catch {
    return null;
  }
}

export function createMarked(): Marked {
  return new Marked({
    async: false,
    gfm: true,
    breaks: false,
    renderer: {
      // Raw HTML in the Markdown is shown as the text it is.
      html(token: Tokens.HTML | Tokens.Tag): string {
        return escapeHtml(token.text);
      },
      link(token: Tokens.Link): string {
        const inner = this.parser.parseInline(token.tokens);
        const href = safeHref(token.href);
        if (href === null) return inner;
        const title = token.title ? ` title="${escapeHtmlNumeric(token.title)}"` : "";
        return `<a href="${escapeHtmlNumeric(href)}"${title}>${inner}</a>`;
      },
      // Images are never loaded: their alt text stands in their place.
      image(token: Tokens.Image): string {
        return escapeHtml(token.text);
      },
      heading(token: Tokens.Heading): string {
        return `<h${token.depth}>${this.parser.parseInline(token.tokens)}</h${token.depth}>\n`;
      },
    },
  });
}

// One instance, configured once and never changed: no global state is touched.
const md = createMarked();

const render = (tokens: Token[]): string => md.parser(tokens);

/** The text a reader sees in a token (escapes resolved, markup dropped). */
export function plainText(tokens: readonly Token[]): string {
  let out = "";
  for (const t of tokens) {
    const children: unknown = (t as { tokens?: unknown }).tokens;
    if (t.type === "br") out += "\n";
    else if (t.type !== "escape" && Array.isArray(children) && children.length > 0) out += plainText(children as Token[]);
    else {
      const text: unknown = (t as { text?: unknown }).text;
      if (typeof text === "string") out += text;
    }
  }
  return out;
}

function isHeading(t: Token, depth?: number): t is Tokens.Heading {
  return t.type === "heading" && (depth === undefined || (t as Tokens.Heading).depth === depth);
}

/** Renders a block token, adding a class to its opening tag. */
function withClass(token: Token, className: string): string {
  const html = render([token]);
  return html.replace(/^<(p|h[1-6]|ul|ol|blockquote)>/, `<$1 class="${className}">`);
}

function renderBlocks(tokens: readonly Token[], classify?: (t: Token) => string | null): string {
  return tokens
    .map((t) => {
      const cls = classify?.(t) ?? null;
      return cls ? withClass(t, cls) : render([t]);
    })
    .join("");
}

interface Part {
  heading: Tokens.Heading;
  text: string;
  body: Token[];
}

/** The indicators a channel section talks about, from its sentences' claims. */
export function sectionIndicators(section: ComposedRelease["sections"][number], claims: MunicipalityClaims): IndicatorClaims[] {
  const ids: string[] = [];
  for (const s of section.sentences) {
    for (const c of s.claims) {
      const id = c.slice(0, c.lastIndexOf("."));
      if (c.includes(".") && !ids.includes(id)) ids.push(id);
    }
  }
  return ids.map((id) => claims.indicators.find((i) => i.id === id)).filter((i): i is IndicatorClaims => i !== undefined);
}

const QUOTE = /^\u2013\s/;

export interface HtmlInput {
  markdown: string;
  claims: MunicipalityClaims;
  composed: ComposedRelease;
  logo?: { dataUrl: string; alt: string };
  /** Every year's results: with three years or more, each channel also shows them (render/trend.ts). */
  history?: ReleaseHistory;
}

/**
 * The release as a standalone HTML page. Pure: the same input gives the same
 * bytes. Throws a KommunpressError if the result fails the safety check.
 */
export function renderHtml(input: HtmlInput, templates: HtmlTemplates): string {
  const { composed, claims } = input;
  return renderPage(
    {
      markdown: input.markdown,
      composed,
      ...(input.logo ? { logo: input.logo } : {}),
      figure: (index) => {
        const section = composed.sections[index];
        if (!section) return null;
        const base = {
          id: `diagram-${index + 1}`,
          channel: section.heading,
          municipality: claims.municipality.name,
          year: claims.year,
          indicators: sectionIndicators(section, claims),
        };
        const chart = channelChart(base);
        // The years go below this year's chart.
        const trend = input.history ? trendChart(channelTrendInput({ ...base, history: input.history })) : null;
        const html = [chart?.html, trend?.html].filter((h): h is string => h !== undefined);
        return html.length > 0 ? html.join("\n") : null;
      },
    },
    templates,
  );
}

export interface PageInput {
  markdown: string;
  composed: ComposedRelease;
  logo?: { dataUrl: string; alt: string };
  /**
   * Safe HTML (charts, tables) for the body section of `composed.sections[index]`,
   * placed after the section's own text and before quotes and extras; null for none.
   */
  figure?: (index: number) => string | null;
}

/**
 * Any release (a municipality's or the national summary) as a standalone
 * HTML page, with `figure` supplying each section's charts. Pure; throws a
 * KommunpressError if the result fails the safety check.
 */
export function renderPage(input: PageInput, templates: HtmlTemplates): string {
  const { composed } = input;
  const { pre, headlineToken, intro, parts } = splitPage(input.markdown);
  const sections = renderParts(parts, composed, input.figure);
  const title = headlineToken ? plainText(headlineToken.tokens).trim() : composed.headline.text;
  const view: HtmlView = {
    lang: "sv",
    title,
    csp: CONTENT_SECURITY_POLICY,
    fontCss: templates.fontCss,
    css: templates.css,
    logo: checkedLogo(input.logo),
    datelineHtml: renderBlocks(pre, (t) => (t === pre[0] && t.type === "paragraph" ? "datumrad" : null)),
    headlineHtml: keepShortHyphenated(
      headlineToken ? render([headlineToken]).replace(/^<h1>/, "").replace(/<\/h1>\n?$/, "") : escapeHtml(title),
    ),
    leadHtml: keepShortHyphenated(renderBlocks(intro, (t) => (t === intro[0] && t.type === "paragraph" ? "ingress" : null))),
    ...sections,
  };
  return renderChecked(view, templates);
}

/** A release's Markdown in its parts: before the headline, the headline, the lead, and the sections. */
interface PageParts {
  /** Before the headline: the dateline and the sender. */
  pre: Token[];
  headlineToken: Tokens.Heading | null;
  /** Between the headline and the first section: the lead. */
  intro: Token[];
  parts: Part[];
}

function splitPage(markdown: string): PageParts {
  const tokens = md.lexer(markdown).filter((t) => t.type !== "space" && t.type !== "def");
  let i = 0;
  const pre: Token[] = [];
  while (i < tokens.length && !isHeading(tokens[i] as Token, 1)) pre.push(tokens[i++] as Token);
  const h1 = tokens[i];
  const headlineToken = h1 !== undefined && isHeading(h1, 1) ? h1 : null;
  if (headlineToken) i++;

  const intro: Token[] = [];
  while (i < tokens.length && !isHeading(tokens[i] as Token)) intro.push(tokens[i++] as Token);

  // The rest, grouped by heading. A stray level-1 heading counts as level 2,
  // so the outline never skips a level.
  const parts: Part[] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (isHeading(t) && t.depth <= 2) {
      const heading: Tokens.Heading = { ...t, depth: 2 };
      parts.push({ heading, text: plainText(t.tokens).trim(), body: [] });
    } else {
      const last = parts[parts.length - 1];
      if (last) last.body.push(t);
      else intro.push(t);
    }
  }
  return { pre, headlineToken, intro, parts };
}

type SectionsHtml = Pick<HtmlView, "bodyHtml" | "facts" | "contactsHtml" | "aboutHtml">;

const quoteClass = (t: Token): string | null => (t.type === "paragraph" && QUOTE.test(plainText([t])) ? "citat" : null);

/** The sections: the fact box, contacts and about by their headings; channel sections with their figures; any other section as is. */
function renderParts(parts: readonly Part[], composed: ComposedRelease, figure: PageInput["figure"]): SectionsHtml {
  const usedChannels = new Set<number>();
  const body: string[] = [];
  let facts: HtmlView["facts"] = null;
  let contactsHtml = "";
  let aboutHtml = "";

  for (const part of parts) {
    const headingHtml = render([part.heading]);
    if (part.text === composed.factsHeading && facts === null) {
      const headingId = "fakta-rubrik";
      const source = (t: Token): string | null =>
        t.type === "paragraph" && plainText([t]).trim() === composed.source.trim() ? "kalla" : null;
      facts = { headingId, html: `${headingHtml.replace(/^<h2>/, `<h2 id="${headingId}">`)}${renderBlocks(part.body, source)}` };
      continue;
    }
    if (part.text === composed.contactsHeading && contactsHtml === "") {
      contactsHtml = `<section class="kontakt">\n${headingHtml}${renderBlocks(part.body, () => "kontaktperson")}</section>\n`;
      continue;
    }
    if (part.text === composed.aboutHeading && aboutHtml === "") {
      aboutHtml = `<section class="om">\n${headingHtml}${renderBlocks(part.body)}</section>\n`;
      continue;
    }
    const ch = composed.sections.findIndex((s, k) => !usedChannels.has(k) && s.heading === part.text);
    if (ch >= 0) {
      usedChannels.add(ch);
      body.push(channelSection(part, headingHtml, figure?.(ch) ?? null));
      continue;
    }
    body.push(`<section>\n${headingHtml}${renderBlocks(part.body, quoteClass)}</section>\n`);
  }
  return { bodyHtml: body.join(""), facts, contactsHtml, aboutHtml };
}

/** A channel's section: the chart follows the channel's own text, before quotes and extras. */
function channelSection(part: Part, headingHtml: string, figure: string | null): string {
  const first = part.body.findIndex((t) => t.type === "paragraph");
  const at = first >= 0 ? first + 1 : part.body.length;
  const html = [
    renderBlocks(part.body.slice(0, at), quoteClass),
    figure ? `${figure}\n` : "",
    renderBlocks(part.body.slice(at), quoteClass),
  ].join("");
  return `<section class="kanal">\n${headingHtml}${html}</section>\n`;
}

function checkedLogo(logo: PageInput["logo"]): HtmlView["logo"] {
  if (!logo) return null;
  if (!DATA_URL.test(logo.dataUrl)) {
    throw errorFor("logo-format/data-url", {});
  }
  return { src: logo.dataUrl, alt: logo.alt };
}

/**
 * Renders the page and checks it. The embedded fonts (~70 kB of base64 from
 * our own npm package, checked once at load) are spliced in after the safety
 * check, which then only reads the page itself.
 */
function renderChecked(view: HtmlView, templates: HtmlTemplates): string {
  const html = templates.render({ ...view, fontCss: FONT_MARKER });
  assertSafeHtml(html);
  const at = html.indexOf(FONT_MARKER);
  return at < 0 ? html : `${html.slice(0, at)}${templates.fontCss}${html.slice(at + FONT_MARKER.length)}`;
}

/**
 * "e-post" must not break after "e-" in a headline: words with a one- or
 * two-letter part before the hyphen are kept on one line. Only text between
 * tags is touched (the input is rendered, escaped HTML without SVG).
 */
export function keepShortHyphenated(html: string): string {
  // Odd parts of the split are tags, even parts text.
  return html
    .split(/(<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<![\p{L}\d-])(\p{L}{1,2}-\p{L}+)/gu, '<span class="hel">$1</span>')))
    .join("");
}

/** Stands in for the font CSS while a page is checked; no user text can guess it. */
const FONT_MARKER = `/* kommunpress-typsnitt ${randomUUID()} */`;

// ---------------------------------------------------------------- check

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", colon: ":", tab: "\t", newline: "\n", sol: "/" };

function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return NAMED_ENTITIES[e.toLowerCase()] ?? m;
  });
}

const TAG = /<\/?[a-zA-Z][a-zA-Z0-9:-]*((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const DANGEROUS_ELEMENT = /<(script|iframe|object|embed|base|form|frame|frameset|foreignobject)[\s/>]/i;
const SCRIPT_URL = /^(javascript|vbscript|livescript):/i;

/**
 * Throws unless `html` is free of script: no `<script` (or other embedding
 * element), no `on…=` attribute, no javascript: URL in any attribute or in the
 * CSS. Text content is not affected: it is escaped, so it cannot hold a tag.
 */
export function assertSafeHtml(html: string): void {
  const problems: string[] = [];
  const styles: string[] = [];
  // Style element bodies are CSS, not markup: check them on their own.
  const markup = html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi, (_m, open: string, css: string, close: string) => {
    styles.push(css);
    return `${open}${close}`;
  });
  const element = DANGEROUS_ELEMENT.exec(markup);
  if (element) problems.push(`elementet <${(element[1] ?? "").toLowerCase()}>`);
  for (const css of styles) {
    if (/javascript:|expression\s*\(|@import|behavior\s*:/i.test(css)) problems.push("otillåten CSS");
  }
  for (const tag of markup.matchAll(TAG)) {
    const attrs = tag[1] ?? "";
    for (const a of attrs.matchAll(ATTR)) {
      const name = (a[1] ?? "").toLowerCase();
      const value = decodeEntities(a[2] ?? a[3] ?? a[4] ?? "").replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
      if (name.startsWith("on")) problems.push(`attributet ${name}`);
      if (SCRIPT_URL.test(value)) problems.push(`en ${value.slice(0, value.indexOf(":") + 1)}-adress i ${name}`);
      if (name === "srcdoc") problems.push("attributet srcdoc");
    }
  }
  if (problems.length > 0) {
    throw new KommunpressError([...new Set(problems)].map((p) => messageFor("html-guard", {}, p)));
  }
}
