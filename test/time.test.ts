// analyse/time.ts: streaks, records, long-run change and turnarounds over
// every year in the data (EDITORIAL.md §8), table-tested.
import { describe, expect, it } from "vitest";
import { analyseSeries, analyseTime, seriesOf, type SeriesRule, type YearlyValues } from "../src/analyse/time.js";
import type { Dataset } from "../src/schema.js";

const HIGHER: SeriesRule = { better: "higher", change: { same: 2, strong: 10 }, hairIsLevel: true };
const LOWER: SeriesRule = { better: "lower", change: { same: 1, strong: 8 }, hairIsLevel: false };

/** Values from 2014 on, one per year; null: not measured, undefined: no results that year. */
function from2014(...values: (number | null | undefined)[]): YearlyValues {
  return Object.fromEntries(values.map((v, i) => [String(2014 + i), v]));
}
const yearOf = (values: YearlyValues): number => Math.max(...Object.keys(values).map(Number));
const facts = (values: YearlyValues, rule: SeriesRule = HIGHER) => analyseSeries(values, yearOf(values), rule);

describe("streaks ending in the latest year", () => {
  it.each<[string, YearlyValues, SeriesRule, { trend: string; steps: number; startYear: number } | null]>([
    ["three rises in a row", from2014(50, 50, 52, 55, 60), HIGHER, { trend: "improving", steps: 3, startYear: 2015 }],
    ["five rises: every step of the series", from2014(40, 43, 46, 49, 52, 55), HIGHER, { trend: "improving", steps: 5, startYear: 2014 }],
    ["two falls in a row", from2014(70, 72, 70, 65), HIGHER, { trend: "declining", steps: 2, startYear: 2015 }],
    ["one step is not a streak", from2014(50, 60, 58, 62), HIGHER, null],
    ["a step under `same` the same way continues the streak: the value rose every year", from2014(50, 53, 56, 57, 60, 63), HIGHER, { trend: "improving", steps: 5, startYear: 2014 }],
    ["an equal value ends the streak", from2014(50, 53, 56, 56, 60, 63), HIGHER, { trend: "improving", steps: 2, startYear: 2017 }],
    ["a small step the other way ends the streak", from2014(50, 53, 56, 55, 60, 63), HIGHER, { trend: "improving", steps: 2, startYear: 2017 }],
    ["exactly `same` counts as a step", from2014(50, 52, 54, 56), HIGHER, { trend: "improving", steps: 3, startYear: 2014 }],
    ["latest step unchanged: no streak", from2014(50, 55, 60, 61), HIGHER, null],
    ["a missing year (no results) ends the streak", from2014(40, 45, 50, undefined, 55, 60), HIGHER, null],
    ["a missing year before two steps: the streak is the two steps", from2014(40, 45, undefined, 50, 55, 60), HIGHER, { trend: "improving", steps: 2, startYear: 2017 }],
    ["a null (not measured) ends the streak like a missing year", from2014(40, 45, 50, null, 55, 60), HIGHER, null],
    ["the last year missing from the keys: the gap between 2017 and 2019", { 2015: 40, 2016: 45, 2017: 50, 2019: 60 }, HIGHER, null],
    ["better: lower — falling response times improve", from2014(9, 7, 5, 3.5), LOWER, { trend: "improving", steps: 3, startYear: 2014 }],
    ["better: lower — rising response times decline, every year (3 → 3,2 is a step too)", from2014(3, 3.2, 4.5, 6), LOWER, { trend: "declining", steps: 3, startYear: 2014 }],
    ["decimals on the boundary (84.2 − 82.2 is exactly 2)", from2014(78.2, 80.2, 82.2, 84.2), HIGHER, { trend: "improving", steps: 3, startYear: 2014 }],
  ])("%s", (_name, values, rule, expected) => {
    const streak = facts(values, rule)?.streak ?? null;
    expect(streak && { trend: streak.trend, steps: streak.steps, startYear: streak.startYear }).toEqual(expected);
  });

  it("gives the start value and the raw difference over the streak", () => {
    expect(facts(from2014(9, 7, 5, 3.5), LOWER)?.streak).toEqual({
      trend: "improving",
      steps: 3,
      startYear: 2014,
      startValue: 9,
      difference: -5.5,
      clearSteps: 3,
    });
  });
});

describe("records in the series' own history", () => {
  it.each<[string, YearlyValues, SeriesRule, { record: string | null; tie: string | null }]>([
    ["highest ever", from2014(50, 55, 52, 58), HIGHER, { record: "best", tie: null }],
    ["lowest ever", from2014(50, 55, 52, 48), HIGHER, { record: "worst", tie: null }],
    ["a best by less than `same` reached by a real rise (52 → 56) is still a record", from2014(50, 55, 52, 56), HIGHER, { record: "best", tie: null }],
    // 55 → 56 is no change by the thresholds, and 1 over the old best is none either: "i stort sett oförändrat …
    // Även det är ett nytt rekord" claimed what the data does not hold (Hässleholm, Katrineholm; a blind read).
    ["a best by less than `same` in a year without a real change: level with the best (a tie), not a record", from2014(50, 52, 55, 56), HIGHER, { record: null, tie: "best" }],
    ["the same when last year is missing: no step to call real", from2014(50, 55, null, 56), HIGHER, { record: null, tie: "best" }],
    ["without last year, a best by `same` or more over the old one is a record", from2014(50, 55, null, 57), HIGHER, { record: "best", tie: null }],
    ["a worst by a hair in a flat year stays a record: bad news is never hidden", from2014(60, 58, 55, 54), HIGHER, { record: "worst", tie: null }],
    ["a time's best by a hair stays a record: the plan judges a time's step by its ratio", from2014(6, 5.5, 7, 5.4), LOWER, { record: "best", tie: null }],
    ["equal to the best earlier year: a tie, not a record", from2014(50, 58, 52, 58), HIGHER, { record: null, tie: "best" }],
    ["equal to the worst earlier year: a tie", from2014(50, 58, 52, 50), HIGHER, { record: null, tie: "worst" }],
    ["in between: neither", from2014(50, 58, 52, 55), HIGHER, { record: null, tie: null }],
    ["better: lower — the shortest response time is the best", from2014(6, 5.5, 7, 4.9), LOWER, { record: "best", tie: null }],
    ["better: lower — the longest response time is the worst", from2014(6, 5.5, 7, 7.1), LOWER, { record: "worst", tie: null }],
    ["gaps do not matter to a record", from2014(50, undefined, null, 52, 60), HIGHER, { record: "best", tie: null }],
    ["two years are too few for a record", from2014(50, 60), HIGHER, { record: null, tie: null }],
    ["two years with a value around a gap are too few", from2014(50, null, 60), HIGHER, { record: null, tie: null }],
  ])("%s", (_name, values, rule, expected) => {
    const f = facts(values, rule);
    expect({ record: f?.record?.kind ?? null, tie: f?.tie?.kind ?? null }).toEqual(expected);
  });

  it("says since when and over how many years, with the previous best and its year", () => {
    const f = facts({ 2015: 60, 2016: 64, 2017: null, 2018: 62, 2019: 66 });
    expect(f?.record).toEqual({ kind: "best", firstYear: 2015, years: 4, previous: { value: 64, years: [2016] } });
    expect(f?.firstYear).toBe(2015);
    expect(f?.years).toBe(4);
  });

  it("names every earlier year a tie is with", () => {
    expect(facts(from2014(70, 64, 70, 66, 70))?.tie).toEqual({
      kind: "best",
      firstYear: 2014,
      years: 5,
      previous: { value: 70, years: [2014, 2016] },
    });
  });
});

describe("the long-run change since the first year in the data", () => {
  it.each<[string, YearlyValues, SeriesRule, { firstYear: number; firstValue: number; difference: number; changeClass: string; steady: boolean } | null]>([
    ["up 14 since 2015", { 2015: 60, 2016: 62, 2017: 66, 2018: 70, 2019: 74 }, HIGHER, { firstYear: 2015, firstValue: 60, difference: 14, changeClass: "strongly-improved", steady: true }],
    ["up and down to almost the same", from2014(60, 70, 65, 61), HIGHER, { firstYear: 2014, firstValue: 60, difference: 1, changeClass: "unchanged", steady: false }],
    // (Four of the five points came this year: the year's change, not a trend.)
    ["down by more than `same`", from2014(60, 58, 59, 55), HIGHER, { firstYear: 2014, firstValue: 60, difference: -5, changeClass: "declined", steady: false }],
    ["better: lower — 12 to 4 hours is a strong improvement", from2014(12, 9, 6, 4), LOWER, { firstYear: 2014, firstValue: 12, difference: -8, changeClass: "strongly-improved", steady: true }],
    ["a first year with null is skipped: the first value counts", from2014(null, 50, 52, 56), HIGHER, { firstYear: 2015, firstValue: 50, difference: 6, changeClass: "improved", steady: true }],
    ["two years: no long-run change (it is last year's change)", from2014(50, 60), HIGHER, null],
    // A read: 93, 80, 79, 80, 82, 81 fell in 2015 and has been flat since; "sedan 2014 försämrats" misleads (Piteå).
    ["one step is no trend", from2014(93, 80, 79, 80, 82, 81), HIGHER, { firstYear: 2014, firstValue: 93, difference: -12, changeClass: "strongly-declined", steady: false }],
    // A rise "since 2014" hides a higher 2017.
    ["higher in between", from2014(60, 64, 68, 80, 72, 72), HIGHER, { firstYear: 2014, firstValue: 60, difference: 12, changeClass: "strongly-improved", steady: false }],
  ])("%s", (_name, values, rule, expected) => {
    expect(facts(values, rule)?.longRun ?? null).toEqual(expected);
  });
});

describe("turnarounds", () => {
  it.each<[string, YearlyValues, SeriesRule, { trend: string; after: number; since: number } | null]>([
    ["a rise after three falls", from2014(70, 66, 62, 58, 64), HIGHER, { trend: "improving", after: 3, since: 2014 }],
    ["a fall after two rises", from2014(50, 55, 60, 54), HIGHER, { trend: "declining", after: 2, since: 2014 }],
    ["a rise after one fall is not a turnaround", from2014(60, 62, 58, 62), HIGHER, null],
    ["an unchanged latest step is not a turnaround", from2014(70, 66, 62, 63), HIGHER, null],
    ["a small step inside the run (66 → 65, less than `same`): no turnaround, every year it breaks must be a real change", from2014(70, 66, 65, 61, 66), HIGHER, null],
    ["an equal value inside the run ends it", from2014(70, 66, 66, 61, 66), HIGHER, null],
    ["a gap inside the run ends it (70 → 66 is not counted)", from2014(70, undefined, 66, 62, 58, 64), HIGHER, { trend: "improving", after: 2, since: 2016 }],
    ["a gap before the latest step: no step, no turnaround", from2014(70, 66, 62, undefined, 64), HIGHER, null],
    ["better: lower — shorter after three longer", from2014(3, 4, 5, 6.5, 4), LOWER, { trend: "improving", after: 3, since: 2014 }],
  ])("%s", (_name, values, rule, expected) => {
    const t = facts(values, rule)?.turnaround ?? null;
    expect(t).toEqual(expected);
  });
});

describe("no facts from a single year", () => {
  it.each<[string, YearlyValues]>([
    ["one year", { 2019: 60 }],
    ["one year after a gap", { 2014: 50, 2015: 52, 2016: 54, 2019: 60 }],
  ])("%s: no streak, turnaround; history only from the years with a value", (_name, values) => {
    const f = analyseSeries(values, 2019, HIGHER);
    expect(f?.streak).toBeNull();
    expect(f?.turnaround).toBeNull();
  });

  it("a single year has no record, tie or long-run change either", () => {
    expect(analyseSeries({ 2019: 60 }, 2019, HIGHER)).toEqual({
      year: 2019,
      value: 60,
      firstYear: 2019,
      years: 1,
      streak: null,
      record: null,
      tie: null,
      longRun: null,
      turnaround: null,
    });
  });

  it("no value for the year asked about: no facts at all", () => {
    expect(analyseSeries(from2014(50, 52, 54, 56, 58, null), 2019, HIGHER)).toBeNull();
    expect(analyseSeries(from2014(50, 52, 54, 56, 58), 2019, HIGHER)).toBeNull();
  });

  it("years after the year asked about are ignored", () => {
    const f = analyseSeries(from2014(50, 52, 54, 56, 58, 40, 30), 2018, HIGHER);
    expect(f?.streak?.steps).toBe(4);
    expect(f?.record?.kind).toBe("best");
  });
});

describe("analyseTime over a dataset", () => {
  const dataset: Dataset = {
    survey: {
      name: "Testmätningen",
      publisher: "Testförbundet",
      year: 2019,
      period: { weeks: [41, 46] },
      searches: { total: 10 },
      participants: 2,
      method: "Test.",
      questionAreas: ["test"],
    },
    thresholds: { change: { same: 2, strong: 10 }, compare: { same: 3, strong: 10 } },
    indicators: [
      { id: "andel", label: "Andel", subject: "andelen", channel: "telefon", unit: "percent", better: "higher" },
      {
        id: "tid",
        label: "Tid",
        subject: "tiden",
        channel: "e-post",
        unit: "hours",
        better: "lower",
        thresholds: { change: { same: 1, strong: 8 } },
      },
    ],
    national: { results: { 2017: { andel: 50, tid: 9 }, 2018: { andel: 52, tid: 8 }, 2019: { andel: 54, tid: 7.5 } } },
    groups: [{ id: "G1", name: "Grupp", results: { 2018: { andel: 50 }, 2019: { andel: 51 } } }],
    municipalities: [
      { code: "0001", name: "Ett", officialName: "Ett kommun", results: { 2016: { andel: 60, tid: 3 }, 2017: { andel: 58, tid: 4 }, 2018: { andel: 55, tid: 5 }, 2019: { andel: 52, tid: null } } },
      { code: "0002", name: "Två", officialName: "Två kommun", results: {} },
    ],
  };

  it("gives facts per municipality and indicator, for riket and the groups, with each indicator's thresholds", () => {
    const t = analyseTime(dataset);
    expect(t.year).toBe(2019);
    const one = t.municipalities.get("0001");
    expect(one?.get("andel")?.streak).toEqual({ trend: "declining", steps: 3, startYear: 2016, startValue: 60, difference: -8, clearSteps: 3 });
    expect(one?.get("andel")?.record?.kind).toBe("worst");
    expect(one?.has("tid")).toBe(false); // null this year: nothing to say
    expect(t.municipalities.get("0002")?.size).toBe(0);
    // Riket's response time: 9 → 8 improves (same: 1), 8 → 7.5 does not.
    expect(t.national.get("tid")?.streak).toBeNull();
    expect(t.national.get("tid")?.longRun?.changeClass).toBe("improved");
    expect(t.national.get("andel")?.streak?.steps).toBe(2);
    expect(t.groups.get("G1")?.get("andel")?.longRun).toBeNull();
  });

  it("seriesOf reads one indicator across the years", () => {
    expect(seriesOf(dataset.municipalities[0]?.results, "tid")).toEqual({ 2016: 3, 2017: 4, 2018: 5, 2019: null });
    expect(seriesOf(undefined, "tid")).toEqual({});
  });
});

describe("a municipality's run after smaller steps the same way (reads HP and HQ: Vellinge, Sotenäs, Södertälje, Forshaga)", () => {
  const CLEAR: SeriesRule = { ...HIGHER, clearRuns: true };
  it("is its latest real changes in a row when there are three or more: Vellinge's 66 → 67 → 73 → 76 → 80 → 88 is four", () => {
    const s = facts(from2014(66, 67, 73, 76, 80, 88), CLEAR)?.streak;
    expect(s).toMatchObject({ trend: "improving", steps: 4, clearSteps: 4, startYear: 2015, startValue: 67, smallBefore: 1 });
    // Riket keeps the whole run, small first step and all ("fjärde året i rad" over 74 → 75 → 77 → 79 → 84).
    expect(facts(from2014(66, 67, 73, 76, 80, 88))?.streak).toMatchObject({ steps: 5, clearSteps: 4 });
  });
  it("keeps the whole run with two real changes only, and with none before them", () => {
    expect(facts(from2014(70, 71, 72, 73, 76, 80), CLEAR)?.streak).toMatchObject({ steps: 5, clearSteps: 2 });
    expect(facts(from2014(60, 58, 62, 66, 70, 74), CLEAR)?.streak).toMatchObject({ steps: 4, clearSteps: 4 });
    expect(facts(from2014(60, 58, 62, 66, 70, 74), CLEAR)?.streak?.smallBefore).toBeUndefined();
  });
  it("keeps the whole run for a time that doubled over it: Töreboda's 1 → 29,6 timmar is said as a multiple since 2014", () => {
    const time: SeriesRule = { better: "lower", change: { same: 1, strong: 8 }, hairIsLevel: false, time: true, clearRuns: true };
    expect(facts(from2014(1, 1.1, 2.2, 3.9, 5.2, 29.6), time)?.streak).toMatchObject({ steps: 5, clearSteps: 4 });
  });
});

describe("a long-run change that first went the other way (read HQ: Essunga)", () => {
  it("is no trend after a swing of twice a change or more, and still one after a smaller dip", () => {
    // 61 → 66 → 50: "har blivit sämre sedan 2014: från 61 procent till 50 procent" hid the peak.
    expect(facts(from2014(61, 63, 66, 58, 51, 50))?.longRun?.steady).toBe(false);
    // Norrtälje's 41 → 38 → 51 still reads as the rise.
    expect(facts(from2014(41, 38, 45, 51, 51, 51))?.longRun?.steady).toBe(true);
  });
});
