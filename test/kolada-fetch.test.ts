// Kolada fetch against a local fake of the v3 API (test/kolada-server.ts):
// paging, 429 and 5xx retries with back-off, time-outs, malformed bodies,
// empty results, >25 ids split into segments, and offline re-runs from the
// cache. The waits are injected (library) or zero (CLI: --retry-delay 0).
import { readFile, mkdtemp, rm, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServer as createHttpServer } from "node:http";
import { createServer as createNetServer, type AddressInfo, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { cacheName, chunk, dataUrls, fetchData, nextUrl, parseRetryAfter } from "../src/kolada/client.js";
import { fetchKoladaSources, planQueries } from "../src/kolada/fetch.js";
import { loadReference, type Reference } from "../src/kolada/reference.js";
import { formatMessage, KommunpressError } from "../src/messages.js";
import { fixtureItems, startFakeKolada, type FakeKolada } from "./kolada-server.js";

const ITEMS = fixtureItems("test/fixtures/kolada/v3/servicematning-2023-2024.json", "test/fixtures/kolada/v3/kommungrupper-2023-2024.json");
const KPIS = ["N00671", "N00672", "N00673", "N00674"];

let reference: Reference;
let tmp: string;
let fake: FakeKolada | undefined;

beforeAll(async () => {
  reference = await loadReference();
  tmp = await mkdtemp(path.join(tmpdir(), "kommunpress-kolada-fetch-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(pageSize = 50): Promise<FakeKolada> {
  fake = await startFakeKolada(ITEMS, pageSize);
  return fake;
}

/** Records the waits instead of waiting. */
function recorder(): { sleep: (ms: number) => Promise<void>; delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: async (ms) => void delays.push(ms) };
}

async function failure(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
  } catch (err) {
    if (err instanceof KommunpressError) return err.messages.map(formatMessage);
    throw err;
  }
  throw new Error("expected a KommunpressError");
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string[] }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, stdout: out, stderr: err.split("\n").filter((l) => l !== "") };
}

describe("URLs", () => {
  it("splits id lists into segments of at most 25", () => {
    const ids = Array.from({ length: 60 }, (_, i) => String(i).padStart(4, "0"));
    expect(chunk(ids).map((c) => c.length)).toEqual([25, 25, 10]);
    const urls = dataUrls("https://api.kolada.se/v3/", { kpis: ["N00671"], years: [2024], municipalities: ids });
    expect(urls).toHaveLength(3);
    expect(urls[0]).toBe(`https://api.kolada.se/v3/data/kpi/N00671/municipality/${ids.slice(0, 25).join(",")}/year/2024?per_page=5000`);
    expect(dataUrls("https://api.kolada.se/v3", { kpis: KPIS, years: [2023, 2024] })).toEqual([
      "https://api.kolada.se/v3/data/kpi/N00671,N00672,N00673,N00674/year/2023,2024?per_page=5000",
    ]);
  });

  it("plans riket and the nine kommungrupper with the municipalities, and the year before the latest", () => {
    const [q] = planQueries({ kpis: KPIS, years: [2025], municipalities: ["0126"] }, reference);
    expect(q?.years).toEqual([2024, 2025]);
    expect(q?.municipalities).toEqual(["0126", "0000", "G92786", "G92787", "G92788", "G92789", "G92790", "G92791", "G92792", "G92793", "G92794"]);
    expect(planQueries({ kpis: KPIS, years: [2024] }, reference).map((x) => x.municipalities?.length ?? "alla")).toEqual(["alla", 10]);
  });

  it("derives readable, distinct cache names from URLs", () => {
    expect(cacheName("https://api.kolada.se/v3/data/kpi/N00671/year/2024?per_page=5000")).toMatch(
      /^api\.kolada\.se_v3_data_kpi_N00671_year_2024_per_page=5000-[0-9a-f]{12}$/,
    );
    expect(cacheName("https://api.kolada.se/v3/data/kpi/N00671/year/2024?page=2")).not.toBe(
      cacheName("https://api.kolada.se/v3/data/kpi/N00671/year/2024?page=3"),
    );
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = new Date("2025-03-05T09:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3000);
    expect(parseRetryAfter("Wed, 05 Mar 2025 09:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("snart", now)).toBeUndefined();
  });

  it("follows next_url on the same host only (http upgraded to https)", () => {
    const base = "https://api.kolada.se/v3";
    const cur = `${base}/data/kpi/N00671/year/2024`;
    expect(nextUrl("http://api.kolada.se/v3/data/kpi/N00671/year/2024?page=2", cur, base)).toBe(`${cur}?page=2`);
    expect(nextUrl(null, cur, base)).toBeNull();
    expect(() => nextUrl("https://example.com/x", cur, base)).toThrow(KommunpressError);
  });
});

describe("fetch (library)", () => {
  it("follows next_url over several pages", async () => {
    const k = await start(50);
    const sources = await fetchData({ kpis: KPIS, years: [2023, 2024] }, { baseUrl: k.base });
    // 13 municipalities + riket, 4 KPIs, 2 years = 112 items: pages of 50, 50 and 12.
    expect(sources.map((s) => s.page.items.length)).toEqual([50, 50, 12]);
    expect(k.requests).toEqual([
      "/v3/data/kpi/N00671,N00672,N00673,N00674/year/2023,2024?per_page=5000",
      "/v3/data/kpi/N00671,N00672,N00673,N00674/year/2023,2024?per_page=5000&page=2",
      "/v3/data/kpi/N00671,N00672,N00673,N00674/year/2023,2024?per_page=5000&page=3",
    ]);
    expect(sources[0]?.fetchedAt).toBe("2025-03-05");
  });

  it("retries after 429, waiting as long as Retry-After says, then succeeds", async () => {
    const k = await start();
    k.override = (_url, n) => (n === 1 ? { status: 429, body: "{}", headers: { "retry-after": "2" } } : undefined);
    const { sleep, delays } = recorder();
    const sources = await fetchData({ kpis: ["N00671"], years: [2024], municipalities: ["0126"] }, { baseUrl: k.base, sleep });
    expect(delays).toEqual([2000]);
    expect(k.requests).toHaveLength(2);
    expect(sources[0]?.page.items).toHaveLength(1);
  });

  it("without Retry-After, backs off exponentially", async () => {
    const k = await start();
    k.override = (_url, n) => (n <= 2 ? { status: 429, body: "{}" } : undefined);
    const { sleep, delays } = recorder();
    await fetchData({ kpis: ["N00671"], years: [2024], municipalities: ["0126"] }, { baseUrl: k.base, sleep, backoffMs: 500 });
    expect(delays).toEqual([500, 1000]);
  });

  it("gives up on a Retry-After longer than the longest wait", async () => {
    const k = await start();
    k.override = () => ({ status: 429, body: "{}", headers: { "retry-after": "3600" } });
    const { sleep, delays } = recorder();
    const host = new URL(k.base).host;
    const messages = await failure(fetchData({ kpis: ["N00671"], years: [2024] }, { baseUrl: k.base, sleep }));
    expect(delays).toEqual([]);
    expect(messages).toEqual([
      `${k.base}/data/kpi/N00671/year/2024?per_page=5000: ${host} svarade 429 (för många anrop) och ber oss vänta 3600 sekunder; kör igen senare (svar som redan hämtats ligger kvar i cachen)`,
    ]);
  });

  it("429 on every attempt: says to wait and run again", async () => {
    const k = await start();
    k.override = () => ({ status: 429, body: "{}" });
    const { sleep, delays } = recorder();
    const host = new URL(k.base).host;
    const messages = await failure(fetchData({ kpis: ["N00671"], years: [2024] }, { baseUrl: k.base, sleep, attempts: 3 }));
    expect(delays).toEqual([1000, 2000]);
    expect(messages).toEqual([
      `${k.base}/data/kpi/N00671/year/2024?per_page=5000: ${host} svarade 429 (för många anrop) på 3 försök; vänta några minuter och kör igen (svar som redan hämtats ligger kvar i cachen)`,
    ]);
  });

  it("retries a 500 with back-off, then says clearly what failed", async () => {
    const k = await start();
    k.override = () => ({ status: 500, body: "Internal Server Error" });
    const { sleep, delays } = recorder();
    const host = new URL(k.base).host;
    const messages = await failure(fetchData({ kpis: ["N00671"], years: [2024] }, { baseUrl: k.base, sleep }));
    expect(k.requests).toHaveLength(4);
    expect(delays).toEqual([1000, 2000, 4000]);
    expect(messages).toEqual([
      `${k.base}/data/kpi/N00671/year/2024?per_page=5000: ${host} svarade 500 (Internal Server Error) på 4 försök; Kolada har problem just nu, försök igen senare`,
    ]);
  });

  it("does not retry a 404", async () => {
    const k = await start();
    const { sleep, delays } = recorder();
    const host = new URL(k.base).host;
    const base = k.base.replace(/\/v3$/, "/v9");
    const messages = await failure(fetchData({ kpis: ["N00671"], years: [2024] }, { baseUrl: base, sleep }));
    expect(delays).toEqual([]);
    expect(messages).toEqual([`${base}/data/kpi/N00671/year/2024?per_page=5000: ${host} svarade 404 (finns inte); kontrollera --base-url (${base}) och KPI-id`]);
  });

  it("times out a request that never answers", async () => {
    const k = await start();
    k.override = () => "hang";
    const { sleep } = recorder();
    const host = new URL(k.base).host;
    const messages = await failure(fetchData({ kpis: ["N00671"], years: [2024] }, { baseUrl: k.base, sleep, timeoutMs: 100, attempts: 2 }));
    expect(messages).toEqual([
      `${k.base}/data/kpi/N00671/year/2024?per_page=5000: ${host} svarade inte inom 0,1 sekunder (2 försök, 0,2 sekunder sammanlagt); försök igen senare eller ge mer tid med --timeout`,
    ]);
  });

  it("regression: the time-out holds even when fetch never settles (ignores the abort signal); no back-off after a time-out", async () => {
    const neverSettles: typeof globalThis.fetch = () => new Promise<Response>(() => undefined);
    const { sleep, delays } = recorder();
    const messages = await failure(
      fetchData({ kpis: ["N00671"], years: [2024] }, { baseUrl: "https://api.kolada.se/v3", fetch: neverSettles, sleep, timeoutMs: 100, attempts: 3 }),
    );
    expect(delays).toEqual([0, 0]);
    expect(messages).toEqual([
      "https://api.kolada.se/v3/data/kpi/N00671/year/2024?per_page=5000: api.kolada.se svarade inte inom 0,1 sekunder (3 försök, 0,3 sekunder sammanlagt); försök igen senare eller ge mer tid med --timeout",
    ]);
  });

  it("the time-out covers the body: headers sent, body never finished", async () => {
    const server = createHttpServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"values": [');
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}/v3`;
      const messages = await failure(fetchData({ kpis: ["N00671"], years: [2024] }, { baseUrl: base, timeoutMs: 200, attempts: 1 }));
      expect(messages).toEqual([
        `${base}/data/kpi/N00671/year/2024?per_page=5000: 127.0.0.1:${port} svarade inte inom 0,2 sekunder (1 försök, 0,2 sekunder sammanlagt); försök igen senare eller ge mer tid med --timeout`,
      ]);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    }
  });

  it("says when the server cannot be reached", async () => {
    const k = await start();
    const base = k.base;
    await k.close();
    fake = undefined;
    const { sleep, delays } = recorder();
    const host = new URL(base).host;
    const messages = await failure(fetchData({ kpis: ["N00671"], years: [2024] }, { baseUrl: base, sleep, attempts: 2 }));
    expect(delays).toEqual([1000]);
    expect(messages).toEqual([
      `${base}/data/kpi/N00671/year/2024?per_page=5000: kunde inte nå ${host} (anslutningen nekades) efter 2 försök; kontrollera nätverksanslutningen (och eventuell proxy) eller försök igen senare`,
    ]);
  });

  it("a malformed body: the URL and the position, no retry, nothing cached", async () => {
    const k = await start();
    k.override = () => ({ status: 200, body: '{"values": [' });
    const cacheDir = path.join(tmp, "trasig-cache");
    const messages = await failure(fetchData({ kpis: ["N00671"], years: [2024] }, { baseUrl: k.base, cacheDir }));
    expect(k.requests).toHaveLength(1);
    expect(messages).toEqual([`${k.base}/data/kpi/N00671/year/2024?per_page=5000:1:13: ogiltig JSON: filen tar slut för tidigt (saknas } eller ]?)`]);
    expect(existsSync(cacheDir)).toBe(false);
  });

  it("an empty result is an error that names the KPIs and years", async () => {
    const k = await start();
    const messages = await failure(fetchKoladaSources({ kpis: KPIS, years: [2030] }, reference, { baseUrl: k.base }));
    expect(messages).toEqual([
      "Kolada har inga värden för N00671, N00672, N00673, N00674 för 2029, 2030; kontrollera KPI-id och år (Servicemätningen finns från 2022)",
    ]);
  });

  it("splits more than 25 municipality ids into several requests", async () => {
    const k = await start(5000);
    const codes = [...reference.municipalities.keys()].sort().slice(0, 30);
    const sources = await fetchKoladaSources({ kpis: KPIS, years: [2024], municipalities: codes }, reference, { baseUrl: k.base });
    // 30 municipalities + riket + 9 kommungrupper = 40 ids: 25 + 15.
    const segments = k.requests.map((r) => /\/municipality\/([^/]+)\//.exec(r)?.[1]?.split(",").length);
    expect(segments).toEqual([25, 15]);
    const units = new Set(sources.flatMap((s) => s.page.items.map((i) => i.municipality)));
    expect([...units].filter((u) => codes.includes(u)).sort()).toEqual(["0114", "0115", "0117", "0120", "0123", "0126", "0180"]);
    expect(units.has("0000")).toBe(true);
    expect(units.has("G92793")).toBe(true);
  });

  it("re-runs offline from the cache: no request on a cache hit", async () => {
    const k = await start(50);
    const cacheDir = path.join(tmp, "cache-lib");
    const first = await fetchData({ kpis: KPIS, years: [2023, 2024] }, { baseUrl: k.base, cacheDir });
    expect(k.requests).toHaveLength(3);
    const files = (await readdir(cacheDir)).sort();
    expect(files.filter((f) => f.endsWith(".json"))).toHaveLength(3);
    expect(files.filter((f) => f.endsWith(".meta"))).toHaveLength(3);
    const base = k.base;
    await k.close();
    fake = undefined;
    const events: string[] = [];
    const again = await fetchData({ kpis: KPIS, years: [2023, 2024] }, { baseUrl: base, cacheDir, onEvent: (e) => events.push(e.kind) });
    expect(events).toEqual(["cache-hit", "cache-hit", "cache-hit"]);
    expect(again).toEqual(first);

    // The cache folder imports as it is: all pages there, fetch dates from the .meta sidecars.
    const r = await cli("import", "kolada", cacheDir, "--map", "data/kolada/servicematning.yaml", "--period", "v11-v19");
    expect(r.code).toBe(0);
    const page2 = path.join(cacheDir, `${cacheName(`${base}/data/kpi/N00671,N00672,N00673,N00674/year/2023,2024?per_page=5000&page=2`)}.json`);
    expect(r.stderr).toEqual([
      "varning: svaren saknar Koladas gruppvärden (G…): kommungruppernas värden räknades fram som ovägt medel av kommunerna i svaren",
      `${page2}: varning: N00673 för Vallentuna (0115) 2024 har inget värde (null) i svaret; det hoppas över`,
      "kommunpress: 13 kommuner, 4 indikatorer, år 2024 (jämfört med 2023), med riket och 3 kommungrupper (räknade ur svaren); 1 borttaget och 1 tomt värde hoppades över.",
    ]);
    expect(r.stdout.match(/\(hämtad 2025-03-05\)/g)).toHaveLength(3);
  });

  it("--refresh fetches again what is in the cache, and updates it", async () => {
    const k = await start(5000);
    const cacheDir = path.join(tmp, "cache-refresh");
    const q = { kpis: ["N00671"], years: [2024], municipalities: ["0126"] };
    await fetchData(q, { baseUrl: k.base, cacheDir });
    await fetchData(q, { baseUrl: k.base, cacheDir });
    expect(k.requests).toHaveLength(1);
    await fetchData(q, { baseUrl: k.base, cacheDir, refresh: true });
    expect(k.requests).toHaveLength(2);
  });

  it("import warns about a saved page whose next page is missing", async () => {
    const k = await start(50);
    const cacheDir = path.join(tmp, "cache-en-sida");
    await fetchData({ kpis: KPIS, years: [2023, 2024] }, { baseUrl: k.base, cacheDir });
    const [firstPage] = (await readdir(cacheDir)).filter((f) => f.endsWith(".json") && !f.includes("5000_page=")).map((f) => path.join(cacheDir, f));
    if (!firstPage) throw new Error("no first page");
    const r = await cli("import", "kolada", firstPage, "--map", "data/kolada/servicematning.yaml", "--period", "v11-v19");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      `${firstPage}: varning: svaret fortsätter på en sida som inte finns bland filerna (next_url: ${k.base}/data/kpi/N00671,N00672,N00673,N00674/year/2023,2024?per_page=5000&page=2); ta med alla sidor, annars saknas värden`,
    );
  });
});

describe("kommunpress fetch kolada (CLI)", () => {
  it("fetches, writes the dataset, and gives the same file offline from the cache", async () => {
    const k = await start(50);
    const cacheDir = path.join(tmp, "cache-cli");
    const out = path.join(tmp, "cli", "huddinge.yaml");
    const args = ["fetch", "kolada", "--kpi", KPIS.join(","), "--year", "2024", "--municipality", "0126", "--base-url", k.base];
    const r = await cli(...args, "--cache", cacheDir, "--period", "v11-v19", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([`Hämtade 1 sida från Kolada; svaren sparades i ${cacheDir}`]);
    expect(r.stdout).toBe(`Skrev ${out}: 1 kommun, 4 indikatorer, år 2024 (jämfört med 2023), med riket och 1 kommungrupp; 1 borttaget värde hoppades över.\n`);
    const written = await readFile(out, "utf8");
    expect(written).toContain(`#   ${k.base}/data/kpi/N00671,N00672,N00673,N00674/municipality/0126,0000,G92786,`);
    expect(written).toContain("(hämtad 2025-03-05)");
    expect(written).toContain("# Mappning: data/kolada/servicematning.yaml (inbyggd)");
    // Participants from the kommungrupper's counts, not from the one municipality fetched.
    expect(written).toContain("  participants: 17\n");
    expect((await cli("validate", out)).code).toBe(0);

    await k.close();
    fake = undefined;
    const out2 = path.join(tmp, "cli", "huddinge-igen.yaml");
    const again = await cli(...args, "--cache", cacheDir, "--period", "v11-v19", "--out", out2);
    expect(again.code).toBe(0);
    expect(again.stderr).toEqual([`Hämtade 1 sida från Kolada (1 ur cachen ${cacheDir})`]);
    expect(await readFile(out2, "utf8")).toBe(written);
  });

  it("a 500 on every attempt: the retries, then the error; exit 1; nothing written", async () => {
    const k = await start();
    k.override = () => ({ status: 500, body: "" });
    const host = new URL(k.base).host;
    const out = path.join(tmp, "cli", "500.yaml");
    const r = await cli("fetch", "kolada", "--kpi", "N00671", "--year", "2024", "--base-url", k.base, "--no-cache", "--retry-delay", "0", "--period", "v11-v19", "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([
      `${host}: svarade 500; försöker igen om 0 s (försök 2 av 4)`,
      `${host}: svarade 500; försöker igen om 0 s (försök 3 av 4)`,
      `${host}: svarade 500; försöker igen om 0 s (försök 4 av 4)`,
      `${k.base}/data/kpi/N00671/year/2023,2024?per_page=5000: ${host} svarade 500 (Internal Server Error) på 4 försök; Kolada har problem just nu, försök igen senare`,
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it("regression: a server that accepts the connection and never answers fails within --timeout × attempts, not minutes", async () => {
    // A bare TCP server: accepts, reads nothing, writes nothing.
    const sockets = new Set<Socket>();
    const server = createNetServer((socket) => {
      sockets.add(socket);
      socket.on("error", () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}/v3`;
      // Default --retry-delay (1 s): back-off after each time-out used to add 1 + 2 + 4 s.
      const r = await cli("fetch", "kolada", "--kpi", "N00671", "--year", "2024", "--base-url", base, "--no-cache", "--period", "v11-v19", "--timeout", "0,3");
      expect(r.code).toBe(1);
      const host = `127.0.0.1:${port}`;
      expect(r.stderr).toEqual([
        `${host}: inget svar inom tidsgränsen; försöker igen om 0 s (försök 2 av 4)`,
        `${host}: inget svar inom tidsgränsen; försöker igen om 0 s (försök 3 av 4)`,
        `${host}: inget svar inom tidsgränsen; försöker igen om 0 s (försök 4 av 4)`,
        `${base}/data/kpi/N00671/year/2023,2024?per_page=5000: ${host} svarade inte inom 0,3 sekunder (4 försök, 1,2 sekunder sammanlagt); försök igen senare eller ge mer tid med --timeout`,
      ]);
      expect(sockets.size).toBeGreaterThanOrEqual(4);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    }
  });

  it("a 429, then success", async () => {
    const k = await start();
    k.override = (_url, n) => (n === 1 ? { status: 429, body: "", headers: { "retry-after": "0" } } : undefined);
    const host = new URL(k.base).host;
    const r = await cli("fetch", "kolada", "--year", "2024", "--map", "data/kolada/servicematning.yaml", "--base-url", k.base, "--no-cache", "--period", "v11-v19");
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([
      `${host}: svarade 429; försöker igen om 0 s (försök 2 av 4)`,
      // All municipalities in three pages of 50, riket and the kommungrupper in one.
      "Hämtade 4 sidor från Kolada",
      `${k.base}/data/kpi/N00671,N00672,N00673,N00674/year/2023,2024?per_page=5000&page=2: varning: N00673 för Vallentuna (0115) 2024 har inget värde (null) i svaret; det hoppas över`,
      "kommunpress: 13 kommuner, 4 indikatorer, år 2024 (jämfört med 2023), med riket och 4 kommungrupper; 1 borttaget och 1 tomt värde hoppades över.",
    ]);
    expect(r.stdout).toContain("survey:\n  name: Servicemätningen\n");
  });

  it("no measurement period: exit 1 before any request", async () => {
    const k = await start();
    const r = await cli("fetch", "kolada", "--kpi", "N00671", "--year", "2025", "--base-url", k.base, "--no-cache");
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([
      "data/kolada/servicematning.yaml (inbyggd): survey.period: mätperioden för 2025 saknas: ange --period (t.ex. --period v11-v19 eller --period 2025-03-11:2025-05-10) eller lägg till survey.period (eller years.2025.period) i mappningsfilen",
    ]);
    expect(k.requests).toEqual([]);
  });

  it("an empty result: exit 1 with what to check", async () => {
    const k = await start();
    const r = await cli("fetch", "kolada", "--kpi", "N00671", "--year", "2030", "--base-url", k.base, "--no-cache", "--period", "v11-v19");
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([
      "Kolada har inga värden för N00671 för 2029, 2030; kontrollera KPI-id och år (Servicemätningen finns från 2022)",
    ]);
  });

  it.each([
    [["--year", "2024"], "ange vilka nyckeltal som ska hämtas med --kpi (t.ex. --kpi N00671,N00672,N00673,N00674) eller --map <fil>"],
    [["--kpi", "N00999", "--year", "2024"], "ingen inbyggd mappningsfil täcker N00999; ange en egen med --map <fil> (se data/kolada/ för exempel)"],
    [["--kpi", "N0067", "--year", "2024"], '"N0067" är inget Kolada-id; ett id är en stor bokstav och fem siffror, t.ex. N00671'],
    [["--kpi", "N00671", "--year", "2024", "--municipality", "9999"], "kommunkoden 9999 finns inte bland Sveriges kommuner"],
    [["--kpi", "N00671", "--year", "2024", "--municipality", "126"], '"126" är ingen kommunkod; skriv fyra siffror, t.ex. 0126 (eller en Kolada-grupp, t.ex. G92793)'],
    [
      ["--kpi", "N00675", "--year", "2024", "--map", "data/kolada/servicematning.yaml"],
      "N00675 finns inte i mappningsfilen data/kolada/servicematning.yaml; lägg till indikatorer för dem eller välj en annan fil med --map",
    ],
  ])("usage error %j → exit 2, no request", async (extra, message) => {
    const k = await start();
    const r = await cli("fetch", "kolada", ...extra, "--base-url", k.base, "--no-cache");
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([message]);
    expect(k.requests).toEqual([]);
  });
});
