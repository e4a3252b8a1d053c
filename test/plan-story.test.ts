// The story plan from tables of findings (EDITORIAL.md §1–3): which fact
// leads, what the headline may name, what the lead must carry.
import { describe, expect, it } from "vitest";
import type { ChangeClass, CompareClass, IndicatorFinding, Rank } from "../src/analyse/municipality.js";
import { bothAngle, chooseMunicipalAngle, planLead, planMunicipality, rankFindings, type PlanTimes } from "../src/plan/municipality.js";
import { analyseSeries } from "../src/analyse/time.js";
import type { TimeInput } from "../src/plan/news.js";
import { factsOf } from "../src/plan/news.js";

interface Row {
  id: string;
  channel: string;
  change: ChangeClass | null;
  vs?: CompareClass | null;
  was?: CompareClass | null;
  rank?: Rank;
}

function finding(r: Row): IndicatorFinding {
  const delta = { "strongly-improved": 12, improved: 4, unchanged: 0, declined: -4, "strongly-declined": -12 };
  return {
    indicator: { id: r.id, label: r.id, subject: `ämnet ${r.id}`, channel: r.channel, unit: "percent", better: "higher" },
    value: 60,
    previous: r.change === null ? null : 60 - delta[r.change],
    change: r.change === null ? null : delta[r.change],
    changeClass: r.change,
    national: r.vs === undefined || r.vs === null ? null : 60,
    vsNational: r.vs ?? null,
    previousVsNational: r.was ?? null,
    group: null,
    vsGroup: null,
    rank: r.rank ?? null,
    compareThresholds: { same: 3, strong: 10 },
    changeThresholds: { same: 2, strong: 10 },
    score: Math.abs(r.change === null ? 0 : delta[r.change]) / 10,
  };
}

const plan = (rows: Row[]) => {
  const ranked = rankFindings(rows.map(finding));
  const angle = chooseMunicipalAngle(ranked);
  return { ranked, angle, lead: planLead(angle, ranked) };
};

describe("news value of one indicator's facts", () => {
  it.each<[string, Row, string[]]>([
    ["a shared first place", { id: "a", channel: "e-post", change: "improved", rank: { position: 1, of: 264, tied: 3 } }, ["shared-first", "change"]],
    ["a last place", { id: "a", channel: "e-post", change: null, rank: { position: 264, of: 264 } }, ["last"]],
    ["bottom ten, not bottom three", { id: "a", channel: "e-post", change: null, rank: { position: 258, of: 264 } }, ["bottom-ten"]],
    ["a crossing of riket", { id: "a", channel: "e-post", change: "improved", vs: "better", was: "worse" }, ["crossing", "change", "gap"]],
    ["a strong change", { id: "a", channel: "e-post", change: "strongly-declined", vs: "level" }, ["strong-change"]],
    ["nothing", { id: "a", channel: "e-post", change: "unchanged", vs: "level" }, ["rest"]],
  ])("%s", (_, row, kinds) => {
    expect(factsOf(finding(row)).map((f) => f.kind)).toEqual(kinds);
  });
});

describe("the angle of headline and lead", () => {
  it("a 2-point dip never headlines a release that also holds a 12-point rise", () => {
    const p = plan([
      { id: "dip", channel: "telefon", change: "declined" },
      { id: "rise", channel: "e-post", change: "strongly-improved" },
    ]);
    expect(p.angle).toMatchObject({ kind: "change", polarity: 1, strong: true });
    expect(p.lead.map((i) => i.finding.indicator.id)).toEqual(["rise", "dip"]);
  });
  it("a channel is named only when every indicator in it agrees; else the indicator", () => {
    const p = plan([
      { id: "tel1", channel: "telefon", change: "strongly-declined" },
      { id: "tel2", channel: "telefon", change: "unchanged" },
    ]);
    expect(p.angle).toMatchObject({ kind: "change", subject: { kind: "indicator" } });
    const q = plan([
      { id: "tel1", channel: "telefon", change: "strongly-declined" },
      { id: "tel2", channel: "telefon", change: "strongly-declined" },
    ]);
    expect(q.angle).toMatchObject({ kind: "change", subject: { kind: "channels", channels: ["telefon"] } });
  });
  it("a place at the top outranks a strong change, and the strong change goes into the lead", () => {
    const p = plan([
      { id: "best", channel: "e-post", change: "unchanged", rank: { position: 1, of: 264 } },
      { id: "fall", channel: "telefon", change: "strongly-declined" },
    ]);
    expect(p.angle).toMatchObject({ kind: "place", fact: "first" });
    expect(p.lead.map((i) => `${i.finding.indicator.id}:${i.fact.kind}`)).toEqual(["best:first", "fall:strong-change"]);
  });
  it("two strong changes the opposite way: the headline says both", () => {
    const p = plan([
      { id: "up", channel: "e-post", change: "strongly-improved" },
      { id: "down", channel: "telefon", change: "strongly-declined" },
    ]);
    expect(p.angle.kind).toBe("contrast");
  });
  it("good news over a bottom-ten place: the lead says both", () => {
    const p = plan([
      { id: "gain", channel: "e-post", change: "improved" },
      { id: "low", channel: "telefon", change: "unchanged", rank: { position: 260, of: 264 } },
    ]);
    expect(p.angle).toMatchObject({ kind: "place", fact: "bottom-ten" });
    expect(p.lead.map((i) => i.fact.kind)).toEqual(["bottom-ten", "change"]);
  });
});

describe("two sides in the headline (§1: of the same strength, opposite ways, the release says both)", () => {
  const sides = (rows: Row[]): string => {
    const p = plan(rows);
    const both = bothAngle(p.angle, p.lead);
    if (!both || both.kind !== "both") return "one";
    return `${both.first.finding.indicator.id}:${both.first.fact.kind} / ${both.second.finding.indicator.id}:${both.second.fact.kind}`;
  };
  it.each<[string, Row[], string]>([
    [
      "among the ten weakest, and a strong rise elsewhere",
      [
        { id: "a", channel: "telefon", change: "unchanged", vs: "worse", rank: { position: 258, of: 264 } },
        { id: "b", channel: "telefon", change: "strongly-improved", vs: "level" },
      ],
      "a:bottom-ten / b:strong-change",
    ],
    [
      "a shared first place and a place near the bottom",
      [
        { id: "a", channel: "e-post", change: "unchanged", vs: "much-better", rank: { position: 1, of: 264, tied: 2 } },
        { id: "b", channel: "telefon", change: "unchanged", vs: "much-worse", rank: { position: 263, of: 264 } },
      ],
      "a:shared-first / b:bottom-three",
    ],
    [
      "a strong rise and a small dip elsewhere: the dip is not a side",
      [
        { id: "a", channel: "telefon", change: "strongly-improved", vs: "level" },
        { id: "b", channel: "e-post", change: "declined", vs: "level" },
      ],
      "one",
    ],
    [
      "two strong rises: one side only",
      [
        { id: "a", channel: "telefon", change: "strongly-improved", vs: "level" },
        { id: "b", channel: "e-post", change: "strongly-improved", vs: "level" },
      ],
      "one",
    ],
    [
      "a rise on a measure still far below riket: the same measure's gap is the other side",
      [
        { id: "a", channel: "telefon", change: "improved", vs: "much-worse" },
        { id: "b", channel: "e-post", change: "unchanged", vs: "level" },
      ],
      "a:change / a:gap",
    ],
  ])("%s", (_, rows, expected) => {
    expect(sides(rows)).toBe(expected);
  });
});

describe("a count of records as the headline (§1: a strong change stays the story unless it is one of the records)", () => {
  const rising = { 2014: 40, 2015: 44, 2016: 48, 2017: 52, 2018: 56, 2019: 60 };
  const fallen = { 2014: 80, 2015: 76, 2016: 72, 2017: 68, 2018: 48, 2019: 60 };
  const time = (values: Record<number, number>): TimeInput => {
    const series = analyseSeries(values, 2019, { better: "higher", change: { same: 2, strong: 10 }, hairIsLevel: true });
    if (!series) throw new Error("ingen serie");
    return { series, values: Object.fromEntries(Object.entries(values).map(([y, v]) => [y, v])), surveyStart: 2014, same: 2, strong: 10 };
  };
  it.each<[string, boolean]>([
    ["three records and a strong rise on a measure that is no record: the rise", false],
    ["three records and a strong rise that is a fourth record: the count", true],
  ])("%s", (_, strongIsRecord) => {
    const rows: Row[] = [
      { id: "a", channel: "telefon", change: "improved", vs: "level" },
      { id: "b", channel: "telefon", change: "improved", vs: "level" },
      { id: "c", channel: "e-post", change: "improved", vs: "level" },
      { id: "d", channel: "e-post", change: "strongly-improved", vs: "level" },
    ];
    const times: PlanTimes = new Map([
      ["a", time(rising)],
      ["b", time(rising)],
      ["c", time(rising)],
      ["d", time(strongIsRecord ? { ...rising, 2018: 48 } : fallen)],
    ]);
    const analysis = { year: 2019, previousYear: 2018, municipality: { code: "0001", name: "Testby", officialName: "Testby kommun" }, group: null, findings: rows.map(finding), participants: 264 };
    const p = planMunicipality(analysis as unknown as Parameters<typeof planMunicipality>[0], times);
    expect(p.angle.kind === "records").toBe(strongIsRecord);
  });
});
