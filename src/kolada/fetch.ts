// What to ask Kolada for: the KPIs for the survey year and the year before,
// for the chosen municipalities (or all of them), always with riket (0000)
// and the SKR kommungrupper (G…): their values are the "likvärdiga kommuner"
// comparison and their `count` gives the number of participants even when
// only a few municipalities are fetched.
import { KommunpressError } from "../messages.js";
import { fetchData, type ClientOptions, type DataQuery } from "./client.js";
import { NATIONAL_CODE } from "./cube.js";
import type { KoladaSource } from "./format.js";
import type { Reference } from "./reference.js";

export interface FetchRequest {
  kpis: readonly string[];
  /** Years asked for; the year before the latest is added. */
  years: readonly number[];
  municipalities?: readonly string[];
}

export const fetchReasons = {
  noValues: (kpis: readonly string[], years: readonly number[]) =>
    `Kolada har inga värden för ${kpis.join(", ")} för ${years.join(", ")}; kontrollera KPI-id och år (Servicemätningen finns från 2022)`,
} as const;

/** The requested years plus the year before the latest (for the comparison). */
export function yearsToFetch(years: readonly number[]): number[] {
  const latest = Math.max(...years);
  return [...new Set([...years, latest - 1])].sort((a, b) => a - b);
}

export function planQueries(req: FetchRequest, reference: Reference): DataQuery[] {
  const years = yearsToFetch(req.years);
  const groups = [...reference.groupsByKolada.keys()].sort();
  if (req.municipalities !== undefined) {
    const ids = [...new Set([...req.municipalities, NATIONAL_CODE, ...groups])];
    return [{ kpis: req.kpis, years, municipalities: ids }];
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
    throw new KommunpressError(
      [{ ruleId: "kolada-no-values", severity: "error", reason: fetchReasons.noValues(req.kpis, yearsToFetch(req.years)) }],
      1,
    );
  }
  return sources;
}
