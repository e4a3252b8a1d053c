// analyse: numbers in, typed findings out. Pure; no wording here.
// Classification follows ../shared/DESIGN.md ("Classification").
import type { Dataset, Group, Indicator, Municipality, ThresholdPair } from "../schema.js";

export type ChangeClass =
  | "strongly-improved"
  | "improved"
  | "unchanged"
  | "declined"
  | "strongly-declined";
export type CompareClass = "much-better" | "better" | "level" | "worse" | "much-worse";

export const CHANGE_CLASSES: readonly ChangeClass[] = [
  "strongly-improved",
  "improved",
  "unchanged",
  "declined",
  "strongly-declined",
];
export const COMPARE_CLASSES: readonly CompareClass[] = [
  "much-better",
  "better",
  "level",
  "worse",
  "much-worse",
];

/** Removes floating-point noise so that 84.2 − 82.2 counts as exactly 2. */
export function clean(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function direction(better: Indicator["better"]): 1 | -1 {
  return better === "higher" ? 1 : -1;
}

/** Band of a directed difference; boundaries belong to the higher band. */
function band(delta: number, t: ThresholdPair): -2 | -1 | 0 | 1 | 2 {
  const d = clean(delta);
  const mag = Math.abs(d);
  if (mag < t.same || d === 0) return 0;
  const strong = mag >= t.strong;
  if (d > 0) return strong ? 2 : 1;
  return strong ? -2 : -1;
}

export function classifyChange(
  value: number | null | undefined,
  previous: number | null | undefined,
  better: Indicator["better"],
  t: ThresholdPair,
): ChangeClass | null {
  if (value == null || previous == null) return null;
  const b = band(direction(better) * (value - previous), t);
  return ({ 2: "strongly-improved", 1: "improved", 0: "unchanged", [-1]: "declined", [-2]: "strongly-declined" } as const)[b];
}

export function classifyComparison(
  value: number | null | undefined,
  reference: number | null | undefined,
  better: Indicator["better"],
  t: ThresholdPair,
): CompareClass | null {
  if (value == null || reference == null) return null;
  const b = band(direction(better) * (value - reference), t);
  return ({ 2: "much-better", 1: "better", 0: "level", [-1]: "worse", [-2]: "much-worse" } as const)[b];
}

export function changeStrength(c: ChangeClass | null): number {
  if (c === "strongly-improved" || c === "strongly-declined") return 2;
  if (c === "improved" || c === "declined") return 1;
  return 0;
}
export function isImprovement(c: ChangeClass | null): boolean {
  return c === "improved" || c === "strongly-improved";
}
export function isDecline(c: ChangeClass | null): boolean {
  return c === "declined" || c === "strongly-declined";
}
/** +1 for an improvement, −1 for a decline, 0 for no change or none known. */
export function classPolarity(c: ChangeClass | null): 1 | -1 | 0 {
  return isImprovement(c) ? 1 : isDecline(c) ? -1 : 0;
}
/** +1 better, 0 level, −1 worse. */
export function comparePolarity(c: CompareClass): -1 | 0 | 1 {
  if (c === "much-better" || c === "better") return 1;
  if (c === "level") return 0;
  return -1;
}

export interface Place {
  position: number;
  of: number;
  /** How many share the position (this municipality included), when more than one. */
  tied?: number;
  /** The names of the others sharing the position, when at most four others do. */
  sharedWith?: string[];
}

/** A place in the country, and in the municipality's group when the group is large enough to rank in. */
export interface Rank extends Place {
  group?: GroupPlace;
  /** The largest improvement (decline) since last year of every municipality measured both years, when no other equals it. */
  change?: ChangeEnd;
  /** Last year's place in the country, among the municipalities with a result that year. */
  previous?: Place;
  /**
   * The years in a row, this one included, at the same end of the country (first, shared or not; or last), when two
   * or more: "Det är tredje året i rad som Gagnef ligger i topp" (reads JQ, JR: Gagnef's first place and Herrljunga's
   * last place two years running went unsaid). A year without a result breaks the run.
   */
  endRun?: number;
  /** Every year of endRun, this one included, the place was shared: "För femte året i rad delar Nynäshamn förstaplatsen" (read KM). */
  endRunShared?: true;
}

export type ChangeEnd = "most-improved" | "most-declined";

/**
 * A place in the group; `members` when some of the group's municipalities in
 * the data have no value to rank, `measured` when those ranked are exactly the
 * members measured that year.
 */
export interface GroupPlace extends Place {
  members?: number;
  measured?: boolean;
}

/**
 * A group ranks its members only from this many with a value: first of three
 * large cities is no news (a read asked for first and last in the group: Härjedalen, Borås).
 */
export const GROUP_PLACE_MIN = 10;

/** How many ranked municipalities are strictly worse than this place. */
export function placesBelow(r: Place): number {
  return r.of - (r.position + (r.tied ?? 1) - 1);
}

/** First or last in the kommungrupp, or neither. */
export function groupEnd(f: IndicatorFinding): "first" | "last" | undefined {
  const g = f.rank?.group;
  if (!g) return undefined;
  return g.position === 1 && placesBelow(g) > 0 ? "first" : placesBelow(g) === 0 ? "last" : undefined;
}

export interface IndicatorFinding {
  indicator: Indicator;
  value: number;
  previous: number | null;
  /** value − previous, raw (not directed). */
  change: number | null;
  changeClass: ChangeClass | null;
  national: number | null;
  vsNational: CompareClass | null;
  /** Last year's value against last year's national value (for a crossing). */
  previousVsNational: CompareClass | null;
  group: number | null;
  vsGroup: CompareClass | null;
  /** Last year's value against last year's group value ("fortfarande sämre än … likvärdiga kommuner" needs it). */
  previousVsGroup?: CompareClass | null;
  /** Last year's national and group values: "fortfarande långt bättre" needs last year's gap as wide (read HE). */
  previousNational?: number | null;
  previousGroup?: number | null;
  rank: Rank | null;
  /** The thresholds the comparisons were classed by (for wording within a class). */
  compareThresholds: ThresholdPair;
  /** The thresholds the change against last year was classed by. */
  changeThresholds: ThresholdPair;
  /** News value: higher is more newsworthy. */
  score: number;
}

export interface Analysis {
  year: number;
  previousYear: number;
  municipality: Municipality;
  group: Group | null;
  /** Findings in the order of the data's indicators (only indicators with a value). */
  findings: IndicatorFinding[];
  /** Municipalities that took part in the survey (survey.participants). */
  participants: number;
}

export function thresholdsFor(dataset: Dataset, ind: Indicator): { change: ThresholdPair; compare: ThresholdPair } {
  return {
    change: ind.thresholds?.change ?? dataset.thresholds.change,
    compare: ind.thresholds?.compare ?? dataset.thresholds.compare,
  };
}

function valueOf(results: Municipality["results"] | undefined, year: number, id: string): number | null {
  const v = results?.[String(year)]?.[id];
  return typeof v === "number" ? v : null;
}

/**
 * Ranks per indicator across the dataset, best first, ties share a position
 * ("1224"), each with its place in the municipality's group (GROUP_PLACE_MIN).
 * Only when the dataset holds every participant for the year; otherwise a
 * rank would be a rank among an arbitrary subset.
 */
export function computeRanks(dataset: Dataset, year: number): Map<string, Map<string, Rank>> {
  const out = new Map<string, Map<string, Rank>>();
  const withYear = dataset.municipalities.filter((m) => m.results[String(year)] !== undefined);
  if (withYear.length < dataset.survey.participants) return out;
  const back = year - firstYear(dataset);
  for (const ind of dataset.indicators) {
    const ends = changeEnds(withYear, ind, year);
    // "kvar på tredje sista plats" needs last year's place: Åstorp had been last (read HL).
    const before = placesAmong(dataset.municipalities, ind, year - 1);
    // Earlier years' places, each computed once and only for a municipality at an end this year (endRun).
    const years = new Map<number, Map<string, Rank>>([[1, before]]);
    const earlier = (back: number): Map<string, Rank> => {
      if (!years.has(back)) years.set(back, placesAmong(dataset.municipalities, ind, year - back));
      return years.get(back) ?? new Map();
    };
    for (const [code, place] of placesAmong(withYear, ind, year)) {
      let m = out.get(code);
      if (!m) out.set(code, (m = new Map()));
      const end = ends.get(code);
      const previous = before.get(code);
      const { run, shared } = endRun(code, place, earlier, back);
      m.set(ind.id, { ...place, ...(end ? { change: end } : {}), ...(previous ? { previous: withoutNames(previous) } : {}), ...(run > 1 ? { endRun: run, ...(shared ? { endRunShared: true as const } : {}) } : {}) });
    }
    const groups = new Set(withYear.map((m) => m.group).filter((g): g is string => g !== undefined));
    for (const g of groups) {
      const inYear = withYear.filter((m) => m.group === g);
      const places = placesAmong(inYear, ind, year);
      if (places.size < GROUP_PLACE_MIN) continue;
      // "de 24 kommunerna i kommungruppen" read as wrong where the group has 27, three without a result (a read).
      const members = dataset.municipalities.filter((m) => m.group === g).length;
      for (const [code, place] of places) {
        const r = out.get(code)?.get(ind.id);
        if (r) r.group = members > place.of ? { ...place, members, measured: inYear.length === place.of } : place;
      }
    }
  }
  return out;
}

/**
 * The municipalities with the largest improvement and the largest decline since last year on one indicator,
 * each only when no other municipality's change equals it (a shared largest is no news of its own).
 */
function changeEnds(ms: readonly Municipality[], ind: Indicator, year: number): Map<string, ChangeEnd> {
  const d = direction(ind.better);
  const moves = ms
    .map((m) => {
      const v = valueOf(m.results, year, ind.id);
      const p = valueOf(m.results, year - 1, ind.id);
      return v === null || p === null ? null : { code: m.code, c: clean(d * (v - p)) };
    })
    .filter((x): x is { code: string; c: number } => x !== null)
    .sort((a, b) => b.c - a.c);
  const out = new Map<string, ChangeEnd>();
  const [top, next] = moves;
  if (top && next && top.c > 0 && top.c > next.c) out.set(top.code, "most-improved");
  const [bottom, above] = [moves[moves.length - 1], moves[moves.length - 2]];
  if (bottom && above && bottom.c < 0 && bottom.c < above.c) out.set(bottom.code, "most-declined");
  return out;
}

/** Which end of the country a place is at: first (shared or not), last, or neither. */
export function countryEnd(p: Place): "first" | "last" | undefined {
  return p.position === 1 && placesBelow(p) > 0 ? "first" : placesBelow(p) === 0 && p.position > 1 ? "last" : undefined;
}

/**
 * The years in a row, this one included, that `code` held the end of the country `place` is at (1 when at none), and
 * whether it shared that place every one of those years.
 */
function endRun(code: string, place: Place, earlier: (back: number) => Map<string, Rank>, years: number): { run: number; shared: boolean } {
  const end = countryEnd(place);
  if (end === undefined) return { run: 1, shared: false };
  const sharedPlace = (p: Place): boolean => (p.tied ?? 1) > 1;
  let run = 1;
  let shared = sharedPlace(place);
  while (run <= years) {
    const p = earlier(run).get(code);
    if (!p || countryEnd(p) !== end) break;
    shared = shared && sharedPlace(p);
    run += 1;
  }
  return { run, shared };
}

/** The first year any municipality in the dataset has a result for. */
function firstYear(dataset: Dataset): number {
  return Math.min(...dataset.municipalities.flatMap((m) => Object.keys(m.results).map(Number)), dataset.survey.year);
}

/** A place without the names it is shared with (last year's, which no sentence names). */
function withoutNames(p: Place): Place {
  return p.tied === undefined ? { position: p.position, of: p.of } : { position: p.position, of: p.of, tied: p.tied };
}

/** Each municipality's place among `ms` on one indicator (those with a value only). */
function placesAmong(ms: readonly Municipality[], ind: Indicator, year: number): Map<string, Rank> {
  const out = new Map<string, Rank>();
  const d = direction(ind.better);
  const vals = ms
    .map((m) => ({ code: m.code, name: m.name, v: valueOf(m.results, year, ind.id) }))
    .filter((x): x is { code: string; name: string; v: number } => x.v !== null)
    .sort((a, b) => d * (b.v - a.v));
  let start = 0;
  while (start < vals.length) {
    let end = start + 1;
    while (end < vals.length && clean((vals[end] as { v: number }).v - (vals[start] as { v: number }).v) === 0) end++;
    const tie = vals.slice(start, end);
    for (const x of tie) {
      const rank: Rank = { position: start + 1, of: vals.length };
      if (tie.length > 1) rank.tied = tie.length;
      if (tie.length > 1 && tie.length <= 5) rank.sharedWith = tie.filter((y) => y !== x).map((y) => y.name);
      out.set(x.code, rank);
    }
    start = end;
  }
  return out;
}

function scoreOf(f: Omit<IndicatorFinding, "score">, t: { change: ThresholdPair }): number {
  let s = 0;
  const cs = changeStrength(f.changeClass);
  if (f.changeClass !== null) {
    s += cs === 2 ? 4 : cs === 1 ? 2.5 : 0.3;
    if (f.change !== null && t.change.strong > 0) {
      s += Math.min(Math.abs(f.change) / t.change.strong, 3) * 0.5;
    }
  }
  const cmp = [f.vsNational, f.vsGroup].filter((c): c is CompareClass => c !== null);
  let best = 0;
  for (const c of cmp) {
    const w = c === "much-better" || c === "much-worse" ? 1.5 : c === "level" ? 0.1 : 0.8;
    best = Math.max(best, w);
  }
  return s + best;
}

export function analyseMunicipality(
  dataset: Dataset,
  municipality: Municipality,
  ranks: Map<string, Map<string, Rank>> = computeRanks(dataset, dataset.survey.year),
): Analysis {
  const year = dataset.survey.year;
  const previousYear = year - 1;
  const group = dataset.groups?.find((g) => g.id === municipality.group) ?? null;
  const findings: IndicatorFinding[] = [];
  for (const ind of dataset.indicators) {
    const value = valueOf(municipality.results, year, ind.id);
    if (value === null) continue; // a missing number is never mentioned
    const t = thresholdsFor(dataset, ind);
    const previous = valueOf(municipality.results, previousYear, ind.id);
    const national = valueOf(dataset.national?.results, year, ind.id);
    const groupValue = group ? valueOf(group.results, year, ind.id) : null;
    const previousNational = valueOf(dataset.national?.results, previousYear, ind.id);
    const previousGroup = group ? valueOf(group.results, previousYear, ind.id) : null;
    const base = {
      indicator: ind,
      value,
      previous,
      change: previous === null ? null : clean(value - previous),
      changeClass: classifyChange(value, previous, ind.better, t.change),
      national,
      vsNational: classifyComparison(value, national, ind.better, t.compare),
      previousVsNational: classifyComparison(previous, previousNational, ind.better, t.compare),
      previousNational,
      previousGroup,
      group: groupValue,
      vsGroup: classifyComparison(value, groupValue, ind.better, t.compare),
      previousVsGroup: group ? classifyComparison(previous, previousGroup, ind.better, t.compare) : null,
      rank: ranks.get(municipality.code)?.get(ind.id) ?? null,
      compareThresholds: t.compare,
      changeThresholds: t.change,
    };
    findings.push({ ...base, score: scoreOf(base, t) });
  }
  return {
    year,
    previousYear,
    municipality,
    group,
    findings,
    participants: dataset.survey.participants,
  };
}
