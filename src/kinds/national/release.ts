// The thin orchestrator for the national summary release (riket):
// analyse → phrase → render md (+ claims), and the files of each format.
// Pure given loaded resources; the PDF printer is the caller's (one browser
// per run, shared with a batch).
import path from "node:path";
import { analyseNational, type NationalAnalysis, type NationalFinding } from "../../analyse/national.js";
import { buildNationalClaims, type NationalClaims } from "../../render/claims-national.js";
import { errorFor, KommunpressError, type Message } from "../../messages.js";
import { analyseTime } from "../../analyse/time.js";
import { composeNational, contactChannels, nationalSlotSpecs, type ComposedNational } from "../../phrase/national.js";
import { distribution, type DistributionInput } from "../../render/distribution.js";
import { loadLogo, renderPage } from "../../render/html.js";
import { nationalTrendInput, trendChart } from "../../render/trend.js";
import { planNationalStory, type NationalStory } from "../../plan/national.js";
import { renderMarkdown } from "../../render/markdown.js";
import { loadKindResources, releasePdfMeta, surveyDataStrings, type KindResources, type PageOptions, type ResourceFiles } from "../kind.js";
import type { PdfMeta } from "../../render/pdf.js";
import type { Dataset } from "../../schema.js";

export const NATIONAL_FOLDER = "riket";
export const NATIONAL_TEMPLATE = "riket.md.hbs";
export const NATIONAL_PHRASE_BANK = "fraser-riket.yaml";
/** Extra CSS for the national page (distribution charts, top/bottom tables), after the shared stylesheet. */
export const NATIONAL_STYLESHEET = "riket.css";

export type NationalResources = KindResources;

/** The national release's resource files: its own template, phrase bank and extra CSS. */
export const NATIONAL_FILES: ResourceFiles = {
  phraseBank: NATIONAL_PHRASE_BANK,
  template: NATIONAL_TEMPLATE,
  stylesheet: NATIONAL_STYLESHEET,
  slots: nationalSlotSpecs(),
};

/**
 * Loads the national templates and phrase bank; `templatesDir` overrides any
 * file (riket.md.hbs, partials, fraser-riket.yaml, layout, CSS).
 */
export function loadNationalResources(templatesDir?: string): Promise<NationalResources> {
  return loadKindResources(NATIONAL_FILES, templatesDir);
}

export interface GeneratedNational {
  /** Always "riket": the release's folder under out/<year>/. */
  folder: typeof NATIONAL_FOLDER;
  analysis: NationalAnalysis;
  /** The story plan: angle, lead, sections and the facts each tells. */
  plan: NationalStory;
  composed: ComposedNational;
  markdown: string;
  claims: NationalClaims;
  warnings: Message[];
}

export interface GenerateNationalOptions {
  resources: NationalResources;
  /** The data file, for messages. */
  file?: string;
}

/** Strings from the user's data: their own words, not checked for units. */
function dataStrings(dataset: Dataset): string[] {
  return [...surveyDataStrings(dataset), ...dataset.municipalities.map((m) => m.name), dataset.national?.release?.headline ?? ""].filter(
    (x) => x !== "",
  );
}

/** The error for a dataset with nothing to say about riket. */
export function nothingToSummarise(dataset: Dataset, analysis: NationalAnalysis, file?: string): KommunpressError {
  return errorFor("national-no-data", { file: file || undefined }, dataset.survey.year, analysis.withResults, dataset.survey.participants);
}

/**
 * The national summary: averages, changes, highest and lowest, counts and
 * kommungrupper per indicator, as Markdown and claims. Throws a
 * KommunpressError when there is nothing to say (no riket values and not
 * every participant in the data).
 */
export function generateNational(dataset: Dataset, opts: GenerateNationalOptions): GeneratedNational {
  const analysis = analyseNational(dataset);
  const where = opts.file ? { file: opts.file } : {};
  if (analysis.findings.length === 0) throw nothingToSummarise(dataset, analysis, opts.file);
  // A headline may name a channel only when the phrase bank lists it as a contact channel.
  const contact = new Set(contactChannels(opts.resources.bank).keys());
  const plan = planNationalStory(analysis, analyseTime(dataset).national, contact);
  const composed = composeNational({
    dataset,
    analysis,
    plan,
    release: dataset.national?.release ?? {},
    bank: opts.resources.bank,
    ...where,
  });
  const markdown = renderMarkdown(composed, opts.resources.markdown, dataStrings(dataset), opts.file);
  const claims = buildNationalClaims(dataset, analysis, plan, composed);
  return { folder: NATIONAL_FOLDER, analysis, plan, composed, markdown, claims, warnings: composed.warnings };
}

/** The national page: the Markdown with a distribution chart and top/bottom table per indicator. */
export async function nationalHtml(
  dataset: Dataset,
  r: GeneratedNational,
  opts: PageOptions,
): Promise<string> {
  const logoFile = dataset.national?.release?.logo;
  const logo =
    logoFile !== undefined
      ? await loadLogo(path.resolve(path.dirname(opts.dataFile ?? "."), logoFile), `Logotyp: ${dataset.survey.publisher}`)
      : undefined;
  return renderPage(
    {
      markdown: r.markdown,
      composed: r.composed,
      ...(logo ? { logo } : {}),
      figure: (index) => {
        const s = sectionCharts(r, index);
        if (!s) return null;
        const chart = distribution(s.distribution);
        const trend = trendChart(nationalTrendInput(dataset, s.finding, s.id, r.analysis.year));
        const html = [chart?.html, trend?.html].filter((h): h is string => h !== undefined);
        return html.length > 0 ? html.join("\n") : null;
      },
    },
    opts.html,
  );
}

export function nationalPdfMeta(dataset: Dataset, r: GeneratedNational): PdfMeta {
  const meta = releasePdfMeta(dataset, r.claims.headline, r.composed.sender, dataset.survey.publisher, "riket");
  return { ...meta, subject: `${meta.subject} för hela riket` };
}

/**
 * The finding a section of the national release is about, with the id its
 * charts are named by and the input of its distribution chart (null for a
 * section without one). The HTML page and the Word/image extras both draw from it.
 */
export function sectionCharts(r: GeneratedNational, index: number): { finding: NationalFinding; id: string; distribution: DistributionInput } | null {
  const key = r.composed.sectionIndicators[index];
  const finding = r.analysis.findings.find((x) => x.indicator.id === key);
  if (!finding) return null;
  const id = `riket-${index + 1}`;
  const { label, unit, better } = finding.indicator;
  return { finding, id, distribution: { id, label, unit, better, year: r.analysis.year, values: finding.values } };
}
