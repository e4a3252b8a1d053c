// The preview's own static files (its stylesheet and scripts) and the live-reload event stream.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { TEMPLATES_DIR } from "../../paths.js";
import type { PreviewContext, RouteRequest } from "../context.js";
import { send } from "../http.js";
import { httpErrorFor, resolveInside } from "../security.js";

/** The preview's own static files (its stylesheet and scripts). */
export const STATIC_ROOT = path.join(TEMPLATES_DIR, "preview");

const STATIC_TYPES: Record<string, string> = { ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8" };

/** GET /statisk/<file> */
export async function staticFile(_ctx: PreviewContext, r: RouteRequest): Promise<void> {
  const file = await resolveInside(STATIC_ROOT, r.target.segments.slice(1));
  const type = file ? STATIC_TYPES[path.extname(file).toLowerCase()] : undefined;
  if (!file || !type) throw httpErrorFor("http-not-found/file");
  send(r.res, 200, type, await readFile(file), { "Content-Security-Policy": "default-src 'none'" });
}

/** GET /handelser: Server-Sent Events, a version each time the inputs or approvals change. */
export function events(ctx: PreviewContext, r: RouteRequest): void {
  ctx.live.listen(r.req, r.res);
}
