// The one interface every kind of release implements (a municipality's, the
// national summary, …). The edges (generate, national, batch, preview,
// publish, the batch index) handle releases only through it: a new kind is a
// folder under src/kinds/ plus a line in registry.ts.
import path from "node:path";
import { readFile } from "node:fs/promises";
import { errorFor, KommunpressError, type Message } from "../messages.js";
import { TEMPLATES_DIR } from "../paths.js";
import { loadPhraseBank, type PhraseBank } from "../phrase/bank.js";
import type { ComposedRelease } from "../phrase/compose.js";
import type { SentenceView } from "../render/claims-view.js";
import type { ReleaseExtras } from "../render/release-extras.js";
import { loadHtmlTemplates, type HtmlTemplates } from "../render/html.js";
import { loadMarkdownTemplates, resolveTemplate, type Templates } from "../render/markdown.js";
import type { PdfMeta } from "../render/pdf.js";
import { renderFiles, type OutputFile, type OutputOptions } from "../render/output.js";
import { SHARE_IMAGE } from "../render/publishing.js";
import type { Dataset } from "../schema.js";
import type { ReleaseWarning } from "../kinds/warnings.js";

/** One release a dataset holds. */
export interface ReleaseTarget {
  /** The kind's registered name ("municipality", "national"). */
  kind: string;
  /** Its key in manifest.json, the approvals file and the preview's URLs ("0126", "riket"). */
  id: string;
  /** Its folder under out/<year>/ ("0126-huddinge", "riket"). */
  folder: string;
  name: string;
  officialName: string;
}

/** Templates and phrase bank of one kind, the user's folder first. */
export interface KindResources {
  bank: PhraseBank;
  markdown: Templates;
  html: HtmlTemplates;
  /** The phrase bank file in use. */
  bankFile: string;
  /** Template folders in priority order (the user's first). */
  dirs: string[];
}

/** Where a page's relative paths (a logo) are resolved from, and its templates. */
export interface PageOptions {
  html: HtmlTemplates;
  /** The data file the release came from. */
  dataFile?: string;
}

/** A generated release of any kind, as the edges see it. */
export interface Generated {
  target: ReleaseTarget;
  headline: string;
  markdown: string;
  composed: ComposedRelease;
  /** Warnings from composing the text (positioned messages). */
  warnings: Message[];
  /** The short warnings for the batch index and the preview. */
  releaseWarnings: ReleaseWarning[];
  /**
   * What the years show, one short Swedish note per record, streak or
   * turnaround ("direktsvaren i telefon: bäst sedan 2014"), for the batch
   * index and the preview; empty when there is nothing (kinds/highlights.ts).
   */
  highlights: string[];
  /** claims.json, as written. */
  claimsJson(): string;
  /** The standalone HTML page. */
  html(opts: PageOptions): Promise<string>;
  pdfMeta(): PdfMeta;
  /** Each sentence with the claims behind it, for a reviewer. */
  sentenceViews(): SentenceView[];
  /** Charts, share image and section headings for Word, images and the web fragment. */
  extras(): ReleaseExtras;
}

/** A kind bound to one dataset and its resources. */
export interface KindSession {
  readonly kind: ReleaseKind;
  /** The releases of this kind that the dataset holds for the survey year. */
  targets(): ReleaseTarget[];
  /** sha256 of the data the release rests on (manifest, approvals). */
  dataHash(target: ReleaseTarget): string;
  /** Analyse → plan → phrase → Markdown and claims. Throws a KommunpressError. */
  generate(target: ReleaseTarget): Generated;
  /**
   * Releases of this kind the dataset cannot give, and why (riket with
   * nothing to summarise). Empty for a kind with nothing missing; a batch
   * that asked for the kind reports each as failed.
   */
  unavailable(): UnavailableRelease[];
}

/** A release that cannot be made from the dataset. */
export interface UnavailableRelease {
  target: ReleaseTarget;
  error: KommunpressError;
}

export interface ReleaseKind {
  /** Registered name, also `kind` in claims.json. */
  readonly name: string;
  /** Whether a release of this kind has its own editorial file (`<id>.yaml`) that the preview can edit. */
  readonly editorialFiles: boolean;
  /** Where a reviewer edits its texts when it has no editorial file (Swedish, for the preview). */
  readonly editedWhere?: string;
  /** What a release covers when that is more than its name says ("hela riket"; Swedish, for the preview's index). */
  readonly scope?: string;
  loadResources(templatesDir?: string): Promise<KindResources>;
  open(dataset: Dataset, resources: KindResources, file?: string): KindSession;
}

/**
 * Strings from the user's data that any release may quote (their own words,
 * not checked for units): the survey's, the indicators' and the groups'.
 */
export function surveyDataStrings(dataset: Dataset): string[] {
  const s = dataset.survey;
  return [
    s.name,
    s.shortName ?? "",
    s.publisher,
    s.conductedBy ?? "",
    s.method.replace(/\s+/g, " ").trim(),
    s.note?.replace(/\s+/g, " ").trim() ?? "",
    ...s.questionAreas,
    ...dataset.indicators.flatMap((i) => [i.subject, i.label, i.channel]),
    ...(dataset.groups ?? []).map((g) => g.name),
  ].filter((x) => x !== "");
}

/** PDF metadata of a release: its headline, its sender, what it is about. */
export function releasePdfMeta(dataset: Dataset, headline: string, sender: string, subject: string, keyword: string): PdfMeta {
  const survey = dataset.survey.shortName ?? dataset.survey.name;
  return {
    title: headline,
    author: sender,
    lang: "sv",
    subject: `Pressmeddelande från ${subject} om ${survey} ${dataset.survey.year}`,
    keywords: [survey, String(dataset.survey.year), keyword, "pressmeddelande"],
  };
}

/** What a kind's resources are made of. */
export interface ResourceFiles {
  /** The phrase bank (fraser.yaml). */
  phraseBank: string;
  /** The Markdown template (pressmeddelande.md.hbs). */
  template: string;
  /** Extra CSS after the shared stylesheet. */
  stylesheet?: string;
  /** Slots the phrase bank must have (defaults to the municipal bank's). */
  slots?: ReadonlyMap<string, readonly string[]>;
}

/** Loads a kind's templates and phrase bank; `templatesDir` overrides any file. */
export async function loadKindResources(files: ResourceFiles, templatesDir?: string): Promise<KindResources> {
  const dirs = templatesDir ? [path.resolve(templatesDir), TEMPLATES_DIR] : [TEMPLATES_DIR];
  const bankFile = await resolveTemplate(files.phraseBank, dirs);
  const [bank, markdown, html] = await Promise.all([
    loadPhraseBank(bankFile, files.slots),
    loadMarkdownTemplates(dirs, files.template),
    loadHtmlTemplates(dirs),
  ]);
  if (files.stylesheet === undefined) return { bank, markdown, html, bankFile, dirs };
  const cssFile = await resolveTemplate(files.stylesheet, dirs);
  const extraCss = await readFile(cssFile, "utf8");
  if (/<\/style/i.test(extraCss)) {
    throw errorFor("template/style-end", { file: cssFile });
  }
  return { bank, markdown, html: { ...html, css: `${html.css}\n${extraCss}`, files: [...html.files, cssFile] }, bankFile, dirs };
}

/**
 * claims.json of a release: its claims plus the share image's file name and
 * text alternative, so that whoever publishes the image has its alt text.
 */
export function claimsFileJson(claims: object, extras: ReleaseExtras): string {
  return `${JSON.stringify({ ...claims, shareImage: { file: SHARE_IMAGE, alt: extras.share.alt } }, null, 2)}\n`;
}

/** Calls `make` once, on first use. */
export function once<T>(make: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: make() }).v;
}

/** All files of one release of any kind in the chosen formats, rendered; nothing is written. */
export function releaseFiles(g: Generated, opts: OutputOptions): Promise<OutputFile[]> {
  return renderFiles({ markdown: g.markdown, json: () => g.claimsJson(), html: () => g.html(opts), pdfMeta: () => g.pdfMeta(), extras: () => g.extras() }, opts);
}
