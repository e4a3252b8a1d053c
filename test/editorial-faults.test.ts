// The smaller faults a blind editorial read found, one test each, named for the fault.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { computeRanks } from "../src/analyse/municipality.js";
import { generateRelease, loadResources } from "../src/kinds/municipality/release.js";
import { membersPhrase } from "../src/phrase/national-words.js";
import { surveyFacts } from "../src/phrase/compose.js";
import { keepNumberWithUnit, seasonOfWeeks } from "../src/phrase/swedish.js";
import { Dataset } from "../src/schema.js";

const NB = "\u00A0";
const bank = readFileSync("templates/fraser.yaml", "utf8");
const riketBank = readFileSync("templates/fraser-riket.yaml", "utf8");
const variants = (src: string): string[] => [...src.matchAll(/^\s+- "(.*)"$/gm)].map((m) => m[1] ?? "");
const example = Dataset.parse(parse(readFileSync("data/exempel/kkik-2019-alla.yaml", "utf8")));
const resources = await loadResources();

describe("clumsy wording is gone from the phrase banks", () => {
  it("no 'Det innebär ett resultat som är'", () => {
    expect(variants(bank).filter((v) => v.includes("innebär ett resultat"))).toEqual([]);
  });
  it("no 'stod still' and no 'blev {värde}'", () => {
    expect(variants(bank).filter((v) => /stod still|blev \{värde\}/.test(v))).toEqual([]);
  });
  it("'klart' is the comparison's word (the fact box defines it for gaps): a change 'förbättrades markant', never 'blev klart bättre' (read FH: Hylte)", () => {
    expect(variants(bank).filter((v) => /blev klart (bättre|sämre)/.test(v))).toEqual([]);
  });
  it("no official-speak for a municipality new in the data ('… kan inte jämföras med tidigare år') and no vague 'efter en nedgång sedan 2018' (read FH: Borgholm, Landskrona)", () => {
    expect(variants(bank).filter((v) => /kan inte jämföras|nedgång sedan \{fjol\}/.test(v))).toEqual([]);
  });
  it("no 'Gnosjö är med i mätningen 2019 men inte åren 2014–2018, så …' for a municipality new in the data (read KR: clumsy)", () => {
    expect(variants(bank).filter((v) => /är med i mätningen \{år\} men inte/.test(v))).toEqual([]);
  });
  it("riket: no 'Mellan de … skilde det från …'", () => {
    expect(variants(riketBank).filter((v) => /Mellan de \{antal\}/.test(v))).toEqual([]);
  });
  it("no variant of running text holds three figures", () => {
    const figures = /\{(värde|föregående|skillnad|riket|gruppen)\}/g;
    const bad = variants(bank).filter((v) => (v.split(/(?<=\.) /).some((s) => (s.match(figures)?.length ?? 0) > 2)));
    expect(bad).toEqual([]);
  });
});

describe("the fact box says when in natural Swedish", () => {
  it("'under vecka 41–46 hösten 2019', not 'vecka 41–46 2019'", () => {
    const texts = surveyFacts(example).map((s) => s.text);
    expect(texts).toContain("Mätningen gjordes under vecka 41–46 hösten 2019.");
  });
  it("names a season only when the weeks lie within one", () => {
    expect([seasonOfWeeks(41, 46), seasonOfWeeks(12, 20), seasonOfWeeks(20, 40), seasonOfWeeks(50, 2)]).toEqual(["hösten", "våren", undefined, undefined]);
  });
});

describe("a number from the data keeps its unit on the same line", () => {
  it("'inom 60 sekunder' gets a no-break space", () => {
    expect(keepNumberWithUnit("andelen som får kontakt inom 60 sekunder")).toBe(`andelen som får kontakt inom 60${NB}sekunder`);
    expect(keepNumberWithUnit("2 procent, 3 timmar och 1 arbetsdag")).toBe(`2${NB}procent, 3${NB}timmar och 1${NB}arbetsdag`);
    expect(keepNumberWithUnit("år 2019 var")).toBe("år 2019 var");
  });
});

describe("KKiK is spelled out where it first appears, headlines included", () => {
  it("no headline uses the short name alone", () => {
    const ranks = computeRanks(example, 2019);
    const bad = example.municipalities
      .filter((m) => m.results["2019"] !== undefined)
      .map((m) => generateRelease(example, m, { resources, ranks }).claims.headline)
      .filter((h) => h.includes("KKiK") && !h.includes("Kommunens Kvalitet i Korthet (KKiK)"));
    expect(bad).toEqual([]);
  });
});

describe("a reference value shared by riket and the group is said once", () => {
  it("'både riket och likvärdiga kommuner (84 procent)', not the figure twice", () => {
    const ds = structuredClone(example);
    for (const group of ds.groups ?? []) (group.results["2019"] as Record<string, number>)["bemotande"] = (ds.national?.results["2019"] as Record<string, number>)["bemotande"] ?? 0;
    // (The first municipality whose body compares bemötandet: after a lead that gave its side of riket, the body says
    // nothing more where the group is on the same side.)
    const ranks = computeRanks(ds, 2019);
    const s = ds.municipalities
      .filter((m) => m.results["2019"] !== undefined)
      .slice(0, 30)
      .map((m) => generateRelease(ds, m, { resources, ranks }).claims.sentences.find((x) => x.claims.includes("bemotande.vsGroup")))
      .find((x) => x !== undefined);
    expect(s?.text.match(/84\u00A0procent/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(s?.text).toMatch(/(både )?riket och likvärdiga kommuner|(både )?rikssnittet och snittet för likvärdiga kommuner|snittet för (både )?riket och likvärdiga kommuner/);
  });
});

describe("riket", () => {
  it("the fact box gives the searches per municipality, never as the survey's total ('Totalt gjordes 108 sökningar' beside 264 kommuner, read FI)", () => {
    const text = surveyFacts(example).map((s) => s.text).join(" ");
    expect(text).toContain(`Varje kommun fick 108${NB}sökningar via telefon och 108${NB}sökningar via e-post.`);
    expect(text).not.toMatch(/Totalt gjordes/);
    const total = Dataset.parse({ ...example, survey: { ...example.survey, searches: { total: 96 } } });
    expect(surveyFacts(total).map((s) => s.text)).toContain(`Varje kommun fick 96${NB}sökningar.`);
    const md = readFileSync("test/golden/riket-2019/pressmeddelande.md", "utf8");
    expect(md).toContain(`Varje kommun fick 108${NB}sökningar via telefon`);
  });
  it("counts a tie at the top in words: 'nio kommuner'", () => {
    const md = readFileSync("test/golden/riket-2019/pressmeddelande.md", "utf8");
    expect(md).toContain("100\u00A0procent, hade nio kommuner");
    expect(md).not.toMatch(/\b9 kommuner/);
  });
  it("quotes a group name with a comma, so a list of names cannot be misread", () => {
    const e = { value: 80, members: [{ name: "Landsbygdskommun, med besöksnäring" }, { name: "Storstäder" }] };
    expect(membersPhrase(e, "två kommungrupper")).toBe("”Landsbygdskommun, med besöksnäring” och Storstäder");
  });
});

describe("numbers in headlines (SPRAK.md: digits when the figures are the point)", () => {
  it("a change in points is written in digits, never 'elva procentenheter' (read FK: Danderyd)", () => {
    const ranks = computeRanks(example, 2019);
    const headlines = example.municipalities
      .filter((m) => m.results["2019"] !== undefined)
      .map((m) => generateRelease(example, m, { resources, ranks }).claims.headline);
    expect(headlines.filter((h) => /\b(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv) procentenhet(er)?\b/.test(h))).toEqual([]);
    expect(headlines).toContain("Danderyd: direktsvaren i telefon upp 11\u00A0procentenheter");
  });
});
