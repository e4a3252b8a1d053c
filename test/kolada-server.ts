// A fake Kolada v3 data API on 127.0.0.1 for the fetch tests. It serves the
// items of the fixture files (test/fixtures/kolada/v3/) filtered by the
// route's KPIs, municipalities and years (no year: every year), in pages of `pageSize` items with
// next_url, as documented in ../../shared/reference/KOLADA.md. A test can
// take over any request (status codes, bodies) with `override`.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeItem {
  kpi: string;
  municipality: string;
  period: number;
  values: unknown[];
}

export interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

export interface FakeKolada {
  /** `http://127.0.0.1:<port>/v3` */
  base: string;
  /** Every request's path and query, in order. */
  requests: string[];
  /**
   * Takes over a request: a reply, "hang" (never answer: for time-outs), or
   * undefined to serve normally. `n` counts requests from 1.
   */
  override?: (url: URL, n: number) => Reply | "hang" | undefined;
  close(): Promise<void>;
}

/** A fixed Date header: the fetch date in the output does not depend on when the test runs. */
export const FIXED_DATE = "Wed, 05 Mar 2025 09:00:00 GMT";

export function fixtureItems(...files: string[]): FakeItem[] {
  return files.flatMap((f) => (JSON.parse(readFileSync(f, "utf8")) as { values: FakeItem[] }).values);
}

const ROUTE = /^\/v3\/data\/kpi\/([^/]+)(?:\/municipality\/([^/]+))?(?:\/year\/([^/]+))?\/?$/;

export async function startFakeKolada(items: readonly FakeItem[], pageSize = 50): Promise<FakeKolada> {
  const fake: FakeKolada = { base: "", requests: [], close: async () => undefined };
  const server: Server = createServer((req: IncomingMessage, res) => {
    const url = new URL(req.url ?? "/", fake.base);
    fake.requests.push(`${url.pathname}${url.search}`);
    const send = (r: Reply): void => {
      res.writeHead(r.status, { "content-type": "application/json; charset=utf-8", date: FIXED_DATE, ...(r.headers ?? {}) });
      res.end(r.body);
    };
    const custom = fake.override?.(url, fake.requests.length);
    if (custom === "hang") return;
    if (custom) return send(custom);
    const m = ROUTE.exec(url.pathname);
    if (!m) return send({ status: 404, body: JSON.stringify({ detail: "Not Found" }) });
    const kpis = new Set((m[1] ?? "").split(","));
    const munis = m[2] !== undefined ? new Set(m[2].split(",")) : undefined;
    // No year: every year (but the route needs two of kpi, municipality and year).
    const years = m[3] !== undefined ? new Set(m[3].split(",").map(Number)) : undefined;
    if (!munis && !years) return send({ status: 400, body: JSON.stringify({ detail: "kpi alone is not enough" }) });
    if ([kpis.size, munis?.size ?? 0, years?.size ?? 0].some((n) => n > 25)) {
      return send({ status: 400, body: JSON.stringify({ detail: "too many ids" }) });
    }
    const all = items.filter(
      (i) =>
        kpis.has(i.kpi) &&
        (years ? years.has(i.period) : true) &&
        (munis ? munis.has(i.municipality) : !i.municipality.startsWith("G")),
    );
    const page = Number(url.searchParams.get("page") ?? "1");
    const slice = all.slice((page - 1) * pageSize, page * pageSize);
    const link = (p: number): string => {
      const u = new URL(url.toString());
      u.searchParams.set("page", String(p));
      return u.toString();
    };
    send({
      status: 200,
      body: JSON.stringify({
        values: slice,
        count: slice.length,
        next_url: page * pageSize < all.length ? link(page + 1) : null,
        previous_url: page > 1 ? link(page - 1) : null,
      }),
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  fake.base = `http://127.0.0.1:${port}/v3`;
  fake.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((err) => (err ? reject(err) : resolve()));
    });
  return fake;
}
