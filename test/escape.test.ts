import { Marked } from "marked";
import { describe, expect, it } from "vitest";
import { escapeEditorial, escapeHtml, escapeHtmlNumeric, escapeMarkdown } from "../src/render/escape.js";

// What a reader sees: render the escaped Markdown with marked (GFM, as the
// HTML output does) and look at the HTML it makes.
const marked = new Marked({ gfm: true });
const html = (md: string): string => (marked.parse(md, { async: false }) as string).trim();
const text = (h: string): string =>
  h
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe("escapeMarkdown: user text shows as typed and makes no structure", () => {
  it.each([
    ["heading", "# Rubrik"],
    ["setext heading", "Rubrik\n==="],
    ["bullet list", "- punkt"],
    ["star list", "* punkt"],
    ["plus list", "+ punkt"],
    ["ordered list", "1. punkt"],
    ["ordered list paren", "1) punkt"],
    ["block quote", "> citat"],
    ["thematic break", "---"],
    ["link", "[klicka](https://example.com)"],
    ["image", "![bild](https://example.com/x.png)"],
    ["reference link", "[a][b]\n\n[b]: https://example.com"],
    ["autolink", "<https://example.com>"],
    ["bare url", "se https://example.com nu"],
    ["www autolink", "se www.example.com nu"],
    ["email autolink", "mejla info@example.se"],
    ["javascript url", "javascript:alert(1)"],
    ["raw html script", "<script>alert(1)</script>"],
    ["raw html img", '<img src=x onerror="alert(1)">'],
    ["html entity", "&lt;script&gt;"],
    ["emphasis", "*viktigt* och _viktigt_"],
    ["strong", "**viktigt**"],
    ["code", "`kod`"],
    ["strikethrough", "~~fel~~"],
    ["table pipe", "a | b"],
    ["handlebars", "{{kommun}}"],
    ["backslash", "C:\\temp\\"],
    ["code fence", "```\nkod\n```"],
  ])("%s", (_name, input) => {
    const md = escapeMarkdown(input);
    const out = html(md);
    // one paragraph, no other element, and the text is what was typed (with
    // line breaks folded into spaces)
    expect(out.startsWith("<p>")).toBe(true);
    expect(out.replace(/^<p>|<\/p>$/g, "")).not.toMatch(/<(?!\/?p>)[a-z]/i);
    expect(text(out)).toBe(input.replace(/\s+/g, " ").trim());
    expect(md).not.toContain("{{");
  });

  it("keeps Swedish text and no-break spaces untouched", () => {
    expect(escapeMarkdown("Åtta av tio – 98\u00A0procent")).toBe("Åtta av tio – 98\u00A0procent");
  });
});

describe("escapeEditorial: emphasis and https links only", () => {
  it("keeps emphasis", () => {
    expect(html(escapeEditorial("Det är *viktigt* och **mycket** viktigt"))).toBe(
      "<p>Det är <em>viktigt</em> och <strong>mycket</strong> viktigt</p>",
    );
  });
  it("keeps https links", () => {
    expect(html(escapeEditorial("Läs [rapporten](https://skr.se/kkik) här"))).toBe(
      '<p>Läs <a href="https://skr.se/kkik">rapporten</a> här</p>',
    );
  });
  it.each([
    ["javascript link", "[klicka](javascript:alert(1))"],
    ["http link", "[klicka](http://example.com)"],
    ["data link", "[klicka](data:text/html,<script>alert(1)</script>)"],
    ["raw html", "<img src=x onerror=alert(1)>"],
    ["heading", "# rubrik"],
    ["list", "* punkt"],
  ])("refuses %s", (_name, input) => {
    const out = html(escapeEditorial(input));
    expect(out).not.toMatch(/<(a|img|script|h\d|ul|li)\b/);
    expect(text(out)).toBe(input);
  });
  it("turns an image into at most a link (no image is loaded)", () => {
    const out = html(escapeEditorial("![x](https://example.com/x.png)"));
    expect(out).not.toContain("<img");
    expect(out).toBe('<p>!<a href="https://example.com/x.png">x</a></p>');
  });
});

describe("escapeHtml: the one HTML escaper", () => {
  it("turns & < > \" ' and ` into references, named where HTML has a name", () => {
    expect(escapeHtml(`a & b <i> "c" 'd' \`e\` = f`)).toBe("a &amp; b &lt;i&gt; &quot;c&quot; &#39;d&#39; &#96;e&#96; = f");
  });

  it("numeric references only, for the charts' SVG", () => {
    expect(escapeHtml(`a & b <i> "c" 'd' \`e\``, "numeric")).toBe("a &#38; b &#60;i&#62; &#34;c&#34; &#39;d&#39; &#96;e&#96;");
    expect(escapeHtmlNumeric("Göteborg <b>")).toBe("Göteborg &#60;b&#62;");
  });
});
