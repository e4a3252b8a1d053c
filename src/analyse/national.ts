// analyse, national summary: numbers in, typed findings out, for the release
// about all participating municipalities (riket). Pure; no wording here.
// Change classes and thresholds are those of ./municipality.ts (DESIGN.md,
// "Classification"), applied to the average and to each municipality.
import { classifyChange, clean, isDecline, isImprovement, thresholdsFor, type ChangeClass } from "./municipality.js";
import type { Dataset, Indicator, Municipality, Results, ThresholdPair } from "../schema.js";

/** Where an average comes from: the data's `national` value, or the unweighted mean over the participants. */
export type AverageSource = "national" | "participants";

export interface MunicipalityRef {
  code: string;
  name: string;
}

export interface MunicipalityValue extends MunicipalityRef {
  value: number;
  /** Position among all municipalities with a value, best first; ties share it. */
  position: number;
}

/** A value and every municipality (or group) that has it, names in Swedish alphabetical order. */
export interface Extreme<T> {
  value: number;
  members: T[];
}

export interface GroupRef {
  id: string;
  name: string;
}

export interface GroupValue extends GroupRef {
  value: number;
}

export interface GroupSpread {
  /** "groups": the data's own group averages; "participants": unweighted means of each group's members. */
  source: "groups" | "participants";
  /** Every group with a value, best first. */
  values: GroupValue[];
  best: Extreme<GroupRef>;
  worst: Extreme<GroupRef>;
  /** |best − worst|, in the indicator's unit. */
  difference: number;
}

/**
 * Riket's values moving the same way every year, however little (a rise of
 * 0,5 counts; an equal value or a missing year ends it), ending in the survey
 * year. This is the plain sense of "ökat varje år", unlike a streak, which
 * counts only steps of at least `same` (analyse/time.ts).
 */
export interface SteadyRun {
  direction: "up" | "down";
  /** Year-on-year steps: 2014 → 2019 without a break is five. */
  steps: number;
  startYear: number;
  startValue: number;
  /** The run starts at the first year riket has a value for the indicator. */
  fromFirst: boolean;
}

/** How the municipalities that have both years moved, by the indicator's change thresholds (direction-aware). */
export interface MoverCounts {
  /** Municipalities with a value both years. */
  compared: number;
  /** Improved, strongly improved included. */
  improved: number;
  stronglyImproved: number;
  /** Declined, strongly declined included. */
  declined: number;
  stronglyDeclined: number;
  unchanged: number;
  /** The `same` threshold: the smallest change that counts. */
  threshold: number;
}

export interface NationalFinding {
  indicator: Indicator;
  thresholds: { change: ThresholdPair; compare: ThresholdPair };
  /** This year's average (participants' means rounded to one decimal, as shown). */
  average: number;
  averageSource: AverageSource;
  /** Last year's average from the same source; null when there is none. */
  previousAverage: number | null;
  /** average − previousAverage, raw (not directed). */
  change: number | null;
  changeClass: ChangeClass | null;
  /** The rest needs every participant in the data (`complete`); null otherwise. */
  count: number | null;
  /** Municipalities with a value last year (for a participants' mean), else null. */
  previousCount: number | null;
  /** Every municipality with a value, best first (empty unless complete). */
  values: MunicipalityValue[];
  highest: Extreme<MunicipalityRef> | null;
  lowest: Extreme<MunicipalityRef> | null;
  /** Direction-aware: `highest` when higher is better, else `lowest`. */
  best: Extreme<MunicipalityRef> | null;
  worst: Extreme<MunicipalityRef> | null;
  /** Municipalities at 100 (percent indicators only; null for other units or incomplete data). */
  reached100: number | null;
  movers: MoverCounts | null;
  groups: GroupSpread | null;
  /** Riket's run of strict moves one way up to the survey year (riket's own values only; null for none or one step). */
  run: SteadyRun | null;
  /** News value: higher is more newsworthy. */
  score: number;
}

export interface NationalAnalysis {
  year: number;
  previousYear: number;
  /** The data holds every participant (as many municipalities with results as `survey.participants`). */
  complete: boolean;
  /** Municipalities in the data with results for the year. */
  withResults: number;
  /** Findings in the order of the data's indicators (only indicators with an average). */
  findings: NationalFinding[];
}

/** Rounds to one decimal, half away from zero (as the text shows it). */
export function round1(x: number): number {
  return Math.sign(x) * Math.round(Math.abs(clean(x)) * 10) / 10;
}

function seriesOf(results: Results | undefined, id: string): Record<string, number | null | undefined> {
  return Object.fromEntries(Object.entries(results ?? {}).map(([y, row]) => [y, row[id]]));
}

function valueOf(results: Results | undefined, year: number, id: string): number | null {
  const v = results?.[String(year)]?.[id];
  return typeof v === "number" ? v : null;
}

/** The unweighted mean, rounded to one decimal; null for no values. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return round1(values.reduce((s, v) => s + v, 0) / values.length);
}

const collator = new Intl.Collator("sv-SE");

function byName<T extends { name: string }>(a: T, b: T): number {
  return collator.compare(a.name, b.name);
}

/** Every value, best first (ties by name), with shared positions ("1224"). */
export function rankValues(
  values: readonly { code: string; name: string; value: number }[],
  better: Indicator["better"],
): MunicipalityValue[] {
  const d = better === "higher" ? 1 : -1;
  const sorted = [...values].sort((a, b) => d * (b.value - a.value) || byName(a, b));
  let position = 0;
  let prev: number | undefined;
  return sorted.map((x, i) => {
    if (prev === undefined || clean(x.value - prev) !== 0) position = i + 1;
    prev = x.value;
    return { code: x.code, name: x.name, value: x.value, position };
  });
}

/** The highest or lowest value and every member that has it. */
export function extreme<T extends { name: string; value: number }, R>(
  items: readonly T[],
  which: "highest" | "lowest",
  ref: (t: T) => R,
): Extreme<R> | null {
  if (items.length === 0) return null;
  const pickValue = which === "highest" ? Math.max(...items.map((i) => i.value)) : Math.min(...items.map((i) => i.value));
  const members = items
    .filter((i) => clean(i.value - pickValue) === 0)
    .sort(byName)
    .map(ref);
  return { value: pickValue, members };
}

/** Counts of improved / declined / unchanged municipalities between two years. */
export function countMovers(
  pairs: readonly { value: number; previous: number }[],
  better: Indicator["better"],
  t: ThresholdPair,
): MoverCounts {
  const out: MoverCounts = {
    compared: pairs.length,
    improved: 0,
    stronglyImproved: 0,
    declined: 0,
    stronglyDeclined: 0,
    unchanged: 0,
    threshold: t.same,
  };
  for (const p of pairs) {
    const c = classifyChange(p.value, p.previous, better, t);
    if (isImprovement(c)) out.improved++;
    if (c === "strongly-improved") out.stronglyImproved++;
    if (isDecline(c)) out.declined++;
    if (c === "strongly-declined") out.stronglyDeclined++;
    if (c === "unchanged") out.unchanged++;
  }
  return out;
}

function groupSpread(
  dataset: Dataset,
  ind: Indicator,
  year: number,
  participants: readonly Municipality[],
  complete: boolean,
): GroupSpread | null {
  const groups = dataset.groups ?? [];
  let source: GroupSpread["source"] = "groups";
  let values: GroupValue[] = groups.flatMap((g) => {
    const v = valueOf(g.results, year, ind.id);
    return v === null ? [] : [{ id: g.id, name: g.name, value: v }];
  });
  if (values.length < 2 && complete) {
    source = "participants";
    values = groups.flatMap((g) => {
      const members = participants
        .filter((m) => m.group === g.id)
        .map((m) => valueOf(m.results, year, ind.id))
        .filter((v): v is number => v !== null);
      const v = mean(members);
      return v === null ? [] : [{ id: g.id, name: g.name, value: v }];
    });
  }
  if (values.length < 2) return null;
  const d = ind.better === "higher" ? 1 : -1;
  values.sort((a, b) => d * (b.value - a.value) || byName(a, b));
  const ref = (g: GroupValue): GroupRef => ({ id: g.id, name: g.name });
  const highest = extreme(values, "highest", ref);
  const lowest = extreme(values, "lowest", ref);
  if (!highest || !lowest || clean(highest.value - lowest.value) === 0) return null;
  const [best, worst] = ind.better === "higher" ? [highest, lowest] : [lowest, highest];
  return { source, values, best, worst, difference: round1(Math.abs(highest.value - lowest.value)) };
}

function scoreOf(f: Pick<NationalFinding, "change" | "changeClass" | "thresholds">): number {
  if (f.changeClass === null) return 0;
  const strength = f.changeClass === "strongly-improved" || f.changeClass === "strongly-declined" ? 2 : f.changeClass === "unchanged" ? 0 : 1;
  let s = strength === 2 ? 4 : strength === 1 ? 2.5 : 0.3;
  const strong = f.thresholds.change.strong;
  if (f.change !== null && strong > 0) s += Math.min(Math.abs(f.change) / strong, 3) * 0.5;
  return s;
}

/**
 * The run of strict year-on-year moves one way that ends in `year`, from a
 * year → value series; null for fewer than two steps.
 */
export function steadyRun(values: Readonly<Record<string, number | null | undefined>>, year: number): SteadyRun | null {
  const years = Object.entries(values)
    .filter((e): e is [string, number] => typeof e[1] === "number" && Number(e[0]) <= year)
    .map(([y, v]) => ({ year: Number(y), value: v }))
    .sort((a, b) => a.year - b.year);
  const last = years[years.length - 1];
  if (!last || last.year !== year) return null;
  let way = 0;
  let i = years.length - 1;
  for (; i > 0; i -= 1) {
    const cur = years[i] as { year: number; value: number };
    const prev = years[i - 1] as { year: number; value: number };
    const d = Math.sign(clean(cur.value - prev.value));
    if (prev.year !== cur.year - 1 || d === 0 || (way !== 0 && d !== way)) break;
    way = d;
  }
  const steps = years.length - 1 - i;
  const start = years[i] as { year: number; value: number };
  if (steps < 2) return null;
  return { direction: way > 0 ? "up" : "down", steps, startYear: start.year, startValue: start.value, fromFirst: i === 0 };
}

/** Municipalities with results for the year (any indicator, as analyse.ts `computeRanks` counts them). */
export function participantsOf(dataset: Dataset, year: number): Municipality[] {
  return dataset.municipalities.filter((m) => m.results[String(year)] !== undefined);
}

export function analyseNational(dataset: Dataset): NationalAnalysis {
  const year = dataset.survey.year;
  const previousYear = year - 1;
  const participants = participantsOf(dataset, year);
  const complete = participants.length >= dataset.survey.participants;
  const findings: NationalFinding[] = [];

  for (const ind of dataset.indicators) {
    const t = thresholdsFor(dataset, ind);
    const current = participants.flatMap((m) => {
      const v = valueOf(m.results, year, ind.id);
      return v === null ? [] : [{ code: m.code, name: m.name, value: v }];
    });
    const previousValues = dataset.municipalities
      .map((m) => valueOf(m.results, previousYear, ind.id))
      .filter((v): v is number => v !== null);

    // The average: riket's own value when the data has one; otherwise the
    // participants' mean, which needs every participant.
    const official = valueOf(dataset.national?.results, year, ind.id);
    let average: number | null;
    let averageSource: AverageSource;
    let previousAverage: number | null;
    if (official !== null) {
      average = official;
      averageSource = "national";
      previousAverage = valueOf(dataset.national?.results, previousYear, ind.id);
    } else {
      average = complete ? mean(current.map((c) => c.value)) : null;
      averageSource = "participants";
      previousAverage = complete ? mean(previousValues) : null;
    }
    if (average === null) continue; // nothing to say about this indicator

    const change = previousAverage === null ? null : clean(average - previousAverage);
    const changeClass = classifyChange(average, previousAverage, ind.better, t.change);

    let count: number | null = null;
    let values: MunicipalityValue[] = [];
    let highest: Extreme<MunicipalityRef> | null = null;
    let lowest: Extreme<MunicipalityRef> | null = null;
    let reached100: number | null = null;
    let movers: MoverCounts | null = null;
    if (complete && current.length > 0) {
      count = current.length;
      values = rankValues(current, ind.better);
      const ref = (v: { code: string; name: string }): MunicipalityRef => ({ code: v.code, name: v.name });
      highest = extreme(current, "highest", ref);
      lowest = extreme(current, "lowest", ref);
      if (ind.unit === "percent") reached100 = current.filter((c) => clean(c.value - 100) >= 0).length;
      const pairs = participants.flatMap((m) => {
        const v = valueOf(m.results, year, ind.id);
        const p = valueOf(m.results, previousYear, ind.id);
        return v === null || p === null ? [] : [{ value: v, previous: p }];
      });
      if (pairs.length > 0) movers = countMovers(pairs, ind.better, t.change);
    }
    const [best, worst] = ind.better === "higher" ? [highest, lowest] : [lowest, highest];
    const base = {
      indicator: ind,
      thresholds: t,
      average,
      averageSource,
      previousAverage,
      change,
      changeClass,
      count,
      previousCount: averageSource === "participants" && previousAverage !== null ? previousValues.length : null,
      values,
      highest,
      lowest,
      best,
      worst,
      reached100,
      movers,
      groups: groupSpread(dataset, ind, year, participants, complete),
      run: averageSource === "national" ? steadyRun(seriesOf(dataset.national?.results, ind.id), year) : null,
    };
    findings.push({ ...base, score: scoreOf(base) });
  }

  return {
    year,
    previousYear,
    complete,
    withResults: participants.length,
    findings,
  };
}
