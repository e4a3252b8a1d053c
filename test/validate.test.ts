import { describe, expect, it } from "vitest";
import { mergeRelease } from "../src/load/editorial.js";
import { parseSource } from "../src/load/source.js";
import { formatMessage, type Message } from "../src/messages.js";
import type { Release } from "../src/schema.js";
import { closest, validateDataset, validateEditorial, type ValidateOptions } from "../src/validate/validate.js";

// Line numbers in the expectations below refer to this text.
const BASE = `survey:
  name: Kommunens Kvalitet i Korthet
  publisher: Sveriges Kommuner och Regioner (SKR)
  year: 2019
  period: { weeks: [41, 46] }
  searches: { phone: 108, email: 108 }
  participants: 2
  method: Fiktiva kommuninvånare ringde och skickade e-post.
  questionAreas: [bygglov, förskola]
thresholds:
  change: { same: 2, strong: 10 }
  compare: { same: 3, strong: 10 }
indicators:
  - id: epost-en-dag
    label: Svar på e-post inom en arbetsdag
    subject: andelen e-postfrågor som besvaras inom en arbetsdag
    channel: e-post
    unit: percent
    better: higher
  - id: epost-svarstid
    label: Genomsnittlig svarstid för e-post
    subject: den genomsnittliga svarstiden för e-post
    channel: e-post
    unit: hours
    better: lower
groups:
  - id: A2
    name: Pendlingskommun nära storstad
    results:
      2019: { epost-en-dag: 82, epost-svarstid: 5 }
municipalities:
  - code: "0126"
    name: Huddinge
    officialName: Huddinge kommun
    group: A2
    results:
      2019: { epost-en-dag: 98, epost-svarstid: 2 }
      2018: { epost-en-dag: 79, epost-svarstid: 9 }
    release:
      quotes:
        - text: Vi har hållit svarsnivån uppe.
          name: Ann-Marie Fredricsson
`;

/** BASE with each [old, new] replaced once (old must occur). */
function edit(...edits: [string, string][]): string {
  let out = BASE;
  for (const [from, to] of edits) {
    if (!out.includes(from)) throw new Error(`not in BASE: ${from}`);
    out = out.replace(from, to);
  }
  return out;
}

function run(src: string, options?: ValidateOptions): { lines: string[]; messages: Message[]; ok: boolean } {
  const result = validateDataset(parseSource(src, "t.yaml", "yaml"), options);
  return { lines: result.messages.map(formatMessage), messages: result.messages, ok: result.dataset !== undefined };
}

describe("validateDataset: a valid dataset", () => {
  it("has no messages and returns the dataset", () => {
    const result = validateDataset(parseSource(BASE, "t.yaml", "yaml"));
    expect(result.messages).toEqual([]);
    expect(result.dataset?.municipalities[0]?.code).toBe("0126");
    expect(result.dataset?.municipalities[0]?.results["2019"]?.["epost-en-dag"]).toBe(98);
  });

  it("accepts null results (not measured)", () => {
    expect(run(edit(["epost-svarstid: 2 }", "epost-svarstid: null }"])).lines).toEqual([]);
  });
});

// [name, source, expected message lines]
type Case = [string, string, string[]];

describe("validateDataset: structure (zod issues, positioned)", () => {
  const cases: Case[] = [
    [
      "a number written as text",
      edit(["2019: { epost-en-dag: 98,", '2019: { epost-en-dag: "98",']),
      ['t.yaml:37:29: municipalities[0].results.2019.epost-en-dag: ska vara ett tal, inte text ("98")'],
    ],
    [
      "a code written without quotes",
      edit(['code: "0126"', "code: 0126"]),
      ['t.yaml:32:11: municipalities[0].code: koden ska vara fyra siffror inom citattecken, t.ex. "0126", inte talet 126'],
    ],
    [
      "a code that is not four digits",
      edit(['code: "0126"', 'code: "126"']),
      ['t.yaml:32:11: municipalities[0].code: koden ska vara fyra siffror, t.ex. "0126"'],
    ],
    [
      "an unknown field, at its key",
      edit(["          name: Ann-Marie Fredricsson\n", "          name: Ann-Marie Fredricsson\n          role: chef\n"]),
      ['t.yaml:43:11: municipalities[0].release.quotes[0].role: okänt fält "role"'],
    ],
    [
      "several unknown fields, one message each",
      edit(["  participants: 2\n", "  participants: 2\n  foo: 1\n  bar: 2\n"]),
      ['t.yaml:8:3: survey.foo: okänt fält "foo"', 't.yaml:9:3: survey.bar: okänt fält "bar"'],
    ],
    [
      "a misspelt field: unknown (with a suggestion) and missing",
      edit(["    officialName: Huddinge kommun", "    officalName: Huddinge kommun"]),
      [
        "t.yaml:32:5: municipalities[0].officialName: fältet saknas",
        't.yaml:34:5: municipalities[0].officalName: okänt fält "officalName" (menade du "officialName"?)',
      ],
    ],
    [
      "a missing field, at the parent",
      edit(["    name: Huddinge\n", ""]),
      ["t.yaml:32:5: municipalities[0].name: fältet saknas"],
    ],
    [
      "a missing top-level field, at the start of the data",
      edit(["thresholds:\n  change: { same: 2, strong: 10 }\n  compare: { same: 3, strong: 10 }\n", ""]),
      ["t.yaml:1:1: thresholds: fältet saknas"],
    ],
    [
      "a field with no value",
      edit(["    name: Huddinge\n", "    name:\n"]),
      ["t.yaml:33:5: municipalities[0].name: ska vara text, inte ett tomt värde"],
    ],
    [
      "an empty text",
      edit(["    name: Huddinge\n", '    name: "  "\n']),
      ["t.yaml:33:11: municipalities[0].name: får inte vara tom"],
    ],
    [
      "an empty list",
      edit(["questionAreas: [bygglov, förskola]", "questionAreas: []"]),
      ["t.yaml:9:18: survey.questionAreas: listan får inte vara tom"],
    ],
    [
      "a text where a list belongs",
      edit(["questionAreas: [bygglov, förskola]", "questionAreas: bygglov"]),
      ['t.yaml:9:18: survey.questionAreas: ska vara en lista, inte text ("bygglov")'],
    ],
    [
      "a text where a group of fields belongs",
      edit(["  change: { same: 2, strong: 10 }", "  change: mycket"]),
      ['t.yaml:11:11: thresholds.change: ska vara en grupp av fält (namn: värde), inte text ("mycket")'],
    ],
    [
      "an English enum written in Swedish",
      edit(["    unit: percent\n", "    unit: procent\n"]),
      [
        't.yaml:18:11: indicators[0].unit: "procent" är inget tillåtet värde; välj ett av: percent, index, hours, minutes, seconds, count (menade du "percent"?)',
      ],
    ],
    [
      "an unknown enum value",
      edit(["    better: higher\n", "    better: högre\n"]),
      ['t.yaml:19:13: indicators[0].better: "högre" är inget tillåtet värde; välj ett av: higher, lower (menade du "higher"?)'],
    ],
    [
      "a year as text",
      edit(["  year: 2019\n", '  year: "2019"\n']),
      ['t.yaml:4:9: survey.year: ska vara ett tal, inte text ("2019")'],
    ],
    ["a year out of range", edit(["  year: 2019\n", "  year: 1989\n"]), ["t.yaml:4:9: survey.year: ska vara minst 1990, inte 1989"]],
    ["a year with decimals", edit(["  year: 2019\n", "  year: 2019.5\n"]), ["t.yaml:4:9: survey.year: ska vara ett heltal, inte talet 2019,5"]],
    ["zero participants", edit(["  participants: 2\n", "  participants: 0\n"]), ["t.yaml:7:17: survey.participants: ska vara större än 0, inte 0"]],
    ["a negative count of searches", edit(["phone: 108,", "phone: -1,"]), ["t.yaml:6:22: survey.searches.phone: -1 får inte vara negativt"]],
    ["a negative threshold", edit(["change: { same: 2,", "change: { same: -1,"]), ["t.yaml:11:19: thresholds.change.same: -1 får inte vara negativt"]],
    ["one week only", edit(["weeks: [41, 46]", "weeks: [41]"]), ["t.yaml:5:20: survey.period.weeks: ska vara två veckonummer, t.ex. [41, 46]"]],
    ["a week that does not exist", edit(["weeks: [41, 46]", "weeks: [41, 54]"]), ["t.yaml:5:25: survey.period.weeks[1]: veckan ska vara 1–53, inte 54"]],
    [
      "a week as text",
      edit(["weeks: [41, 46]", 'weeks: [41, "46"]']),
      ['t.yaml:5:25: survey.period.weeks[1]: ska vara ett tal, inte text ("46")'],
    ],
    [
      "a period with a start date only",
      edit(["period: { weeks: [41, 46] }", "period: { from: 2019-10-07 }"]),
      ["t.yaml:5:3: survey.period.to: fältet saknas"],
    ],
    [
      "a period with a date in the wrong format",
      edit(["period: { weeks: [41, 46] }", "period: { from: 2019-10-07, to: 15 november 2019 }"]),
      ["t.yaml:5:35: survey.period.to: datumet ska skrivas ÅÅÅÅ-MM-DD, t.ex. 2020-01-23"],
    ],
    [
      "a period with weeks and an extra date",
      edit(["period: { weeks: [41, 46] }", "period: { weeks: [41, 46], from: 2019-10-07 }"]),
      ['t.yaml:5:30: survey.period.from: okänt fält "from"'],
    ],
    [
      "an empty period",
      edit(["period: { weeks: [41, 46] }", "period: {}"]),
      ["t.yaml:5:11: survey.period: perioden ska anges som weeks: [41, 46] eller som from: och to: med datum (ÅÅÅÅ-MM-DD)"],
    ],
    [
      "a period that is a number",
      edit(["period: { weeks: [41, 46] }", "period: 41"]),
      ["t.yaml:5:11: survey.period: perioden ska anges som weeks: [41, 46] eller som from: och to: med datum (ÅÅÅÅ-MM-DD)"],
    ],
    [
      "an indicator id with capitals",
      edit(["  - id: epost-en-dag\n", "  - id: E-post\n", ], ["2019: { epost-en-dag: 82,", "2019: { E-post: 82,"], ["2019: { epost-en-dag: 98,", "2019: { E-post: 98,"], ["2018: { epost-en-dag: 79,", "2018: { E-post: 79,"]),
      ['t.yaml:14:9: indicators[0].id: id ska bestå av små bokstäver a–z, siffror och bindestreck, t.ex. "epost-en-dag"'],
    ],
    [
      "a Kolada id in the wrong format",
      edit(["    better: higher\n", "    better: higher\n    kolada: n00671\n"]),
      ['t.yaml:20:13: indicators[0].kolada: Kolada-id ska vara en stor bokstav och fem siffror, t.ex. "N00671"'],
    ],
    [
      "a release date in the wrong format",
      edit(["    release:\n", "    release:\n      date: 23 januari 2020\n"]),
      ["t.yaml:40:13: municipalities[0].release.date: datumet ska skrivas ÅÅÅÅ-MM-DD, t.ex. 2020-01-23"],
    ],
    [
      "a release date that does not exist",
      edit(["    release:\n", "    release:\n      date: 2020-02-30\n"]),
      ['t.yaml:40:13: municipalities[0].release.date: "2020-02-30" är inget giltigt datum'],
    ],
    [
      "an e-mail address without @",
      edit(["    release:\n", "    release:\n      contacts: [{ name: Ann, email: ann.example.se }]\n"]),
      ['t.yaml:40:38: municipalities[0].release.contacts[0].email: "ann.example.se" är ingen giltig e-postadress'],
    ],
    [
      "a results key that is not a year",
      edit(["      2018: {", "      18: {"]),
      [
        "t.yaml:36:5: varning: municipalities[0].results: inga resultat för 2018; jämförelse med föregående år utelämnas",
        "t.yaml:38:7: municipalities[0].results.18: \"18\" är inget år; året ska vara fyra siffror, t.ex. 2019",
      ],
    ],
    [
      "a number where a year's results belong",
      edit(["      2018: { epost-en-dag: 79, epost-svarstid: 9 }", "      2018: 79"]),
      [
        "t.yaml:36:5: varning: municipalities[0].results: inga resultat för 2018; jämförelse med föregående år utelämnas",
        "t.yaml:38:13: municipalities[0].results.2018: ska vara indikatorer med värden, t.ex. { epost-en-dag: 98 }, inte talet 79",
      ],
    ],
    [
      "a list where results belong",
      edit(["    results:\n      2019: { epost-en-dag: 82, epost-svarstid: 5 }", "    results: []"]),
      ["t.yaml:29:14: groups[0].results: ska vara år med resultat, t.ex. 2019: { epost-en-dag: 98 }, inte en lista"],
    ],
    [
      "a root that is a list",
      "- a\n- b\n",
      ["t.yaml:1:1: filen ska innehålla fälten survey, thresholds, indicators och municipalities, inte en lista"],
    ],
    ["a root that is text", "hej\n", ['t.yaml:1:1: filen ska innehålla fälten survey, thresholds, indicators och municipalities, inte text ("hej")']],
  ];
  it.each(cases)("%s", (_name, src, expected) => {
    const result = run(src);
    expect(result.lines).toEqual(expected);
    expect(result.ok).toBe(false);
  });
});

describe("validateDataset: meaning (rules over the whole dataset)", () => {
  const national = (line: string): [string, string] => ["groups:\n", `national:\n  results:\n    ${line}\ngroups:\n`];
  const cases: Case[] = [
    [
      "a percentage above 100",
      edit(["2019: { epost-en-dag: 98,", "2019: { epost-en-dag: 104,"]),
      ["t.yaml:37:29: municipalities[0].results.2019.epost-en-dag: 104 ligger utanför 0–100 för enheten procent"],
    ],
    [
      "a negative percentage with decimals",
      edit(["2018: { epost-en-dag: 79,", "2018: { epost-en-dag: -0.5,"]),
      ["t.yaml:38:29: municipalities[0].results.2018.epost-en-dag: -0,5 ligger utanför 0–100 för enheten procent"],
    ],
    [
      "a negative time",
      edit(["epost-svarstid: 2 }", "epost-svarstid: -3 }"]),
      ["t.yaml:37:49: municipalities[0].results.2019.epost-svarstid: -3 får inte vara negativt för enheten timmar"],
    ],
    [
      "an index above 100 in a group",
      edit(["    unit: percent\n", "    unit: index\n"], ["2019: { epost-en-dag: 82,", "2019: { epost-en-dag: 101,"]),
      ["t.yaml:30:29: groups[0].results.2019.epost-en-dag: 101 ligger utanför 0–100 för enheten index"],
    ],
    [
      "a negative count in the national results",
      edit(["    unit: hours\n", "    unit: count\n"], national("2019: { epost-svarstid: -1 }")),
      [
        "t.yaml:24:11: indicators[1].unit: enheten count (antal) kan inte skrivas i ett pressmeddelande; använd percent, index, hours, minutes eller seconds",
        "t.yaml:28:29: national.results.2019.epost-svarstid: -1 får inte vara negativt för enheten antal",
      ],
    ],
    [
      "seconds and minutes may be large, not negative",
      edit(["    unit: hours\n", "    unit: seconds\n"], ["epost-svarstid: 2 }", "epost-svarstid: 7200 }"], ["epost-svarstid: 9 }", "epost-svarstid: -9 }"]),
      ["t.yaml:38:49: municipalities[0].results.2018.epost-svarstid: -9 får inte vara negativt för enheten sekunder"],
    ],
    [
      "a results key that is no indicator, at the key",
      edit(["2019: { epost-en-dag: 98,", "2019: { epost-endag: 98,"]),
      ['t.yaml:37:15: municipalities[0].results.2019.epost-endag: "epost-endag" är ingen indikator i indicators (menade du "epost-en-dag"?)'],
    ],
    [
      "an unknown indicator in the national results",
      edit(national("2019: { telefon: 60 }")),
      ['t.yaml:28:13: national.results.2019.telefon: "telefon" är ingen indikator i indicators'],
    ],
    [
      "a group that does not exist",
      edit(["    group: A2\n", "    group: A3\n"]),
      ['t.yaml:35:12: municipalities[0].group: gruppen "A3" finns inte i groups'],
    ],
    [
      "a group when there are no groups at all",
      edit(["groups:\n  - id: A2\n    name: Pendlingskommun nära storstad\n    results:\n      2019: { epost-en-dag: 82, epost-svarstid: 5 }\n", ""]),
      ['t.yaml:30:12: municipalities[0].group: gruppen "A2" finns inte i groups'],
    ],
    [
      "a duplicate municipality code, at the second, naming the first's line",
      `${BASE}  - code: "0126"\n    name: Huddinge igen\n    officialName: Huddinge kommun\n    results: { 2019: { epost-en-dag: 1 }, 2018: { epost-en-dag: 2 } }\n    release: { quotes: [{ text: Citat., name: Namn }] }\n`,
      ['t.yaml:43:11: municipalities[1].code: koden "0126" förekommer redan på rad 32 (Huddinge)'],
    ],
    [
      "a duplicate indicator id",
      edit(["  - id: epost-svarstid\n", "  - id: epost-en-dag\n"], ["epost-svarstid: 5 }", "epost-en-dag: 5 }"]).replace(
        "2019: { epost-en-dag: 82, epost-en-dag: 5 }",
        "2019: { epost-en-dag: 82 }",
      ).replace(/, epost-svarstid: \d+ }/g, " }"),
      ['t.yaml:20:9: indicators[1].id: indikatorn "epost-en-dag" förekommer redan på rad 14'],
    ],
    [
      "a duplicate group id",
      edit(["groups:\n", "groups:\n  - { id: A2, name: Annan grupp, results: {} }\n"]),
      ['t.yaml:28:9: groups[1].id: gruppen "A2" förekommer redan på rad 27'],
    ],
    [
      "a survey year with no results",
      edit(["  year: 2019\n", "  year: 2020\n"]),
      ["t.yaml:4:9: survey.year: ingen kommun har resultat för 2020"],
    ],
    [
      "a survey year with only nulls",
      edit(["2019: { epost-en-dag: 98, epost-svarstid: 2 }", "2019: { epost-en-dag: null, epost-svarstid: null }"]),
      ["t.yaml:4:9: survey.year: ingen kommun har resultat för 2019"],
    ],
    [
      "strong below same",
      edit(["change: { same: 2, strong: 10 }", "change: { same: 10, strong: 2 }"]),
      ["t.yaml:11:31: thresholds.change.strong: strong (2) får inte vara mindre än same (10)"],
    ],
    [
      "strong below same in an indicator's own thresholds",
      edit(["    unit: hours\n", "    unit: hours\n    thresholds: { compare: { same: 1.5, strong: 1 } }\n"]),
      ["t.yaml:25:49: indicators[1].thresholds.compare.strong: strong (1) får inte vara mindre än same (1,5)"],
    ],
  ];
  it.each(cases)("%s", (_name, src, expected) => {
    const result = run(src);
    expect(result.lines).toEqual(expected);
    expect(result.ok).toBe(false);
  });

  it("reports structural and semantic problems together (all of them, not the first)", () => {
    const src = edit(
      ["  participants: 2\n", "  participants: två\n"],
      ["    name: Huddinge\n", "    population: 113000\n"],
      ["2019: { epost-en-dag: 98, epost-svarstid: 2 }", '2019: { epost-en-dag: 104, epost-svarstid: "2" }'],
      ["    group: A2\n", "    group: A3\n"],
    );
    expect(run(src).lines).toEqual([
      't.yaml:7:17: survey.participants: ska vara ett tal, inte text ("två")',
      "t.yaml:32:5: municipalities[0].name: fältet saknas",
      't.yaml:33:5: municipalities[0].population: okänt fält "population"',
      't.yaml:35:12: municipalities[0].group: gruppen "A3" finns inte i groups',
      "t.yaml:37:29: municipalities[0].results.2019.epost-en-dag: 104 ligger utanför 0–100 för enheten procent",
      't.yaml:37:50: municipalities[0].results.2019.epost-svarstid: ska vara ett tal, inte text ("2")',
    ]);
  });

  it("gives positions in JSON too", () => {
    const json = JSON.stringify(
      { ...(parseSource(BASE, "b", "yaml").value as Record<string, unknown>), extra: 1 },
      null,
      2,
    ).replace('"epost-en-dag": 98', '"epost-en-dag": 104');
    const result = validateDataset(parseSource(json, "t.json", "json"));
    expect(result.messages.map(formatMessage)).toEqual([
      "t.json:75:27: municipalities[0].results.2019.epost-en-dag: 104 ligger utanför 0–100 för enheten procent",
      't.json:89:3: extra: okänt fält "extra"',
    ]);
  });
});

describe("validateDataset: warnings", () => {
  it("no results for the previous year", () => {
    const result = run(edit(["      2018: { epost-en-dag: 79, epost-svarstid: 9 }\n", ""]));
    expect(result.lines).toEqual([
      "t.yaml:36:5: varning: municipalities[0].results: inga resultat för 2018; jämförelse med föregående år utelämnas",
    ]);
    expect(result.ok).toBe(true);
  });

  it("no quote", () => {
    const src = edit(["    release:\n      quotes:\n        - text: Vi har hållit svarsnivån uppe.\n          name: Ann-Marie Fredricsson\n", ""]);
    const result = run(src);
    expect(result.lines).toEqual([
      "t.yaml:32:5: varning: municipalities[0].release.quotes: inget citat; pressmeddelandet får en platshållare [CITAT: …]",
    ]);
    expect(result.ok).toBe(true);
  });

  it("an empty quote list, at the key", () => {
    const src = edit(["      quotes:\n        - text: Vi har hållit svarsnivån uppe.\n          name: Ann-Marie Fredricsson\n", "      quotes: []\n"]);
    expect(run(src).lines).toEqual([
      "t.yaml:40:7: varning: municipalities[0].release.quotes: inget citat; pressmeddelandet får en platshållare [CITAT: …]",
    ]);
  });

  it("a quote from an editorial file counts", () => {
    const src = edit(["    release:\n      quotes:\n        - text: Vi har hållit svarsnivån uppe.\n          name: Ann-Marie Fredricsson\n", ""]);
    const editorial = new Map<string, Release>([["0126", { quotes: [{ text: "Citat.", name: "Ann" }] }]]);
    expect(run(src, { editorial }).lines).toEqual([]);
  });

  it("an editorial file with no quotes replaces the dataset's quotes", () => {
    const editorial = new Map<string, Release>([["0126", { quotes: [] }]]);
    expect(run(BASE, { editorial }).lines).toEqual([
      "t.yaml:40:7: varning: municipalities[0].release.quotes: inget citat; pressmeddelandet får en platshållare [CITAT: …]",
    ]);
  });
});

describe("validateDataset: load problems pass through", () => {
  it("a syntax error stops before the schema (no cascade)", () => {
    expect(run("survey:\n  name: [x\n").lines).toEqual([
      "t.yaml:3:1: ogiltig YAML: listan inom [ ] avslutas inte med ] (eller har för lite indrag)",
    ]);
  });

  it("a duplicate key is reported and the rest is still validated", () => {
    const src = edit(["    name: Huddinge\n", "    name: Huddinge\n    name: Huddinge\n"], ["2019: { epost-en-dag: 98,", "2019: { epost-en-dag: 104,"]);
    expect(run(src).lines).toEqual([
      't.yaml:34:5: fältet "name" förekommer redan på rad 33',
      "t.yaml:38:29: municipalities[0].results.2019.epost-en-dag: 104 ligger utanför 0–100 för enheten procent",
    ]);
  });

  it("an empty file", () => {
    expect(run("# nothing\n").lines).toEqual(["t.yaml: filen är tom"]);
  });
});

describe("every message carries file and position", () => {
  it("for a file with many problems", () => {
    const src = edit(
      ["  year: 2019\n", "  year: 2020\n"],
      ["  participants: 2\n", "  participants: x\n  foo: 1\n"],
      ["    name: Huddinge\n", ""],
      ["    group: A2\n", "    group: A3\n"],
      ["change: { same: 2, strong: 10 }", "change: { same: 10, strong: 2 }"],
      ["2019: { epost-en-dag: 98,", "2019: { epost-endag: 104,"],
    );
    const { messages } = run(src);
    // Where each problem is in the text: the line holding `line`, the column of `token` in it.
    const textLines = src.split("\n");
    const at = (line: string, token: string): { line: number; column: number } => {
      const i = textLines.findIndex((l) => l.includes(line));
      if (i < 0) throw new Error(`not in the fixture: ${line}`);
      return { line: i + 1, column: (textLines[i] ?? "").indexOf(token, (textLines[i] ?? "").indexOf(line)) + 1 };
    };
    expect(messages.map((m) => [m.file, m.path, m.position])).toEqual([
      ["t.yaml", "survey.year", at("  year: 2020", "2020")],
      ["t.yaml", "survey.participants", at("  participants: x", "x")],
      ["t.yaml", "survey.foo", at("  foo: 1", "foo")],
      ["t.yaml", "thresholds.change.strong", at("change: { same: 10, strong: 2 }", "2 }")],
      // A missing field points at the start of the municipality's map.
      ["t.yaml", "municipalities[0].name", at('  - code: "0126"', "code")],
      ["t.yaml", "municipalities[0].group", at("    group: A3", "A3")],
      ["t.yaml", "municipalities[0].results.2019.epost-endag", at("2019: { epost-endag: 104,", "epost-endag")],
    ]);
  });
});

describe("validateEditorial", () => {
  const load = (src: string) => validateEditorial(parseSource(src, "0126.yaml", "yaml"));

  it("accepts a release", () => {
    const result = load("date: 2020-01-23\nquotes:\n  - text: Citat.\n    name: Ann\n");
    expect(result.messages).toEqual([]);
    expect(result.release).toEqual({ date: "2020-01-23", quotes: [{ text: "Citat.", name: "Ann" }] });
  });

  it("reports problems with paths relative to the file", () => {
    const result = load("rubrik: Hej\nheadline: 3\nquotes:\n  - text: Citat.\n");
    expect(result.messages.map(formatMessage)).toEqual([
      '0126.yaml:1:1: rubrik: okänt fält "rubrik"',
      "0126.yaml:2:11: headline: ska vara text, inte talet 3",
      "0126.yaml:4:5: quotes[0].name: fältet saknas",
    ]);
    expect(result.release).toBeUndefined();
  });

  it("a list is not a release", () => {
    expect(load("- a\n").messages.map(formatMessage)).toEqual([
      "0126.yaml:1:1: filen ska innehålla redaktionella fält som date, headline, quotes, extra, contacts, about och logo, inte en lista",
    ]);
  });
});

describe("mergeRelease", () => {
  const base: Release = { date: "2020-01-23", headline: "A", quotes: [{ text: "Q", name: "N" }], about: "Om" };
  it("replaces field by field", () => {
    expect(mergeRelease(base, { headline: "B", quotes: [] })).toEqual({ date: "2020-01-23", headline: "B", quotes: [], about: "Om" });
  });
  it("handles missing sides", () => {
    expect(mergeRelease(undefined, { headline: "B" })).toEqual({ headline: "B" });
    expect(mergeRelease(base, undefined)).toEqual(base);
    expect(mergeRelease(undefined, undefined)).toEqual({});
  });
  it("does not change its inputs", () => {
    const copy = structuredClone(base);
    mergeRelease(base, { headline: "B" });
    expect(base).toEqual(copy);
  });
});

describe("closest", () => {
  it.each([
    ["officalName", ["name", "officialName"], "officialName"],
    ["Name", ["name", "code"], "name"],
    ["epost-endag", ["epost-en-dag", "epost-svarstid"], "epost-en-dag"],
    ["population", ["name", "officialName", "group"], undefined],
    ["x", ["id"], undefined],
  ] as const)("%s", (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});
