// preview http: the headers every response carries, the content security
// policies, and sending a body or a redirect.
import type { ServerResponse } from "node:http";

export const BASE_HEADERS: Record<string, string> = {
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
export function pageCsp(n: string, framedBy: "'none'" | "'self'" = "'none'"): string {
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
export const RELEASE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

/** A release's Markdown or claims, shown in our own frame. */
export const FRAMED_FILE_HEADERS: Record<string, string> = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'self'; sandbox",
  "X-Frame-Options": "SAMEORIGIN",
};

export function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array, headers: Record<string, string> = {}): void {
  const data = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(status, { ...BASE_HEADERS, "Content-Type": type, "Content-Length": String(data.byteLength), ...headers });
  res.end(data);
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { ...BASE_HEADERS, Location: location, "Content-Length": "0" });
  res.end();
}

/** A table's own entry only (not "constructor", "__proto__" and the like from the prototype). */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
