// data/exempel/kkik-2019-alla.yaml: synthetic KKiK 2019 results for all 290
// municipalities, built by scripts/make-example-data.mjs. The script must be
// deterministic, the file valid and internally consistent (riket and the
// kommungrupper are the rounded unweighted means of their members), and
// every release made from it must say that the figures are example data.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { computeRanks } from "../src/analyse/municipality.js";
import { analyseTime, type SeriesTime } from "../src/analyse/time.js";
import { checkDataset } from "../src/load/dataset.js";
import { generateRelease, loadResources, type GeneratedRelease } from "../src/kinds/municipality/release.js";
import type { Dataset, Municipality, Results } from "../src/schema.js";

const FILE = "data/exempel/kkik-2019-alla.yaml";
const SCRIPT = "scripts/make-example-data.mjs";
const NOTE = "Siffrorna i detta pressmeddelande är exempeldata och inte verkliga resultat.";

interface CsvRow {
  kod: string;
  namn: string;
  officiellt_namn: string;
  kommungrupp_kod: string;
  kommungrupp: string;
}

/** kommuner.csv (one quoted field with a comma: "Landsbygdskommun, ej nära större stad"). */
async function readCsv(): Promise<CsvRow[]> {
  const text = await readFile("data/reference/kommuner.csv", "utf8");
  const [header, ...lines] = text.split("\n").filter((l) => l !== "");
  const keys = (header ?? "").split(",");
  return lines.map((line) => {
    const cells = [...line.matchAll(/"([^"]*)"|([^,]*)/g)]
      .filter((m) => m.index === 0 || line[m.index - 1] === ",")
      .map((m) => m[1] ?? m[2] ?? "");
    return Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? ""])) as unknown as CsvRow;
  });
}

/**
 * The documented rounding rule: the unweighted mean of the members that have
 * a value (null and missing do not count), rounded half up to a whole number
 * for percent and to one decimal for hours, computed exactly in integer units.
 */
function expectedMean(values: readonly (number | null | undefined)[], unit: string): number | null {
  const scale = unit === "hours" ? 10 : 1;
  const units = values.filter((v): v is number => typeof v === "number").map((v) => Math.round(v * scale));
  if (units.length === 0) return null;
  const sum = units.reduce((a, b) => a + b, 0);
  const n = units.length;
  return Math.floor((2 * sum + n) / (2 * n)) / scale;
}

const has2019 = (m: Municipality): boolean => m.results["2019"] !== undefined;
const YEARS = ["2019", "2018", "2017", "2016", "2015", "2014"];
const EARLIER = YEARS.slice(2);

let dataset: Dataset;
let source: string;

beforeAll(async () => {
  source = await readFile(FILE, "utf8");
  const { dataset: d, messages } = await checkDataset(FILE);
  if (!d) throw new Error(messages.map((m) => m.reason).join("\n"));
  dataset = d;
});

describe("scripts/make-example-data.mjs", () => {
  it("writes the same bytes on every run, and they are the committed file", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "kp-example-"));
    const a = path.join(dir, "a.yaml");
    const b = path.join(dir, "b.yaml");
    execFileSync(process.execPath, [SCRIPT, a]);
    execFileSync(process.execPath, [SCRIPT, b]);
    const first = await readFile(a, "utf8");
    expect(await readFile(b, "utf8")).toBe(first);
    expect(first, `run \`node ${SCRIPT}\` to update ${FILE}`).toBe(source);
  });
});

describe(FILE, () => {
  it("validates with no errors; the only warnings are missing quotes and missing 2018 results", async () => {
    const { messages } = await checkDataset(FILE);
    expect(messages.filter((m) => m.severity === "error")).toEqual([]);
    expect([...new Set(messages.map((m) => m.ruleId))].sort()).toEqual(["no-previous-year", "no-quote"]);
  });

  it("says it is example data: in the header comment and in survey.note", () => {
    expect(source.split("\n")[0]).toBe("# yaml-language-server: $schema=../../schema/kommunpress.schema.json");
    expect(source.split("\n")[1]).toMatch(/^# EXEMPELDATA: /);
    expect(dataset.survey.note).toBe(NOTE);
  });

  it("has all 290 municipalities with the reference file's code, names and kommungrupp", async () => {
    const csv = await readCsv();
    expect(csv).toHaveLength(290);
    expect(
      dataset.municipalities.map((m) => ({ code: m.code, name: m.name, officialName: m.officialName, group: m.group })),
    ).toEqual(csv.map((r) => ({ code: r.kod, name: r.namn, officialName: r.officiellt_namn, group: r.kommungrupp_kod })));
    const groups = new Map(csv.map((r) => [r.kommungrupp_kod, r.kommungrupp]));
    expect((dataset.groups ?? []).map((g) => [g.id, g.name])).toEqual([...groups].sort(([a], [b]) => a.localeCompare(b)));
  });

  it("has 2019 results for exactly survey.participants (264) municipalities, and the ranks use them all", () => {
    expect(dataset.survey.participants).toBe(264);
    expect(dataset.municipalities.filter(has2019)).toHaveLength(264);
    const ranks = computeRanks(dataset, 2019);
    expect(ranks.size).toBe(264);
  });

  it("has the gaps it promises: no 2018 for some participants, null values, 2018-only and empty entries", () => {
    const participants = dataset.municipalities.filter(has2019);
    expect(participants.filter((m) => m.results["2018"] === undefined)).toHaveLength(8);
    const nulls = (year: string): number =>
      dataset.municipalities.flatMap((m) => Object.values(m.results[year] ?? {})).filter((v) => v === null).length;
    expect(nulls("2019")).toBe(7);
    expect(nulls("2018")).toBe(2);
    const others = dataset.municipalities.filter((m) => !has2019(m));
    expect(others.filter((m) => m.results["2018"] !== undefined)).toHaveLength(14);
    expect(others.filter((m) => Object.keys(m.results).length === 0)).toHaveLength(7);
    // Five took part 2014–2016 only.
    const dropouts = others.filter((m) => m.results["2018"] === undefined && Object.keys(m.results).length > 0);
    expect(dropouts.map((m) => Object.keys(m.results).sort().join())).toEqual(Array(5).fill("2014,2015,2016"));
  });

  it("has the years 2014–2019 for riket and every group, and history before 2018 with its own gaps", () => {
    for (const results of [dataset.national?.results ?? {}, ...(dataset.groups ?? []).map((g) => g.results)]) {
      expect(Object.keys(results).sort().reverse()).toEqual(YEARS);
    }
    const withPrev = dataset.municipalities.filter((m) => m.results["2018"] !== undefined);
    const yearsOf = (m: Municipality): string => EARLIER.filter((y) => m.results[y] !== undefined).join();
    const counts = new Map<string, number>();
    for (const m of withPrev) counts.set(yearsOf(m), (counts.get(yearsOf(m)) ?? 0) + 1);
    // All four earlier years for most, from 2016 for 10 late joiners, one year missing for 9.
    expect(counts.get("2017,2016,2015,2014")).toBe(withPrev.length - 19);
    expect(counts.get("2017,2016")).toBe(10);
    expect([...counts].filter(([k]) => k.split(",").length === 3).reduce((n, [, c]) => n + c, 0)).toBe(9);
    // The eight new in 2019 have no earlier years.
    const newcomers = dataset.municipalities.filter((m) => has2019(m) && m.results["2018"] === undefined);
    expect(newcomers.map((m) => Object.keys(m.results).join())).toEqual(Array(8).fill("2019"));
    const nulls = dataset.municipalities.flatMap((m) => EARLIER.flatMap((y) => Object.values(m.results[y] ?? {}))).filter((v) => v === null);
    expect(nulls).toHaveLength(3);
  });

  it("keeps every 2018 and 2019 value as it was when the file held those two years only", () => {
    // The releases read only the last two years; they must not change with the history.
    const raw = parse(source) as Dataset;
    const pick = (r: Results): Results =>
      Object.fromEntries(["2019", "2018"].filter((y) => r[y] !== undefined).map((y) => [y, r[y] ?? {}]));
    const all = {
      national: pick(raw.national?.results ?? {}),
      groups: Object.fromEntries((raw.groups ?? []).map((g) => [g.id, pick(g.results)])),
      municipalities: Object.fromEntries(raw.municipalities.map((m) => [m.code, pick(m.results)])),
    };
    const hash = createHash("sha256").update(JSON.stringify(all)).digest("hex");
    expect(hash).toBe("1ecaab37cf5ecdbdf037ae82e4082540235bcd3b2ebc8e98c98e77c6e696cc81");
  });

  it("has the time facts it is built for: long streaks both ways, records, ties, turnarounds, a streak broken by a gap", () => {
    const time = analyseTime(dataset);
    const series: SeriesTime[] = [...time.municipalities.values()].flatMap((m) => [...m.values()]);
    const count = (pred: (f: SeriesTime) => boolean): number => series.filter(pred).length;
    expect(count((f) => f.streak?.trend === "improving" && f.streak.steps === 5)).toBeGreaterThanOrEqual(5);
    expect(count((f) => f.streak?.trend === "declining" && f.streak.steps >= 4)).toBeGreaterThanOrEqual(4);
    expect(count((f) => f.record?.kind === "best")).toBeGreaterThan(0);
    expect(count((f) => f.record?.kind === "worst")).toBeGreaterThan(0);
    expect(count((f) => f.tie !== null)).toBeGreaterThan(0);
    expect(count((f) => f.turnaround?.trend === "improving" && f.turnaround.after >= 3)).toBeGreaterThanOrEqual(3);
    expect(count((f) => f.turnaround?.trend === "declining" && f.turnaround.after >= 3)).toBeGreaterThanOrEqual(2);
    expect(count((f) => f.firstYear === 2016)).toBeGreaterThan(0);
    // Better every year it has (five years, 2017 missing), yet no streak: the gap breaks it.
    const broken = dataset.municipalities.filter((m) => {
      const ys = Object.keys(m.results).sort();
      if (ys.join() !== "2014,2015,2016,2018,2019") return false;
      return dataset.indicators.some((ind) => {
        const vs = ys.map((y) => m.results[y]?.[ind.id]);
        const d = ind.better === "higher" ? 1 : -1;
        const same = (ind.thresholds?.change ?? dataset.thresholds.change).same;
        const rising = vs.every((v, i) => i === 0 || (typeof v === "number" && typeof vs[i - 1] === "number" && d * (v - (vs[i - 1] as number)) >= same));
        return rising && time.municipalities.get(m.code)?.get(ind.id)?.streak === null;
      });
    });
    expect(broken.length).toBeGreaterThanOrEqual(1);
    // Riket: the e-mail answers within a day have risen since 2014, strongly.
    expect(time.national.get("epost-en-dag")?.longRun).toMatchObject({ firstYear: 2014, changeClass: "strongly-improved" });
  });

  it("keeps the Huddinge example's survey, thresholds, indicators and Huddinge's own values", async () => {
    const huddinge = parse(await readFile("data/exempel/huddinge-2019.yaml", "utf8")) as Dataset;
    const { note, ...survey } = dataset.survey;
    expect(note).toBe(NOTE);
    expect(survey).toEqual(huddinge.survey);
    expect(dataset.thresholds).toEqual(huddinge.thresholds);
    expect(dataset.indicators).toEqual(huddinge.indicators);
    const norm = (r: Results): Record<string, Record<string, number | null>> =>
      Object.fromEntries(Object.entries(r).map(([y, v]) => [String(y), v]));
    const mine = dataset.municipalities.find((m) => m.code === "0126");
    const lastTwo = (r: Results): Results => ({ 2019: r["2019"] ?? {}, 2018: r["2018"] ?? {} });
    expect(mine && norm(lastTwo(mine.results))).toEqual(norm(huddinge.municipalities[0]?.results ?? {}));
    expect(Object.keys(mine?.results ?? {}).sort().reverse()).toEqual(YEARS);
    // Riket and the A2 group come out as in the Huddinge example.
    expect(norm(dataset.national?.results ?? {})["2019"]).toEqual(norm(huddinge.national?.results ?? {})["2019"]);
    expect(norm(dataset.national?.results ?? {})["2018"]).toEqual(norm(huddinge.national?.results ?? {})["2018"]);
    const a2 = dataset.groups?.find((g) => g.id === "A2");
    expect(a2 && norm(a2.results)["2019"]).toEqual(norm(huddinge.groups?.[0]?.results ?? {})["2019"]);
  });

  it("riket and every group are the rounded unweighted means of their members, per indicator and year", () => {
    const check = (members: Municipality[], results: Results, what: string): void => {
      for (const year of YEARS) {
        for (const ind of dataset.indicators) {
          const want = expectedMean(members.map((m) => m.results[year]?.[ind.id]), ind.unit);
          expect(results[year]?.[ind.id] ?? null, `${what} ${year} ${ind.id}`).toBe(want);
        }
      }
    };
    check(dataset.municipalities, dataset.national?.results ?? {}, "riket");
    expect(dataset.groups).toHaveLength(9);
    for (const g of dataset.groups ?? []) {
      const members = dataset.municipalities.filter((m) => m.group === g.id);
      expect(members.length, g.id).toBeGreaterThan(0);
      check(members, g.results, g.id);
    }
  });

  it("has plausible values with the spread a national summary needs (100s, ties, big changes)", () => {
    const participants = dataset.municipalities.filter(has2019);
    for (const ind of dataset.indicators) {
      for (const year of YEARS) {
        for (const m of dataset.municipalities) {
          const v = m.results[year]?.[ind.id];
          if (typeof v !== "number") continue;
          if (ind.unit === "percent") expect(Number.isInteger(v) && v >= 30 && v <= 100, `${m.code} ${ind.id} ${v}`).toBe(true);
          else expect(v >= 1 && v <= 30 && Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, `${m.code} ${ind.id} ${v}`).toBe(true);
        }
      }
    }
    const values2019 = (id: string): number[] =>
      participants.map((m) => m.results["2019"]?.[id]).filter((v): v is number => typeof v === "number");
    expect(values2019("epost-en-dag").filter((v) => v === 100)).toHaveLength(9);
    const ties = (vs: number[], pick: (xs: number[]) => number): number => vs.filter((v) => v === pick(vs)).length;
    expect(ties(values2019("tillganglighet"), (xs) => Math.min(...xs))).toBe(2);
    expect(ties(values2019("svar-pa-fragan"), (xs) => Math.max(...xs))).toBe(2);
    expect(ties(values2019("bemotande"), (xs) => Math.max(...xs))).toBe(3);
    expect(ties(values2019("epost-svarstid"), (xs) => Math.min(...xs))).toBe(2);
  });
});

describe("releases made from it", () => {
  let releases: GeneratedRelease[];
  beforeAll(async () => {
    const resources = await loadResources();
    const ranks = computeRanks(dataset, 2019);
    releases = dataset.municipalities.filter(has2019).map((m) => generateRelease(dataset, m, { resources, ranks, file: FILE }));
  });

  it("are made for all 264 participants, and each ends its fact box with the example-data note", () => {
    expect(releases).toHaveLength(264);
    for (const r of releases) {
      expect(r.composed.facts.at(-1), r.folder).toEqual({ text: NOTE, claims: ["survey.note"] });
      expect(r.claims.sentences.filter((s) => s.claims.includes("survey.note")), r.folder).toEqual([
        { text: NOTE, claims: ["survey.note"] },
      ]);
      const box = r.markdown.slice(r.markdown.indexOf("## Fakta om undersökningen"), r.markdown.indexOf("Källa:"));
      expect(box.trim().endsWith(NOTE), r.folder).toBe(true);
    }
  });

  it("never write 'detsamma som för både rikssnittet' or 'motsvarar ungefär' (a level comparison reads 'i nivå med både …'; 'nära' read as a different verdict, a later read)", () => {
    for (const r of releases) expect(r.markdown, r.folder).not.toMatch(/detsamma som för|motsvarar ungefär|ungefär som|är nära både/);
    expect(releases.some((r) => /är (i nivå med|ungefär samma nivå som) både/.test(r.markdown))).toBe(true);
  });

  it("give the group after a multiple of riket's time in a sentence of its own, never a second multiple in the same sentence (read Q: Tierp, Lerum)", () => {
    const sentences = releases.flatMap((r) => r.markdown.split(/(?<=\.)\s+/));
    // (Except two on either side of one fraction, "mindre än hälften … och drygt hälften så lång som …", which A/B read
    // AB38 preferred in one sentence in 12 of 12 pairs.)
    const straddle = /(?:mindre än|mer än|drygt|knappt|nästan|ungefär)? ?([a-zåäö ]+?) så lång som [^.]*\) och (?:mindre än|mer än|drygt|knappt|nästan|ungefär)? ?\1 så lång som/u;
    const two = sentences.filter((s) => /så lång som [^.]*\) och [^.]*så lång som/.test(s) && !straddle.test(s));
    expect(two).toEqual([]);
    // The group still gets its say, in words of a length for a shorter time: since read IK in riket's sentence
    // ("Dessutom är den kortare …" on its own read as machine-made), a length beside a multiple, not a second multiple.
    expect(sentences.some((s) => /så lång som (rikssnittet|snittet i riket|genomsnittet i riket) \(6\u00A0timmar\) och kortare än (snittet|genomsnittet)/.test(s))).toBe(true);
  });

  it("tell a response time that is a multiple of riket's with its subject, in the words of a length", () => {
    // Named, or "Den är …" right after a sentence about the response time (or after another "Den är …" that follows one).
    const isPronoun = (s: string): boolean =>
      /^(Men )?([Dd]en|[Tt]iden|([Ii]|[Ff]ör) [\p{L}-]+( [\p{L}-]+)? är den|Där(med)? är den|Likaså är den|Dessutom är den|Samtidigt är den|Jämfört med [^.]+ är den)\b/u.test(s) && !/^Den genomsnittliga svarstiden/.test(s);
    const times = releases.flatMap((r) => {
      const all = r.markdown.split(/(?<=\.)\**\s+/);
      const antecedent = (i: number): string => (i > 0 && isPronoun(all[i - 1] ?? "") ? antecedent(i - 1) : (all[i - 1] ?? ""));
      return all.flatMap((s, i) => (/så lång som/.test(s) ? [{ s, before: antecedent(i) }] : []));
    });
    expect(times.length).toBeGreaterThan(0);
    for (const { s, before } of times) {
      const pronoun = isPronoun(s);
      if (pronoun) expect(before, s).toMatch(/svarstid/i);
      else expect(s).toMatch(/svarstid/i);
      expect(s).not.toMatch(/motsvarar|så lång tid som|sämre än|bättre än/);
    }
  });
});
