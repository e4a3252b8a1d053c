// preview state: the data file, the editorial folder and each kind's
// templates as last loaded, and each release of every kind rendered from them
// on demand. A load that fails keeps the last good one in place (stale) and
// carries the errors, so the preview can show both; a release that fails to
// render keeps its last good render likewise.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { approvalInputs, editorialDirFor, findEditorialFile } from "../write/approvals.js";
import { loadDatasetPartial, mergeEditorial, type ExcludedMunicipality } from "../load/dataset.js";
import { loadEditorialDir } from "../load/editorial.js";
import { resourcesHash, type ReleaseInputs } from "../write/inputs.js";
import { sha256 } from "../hash.js";
import { loadFile, type Loaded } from "../load/source.js";
import { isDirectory } from "../fs.js";
import { hasErrors, KommunpressError, sortMessages, type Message } from "../messages.js";
import type { Generated, KindResources, KindSession, ReleaseKind, ReleaseTarget } from "../kinds/kind.js";
import { KINDS } from "../kinds/registry.js";
import { Release, type Dataset } from "../schema.js";
import { TEMPLATES_DIR } from "../paths.js";
import { validateDataset } from "../validate/validate.js";
import { messageFor, reasonFor } from "../catalogue.js";
import type { ReleaseWarning } from "../kinds/warnings.js";

export interface PreviewConfig {
  /** The data file (YAML or JSON). */
  data: string;
  /** Editorial folder given on the command line; default `<data-dir>/texter/`. */
  editorial?: string;
  /** The user's template folder. */
  templates?: string;
  /** The kinds of release to preview, in index order (default: every registered kind). */
  kinds?: readonly ReleaseKind[];
}

/** One kind's templates and phrase bank as last loaded. */
export interface KindState {
  kind: ReleaseKind;
  /** null: they could not be loaded (`errors` says why). */
  resources: KindResources | null;
  templatesHash: string;
  errors: Message[];
}

export interface Snapshot {
  /** Changes whenever anything the releases are made from changes (and differs between server runs). */
  id: string;
  generation: number;
  /** The last good dataset (editorial content merged); null when there never was one. */
  dataset: Dataset | null;
  /** Each municipality's own `release` in the data file, before editorial files are merged. */
  baseReleases: ReadonlyMap<string, Release | undefined>;
  /** Each kind's resources, in index order. */
  kinds: readonly KindState[];
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
}

export type { ReleaseWarning } from "../kinds/warnings.js";

/** A municipality in the data file with no release, and why (Swedish). */
export interface MunicipalityWithoutRelease {
  code: string;
  name: string;
  officialName: string;
  reason: string;
}

/** One release of any kind, as the preview shows it. */
export interface ReleaseView {
  target: ReleaseTarget;
  kind: ReleaseKind;
  /** The current render, or the last good one when the current one failed. */
  result: Generated | null;
  /** Why the current render failed (empty when it did not). */
  errors: Message[];
  /** The render shown is older than the current inputs. */
  stale: boolean;
  /** Inputs of the release as now on disk; null while it cannot be approved. */
  inputs: ReleaseInputs | null;
  warnings: ReleaseWarning[];
  /** What the years show (records, streaks, turnarounds), from the render shown. */
  highlights: string[];
}

export interface ReleasePage {
  view: ReleaseView;
  html: string | null;
  errors: Message[];
}

/** A release the dataset holds, with the session of its kind. */
interface Entry {
  state: KindState;
  session: KindSession;
  target: ReleaseTarget;
}

/**
 * Kinds with an editorial file per release are made from the data file's
 * entries and the editorial folder: their templates belong to the load (an
 * error there is an error in the underlag), and a partial load still makes
 * them. The others (riket) rest on the whole data file: their template errors
 * are their own, and a partial dataset makes none of them.
 */
function partOfLoad(kind: ReleaseKind): boolean {
  return kind.editorialFiles;
}

function errorMessages(err: unknown, file?: string): Message[] {
  if (err instanceof KommunpressError && err.messages.length > 0) return err.messages;
  const reason = err instanceof Error ? (err.message.split("\n")[0] ?? "okänt fel") : String(err);
  return [messageFor("unexpected", { file: file || undefined }, reason)];
}

/** Codes of the municipalities in a data file's raw value (even one with errors). */
function rawMunicipalities(value: unknown): Record<string, unknown>[] {
  if (typeof value !== "object" || value === null || !("municipalities" in value)) return [];
  const list = value.municipalities;
  if (!Array.isArray(list)) return [];
  return list.filter((m): m is Record<string, unknown> => typeof m === "object" && m !== null);
}

/** Each municipality's own `release` as the raw data has it (when it parses). */
function rawReleases(raw: readonly Record<string, unknown>[]): Map<string, Release | undefined> {
  const out = new Map<string, Release | undefined>();
  for (const m of raw) {
    if (typeof m.code !== "string") continue;
    const r = Release.safeParse(m.release);
    out.set(m.code, r.success ? r.data : undefined);
  }
  return out;
}

const EDITORIAL_FILE = /^(\d{4})\.(ya?ml|json)$/i;
const MUNICIPALITY_CODE = /^\d{4}$/;

interface EditorialRead {
  byCode: Map<string, Release> | undefined;
  hashes: Map<string, string>;
  messages: Message[];
}

interface Catalogue {
  id: string;
  byId: Map<string, Entry>;
  order: Entry[];
}

export class PreviewState {
  readonly config: PreviewConfig;
  /** Where the editor writes `<code>.yaml`. */
  readonly editorialDir: string;
  readonly kinds: readonly ReleaseKind[];
  readonly #bootId = createHash("sha256").update(`${process.pid}:${Date.now()}:${Math.random()}`).digest("hex").slice(0, 8);
  #snapshot: Snapshot;
  #fingerprint = "";
  #catalogue: Catalogue | null = null;
  #views = new Map<string, { id: string; view: ReleaseView }>();
  /** Per release id: the last release that was generated, its page once rendered, and the last page that rendered. */
  #lastGood = new Map<string, { result: Generated; html: string | null; previousHtml: string | null }>();
  /** Per kind: the last resources that loaded (to list its releases while the current ones fail). */
  #lastResources = new Map<string, KindResources>();
  #summaries: { id: string; list: ReleaseView[] } | null = null;
  #loading: Promise<boolean> | null = null;
  #again = false;

  constructor(config: PreviewConfig) {
    this.config = config;
    this.kinds = config.kinds ?? KINDS;
    this.editorialDir = editorialDirFor(config.data, config.editorial);
    this.#snapshot = {
      id: `${this.#bootId}-0`,
      generation: 0,
      dataset: null,
      baseReleases: new Map(),
      kinds: this.kinds.map((kind) => ({ kind, resources: null, templatesHash: "", errors: [] })),
      editorialHashes: new Map(),
      errors: [],
      warnings: [],
      excluded: [],
      stale: false,
      partial: false,
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
    const loaded = await loadFile(this.config.data);
    const raw = rawMunicipalities(loaded.value);
    const editorial = await this.#readEditorial(loaded, raw);
    const validated = validateDataset(loaded, editorial.byCode ? { editorial: editorial.byCode } : {});
    const kinds = await this.#loadKinds();
    const loadErrors = kinds.filter((k) => partOfLoad(k.kind)).flatMap((k) => k.errors);
    const messages = [...validated.messages, ...editorial.messages, ...loadErrors];
    const previous = this.#snapshot;
    const generation = previous.generation + 1;
    const id = `${this.#bootId}-${generation}`;
    if (validated.dataset && !hasErrors(messages)) {
      this.#snapshot = this.#goodSnapshot(id, generation, validated.dataset, editorial, kinds, messages);
    } else if (previous.dataset !== null && !previous.partial) {
      // Keep showing the last good state, with the errors above it.
      const errors = sortMessages(messages.filter((m) => m.severity === "error"));
      this.#snapshot = { ...previous, id, generation, errors, stale: true };
    } else {
      this.#snapshot = await this.#partialSnapshot(id, generation, raw, editorial, kinds, messages);
    }
  }

  /** The editorial folder's files (validated against the data's codes) and the hash of each. */
  async #readEditorial(loaded: Loaded, raw: readonly Record<string, unknown>[]): Promise<EditorialRead> {
    const hashes = new Map<string, string>();
    if (!(await isDirectory(this.editorialDir))) return { byCode: undefined, hashes, messages: [] };
    const codes = raw.map((m) => ({ code: m.code }));
    const result = await loadEditorialDir(this.editorialDir, loaded.value === undefined ? undefined : { municipalities: codes });
    for (const name of await readdir(this.editorialDir).catch(() => [] as string[])) {
      const code = EDITORIAL_FILE.exec(name)?.[1];
      if (code === undefined || hashes.has(code)) continue;
      // A file that cannot be read is already an error from loadEditorialDir.
      const found = await findEditorialFile(this.editorialDir, code).catch(() => null);
      if (found) hashes.set(code, sha256(found.data));
    }
    return { byCode: result.byCode, hashes, messages: [...result.messages] };
  }

  /** Every kind's templates and phrase bank; a kind that fails carries its errors. */
  async #loadKinds(): Promise<KindState[]> {
    const out: KindState[] = [];
    for (const kind of this.kinds) {
      try {
        const resources = await kind.loadResources(this.config.templates);
        const templatesHash = await resourcesHash(resources);
        this.#lastResources.set(kind.name, resources);
        out.push({ kind, resources, templatesHash, errors: [] });
      } catch (err) {
        out.push({ kind, resources: null, templatesHash: "", errors: errorMessages(err) });
      }
    }
    return out;
  }

  #goodSnapshot(id: string, generation: number, validated: Dataset, editorial: EditorialRead, kinds: KindState[], messages: Message[]): Snapshot {
    // A kind whose templates never loaded cannot list its releases: its errors go above everything.
    const unlisted = kinds.filter((k) => k.resources === null && !this.#lastResources.has(k.kind.name)).flatMap((k) => k.errors);
    return {
      id,
      generation,
      dataset: mergeEditorial(validated, editorial.byCode),
      baseReleases: new Map(validated.municipalities.map((m) => [m.code, m.release])),
      kinds,
      editorialHashes: editorial.hashes,
      errors: sortMessages(unlisted),
      warnings: messages.filter((m) => m.severity === "warning"),
      excluded: [],
      stale: false,
      partial: false,
    };
  }

  /**
   * Never loaded successfully: show what can be shown (municipalities whose
   * own entries are fine), if the errors allow.
   */
  async #partialSnapshot(
    id: string,
    generation: number,
    raw: readonly Record<string, unknown>[],
    editorial: EditorialRead,
    kinds: KindState[],
    messages: Message[],
  ): Promise<Snapshot> {
    let partial: { dataset: Dataset; excluded: ExcludedMunicipality[] } | null = null;
    if (kinds.every((k) => !partOfLoad(k.kind) || k.resources !== null)) {
      try {
        const p = await loadDatasetPartial(this.config.data, editorial.byCode ? { editorial: this.editorialDir } : {});
        partial = { dataset: p.dataset, excluded: p.excluded };
      } catch {
        partial = null;
      }
    }
    return {
      id,
      generation,
      dataset: partial?.dataset ?? null,
      baseReleases: rawReleases(raw),
      kinds,
      editorialHashes: editorial.hashes,
      errors: sortMessages(messages.filter((m) => m.severity === "error")),
      warnings: [],
      excluded: partial?.excluded ?? [],
      stale: true,
      partial: true,
    };
  }

  /** The releases the current dataset holds, every kind's, in index order (cached per snapshot). */
  #entries(): Catalogue {
    const s = this.#snapshot;
    if (this.#catalogue?.id === s.id) return this.#catalogue;
    const order: Entry[] = [];
    for (const state of s.dataset === null ? [] : s.kinds) {
      if (s.partial && !partOfLoad(state.kind)) continue;
      const resources = state.resources ?? this.#lastResources.get(state.kind.name);
      if (resources === undefined || s.dataset === null) continue;
      const session = state.kind.open(s.dataset, resources, this.config.data);
      const targets = [...session.targets()].sort((a, b) => a.id.localeCompare(b.id));
      for (const target of targets) order.push({ state, session, target });
    }
    this.#catalogue = { id: s.id, byId: new Map(order.map((e) => [e.target.id, e])), order };
    return this.#catalogue;
  }

  /** Ids a release page may be asked for: the dataset's releases, municipalities left out for errors and those without a release. */
  knownId(id: string): boolean {
    if (MUNICIPALITY_CODE.test(id) && this.#snapshot.excluded.some((e) => e.code === id)) return true;
    return this.#entries().byId.has(id) || this.withoutRelease().some((m) => m.code === id);
  }

  /**
   * Municipalities of the data file that no release covers (no results for
   * the survey year), with the reason in Swedish. Only when a kind with an
   * editorial file per municipality is previewed.
   */
  withoutRelease(): MunicipalityWithoutRelease[] {
    const s = this.#snapshot;
    if (s.dataset === null || !this.kinds.some(partOfLoad)) return [];
    const { byId } = this.#entries();
    const year = String(s.dataset.survey.year);
    return s.dataset.municipalities
      .filter((m) => !byId.has(m.code))
      .map((m) => {
        const years = Object.keys(m.results).sort();
        const reason = m.results[year] === undefined ? reasonFor("no-release/no-results", year, years) : reasonFor("no-release");
        return { code: m.code, name: m.name, officialName: m.officialName, reason };
      });
  }

  /** The kind of a release the dataset holds. */
  kindOf(id: string): ReleaseKind | undefined {
    return this.#entries().byId.get(id)?.state.kind;
  }

  /** The inputs key of a release as now on disk (null while it cannot be approved). */
  inputs(id: string): ReleaseInputs | null {
    return this.#snapshot.stale ? null : this.#inputsOf(id);
  }

  /**
   * What an existing approval is judged against: the inputs as now on disk,
   * or while the latest load failed, those of the last good load (`lastGood`).
   * Null when they cannot be known (there never was a good load, or the
   * kind's templates do not load): then an approval can be neither confirmed
   * nor called changed.
   */
  reviewInputs(id: string): { inputs: ReleaseInputs; lastGood: boolean } | null {
    const s = this.#snapshot;
    if (s.partial) return null;
    const inputs = this.#inputsOf(id);
    return inputs === null ? null : { inputs, lastGood: s.stale };
  }

  /** The inputs key of a release in the snapshot's dataset (the last good one while stale). */
  #inputsOf(id: string): ReleaseInputs | null {
    const s = this.#snapshot;
    const e = this.#entries().byId.get(id);
    if (s.dataset === null || e === undefined || e.state.resources === null) return null;
    const editorial = e.state.kind.editorialFiles ? (s.editorialHashes.get(id) ?? null) : null;
    return approvalInputs(e.session.dataHash(e.target), editorial, e.state.templatesHash);
  }

  /** One release, generated (cached until the inputs change). */
  async release(id: string): Promise<ReleaseView | null> {
    const s = this.#snapshot;
    const cached = this.#views.get(id);
    if (cached && cached.id === s.id) return cached.view;
    const e = this.#entries().byId.get(id);
    if (e === undefined) return null;
    const view = this.#generate(e);
    this.#views.set(id, { id: s.id, view });
    return view;
  }

  #generate(e: Entry): ReleaseView {
    const id = e.target.id;
    const last = this.#lastGood.get(id);
    const failed = (errors: Message[]): ReleaseView => {
      const result = last?.result ?? null;
      return { target: e.target, kind: e.state.kind, result, errors, stale: true, inputs: null, warnings: result?.releaseWarnings ?? [], highlights: result?.highlights ?? [] };
    };
    if (e.state.resources === null) return failed(e.state.errors);
    try {
      const result = e.session.generate(e.target);
      this.#lastGood.set(id, { result, html: null, previousHtml: last?.html ?? last?.previousHtml ?? null });
      const inputs = this.inputs(id);
      return { target: e.target, kind: e.state.kind, result, errors: [], stale: this.#snapshot.stale, inputs, warnings: result.releaseWarnings, highlights: result.highlights };
    } catch (err) {
      return failed(errorMessages(err, this.config.data));
    }
  }

  /**
   * The release's HTML page (rendered once per release and inputs). When it
   * cannot be rendered, the last good page and the errors.
   */
  async page(id: string): Promise<ReleasePage | null> {
    const view = await this.release(id);
    if (view === null) return null;
    const last = this.#lastGood.get(id);
    if (view.result === null || last === undefined || last.result !== view.result) return { view, html: null, errors: view.errors };
    if (last.html !== null) return { view, html: last.html, errors: view.errors };
    const resources = this.#entries().byId.get(id)?.state.resources ?? null;
    if (resources === null) return { view, html: last.previousHtml, errors: view.errors };
    try {
      const html = await view.result.html({ html: resources.html, dataFile: this.config.data });
      this.#lastGood.set(id, { result: view.result, html, previousHtml: last.previousHtml });
      return { view, html, errors: view.errors };
    } catch (err) {
      const errors = [...view.errors, ...errorMessages(err, this.config.data)];
      return { view: { ...view, stale: true, inputs: null }, html: last.previousHtml, errors };
    }
  }

  /** Every release of the data (for the index): kind by kind in the kinds' order, each kind's by id. */
  async releases(): Promise<ReleaseView[]> {
    const s = this.#snapshot;
    if (this.#summaries && this.#summaries.id === s.id) return this.#summaries.list;
    const list: ReleaseView[] = [];
    for (const e of this.#entries().order) {
      const view = await this.release(e.target.id);
      if (view) list.push(view);
    }
    this.#summaries = { id: s.id, list };
    return list;
  }

  /** The editorial content of a release with an editorial file: as merged now, and the data file's own. */
  editorial(id: string): { current: Release | undefined; base: Release | undefined } {
    const s = this.#snapshot;
    const current = s.dataset?.municipalities.find((m) => m.code === id)?.release;
    return { current, base: s.baseReleases.get(id) };
  }

  /** Errors the release would have with this editorial content in place of its own (nothing is written). */
  trialRender(id: string, release: Release): Message[] {
    const s = this.#snapshot;
    const e = this.#entries().byId.get(id);
    if (s.dataset === null || e === undefined || e.state.resources === null) return [];
    const municipalities = s.dataset.municipalities.map((m) => (m.code === id ? { ...m, release } : m));
    try {
      e.state.kind.open({ ...s.dataset, municipalities }, e.state.resources).generate(e.target);
      return [];
    } catch (err) {
      if (err instanceof KommunpressError) return err.messages;
      return [messageFor("unexpected/detail", {}, err instanceof Error ? err.message : String(err))];
    }
  }
}
