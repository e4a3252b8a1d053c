import { planMunicipality } from "../src/plan/municipality.js";
import { describe, expect, it } from "vitest";
import {
  analyseMunicipality,
  classifyChange,
  classifyComparison,
  computeRanks,
  type ChangeClass,
  type CompareClass,
} from "../src/analyse/municipality.js";
import type { Dataset } from "../src/schema.js";

const T = { same: 2, strong: 10 };

describe("classifyChange (DESIGN.md: boundaries belong to the higher band)", () => {
  it.each<[number, number, "higher" | "lower", ChangeClass]>([
    // better: higher
    [80, 80, "higher", "unchanged"],
    [81.9, 80, "higher", "unchanged"],
    [82, 80, "higher", "improved"], // exactly `same`: a change
    [89.9, 80, "higher", "improved"],
    [90, 80, "higher", "strongly-improved"], // exactly `strong`
    [98, 79, "higher", "strongly-improved"],
    [78.1, 80, "higher", "unchanged"],
    [78, 80, "higher", "declined"],
    [70.1, 80, "higher", "declined"],
    [70, 80, "higher", "strongly-declined"],
    // better: lower (response times): falling is improving
    [2, 9, "lower", "improved"],
    [9, 2, "lower", "declined"],
    [0, 10, "lower", "strongly-improved"],
    [20, 10, "lower", "strongly-declined"],
    [11, 10, "lower", "unchanged"],
    // decimals must not fall on the wrong side because of floating point
    [84.2, 82.2, "higher", "improved"],
    [0.3, 0.1, "higher", "unchanged"],
  ])("%s against %s, better %s → %s", (v, p, better, expected) => {
    expect(classifyChange(v, p, better, T)).toBe(expected);
  });

  it("gives null when a value is missing, so the text says nothing", () => {
    expect(classifyChange(null, 80, "higher", T)).toBeNull();
    expect(classifyChange(80, null, "higher", T)).toBeNull();
    expect(classifyChange(80, undefined, "higher", T)).toBeNull();
  });

  it("with same 0 any difference counts as a change, but no difference is none", () => {
    expect(classifyChange(80.5, 80, "higher", { same: 0, strong: 5 })).toBe("improved");
    expect(classifyChange(80, 80, "higher", { same: 0, strong: 5 })).toBe("unchanged");
  });
});

describe("classifyComparison", () => {
  const C = { same: 3, strong: 10 };
  it.each<[number, number, "higher" | "lower", CompareClass]>([
    [84, 84, "higher", "level"],
    [86.9, 84, "higher", "level"],
    [87, 84, "higher", "better"], // exactly `same`
    [94, 84, "higher", "much-better"], // exactly `strong`
    [81, 84, "higher", "worse"],
    [74, 84, "higher", "much-worse"],
    [81.1, 84, "higher", "level"],
    [2, 6, "lower", "better"],
    [6, 2, "lower", "worse"],
    [2, 12, "lower", "much-better"],
    [12, 2, "lower", "much-worse"],
  ])("%s against %s, better %s → %s", (v, r, better, expected) => {
    expect(classifyComparison(v, r, better, C)).toBe(expected);
  });
  it("gives null when the reference is missing", () => {
    expect(classifyComparison(80, null, "higher", C)).toBeNull();
  });
});

function dataset(municipalities: Dataset["municipalities"], participants = municipalities.length): Dataset {
  return {
    survey: {
      name: "Testmätningen",
      publisher: "SKR",
      year: 2019,
      period: { weeks: [41, 46] },
      searches: { total: 10 },
      participants,
      method: "Test.",
      questionAreas: ["bygglov"],
    },
    thresholds: { change: { same: 2, strong: 10 }, compare: { same: 3, strong: 10 } },
    indicators: [
      { id: "epost", label: "E-post", subject: "andelen svar", channel: "e-post", unit: "percent", better: "higher" },
      { id: "tid", label: "Tid", subject: "svarstiden", channel: "e-post", unit: "hours", better: "lower" },
      { id: "tel", label: "Telefon", subject: "andelen samtal", channel: "telefon", unit: "percent", better: "higher" },
    ],
    national: { results: { "2019": { epost: 84, tid: 6, tel: 60 } } },
    municipalities,
  };
}

const muni = (code: string, y2019: Record<string, number | null>, y2018?: Record<string, number | null>) => {
  const results: Record<string, Record<string, number | null>> = { "2019": y2019 };
  if (y2018) results["2018"] = y2018;
  return { code, name: `K${code}`, officialName: `K${code} kommun`, results };
};

describe("computeRanks", () => {
  it("ranks best first, in the indicator's direction, ties share a place", () => {
    const ds = dataset([
      muni("0001", { epost: 90, tid: 5 }),
      muni("0002", { epost: 95, tid: 2 }),
      muni("0003", { epost: 90, tid: 9 }),
      muni("0004", { epost: 80, tid: null }),
    ]);
    const r = computeRanks(ds, 2019);
    expect(r.get("0002")?.get("epost")).toEqual({ position: 1, of: 4 });
    // a tie: both know how many share the place and who the others are
    expect(r.get("0001")?.get("epost")).toEqual({ position: 2, of: 4, tied: 2, sharedWith: ["K0003"] });
    expect(r.get("0003")?.get("epost")).toEqual({ position: 2, of: 4, tied: 2, sharedWith: ["K0001"] });
    expect(r.get("0004")?.get("epost")).toEqual({ position: 4, of: 4 });
    // lower is better; a missing value is not ranked and not counted
    expect(r.get("0002")?.get("tid")).toEqual({ position: 1, of: 3 });
    expect(r.get("0003")?.get("tid")).toEqual({ position: 3, of: 3 });
    expect(r.get("0004")?.has("tid")).toBe(false);
  });
  it("gives last year's place in the country too, among those with a result that year, so 'kvar på sista plats' can be checked (Åstorp, read HL)", () => {
    const ds = dataset([
      muni("0001", { tid: 2 }, { tid: 9 }),
      muni("0002", { tid: 9 }, { tid: 4 }),
      muni("0003", { tid: 5 }, { tid: 4 }),
      muni("0004", { tid: 3 }),
    ]);
    const r = computeRanks(ds, 2019);
    // 0001 went from the longest time (last of three) to the shortest; 0002 and 0003 shared first place in 2018
    expect(r.get("0001")?.get("tid")?.previous).toEqual({ position: 3, of: 3 });
    expect(r.get("0002")?.get("tid")?.previous).toEqual({ position: 1, of: 3, tied: 2 });
    expect(r.get("0004")?.get("tid")?.previous).toBeUndefined();
  });
  it("marks the largest improvement and the largest decline since last year, in the indicator's direction, only when no one equals it", () => {
    const ds = dataset([
      muni("0001", { epost: 90, tid: 2, tel: 70 }, { epost: 70, tid: 9, tel: 60 }),
      muni("0002", { epost: 60, tid: 9, tel: 50 }, { epost: 80, tid: 4, tel: 40 }),
      muni("0003", { epost: 85, tid: 5, tel: 50 }, { epost: 80, tid: 5, tel: 60 }),
      muni("0004", { epost: 75, tid: 3 }),
      muni("0005", { tel: 40 }, { tel: 50 }),
    ]);
    const r = computeRanks(ds, 2019);
    // +20 points is the largest rise, −20 the largest fall; 0004 has no earlier year and is not compared
    expect(r.get("0001")?.get("epost")?.change).toBe("most-improved");
    expect(r.get("0002")?.get("epost")?.change).toBe("most-declined");
    expect(r.get("0003")?.get("epost")?.change).toBeUndefined();
    // lower is better: 9 → 2 timmar is the improvement, 4 → 9 the decline
    expect(r.get("0001")?.get("tid")?.change).toBe("most-improved");
    expect(r.get("0002")?.get("tid")?.change).toBe("most-declined");
    // two share the largest rise (+10) and two the largest fall (−10): neither is marked
    expect([...r.values()].map((m) => m.get("tel")?.change).filter(Boolean)).toEqual([]);
  });
  it("counts the years in a row at the top or the bottom of the country, shared or not, and a year without a result breaks the run (Gagnef, Herrljunga: reads JQ, JR)", () => {
    const years = (...vals: (number | null)[]) => Object.fromEntries(vals.map((v, i) => [String(2016 + i), { epost: v }]));
    const ds = dataset([
      { code: "0001", name: "K0001", officialName: "K0001 kommun", results: years(99, 99, 99, 97) },
      { code: "0002", name: "K0002", officialName: "K0002 kommun", results: years(50, 90, 95, 97) },
      { code: "0003", name: "K0003", officialName: "K0003 kommun", results: years(10, 20, 30, 40) },
      { code: "0004", name: "K0004", officialName: "K0004 kommun", results: years(5, null, 10, 40) },
    ]);
    const r = computeRanks(ds, 2019);
    // 0001 first alone 2016–2018, shared first in 2019: four years at the top; 0002 only this year (a run of one is none)
    expect(r.get("0001")?.get("epost")?.endRun).toBe(4);
    expect(r.get("0002")?.get("epost")?.endRun).toBeUndefined();
    // 0003 and 0004 share the last place in 2019; 0003 was second-last in 2018, 0004 last in 2018 but missing in 2017
    expect(r.get("0003")?.get("epost")?.endRun).toBeUndefined();
    expect(r.get("0004")?.get("epost")?.endRun).toBe(2);
    // Shared every year of the run or not: 0001 was alone at the top 2016–2018; 0004 shared the last place with 0003
    // in 2019 but was alone there in 2018.
    expect(r.get("0001")?.get("epost")?.endRunShared).toBeUndefined();
    expect(r.get("0004")?.get("epost")?.endRunShared).toBeUndefined();
  });
  it("marks a run at the top shared every year (Nynäshamn's first place, shared five years running: read KM)", () => {
    const years = (...vals: (number | null)[]) => Object.fromEntries(vals.map((v, i) => [String(2017 + i), { epost: v }]));
    const ds = dataset([
      { code: "0001", name: "K0001", officialName: "K0001 kommun", results: years(100, 100, 100) },
      { code: "0002", name: "K0002", officialName: "K0002 kommun", results: years(100, 100, 100) },
      { code: "0003", name: "K0003", officialName: "K0003 kommun", results: years(90, 80, 70) },
    ]);
    const r = computeRanks(ds, 2019);
    expect(r.get("0001")?.get("epost")).toMatchObject({ endRun: 3, endRunShared: true });
  });
  it("gives no ranks when the dataset does not hold every participant", () => {
    const ds = dataset([muni("0001", { epost: 90 }), muni("0002", { epost: 95 })], 264);
    expect(computeRanks(ds, 2019).size).toBe(0);
  });
});

describe("analyse → plan: news value and headline angle", () => {
  it("never leaves out a missing number: indicators without a value are not findings", () => {
    const ds = dataset([muni("0001", { epost: 90, tid: null }, { epost: 80 })], 264);
    const a = analyseMunicipality(ds, ds.municipalities[0]!);
    expect(a.findings.map((f) => f.indicator.id)).toEqual(["epost"]);
  });

  it("puts the strongest change first and chooses an improvement angle when nothing fell", () => {
    const ds = dataset([muni("0001", { epost: 98, tid: 5, tel: 61 }, { epost: 79, tid: 6, tel: 60 })], 264);
    const a = planMunicipality(analyseMunicipality(ds, ds.municipalities[0]!));
    expect(a.ranked[0]?.finding.indicator.id).toBe("epost");
    expect(a.sections[0]?.channel).toBe("e-post");
    expect(a.angle).toMatchObject({ kind: "change", polarity: 1, strong: true });
  });

  it("chooses a decline angle when results fell, never an improvement", () => {
    const ds = dataset([muni("0001", { epost: 70, tid: 6, tel: 60 }, { epost: 85, tid: 6, tel: 60 })], 264);
    const a = planMunicipality(analyseMunicipality(ds, ds.municipalities[0]!));
    expect(a.angle).toMatchObject({ kind: "change", polarity: -1, strong: true });
  });

  it("names both directions when two equally strong changes went opposite ways", () => {
    const ds = dataset([muni("0001", { epost: 98, tid: 6, tel: 50 }, { epost: 79, tid: 6, tel: 60 })], 264);
    const a = planMunicipality(analyseMunicipality(ds, ds.municipalities[0]!));
    expect(a.angle.kind).toBe("contrast");
    if (a.angle.kind === "contrast") expect(a.angle.findings.map((f) => f.indicator.id)).toEqual(["epost", "tel"]);
  });

  it("does not give a channel a direction when its own indicators went both ways", () => {
    // e-post share up 10, e-post time up 3 hours (worse)
    const ds = dataset([muni("0001", { epost: 90, tid: 9 }, { epost: 80, tid: 6 })], 264);
    const a = planMunicipality(analyseMunicipality(ds, ds.municipalities[0]!));
    if (a.angle.kind === "change") expect(a.angle.subject.kind).toBe("indicator");
    else expect(a.angle.kind).toBe("contrast");
  });

  it("falls back to the comparison with riket when there is no previous year", () => {
    const ds = dataset([muni("0001", { epost: 70 })], 264);
    const a = planMunicipality(analyseMunicipality(ds, ds.municipalities[0]!));
    expect(a.angle).toMatchObject({ kind: "compare", polarity: -1, strong: true });
  });
});
