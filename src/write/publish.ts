// publish: copy the approved releases, and only those whose inputs are still
// the ones that were approved, to a publish folder. Each release is made
// again in memory (cheap for md, html and json) so that what is published is
// exactly what the inputs give now; a PDF that batch already printed from the
// very same HTML is copied rather than printed again. Every kind of release
// goes through the same step: approval → inputs → render → write.
import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  approvalInputs,
  approvalState,
  editorialDirFor,
  findEditorialFile,
  readApprovals,
  approvalsFileFor,
  type ApprovalsFile,
} from "./approvals.js";
import { loadDatasetPartial, type ExcludedMunicipality } from "../load/dataset.js";
import { sha256 } from "../hash.js";
import { readManifest, type Manifest } from "./manifest.js";
import { exists, isDirectory } from "../fs.js";
import { releaseFiles, type ReleaseKind, type ReleaseTarget } from "../kinds/kind.js";
import { MUNICIPALITY_KIND } from "../kinds/municipality/kind.js";
import { KINDS } from "../kinds/registry.js";
import { formatMessage, KommunpressError, type Message } from "../messages.js";
import { reasonFor } from "../catalogue.js";
import { FILE_NAMES, type Format, type OutputFile, type PdfPrinter } from "../render/output.js";
import type { BrowserSession } from "../render/browser.js";
import { LazyPdfPrinter } from "../render/printer.js";
import { VERSION } from "../version.js";
import { writeFilesAtomic } from "./atomic.js";
import { openKinds, type KindRun } from "./kind-run.js";

export interface PublishOptions {
  data: string;
  /** Editorial folder; default `<data-dir>/texter/` (as in the preview), used when it exists. */
  editorial?: string;
  /** Where batch wrote its files (a current PDF there is copied, not printed again). Default "out". */
  out: string;
  /** The publish folder. */
  to: string;
  formats: readonly Format[];
  templates?: string;
  browser?: string;
  /** For tests: opens the browser session. */
  openBrowser?: () => Promise<BrowserSession>;
  /** The kinds of release to publish (default: every registered kind). */
  kinds?: readonly ReleaseKind[];
}

export interface PublishedRelease {
  /** The kind of release ("municipality", "national", …). */
  kind: string;
  /** Its id: municipality code, "riket". */
  code: string;
  name: string;
  /** `<to>/<year>/<folder>` */
  dir: string;
  files: string[];
  /** The PDF was copied from `out` (true) or printed now (false); null without PDF. */
  pdfCopied: boolean | null;
}

export interface SkippedRelease {
  /** null for an approval of a release the data no longer has. */
  kind: string | null;
  code: string;
  name: string;
  /** Swedish. */
  reason: string;
  /** A copy published earlier is still in the publish folder. */
  earlierCopy: string | null;
}

export interface PublishResult {
  year: number;
  dir: string;
  published: PublishedRelease[];
  skipped: SkippedRelease[];
  /** Warnings about the data as a whole. */
  messages: Message[];
}

/** Everything one release's publishing step needs. */
interface PublishContext {
  data: string;
  /** <to>/<year> */
  dir: string;
  /** <out>/<year>, where batch wrote its files. */
  outDir: string;
  formats: readonly Format[];
  manifest: Manifest;
  approvals: ApprovalsFile["approvals"];
  /** The editorial folder, when it exists. */
  editorialDir: string | null;
  /** Municipalities the loader set aside for errors in their data. */
  excluded: readonly ExcludedMunicipality[];
  pdf: PdfPrinter;
}

type PublishOutcome = { published: PublishedRelease } | { skipped: SkippedRelease } | null;

/** Why an approved release cannot be published as it stands, or null when it can. */
async function notPublishable(ctx: PublishContext, run: KindRun, target: ReleaseTarget): Promise<string | null> {
  // A release over every municipality (riket) rests on data that has errors.
  if (target.kind !== MUNICIPALITY_KIND && ctx.excluded.length > 0) return reasonFor("publish-skipped/data-errors-elsewhere");
  const editorial = run.session.kind.editorialFiles && ctx.editorialDir ? await findEditorialFile(ctx.editorialDir, target.id) : null;
  const inputs = approvalInputs(run.session.dataHash(target), editorial ? sha256(editorial.data) : null, run.templatesHash);
  const state = approvalState(ctx.approvals[target.id], inputs);
  if (state.status === "approved") return null;
  return reasonFor("publish-skipped/changed", state.status === "changed" ? state.reasons : []);
}

/** The release's files in the chosen formats; the PDF copied from batch when it was printed from the same HTML. */
async function publishFiles(ctx: PublishContext, run: KindRun, target: ReleaseTarget): Promise<{ files: OutputFile[]; pdfCopied: boolean | null }> {
  const generated = run.session.generate(target);
  const page = { html: run.resources.html, dataFile: ctx.data };
  const withoutPdf = ctx.formats.filter((f) => f !== "pdf");
  const wantPdf = ctx.formats.includes("pdf");
  // The HTML is needed to decide whether batch's PDF can be copied.
  const rendered = await releaseFiles(generated, { ...page, formats: wantPdf && !withoutPdf.includes("html") ? [...withoutPdf, "html"] : withoutPdf });
  const files = rendered.filter((f) => ctx.formats.includes(f.format));
  if (!wantPdf) return { files, pdfCopied: null };
  const html = rendered.find((f) => f.format === "html");
  const copied = html ? await currentPdf(ctx.outDir, target.folder, ctx.manifest, target.id, html.data) : null;
  const pdf = copied ?? (await releaseFiles(generated, { ...page, formats: ["pdf"], pdf: ctx.pdf }))[0]?.data;
  if (pdf === undefined) throw new Error("PDF saknas");
  files.push({ format: "pdf", name: FILE_NAMES.pdf, data: pdf });
  files.sort((a, b) => ctx.formats.indexOf(a.format) - ctx.formats.indexOf(b.format));
  return { files, pdfCopied: copied !== null };
}

function failureText(err: unknown): string {
  return err instanceof KommunpressError ? err.messages.map(formatMessage).join("; ") : err instanceof Error ? err.message : String(err);
}

/**
 * One release of any kind: approved and unchanged since → made and written;
 * else skipped with the reason. A municipality's release that was not
 * approved is listed as skipped; another kind's (riket) is published only
 * when someone approved it and is not mentioned otherwise.
 */
async function publishRelease(ctx: PublishContext, run: KindRun, target: ReleaseTarget): Promise<PublishOutcome> {
  const releaseDir = path.join(ctx.dir, target.folder);
  const { kind, id: code, name } = target;
  const skip = async (reason: string): Promise<PublishOutcome> => ({
    skipped: { kind, code, name, reason, earlierCopy: (await exists(releaseDir)) ? releaseDir : null },
  });
  if (ctx.approvals[code] === undefined) return kind === MUNICIPALITY_KIND ? skip(reasonFor("publish-skipped/not-approved")) : null;
  let made: { files: OutputFile[]; pdfCopied: boolean | null };
  try {
    const why = await notPublishable(ctx, run, target);
    if (why !== null) return skip(why);
    made = await publishFiles(ctx, run, target);
  } catch (err) {
    return skip(reasonFor("publish-skipped/failed", failureText(err)));
  }
  // All of the release's files or none of them.
  await writeFilesAtomic(releaseDir, made.files);
  return { published: { kind, code, name, dir: releaseDir, files: made.files.map((f) => f.name), pdfCopied: made.pdfCopied } };
}

/** Approved municipalities the loader set aside, and approvals of releases the data no longer has. */
function approvalsWithoutRelease(ctx: PublishContext, known: ReadonlySet<string | null>): SkippedRelease[] {
  const skipped: SkippedRelease[] = [];
  for (const e of ctx.excluded) {
    if (e.code === null || ctx.approvals[e.code] === undefined) continue;
    const reason = reasonFor("publish-skipped/data-errors", e.messages.map(formatMessage));
    skipped.push({ kind: MUNICIPALITY_KIND, code: e.code, name: e.name ?? e.code, reason, earlierCopy: null });
  }
  for (const code of Object.keys(ctx.approvals).sort()) {
    if (!known.has(code)) skipped.push({ kind: null, code, name: code, reason: reasonFor("publish-skipped/not-in-data"), earlierCopy: null });
  }
  return skipped;
}

/** Every release each kind has for the year, and the ones it cannot make (they fail when made). */
function releasesOf(runs: readonly KindRun[]): { run: KindRun; target: ReleaseTarget }[] {
  return runs.flatMap((run) => [...run.session.targets(), ...run.session.unavailable().map((u) => u.target)].map((target) => ({ run, target })));
}

export async function publishApproved(opts: PublishOptions): Promise<PublishResult> {
  const editorialDir = editorialDirFor(opts.data, opts.editorial);
  // As in the preview: a folder that does not exist (yet) holds no texts.
  const useEditorial = await isDirectory(editorialDir);
  const { dataset, messages, excluded } = await loadDatasetPartial(opts.data, useEditorial ? { editorial: editorialDir } : {});
  const year = dataset.survey.year;
  const runs = await openKinds(opts.kinds ?? KINDS, dataset, { data: opts.data, ...(opts.templates ? { templates: opts.templates } : {}) });
  const read = await readApprovals(approvalsFileFor(opts.data));
  if (read.messages.length > 0) throw new KommunpressError(read.messages, 1);
  const dir = path.join(opts.to, String(year));
  const outDir = path.join(opts.out, String(year));
  // An unreadable manifest only means every PDF is printed again.
  const { manifest } = await readManifest(outDir, { kommunpress: VERSION, year, data: path.basename(opts.data) });
  // One browser for the run, opened on the first PDF that cannot be copied.
  const printer = new LazyPdfPrinter({ ...(opts.browser ? { browser: opts.browser } : {}), ...(opts.openBrowser ? { openBrowser: opts.openBrowser } : {}) });
  const ctx: PublishContext = {
    data: opts.data,
    dir,
    outDir,
    formats: opts.formats,
    manifest,
    approvals: read.approvals,
    editorialDir: useEditorial ? editorialDir : null,
    excluded,
    pdf: printer.pdf,
  };
  const published: PublishedRelease[] = [];
  const skipped: SkippedRelease[] = [];
  const releases = releasesOf(runs);
  try {
    for (const { run, target } of releases) {
      const outcome = await publishRelease(ctx, run, target);
      if (outcome && "published" in outcome) published.push(outcome.published);
      else if (outcome) skipped.push(outcome.skipped);
    }
    const known = new Set<string | null>([...releases.map((r) => r.target.id), ...dataset.municipalities.map((m) => m.code), ...excluded.map((e) => e.code)]);
    skipped.push(...approvalsWithoutRelease(ctx, known));
  } finally {
    await printer.close();
  }
  published.sort((a, b) => a.code.localeCompare(b.code));
  skipped.sort((a, b) => a.code.localeCompare(b.code));
  // Warnings about the data as a whole; those about one municipality belong to its review.
  const general = messages.filter((m) => m.severity !== "error" && !(m.path ?? "").startsWith("municipalities["));
  return { year, dir, published, skipped, messages: general };
}

/**
 * batch's PDF for this release, when it was printed from exactly this HTML:
 * the manifest lists both files with their hashes, the HTML on disk is
 * byte-identical to ours and the PDF on disk is the one the manifest lists.
 */
async function currentPdf(
  outDir: string,
  folder: string,
  manifest: Manifest,
  code: string,
  html: string | Uint8Array,
): Promise<Uint8Array | null> {
  const entry = manifest.releases[code];
  if (!entry || manifest.kommunpress !== VERSION || entry.folder !== folder) return null;
  const htmlHash = sha256(html);
  if (entry.files[FILE_NAMES.html] !== htmlHash || entry.files[FILE_NAMES.pdf] === undefined) return null;
  try {
    const [onDiskHtml, pdf] = await Promise.all([
      readFile(path.join(outDir, folder, FILE_NAMES.html)),
      readFile(path.join(outDir, folder, FILE_NAMES.pdf)),
    ]);
    if (sha256(onDiskHtml) !== htmlHash || sha256(pdf) !== entry.files[FILE_NAMES.pdf]) return null;
    return new Uint8Array(pdf);
  } catch {
    return null;
  }
}
