// preview context: what every route handler is given (the state, the
// approvals, the form token, the PDF printer, the configuration), and the
// page frame every HTML response is sent in.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApprovalStore } from "../write/approvals.js";
import type { SafeHtml } from "./html.js";
import { pageCsp, send } from "./http.js";
import type { LiveReload } from "./live.js";
import { errorBody, layout } from "./pages.js";
import type { PdfService } from "./pdf.js";
import type { PublishingFiles } from "./publishing.js";
import { nonce, type FormToken, type HttpError, type Target } from "./security.js";
import type { PreviewConfig, PreviewState } from "./state.js";

export interface PreviewContext {
  readonly config: PreviewConfig;
  readonly state: PreviewState;
  readonly approvals: ApprovalStore;
  readonly token: FormToken;
  readonly pdf: PdfService;
  /** Word file, share image and web text, rendered on request. */
  readonly publishing: PublishingFiles;
  readonly live: LiveReload;
  /** The port the server listens on (for the Host and Origin checks). */
  port(): number;
  /** Re-reads the inputs now; tells the pages when they changed. */
  refresh(): Promise<boolean>;
}

/** One request, as a handler sees it. */
export interface RouteRequest {
  req: IncomingMessage;
  res: ServerResponse;
  target: Target;
}

/** A request for one release (`/kommun/<id>/…`); the id is one the state knows. */
export interface ReleaseRequest extends RouteRequest {
  id: string;
}

/**
 * Sends one of our own pages; `live`: it reloads itself when the inputs or
 * approvals change; `scripts`: our own static scripts it loads (by nonce).
 */
export function sendPage(
  ctx: PreviewContext,
  res: ServerResponse,
  status: number,
  title: string,
  body: SafeHtml,
  live: boolean,
  scripts: readonly string[] = [],
): void {
  const n = nonce();
  const s = ctx.state.snapshot;
  const text = layout({ title, nonce: n, version: live ? ctx.live.version() : null, dataErrors: s.errors, stale: s.stale, body, scripts });
  send(res, status, "text/html; charset=utf-8", text, { "Content-Security-Policy": pageCsp(n), "X-Frame-Options": "DENY" });
}

export function sendErrorPage(res: ServerResponse, err: HttpError): void {
  const n = nonce();
  const text = layout({ title: "Fel", nonce: n, version: null, dataErrors: [], stale: false, body: errorBody(err.status, err.message) });
  // An error page may show inside our own frame (a PDF that could not be made).
  send(res, err.status, "text/html; charset=utf-8", text, {
    "Content-Security-Policy": pageCsp(n, "'self'"),
    "X-Frame-Options": "SAMEORIGIN",
    ...err.headers,
  });
}
