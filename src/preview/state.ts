// preview state: the data file, the editorial folder and the templates as
// last loaded, and each release rendered from them on demand. A load that
// fails keeps the last good one in place (stale) and carries the errors, so
// the preview can show both; a release that fails to render keeps its last
// good render likewise.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { computeRanks, type Rank } from "../analyse/municipality.js";
import { approvalInputs, editorialDirFor, findEditorialFile } from "../write/approvals.js";
import { municipalityDataHash } from "../kinds/municipality/kind.js";
import { nationalDataHash } from "../kinds/national/kind.js";
import { loadDatasetPartial, mergeEditorial, type ExcludedMunicipality } from "../load/dataset.js";
import { loadEditorialDir } from "../load/editorial.js";
import { resourcesHash, type ReleaseInputs } from "../write/inputs.js";
import { sha256 } from "../hash.js";
import { loadFile } from "../load/source.js";
import { isDirectory } from "../fs.js";
import { hasErrors, KommunpressError, sortMessages, type Message } from "../messages.js";
import { generateNational, loadNationalResources, NATIONAL_FOLDER, nationalHtml, type GeneratedNational, type NationalResources } from "../kinds/national/release.js";
import { municipalityHtml } from "../kinds/municipality/kind.js";
import { generateRelease, loadResources, type GeneratedRelease, type Resources } from "../kinds/municipality/release.js";
import { Release, type Dataset, type Municipality } from "../schema.js";
import { TEMPLATES_DIR } from "../paths.js";
import { validateDataset } from "../validate/validate.js";
import { releaseWarnings, WARNING_TEXT, type ReleaseWarning } from "../kinds/warnings.js";

export interface PreviewConfig {
  /** The data file (YAML or JSON). */
  data: string;
  /** Editorial folder given on the command line; default `<data-dir>/texter/`. */
  editorial?: string;
  /** The user's template folder. */
  templates?: string;
}

export interface Snapshot {
  /** Changes whenever anything the releases are made from changes (and differs between server runs). */
  id: string;
  generation: number;
  /** The last good dataset (editorial content merged); null when there never was one. */
  dataset: Dataset | null;
  /** Each municipality's own `release` in the data file, before editorial files are merged. */
  baseReleases: ReadonlyMap<string, Release | undefined>;
  resources: Resources | null;
  templatesHash: string;
  ranks: ReadonlyMap<string, ReadonlyMap<string, Rank>>;
  /** sha256 of each municipality's editorial file. */
  editorialHashes: ReadonlyMap<string, string>;
  /** Errors of the latest load; when there are any, `dataset` is an older one (or a partial one). */
  errors: Message[];
  /** Warnings of the latest good load. */
  warnings: Message[];
  /** Municipalities left out because of errors in their own entry (partial load). */
  excluded: ExcludedMunicipality[];
  /** true: the latest load failed and what is shown is older. */
  stale: boolean;
  /** true: the dataset holds only the municipalities without errors (there never was a good load). */
  partial: boolean;
  /** The national release's templates and phrase bank (riket.md.hbs, fraser-riket.yaml, riket.css …). */
  national: { resources: NationalResources | null; templatesHash: string; errors: Message[] };
}

export type { ReleaseWarning } from "../kinds/warnings.js";

export interface ReleaseView {
  code: string;
  municipality: Municipality;
  /** The current render, or the last good one when the current one failed. */
  result: GeneratedRelease | null;
  /** Why the current render failed (empty when it did not). */
  errors: Message[];
  /** The render shown is older than the current inputs. */
  stale: boolean;
  /** Inputs of the release as now on disk; null while the data cannot be loaded. */
  inputs: ReleaseInputs | null;
  warnings: ReleaseWarning[];
}

/** The national summary release (riket), built from the whole dataset. */
export interface NationalView {
  code: typeof NATIONAL_FOLDER;
  /** The current render, or the last good one when the current one failed. */
  result: GeneratedNational | null;
  errors: Message[];
  stale: boolean;
  /** Inputs of the release as now on disk; null while it cannot be approved. */
  inputs: ReleaseInputs | null;
  warnings: string[];
}


function errorMessages(err: unknown, file?: string): Message[] {
  if (err instanceof KommunpressError && err.messages.length > 0) return err.messages;
  const reason = err instanceof Error ? (err.message.split("\n")[0] ?? "okänt fel") : String(err);
  return [{ ruleId: "unexpected", severity: "error", reason: `oväntat fel: ${reason}`, ...(file ? { file } : {}) }];
}

/** Codes of the municipalities in a data file's raw value (even one with errors). */
function rawMunicipalities(value: unknown): Record<string, unknown>[] {
  if (typeof value !== "object" || value === null || !("municipalities" in value)) return [];
  const list = value.municipalities;
  if (!Array.isArray(list)) return [];
  return list.filter((m): m is Record<string, unknown> => typeof m === "object" && m !== null);
}

const EDITORIAL_FILE = /^(\d{4})\.(ya?ml|json)$/i;

export class PreviewState {
  readonly config: PreviewConfig;
  /** Where the editor writes `<code>.yaml`. */
  readonly editorialDir: string;
  readonly #bootId = createHash("sha256").update(`${process.pid}:${Date.now()}:${Math.random()}`).digest("hex").slice(0, 8);
  #snapshot: Snapshot;
  #fingerprint = "";
  #views = new Map<string, { id: string; view: ReleaseView }>();
  /** Per code: the last release that was generated, its page once rendered, and the last page that rendered. */
  #lastGood = new Map<string, { result: GeneratedRelease; html: string | null; previousHtml: string | null }>();
  #summaries: { id: string; list: ReleaseView[] } | null = null;
  #nationalView: { id: string; view: NationalView | null } | null = null;
  /** The last national release that was generated, its page once rendered, and the last page that rendered. */
  #nationalGood: { result: GeneratedNational; html: string | null; previousHtml: string | null } | null = null;
  #loading: Promise<boolean> | null = null;
  #again = false;

  constructor(config: PreviewConfig) {
    this.config = config;
    this.editorialDir = editorialDirFor(config.data, config.editorial);
    this.#snapshot = {
      id: `${this.#bootId}-0`,
      generation: 0,
      dataset: null,
      baseReleases: new Map(),
      resources: null,
      templatesHash: "",
      ranks: new Map(),
      editorialHashes: new Map(),
      errors: [],
      warnings: [],
      excluded: [],
      stale: false,
      partial: false,
      national: { resources: null, templatesHash: "", errors: [] },
    };
  }

  get snapshot(): Snapshot {
    return this.#snapshot;
  }

  /** Template folders in use (the user's first). */
  templateDirs(): string[] {
    return this.config.templates ? [path.resolve(this.config.templates), TEMPLATES_DIR] : [TEMPLATES_DIR];
  }

  /**
   * Reads everything again if any input file changed (or `force`). Returns
   * true when the snapshot changed. Calls made while a load runs share one
   * follow-up load.
   */
  reload(force = false): Promise<boolean> {
    if (this.#loading) {
      this.#again = true;
      return this.#loading.then(() => this.reload(force));
    }
    const run = async (): Promise<boolean> => {
      let changed = false;
      do {
        this.#again = false;
        const fp = await this.#currentFingerprint();
        if (!force && fp === this.#fingerprint) continue;
        force = false;
        this.#fingerprint = fp;
        await this.#load();
        changed = true;
      } while (this.#again);
      return changed;
    };
    this.#loading = run().finally(() => {
      this.#loading = null;
    });
    return this.#loading;
  }

  /** A hash over the bytes of every input file (cheap: no parsing). */
  async #currentFingerprint(): Promise<string> {
    const h = createHash("sha256");
    const add = async (file: string): Promise<void> => {
      h.update(`${file}\0`);
      try {
        h.update(await readFile(file));
      } catch {
        h.update("\u0001missing");
      }
      h.update("\0");
    };
    await add(this.config.data);
    const listDir = async (dir: string, keep: (name: string) => boolean): Promise<void> => {
      let names: string[] = [];
      try {
        names = (await readdir(dir)).filter((n) => !n.startsWith(".") && keep(n)).sort();
      } catch {
        h.update(`${dir}\u0001none\0`);
        return;
      }
      for (const n of names) {
        const file = path.join(dir, n);
        if ((await stat(file).catch(() => null))?.isFile()) await add(file);
      }
    };
    await listDir(this.editorialDir, (n) => /\.(ya?ml|json)$/i.test(n));
    for (const dir of this.templateDirs()) {
      await listDir(dir, () => true);
      await listDir(path.join(dir, "partials"), () => true);
    }
    return h.digest("hex");
  }

  async #load(): Promise<void> {
    const file = this.config.data;
    const loaded = await loadFile(file);
    const raw = rawMunicipalities(loaded.value);
    const messages: Message[] = [];
    let editorial: Map<string, Release> | undefined;
    const editorialHashes = new Map<string, string>();
    if (await isDirectory(this.editorialDir)) {
      const codes = raw.map((m) => ({ code: m.code }));
      const result = await loadEditorialDir(this.editorialDir, loaded.value === undefined ? undefined : { municipalities: codes });
      editorial = result.byCode;
      messages.push(...result.messages);
      for (const name of await readdir(this.editorialDir).catch(() => [] as string[])) {
        const code = EDITORIAL_FILE.exec(name)?.[1];
        if (code === undefined || editorialHashes.has(code)) continue;
        // A file that cannot be read is already an error from loadEditorialDir.
        const found = await findEditorialFile(this.editorialDir, code).catch(() => null);
        if (found) editorialHashes.set(code, sha256(found.data));
      }
    }
    const validated = validateDataset(loaded, editorial ? { editorial } : {});
    messages.unshift(...validated.messages);
    let resources: Resources | null = null;
    let templatesHash = "";
    try {
      resources = await loadResources(this.config.templates);
      templatesHash = await resourcesHash(resources);
    } catch (err) {
      messages.push(...errorMessages(err));
    }

    // The national release's own resources: their errors belong to riket only.
    const national: Snapshot["national"] = { resources: null, templatesHash: "", errors: [] };
    try {
      national.resources = await loadNationalResources(this.config.templates);
      national.templatesHash = await resourcesHash(national.resources);
    } catch (err) {
      national.errors = errorMessages(err);
    }

    const previous = this.#snapshot;
    const generation = previous.generation + 1;
    const id = `${this.#bootId}-${generation}`;
    const errors = sortMessages(messages.filter((m) => m.severity === "error"));
    if (validated.dataset && resources && !hasErrors(messages)) {
      const dataset = mergeEditorial(validated.dataset, editorial);
      this.#snapshot = {
        id,
        generation,
        dataset,
        baseReleases: new Map(validated.dataset.municipalities.map((m) => [m.code, m.release])),
        resources,
        templatesHash,
        ranks: computeRanks(dataset, dataset.survey.year),
        editorialHashes,
        errors: [],
        warnings: messages.filter((m) => m.severity === "warning"),
        excluded: [],
        stale: false,
        partial: false,
        national,
      };
      return;
    }
    if (previous.dataset !== null && previous.resources !== null && !previous.partial) {
      // Keep showing the last good state, with the errors above it.
      this.#snapshot = { ...previous, id, generation, errors, stale: true };
      return;
    }
    // Never loaded successfully: show what can be shown (municipalities
    // whose own entries are fine), if the errors allow.
    let partial: { dataset: Dataset; excluded: ExcludedMunicipality[] } | null = null;
    if (resources) {
      try {
        const p = await loadDatasetPartial(file, editorial ? { editorial: this.editorialDir } : {});
        partial = { dataset: p.dataset, excluded: p.excluded };
      } catch {
        partial = null;
      }
    }
    const baseReleases = new Map<string, Release | undefined>();
    for (const m of raw) {
      if (typeof m.code !== "string") continue;
      const r = Release.safeParse(m.release);
      baseReleases.set(m.code, r.success ? r.data : undefined);
    }
    const dataset = partial?.dataset ?? null;
    this.#snapshot = {
      id,
      generation,
      dataset,
      baseReleases,
      resources,
      templatesHash,
      ranks: dataset ? computeRanks(dataset, dataset.survey.year) : new Map(),
      editorialHashes,
      errors,
      warnings: [],
      excluded: partial?.excluded ?? [],
      stale: true,
      partial: true,
      national,
    };
  }

  /** Codes a release page may be asked for: municipalities with results for the year, and those left out for errors. */
  knownCode(code: string): boolean {
    // riket: exactly this segment, and only with a dataset (whether there is a release is up to national()).
    if (code === NATIONAL_FOLDER) return this.#snapshot.dataset !== null && !this.#snapshot.partial;
    if (!/^\d{4}$/.test(code)) return false;
    const s = this.#snapshot;
    if (s.excluded.some((e) => e.code === code)) return true;
    const m = s.dataset?.municipalities.find((x) => x.code === code);
    return m !== undefined && s.dataset !== null && m.results[String(s.dataset.survey.year)] !== undefined;
  }

  municipality(code: string): Municipality | undefined {
    return this.#snapshot.dataset?.municipalities.find((m) => m.code === code);
  }

  /** The inputs key of a municipality's release as now on disk (null while the data cannot be loaded). */
  inputs(code: string): ReleaseInputs | null {
    const s = this.#snapshot;
    const m = this.municipality(code);
    if (s.stale || s.dataset === null || m === undefined) return null;
    return approvalInputs(municipalityDataHash(s.dataset, m, s.ranks.get(code)), s.editorialHashes.get(code) ?? null, s.templatesHash);
  }

  /** One release, generated (cached until the inputs change). */
  async release(code: string): Promise<ReleaseView | null> {
    const s = this.#snapshot;
    const cached = this.#views.get(code);
    if (cached && cached.id === s.id) return cached.view;
    const m = this.municipality(code);
    if (s.dataset === null || s.resources === null || m === undefined) return null;
    const dataset = s.dataset;
    let errors: Message[] = [];
    let result: GeneratedRelease | null = null;
    let stale = s.stale;
    try {
      result = generateRelease(dataset, m, { resources: s.resources, ranks: s.ranks as Map<string, Map<string, Rank>>, file: this.config.data });
      const last = this.#lastGood.get(code);
      this.#lastGood.set(code, { result, html: null, previousHtml: last?.html ?? last?.previousHtml ?? null });
    } catch (err) {
      errors = errorMessages(err, this.config.data);
      result = this.#lastGood.get(code)?.result ?? null;
      stale = true;
    }
    const view: ReleaseView = {
      code,
      municipality: m,
      result,
      errors,
      stale,
      inputs: errors.length === 0 ? this.inputs(code) : null,
      warnings: result ? releaseWarnings(dataset, m, result.warnings) : [],
    };
    this.#views.set(code, { id: s.id, view });
    return view;
  }

  /**
   * The release's HTML page (rendered once per release and inputs). When it
   * cannot be rendered, the last good page and the errors.
   */
  async page(code: string): Promise<{ view: ReleaseView; html: string | null; errors: Message[] } | null> {
    const view = await this.release(code);
    if (view === null) return null;
    const s = this.#snapshot;
    const last = this.#lastGood.get(code);
    if (view.result === null || last === undefined || last.result !== view.result) return { view, html: null, errors: view.errors };
    if (last.html !== null) return { view, html: last.html, errors: view.errors };
    if (s.resources === null) return { view, html: last.previousHtml, errors: view.errors };
    try {
      const html = await municipalityHtml(view.result, { html: s.resources.html, dataFile: this.config.data });
      this.#lastGood.set(code, { result: view.result, html, previousHtml: last.previousHtml });
      return { view, html, errors: view.errors };
    } catch (err) {
      const errors = [...view.errors, ...errorMessages(err, this.config.data)];
      return { view: { ...view, stale: true, inputs: null }, html: last.previousHtml, errors };
    }
  }

  /** Every release of the data (for the index), in code order. */
  async releases(): Promise<ReleaseView[]> {
    const s = this.#snapshot;
    if (this.#summaries && this.#summaries.id === s.id) return this.#summaries.list;
    const list: ReleaseView[] = [];
    if (s.dataset) {
      const year = String(s.dataset.survey.year);
      for (const m of s.dataset.municipalities) {
        if (m.results[year] === undefined) continue;
        const view = await this.release(m.code);
        if (view) list.push(view);
      }
    }
    list.sort((a, b) => a.code.localeCompare(b.code));
    this.#summaries = { id: s.id, list };
    return list;
  }

  /** The inputs key of the national release as now on disk (null while it cannot be approved). */
  nationalInputs(): ReleaseInputs | null {
    const s = this.#snapshot;
    if (s.stale || s.partial || s.dataset === null || s.national.resources === null) return null;
    return approvalInputs(nationalDataHash(s.dataset), null, s.national.templatesHash);
  }

  /**
   * The national release (cached until the inputs change). Null when there is
   * none: no dataset, a partial one, or nothing to summarise (generateNational
   * throws a KommunpressError).
   */
  async national(): Promise<NationalView | null> {
    const s = this.#snapshot;
    if (this.#nationalView && this.#nationalView.id === s.id) return this.#nationalView.view;
    let view: NationalView | null = null;
    if (s.dataset !== null && !s.partial) {
      if (s.national.resources === null) {
        view = { code: NATIONAL_FOLDER, result: this.#nationalGood?.result ?? null, errors: s.national.errors, stale: true, inputs: null, warnings: [] };
      } else {
        try {
          const result = generateNational(s.dataset, { resources: s.national.resources, file: this.config.data });
          const last = this.#nationalGood;
          this.#nationalGood = { result, html: null, previousHtml: last?.html ?? last?.previousHtml ?? null };
          view = {
            code: NATIONAL_FOLDER,
            result,
            errors: [],
            stale: s.stale,
            inputs: this.nationalInputs(),
            warnings: result.warnings.map((w) => WARNING_TEXT[w.ruleId] ?? w.reason),
          };
        } catch (err) {
          if (!(err instanceof KommunpressError)) {
            view = {
              code: NATIONAL_FOLDER,
              result: this.#nationalGood?.result ?? null,
              errors: errorMessages(err, this.config.data),
              stale: true,
              inputs: null,
              warnings: [],
            };
          }
        }
      }
    }
    this.#nationalView = { id: s.id, view };
    return view;
  }

  /** The national release's HTML page exactly as nationalHtml gives it (rendered once per inputs). */
  async nationalPage(): Promise<{ view: NationalView; html: string | null; errors: Message[] } | null> {
    const view = await this.national();
    if (view === null) return null;
    const s = this.#snapshot;
    const last = this.#nationalGood;
    if (view.result === null || last === null || last.result !== view.result) return { view, html: null, errors: view.errors };
    if (last.html !== null) return { view, html: last.html, errors: view.errors };
    if (s.national.resources === null || s.dataset === null) return { view, html: last.previousHtml, errors: view.errors };
    try {
      const html = await nationalHtml(s.dataset, view.result, { html: s.national.resources.html, dataFile: this.config.data });
      this.#nationalGood = { result: view.result, html, previousHtml: last.previousHtml };
      return { view, html, errors: view.errors };
    } catch (err) {
      const errors = [...view.errors, ...errorMessages(err, this.config.data)];
      return { view: { ...view, stale: true, inputs: null }, html: last.previousHtml, errors };
    }
  }
}
