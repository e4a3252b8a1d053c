// A release's page and files, the same for every kind: the tabs (web page,
// Markdown, PDF, claims) in the review frame, and the files behind them.
import { reasonFor } from "../../catalogue.js";
import { approvalState, type Approval } from "../../write/approvals.js";
import { formatMessage, KommunpressError, type Message } from "../../messages.js";
import type { Generated, ReleaseTarget } from "../../kinds/kind.js";
import { browserMissingMessage } from "../../render/browser.js";
import type { PreviewContext, ReleaseRequest } from "../context.js";
import { sendPage } from "../context.js";
import type { SafeHtml } from "../html.js";
import { FRAMED_FILE_HEADERS, ownEntry, RELEASE_CSP, send } from "../http.js";
import { claimsTab, COPY_SCRIPT_URL, markdownTab, noRender, pdfTab, releaseBody, webTab, type ReleaseFrame, type Review, type ReviewStatus, type Tab } from "../pages.js";
import { httpErrorFor } from "../security.js";
import type { PublishingFormat } from "../publishing.js";
import type { ReleaseView } from "../state.js";

const FLASH: Record<string, string> = {
  sparat: "Texterna är sparade.",
  godkant: "Pressmeddelandet är godkänt.",
  aterkallat: "Godkännandet är återkallat.",
  oforandrat: "Inget ändrades: texterna var redan sparade så.",
};

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function tabTitle(tab: Tab): string {
  return { webbsida: "webbsida", markdown: "Markdown", pdf: "PDF", pastaenden: "påståenden", redigera: "redigera texter" }[tab];
}

/** The id beside the name, unless it only repeats the name ("riket"). */
export function showsId(t: ReleaseTarget): boolean {
  return t.id.toLocaleLowerCase("sv") !== t.name.toLocaleLowerCase("sv");
}

/** The release as now on disk; 409 for a municipality left out for errors, 404 (with the reason) for none. */
export async function releaseView(ctx: PreviewContext, id: string): Promise<ReleaseView> {
  const view = await ctx.state.release(id);
  if (view !== null) return view;
  const excluded = ctx.state.snapshot.excluded.find((e) => e.code === id);
  if (excluded) throw httpErrorFor("http-conflict/excluded", id, excluded.messages.map(formatMessage));
  const without = ctx.state.withoutRelease().find((m) => m.code === id);
  if (without) throw httpErrorFor("http-not-found/release-why", without.officialName, id, without.reason);
  throw httpErrorFor("http-not-found/release", id);
}

/**
 * An approval against the release's inputs: as now on disk, or while the
 * data cannot be read, as last read; never taken on trust ("unknown" when
 * there is nothing to judge it by).
 */
export function reviewFor(ctx: PreviewContext, view: ReleaseView, approval: Approval | undefined): Review {
  const judged = ctx.state.reviewInputs(view.target.id);
  if (judged === null) return approval ? { status: "unknown", approval } : { status: "none", lastGood: false };
  return { ...approvalState(approval, judged.inputs), lastGood: judged.lastGood };
}

export function reviewText(r: Review): { status: ReviewStatus; text: string } {
  if (r.status === "approved") return { status: "godkand", text: "Godkänd" };
  if (r.status === "changed") return { status: "andrad", text: "Ändrad efter godkännande" };
  if (r.status === "unknown") return { status: "okand", text: "Kan inte bedömas" };
  return { status: "ej", text: "Inte godkänd" };
}

/** The review frame around a tab: heading, errors, approval panel, tabs. */
export async function frame(ctx: PreviewContext, view: ReleaseView, tab: Tab, flash: string | null, extraErrors: Message[] = []): Promise<ReleaseFrame> {
  const review = reviewFor(ctx, view, (await ctx.approvals.read()).approvals[view.target.id]);
  const stale = ctx.state.snapshot.stale;
  const errors = [...view.errors, ...extraErrors];
  const key = !stale && errors.length === 0 && view.inputs !== null && view.result !== null ? view.inputs.key : null;
  const cannotApprove = stale
    ? "Kan inte godkännas medan underlaget har fel."
    : errors.length > 0 || view.result === null
      ? "Kan inte godkännas medan pressmeddelandet inte går att göra."
      : null;
  const t = view.target;
  return {
    code: t.id,
    name: t.name,
    officialName: t.officialName,
    headline: view.result?.headline ?? null,
    tab,
    token: ctx.token.value,
    review,
    key,
    cannotApprove,
    releaseErrors: errors,
    warnings: view.warnings.map((w) => w.text),
    highlights: view.highlights,
    flash,
    showId: showsId(t),
    editable: view.kind.editorialFiles,
    ...(view.kind.editedWhere !== undefined ? { editedWhere: view.kind.editedWhere } : {}),
  };
}

export interface TabOptions {
  status?: number;
  /** Errors of rendering the page, beside the release's own. */
  extraErrors?: Message[];
  /** Show the confirmation named in `?klart=` (default true). */
  flash?: boolean;
  /** Our own static scripts the tab loads. */
  scripts?: readonly string[];
}

/** Sends a tab of the release page; the edit form does not reload itself (that would throw away what is being typed). */
export async function sendTab(ctx: PreviewContext, r: ReleaseRequest, view: ReleaseView, tab: Tab, content: SafeHtml, opts: TabOptions = {}): Promise<void> {
  const flashKey = opts.flash === false ? null : r.target.query.get("klart");
  const flash = flashKey !== null ? (ownEntry(FLASH, flashKey) ?? null) : null;
  const f = await frame(ctx, view, tab, flash, opts.extraErrors);
  sendPage(ctx, r.res, opts.status ?? 200, `${view.target.name}: ${tabTitle(tab)}`, releaseBody(f, content), tab !== "redigera", opts.scripts);
}

/** The release's page printed through the shared browser; a Swedish reason when it cannot be. */
export async function printRelease(ctx: PreviewContext, id: string): Promise<{ pdf: Uint8Array | null; error: string | null }> {
  const p = await ctx.state.page(id);
  if (!p || p.html === null || p.view.result === null) return { pdf: null, error: reasonFor("nothing-to-print") };
  try {
    return { pdf: await ctx.pdf.render(p.html, p.view.result.pdfMeta()), error: null };
  } catch (err) {
    if (err instanceof KommunpressError) {
      const missing = err.messages.some((m) => m.ruleId === "browser-missing");
      return { pdf: null, error: missing ? browserMissingMessage() : err.messages.map(formatMessage).join("\n") };
    }
    return { pdf: null, error: err instanceof Error ? err.message : String(err) };
  }
}

// ------------------------------------------------------------------ tabs

/** GET /kommun/<id>: the release as a web page, in a sandboxed frame. */
export async function webPage(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  const view = await releaseView(ctx, r.id);
  const p = await ctx.state.page(r.id);
  const extraErrors = p ? p.errors.filter((e) => !view.errors.includes(e)) : [];
  const title = view.result?.headline ?? view.target.officialName;
  const content = p?.html ? webTab(r.id, title, view.result ? webText(ctx, view.result) : null) : noRender();
  await sendTab(ctx, r, view, "webbsida", content, { extraErrors, scripts: [COPY_SCRIPT_URL] });
}

/** The web text to copy, or null when it cannot be made (the tab then offers the other files only). */
function webText(ctx: PreviewContext, g: Generated): string | null {
  try {
    return ctx.publishing.webText(g);
  } catch {
    return null;
  }
}

/** GET /kommun/<id>/markdown */
export async function markdownPage(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  const view = await releaseView(ctx, r.id);
  await sendTab(ctx, r, view, "markdown", view.result ? markdownTab(r.id, view.result.markdown) : noRender());
}

/** GET /kommun/<id>/pdf */
export async function pdfPage(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  const view = await releaseView(ctx, r.id);
  const printed = await printRelease(ctx, r.id);
  await sendTab(ctx, r, view, "pdf", pdfTab(r.id, view.result?.headline ?? view.target.officialName, printed.error));
}

/** GET /kommun/<id>/pastaenden: each sentence with the claims behind it. */
export async function claimsPage(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  const view = await releaseView(ctx, r.id);
  // Editorial texts of a release with its own file are the municipality's; the others' are the publisher's.
  const author = view.kind.editorialFiles ? "kommunen" : "utgivaren";
  await sendTab(ctx, r, view, "pastaenden", view.result ? claimsTab(r.id, view.result.sentenceViews(), author) : noRender());
}

// ----------------------------------------------------------------- files

/** GET /kommun/<id>/pressmeddelande.html: exactly the page that is written. */
export async function htmlFile(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  await releaseView(ctx, r.id);
  const p = await ctx.state.page(r.id);
  if (!p?.html) throw httpErrorFor("http-not-found/nothing-to-show");
  send(r.res, 200, "text/html; charset=utf-8", p.html, { "Content-Security-Policy": RELEASE_CSP, "X-Frame-Options": "SAMEORIGIN" });
}

/** GET /kommun/<id>/pressmeddelande.md */
export async function markdownFile(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  const view = await releaseView(ctx, r.id);
  if (!view.result) throw httpErrorFor("http-not-found/nothing-to-show");
  send(r.res, 200, "text/markdown; charset=utf-8", view.result.markdown, FRAMED_FILE_HEADERS);
}

/** GET /kommun/<id>/pressmeddelande.json: claims.json as written. */
export async function claimsFile(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  const view = await releaseView(ctx, r.id);
  if (!view.result) throw httpErrorFor("http-not-found/nothing-to-show");
  send(r.res, 200, "application/json; charset=utf-8", view.result.claimsJson(), FRAMED_FILE_HEADERS);
}

/** GET /kommun/<id>/pressmeddelande.pdf */
export async function pdfFile(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  const view = await releaseView(ctx, r.id);
  if (!view.result) throw httpErrorFor("http-not-found/nothing-to-show");
  const printed = await printRelease(ctx, r.id);
  if (printed.pdf === null) throw httpErrorFor("http-unavailable/pdf", printed.error);
  send(r.res, 200, "application/pdf", printed.pdf, {
    "Content-Disposition": `inline; filename="pressmeddelande-${r.id}.pdf"`,
    "Content-Security-Policy": "frame-ancestors 'self'",
    "X-Frame-Options": "SAMEORIGIN",
  });
}

/** The Word file or share image of a release, rendered on request (503 with the reason when it cannot be). */
async function publishingFile(ctx: PreviewContext, r: ReleaseRequest, format: PublishingFormat): Promise<Uint8Array> {
  const view = await releaseView(ctx, r.id);
  if (!view.result) throw httpErrorFor("http-not-found/nothing-to-show");
  try {
    return await ctx.publishing.file(view.result, format);
  } catch (err) {
    const reason = err instanceof KommunpressError ? err.messages.map(formatMessage).join("; ") : err instanceof Error ? err.message : String(err);
    throw httpErrorFor("http-unavailable/file", format, reason);
  }
}

/** GET /kommun/<id>/pressmeddelande.docx */
export async function wordFile(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  const data = await publishingFile(ctx, r, "docx");
  send(r.res, 200, DOCX_TYPE, data, {
    "Content-Disposition": `attachment; filename="pressmeddelande-${r.id}.docx"`,
    "Content-Security-Policy": "default-src 'none'; sandbox",
  });
}

/** GET /kommun/<id>/delningsbild.png */
export async function shareImageFile(ctx: PreviewContext, r: ReleaseRequest): Promise<void> {
  const data = await publishingFile(ctx, r, "png");
  send(r.res, 200, "image/png", data, {
    "Content-Disposition": `inline; filename="delningsbild-${r.id}.png"`,
    "Content-Security-Policy": "default-src 'none'; sandbox",
  });
}
