// The thin orchestrator for one municipality's release:
// analyse (this year and the years before) → plan → phrase → render md (+ claims). Pure given loaded resources.
import { analyseMunicipality, computeRanks, type Analysis, type Rank } from "../../analyse/municipality.js";
import { analyseSeries, seriesOf, seriesRule } from "../../analyse/time.js";
import type { TimeInput } from "../../plan/news.js";
import { buildClaims, type MunicipalityClaims } from "../../render/claims.js";
import { errorFor, type Message } from "../../messages.js";
import { composeRelease, type ComposedRelease } from "../../phrase/compose.js";
import { planMunicipality } from "../../plan/municipality.js";
import { MAIN_TEMPLATE, renderMarkdown } from "../../render/markdown.js";
import { loadKindResources, surveyDataStrings, type KindResources, type ResourceFiles } from "../kind.js";
import type { Dataset, Municipality, Release } from "../../schema.js";
import { slug } from "../../slug.js";

export const PHRASE_BANK = "fraser.yaml";

export type Resources = KindResources;

/** The municipal release's resource files. */
export const MUNICIPALITY_FILES: ResourceFiles = { phraseBank: PHRASE_BANK, template: MAIN_TEMPLATE };

/** Loads templates and the phrase bank; `templatesDir` overrides any file. */
export function loadResources(templatesDir?: string): Promise<Resources> {
  return loadKindResources(MUNICIPALITY_FILES, templatesDir);
}

export interface GeneratedRelease {
  municipality: Municipality;
  /** `<code>-<slug>`, the release's folder under out/<year>/. */
  folder: string;
  analysis: Analysis;
  composed: ComposedRelease;
  markdown: string;
  claims: MunicipalityClaims;
  warnings: Message[];
}

/** Strings from the user's data: their own words, not checked for units. */
function dataStrings(dataset: Dataset, m: Municipality, release: Release): string[] {
  return [m.name, m.officialName, ...surveyDataStrings(dataset), release.headline ?? ""].filter((x) => x !== "");
}

/**
 * Each indicator's series over the years for the plan: the time facts (as of
 * the survey year), the first year of the survey in the data (riket's first
 * year with a value: "sedan mätningen började") and the change thresholds.
 */
export function planTimes(dataset: Dataset, m: Municipality): Map<string, TimeInput> {
  const out = new Map<string, TimeInput>();
  for (const ind of dataset.indicators) {
    const rule = { ...seriesRule(dataset, ind), clearRuns: true };
    const series = analyseSeries(seriesOf(m.results, ind.id), dataset.survey.year, rule);
    if (!series) continue;
    const values: Record<string, number> = {};
    for (const [year, v] of Object.entries(seriesOf(m.results, ind.id))) {
      if (typeof v === "number" && Number(year) <= dataset.survey.year) values[year] = v;
    }
    const riket = Object.entries(dataset.national?.results ?? {})
      .filter(([, row]) => typeof row[ind.id] === "number")
      .map(([year]) => Number(year));
    out.set(ind.id, { series, values, surveyStart: riket.length > 0 ? Math.min(...riket) : null, same: rule.change.same, strong: rule.change.strong, unit: ind.unit });
  }
  return out;
}

export function releaseFolder(m: Municipality): string {
  return `${m.code}-${slug(m.name)}`;
}

export interface GenerateOptions {
  resources: Resources;
  /** Ranks across the dataset; computed when not given (batch passes them once). */
  ranks?: Map<string, Map<string, Rank>>;
  /** The data file, for messages. */
  file?: string;
}

export function generateRelease(dataset: Dataset, m: Municipality, opts: GenerateOptions): GeneratedRelease {
  if (m.results[String(dataset.survey.year)] === undefined) {
    throw errorFor("no-results-for-year/municipality", { file: opts.file || undefined }, m.name, m.code, dataset.survey.year);
  }
  const ranks = opts.ranks ?? computeRanks(dataset, dataset.survey.year);
  const analysis = analyseMunicipality(dataset, m, ranks);
  const release = m.release ?? {};
  const plan = planMunicipality(analysis, planTimes(dataset, m));
  const composed = composeRelease({
    dataset,
    analysis,
    plan,
    release,
    bank: opts.resources.bank,
    pathPrefix: `municipalities[${dataset.municipalities.indexOf(m)}].release`,
    ...(opts.file ? { file: opts.file } : {}),
  });
  const markdown = renderMarkdown(composed, opts.resources.markdown, dataStrings(dataset, m, release), opts.file);
  const claims = buildClaims(analysis, composed, plan);
  return { municipality: m, folder: releaseFolder(m), analysis, composed, markdown, claims, warnings: composed.warnings };
}

/** Finds a municipality by code, short name or official name (any case). */
export function findMunicipality(dataset: Dataset, query: string): Municipality | undefined {
  const q = query.trim().toLocaleLowerCase("sv");
  return dataset.municipalities.find(
    (m) => m.code === q || m.name.toLocaleLowerCase("sv") === q || m.officialName.toLocaleLowerCase("sv") === q,
  );
}
