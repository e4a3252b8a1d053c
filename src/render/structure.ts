// The release's Markdown as parts, for the renderings that are not the HTML
// page (Word, web fragment): dateline and sender, headline, lead, and the
// sections by heading, with the charts placed in their sections. Any kind of
// release: everything is read from the Markdown and the extras.
import type { Marked, Token, Tokens } from "marked";
import { plainText } from "./html.js";
import type { PlacedFigure, ReleaseExtras } from "./release-extras.js";

export type SectionRole = "body" | "facts" | "contacts" | "about";

export interface ReleaseSection {
  /** The heading as the reader sees it. */
  text: string;
  heading: Tokens.Heading;
  role: SectionRole;
  /** Blocks before the chart (the section's first paragraph), the chart, then the rest. */
  before: Token[];
  figure: PlacedFigure | null;
  after: Token[];
}

export interface ReleaseStructure {
  /** Dateline and sender, before the headline. */
  pre: Token[];
  headline: Tokens.Heading | null;
  headlineText: string;
  /** Between the headline and the first section. */
  lead: Token[];
  sections: ReleaseSection[];
}

/** Placeholders a writer must fill in: "[DATUM]", "[CITAT: …]", "[KONTAKT: …]". */
export const PLACEHOLDER = /\[[A-ZÅÄÖ][A-ZÅÄÖ ]*(?::[^\]]*)?\]/g;

/** A paragraph that is a quote: "– Text, säger Namn, titel." */
export function isQuote(t: Token): boolean {
  return t.type === "paragraph" && /^\u2013\s/.test(plainText([t]));
}

function roleOf(text: string, extras: ReleaseExtras, seen: Set<SectionRole>): SectionRole {
  const role: SectionRole =
    text === extras.factsHeading ? "facts" : text === extras.contactsHeading ? "contacts" : text === extras.aboutHeading ? "about" : "body";
  if (role === "body" || seen.has(role)) return "body";
  seen.add(role);
  return role;
}

/** Splits the release's Markdown into its parts and places each chart after its section's first paragraph. */
export function releaseStructure(md: Marked, markdown: string, extras: ReleaseExtras): ReleaseStructure {
  const tokens = md.lexer(markdown).filter((t) => t.type !== "space" && t.type !== "def");
  let i = 0;
  const pre: Token[] = [];
  const isH = (t: Token | undefined, depth?: number): t is Tokens.Heading =>
    t !== undefined && t.type === "heading" && (depth === undefined || (t as Tokens.Heading).depth === depth);
  while (i < tokens.length && !isH(tokens[i], 1)) pre.push(tokens[i++] as Token);
  const h1 = tokens[i];
  const headline = isH(h1, 1) ? h1 : null;
  if (headline) i++;
  const lead: Token[] = [];
  while (i < tokens.length && !isH(tokens[i])) lead.push(tokens[i++] as Token);

  const raw: { heading: Tokens.Heading; body: Token[] }[] = [];
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // A stray level-1 heading counts as level 2: the outline never skips a level.
    if (isH(t) && t.depth <= 2) raw.push({ heading: { ...t, depth: 2 }, body: [] });
    else {
      const last = raw[raw.length - 1];
      if (last) last.body.push(t);
      else lead.push(t);
    }
  }
  const unused = [...extras.figures];
  const seen = new Set<SectionRole>();
  const sections = raw.map(({ heading, body }): ReleaseSection => {
    const text = plainText(heading.tokens).trim();
    const role = roleOf(text, extras, seen);
    const at = role === "body" ? unused.findIndex((f) => f.heading === text) : -1;
    const figure = at >= 0 ? (unused.splice(at, 1)[0] ?? null) : null;
    const first = body.findIndex((t) => t.type === "paragraph");
    const cut = figure === null ? body.length : first >= 0 ? first + 1 : body.length;
    return { text, heading, role, before: body.slice(0, cut), figure, after: body.slice(cut) };
  });
  return { pre, headline, headlineText: headline ? plainText(headline.tokens).trim() : "", lead, sections };
}
