// Command-line values of the Kolada commands, parsed and checked. Pure; a bad
// value is a usage error (exit code 2) with a Swedish reason.
import { usageErrorFor } from "../messages.js";
import { Period } from "../schema.js";

function items(s: string): string[] {
  return s
    .split(/[,\s]+/)
    .map((x) => x.trim())
    .filter((x) => x !== "");
}

export function parseKpis(s: string): string[] {
  const out = items(s).map((x) => x.toUpperCase());
  if (out.length === 0) throw usageErrorFor("usage/empty", "--kpi");
  for (const k of out) if (!/^[A-Z]\d{5}$/.test(k)) throw usageErrorFor("usage/kpi", k);
  return [...new Set(out)];
}

function year(s: string): number {
  if (!/^\d{4}$/.test(s)) throw usageErrorFor("usage/year", s);
  const n = Number(s);
  if (n < 1990 || n > 2100) throw usageErrorFor("usage/year", s);
  return n;
}

export function parseYear(s: string): number {
  return year(s.trim());
}

/** "2024", "2023,2024", "2022-2024" → sorted, unique years. */
export function parseYears(s: string, option = "--year"): number[] {
  const out = new Set<number>();
  const list = items(s);
  if (list.length === 0) throw usageErrorFor("usage/empty", option);
  for (const part of list) {
    const range = /^(\d+)[-–](\d+)$/.exec(part);
    if (range?.[1] !== undefined && range[2] !== undefined) {
      const from = year(range[1]);
      const to = year(range[2]);
      if (to < from || to - from > 50) throw usageErrorFor("usage/year-range", part);
      for (let y = from; y <= to; y += 1) out.add(y);
    } else out.add(year(part));
  }
  return [...out].sort((a, b) => a - b);
}

/** The history options of the Kolada commands: --from <år> or --years <år-år>. */
export interface YearRange {
  /** Every year from this one on. */
  from?: number;
  /** These years only (sorted, unique). */
  range?: number[];
}

/** --from and --years, parsed; both at once, or --from after the survey year, is a usage error. */
export function parseYearRange(opts: { from?: string; years?: string }, surveyYear?: number): YearRange {
  if (opts.from !== undefined && opts.years !== undefined) throw usageErrorFor("usage/from-and-years");
  if (opts.from !== undefined) {
    const from = parseYear(opts.from);
    if (surveyYear !== undefined && from > surveyYear) throw usageErrorFor("usage/from-after-year", from, surveyYear);
    return { from };
  }
  if (opts.years !== undefined) return { range: parseYears(opts.years, "--years") };
  return {};
}

export function parseMunicipalities(s: string): string[] {
  const out = items(s).map((x) => (/^g\d+$/i.test(x) ? x.toUpperCase() : x));
  if (out.length === 0) throw usageErrorFor("usage/empty", "--municipality");
  for (const m of out) if (!/^(\d{4}|G\d+)$/.test(m)) throw usageErrorFor("usage/municipality", m);
  return [...new Set(out)];
}

/** "v11-v19", "vecka 11–19", "11-19" → weeks; "2025-03-10:2025-05-09" (or `..`) → dates. */
export function parsePeriod(s: string): Period {
  const t = s.trim();
  const weeks = /^(?:v(?:ecka|\.)?\s*)?(\d{1,2})\s*[-–]\s*(?:v(?:ecka|\.)?\s*)?(\d{1,2})$/i.exec(t);
  if (weeks?.[1] !== undefined && weeks[2] !== undefined) {
    const from = Number(weeks[1]);
    const to = Number(weeks[2]);
    const parsed = Period.safeParse({ weeks: [from, to] });
    if (!parsed.success) throw usageErrorFor("usage/period", s);
    if (to < from) throw usageErrorFor("usage/period-order", s);
    return parsed.data;
  }
  const dates = /^(\d{4}-\d{2}-\d{2})\s*(?::|\.\.|–)\s*(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (dates?.[1] !== undefined && dates[2] !== undefined) {
    const parsed = Period.safeParse({ from: dates[1], to: dates[2] });
    if (!parsed.success) throw usageErrorFor("usage/period", s);
    if (dates[2] < dates[1]) throw usageErrorFor("usage/period-order", s);
    return parsed.data;
  }
  throw usageErrorFor("usage/period", s);
}

export function parseTimeout(s: string): number {
  const t = s.trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(t) || Number(t) <= 0) throw usageErrorFor("usage/timeout", s);
  return Number(t) * 1000;
}

/** Seconds (0 allowed) → milliseconds. */
export function parseDelay(s: string): number {
  const t = s.trim().replace(",", ".");
  if (!/^\d+(\.\d+)?$/.test(t)) throw usageErrorFor("usage/delay", s);
  return Number(t) * 1000;
}
