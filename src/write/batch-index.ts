// The batch's overview page, out/<year>/index.html, written after the run
// from the run's entries (unchanged releases come from the manifest): the
// municipalities' releases in the table, every other kind's (riket) in a
// section of its own above it, and a notice first when the run stopped early.
import path from "node:path";
import type { BatchSummary } from "./batch-summary.js";
import type { BatchEntry } from "./release-step.js";
import { MUNICIPALITY_KIND } from "../kinds/municipality/kind.js";
import { TEMPLATES_DIR } from "../paths.js";
import { loadIndexTemplates, renderIndexPage, type IndexEntry, type IndexSummaryRelease } from "../render/index-page.js";
import { writeFileIfChanged } from "./atomic.js";

export const INDEX_FILE = "index.html";

/** A row of the table. */
function row(e: BatchEntry): IndexEntry {
  return {
    code: e.code,
    name: e.name,
    officialName: e.officialName,
    folder: e.folder,
    headline: e.headline,
    status: e.status,
    warnings: e.warnings,
    highlights: e.highlights,
    error: e.error,
    files: e.files,
    edited: e.edited,
  };
}

/**
 * The releases that are not one municipality's (riket), made or current.
 * A failed one is left out: it has no headline, and the run says why.
 */
export function summaryReleases(entries: readonly BatchEntry[]): IndexSummaryRelease[] {
  return entries.flatMap((e) =>
    e.kind !== MUNICIPALITY_KIND && e.status !== "failed" && e.headline !== null
      ? [{ name: e.name, headline: e.headline, folder: e.folder, files: e.files, edited: e.edited, highlights: e.highlights }]
      : [],
  );
}

export async function writeIndex(summary: BatchSummary, opts: { data: string; templates?: string }): Promise<string> {
  const dirs = opts.templates ? [path.resolve(opts.templates), TEMPLATES_DIR] : [TEMPLATES_DIR];
  const templates = await loadIndexTemplates(dirs);
  const survey = summary.dataset.survey;
  const html = renderIndexPage(
    {
      year: survey.year,
      surveyName: survey.shortName ? `${survey.name} (${survey.shortName})` : survey.name,
      source: path.basename(opts.data),
      entries: summary.entries.filter((e) => e.kind === MUNICIPALITY_KIND).map(row),
      summaries: summaryReleases(summary.entries),
      example: /exempeldata/i.test(survey.note ?? ""),
      run: {
        interrupted: summary.interrupted,
        stopped: summary.stopped?.reason ?? null,
        remaining: summary.notStarted + summary.notWritten,
      },
    },
    templates,
  );
  const file = path.join(summary.dir, INDEX_FILE);
  // The same page as last time is not written again (read-only media, a run with nothing new).
  await writeFileIfChanged(file, html);
  return file;
}
