// render md: a ComposedRelease through the Handlebars templates into
// Markdown. Every piece of text is escaped here, once; templates only add
// structure. The result is checked before anyone can write it.
import { constants as fsConstants } from "node:fs";
import { access, readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import Handlebars from "handlebars";
import { checkDocument, numbersWithoutUnit } from "./guard.js";
import { messageFor } from "../catalogue.js";
import { errorFor, KommunpressError, type Message } from "../messages.js";
import { underIngress, type ComposedRelease, type Sentence } from "../phrase/compose.js";
import { escapeEditorial, escapeMarkdown } from "./escape.js";
import { errorCode } from "../fs.js";

export const MAIN_TEMPLATE = "pressmeddelande.md.hbs";

export interface Templates {
  render: (view: MarkdownView) => string;
  /** Files the templates came from (for manifests and messages). */
  files: string[];
}

const UNREADABLE_WHY: Record<string, string> = {
  EACCES: "behörighet saknas",
  EPERM: "behörighet saknas",
  EISDIR: "det är en mapp, inte en fil",
  ENOTDIR: "en del av sökvägen är en fil, inte en mapp",
  ELOOP: "för många symboliska länkar",
};

/** A template file or folder that exists but cannot be read; `err` is the system error, or a reason. */
function unreadable(file: string, what: "mallen" | "mappen med delmallar", err: unknown): KommunpressError {
  const code = errorCode(err);
  const why = typeof err === "string" ? err : (UNREADABLE_WHY[code] ?? `fel ${code || String(err)}`);
  const cause = typeof err === "string" ? {} : { cause: err };
  return new KommunpressError([messageFor("template-unreadable", { file }, what, why)], 1, cause);
}

/**
 * True when the template file is there and readable, false when it does not
 * exist (the next folder is tried). Anything else (no permission, a folder
 * where the file should be, a file where a folder should be) is an error:
 * the user's own template must never be replaced in silence.
 */
async function templateExists(file: string): Promise<boolean> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw unreadable(file, "mallen", info.isDirectory() ? UNREADABLE_WHY.EISDIR : "det är ingen vanlig fil");
    await access(file, fsConstants.R_OK);
    return true;
  } catch (err) {
    if (err instanceof KommunpressError) throw err;
    if (errorCode(err) === "ENOENT") return false;
    throw unreadable(file, "mallen", err);
  }
}

/** Finds a template file: the user's folder first, then the built-in one. */
export async function resolveTemplate(name: string, dirs: readonly string[]): Promise<string> {
  for (const dir of dirs) {
    const file = path.join(dir, name);
    if (await templateExists(file)) return file;
  }
  throw errorFor("template-missing", { file: name }, name);
}

/** The partials in `dir`/partials; none when that folder does not exist, an error when it cannot be read. */
async function partialNamesIn(dir: string): Promise<string[]> {
  const pdir = path.join(dir, "partials");
  try {
    return await readdir(pdir);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return [];
    throw unreadable(pdir, "mappen med delmallar", err);
  }
}

/**
 * Compiles the Markdown templates; `dirs` in priority order (override first).
 * `main` is the top template: a municipality's release, or `riket.md.hbs`.
 */
export async function loadMarkdownTemplates(dirs: readonly string[], main: string = MAIN_TEMPLATE): Promise<Templates> {
  const hb = Handlebars.create();
  const files: string[] = [];
  const partialNames = new Set<string>();
  for (const dir of dirs) {
    for (const n of await partialNamesIn(dir)) if (n.endsWith(".md.hbs")) partialNames.add(n);
  }
  for (const n of [...partialNames].sort()) {
    const file = await resolveTemplate(path.join("partials", n), dirs);
    files.push(file);
    hb.registerPartial(n.replace(/\.md\.hbs$/, ""), compile(hb, await readFile(file, "utf8"), file));
  }
  const mainFile = await resolveTemplate(main, dirs);
  files.push(mainFile);
  const top = compile(hb, await readFile(mainFile, "utf8"), mainFile);
  return {
    files,
    render: (view) => {
      try {
        return top(view);
      } catch (err) {
        throw templateError(err, mainFile);
      }
    },
  };
}

function compile(hb: typeof Handlebars, source: string, file: string): Handlebars.TemplateDelegate<MarkdownView> {
  try {
    // Text is escaped for Markdown before it reaches the template; strict
    // mode turns a misspelt field into an error instead of empty text.
    const t = hb.compile<MarkdownView>(source, { noEscape: true, strict: true });
    return (view) => {
      try {
        return t(view);
      } catch (err) {
        throw templateError(err, file);
      }
    };
  } catch (err) {
    throw templateError(err, file);
  }
}

function templateError(err: unknown, file: string): KommunpressError {
  if (err instanceof KommunpressError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  const line = /line (\d+)/.exec(msg)?.[1];
  const missing = /"([^"]+)" not defined/.exec(msg)?.[1];
  const where = { file, position: line ? { line: Number(line), column: 1 } : undefined };
  return new KommunpressError(
    [missing ? messageFor("template/undefined", where, missing) : messageFor("template/syntax", where, msg.split("\n")[0] ?? "")],
    1,
    { cause: err },
  );
}

export interface MarkdownView {
  dateline: string;
  sender: string;
  headline: string;
  lead: string;
  /** The body's opening paragraph ("" when there is none). */
  intro: string;
  sections: { heading: string; text: string; quote: string }[];
  extraQuotes: string[];
  extra: string[];
  factsHeading: string;
  facts: string;
  source: string;
  contactsHeading: string;
  contacts: { lines: string[] }[];
  aboutHeading: string;
  about: string;
}

const joinSentences = (s: readonly Sentence[]): string => escapeMarkdown(s.map((x) => x.text).join(" "));

/** Escaped view of a release, ready for the templates. */
export function markdownView(r: ComposedRelease): MarkdownView {
  const quotes = r.quotes.map((q) => escapeMarkdown(q.text));
  return {
    dateline: escapeMarkdown(r.dateline),
    sender: escapeMarkdown(r.sender),
    headline: escapeMarkdown(r.headline.text),
    lead: joinSentences(r.lead.slice(0, r.ingress ?? r.lead.length)),
    intro: joinSentences(underIngress(r)),
    sections: r.sections.map((s, i) => ({
      heading: escapeMarkdown(s.heading),
      text: joinSentences(s.sentences),
      quote: r.quotes.flatMap((q, j) => (q.section === i ? [quotes[j] ?? ""] : [])).join("\n\n"),
    })),
    extraQuotes: r.quotes.flatMap((q, j) => (q.section === null ? [quotes[j] ?? ""] : [])),
    extra: r.extra.map(escapeEditorial),
    factsHeading: escapeMarkdown(r.factsHeading),
    facts: joinSentences(r.facts),
    source: escapeMarkdown(r.source),
    contactsHeading: escapeMarkdown(r.contactsHeading),
    contacts: r.contactsPlaceholder
      ? [{ lines: [escapeMarkdown(r.contactsPlaceholder)] }]
      : r.contacts.map((c) => ({ lines: c.lines.map(contactLine) })),
    aboutHeading: escapeMarkdown(r.aboutHeading),
    about: escapeMarkdown(r.about),
  };
}

// A plain address (already validated by the schema) is left as typed, so the
// Markdown reads "E-post: namn@kommun.se" and renderers link it as mailto:.
const PLAIN_EMAIL = /^E-post: [A-Za-z0-9][A-Za-z0-9.+-]*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

function contactLine(line: string): string {
  return PLAIN_EMAIL.test(line) ? line : escapeMarkdown(line);
}

/** Normalises blank lines so templates need not fight Handlebars' white space. */
function tidy(md: string): string {
  return `${md
    .split("\n")
    .map((l) => l.replace(/[ \t]+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

/**
 * Renders and checks a release. Refuses (throws) output with undefined, NaN,
 * null, [object Object], {{, doubled spaces, or a generated number without
 * its unit.
 */
export function renderMarkdown(r: ComposedRelease, templates: Templates, dataStrings: readonly string[], file?: string): string {
  const md = tidy(templates.render(markdownView(r)));
  const problems: Message[] = [];
  const where = file ? { file } : {};
  for (const p of checkDocument(md)) {
    problems.push(messageFor("output-guard", where, p.what, p.context));
  }
  const generated = [r.headlineIsEditorial ? [] : [r.headline], r.lead, r.intro ?? [], ...r.sections.map((s) => s.sentences), r.facts].flat();
  for (const s of generated) {
    const bad = numbersWithoutUnit(s.text, dataStrings);
    if (bad.length > 0) {
      problems.push(messageFor("output-guard/unit", where, bad, s.text));
    }
  }
  if (problems.length > 0) throw new KommunpressError(problems, 1);
  return md;
}
