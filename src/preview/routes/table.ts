// The preview's routes: which handler answers which path and method. Every
// release of every kind has the same routes under /kommun/<id>/; the edit
// form only where the kind has editorial files.
import type { ReleaseKind } from "../../kinds/kind.js";
import type { PreviewContext, ReleaseRequest, RouteRequest } from "../context.js";
import { ownEntry } from "../http.js";
import { checkHost, checkNotCrossSite, checkSameOrigin, httpErrorFor, httpErrorWithHeaders, parseTarget, type HttpError } from "../security.js";
import type { IncomingMessage, ServerResponse } from "node:http";
import { events, staticFile } from "./assets.js";
import { editPage, saveTexts } from "./edit.js";
import { indexPage } from "./index-page.js";
import { claimsFile, claimsPage, htmlFile, markdownFile, markdownPage, pdfFile, pdfPage, shareImageFile, webPage, wordFile } from "./release.js";
import { approve, withdraw } from "./review.js";

type Handler<R> = (ctx: PreviewContext, r: R) => Promise<void> | void;
/** Handlers by method, in the order the Allow header names them. */
type Methods<R> = Readonly<Record<string, Handler<R>>>;

interface SiteRoute {
  /** Whether the segments after the first fit this route. */
  fits: (rest: readonly string[]) => boolean;
  methods: Methods<RouteRequest>;
}

interface ReleaseRoute {
  methods: Methods<ReleaseRequest>;
  /** Costs work (prints or renders a file): not for other sites. */
  costly?: true;
  /** Only for the kinds this holds for. */
  when?: (kind: ReleaseKind) => boolean;
}

const get = <R,>(h: Handler<R>): Methods<R> => ({ GET: h, HEAD: h });
const none = (rest: readonly string[]): boolean => rest.length === 0;

const SITE_ROUTES: Readonly<Record<string, SiteRoute>> = {
  "": { fits: none, methods: get(indexPage) },
  handelser: { fits: none, methods: { GET: events } },
  statisk: { fits: (rest) => rest.length > 0, methods: get(staticFile) },
};

/** By the segment after the id ("" for the release page itself). */
const RELEASE_ROUTES: Readonly<Record<string, ReleaseRoute>> = {
  "": { methods: get(webPage) },
  markdown: { methods: get(markdownPage) },
  pdf: { methods: get(pdfPage), costly: true },
  pastaenden: { methods: get(claimsPage) },
  redigera: { methods: { GET: editPage, HEAD: editPage, POST: saveTexts }, when: (kind) => kind.editorialFiles },
  godkann: { methods: { POST: approve } },
  aterkalla: { methods: { POST: withdraw } },
  "pressmeddelande.html": { methods: get(htmlFile), costly: true },
  "pressmeddelande.md": { methods: get(markdownFile), costly: true },
  "pressmeddelande.json": { methods: get(claimsFile), costly: true },
  "pressmeddelande.pdf": { methods: get(pdfFile), costly: true },
  "pressmeddelande.docx": { methods: get(wordFile), costly: true },
  "delningsbild.png": { methods: get(shareImageFile), costly: true },
};

const notFound = (): HttpError => httpErrorFor("http-not-found");

/** The method's handler (405 otherwise); a POST must come from our own pages. */
async function run<R extends RouteRequest>(ctx: PreviewContext, methods: Methods<R>, r: R): Promise<void> {
  const handler = ownEntry(methods, r.req.method ?? "");
  if (handler === undefined) throw httpErrorWithHeaders({ Allow: Object.keys(methods).join(", ") }, "http-method-not-allowed");
  if (r.req.method === "POST") checkSameOrigin(r.req, ctx.port());
  await handler(ctx, r);
}

/** /kommun/<id>[/<sub>] */
function releaseRoute(ctx: PreviewContext, r: RouteRequest, id: string, sub: string): Promise<void> {
  // Only ids of this dataset's releases: nothing else reaches a file name or a path.
  if (!ctx.state.knownId(id)) throw httpErrorFor("http-not-found/unknown-id");
  const route = ownEntry(RELEASE_ROUTES, sub);
  // A municipality left out for errors has no kind here: its handler says why.
  const kind = ctx.state.kindOf(id);
  if (route === undefined || (route.when !== undefined && kind !== undefined && !route.when(kind))) throw notFound();
  if (route.costly) checkNotCrossSite(r.req);
  return run(ctx, route.methods, { ...r, id });
}

/** Answers one request (throws HttpError for the error page). */
export async function route(ctx: PreviewContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  checkHost(req, ctx.port());
  const target = parseTarget(req.url);
  const [first = "", ...rest] = target.segments;
  const r: RouteRequest = { req, res, target };
  if (first === "kommun" && rest.length >= 1 && rest.length <= 2) return releaseRoute(ctx, r, rest[0] ?? "", rest[1] ?? "");
  const site = ownEntry(SITE_ROUTES, first);
  if (site === undefined || !site.fits(rest)) throw notFound();
  return run(ctx, site.methods, r);
}
