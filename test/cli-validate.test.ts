// `kommunpress validate` through the CLI edge (main(argv, io)): one test per
// class of problem, asserting the exact lines and the exit code.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cliLines as cli } from "./helpers/cli.js";
import { checkDataset, loadDataset } from "../src/load/dataset.js";
import { KommunpressError } from "../src/messages.js";

const INVALID = "test/fixtures/invalid";

// [problem, fixture, the exact message lines on stderr]
const errorCases: [string, string, string[]][] = [
  ["YAML syntax: missing colon", "yaml-syntax-missing-colon.yaml", ["35:5: ogiltig YAML: kolon saknas (eller så går en nyckel över flera rader)"]],
  ["YAML syntax: bad indent", "yaml-syntax-bad-indent.yaml", ['34:4: ogiltig YAML: fel indrag (eller saknas "- " före ett nytt listelement)']],
  ["YAML: duplicate key", "duplicate-key.yaml", ['36:5: fältet "name" förekommer redan på rad 34']],
  ["JSON syntax: trailing comma", "json-syntax-trailing-comma.json", ['5:3: ogiltig JSON: väntade ett fältnamn inom "…" (kommatecken för mycket?)']],
  ["unknown field", "unknown-field.yaml", ['35:5: municipalities[0].population: okänt fält "population"']],
  [
    "misspelt field: unknown and missing",
    "unknown-field-typo.yaml",
    [
      "33:5: municipalities[0].officialName: fältet saknas",
      '35:5: municipalities[0].officalName: okänt fält "officalName" (menade du "officialName"?)',
    ],
  ],
  ["missing field", "missing-field.yaml", ["33:5: municipalities[0].name: fältet saknas"]],
  ["wrong type: a number as text", "number-as-text.yaml", ['38:29: municipalities[0].results.2019.epost-en-dag: ska vara ett tal, inte text ("98")']],
  [
    "wrong type: a code without quotes",
    "code-without-quotes.yaml",
    ['33:11: municipalities[0].code: koden ska vara fyra siffror inom citattecken, t.ex. "0126", inte talet 126'],
  ],
  ["a code that is not four digits", "code-not-four-digits.yaml", ['33:11: municipalities[0].code: koden ska vara fyra siffror, t.ex. "0126"']],
  [
    "an enum value outside the list",
    "unknown-unit.yaml",
    ['19:11: indicators[0].unit: "procent" är inget tillåtet värde; välj ett av: percent, index, hours, minutes, seconds, count (menade du "percent"?)'],
  ],
  ["a date that does not exist", "invalid-date.yaml", ['41:13: municipalities[0].release.date: "2020-02-30" är inget giltigt datum']],
  [
    "an e-mail address without @",
    "invalid-email.yaml",
    ['43:18: municipalities[0].release.contacts[0].email: "servicecenter.example.se" är ingen giltig e-postadress'],
  ],
  ["percent outside 0–100", "percent-out-of-range.yaml", ["38:29: municipalities[0].results.2019.epost-en-dag: 104 ligger utanför 0–100 för enheten procent"]],
  ["a negative time", "negative-time.yaml", ["38:49: municipalities[0].results.2019.epost-svarstid: -3 får inte vara negativt för enheten timmar"]],
  [
    "a negative count (and unit: count, which no release can write, refused at its position)",
    "negative-count.yaml",
    [
      "25:11: indicators[1].unit: enheten count (antal) kan inte skrivas i ett pressmeddelande; använd percent, index, hours, minutes eller seconds",
      "38:49: municipalities[0].results.2019.epost-svarstid: -3 får inte vara negativt för enheten antal",
    ],
  ],
  [
    "a results key that is no indicator",
    "unknown-indicator.yaml",
    ['38:15: municipalities[0].results.2019.epost-endag: "epost-endag" är ingen indikator i indicators (menade du "epost-en-dag"?)'],
  ],
  [
    "a results key that is no year",
    "year-key-not-a-year.yaml",
    [
      "37:5: varning: municipalities[0].results: inga resultat för 2018; jämförelse med föregående år utelämnas",
      '39:7: municipalities[0].results.18: "18" är inget år; året ska vara fyra siffror, t.ex. 2019',
    ],
  ],
  ["a group that does not exist", "unknown-group.yaml", ['36:12: municipalities[0].group: gruppen "A3" finns inte i groups']],
  ["duplicate municipality codes", "duplicate-code.yaml", ['44:11: municipalities[1].code: koden "0126" förekommer redan på rad 33 (Huddinge)']],
  ["duplicate indicator ids", "duplicate-indicator.yaml", ['27:9: indicators[2].id: indikatorn "epost-en-dag" förekommer redan på rad 15']],
  ["a survey year with no results", "no-results-for-survey-year.yaml", ["5:9: survey.year: ingen kommun har resultat för 2020"]],
  ["strong below same", "thresholds-strong-below-same.yaml", ["12:31: thresholds.change.strong: strong (2) får inte vara mindre än same (10)"]],
  ["an alias bomb", "alias-bomb.yaml", ["3:8: för många alias (fler än 100 uppslag via *namn), filen avvisas"]],
  [
    "nested errors in JSON",
    "json-nested-errors.json",
    [
      "64:5: municipalities[0].officialName: fältet saknas",
      '74:27: municipalities[0].results.2019.epost-en-dag: ska vara ett tal, inte text ("98")',
      '86:7: municipalities[0].officalName: okänt fält "officalName" (menade du "officialName"?)',
    ],
  ],
];

describe("kommunpress validate: every problem as file:line:col: path: reason, exit 1", () => {
  it.each(errorCases)("%s", async (_name, fixture, expected) => {
    const file = `${INVALID}/${fixture}`;
    const result = await cli("validate", file);
    expect(result.stderr).toEqual(expected.map((line) => `${file}:${line}`));
    const errors = expected.filter((l) => !/^\d+:\d+: varning: /.test(l)).length;
    const warnings = expected.length - errors;
    expect(result.stdout).toEqual([
      `${file}: ${errors} fel${warnings ? ` och ${warnings} ${warnings === 1 ? "varning" : "varningar"}` : ""}`,
    ]);
    expect(result.code).toBe(1);
  });

  it("lists all problems, not just the first, sorted by position", async () => {
    const file = `${INVALID}/many-problems.yaml`;
    const result = await cli("validate", file);
    expect(result.stderr).toEqual([
      `${file}:8:17: survey.participants: ska vara ett tal, inte text ("två")`,
      `${file}:33:5: municipalities[0].name: fältet saknas`,
      `${file}:34:5: municipalities[0].population: okänt fält "population"`,
      `${file}:38:29: municipalities[0].results.2019.epost-en-dag: 104 ligger utanför 0–100 för enheten procent`,
      `${file}:38:50: municipalities[0].results.2019.epost-svarstid: ska vara ett tal, inte text ("2")`,
    ]);
    expect(result.stdout).toEqual([`${file}: 5 fel`]);
    expect(result.code).toBe(1);
  });

  it.each([
    ["an empty YAML file (comments only)", `${INVALID}/empty.yaml`, "filen är tom"],
    ["an empty JSON file (whitespace only)", `${INVALID}/empty.json`, "filen är tom"],
    ["a file that does not exist", `${INVALID}/finns-inte.yaml`, "filen finns inte"],
    ["a directory", INVALID, "är en mapp, inte en fil"],
  ])("%s", async (_name, file, reason) => {
    const result = await cli("validate", file);
    expect(result.stderr).toEqual([`${file}: ${reason}`]);
    expect(result.stdout).toEqual([`${file}: 1 fel`]);
    expect(result.code).toBe(1);
  });
});

describe("kommunpress validate: warnings do not fail", () => {
  it("no results for the previous year", async () => {
    const file = "test/fixtures/warnings/no-previous-year.yaml";
    const result = await cli("validate", file);
    expect(result.stderr).toEqual([
      `${file}:37:5: varning: municipalities[0].results: inga resultat för 2018; jämförelse med föregående år utelämnas`,
    ]);
    expect(result.stdout).toEqual([`${file}: inga fel (1 varning)`]);
    expect(result.code).toBe(0);
  });

  it("no quote", async () => {
    const file = "test/fixtures/warnings/no-quote.yaml";
    const result = await cli("validate", file);
    expect(result.stderr).toEqual([
      `${file}:33:5: varning: municipalities[0].release.quotes: inget citat; pressmeddelandet får en platshållare [CITAT: …]`,
    ]);
    expect(result.stdout).toEqual([`${file}: inga fel (1 varning)`]);
    expect(result.code).toBe(0);
  });
});

describe("kommunpress validate --editorial", () => {
  const data = "test/fixtures/editorial/data-without-quote.yaml";

  it("takes the quote from the editorial file and warns about a file for an unknown code", async () => {
    const result = await cli("validate", data, "--editorial", "test/fixtures/editorial/texter");
    expect(result.stderr).toEqual([
      'test/fixtures/editorial/texter/9999.yaml: varning: ingen kommun med koden "9999" i datafilen; filen används inte',
    ]);
    expect(result.stdout).toEqual([`${data}: inga fel (1 varning)`]);
    expect(result.code).toBe(0);
  });

  it("reports problems in editorial files with their own positions", async () => {
    const result = await cli("validate", data, "-e", "test/fixtures/editorial/felaktig");
    expect(result.stderr).toEqual([
      `${data}:33:5: varning: municipalities[0].release.quotes: inget citat; pressmeddelandet får en platshållare [CITAT: …]`,
      'test/fixtures/editorial/felaktig/0126.yaml:2:1: rubrik: okänt fält "rubrik"',
      "test/fixtures/editorial/felaktig/0126.yaml:4:5: quotes[0].name: fältet saknas",
    ]);
    expect(result.stdout).toEqual([`${data}: 2 fel och 1 varning`]);
    expect(result.code).toBe(1);
  });

  it("a missing editorial folder is an error", async () => {
    const result = await cli("validate", "data/exempel/huddinge-2019.yaml", "--editorial", "test/fixtures/finns-inte");
    expect(result.stderr).toEqual(["test/fixtures/finns-inte: mappen finns inte (--editorial)"]);
    expect(result.code).toBe(1);
  });
});

describe("kommunpress validate: the example data", () => {
  it.each(["data/exempel/huddinge-2019.yaml", "data/exempel/huddinge-2019.json"])("%s has no errors and no warnings", async (file) => {
    const result = await cli("validate", file);
    expect(result.stderr).toEqual([]);
    expect(result.stdout).toEqual([`${file}: inga fel`]);
    expect(result.code).toBe(0);
  });

  const shared = "../shared/examples/huddinge-2019.yaml";
  it.skipIf(!existsSync(shared))("the shared contract example has no errors", async () => {
    const result = await cli("validate", shared);
    expect(result.stderr).toEqual([]);
    expect(result.code).toBe(0);
  });

  it("the JSON example is the YAML example's data (apart from $schema), keys in the same order", async () => {
    const fromYaml: unknown = parse(await readFile("data/exempel/huddinge-2019.yaml", "utf8"));
    const text = await readFile("data/exempel/huddinge-2019.json", "utf8");
    const fromJson = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(fromJson)[0]).toBe("$schema");
    expect(fromJson.$schema).toBe("../../schema/kommunpress.schema.json");
    const { $schema: _schema, ...rest } = fromJson;
    expect(rest).toEqual(fromYaml);
    expect(text).toBe(`${JSON.stringify({ $schema: fromJson.$schema, ...(fromYaml as object) }, null, 2)}\n`);
  });
});

describe("kommunpress validate: usage", () => {
  it("without a file it is a usage error (exit 2)", async () => {
    const result = await cli("validate");
    expect(result.code).toBe(2);
    expect(result.stderr[0]).toBe("kommunpress: argumentet <data> saknas");
  });

  it("--help describes the command in Swedish", async () => {
    const result = await cli("validate", "--help");
    expect(result.code).toBe(0);
    expect(result.stdout.join("\n")).toContain("--editorial <mapp>");
  });
});

describe("loadDataset (the library function other commands use)", () => {
  it("throws a KommunpressError with every error when there are errors", async () => {
    const error = await loadDataset(`${INVALID}/many-problems.yaml`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KommunpressError);
    const k = error as KommunpressError;
    expect(k.exitCode).toBe(1);
    expect(k.messages).toHaveLength(5);
  });

  it("returns the dataset and the warnings", async () => {
    const { dataset, messages } = await loadDataset("test/fixtures/warnings/no-previous-year.yaml");
    expect(dataset.municipalities[0]?.code).toBe("0126");
    expect(messages.map((m) => m.ruleId)).toEqual(["no-previous-year"]);
  });

  it("merges editorial files into each municipality's release, field by field", async () => {
    const { dataset, messages } = await loadDataset("test/fixtures/editorial/data-without-quote.yaml", {
      editorial: "test/fixtures/editorial/texter",
    });
    expect(dataset.municipalities[0]?.release).toEqual({
      date: "2020-01-23",
      headline: "Huddinge svarar snabbare på e-post",
      quotes: [{ text: "Vi har hållit svarsnivån uppe.", name: "Ann-Marie Fredricsson", title: "chef på Servicecenter" }],
    });
    expect(messages.map((m) => m.ruleId)).toEqual(["editorial-unknown-code"]);
  });

  it("checkDataset never throws for data problems", async () => {
    const result = await checkDataset(`${INVALID}/finns-inte.yaml`);
    expect(result.dataset).toBeUndefined();
    expect(result.messages.map((m) => m.ruleId)).toEqual(["file-missing"]);
  });
});
