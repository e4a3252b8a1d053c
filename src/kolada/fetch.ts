// What to ask Kolada for: the KPIs for the chosen years, for the chosen
// municipalities (or all of them), always with riket (0000) and the SKR
// kommungrupper (G…): their values are the "likvärdiga kommuner" comparison
// and their `count` gives the number of participants even when only a few
// municipalities are fetched.
//
// Years: --year names the survey year (the year before the latest is added),
// --years a list or range to fetch, --from every year from one on. With none
// of them, or with --from alone, the URLs name no year and Kolada returns
// every year it has (../../shared/reference/KOLADA.md: any two of kpi,
// municipality and year are enough, so such a query names the
// municipalities: all 290 when none are chosen).
import { errorFor } from "../messages.js";
import { fetchData, type ClientOptions, type DataQuery } from "./client.js";
import { NATIONAL_CODE } from "./cube.js";
import type { KoladaSource } from "./format.js";
import type { Reference } from "./reference.js";

export interface FetchRequest {
  kpis: readonly string[];
  /** Survey year(s) (--year); the year before the latest is added. */
  years?: readonly number[];
  /** Years to fetch as they are (--years). */
  range?: readonly number[];
  /** Every year from this one on (--from): up to the latest of `years`, or every year Kolada has. */
  from?: number;
  municipalities?: readonly string[];
}

/** from, from + 1, …, to. */
function span(from: number, to: number): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y += 1) out.push(y);
  return out;
}

/**
 * The years to name in the URLs, sorted; undefined for every year Kolada has
 * (no --year, --years; --from alone is applied when the responses are read).
 */
export function yearsToFetch(req: Pick<FetchRequest, "years" | "range" | "from">): number[] | undefined {
  const out = new Set<number>(req.range ?? []);
  if (req.years !== undefined && req.years.length > 0) {
    const latest = Math.max(...req.years);
    for (const y of [...req.years, latest - 1]) out.add(y);
    if (req.from !== undefined) for (const y of span(req.from, latest)) out.add(y);
  } else if (req.range === undefined) return undefined;
  return [...out].sort((a, b) => a - b);
}

export function planQueries(req: FetchRequest, reference: Reference): DataQuery[] {
  const years = yearsToFetch(req);
  const groups = [...reference.groupsByKolada.keys()].sort();
  const withYears = (q: Omit<DataQuery, "years">): DataQuery => (years !== undefined ? { ...q, years } : q);
  if (req.municipalities !== undefined) {
    const ids = [...new Set([...req.municipalities, NATIONAL_CODE, ...groups])];
    return [withYears({ kpis: req.kpis, municipalities: ids })];
  }
  // Every year: the route needs the municipalities then (kpi alone is not enough).
  if (years === undefined) {
    const all = [...reference.municipalities.keys()].sort();
    return [{ kpis: req.kpis, municipalities: [...all, NATIONAL_CODE, ...groups] }];
  }
  return [
    { kpis: req.kpis, years },
    { kpis: req.kpis, years, municipalities: [NATIONAL_CODE, ...groups] },
  ];
}

/** Every page of every planned query; an error when Kolada has no values at all. */
export async function fetchKoladaSources(req: FetchRequest, reference: Reference, opts: ClientOptions): Promise<KoladaSource[]> {
  const sources: KoladaSource[] = [];
  for (const q of planQueries(req, reference)) sources.push(...(await fetchData(q, opts)));
  if (sources.every((s) => s.page.items.length === 0)) {
    throw errorFor("kolada-no-values/fetch", {}, req.kpis, yearsToFetch(req));
  }
  return sources;
}
