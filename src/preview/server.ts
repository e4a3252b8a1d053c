// preview server: a local node:http server (127.0.0.1 only) over the preview
// state. Reading is GET, changing is POST from our own pages; every response
// has a CSP. Pages reload themselves (Server-Sent Events) when the data,
// editorial files, templates or phrase bank change on disk.
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { approvalState, ApprovalStore, ApprovalsFileError, findEditorialFile, type Approval, type ApprovalState } from "../write/approvals.js";
import { mergeRelease } from "../load/editorial.js";
import { formatMessage, KommunpressError, type Message } from "../messages.js";
import { NATIONAL_FOLDER, nationalClaimsJson, nationalPdfMeta, type GeneratedNational } from "../kinds/national/release.js";
import { municipalityClaimsJson, municipalityPdfMeta } from "../kinds/municipality/kind.js";
import { TEMPLATES_DIR } from "../paths.js";
import type { ReleaseInputs } from "../write/inputs.js";
import type { PdfMeta } from "../render/pdf.js";
import type { Dataset } from "../schema.js";
import { generateRelease, type GeneratedRelease } from "../kinds/municipality/release.js";
import { browserMissingMessage, type BrowserSession } from "../render/browser.js";
import type { Rank } from "../analyse/municipality.js";
import { nationalSentenceViews, sentenceViews } from "../render/claims-view.js";
import { applyAction, formFromRelease, parseEditorForm, saveEditorial, type EditorForm, type FieldError } from "./editor.js";
import type { SafeHtml } from "./html.js";
import {
  claimsTab,
  editorTab,
  errorBody,
  indexBody,
  layout,
  markdownTab,
  noRender,
  pdfTab,
  releaseBody,
  webTab,
  type IndexFilters,
  type IndexRow,
  type ReviewStatus,
  type Tab,
} from "./pages.js";
import { PdfService } from "./pdf.js";
import { checkHost, checkSameOrigin, FormToken, HttpError, nonce, parseTarget, readForm, resolveInside, type Target } from "./security.js";
import { PreviewState, type NationalView, type PreviewConfig, type ReleaseView } from "./state.js";
import { watchInputs, type InputWatcher, type WatchTarget } from "./watch.js";

export const DEFAULT_PORT = 4173;
export const HOST = "127.0.0.1";
/** The preview's own static files (its stylesheet). */
export const STATIC_ROOT = path.join(TEMPLATES_DIR, "preview");

export interface PreviewServerOptions extends PreviewConfig {
  /** Port on 127.0.0.1 (default 4173; 0: any free port). */
  port?: number;
  /** `--browser <path>` for PDFs. */
  browser?: string;
  /** For tests: opens the PDF browser session. */
  openBrowser?: () => Promise<BrowserSession>;
  /** Swedish log lines (reloads that failed, recovered). */
  log?: (line: string) => void;
  /** Wait after the last file event before reloading (default 60 ms). */
  debounceMs?: number;
}

export interface PreviewServer {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  port: number;
  state: PreviewState;
  approvals: ApprovalStore;
  /** Whether the PDF browser was started. */
  readonly pdfStarted: boolean;
  /** Open live-reload connections (pages listening for changes). */
  readonly listeners: number;
  /** Re-reads the inputs now (what the file watcher does). */
  refresh(): Promise<boolean>;
  close(): Promise<void>;
}

const BASE_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  // Not no-referrer: with it, browsers send `Origin: null` on a same-origin
  // form POST, which the origin check must refuse. same-origin still sends
  // nothing to other sites.
  "Referrer-Policy": "same-origin",
  "Cache-Control": "no-store",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};

/** Our pages: only our own script (by nonce), stylesheet, frames and event stream; never framed by others. */
function pageCsp(n: string, framedBy: "'none'" | "'self'" = "'none'"): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${n}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "frame-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${framedBy}`,
  ].join("; ");
}

/** A release page in its frame: no scripts, no forms, nothing fetched, sandboxed. */
const RELEASE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

const STATIC_TYPES: Record<string, string> = { ".css": "text/css; charset=utf-8" };

const FILE_ROUTES: Record<string, "html" | "md" | "json" | "pdf"> = {
  "pressmeddelande.html": "html",
  "pressmeddelande.md": "md",
  "pressmeddelande.json": "json",
  "pressmeddelande.pdf": "pdf",
};

const TAB_ROUTES: Record<string, Tab> = { markdown: "markdown", pdf: "pdf", pastaenden: "pastaenden", redigera: "redigera" };

/** A route table's own entry only (not "constructor", "__proto__" and the like from the prototype). */
function routeOf<T>(table: Record<string, T>, segment: string): T | undefined {
  return Object.hasOwn(table, segment) ? table[segment] : undefined;
}

const FLASH: Record<string, string> = {
  sparat: "Texterna är sparade.",
  godkant: "Pressmeddelandet är godkänt.",
  aterkallat: "Godkännandet är återkallat.",
  oforandrat: "Inget ändrades: texterna var redan sparade så.",
};

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  const data = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(status, { ...BASE_HEADERS, "Content-Type": type, "Content-Length": String(data.byteLength), ...headers });
  res.end(data);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { ...BASE_HEADERS, Location: location, "Content-Length": "0" });
  res.end();
}

function allow(method: string | undefined, allowed: readonly string[]): void {
  if (!allowed.includes(method ?? "")) throw new HttpError(405, "Metoden stöds inte här.", { Allow: allowed.join(", ") });
}

const GET = ["GET", "HEAD"] as const;

/** Starts the preview server; resolves once it listens. */
export async function startPreview(opts: PreviewServerOptions): Promise<PreviewServer> {
  const state = new PreviewState(opts);
  const approvals = new ApprovalStore(opts.data);
  const token = new FormToken();
  const pdf = new PdfService({ ...(opts.browser ? { browser: opts.browser } : {}), ...(opts.openBrowser ? { openBrowser: opts.openBrowser } : {}) });
  const log = opts.log ?? (() => undefined);
  const clients = new Set<ServerResponse>();
  let port = 0;
  let closing: Promise<void> | undefined;

  await state.reload(true);

  // ------------------------------------------------------------ changes

  let lastErrors = "";
  const reportLoad = (): void => {
    const s = state.snapshot;
    const text = s.errors.map(formatMessage).join("\n");
    if (text === lastErrors) return;
    if (text !== "") log(`Fel i underlaget${s.dataset ? " (den senaste fungerande versionen visas)" : ""}:\n${text}`);
    else if (lastErrors !== "") log("Felen är rättade.");
    lastErrors = text;
  };
  reportLoad();

  // What a page shows depends on the inputs and on the approvals.
  let approvalsRevision = 0;
  const version = (): string => `${state.snapshot.id}-${approvalsRevision}`;
  const broadcast = (): void => {
    const message = `event: version\ndata: ${version()}\n\n`;
    for (const c of clients) c.write(message);
  };

  const watchTargets = (): WatchTarget[] => {
    const dataDir = path.dirname(path.resolve(opts.data));
    const editorialDir = path.resolve(state.editorialDir);
    const names = new Set([path.basename(opts.data)]);
    if (path.dirname(editorialDir) === dataDir) names.add(path.basename(editorialDir));
    const targets: WatchTarget[] = [{ dir: dataDir, names }];
    targets.push({ dir: editorialDir });
    if (path.dirname(editorialDir) !== dataDir) targets.push({ dir: path.dirname(editorialDir), names: new Set([path.basename(editorialDir)]) });
    for (const dir of state.templateDirs()) targets.push({ dir }, { dir: path.join(dir, "partials") });
    return targets;
  };

  let watcher: InputWatcher | undefined;
  const refresh = async (): Promise<boolean> => {
    const changed = await state.reload();
    if (changed) {
      reportLoad();
      broadcast();
    }
    watcher?.update(watchTargets());
    return changed;
  };
  watcher = watchInputs(() => {
    void refresh().catch((err: unknown) => log(`Kunde inte läsa om: ${err instanceof Error ? err.message : String(err)}`));
  }, opts.debounceMs);
  watcher.update(watchTargets());

  const heartbeat = setInterval(() => {
    for (const c of clients) c.write(": ping\n\n");
  }, 20_000);
  heartbeat.unref();

  // ------------------------------------------------------------- pages

  const page = (res: ServerResponse, status: number, title: string, body: SafeHtml, live: boolean): void => {
    const n = nonce();
    const s = state.snapshot;
    const text = layout({ title, nonce: n, version: live ? version() : null, dataErrors: s.errors, stale: s.stale, body });
    send(res, status, "text/html; charset=utf-8", text, { "Content-Security-Policy": pageCsp(n), "X-Frame-Options": "DENY" });
  };

  const errorPage = (res: ServerResponse, err: HttpError): void => {
    const n = nonce();
    const text = layout({ title: "Fel", nonce: n, version: null, dataErrors: [], stale: false, body: errorBody(err.status, err.message) });
    // An error page may show inside our own frame (a PDF that could not be made).
    send(res, err.status, "text/html; charset=utf-8", text, {
      "Content-Security-Policy": pageCsp(n, "'self'"),
      "X-Frame-Options": "SAMEORIGIN",
      ...err.headers,
    });
  };

  /** An approval against the release's current inputs (unchecked while the data cannot be read). */
  const reviewFor = (view: ReleaseView, approval: Approval | undefined): ApprovalState => {
    const inputs = view.inputs ?? state.inputs(view.code);
    if (inputs === null) return approval ? { status: "approved", approval } : { status: "none" };
    return approvalState(approval, inputs);
  };

  const reviewOf = async (view: ReleaseView): Promise<ApprovalState> => reviewFor(view, (await approvals.read()).approvals[view.code]);

  const nationalReviewFor = (view: NationalView, approval: Approval | undefined): ApprovalState => {
    const inputs = view.inputs ?? state.nationalInputs();
    if (inputs === null) return approval ? { status: "approved", approval } : { status: "none" };
    return approvalState(approval, inputs);
  };

  const reviewText = (r: ApprovalState): { status: ReviewStatus; text: string } =>
    r.status === "approved"
      ? { status: "godkand", text: "Godkänd" }
      : r.status === "changed"
        ? { status: "andrad", text: "Ändrad efter godkännande" }
        : { status: "ej", text: "Inte godkänd" };

  const indexPage = async (res: ServerResponse, target: Target): Promise<void> => {
    const s = state.snapshot;
    const views = await state.releases();
    const { approvals: all } = await approvals.read();
    const q = (target.query.get("q") ?? "").trim().slice(0, 200);
    const w = target.query.get("varningar");
    const g = target.query.get("granskning");
    const filters: IndexFilters = {
      q,
      warnings: w === "med" || w === "utan" ? w : "alla",
      review: g === "godkand" || g === "andrad" || g === "ej" ? g : "alla",
    };
    const needle = q.toLocaleLowerCase("sv");
    const rows: IndexRow[] = [];
    // The national summary first, when the data has one.
    const national = await state.national();
    if (national !== null) {
      const rt = reviewText(nationalReviewFor(national, all[NATIONAL_FOLDER]));
      const matches =
        (needle === "" || "riket".includes(needle) || NATIONAL_FOLDER.includes(needle)) &&
        !(filters.warnings === "med" && national.warnings.length === 0) &&
        !(filters.warnings === "utan" && national.warnings.length > 0) &&
        (filters.review === "alla" || filters.review === rt.status);
      if (matches) {
        rows.push({
          code: NATIONAL_FOLDER,
          name: "Riket",
          officialName: "Riket",
          headline: national.result?.claims.headline ?? null,
          warnings: national.warnings,
          error: national.errors[0] ? national.errors[0].reason : null,
          review: rt.status,
          reviewText: rt.text,
          national: true,
        });
      }
    }
    for (const v of views) {
      const m = v.municipality;
      if (needle !== "" && !m.code.includes(needle) && !m.name.toLocaleLowerCase("sv").includes(needle) && !m.officialName.toLocaleLowerCase("sv").includes(needle)) {
        continue;
      }
      if (filters.warnings === "med" && v.warnings.length === 0) continue;
      if (filters.warnings === "utan" && v.warnings.length > 0) continue;
      const rt = reviewText(reviewFor(v, all[v.code]));
      if (filters.review !== "alla" && filters.review !== rt.status) continue;
      rows.push({
        code: m.code,
        name: m.name,
        officialName: m.officialName,
        headline: v.result?.claims.headline ?? null,
        warnings: v.warnings.map((x) => x.text),
        error: v.errors[0] ? v.errors[0].reason : null,
        review: rt.status,
        reviewText: rt.text,
      });
    }
    const body = indexBody({
      surveyName: s.dataset ? (s.dataset.survey.shortName ?? s.dataset.survey.name) : null,
      year: s.dataset?.survey.year ?? null,
      dataFile: opts.data,
      approvalsFile: approvals.file,
      editorialDir: state.editorialDir,
      rows,
      total: views.length + (national !== null ? 1 : 0),
      filters,
      excluded: s.excluded.map((e) => ({ code: e.code, name: e.name, reason: e.messages.map(formatMessage).join("; ") })),
    });
    page(res, 200, "Alla pressmeddelanden", body, true);
  };

  const frame = async (
    view: ReleaseView,
    tab: Tab,
    flash: string | null,
    extraErrors: Message[] = [],
  ): Promise<Parameters<typeof releaseBody>[0]> => {
    const review = await reviewOf(view);
    const s = state.snapshot;
    const errors = [...view.errors, ...extraErrors];
    const key = !s.stale && errors.length === 0 && view.inputs !== null && view.result !== null ? view.inputs.key : null;
    const cannotApprove = s.stale
      ? "Kan inte godkännas medan underlaget har fel."
      : errors.length > 0 || view.result === null
        ? "Kan inte godkännas medan pressmeddelandet inte går att göra."
        : null;
    return {
      code: view.code,
      name: view.municipality.name,
      officialName: view.municipality.officialName,
      headline: view.result?.claims.headline ?? null,
      tab,
      token: token.value,
      review,
      key,
      cannotApprove,
      releaseErrors: errors,
      warnings: view.warnings.map((w) => w.text),
      flash,
    };
  };

  const releaseView = async (code: string): Promise<ReleaseView> => {
    const view = await state.release(code);
    if (view === null) {
      const excluded = state.snapshot.excluded.find((e) => e.code === code);
      if (excluded) throw new HttpError(409, `Pressmeddelandet för ${code} kan inte göras: ${excluded.messages.map(formatMessage).join("; ")}`);
      throw new HttpError(404, `Det finns inget pressmeddelande för ${code}.`);
    }
    return view;
  };

  /** A rendered page printed through the shared browser; a Swedish reason when it cannot be. */
  const printPage = async <R,>(
    p: { html: string | null; view: { result: R | null } } | null | undefined,
    meta: (dataset: Dataset, result: R) => PdfMeta,
  ): Promise<{ pdf: Uint8Array | null; error: string | null }> => {
    const dataset = state.snapshot.dataset;
    if (!p || p.html === null || p.view.result === null || dataset === null) return { pdf: null, error: "Det finns ingen version att skapa PDF av." };
    try {
      return { pdf: await pdf.render(p.html, meta(dataset, p.view.result)), error: null };
    } catch (err) {
      if (err instanceof KommunpressError) {
        const missing = err.messages.some((m) => m.ruleId === "browser-missing");
        return { pdf: null, error: missing ? browserMissingMessage() : err.messages.map(formatMessage).join("\n") };
      }
      return { pdf: null, error: err instanceof Error ? err.message : String(err) };
    }
  };

  const renderPdf = async (view: ReleaseView): Promise<{ pdf: Uint8Array | null; error: string | null }> =>
    printPage(await state.page(view.code), municipalityPdfMeta);

  const releaseTab = async (res: ServerResponse, code: string, tab: Tab, target: Target): Promise<void> => {
    const view = await releaseView(code);
    const flashKey = target.query.get("klart");
    const flash = flashKey !== null ? (routeOf(FLASH, flashKey) ?? null) : null;
    const title = view.municipality.officialName;
    let content: SafeHtml;
    let extraErrors: Message[] = [];
    if (tab === "webbsida") {
      const p = await state.page(code);
      extraErrors = p ? p.errors.filter((e) => !view.errors.includes(e)) : [];
      content = p?.html ? webTab(code, view.result?.claims.headline ?? title) : noRender();
    } else if (tab === "markdown") {
      content = view.result ? markdownTab(code, view.result.markdown) : noRender();
    } else if (tab === "pastaenden") {
      const dataset = state.snapshot.dataset;
      content = view.result && dataset ? claimsTab(code, sentenceViews(view.result.claims, dataset)) : noRender();
    } else if (tab === "pdf") {
      const r = await renderPdf(view);
      content = pdfTab(code, view.result?.claims.headline ?? title, r.error);
    } else {
      content = await editor(code, formFromRelease(view.municipality.release), []);
    }
    const f = await frame(view, tab, flash, extraErrors);
    // The edit form does not reload itself: that would throw away what is being typed.
    page(res, 200, `${view.municipality.name}: ${tabTitle(tab)}`, releaseBody(f, content), tab !== "redigera");
  };

  const editor = async (code: string, form: EditorForm, errors: FieldError[]): Promise<SafeHtml> => {
    const base = state.snapshot.baseReleases.get(code);
    // The file the form writes: the existing one (.yaml, .yml or .json) or a new <code>.yaml.
    const existing = await findEditorialFile(state.editorialDir, code);
    return editorTab({
      code,
      token: token.value,
      form,
      errors,
      file: existing?.file ?? path.join(state.editorialDir, `${code}.yaml`),
      baseHasAbout: base?.about !== undefined,
    });
  };


  // ------------------------------------------------------------ writes

  const saveTexts = async (req: IncomingMessage, res: ServerResponse, code: string): Promise<void> => {
    const body = await readForm(req);
    token.check(body);
    const view = await releaseView(code);
    const { form, action } = parseEditorForm(body);
    if (action.kind !== "save") {
      const f = await frame(view, "redigera", null);
      page(res, 200, `${view.municipality.name}: ${tabTitle("redigera")}`, releaseBody(f, await editor(code, applyAction(form, action), [])), false);
      return;
    }
    const base = state.snapshot.baseReleases.get(code);
    const result = await saveEditorial({
      dir: state.editorialDir,
      code,
      form,
      base,
      header: ` Redaktionellt innehåll för ${view.municipality.officialName} (${code}).\n Fälten ersätter motsvarande fält under release i datafilen.`,
      check: (release) => trialRender(code, mergeRelease(base, release)),
    });
    if (!result.ok) {
      const f = await frame(view, "redigera", null);
      page(res, 422, `${view.municipality.name}: ${tabTitle("redigera")}`, releaseBody(f, await editor(code, form, result.errors)), false);
      return;
    }
    await refresh();
    redirect(res, `/kommun/${code}?klart=${result.changed ? "sparat" : "oforandrat"}`);
  };

  /** Errors a release would have with this editorial content (nothing is written). */
  const trialRender = (code: string, release: ReturnType<typeof mergeRelease>): Message[] => {
    const s = state.snapshot;
    const m = state.municipality(code);
    if (s.dataset === null || s.resources === null || m === undefined) return [];
    const changed = { ...m, release };
    const dataset = { ...s.dataset, municipalities: s.dataset.municipalities.map((x) => (x.code === code ? changed : x)) };
    try {
      generateRelease(dataset, changed, { resources: s.resources, ranks: s.ranks as Map<string, Map<string, Rank>> });
      return [];
    } catch (err) {
      if (err instanceof KommunpressError) return err.messages;
      return [{ ruleId: "unexpected", severity: "error", reason: err instanceof Error ? err.message : String(err) }];
    }
  };



  // ------------------------------------------------------------ files and reviews
  // The same for a municipality's release and riket's: `id` is the code or
  // "riket", `view` what is on disk now.

  interface Served<R> {
    view: () => Promise<{ errors: readonly Message[]; inputs: ReleaseInputs | null; result: R | null }>;
    page: () => Promise<{ html: string | null } | null | undefined>;
    json: (result: R) => string;
    pdf: () => Promise<{ pdf: Uint8Array | null; error: string | null }>;
  }

  const serveFile = async <R extends { markdown: string }>(
    res: ServerResponse,
    id: string,
    kind: "html" | "md" | "json" | "pdf",
    src: Served<R>,
  ): Promise<void> => {
    const view = await src.view();
    if (kind === "html") {
      const p = await src.page();
      if (!p?.html) throw new HttpError(404, "Det finns ingen version av pressmeddelandet att visa.");
      send(res, 200, "text/html; charset=utf-8", p.html, { "Content-Security-Policy": RELEASE_CSP, "X-Frame-Options": "SAMEORIGIN" });
      return;
    }
    if (!view.result) throw new HttpError(404, "Det finns ingen version av pressmeddelandet att visa.");
    const frameHeaders = { "Content-Security-Policy": "default-src 'none'; frame-ancestors 'self'; sandbox", "X-Frame-Options": "SAMEORIGIN" };
    if (kind === "md") send(res, 200, "text/markdown; charset=utf-8", view.result.markdown, frameHeaders);
    else if (kind === "json") send(res, 200, "application/json; charset=utf-8", src.json(view.result), frameHeaders);
    else {
      const r = await src.pdf();
      if (r.pdf === null) throw new HttpError(503, r.error ?? "PDF:en kunde inte skapas.");
      send(res, 200, "application/pdf", r.pdf, {
        "Content-Disposition": `inline; filename="pressmeddelande-${id}.pdf"`,
        "Content-Security-Policy": "frame-ancestors 'self'",
        "X-Frame-Options": "SAMEORIGIN",
      });
    }
  };

  const approvalsWrite = async (write: () => Promise<unknown>): Promise<void> => {
    try {
      await write();
    } catch (err) {
      if (err instanceof ApprovalsFileError) throw new HttpError(409, `${err.message} (${approvals.file}). Rätta eller ta bort filen.`);
      throw err;
    }
    approvalsRevision++;
    broadcast();
  };

  const approveRelease = async <R extends { claims: { headline: string } }>(
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    src: Pick<Served<R>, "view">,
  ): Promise<void> => {
    const body = await readForm(req);
    token.check(body);
    // What is on disk now, not what the watcher last saw.
    await refresh();
    const view = await src.view();
    if (state.snapshot.stale || view.errors.length > 0 || view.result === null || view.inputs === null) {
      throw new HttpError(409, "Pressmeddelandet kan inte godkännas just nu: underlaget eller pressmeddelandet har fel.");
    }
    if (body.get("nyckel") !== view.inputs.key) {
      throw new HttpError(409, "Pressmeddelandet har ändrats sedan sidan visades. Gå tillbaka, granska den nya versionen och godkänn den.");
    }
    const { inputs, result } = view;
    await approvalsWrite(() => approvals.approve(id, inputs, result.claims.headline));
    redirect(res, `/kommun/${id}?klart=godkant`);
  };

  const withdrawRelease = async <R,>(req: IncomingMessage, res: ServerResponse, id: string, src: Pick<Served<R>, "view">): Promise<void> => {
    const body = await readForm(req);
    token.check(body);
    await src.view();
    await approvalsWrite(() => approvals.withdraw(id));
    redirect(res, `/kommun/${id}?klart=aterkallat`);
  };

  const served = (code: string): Served<GeneratedRelease> => ({
    view: () => releaseView(code),
    page: () => state.page(code),
    json: municipalityClaimsJson,
    pdf: async () => renderPdf(await releaseView(code)),
  });

  // ------------------------------------------------------------ riket

  const nationalView = async (): Promise<NationalView> => {
    const view = await state.national();
    if (view === null) throw new HttpError(404, "Det finns inget pressmeddelande för riket: datafilen har inga värden för riket och inte resultat för alla deltagande kommuner.");
    return view;
  };

  const nationalFrame = async (view: NationalView, tab: Tab, flash: string | null, extraErrors: Message[] = []): Promise<Parameters<typeof releaseBody>[0]> => {
    const review = nationalReviewFor(view, (await approvals.read()).approvals[NATIONAL_FOLDER]);
    const s = state.snapshot;
    const errors = [...view.errors, ...extraErrors];
    const key = !s.stale && errors.length === 0 && view.inputs !== null && view.result !== null ? view.inputs.key : null;
    const cannotApprove = s.stale
      ? "Kan inte godkännas medan underlaget har fel."
      : errors.length > 0 || view.result === null
        ? "Kan inte godkännas medan pressmeddelandet inte går att göra."
        : null;
    return {
      code: NATIONAL_FOLDER,
      name: "Riket",
      officialName: "Riket",
      headline: view.result?.claims.headline ?? null,
      tab,
      token: token.value,
      review,
      key,
      cannotApprove,
      releaseErrors: errors,
      warnings: view.warnings,
      flash,
      national: true,
    };
  };

  const renderNationalPdf = async (): Promise<{ pdf: Uint8Array | null; error: string | null }> =>
    printPage(await state.nationalPage(), nationalPdfMeta);

  const nationalTab = async (res: ServerResponse, tab: Exclude<Tab, "redigera">, target: Target): Promise<void> => {
    const view = await nationalView();
    const flashKey = target.query.get("klart");
    const flash = flashKey !== null ? (routeOf(FLASH, flashKey) ?? null) : null;
    const title = "Riket";
    let content: SafeHtml;
    let extraErrors: Message[] = [];
    if (tab === "webbsida") {
      const p = await state.nationalPage();
      extraErrors = p ? p.errors.filter((e) => !view.errors.includes(e)) : [];
      content = p?.html ? webTab(NATIONAL_FOLDER, view.result?.claims.headline ?? title) : noRender();
    } else if (tab === "markdown") {
      content = view.result ? markdownTab(NATIONAL_FOLDER, view.result.markdown) : noRender();
    } else if (tab === "pastaenden") {
      const dataset = state.snapshot.dataset;
      content = view.result && dataset ? claimsTab(NATIONAL_FOLDER, nationalSentenceViews(view.result.claims, dataset), true) : noRender();
    } else {
      const r = await renderNationalPdf();
      content = pdfTab(NATIONAL_FOLDER, view.result?.claims.headline ?? title, r.error);
    }
    const f = await nationalFrame(view, tab, flash, extraErrors);
    page(res, 200, `Riket: ${tabTitle(tab)}`, releaseBody(f, content), true);
  };


  const nationalServed: Served<GeneratedNational> = {
    view: () => nationalView(),
    page: () => state.nationalPage(),
    json: nationalClaimsJson,
    pdf: () => renderNationalPdf(),
  };

  /** /kommun/riket/…: the same tabs and files as a municipality's, without the edit form. */
  const nationalRoute = async (req: IncomingMessage, res: ServerResponse, sub: string | undefined, target: Target): Promise<void> => {
    if (sub === undefined) {
      allow(req.method, GET);
      return nationalTab(res, "webbsida", target);
    }
    const tab = routeOf(TAB_ROUTES, sub);
    if (tab !== undefined && tab !== "redigera") {
      allow(req.method, GET);
      return nationalTab(res, tab, target);
    }
    if (sub === "godkann" || sub === "aterkalla") {
      allow(req.method, ["POST"]);
      checkSameOrigin(req, port);
      return sub === "godkann" ? approveRelease(req, res, NATIONAL_FOLDER, nationalServed) : withdrawRelease(req, res, NATIONAL_FOLDER, nationalServed);
    }
    const kind = routeOf(FILE_ROUTES, sub);
    if (kind !== undefined) {
      allow(req.method, GET);
      return serveFile(res, NATIONAL_FOLDER, kind, nationalServed);
    }
    throw new HttpError(404, "Sidan finns inte.");
  };

  // ----------------------------------------------------------- routing

  const events = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, {
      ...BASE_HEADERS,
      "Content-Type": "text/event-stream; charset=utf-8",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    });
    res.write(`retry: 500\nevent: version\ndata: ${version()}\n\n`);
    clients.add(res);
    req.on("close", () => clients.delete(res));
  };

  const staticFile = async (res: ServerResponse, segments: string[]): Promise<void> => {
    const file = await resolveInside(STATIC_ROOT, segments);
    const type = file ? STATIC_TYPES[path.extname(file).toLowerCase()] : undefined;
    if (!file || !type) throw new HttpError(404, "Filen finns inte.");
    send(res, 200, type, await readFile(file), { "Content-Security-Policy": "default-src 'none'" });
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    checkHost(req, port);
    const target = parseTarget(req.url);
    const [first, code, sub, ...rest] = target.segments;
    if (first === undefined) {
      allow(req.method, GET);
      return indexPage(res, target);
    }
    if (first === "handelser" && code === undefined) {
      allow(req.method, ["GET"]);
      return events(req, res);
    }
    if (first === "statisk" && code !== undefined) {
      allow(req.method, GET);
      return staticFile(res, target.segments.slice(1));
    }
    if (first === "kommun" && code !== undefined && rest.length === 0) {
      // Only codes of this dataset's releases: nothing else reaches a file name or a path.
      if (!state.knownCode(code)) throw new HttpError(404, "Det finns inget pressmeddelande med den koden i datafilen.");
      if (code === NATIONAL_FOLDER) return nationalRoute(req, res, sub, target);
      if (sub === undefined) {
        allow(req.method, GET);
        return releaseTab(res, code, "webbsida", target);
      }
      const tab = routeOf(TAB_ROUTES, sub);
      if (tab === "redigera") {
        allow(req.method, [...GET, "POST"]);
        if (req.method === "POST") {
          checkSameOrigin(req, port);
          return saveTexts(req, res, code);
        }
        return releaseTab(res, code, tab, target);
      }
      if (tab !== undefined) {
        allow(req.method, GET);
        return releaseTab(res, code, tab, target);
      }
      if (sub === "godkann" || sub === "aterkalla") {
        allow(req.method, ["POST"]);
        checkSameOrigin(req, port);
        return sub === "godkann" ? approveRelease(req, res, code, served(code)) : withdrawRelease(req, res, code, served(code));
      }
      const kind = routeOf(FILE_ROUTES, sub);
      if (kind !== undefined) {
        allow(req.method, GET);
        return serveFile(res, code, kind, served(code));
      }
    }
    throw new HttpError(404, "Sidan finns inte.");
  };

  const server: Server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) {
        errorPage(res, err);
        return;
      }
      log(`Oväntat fel vid ${req.method ?? "?"} ${req.url ?? "?"}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      errorPage(res, new HttpError(500, "Något gick fel i förhandsgranskningen. Se terminalen för detaljer."));
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      watcher?.close();
      clearInterval(heartbeat);
      reject(
        err.code === "EADDRINUSE"
          ? new KommunpressError([{ ruleId: "port-in-use", severity: "error", reason: `porten ${opts.port ?? DEFAULT_PORT} används redan; välj en annan med --port` }], 2)
          : err,
      );
    };
    server.once("error", onError);
    server.listen(opts.port ?? DEFAULT_PORT, HOST, () => {
      server.off("error", onError);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  const close = (): Promise<void> => {
    closing ??= (async () => {
      watcher?.close();
      clearInterval(heartbeat);
      for (const c of clients) c.end();
      clients.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await Promise.all([closed, pdf.close()]);
    })();
    return closing;
  };

  return {
    url: `http://${HOST}:${port}/`,
    port,
    state,
    approvals,
    get pdfStarted() {
      return pdf.started;
    },
    get listeners() {
      return clients.size;
    },
    refresh,
    close,
  };
}

function tabTitle(tab: Tab): string {
  return { webbsida: "webbsida", markdown: "Markdown", pdf: "PDF", pastaenden: "påståenden", redigera: "redigera texter" }[tab];
}
