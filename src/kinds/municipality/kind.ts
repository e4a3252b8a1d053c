// The municipality release as a kind: one release per municipality with
// results for the survey year, folder `<code>-<slug>`, its own editorial file.
import path from "node:path";
import { computeRanks, type Rank } from "../../analyse/municipality.js";
import type { TimeFacts } from "../../analyse/time.js";
import { canonicalJson, sha256 } from "../../hash.js";
import { genitive } from "../../phrase/swedish.js";
import { sentenceViews } from "../../render/claims-view.js";
import { loadLogo, renderHtml } from "../../render/html.js";
import { releaseHistory } from "../../render/trend.js";
import { municipalityExtras } from "./extras.js";
import type { PdfMeta } from "../../render/pdf.js";
import type { Dataset, Municipality } from "../../schema.js";
import { claimsFileJson, once, releasePdfMeta, type Generated, type KindSession, type PageOptions, type ReleaseKind, type ReleaseTarget } from "../kind.js";
import { lazyTime, timeHighlights } from "../highlights.js";
import { releaseWarnings } from "../warnings.js";
import { generateRelease, loadResources, releaseFolder, type GeneratedRelease, type Resources } from "./release.js";

export const MUNICIPALITY_KIND = "municipality";

/**
 * The part of a dataset one municipality's release is made from: the survey,
 * thresholds, indicators, riket, its own group, itself (with editorial content
 * merged) and its ranks. A change elsewhere in the file does not touch it.
 */
export function dataSlice(dataset: Dataset, m: Municipality, ranks?: ReadonlyMap<string, Rank>): unknown {
  return {
    survey: dataset.survey,
    thresholds: dataset.thresholds,
    indicators: dataset.indicators,
    national: dataset.national,
    group: (dataset.groups ?? []).find((g) => g.id === m.group) ?? null,
    municipality: m,
    ranks: ranks ?? null,
  };
}

/** sha256 of a municipality's data slice (canonical: the ranks are a Map and must count). */
export function municipalityDataHash(dataset: Dataset, m: Municipality, ranks: ReadonlyMap<string, Rank> | undefined): string {
  return sha256(canonicalJson(dataSlice(dataset, m, ranks)));
}

export function municipalityTarget(m: Municipality): ReleaseTarget {
  return { kind: MUNICIPALITY_KIND, id: m.code, folder: releaseFolder(m), name: m.name, officialName: m.officialName };
}

export function municipalityPdfMeta(dataset: Dataset, r: GeneratedRelease): PdfMeta {
  return releasePdfMeta(dataset, r.claims.headline, r.composed.sender, r.municipality.officialName, r.municipality.name);
}

/** The release's HTML page (with its logo, when the data names one, and every year's results when given the dataset). */
export async function municipalityHtml(r: GeneratedRelease, opts: PageOptions, dataset?: Dataset): Promise<string> {
  const logoFile = r.municipality.release?.logo;
  const logo =
    logoFile !== undefined
      ? await loadLogo(path.resolve(path.dirname(opts.dataFile ?? "."), logoFile), `${genitive(r.municipality.officialName)} logotyp`)
      : undefined;
  const history = dataset ? { history: releaseHistory(dataset, r.municipality) } : {};
  return renderHtml({ markdown: r.markdown, claims: r.claims, composed: r.composed, ...(logo ? { logo } : {}), ...history }, opts.html);
}

/** A generated municipal release as the edges see it; `detail` keeps the typed analysis and claims. */
export interface MunicipalityGenerated extends Generated {
  detail: GeneratedRelease;
}

/** `time`: the dataset's time facts (a session shares one, computed once). */
export function asGenerated(dataset: Dataset, r: GeneratedRelease, time: () => TimeFacts = lazyTime(dataset)): MunicipalityGenerated {
  const extras = once(() => municipalityExtras(dataset, r));
  return {
    target: municipalityTarget(r.municipality),
    headline: r.claims.headline,
    markdown: r.markdown,
    composed: r.composed,
    warnings: r.warnings,
    releaseWarnings: releaseWarnings(dataset, r.municipality, r.warnings),
    highlights: timeHighlights(dataset.indicators, time().municipalities.get(r.municipality.code)),
    claimsJson: () => claimsFileJson(r.claims, extras()),
    html: (opts) => municipalityHtml(r, opts, dataset),
    pdfMeta: () => municipalityPdfMeta(dataset, r),
    sentenceViews: () => sentenceViews(r.claims, dataset),
    extras,
    detail: r,
  };
}

function openSession(dataset: Dataset, resources: Resources, file?: string): KindSession {
  const year = String(dataset.survey.year);
  const ranks = computeRanks(dataset, dataset.survey.year);
  const byCode = new Map(dataset.municipalities.map((m) => [m.code, m]));
  const time = lazyTime(dataset);
  const find = (t: ReleaseTarget): Municipality => {
    const m = byCode.get(t.id);
    if (m === undefined) throw new Error(`no municipality ${t.id} in the dataset`);
    return m;
  };
  return {
    kind: municipalityKind,
    targets: () => dataset.municipalities.filter((m) => m.results[year] !== undefined).map(municipalityTarget),
    dataHash: (t) => municipalityDataHash(dataset, find(t), ranks.get(t.id)),
    generate: (t) => asGenerated(dataset, generateRelease(dataset, find(t), { resources, ranks, ...(file ? { file } : {}) }), time),
    // A municipality without results for the year simply has no release.
    unavailable: () => [],
  };
}

export const municipalityKind: ReleaseKind = {
  name: MUNICIPALITY_KIND,
  editorialFiles: true,
  loadResources,
  open: openSession,
};
