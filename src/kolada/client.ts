// The Kolada v3 data API over HTTP: paging (next_url), at most 25 ids per
// path segment, retries with exponential backoff on 429 (Retry-After
// respected) and 5xx, a time-out per attempt (connect, headers and body; no
// back-off after a time-out, so a hung server fails after about time-out ×
// attempts), and a cache folder with the raw responses so that a re-run
// works offline (a cache hit makes no request).
// fetch, sleep and the clock are injectable: tests run fast and offline.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { messageFor, type MessageId, type ParamsOf } from "../catalogue.js";
import { KommunpressError } from "../messages.js";
import { writeFileAtomic } from "../write/atomic.js";
import { parseKoladaResponse, type KoladaPage, type KoladaSource } from "./format.js";

export const DEFAULT_BASE_URL = "https://api.kolada.se/v3";
/** Kolada accepts at most this many comma-separated ids in one path segment. */
export const MAX_IDS_PER_SEGMENT = 25;
/** Kolada's largest page. */
export const MAX_PER_PAGE = 5000;

export interface DataQuery {
  kpis: readonly string[];
  /** Every year Kolada has when absent (then name the municipalities). */
  years?: readonly number[];
  /** Municipality or group ids; all municipalities when absent. */
  municipalities?: readonly string[];
}

export type ClientEvent =
  | { kind: "request"; url: string; attempt: number }
  | { kind: "cache-hit"; url: string; file: string }
  | { kind: "retry"; url: string; attempt: number; delayMs: number; reason: string }
  | { kind: "saved"; url: string; file: string };

export interface ClientOptions {
  baseUrl?: string;
  /** Folder for raw responses; no cache when absent. */
  cacheDir?: string;
  /** Ignore cache hits (responses are still saved). */
  refresh?: boolean;
  fetch?: typeof globalThis.fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /** Time-out per attempt (ms), covering the whole response: headers and body. */
  timeoutMs?: number;
  /** Attempts per request, the first included. */
  attempts?: number;
  /** First back-off delay (ms); doubled for every further attempt. */
  backoffMs?: number;
  /** Longest wait between attempts (ms); a longer Retry-After gives up. */
  maxDelayMs?: number;
  perPage?: number;
  maxPages?: number;
  onEvent?: (e: ClientEvent) => void;
}

/** Splits `ids` into chunks of at most `size`. */
export function chunk<T>(ids: readonly T[], size: number = MAX_IDS_PER_SEGMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}

/**
 * The data URLs for a query: every combination of ≤25-id chunks of KPIs,
 * municipalities and years, in a stable order.
 * `/data/kpi/<kpis>/municipality/<ids>/year/<years>` or, without
 * municipalities, `/data/kpi/<kpis>/year/<years>`, or without years
 * (every year), `/data/kpi/<kpis>/municipality/<ids>`.
 */
export function dataUrls(baseUrl: string, query: DataQuery, perPage: number = MAX_PER_PAGE): string[] {
  const base = baseUrl.replace(/\/+$/, "");
  const kpis = chunk(unique(query.kpis));
  const years = query.years ? chunk(unique(query.years.map(String))) : [undefined];
  const munis = query.municipalities ? chunk(unique(query.municipalities)) : [undefined];
  const urls: string[] = [];
  for (const k of kpis) {
    for (const m of munis) {
      for (const y of years) {
        const mPart = m ? `/municipality/${m.join(",")}` : "";
        const yPart = y ? `/year/${y.join(",")}` : "";
        urls.push(`${base}/data/kpi/${k.join(",")}${mPart}${yPart}?per_page=${perPage}`);
      }
    }
  }
  return urls;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** A readable, collision-free cache file name for a URL (without extension). */
export function cacheName(url: string): string {
  const u = new URL(url);
  const readable = `${u.host}${u.pathname}${u.search}`.replace(/[^A-Za-z0-9.,=-]+/g, "_").replace(/^_+|_+$/g, "");
  const hash = createHash("sha256").update(url).digest("hex").slice(0, 12);
  return `${readable.slice(0, 150)}-${hash}`;
}

/** Sidecar with the URL and fetch date of a cached or saved response. */
export interface ResponseMeta {
  url: string;
  fetchedAt: string;
}

/** `<name>.json` → `<name>.meta` (not .json, so `cache/*.json` globs only responses). */
export function metaFileFor(responseFile: string): string {
  return responseFile.replace(/\.json$/i, "") + ".meta";
}

/** Fetches every page of every URL of the query. Throws KommunpressError with a Swedish message on failure. */
export async function fetchData(query: DataQuery, opts: ClientOptions = {}): Promise<KoladaSource[]> {
  const base = opts.baseUrl ?? DEFAULT_BASE_URL;
  const urls = dataUrls(base, query, opts.perPage ?? MAX_PER_PAGE);
  const out: KoladaSource[] = [];
  const maxPages = opts.maxPages ?? 1000;
  let pages = 0;
  for (const first of urls) {
    const seen = new Set<string>();
    let url: string | null = first;
    while (url !== null) {
      if (seen.has(url)) throw clientError({ url }, "kolada-fetch/paging-loop", new URL(url).host);
      seen.add(url);
      pages += 1;
      if (pages > maxPages) throw clientError({ url }, "kolada-fetch/too-many-pages", maxPages);
      const source = await getPage(url, opts);
      out.push(source);
      url = nextUrl(source.page.next, url, base);
    }
  }
  return out;
}

/** Resolves next_url against the current page; stays on the base's host (http → https upgraded). */
export function nextUrl(next: string | null, current: string, base: string): string | null {
  if (next === null || next === "") return null;
  const resolved = new URL(next, current);
  const b = new URL(base);
  if (resolved.host !== b.host) throw clientError({ url: current }, "kolada-fetch/foreign-next", b.host, next);
  if (resolved.protocol !== b.protocol) resolved.protocol = b.protocol;
  return resolved.toString();
}

async function getPage(url: string, opts: ClientOptions): Promise<KoladaSource> {
  const cacheFile = opts.cacheDir !== undefined ? path.join(opts.cacheDir, `${cacheName(url)}.json`) : undefined;
  if (cacheFile && !opts.refresh) {
    const hit = await readCached(cacheFile, url);
    if (hit) {
      opts.onEvent?.({ kind: "cache-hit", url, file: cacheFile });
      return hit;
    }
  }
  const { text, fetchedAt } = await request(url, opts);
  const { page, messages } = parseKoladaResponse(text, url);
  if (!page) throw new KommunpressError(messages, 1);
  if (cacheFile && opts.cacheDir !== undefined) {
    try {
      await writeFileAtomic(cacheFile, text);
      const meta: ResponseMeta = { url, fetchedAt };
      await writeFileAtomic(metaFileFor(cacheFile), `${JSON.stringify(meta, null, 2)}\n`);
    } catch (err) {
      throw clientError({ url, cause: err }, "kolada-fetch/cache-write", opts.cacheDir, errorDetail(err));
    }
    opts.onEvent?.({ kind: "saved", url, file: cacheFile });
  }
  return { label: url, fetchedAt, page };
}

async function readCached(file: string, url: string): Promise<KoladaSource | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return undefined;
  }
  // Only valid responses are saved; anything else is a miss and is fetched again.
  const { page } = parseKoladaResponse(text, file);
  if (!page) return undefined;
  let fetchedAt: string | undefined;
  try {
    const meta: unknown = JSON.parse(await readFile(metaFileFor(file), "utf8"));
    if (typeof meta === "object" && meta !== null && "fetchedAt" in meta && typeof meta.fetchedAt === "string") {
      fetchedAt = meta.fetchedAt;
    }
  } catch {
    fetchedAt = undefined;
  }
  return { label: url, page, ...(fetchedAt !== undefined ? { fetchedAt } : {}) };
}

/** One URL with retries. Returns the body of a 2xx response. */
async function request(url: string, opts: ClientOptions): Promise<{ text: string; fetchedAt: string }> {
  const doFetch = opts.fetch ?? globalThis.fetch;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = opts.now ?? (() => new Date());
  const attempts = Math.max(1, opts.attempts ?? 4);
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const backoffMs = opts.backoffMs ?? 1000;
  const maxDelayMs = opts.maxDelayMs ?? 60_000;
  const base = opts.baseUrl ?? DEFAULT_BASE_URL;
  const host = new URL(url).host;

  let last: { kind: "network"; detail: string; cause: unknown } | { kind: "timeout"; cause: unknown } | { kind: "status"; status: number; statusText: string } | undefined;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    opts.onEvent?.({ kind: "request", url, attempt });
    let retryAfterMs: number | undefined;
    try {
      const { res, text } = await attemptOnce(url, doFetch, timeoutMs);
      if (res.ok) return { text, fetchedAt: isoDate(res.headers.get("date"), now()) };
      last = { kind: "status", status: res.status, statusText: res.statusText };
      if (res.status === 429) {
        retryAfterMs = parseRetryAfter(res.headers.get("retry-after"), now());
        if (retryAfterMs !== undefined && retryAfterMs > maxDelayMs) {
          throw clientError({ url }, "kolada-fetch/retry-after", host, retryAfterMs / 1000);
        }
      } else if (res.status < 500) {
        if (res.status === 400) throw clientError({ url }, "kolada-fetch/bad-request", host);
        if (res.status === 404) throw clientError({ url }, "kolada-fetch/not-found", host, base);
        throw clientError({ url }, "kolada-fetch/other-status", host, res.status, res.statusText);
      }
    } catch (err) {
      if (err instanceof KommunpressError) throw err;
      last = isTimeout(err) ? { kind: "timeout", cause: err } : { kind: "network", detail: errorDetail(err), cause: err };
    }
    if (attempt === attempts) break;
    // After a time-out the server has had its time: no back-off on top, so a
    // hung server fails after about timeoutMs × attempts.
    const delayMs = last?.kind === "timeout" ? 0 : Math.min(maxDelayMs, retryAfterMs ?? backoffMs * 2 ** (attempt - 1));
    opts.onEvent?.({ kind: "retry", url, attempt, delayMs, reason: describeLast(last) });
    await sleep(delayMs);
  }
  if (last?.kind === "timeout") throw clientError({ url, cause: last.cause }, "kolada-fetch/timeout", host, timeoutMs / 1000, attempts);
  if (last?.kind === "network") throw clientError({ url, cause: last.cause }, "kolada-fetch/network", host, last.detail, attempts);
  if (last?.kind === "status" && last.status === 429) throw clientError({ url }, "kolada-fetch/rate-limited", host, attempts);
  const status = last?.kind === "status" ? last : { status: 0, statusText: "" };
  throw clientError({ url }, "kolada-fetch/server-error", host, status.status, status.statusText, attempts);
}

/**
 * One attempt: the response and its whole body within `timeoutMs`. The
 * deadline covers connecting, waiting for the headers and reading the body,
 * and holds even when `fetch` does not act on the abort signal (a TLS
 * handshake that never ends, an injected fetch): the attempt then fails with
 * a TimeoutError at the deadline, and the request is aborted.
 */
async function attemptOnce(url: string, doFetch: typeof globalThis.fetch, timeoutMs: number): Promise<{ res: Response; text: string }> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new DOMException(`no complete answer within ${timeoutMs} ms`, "TimeoutError");
      controller.abort(err);
      reject(err);
    }, timeoutMs);
  });
  const work = (async () => {
    const res = await doFetch(url, { signal: controller.signal, headers: { accept: "application/json" } });
    // An error status: drain the body (so the connection can be reused); its text is not used.
    const text = res.ok ? await res.text() : await res.text().catch(() => "");
    return { res, text };
  })();
  // The loser of the race may still fail later: that is not an unhandled rejection.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function describeLast(last: { kind: string; status?: number; detail?: string } | undefined): string {
  if (!last) return "";
  if (last.kind === "status") return `svarade ${String(last.status)}`;
  if (last.kind === "timeout") return "inget svar inom tidsgränsen";
  return last.detail ?? "nätverksfel";
}

/** Retry-After: seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return Math.max(0, t - now.getTime());
}

function isoDate(httpDate: string | null, fallback: Date): string {
  const t = httpDate !== null ? Date.parse(httpDate) : Number.NaN;
  return new Date(Number.isNaN(t) ? fallback.getTime() : t).toISOString().slice(0, 10);
}

function isTimeout(err: unknown): boolean {
  return typeof err === "object" && err !== null && "name" in err && (err.name === "TimeoutError" || err.name === "AbortError");
}

const NETWORK_CODES: Record<string, string> = {
  ENOTFOUND: "adressen hittades inte",
  EAI_AGAIN: "adressen kunde inte slås upp",
  ECONNREFUSED: "anslutningen nekades",
  ECONNRESET: "anslutningen bröts",
  ETIMEDOUT: "anslutningen tog för lång tid",
  EHOSTUNREACH: "servern går inte att nå",
  ENETUNREACH: "nätverket går inte att nå",
  UND_ERR_SOCKET: "anslutningen bröts",
  CERT_HAS_EXPIRED: "serverns certifikat har gått ut",
};

function errorDetail(err: unknown): string {
  const code = errorCode(err) ?? errorCode(err instanceof Error ? err.cause : undefined);
  if (code !== undefined) return NETWORK_CODES[code] ?? code;
  if (err instanceof Error) return err.message;
  return String(err);
}

function errorCode(err: unknown): string | undefined {
  if (typeof err === "object" && err !== null && "code" in err && typeof err.code === "string") return err.code;
  return undefined;
}

/** The error for a failed fetch of `url`: catalogue message `id` (a kolada-fetch variant), with its cause when there is one. */
function clientError<K extends MessageId & `kolada-fetch/${string}`>(
  at: { url: string; cause?: unknown },
  id: K,
  ...params: ParamsOf<K>
): KommunpressError {
  return new KommunpressError([messageFor(id, { file: at.url }, ...params)], 1, at.cause !== undefined ? { cause: at.cause } : undefined);
}

export type { KoladaPage };
