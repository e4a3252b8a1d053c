// The steps of the Kolada import one at a time, on small hand-made inputs:
// collecting T values, sorting units, choosing the year, building groups,
// municipalities, riket and survey facts, assembling and validating.
import { describe, expect, it } from "vitest";
import {
  buildGroups,
  buildMunicipalities,
  buildSurvey,
  computedGroupResults,
  emptyIndicatorWarnings,
  municipalitiesInYear,
  participantsFromGroups,
  resultsFor,
} from "../src/kolada/build.js";
import {
  chooseYear,
  classifyUnits,
  collectValues,
  emptyDropped,
  MAX_NULL_WARNINGS_PER_FILE,
  nullValueWarnings,
  totalCell,
  unitWarnings,
  yearsWithValues,
} from "../src/kolada/cube.js";
import type { KoladaSource, KoladaValue } from "../src/kolada/format.js";
import { assembleDataset, buildDatasetParts, finishImport, importKolada } from "../src/kolada/import.js";
import { datasetYaml } from "../src/kolada/import-yaml.js";
import { Mapping } from "../src/kolada/mapping.js";
import { parseReference } from "../src/kolada/reference.js";
import { formatMessage } from "../src/messages.js";

const reference = parseReference(
  [
    "kod,namn,officiellt_namn,kommungrupp_kod,kommungrupp,kolada_kommungrupp_id",
    "0114,Upplands Väsby,Upplands Väsby kommun,A2,Pendlingskommun nära storstad,G92793",
    "0115,Vallentuna,Vallentuna kommun,A2,Pendlingskommun nära storstad,G92793",
    "0117,Österåker,Österåkers kommun,A2,Pendlingskommun nära storstad,G92793",
    "0180,Stockholm,Stockholms stad,A1,Storstäder,G92786",
    "",
  ].join("\n"),
);

const mapping = Mapping.parse({
  survey: {
    name: "Servicemätningen",
    publisher: "SKR",
    searches: { total: 100 },
    method: "En enkät.",
    questionAreas: ["bemötandet"],
  },
  years: { "2024": { searches: { total: 200 } } },
  thresholds: { change: { same: 1, strong: 4 }, compare: { same: 1.5, strong: 5 } },
  indicators: [
    { id: "bemotande", kolada: "N00671", label: "Bemötande", subject: "bemötandet", channel: "telefon", unit: "index", better: "higher" },
    { id: "epost", kolada: "N00674", label: "E-post", subject: "e-posten", channel: "e-post", unit: "index", better: "higher" },
  ],
});
const indicators = mapping.indicators;
const KPIS = new Set(["N00671", "N00674"]);
const PERIOD = { weeks: [11, 19] as [number, number] };

type Row = [kpi: string, unit: string, year: number, value: number | null, count?: number];

function source(label: string, rows: readonly Row[]): KoladaSource {
  return {
    label,
    page: {
      version: "v3",
      next: null,
      items: rows.map(([kpi, municipality, period, value, count]) => ({
        kpi,
        municipality,
        period,
        values: [{ gender: "T", value, isdeleted: false, ...(count !== undefined ? { count } : {}) }],
      })),
    },
  };
}

function cubeOf(rows: readonly Row[]) {
  return collectValues([source("a.json", rows)], KPIS).cube;
}

describe("totalCell: the T value of one item", () => {
  const T = (value: number | null, extra: Partial<KoladaValue> = {}): KoladaValue => ({ gender: "T", value, ...extra });
  it.each<[string, KoladaValue[], { value: number; count: number | null } | undefined, ReturnType<typeof emptyDropped>]>([
    ["one T value", [T(80)], { value: 80, count: null }, { deleted: 0, nullValues: 0, otherGender: 0 }],
    ["K and M skipped", [{ gender: "K", value: 99 }, { gender: "M", value: 11 }, T(80, { count: 1 })], { value: 80, count: 1 }, { deleted: 0, nullValues: 0, otherGender: 2 }],
    ["no gender counts as T", [{ value: 5 }], { value: 5, count: null }, { deleted: 0, nullValues: 0, otherGender: 0 }],
    ["deleted row skipped", [T(70, { isdeleted: true }), T(80)], { value: 80, count: null }, { deleted: 1, nullValues: 0, otherGender: 0 }],
    ["null value", [T(null)], undefined, { deleted: 0, nullValues: 1, otherGender: 0 }],
    ["value absent", [{ gender: "T" }], undefined, { deleted: 0, nullValues: 1, otherGender: 0 }],
    ["the first T value wins", [T(80), T(90)], { value: 80, count: null }, { deleted: 0, nullValues: 0, otherGender: 0 }],
    ["no rows", [], undefined, { deleted: 0, nullValues: 0, otherGender: 0 }],
  ])("%s", (_name, values, cell, dropped) => {
    const counted = emptyDropped();
    expect(totalCell(values, counted)).toEqual(cell);
    expect(counted).toEqual(dropped);
  });
});

describe("collectValues", () => {
  it("keeps mapped KPIs, lists the others sorted, and warns once per conflicting cell (the later value wins)", () => {
    const collected = collectValues(
      [
        source("a.json", [["N00671", "0114", 2024, 80], ["N00675", "0114", 2024, 1], ["N00672", "0114", 2024, 2]]),
        source("b.json", [["N00671", "0114", 2024, 81], ["N00671", "0114", 2024, 82], ["N00674", "0114", 2024, null]]),
      ],
      KPIS,
    );
    expect(collected.cube.get("N00671")?.get("0114")?.get(2024)).toEqual({ value: 82, count: null });
    expect(collected.cube.has("N00674")).toBe(false);
    expect(collected.unmapped).toEqual(["N00672", "N00675"]);
    expect(collected.dropped).toEqual({ deleted: 0, nullValues: 1, otherGender: 0 });
    expect(collected.messages.map(formatMessage)).toEqual([
      "b.json: varning: N00671 för 0114 2024 förekommer med två olika värden (80 och 81); det senare används",
    ]);
  });

  it("reads a period given as text", () => {
    const src = source("a.json", []);
    src.page.items.push({ kpi: "N00671", municipality: "0114", period: "2023", values: [{ gender: "T", value: 7 }] });
    expect(collectValues([src], KPIS).cube.get("N00671")?.get("0114")?.get(2023)?.value).toBe(7);
  });
});

describe("null values", () => {
  const warnings = (sources: KoladaSource[], years = [2024, 2023]): string[] => {
    const c = collectValues(sources, KPIS);
    return nullValueWarnings(c.nulls, c.cube, reference, years).map(formatMessage);
  };
  it.each<[string, Row[], string[]]>([
    ["a municipality", [["N00671", "0115", 2024, null]], ["a.json: varning: N00671 för Vallentuna (0115) 2024 har inget värde (null) i svaret; det hoppas över"]],
    ["riket", [["N00674", "0000", 2023, null]], ["a.json: varning: N00674 för riket (0000) 2023 har inget värde (null) i svaret; det hoppas över"]],
    ["a kommungrupp", [["N00671", "G92786", 2024, null]], ["a.json: varning: N00671 för Storstäder (G92786) 2024 har inget värde (null) i svaret; det hoppas över"]],
    ["a region (not used anyway)", [["N00671", "0001", 2024, null]], []],
    ["a year outside the dataset", [["N00671", "0115", 2019, null]], []],
    ["an unmapped KPI", [["N00672", "0115", 2024, null]], []],
    ["twice in one file: one warning", [["N00671", "0115", 2024, null], ["N00671", "0115", 2024, null]], [
      "a.json: varning: N00671 för Vallentuna (0115) 2024 har inget värde (null) i svaret; det hoppas över",
    ]],
  ])("%s", (_name, rows, expected) => {
    expect(warnings([source("a.json", rows)])).toEqual(expected);
  });

  it("no warning when another response has the value", () => {
    expect(warnings([source("a.json", [["N00671", "0115", 2024, null]]), source("b.json", [["N00671", "0115", 2024, 80]])])).toEqual([]);
    expect(warnings([source("b.json", [["N00671", "0115", 2024, 80]]), source("a.json", [["N00671", "0115", 2024, null]])])).toEqual([]);
  });

  it(`at most ${MAX_NULL_WARNINGS_PER_FILE} per response, then one that counts the rest`, () => {
    const rows: Row[] = [2010, 2011, 2012, 2013, 2014, 2015].flatMap((y) => (["0114", "0115"] as const).map((c): Row => ["N00671", c, y, null]));
    const years = [2010, 2011, 2012, 2013, 2014, 2015];
    const out = warnings([source("a.json", rows), source("b.json", [["N00674", "0114", 2010, null]])], years);
    expect(out).toHaveLength(MAX_NULL_WARNINGS_PER_FILE + 2);
    expect(out.slice(MAX_NULL_WARNINGS_PER_FILE)).toEqual([
      "b.json: varning: N00674 för Upplands Väsby (0114) 2010 har inget värde (null) i svaret; det hoppas över",
      "a.json: varning: … och 2 tomma värden (null) till i samma svar",
    ]);
  });
});

describe("classifyUnits and unitWarnings", () => {
  it("sorts municipalities from riket, regions and unknown groups", () => {
    const cube = cubeOf([
      ["N00671", "0180", 2024, 1],
      ["N00671", "0114", 2024, 1],
      ["N00671", "0000", 2024, 1],
      ["N00671", "0001", 2024, 1],
      ["N00674", "G92793", 2024, 1],
      ["N00674", "G1", 2024, 1],
    ]);
    const units = classifyUnits(cube, reference);
    expect(units).toEqual({ municipalCodes: ["0114", "0180"], unknownCodes: ["0001"], unknownGroups: ["G1"] });
    expect(unitWarnings(["N00672"], units).map(formatMessage)).toEqual([
      "varning: nyckeltalen N00672 finns inte i mappningsfilen; deras värden används inte",
      "varning: koderna 0001 är inga kommuner i referensdata (regioner?); deras värden används inte",
      "varning: grupperna G1 är inga kommungrupper i referensdata; deras värden används inte",
    ]);
    expect(unitWarnings([], { municipalCodes: [], unknownCodes: [], unknownGroups: [] })).toEqual([]);
  });
});

describe("yearsWithValues and chooseYear", () => {
  const cube = cubeOf([
    ["N00671", "0114", 2024, 1],
    ["N00674", "0114", 2022, 1],
    ["N00671", "0000", 2021, 1],
  ]);
  it("takes the years of the given codes only", () => {
    expect(yearsWithValues(cube, ["N00671", "N00674"], ["0114"])).toEqual([2022, 2024]);
    expect(yearsWithValues(cube, ["N00671"], ["0114", "0000"])).toEqual([2021, 2024]);
  });
  it.each<[string, number[], number | undefined, string]>([
    ["the latest by default", [2022, 2024], undefined, "2024"],
    ["the requested year", [2022, 2024], 2022, "2022"],
    ["a requested year without values", [2022, 2024], 2023, "inga värden för 2023 i svaren (år med värden: 2022, 2024)"],
    ["no values at all", [], undefined, "svaren innehåller inga värden för någon kommun för mappningsfilens nyckeltal (N00671, N00674)"],
  ])("%s", (_name, present, requested, expected) => {
    const chosen = chooseYear(present, ["N00671", "N00674"], requested);
    expect("year" in chosen ? String(chosen.year) : chosen.error.reason).toBe(expected);
  });
});

describe("building the dataset's parts", () => {
  const cube = cubeOf([
    ["N00671", "0114", 2024, 80],
    ["N00671", "0115", 2024, 85],
    ["N00671", "0117", 2024, 90.5],
    ["N00674", "0117", 2024, 70],
    ["N00671", "0117", 2023, 88],
    ["N00671", "0180", 2023, 60],
    ["N00671", "0000", 2024, 82, 1],
    ["N00671", "G92786", 2024, 61, 1],
    ["N00671", "G92793", 2024, 79, 5],
    ["N00674", "G92793", 2024, 66, 3],
  ]);

  it("resultsFor maps KPIs to indicator ids and leaves out years without values", () => {
    expect(resultsFor(cube, indicators, "0117", [2024, 2023, 2022])).toEqual({ "2024": { bemotande: 90.5, epost: 70 }, "2023": { bemotande: 88 } });
    expect(resultsFor(cube, indicators, "0999", [2024])).toEqual({});
  });

  it("municipalitiesInYear keeps codes with a value in the year", () => {
    expect(municipalitiesInYear(cube, indicators, ["0114", "0115", "0117", "0180"], 2024)).toEqual(["0114", "0115", "0117"]);
  });

  it.each<[string, string[], Record<string, Record<string, number>>]>([
    ["three members: the mean, one decimal", ["0114", "0115", "0117"], { "2024": { bemotande: 85.2 } }],
    ["two members: no value", ["0114", "0115"], {}],
  ])("computedGroupResults: %s", (_name, members, expected) => {
    expect(computedGroupResults(cube, indicators, members, [2024, 2023])).toEqual(expected);
  });

  it("buildGroups takes Kolada's G values when there are any", () => {
    const { groups, computed } = buildGroups(cube, indicators, reference, { inYear: ["0114", "0180"], municipalCodes: ["0114"], years: [2024] });
    expect(computed).toBe(false);
    expect(groups).toEqual([
      { id: "A1", name: "Storstäder", results: { "2024": { bemotande: 61 } } },
      { id: "A2", name: "Pendlingskommun nära storstad", results: { "2024": { bemotande: 79, epost: 66 } } },
    ]);
  });

  it("buildGroups computes the values without G values, and leaves out a group with too few members", () => {
    const plain = cubeOf([
      ["N00671", "0114", 2024, 80],
      ["N00671", "0115", 2024, 85],
      ["N00671", "0117", 2024, 90.5],
      ["N00671", "0180", 2024, 60],
    ]);
    const codes = ["0114", "0115", "0117", "0180"];
    const { groups, computed } = buildGroups(plain, indicators, reference, { inYear: codes, municipalCodes: codes, years: [2024] });
    expect(computed).toBe(true);
    expect(groups.map((g) => [g.id, g.results])).toEqual([["A2", { "2024": { bemotande: 85.2 } }]]);
  });

  it("buildMunicipalities names them from the reference and sets the group only when it is in the dataset", () => {
    const ms = buildMunicipalities(cube, indicators, reference, ["0114", "0180"], new Set(["A2"]), [2024]);
    expect(ms).toEqual([
      { code: "0114", name: "Upplands Väsby", officialName: "Upplands Väsby kommun", group: "A2", results: { "2024": { bemotande: 80 } } },
      { code: "0180", name: "Stockholm", officialName: "Stockholms stad", results: {} },
    ]);
  });

  it("participantsFromGroups sums the groups' counts, the largest sum over the KPIs", () => {
    expect(participantsFromGroups(cube, ["N00671", "N00674"], reference, 2024)).toBe(6);
    expect(participantsFromGroups(cube, ["N00671"], reference, 2023)).toBeUndefined();
  });

  it("buildSurvey takes years.<år> before survey, and at least one participant", () => {
    expect(buildSurvey(mapping, 2024, PERIOD, 0)).toMatchObject({ year: 2024, searches: { total: 200 }, participants: 1, source: "Kolada (RKA), CC BY 4.0" });
    expect(buildSurvey(mapping, 2023, PERIOD, 12)).toMatchObject({ year: 2023, searches: { total: 100 }, participants: 12 });
  });

  it("emptyIndicatorWarnings names the indicators without values in the year", () => {
    expect(emptyIndicatorWarnings(cube, indicators, ["0114"], 2024).map(formatMessage)).toEqual(["varning: N00674 (epost) har inga värden för 2024"]);
    expect(emptyIndicatorWarnings(cube, indicators, ["0117"], 2024)).toEqual([]);
  });

  it("buildDatasetParts puts them together with their warnings", () => {
    const { parts, messages } = buildDatasetParts({ cube }, { municipalCodes: ["0114", "0115", "0117", "0180"] }, mapping, reference, 2024);
    expect(parts.municipalities.map((m) => m.code)).toEqual(["0114", "0115", "0117"]);
    expect(parts.national).toEqual({ "2024": { bemotande: 82 } });
    expect(parts.groups.map((g) => g.id)).toEqual(["A2"]);
    expect(parts.participants).toBe(6);
    expect(messages).toEqual([]);
    const noRiket = buildDatasetParts({ cube }, { municipalCodes: ["0180"] }, mapping, reference, 2023);
    expect(noRiket.messages.map(formatMessage)).toEqual([
      "varning: svaren saknar värden för riket (0000) 2023; jämförelser med riket utelämnas",
      "varning: N00674 (epost) har inga värden för 2023",
    ]);
  });
});

describe("assembleDataset and finishImport", () => {
  const base = {
    year: 2024,
    period: PERIOD,
    municipalities: [{ code: "0114", name: "Upplands Väsby", officialName: "Upplands Väsby kommun", results: { "2024": { bemotande: 80 } } }],
    groups: [],
    groupsComputed: false,
    participants: 3,
    dropped: emptyDropped(),
  };
  it.each<[string, Record<string, Record<string, number>>, boolean, number | null]>([
    ["riket with the previous year", { "2024": { bemotande: 82 }, "2023": { bemotande: 81 } }, true, 2023],
    ["riket without the year: no national, no previous year", { "2023": { bemotande: 81 } }, false, 2023],
    ["no riket at all", {}, false, null],
  ])("%s", (_name, national, hasNational, previousYear) => {
    const { candidate, summary } = assembleDataset(mapping, { ...base, national });
    expect(candidate.national !== undefined).toBe(hasNational);
    expect(summary).toMatchObject({ year: 2024, previousYear, municipalities: 1, indicators: 2, national: hasNational, participants: 3 });
    expect(Object.keys(candidate)).toEqual(["survey", "thresholds", "indicators", ...(hasNational ? ["national"] : []), "municipalities"]);
  });

  it("finishImport validates the YAML: a value out of range is an error and gives no dataset", () => {
    const { candidate, summary } = assembleDataset(mapping, { ...base, national: {} });
    const ok = finishImport(datasetYaml(candidate, "test"), summary, []);
    expect(ok.dataset?.municipalities[0]?.code).toBe("0114");
    const bad = assembleDataset(mapping, { ...base, national: {}, municipalities: [{ ...base.municipalities[0]!, results: { "2024": { bemotande: 104 } } }] });
    const failed = finishImport(datasetYaml(bad.candidate, "test"), bad.summary, [], "ut.yaml");
    expect(failed.dataset).toBeUndefined();
    expect(failed.messages.some((m) => m.severity === "error" && m.file === "ut.yaml")).toBe(true);
  });

  it("importKolada runs the steps end to end on a small response", () => {
    const result = importKolada([source("a.json", [["N00671", "0114", 2024, 80], ["N00671", "0000", 2024, 82]])], {
      mapping,
      mappingFile: "m.yaml",
      reference,
      period: PERIOD,
    });
    expect(result.messages.map(formatMessage)).toEqual(["varning: N00674 (epost) har inga värden för 2024"]);
    expect(result.summary).toMatchObject({ year: 2024, previousYear: null, municipalities: 1, national: true, groups: 0, participants: 1 });
  });
});
