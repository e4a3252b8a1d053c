import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatOf, loadFile, parseSource, yamlReason, type SourceFormat } from "../src/load/source.js";
import { formatMessage } from "../src/messages.js";

const lines = (messages: Parameters<typeof formatMessage>[0][]): string[] => messages.map(formatMessage);

describe("parseSource: values", () => {
  it("parses YAML and keeps numbers as numbers", () => {
    const loaded = parseSource("a: 1\nb: [x, 2]\n2019: { c: 98 }\n", "t.yaml", "yaml");
    expect(loaded.messages).toEqual([]);
    expect(loaded.value).toEqual({ a: 1, b: ["x", 2], "2019": { c: 98 } });
  });

  it("reads YAML dates as text (YAML 1.2), so the schema decides", () => {
    expect(parseSource("date: 2020-01-23\n", "t.yaml", "yaml").value).toEqual({ date: "2020-01-23" });
  });

  it("parses JSON with JSON.parse semantics", () => {
    const loaded = parseSource('{ "a": 1, "b": ["x"] }', "t.json", "json");
    expect(loaded.messages).toEqual([]);
    expect(loaded.value).toEqual({ a: 1, b: ["x"] });
  });

  it("ignores a byte order mark", () => {
    expect(parseSource("\uFEFFa: 1\n", "t.yaml", "yaml").value).toEqual({ a: 1 });
    expect(parseSource('\uFEFF{"a": 1}', "t.json", "json").value).toEqual({ a: 1 });
  });

  it("allows a few aliases", () => {
    const loaded = parseSource("x: &x { a: 1 }\ny: *x\n", "t.yaml", "yaml");
    expect(loaded.messages).toEqual([]);
    expect(loaded.value).toEqual({ x: { a: 1 }, y: { a: 1 } });
  });

  it("chooses the format by extension", () => {
    expect(formatOf("data/x.json")).toBe("json");
    expect(formatOf("data/X.JSON")).toBe("json");
    expect(formatOf("data/x.yaml")).toBe("yaml");
    expect(formatOf("data/x.yml")).toBe("yaml");
    expect(formatOf("data/x")).toBe("yaml");
  });
});

describe("parseSource: empty files", () => {
  const cases: [string, string, SourceFormat][] = [
    ["nothing", "", "yaml"],
    ["whitespace", "  \n\n  \n", "yaml"],
    ["comments only", "# nothing\n  # here\n", "yaml"],
    ["a document marker only", "---\n# nothing\n", "yaml"],
    ["nothing (JSON)", "", "json"],
    ["whitespace (JSON)", " \n\t\n", "json"],
  ];
  it.each(cases)("%s → filen är tom", (_name, src, format) => {
    const loaded = parseSource(src, "t", format);
    expect(loaded.value).toBeUndefined();
    expect(lines(loaded.messages)).toEqual(["t: filen är tom"]);
    expect(loaded.messages[0]?.ruleId).toBe("file-empty");
  });

  it("an explicit null is not empty: the schema reports it", () => {
    const loaded = parseSource("~\n", "t.yaml", "yaml");
    expect(loaded.messages).toEqual([]);
    expect(loaded.value).toBeNull();
  });
});

describe("parseSource: YAML syntax errors in Swedish with positions", () => {
  const cases: [string, string, string[]][] = [
    ["duplicate key", "a: 1\nb: 2\na: 3\n", ['t:3:1: fältet "a" förekommer redan på rad 1']],
    ["year key as number and as text", '2019: 1\n"2019": 2\n', ['t:2:1: fältet "2019" förekommer redan på rad 1']],
    ["tab as indent", "a:\n\tb: 1\n", ["t:2:1: ogiltig YAML: tabb används som indrag; använd mellanslag"]],
    ["unexpected token", "a: 1\n]\n", ['t:2:1: ogiltig YAML: oväntat "]"']],
    ["unclosed quote", 'a: "abc\nb: 1\n', ['t:3:1: ogiltig YAML: citattecknet stängs aldrig (" saknas)']],
    ["two colons on a line", "a: b: c\n", ['t:1:4: ogiltig YAML: två kolon på samma rad; sätt värdet inom citattecken om det innehåller ": "']],
    ["several documents", "a: 1\n---\nb: 2\n", ["t:2:1: ogiltig YAML: filen innehåller flera YAML-dokument (---); bara ett är tillåtet"]],
    ["unclosed flow sequence", "a: [1, 2\nb: 3\n", ["t:2:1: ogiltig YAML: listan inom [ ] avslutas inte med ] (eller har för lite indrag)"]],
    ["missing colon", "a: 1\nb\nc: 2\n", ['t:2:1: ogiltig YAML: kolon saknas: skriv "namn: värde"']],
    [
      "missing colon before another key",
      "m:\n  x: 1\n  officialName Huddinge kommun\n  group: A2\n",
      ["t:3:3: ogiltig YAML: kolon saknas (eller så går en nyckel över flera rader)"],
    ],
    ["bad escape", 'a: "\\q"\n', ["t:1:5: ogiltig YAML: ogiltigt \\-tecken i text inom \"…\"; skriv \\\\ eller använd '…'"]],
    ["reserved first character", "a: @x\n", ["t:1:4: ogiltig YAML: ett värde får inte börja med @; sätt det inom citattecken"]],
    ["unresolved alias", "a: *x\n", ["t:1:4: ogiltig YAML: aliaset *x pekar inte på något ankare; &x måste stå före"]],
    [
      "bad indent: one error, at the text, not the cascade after it",
      "m:\n  - code: x\n    name: y\n   other: z\n    more: w\n",
      ['t:4:4: ogiltig YAML: fel indrag (eller saknas "- " före ett nytt listelement)'],
    ],
    [
      "independent errors in different sections are all reported",
      'survey:\n  a: b: c\nindicators:\n  x: "y\n',
      [
        't:2:6: ogiltig YAML: två kolon på samma rad; sätt värdet inom citattecken om det innehåller ": "',
        't:5:1: ogiltig YAML: citattecknet stängs aldrig (" saknas)',
      ],
    ],
  ];
  it.each(cases)("%s", (_name, src, expected) => {
    const loaded = parseSource(src, "t", "yaml");
    expect(lines(loaded.messages)).toEqual(expected);
  });

  it("a duplicate key is an error but the rest of the file is still read", () => {
    const loaded = parseSource("a: 1\na: 2\n", "t", "yaml");
    expect(loaded.messages[0]?.severity).toBe("error");
    expect(loaded.value).toEqual({ a: 2 });
  });

  it("other syntax errors leave no value (no validation of a half-read file)", () => {
    expect(parseSource("a: [1\n", "t", "yaml").value).toBeUndefined();
  });

  it("an unknown tag is a warning", () => {
    const loaded = parseSource("a: !foo 1\n", "t", "yaml");
    expect(lines(loaded.messages)).toEqual(["t:1:4: varning: YAML: okänd tagg !foo; värdet läses som text"]);
    expect(loaded.value).toEqual({ a: "1" });
  });

  it("falls back to a generic Swedish reason with the code", () => {
    expect(yamlReason({ code: "IMPOSSIBLE", message: "x", pos: [0, 0] })).toBe("fel i YAML-syntaxen (IMPOSSIBLE)");
  });
});

describe("parseSource: JSON syntax errors with positions from V8's message", () => {
  const cases: [string, string, string][] = [
    ["trailing comma in object", '{"a":1,}', 't:1:8: ogiltig JSON: väntade ett fältnamn inom "…" (kommatecken för mycket?)'],
    ["missing colon", '{"a" 1}', "t:1:6: ogiltig JSON: kolon saknas efter fältnamnet"],
    ["missing comma", '{\n  "a": 1\n  "b": 2\n}', "t:3:3: ogiltig JSON: kommatecken eller } saknas efter värdet"],
    ["unclosed array at the end", '{\n  "a": [1, 2\n', "t:3:1: ogiltig JSON: kommatecken eller ] saknas efter elementet"],
    ["unexpected end", '{"a":', "t:1:6: ogiltig JSON: filen tar slut för tidigt (saknas } eller ]?)"],
    ["single quotes", "{'a': 1}", 't:1:2: ogiltig JSON: väntade ett fältnamn inom "…" eller }'],
    ["newline in a string", '{"a": "b\nc"}', "t:1:9: ogiltig JSON: otillåtet tecken (t.ex. radbrytning eller tabb) i text; skriv \\n eller \\t"],
    ["text after the document", '{"a": 1}\n}', "t:2:1: ogiltig JSON: text efter JSON-dokumentets slut"],
    ["short text, no position in V8's message", '{"a":{}, "b": tru}', "t:1:18: ogiltig JSON: oväntat tecken }"],
    ["context at the start", "[x, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]", "t:1:2: ogiltig JSON: oväntat tecken x"],
    [
      "context on both sides",
      "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, x, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]",
      "t:1:49: ogiltig JSON: oväntat tecken x",
    ],
    ["context at the end", '{\n  "abcdefghijklmnopqrstuvwxyz": tru\n}', "t:2:36: ogiltig JSON: oväntat tecken (radbrytning)"],
  ];
  it.each(cases)("%s", (_name, src, expected) => {
    const loaded = parseSource(src, "t", "json");
    expect(loaded.value).toBeUndefined();
    expect(lines(loaded.messages)).toEqual([expected]);
    expect(loaded.messages[0]?.ruleId).toBe("json-syntax");
  });

  it("reports duplicate keys, which JSON.parse accepts silently", () => {
    const loaded = parseSource('{\n  "a": 1,\n  "a": 2\n}\n', "t", "json");
    expect(lines(loaded.messages)).toEqual(['t:3:3: fältet "a" förekommer redan på rad 2']);
  });
});

describe("alias bombs", () => {
  const billionLaughs = `a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
`;
  it("rejects a billion-laughs document with one Swedish error instead of expanding it", () => {
    const loaded = parseSource(billionLaughs, "bomb.yaml", "yaml");
    expect(loaded.value).toBeUndefined();
    expect(lines(loaded.messages)).toEqual([
      "bomb.yaml:2:8: för många alias (fler än 100 uppslag via *namn), filen avvisas",
    ]);
    expect(loaded.messages[0]?.ruleId).toBe("alias-bomb");
  });
});

describe("locate", () => {
  const yaml = `# comment
survey:
  year: 2019
  period: { weeks: [41, 46] }
municipalities:
  - code: "0126"
    results:
      2019: { epost-en-dag: 98 }
  - code: "0180"
    name:
`;
  const loaded = parseSource(yaml, "t.yaml", "yaml");
  const cases: [string, (string | number)[], "key" | "value" | undefined, { line: number; column: number } | undefined][] = [
    ["the root", [], undefined, { line: 2, column: 1 }],
    ["a value", ["survey", "year"], undefined, { line: 3, column: 9 }],
    ["a key", ["survey", "year"], "key", { line: 3, column: 3 }],
    ["inside flow collections", ["survey", "period", "weeks", 1], undefined, { line: 4, column: 25 }],
    ["a list item", ["municipalities", 1], undefined, { line: 9, column: 5 }],
    ["a year written as a number key", ["municipalities", 0, "results", "2019", "epost-en-dag"], undefined, { line: 8, column: 29 }],
    ["a year key", ["municipalities", 0, "results", "2019"], "key", { line: 8, column: 7 }],
    ["a key without a value", ["municipalities", 1, "name"], undefined, { line: 10, column: 5 }],
    ["past the end: the deepest existing node's key", ["municipalities", 0, "results", "2018", "x"], undefined, { line: 7, column: 5 }],
    ["past the end of a list: the list's key", ["municipalities", 5, "code"], undefined, { line: 5, column: 1 }],
    ["a missing top-level field: the root", ["thresholds"], "key", { line: 2, column: 1 }],
  ];
  it.each(cases)("%s", (_name, p, target, expected) => {
    expect(loaded.locate(p, target)).toEqual(expected);
  });

  it("works for JSON (keys are strings there)", () => {
    const json = parseSource('{\n  "results": {\n    "2019": { "a": 98 }\n  }\n}\n', "t.json", "json");
    expect(json.locate(["results", "2019", "a"])).toEqual({ line: 3, column: 20 });
    expect(json.locate(["results", "2019", "a"], "key")).toEqual({ line: 3, column: 15 });
  });

  it("follows aliases", () => {
    const aliased = parseSource("base: &b\n  x: 1\nother: *b\n", "t.yaml", "yaml");
    expect(aliased.locate(["other", "x"])).toEqual({ line: 2, column: 6 });
  });
});

describe("loadFile", () => {
  it("reports a missing file", async () => {
    const loaded = await loadFile("test/fixtures/finns-inte.yaml");
    expect(lines(loaded.messages)).toEqual(["test/fixtures/finns-inte.yaml: filen finns inte"]);
    expect(loaded.messages[0]?.ruleId).toBe("file-missing");
    expect(loaded.value).toBeUndefined();
  });

  it("reports a directory", async () => {
    const loaded = await loadFile("test/fixtures");
    expect(lines(loaded.messages)).toEqual(["test/fixtures: är en mapp, inte en fil"]);
  });

  it("reads YAML and JSON by extension", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kommunpress-load-"));
    await writeFile(path.join(dir, "a.json"), '{"a": [1, 2]}');
    await writeFile(path.join(dir, "a.yml"), "a: [1, 2]\n");
    await writeFile(path.join(dir, "b.json"), "a: [1, 2]\n");
    expect((await loadFile(path.join(dir, "a.json"))).value).toEqual({ a: [1, 2] });
    expect((await loadFile(path.join(dir, "a.yml"))).value).toEqual({ a: [1, 2] });
    // YAML in a .json file is a JSON syntax error
    const wrong = await loadFile(path.join(dir, "b.json"));
    expect(wrong.messages[0]?.ruleId).toBe("json-syntax");
  });

  it("loads the example and finds a nested value where the text has it", async () => {
    const file = "data/exempel/huddinge-2019.yaml";
    const loaded = await loadFile(file);
    expect(loaded.messages).toEqual([]);
    const textLines = (await readFile(file, "utf8")).split("\n");
    const line = textLines.findIndex((l) => l.includes("epost-en-dag: 98,")) + 1;
    const column = (textLines[line - 1] ?? "").indexOf("epost-en-dag: 98,") + "epost-en-dag: ".length + 1;
    expect(line).toBeGreaterThan(0);
    expect(loaded.locate(["municipalities", 0, "results", "2019", "epost-en-dag"])).toEqual({ line, column });
  });
});
