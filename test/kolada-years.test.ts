// Kolada years: --from, --years and --year of `fetch kolada` and `import
// kolada`, what is asked of a local fake of the v3 API
// (test/kolada-server.ts), and that every year is kept in the dataset.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { main } from "../src/cli/main.js";
import { dataUrls } from "../src/kolada/client.js";
import { planQueries, yearsToFetch, type FetchRequest } from "../src/kolada/fetch.js";
import { parseYearRange, parseYears, type YearRange } from "../src/kolada/options.js";
import { loadReference, type Reference } from "../src/kolada/reference.js";
import { KommunpressError } from "../src/messages.js";
import type { Dataset } from "../src/schema.js";
import { fixtureItems, startFakeKolada, type FakeItem, type FakeKolada } from "./kolada-server.js";

const KPIS = ["N00671", "N00672", "N00673", "N00674"];
const BASE = fixtureItems("test/fixtures/kolada/v3/servicematning-2023-2024.json", "test/fixtures/kolada/v3/kommungrupper-2023-2024.json");

/** The fixtures' 2023 items copied to 2020–2022, each year one point lower: five years in all. */
function withHistory(items: readonly FakeItem[]): FakeItem[] {
  const earlier = items
    .filter((i) => i.period === 2023)
    .flatMap((i) =>
      [2020, 2021, 2022].map((period) => ({
        ...i,
        period,
        values: i.values.map((v) => {
          const row = v as { value?: unknown };
          return typeof row.value === "number" ? { ...row, value: Math.max(0, row.value - (2023 - period)) } : row;
        }),
      })),
    );
  return [...items, ...earlier];
}
const ITEMS = withHistory(BASE);

let reference: Reference;
let tmp: string;
let fake: FakeKolada | undefined;

beforeAll(async () => {
  reference = await loadReference();
  tmp = await mkdtemp(path.join(tmpdir(), "kommunpress-kolada-years-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string[] }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, stdout: out, stderr: err.split("\n").filter((l) => l !== "") };
}

function usageReason(f: () => unknown): string | undefined {
  try {
    f();
  } catch (err) {
    if (err instanceof KommunpressError) return `${err.exitCode}: ${err.messages.map((m) => m.reason).join("; ")}`;
    throw err;
  }
  return undefined;
}

const yearsIn = (d: Dataset, code: string): string[] =>
  Object.keys(d.municipalities.find((m) => m.code === code)?.results ?? {}).sort();

describe("option parsing", () => {
  it.each<[{ from?: string; years?: string }, number | undefined, YearRange]>([
    [{}, undefined, {}],
    [{ from: "2015" }, undefined, { from: 2015 }],
    [{ from: " 2015 " }, 2024, { from: 2015 }],
    [{ years: "2015-2018" }, undefined, { range: [2015, 2016, 2017, 2018] }],
    [{ years: "2015–2017,2020" }, undefined, { range: [2015, 2016, 2017, 2020] }],
    [{ years: "2024, 2023" }, 2024, { range: [2023, 2024] }],
  ])("%j (survey year %s) → %j", (opts, year, expected) => {
    expect(parseYearRange(opts, year)).toEqual(expected);
  });

  it.each<[{ from?: string; years?: string }, number | undefined, string]>([
    [{ from: "2015", years: "2015-2020" }, undefined, "2: ange antingen --from (alla år från och med ett år) eller --years (vissa år), inte båda"],
    [{ from: "15" }, undefined, '2: "15" är inget år; skriv fyra siffror, t.ex. 2024'],
    [{ from: "2025" }, 2024, "2: --from 2025 ligger efter undersökningsåret 2024"],
    [{ years: "2020-2015" }, undefined, '2: "2020-2015" är ingen följd av år; skriv t.ex. 2023-2025'],
    [{ years: " , " }, undefined, "2: --years behöver minst ett värde"],
  ])("%j (survey year %s) is a usage error", (opts, year, reason) => {
    expect(usageReason(() => parseYearRange(opts, year))).toBe(reason);
  });

  it("parseYears names the option it reads", () => {
    expect(usageReason(() => parseYears("", "--years"))).toBe("2: --years behöver minst ett värde");
    expect(usageReason(() => parseYears(""))).toBe("2: --year behöver minst ett värde");
  });
});

describe("which years are asked for", () => {
  it.each<[Omit<FetchRequest, "kpis">, number[] | undefined]>([
    [{}, undefined], // every year Kolada has
    [{ from: 2015 }, undefined], // every year, the earlier ones dropped when read
    [{ years: [2025] }, [2024, 2025]],
    [{ years: [2024], from: 2020 }, [2020, 2021, 2022, 2023, 2024]],
    [{ range: [2015, 2016, 2017] }, [2015, 2016, 2017]],
    [{ range: [2015, 2016], years: [2024] }, [2015, 2016, 2023, 2024]],
  ])("%j → %j", (req, expected) => {
    expect(yearsToFetch(req)).toEqual(expected);
  });

  it("every year and every municipality: the URLs name all 290 municipalities, riket and the groups, and no year", () => {
    const queries = planQueries({ kpis: KPIS }, reference);
    expect(queries).toHaveLength(1);
    expect(queries[0]?.years).toBeUndefined();
    expect(queries[0]?.municipalities).toHaveLength(300);
    const urls = queries.flatMap((q) => dataUrls("https://api.kolada.se/v3", q));
    expect(urls).toHaveLength(12);
    for (const u of urls) expect(u).toMatch(/^https:\/\/api\.kolada\.se\/v3\/data\/kpi\/N00671,N00672,N00673,N00674\/municipality\/[0-9G,]+\?per_page=5000$/);
  });

  it("every year for chosen municipalities: one query without a year", () => {
    const [q] = planQueries({ kpis: KPIS, municipalities: ["0126"] }, reference);
    expect(q?.years).toBeUndefined();
    expect(dataUrls("https://api.kolada.se/v3", q ?? { kpis: [] })[0]).toBe(
      "https://api.kolada.se/v3/data/kpi/N00671,N00672,N00673,N00674/municipality/0126,0000,G92786,G92787,G92788,G92789,G92790,G92791,G92792,G92793,G92794?per_page=5000",
    );
  });
});

describe("kommunpress fetch kolada: years", () => {
  const run = async (...extra: string[]): Promise<{ code: number; dataset: Dataset | undefined; stderr: string[]; requests: string[] }> => {
    fake = await startFakeKolada(ITEMS, 5000);
    const r = await cli("fetch", "kolada", "--kpi", KPIS.join(","), "--base-url", fake.base, "--no-cache", "--period", "v11-v19", ...extra);
    const dataset = r.code === 0 ? (parse(r.stdout) as Dataset) : undefined;
    return { code: r.code, dataset, stderr: r.stderr, requests: fake.requests };
  };

  it("by default fetches every year (no year in the URLs) and keeps them all; the survey year is the latest", async () => {
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.requests).toHaveLength(12);
    for (const q of r.requests) expect(q).not.toContain("/year/");
    expect(r.dataset?.survey.year).toBe(2024);
    expect(yearsIn(r.dataset as Dataset, "0126")).toEqual(["2020", "2021", "2022", "2023", "2024"]);
    expect(Object.keys(r.dataset?.national?.results ?? {}).sort()).toEqual(["2020", "2021", "2022", "2023", "2024"]);
    expect(r.stderr.at(-1)).toMatch(/år 2024 \(jämfört med 2023\)/);
  });

  it("--from 2022: every year asked for, those before 2022 dropped", async () => {
    const r = await run("--from", "2022");
    expect(r.code).toBe(0);
    for (const q of r.requests) expect(q).not.toContain("/year/");
    expect(yearsIn(r.dataset as Dataset, "0126")).toEqual(["2022", "2023", "2024"]);
  });

  it("--year 2024 --from 2021: the years 2021–2024 named in the URLs", async () => {
    const r = await run("--year", "2024", "--from", "2021", "--municipality", "0126");
    expect(r.code).toBe(0);
    expect(r.requests).toEqual([
      "/v3/data/kpi/N00671,N00672,N00673,N00674/municipality/0126,0000,G92786,G92787,G92788,G92789,G92790,G92791,G92792,G92793,G92794/year/2021,2022,2023,2024?per_page=5000",
    ]);
    expect(yearsIn(r.dataset as Dataset, "0126")).toEqual(["2021", "2022", "2023", "2024"]);
  });

  it("--years 2020-2022: those years only; the survey year is the latest of them", async () => {
    const r = await run("--years", "2020-2022");
    expect(r.code).toBe(0);
    expect(r.requests).toEqual([
      "/v3/data/kpi/N00671,N00672,N00673,N00674/year/2020,2021,2022?per_page=5000",
      "/v3/data/kpi/N00671,N00672,N00673,N00674/municipality/0000,G92786,G92787,G92788,G92789,G92790,G92791,G92792,G92793,G92794/year/2020,2021,2022?per_page=5000",
    ]);
    expect(r.dataset?.survey.year).toBe(2022);
    expect(yearsIn(r.dataset as Dataset, "0126")).toEqual(["2020", "2021", "2022"]);
  });

  it("--year 2024 alone: the year and the one before, as before", async () => {
    const r = await run("--year", "2024", "--municipality", "0126");
    expect(r.requests).toHaveLength(1);
    expect(r.requests[0]).toContain("/year/2023,2024?");
    expect(yearsIn(r.dataset as Dataset, "0126")).toEqual(["2023", "2024"]);
  });

  it.each([
    [["--from", "2015", "--years", "2015-2020"], "ange antingen --from (alla år från och med ett år) eller --years (vissa år), inte båda"],
    [["--year", "2020", "--from", "2022"], "--from 2022 ligger efter undersökningsåret 2020"],
    [["--years", "20-22"], '"20" är inget år; skriv fyra siffror, t.ex. 2024'],
  ])("usage error %j → exit 2, no request", async (extra, message) => {
    const r = await run(...extra);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([message]);
    expect(r.requests).toEqual([]);
  });
});

describe("kommunpress import kolada: years", () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(tmp, "fem-ar.json");
    await writeFile(file, JSON.stringify({ values: ITEMS, count: ITEMS.length, next_url: null, previous_url: null }));
  });
  const run = async (...extra: string[]): Promise<{ code: number; dataset: Dataset | undefined; stderr: string[] }> => {
    const r = await cli("import", "kolada", file, "--map", "data/kolada/servicematning.yaml", "--period", "v11-v19", ...extra);
    return { code: r.code, dataset: r.code === 0 ? (parse(r.stdout) as Dataset) : undefined, stderr: r.stderr };
  };

  it("keeps every year in the responses by default", async () => {
    const r = await run();
    expect(r.code).toBe(0);
    expect(yearsIn(r.dataset as Dataset, "0126")).toEqual(["2020", "2021", "2022", "2023", "2024"]);
    const g = r.dataset?.groups?.[0];
    expect(Object.keys(g?.results ?? {}).sort()).toEqual(["2020", "2021", "2022", "2023", "2024"]);
  });

  it("--year 2022 keeps the years up to 2022, not the later ones", async () => {
    const r = await run("--year", "2022");
    expect(yearsIn(r.dataset as Dataset, "0126")).toEqual(["2020", "2021", "2022"]);
  });

  it("--from 2022 and --years 2020,2024 choose the years (the year before the survey year always comes along)", async () => {
    expect(yearsIn((await run("--from", "2022")).dataset as Dataset, "0126")).toEqual(["2022", "2023", "2024"]);
    expect(yearsIn((await run("--years", "2020,2024")).dataset as Dataset, "0126")).toEqual(["2020", "2023", "2024"]);
  });

  it("--from and --years together: exit 2", async () => {
    const r = await run("--from", "2021", "--years", "2021-2024");
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual(["ange antingen --from (alla år från och med ett år) eller --years (vissa år), inte båda"]);
  });
});
