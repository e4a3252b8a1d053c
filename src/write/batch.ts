// batch: every release of the chosen kinds from one data file (each
// municipality's, and riket's with --national). One browser for the run
// (started only if a PDF must be made), a bounded number of releases in
// flight, each release's files written all-or-nothing as soon as it is done,
// and a manifest so that a re-run redoes only what changed. One release's
// failure is recorded and the others go on; Ctrl-C or a disk error (full,
// read-only) stops new work, lets the releases in flight finish, and the
// manifest, summary and index still record what was done. The output folder
// is locked for the run. Every kind goes through the same steps:
// plan → lock → (per release) inputs → skip if current → generate → render →
// write → manifest entry; then the manifest, the summary and the index.
import path from "node:path";
import { loadDatasetPartial, type ExcludedMunicipality } from "../load/dataset.js";
import { openKinds, releaseLabel, type KindRun } from "./kind-run.js";
import { manifestJson, readManifest, MANIFEST_FILE, type Manifest } from "./manifest.js";
import { KommunpressError, usageErrorFor, type Message } from "../messages.js";
import type { Format } from "../render/output.js";
import type { ReleaseKind, ReleaseTarget } from "../kinds/kind.js";
import { municipalityKind, MUNICIPALITY_KIND } from "../kinds/municipality/kind.js";
import { nationalKind } from "../kinds/national/kind.js";
import { quietProgress, type ProgressReporter } from "./progress.js";
import type { BrowserSession } from "../render/browser.js";
import { LazyPdfPrinter } from "../render/printer.js";
import type { Dataset } from "../schema.js";
import { VERSION } from "../version.js";
import { makeFolder, removeStaleTemps, writeFileIfChanged } from "./atomic.js";
import { diskCode, outputWriteMessage, OutputWriteError } from "./disk.js";
import { lockOutput, type OutputLock } from "./lock.js";
import { failedEntry, firstReason, makeRelease, type BatchEntry, type ReleaseOutcome, type ReleaseStepContext } from "./release-step.js";
import type { BatchFailure, BatchSummary, BatchTally } from "./batch-summary.js";

export type { BatchFailure, BatchSummary, BatchTally } from "./batch-summary.js";
import { INDEX_FILE, writeIndex } from "./batch-index.js";
import { exists } from "../fs.js";

export { batchInputs, firstReason, makeRelease, writeRelease, type BatchEntry, type ReleaseOutcome, type ReleaseStepContext } from "./release-step.js";

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
  /** Aborted (Ctrl-C, SIGTERM): no new release is started; the ones in flight finish (or fail). */
  signal?: AbortSignal;
  /** Called once the dataset is loaded, with the releases to do (for the bar). */
  onPlan?: (plan: { total: number; year: number }) => void;
  /** For tests: open the browser session (defaults to BrowserSession.open). */
  openBrowser?: (opts: { browser?: string; poolSize: number }) => Promise<BrowserSession>;
  /** For tests and the bench: called with the session once it is open. */
  onBrowser?: (session: BrowserSession) => void;
}

/** The kinds a batch makes: the ones asked for, else municipalities and (with `national`) riket. */
export function batchKinds(opts: Pick<BatchOptions, "kinds" | "national">): readonly ReleaseKind[] {
  return opts.kinds ?? [municipalityKind, ...(opts.national ? [nationalKind] : [])];
}

/** The tally of one kind (all zero when the run had no such kind). */
export function tallyOf(summary: Pick<BatchSummary, "tallies">, kind: string): BatchTally {
  return summary.tallies.find((t) => t.kind === kind) ?? { kind, total: 0, generated: 0, unchanged: 0, failed: 0, withWarnings: 0, notStarted: 0, notWritten: 0 };
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
      throw usageErrorFor("unknown-municipality", unknown, input.data);
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
    entry: e.code === null ? null : { kind, code, name, officialName: name, folder: "", status: "failed", headline: null, warnings: [], highlights: [], error: reason, files: {}, edited: [] },
    label: `${e.code ?? "?"} ${e.name ?? ""}`.trim(),
  };
}

// ----------------------------------------------------------- concurrency

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

export interface ManifestSaver {
  /** Saves now (only if it changed since it was read or last saved); rejects on a write error. */
  save(): Promise<void>;
  /** Saves in the background when the last save is a few seconds old; a failure is left to `save()`. */
  saveSoon(): void;
}

/**
 * Saves the manifest every few seconds and at the end, and only when its
 * text differs from the file (a run with nothing new writes nothing); a
 * release whose entry was not saved yet is simply redone by the next run.
 */
export function manifestSaver(dir: string, manifest: Manifest, intervalMs = 2000): ManifestSaver {
  let lastSave = Date.now();
  let saving: Promise<void> = Promise.resolve();
  const file = path.join(dir, MANIFEST_FILE);
  const save = (): Promise<void> => {
    const text = manifestJson(manifest);
    saving = saving.catch(() => undefined).then(async () => void (await writeFileIfChanged(file, text)));
    lastSave = Date.now();
    return saving;
  };
  return {
    save,
    saveSoon: () => {
      if (Date.now() - lastSave > intervalMs) save().catch(() => undefined);
    },
  };
}

// ---------------------------------------------------------------- records

/** The first disk error of the run (the output folder is full or read-only): said once, stops new work. */
export class DiskStop {
  #message: Message | null = null;
  constructor(private readonly onStop: () => void) {}

  get message(): Message | null {
    return this.#message;
  }

  /** Records `error` if it is a disk error (true), else leaves it (false). */
  record(error: unknown, folder: string): boolean {
    const code = error instanceof OutputWriteError ? error.code : diskCode(error);
    if (code === null) return false;
    if (this.#message === null) {
      this.#message = outputWriteMessage(code, error instanceof OutputWriteError ? error.folder : folder);
      this.onStop();
    }
    return true;
  }
}

/** What the run did so far: entries by kind and id, failures, releases not started or not written. */
export class BatchRecord {
  readonly entries = new Map<string, BatchEntry>();
  readonly failures: BatchFailure[] = [];
  /** The kind of each release not started. */
  readonly notStarted: string[] = [];
  /** The kind of each release made but not written (a disk error). */
  readonly notWritten: string[] = [];
  #done = 0;

  constructor(
    private readonly total: number,
    private readonly progress: ProgressReporter,
  ) {}

  #report(label: string, status: BatchEntry["status"], warnings: number): void {
    this.#done++;
    this.progress.update({ done: this.#done, total: this.total, label, status, warnings });
  }

  planned(f: PlannedFailure): void {
    this.failures.push(f.failure);
    if (f.entry) this.entries.set(`${f.entry.kind}\0${f.entry.code}`, f.entry);
    this.progress.log(`${f.label}: ${f.failure.reason}`);
    this.#report(f.label, "failed", 0);
  }

  /**
   * Records one release's outcome, in the manifest too. A failed release
   * keeps its manifest entry: its old files are still the ones listed there
   * (a hand edit in them is noticed when it is made again).
   */
  outcome(manifest: Manifest, target: ReleaseTarget, o: ReleaseOutcome): void {
    const label = releaseLabel(target.kind, target.id, target.name);
    if (o.status === "stopped") return void this.notWritten.push(target.kind);
    if (o.status === "failed") {
      this.failures.push({ kind: target.kind, code: target.id, name: target.name, reason: o.reason });
      this.progress.log(`${label}: ${o.reason}`);
    } else {
      manifest.releases[target.id] = o.manifestEntry;
    }
    this.entries.set(`${target.kind}\0${target.id}`, o.entry);
    this.#report(label, o.status, o.entry.warnings.length);
  }
}

type RecordCounts = Pick<BatchRecord, "entries" | "failures" | "notStarted"> & Partial<Pick<BatchRecord, "notWritten">>;

/** Per kind, in the order of `kinds`. */
export function tallies(kinds: readonly string[], record: RecordCounts): BatchTally[] {
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
      notWritten: (record.notWritten ?? []).filter((k) => k === kind).length,
    };
    return { ...t, total: t.generated + t.unchanged + t.failed + t.notStarted + t.notWritten };
  });
}

export interface SummaryInput {
  year: number;
  dir: string;
  kinds: readonly string[];
  record: RecordCounts;
  interrupted: boolean;
  stopped?: Message | null;
  durationMs: number;
  browserRelaunches: number;
  dataset: Dataset;
  messages: readonly Message[];
  index?: string | null;
}

/** The run's summary: entries and failures by kind and then id, counts per kind and in all. */
export function summarise(s: SummaryInput): BatchSummary {
  const order = (kind: string): number => s.kinds.indexOf(kind);
  const byKindAndId = (a: { kind: string; code: string | null }, b: { kind: string; code: string | null }): number =>
    order(a.kind) - order(b.kind) || (a.code ?? "").localeCompare(b.code ?? "");
  const perKind = tallies(s.kinds, s.record);
  const sum = (k: "total" | "generated" | "unchanged" | "withWarnings" | "notStarted" | "notWritten"): number => perKind.reduce((n, t) => n + t[k], 0);
  return {
    year: s.year,
    dir: s.dir,
    total: sum("total"),
    generated: sum("generated"),
    unchanged: sum("unchanged"),
    failed: [...s.record.failures].sort(byKindAndId),
    withWarnings: sum("withWarnings"),
    interrupted: s.interrupted,
    stopped: s.stopped ?? null,
    notStarted: sum("notStarted"),
    notWritten: sum("notWritten"),
    durationMs: s.durationMs,
    browserRelaunches: s.browserRelaunches,
    entries: [...s.record.entries.values()].sort(byKindAndId),
    tallies: perKind,
    dataset: s.dataset,
    // Warnings about one municipality belong to its release.
    messages: s.messages.filter((m) => !(m.path ?? "").startsWith("municipalities[")),
    index: s.index ?? null,
  };
}

/** Nothing was made, failed, kept, stopped or left: the folder is as the last run left it. */
export function nothingHappened(s: BatchSummary): boolean {
  return (
    s.generated === 0 &&
    s.failed.length === 0 &&
    s.notStarted === 0 &&
    s.notWritten === 0 &&
    !s.interrupted &&
    s.stopped === null &&
    s.entries.every((e) => e.edited.length === 0)
  );
}

// -------------------------------------------------------------------- run

/** Makes out/<year> and locks it; a disk error there is the run's one Swedish message. */
async function prepareOutput(dir: string): Promise<OutputLock> {
  try {
    await makeFolder(dir);
  } catch (error) {
    const code = diskCode(error);
    if (code !== null) throw new KommunpressError([outputWriteMessage(code, dir)], 1, { cause: error });
    throw error;
  }
  return lockOutput(dir);
}

/** An abort signal for "start nothing new": the user's (Ctrl-C), or the run's own (a disk error). */
function stopSignal(user: AbortSignal | undefined): AbortController {
  const stop = new AbortController();
  if (user?.aborted) stop.abort();
  else user?.addEventListener("abort", () => stop.abort(), { once: true });
  return stop;
}

interface RunContext {
  opts: BatchOptions;
  dir: string;
  plan: BatchPlan;
  manifest: Manifest;
  record: BatchRecord;
  disk: DiskStop;
  stop: AbortController;
}

/** Every planned release through the pool; returns the browser's relaunch count. */
async function makeAll(c: RunContext): Promise<number> {
  const { inFlight, poolSize } = batchConcurrency(c.opts, (await import("node:os")).availableParallelism());
  const printer = new LazyPdfPrinter({
    poolSize,
    // The PDFs in flight finish on Ctrl-C: the CLI owns the signals.
    handleSignals: false,
    ...(c.opts.browser ? { browser: c.opts.browser } : {}),
    ...(c.opts.pdfTimeoutMs !== undefined ? { pdfTimeoutMs: c.opts.pdfTimeoutMs } : {}),
    ...(c.opts.openBrowser ? { openBrowser: c.opts.openBrowser } : {}),
    ...(c.opts.onBrowser ? { onBrowser: c.opts.onBrowser } : {}),
  });
  const saver = manifestSaver(c.dir, c.manifest);
  const ctx: ReleaseStepContext = {
    dir: c.dir,
    data: c.opts.data,
    formats: c.opts.formats,
    manifest: c.manifest,
    pdf: printer.pdf,
    ...(c.opts.editorial ? { editorial: c.opts.editorial } : {}),
    ...(c.opts.force ? { force: true } : {}),
  };
  try {
    const skipped = await pool(
      c.plan.releases,
      inFlight,
      async ({ run, target }) => {
        const outcome = await makeRelease(ctx, run, target);
        if (outcome.status === "stopped") c.disk.record(outcome.error, c.dir);
        c.record.outcome(c.manifest, target, outcome);
        if (outcome.status === "generated") saver.saveSoon();
      },
      c.stop.signal,
    );
    for (const r of skipped) c.record.notStarted.push(r.target.kind);
  } finally {
    await printer.close();
    c.opts.progress?.stop();
  }
  await saver.save().catch((error: unknown) => {
    if (!c.disk.record(error, c.dir)) throw error;
  });
  return printer.relaunches;
}

/** Writes the index unless nothing happened and it is there already; null when the disk refused it. */
async function finishIndex(summary: BatchSummary, opts: BatchOptions, disk: DiskStop): Promise<string | null> {
  const file = path.join(summary.dir, INDEX_FILE);
  if (nothingHappened(summary) && (await exists(file))) return file;
  try {
    return await writeIndex(summary, { data: opts.data, ...(opts.templates !== undefined ? { templates: opts.templates } : {}) });
  } catch (error) {
    if (!disk.record(error, summary.dir)) throw error;
    return null;
  }
}

export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const progress = opts.progress ?? quietProgress();
  const { dataset, messages, excluded } = await loadDatasetPartial(opts.data, opts.editorial ? { editorial: opts.editorial } : {});
  const year = dataset.survey.year;
  const dir = path.join(opts.out, String(year));
  const kinds = batchKinds(opts);
  const runs = await openKinds(kinds, dataset, opts);
  const plan = planBatch(runs, { dataset, excluded, data: opts.data, ...(opts.only ? { only: opts.only } : {}) });
  const lock = await prepareOutput(dir);
  try {
    const { manifest, warning: manifestWarning } = await loadBatchManifest(dir, opts.data, year);
    if (manifestWarning) messages.push(manifestWarning);
    await removeStaleTemps(dir);

    const total = plan.releases.length + plan.failures.length;
    opts.onPlan?.({ total, year });
    progress.start(total);
    const record = new BatchRecord(total, progress);
    for (const f of plan.failures) record.planned(f);
    const stop = stopSignal(opts.signal);
    const disk = new DiskStop(() => stop.abort());
    const relaunches = await makeAll({ opts: { ...opts, progress }, dir, plan, manifest, record, disk, stop });
    const base = {
      year,
      dir,
      kinds: kinds.map((k) => k.name),
      record,
      interrupted: opts.signal?.aborted === true,
      durationMs: performance.now() - started,
      browserRelaunches: relaunches,
      dataset,
      messages,
    };
    const summary = summarise({ ...base, stopped: disk.message });
    const index = await finishIndex(summary, opts, disk);
    return summarise({ ...base, stopped: disk.message, index, durationMs: performance.now() - started });
  } finally {
    await lock.release();
  }
}
