// Kolada import: saved v3/v2 responses → a dataset that validates and
// generates. Pure import tests, mapping-file errors with positions, and the
// CLI (`import kolada`) through main(argv, io) with exact Swedish messages.
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { checkDataset } from "../src/load/dataset.js";
import { parseKoladaResponse, type KoladaPage } from "../src/kolada/format.js";
import { importKolada, type ImportOptions, type KoladaSource } from "../src/kolada/import.js";
import { loadMapping, validateMapping } from "../src/kolada/mapping.js";
import { parsePeriod } from "../src/kolada/options.js";
import { missingPages, pageKey, readKoladaFiles } from "../src/kolada/read.js";
import { loadReference, type Reference } from "../src/kolada/reference.js";
import { parseSource } from "../src/load/source.js";
import { formatMessage } from "../src/messages.js";
import { generateRelease, loadResources } from "../src/kinds/municipality/release.js";

const FIX = "test/fixtures/kolada";
const V3 = `${FIX}/v3/servicematning-2023-2024.json`;
const V3_GROUPS = `${FIX}/v3/kommungrupper-2023-2024.json`;
const V2 = `${FIX}/v2/servicematning-2022-2023.json`;
const SHIPPED = "data/kolada/servicematning.yaml";
const WITH_PERIOD = `${FIX}/mappning/med-period.yaml`;
/** 2024 N00673 for 0115 (Vallentuna) is null in the v3 fixture. */
const NULL_WARNING = `${V3}: varning: N00673 för Vallentuna (0115) 2024 har inget värde (null) i svaret; det hoppas över`;

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string[] }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, stdout: out, stderr: err.split("\n").filter((l) => l !== "") };
}

async function sources(...files: string[]): Promise<KoladaSource[]> {
  const read = await readKoladaFiles(files);
  if (!read.sources) throw new Error(read.messages.map(formatMessage).join("\n"));
  return read.sources;
}

let reference: Reference;
let tmp: string;
beforeAll(async () => {
  reference = await loadReference();
  tmp = await mkdtemp(path.join(tmpdir(), "kommunpress-kolada-import-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function options(map = SHIPPED, extra: Partial<ImportOptions> = {}): Promise<ImportOptions> {
  const { mapping } = await loadMapping(map);
  return { mapping, mappingFile: map, reference, period: parsePeriod("v11-v19"), ...extra };
}

describe("response format", () => {
  it("reads a v3 envelope (next_url) and a v2 envelope (next_page)", async () => {
    const v3 = parseKoladaResponse(await readFile(V3, "utf8"), V3);
    const v2 = parseKoladaResponse(await readFile(V2, "utf8"), V2);
    expect(v3.messages).toEqual([]);
    expect(v3.page?.version).toBe("v3");
    expect(v3.page?.next).toBeNull();
    expect(v3.page?.items).toHaveLength(112);
    expect(v2.page?.version).toBe("v2");
    expect(v2.page?.items).toHaveLength(32);
  });

  it("follows next_page in a v2 envelope like next_url in v3", () => {
    const body = JSON.stringify({ values: [], count: 0, next_page: "http://api.kolada.se/v2/data/kpi/N00671/year/2019?page=2", previous_page: null });
    expect(parseKoladaResponse(body, "sida.json").page?.next).toBe("http://api.kolada.se/v2/data/kpi/N00671/year/2019?page=2");
  });
});

describe("import (pure)", () => {
  it("keeps gender T only, drops deleted rows and null values, maps 0000 to riket", async () => {
    const result = importKolada(await sources(V3, V3_GROUPS), await options());
    // The null value is named in a warning (regression: it used to vanish silently).
    expect(result.messages.map(formatMessage)).toEqual([NULL_WARNING]);
    const d = result.dataset;
    if (!d) throw new Error("no dataset");
    const huddinge = d.municipalities.find((m) => m.code === "0126");
    // K 99.9 and M 11.1 are in the file too: only T counts.
    expect(huddinge?.results["2024"]?.["bemotande-telefon"]).toBe(86.4);
    // 2023 N00674 for 0126 is isdeleted: true.
    expect(huddinge?.results["2023"]).toEqual({ "bemotande-telefon": 83.2, "enkelt-telefon": 74, "tydligt-svar-epost": 84.6 });
    // 2024 N00673 for 0115 is null.
    const vallentuna = d.municipalities.find((m) => m.code === "0115");
    expect(vallentuna?.results["2024"]).not.toHaveProperty("tydligt-svar-epost");
    expect(d.national).toEqual({
      name: "Riket",
      results: {
        "2024": { "bemotande-telefon": 88.8, "enkelt-telefon": 76.1, "tydligt-svar-epost": 82.4, "enkelt-epost": 70 },
        "2023": { "bemotande-telefon": 85.5, "enkelt-telefon": 73.8, "tydligt-svar-epost": 79.1, "enkelt-epost": 74.4 },
      },
    });
    expect(d.municipalities.some((m) => m.code === "0000")).toBe(false);
    // K and M of N00671 for 0126 and 0180, both years.
    expect(result.summary?.dropped).toEqual({ deleted: 1, nullValues: 1, otherGender: 8 });
  });

  it("takes names and kommungrupp from the reference data and group values from Kolada's G ids", async () => {
    const { dataset: d, summary } = importKolada(await sources(V3, V3_GROUPS), await options());
    if (!d) throw new Error("no dataset");
    expect(d.municipalities.map((m) => m.code)).toEqual(["0114", "0115", "0117", "0120", "0123", "0126", "0180", "0880", "0980", "1280", "1283", "1480", "2380"]);
    const by = new Map(d.municipalities.map((m) => [m.code, m]));
    expect(by.get("0180")).toMatchObject({ name: "Stockholm", officialName: "Stockholms stad", group: "A1" });
    expect(by.get("0980")).toMatchObject({ name: "Gotland", officialName: "Region Gotland", group: "C6" });
    expect(by.get("0126")).toMatchObject({ name: "Huddinge", officialName: "Huddinge kommun", group: "A2" });
    expect(d.groups?.map((g) => [g.id, g.name])).toEqual([
      ["A1", "Storstäder"],
      ["A2", "Pendlingskommun nära storstad"],
      ["B3", "Större stad"],
      ["C6", "Mindre stad/tätort"],
    ]);
    expect(d.groups?.find((g) => g.id === "A2")?.results["2024"]?.["bemotande-telefon"]).toBe(83.5);
    expect(summary).toMatchObject({ year: 2024, previousYear: 2023, groups: 4, groupsComputed: false });
    // The kommungrupp values' `count` (members with values) summed: 7 + 4 + 4 + 2 for N00671 2024.
    expect(d.survey.participants).toBe(17);
  });

  it("computes group values (unweighted mean, ≥3 members) when the responses have no G values", async () => {
    const result = importKolada(await sources(V3), await options(WITH_PERIOD));
    const d = result.dataset;
    if (!d) throw new Error("no dataset");
    // A2 members in the file, N00671 2024: 80, 87.7, 79.4, 85.5, 76.6, 86.4 → 82.6.
    expect(d.groups?.find((g) => g.id === "A2")?.results["2024"]?.["bemotande-telefon"]).toBe(82.6);
    // C6 has one member in the file (Gotland): no group value, no group.
    expect(d.groups?.map((g) => g.id)).toEqual(["A1", "A2", "B3"]);
    expect(d.municipalities.find((m) => m.code === "0980")?.group).toBeUndefined();
    expect(result.messages.map(formatMessage)).toEqual([
      "varning: nyckeltalen N00672, N00673 finns inte i mappningsfilen; deras värden används inte",
      "varning: svaren saknar Koladas gruppvärden (G…): kommungruppernas värden räknades fram som ovägt medel av kommunerna i svaren",
    ]);
  });

  it("takes survey facts from the mapping (years.<år> before survey) and participants from it when given", async () => {
    const { dataset: d } = importKolada(await sources(V3, V3_GROUPS), await options(WITH_PERIOD, { period: undefined }));
    expect(d?.survey).toMatchObject({
      name: "Servicemätningen",
      publisher: "Sveriges Kommuner och Regioner (SKR)",
      year: 2024,
      period: { from: "2024-03-11", to: "2024-05-10" },
      participants: 89,
      searches: {},
      source: "Kolada (RKA), CC BY 4.0",
    });
    expect(d?.indicators.map((i) => [i.id, i.kolada, i.unit, i.better])).toEqual([
      ["bemotande-telefon", "N00671", "index", "higher"],
      ["enkelt-epost", "N00674", "index", "higher"],
    ]);
  });

  it("reads a v2 envelope: the latest year is the survey year, the one before is the comparison", async () => {
    const { dataset: d, summary } = importKolada(await sources(V2), await options());
    expect(summary).toMatchObject({ year: 2023, previousYear: 2022, municipalities: 3, national: true, groups: 0 });
    expect(Object.keys(d?.municipalities[0]?.results ?? {}).sort()).toEqual(["2022", "2023"]);
  });

  it("--year picks an earlier year; no previous year in the files means none in the data", async () => {
    const { dataset: d, summary } = importKolada(await sources(V3, V3_GROUPS), await options(SHIPPED, { year: 2023 }));
    expect(summary).toMatchObject({ year: 2023, previousYear: null });
    expect(Object.keys(d?.municipalities[0]?.results ?? {})).toEqual(["2023"]);
  });

  it("regression: a null value is not dropped silently: a warning names the municipality, KPI, year and file", async () => {
    // 2024 N00673 for 0115 (Vallentuna) is null in the v3 fixture.
    const result = importKolada(await sources(V3, V3_GROUPS), await options());
    expect(result.messages.map(formatMessage)).toContain(NULL_WARNING);
    expect(result.summary?.dropped.nullValues).toBe(1);
  });

  it("warns about a value that occurs twice with different numbers (the later file wins)", async () => {
    const text = JSON.stringify({
      values: [{ kpi: "N00671", municipality: "0126", period: 2024, values: [{ gender: "T", value: 90.1, isdeleted: false }] }],
      count: 1,
      next_url: null,
      previous_url: null,
    });
    const page = parseKoladaResponse(text, "rättelse.json").page as KoladaPage;
    const result = importKolada([...(await sources(V3, V3_GROUPS)), { label: "rättelse.json", page }], await options());
    expect(result.messages.map(formatMessage)).toEqual([
      "rättelse.json: varning: N00671 för 0126 2024 förekommer med två olika värden (86,4 och 90,1); det senare används",
      NULL_WARNING,
    ]);
    expect(result.dataset?.municipalities.find((m) => m.code === "0126")?.results["2024"]?.["bemotande-telefon"]).toBe(90.1);
  });

  it("gives the same YAML every time, and a header that names the sources and the fetch date from a .meta sidecar", async () => {
    const copy = path.join(tmp, "svar.json");
    await copyFile(V3, copy);
    await writeFile(path.join(tmp, "svar.meta"), JSON.stringify({ url: "https://api.kolada.se/v3/x", fetchedAt: "2025-03-05" }));
    const a = importKolada(await sources(copy, V3_GROUPS), await options());
    const b = importKolada(await sources(copy, V3_GROUPS), await options());
    expect(a.yaml).toBe(b.yaml);
    expect(a.yaml?.split("\n").slice(0, 7)).toEqual([
      "# Skapad med kommunpress import kolada ur Koladas öppna data.",
      "# Källa: Kolada (RKA), CC BY 4.0.",
      "# Kolada-svar:",
      `#   ${copy} (hämtad 2025-03-05)`,
      `#   ${V3_GROUPS}`,
      "# Mappning: data/kolada/servicematning.yaml",
      "# Undersökningsår 2024, jämförelseår 2023; 13 kommuner; riket = Kolada 0000; likvärdiga kommuner = SKR:s kommungrupper (Koladas gruppvärden).",
    ]);
    expect(a.yaml).toContain('  - code: "0126"\n    name: Huddinge\n    officialName: Huddinge kommun\n    group: A2\n    results:\n      2024: { bemotande-telefon: 86.4,');
  });

  it("produces a dataset that validates and generates a release for a municipality", async () => {
    const result = importKolada(await sources(V3, V3_GROUPS), await options());
    const yaml = result.yaml ?? "";
    const file = path.join(tmp, "servicematning-2024.yaml");
    await writeFile(file, yaml);
    const checked = await checkDataset(file);
    expect(checked.messages.filter((m) => m.severity === "error")).toEqual([]);
    const dataset = checked.dataset;
    if (!dataset) throw new Error("no dataset");
    const resources = await loadResources();
    for (const code of ["0126", "0980"]) {
      const m = dataset.municipalities.find((x) => x.code === code);
      if (!m) throw new Error(code);
      const release = generateRelease(dataset, m, { resources, file });
      expect(release.markdown).toContain(m.officialName);
      expect(release.markdown).toContain("Källa: SKR och Brilliant Future via Kolada (RKA), CC BY 4.0.");
      expect(release.claims.indicators.map((i) => i.id)).toEqual(["bemotande-telefon", "enkelt-telefon", "tydligt-svar-epost", "enkelt-epost"]);
    }
  });
});

describe("saved pages of a paged response", () => {
  const BASE3 = "https://api.kolada.se/v3/data/kpi/N00671/year/2024";
  const BASE2 = "http://api.kolada.se/v2/data/kpi/N00671/year/2024";
  const item = (municipality: string) => ({ kpi: "N00671", municipality, period: 2024, values: [{ gender: "T", value: 80, isdeleted: false }] });
  const v3Page = (page: number, last: number) => ({
    values: [item(page === 1 ? "0114" : page === 2 ? "0115" : "0117")],
    count: 1,
    next_url: page < last ? `${BASE3}?page=${page + 1}&per_page=1` : null,
    previous_url: page > 1 ? `${BASE3}?page=${page - 1}&per_page=1` : null,
  });
  const v2Page = (page: number, last: number) => ({
    values: [item(page === 1 ? "0114" : "0115")],
    count: 1,
    next_page: page < last ? `${BASE2}?page=${page + 1}&per_page=1` : null,
    previous_page: page > 1 ? `${BASE2}?page=${page - 1}&per_page=1` : null,
  });
  async function save(dir: string, pages: Record<string, unknown>): Promise<string[]> {
    const folder = path.join(tmp, dir);
    await mkdir(folder, { recursive: true });
    const files: string[] = [];
    for (const [name, body] of Object.entries(pages)) {
      const file = path.join(folder, name);
      await writeFile(file, JSON.stringify(body));
      files.push(file);
    }
    return files;
  }

  it("regression: both saved pages given (no .meta sidecars) → no warning that page 2 is missing (v3 next_url)", async () => {
    const files = await save("sidor-v3", { "sida1.json": v3Page(1, 2), "sida2.json": v3Page(2, 2) });
    const read = await readKoladaFiles(files);
    expect(read.messages).toEqual([]);
    expect(read.sources).toHaveLength(2);
  });

  it("regression: the same for v2 (next_page), files given in any order", async () => {
    const files = await save("sidor-v2", { "b.json": v2Page(1, 2), "a.json": v2Page(2, 2) });
    expect((await readKoladaFiles(files)).messages).toEqual([]);
  });

  it("all three pages of three: no warning; page 3 missing: the warning is on page 2", async () => {
    const files = await save("sidor-tre", { "s1.json": v3Page(1, 3), "s2.json": v3Page(2, 3), "s3.json": v3Page(3, 3) });
    expect((await readKoladaFiles(files)).messages).toEqual([]);
    const read = await readKoladaFiles(files.slice(0, 2));
    expect(read.messages.map(formatMessage)).toEqual([
      `${files[1]}: varning: svaret fortsätter på en sida som inte finns bland filerna (next_url: ${BASE3}?page=3&per_page=1); ta med alla sidor, annars saknas värden`,
    ]);
  });

  it("page 1 alone still warns that page 2 is missing", async () => {
    const [first] = await save("sidor-en", { "sida1.json": v3Page(1, 2) });
    if (!first) throw new Error("no file");
    const read = await readKoladaFiles([first]);
    expect(read.messages.map(formatMessage)).toEqual([
      `${first}: varning: svaret fortsätter på en sida som inte finns bland filerna (next_url: ${BASE3}?page=2&per_page=1); ta med alla sidor, annars saknas värden`,
    ]);
  });

  it.each([
    ["https://api.kolada.se/v3/x?page=2&per_page=1", 0, "api.kolada.se/v3/x?per_page=1#2"],
    ["http://api.kolada.se/v3/x/?per_page=1&page=2", 0, "api.kolada.se/v3/x?per_page=1#2"],
    ["https://api.kolada.se/v3/x?per_page=1&b=2&a=1", 0, "api.kolada.se/v3/x?a=1&b=2&per_page=1#1"],
    ["https://api.kolada.se/v3/x?page=1", 1, "api.kolada.se/v3/x?#2"],
    ["https://api.kolada.se/v3/x?page=3", -1, "api.kolada.se/v3/x?#2"],
  ])("pageKey(%s, %i) = %s", (url, shift, key) => {
    expect(pageKey(url, shift)).toBe(key);
  });

  it("a page known only from fetch's .meta URL (no previous link) counts as present", () => {
    const page = (next: string | null): KoladaPage => ({ version: "v3", items: [], next, previous: null });
    const pages = [
      { label: "1.json", page: page(`${BASE3}?per_page=5000&page=2`) },
      { label: "2.json", page: page(null) },
    ];
    expect(missingPages(pages, [`http://api.kolada.se/v3/data/kpi/N00671/year/2024?page=2&per_page=5000`])).toEqual([]);
    expect(missingPages(pages).map((m) => m.file)).toEqual(["1.json"]);
  });

  it("pages of another query do not count as the missing page", async () => {
    const other = { ...v3Page(2, 2), previous_url: `${BASE3.replace("N00671", "N00672")}?page=1&per_page=1` };
    const files = await save("sidor-annan", { "sida1.json": v3Page(1, 2), "annan.json": other });
    expect((await readKoladaFiles(files)).messages.map((m) => m.ruleId)).toEqual(["kolada-missing-page"]);
  });
});

describe("mapping file", () => {
  it("reports every problem with file:line:col", async () => {
    const file = `${FIX}/mappning/fel.yaml`;
    const { mapping, messages } = validateMapping(parseSource(await readFile(file, "utf8"), file, "yaml"));
    expect(mapping).toBeUndefined();
    expect(messages.map(formatMessage)).toEqual([
      `${file}:2:1: survey.publisher: fältet saknas`,
      `${file}:8:30: thresholds.change.strong: strong (1) får inte vara mindre än same (4)`,
      `${file}:16:11: indicators[0].unit: "procent" är inget tillåtet värde; välj ett av: percent, index, hours, minutes, seconds, count (menade du "percent"?)`,
      `${file}:19:13: indicators[1].kolada: Kolada-id ska vara en stor bokstav och fem siffror, t.ex. "N00671"`,
      `${file}:25:5: indicators[2].subject: fältet saknas`,
      `${file}:26:13: indicators[2].kolada: Kolada-id "N00671" förekommer redan på rad 12`,
      `${file}:28:5: indicators[2].subjekt: okänt fält "subjekt" (menade du "subject"?)`,
    ]);
  });

  it("the shipped mapping files validate", async () => {
    for (const f of ["data/kolada/servicematning.yaml", "data/kolada/kkik.yaml"]) {
      const { messages } = validateMapping(parseSource(await readFile(f, "utf8"), f, "yaml"));
      expect(messages).toEqual([]);
    }
  });

  it("servicematning.yaml carries the Kolada KPI ids of Servicemätningen, unit index, better higher", async () => {
    const { mapping } = await loadMapping("data/kolada/servicematning.yaml");
    expect(mapping.indicators.map((i) => [i.kolada, i.unit, i.better])).toEqual([
      ["N00671", "index", "higher"],
      ["N00672", "index", "higher"],
      ["N00673", "index", "higher"],
      ["N00674", "index", "higher"],
    ]);
    const kkik = await loadMapping("data/kolada/kkik.yaml");
    expect(kkik.mapping.indicators.map((i) => [i.kolada, i.unit])).toEqual([
      ["U00412", "percent"],
      ["U00413", "percent"],
      ["U00414", "percent"],
    ]);
  });
});

describe("kommunpress import kolada (CLI)", () => {
  it("writes the dataset to --out and says what it wrote", async () => {
    const out = path.join(tmp, "cli", "data.yaml");
    const r = await cli("import", "kolada", V3, V3_GROUPS, "--map", SHIPPED, "--period", "v11-v19", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([NULL_WARNING]);
    expect(r.stdout).toBe(
      `Skrev ${out}: 13 kommuner, 4 indikatorer, år 2024 (jämfört med 2023), med riket och 4 kommungrupper; 1 borttaget och 1 tomt värde hoppades över.\n`,
    );
    const v = await cli("validate", out);
    expect(v.code).toBe(0);
  });

  it("reads a folder of responses and prints the YAML on stdout when --out is not given", async () => {
    const r = await cli("import", "kolada", `${FIX}/v3`, "--map", SHIPPED, "--period", "2024-03-11:2024-05-10");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("survey:\n  name: Servicemätningen\n");
    expect(r.stdout).toContain("  period: { from: 2024-03-11, to: 2024-05-10 }\n");
    expect(r.stderr).toEqual([
      NULL_WARNING,
      "kommunpress: 13 kommuner, 4 indikatorer, år 2024 (jämfört med 2023), med riket och 4 kommungrupper; 1 borttaget och 1 tomt värde hoppades över.",
    ]);
  });

  it("malformed Kolada files: every problem, naming the file and position; exit 1; nothing written", async () => {
    const out = path.join(tmp, "cli", "trasig.yaml");
    const r = await cli("import", "kolada", `${FIX}/fel`, "--map", SHIPPED, "--period", "v11-v19", "--out", out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toEqual([
      `${FIX}/fel/fel-falt.json:3:57: values[0].period: ska vara ett år, t.ex. 2024, inte text ("tjugo")`,
      `${FIX}/fel/fel-falt.json:4:39: values[1].municipality: ska vara text, inte talet 126`,
      `${FIX}/fel/fel-falt.json:4:96: values[1].values[0].value: ska vara ett tal, inte text ("79,5")`,
      `${FIX}/fel/inte-kolada.json:1:1: fältet values saknas; filen ska vara ett svar från Koladas data-API: { "values": [...], "count": …, "next_url": … }`,
      `${FIX}/fel/metadata.json:3:5: innehåller Koladas metadata (id, title), inte data; spara svar från /v3/data/kpi/<id>/municipality/<kod>/year/<år>`,
      `${FIX}/fel/tom.json: svaret är tomt`,
      `${FIX}/fel/trasig.json:4:1: ogiltig JSON: kommatecken eller } saknas efter värdet`,
      "7 fel och 0 varningar",
    ]);
    expect(existsSync(out)).toBe(false);
  });

  it("a missing file", async () => {
    const r = await cli("import", "kolada", "finns-inte.json", "--map", SHIPPED);
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual(["finns-inte.json: filen finns inte"]);
  });

  it("mapping errors with positions, exit 1", async () => {
    const r = await cli("import", "kolada", V3, "--map", `${FIX}/mappning/fel.yaml`);
    expect(r.code).toBe(1);
    expect(r.stderr[0]).toBe(`${FIX}/mappning/fel.yaml:2:1: survey.publisher: fältet saknas`);
    expect(r.stderr.at(-1)).toBe("7 fel och 0 varningar");
  });

  it("no measurement period anywhere: says how to give one, points at the mapping's survey", async () => {
    const r = await cli("import", "kolada", V3, "--map", SHIPPED);
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual([
      "data/kolada/servicematning.yaml:24:1: survey.period: mätperioden för 2024 saknas: ange --period (t.ex. --period v11-v19 eller --period 2024-03-11:2024-05-10) eller lägg till survey.period (eller years.2024.period) i mappningsfilen",
    ]);
  });

  it("a year without values", async () => {
    const r = await cli("import", "kolada", V3, "--map", SHIPPED, "--period", "v11-v19", "--year", "2025");
    expect(r.code).toBe(1);
    expect(r.stderr).toEqual(["inga värden för 2025 i svaren (år med värden: 2023, 2024)"]);
  });

  it.each([
    [["--year", "24"], '"24" är inget år; skriv fyra siffror, t.ex. 2024'],
    [["--period", "vår"], '"vår" är ingen mätperiod; skriv veckor som v11-v19 eller datum som 2025-03-10:2025-05-09'],
    [["--period", "v19-v11"], 'mätperioden "v19-v11" slutar före den börjar'],
  ])("usage error %j → exit 2", async (extra, message) => {
    const r = await cli("import", "kolada", V3, "--map", SHIPPED, ...extra);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([message]);
  });

  it("--map is required", async () => {
    const r = await cli("import", "kolada", V3);
    expect(r.code).toBe(2);
    expect(r.stderr[0]).toBe("kommunpress: flaggan --map <fil> måste anges");
  });
});
