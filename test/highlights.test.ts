// kinds/highlights.ts: the reviewer's short notes on what the years show
// (records, streaks, turnarounds), table-tested from yearly values through the
// real time analysis; and the kinds give them for their own series.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { analyseSeries, analyseTime, type YearlyValues } from "../src/analyse/time.js";
import { indicatorName, seriesHighlights, timeHighlights } from "../src/kinds/highlights.js";
import { municipalityKind } from "../src/kinds/municipality/kind.js";
import { nationalKind } from "../src/kinds/national/kind.js";
import { Dataset, type Indicator } from "../src/schema.js";

const CHANGE = { same: 2, strong: 10 };

function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    id: "x",
    label: "Svar på frågan",
    subject: "andelen som får svar",
    short: "direktsvaren",
    channel: "telefon",
    unit: "percent",
    better: "higher",
    ...over,
  };
}

/** Values from 2014 on, one per year; null: not measured, undefined: no results that year. */
function from2014(...values: (number | null | undefined)[]): YearlyValues {
  return Object.fromEntries(values.map((v, i) => [String(2014 + i), v]));
}

function from2015(...values: number[]): YearlyValues {
  return Object.fromEntries(values.map((v, i) => [String(2015 + i), v]));
}

function notes(values: YearlyValues, ind: Indicator = indicator(), change = CHANGE): string[] {
  const year = Math.max(...Object.keys(values).map(Number));
  const t = analyseSeries(values, year, { better: ind.better, change, hairIsLevel: ind.unit === "percent" });
  return t === null ? [] : seriesHighlights(ind, t);
}

describe("highlights: one note per record, streak or turnaround", () => {
  const svarstid = indicator({ label: "Genomsnittlig svarstid för e-post", short: "svarstiden e-post", unit: "hours", better: "lower" });
  const bemotande = indicator({ label: "Gott bemötande", short: "bemötandet" });
  it.each<[string, YearlyValues, Indicator, string[]]>([
    ["a record high", from2014(60, 62, 61, 63, 65.5), indicator(), ["direktsvaren: bäst sedan 2014", "direktsvaren: bättre två år i rad"]],
    ["a record after a dip", from2014(60, 58, 61, 70), indicator(), ["direktsvaren: bäst sedan 2014", "direktsvaren: bättre två år i rad"]],
    ["a record by a small margin, reached by a real rise (no streak)", from2014(60, 70, 66, 70.5), indicator(), ["direktsvaren: bäst sedan 2014"]],
    // 71 against 70 the year before, the old best: level with the best, not "bäst sedan 2014" (a blind read).
    ["a best by a hair in a year without a real change is no record", from2014(60, 55, 70, 71), indicator(), []],
    ["lower is better: the highest value is the worst", from2015(4, 2, 5, 8), svarstid, [
      "svarstiden e-post: sämst sedan 2015",
      "svarstiden e-post: sämre två år i rad",
    ]],
    ["a streak of two (no record: the earlier best is higher)", from2014(90, 70, 73, 76), indicator(), ["direktsvaren: bättre två år i rad"]],
    ["a streak in words up to twelve", from2014(80, 75, 70, 65, 60, 55), indicator(), ["direktsvaren: sämst sedan 2014", "direktsvaren: sämre fem år i rad"]],
    ["thirteen steps in digits", Object.fromEntries(Array.from({ length: 14 }, (_, i) => [String(2006 + i), 30 + 3 * i])), indicator(), [
      "direktsvaren: bäst sedan 2006",
      "direktsvaren: bättre 13 år i rad",
    ]],
    ["a turnaround upwards", from2014(70, 80, 77, 74, 71, 75), bemotande, ["bemötandet: vände uppåt efter tre års nedgång"]],
    ["a turnaround downwards", from2014(60, 50, 53, 56, 52), bemotande, ["bemötandet: vände nedåt efter två års uppgång"]],
    ["lower is better: a turnaround is told in better and worse", from2014(2, 4, 6, 3), svarstid, ["svarstiden e-post: vände till det bättre efter två års försämring"]],
    ["lower is better: and the other way", from2014(9, 7, 5, 8), svarstid, ["svarstiden e-post: vände till det sämre efter två års förbättring"]],
    ["a tie with the best is no record", from2014(70, 60, 65, 70), indicator(), ["direktsvaren: bättre två år i rad"]],
    ["a tie with the worst is no record", from2014(60, 70, 65, 60), indicator(), ["direktsvaren: sämre två år i rad"]],
    ["a single year says nothing", from2014(70), indicator(), []],
    ["two years say nothing", from2014(60, 70), indicator(), []],
    ["a streak broken by a missing year is no streak", from2014(40, 45, 50, undefined, 55, 60), indicator(), ["direktsvaren: bäst sedan 2014"]],
    ["a streak broken by a year not measured is no streak", from2014(40, 45, 50, null, 55, 60), indicator(), ["direktsvaren: bäst sedan 2014"]],
    ["no value this year: nothing", from2014(40, 45, 50, null), indicator(), []],
    ["small steps are no streak, and a flat series no record", from2014(70, 71, 70.5, 71.5, 72), indicator(), []],
  ])("%s", (_name, values, ind, expected) => {
    expect(notes(values, ind)).toEqual(expected);
  });
});

describe("highlights: how an indicator is named", () => {
  it.each<[Pick<Indicator, "label" | "short">, string]>([
    [{ label: "Gott bemötande", short: "bemötandet i telefon" }, "bemötandet i telefon"],
    [{ label: "Gott bemötande" }, "gott bemötande"],
    [{ label: "Tillgänglighet via telefon", short: "  " }, "tillgänglighet via telefon"],
    [{ label: "Ärenden som avgörs i tid" }, "ärenden som avgörs i tid"],
    [{ label: "SMS-svar inom en dag" }, "SMS-svar inom en dag"],
    [{ label: "KKiK-index" }, "KKiK-index"],
  ])("%o → %s", (ind, expected) => {
    expect(indicatorName(ind)).toBe(expected);
  });
});

function dataset(): Dataset {
  const results = (...v: number[]): Record<string, Record<string, number>> => Object.fromEntries(v.map((x, i) => [String(2015 + i), { a: x, b: 5 }]));
  return {
    survey: {
      name: "Testenkäten",
      publisher: "SKR",
      year: 2019,
      period: { weeks: [41, 46] },
      searches: { total: 10 },
      participants: 3,
      method: "Test.",
      questionAreas: ["bygglov"],
    },
    thresholds: { change: CHANGE, compare: { same: 3, strong: 10 } },
    indicators: [
      indicator({ id: "a", short: "tillgängligheten" }),
      indicator({ id: "b", label: "Svarstid", short: "svarstiden", unit: "hours", better: "lower" }),
    ],
    national: { results: results(50, 55, 60, 65, 70) },
    municipalities: [
      { code: "0001", name: "Ett", officialName: "Ett kommun", results: results(70, 60, 62, 64, 66) },
      { code: "0002", name: "Två", officialName: "Två kommun", results: results(70, 71) },
    ],
  };
}

describe("highlights: from the dataset's time analysis", () => {
  it("each municipality's and riket's own series, in the indicators' order", () => {
    const ds = dataset();
    const time = analyseTime(ds);
    expect(timeHighlights(ds.indicators, time.municipalities.get("0001"))).toEqual(["tillgängligheten: bättre tre år i rad"]);
    expect(timeHighlights(ds.indicators, time.municipalities.get("0002"))).toEqual([]);
    expect(timeHighlights(ds.indicators, time.national)).toEqual(["tillgängligheten: bäst sedan 2015", "tillgängligheten: bättre fyra år i rad"]);
    expect(timeHighlights(ds.indicators, undefined)).toEqual([]);
  });
});

describe("highlights: the kinds give them for their own release", () => {
  const example = Dataset.parse(parse(readFileSync("data/exempel/kkik-2019-alla.yaml", "utf8")));

  it("a municipality: its own series; riket: the national one", async () => {
    const municipal = municipalityKind.open(example, await municipalityKind.loadResources());
    const target = municipal.targets().find((t) => t.id === "0114");
    expect(target).toBeDefined();
    if (target === undefined) return;
    expect(municipal.generate(target).highlights).toEqual([
      "bemötandet i telefon: sämst sedan 2014",
      "bemötandet i telefon: sämre två år i rad",
      "svarstiden på e-post: bäst sedan 2014",
    ]);
    const national = nationalKind.open(example, await nationalKind.loadResources());
    const [riket] = national.targets();
    expect(riket).toBeDefined();
    if (riket === undefined) return;
    expect(national.generate(riket).highlights).toEqual(timeHighlights(example.indicators, analyseTime(example).national));
    expect(national.generate(riket).highlights).toContain("e-postsvaren inom en arbetsdag: bättre varje år sedan 2014");
  });

  it("a dataset with one year: none", async () => {
    const one = { ...example, municipalities: example.municipalities.map((m) => ({ ...m, results: { 2019: m.results["2019"] ?? {} } })) };
    const session = municipalityKind.open(one, await municipalityKind.loadResources());
    expect(session.targets().flatMap((t) => session.generate(t).highlights)).toEqual([]);
  });
});
