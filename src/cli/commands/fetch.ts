// `kommunpress fetch kolada --kpi <id,…> [--year <år>] [--from <år> | --years <år-år>]`:
// reads Koladas v3 API (paging, ≤25 ids per segment, retries, time-out, cache
// folder for offline re-runs) and imports the responses as `import kolada`
// does, keeping every year fetched. Without --year, --from and --years it
// fetches every year the KPIs have.
import path from "node:path";
import { Command } from "commander";
import type { Io } from "../io.js";
import { DEFAULT_BASE_URL, type ClientEvent, type ClientOptions } from "../../kolada/client.js";
import { fetchKoladaSources, type FetchRequest } from "../../kolada/fetch.js";
import { importKolada, periodMissing, resolvePeriod, type ImportOptions } from "../../kolada/import.js";
import { findShippedMapping, loadMapping, mappingKpis } from "../../kolada/mapping.js";
import {
  parseDelay,
  parseKpis,
  parseMunicipalities,
  parsePeriod,
  parseTimeout,
  parseYearRange,
  parseYears,
} from "../../kolada/options.js";
import { loadReference } from "../../kolada/reference.js";
import { KommunpressError, usageErrorFor } from "../../messages.js";
import { PACKAGE_ROOT } from "../../paths.js";
import { emitDataset } from "./kolada-output.js";

export const DEFAULT_CACHE_DIR = ".kolada-cache";

interface FetchKoladaCliOptions {
  kpi?: string;
  year?: string;
  from?: string;
  years?: string;
  municipality?: string;
  map?: string;
  baseUrl?: string;
  /** A folder, false for --no-cache, undefined for the default folder. */
  cache?: string | false;
  refresh?: boolean;
  timeout?: string;
  retryDelay?: string;
  period?: string;
  out?: string;
}

/** Test seams: a fake fetch, no real waiting, a fixed clock. */
export type FetchCommandDeps = Pick<ClientOptions, "fetch" | "sleep" | "now" | "backoffMs" | "attempts">;

/** Progress lines on stderr (not messages: the errors are in ../../catalogue.ts). */
export const fetchMessages = {
  retry: (host: string, reason: string, seconds: number, attempt: number, attempts: number) =>
    `${host}: ${reason}; försöker igen om ${String(Math.round(seconds * 10) / 10).replace(".", ",")} s (försök ${attempt + 1} av ${attempts})`,
  done: (pages: number, cached: number, cacheDir: string | false) => {
    const fetched = `Hämtade ${pages === 1 ? "1 sida" : `${pages} sidor`} från Kolada`;
    if (cacheDir === false) return fetched;
    if (cached > 0) return `${fetched} (${cached} ur cachen ${cacheDir})${cached < pages ? `; nya svar sparades i ${cacheDir}` : ""}`;
    return `${fetched}; svaren sparades i ${cacheDir}`;
  },
} as const;

/** --year, --from and --years: what to ask Kolada for and what the import keeps. */
function yearChoice(opts: FetchKoladaCliOptions): {
  surveyYear: number | undefined;
  request: Pick<FetchRequest, "years" | "range" | "from">;
  keep: Pick<ImportOptions, "year" | "from" | "years">;
} {
  const years = opts.year !== undefined ? parseYears(opts.year) : undefined;
  const surveyYear = years !== undefined ? Math.max(...years) : undefined;
  const { from, range } = parseYearRange(opts, surveyYear);
  const fromPart = { ...(from !== undefined ? { from } : {}) };
  return {
    surveyYear,
    request: { ...(years !== undefined ? { years } : {}), ...(range !== undefined ? { range } : {}), ...fromPart },
    keep: { ...(surveyYear !== undefined ? { year: surveyYear } : {}), ...(range !== undefined ? { years: range } : {}), ...fromPart },
  };
}

/** Counts pages (cache hits included) and prints each retry. */
function progress(io: Io, attempts: number): { onEvent: (e: ClientEvent) => void; pages: () => number; cached: () => number } {
  let pages = 0;
  let cached = 0;
  const onEvent = (e: ClientEvent): void => {
    if (e.kind === "cache-hit") {
      pages += 1;
      cached += 1;
    } else if (e.kind === "request" && e.attempt === 1) pages += 1;
    else if (e.kind === "retry") {
      io.stderr(`${fetchMessages.retry(new URL(e.url).host, e.reason, e.delayMs / 1000, e.attempt, attempts)}\n`);
    }
  };
  return { onEvent, pages: () => pages, cached: () => cached };
}

export function fetchCommand(io: Io, deps: FetchCommandDeps = {}): Command {
  const kolada = new Command("kolada")
    .description("hämta nyckeltal från Koladas API (v3) och gör en datafil av dem")
    .option("--kpi <id,...>", "Kolada-id, kommaseparerade, t.ex. N00671,N00672,N00673,N00674 (standard: mappningsfilens)")
    .option("--year <år,...>", "undersökningsår, t.ex. 2025 (standard: det senaste året med värden); året före hämtas också")
    .option("--from <år>", "hämta alla år från och med detta, t.ex. 2015 (till undersökningsåret)")
    .option("--years <år-år>", "hämta dessa år, t.ex. 2015-2025 eller 2023,2024 (standard: alla år som nyckeltalen har)")
    .option("--municipality <kod,...>", "bara dessa kommuner (koder, kommaseparerade); riket och kommungrupperna hämtas alltid")
    .option("--map <fil>", "mappningsfil (standard: den inbyggda som täcker nyckeltalen, t.ex. data/kolada/servicematning.yaml)")
    .option("--base-url <url>", `Koladas API (standard: ${DEFAULT_BASE_URL})`)
    .option("--cache <mapp>", `mapp för svaren, så att en ny körning fungerar utan nät (standard: ${DEFAULT_CACHE_DIR})`)
    .option("--no-cache", "spara inte svaren och läs inte ur cachen")
    .option("--refresh", "hämta om även det som redan finns i cachen")
    .option("--timeout <sekunder>", "tidsgräns per anrop, hela svaret inräknat (standard: 30); ett anrop prövas högst 4 gånger")
    .option("--retry-delay <sekunder>", "väntetid före första nya försöket vid 429 eller serverfel; fördubblas för varje försök (standard: 1)")
    .option("--period <period>", "mätperiod, t.ex. v11-v19 eller 2025-03-10:2025-05-09 (går före mappningsfilens)")
    .option("-o, --out <fil>", "fil att skriva datafilen till (standard: skriv ut den)")
    .action(async (opts: FetchKoladaCliOptions) => {
      const { surveyYear, request, keep } = yearChoice(opts);
      const timeoutMs = parseTimeout(opts.timeout ?? "30");
      const retryDelayMs = parseDelay(opts.retryDelay ?? "1");
      const baseUrl = opts.baseUrl ?? DEFAULT_BASE_URL;
      const cacheDir = opts.cache === false ? false : (opts.cache ?? DEFAULT_CACHE_DIR);
      const period = opts.period !== undefined ? parsePeriod(opts.period) : undefined;
      const given = opts.kpi !== undefined ? parseKpis(opts.kpi) : undefined;
      const municipalities = opts.municipality !== undefined ? parseMunicipalities(opts.municipality) : undefined;
      if (given === undefined && opts.map === undefined) throw usageErrorFor("usage/kpi-or-map");

      const mapFile = opts.map ?? (await findShippedMapping(given ?? []));
      const mapLabel = opts.map ?? `${path.relative(PACKAGE_ROOT, mapFile).split(path.sep).join("/")} (inbyggd)`;
      const { mapping, locate } = await loadMapping(mapFile);
      const inMapping = new Set(mappingKpis(mapping));
      const missing = (given ?? []).filter((k) => !inMapping.has(k));
      if (missing.length > 0) throw usageErrorFor("usage/kpi-not-in-mapping", missing, opts.map ?? mapLabel);
      const kpis = given ?? mappingKpis(mapping);

      const reference = await loadReference();
      for (const code of municipalities ?? []) {
        if (/^\d{4}$/.test(code) && code !== "0000" && !reference.municipalities.has(code)) {
          throw usageErrorFor("usage/unknown-code", code);
        }
      }

      // No period, no dataset: say so before anything is fetched (when the year is known).
      if (surveyYear !== undefined && !resolvePeriod(mapping, surveyYear, period)) {
        throw new KommunpressError(
          [periodMissing(surveyYear, { mappingFile: mapLabel, ...(opts.map !== undefined ? { locateMapping: locate } : {}) })],
          1,
        );
      }

      const attempts = deps.attempts ?? 4;
      const { onEvent, pages, cached } = progress(io, attempts);
      const sources = await fetchKoladaSources({ kpis, ...request, ...(municipalities ? { municipalities } : {}) }, reference, {
        baseUrl,
        ...(cacheDir !== false ? { cacheDir } : {}),
        ...(opts.refresh ? { refresh: true } : {}),
        timeoutMs,
        attempts,
        onEvent,
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
        ...(deps.sleep ? { sleep: deps.sleep } : {}),
        ...(deps.now ? { now: deps.now } : {}),
        backoffMs: deps.backoffMs ?? retryDelayMs,
      });
      io.stderr(`${fetchMessages.done(pages(), cached(), cacheDir)}\n`);

      const result = importKolada(sources, {
        mapping,
        mappingFile: mapLabel,
        ...(opts.map !== undefined ? { locateMapping: locate } : {}),
        reference,
        ...keep,
        ...(period !== undefined ? { period } : {}),
        outputName: opts.out ?? "(utdata)",
        command: "fetch kolada",
      });
      await emitDataset(result, opts.out, io);
    });
  return new Command("fetch")
    .description("hämta data från Koladas öppna API")
    .helpCommand("help [kommando]", "visa hjälp för ett kommando")
    .addCommand(kolada);
}
