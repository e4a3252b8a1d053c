// One release of any kind, as a batch makes it: inputs → skip if current →
// generate → render → write (all files or none; hand-edited files kept) →
// the manifest entry to record. Never throws: a failure is an outcome, and a
// disk error (full, read-only) is an outcome of its own that stops the run.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { releaseInputs, type ReleaseInputs } from "./inputs.js";
import type { KindRun } from "./kind-run.js";
import { sha256 } from "../hash.js";
import { isCurrent, type Manifest, type ManifestEntry } from "./manifest.js";
import { KommunpressError } from "../messages.js";
import { FILE_NAMES, type Format, type OutputFile, type PdfPrinter } from "../render/output.js";
import { releaseFiles, type ReleaseTarget } from "../kinds/kind.js";
import type { ReleaseStatus } from "./progress.js";
import { writeFilesAtomic } from "./atomic.js";
import { asOutputWriteError, OutputWriteError } from "./disk.js";
import { folderChanges, keepEdits, removeObsolete, type KeptEdit } from "./hand-edits.js";

export interface BatchEntry {
  kind: string;
  /** The release's id: municipality code, "riket". */
  code: string;
  name: string;
  officialName: string;
  folder: string;
  status: ReleaseStatus;
  headline: string | null;
  warnings: { ruleId: string; text: string }[];
  /** What the years show, one short note each (kinds/highlights.ts). */
  highlights: string[];
  error: string | null;
  /** The main file of each format made (png: the share image). */
  files: Partial<Record<Format, string>>;
  /** Files the user had edited, kept beside the new ones in this run. */
  edited: KeptEdit[];
}

export interface ReleaseStepContext {
  /** out/<year> */
  dir: string;
  /** The data file, for messages and relative paths. */
  data: string;
  editorial?: string;
  formats: readonly Format[];
  force?: boolean;
  /** The manifest as read (nothing is changed in it here). */
  manifest: Manifest;
  pdf: PdfPrinter;
}

export type ReleaseOutcome =
  | { status: "generated" | "unchanged"; entry: BatchEntry; manifestEntry: ManifestEntry }
  | { status: "failed"; entry: BatchEntry; reason: string }
  /** The output folder cannot be written to: nothing of the release was written. */
  | { status: "stopped"; error: OutputWriteError };

export function firstReason(error: unknown): string {
  if (error instanceof KommunpressError) {
    const m = error.messages[0];
    if (m) return [m.file, m.position ? `${m.position.line}:${m.position.column}` : undefined, m.path, m.reason].filter(Boolean).join(": ");
  }
  return error instanceof Error ? (error.message.split("\n")[0] ?? "okänt fel") : String(error);
}

async function fileHash(file: string): Promise<string | null> {
  try {
    return sha256(await readFile(file));
  } catch {
    return null;
  }
}

/** What the release is made from: its data, its editorial file (kinds that have one), templates, formats. */
export async function batchInputs(ctx: Pick<ReleaseStepContext, "editorial" | "formats">, run: KindRun, target: ReleaseTarget): Promise<ReleaseInputs> {
  const editorialFile = ctx.editorial && run.session.kind.editorialFiles ? path.join(ctx.editorial, `${target.id}.yaml`) : null;
  return releaseInputs({
    data: run.session.dataHash(target),
    editorial: editorialFile ? await fileHash(editorialFile) : null,
    templates: run.templatesHash,
    formats: [...ctx.formats],
  });
}

/**
 * Writes a release's files into its folder, all or nothing: every file to a
 * temp file first; then files the user edited are moved aside, the new ones
 * renamed into place, and files the release no longer has removed. A disk
 * error comes out as an OutputWriteError.
 */
export async function writeRelease(releaseDir: string, previous: ManifestEntry | undefined, files: readonly OutputFile[]): Promise<KeptEdit[]> {
  try {
    const changes = await folderChanges(releaseDir, previous, files);
    let kept: KeptEdit[] = [];
    await writeFilesAtomic(releaseDir, files, {
      beforeRename: async () => {
        kept = await keepEdits(releaseDir, changes.edited);
      },
    });
    await removeObsolete(releaseDir, changes.obsolete);
    return kept;
  } catch (error) {
    throw asOutputWriteError(error, releaseDir);
  }
}

/** One release of any kind (see the top of this file). */
export async function makeRelease(ctx: ReleaseStepContext, run: KindRun, target: ReleaseTarget): Promise<ReleaseOutcome> {
  const releaseDir = path.join(ctx.dir, target.folder);
  try {
    const inputs = await batchInputs(ctx, run, target);
    const previous = ctx.manifest.releases[target.id];
    if (!ctx.force && previous && (await isCurrent(previous, inputs.key, releaseDir))) {
      const kept = withHighlights(previous, run, target);
      return { status: "unchanged", entry: entryOf(target.kind, kept, "unchanged", ctx.formats, []), manifestEntry: kept };
    }
    const g = run.session.generate(target);
    const files = await releaseFiles(g, { formats: ctx.formats, html: run.resources.html, dataFile: ctx.data, pdf: ctx.pdf });
    const edited = await writeRelease(releaseDir, previous, files);
    const manifestEntry: ManifestEntry = {
      code: target.id,
      name: target.name,
      officialName: target.officialName,
      folder: target.folder,
      headline: g.headline,
      warnings: g.releaseWarnings,
      highlights: g.highlights,
      inputs,
      // Every file of the release (a png format's charts and alt text too).
      files: Object.fromEntries(files.map((f) => [f.name, sha256(f.data)])),
    };
    return { status: "generated", entry: entryOf(target.kind, manifestEntry, "generated", ctx.formats, edited), manifestEntry };
  } catch (error) {
    if (error instanceof OutputWriteError) return { status: "stopped", error };
    const reason = firstReason(error);
    return { status: "failed", entry: failedEntry(target, reason), reason };
  }
}

/**
 * An unchanged release keeps its recorded highlights. One recorded before
 * highlights were (an older manifest) gets them from its text, generated
 * again but not rendered or written: its files stay as they are.
 */
function withHighlights(previous: ManifestEntry, run: KindRun, target: ReleaseTarget): ManifestEntry {
  if (previous.highlights !== undefined) return previous;
  return { ...previous, highlights: run.session.generate(target).highlights };
}

function filesOf(formats: readonly Format[]): Partial<Record<Format, string>> {
  return Object.fromEntries(formats.map((f) => [f, FILE_NAMES[f]]));
}

function entryOf(kind: string, e: ManifestEntry, status: ReleaseStatus, formats: readonly Format[], edited: KeptEdit[]): BatchEntry {
  return {
    kind,
    code: e.code,
    name: e.name,
    officialName: e.officialName,
    folder: e.folder,
    status,
    headline: e.headline,
    warnings: e.warnings,
    highlights: e.highlights ?? [],
    error: null,
    files: filesOf(formats),
    edited,
  };
}

export function failedEntry(t: ReleaseTarget, reason: string): BatchEntry {
  return { kind: t.kind, code: t.id, name: t.name, officialName: t.officialName, folder: t.folder, status: "failed", headline: null, warnings: [], highlights: [], error: reason, files: {}, edited: [] };
}
