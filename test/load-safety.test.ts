// The loader against hostile or broken input: JSON syntax errors positioned
// by our own scanner (not by reading the engine's error wording), bytes that
// are not UTF-8, and nesting thousands of levels deep. Real files; the CLI as
// a child process where the fault was a crash.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runBuiltCli } from "./helpers/cli.js";
import { scanJson } from "../src/load/json-scan.js";
import { JSON_REASONS, LOAD_REASONS, MAX_NESTING_DEPTH } from "../src/load/reasons.js";
import { loadFile, parseSource } from "../src/load/source.js";
import { decodeUtf8, firstInvalidByte } from "../src/load/utf8.js";
import { formatMessage } from "../src/messages.js";

const tmp = (): Promise<string> => mkdtemp(path.join(tmpdir(), "kommunpress-safety-"));
const lines = (loaded: { messages: Parameters<typeof formatMessage>[0][] }): string[] => loaded.messages.map(formatMessage);

describe("the load stage's messages, verbatim", () => {
  it("has one text per id", () => {
    expect(LOAD_REASONS["not-utf8"]()).toBe(
      "filen är inte kodad som UTF-8 (är den sparad som Latin-1 eller Windows-1252?); spara den som UTF-8",
    );
    expect(LOAD_REASONS.utf16()).toBe("filen är kodad som UTF-16; spara den som UTF-8");
    expect(LOAD_REASONS["too-deep"](64)).toBe("filen är för djupt nästlad (mer än 64 nivåer), filen avvisas");
    expect(LOAD_REASONS["editorial-not-regular"]("fifo")).toBe("är en namngiven pipe (FIFO), inte en vanlig fil; filen läses inte");
    expect(LOAD_REASONS["editorial-not-regular"]("device")).toBe("är en enhetsfil, inte en vanlig fil; filen läses inte");
    expect(LOAD_REASONS["editorial-not-regular"]("directory")).toBe("är en mapp, inte en vanlig fil; filen läses inte");
    expect(LOAD_REASONS["editorial-not-regular"]("socket")).toBe("är en socket, inte en vanlig fil; filen läses inte");
    expect(LOAD_REASONS["editorial-not-regular"]("other")).toBe("är en fil av okänd typ, inte en vanlig fil; filen läses inte");
    expect(LOAD_REASONS["editorial-link-outside"]()).toBe(
      "är en symbolisk länk till en fil utanför mappen (--editorial); filen läses inte",
    );
    expect(LOAD_REASONS["editorial-link-broken"]()).toBe("är en symbolisk länk som inte pekar på någon fil; filen läses inte");
    expect(LOAD_REASONS["no-permission"]()).toBe("filen kan inte läsas (behörighet saknas)");
    expect(LOAD_REASONS.unreadable("EIO")).toBe("filen kan inte läsas (EIO)");
    expect(LOAD_REASONS.unreadable("")).toBe("filen kan inte läsas");
  });

  it("has the JSON reasons", () => {
    expect(JSON_REASONS["bad-escape"]()).toBe("ogiltigt \\-tecken i text; skriv \\\\ för ett bakstreck");
    expect(JSON_REASONS["bad-unicode"]()).toBe("ogiltig \\u-kod i text");
    expect(JSON_REASONS["unterminated-string"]()).toBe('texten avslutas inte (" saknas)');
    expect(JSON_REASONS["bad-number"]()).toBe("ogiltigt tal");
    expect(JSON_REASONS.unexpected("x")).toBe("oväntat tecken x");
  });
});

describe("JSON syntax errors are positioned by our own scanner", () => {
  const cases: [string, string, string][] = [
    ["a bad escape", '{"a": "b\\x"}', "t:1:10: ogiltig JSON: ogiltigt \\-tecken i text; skriv \\\\ för ett bakstreck"],
    ["a bad \\u escape", '{"a": "\\u12G4"}', "t:1:12: ogiltig JSON: ogiltig \\u-kod i text"],
    ["an unterminated string", '{"a": "bc', 't:1:10: ogiltig JSON: texten avslutas inte (" saknas)'],
    ["a leading zero", '{"a": 01}', "t:1:8: ogiltig JSON: ogiltigt tal"],
    ["a number without digits after the point", '{"a": 1.}', "t:1:9: ogiltig JSON: ogiltigt tal"],
    ["a single quote", "{\"a\": 'b'}", "t:1:7: ogiltig JSON: oväntat tecken ' (använd \" i JSON)"],
    ["a tab where a value belongs, in a long text", `{"a": [${"1, ".repeat(50)}\u00A0]}`, "t:1:158: ogiltig JSON: oväntat tecken \u00A0"],
    ["an error after non-ASCII text", '{"ö": "åäö",\n "b" 1}', "t:2:6: ogiltig JSON: kolon saknas efter fältnamnet"],
  ];
  it.each(cases)("%s", (_name, src, expected) => {
    const loaded = parseSource(src, "t", "json");
    expect(loaded.value).toBeUndefined();
    expect(lines(loaded)).toEqual([expected]);
  });

  it("agrees with JSON.parse on what is valid, and on the offset wherever V8 gives one", () => {
    const base = '{"a": [1, -2.5e3, "x\\u00e5\\n", true, null], "b": {"c": false, "d": 0.5E-2}, "e": []}';
    const alphabet = ['{', '}', '[', ']', ',', ':', '"', "\\", "\n", "a", "1", "-", ".", "e", "t", " ", "0", "+"];
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    for (let t = 0; t < 3000; t += 1) {
      let s = base;
      for (let k = 0; k <= rnd(3); k += 1) {
        const p = rnd(s.length);
        const op = rnd(3);
        s = op === 0 ? s.slice(0, p) + s.slice(p + 1) : op === 1 ? s.slice(0, p) + (alphabet[rnd(alphabet.length)] ?? "") + s.slice(p) : s.slice(0, p);
      }
      let v8: string | null = null;
      try {
        JSON.parse(s);
      } catch (err) {
        v8 = err instanceof Error ? err.message : String(err);
      }
      const ours = scanJson(s, 1000);
      expect(ours === undefined, s).toBe(v8 === null);
      const at = v8 === null ? null : /at position (\d+)/.exec(v8)?.[1];
      if (at != null) expect(ours?.offset, s).toBe(Number(at));
    }
  });
});

describe("bytes that are not UTF-8 are refused with the first bad byte's line and column", () => {
  const latin1 = Buffer.from("headline: Malm\xf6 svarar\nabout: H\xe4r\n", "latin1");

  it("finds the first ill-formed sequence", () => {
    expect(firstInvalidByte(Buffer.from("abc", "utf8"))).toBe(3);
    expect(firstInvalidByte(Buffer.from([0x61, 0xc3, 0xb6, 0xf6, 0x0a]))).toBe(3);
    expect(firstInvalidByte(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong
    expect(firstInvalidByte(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // surrogate
    expect(firstInvalidByte(Buffer.from([0x61, 0xe2, 0x82]))).toBe(1); // cut short
  });

  it("counts the column in characters, after valid å, ä, ö on the same line", () => {
    const data = Buffer.concat([Buffer.from("a: 1\nb: åäö ", "utf8"), Buffer.from([0xe9]), Buffer.from("\n")]);
    expect(decodeUtf8(data)).toEqual({ ok: false, reason: LOAD_REASONS["not-utf8"](), position: { line: 2, column: 8 } });
  });

  it("refuses a Latin-1 data file (it was read as U+FFFD before)", async () => {
    const dir = await tmp();
    const file = path.join(dir, "data.yaml");
    await writeFile(file, latin1);
    const loaded = await loadFile(file);
    expect(loaded.value).toBeUndefined();
    expect(lines(loaded)).toEqual([`${file}:1:15: ${LOAD_REASONS["not-utf8"]()}`]);
    expect(loaded.messages[0]?.ruleId).toBe("not-utf8");
  });

  it("refuses a UTF-16 file and a Latin-1 JSON file", async () => {
    const dir = await tmp();
    await writeFile(path.join(dir, "a.yaml"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("a: 1\n", "utf16le")]));
    await writeFile(path.join(dir, "b.json"), Buffer.from('{\n  "name": "G\xe4vle"\n}\n', "latin1"));
    expect(lines(await loadFile(path.join(dir, "a.yaml")))).toEqual([`${path.join(dir, "a.yaml")}:1:1: ${LOAD_REASONS.utf16()}`]);
    expect(lines(await loadFile(path.join(dir, "b.json")))).toEqual([`${path.join(dir, "b.json")}:2:13: ${LOAD_REASONS["not-utf8"]()}`]);
  });

  it("still reads UTF-8 with a byte order mark", async () => {
    const dir = await tmp();
    await writeFile(path.join(dir, "a.yaml"), "\uFEFFa: Malmö\n");
    expect((await loadFile(path.join(dir, "a.yaml"))).value).toEqual({ a: "Malmö" });
  });

  it("refuses a Latin-1 editorial file through validate", async () => {
    const dir = await tmp();
    await writeFile(path.join(dir, "0126.yaml"), latin1);
    const result = await runBuiltCli(["validate", "test/fixtures/editorial/data-without-quote.yaml", "-e", dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path.join(dir, "0126.yaml")}:1:15: ${LOAD_REASONS["not-utf8"]()}`);
  });
});

describe("deep nesting gets a positioned error in bounded time", () => {
  const tooDeep = LOAD_REASONS["too-deep"](MAX_NESTING_DEPTH);
  const timed = <T>(fn: () => T): T => {
    // Bounded: a runaway parse would fail the test's own time-out; no wall-clock assertion here.
    return fn();
  };
  const byIndent = (levels: number): string => {
    let s = "";
    for (let i = 0; i < levels; i += 1) s += `${" ".repeat(i)}a:\n`;
    return s;
  };

  it.each([5_000])("YAML nested %i levels by indentation: at the first line past the limit", (levels) => {
    const loaded = timed(() => parseSource(byIndent(levels), "t.yaml", "yaml"));
    expect(lines(loaded)).toEqual([`t.yaml:${MAX_NESTING_DEPTH + 1}:${MAX_NESTING_DEPTH + 1}: ${tooDeep}`]);
    expect(loaded.messages[0]?.ruleId).toBe("too-deep");
  });

  it.each([5_000, 100_000])("YAML, JSON and flow collections nested %i levels", (levels) => {
    const col = MAX_NESTING_DEPTH + 1;
    expect(lines(timed(() => parseSource(`${"- ".repeat(levels)}x\n`, "t", "yaml")))).toEqual([`t:1:${2 * MAX_NESTING_DEPTH + 1}: ${tooDeep}`]);
    expect(lines(timed(() => parseSource("[".repeat(levels) + "]".repeat(levels), "t", "json")))).toEqual([`t:1:${col}: ${tooDeep}`]);
    expect(lines(timed(() => parseSource(`{"a":`.repeat(levels) + "1" + "}".repeat(levels), "t", "json")))).toEqual([
      `t:1:${5 * MAX_NESTING_DEPTH + 1}: ${tooDeep}`,
    ]);
    expect(lines(timed(() => parseSource(`a: ${"[".repeat(levels)}${"]".repeat(levels)}\n`, "t", "yaml")))).toEqual([`t:1:${col + 2}: ${tooDeep}`]);
    expect(lines(timed(() => parseSource(`[\n${"[\n".repeat(levels)}`, "t", "yaml")))).toEqual([`t:${col}:1: ${tooDeep}`]);
  });

  it("does not mistake block text, comments or quoted brackets for nesting", () => {
    const text = `a: |\n${"  [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n".repeat(3)}b: "${"[".repeat(100)}" # ${"{".repeat(100)}\nc: x[[[${"[".repeat(100)}\n`;
    const loaded = parseSource(text, "t", "yaml");
    expect(loaded.messages).toEqual([]);
    expect(loaded.value).toMatchObject({ b: "[".repeat(100) });
    const atLimit = parseSource("[".repeat(MAX_NESTING_DEPTH) + "]".repeat(MAX_NESTING_DEPTH), "t", "json");
    expect(atLimit.messages).toEqual([]);
  });

  it("the CLI reports it for a 5,000-level file, positioned, without 'oväntat fel'", async () => {
    const dir = await tmp();
    await writeFile(path.join(dir, "djup.yaml"), byIndent(5_000));
    await writeFile(path.join(dir, "djup.json"), "[".repeat(100_000) + "]".repeat(100_000));
    for (const [name, where] of [["djup.yaml", "65:65"], ["djup.json", "1:65"]] as const) {
      const result = await runBuiltCli(["validate", path.join(dir, name)]);
      expect(result.timedOut).toBe(false);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${path.join(dir, name)}:${where}: ${tooDeep}`);
      expect(result.stderr).not.toMatch(/oväntat fel|Maximum call stack/);
    }
  });
});
