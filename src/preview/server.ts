// preview server: a local node:http server (127.0.0.1 only) over the preview
// state. Reading is GET, changing is POST from our own pages; every response
// has a CSP. Pages reload themselves (Server-Sent Events) when the data,
// editorial files, templates or phrase bank change on disk. This module is
// the wiring; routes/table.ts says which handler answers what.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ApprovalStore } from "../write/approvals.js";
import { formatMessage, usageErrorFor } from "../messages.js";
import type { BrowserSession } from "../render/browser.js";
import { sendErrorPage, type PreviewContext } from "./context.js";
import { LiveReload } from "./live.js";
import { PdfService } from "./pdf.js";
import { PublishingFiles } from "./publishing.js";
import { route } from "./routes/table.js";
import { FormToken, HttpError, httpErrorFor } from "./security.js";
import { PreviewState, type PreviewConfig } from "./state.js";
import { watchInputs, type InputWatcher, type WatchTarget } from "./watch.js";

export { STATIC_ROOT } from "./routes/assets.js";

export const DEFAULT_PORT = 4173;
export const HOST = "127.0.0.1";

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
  /** Word files and share images rendered so far (not served from the cache). */
  readonly filesRendered: number;
  /** Open live-reload connections (pages listening for changes). */
  readonly listeners: number;
  /** Re-reads the inputs now (what the file watcher does). */
  refresh(): Promise<boolean>;
  close(): Promise<void>;
}

/** The folders that hold the inputs: the data file's, the editorial folder (and its parent, for it to appear), the templates. */
function watchTargets(data: string, state: PreviewState): WatchTarget[] {
  const dataDir = path.dirname(path.resolve(data));
  const editorialDir = path.resolve(state.editorialDir);
  const names = new Set([path.basename(data)]);
  if (path.dirname(editorialDir) === dataDir) names.add(path.basename(editorialDir));
  const targets: WatchTarget[] = [{ dir: dataDir, names }, { dir: editorialDir }];
  if (path.dirname(editorialDir) !== dataDir) targets.push({ dir: path.dirname(editorialDir), names: new Set([path.basename(editorialDir)]) });
  for (const dir of state.templateDirs()) targets.push({ dir }, { dir: path.join(dir, "partials") });
  return targets;
}

/** Logs the load's errors when they change, and when they are gone. */
function loadReporter(state: PreviewState, log: (line: string) => void): () => void {
  let lastErrors = "";
  return () => {
    const s = state.snapshot;
    const text = s.errors.map(formatMessage).join("\n");
    if (text === lastErrors) return;
    if (text !== "") log(`Fel i underlaget${s.dataset ? " (den senaste fungerande versionen visas)" : ""}:\n${text}`);
    else if (lastErrors !== "") log("Felen är rättade.");
    lastErrors = text;
  };
}

/** Listens on 127.0.0.1; a port in use is a usage error. */
function listen(server: Server, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      reject(
        err.code === "EADDRINUSE"
          ? usageErrorFor("port-in-use", port)
          : err,
      );
    };
    server.once("error", onError);
    server.listen(port, HOST, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

function httpServer(ctx: PreviewContext, log: (line: string) => void): Server {
  const server = createServer((req, res) => {
    route(ctx, req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) {
        sendErrorPage(res, err);
        return;
      }
      log(`Oväntat fel vid ${req.method ?? "?"} ${req.url ?? "?"}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      sendErrorPage(res, httpErrorFor("http-internal"));
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  return server;
}

/** Starts the preview server; resolves once it listens. */
export async function startPreview(opts: PreviewServerOptions): Promise<PreviewServer> {
  const state = new PreviewState(opts);
  const approvals = new ApprovalStore(opts.data);
  const pdf = new PdfService({ ...(opts.browser ? { browser: opts.browser } : {}), ...(opts.openBrowser ? { openBrowser: opts.openBrowser } : {}) });
  const log = opts.log ?? (() => undefined);
  await state.reload(true);
  const reportLoad = loadReporter(state, log);
  reportLoad();

  const live = new LiveReload(() => state.snapshot.id);
  let watcher: InputWatcher | undefined;
  const refresh = async (): Promise<boolean> => {
    const changed = await state.reload();
    if (changed) {
      reportLoad();
      live.broadcast();
    }
    watcher?.update(watchTargets(opts.data, state));
    return changed;
  };
  watcher = watchInputs(() => {
    void refresh().catch((err: unknown) => log(`Kunde inte läsa om: ${err instanceof Error ? err.message : String(err)}`));
  }, opts.debounceMs);
  watcher.update(watchTargets(opts.data, state));

  let port = 0;
  const publishing = new PublishingFiles();
  const ctx: PreviewContext = { config: opts, state, approvals, token: new FormToken(), pdf, publishing, live, port: () => port, refresh };
  const server = httpServer(ctx, log);
  try {
    await listen(server, opts.port ?? DEFAULT_PORT);
  } catch (err) {
    watcher.close();
    live.close();
    throw err;
  }
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      watcher?.close();
      live.close();
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
    get filesRendered() {
      return publishing.rendered;
    },
    get listeners() {
      return live.listeners;
    },
    refresh,
    close,
  };
}
