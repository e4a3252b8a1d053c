// The national summary (riket): the analysis as table tests, and the text for
// the scenarios an analyst will meet. The numbers of the fixture
// (test/fixtures/national/tolv-kommuner.yaml) are worked out by hand below.
import { analyseTime } from "../src/analyse/time.js";
import { planNationalStory, type TimeStory } from "../src/plan/national.js";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  analyseNational,
  countMovers,
  steadyRun,
  extreme,
  mean,
  rankValues,
  round1,
  type NationalFinding,
} from "../src/analyse/national.js";
import { generateNational, loadNationalResources, type GeneratedNational } from "../src/kinds/national/release.js";
import { parsePhraseBank, MIN_VARIANTS } from "../src/phrase/bank.js";
import { nationalSlotSpecs, sharePhrase } from "../src/phrase/national.js";
import { alikeCounts, membersPhrase, multiplePhrase } from "../src/phrase/national-words.js";
import { histogramBins, topBottom } from "../src/render/distribution.js";
import { Dataset } from "../src/schema.js";

const NB = "\u00A0";
const FIXTURE = "test/fixtures/national/tolv-kommuner.yaml";
const resources = await loadNationalResources();

function tolv(): Dataset {
  return Dataset.parse(parse(readFileSync(FIXTURE, "utf8")));
}

function finding(ds: Dataset, id: string): NationalFinding {
  const f = analyseNational(ds).findings.find((x) => x.indicator.id === id);
  if (!f) throw new Error(`no finding for ${id}`);
  return f;
}

const gen = (ds: Dataset): GeneratedNational => generateNational(ds, { resources, file: "data.yaml" });

/** The sentences of one indicator's section. */
function section(r: GeneratedNational, id: string): string {
  const i = r.composed.sectionIndicators.indexOf(id);
  return (r.composed.sections[i]?.sentences ?? []).map((s) => s.text).join(" ");
}

describe("building blocks", () => {
  it.each<[number, number]>([
    [84.18181818, 84.2],
    [72.25, 72.3],
    [6.583333, 6.6],
    [0.05, 0.1],
    [100, 100],
  ])("round1(%s) = %s", (x, expected) => expect(round1(x)).toBe(expected));

  it("mean is unweighted, rounded to one decimal, and null for no values", () => {
    expect(mean([90, 100, 98, 100, 70, 85, 100, 60, 60, 80, 88])).toBe(84.6);
    expect(mean([])).toBeNull();
  });

  it("rankValues: best first, ties share a position (1224), ties in Swedish name order", () => {
    const ranked = rankValues(
      [
        { code: "1", name: "Örebro", value: 90 },
        { code: "2", name: "Ale", value: 95 },
        { code: "3", name: "Åre", value: 90 },
        { code: "4", name: "Borås", value: 80 },
      ],
      "higher",
    );
    expect(ranked.map((r) => [r.name, r.position])).toEqual([
      ["Ale", 1],
      ["Åre", 2],
      ["Örebro", 2],
      ["Borås", 4],
    ]);
    const hours = rankValues(
      [
        { code: "1", name: "A", value: 5 },
        { code: "2", name: "B", value: 1 },
      ],
      "lower",
    );
    expect(hours.map((r) => r.name)).toEqual(["B", "A"]);
  });

  it("extreme names every member that shares the value, and only them", () => {
    const items = [
      { name: "Kävlinge", value: 94 },
      { name: "Höganäs", value: 94 },
      { name: "Lessebo", value: 18 },
      { name: "Skurup", value: 18.0000000001 },
      { name: "Falun", value: 50 },
    ];
    expect(extreme(items, "highest", (i) => i.name)).toEqual({ value: 94, members: ["Höganäs", "Kävlinge"] });
    expect(extreme(items, "lowest", (i) => i.name)).toEqual({ value: 18, members: ["Lessebo", "Skurup"] });
    expect(extreme([], "highest", (i: { name: string; value: number }) => i.name)).toBeNull();
  });

  it.each<[string, number, number, "higher" | "lower", { improved: number; declined: number; unchanged: number }]>([
    ["shares: a gain of exactly `same` counts", 82, 80, "higher", { improved: 1, declined: 0, unchanged: 0 }],
    ["shares: a loss below `same` does not", 78.5, 80, "higher", { improved: 0, declined: 0, unchanged: 1 }],
    ["hours: falling is improving", 2, 9, "lower", { improved: 1, declined: 0, unchanged: 0 }],
    ["hours: rising is declining", 12, 5, "lower", { improved: 0, declined: 1, unchanged: 0 }],
  ])("countMovers, %s", (_name, value, previous, better, expected) => {
    const t = better === "lower" ? { same: 1, strong: 8 } : { same: 2, strong: 10 };
    expect(countMovers([{ value, previous }], better, t)).toMatchObject({ compared: 1, ...expected });
  });

  it("alikeCounts: words for one to twelve, digits for all when one needs them", () => {
    expect(alikeCounts([10, 5, 1])).toEqual(["tio kommuner", "fem kommuner", "en kommun"]);
    expect(alikeCounts([240, 5, 1])).toEqual([`240${NB}kommuner`, `5${NB}kommuner`, `1${NB}kommun`]);
  });

  // The rule: n is the nearest whole; within 0,04 of n it is n plainly (5,95 read as "nästan sex" to a
  // reader, not "sex"), within 0,3 "nästan"/"drygt" n;
  // further off, the half between, with "nästan"/"drygt" unless within 1 % of it. Halves only below 12,5.
  it.each<[number, string]>([
    [2, "dubbelt så många"], // exactly n = 2
    [2.03, "dubbelt så många"], // 0,03 above 2: plainly
    [2.1, "drygt dubbelt så många"], // 0,1 above 2
    [2.25, "drygt dubbelt så många"], // 0,25 above 2
    [2.35, "nästan två och en halv gånger så många"], // 0,35 above 2: the half, 0,15 below it
    [2.5, "två och en halv gånger så många"], // the half exactly
    [131 / 36, "drygt tre och en halv gånger så många"], // 3,64: 0,36 below 4, 0,14 above 3,5
    [146 / 39, "nästan fyra gånger så många"], // 3,74: 0,26 below 4
    [3.97, "fyra gånger så många"], // 0,03 below 4
    [3.95, "nästan fyra gånger så många"], // 0,05 below 4
    [4.75, "nästan fem gånger så många"], // 0,25 below 5
    [113 / 19, "nästan sex gånger så många"], // 5,95: 0,05 below 6
    [6, "sex gånger så många"],
    [6.4, "nästan sex och en halv gånger så många"], // 0,4 above 6: the half, 0,1 below it
    [6.6, "drygt sex och en halv gånger så många"], // 0,4 below 7: the half, 0,1 above it
    [172 / 24, "drygt sju gånger så många"], // 7,17: 0,17 above 7
    [11.8, "nästan tolv gånger så många"], // 0,2 below 12
    [37.5, "nästan 38 gånger så många"], // no halves from 12,5: the nearest whole
  ])("multiplePhrase(%s): the nearest whole within 0,3, else the half", (ratio, expected) => {
    expect(multiplePhrase(ratio)).toBe(expected);
  });

  it("alikeCounts: a zero is said as 'ingen' and does not force digits", () => {
    expect(alikeCounts([8, 0, 6]).filter((_, i) => i !== 1)).toEqual(["åtta kommuner", "sex kommuner"]);
  });

  it("membersPhrase: up to four names, then a count", () => {
    const e = (names: string[]) => ({ value: 1, members: names.map((name, i) => ({ code: String(i), name })) });
    expect(membersPhrase(e(["Kramfors"]), "en kommun")).toBe("Kramfors");
    expect(membersPhrase(e(["Höganäs", "Kävlinge"]), "två kommuner")).toBe("Höganäs och Kävlinge");
    expect(membersPhrase(e(["A", "B", "C", "D"]), "fyra kommuner")).toBe("A, B, C och D");
    expect(membersPhrase(e(["A", "B", "C", "D", "E"]), "fem kommuner")).toBe("fem kommuner");
  });
});

describe("analyseNational on the twelve-municipality fixture", () => {
  const ds = tolv();
  const a = analyseNational(ds);

  it("holds every participant", () => {
    expect(a.complete).toBe(true);
    expect(a.withResults).toBe(12);
  });

  it("e-post inom en dag: riket's own average and change, ties at 100, a null never counted", () => {
    const f = finding(ds, "epost-en-dag");
    expect(f).toMatchObject({ average: 84, averageSource: "national", previousAverage: 80, change: 4, changeClass: "improved" });
    // Falun has no value for 2019: eleven municipalities.
    expect(f.count).toBe(11);
    expect(f.highest).toEqual({
      value: 100,
      members: [
        { code: "1480", name: "Göteborg" },
        { code: "1261", name: "Kävlinge" },
        { code: "1281", name: "Lund" },
      ],
    });
    expect(f.lowest?.members.map((m) => m.name)).toEqual(["Höganäs", "Lessebo"]);
    expect(f.reached100).toBe(3);
    // Both years: all but Falun (no 2019) and Lessebo (no 2018). +5 +5 +19 +10 +2 improved;
    // −5 −12 declined; 0 +1 0 unchanged.
    expect(f.movers).toMatchObject({ compared: 10, improved: 5, stronglyImproved: 2, declined: 2, stronglyDeclined: 1, unchanged: 3 });
    // Official group values: Större stad 100, Lågpendlingskommun nära större stad 60.
    expect(f.groups).toMatchObject({ source: "groups", best: { value: 100 }, worst: { value: 60 }, difference: 40 });
  });

  it("svarstid (hours, lower is better): best is lowest, and falling times count as improvements", () => {
    const f = finding(ds, "epost-svarstid");
    expect(f).toMatchObject({ average: 6, previousAverage: 7, change: -1, changeClass: "improved", reached100: null });
    expect(f.best?.value).toBe(1);
    expect(f.best?.members.map((m) => m.name)).toEqual(["Kävlinge", "Lund"]);
    expect(f.worst).toEqual({ value: 20, members: [{ code: "0980", name: "Gotland" }] });
    // −2 −7 −1 −9 improved (Lund strongly); +4 +7 +5 declined; the rest within 1 hour.
    expect(f.movers).toMatchObject({ compared: 12, improved: 4, stronglyImproved: 1, declined: 3, stronglyDeclined: 0, unchanged: 5 });
    // No group values in the data: each group's mean of its members; Större stad (Lund) 1, Mindre stad/tätort (6, 7, 20) 11.
    expect(f.groups).toMatchObject({ source: "participants", best: { value: 1 }, worst: { value: 11 }, difference: 10 });
  });

  it("more than four tied at the top are all members of the extreme", () => {
    const f = finding(ds, "tillganglighet");
    expect(f.best?.members).toHaveLength(5);
    expect(f.movers).toMatchObject({ improved: 4, declined: 5 });
  });

  it("an index: the participants' mean (no riket), no previous year, and no 100-count even at index 100", () => {
    const f = finding(ds, "bemotande");
    expect(f).toMatchObject({ averageSource: "participants", average: 84.2, previousAverage: null, change: null, changeClass: null });
    expect(f.highest?.value).toBe(100);
    expect(f.reached100).toBeNull();
    expect(f.movers).toBeNull();
    expect(f.count).toBe(11);
  });

  it("puts the most newsworthy channel first and picks the headline's angle", () => {
    const plan = planNationalStory(a, analyseTime(ds).national, new Set(["e-post", "telefon"]));
    expect([...new Set(plan.sections.map((s) => s.finding.indicator.channel))]).toEqual(["e-post", "telefon"]);
    // Telefon's bemötande has no change (no riket, no 2018): only e-post agrees throughout.
    expect(plan.angle).toMatchObject({ kind: "change", polarity: 1, strong: false, subject: { kind: "channels", channels: ["e-post"] } });
  });
});

describe("a dataset without riket", () => {
  const ds = tolv();
  delete ds.national;
  const a = analyseNational(ds);

  it("averages over the participants, both years, rounded to one decimal", () => {
    const f = finding(ds, "epost-en-dag");
    // 2019: 931 / 11 = 84,636…; 2018: 916 / 11 = 83,272…
    expect(f).toMatchObject({ average: 84.6, averageSource: "participants", previousAverage: 83.3, change: 1.3, changeClass: "unchanged" });
    expect(f.previousCount).toBe(11);
    // 2019: 79 / 12 = 6,58…; 2018: 82,5 / 12 = 6,875.
    expect(finding(ds, "epost-svarstid")).toMatchObject({ average: 6.6, previousAverage: 6.9, changeClass: "unchanged" });
    expect(a.findings).toHaveLength(4);
  });

  it("says so in the text and in the fact box, and never says riket", () => {
    const r = gen(ds);
    expect(r.markdown).not.toMatch(/\briket\b|rikssnitt/i);
    expect(r.markdown).toMatch(/bland de deltagande kommunerna/i);
    expect(r.markdown).toContain("Snitten är ovägda medelvärden av de deltagande kommunernas resultat.");
    expect(r.claims.indicators.every((i) => i.averageSource === "participants")).toBe(true);
    // Unchanged, but the most newsworthy: the lead gives both years.
    expect(r.composed.lead[0]?.text).toMatch(new RegExp(`^Bland de deltagande kommunerna [^.]*84,6${NB}procent[^.]* 2019`));
    expect(r.composed.lead[0]?.text).toContain(`83,3${NB}procent 2018`);
  });
});

describe("a dataset with neither riket nor a previous year", () => {
  const ds = tolv();
  delete ds.national;
  for (const m of ds.municipalities) delete m.results["2018"];
  const r = gen(ds);

  it("still produces a correct release: averages, highest and lowest, no change and no movers", () => {
    expect(r.claims.indicators.map((i) => [i.id, i.average, i.previousAverage, i.changeClass, i.improved])).toEqual([
      ["epost-en-dag", 84.6, null, null, null],
      ["tillganglighet", 55.1, null, null, null],
      ["bemotande", 84.2, null, null, null],
      ["epost-svarstid", 6.6, null, null, null],
    ]);
    expect(r.markdown).not.toMatch(/2018|förbättr|försämr|ökade|minskade|jämfört med/);
    expect(r.claims.headline).toMatch(/KKiK 2019/);
    // 661 / 12 = 55,08…
    expect(section(r, "tillganglighet")).toContain(`55,1${NB}procent 2019`);
  });
});

describe("a dataset that does not hold every participant", () => {
  const ds = tolv();
  ds.survey.participants = 264;
  const r = gen(ds);

  it("keeps riket's averages and changes, leaves out everything that needs every municipality, and warns", () => {
    expect(r.claims.complete).toBe(false);
    expect(r.claims.indicators.map((i) => i.id)).toEqual(["epost-en-dag", "tillganglighet", "epost-svarstid"]);
    for (const i of r.claims.indicators) {
      expect(i).toMatchObject({ count: null, highest: null, lowest: null, reached100: null, improved: null });
    }
    // Official group values remain (they are the data's own), computed ones do not.
    expect(r.claims.indicators.find((i) => i.id === "epost-en-dag")?.groups?.source).toBe("groups");
    expect(r.claims.indicators.find((i) => i.id === "epost-svarstid")?.groups).toBeNull();
    expect(r.markdown).not.toMatch(/Göteborg|Lessebo|kommuner som har/);
    expect(r.warnings.map((w) => w.ruleId)).toContain("national-incomplete");
  });

  it("refuses when there is then nothing to say", () => {
    delete ds.national;
    expect(() => gen(ds)).toThrow(/inget att sammanfatta för riket 2019/);
  });
});

describe("the text of the fixture's release", () => {
  const r = gen(tolv());
  const md = r.markdown;

  it("passes the guard and states each figure with its unit", () => {
    expect(md).not.toMatch(/undefined|NaN|null|\{|\}/);
    expect(md).not.toMatch(/ {2}/);
  });

  it("names ties together, counts more than four, and says 100 procent only for shares", () => {
    // At 100 percent: counted in words and, being few, named.
    expect(section(r, "epost-en-dag")).toContain(`Tre kommuner nådde 100${NB}procent: Göteborg, Kävlinge och Lund.`);
    expect(section(r, "epost-en-dag")).toContain(`Svagast resultat hade Höganäs och Lessebo (60${NB}procent).`);
    expect(section(r, "tillganglighet")).toMatch(new RegExp(`fem kommuner (\\(|med )70${NB}procent`));
    // One at the top: the second is named too; likewise at the bottom.
    expect(section(r, "bemotande")).toContain(`Göteborg (index${NB}100), följt av Höganäs (index${NB}95)`);
    expect(section(r, "bemotande")).toMatch(new RegExp(`Lessebo[^.]*index${NB}70[^.]*näst [^.]*Skurup[^.]*index${NB}75`));
    expect(section(r, "bemotande")).not.toMatch(/procent/);
    expect(section(r, "epost-svarstid")).not.toMatch(/procent/);
  });

  it("says how many municipalities improved and declined, direction-aware for hours; the thresholds once, in the fact box", () => {
    // Five against two: two and a half times as many, said as a multiple; the threshold is not in the sentence.
    const movers = (id: string): string =>
      r.composed.sections.flatMap((x) => x.sentences).find((x) => x.claims.includes(`${id}.improved`))?.text ?? "";
    // Not "gick framåt som bakåt" (reads BE, BF); the multiple stands for the smaller count: "fem … och två …, alltså
    // två och en halv gånger så många" was three figures in a sentence (read Q).
    // (Or both counts with "bara": "drygt sju gånger så många som de kommuner där det blev sämre" read as
    // machine-like, read AT.)
    // (Always the multiple: both counts alone left the proportion to the reader, reads JD and JE.)
    expect(movers("epost-en-dag")).toMatch(/^[^.]*fem kommuner[^.]*(,|–) två och en halv gånger så många som [^.]*\.$/);
    // Four against three is no story: the counts alone.
    expect(movers("epost-svarstid")).toMatch(/^(Jämfört med 2018 förbättrade fyra kommuner sitt resultat och tre kommuner försämrade det|Sedan 2018 har fyra kommuner förbättrat resultatet och tre kommuner försämrat det|Resultatet blev bättre i fyra kommuner och sämre i tre kommuner sedan 2018|Resultatet blev bättre i fyra kommuner och sämre i tre kommuner jämfört med 2018)\.$/);
    expect(section(r, "epost-en-dag") + section(r, "epost-svarstid")).not.toMatch(/minst|lika mycket/);
    expect(r.composed.facts.map((f) => f.text)).toContain(
      `En kommuns resultat räknas som bättre eller sämre än 2018 först när det har ändrats med minst 2${NB}procentenheter (för den genomsnittliga svarstiden för e-post minst 1${NB}timme).`,
    );
  });

  it("the svarstid's fall of one hour is an improvement, and lower is called better", () => {
    // "Den genomsnittliga svarstiden … i snitt" would say average twice; no "därmed".
    expect(section(r, "epost-svarstid")).toContain(`Den genomsnittliga svarstiden för e-post var 6${NB}timmar 2019, ner från 7${NB}timmar 2018.`);
    expect(r.markdown).not.toMatch(/därmed/);
    // Whichever variant: the lowest time is the best, the highest the weakest.
    expect(section(r, "epost-svarstid")).toMatch(new RegExp(`Kävlinge och Lund[^.]*1${NB}timme|1${NB}timme i Kävlinge och Lund`));
    expect(section(r, "epost-svarstid")).toMatch(/Bäst i landet var Kävlinge och Lund/);
    expect(section(r, "epost-svarstid")).toMatch(/(Sämst i landet|Svagast av alla) var Gotland/);
    expect(section(r, "epost-svarstid")).toMatch(new RegExp(`Gotland[^.]*20${NB}timmar|20${NB}timmar i Gotland`));
  });

  it("names the best and worst kommungrupp", () => {
    // Official group values: Större stad 100, Lågpendlingskommun nära större stad 60.
    expect(section(r, "epost-en-dag")).toContain(
      `Kommungrupperna skilde sig åt med 40${NB}procentenheter: bäst var gruppen Större stad, svagast gruppen Lågpendlingskommun nära större stad.`,
    );
    // Computed: Storstäder (84, 100) 92; Mindre stad/tätort (85, 78; Gotland has no value) 81,5.
    expect(section(r, "bemotande")).toContain(
      `Högst snitt hade gruppen Storstäder (index${NB}92) och lägst gruppen Mindre stad/tätort (index${NB}81,5).`,
    );
    // Not "Bland kommungrupperna hade grupperna …" (read JA).
    expect(section(r, "bemotande")).not.toMatch(/kommungrupperna (hade|låg) grupp/);
    // A time is shortest and longest (read IW: "det svagaste resultatet (7,2 timmar)"), and a name is a group's.
    const time = section(r, "epost-svarstid").split(/(?<=\.) /).find((t) => t.includes("gruppen")) ?? "";
    expect(time).toMatch(/kortast[^.]*gruppen [^.]*längst[^.]*gruppen /);
    expect(time).not.toMatch(/högst|lägst|svagaste/);
  });

  it("every generated sentence with a figure rests on claims", () => {
    for (const s of r.claims.sentences) {
      if (/\d/.test(s.text) && s.source !== "editorial") expect(s.claims, s.text).not.toEqual([]);
    }
    expect(r.claims.kind).toBe("national");
  });

  it("no variant is used twice", () => {
    expect(r.warnings.map((w) => w.ruleId)).not.toContain("phrase-bank-exhausted");
    const texts = r.claims.sentences.map((s) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("is the same text on a re-run", () => {
    expect(gen(tolv()).markdown).toBe(md);
  });
});

describe("kommungrupper close together", () => {
  it("a gap below the comparison threshold is not called best and worst, and decimals keep their units", () => {
    const ds = tolv();
    const groups = ds.groups ?? [];
    const svarstid = [5.9, 6.2, 6, 6.1, 6];
    groups.forEach((g, i) => {
      g.results["2019"] = { ...g.results["2019"], "epost-en-dag": 84 + (i % 3), "epost-svarstid": svarstid[i] ?? 6 };
    });
    const r = gen(ds);
    // Shares 84–86 (gap 2 < 3); hours 5,9–6,2 (gap 0,3 < 1).
    const groupText = (id: string): string =>
      r.composed.sections.flatMap((x) => x.sentences).filter((x) => x.claims.includes(`${id}.groups`)).map((x) => x.text).join(" ");
    // (The unit once, after the second figure, as in "(84 och 83 procent)": "låg tätt, från 83 procent till 85 procent"
    // read as a listing, read HP.)
    expect(groupText("epost-en-dag")).toMatch(new RegExp(`mellan 84 och 86${NB}procent\\.`));
    expect(groupText("epost-svarstid")).toMatch(new RegExp(`mellan 5,9 och 6,2${NB}timmar\\.`));
    expect(groupText("epost-en-dag")).not.toMatch(/bäst|svagast/);
    expect(r.claims.indicators.find((i) => i.id === "epost-svarstid")?.groups).toMatchObject({ source: "groups", difference: 0.3 });
  });
});

describe("editorial content from national.release", () => {
  it("without a quote: a placeholder and a warning, as for a municipality", () => {
    const ds = tolv();
    if (ds.national?.release) delete ds.national.release.quotes;
    const r = gen(ds);
    expect(r.composed.quotes).toEqual([
      {
        text: "[CITAT: Lägg till ett citat från en företrädare för Sveriges Kommuner och Regioner (SKR), med namn och titel.]",
        placeholder: true,
        section: 0,
      },
    ]);
    expect(r.markdown).toContain("\\[CITAT: Lägg till ett citat");
    expect(r.warnings).toContainEqual(
      expect.objectContaining({ ruleId: "no-quote", path: "national.release.quotes", severity: "warning", file: "data.yaml" }),
    );
  });

  it("without any release: placeholders for date, contacts and about, each with a warning", () => {
    const ds = tolv();
    if (ds.national) delete ds.national.release;
    const r = gen(ds);
    expect(r.composed.dateline).toBe("Pressmeddelande [DATUM]");
    expect(r.composed.sender).toBe("Sveriges Kommuner och Regioner (SKR)");
    expect(r.warnings.map((w) => w.ruleId).sort()).toEqual(["no-about", "no-contact", "no-date", "no-quote"]);
  });

  it("an editorial headline is used as written and marked as editorial in claims", () => {
    const ds = tolv();
    if (ds.national?.release) ds.national.release.headline = "Kommunerna svarar snabbare";
    const r = gen(ds);
    expect(r.claims.headline).toBe("Kommunerna svarar snabbare");
    expect(r.claims.sentences[0]).toEqual({ text: "Kommunerna svarar snabbare", claims: [], source: "editorial" });
  });
});

describe("the national phrase bank", () => {
  const source = readFileSync("templates/fraser-riket.yaml", "utf8");
  const { bank, messages } = parsePhraseBank(source, "templates/fraser-riket.yaml", nationalSlotSpecs());
  it("loads without problems and has at least three distinct variants everywhere", () => {
    expect(messages).toEqual([]);
    for (const slot of [...nationalSlotSpecs().keys()].filter((k) => !k.endsWith(".*"))) {
      const variants = bank?.slots.get(slot) ?? [];
      expect(variants.length, slot).toBeGreaterThanOrEqual(MIN_VARIANTS);
      expect(new Set(variants.map((v) => v.text)).size, slot).toBe(variants.length);
    }
  });
  it("never writes procent (index values) or mail, and never starts a sentence with a count", () => {
    for (const variants of bank?.slots.values() ?? []) {
      for (const v of variants) {
        expect(v.text).not.toMatch(/procent|\bmail/i);
        expect(v.text).not.toMatch(/^\{(antal|förbättrade|försämrade|bäst|sämst)\}/);
      }
    }
  });
});

describe("histogram bins", () => {
  it.each<[string, number[], "percent" | "hours" | "index", [string, number][]]>([
    [
      "shares in tens, the top bin holding 100",
      [60, 60, 70, 80, 85, 88, 90, 98, 100, 100, 100],
      "percent",
      [
        ["60–69", 2],
        ["70–79", 1],
        ["80–89", 3],
        ["90–100", 5],
      ],
    ],
    ["one value", [42], "percent", [["40–49", 1]]],
    [
      "hours in round widths",
      [1, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 20],
      "hours",
      [
        ["0–1", 2],
        ["2–3", 2],
        ["4–5", 2],
        ["6–7", 2],
        ["8–9", 1],
        ["10–11", 1],
        ["12–13", 1],
        ["14–15", 0],
        ["16–17", 0],
        ["18–19", 0],
        ["20–21", 1],
      ],
    ],
  ])("%s", (_name, values, unit, expected) => {
    const bins = histogramBins(values, unit);
    expect(bins.map((b) => [b.label.replace(/\u2013/g, "–"), b.count])).toEqual(expected);
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(values.length);
  });

  it("decimals say 'till under', in round widths", () => {
    const bins = histogramBins([2.5, 3.5, 6.5], "hours");
    expect(bins.map((b) => b.label)).toEqual([
      "2,5 till under 3",
      "3 till under 3,5",
      "3,5 till under 4",
      "4 till under 4,5",
      "4,5 till under 5",
      "5 till under 5,5",
      "5,5 till under 6",
      "6 till under 6,5",
      "6,5 till under 7",
    ]);
    expect(bins.map((b) => b.count)).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 1]);
  });

  it("topBottom groups ties into one row and shows everyone when there are few", () => {
    const values = rankValues(
      Array.from({ length: 14 }, (_, i) => ({ code: String(i), name: `K${String(i).padStart(2, "0")}`, value: i < 3 ? 100 : 90 - i })),
      "higher",
    );
    const { top, bottom } = topBottom(values, 5);
    expect(top.map((r) => [r.position, r.names.length])).toEqual([
      [1, 3],
      [4, 1],
      [5, 1],
    ]);
    expect(bottom.map((r) => r.position)).toEqual([10, 11, 12, 13, 14]);
    expect(topBottom(values.slice(0, 8), 5).bottom).toEqual([]);
  });
});

// ------------------------------------------------------------ time, told only where it holds

/** The fixture with riket's e-post series 2014–2019 replaced (null: no value that year). */
function withSeries(series: readonly (number | null)[]): Dataset {
  const ds = tolv();
  const results = ds.national?.results ?? {};
  series.forEach((v, i) => {
    const year = String(2014 + i);
    const row = { ...(results[year] ?? {}) };
    if (v === null) delete row["epost-en-dag"];
    else row["epost-en-dag"] = v;
    results[year] = row;
  });
  return ds;
}

describe("steadyRun: strict moves one way up to the survey year", () => {
  it.each<[string, Record<string, number | null>, ReturnType<typeof steadyRun>]>([
    ["every year up from the first", { 2014: 73, 2015: 75, 2016: 77, 2017: 78, 2018: 80, 2019: 84 }, { direction: "up", steps: 5, startYear: 2014, startValue: 73, fromFirst: true }],
    ["down, hours, however little", { 2016: 8.2, 2017: 7.9, 2018: 7.8, 2019: 6 }, { direction: "down", steps: 3, startYear: 2016, startValue: 8.2, fromFirst: true }],
    ["an equal value ends it", { 2015: 80, 2016: 85, 2017: 85, 2018: 86, 2019: 88 }, { direction: "up", steps: 2, startYear: 2017, startValue: 85, fromFirst: false }],
    ["a missing year ends it", { 2014: 70, 2015: 72, 2017: 74, 2018: 75, 2019: 76 }, { direction: "up", steps: 2, startYear: 2017, startValue: 74, fromFirst: false }],
    ["one step is no run", { 2017: 70, 2018: 75, 2019: 80 }, { direction: "up", steps: 2, startYear: 2017, startValue: 70, fromFirst: true }],
    ["a turn in the last step", { 2016: 70, 2017: 72, 2018: 75, 2019: 74 }, null],
    ["no value for the year", { 2017: 70, 2018: 75 }, null],
  ])("%s", (_name, values, expected) => {
    expect(steadyRun(values, 2019)).toEqual(expected);
  });
});

describe("riket's history in the text (findings → text)", () => {
  const sectionOf = (r: GeneratedNational): string => section(r, "epost-en-dag");
  const leadOf = (r: GeneratedNational): string => r.composed.lead.map((s) => s.text).join(" ");
  it.each<[string, (number | null)[], TimeStory, RegExp[], RegExp[]]>([
    [
      "up every year since the first (the streak of ≥ 2 is two steps): 'ökat varje år', no 'i rad', the record in the lead",
      [73, 75, 77, 78, 80, 84],
      { steady: true, streak: false, record: "clear" },
      [/varje år sedan (mätningen började )?2014|sedan mätningen började 2014 har snittet ökat varje år/i],
      [/i rad/],
    ],
    [
      "a fall, then three gains of at least `same`: 'tredje året i rad'",
      [70, 78, 75, 77, 79, 84],
      { steady: false, streak: true, record: "clear" },
      [/tredje året i rad/],
      [/varje år/i, /andra året/],
    ],
    [
      "a smaller rise before three of `same` or more counts too (the value rose every year since 2015): 'fjärde året i rad', no 'varje år sedan 2014'",
      [76, 74, 75, 77, 79, 84],
      { steady: false, streak: true, record: "clear" },
      [/fjärde året i rad/],
      [/tredje året i rad/, /varje år sedan (mätningen började )?2014/i],
    ],
    [
      "two steps only: never 'andra året i rad'",
      [90, 85, 80, 76, 78, 84],
      { steady: false, streak: false, record: null },
      [],
      [/i rad/, /varje år/i, /sedan mätningen började/],
    ],
    [
      // 83 → 84,5 is no change by the thresholds, and 0,5 over the old best is none either (a blind read).
      "a best by less than `same` in a year without a real change: level with the best, no record told",
      [84, 84, 83, 83, 83, 84.5],
      { steady: false, streak: false, record: null },
      [],
      [/bästa|rekord|högsta/],
    ],
    [
      "a missing year breaks the run",
      [73, 75, null, 78, 80, 84],
      { steady: false, streak: false, record: "clear" },
      [],
      [/varje år/i, /i rad/],
    ],
    [
      "a record by less than `same`, reached by a real rise: said with its margin in the body, not in the lead",
      [84, 84, 83, 83, 82, 84.5],
      { steady: false, streak: false, record: "marginal" },
      [new RegExp(`0,5${NB}procentenheter bättre än det tidigare rekordet|marginal på 0,5${NB}procentenheter|det tidigare rekordet är 0,5${NB}procentenheter`)],
      [],
    ],
  ])("%s", (_name, series, told, said, unsaid) => {
    const ds = withSeries(series);
    const r = gen(ds);
    const plan = r.plan.sections.find((s) => s.finding.indicator.id === "epost-en-dag");
    expect(plan?.told).toEqual(told);
    const text = `${leadOf(r)} ${sectionOf(r)}`;
    for (const re of said) expect(text).toMatch(re);
    for (const re of unsaid) expect(text).not.toMatch(re);
    if (told.record === "marginal") expect(leadOf(r)).not.toMatch(/sedan mätningen började/);
  });

  it("the tidsserier fixture: a counter in the lead, so the main finding's clear record waits for the body", () => {
    const ds = Dataset.parse(parse(readFileSync("test/fixtures/national/tidsserier.yaml", "utf8")));
    const r = gen(ds);
    expect(r.plan.lead.map((i) => [i.section.finding.indicator.id, i.role, i.time])).toEqual([
      ["bemotande", "main", null],
      ["epost-en-dag", "counter", null],
    ]);
    expect(section(r, "bemotande")).toMatch(/(sämsta resultatet (i alla mätningar|av alla år|i mätningarna) sedan 2014)|sämsta av alla år sedan 2014|svagaste i mätningarna sedan 2014/);
    // 2016 is missing: no run and no streak for bemötande.
    expect(r.plan.sections.find((s) => s.finding.indicator.id === "bemotande")?.told).toEqual({ steady: false, streak: false, record: "clear" });
    expect(section(r, "epost-svarstid")).toMatch(/varje år/i);
    expect(section(r, "epost-en-dag")).toMatch(/tredje året i rad/);
    // 60,5 → 61 procent, 2018 the old best: level with the best, not a record (analyse/time.ts, levelWithBest).
    expect(section(r, "tillganglighet")).toMatch(new RegExp(`61${NB}procent 2019`));
    expect(section(r, "tillganglighet")).not.toMatch(/bästa|rekord|högsta/);
  });
});

describe("the lead works alone (EDITORIAL.md §4, §9)", () => {
  it.each<[number, string]>([
    [80, `åtta av tio (80${NB}procent)`],
    [84, `84${NB}procent av dem`],
    [53, `drygt hälften (53${NB}procent) av dem`],
    [98, `nästan alla (98${NB}procent)`],
    [16, `16${NB}procent av dem`],
  ])("sharePhrase(%s) = %s", (v, expected) => expect(sharePhrase(v)).toBe(expected));

  it("the headline's measure in a reader's words from the bank, the count across measures, and the source", () => {
    const r = gen(tolv());
    const lead = r.composed.lead.map((s) => s.text);
    // Said of the questions, not of people: the survey sends test questions (a read found "84 procent av dem som
    // mejlade" suggested real residents).
    expect(lead[0]).toMatch(new RegExp(`^I riket (besvarade kommunerna i snitt 84${NB}procent av e-postfrågorna|fick i snitt 84${NB}procent av e-postfrågorna till kommunerna svar|svarade kommunerna i snitt på 84${NB}procent av e-postfrågorna)`));
    expect(lead[0]).not.toMatch(/mejlade|av dem som/);
    expect(lead[lead.length - 1]).toMatch(/^Resultaten kommer från|^Det (visar|framgår)/);
  });

  it("a measure without reader phrases (bygglov) keeps the plain lead", () => {
    const ds = Dataset.parse(parse(readFileSync("test/fixtures/national/bygglov.yaml", "utf8")));
    expect(gen(ds).composed.lead[0]?.text).toMatch(/andelen bygglovsbeslut som fattas inom tio veckor/);
  });

  it.each<[string, string, RegExp]>([
    // (Each of the four is at its best: the count says so, and the one that stood still in a sentence of its own.)
    ["one measure stayed: it is named", "data/exempel/kkik-2019-alla.yaml", /fyra av fem mått[^.]*(bästa hittills|nytt rekord|bästa (i alla mätningar|i mätningarna|i samtliga mätningar) sedan 2014)[^.]*\. Bara bemötandet i telefon (förbättrades inte|gick inte framåt|förändrades knappt)[^.]*svagaste/],
    ["better and worse", "test/fixtures/national/tidsserier.yaml", /på två av fyra mått och (sämre|försämrades) på ett|två av fyra mått blev rikets snitt bättre, på ett sämre/],
  ])("the count across measures stands in the lead, not the body: %s", (_name, file, expected) => {
    const r = gen(Dataset.parse(parse(readFileSync(file, "utf8"))));
    const summary = r.composed.lead.filter((s) => s.claims.includes("summary.changeClass"));
    expect(summary).toHaveLength(1);
    expect(summary[0]?.text).toMatch(expected);
    expect(r.composed.sections.flatMap((x) => x.sentences).filter((s) => s.claims.includes("summary.changeClass"))).toEqual([]);
  });
});

describe("the count's one exception at its worst", () => {
  it("is said without a direction: for a response time the worst is the highest ('sjönk till den lägsta' would be false)", () => {
    const bank = parsePhraseBank(readFileSync("templates/fraser-riket.yaml", "utf8"), "fraser-riket.yaml", nationalSlotSpecs()).bank;
    const texts = ["summary.more-improved.one-worst", "summary.more-improved.one-worst.again"].flatMap((slot) => (bank?.slots.get(slot) ?? []).map((v) => v.text));
    expect(texts).toHaveLength(6);
    expect(texts.filter((t) => /sjönk|steg|föll|lägsta|högsta/.test(t))).toEqual([]);
  });
});

describe("läsarfraser: a table of variants, checked like a slot", () => {
  const specs = nationalSlotSpecs();
  const base = readFileSync("templates/fraser-riket.yaml", "utf8");
  it("an entry needs three variants, and may use only {andel} and {värde}", () => {
    const two = base.replace(/(  bemotande:\n(?:    - .*\n){2})    - .*\n/, "$1");
    const reasons = (src: string): string[] => parsePhraseBank(src, "b.yaml", specs).messages.map((m) => `${m.path ?? ""}: ${m.reason}`);
    expect(reasons(two)).toContainEqual(expect.stringMatching(/^läsarfraser\.bemotande: behöver minst 3 varianter, har 2/));
    const token = base.replace("upplevde i snitt {andel} som ringde", "upplevde i snitt {ämne} som ringde");
    expect(reasons(token)).toContainEqual(expect.stringMatching(/^läsarfraser\.bemotande: okänd platshållare \{ämne\}/));
    const single = base.replace(/  bemotande:\n(?:    - .*\n){3}/, '  bemotande: "upplevde {andel} ett gott bemötande"\n');
    expect(reasons(single).filter((r) => r.startsWith("läsarfraser.bemotande:"))).toHaveLength(1);
    expect(parsePhraseBank(single, "b.yaml", specs).bank).toBeUndefined();
  });
  it("a channel in kanaler is still one term", () => {
    expect(parsePhraseBank(base, "b.yaml", specs).bank?.slots.get("kanaler.telefon")?.map((v) => v.text)).toEqual(["via telefon"]);
  });
});

describe("the count of records as the headline (reads JN, JO, JP: the headline missed 'rekord på fyra av fem, bemötandet sämst hittills')", () => {
  const example = (): GeneratedNational => gen(Dataset.parse(parse(readFileSync("data/exempel/kkik-2019-alla.yaml", "utf8"))));
  it("headlines four measures at riket's best yet and the one at its worst, and the plan records it", () => {
    const r = example();
    expect(r.plan.records?.improved.map((x) => x.finding.indicator.id).sort()).toEqual(["epost-en-dag", "epost-svarstid", "svar-pa-fragan", "tillganglighet"]);
    expect(r.plan.records?.worst.finding.indicator.id).toBe("bemotande");
    expect(r.composed.headline.text).toMatch(/^(Rekordsnitt på|Kommunerna slår rekord på|Bästa snittet hittills på) fyra av fem mått – men (bemötandet sämst hittills|inte för bemötandet)$/);
    expect(r.claims.plan.records).toEqual({ best: ["epost-en-dag", "epost-svarstid", "tillganglighet", "svar-pa-fragan"], worst: "bemotande" });
  });
  it("leaves the lead's first record to the count: the e-mail answers, the count and the source", () => {
    const lead = example().composed.lead.map((s) => s.text);
    expect(lead).toHaveLength(3);
    expect(lead.join(" ")).not.toMatch(/Årets snitt är det bästa/);
  });
  it("is not said where a measure declined or an improved one is not at its best (tolv kommuner)", () => {
    const r = gen(tolv());
    expect(r.plan.records).toBeUndefined();
    expect(r.composed.headline.text).not.toMatch(/rekord|Rekord|hittills/);
  });
});
