// The national summary (riket) as a kind: one release over every
// participating municipality, folder `riket`; its texts are in the data
// file's `national.release`, so it has no editorial file of its own.
import { analyseNational } from "../../analyse/national.js";
import type { TimeFacts } from "../../analyse/time.js";
import { canonicalJson, sha256 } from "../../hash.js";
import { nationalSentenceViews } from "../../render/claims-view.js";
import { nationalExtras } from "./extras.js";
import type { Dataset } from "../../schema.js";
import { claimsFileJson, once, type Generated, type KindSession, type ReleaseKind, type ReleaseTarget } from "../kind.js";
import { lazyTime, timeHighlights } from "../highlights.js";
import { WARNING_TEXT } from "../warnings.js";
import {
  generateNational,
  loadNationalResources,
  NATIONAL_FOLDER,
  nationalHtml,
  nationalPdfMeta,
  nothingToSummarise,
  type GeneratedNational,
  type NationalResources,
} from "./release.js";

export const NATIONAL_KIND = "national";

export const NATIONAL_TARGET: ReleaseTarget = {
  kind: NATIONAL_KIND,
  id: NATIONAL_FOLDER,
  folder: NATIONAL_FOLDER,
  name: "Riket",
  officialName: "Riket",
};

/** riket rests on every municipality: the whole dataset is hashed. */
export function nationalDataHash(dataset: Dataset): string {
  return sha256(canonicalJson(dataset));
}

/** A generated national release as the edges see it; `detail` keeps the typed analysis and claims. */
export interface NationalGenerated extends Generated {
  detail: GeneratedNational;
}

/** `time`: the dataset's time facts (riket's are `.national`; a session shares one, computed once). */
export function asNationalGenerated(dataset: Dataset, r: GeneratedNational, time: () => TimeFacts = lazyTime(dataset)): NationalGenerated {
  const extras = once(() => nationalExtras(dataset, r));
  return {
    target: NATIONAL_TARGET,
    headline: r.claims.headline,
    markdown: r.markdown,
    composed: r.composed,
    warnings: r.warnings,
    releaseWarnings: r.warnings.map((w) => ({ ruleId: w.ruleId, text: WARNING_TEXT[w.ruleId] ?? w.reason })),
    highlights: timeHighlights(dataset.indicators, time().national),
    claimsJson: () => claimsFileJson(r.claims, extras()),
    html: (opts) => nationalHtml(dataset, r, opts),
    pdfMeta: () => nationalPdfMeta(dataset, r),
    sentenceViews: () => nationalSentenceViews(r.claims, dataset),
    extras,
    detail: r,
  };
}

function openSession(dataset: Dataset, resources: NationalResources, file?: string): KindSession {
  const time = lazyTime(dataset);
  return {
    kind: nationalKind,
    // Nothing to summarise (no riket values and not every participant): no release.
    targets: () => (analyseNational(dataset).findings.length > 0 ? [NATIONAL_TARGET] : []),
    dataHash: () => nationalDataHash(dataset),
    generate: () => asNationalGenerated(dataset, generateNational(dataset, { resources, ...(file ? { file } : {}) }), time),
    unavailable: () => {
      const analysis = analyseNational(dataset);
      return analysis.findings.length > 0 ? [] : [{ target: NATIONAL_TARGET, error: nothingToSummarise(dataset, analysis, file) }];
    },
  };
}

export const nationalKind: ReleaseKind = {
  name: NATIONAL_KIND,
  editorialFiles: false,
  editedWhere: "national.release",
  scope: "hela riket",
  loadResources: loadNationalResources,
  open: openSession,
};
