// analyse, time: what one series of yearly values says beyond last year.
// Pure; no wording here. For each series (a municipality's indicator, riket's
// or a group's) as of one year: a streak of improvements or declines ending in
// that year, a record in the series' own history, the long-run change since
// the first year in the data, and a turnaround (../shared/EDITORIAL.md, §8).
//
// Rules (the tests in test/time.test.ts hold them):
// - Direction-aware: with `better: lower` a falling value is an improvement.
// - A step is two consecutive calendar years that both have a value. The
//   latest step is classed by the indicator's `change` thresholds
//   (classifyChange): a streak or a turnaround needs it to be a real change
//   (at least `same`). The steps before it count by their direction alone, as
//   a reader checks them: "för femte året i rad" means the value rose every
//   one of the five years, however little.
// - A streak or a run ends at a missing year (no results, or null: the step
//   across it does not exist), at an unchanged value and at a step the other
//   way. So 2015 ↑ 2016 ↑ 2017 (missing 2018) ↑ 2019 is no streak at all: a
//   trend is told only when it holds for every year named.
// - A record is strict: the latest value beats every earlier value in the
//   series (an equal value does not). Equal to the best (or worst) earlier
//   value is reported as a tie instead, and so is a best by less than `same`
//   in a year that did not move by `same` (levelWithBest).
//   Gaps do not matter to a record: it compares with every year that has one.
// - Nothing is said from a single year: a streak needs two steps or more,
//   a record, a tie and the long-run change need at least three years with a
//   value, a turnaround needs two opposite steps before the latest one.
import { TIME_UNITS, type Dataset, type Indicator, type Results, type ThresholdPair } from "../schema.js";
import { classifyChange, clean, isDecline, isImprovement, thresholdsFor, type ChangeClass } from "./municipality.js";

/** Years with a value needed before a record, a tie or a long-run change is reported. */
export const MIN_HISTORY_YEARS = 3;
/** Steps in a row needed before a streak is reported ("för andra året i rad"). */
export const MIN_STREAK_STEPS = 2;
/** Steps the other way needed before the latest step is a turnaround. */
export const MIN_TURNAROUND_AFTER = 2;

export type Trend = "improving" | "declining";

export interface YearValue {
  year: number;
  value: number;
}

/** Consecutive steps the same way, the last one ending in the latest year. */
export interface Streak {
  trend: Trend;
  /** Year-on-year steps: 2017→2018→2019 is two ("för andra året i rad"). */
  steps: number;
  /** The year the run starts from (the value before its first step). */
  startYear: number;
  startValue: number;
  /** value − startValue, raw (not directed). */
  difference: number;
  /** Steps of the run that are a real change (at least `same`); the rest moved the same way by less. */
  clearSteps: number;
  /** Smaller steps the same way right before the run, which it leaves out (clearRuns: Vellinge's 66 → 67). */
  smallBefore?: number;
}

/** The latest value against every earlier value of the series. */
export interface HistoryExtreme {
  /** "best": better than (or, for a tie, as good as) every earlier year; "worst" likewise. */
  kind: "best" | "worst";
  /** The first year of the series with a value ("sedan mätningen började 2015"). */
  firstYear: number;
  /** Years with a value, the latest included. */
  years: number;
  /** The best (worst) earlier value; for a tie, every earlier year that has it. */
  previous: { value: number; years: number[] };
}

/** The old record (best or worst) was last year's value: this year's margin over it is the year's own step. */
export function heldLastYear(s: Pick<SeriesTime, "year" | "record">): boolean {
  return s.record?.previous.years.includes(s.year - 1) ?? false;
}

export interface LongRunChange {
  firstYear: number;
  firstValue: number;
  /** value − firstValue, raw (not directed). */
  difference: number;
  /** By the indicator's change thresholds, direction-aware. */
  changeClass: ChangeClass;
  /** A trend, not one step, and never well past where it ends (see gradual): only then is it told. */
  steady: boolean;
}

/** The latest step goes one way after a run of steps the other way. */
export interface Turnaround {
  /** The way of the latest step. */
  trend: Trend;
  /** Steps in a row the other way just before it. */
  after: number;
  /** The year that run started from. */
  since: number;
}

export interface SeriesTime {
  year: number;
  value: number;
  /** First year with a value, and how many years have one (the latest included). */
  firstYear: number;
  years: number;
  streak: Streak | null;
  /** Strictly the best or the worst in the series' history. */
  record: HistoryExtreme | null;
  /** Equal to the best or the worst earlier value, or level with the best (levelWithBest): not a record. */
  tie: HistoryExtreme | null;
  longRun: LongRunChange | null;
  turnaround: Turnaround | null;
}

export interface SeriesRule {
  better: Indicator["better"];
  /** The indicator's change thresholds. */
  change: ThresholdPair;
  /**
   * A best by a hair in a year without a real change is level with the best (levelWithBest). Not for a time:
   * 4,2 → 3,3 timmar is a fifth shorter, and a best, though under the 1-hour threshold (Säffle); the plan
   * judges a time's step by its ratio (plan/news.ts).
   */
  hairIsLevel: boolean;
  /**
   * A municipality's run is its latest real changes in a row when there are three or more, even where the values
   * moved the same way a little before them (riket keeps the whole run: "fjärde året i rad" over a 1-point first step).
   */
  clearRuns?: boolean;
  /** The unit is a time, whose change is judged by its ratio. */
  time?: boolean;
}

/** The rule for one indicator's series: its direction, its change thresholds, and whether a hair is a record. */
export function seriesRule(dataset: Dataset, ind: Indicator): SeriesRule {
  const time = TIME_UNITS.includes(ind.unit);
  return { better: ind.better, change: thresholdsFor(dataset, ind).change, hairIsLevel: !time, time };
}

/** A series' values by year: results[year][id] as a plain year → value record. */
export type YearlyValues = Readonly<Record<string, number | null | undefined>>;

/** The numbers of one indicator in `results`, by year. */
export function seriesOf(results: Results | undefined, id: string): YearlyValues {
  const out: Record<string, number | null | undefined> = {};
  for (const [year, row] of Object.entries(results ?? {})) out[year] = row[id];
  return out;
}

/** Years with a number, oldest first, up to and including `year`. */
function points(values: YearlyValues, year: number): YearValue[] {
  return Object.entries(values)
    .map(([y, v]) => ({ year: Number(y), value: v }))
    .filter((p): p is YearValue => typeof p.value === "number" && Number.isInteger(p.year) && p.year <= year)
    .sort((a, b) => a.year - b.year);
}

/** +1 improvement, −1 decline, 0 unchanged, null: no step (a year is missing). */
type Step = 1 | 0 | -1 | null;

/** The steps ending in each year, newest first: steps[0] ends in the latest year. */
function stepsBack(series: readonly YearValue[], rule: SeriesRule): Step[] {
  const out: Step[] = [];
  for (let i = series.length - 1; i > 0; i -= 1) {
    const cur = series[i] as YearValue;
    const prev = series[i - 1] as YearValue;
    if (prev.year !== cur.year - 1) {
      out.push(null);
      break; // nothing before a gap can join a run ending in the latest year
    }
    const c = classifyChange(cur.value, prev.value, rule.better, rule.change);
    out.push(isImprovement(c) ? 1 : isDecline(c) ? -1 : 0);
  }
  return out;
}

/** The direction of each step, newest first (+1 better, −1 worse, 0 equal), up to the first gap. */
function directionsBack(series: readonly YearValue[], better: Indicator["better"]): Step[] {
  const d = better === "higher" ? 1 : -1;
  const out: Step[] = [];
  for (let i = series.length - 1; i > 0; i -= 1) {
    const cur = series[i] as YearValue;
    const prev = series[i - 1] as YearValue;
    if (prev.year !== cur.year - 1) break;
    out.push(Math.sign(clean(cur.value - prev.value)) * d as Step);
  }
  return out;
}

/** Length of the run of `way` steps starting at steps[from]. */
function runLength(steps: readonly Step[], from: number, way: 1 | -1): number {
  let n = 0;
  while (steps[from + n] === way) n += 1;
  return n;
}

const trendOf = (way: 1 | -1): Trend => (way === 1 ? "improving" : "declining");

/** Real changes in a row that make a municipality's run even inside a longer run of small steps (clearRuns). */
const CLEAR_RUN_STEPS = 3;

function streakOf(series: readonly YearValue[], steps: readonly Step[], directions: readonly Step[], rule: SeriesRule): Streak | null {
  const way = steps[0];
  if (way !== 1 && way !== -1) return null;
  const whole = runLength(directions, 0, way);
  const n = clearRun(series, steps, whole, rule) ?? whole;
  const clearSteps = steps.slice(0, n).filter((x) => x === way).length;
  // Two real changes at least: a run of one clear step and 1-point wobbles is no streak.
  if (n < MIN_STREAK_STEPS || clearSteps < MIN_STREAK_STEPS) return null;
  const latest = series[series.length - 1] as YearValue;
  const start = series[series.length - 1 - n] as YearValue;
  return {
    trend: trendOf(way),
    steps: n,
    startYear: start.year,
    startValue: start.value,
    difference: clean(latest.value - start.value),
    clearSteps,
    ...(whole > n ? { smallBefore: whole - n } : {}),
  };
}

/**
 * The latest real changes in a row, for a municipality (rule.clearRuns), when there are CLEAR_RUN_STEPS or more inside
 * a longer run of small steps: Vellinge's 67 → 73 → 76 → 80 → 88 is four improvements in a row after a 1-point step,
 * which "Sedan 2014 har … förbättrats" left unsaid (reads HP and HQ: Vellinge, Sotenäs, Södertälje, Forshaga). Not
 * for a time that at least doubled or halved over the whole run: Töreboda's 1 → 29,6 timmar since 2014 says more
 * than "den fjärde i rad".
 */
function clearRun(series: readonly YearValue[], steps: readonly Step[], whole: number, rule: SeriesRule): number | undefined {
  const way = steps[0];
  if (!rule.clearRuns || (way !== 1 && way !== -1)) return undefined;
  const clear = runLength(steps, 0, way);
  if (clear < CLEAR_RUN_STEPS || clear >= whole) return undefined;
  const latest = (series[series.length - 1] as YearValue).value;
  const first = (series[series.length - 1 - whole] as YearValue).value;
  const ratio = first > 0 ? latest / first : 1;
  return rule.time && (ratio >= 2 || ratio <= 0.5) ? undefined : clear;
}

function turnaroundOf(series: readonly YearValue[], steps: readonly Step[], directions: readonly Step[]): Turnaround | null {
  const way = steps[0];
  if (way !== 1 && way !== -1) return null;
  const other = way === 1 ? -1 : 1;
  const n = runLength(directions, 1, other);
  // The run it breaks must hold real changes: 82 → 83 → 84 → 89 is one jump, not three years of improvement.
  // Every year of the run it breaks must be a real change: 81 → 82 is no "year of improvement".
  if (n < MIN_TURNAROUND_AFTER || steps.slice(1, 1 + n).some((x) => x !== other)) return null;
  const since = series[series.length - 2 - n] as YearValue;
  return { trend: trendOf(way), after: n, since: since.year };
}

/**
 * The latest value against the earlier ones: a record when it beats them all,
 * a tie when it equals the best (or worst) of them. `d` is +1 when higher is better.
 */
function extremes(series: readonly YearValue[], d: 1 | -1, rule: SeriesRule): { record: HistoryExtreme | null; tie: HistoryExtreme | null } {
  const latest = series[series.length - 1] as YearValue;
  const earlier = series.slice(0, -1);
  const first = series[0] as YearValue;
  for (const kind of ["best", "worst"] as const) {
    const sign = kind === "best" ? d : -d;
    // Directed distance of the latest value past the best (worst) earlier one.
    const edge = Math.max(...earlier.map((p) => sign * p.value));
    const past = clean(sign * latest.value - edge);
    if (past < 0) continue;
    const value = sign * edge;
    const years = earlier.filter((p) => clean(p.value - value) === 0).map((p) => p.year);
    const fact: HistoryExtreme = { kind, firstYear: first.year, years: series.length, previous: { value, years } };
    return past > 0 && !(rule.hairIsLevel && levelWithBest(series, kind, past, rule.change.same)) ? { record: fact, tie: null } : { record: null, tie: fact };
  }
  return { record: null, tie: null };
}

/**
 * A best past the old one by less than `same`, in a year that did not move by `same` either (or has no last
 * year to move from), is level with the best, not a record: the fact box calls such a step no change, and
 * "i stort sett oförändrat … Även det är ett nytt rekord" read as a claim the data does not hold (Hässleholm's
 * 84 → 85, Katrineholm's 45 → 46; six releases in one blind read, and reads before it). A worst by a hair
 * stays a record, told "med knapp marginal": bad news is never hidden (EDITORIAL.md §3).
 */
function levelWithBest(series: readonly YearValue[], kind: "best" | "worst", past: number, same: number): boolean {
  if (kind !== "best" || past >= same) return false;
  const latest = series[series.length - 1] as YearValue;
  const last = series.find((p) => p.year === latest.year - 1);
  return last === undefined || Math.abs(clean(latest.value - last.value)) < same;
}

/**
 * Time facts for one series as of `year`; null when the series has no value
 * for `year` (a missing number is never mentioned).
 */
/**
 * A long-run change is a trend only when it was not one step (three quarters of it or more), and the series
 * never went well past where it ends: 93, 80, 79, 80, 82, 81 fell in 2015 and
 * has been flat since (a read found "sedan 2014 har bemötandet försämrats"
 * misleading, Piteå); nor is a rise "since 2014" the story when 2017 was higher, nor a fall when 2016 was.
 */
function gradual(series: readonly YearValue[], same: number): boolean {
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) return false;
  const total = last.value - first.value;
  const sign = Math.sign(total);
  const steps = series.slice(1).map((p, i) => sign * (p.value - (series[i] as YearValue).value));
  const beyond = Math.max(...series.map((p) => sign * (p.value - last.value)));
  // Nor when it first went well the other way, by twice a change or more: Essunga's 61, 63, 66, 58, 51, 50 rose 5
  // points before it fell, and "har blivit sämre sedan 2014: från 61 procent till 50 procent" hid the peak (read HQ).
  // (A dip of 3 points before a rise of 10 still reads as the rise: Norrtälje, Karlskoga.)
  const back = Math.max(...series.map((p) => -sign * (p.value - first.value)));
  return Math.max(...steps) <= 0.75 * Math.abs(total) && beyond < same && back < 2 * same;
}

export function analyseSeries(values: YearlyValues, year: number, rule: SeriesRule): SeriesTime | null {
  const series = points(values, year);
  const latest = series[series.length - 1];
  if (!latest || latest.year !== year) return null;
  const first = series[0] as YearValue;
  const steps = stepsBack(series, rule);
  const directions = directionsBack(series, rule.better);
  const history = series.length >= MIN_HISTORY_YEARS;
  const { record, tie } = history ? extremes(series, rule.better === "higher" ? 1 : -1, rule) : { record: null, tie: null };
  const changeClass = classifyChange(latest.value, first.value, rule.better, rule.change);
  const longRun: LongRunChange | null =
    history && changeClass
      ? { firstYear: first.year, firstValue: first.value, difference: clean(latest.value - first.value), changeClass, steady: gradual(series, rule.change.same) }
      : null;
  return {
    year,
    value: latest.value,
    firstYear: first.year,
    years: series.length,
    streak: streakOf(series, steps, directions, rule),
    record,
    tie,
    longRun,
    turnaround: turnaroundOf(series, steps, directions),
  };
}

/** indicator id → time facts (indicators without a value for the year are left out). */
export type IndicatorTimes = Map<string, SeriesTime>;

export interface TimeFacts {
  year: number;
  /** municipality code → indicator id → facts. */
  municipalities: Map<string, IndicatorTimes>;
  /** Riket (the data's `national.results`). */
  national: IndicatorTimes;
  /** group id → indicator id → facts. */
  groups: Map<string, IndicatorTimes>;
}

function timesOf(dataset: Dataset, results: Results | undefined, year: number): IndicatorTimes {
  const out: IndicatorTimes = new Map();
  for (const ind of dataset.indicators) {
    const facts = analyseSeries(seriesOf(results, ind.id), year, seriesRule(dataset, ind));
    if (facts) out.set(ind.id, facts);
  }
  return out;
}

/** Time facts for every municipality, riket and every group, as of the survey year (or `year`). */
export function analyseTime(dataset: Dataset, year: number = dataset.survey.year): TimeFacts {
  return {
    year,
    municipalities: new Map(dataset.municipalities.map((m) => [m.code, timesOf(dataset, m.results, year)])),
    national: timesOf(dataset, dataset.national?.results, year),
    groups: new Map((dataset.groups ?? []).map((g) => [g.id, timesOf(dataset, g.results, year)])),
  };
}
