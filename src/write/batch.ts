// batch: every release of the chosen kinds from one data file (each
// municipality's, and riket's with --national). One browser for the run
// (started only if a PDF must be made), a bounded number of releases in
// flight, each release's files written atomically as soon as it is done, and
// a manifest so that a re-run redoes only what changed. One release's failure
// is recorded and the others go on. Every kind goes through the same steps:
// plan → (per release) inputs → skip if current → generate → render → write →
// manifest entry; then the manifest and the summary.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadDatasetPartial, type ExcludedMunicipality } from "../load/dataset.js";
import { releaseInputs, type ReleaseInputs } from "./inputs.js";
import { openKinds, releaseLabel, type KindRun } from "./kind-run.js";
import { sha256 } from "../hash.js";
import { isCurrent, manifestJson, readManifest, MANIFEST_FILE, type Manifest, type ManifestEntry } from "./manifest.js";
import { KommunpressError, type Message } from "../messages.js";
import { FILE_NAMES, type Format, type PdfPrinter } from "../render/output.js";
import { releaseFiles, type ReleaseKind, type ReleaseTarget } from "../kinds/kind.js";
import { municipalityKind, MUNICIPALITY_KIND } from "../kinds/municipality/kind.js";
import { nationalKind } from "../kinds/national/kind.js";
import { quietProgress, type ProgressReporter, type ReleaseStatus } from "./progress.js";
import type { BrowserSession } from "../render/browser.js";
import type { Dataset } from "../schema.js";
import { VERSION } from "../version.js";
import { removeStaleTemps, writeFileAtomic, writeFilesAtomic } from "./atomic.js";

export interface BatchOptions {
  data: string;
  editorial?: string;
  /** Only these municipality codes (the other kinds' releases are still made). */
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
  /** Also the national summary release (out/<year>/riket/); ignored when `kinds` is given. */
  national?: boolean;
  /** The kinds of release to make (default: municipalities, plus riket with `national`). */
  kinds?: readonly ReleaseKind[];
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
  /** The kind of release that failed ("municipality", "national", …). */
  kind: string;
  /** Its id (municipality code, "riket"); null when the data did not even give one. */
  code: string | null;
  name: string | null;
  reason: string;
}

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
  error: string | null;
  files: Partial<Record<Format, string>>;
}

/** What happened to the releases of one kind. */
export interface BatchTally {
  kind: string;
  total: number;
  generated: number;
  unchanged: number;
  failed: number;
  /** Releases with at least one warning. */
  withWarnings: number;
  /** Releases not started because the run was interrupted. */
  notStarted: number;
}

export interface BatchSummary {
  year: number;
  /** out/<year> */
  dir: string;
  /** The counts below are over every kind; `tallies` has them per kind. */
  total: number;
  generated: number;
  unchanged: number;
  /** Every failure, of every kind, by kind and then id. */
  failed: BatchFailure[];
  /** Releases with at least one warning. */
  withWarnings: number;
  interrupted: boolean;
  /** Releases not started because the run was interrupted. */
  notStarted: number;
  durationMs: number;
  /** Times Chromium was relaunched after dying. */
  browserRelaunches: number;
  /** Every release with an id, in the order of the kinds and then by id. */
  entries: BatchEntry[];
  /** Per kind, in the order the kinds were asked for. */
  tallies: BatchTally[];
  dataset: Dataset;
  /** Dataset-level warnings (not about one municipality). */
  messages: Message[];
}

/** The kinds a batch makes: the ones asked for, else municipalities and (with `national`) riket. */
export function batchKinds(opts: Pick<BatchOptions, "kinds" | "national">): readonly ReleaseKind[] {
  return opts.kinds ?? [municipalityKind, ...(opts.national ? [nationalKind] : [])];
}

/** The tally of one kind (all zero when the run had no such kind). */
export function tallyOf(summary: Pick<BatchSummary, "tallies">, kind: string): BatchTally {
  return summary.tallies.find((t) => t.kind === kind) ?? { kind, total: 0, generated: 0, unchanged: 0, failed: 0, withWarnings: 0, notStarted: 0 };
}

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

/** Runs `worker` over `items` with at most `limit` at once, in order of start; returns the items never started. */
async function pool<T>(items: readonly T[], limit: number, worker: (item: T) => Promise<void>, signal?: AbortSignal): Promise<T[]> {
  let next = 0;
  const skipped: T[] = [];
  const run = async (): Promise<void> => {
    for (;;) {
      if (signal?.aborted) {
        skipped.push(...items.slice(next));
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

// ------------------------------------------------------------------- plan

export interface PlannedRelease {
  run: KindRun;
  target: ReleaseTarget;
}

/** A release that fails before it starts, with its index entry when it has an id. */
export interface PlannedFailure {
  failure: BatchFailure;
  entry: BatchEntry | null;
  /** For the progress line. */
  label: string;
}

export interface BatchPlan {
  releases: PlannedRelease[];
  /** Municipalities the loader set aside, and releases a kind cannot make from the data. */
  failures: PlannedFailure[];
}

export interface PlanInput {
  dataset: Dataset;
  excluded: readonly ExcludedMunicipality[];
  /** Municipality codes (`--only`); the other kinds' releases are always made. */
  only?: readonly string[];
  /** The data file, for messages. */
  data: string;
}

/**
 * The releases to make, in order: each kind's targets (municipalities
 * narrowed by `only`), and what is known to fail already. Throws a usage
 * error for an `only` code the data does not have.
 */
export function planBatch(runs: readonly KindRun[], input: PlanInput): BatchPlan {
  const only = input.only ? new Set(input.only) : null;
  if (only) {
    const known = new Set([...input.dataset.municipalities.map((m) => m.code), ...input.excluded.map((e) => e.code)]);
    const unknown = [...only].filter((c) => !known.has(c));
    if (unknown.length > 0) {
      throw new KommunpressError(
        [{ ruleId: "unknown-municipality", severity: "error", reason: `--only: ${unknown.join(", ")} finns inte i ${input.data}` }],
        2,
      );
    }
  }
  const narrowed = (kind: string, id: string | null): boolean => only === null || kind !== MUNICIPALITY_KIND || (id !== null && only.has(id));
  const releases: PlannedRelease[] = [];
  const failures: PlannedFailure[] = [];
  for (const run of runs) {
    const kind = run.session.kind.name;
    if (kind === MUNICIPALITY_KIND) {
      // The loader sets aside municipalities whose data has errors: they fail here.
      for (const e of input.excluded.filter((x) => narrowed(kind, x.code))) failures.push(excludedFailure(kind, e));
    }
    for (const target of run.session.targets()) if (narrowed(kind, target.id)) releases.push({ run, target });
    for (const u of run.session.unavailable()) {
      const reason = firstReason(u.error);
      failures.push({ failure: { kind, code: u.target.id, name: u.target.name, reason }, entry: failedEntry(u.target, reason), label: releaseLabel(kind, u.target.id, u.target.name) });
    }
  }
  return { releases, failures };
}

function excludedFailure(kind: string, e: ExcludedMunicipality): PlannedFailure {
  const reason = e.messages.map((m) => firstReason(new KommunpressError([m]))).join("; ");
  const code = e.code ?? "";
  const name = e.name ?? code;
  return {
    failure: { kind, code: e.code, name: e.name, reason },
    entry: e.code === null ? null : { kind, code, name, officialName: name, folder: "", status: "failed", headline: null, warnings: [], error: reason, files: {} },
    label: `${e.code ?? "?"} ${e.name ?? ""}`.trim(),
  };
}

// ---------------------------------------------------------------- printer

/** The run's PDF printer: one browser, opened on the first PDF, closed once. */
export interface BatchPrinter {
  pdf: PdfPrinter;
  close(): Promise<void>;
  /** Times Chromium was relaunched after dying. */
  relaunches(): number;
}

export function batchPrinter(
  opts: Pick<BatchOptions, "browser" | "pdfTimeoutMs" | "openBrowser" | "onBrowser">,
  poolSize: number,
): BatchPrinter {
  let session: BrowserSession | undefined;
  let opening: Promise<BrowserSession> | undefined;
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
  const pdf: PdfPrinter = async (html, meta) => {
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
  return {
    pdf,
    close: async () => {
      if (opening) await opening.then((s) => s.close()).catch(() => undefined);
    },
    relaunches: () => session?.relaunches ?? 0,
  };
}

/** Releases in flight and the browser's page pool. */
export function batchConcurrency(opts: Pick<BatchOptions, "concurrency" | "formats">, cpus: number): { inFlight: number; poolSize: number } {
  const concurrency = Math.max(1, Math.floor(opts.concurrency ?? cpus));
  // Without PDFs a release is CPU work plus small file writes: keep more in
  // flight so the writes overlap (the browser's page pool is not involved).
  const inFlight = opts.formats.includes("pdf") || opts.concurrency !== undefined ? concurrency : Math.max(concurrency, 16);
  return { inFlight, poolSize: Math.min(4, concurrency) };
}

// --------------------------------------------------------------- manifest

/** The manifest of an earlier run, and a warning when it could not be read (everything is then redone). */
export async function loadBatchManifest(dir: string, data: string, year: number): Promise<{ manifest: Manifest; warning: Message | null }> {
  const { manifest, warning } = await readManifest(dir, { kommunpress: VERSION, year, data: path.basename(data) });
  manifest.kommunpress = VERSION;
  manifest.data = path.basename(data);
  return { manifest, warning };
}

/**
 * Saves the manifest every few seconds and at the end; a release whose entry
 * was not saved yet is simply redone by the next run.
 */
export function manifestSaver(dir: string, manifest: Manifest, intervalMs = 2000): { save(): Promise<void>; saveSoon(): void } {
  let lastSave = Date.now();
  let saving: Promise<void> = Promise.resolve();
  const save = (): Promise<void> => {
    const text = manifestJson(manifest);
    saving = saving.then(() => writeFileAtomic(path.join(dir, MANIFEST_FILE), text));
    lastSave = Date.now();
    return saving;
  };
  return {
    save,
    saveSoon: () => {
      if (Date.now() - lastSave > intervalMs) void save();
    },
  };
}

// ------------------------------------------------------------ one release

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
  | { status: "failed"; entry: BatchEntry; reason: string };

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
 * One release of any kind: inputs → skip if current → generate → render →
 * write (all files rendered first, then each written atomically) → the
 * manifest entry to record. Never throws: a failure is an outcome.
 */
export async function makeRelease(ctx: ReleaseStepContext, run: KindRun, target: ReleaseTarget): Promise<ReleaseOutcome> {
  const releaseDir = path.join(ctx.dir, target.folder);
  try {
    const inputs = await batchInputs(ctx, run, target);
    const previous = ctx.manifest.releases[target.id];
    const names = ctx.formats.map((f) => FILE_NAMES[f]);
    if (!ctx.force && previous && (await isCurrent(previous, inputs.key, releaseDir, names))) {
      return { status: "unchanged", entry: entryOf(target.kind, previous, "unchanged", ctx.formats), manifestEntry: previous };
    }
    const g = run.session.generate(target);
    const files = await releaseFiles(g, { formats: ctx.formats, html: run.resources.html, dataFile: ctx.data, pdf: ctx.pdf });
    await writeFilesAtomic(releaseDir, files);
    const manifestEntry: ManifestEntry = {
      code: target.id,
      name: target.name,
      officialName: target.officialName,
      folder: target.folder,
      headline: g.headline,
      warnings: g.releaseWarnings,
      inputs,
      files: Object.fromEntries(files.map((f) => [f.name, sha256(f.data)])),
    };
    return { status: "generated", entry: entryOf(target.kind, manifestEntry, "generated", ctx.formats), manifestEntry };
  } catch (error) {
    const reason = firstReason(error);
    return { status: "failed", entry: failedEntry(target, reason), reason };
  }
}

function filesOf(formats: readonly Format[]): Partial<Record<Format, string>> {
  return Object.fromEntries(formats.map((f) => [f, FILE_NAMES[f]]));
}

function entryOf(kind: string, e: ManifestEntry, status: ReleaseStatus, formats: readonly Format[]): BatchEntry {
  return {
    kind,
    code: e.code,
    name: e.name,
    officialName: e.officialName,
    folder: e.folder,
    status,
    headline: e.headline,
    warnings: e.warnings,
    error: null,
    files: filesOf(formats),
  };
}

function failedEntry(t: ReleaseTarget, reason: string): BatchEntry {
  return { kind: t.kind, code: t.id, name: t.name, officialName: t.officialName, folder: t.folder, status: "failed", headline: null, warnings: [], error: reason, files: {} };
}

// ---------------------------------------------------------------- records

/** What the run did so far: entries by kind and id, failures, releases not started. */
export class BatchRecord {
  readonly entries = new Map<string, BatchEntry>();
  readonly failures: BatchFailure[] = [];
  /** The kind of each release not started. */
  readonly notStarted: string[] = [];
  #done = 0;

  constructor(
    private readonly total: number,
    private readonly progress: ProgressReporter,
  ) {}

  #report(label: string, status: ReleaseStatus, warnings: number): void {
    this.#done++;
    this.progress.update({ done: this.#done, total: this.total, label, status, warnings });
  }

  planned(f: PlannedFailure): void {
    this.failures.push(f.failure);
    if (f.entry) this.entries.set(`${f.entry.kind}\0${f.entry.code}`, f.entry);
    this.progress.log(`${f.label}: ${f.failure.reason}`);
    this.#report(f.label, "failed", 0);
  }

  /** Records one release's outcome, in the manifest too. `aborted`: a failure is a release cut off by Ctrl-C. */
  outcome(manifest: Manifest, target: ReleaseTarget, o: ReleaseOutcome, aborted: boolean): void {
    const label = releaseLabel(target.kind, target.id, target.name);
    if (o.status === "failed") {
      // Its old files (if any) no longer match its inputs: forget them, so the next run redoes it.
      delete manifest.releases[target.id];
      // Cut off by Ctrl-C, not a failure: its old files stand or it is redone next time.
      if (aborted) return void this.notStarted.push(target.kind);
      this.failures.push({ kind: target.kind, code: target.id, name: target.name, reason: o.reason });
      this.progress.log(`${label}: ${o.reason}`);
    } else {
      manifest.releases[target.id] = o.manifestEntry;
    }
    this.entries.set(`${target.kind}\0${target.id}`, o.entry);
    this.#report(label, o.status, o.entry.warnings.length);
  }
}

/** Per kind, in the order of `kinds`. */
export function tallies(kinds: readonly string[], record: Pick<BatchRecord, "entries" | "failures" | "notStarted">): BatchTally[] {
  const entries = [...record.entries.values()];
  return kinds.map((kind) => {
    const of = entries.filter((e) => e.kind === kind);
    const t = {
      kind,
      generated: of.filter((e) => e.status === "generated").length,
      unchanged: of.filter((e) => e.status === "unchanged").length,
      failed: record.failures.filter((f) => f.kind === kind).length,
      withWarnings: of.filter((e) => e.warnings.length > 0).length,
      notStarted: record.notStarted.filter((k) => k === kind).length,
    };
    return { ...t, total: t.generated + t.unchanged + t.failed + t.notStarted };
  });
}

export interface SummaryInput {
  year: number;
  dir: string;
  kinds: readonly string[];
  record: Pick<BatchRecord, "entries" | "failures" | "notStarted">;
  interrupted: boolean;
  durationMs: number;
  browserRelaunches: number;
  dataset: Dataset;
  messages: readonly Message[];
}

/** The run's summary: entries and failures by kind and then id, counts per kind and in all. */
export function summarise(s: SummaryInput): BatchSummary {
  const order = (kind: string): number => s.kinds.indexOf(kind);
  const byKindAndId = (a: { kind: string; code: string | null }, b: { kind: string; code: string | null }): number =>
    order(a.kind) - order(b.kind) || (a.code ?? "").localeCompare(b.code ?? "");
  const perKind = tallies(s.kinds, s.record);
  const sum = (k: "total" | "generated" | "unchanged" | "withWarnings" | "notStarted"): number => perKind.reduce((n, t) => n + t[k], 0);
  return {
    year: s.year,
    dir: s.dir,
    total: sum("total"),
    generated: sum("generated"),
    unchanged: sum("unchanged"),
    failed: [...s.record.failures].sort(byKindAndId),
    withWarnings: sum("withWarnings"),
    interrupted: s.interrupted,
    notStarted: sum("notStarted"),
    durationMs: s.durationMs,
    browserRelaunches: s.browserRelaunches,
    entries: [...s.record.entries.values()].sort(byKindAndId),
    tallies: perKind,
    dataset: s.dataset,
    // Warnings about one municipality belong to its release.
    messages: s.messages.filter((m) => !(m.path ?? "").startsWith("municipalities[")),
  };
}

// -------------------------------------------------------------------- run

export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const progress = opts.progress ?? quietProgress();
  const { dataset, messages, excluded } = await loadDatasetPartial(opts.data, opts.editorial ? { editorial: opts.editorial } : {});
  const year = dataset.survey.year;
  const dir = path.join(opts.out, String(year));
  const kinds = batchKinds(opts);
  const runs = await openKinds(kinds, dataset, opts);
  const plan = planBatch(runs, { dataset, excluded, data: opts.data, ...(opts.only ? { only: opts.only } : {}) });
  const { manifest, warning: manifestWarning } = await loadBatchManifest(dir, opts.data, year);
  if (manifestWarning) messages.push(manifestWarning);
  await removeStaleTemps(dir);

  const total = plan.releases.length + plan.failures.length;
  opts.onPlan?.({ total, year });
  progress.start(total);
  const record = new BatchRecord(total, progress);
  for (const f of plan.failures) record.planned(f);

  const { inFlight, poolSize } = batchConcurrency(opts, (await import("node:os")).availableParallelism());
  const printer = batchPrinter(opts, poolSize);
  const saver = manifestSaver(dir, manifest);
  const ctx: ReleaseStepContext = {
    dir,
    data: opts.data,
    formats: opts.formats,
    manifest,
    pdf: printer.pdf,
    ...(opts.editorial ? { editorial: opts.editorial } : {}),
    ...(opts.force ? { force: true } : {}),
  };
  try {
    const skipped = await pool(
      plan.releases,
      inFlight,
      async ({ run, target }) => {
        const outcome = await makeRelease(ctx, run, target);
        record.outcome(manifest, target, outcome, opts.signal?.aborted === true);
        if (outcome.status === "generated") saver.saveSoon();
      },
      opts.signal,
    );
    for (const r of skipped) record.notStarted.push(r.target.kind);
  } finally {
    await printer.close();
    await saver.save();
    progress.stop();
  }
  return summarise({
    year,
    dir,
    kinds: kinds.map((k) => k.name),
    record,
    interrupted: opts.signal?.aborted === true,
    durationMs: performance.now() - started,
    browserRelaunches: printer.relaunches(),
    dataset,
    messages,
  });
}
