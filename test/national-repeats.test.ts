// Repetition in the national release, found by blind readers: "sedan
// mätningen började 2014" said in the lead and again in nearly every section,
// and this year's average given twice in two sentences in a row (the change
// since last year, then the change since the first year). Checked for the
// example data and every fixture that makes a riket release, and on the bank.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generateNational, loadNationalResources, type GeneratedNational } from "../src/kinds/national/release.js";
import { openingOf } from "../src/phrase/national.js";
import { Dataset } from "../src/schema.js";

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(n) ? [p] : [];
  });
}

const EXAMPLE = "data/exempel/kkik-2019-alla.yaml";
const resources = await loadNationalResources();

const all: { file: string; r: GeneratedNational }[] = [EXAMPLE, "data/exempel/huddinge-2019.yaml", ...yamlFiles("test/fixtures")].flatMap((file) => {
  try {
    const parsed = Dataset.safeParse(parse(readFileSync(file, "utf8")));
    return parsed.success ? [{ file, r: generateNational(parsed.data, { resources, file }) }] : [];
  } catch {
    return [];
  }
});

/** Every sentence in reading order, the lead first, each section's apart (a heading comes between). */
const runs = (r: GeneratedNational): string[][] => [r.composed.lead.map((s) => s.text), ...r.composed.sections.map((s) => s.sentences.map((x) => x.text))];
const example = (): GeneratedNational => {
  const x = all.find((a) => a.file === EXAMPLE)?.r;
  if (!x) throw new Error("no example release");
  return x;
};

// The data's first year, said in full ("av alla år sedan 2014"); never "sedan mätningen började": KKiK is
// older than the data (a read called it a wrong fact).
const FULL = /(i alla mätningar|i samtliga mätningar|av alla år|i mätningarna) sedan (\d{4})/gi;

describe("the first year said in full once per release", () => {
  it("the example says it once, in the lead, and 'hittills' or 'sedan 2014' after; never 'mätningen började'", () => {
    const md = example().markdown;
    expect(md.match(FULL)).toHaveLength(1);
    expect(example().composed.lead.map((s) => s.text).join(" ")).toMatch(FULL);
    expect(md).toMatch(/hittills/);
    expect(md).toMatch(/varje år sedan 2014/i);
    expect(md).not.toMatch(/mätningen började|mätningarna startade/i);
  });

  it("no riket release says it twice for the same first year", () => {
    const bad = all.flatMap(({ file, r }) => {
      const years = [...r.markdown.matchAll(FULL)].map((m) => m[2]);
      return years.filter((y, i) => years.indexOf(y) !== i).map((y) => `${file}: ${y}`);
    });
    expect(bad).toEqual([]);
  });

  it("in the bank, every variant of a first telling names the first year, none told again says it in full, none says 'mätningen började'", () => {
    const bad = [...resources.bank.slots].flatMap(([slot, variants]) => {
      const start = /^(record\.(best|worst)(\.marginal)?|longrun\.steady\.[a-z]+\.(up|down)(\.follow)?|summary\.more-improved\.one-worst)$/.test(slot);
      const again = /\.again(\.|$)/.test(slot);
      return variants
        .filter((v) => (start && !/\{förstaår\}/.test(v.text)) || (again && /(i alla mätningar|i samtliga mätningar|av alla år|i mätningarna) sedan/i.test(v.text)) || /mätningen började|mätningarna startade/i.test(v.text))
        .map((v) => `${slot}: ${v.text}`);
    });
    expect(bad).toEqual([]);
  });
});

describe("a figure is not given twice in a row", () => {
  // A value with its unit: "84 procent", "6 timmar", "1 procentenhet".
  const FIGURE = /\d+(?:,\d+)?\u00A0(?:procent|procentenheter|procentenhet|timmar|timme|index)\b/g;
  it("no two sentences in a row (lead, or one section) share a figure", () => {
    const bad = all.flatMap(({ file, r }) =>
      runs(r).flatMap((run) =>
        run.slice(1).flatMap((text, i) => {
          const before = new Set(run[i]?.match(FIGURE) ?? []);
          const shared = (text.match(FIGURE) ?? []).filter((f) => before.has(f));
          return shared.length > 0 ? [`${file}: ${run[i] ?? ""} | ${text}`] : [];
        }),
      ),
    );
    expect(bad).toEqual([]);
  });
});

describe("sentences open differently across the release", () => {
  const openings = (r: GeneratedNational, only?: (claims: readonly string[]) => boolean): string[] =>
    [...r.composed.lead, ...r.composed.sections.flatMap((s) => s.sentences)]
      .filter((s) => only?.(s.claims) ?? true)
      .map((s) => openingOf(s.text, {}));
  const repeated = (xs: readonly string[], times: number): string[] => [...new Set(xs.filter((x) => xs.filter((y) => y === x).length >= times))];

  it("openingOf: the first two words, filled, in lower case and without punctuation", () => {
    expect(openingOf("Sedan {förstaår}, då snittet var {första}.", { förstaår: "2014", första: "55 procent" })).toBe("sedan 2014");
    expect(openingOf("{Där} ökade {ämne}.", { Där: "I riket" })).toBe("i riket");
    expect(openingOf("Jämfört med {föregående} har", {})).toBe("jämfört med");
  });

  it("no riket release opens three sentences with the same two words", () => {
    const bad = all.flatMap(({ file, r }) => repeated(openings(r), 3).map((o) => `${file}: ${o}`));
    expect(bad).toEqual([]);
  });

  it("the example: the long-run sentences open differently, and the groups' 'hade det svagaste resultatet' is said once", () => {
    expect(repeated(openings(example(), (c) => c.some((x) => x.endsWith(".longRun"))), 2)).toEqual([]);
    expect(example().markdown.match(/hade det svagaste resultatet/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});
