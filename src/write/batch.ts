// batch: every municipality's release from one data file. One browser for the
// run (started only if a PDF must be made), a bounded number of releases in
// flight, each release's files written atomically as soon as it is done, and
// a manifest so that a re-run redoes only what changed. One municipality's
// failure is recorded and the others go on.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { computeRanks } from "../analyse/municipality.js";
import { loadDatasetPartial, type ExcludedMunicipality } from "../load/dataset.js";
import { releaseInputs, resourcesHash } from "./inputs.js";
import { sha256 } from "../hash.js";
import { municipalityDataHash } from "../kinds/municipality/kind.js";
import { nationalDataHash } from "../kinds/national/kind.js";
import { isCurrent, manifestJson, readManifest, MANIFEST_FILE, type ManifestEntry } from "./manifest.js";
import { KommunpressError, type Message } from "../messages.js";
import { FILE_NAMES, type Format, type PdfPrinter } from "../render/output.js";
import { releaseFiles } from "../kinds/kind.js";
import { asGenerated } from "../kinds/municipality/kind.js";
import { asNationalGenerated } from "../kinds/national/kind.js";
import { quietProgress, type ProgressReporter, type ReleaseStatus } from "./progress.js";
import { generateRelease, loadResources, releaseFolder, type Resources } from "../kinds/municipality/release.js";
import type { BrowserSession } from "../render/browser.js";
import type { Dataset, Municipality } from "../schema.js";
import { VERSION } from "../version.js";
import { removeStaleTemps, writeFileAtomic, writeFilesAtomic } from "./atomic.js";
import { releaseWarnings, WARNING_TEXT } from "../kinds/warnings.js";

export interface BatchOptions {
  data: string;
  editorial?: string;
  /** Only these municipality codes. */
  only?: readonly string[];
  formats: readonly Format[];
  out: string;
  templates?: string;
  /** Releases in flight at once, and the browser's page pool (default: CPU count, 1–4). */
  concurrency?: number;
  browser?: string;
  /** Budget per PDF before it is retried once (default 30 s). */
  pdfTimeoutMs?: number;
  /** Redo every release even when it is current. */
  force?: boolean;
  /** Also the national summary release (out/<year>/riket/). */
  national?: boolean;
  progress?: ProgressReporter;
  /** Aborted (Ctrl-C): no new release is started; the ones in flight finish or fail. */
  signal?: AbortSignal;
  /** Called once the dataset is loaded, with the releases to do (for the bar). */
  onPlan?: (plan: { total: number; year: number }) => void;
  /** For tests: open the browser session (defaults to BrowserSession.open). */
  openBrowser?: (opts: { browser?: string; poolSize: number }) => Promise<BrowserSession>;
  /** For tests and the bench: called with the session once it is open. */
  onBrowser?: (session: BrowserSession) => void;
}

export interface BatchFailure {
  code: string | null;
  name: string | null;
  reason: string;
}

export interface BatchEntry {
  code: string;
  name: string;
  officialName: string;
  folder: string;
  status: ReleaseStatus;
  headline: string | null;
  warnings: { ruleId: string; text: string }[];
  error: string | null;
  files: Partial<Record<Format, string>>;
}

export interface BatchSummary {
  year: number;
  /** out/<year> */
  dir: string;
  total: number;
  generated: number;
  unchanged: number;
  failed: BatchFailure[];
  /** Releases with at least one warning. */
  withWarnings: number;
  interrupted: boolean;
  /** Releases not started because the run was interrupted. */
  notStarted: number;
  durationMs: number;
  /** Times Chromium was relaunched after dying. */
  browserRelaunches: number;
  entries: BatchEntry[];
  dataset: Dataset;
  /** Dataset-level warnings (not about one municipality). */
  messages: Message[];
  /** The national release, when the run made one (batch --national). */
  national?: { headline: string; folder: string; files: Partial<Record<Format, string>> } | null;
  /** What happened to the national release: null when not asked for. */
  nationalStatus: { status: ReleaseStatus; reason: string | null } | null;
}

function firstReason(error: unknown): string {
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

/** Runs `worker` over `items` with at most `limit` at once, in order of start. */
async function pool<T>(items: readonly T[], limit: number, worker: (item: T) => Promise<void>, signal?: AbortSignal): Promise<number> {
  let next = 0;
  let skipped = 0;
  const run = async (): Promise<void> => {
    for (;;) {
      if (signal?.aborted) {
        skipped += items.length - next;
        next = items.length;
        return;
      }
      const i = next++;
      if (i >= items.length) return;
      await worker(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, run));
  return skipped;
}

export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const progress = opts.progress ?? quietProgress();
  const { dataset, messages, excluded } = await loadDatasetPartial(opts.data, opts.editorial ? { editorial: opts.editorial } : {});
  const year = dataset.survey.year;
  const dir = path.join(opts.out, String(year));
  const resources: Resources = await loadResources(opts.templates);
  const templatesHash = await resourcesHash(resources);
  const ranks = computeRanks(dataset, year);
  const only = opts.only ? new Set(opts.only) : null;

  const targets = dataset.municipalities.filter(
    (m) => m.results[String(year)] !== undefined && (only === null || only.has(m.code)),
  );
  const excludedHere = excluded.filter((e) => only === null || (e.code !== null && only.has(e.code)));
  if (only) {
    const known = new Set([...dataset.municipalities.map((m) => m.code), ...excluded.map((e) => e.code)]);
    const unknown = [...only].filter((c) => !known.has(c));
    if (unknown.length > 0) {
      throw new KommunpressError(
        [{ ruleId: "unknown-municipality", severity: "error", reason: `--only: ${unknown.join(", ")} finns inte i ${opts.data}` }],
        2,
      );
    }
  }

  const { manifest, warning: manifestWarning } = await readManifest(dir, { kommunpress: VERSION, year, data: path.basename(opts.data) });
  if (manifestWarning) messages.push(manifestWarning);
  manifest.kommunpress = VERSION;
  manifest.data = path.basename(opts.data);
  await removeStaleTemps(dir);

  const total = targets.length + excludedHere.length;
  opts.onPlan?.({ total, year });
  progress.start(total);
  let done = 0;
  const entries = new Map<string, BatchEntry>();
  const failed: BatchFailure[] = [];
  let generated = 0;
  let unchanged = 0;

  const report = (label: string, status: ReleaseStatus, warnings: number): void => {
    done++;
    progress.update({ done, total, label, status, warnings });
  };

  for (const e of excludedHere) {
    const reason = e.messages.map((m) => firstReason(new KommunpressError([m]))).join("; ");
    failed.push({ code: e.code, name: e.name, reason });
    if (e.code !== null) {
      entries.set(e.code, excludedEntry(e, reason));
    }
    report(`${e.code ?? "?"} ${e.name ?? ""}`.trim(), "failed", 0);
  }

  // The browser is started on the first PDF that must be made, and only once.
  let session: BrowserSession | undefined;
  let opening: Promise<BrowserSession> | undefined;
  const cpus = (await import("node:os")).availableParallelism();
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? cpus));
  const poolSize = Math.min(4, concurrency);
  // Without PDFs a release is CPU work plus small file writes: keep more in
  // flight so the writes overlap (the browser's page pool is not involved).
  const inFlight = opts.formats.includes("pdf") || opts.concurrency !== undefined ? concurrency : Math.max(concurrency, 16);
  const getSession = (): Promise<BrowserSession> => {
    opening ??= (async () => {
      const open =
        opts.openBrowser ??
        (async (o: { browser?: string; poolSize: number }) => (await import("../render/browser.js")).BrowserSession.open(o));
      const s = await open({ ...(opts.browser ? { browser: opts.browser } : {}), poolSize });
      session = s;
      opts.onBrowser?.(s);
      return s;
    })();
    return opening;
  };
  const printPdf: PdfPrinter = async (html, meta) => {
    const s = await getSession();
    const { renderPdf } = await import("../render/pdf.js");
    const timeout = opts.pdfTimeoutMs !== undefined ? { timeoutMs: opts.pdfTimeoutMs } : {};
    try {
      return await renderPdf(s, html, meta, timeout);
    } catch (error) {
      // A PDF that hung gets one more try.
      if (error instanceof KommunpressError && error.messages[0]?.ruleId === "pdf-timeout") return renderPdf(s, html, meta, timeout);
      throw error;
    }
  };

  // The manifest is saved every few seconds and at the end; a release whose
  // entry was not saved yet is simply redone by the next run.
  let lastSave = Date.now();
  let saving: Promise<void> = Promise.resolve();
  const saveManifest = (): Promise<void> => {
    const text = manifestJson(manifest);
    saving = saving.then(() => writeFileAtomic(path.join(dir, MANIFEST_FILE), text));
    lastSave = Date.now();
    return saving;
  };

  const fileNames = opts.formats.map((f) => FILE_NAMES[f]);
  let notStarted = 0;
  let national: BatchSummary["national"] = null;
  let nationalStatus: BatchSummary["nationalStatus"] = null;
  const doNational = async (): Promise<void> => {
    const { generateNational, loadNationalResources, NATIONAL_FOLDER } = await import("../kinds/national/release.js");
    const releaseDir = path.join(dir, NATIONAL_FOLDER);
    try {
      const nres = await loadNationalResources(opts.templates);
      // The national release rests on every municipality: hash the whole dataset.
      const inputs = releaseInputs({
        data: nationalDataHash(dataset),
        editorial: null,
        templates: await resourcesHash(nres),
        formats: [...opts.formats],
      });
      const previous = manifest.releases[NATIONAL_FOLDER];
      if (!opts.force && previous && (await isCurrent(previous, inputs.key, releaseDir, fileNames))) {
        national = { headline: previous.headline, folder: NATIONAL_FOLDER, files: filesOf(opts.formats) };
        nationalStatus = { status: "unchanged", reason: null };
        return;
      }
      const r = generateNational(dataset, { resources: nres, file: opts.data });
      const files = await releaseFiles(asNationalGenerated(dataset, r), { formats: opts.formats, html: nres.html, dataFile: opts.data, pdf: printPdf });
      const hashes: Record<string, string> = {};
      for (const f of files) {
        await writeFileAtomic(path.join(releaseDir, f.name), f.data);
        hashes[f.name] = sha256(f.data);
      }
      manifest.releases[NATIONAL_FOLDER] = {
        code: NATIONAL_FOLDER,
        name: "Riket",
        officialName: "Riket",
        folder: NATIONAL_FOLDER,
        headline: r.claims.headline,
        warnings: r.warnings.map((w) => ({ ruleId: w.ruleId, text: WARNING_TEXT[w.ruleId] ?? w.reason })),
        inputs,
        files: hashes,
      };
      national = { headline: r.claims.headline, folder: NATIONAL_FOLDER, files: filesOf(opts.formats) };
      nationalStatus = { status: "generated", reason: null };
    } catch (error) {
      delete manifest.releases[NATIONAL_FOLDER];
      const reason = firstReason(error);
      nationalStatus = { status: "failed", reason };
      progress.log(`Riket: ${reason}`);
    }
  };
  const doOne = async (m: Municipality): Promise<void> => {
    const label = `${m.code} ${m.name}`;
    const folder = releaseFolder(m);
    const releaseDir = path.join(dir, folder);
    const editorialFile = opts.editorial ? path.join(opts.editorial, `${m.code}.yaml`) : null;
    try {
      const inputs = releaseInputs({
        data: municipalityDataHash(dataset, m, ranks.get(m.code)),
        editorial: editorialFile ? await fileHash(editorialFile) : null,
        templates: templatesHash,
        formats: [...opts.formats],
      });
      const previous = manifest.releases[m.code];
      if (!opts.force && previous && (await isCurrent(previous, inputs.key, releaseDir, fileNames))) {
        unchanged++;
        entries.set(m.code, { ...entryOf(previous, "unchanged"), files: filesOf(opts.formats) });
        report(label, "unchanged", previous.warnings.length);
        return;
      }
      const result = generateRelease(dataset, m, { resources, ranks, file: opts.data });
      const files = await releaseFiles(asGenerated(dataset, result), {
        formats: opts.formats,
        html: resources.html,
        dataFile: opts.data,
        pdf: printPdf,
      });
      const hashes: Record<string, string> = {};
      for (const f of files) hashes[f.name] = sha256(f.data);
      await writeFilesAtomic(releaseDir, files);
      const warnings = releaseWarnings(dataset, m, result.warnings);
      const entry: ManifestEntry = {
        code: m.code,
        name: m.name,
        officialName: m.officialName,
        folder,
        headline: result.claims.headline,
        warnings,
        inputs,
        files: hashes,
      };
      manifest.releases[m.code] = entry;
      generated++;
      entries.set(m.code, { ...entryOf(entry, "generated"), files: filesOf(opts.formats) });
      report(label, "generated", warnings.length);
      if (Date.now() - lastSave > 2000) void saveManifest();
    } catch (error) {
      if (opts.signal?.aborted) {
        // Cut off by Ctrl-C, not a failure: its old files stand or it is redone next time.
        delete manifest.releases[m.code];
        notStarted++;
        return;
      }
      const reason = firstReason(error);
      // Its old files (if any) no longer match its inputs: forget them, so the next run redoes it.
      delete manifest.releases[m.code];
      failed.push({ code: m.code, name: m.name, reason });
      entries.set(m.code, {
        code: m.code,
        name: m.name,
        officialName: m.officialName,
        folder,
        status: "failed",
        headline: null,
        warnings: [],
        error: reason,
        files: {},
      });
      progress.log(`${label}: ${reason}`);
      report(label, "failed", 0);
    }
  };

  try {
    notStarted += await pool(targets, inFlight, doOne, opts.signal);
    if (opts.national && !opts.signal?.aborted) await doNational();
  } finally {
    if (opening) await opening.then((s) => s.close()).catch(() => undefined);
    await saveManifest();
    progress.stop();
  }

  const sorted = [...entries.values()].sort((a, b) => a.code.localeCompare(b.code));
  return {
    year,
    dir,
    total,
    generated,
    unchanged,
    failed: failed.sort((a, b) => (a.code ?? "").localeCompare(b.code ?? "")),
    withWarnings: sorted.filter((e) => e.warnings.length > 0).length,
    interrupted: opts.signal?.aborted === true,
    notStarted,
    durationMs: performance.now() - started,
    browserRelaunches: session?.relaunches ?? 0,
    entries: sorted,
    national,
    nationalStatus,
    dataset,
    messages: messages.filter((m) => !(m.path ?? "").startsWith("municipalities[")),
  };
}

function filesOf(formats: readonly Format[]): Partial<Record<Format, string>> {
  return Object.fromEntries(formats.map((f) => [f, FILE_NAMES[f]]));
}

function entryOf(e: ManifestEntry, status: ReleaseStatus): BatchEntry {
  return {
    code: e.code,
    name: e.name,
    officialName: e.officialName,
    folder: e.folder,
    status,
    headline: e.headline,
    warnings: e.warnings,
    error: null,
    files: {},
  };
}

function excludedEntry(e: ExcludedMunicipality, reason: string): BatchEntry {
  const code = e.code ?? "";
  const name = e.name ?? code;
  return { code, name, officialName: name, folder: "", status: "failed", headline: null, warnings: [], error: reason, files: {} };
}
