// render index: out/<year>/index.html for a batch run. One standalone page
// (lang="sv", CSS and fonts inline, the same CSP as a release, no JavaScript)
// listing every release with its headline, status, warnings and relative
// links to its files. Pure: the same input gives the same bytes (no clock).
//
// Safety: every piece of data goes through Handlebars' escaping (the headline,
// inserted as HTML, through escape.ts); links are built here from folder and
// file names that must be single path segments, each percent-encoded, so a
// link can only point into the batch's own folders. The finished page passes
// assertSafeHtml like a release does.
import { errorFor } from "../messages.js";
import { formatNumber, formatYear, joinList, NBSP, numberWord, type Gender } from "../phrase/swedish.js";
import { escapeHtml } from "./escape.js";
import { assertSafeHtml, CONTENT_SECURITY_POLICY, keepShortHyphenated, loadPageTemplates, type PageTemplates } from "./html.js";

function headlineHtml(headline: string): string {
  return keepShortHyphenated(escapeHtml(headline));
}

export const INDEX_TEMPLATE = "index.html.hbs";
export const INDEX_STYLESHEET = "index.css";

export type IndexFormat = "md" | "html" | "pdf" | "docx" | "web" | "png" | "json";
export type IndexFiles = Partial<Record<IndexFormat, string>>;

export interface IndexEntry {
  /** Municipality code, e.g. "0126". */
  code: string;
  /** Short name, e.g. "Huddinge". */
  name: string;
  /** Official name, e.g. "Huddinge kommun". */
  officialName: string;
  /** The release's folder inside out/<year>/, e.g. "0126-huddinge" (one path segment). */
  folder: string;
  /** null when the release failed. */
  headline: string | null;
  status: "generated" | "unchanged" | "failed";
  /** Swedish texts, e.g. { ruleId: "no-quote", text: "inget citat" }. */
  warnings: { ruleId: string; text: string }[];
  /** Swedish reason when failed. */
  error: string | null;
  /** File names inside `folder` that exist. Not linked when the release failed. */
  files: IndexFiles;
  /** Files the user had edited, kept beside the new ones in this run. */
  edited?: IndexEdit[];
  /** What the years show, e.g. "direktsvaren i telefon: bäst sedan 2014" (kinds/highlights.ts). */
  highlights?: string[];
}

/** A hand-edited file kept under another name (see write/hand-edits.ts). */
export interface IndexEdit {
  /** "pressmeddelande.md" */
  file: string;
  /** "pressmeddelande.redigerad.md", in the same folder. */
  keptAs: string;
}

/** How the run ended, when it did not do everything it set out to do. */
export interface IndexRunState {
  /** Ctrl-C or SIGTERM. */
  interrupted: boolean;
  /** Why the run stopped by itself (a full or read-only disk), Swedish; null otherwise. */
  stopped: string | null;
  /** Releases not made in this run (not started or not written). */
  remaining: number;
}

/** A release about more than one municipality (riket), shown above the table. */
export interface IndexSummaryRelease {
  /** Heading and link context, e.g. "Riket". */
  name: string;
  headline: string;
  /** Its folder inside out/<year>/, e.g. "riket" (one path segment). */
  folder: string;
  files: IndexFiles;
  edited?: IndexEdit[];
  /** What the years show for it. */
  highlights?: string[];
}

export interface IndexPageInput {
  year: number;
  /** E.g. "Kommunens Kvalitet i Korthet (KKiK)". */
  surveyName: string;
  /** Data file name shown on the page, e.g. "kkik-2019-alla.yaml". */
  source: string;
  /** In the order to show. */
  entries: IndexEntry[];
  /** Releases about more than one municipality (riket), each in its own section before the table. */
  summaries: IndexSummaryRelease[];
  /** true: the page says clearly that the figures are exempeldata. */
  example: boolean;
  /** How the run ended, when it stopped early (interrupted, a disk error). */
  run?: IndexRunState;
}

/** A link to one of a release's files. */
export interface IndexLinkView {
  href: string;
  /** Visible text: "Markdown", "HTML", "PDF", "claims.json". */
  label: string;
  /** Visually hidden text before the label, e.g. "Huddinge: ", so 290 "PDF" links differ. */
  context: string;
}

export interface IndexRowView {
  /** The row's id, for links from the "Över tid" list: "kommun-0126". */
  rowId: string;
  code: string;
  name: string;
  officialName: string;
  /** null when there is none (always for a failed release). */
  headline: string | null;
  /** The headline escaped, with "e-post" kept on one line. */
  headlineHtml: string | null;
  failed: boolean;
  /** The reason shown for a failed release. */
  error: string | null;
  status: IndexEntry["status"];
  /** "skapad", "oförändrad", "misslyckades". */
  statusText: string;
  warnings: { ruleId: string; text: string }[];
  /** Hand-edited files kept under another name, with a link to each. */
  edits: IndexEditView[];
  /** Whether there are warnings or edits to show. */
  notes: boolean;
  /** What the years show (the "Över tid" column); empty for a failed release. */
  highlights: string[];
  links: IndexLinkView[];
}

export interface IndexEditView {
  /** "pressmeddelande.md var ändrad för hand; din version finns kvar som" */
  text: string;
  href: string;
  keptAs: string;
}

export interface IndexSummaryView {
  name: string;
  /** The id of its heading, e.g. "riket-rubrik". */
  headingId: string;
  headline: string;
  headlineHtml: string;
  edits: IndexEditView[];
  highlights: string[];
  links: IndexLinkView[];
}

/** A release in the "Över tid" list: a link to its row (or riket's section) and its notes. */
export interface IndexOverTimeItem {
  /** "#kommun-0126", "#riket-rubrik". */
  href: string;
  name: string;
  highlights: string[];
}

/** The releases whose years show something, collected above the table so a reviewer can go through just those. */
export interface IndexOverTimeView {
  /** "Rekord, sviter eller vändningar i 14 pressmeddelanden". */
  summary: string;
  items: IndexOverTimeItem[];
}

/** What the index template gets. Fields ending in `Css` are inserted unescaped. */
export interface IndexView {
  lang: string;
  title: string;
  csp: string;
  fontCss: string;
  css: string;
  year: string;
  surveyName: string;
  source: string;
  example: boolean;
  /** "Sammanlagt 264 pressmeddelanden: 250 skapade, 10 oförändrade och 4 misslyckades; 180 med varningar." */
  summary: string;
  /** Said first when the run stopped early: why, how many remain, what to do. */
  notice: string | null;
  summaries: IndexSummaryView[];
  /** null when no release has a record, streak or turnaround. */
  overTime: IndexOverTimeView | null;
  caption: string;
  rows: IndexRowView[];
}

export type IndexTemplates = PageTemplates<IndexView>;

/** Loads the index template and stylesheet (`dirs` in priority order, override first) and the fonts. */
export function loadIndexTemplates(dirs: readonly string[]): Promise<IndexTemplates> {
  return loadPageTemplates<IndexView>(INDEX_TEMPLATE, INDEX_STYLESHEET, dirs);
}

// ----------------------------------------------------------------- links

const FORMAT_ORDER: readonly IndexFormat[] = ["md", "html", "pdf", "docx", "web", "png", "json"];

const FORMAT_LABELS: Record<IndexFormat, string> = {
  md: "Markdown",
  html: "HTML",
  pdf: "PDF",
  docx: "Word",
  web: "Webbtext",
  png: "Bild",
  json: "claims.json",
};

/** One path segment, percent-encoded; throws for anything that could leave the folder. */
function segment(value: string, where: string): string {
  let encoded: string | null = null;
  if (value !== "" && value !== "." && value !== ".." && !/[/\\\u0000-\u001f\u007f-\u009f]/.test(value)) {
    try {
      encoded = encodeURIComponent(value);
    } catch {
      // A lone surrogate: not a file name.
    }
  }
  if (encoded === null) {
    throw errorFor("index-link", { path: where }, value);
  }
  return encoded;
}

function links(folder: string, files: IndexFiles, context: string, where: string): IndexLinkView[] {
  const out: IndexLinkView[] = [];
  for (const format of FORMAT_ORDER) {
    const file = files[format];
    if (file === undefined) continue;
    // Relative to out/<year>/: `0126-huddinge/pressmeddelande.pdf`.
    const href = `${segment(folder, `${where}.folder`)}/${segment(file, `${where}.files.${format}`)}`;
    out.push({ href, label: FORMAT_LABELS[format], context: `${context}: ` });
  }
  return out;
}

function edits(folder: string, edited: readonly IndexEdit[] | undefined, where: string): IndexEditView[] {
  return (edited ?? []).map((e, i) => ({
    text: handEditKeptShort(e).text,
    href: `${segment(folder, `${where}.folder`)}/${segment(e.keptAs, `${where}.edited[${i}]`)}`,
    keptAs: e.keptAs,
  }));
}

// ------------------------------------------------------------- messages

/** A user-facing text with its stable id (tested verbatim). */
export interface IdText {
  id: string;
  text: string;
}

/** In the release's row: "pressmeddelande.md var ändrad för hand; din version finns kvar som" (then a link). */
export function handEditKeptShort(kept: IndexEdit): IdText {
  return { id: "hand-edit-kept-index", text: `${kept.file} var ändrad för hand; din version finns kvar som` };
}

const releasesText = (n: number): string => `${formatNumber(n, 0)} ${n === 1 ? "pressmeddelande" : "pressmeddelanden"}`;

/** After Ctrl-C or SIGTERM. */
export function runInterrupted(remaining: number): IdText {
  return {
    id: "batch-interrupted",
    text: `Körningen avbröts innan allt var klart: ${releasesText(remaining)} återstår. Kör samma kommando igen för att göra klart resten.`,
  };
}

/** After a disk error stopped the run: the disk message (capitalised), then how many remain. */
export function runStopped(reason: string, remaining: number): IdText {
  return { id: "batch-stopped", text: `Körningen stoppades. ${reason} ${releasesText(remaining)} återstår.` };
}

// --------------------------------------------------------------- summary

const STATUS_TEXT: Record<IndexEntry["status"], string> = {
  generated: "skapad",
  unchanged: "oförändrad",
  failed: "misslyckades",
};

/** A count and its words ("pressmeddelande" is an ett-word, so are its participles). */
interface Count {
  n: number;
  singular: string;
  plural: string;
}

function countText(c: Count, words: boolean, gender: Gender): string {
  const noun = c.n === 1 ? c.singular : c.plural;
  const word = words ? numberWord(c.n, gender) : undefined;
  return word === undefined ? `${formatNumber(c.n, 0)}${NBSP}${noun}` : `${word} ${noun}`;
}

/**
 * "Sammanlagt 264 pressmeddelanden: 250 skapade, 10 oförändrade och 4
 * misslyckades; 180 med varningar." Figures in the sentence are written alike
 * (SPRAK.md): words only when every one of them is one to twelve. Statuses
 * with no release are left out.
 */
export function indexSummary(entries: readonly IndexEntry[], remaining = 0): string {
  if (entries.length === 0 && remaining === 0) return "Inga pressmeddelanden för kommuner i den här körningen.";
  const count = (s: IndexEntry["status"]): number => entries.filter((e) => e.status === s).length;
  const statuses: Count[] = [
    { n: count("generated"), singular: "skapat", plural: "skapade" },
    { n: count("unchanged"), singular: "oförändrat", plural: "oförändrade" },
    { n: count("failed"), singular: "misslyckades", plural: "misslyckades" },
    { n: remaining, singular: "inte gjort", plural: "inte gjorda" },
  ].filter((c) => c.n > 0);
  const total: Count = { n: entries.length + remaining, singular: "pressmeddelande", plural: "pressmeddelanden" };
  const warned: Count = { n: entries.filter((e) => e.warnings.length > 0).length, singular: "med varningar", plural: "med varningar" };
  const shown = [total, ...statuses, ...(warned.n > 0 ? [warned] : [])];
  const words = shown.every((c) => c.n >= 1 && c.n <= 12);
  const text = (c: Count): string => countText(c, words, "ett");
  const warnings = warned.n > 0 ? text(warned) : "inga varningar";
  return `Sammanlagt ${text(total)}: ${joinList(statuses.map(text))}; ${warnings}.`;
}

/** The notice for a run that stopped early, or null. */
export function runNotice(run: IndexRunState | undefined): string | null {
  if (!run) return null;
  if (run.stopped !== null) return runStopped(capitalise(run.stopped), run.remaining).text;
  // Interrupted after the last release had started: all of them were finished, nothing is left to say
  // (the next run, with nothing new, would not write the page again and the notice would stay).
  return run.interrupted && run.remaining > 0 ? runInterrupted(run.remaining).text : null;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase("sv") + s.slice(1);
}

/** "KKiK" from "Kommunens Kvalitet i Korthet (KKiK)"; the whole name when it has no short form. */
function shortSurveyName(name: string): string {
  const m = /\(([^()]+)\)\s*$/.exec(name);
  return (m?.[1] ?? name).trim();
}

// ------------------------------------------------------------------ page

/** Ids the page itself uses. */
const PAGE_IDS = new Set(["kommuner-rubrik", "tabell-rubrik", "over-tid-rubrik"]);

/** "riket-rubrik" from the folder when that makes a plain, free id; else one by position. */
function headingId(folder: string, i: number): string {
  const id = `${folder}-rubrik`;
  return /^[a-z][a-z0-9-]*$/i.test(folder) && !PAGE_IDS.has(id) ? id : `sammanfattning-${i + 1}-rubrik`;
}

/**
 * "kommun-0126" from the code when that makes a plain id not used before;
 * else one by position ("rad-3"). `used` collects the ids given.
 */
function rowId(code: string, i: number, used: Set<string>): string {
  const id = `kommun-${code}`;
  const free = /^[A-Za-z0-9_-]+$/.test(code) && !used.has(id) && !PAGE_IDS.has(id);
  const chosen = free ? id : `rad-${i + 1}`;
  used.add(chosen);
  return chosen;
}

function rowView(e: IndexEntry, i: number, id: string): IndexRowView {
  const failed = e.status === "failed";
  return {
    rowId: id,
    code: e.code,
    name: e.name,
    officialName: e.officialName,
    headline: failed ? null : e.headline,
    headlineHtml: failed || e.headline === null ? null : headlineHtml(e.headline),
    failed,
    error: failed ? (e.error ?? "orsaken är okänd") : null,
    status: e.status,
    statusText: STATUS_TEXT[e.status],
    warnings: e.warnings.map((w) => ({ ruleId: w.ruleId, text: w.text })),
    edits: edits(e.folder, e.edited, `entries[${i}]`),
    notes: e.warnings.length > 0 || (e.edited ?? []).length > 0,
    // A failed release has no text, so nothing to say about its years.
    highlights: failed ? [] : [...(e.highlights ?? [])],
    // A failed release links nothing: its files may be missing or stale.
    links: failed ? [] : links(e.folder, e.files, e.name, `entries[${i}]`),
  };
}

/**
 * "Rekord, sviter eller vändningar i 14 pressmeddelanden" (words for one to
 * twelve: "i tre pressmeddelanden", "i ett pressmeddelande").
 */
export function overTimeSummary(n: number): string {
  return `Rekord, sviter eller vändningar i ${countText({ n, singular: "pressmeddelande", plural: "pressmeddelanden" }, true, "ett")}`;
}

/** Riket's sections first, then the table's rows, each that has notes; null when none has. */
function overTime(summaries: readonly IndexSummaryView[], rows: readonly IndexRowView[]): IndexOverTimeView | null {
  const items: IndexOverTimeItem[] = [
    ...summaries.map((r) => ({ href: `#${r.headingId}`, name: r.name, highlights: r.highlights })),
    ...rows.map((r) => ({ href: `#${r.rowId}`, name: r.officialName, highlights: r.highlights })),
  ].filter((item) => item.highlights.length > 0);
  return items.length === 0 ? null : { summary: overTimeSummary(items.length), items };
}

/**
 * The batch's index page. Pure and deterministic. Throws a KommunpressError
 * for a folder or file name that cannot be a relative link, or if the page
 * fails the safety check.
 */
export function renderIndexPage(input: IndexPageInput, templates: IndexTemplates): string {
  const year = formatYear(input.year);
  const short = shortSurveyName(input.surveyName);
  const summaries = input.summaries.map((r, i): IndexSummaryView => ({
    name: r.name,
    headingId: headingId(r.folder, i),
    headline: r.headline,
    headlineHtml: headlineHtml(r.headline),
    edits: edits(r.folder, r.edited, `summaries[${i}]`),
    highlights: [...(r.highlights ?? [])],
    links: links(r.folder, r.files, r.name, `summaries[${i}]`),
  }));
  const used = new Set(summaries.map((r) => r.headingId));
  const rows = input.entries.map((e, i) => rowView(e, i, rowId(e.code, i, used)));
  const view: IndexView = {
    lang: "sv",
    title: `Pressmeddelanden – ${short} ${year}${input.example ? " (exempeldata)" : ""}`,
    csp: CONTENT_SECURITY_POLICY,
    fontCss: templates.fontCss,
    css: templates.css,
    year,
    surveyName: input.surveyName,
    source: input.source,
    example: input.example,
    summary: indexSummary(input.entries, input.run?.remaining ?? 0),
    notice: runNotice(input.run),
    summaries,
    overTime: overTime(summaries, rows),
    caption: `Pressmeddelanden per kommun, ${short} ${year}`,
    rows,
  };
  const html = templates.render(view);
  assertSafeHtml(html);
  return html;
}
