// preview security: what a request must look like before the preview does
// anything with it. The server listens on 127.0.0.1 only, and on top of that:
// - the Host header must name 127.0.0.1 or localhost on our port (a page on
//   another site that rebinds its DNS name to 127.0.0.1 sends its own name);
// - writing is POST only, from our own origin (Origin and Sec-Fetch-Site),
//   with a per-run token in the form, and a bounded body;
// - reading what costs work (PDFs and the other files) is refused when
//   another site asks for it (Sec-Fetch-Site: cross-site or same-site);
// - a path is split into segments that are each decoded exactly once and
//   must not be `.`, `..`, empty, or hold a slash, backslash, NUL or `%`
//   (double encoding); files are then resolved and checked to stay inside
//   their root, also after symlinks.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { realpath, stat } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import path from "node:path";
import { httpStatusOf, reasonFor, type HttpMessageId, type ParamsOf } from "../catalogue.js";

export class HttpError extends Error {
  readonly status: number;
  readonly headers: Record<string, string>;
  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = "HttpError";
    this.status = status;
    this.headers = headers;
  }
}

/** An HttpError with the catalogue's text for `id`, sent with the entry's status. */
export function httpErrorFor<K extends HttpMessageId>(id: K, ...params: ParamsOf<K>): HttpError {
  return new HttpError(httpStatusOf(id), reasonFor(id, ...params));
}

/** The same, with extra response headers (Allow, Connection). */
export function httpErrorWithHeaders<K extends HttpMessageId>(headers: Record<string, string>, id: K, ...params: ParamsOf<K>): HttpError {
  return new HttpError(httpStatusOf(id), reasonFor(id, ...params), headers);
}

export interface Target {
  /** Decoded path segments: `/kommun/0126/pdf` → ["kommun", "0126", "pdf"]; `/` → []. */
  segments: string[];
  query: URLSearchParams;
}

/** Parses a request target; throws HttpError(400) for anything that is not a plain origin-form path. */
export function parseTarget(rawUrl: string | undefined): Target {
  const url = rawUrl ?? "";
  if (!url.startsWith("/") || url.startsWith("//")) throw httpErrorFor("http-bad-target");
  const q = url.indexOf("?");
  const rawPath = q < 0 ? url : url.slice(0, q);
  const rawQuery = q < 0 ? "" : url.slice(q + 1).replace(/#.*$/, "");
  if (rawPath.includes("\\") || rawPath.includes("#")) throw httpErrorFor("http-bad-target");
  const parts = rawPath.slice(1).split("/");
  // A trailing slash is allowed (`/kommun/0126/`), empty segments elsewhere are not.
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  if (parts.length === 1 && parts[0] === "") return { segments: [], query: new URLSearchParams(rawQuery) };
  const segments = parts.map((p) => {
    let s: string;
    try {
      s = decodeURIComponent(p);
    } catch {
      throw httpErrorFor("http-bad-target");
    }
    if (s === "" || s === "." || s === ".." || /[/\\%\u0000-\u001f\u007f]/.test(s)) throw httpErrorFor("http-bad-target");
    return s;
  });
  return { segments, query: new URLSearchParams(rawQuery) };
}

/** The hosts the preview answers to, on its port. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** Our own origins (the browser may call us by either name). */
export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

/** Throws 403 unless the Host header names us (DNS rebinding). */
export function checkHost(req: IncomingMessage, port: number): void {
  const host = (req.headers.host ?? "").toLowerCase();
  if (!allowedHosts(port).has(host)) throw httpErrorFor("http-forbidden/host");
}

/**
 * For requests that change something: throws 403 unless the browser says
 * the request comes from our own pages. A request with neither Origin nor
 * Sec-Fetch-Site is refused as well (every current browser sends Origin with
 * a POST).
 */
export function checkSameOrigin(req: IncomingMessage, port: number): void {
  const site = req.headers["sec-fetch-site"];
  const origin = req.headers.origin;
  if (typeof site === "string" && site !== "same-origin") throw httpErrorFor("http-forbidden/origin");
  if (origin !== undefined) {
    if (!allowedOrigins(port).has(origin.toLowerCase())) throw httpErrorFor("http-forbidden/origin");
    return;
  }
  if (site === undefined) throw httpErrorFor("http-forbidden/origin");
}

/**
 * For reads that cost work (printing a PDF, rendering a file): throws 403
 * when the browser says another site asked for it (a link, an image or a
 * frame on someone else's page). Our own pages (same-origin), an address
 * typed or bookmarked (none) and clients that send no Sec-Fetch-Site (curl)
 * are served.
 */
export function checkNotCrossSite(req: IncomingMessage): void {
  const site = req.headers["sec-fetch-site"];
  if (site === undefined || site === "same-origin" || site === "none") return;
  throw httpErrorFor("http-forbidden/cross-site");
}

export const MAX_BODY_BYTES = 64 * 1024;

/** Reads a form body (application/x-www-form-urlencoded, at most `limit` bytes). */
export async function readForm(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<URLSearchParams> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    throw httpErrorFor("http-unsupported-type");
  }
  const declared = req.headers["content-length"];
  if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(buf);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function tooLarge(limit: number): HttpError {
  return httpErrorWithHeaders({ Connection: "close" }, "http-too-large", limit);
}

/** A per-run token for forms: a request must carry it (next to the origin check). */
export class FormToken {
  readonly value = randomBytes(24).toString("base64url");

  check(form: URLSearchParams): void {
    const given = Buffer.from(form.get("token") ?? "");
    const expected = Buffer.from(this.value);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw httpErrorFor("http-forbidden/token");
    }
  }
}

/**
 * A file inside `root` named by decoded path segments (see parseTarget), or
 * null when there is none. Never returns a path outside `root`, also not
 * through a symlink.
 */
export async function resolveInside(root: string, segments: readonly string[]): Promise<string | null> {
  if (segments.length === 0) return null;
  for (const s of segments) {
    if (s === "" || s === "." || s === ".." || /[/\\%\u0000]/.test(s) || path.isAbsolute(s)) return null;
  }
  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  if (!isInside(base, file)) return null;
  try {
    const [realBase, realFile] = await Promise.all([realpath(base), realpath(file)]);
    if (!isInside(realBase, realFile)) return null;
    if (!(await stat(realFile)).isFile()) return null;
    return realFile;
  } catch {
    return null;
  }
}

function isInside(base: string, file: string): boolean {
  const rel = path.relative(base, file);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** A random nonce for one page's inline script (CSP). */
export function nonce(): string {
  return randomBytes(16).toString("base64");
}
