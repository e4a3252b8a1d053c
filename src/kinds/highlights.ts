// What the years show for one release, as short Swedish notes for a reviewer
// (the batch index's "Över tid" column and the preview): one note per record,
// streak or turnaround in the time analysis (analyse/time.ts). Pure.
//
// Nothing is said that the analysis did not find: a tie is not a record, a
// single year has no history, and a streak broken by a missing year is no
// streak (the analysis already leaves those out; this only words what is there).
import { analyseTime, MIN_STREAK_STEPS, type IndicatorTimes, type SeriesTime, type TimeFacts, type Trend } from "../analyse/time.js";
import { formatNumber, lowerFirst, numberWord } from "../phrase/swedish.js";
import type { Dataset, Indicator } from "../schema.js";

/** The dataset's time facts, computed on first use and then kept (one per kind session). */
export function lazyTime(dataset: Dataset): () => TimeFacts {
  let facts: TimeFacts | null = null;
  return () => (facts ??= analyseTime(dataset));
}

/** 1–12 in words, larger counts in digits (SPRAK.md). */
function count(n: number): string {
  return numberWord(n, "ett") ?? formatNumber(n, 0);
}

/**
 * How a note names an indicator: its short form when it has one, else its
 * label with the first letter lower-cased ("Gott bemötande" → "gott
 * bemötande"), unless the first word is an abbreviation ("SMS-svar", "KKiK").
 */
export function indicatorName(ind: Pick<Indicator, "label" | "short">): string {
  const short = ind.short?.trim();
  if (short) return short;
  const label = ind.label.trim();
  const firstWord = label.split(/\s/u)[0] ?? "";
  const abbreviation = /\p{Lu}/u.test([...firstWord].slice(1).join(""));
  return abbreviation ? label : lowerFirst(label);
}

/** "bäst sedan 2014", "sämst sedan 2015". */
function recordNote(t: SeriesTime): string | null {
  if (t.record === null) return null;
  return `${t.record.kind === "best" ? "bäst" : "sämst"} sedan ${t.record.firstYear}`;
}

/** "bättre två år i rad", "sämre tre år i rad". */
function streakNote(t: SeriesTime): string | null {
  if (t.streak === null || t.streak.steps < MIN_STREAK_STEPS) return null;
  const word = t.streak.trend === "improving" ? "bättre" : "sämre";
  // Some of the years moved by less than `same`: said as the text says it, "varje år sedan".
  if (t.streak.clearSteps < t.streak.steps) return `${word} varje år sedan ${t.streak.startYear}`;
  return `${word} ${count(t.streak.steps)} år i rad`;
}

/**
 * "vände uppåt efter tre års nedgång". For an indicator where lower is better
 * "uppåt" would read as worse, so it is said in better and worse instead:
 * "vände till det bättre efter tre års försämring".
 */
function turnaroundNote(t: SeriesTime, better: Indicator["better"]): string | null {
  if (t.turnaround === null) return null;
  const years = `${count(t.turnaround.after)} års`;
  const up: Trend = "improving";
  if (better === "higher") {
    return t.turnaround.trend === up ? `vände uppåt efter ${years} nedgång` : `vände nedåt efter ${years} uppgång`;
  }
  return t.turnaround.trend === up ? `vände till det bättre efter ${years} försämring` : `vände till det sämre efter ${years} förbättring`;
}

/** The notes for one indicator's series, each prefixed with its name: record, then streak, then turnaround. */
export function seriesHighlights(ind: Pick<Indicator, "label" | "short" | "better">, t: SeriesTime): string[] {
  const name = indicatorName(ind);
  return [recordNote(t), streakNote(t), turnaroundNote(t, ind.better)].filter((n) => n !== null).map((n) => `${name}: ${n}`);
}

/** Every note for one release, in the indicators' order; empty without time facts. */
export function timeHighlights(indicators: readonly Indicator[], times: IndicatorTimes | undefined): string[] {
  if (times === undefined) return [];
  return indicators.flatMap((ind) => {
    const t = times.get(ind.id);
    return t === undefined ? [] : seriesHighlights(ind, t);
  });
}
