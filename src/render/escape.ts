// Escaping user text, the one place for it. For Markdown: whatever a quote, a
// name or an extra paragraph holds, it renders as the text that was typed. It
// cannot open a heading, a list, a block quote, a code block, a link, an
// image, an autolink or raw HTML. `extra` paragraphs may keep emphasis and
// https links. For HTML and SVG: text that can only ever be text.

/** Collapses all white space (including line breaks) to single spaces. */
export function oneLine(text: string): string {
  return text.replace(/[\s\u2028\u2029]+/gu, (ws) => (ws.includes("\u00A0") && !/[ \t\r\n]/.test(ws) ? ws : " ")).trim();
}

// ASCII punctuation that can open Markdown syntax anywhere in a line.
const INLINE = /[\\`*_{}[\]<|~]/g;

function escapeInline(text: string, keep: ReadonlySet<string> = new Set()): string {
  return (
    text
      .replace(INLINE, (ch) => (keep.has(ch) ? ch : `\\${ch}`))
      // An entity such as &lt; would be decoded; show it as typed.
      .replace(/&(?=#?[a-z0-9]+;)/gi, "&amp;")
      // GFM autolinks: "https://…", "javascript:…", "www.…", "name@host".
      .replace(/\b([a-z][a-z0-9+.-]*):/gi, (m, scheme: string) =>
        /^(https?|ftp|mailto|javascript|data|vbscript|file|tel|sms)$/i.test(scheme) ? `${scheme}\\:` : m,
      )
      .replace(/\b(www)\./gi, "$1\\.")
      .replace(/(\S)@(?=\S)/g, "$1\\@")
  );
}

/** Escapes what only matters at the start of a line (block syntax). */
function escapeBlockStart(text: string): string {
  return text
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2") // ordered list "1. "
    .replace(/^([-+=#>])/, "\\$1"); // list, heading, block quote, setext underline, rule
}

/** Plain user text → Markdown that shows exactly that text. */
export function escapeMarkdown(text: string): string {
  return escapeBlockStart(escapeInline(oneLine(text)));
}

const SAFE_LINK = /\[([^\][\n]{1,300})\]\((https:\/\/[^\s()<>"'\\]{1,2000})\)/g;

/**
 * An editorial paragraph: escaped like plain text, but `*emphasis*`,
 * `_emphasis_`, `**strong**` and `[text](https://…)` links survive.
 */
export function escapeEditorial(text: string): string {
  const line = oneLine(text);
  const parts: string[] = [];
  let last = 0;
  for (const m of line.matchAll(SAFE_LINK)) {
    const index = m.index ?? 0;
    // "![…](…)" would be an image: keep the "!" as text.
    parts.push(escapeInline(line.slice(last, index), new Set(["*", "_"])).replace(/!$/, "\\!"));
    const label = escapeInline(m[1] ?? "", new Set(["*", "_"]));
    const url = (m[2] ?? "").replace(/[*_]/g, (c) => encodeURIComponent(c));
    parts.push(`[${label}](${url})`);
    last = index + m[0].length;
  }
  parts.push(escapeInline(line.slice(last), new Set(["*", "_"])));
  let out = parts.join("");
  // A leading "* " or "_ " would start a list or a rule rather than emphasis.
  out = out.replace(/^([*_])(?=\s)/, "\\$1");
  return escapeBlockStart(out);
}

// ------------------------------------------------------------------ HTML

const HTML_SPECIAL = /[&<>"'`]/g;
const NAMED_REFERENCES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Text for HTML or SVG element content and quoted attribute values: & < > " '
 * and ` become character references, named where HTML has a name (`&amp;`),
 * else numeric (`&#39;`); with `"numeric"`, every one is numeric (`&#38;`).
 */
export function escapeHtml(text: string, references: "named" | "numeric" = "named"): string {
  return text.replace(HTML_SPECIAL, (c) => (references === "named" ? NAMED_REFERENCES[c] : undefined) ?? `&#${c.charCodeAt(0)};`);
}

/** `escapeHtml` with numeric references only, as the charts' SVG and the release's links have them. */
export function escapeHtmlNumeric(text: string): string {
  return escapeHtml(text, "numeric");
}
