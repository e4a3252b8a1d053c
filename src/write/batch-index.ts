// The batch's overview page, out/<year>/index.html, written after the run
// from the run's entries (unchanged releases come from the manifest).
import path from "node:path";
import type { BatchSummary } from "./batch.js";
import { TEMPLATES_DIR } from "../paths.js";
import { loadIndexTemplates, renderIndexPage, type IndexEntry } from "../render/index-page.js";
import { writeFileAtomic } from "./atomic.js";

export const INDEX_FILE = "index.html";

export async function writeIndex(summary: BatchSummary, opts: { data: string; templates?: string }): Promise<string> {
  const dirs = opts.templates ? [path.resolve(opts.templates), TEMPLATES_DIR] : [TEMPLATES_DIR];
  const templates = await loadIndexTemplates(dirs);
  const survey = summary.dataset.survey;
  const entries: IndexEntry[] = summary.entries.map((e) => ({
    code: e.code,
    name: e.name,
    officialName: e.officialName,
    folder: e.folder,
    headline: e.headline,
    status: e.status,
    warnings: e.warnings,
    error: e.error,
    files: e.files,
  }));
  const html = renderIndexPage(
    {
      year: survey.year,
      surveyName: survey.shortName ? `${survey.name} (${survey.shortName})` : survey.name,
      source: path.basename(opts.data),
      entries,
      national: summary.national ?? null,
      example: /exempeldata/i.test(survey.note ?? ""),
    },
    templates,
  );
  const file = path.join(summary.dir, INDEX_FILE);
  await writeFileAtomic(file, html);
  return file;
}
