// The story choices added after the blind reads of issue 11, over every
// example release: counts as headlines, records by their figures, streaks
// that carry their value, one verdict for riket and the group when they are
// close, the degree word by the size of the gap, and headlines that read.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { Dataset } from "../src/schema.js";
import { generateRelease, type GeneratedRelease } from "../src/kinds/municipality/release.js";
import { comparePolarity, computeRanks } from "../src/analyse/municipality.js";
import { däremotDropped, däremotFirst, HEADLINE_BOTH_MAX, headlineName, HEIGHT_WORDS, oneI, onePa } from "../src/phrase/story.js";
import { capitalize, genitive } from "../src/phrase/swedish.js";
import { gradeDegree, relativeChange, sharedTimesWords } from "../src/phrase/relative.js";
import { exampleReleases } from "./helpers/example-releases.js";
import { sentenceViews } from "../src/render/claims-view.js";
import type { Sentence } from "../src/phrase/sentence.js";
import { MAX_APPROXIMATE, pairedFigures, underIngress } from "../src/phrase/compose.js";
import { LONG_SENTENCE } from "../src/phrase/sentence.js";
import { APPROXIMATED, formatValue } from "../src/phrase/swedish.js";

const { releases, dataset, resources } = await exampleReleases();
const body = (r: GeneratedRelease) => r.composed.sections.flatMap((s) => s.sentences);
/** The lead and the sections' sentences in order: since A/B read AB59 a record left for the ingress's length opens its section. */
const whole = (r: GeneratedRelease) => [...r.composed.lead, ...body(r)];
/** A share's rise in words (the bank's `change.share-words`, any of its ways): "… (72 procent) … , upp från 70 procent 2018". */
const shareRise = (value: number, previous: number): string => `[^.]*\\(${value}\u00A0procent\\)[^.]*, (?:upp från|en ökning från) ${previous}\u00A0procent 2018`;
const sectionText = (name: string, heading: string): string => named(name).composed.sections.find((x) => x.heading === heading)?.sentences.map((x) => x.text).join(" ") ?? "";
/**
 * `text` as a pattern in which the group is either word: a release says "kommungruppen" or "likvärdiga kommuner"
 * throughout, whichever it used first (reads JH and JI), so a test about something else does not pin it.
 */
const anyGroupWord = (text: string): RegExp => {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    escaped
      .replace(/(snittet|genomsnittet|och) (?:i kommungruppen|för likvärdiga kommuner)/gu, "$1 @@SNITT@@")
      .replace(/kommungruppen|likvärdiga kommuner/gu, "(?:kommungruppen|likvärdiga kommuner)")
      .replace(/@@SNITT@@/gu, "(?:i kommungruppen|för likvärdiga kommuner)"),
    "u",
  );
};
/** Each body sentence claiming `${id}.${claim}` whose next sentence compares the same measure with riket. */
const comparedAfter = (r: GeneratedRelease, claim: string): { id: string; next: Sentence }[] => {
  const list = body(r);
  return list.flatMap((s, i) => {
    const id = s.claims.find((c) => c.endsWith(`.${claim}`))?.split(".")[0];
    const next = list[i + 1];
    return id !== undefined && next?.claims.includes(`${id}.vsNational`) ? [{ id, next }] : [];
  });
};
/** The releases whose headline is the count against riket, with the count. */
const counts = () =>
  releases.flatMap((r) => {
    const summary = r.claims.plan?.angle === "summary" ? r.claims.plan.summary : undefined;
    return summary ? [{ r, summary }] : [];
  });
const named = (name: string) => releases.find((x) => x.municipality.name === name) as GeneratedRelease;
/**
 * The example data as it was until 2026-12-07, with a number in a measure's name ("inom 60 sekunder", now "inom en
 * minut": A/B read AB76): data of a user's own may still have one, and what a release does with it is tested here.
 */
const secondsData: Dataset = { ...dataset, indicators: dataset.indicators.map((i) => (i.id === "tillganglighet" ? { ...i, subject: i.subject.replace("inom en minut", "inom 60 sekunder") } : i)) };
const secondsRanks = computeRanks(secondsData, secondsData.survey.year);
const secondsReleases = secondsData.municipalities.filter((m) => m.results[String(secondsData.survey.year)] !== undefined).map((m) => generateRelease(secondsData, m, { resources, ranks: secondsRanks }));
const seconds = (name: string) => secondsReleases.find((x) => x.municipality.name === name) as GeneratedRelease;
/** Releases whose headline is no count (of measures against riket, of records). */
const uncounted = () => releases.filter((r) => !["summary", "records"].includes(r.claims.plan?.angle ?? ""));
const FIGURE = /\d+(,\d+)?\u00A0(procent|timm(e|ar)|minut(er)?|sekunder)/;

describe("counts as the headline (EDITORIAL.md §4)", () => {
  it("a summary headline states the count the claims hold", () => {
    const summaries = releases.filter((r) => r.claims.plan?.angle === "summary");
    expect(summaries.length).toBeGreaterThan(0);
    const words = ["noll", "ett", "två", "tre", "fyra", "fem"];
    for (const r of summaries) {
      const s = r.claims.plan?.summary;
      expect(s, r.municipality.name).toBeTruthy();
      if (!s) continue;
      // (The year's side after "men" compares with last year, not riket: read JJ, A/B read AB46.)
      const better = /bättre|slår|över/.test(r.claims.headline.split(/,? –? ?men /)[0] ?? "");
      const n = better ? s.better : s.worse;
      // A measure without a result: the count alone ("på tre mått"; read FH).
      const unmeasured = r.analysis.findings.length < 5;
      const said = unmeasured ? `på ${words[n]} mått` : n === s.total ? `alla ${words[s.total]}` : `${words[n]} av ${words[s.total]}`;
      expect(r.claims.headline, r.municipality.name).toContain(said);
      // All but one, or three with at most one the other way over a plain change the other way (read IZ: Norrtälje).
      const over = n >= 3 && (better ? s.worse : s.better) <= 1;
      expect(n >= s.total - 1 || over, r.municipality.name).toBe(true);
    }
  });

  it("takes the headline from a plain change the other way that leaves its measure level with riket, and the ingress tells the change (read IZ: Norrtälje scored 2)", () => {
    const r = named("Norrtälje");
    expect(r.claims.headline).toMatch(/^Norrtälje (bättre än riket|över rikssnittet|ligger bättre till än rikssnittet) på tre av fem mått$/);
    const ingress = r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text).join(" ");
    expect(ingress).toMatch(/gott bemötande via telefon minskade från 89\u00A0procent 2018 till 85\u00A0procent 2019/);
    // The one measure behind riket, not "Undantaget är …": bemötandet is level with riket, a second exception.
    expect(ingress).toMatch(/(Det enda måttet där Norrtälje ligger sämre till än riket är|Bara för|Norrtälje ligger sämre till än riket bara för) andelen som får ett direkt svar/);
    expect(ingress).not.toMatch(/Undantaget/);
    // Not where the change goes the count's way: Sölvesborg's e-mail answers up, better than riket on three of five.
    expect(named("Sölvesborg").claims.plan?.angle).not.toBe("summary");
    // The count's other releases keep their ingress: Ockelbo's rise to a best, worse than riket, stays under it.
    const ockelbo = named("Ockelbo").composed;
    expect(ockelbo.lead.slice(0, ockelbo.ingress).map((s) => s.text).join(" ")).not.toMatch(/inom en arbetsdag gick/);
  });

  it("a records headline counts exactly the indicators whose value is a strict record of that kind", () => {
    const records = releases.filter((r) => r.claims.plan?.angle === "records");
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      const best = /bästa|rekord/.test(r.claims.headline);
      const ids = r.claims.indicators.filter((i) => i.record?.kind === (best ? "best" : "worst")).map((i) => i.id);
      // A headline that also says a record the other way ("…, men bemötandet på sin sämsta nivå", read FW) names that
      // measure too, and only one.
      // (Or riket's side, which names no measure: "…, men efter riket på tre", read GK.)
      const riket = / men (sämre än riket|svagare än riket|under rikssnittet|efter riket)/.test(r.claims.headline);
      const other = r.claims.indicators.filter((i) => i.record?.kind === (best ? "worst" : "best") && / men /.test(r.claims.headline) && !riket).map((i) => i.id);
      const named = [...(r.claims.plan?.headline ?? [])].sort();
      expect(named.filter((id) => !other.includes(id)), r.municipality.name).toEqual([...ids].sort());
      expect(named.length - ids.length, r.municipality.name).toBe(/ men /.test(r.claims.headline) && !riket ? 1 : 0);
      expect(ids.length, r.municipality.name).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("records and streaks stand by their figures", () => {
  it("a record or streak sentence that opens its indicator's part of the body gives the value, unless the lead just did", () => {
    const bad = releases.flatMap((r) =>
      r.composed.sections.flatMap((sec) => {
        const out: string[] = [];
        let last = "";
        const inLead = new Set(r.composed.lead.flatMap((s) => s.claims.filter((c) => c.endsWith(".value")).map((c) => c.split(".")[0])));
        for (const s of sec.sentences) {
          const id = s.claims[0]?.split(".")[0] ?? "";
          const time = s.claims.some((c) => c.endsWith(".record") || c.endsWith(".streak"));
          if (time && id !== last && !inLead.has(id) && !FIGURE.test(s.text)) out.push(`${r.municipality.name}: ${s.text}`);
          last = id;
        }
        return out;
      }),
    );
    expect(bad).toEqual([]);
  });

  it("never 'ungefär samma nivå' or 'förändrades knappt' for a value that is a record", () => {
    const bad = releases.flatMap((r) =>
      body(r)
        .filter((s) => /samma nivå|förändrades knappt|i stort sett densamma|i nivå med \d/.test(s.text) && s.claims.some((c) => c.endsWith(".changeClass")))
        .filter((s) => {
          const id = s.claims[0]?.split(".")[0];
          // (A best by a hair over last year's, which was the old best, is told as the non-change it is, the
          // record after it: "förändrades knappt … Det räcker ändå till …s bästa resultat hittills" (later reads).)
          const told = r.claims.plan?.indicators?.find((x) => x.id === id)?.time?.some((t) => t.kind === "record" && !t.stale) ?? false;
          return r.claims.indicators.find((i) => i.id === id)?.record !== undefined && told;
        })
        .map((s) => `${r.municipality.name}: ${s.text}`),
    );
    expect(bad).toEqual([]);
  });
});

describe("comparisons", () => {
  it("a verdict said of both riket and the group is riket's verdict, the one the count across measures uses", () => {
    const bad = releases.flatMap((r) =>
      r.claims.sentences
        .filter((s) => s.claims.some((c) => c.endsWith(".vsGroup")))
        .flatMap((s) => {
          const id = s.claims.find((c) => c.endsWith(".vsNational"))?.split(".")[0];
          const cls = r.claims.indicators.find((i) => i.id === id)?.vsNational;
          if (!id || !cls) return [];
          const level = /(i nivå med|nära|samma nivå som) (både|snittet för både)/.test(s.text);
          const apart = /(bättre|sämre|längre|kortare|över|under) (än )?(både|snittet för både)/.test(s.text);
          return (level && cls !== "level") || (apart && cls === "level") ? [`${r.municipality.name} (${cls}): ${s.text}`] : [];
        }),
    );
    expect(bad).toEqual([]);
  });

  it("a reference the measure is level with is said as level, never folded into 'bättre än både …' (87 vs 86 read as false)", () => {
    const merged = releases.flatMap((r) =>
      r.claims.indicators.flatMap((i) => {
        const s = r.claims.sentences.find((x) => x.claims.includes(`${i.id}.vsGroup`) && x.claims.includes(`${i.id}.vsNational`));
        if (!s || i.vsNational === null || i.vsGroup === null || i.vsNational === i.vsGroup) return [];
        // Exactly one of them level: the sentence must not put both under one verdict.
        if ((i.vsNational === "level") === (i.vsGroup === "level")) return [];
        return /både/.test(s.text) && !/nivå med både|samma nivå som både/.test(s.text) ? [`${r.municipality.name} ${i.id}: ${s.text}`] : [];
      }),
    );
    expect(merged).toEqual([]);
  });

  it("the degree word follows the gap: 'långt' from twice `strong`, 'klart' below it, never a third word between", () => {
    expect(gradeDegree("Det är klart bättre än riket (60 procent).", 25, 10)).toBe("Det är långt bättre än riket (60 procent).");
    expect(gradeDegree("Det är mycket sämre än riket (60 procent).", 12, 10)).toBe("Det är klart sämre än riket (60 procent).");
    expect(gradeDegree("Svarstiden är betydligt längre än riket (6 timmar).", 3, 8)).toBe("Svarstiden är klart längre än riket (6 timmar).");
    // Two bands since reads BY, BZ and CB: "mycket bättre än rikssnittet (84 procent) och klart bättre än
    // kommungruppen (86 procent)" for gaps of 16 and 14 read as a difference that is not there.
    expect(gradeDegree("Det är mycket bättre än riket (60 procent).", 17, 10)).toBe("Det är klart bättre än riket (60 procent).");
    expect(gradeDegree("Det är långt bättre än riket (60 procent).", 17, 10)).toBe("Det är klart bättre än riket (60 procent).");
    expect(gradeDegree("Det är mycket sämre än riket (60 procent).", 26, 10)).toBe("Det är långt sämre än riket (60 procent).");
  });

  it("ranks are among the municipalities that took part, never 'landets 264 kommuner' (Sweden has 290)", () => {
    const all = releases.flatMap((r) => [r.claims.headline, ...r.claims.sentences.map((s) => s.text)]);
    expect(all.filter((t) => /landets \d+\u00A0kommuner|landets \d+ kommuner/.test(t))).toEqual([]);
    expect(all.some((t) => /kommuner(na)? (i kommungruppen )?som deltog/.test(t))).toBe(true);
  });
});

describe("headlines read", () => {
  it("one 'på' and one 'i': the municipality leads when the measure ends in 'i telefon'", () => {
    expect(onePa("Skinnskatteberg bäst i landet på svarstiden på e-post", "svarstiden på e-post")).toBe("Skinnskatteberg bäst i landet för svarstiden på e-post");
    expect(oneI("Stort lyft för tillgängligheten i telefon i Falkenberg", "Falkenberg")).toBe(
      "Falkenberg: stort lyft för tillgängligheten i telefon",
    );
    const headlines = releases.map((r) => r.claims.headline);
    expect(headlines.filter((h) => / på [^ ]+ på e-post| i telefon i /.test(h))).toEqual([]);
  });

  it("an ingress on two measures says which one a comparison is about, not 'Mönsterås resultat 2019 är …' (read LN)", () => {
    const c = named("Mönsterås").composed;
    const ingress = c.lead.slice(0, c.ingress).map((s) => s.text).join(" ");
    expect(ingress).toMatch(/kommunens sämsta nivå hittills\. Bemötandet i telefon är klart sämre än både riket/u);
    for (const r of releases) {
      const lead = r.composed.lead.slice(0, r.composed.ingress);
      if (new Set(lead.flatMap((s) => s.claims.map((x) => x.split(".")[0]).filter((x) => x !== "survey"))).size < 2) continue;
      expect(lead.map((s) => s.text).join(" "), r.municipality.name).not.toMatch(new RegExp(`(^|\\. )(Men )?${r.municipality.name}s? resultat 2019 (är|ligger) `, "u"));
    }
  });

  it("a turn to a bad place carries no rise in its clause, which softened the bad news; the section tells the rise (read LL: Ljungby)", () => {
    const c = named("Ljungby").composed;
    const ingress = c.lead.slice(0, c.ingress).map((s) => s.text).join(" ");
    expect(ingress).toMatch(/Men Ljungby hör till de tio sämsta i landet för andelen som upplever ett gott bemötande via telefon, med 71\u00A0procent 2019\./u);
    expect(ingress).not.toMatch(/även om|trots att/u);
    expect(sectionText("Ljungby", "Telefon")).toMatch(/Bemötandet i telefon förbättrades med 2\u00A0procentenheter/u);
    for (const r of releases) for (const s of r.composed.lead.slice(0, r.composed.ingress)) expect(s.text, r.municipality.name).not.toMatch(/^Men [^.]*(, även om|, trots att) /u);
  });

  it("a second best after a year that stood still says 'Också det', not 'Resultatet är ändå …' again in its paragraph (read LM: Åtvidaberg)", () => {
    expect(sectionText("Åtvidaberg", "E-post")).toMatch(/Resultatet är ändå det bästa hittills för Åtvidaberg\. [^]*Också det är Åtvidabergs bästa resultat hittills/u);
    for (const r of releases) {
      for (const x of [r.composed.lead, ...r.composed.sections.map((y) => y.sentences)]) {
        for (const kind of ["bästa", "sämsta"]) expect(x.filter((t) => new RegExp(`^Resultatet är ändå [^.]*${kind} hittills`, "u").test(t.text)).length, r.municipality.name).toBeLessThanOrEqual(1);
      }
    }
  });

  it("the ingress names the municipality officially at its first mention, not after its short name (read LL: Kungälv)", () => {
    const c = releases.find((r) => r.municipality.name === "Kungälv")!.composed;
    const ingress = c.lead.slice(0, c.ingress).map((s) => s.text).join(" ");
    expect(ingress).toMatch(/^Kungälvs kommun har sitt bästa resultat hittills på alla fem mått/);
    expect(ingress).toMatch(/delar Kungälv tredje sista plats/);
    for (const r of releases) {
      const lead = r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text).join(" ");
      const official = lead.indexOf(r.municipality.officialName);
      const opening = lead.search(new RegExp(`(^|\\. )${r.municipality.name} (?!kommun|stad)`, "u"));
      if (official >= 0 && opening >= 0 && r.municipality.officialName !== r.municipality.name) expect(official, r.municipality.name).toBeLessThan(opening);
    }
  });

  it("a response time's record side says long or short, never 'svarstiden sämst (bäst)' (read LL: Tibro) nor 'eget rekord' or 'rekordlång' (A/B read AB82)", () => {
    const headline = (n: string): string | undefined => releases.find((r) => r.municipality.name === n)?.claims.headline;
    expect(headline("Tibro")).toMatch(/svarstiden (längst hittills|längre än alla tidigare år)|(längsta|sämsta) svarstiden hittills/);
    // 14,1 timmar, its shortest yet, eighth from the bottom of the country: "eget rekord för svarstiden" left open which way.
    expect(headline("Klippan")).toMatch(/^Klippan: svarstiden kortast hittills – men /);
    // (Nor in a series that began late, `.since`: Färgelanda's and Nora's "eget rekord för svarstiden".)
    expect(releases.map((r) => r.claims.headline).filter((h) => /rekord(lång|kort)|eget rekord för svarstiden/u.test(h))).toEqual([]);
    expect(releases.map((r) => r.claims.headline).filter((h) => /svarstiden (sämst|bäst)(?!\p{L})/u.test(h))).toEqual([]);
  });

  it("a municipality with no earlier year says so in the lead, after its first news (a lead opening with a caveat read badly)", () => {
    const first = releases.filter((r) => r.analysis.findings.every((f) => f.previous === null) && r.claims.indicators.every((i) => Object.keys(i.series ?? {}).length <= 1));
    expect(first.length).toBeGreaterThan(0);
    for (const r of first) {
      const at = r.composed.lead.findIndex((s) => s.claims.length > 0 && s.claims.every((c) => c.endsWith(".previous") || c === "survey.year"));
      expect(at, r.municipality.name).toBeGreaterThan(0);
      // New in the survey, said as such, and true of the data: no earlier year for any measure since riket's first (sweep 4: Gnosjö).
      const text = r.composed.lead[at]?.text ?? "";
      // The years without results, said as such: "2019 är första året sedan 2014 som Järfälla är med" read as a return (read BS).
      expect(text, r.municipality.name).toMatch(/åren 2014–2018/);
      expect(text, r.municipality.name).not.toMatch(/sedan 2014/);
      expect(text, r.municipality.name).not.toMatch(/så inget jämförs/);
    }
  });

  it("says nothing of 'first time' when the data holds no earlier year for anyone (one year only): only that nothing is compared", () => {
    const only = (results: Record<string, Record<string, number | null>>) => ({ "2019": results["2019"] ?? {} });
    const one = {
      ...dataset,
      national: dataset.national ? { ...dataset.national, results: only(dataset.national.results) } : undefined,
      groups: dataset.groups?.map((g) => ({ ...g, results: only(g.results) })),
      municipalities: dataset.municipalities.map((m) => ({ ...m, results: only(m.results) })),
    };
    const m = one.municipalities.find((x) => x.name === "Gnosjö");
    if (!m) throw new Error("Gnosjö");
    const r = generateRelease(one, m, { resources, ranks: computeRanks(one, 2019) });
    const lead = r.composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/inga (tidigare resultat|resultat från tidigare år)/);
    expect(lead).not.toMatch(/första|ny i mätningen|förrän/);
  });
});

describe("two sides of equal strength (EDITORIAL.md §1, §2)", () => {
  const tight = (name: string): string => name.replace(/ (?:i|på|via|inom|för) .*$/, "");
  const both = releases.filter((r) => r.claims.plan?.angle === "both");
  const byName = (n: string): GeneratedRelease | undefined => releases.find((r) => r.municipality.name === n);

  it("a bad place and an equally strong good news on another measure: the headline says both, the bad side not dropped", () => {
    // Read and judged: each is true of the data (Kävlinge 71 % bemötande, among the ten weakest; direct answers 33 → 44 %).
    expect(byName("Kävlinge")?.claims.headline).toBe("Kävlinge: bemötandet nära botten, men direktsvaren lyfter kraftigt");
    // "sista plats", not "jumboplats", in a municipality's own release (read BG: Storuman).
    // (Since read IL the shared second place with its number: "i toppskiktet" understated it.)
    expect(byName("Hjo")?.claims.headline).toMatch(/^Hjo: (sista plats för direktsvaren|direktsvaren sämst i landet) – men tillgängligheten på delad andra plats$/);
    expect(releases.map((r) => r.claims.headline).filter((h) => /jumbo/i.test(h))).toEqual([]);
    // Both sides, whichever comes first (a top-ten place now weighs as much as a bottom-ten one).
    // (Since read IL the eighth place with its number: "i landets topp" overstated it.)
    expect(byName("Ale")?.claims.headline).toMatch(/^Ale – (e-postsvaren (i bottenskiktet|nära botten), men \S+ åttonde bäst i landet|\S+ åttonde bäst i landet, men e-postsvaren (i bottenskiktet|nära botten))$/);
  });

  it("a long run down to a record low is the other side of a strong rise, whatever its last step (read IY: Härryda scored 3)", () => {
    // Härryda: direct answers 34 → 45 %; bemötandet 88 % in 2014, down four years running to 78 %, its lowest yet.
    const r = byName("Härryda");
    expect(r?.claims.plan?.angle).toBe("both");
    expect(r?.claims.headline).toMatch(/direktsvaren/);
    expect(r?.claims.headline).toMatch(/, men bemötandet/);
  });

  it("a record by a point is a side by its step, and a larger step the other way is the other side (read JA: Sollentuna scored 3)", () => {
    // Sollentuna: bemötandet 85 → 79 procent, its lowest by a point; tillgängligheten 48 → 57 procent, its best.
    const r = byName("Sollentuna");
    expect(r?.claims.plan?.angle).toBe("both");
    expect(r?.claims.headline).toMatch(/bemötandet (försämras|sämre|backar|tappar)[^,]*, men tillgängligheten/);
    // The headline says no record: the lead tells it, with its margin and its years (2016–2019).
    expect(r?.claims.headline).not.toMatch(/hittills|rekord|sämsta/);
    expect(r?.composed.lead.map((s) => s.text).join(" ")).toMatch(/sämsta resultat i mätningarna 2016–2019, 1\u00A0procentenhet under/);
  });

  it("every two-sided headline names both measures of the plan, in the lead's order, and the lead tells both", () => {
    expect(both.length).toBeGreaterThanOrEqual(20);
    const told = both.filter((r) => /– men|, men /.test(r.claims.headline));
    // A few do not fit 70 characters and keep the first side's headline; the lead still says both.
    expect(told.length).toBeGreaterThanOrEqual(Math.ceil(0.8 * both.length));
    for (const r of told) {
      const ids = r.claims.plan?.headline ?? [];
      // (By the tight name in the data where the headline has it: "e-postsvar inom en dag".)
      const names = (id: string): string[] => {
        const ind = r.analysis.findings.find((f) => f.indicator.id === id)?.indicator;
        return [ind?.tight ?? "\u0000", tight(ind?.short ?? "")];
      };
      const shorts = ids.map((id) => names(id).find((n) => r.claims.headline.toLowerCase().includes(n)) ?? tight(""));
      const at = shorts.map((s) => r.claims.headline.toLowerCase().indexOf(s));
      expect(at.every((x) => x >= 0), `${r.claims.headline} / ${shorts.join(", ")}`).toBe(true);
      expect([...at].sort((a, b) => a - b), r.claims.headline).toEqual(at);
      const leadIds = (r.claims.plan?.lead ?? []).map((i) => i.id);
      for (const id of ids) expect(leadIds, r.municipality.name).toContain(id);
      // (Up to 76 where the sides point opposite ways, rather than one side alone: Torsås, read CE.)
      expect(r.claims.headline.length).toBeLessThanOrEqual(76);
    }
  });

  it("a time is never 'under' or 'över' riket in a headline (shorter is better): it is 'kortare' or 'längre' (later reads asked for that over 'sämre')", () => {
    // (Riket once: "direktsvaren bättre än riket – men svarstiden längre", reads AT and AX.)
    expect(byName("Arjeplog")?.claims.headline).toMatch(/^Arjeplog: direktsvaren bättre än (riket|rikssnittet|snittet) – men svarstiden (är |i stället )?längre$/);
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/svarstiden (under|över)/);
  });

  it("a change on a measure riket still puts far on the other side: the lead says so", () => {
    // Höganäs: 42 → 46 %, its best yet, against riket's 60 % and the group's 59 % (the record does not hide the gap).
    // (The headline is e-post's fifth rise in a row, 80 % against riket's 84: a run just behind riket is news, read BL.)
    const r = byName("Höganäs");
    expect(r?.claims.headline).toBe("Höganäs förbättrar e-postsvaren inom en arbetsdag för femte året i rad");
    expect(r?.composed.lead.find((s) => s.text.includes("till 46"))?.text).toMatch(/till 46\u00A0procent 2019, men är (fortfarande|fortsatt|ändå) klart sämre än rikssnittet(?: \([^)]*\))?\./);
    // The run it headlines says riket's side in the lead too (reads FI and FK: only the body said it).
    expect(r?.composed.lead.slice(0, 2).map((s) => s.text).join(" ")).toMatch(/femte i rad, men e-postsvaren(?: inom en arbetsdag)? är (fortfarande|fortsatt) sämre än rikssnittet/);
  });
});

describe("the count across measures opens the body (EDITORIAL.md §4)", () => {
  it("is the body's first paragraph; under a count headline the lead opens with it and the survey in one sentence", () => {
    let moved = 0;
    for (const r of releases) {
      const inLead = r.composed.lead.some((s) => s.claims.includes("summary.vsNational"));
      const inIntro = (r.composed.intro ?? []).some((s) => s.claims.includes("summary.vsNational"));
      if (r.claims.plan?.summary === null) continue;
      const counted = r.claims.plan?.angle === "summary";
      // (Or as the turn of a count of records over a year still behind riket on most measures: Karlskoga, read CV.)
      const turned = r.composed.lead.some((s) => s.claims.includes("summary.vsNational") && /^(Men|Ändå) /.test(s.text));
      expect(inLead, r.municipality.name).toBe(counted || turned);
      // First, after "Mätningen 2019 är den första …" where there is no earlier year.
      const opening = r.composed.lead.find((s) => !s.claims.every((c) => c.endsWith(".previous")));
      if (counted) expect(opening?.claims, r.municipality.name).toEqual(["summary.vsNational", "survey.name", "survey.year"]);
      expect(inIntro || inLead, r.municipality.name).toBe(true);
      if (inIntro) {
        moved++;
        const md = r.markdown;
        const intro = r.composed.intro?.[0]?.text ?? "";
        // Between the lead and the first section heading.
        expect(md.indexOf(intro), r.municipality.name).toBeLessThan(md.indexOf("\n## "));
        expect(md.indexOf(intro), r.municipality.name).toBeGreaterThan(md.indexOf("**\n"));
      }
    }
    expect(moved).toBeGreaterThan(100);
  });
});

describe("after the blind reads of this round", () => {
  const byName = (n: string): GeneratedRelease | undefined => releases.find((r) => r.municipality.name === n);

  it("records by a hair do not make a count headline (Munkedal: two of its four records are by one point); its two strong rises lead", () => {
    const r = byName("Munkedal");
    expect(r?.claims.plan?.angle).not.toBe("records");
    const lead = r?.composed.lead ?? [];
    expect(lead.some((s) => s.claims.includes("epost-en-dag.changeClass"))).toBe(true);
    expect(lead.some((s) => s.claims.includes("svar-pa-fragan.changeClass"))).toBe(true);
  });

  it("a count of records opening the lead leaves room for two facts besides its strong changes and places, and the news that turns", () => {
    for (const r of releases.filter((x) => x.claims.plan?.angle === "records")) {
      const items = r.claims.plan?.lead ?? [];
      // Places in the group are said beyond the lead's facts (nothing hidden, §3).
      // So is a run over the whole series (five steps).
      const whole = (id: string): boolean => (r.claims.indicators.find((x) => x.id === id)?.streak?.steps ?? 0) >= 5;
      const facts = items.filter((i) => i.fact !== "group-first" && i.fact !== "group-last" && !(i.fact === "streak" && whole(i.id)));
      const extra = facts.filter((i, k) => k >= 2 && !["strong-change", "first", "shared-first", "last", "bottom-three", "top-ten", "bottom-ten"].includes(i.fact));
      expect(extra.length, r.municipality.name).toBeLessThanOrEqual(1);
      if (extra.length === 1) expect(r.composed.lead.map((s) => s.text).join(" "), r.municipality.name).toMatch(/\b(Men|men|Däremot|däremot|Samtidigt|fortfarande)\b/);
    }
  });

  it("a decline on a measure still better than riket says so in the lead (and the reverse); the headline only when riket is far (Arvika)", () => {
    // Arvika: 68 → 63 % against 60 % for riket and the group: 3 points ahead, so the headline does not say riket.
    const r = byName("Arvika");
    // Since reads KW and KZ (2 each: the fall alone read as a negative angle on a mixed year) with the direct answers'
    // best yet after a third rise, the lead's counterweight, as its other side.
    expect(r?.claims.headline).toMatch(/^Arvika: (tillgängligheten backar|bakslag för tillgängligheten|tillgängligheten sämre än året innan)( –|,) men direktsvaren (bäst hittills|på sin bästa nivå hittills)$/u);
    // Since read JH (scored it 2 with the direct answers' best yet in the body) the lead turns to that record instead,
    // and riket's side of the fall opens the Telefon section: beside a record the other way, "men fortfarande något
    // bättre" softened the fall twice (withoutSoftening). A decline with no such turn keeps it (the loop above).
    expect(r?.composed.lead[1]?.text).toMatch(/^Men andelen som får ett direkt svar/);
    expect(r?.composed.sections[0]?.sentences[0]?.claims).toContain("tillganglighet.vsNational");
  });

  it("the lead names the first year a record reaches back to once; a second record is 'hittills', with riket's context", () => {
    for (const r of releases) {
      const lead = r.composed.lead.map((s) => s.text).join(" ");
      expect((lead.match(/(i alla mätningar|i samtliga mätningar|av alla år|i mätningarna( för \S+)?|i någon mätning|i (alla )?\S+ mätningar) sedan \d{4}/g) ?? []).length, r.municipality.name).toBeLessThanOrEqual(1);
    }
    // (As a second record after a first said "Det är …": "Osbys resultat är därmed …", read AT.)
    expect(byName("Osby")?.composed.lead.map((s) => s.text).join(" ")).toMatch(/(Det är Osbys bästa resultat hittills|Osbys resultat är därmed det bästa hittills), men (alltjämt|fortsatt) sämre än rikssnittet(?: \([^)]*\))?\./);
  });

  it("a value equal to one of two references is 'i nivå med', never 'nära' (6 timmar against riket's 6)", () => {
    for (const r of releases) {
      for (const s of r.claims.sentences) {
        const m = /(\d+(?:,\d+)?)\u00A0timm\w* \d{4}.*nära både (?:riket|rikssnittet|snittet i riket|genomsnittet i riket) \((\d+(?:,\d+)?)\u00A0timm/.exec(s.text);
        if (m) expect(m[1], s.text).not.toBe(m[2]);
      }
    }
    expect(byName("Vetlanda")?.markdown).toMatch(/(i nivå med|ungefär lika lång som) både (rikssnittet|snittet i riket|genomsnittet i riket) och [^()]+ \(6 och [\d,]+\u00A0timmar\)/);
  });
});

describe("words of height never describe a response time (lower is better)", () => {
  it("no headline lifts, drops or sends a response time up or down ('Övertorneå lyfter svarstiden' read as longer)", () => {
    const near = /(lyft|tapp)\w* (för|i) svarstiden|svarstiden (lyfter|tappar|backar|fortsätter (uppåt|nedåt))|(lyfter|tappar i|backar i) svarstiden/i;
    const bad = releases.filter((r) => near.test(r.claims.headline)).map((r) => r.claims.headline);
    expect(bad).toEqual([]);
    // Read and judged: 9,4 → 7,1 timmar is an improvement, said as one, and riket's 6 timmar is still shorter.
    // A time's side of riket is "längre", never "sämre" (Kalmar, Övertorneå: a sweep).
    // A time gets shorter, not "bättre" or "sämre" (Södertälje's "svarstiden blir sämre", read BK).
    // (Riket's 6 timmar is 1,1 timmar shorter, not far: the headline tells the change alone, the lead riket.)
    // (Any of headline.measure.improved's variants; "lyfter" is no longer one of them, read AL.)
    expect(releases.find((r) => r.municipality.name === "Övertorneå")?.claims.headline).toMatch(/^(Övertorneå förbättrar svarstiden på e-post|Övertorneå: förbättring för svarstiden på e-post|Framsteg för svarstiden på e-post i Övertorneå)$/);
    expect(releases.map((r) => r.claims.headline).filter((h) => /svarstiden (blir (sämre|bättre)|förbättras|försämras)/.test(h))).toEqual([]);
  });
});

describe("the third round of blind reads", () => {
  it("a lead that turns from good to bad news on another measure (or back) marks the turn", () => {
    type Claims = GeneratedRelease["claims"];
    const polarity = (r: Claims, id: string, fact: string): number => {
      const i = r.indicators.find((x) => x.id === id);
      if (!i) return 0;
      if (["first", "shared-first", "top-ten"].includes(fact)) return 1;
      if (["last", "bottom-three", "bottom-ten"].includes(fact)) return -1;
      if (fact === "change" || fact === "strong-change") return /improved/.test(i.changeClass ?? "") ? 1 : /declined/.test(i.changeClass ?? "") ? -1 : 0;
      if (fact === "record") return i.record?.kind === "best" ? 1 : -1;
      if (fact === "gap") return /better/.test(i.vsNational ?? "") ? 1 : /worse/.test(i.vsNational ?? "") ? -1 : 0;
      return 0;
    };
    let turns = 0;
    for (const r of releases) {
      const items = r.claims.plan?.lead ?? [];
      const first = items[0];
      const p = first ? polarity(r.claims, first.id, first.fact) : 0;
      const turn = items.findIndex((i) => i.id !== first?.id && polarity(r.claims, i.id, i.fact) === -p);
      if (!first || p === 0 || turn < 0) continue;
      // The first measure's own context turned already ("Det är sämre än riket"): the next news needs no "Men".
      if (items.slice(0, turn).some((i) => polarity(r.claims, i.id, i.fact) === -p)) continue;
      // Nor when an earlier measure already moved the same way (Tranås: bemötande near the bottom but rising).
      const dir = (id: string): number => polarity(r.claims, id, "change");
      if (items.slice(0, turn).some((i) => dir(i.id) === -p)) continue;
      // Nor a comparison right after a measure that stood still: "låg kvar på 47 procent. Men …" had nothing to
      // turn from (three later reads: Vimmerby, Storfors, Umeå); "Det är klart sämre …" turns by its own words.
      const turning = items[turn];
      const cls = r.claims.indicators.find((x) => x.id === turning?.id)?.changeClass;
      if (turning?.fact === "gap" && (cls === "unchanged" || cls === null)) continue;
      turns++;
      const lead = r.composed.lead.map((s) => s.text).join(" ");
      // A count's exception turns it by its own words ("Undantaget är …", "Det enda måttet där … sämre").
      // ("Trots det är resultatet fortfarande …" turns by its own words: "Men trots det" said it three times, read AN.)
      expect(lead, r.municipality.name).toMatch(/\b(Men|men|däremot|Däremot|samtidigt|Samtidigt|Undantaget|Det enda måttet|Trots det)\b/);
    }
    expect(turns).toBeGreaterThan(30);
  });

  it("a place among the ten best is said as the place ('femte bästa'), not 'bland de tio bästa'", () => {
    const vague = releases.flatMap((r) => [r.claims.headline, ...r.claims.sentences.map((s) => s.text)].filter((t) => /tio bästa|tio i topp/.test(t)));
    expect(vague).toEqual([]);
    expect(releases.find((r) => r.municipality.name === "Enköping")?.markdown).toMatch(/femte (bästa|plats|bäst)/);
  });

  it("turnaround sentences stand alone or follow their change; no 'En period av … bröts' or 'går åt fel håll'", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/En period av|åt (fel|rätt) håll|I dag är den|Den är nu/);
  });
});

describe("records are the story a reader looks for", () => {
  const byName = (n: string): GeneratedRelease | undefined => releases.find((r) => r.municipality.name === n);

  it("a response time that beat its earlier best by a quarter is a clear record, whatever the hours (Säffle 4,2 → 3,3 timmar)", () => {
    const r = byName("Säffle");
    // Still the lead's first news; the headline is its side of riket, since the year's step (0,9 timmar) is
    // no change by the thresholds (two later reads on Vimmerby's like case: see narrowBest).
    expect(r?.claims.plan?.angle).toBe("compare");
    expect(r?.claims.plan?.lead[0]).toEqual({ id: "epost-svarstid", fact: "record" });
  });

  it("a record outranks a change of a few points on another measure (Vimmerby: 1,7 timmar, its best, over +7 points on a measure below riket)", () => {
    const r = byName("Vimmerby");
    // The measure still leads; two later reads (3 and 2) found "slår eget rekord" over 0,4 timmar misleading
    // and asked for the level against riket: the headline says that, the lead the record with its margin.
    expect(r?.claims.plan?.angle).toBe("compare");
    expect(r?.claims.headline).toMatch(/svarstiden på e-post/);
    expect(r?.claims.headline).not.toMatch(/rekord|bäst|hittills/);
    const lead = r?.composed.lead.map((x) => x.text).join(" ") ?? "";
    // The old best was last year's 2,1, which the sentence before gave: the record adds nothing to it.
    expect(lead).toMatch(/mot 2,1\u00A0timmar 2018(?:, (?:visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)(?: 2019)?)?\. Det är Vimmerbys bästa resultat[^.]*sedan[^.]*2014\./);
    expect(lead).toMatch(/6\u00A0timmar/);
  });
});

describe("a record headline is told in the lead", () => {
  it("the lead says the record the headline names, also when the records are counted (Öckerö)", () => {
    const records = releases.filter((r) => r.claims.plan?.angle === "time" && r.claims.plan.lead[0]?.fact === "record");
    expect(records.length).toBeGreaterThan(20);
    for (const r of records) {
      const lead = r.composed.lead.map((s) => s.text).join(" ");
      const id = r.claims.plan?.lead[0]?.id ?? "";
      const said = r.composed.lead.some((s) => s.claims.includes(`${id}.record`));
      expect(said, `${r.municipality.name}: ${lead}`).toBe(true);
    }
  });
});

describe("the fourth round of blind reads", () => {
  const byName = (n: string): GeneratedRelease | undefined => releases.find((r) => r.municipality.name === n);
  const all = (r: GeneratedRelease | undefined): string => [...(r?.composed.lead ?? []), ...(r?.composed.intro ?? []), ...(r ? body(r) : [])].map((s) => s.text).join(" ");

  it("a measure without a result this year is said, so that 'tre av fyra mått' can be understood", () => {
    // Under the ingress that counts, before the sections (read P: the count of four in a five-measure survey, explained
    // third), but not between the count and its exception, where "Undantaget är svarstiden" read as excepting the
    // missing measure (read AS).
    const göinge = byName("Östra Göinge")?.markdown.replace(/\u00A0/g, " ") ?? "";
    const missing = göinge.indexOf("\n\nI mätningen 2019 finns inget resultat för Östra Göinge när det gäller bemötandet i telefon.\n\n## Telefon");
    expect(missing).toBeGreaterThan(göinge.indexOf("Den genomsnittliga svarstiden för e-post är undantaget"));
    expect(all(byName("Åmål"))).toMatch(/tillgängligheten, direktsvaren och bemötandet i telefon/);
    // ("… för tillgängligheten, direktsvaren och bemötandet i telefon i Åmål" read as clumsy: read GY.)
    expect(all(byName("Åmål"))).not.toMatch(/i telefon i Åmål/);
    // After the overall picture, not opening the body (read FA: Ljusnarsberg, Norberg).
    for (const name of ["Ljusnarsberg", "Norberg"]) {
      const intro = (byName(name)?.composed.intro ?? []).map((s) => s.text);
      expect(intro.length, name).toBeGreaterThan(1);
      expect(intro.at(-1), name).toMatch(/mättes inte|inget resultat för/);
    }
    // Every release whose data lacks a measure says which.
    for (const r of releases) {
      const measured = r.analysis.findings.length;
      if (measured < 5) expect(all(r), r.municipality.name).toMatch(/mättes inte|inget resultat för|saknar resultat för/);
      // (Never "X saknar resultat för …", which read as a failing of the municipality: Kungsbacka, Östra Göinge.)
      expect(all(r), r.municipality.name).not.toMatch(new RegExp(`${r.municipality.name} saknar resultat`));
    }
  });

  it("an approximate word is used once per release ('nästan två av tre' twice in a row read as a template)", () => {
    const words = /(?:(?:nästan|drygt|knappt|ungefär) )?(?:hälften|var (?:tredje|fjärde|femte)|\p{L}+ av \p{L}+) \(\d+\u00A0procent\)/gu;
    for (const r of releases) {
      const seen = [...all(r).matchAll(words)].map((m) => m[0].replace(/ \(.*$/, ""));
      expect(new Set(seen).size, `${r.municipality.name}: ${seen.join(", ")}`).toBe(seen.length);
    }
  });

  it("a gap told after an improvement turns on the comparison, not on the rise ('Men … gick upp' read as a contradiction)", () => {
    const lead = byName("Lidingö")?.composed.lead.map((s) => s.text) ?? [];
    // (After news on another measure, "Resultatet …", not "{kommun} ligger …", a later read. Lidingö's tillgänglighet,
    // up 3 points to 37 procent, is now said by its gap alone beside its strength; the body gives the rise.)
    // (By its short name where the data's name has a number: "inom 60 sekunder … mot 60 procent" gave one number two
    // meanings, read AS.)
    expect(lead.some((t) => /^(Men )?[Rr]esultatet för andelen som får kontakt med en handläggare inom en minut är däremot långt sämre än rikets/.test(t))).toBe(true);
    expect(seconds("Lidingö").composed.lead.some((s) => /^(Men )?[Rr]esultatet för tillgängligheten i telefon är däremot långt sämre än rikets/.test(s.text))).toBe(true);
    expect(lead.some((t) => /^Men .*gick upp/.test(t))).toBe(false);
  });

  it("a second record is 'hittills' after the first said how far back it reaches, also 'sedan … kom med' (Hörby)", () => {
    for (const r of releases) {
      const text = all(r);
      const scopes = text.match(/(i alla mätningar|av alla år|i mätningarna( för \S+)?|i någon mätning|i (alla )?\S+ mätningar|(bästa|sämsta) resultat) sedan \d{4}/g) ?? [];
      expect(scopes.length, `${r.municipality.name}: ${scopes.join(" | ")}`).toBeLessThanOrEqual(1);
    }
  });
});

describe("records and context on both sides", () => {
  const byName = (n: string): GeneratedRelease | undefined => releases.find((r) => r.municipality.name === n);

  it("a worst-ever result is told even when the best results are counted (Perstorp: four best, bemötande at its worst)", () => {
    const lead = byName("Perstorp")?.composed.lead.map((s) => s.text).join(" ") ?? "";
    expect(lead).toMatch(/Perstorps sämsta resultat|sämsta resultat Perstorp har haft/);
  });

  it("a rise in the lead on a measure still far below riket says so in the same sentence (Gnesta: +9 to 73 % against 84 %)", () => {
    const leads = releases.flatMap((r) => r.composed.lead.filter((x) => /, men (är|ligger) (fortfarande|ändå|alltjämt) klart (sämre (till )?än|efter) rikssnittet(?: \([^)]*\))?\.$/.test(x.text)));
    expect(leads.length).toBeGreaterThan(3);
    for (const s of leads) expect(s.claims.some((c) => c.endsWith(".vsNational")), s.text).toBe(true);
    // Gnesta's rise, past an ingress of four records, is told in the e-mail section with its verdict, riket's figure
    // and the group's side right after it (not the verdict a second time).
    const body = byName("Gnesta")?.composed.sections.flatMap((x) => x.sentences) ?? [];
    const k = body.findIndex((x) => x.claims.includes("epost-en-dag.change"));
    expect(body[k]?.text).toMatch(/73\u00A0procent 2019, från 64\u00A0procent 2018, men är (ändå|fortfarande|fortsatt) klart sämre än rikssnittet(?: \([^)]*\))?\.$/);
    // (Said once: the group, 82 procent, is on riket's side, which is no news; read GG.)
    expect(body.slice(k + 1).filter((x) => x.claims.some((c) => /^epost-en-dag\.(vsNational|vsGroup)$/.test(c)))).toEqual([]);
  });
});

describe("the fifth round of blind reads", () => {
  const byName = (n: string): GeneratedRelease | undefined => releases.find((r) => r.municipality.name === n);

  it("'men' joins two references only when they point opposite ways or one is worse and the other level ('i nivå med riket men lite bättre än gruppen' is no contrast; 'i nivå med riket (55 procent) och något sämre än gruppen (56 procent)' wanted one, Borlänge in read AB)", () => {
    for (const r of releases) {
      for (const i of r.claims.indicators) {
        const s = r.claims.sentences.find((x) => x.claims.includes(`${i.id}.vsGroup`) && x.claims.includes(`${i.id}.vsNational`));
        if (!s || i.vsNational === null || i.vsGroup === null) continue;
        const pol = (c: string): number => (/better/.test(c) ? 1 : /worse/.test(c) ? -1 : 0);
        if (pol(i.vsNational) !== pol(i.vsGroup) && (pol(i.vsNational) < 0 || pol(i.vsGroup) < 0)) {
          expect(s.text, `${r.municipality.name} ${i.id}`).toMatch(/ men |samtidigt som/);
          continue;
        }
        // (A record's turn before the references is not between them: "… bästa hittills, men klart sämre än riket … och
        // sämre än kommungruppen".)
        const refs = s.text.replace(/^[^,]*(bästa|sämsta) hittills, men /, "");
        expect(refs, `${r.municipality.name} ${i.id}`).not.toMatch(/ men (i nivå|på samma nivå|nära|lite|något|klart|mycket|långt)? ?(bättre|sämre|kortare|längre|under|över|i nivå|nära|på samma)/);
      }
    }
  });

  it("after a fall, the turn is the fall ('Men andelen … gick ner'), not the comparison that follows it (Valdemarsvik)", () => {
    const lead = byName("Valdemarsvik")?.composed.lead.map((s) => s.text) ?? [];
    expect(lead.some((t) => /^Men andelen som får kontakt .* gick ner/.test(t))).toBe(true);
    expect(lead.some((t) => /^Men det är/.test(t))).toBe(false);
  });

  it("a response time beaten by a hair (6,9 → 6 timmar) is no headline over a seven-point rise to a record (Vadstena)", () => {
    expect(byName("Vadstena")?.claims.plan?.lead[0]?.id).toBe("tillganglighet");
  });
});

describe("a record on a measure riket still puts ahead", () => {
  it("headlines both, not a bare 'under rikssnittet' over the record (Dals-Ed: 45 %, its best, against 60 %)", () => {
    const r = releases.find((x) => x.municipality.name === "Dals-Ed");
    expect(r?.claims.headline).toMatch(/^Dals-Ed: (rekord för|tillgängligheten) .*(sämre än riket|sämre än rikssnittet)/);
  });

  it("the body does not tell again a record the lead gave; its comparison beside both averages keeps two figures (reads KE, KG, KH)", () => {
    const r = releases.find((x) => x.municipality.name === "Valdemarsvik");
    const epost = r?.composed.sections.find((s) => s.heading === "E-post")?.sentences[0]?.text ?? "";
    expect(epost).not.toMatch(/bästa|rekord/);
    expect(epost).toMatch(/^För e-postsvaren inom en arbetsdag är Valdemarsvik bättre än både [^.]*\(84 och 82\u00A0procent\)\./);
  });
});

describe("the sixth round of blind reads", () => {
  const byName = (n: string): GeneratedRelease | undefined => releases.find((r) => r.municipality.name === n);

  it("a place near the bottom on a measure at its best yet says both of that measure (Linköping, Håbo: not 'bemötandet nära botten – men …' over a record)", () => {
    expect(byName("Linköping")?.claims.headline).toMatch(/^Linköping: (bemötandet bäst hittills|rekord för bemötandet|bemötandet på sin bästa nivå hittills) – men (kvar|ändå|fortfarande)/);
    // Håbo is at its best on all five, bemötandet among them: the count says so (a later read: Kungälv).
    // Records first, the place after: "bemötandet nära botten, men egna rekord på alla fem mått" read as a
    // contradiction, bemötandet being one of the five (Kungälv, read EZ).
    // (Since read FS, Håbo's other side is riket, ahead of it on all five: "men bemötandet nära botten" read as the
    // one weakness.)
    expect(byName("Håbo")?.claims.headline).toMatch(/bemötandet .*(ändå|fortfarande)|(hittills|rekord) på alla fem mått.* men (bemötandet nära botten|sämre än riket på samtliga|svagare än riket på alla|under rikssnittet på alla|efter riket på samtliga mått)/);
    expect(byName("Kungälv")?.claims.headline).toMatch(/^Kungälv: (egna )?(rekord|bästa resultaten hittills) på alla fem mått(,| –) men bemötandet nära botten$/);
    // Not "bemötandet nära botten – men bäst hittills på alla fem mått": read as bemötandet being the best (read EX).
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/– men bäst hittills på/);
  });

  it("riket's context after a change in the lead has its verb ('…, men är fortfarande klart sämre än rikssnittet')", () => {
    for (const r of releases) {
      for (const s of r.composed.lead) {
        if (!/(ökade|steg|gick upp|minskade|sjönk|gick ner|lyfte|föll).*, men (fortfarande|fortsatt|alltjämt|ändå) (klart )?(sämre|bättre) än rikssnittet(?: \([^)]*\))?\.$/.test(s.text)) continue;
        expect.fail(`${r.municipality.name}: ${s.text}`);
      }
    }
  });

  it("a value equal to riket is never 'nära' it (Tibro: 84 against 84)", () => {
    for (const r of releases) {
      for (const i of r.claims.indicators) {
        if (i.national === null || i.value !== i.national) continue;
        const s = r.claims.sentences.find((x) => x.claims.includes(`${i.id}.vsNational`));
        expect(s?.text ?? "", `${r.municipality.name} ${i.id}`).not.toMatch(/\bnära (både )?(riket|rikssnittet|snittet)/);
      }
    }
  });
});

describe("counts that are not padded", () => {
  it("a top-ten place stays in a lead that a count of records opens, and records by a hair never make the count a headline (Vallentuna)", () => {
    const r = releases.find((x) => x.municipality.name === "Vallentuna");
    expect(r?.composed.lead.some((s) => s.claims.includes("epost-svarstid.rank"))).toBe(true);
    expect(r?.claims.plan?.angle).not.toBe("records");
  });

  it("no summary headline says 'över' or 'under' riket (a response time 'över rikssnittet' reads as longer)", () => {
    for (const r of releases.filter((x) => x.claims.plan?.angle === "summary")) expect(r.claims.headline, r.municipality.name).not.toMatch(/\b(över|under) riks/);
  });
});

describe("the fact box says what counts as a change", () => {
  it("names the change thresholds the words rest on ('ökade' from 2 points, for the response time from 1 hour)", () => {
    for (const r of releases.filter((x) => x.analysis.findings.some((f) => f.changeClass !== null))) {
      const facts = r.composed.facts.map((s) => s.text).join(" ");
      const time = r.analysis.findings.some((f) => f.indicator.id === "epost-svarstid" && f.changeClass !== null);
      const sentence = `Ett resultat räknas som förbättrat eller försämrat jämfört med 2018 först när det har ändrats med minst 2\u00A0procentenheter${time ? " (för svarstiden på e-post minst 1\u00A0timme)" : ""}.`;
      expect(facts, r.municipality.name).toContain(sentence);
    }
  });
});

describe("turn words that hold", () => {
  it("no 'däremot' or 'Men' before news that moved the same way as news already told (Tranås: both measures rose)", () => {
    const lead = releases.find((r) => r.municipality.name === "Tranås")?.composed.lead.map((s) => s.text).join(" ") ?? "";
    expect(lead).toMatch(/kraftig förbättring|förbättrats kraftigt/);
    expect(lead).not.toMatch(/däremot|\bMen\b/);
  });

  it("no 'Men' right after a sentence that has turned already ('…, men ligger fortfarande …. Men …')", () => {
    for (const r of releases) {
      const lead = r.composed.lead.map((s) => s.text);
      lead.forEach((t, i) => {
        if (i > 0 && t.startsWith("Men ")) expect(lead[i - 1], r.municipality.name).not.toMatch(/ men /);
      });
    }
  });
});

describe("a response time is long or short, never worse", () => {
  it("no 'var var tredje' or 'till var femte' said of a share: the share's own words ('drygt en tredjedel')", () => {
    const text = releases.map((r) => [...r.composed.lead, ...body(r)].map((s) => s.text).join(" ")).join(" ");
    expect(text).not.toMatch(/\b(var|till|på) (drygt |nästan )?(var|en av) (tio|femte|fjärde|tredje)\b/);
    expect(text).toMatch(/(drygt|nästan) (hälften|en tredjedel|två tredjedelar|tre fjärdedelar) \(\d+\u00A0procent\)/);
  });

  it("the lead's riket clause after a change in the response time says 'längre' or 'kortare' (Oxelösund: 15,9 → 9,6 timmar)", () => {
    const leads = releases.flatMap((r) => r.composed.lead.map((s) => s.text)).filter((t) => /svarstiden[^.]*, (men|och|vilket fortfarande) [^.]*rikssnittet/.test(t));
    expect(leads.length).toBeGreaterThan(1);
    // (Or its multiple: "men är ändå hälften så lång som rikssnittet".)
    for (const t of leads) expect(t).toMatch(/(längre|kortare) än rikssnittet|så lång som rikssnittet/);
    for (const t of leads) expect(t).not.toMatch(/(sämre|bättre) än rikssnittet/);
  });
});

describe("a gap in the lead on a measure that barely moved", () => {
  it("says it stayed level with both figures, compactly, then compares with riket (Katrineholm: 46 against 45 procent; four editors of a sweep missed last year's figure)", () => {
    const lead = releases.find((r) => r.municipality.name === "Katrineholm")?.composed.lead.map((s) => s.text).join(" ") ?? "";
    // (No "Men" after a measure that stood still: three later reads found it had nothing to turn from.)
    expect(lead).toMatch(/Andelen som får kontakt med en handläggare inom en minut [^.]*46\u00A0procent 2019 mot 45\u00A0procent 2018\. (Det|Resultatet|Årets resultat|Katrineholms resultat|I Katrineholm är tillgängligheten i telefon) (är )?(fortfarande |alltjämt )?klart sämre än både riket och [^()]+ \(60 och \d+\u00A0procent\)/);
    // Never "jämfört med 45 procent 2018", which an earlier read found heavy.
    expect(lead).not.toMatch(/jämfört med 45/);
    for (const r of releases) expect(r.composed.lead.map((s) => s.text).join(" "), r.municipality.name).not.toMatch(/(förändrades knappt från året innan|samma nivå som året innan)[:,] [\d,]+\u00A0\S+ \d{4}\./);
  });
});

describe("the count of records in the lead goes with the news it agrees with", () => {
  it.each(["Aneby", "Lysekil"])("%s: the best records are counted before the lead turns to the bad news", (name) => {
    const lead = releases.find((r) => r.municipality.name === name)?.composed.lead.map((s) => s.text) ?? [];
    const count = lead.findIndex((t) => /bästa nivå hittills|aldrig haft bättre|de bästa hittills|bästa resultat hittills/.test(t));
    const turn = lead.findIndex((t) => /^(Men|Däremot|Trots det) |\bdäremot\b/.test(t));
    expect(count, lead.join(" ")).toBeGreaterThan(0);
    expect(turn, lead.join(" ")).toBeGreaterThan(count);
  });
});

describe("two-sided headlines that fit", () => {
  it("Norberg says both sides in shorter words instead of 'blandat resultat' (the long words did not fit 70 characters)", () => {
    const h = releases.find((r) => r.municipality.name === "Norberg")?.claims.headline ?? "";
    // A later read: the widest gap on the other side is the response time, not tillgängligheten's 3 points.
    // (Riket once, and not "över riket": reads AT and AX.)
    expect(h).toMatch(/^Norberg: e-postsvar(en| inom en dag) bättre än (riket|rikssnittet|snittet) – men svarstiden (är |i stället )?längre$/);
    // (Good and bad news: up to 76 characters, as A/B read AB74 preferred "e-postsvar inom en dag" at 74.)
    expect(h.length).toBeLessThanOrEqual(HEADLINE_BOTH_MAX);
  });

  it("Vilhelmina: the widest gap to riket leads, not a measure 5 points above riket that slid to its lowest (later reads rated both the record-low headline and the two-sided one 2 of 5)", () => {
    const h = releases.find((r) => r.municipality.name === "Vilhelmina")?.claims.headline ?? "";
    // Since sweep 3 the headline is the group's shared first place on that measure (groupAngle), not "över rikssnittet".
    // Since read IO in plain words, not "i delad topp i kommungruppen" ("jargon", and "i … i" clumsy).
    // (With the measure's whole name: "för direktsvaren" left readers unsure what was answered, AB30.)
    expect(h).toBe("Vilhelmina i topp bland likvärdiga kommuner för direktsvaren i telefon");
  });

  it("no example headline falls back to 'blandat resultat'", () => {
    expect(releases.map((r) => r.claims.headline).filter((h) => /blandat/i.test(h))).toEqual([]);
  });
});

describe("bad news that happened before a standing gap", () => {
  it("the lead's counterweight is never a fall on a measure still better than riket when another is far behind it (Piteå, Mjölby: reads)", () => {
    // Piteå: the response time, 17,7 → 11,9 timmar, its best, still far longer than riket's and the longest of the
    // 24 in its group (three reads), not the direct answers' fall to 59 procent, still above riket's 55.
    const lead = named("Piteå").composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/svarstiden för e-post minskade till 11,9\u00A0timmar 2019, från 17,7\u00A0timmar 2018/);
    // (By its multiple: 5,9 timmar apart is no "klart längre" by the 8-hour threshold, read R.)
    expect(lead).toMatch(/svarstiden(?: på e-post)? är [a-zåäö]+ nästan dubbelt så lång som rikssnittet/);
    expect(lead).not.toMatch(/direkt svar/);
    // Mjölby: tillgängligheten at 39 procent against riket's 60 in the ingress, not the direct answers' fall to 63
    // (riket 55); that fall, to the lowest yet, opens the body right after it (read I of 2026-12-02 found it buried).
    const m = named("Mjölby").composed;
    const ingress = m.lead.slice(0, m.ingress ?? m.lead.length).map((s) => s.text).join(" ");
    expect(ingress).toMatch(/39\u00A0procent/);
    expect(ingress).not.toMatch(/direkt svar/);
    // (Since A/B read AB59 it opens the Telefon section instead.)
    expect(sectionText("Mjölby", "Telefon")).toMatch(/^Andelen som får ett direkt svar[^.]*minskade från 67\u00A0procent 2018 till 63\u00A0procent 2019\. (Det är Mjölbys sämsta resultat|Mjölbys resultat är därmed det sämsta)[^.]*, men (fortfarande|fortsatt|alltjämt) bättre än rikssnittet(?: \([^)]*\))?\./);
  });

  it("a strong change is 'mycket' better or worse than last year in a headline, never only 'klart' (read W: Filipstad's fall of 20 points)", () => {
    // (Every headline: since read KU a change of 5 points or more says its size, and none ends "än året innan".)
    for (const r of releases) {
      const f = r.analysis.findings.find((x) => r.claims.headline.includes(x.indicator.short ?? "\u0000"));
      expect(r.claims.headline, r.municipality.name).not.toMatch(/klart (bättre|sämre) än året innan/);
      if (/mycket (bättre|sämre)/.test(r.claims.headline)) expect(f?.changeClass, r.municipality.name).toMatch(/^strongly-/);
    }
    // (Filipstad's headline has had both sides since read CE: "direktsvaren tappar kraftigt, men eget rekord …".)
    expect(named("Filipstad").claims.headline).toMatch(/^(Filipstad.*direktsvaren|Direktsvaren) (tappar kraftigt|[^,]*mycket sämre)/);
    // A fall of one year is no trend: "sämre än året innan", "backar" or its size, not "försämras" (read V: Arvika).
    expect(named("Arvika").claims.headline).toMatch(/^Arvika: (tillgängligheten( i telefon)? (sämre än året innan|ner 5\u00A0procentenheter|backar)|bakslag för tillgängligheten)\b/u);
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/(försämras|blir sämre), men/u);
  });

  it("a measure that rose but is still a little behind riket: the lead tells the rise and riket, also when its record is counted and riket heads most measures (Trelleborg)", () => {
    const r = releases.find((x) => x.municipality.name === "Trelleborg");
    expect(r?.claims.headline).toMatch(/^Trelleborg: rekord på fyra av fem mått – men (sämre än riket|svagare än riket|under rikssnittet|efter riket) på tre$/);
    expect(r?.composed.lead.map((s) => s.text).join(" ")).toMatch(/direkt svar[^.]*10\u00A0procentenheter,? till 50\u00A0procent 2019\./);
    expect(r?.composed.lead.map((s) => s.text).join(" ")).toMatch(/(Det är|Årets resultat är|Men (resultatet|det|årets resultat) är fortfarande) sämre än både riket och [^()]+ \(55 och \d+\u00A0procent\)/);
  });
});

describe("the count of changes since last year (EDITORIAL.md §4)", () => {
  it("a municipality better than last year on every measure says so early in the body (Eksjö, Tingsryd: never said)", () => {
    for (const name of ["Eksjö", "Tingsryd"]) {
      const r = releases.find((x) => x.municipality.name === name);
      // In the lead when the headline counts it against a bottom place (Tingsryd).
      const intro = [...(r?.composed.lead ?? []), ...(r?.composed.intro ?? [])].map((s) => s.text).join(" ");
      expect(intro, name).toMatch(/(bättre på (alla|samtliga) fem mått|förbättrat resultatet sedan 2018)/);
    }
  });

  it("the count holds: all or all but one measure moved that way, the rest as said", () => {
    let told = 0;
    for (const r of releases) {
      const s = [...r.composed.lead, ...(r.composed.intro ?? [])].find((x) => /^(Jämfört med 2018|Sedan 2018)|^På [^.]* mått har .* sedan 2018|^\S+ har (förbättrat sig|tappat|gått framåt|gått bakåt) sedan 2018/.test(x.text));
      const fs = r.analysis.findings;
      const up = fs.filter((f) => f.changeClass === "improved" || f.changeClass === "strongly-improved").length;
      const down = fs.filter((f) => f.changeClass === "declined" || f.changeClass === "strongly-declined").length;
      if (!s) {
        // (Not under a best on every measure that each improved: "bäst hittills på alla fem mått" says it, read AL.)
        const allBest = fs.every((f) => r.claims.indicators.find((i) => i.id === f.indicator.id)?.record?.kind === "best") && up === fs.length;
        expect(Math.max(up, down) >= Math.max(3, fs.length - 1) && fs.every((f) => f.changeClass !== null) && !allBest, r.municipality.name).toBe(false);
        continue;
      }
      told++;
      const better = /bättre på|förbättrat|framåt/.test(s.text.split(/ och | på \w+ har det/)[0] ?? "");
      const n = better ? up : down;
      const words = ["noll", "ett", "två", "tre", "fyra", "fem"];
      // ("på samtliga mått" right after a sentence that said "på alla fem mått".)
      expect(s.text, r.municipality.name).toMatch(n === fs.length ? new RegExp(`(alla|samtliga) ${words[n]}|samtliga mått`) : new RegExp(`${words[n]} av ${words[fs.length]}`));
    }
    expect(told).toBeGreaterThan(30);
  });
});

describe("a second record of the same kind", () => {
  it("is 'Även …', not the first one's words again (Kiruna: 'aldrig haft ett sämre resultat' twice)", () => {
    // (Kiruna's two lows are named together in the lead now, under its bottom place: read AX.)
    const kiruna = named("Kiruna").composed.lead.map((s) => s.text).join(" ");
    expect(kiruna).toMatch(/tillgängligheten och direktsvaren i telefon (är de sämsta hittills|har Kiruna nu sitt sämsta resultat hittills)|sin sämsta nivå hittills för tillgängligheten och direktsvaren i telefon/);
    expect(named("Kiruna").markdown.match(/aldrig haft ett sämre resultat/g)?.length ?? 0).toBeLessThanOrEqual(1);
    // Two worst-evers told one by one in a section: the second is "Även det" or "Också den siffran".
    for (const r of releases) {
      for (const sec of r.composed.sections) {
        const lows = sec.sentences.filter((s) => s.claims.some((c) => c.endsWith(".record")) && /^Det är [^.]*sämsta/.test(s.text));
        expect(lows.length, `${r.municipality.name}: ${lows.map((s) => s.text).join(" / ")}`).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe("linking adverbs", () => {
  it("no release opens two sentences with the same linking adverb when the bank has another way (Halmstad: 'Därmed bröts' twice)", () => {
    for (const r of releases) {
      const openers = [...r.composed.lead, ...body(r)].map((s) => /^(Därmed|Dessutom|Samtidigt|Även|Också|Däremot)\b/.exec(s.text)?.[1]).filter((w) => w !== undefined);
      expect(openers.length, `${r.municipality.name}: ${openers.join(", ")}`).toBe(new Set(openers).size);
    }
  });
});

describe("small Swedish faults a read found", () => {
  it("no headline has two 'i' a word apart ('Haparanda tappar rejält i bemötandet i telefon')", () => {
    const bad = releases.map((r) => r.claims.headline).filter((h) => /(^|\s)i \S+ i\s/.test(h));
    expect(bad).toEqual([]);
  });

  it("no ', en försämring' tacked on a change, no 'halkat efter … efter att', no 'delad … tillsammans med'", () => {
    const text = releases.map((r) => [...r.composed.lead, ...body(r)].map((s) => s.text).join(" ")).join(" ");
    expect(text).not.toMatch(/, en försämring\.|halkat efter|efter att ha legat efter|delad [a-zåäö ]+ plats[^.]*tillsammans med/);
  });
});

describe("records by a hair", () => {
  it("are told with their margin when the old best is an earlier year's (Trosa: direct answers 46 → 49 procent, the old best 48 in 2017)", () => {
    const text = [...named("Trosa").composed.lead, ...body(named("Trosa"))].map((s) => s.text).join(" ");
    expect(text).toMatch(/bästa resultat hittills, [^.]*1\u00A0procentenhet/);
  });

  it("are told as no change and the record after it when the old best was last year's (Uddevalla: 8,3 → 8,2 timmar; two reads found 'men skillnaden … är bara 0,1 timmar' right after 8,3 timmar a repeat, a later one such bests left out)", () => {
    const u = [...named("Uddevalla").composed.lead, ...body(named("Uddevalla"))];
    const k = u.findIndex((x) => x.claims.includes("epost-svarstid.changeClass"));
    expect(u[k]?.text).toMatch(/8,2\u00A0timmar/);
    expect(u[k]?.text).toMatch(/samma nivå|förändrades knappt|i stort sett (oförändra|densamma)/);
    expect(u[k + 1]?.claims).toContain("epost-svarstid.record");
    // "Ändå" only after "förändrades knappt"/"ungefär samma nivå" (a read found it without a reason after "gick
    // från … till …"). No hedge after the no change just said: "med knapp marginal" there said the smallness twice
    // (read W), though a hedge is wanted where no such words came before (later reads asked for it back).
    expect(u[k + 1]?.text).toMatch(/bästa/);
    expect(u[k + 1]?.text).toMatch(/ändå/);
    expect(u[k + 1]?.text).not.toMatch(/marginal|knappt/);
    expect(u[k + 1]?.text).not.toMatch(/bara|skillnad|\d/);
    for (const r of releases) {
      const all = [...r.composed.lead, ...body(r)];
      all.forEach((s, i) => {
        if (/^(Det är ändå|Ändå är det)/.test(s.text)) expect(all[i - 1]?.text, r.municipality.name).toMatch(/förändrades knappt|samma nivå|i stort sett (oförändra|densamma)|låg kvar|precis som/);
      });
    }
  });

  it("are counted with the others: 'alla mått utom' never names a measure that is a record of that kind (Kungälv: e-post 85 → 86 %)", () => {
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...(r.composed.intro ?? [])]) {
        // (The lead's opening count may end on its source: ", visar Kommunens Kvalitet i Korthet (KKiK) 2019".)
        const m = /(bästa|sämsta) [a-zåäö ]*hittills på alla mått utom (.+?)(, (men|även om|visar|enligt|framgår) .*)?\.$/.exec(s.text);
        if (!m) continue;
        const kind = m[1] === "bästa" ? "best" : "worst";
        const but = r.analysis.findings.find((f) => m[2] === (f.indicator.short ?? f.indicator.label.toLowerCase()));
        expect(but, `${r.municipality.name}: ${s.text}`).toBeDefined();
        const c = r.claims.indicators.find((i) => i.id === but?.indicator.id);
        // Nor a best by a hair that the analysis calls level with the best (reads BZ and CA scored that 1).
        const hair = c?.tie?.kind === kind && c.value !== c.tie.previous.value;
        expect(c?.record?.kind === kind || hair, `${r.municipality.name}: ${s.text}`).toBe(false);
      }
    }
    // Kungälv's e-post 85 → 86 %, 85 the old best: told alone it is no news, but a count takes it in. "Alla mått utom
    // e-postsvaren" was read as false twice (reads BZ and CA: Kungälv, Karlskoga).
    expect(named("Kungälv").composed.lead.map((s) => s.text).join(" ")).toMatch(/bästa resultat hittills på alla fem mått(?:, (?:visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)(?: 2019)?)?\./);
    expect(named("Karlskoga").composed.lead.map((s) => s.text).join(" ")).toMatch(/[Pp]å alla fem mått är Karlskogas resultat det bästa hittills/);
  });
});

describe("a lead of one change", () => {
  it("gets its comparison with riket whichever side it is on (Uddevalla: 63 → 67 %, riket 60 %)", () => {
    const lead = releases.find((r) => r.municipality.name === "Uddevalla")?.composed.lead.map((s) => s.text) ?? [];
    expect(lead[1]).toMatch(/bättre än riket som helhet \(60\u00A0procent\)/);
  });
});

describe("a comparison headline for the whole channel", () => {
  it("names the channel when every measure in it is on the same side of riket, whatever the degree (Essunga's telephone)", () => {
    const r = releases.find((x) => x.municipality.name === "Essunga");
    expect(r?.claims.headline).toBe("Essunga sämre än riket på service via telefon");
    const tel = r?.analysis.findings.filter((f) => f.indicator.channel === "telefon") ?? [];
    expect(tel.length).toBe(3);
    for (const f of tel) expect(f.vsNational, f.indicator.id).toMatch(/worse/);
  });
});

describe("from the fifth round of blind reads", () => {
  const all = (r: GeneratedRelease): string => [r.composed.headline, ...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)].map((s) => s.text).join(" ");

  it("no 'når sin sämsta nivå' (one reaches a goal, not a low), no bare 'rekord' a reader takes for the country's, no 'Tiden i …'", () => {
    for (const r of releases) {
      expect(all(r), r.municipality.name).not.toMatch(/når sin sämsta|når rekordnivå|(^|: )rekord för|\bTiden (i|är)\b/);
      // ("svarstiden på rekordnivå" could read as record long: Skövde, read BH.)
      expect(r.claims.headline, r.municipality.name).not.toMatch(/svarstiden på rekordnivå/);
      // ("Habo bäst hittills" read as the municipality's place; a measure first, "E-postsvaren bäst hittills i Timrå", does not.)
      expect(r.claims.headline.startsWith(`${r.municipality.name} bäst hittills`), r.municipality.name).toBe(false);
    }
  });

  it("a worst-ever by a hair is not softened by its margin; a best-ever by a hair says it", () => {
    // (A headline has no full stop: "… bland landets sämsta" runs into a lead's "Bara sju kommuner …".)
    const text = releases.map((r) => all(r).replace(r.composed.headline.text, `${r.composed.headline.text}.`)).join(" ");
    expect(text).not.toMatch(/sämsta[^.]*(bara|skillnaden mot det tidigare sämsta)[^.]*\./);
    expect(text).toMatch(/bästa[^.]*(över|kortare än) (det tidigare rekordet|kommunens tidigare rekord|det gamla rekordet)(?! \()/);
  });

  it("a count of records whose most are still on the other side of riket says riket's side in the headline too (Umeå: two of three below riket; alone, the count read as an overclaim)", () => {
    const u = releases.find((r) => r.municipality.name === "Umeå");
    expect(u?.claims.headline).toMatch(/^Umeå: rekord på tre av fem mått(,| –) men (sämre än riket|svagare än riket|under rikssnittet|efter riket) på tre$/);
    // Never the count alone over a year mostly behind riket.
    for (const r of releases.filter((x) => x.claims.plan?.angle === "records" && !/sämsta|svagaste/.test(x.claims.headline))) {
      const s = r.claims.plan?.summary;
      if (s && s.worse * 2 > s.total) expect(r.claims.headline, r.municipality.name).toMatch(/men (sämre än riket|svagare än riket|under rikssnittet|efter riket)/);
    }
  });

  it("a lead that opens with a count does not name the municipality again at once ('… hittills i Öckerö. I Öckerö kommun gick …')", () => {
    for (const r of releases) {
      const [a, b] = r.composed.lead.map((s) => s.text);
      if (!a || !b) continue;
      const m = r.municipality;
      if ([m.name, m.officialName].some((n) => a.endsWith(`${n}.`))) expect(b, m.name).not.toMatch(new RegExp(`^I ${m.officialName}`));
    }
  });
});

describe("the lead's other strong changes", () => {
  it("'Även'/'Dessutom' only after a change the same way, else the lead turns, and the turn comes last (Ljusdal)", () => {
    const lead = releases.find((r) => r.municipality.name === "Ljusdal")?.composed.lead.map((s) => s.text) ?? [];
    const up = lead.findIndex((t) => /förbättrades direktsvaren i telefon kraftigt|(steg|ökade) andelen som får ett direkt svar/.test(t));
    const down = lead.findIndex((t) => /tillgängligheten i telefon (försämrades kraftigt|blev klart sämre)|försämrades [a-zåäö -]*tillgängligheten i telefon[a-zåäö -]* kraftigt/.test(t));
    expect(lead[up]).toMatch(/^(Däremot|Samtidigt|På andra håll)/);
    expect(down).toBeGreaterThan(0);
    expect(up).toBeGreaterThan(down);
    for (const r of releases) expect(r.composed.lead.map((s) => s.text).join(" ")).not.toMatch(/syns även för/);
  });
});

describe("the long run", () => {
  it("gives the first year's figure, so the change since then stands in context ('Jämfört med 2014 är direktsvaren … bättre' read as orphaned)", () => {
    let n = 0;
    for (const r of releases) {
      for (const s of body(r).filter((x) => x.claims.some((c) => c.endsWith(".longRun")))) {
        n++;
        // (Or, away from its measure's value, both figures with their years: "från 55 procent 2014 till 41 procent 2019".)
        // Never "då siffran var …": "siffran" for a share or a time read as stilted (read AB: Sotenäs, Söderköping).
        // (Or the difference beside the first year's figure: "Årets resultat är 14 procentenheter sämre än 2014 (99 procent)",
        // not "Jämfört med 99 procent 2014 har … blivit sämre", which did not say how much: reads AT and AU.)
        expect(s.text, r.municipality.name).toMatch(/resultatet var|då de[nt] var|(bättre|sämre) än 20\d\d \(\d+(,\d+)?\u00A0\S+\)\.$|, från \d+(,\d+)?\u00A0\S+( 20\d\d)?\.$|från \d+(,\d+)?\u00A0\S+ (20\d\d )?till \d|Från \d+(,\d+)?\u00A0\S+ 20\d\d har|^Jämfört med \d+(,\d+)?\u00A0\S+ 20\d\d har/);
        expect(s.text).not.toMatch(/siffran/);
      }
    }
    expect(n).toBeGreaterThan(20);
  });
});

describe("a run of four years or more", () => {
  it("is told with its size since the first year, not only how often ('den femte förbättringen i rad' said nothing of 46 → 86 procent: Överkalix, read IR)", () => {
    const md = named("Överkalix").markdown;
    expect(md).toContain("den femte förbättringen i rad");
    expect(md).toContain("## E-post\n\nFrån 46\u00A0procent 2014 har e-postsvaren inom en arbetsdag förbättrats med 40\u00A0procentenheter.");
    // A decline the same way: Stockholm's direct answers, down five years in a row.
    expect(named("Stockholm").markdown).toMatch(/direktsvaren i telefon [^.]*försämrats med 24\u00A0procentenheter[^.]*57\u00A0procent/);
  });

  it("right after the run's own sentence, does not name the measure again (Alingsås, A/B read AB31: 'E-postsvaren … har nu förbättrats … Från 61 procent 2014 har e-postsvaren …')", () => {
    // (Since A/B read AB81 the run is a clause of the change's sentence in the E-post section.)
    expect(named("Alingsås").markdown).toMatch(/(E-postsvaren inom en arbetsdag har nu förbättrats för fjärde året i rad|81\u00A0procent 2019, [^.]*fjärde året i rad)\. Sedan 2014 har resultatet ökat med 20\u00A0procentenheter, från 61\u00A0procent\./);
  });

  it("is not a second 'Sedan 2014 har …' in a release (A/B read AB31: Karlskoga had three)", () => {
    for (const r of releases) expect(r.markdown.match(/(^|\. )Sedan 2014 har /gmu)?.length ?? 0, r.municipality.name).toBeLessThanOrEqual(1);
  });

  it("is not sized again where this year's step is most of it (Tomelilla's response time, 'under en sjättedel' since last year and since 2014)", () => {
    expect(named("Tomelilla").markdown.match(/under en sjättedel/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe("a worst-ever at riket's level", () => {
  it("says so in the lead, or it reads worse than it is (Vaggeryd: bemötande 84 %, riket 84 %)", () => {
    const lead = releases.find((r) => r.municipality.name === "Vaggeryd")?.composed.lead ?? [];
    const s = lead.find((x) => x.claims.includes("bemotande.record"));
    expect(s?.text).toMatch(/sämsta[^.]*, men [^.]*i nivå med rikssnittet(?: \([^)]*\))?\.$/);
    expect(s?.claims).toContain("bemotande.vsNational");
  });
});

describe("a place among the ten weakest in the lead", () => {
  it("goes with the bad news, before the lead turns (Ånge: the fall of 18 points leads, the place follows, then 'Men')", () => {
    const r = releases.find((x) => x.municipality.name === "Ånge");
    expect(r?.claims.headline).toMatch(/tillgängligheten i telefon/);
    const lead = r?.composed.lead.map((s) => s.text) ?? [];
    const place = lead.findIndex((t) => /tio sämsta/.test(t));
    const turn = lead.findIndex((t) => /^Men /.test(t));
    expect(place).toBeGreaterThan(0);
    expect(turn).toBeGreaterThan(place);
  });
});

describe("'Även det' after a record", () => {
  it("follows only a record of its own kind: no 'Även det … bästa' right after a 'sämsta' (Haninge, Emmaboda)", () => {
    for (const r of releases) {
      const texts = [...r.composed.lead, ...body(r)].filter((s) => s.claims.some((c) => c.endsWith(".record"))).map((s) => s.text);
      texts.forEach((t, i) => {
        if (i === 0 || !/^(Även|Också) (det|där)/.test(t)) return;
        const kind = (x: string): string => (/bästa|bättre|rekord/.test(x) ? "best" : "worst");
        expect(kind(t), `${r.municipality.name}: ${texts[i - 1]} / ${t}`).toBe(kind(texts[i - 1] ?? ""));
      });
    }
  });
});

describe("the news that turns is never cut for a third strong change", () => {
  it("Mörbylånga: three strong rises, and bemötande at its lowest since 2014 is in the lead, after every rise", () => {
    const r = releases.find((x) => x.municipality.name === "Mörbylånga");
    const lead = r?.composed.lead.map((s) => s.text) ?? [];
    const turn = lead.findIndex((t) => /^Men andelen som upplever ett gott bemötande/.test(t));
    // The two strong rises the headline does not name (the response time, tillgängligheten) come before the turn,
    // in the ingress; e-postsvaren's (the headline's channel, after the count of records) opens the body with the
    // count, after the ingress has turned.
    const rises = [/svarstiden för e-post (har )?minskat/, /kontakt med en handläggare[^.]*ökade kraftigt/];
    const at = rises.map((re) => lead.findIndex((t) => re.test(t)));
    expect(turn).toBeGreaterThan(0);
    for (const i of at) expect(i).toBeGreaterThanOrEqual(0);
    expect(turn).toBeGreaterThan(Math.max(...at));
    expect(turn).toBeLessThan(r?.composed.ingress ?? 0);
    const latter = lead.findIndex((t) => /^(Även|Dessutom|Också|De två sistnämnda|E-postsvaren( inom en arbetsdag)? blev) /.test(t));
    expect(latter).toBeGreaterThanOrEqual(r?.composed.ingress ?? lead.length);
  });
});

describe("a shared top-ten place in the lead", () => {
  it("says 'delar tionde plats i landet med …', not 'har landets tionde bästa resultat …, och delar platsen med' (Landskrona)", () => {
    for (const r of releases) expect(r.composed.lead.map((s) => s.text).join(" "), r.municipality.name).not.toMatch(/och delar platsen/);
    expect(releases.find((r) => r.municipality.name === "Landskrona")?.composed.lead.map((s) => s.text).join(" ")).toMatch(/delar (därmed |Landskrona stad )?tionde plats i landet med Åstorp|delad tionde plats i landet med Åstorp/);
  });
});

describe("the measure farthest from riket under a count (read P: Östra Göinge's tillgänglighet, 43 against 60 procent, came last)", () => {
  it("is named right after the count (and what it left out), with its value and riket's, and opens its section", () => {
    let told = 0;
    for (const { r, summary } of counts()) {
      const far = summary.worse > summary.better ? "much-worse" : "much-better";
      const size = (f: (typeof r.analysis.findings)[number]) => Math.abs(f.value - (f.national ?? f.value)) / f.compareThresholds.strong;
      const largest = r.analysis.findings.filter((f) => f.vsNational === far).sort((a, b) => size(b) - size(a))[0];
      if (!largest) continue;
      const lead = r.composed.lead;
      // (After the count's exception, which follows the count it excepts: Lomma, read AE. A measure with no result
      // comes after both: Östra Göinge, read AS.)
      const at = /[Uu]ndantaget|^Det enda måttet/.test(lead[1]?.text ?? "") ? 2 : 1;
      const id = largest.indicator.id;
      expect(lead[at]?.claims, `${r.municipality.name}: ${lead.map((s) => s.text).join(" ")}`).toEqual([`${id}.value`, `${id}.national`, `${id}.vsNational`]);
      const fmt = (v: number) => `${String(v).replace(".", ",")}\u00A0`;
      expect(lead[at]?.text).toContain(fmt(largest.value));
      expect(lead[at]?.text).toContain(fmt(largest.national ?? NaN));
      const section = r.composed.sections.find((s) => s.sentences.some((x) => x.claims.some((c) => c.startsWith(`${id}.`))));
      // (A measure with no earlier year whose group is on riket's side and no farther has nothing more to tell: Borgholm.)
      if (section === undefined && largest.previous === null && largest.vsGroup === largest.vsNational) continue;
      expect(section?.sentences[0]?.claims.some((c) => c.startsWith(`${id}.`)), r.municipality.name).toBe(true);
      // The lead gave it against riket only: the section gives last year's figure (Täby's opened "Täby har därmed
      // sitt sämsta resultat hittills" with no change before it).
      if (largest.previous !== null) expect(section?.sentences[0]?.claims, r.municipality.name).toContain(`${id}.changeClass`);
      told += 1;
    }
    expect(told).toBeGreaterThanOrEqual(5);
    // The headline gives the count alone: "på tre av fyra mått" puzzled a reader who knew the survey has five (read FH).
    expect(named("Östra Göinge").claims.headline).toBe("Östra Göinge har sämre resultat än riket på tre mått");
    expect(named("Östra Göinge").composed.lead.map((s) => s.text.replace(/\u00A0/g, " "))).toEqual([
      // (Not "på tre av fyra mått", read as a miscount of the survey's five: read ED.)
      "Östra Göinge kommun har sämre resultat än rikssnittet på tre av de fyra mått som går att jämföra, visar Kommunens Kvalitet i Korthet (KKiK) 2019.",
      "Den genomsnittliga svarstiden för e-post är undantaget: den är drygt hälften så lång som rikssnittet, 3,3 timmar mot 6 timmar.",
      // (Not "inom 60 sekunder: 43 procent mot rikets 60 procent", one number with two meanings: read AS.)
      // (Not "Längst från rikssnittet ligger …", read as clumsy: read ED.)
      "Den största skillnaden mot riket gäller andelen som får kontakt med en handläggare inom en minut: 43 procent mot rikets 60 procent.",
      // ("Samtidigt steg …" read as a weak turn: read HP.)
      "Däremot ökade andelen e-postfrågor som besvaras inom en arbetsdag, från 75 procent 2018 till 80 procent 2019.",
      "I mätningen 2019 finns inget resultat för Östra Göinge när det gäller bemötandet i telefon.",
    ]);
  });
});

describe("a lead that tells the weakest share against riket by its gap tells the strongest too (read P: Övertorneå's 94 procent against riket's 84 was only in the body)", () => {
  it("says both, one sentence each, value against riket's", () => {
    let told = 0;
    for (const r of uncounted()) {
      const size = (f: (typeof r.analysis.findings)[number]) => Math.abs(f.value - (f.national ?? f.value)) / f.compareThresholds.strong;
      const shares = r.analysis.findings.filter((f) => f.indicator.unit === "percent");
      const pick = (cls: string) => shares.filter((f) => f.vsNational === cls).sort((a, b) => size(b) - size(a))[0];
      const [best, worst] = [pick("much-better"), pick("much-worse")];
      if (!best || !worst) continue;
      const lead = r.composed.lead;
      const about = (f: typeof best) => lead.filter((s) => s.claims.some((c) => c.startsWith(`${f.indicator.id}.`)));
      // The weakness told by its gap alone: one sentence, its value against riket's.
      const weak = about(worst);
      if (weak.length !== 1 || !weak[0]?.claims.includes(`${worst.indicator.id}.vsNational`) || weak[0].claims.includes(`${worst.indicator.id}.changeClass`)) continue;
      expect(about(best).length, `${r.municipality.name}: ${lead.map((s) => s.text).join(" ")}`).toBeGreaterThan(0);
      told += 1;
    }
    expect(told).toBeGreaterThanOrEqual(3);
    const lead = named("Övertorneå").composed.lead.map((s) => s.text.replace(/\u00A0/g, " "));
    expect(lead).toContain("För andelen e-postfrågor som besvaras inom en arbetsdag är resultatet klart bättre än i riket: 94 procent mot 84 procent.");
    expect(lead).toContain("Resultatet för andelen som får kontakt med en handläggare inom en minut är däremot klart sämre än rikets: 47 procent mot 60 procent.");
  });
});

describe("a response time is 'klart' longer or shorter only by the thresholds (read R: 3–5 timmar apart against the 8-hour threshold)", () => {
  it("says 'klart', 'mycket' or 'långt' längre/kortare only when the time is a strong gap from riket or the group", () => {
    let plain = 0;
    for (const r of releases) {
      const times = r.analysis.findings.filter((f) => f.indicator.unit === "hours");
      const strong = times.some((f) => /^much-/.test(f.vsNational ?? "") || /^much-/.test(f.vsGroup ?? ""));
      const text = [...r.composed.lead, ...body(r)].map((s) => s.text).join(" ");
      if (!strong) expect(text, r.municipality.name).not.toMatch(/(klart|mycket|långt|betydligt) (längre|kortare) än/);
      if (/\b(längre|kortare) än/.test(text)) plain += 1;
    }
    expect(plain).toBeGreaterThan(50);
    // (After its best yet, the turn: "Men … fortfarande", read HA.)
    // (Since read IT with the group's multiple, which riket's time does not reach: 10,1 timmar against 6 and 5.)
    expect(named("Mölndal").markdown).toContain("Men svarstiden på e-post i Mölndal är fortfarande längre än genomsnittet i riket (6\u00A0timmar) och mer än dubbelt så lång som genomsnittet för likvärdiga kommuner (5\u00A0timmar).");
  });
});

describe("an ingress past five sentences (read R: Hagfors' seven sentences and 111 words)", () => {
  it("leaves the groups with nothing it must reach to the body", () => {
    const r = named("Hagfors");
    const ingress = r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length).filter((s) => !s.claims.every((c) => c.startsWith("survey.")));
    expect(ingress.length).toBeLessThanOrEqual(5);
    // The place, the group's first place and the worst-ever bemötande stay; the e-mail answers open the body.
    const text = ingress.map((s) => s.text).join(" ");
    expect(text).toMatch(/tredje plats i landet/);
    expect(text).toMatch(/sämsta resultat/);
    expect(text).not.toMatch(/e-postfrågor som besvaras inom en arbetsdag/);
    // The e-mail answers, which the ingress had no need to reach, go to the e-mail section, not to the body's opening
    // (read W: Filipstad's e-mail time before the summary; read X: Varberg's).
    expect(r.composed.lead.map((s) => s.text).join(" ")).not.toMatch(/e-postfrågor som besvaras inom en arbetsdag/);
    const email = r.composed.sections.find((x) => x.heading === "E-post")?.sentences.map((s) => s.text).join(" ") ?? "";
    expect(email).toMatch(/e-postfrågor som besvaras inom en arbetsdag steg/);
  });
});

describe("an ingress of about sixty words (reads X and Y: Nykvarn, Halmstad, Kinda, Vara scored 3 or 4 for leads of 100 words)", () => {
  const content = (r: GeneratedRelease) => r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length).filter((s) => !s.claims.every((c) => c.startsWith("survey.")));
  // (The source said in the first sentence, "…, visar Kommunens Kvalitet i Korthet (KKiK)", is not the news's length.)
  const words = (xs: readonly Sentence[]) => xs.reduce((n, s) => n + s.text.replace(/, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)( \d{4})?\./u, ".").split(/\s+/).length, 0);

  it("keeps the headline's news and its counterweight, and leaves the rest of the lead to the paragraph under it", () => {
    const kinda = named("Kinda").composed;
    const ingress = content(named("Kinda")).map((s) => s.text).join(" ");
    expect(ingress).toMatch(/gott bemötande[^.]*från 89\u00A0procent 2018 till 83\u00A0procent 2019/);
    // (Its fall's run a sentence of its own since reads HG and HH: "… till 83 procent 2019. Det är den fjärde försämringen …".)
    expect(ingress).toMatch(/^[^.]*\.( Det är [^.]*\.)? Men andelen e-postfrågor som besvaras inom en arbetsdag ökade från 85\u00A0procent 2018 till 87\u00A0procent 2019/);
    expect(ingress).not.toMatch(/direkt svar/);
    // The direct answers' record, which the lead told, opens the body: since read IK, as the first sentences of the
    // Telefon section of two it filled, right under the summary.
    expect(kinda.lead.slice(kinda.ingress)).toEqual([]);
    expect(kinda.sections[0]?.sentences.map((s) => s.text).join(" ")).toMatch(/^Andelen som får ett direkt svar[^.]*39\u00A0procent 2019\. (Det är det bästa resultatet hittills för Kinda|Det är Kindas bästa resultat hittills|Också den siffran är Kindas bästa hittills|Även det (resultatet )?är Kindas bästa)/);
    // Solna's bemötande at its lowest, the news the other way, stays in an ingress of its fourth rise.
    expect(content(named("Solna")).map((s) => s.text).join(" ")).toMatch(/gott bemötande[^.]*gick däremot ner[^.]*\. Det är (det sämsta resultatet för Solna|Solnas sämsta resultat)/);
  });

  it("is at most three sentences or sixty words unless the headline's news, a strong change, a place or a worst-ever needs more", () => {
    const long = releases.filter((r) => content(r).length > 3 && words(content(r)) > 60);
    const median = [...releases.map((r) => words(content(r)))].sort((a, b) => a - b)[Math.floor(releases.length / 2)] ?? 0;
    // (65 until read AK, which found records left out of ingresses at 60 words and leads that opened with a list of
    // the records' names: four sentences that tell a record may now run to 80 words, and the first news with its
    // figures comes before the names.)
    // (68 since reads HG and HH: a change's run after its two figures is a sentence of its own, "Det är …".)
    expect(median).toBeLessThanOrEqual(68);
    for (const r of long) {
      // Every group it holds past the first carries one of those (they begin with a sentence on a measure of the plan's lead).
      expect(content(r).length, r.municipality.name).toBeLessThanOrEqual(6);
    }
    for (const name of ["Nykvarn", "Kinda"]) expect(words(content(named(name))), name).toBeLessThanOrEqual(65);
    // (Herrljunga's four sentences tell a record, the fifth rise of its direct answers to their best: since read BB's
    // shorter change sentence they fit in INGRESS_WORDS_FOUR.)
    expect(words(content(named("Herrljunga")))).toBeLessThanOrEqual(80);
  });

  it("sends what the lead had no need to reach to its measure's section, not to the body's opening (read W: Filipstad; read X: Varberg)", () => {
    for (const name of ["Filipstad", "Varberg"]) {
      const c = named(name).composed;
      const opening = [...c.lead.slice(c.ingress), ...(c.intro ?? [])];
      const told = (s: Sentence) => s.claims.includes("epost-svarstid.changeClass") && s.claims.includes("epost-svarstid.value");
      expect(opening.some(told), name).toBe(false);
      const email = c.sections.find((x) => x.heading === "E-post")?.sentences ?? [];
      expect(email.some(told), name).toBe(true);
    }
    // Riket in passing stays where the section gives riket's figure without a verdict right after (Filipstad: "…, men
    // svarstiden på e-post är ändå längre än rikssnittet", then the group's side and "i riket är snittet 6 timmar").
    // (Before, the section said "något längre än … (6 timmar)" and the clause went: the lead's verdict twice.)
    const email = named("Filipstad").composed.sections.find((x) => x.heading === "E-post")?.sentences.map((s) => s.text).join(" ") ?? "";
    // (The run's words vary: "Femte året i rad blev resultatet bättre" read as unclear about the measure, read AH.)
    expect(email).toMatch(/Den genomsnittliga svarstiden för e-post (minskade från 8,3\u00A0timmar 2018 till 7,1\u00A0timmar 2019|(minskade|gick ner) med 1,2\u00A0timmar, till 7,1\u00A0timmar 2019)(\. Förbättringen är den femte i rad|\. Minskningen är den femte i rad|\. Det är femte året i rad med en förbättring|\. Svarstiden på e-post har nu förbättrats för femte året i rad|\. För svarstiden på e-post är det den femte förbättringen i rad|(, |\. Det är )[^.]*femte[^.]*i rad)[.,] /);
    // (Since read GG: riket's side once, as the first half of the group's turn.)
    expect(email).toMatch(/något längre än (rikssnittet|snittet i riket|genomsnittet i riket)( \(6\u00A0timmar\))? men (på samma nivå som|i nivå med|i jämnhöjd med) (genomsnittet|snittet) (för likvärdiga kommuner|i kommungruppen) \(6,3\u00A0timmar\)/);
    expect(email.match(/längre än (rikssnittet|snittet i riket|genomsnittet i riket)/g) ?? []).toHaveLength(1);
  });
});

describe("a turn or run told alone in the body (read X: Gagnef's stood last in the e-mail section, after the response time)", () => {
  it("follows the change the lead told, or opens its section", () => {
    const c = named("Gagnef").composed;
    // (Or as a clause of the change: lead.turn-clause.)
    // (In the lead, or in its section when the lead had no need of it.)
    expect([...c.lead, ...c.sections.flatMap((x) => x.sentences)].map((s) => s.text).join(" ")).toMatch(/till 95\u00A0procent 2019(\. Efter två års försämring förbättrades e-postsvaren inom en arbetsdag|\. Därmed tog två år av försämring slut|, den första förbättringen efter två års försämring|, en vändning efter två års försämring|, och därmed bröts två års försämring)\. /);
    for (const r of releases) {
      for (const sec of r.composed.sections) {
        const lone = (s: Sentence): boolean => {
          const ids = [...new Set(s.claims.map((x) => x.split(".")[0]))];
          return ids.length === 1 && !s.claims.includes(`${ids[0]}.value`) && s.claims.some((x) => /\.(turnaround|streak)$/.test(x));
        };
        sec.sentences.forEach((s, i) => {
          const id = s.claims[0]?.split(".")[0] ?? "";
          const told = r.composed.lead.some((l) => l.claims.includes(`${id}.changeClass`) && l.claims.includes(`${id}.value`));
          // At the section's start (with other such turns and their measures' riket and group, no value between:
          // Tranås, Mörbylånga), or right after its own measure.
          const opening = sec.sentences.slice(0, i).every((x) => lone(x) || !x.claims.some((c) => c.endsWith(".value")));
          if (lone(s) && told && !opening) expect(sec.sentences[i - 1]?.claims.some((x) => x.startsWith(`${id}.`)), `${r.municipality.name}: ${s.text}`).toBe(true);
        });
      }
    }
  });
});

describe("'fortfarande i nivå med rikssnittet' (read AA: Norrköping was above riket in 2018)", () => {
  it("is said only of a measure that was at riket's level the year before", () => {
    const bad = releases.flatMap((r) =>
      [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)].flatMap((s) => {
        if (!/(fortfarande|fortsatt|alltjämt) (ligger |är )?i nivå med (rikssnittet|snittet i landet|riket)/.test(s.text)) return [];
        const f = r.analysis.findings.find((x) => s.claims.some((c) => c.startsWith(`${x.indicator.id}.`)));
        return f?.previousVsNational === "level" ? [] : [`${r.municipality.name}: ${s.text}`];
      }),
    );
    expect(bad).toEqual([]);
    expect(named("Norrköping").markdown).toMatch(/(sämsta resultatet för Norrköping|Norrköpings sämsta resultat)[^.]*, (men det är ändå|men ändå|men det ligger ändå) i nivå med rikssnittet(?: \([^)]*\))?\./);
  });
});

describe("a verdict just past the threshold for 'i nivå med' (read R: Kumla's 'i nivå med rikssnittet (55) och sämre än kommungruppen (56)')", () => {
  it("is 'något bättre' or 'något sämre' whenever every reference it names is within one and a half times `same`", () => {
    let slight = 0;
    for (const r of releases) {
      for (const f of r.analysis.findings) {
        if (f.indicator.unit !== "percent" || f.vsNational !== "worse" || f.national === null) continue;
        if (Math.abs(f.value - f.national) >= 1.5 * f.compareThresholds.same) continue;
        // The body's comparison with riket alone (the group level or on the other side): "något sämre än riket".
        // (Not a crossing, "ligger nu efter rikssnittet", which says it in its own words.)
        const s = body(r).find((x) => x.claims.includes(`${f.indicator.id}.vsNational`) && !x.claims.some((c) => /\.(changeClass|previousVsNational)$/.test(c)));
        if (!s || f.vsGroup !== "level") continue;
        expect(s.text, r.municipality.name).toMatch(/något sämre/);
        slight += 1;
      }
    }
    expect(slight).toBeGreaterThan(3);
    // (Kumla's lead said "i nivå med snittet i landet": the body gives riket's side in words and the group's with "något".)
    // (Since read HD the lead gives riket's figure, "i nivå med snittet i landet (55 procent)", and the body the group's side alone.)
    expect(named("Kumla").markdown).toMatch(/i nivå med snittet i landet \(55\u00A0procent\)\./);
    // (With Kumla's own figure since A/B read AB63: "Med 53 procent är direktsvaren …".)
    expect(named("Kumla").markdown).toMatch(/Med 53\u00A0procent är direktsvaren i telefon något sämre än (likvärdiga kommuner|kommungruppen|snittet för likvärdiga kommuner|snittet i kommungruppen) \(56\u00A0procent\)\./);
  });
});

describe("'fortfarande' every other time (read S: Jönköping's four)", () => {
  it("alternates with 'fortsatt' through a release, never the old-fashioned 'alltjämt' (read BY)", () => {
    for (const r of releases) {
      const text = [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)].map((x) => x.text).join(" ");
      expect(`${r.claims.headline} ${text}`, r.municipality.name).not.toMatch(/alltjämt/i);
      const words = text.match(/\b(fortfarande|fortsatt|alltjämt)\b/g) ?? [];
      for (let i = 1; i < words.length; i += 1) expect(words[i] === "fortfarande" && words[i - 1] === "fortfarande", r.municipality.name).toBe(false);
    }
    expect((named("Jönköping").markdown.match(/\bfortfarande\b/g) ?? []).length).toBeLessThanOrEqual(2);
  });
});

describe("approximate words (SPRAK.md)", () => {
  it("are said of 'andelen …', never of a short name ('Tillgängligheten i telefon var drygt fyra av tio' read as un-Swedish: read X, Ockelbo)", () => {
    const shorts = releases.flatMap((r) => r.analysis.findings.map((f) => f.indicator.short).filter((x) => x !== undefined));
    const bad = releases.flatMap((r) =>
      [...r.composed.lead, ...body(r)].filter((s) => shorts.some((n) => s.text.startsWith(`${n[0]?.toUpperCase()}${n.slice(1)} `) || s.text.startsWith(`Resultatet för ${n} `)) && /\b(av (tio|fyra|tre)|hälften) \(\d/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`),
    );
    expect(bad).toEqual([]);
    // (A short name given a share is "Resultatet för tillgängligheten i telefon var …": reads AC and AD.)
    // (Said "För tillgängligheten i telefon var andelen …", as "Resultatet för … ökade" read as clumsy: read AU.)
    // (Haninge's 34 procent, the example until read HC, is now told as the same as last year, without the figure.)
    expect(named("Forshaga").markdown).toContain("För tillgängligheten i telefon var andelen 35\u00A0procent 2019");
    // Where the long subject is said, the word stays ("drygt hälften (53 procent)"); not the "… av tio" forms, which
    // read as stiff beside the figure ("nästan sex av tio (59 procent)", "sex av tio (60 procent)": read GU).
    expect(releases.filter((r) => /[Aa]ndelen [^.]* (drygt|nästan)? ?(\S+ (tredjedel|fjärdedel)(ar)?|hälften) \(\d+\u00A0procent\)/.test(r.markdown)).length).toBeGreaterThan(15);
    // A share is "två tredjedelar", never "två av tre" people (read JZ: "Andelen … var två av tre (67 procent)", Hörby).
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/[Aa]ndelen [^.]* (var|till|på) (drygt |nästan )?\S+ av (fyra|tre) \(/u);
    // (Said of "andelen"; as the subject of a share's rise, "Nästan nio av tio e-postfrågor (87 procent) besvarades …",
    // the form EDITORIAL.md §9 gives, A/B read AB71 preferred it in 11 of 12 pairs.)
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/[Aa]ndelen [^.]*\S+ av tio \(\d+\u00A0procent\)/);
  });
});

describe("a narrow record's hedge (read W: Vingåker, Åtvidaberg)", () => {
  const all = (r: GeneratedRelease) => [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)];
  it("'med knapp marginal' or 'liten marginal' at most once in a release", () => {
    const twice = releases.filter((r) => (r.markdown.match(/(knapp|liten) marginal/g) ?? []).length > 1).map((r) => r.municipality.name);
    expect(twice).toEqual([]);
    // (In the ingress since read DD, with last year's figure beside it: "48 procent 2019 (mot 49 procent året innan)";
    // "(året innan 49 procent)" read as clumsy, read FX.)
    expect(named("Älvsbyn").markdown).toMatch(/Älvsbyn har därmed sitt sämsta resultat hittills, om än knappt\.|48\u00A0procent 2019 \((mot )?49\u00A0procent (året innan|ett år tidigare)\), (det sämsta|Älvsbyns sämsta nivå|kommunens sämsta nivå)/);
  });

  it("is not said after a sentence that called the year no change, however it said so (Täby, Hagfors: '… har knappt förändrats. … hittills, med knapp marginal.')", () => {
    const bad = releases.flatMap((r) =>
      all(r).flatMap((s, i, list) => (/(marginal|om än knappt|året innan är (liten|litet))\.$/.test(s.text) && /förändrades knappt|i stort sett (oförändra|densamma)|knappt förändrats|låg kvar/.test(list[i - 1]?.text ?? "") ? [`${r.municipality.name}: ${s.text}`] : [])),
    );
    expect(bad).toEqual([]);
    // A time's best by a hair after no change says "ändå", no hedge (Uddevalla: 8,3 → 8,2 timmar). A share's 34 → 35
    // procent, 34 the old best, is level with the best and says no record at all (Vingåker; a later read).
    expect(named("Uddevalla").markdown).toMatch(/8,2\u00A0timmar 2019 mot 8,3\u00A0timmar 2018\. (Det är ändå Uddevallas bästa resultat hittills|Resultatet är ändå det bästa hittills för Uddevalla)\. /);
    // (Read BR then found it left out while narrow lows were told: "i nivå med det bästa hittills", no hedge.)
    // (Reads BX and CB found "i nivå med" hid the highest share yet: "ändå", no hedge.)
    // (Since read LO: "var andelen i stort sett densamma", not "förändrades andelen knappt".)
    expect(named("Vingåker").markdown).toMatch(/För tillgängligheten i telefon var andelen i stort sett densamma: 35\u00A0procent 2019 mot 34\u00A0procent 2018\. [^.]*ändå [^.]*Vingåkers bästa resultat hittills\. /);
  });
});

describe("riket's side of a response time in the lead as a multiple", () => {
  it("never after a change's two figures, where it would be a third (Södertälje: 'från 1,5 timmar 2018 till 3 timmar 2019, men är ändå hälften så lång som rikssnittet')", () => {
    const all = releases.flatMap((r) => r.composed.lead.map((s) => s.text));
    expect(all.filter((t) => /från [\d,]+\u00A0timm\S* \d{4} till [\d,]+\u00A0timm\S* \d{4}[^.]*så lång som rikssnittet/.test(t))).toEqual([]);
    expect(named("Södertälje").composed.lead.map((s) => s.text).join(" ")).toMatch(/till 3\u00A0timmar 2019\. Den är ändå kortare än rikssnittet(?: \([^)]*\))?\./);
    // (After a record's sentence, with no figures of its own, the multiple stays: Piteå.)
    expect(named("Piteå").composed.lead.map((s) => s.text).join(" ")).toMatch(/nästan dubbelt så lång som rikssnittet/);
  });
});

describe("a share far ahead of riket is not left to the body (read W: Arboga's direct answers, 71 against 55 procent)", () => {
  it("is said in the lead, with the degree word of its gap, when the lead tells no other share far ahead", () => {
    const lead = (n: string) => named(n).composed.lead.map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    expect(lead("Arboga")).toContain("är klart bättre än rikets: 71 procent mot 55 procent.");
    // 18 points is "mycket", never "klart" (twice `strong` would be "långt").
    expect(lead("Staffanstorp")).toMatch(/klart bättre[^.]*78 procent mot (rikssnittets )?60 procent/);
    for (const r of uncounted()) {
      const far = r.analysis.findings.filter((f) => f.vsNational === "much-better" && f.indicator.unit === "percent" && f.value - (f.national ?? f.value) >= 1.5 * f.compareThresholds.strong);
      if (far.length === 0) continue;
      // (Or the first section's opening, right under the paragraph below the ingress, where a section of one sentence
      // took it, A/B read AB19; since read IK one of two or three too, before its measure's own sentences: Lerum's
      // tillgänglighet, after one sentence on the direct answers.)
      // (Since AB29, past sixty words of ingress, the opening of its measure's own section: Forshaga's, Karlskoga's and
      // Nora's gaps read better there than as an ingress's fourth sentence.)
      const opens = r.composed.sections.flatMap((x) => x.sentences.slice(0, 2));
      const ids = new Set([...r.composed.lead, ...opens].flatMap((s) => s.claims.map((c) => c.split(".")[0])));
      // (Unless the lead tells another share far ahead already: Huddinge's e-mail answers within a day.)
      const ahead = r.analysis.findings.filter((f) => f.vsNational === "much-better" && f.indicator.unit === "percent");
      if (ahead.some((f) => ids.has(f.indicator.id) && !far.includes(f))) continue;
      expect(far.some((f) => ids.has(f.indicator.id)), r.municipality.name).toBe(true);
    }
  });
});

describe("read V of 2026-12-02", () => {
  it("the body does not repeat the multiple of riket's time the lead gave, and gives the group alone (Eslöv)", () => {
    const md = named("Eslöv").markdown;
    expect(md.match(/nästan dubbelt så lång som/g) ?? []).toHaveLength(1);
    // ("I Eslöv är …" is said once in a release, reads BC and BD: the ingress or this sentence has it.)
    expect(md).toMatch(/(I Eslöv är svarstiden(?: på e-post)?|Svarstiden(?: på e-post)? (i Eslöv )?är) mer än dubbelt så lång som snittet i kommungruppen \(5,4\u00A0timmar\)\./);
  });

  it("the summary names its lone measure without 'Undantaget är …, där resultatet är …' (Eksjö, Mariestad, Kiruna)", () => {
    for (const r of releases) expect((r.composed.intro ?? []).map((x) => x.text).join(" "), r.municipality.name).not.toMatch(/Undantaget är [^.]*, där resultatet är/);
  });
});

describe("a share far behind riket is not left to the body (reads R and S: Vara's and Skinnskatteberg's e-mail answers within a day)", () => {
  it("is in the lead when it is at its worst yet, or 15 points behind and no other far weakness is told", () => {
    let told = 0;
    for (const r of uncounted()) {
      // (Or the first section's opening, right under the summary: read IK moved Kinda's direct answers into the Telefon
      // section of two below it.)
      const lead = [...r.composed.lead, ...(r.composed.sections[0]?.sentences.slice(0, 2) ?? [])];
      const about = (id: string) => lead.some((s) => s.claims.some((c) => c.startsWith(`${id}.`)));
      const far = r.analysis.findings.filter((f) => f.vsNational === "much-worse" && f.indicator.unit === "percent");
      const otherFar = (id: string) => far.some((f) => f.indicator.id !== id && about(f.indicator.id));
      for (const f of far) {
        const id = f.indicator.id;
        // (A worst by a hair, 41 against 42, is told in the body with its margin: Vingåker.)
        const worst = r.claims.plan?.indicators.find((i) => i.id === id)?.time.some((t) => t.kind === "record" && t.polarity < 0 && !t.narrow) === true;
        const big = (f.national ?? 0) - f.value >= 1.5 * f.compareThresholds.strong;
        const also = lead.some((s) => s.claims.includes(`${id}.changeClass`));
        if (!(worst || (big && !otherFar(id))) || also) continue;
        expect(about(id), `${r.municipality.name} (${id}): ${lead.map((s) => s.text).join(" ")}`).toBe(true);
        told += 1;
      }
    }
    expect(told).toBeGreaterThanOrEqual(5);
    const text = (n: string) => named(n).composed.lead.map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    // (With its worst yet since read IP.)
    expect(text("Vara")).toMatch(/Resultatet för andelen e-postfrågor som besvaras inom en arbetsdag är klart sämre än rikets: 72 procent mot 84 procent, (Varas sämsta hittills|det sämsta hittills för Vara|Varas svagaste resultat hittills)\./);
    expect(text("Skinnskatteberg")).toContain("För andelen e-postfrågor som besvaras inom en arbetsdag är resultatet klart sämre än i riket: 66 procent mot 84 procent.");
    // "däremot" once in a lead.
    for (const r of releases) expect((r.composed.lead.map((s) => s.text).join(" ").match(/\bdäremot\b/gi) ?? []).length, r.municipality.name).toBeLessThanOrEqual(1);
  });
});

describe("the count's exception is named (a read asked which measure 'fyra av fem' leaves out)", () => {
  it("every 'n av m' count with one measure on riket's other side names that measure, with its value and riket's, right after the count", () => {
    let named = 0;
    for (const { r, summary } of counts()) {
      const better = summary.better >= summary.worse;
      const against = r.analysis.findings.filter((f) => f.vsNational !== null && (better ? /worse/ : /better/).test(f.vsNational));
      if (against.length !== 1) continue;
      const f = against[0]!;
      const lead = r.composed.lead.map((s) => s.text);
      const plain = (t: string) => t.replace(/\u00A0/g, " ").toLowerCase();
      const at = lead.findIndex((t) => plain(t).includes(f.indicator.subject) || (f.indicator.short !== undefined && plain(t).includes(f.indicator.short)));
      // After the count: what it left out, and the largest gap on its side (with its place, when it has one).
      const first = r.composed.lead.findIndex((s, i) => i > 0 && !/^(Mätningen \d+ gav inget|(Störst|Längst) |.* av de \d+\u00A0kommunerna)/.test(s.text));
      // Told elsewhere in the lead (its change, its crossing): the lead names it already.
      if (at > first) continue;
      expect(at, `${r.municipality.name}: ${lead.join(" ")}`).toBe(first);
      // Its crossing may tell it instead ("Men i Täby har andelen … gått från bättre till sämre än rikssnittet").
      if (/(nu (sämre|bättre)|gått från (bättre till sämre|sämre till bättre)) än rikssnittet/.test(lead[at] ?? "")) continue;
      // (With a measure level with riket too, it is the only one on the other side, not the count's only exception.)
      expect(lead[at], r.municipality.name).toMatch(summary.better + summary.worse < summary.total ? /Det enda måttet|ligger \S+ (sämre|bättre) till än riket/ : /undantaget|Det enda måttet/i);
      const fmt = (v: number) => String(v).replace(".", ",");
      expect(lead[at], r.municipality.name).toContain(`${fmt(f.value)}\u00A0`);
      expect(lead[at], r.municipality.name).toContain(`${fmt(f.national ?? NaN)}\u00A0`);
      named += 1;
    }
    expect(named).toBeGreaterThanOrEqual(5);
  });

  it("Malmö: better than riket on four of five, and the e-mail response time nearly twice riket's is in the lead", () => {
    const lead = releases.find((r) => r.municipality.name === "Malmö")?.composed.lead.map((s) => s.text) ?? [];
    // Right after the count it excepts (Lomma, read AE: after the largest gap it read as excepting that).
    expect(lead[1]).toMatch(/^Undantaget är den genomsnittliga svarstiden för e-post.*nästan dubbelt så lång som rikssnittet/);
  });
});

describe("a measure's record in its section while its change stands under the ingress", () => {
  it("joins the change there (read IT: Malmö's bemötande, down 7 points under the ingress, its lowest yet five sentences later)", () => {
    const malmo = named("Malmö").composed;
    const under = malmo.lead.slice(malmo.ingress).map((s) => s.text).join(" ");
    expect(under).toMatch(/gott bemötande via telefon sjönk med 7\u00A0procentenheter[^.]*\. (Resultatet för bemötandet i telefon är det sämsta|Malmö har sitt sämsta resultat för bemötandet i telefon) i alla mätningar sedan 2014/);
    expect(malmo.sections.flatMap((x) => x.sentences).some((s) => s.claims.includes("bemotande.record"))).toBe(false);
  });
});

describe("'Årets resultat' as an opening", () => {
  it("is said at most twice before a release says whose result it is (read IT: four in Ljungby's release, four in Herrljunga's)", () => {
    for (const r of releases) expect(r.markdown.match(/(^|\. |\*\*)(Men )?[Åå]rets resultat/gmu)?.length ?? 0, r.municipality.name).toBeLessThanOrEqual(3);
    expect(named("Herrljunga").markdown).toMatch(/(Herrljungas resultat|Resultatet) 2019 är (omkring|ungefär|cirka) 10\u00A0procentenheter sämre än (både )?rikssnittet och likvärdiga kommuner\./u);
    // Not right after a sentence that named the municipality: "… Ljungbys bästa resultat hittills. Ljungbys resultat 2019 …".
    expect(named("Ljungby").markdown).not.toMatch(/Ljungbys [^.]*\. Ljungbys resultat 2019/u);
  });
});

describe("a response time a multiple of its group's average but not of riket's", () => {
  it("says the group's multiple beside riket's verdict (read IT: Staffanstorp's 9,2 timmar, 'fortsatt längre än … (6 och 5 timmar)', nearly twice its group's)", () => {
    expect(named("Staffanstorp").markdown).toContain("är fortsatt längre än snittet i riket (6\u00A0timmar) och nästan dubbelt så lång som snittet i kommungruppen (5\u00A0timmar).");
    // A shorter one too: Ronneby's 3,6 timmar against the group's 6,8.
    expect(named("Ronneby").markdown).toContain("kortare än snittet i riket (6\u00A0timmar) och drygt hälften så lång som snittet för likvärdiga kommuner (6,8\u00A0timmar).");
  });
});

describe("riket's side of a turn, a sentence of its own in the ingress", () => {
  it("gives riket's figure, which the body may never give (read IS: Örebro's bemötande, 'Den är ändå bättre än rikssnittet.' and nothing more)", () => {
    expect(named("Örebro").markdown).toContain("Den är ändå bättre än rikssnittet (84\u00A0procent).");
  });
});

describe("a real change of a time by three quarters or more", () => {
  it("is told by its ratio beside the figures, not as a plain 'ökade' (Ånge's response time, 2,6 → 4,6 timmar; read IQ)", () => {
    expect(named("Ånge").markdown).toContain("Den genomsnittliga svarstiden för e-post har ökat med mer än tre fjärdedelar, från 2,6\u00A0timmar 2018 till 4,6\u00A0timmar 2019.");
  });
});

describe("a change below the threshold is not dramatised by its ratio", () => {
  it("an unchanged time (under 1 timme) is told as a ratio only when nearly halved or doubled (Österåker: 2,4 → 3,1 timmar is no 'nästan en tredjedel')", () => {
    for (const r of releases) {
      for (const f of r.analysis.findings) {
        if (f.changeClass !== "unchanged" || f.previous === null || f.previous <= 0) continue;
        const ratio = f.value / f.previous;
        const sentences = [...r.composed.lead, ...body(r)].filter((s) => s.claims.includes(`${f.indicator.id}.ratio`));
        if (ratio >= 0.565 && ratio < 1.85) expect(sentences.map((s) => s.text), `${r.municipality.name} ${f.indicator.id} ${f.previous} → ${f.value}`).toEqual([]);
      }
    }
    const osteraker = releases.find((r) => r.municipality.name === "Österåker");
    expect([...(osteraker?.composed.lead ?? []), ...(osteraker ? body(osteraker) : [])].map((s) => s.text).join(" ")).toMatch(/3,1\u00A0timmar/);
  });
});

describe("'Även det' and 'Också den siffran' follow only the record just told", () => {
  it("a record sentence that says 'Även'/'Också' comes right after the previous measure's record of the same kind, in the same section", () => {
    const bad: string[] = [];
    for (const r of releases) {
      for (const sec of r.composed.sections) {
        let last: { id: string; best: boolean } | undefined;
        let prevId = "";
        for (const s of sec.sentences) {
          const id = s.claims[0]?.split(".")[0] ?? "";
          if (id !== prevId && !(last && last.id === prevId)) last = undefined;
          const record = s.claims.some((c) => c.endsWith(".record"));
          const best = /bäst|bättre|rekord/.test(s.text);
          if (record && /^(Även|Också) /.test(s.text) && (!last || last.best !== best || last.id === id)) bad.push(`${r.municipality.name}: ${s.text}`);
          if (record) last = { id, best };
          prevId = id;
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("the news the other way: a change to a record, then the larger change", () => {
  it("Sollentuna: after bemötande's record low, the 9-point rise to its best tillgänglighet ever, not a 4-point rise in e-post", () => {
    const lead = releases.find((r) => r.municipality.name === "Sollentuna")?.composed.lead.map((s) => s.text).join(" ") ?? "";
    expect(lead).toMatch(/handläggare inom en minut[^.]*från 48\u00A0procent 2018 till 57\u00A0procent 2019/);
    expect(lead).toMatch(/bästa resultatet hittills|resultat är därmed det bästa hittills/);
  });

  it("after a place, its own change stays the counterweight (Tingsryd: 'e-postsvaren blir bättre – men ändå nära botten')", () => {
    const r = releases.find((x) => x.municipality.name === "Tingsryd");
    expect(r?.composed.lead[1]?.text).toMatch(/5\u00A0procentenheter bättre än året innan/);
  });
});

describe("a lead's news at riket's level says so", () => {
  it("a lone change in the lead, level with riket, gets the comparison (Norrtälje: 89 → 85 %, riket 84)", () => {
    // (Since read IZ after the count of measures better than riket, which took the headline.)
    const lead = releases.find((r) => r.municipality.name === "Norrtälje")?.composed.lead.map((s) => s.text) ?? [];
    const at = lead.findIndex((s) => /från 89\u00A0procent 2018 till 85\u00A0procent 2019/.test(s));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(lead[at + 1]).toMatch(/(samma nivå som|i nivå med|i jämnhöjd med) [^.]*rikssnittet[^.]*84\u00A0procent/);
  });

  it("a best-ever in the lead that is only at riket's level says that too (Tidaholm: 82 %, riket 84)", () => {
    const lead = releases.find((r) => r.municipality.name === "Tidaholm")?.composed.lead.map((s) => s.text) ?? [];
    expect(lead[1]).toMatch(/bästa resultat[^.]*, (och resultatet ligger i nivå med|och resultatet är i nivå med|men resultatet är bara i nivå med) rikssnittet(?: \([^)]*\))?\.$/);
  });
});

describe("a count against riket is not the headline over a year that moved the other way", () => {
  it("no 'sämre än riket på fyra av fem' when four of five improved since last year (Mönsterås), and the other way round", () => {
    for (const { r, summary } of counts()) {
      const worse = summary.worse >= summary.total - 1;
      const against = r.analysis.findings.filter((f) => (worse ? /improved/ : /declined/).test(f.changeClass ?? "")).length;
      expect(against, `${r.municipality.name}: ${r.claims.headline}`).toBeLessThan(summary.total - 1);
    }
    expect(counts().length).toBeGreaterThan(5);
    expect(releases.find((r) => r.municipality.name === "Mönsterås")?.claims.headline).not.toMatch(/på fyra av fem mått/);
  });
});

describe("a tie among the ten weakest that reaches past tenth from the bottom", () => {
  it("is 'bara sju kommuner har ett sämre resultat', not 'bland de tio sämsta' (Linköping: six share places 8–13 from the bottom)", () => {
    let straddling = 0;
    for (const r of releases) {
      for (const f of r.analysis.findings) {
        const k = f.rank;
        if (!k?.tied || k.of < 20 || k.position <= 10) continue;
        const below = k.of - (k.position + k.tied - 1);
        if (below >= 10 || below + k.tied <= 10) continue;
        straddling += 1;
        const placed = [...r.composed.lead, ...body(r)].filter((s) => s.claims.includes(`${f.indicator.id}.rank`));
        const headline = r.claims.plan?.headline?.includes(f.indicator.id) ? [r.claims.headline] : [];
        expect(placed.length, r.municipality.name).toBeGreaterThan(0);
        expect([...headline, ...placed.map((s) => s.text)].join(" "), r.municipality.name).not.toMatch(/tio (sämsta|sista|svagaste)/);
      }
    }
    expect(straddling).toBeGreaterThan(3);
    const lead = releases.find((r) => r.municipality.name === "Linköping")?.composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/bara sju kommuner i landet (ett sämre resultat|har ett sämre resultat)/i);
  });
});

describe("a crossing the lead has compared already", () => {
  it("the body gives only last year's side, naming the measure (Mora: riket's 55 % and the group's 57 % were in the lead)", () => {
    const r = releases.find((x) => x.municipality.name === "Mora");
    const first = r?.composed.sections[0]?.sentences[0];
    // It says this year's crossing, not only last year's side: "Året innan låg Mora under riket …" opening the section
    // read as a stray sentence (read FJ).
    // (With the year, not "i år" or "årets": the release is read the year after, SPRAK.md; read IP.)
    expect(first?.text).toMatch(/^(Med 2019 års resultat har Mora gått förbi riket för direktsvaren i telefon|Mora gick om riket för direktsvaren i telefon 2019)[;:] så sent som 2018 var resultatet sämre än rikssnittet(?: \([^)]*\))?\.$|^För direktsvaren i telefon tog sig Mora över rikssnittet 2019, efter att ha legat under 2018\.$/);
    // No "i år" in any release's own words (a user's quote aside).
    for (const x of releases) for (const s of [...x.composed.lead, ...body(x)]) expect(s.text, x.municipality.name).not.toMatch(/(?<!\p{L})[Ii] år(?!\p{L})/u);
    expect(body(r!).filter((s) => s.claims.includes("svar-pa-fragan.national"))).toEqual([]);
  });
});

describe("a section never opens with a word that points back", () => {
  it("no body section's first sentence starts with 'Det är', 'Även', 'Också' or 'Därmed' (Tibro: 'Det är tredje året i rad som …' opened the e-post part)", () => {
    const bad = releases.flatMap((r) => r.composed.sections.map((s) => s.sentences[0]?.text ?? "").filter((t) => /^(Det är|Det var|Även|Också|Därmed) /.test(t)).map((t) => `${r.municipality.name}: ${t}`));
    expect(bad).toEqual([]);
  });
});

describe("how far back 'hittills' reaches", () => {
  it("a release that tells a record or a streak says in its fact box which years the comparison covers; one that tells none does not", () => {
    let told = 0;
    for (const r of releases) {
      // (A level-best's "Det är ändå Vansbros bästa resultat hittills" too: its box lacked the years, read GY.)
      const timed = [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)].some((s) => s.claims.some((c) => /\.(record|tie|streak|longRun|turnaround)$/.test(c)) || /\bhittills\b/.test(s.text));
      const fact = r.composed.facts.find((s) => s.text.startsWith("Jämförelser med tidigare år"));
      if (!timed) {
        expect(fact, r.municipality.name).toBeUndefined();
        continue;
      }
      told += 1;
      const years = Object.keys(r.municipality.results).map(Number);
      const first = Math.min(...years);
      const gaps = Array.from({ length: 2019 - first + 1 }, (_, i) => first + i).filter((y) => !years.includes(y));
      if (gaps.length === 0) {
        expect(fact?.text, r.municipality.name).toBe(`Jämförelser med tidigare år, som ”bästa resultatet hittills”, gäller ${first}–2019, de år som finns med i underlaget.`);
      } else {
        // A year missing in between is said (a read: Sala has no 2017, Storfors none either).
        expect(fact?.text, r.municipality.name).not.toContain(`${first}–2019`);
        const next = r.composed.facts[r.composed.facts.indexOf(fact as (typeof r.composed.facts)[number]) + 1];
        expect(next?.text, r.municipality.name).toBe(`För ${r.municipality.name} saknas resultat för ${gaps.join(" och ")}.`);
      }
    }
    expect(told).toBeGreaterThan(100);
  });

  it("Sala's fact box: 2014–2016 och 2018–2019, and 2017 said missing", () => {
    const facts = named("Sala").composed.facts.map((s) => s.text).join(" ");
    expect(facts).toContain("gäller 2014–2016 och 2018–2019, de år som finns med i underlaget. För Sala saknas resultat för 2017.");
  });
});

describe("a count of best records says which are by a hair", () => {
  it("leaves the count in the ingress unhedged and gives the margin beside the measure's own figures in the body (Nacka: direktsvar 60 against 59 % in 2017; ', men för … är marginalen knapp' in the count read as a hedge before the news, two reads of 2026-12-02)", () => {
    const r = releases.find((x) => x.municipality.name === "Nacka");
    const lead = r?.composed.lead.map((s) => s.text) ?? [];
    const count = lead.find((t) => /bästa nivå hittills på alla mått utom/.test(t));
    // (With its source: the count alone repeated the headline, reads AT and AU.)
    expect(count).toBe("Nacka når sin bästa nivå hittills på alla mått utom bemötandet i telefon, framgår det av Kommunens Kvalitet i Korthet (KKiK) 2019.");
    const text = r ? body(r).map((s) => s.text) : [];
    const at = text.findIndex((t) => /^Andelen som får ett direkt svar på en enkel fråga via telefon steg med 4\sprocentenheter/.test(t));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(text[at + 1]).toMatch(/tidigare (bästa|rekordet),? \(?59\u00a0procent 2017/);
    expect(text[at + 1]).toMatch(/1\u00a0procentenhet/);
  });

  const isCount = (s: Sentence): boolean => s.claims.filter((c) => c.endsWith(".record")).length >= 3 && /bästa/.test(s.text) && /utom|på alla|av (två|tre|fyra|fem|sex) mått/.test(s.text);

  it("in every release, a count of best records carries no hedge, and each narrow record in it whose old best was before last year gets its margin in the body", () => {
    let told = 0;
    for (const r of releases) {
      const all = [...r.composed.lead, ...(r.composed.intro ?? [])];
      for (const s of all) {
        // (A list of three names its narrow ones, "och med knapp marginal även för …": Vallentuna.)
        if (isCount(s)) expect(s.text, r.municipality.name).not.toMatch(/marginal/);
      }
      const counted = all.some(isCount);
      if (!counted) continue;
      for (const ind of r.claims.plan?.indicators ?? []) {
        // (A record reached by a strong change is no record by a hair: Sigtuna's 43 → 54 procent past 53 in 2015.)
        if (!ind.time?.some((t) => t.kind === "record" && t.narrow && t.polarity > 0) || ind.facts.includes("strong-change")) continue;
        const old = r.claims.indicators.find((i) => i.id === ind.id)?.record;
        if (!old || old.previous.years.includes(r.claims.year - 1)) continue;
        const said = body(r).some((s) => s.claims.includes(`${ind.id}.record`) && /tidigare (bästa|rekordet)/.test(s.text));
        expect(said, `${r.municipality.name} ${ind.id}`).toBe(true);
        told += 1;
      }
    }
    expect(told).toBeGreaterThan(3);
  });
});

describe("a record by less than a change counts says its margin", () => {
  it("best and worst alike: every sentence telling one narrow record gives the margin to the old one, a worst-ever the old worst with its year (Älvdalen's best by 1 point, Herrljunga's worst by 1; Vingåker's garbled ', 1 procentenhet sämre än det tidigare sämsta')", () => {
    let told = 0;
    for (const r of releases) {
      const narrow = new Set(r.claims.plan?.indicators?.filter((x) => x.time?.some((t) => t.kind === "record" && t.narrow)).map((x) => x.id));
      const all = [...r.composed.lead, ...body(r)];
      for (const [k, s] of all.entries()) {
        const records = s.claims.filter((c) => c.endsWith(".record"));
        if (records.length !== 1) continue;
        const id = records[0]!.split(".")[0]!;
        // (Riket's context takes the sentence's one turn: "…, men fortfarande klart sämre än rikssnittet".)
        // (With riket's "men" too: the margin goes in brackets before it, Kalmar and Lerum.)
        if (!narrow.has(id)) continue;
        // A worst-ever whose old worst was last year, right after the change sentence that gave both figures,
        // adds nothing (two reads: Herrljunga, Sorsele); a best by a hair over last year's is told as no change,
        // the record after it (stale).
        if (r.claims.plan?.indicators?.find((x) => x.id === id)?.time?.some((t) => t.kind === "record" && t.stale)) continue;
        const old = r.claims.indicators.find((i) => i.id === id)?.record;
        // Likewise a best whose old best was last year: the sentence before gave both figures (reads BN, BR found
        // "strax kortare än rekordet från året innan" garbled); alone, it gives last year's figure.
        const lastYear = old !== undefined && old.previous.years.length === 1 && old.previous.years[0] === r.claims.year - 1;
        if (lastYear && all[k - 1]?.claims.includes(`${id}.previous`)) continue;
        // And after a sentence that said the measure barely changed since last year's old record: that is the margin
        // (Täby's 82 → 81, "… har knappt förändrats. Täby har därmed sitt sämsta resultat hittills.").
        if (lastYear && /knappt förändrats|förändrades (andelen )?knappt/.test(all[k - 1]?.text ?? "")) continue;
        told += 1;
        expect(s.text, r.municipality.name).toMatch(/tidigare (bästa|sämsta|rekordet|toppnoteringen|bottennoteringen|bottenresultatet)|gamla rekordet|(förra|tidigare) (rekord|bottennotering|toppnotering|bästa|sämsta)|om än bara med|med knapp marginal|året innan var (det|siffran) \d|((upp|ner) från|mot|jämfört med) [^.]*(året innan|förra årets|ett år tidigare)|\d{4} \(((mot )?\d[^)]*(året innan|ett år tidigare))\)/);
      }
    }
    expect(told).toBeGreaterThan(30);
  });
});

describe("a record reached by a step too small to count", () => {
  it("is told in the lead by its value, with last year's figure in plain words (Ronneby: 4,4 → 3,6 timmar; 'strax kortare än det tidigare bästa från året innan' read as garbled, reads BR, BN)", () => {
    const lead = releases.find((r) => r.municipality.name === "Ronneby")?.composed.lead.map((s) => s.text).join(" ") ?? "";
    // "mot 4,4 timmar året innan": "ner från förra årets 4,4 timmar" read as a calque (sweep 3).
    // Last year's figure in brackets before the record's apposition (sweep 9: at the end it dangled).
    expect(lead).toMatch(/svarstiden för e-post var 3,6\u00A0timmar 2019 \((mot )?4,4\u00A0timmar (året innan|ett år tidigare)\), (det bästa|Ronnebys bästa nivå|kommunens bästa nivå)[^.]*\./);
    expect(lead).not.toMatch(/strax kortare|förra årets/);
  });
});

describe("a gap headline takes the widest gap", () => {
  it("of gaps as strong as each other, the one farthest from riket leads (Kungsbacka: direct answers 10 points under riket, not tillgänglighet 7 under)", () => {
    const r = releases.find((x) => x.municipality.name === "Kungsbacka");
    expect(r?.composed.lead[0]?.text).toMatch(/direkt svar på en enkel fråga via telefon på 45\u00A0procent 2019/);
  });
});

describe("thresholds without floating-point noise, and a channel only for two measures", () => {
  it("a 1-hour margin over the old best (8,7 → 7,7 timmar) is a real margin, not 'bara marginell' (Ljungby)", () => {
    const r = releases.find((x) => x.municipality.name === "Ljungby");
    const text = [...(r?.composed.lead ?? []), ...(r?.composed.intro ?? [])].map((s) => s.text).join(" ");
    // (Counted as a clear record: never among the count's narrow ones.)
    expect(text).not.toMatch(/svarstiden på e-post[^.]*tidigare bästa bara|– för[^.]*svarstiden på e-post[^.]*med (knapp|liten) marginal|, men för [^.]*svarstiden på e-post[^.]* är marginalen|marginalen är knapp för [^.]*svarstiden på e-post/);
    expect(r?.claims.indicators.find((i) => i.id === "epost-svarstid")?.record?.kind).toBe("best");
  });

  it("no headline names a channel where only one of its measures has a result (Ljusnarsberg: e-post without its response time)", () => {
    const r = releases.find((x) => x.municipality.name === "Ljusnarsberg");
    expect(r?.claims.headline).not.toMatch(/via e-post|Servicen/);
    expect(r?.claims.headline).toMatch(/[Ee]-postsvar(en| inom en dag)/);
  });
});

describe("first and last in the municipal group", () => {
  // In the lead (where every first and last place in the group is said now) or in the body.
  const groupSentences = (r: GeneratedRelease) =>
    [r.composed.lead, ...r.composed.sections.map((sec) => sec.sentences)].flatMap((list) =>
      list.flatMap((s, i) => {
        const id = s.claims.find((c) => c.endsWith(".groupRank"))?.split(".")[0];
        const before = list[i - 1]?.claims[0]?.split(".")[0];
        return id === undefined ? [] : [{ id, text: s.text, follows: before === id }];
      }),
    );

  it("is said where no place in the country is told (a read: Härjedalen's 3,3 timmar is the group's best, Borås shares its last place on e-post with Jönköping)", () => {
    expect(groupSentences(named("Härjedalen"))).toEqual([expect.objectContaining({ id: "epost-svarstid", text: expect.stringMatching(/(bäst|bättre)[^.]*19\u00A0kommunerna i kommungruppen|19\u00A0kommunerna i kommungruppen[^.]*(först|bättre)/) })]);
    expect(groupSentences(named("Borås"))).toEqual([expect.objectContaining({ id: "epost-en-dag", text: expect.stringMatching(/sista plats(en)?[^.]*med Jönköping/) })]);
  });

  it("agrees with the place the claims hold, and names the measure unless the sentence before is about it (Vilhelmina: the group's best direct answers came after bemötandet)", () => {
    let told = 0;
    for (const r of releases) {
      for (const s of groupSentences(r)) {
        told++;
        const g = r.claims.indicators.find((i) => i.id === s.id)?.rank?.group;
        expect(g, `${r.municipality.name}: ${s.text}`).toBeDefined();
        const first = g?.position === 1;
        expect(s.text, r.municipality.name).toMatch(first ? /bättre|bäst|först|främst/ : /svagare|svagast|sist/);
        // (The lead's opening group place names it by its subject: "I Jönköpings kommun var andelen … 67 procent 2019, …".)
        const subject = r.analysis.findings.find((f) => f.indicator.id === s.id)?.indicator.subject ?? "";
        if (!s.follows) expect(/(^| )[Ff]ör [a-zåäö-]+/.test(s.text) || s.text.replace(/\u00A0/g, " ").toLowerCase().includes(subject.toLowerCase()), `${r.municipality.name}: ${s.text}`).toBe(true);
      }
    }
    expect(told).toBeGreaterThan(15);
  });

  it("is never said in a group too small to rank in (Malmö among the three large cities)", () => {
    expect(named("Malmö").claims.indicators.some((i) => i.rank?.group)).toBe(false);
    expect(groupSentences(named("Malmö"))).toEqual([]);
  });
});

describe("a lead about one measure takes a second measure's strong news", () => {
  it("a shared first place is followed by the direct answers' fifth rise in a row (Kramfors: a lead of one sentence read as thin)", () => {
    const lead = named("Kramfors").composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/delar[^.]*(landets bästa resultat|förstaplatsen)|delad förstaplats/);
    expect(lead).toMatch(/direkt svar[^.]*66\u00A0procent[^.]*(\. Det är )?[^.]*(femte förbättringen i rad|femte året i rad)/);
  });

  it("never beside a count, which names several measures already (Ystad: three records, one change)", () => {
    const lead = named("Ystad").composed.lead.map((s) => s.text).join(" ");
    expect(named("Ystad").claims.plan?.angle).toBe("records");
    expect(lead).toMatch(/71 procent 2018/);
    expect(lead).not.toMatch(/80 procent 2018/);
  });
});

describe("a comparison in the lead after news on two measures", () => {
  it("names the measure it compares, not the municipality alone (Borås: 'Men Borås ligger klart bättre till' read as Borås as a whole, after two falls)", () => {
    // (Borås: riket's side now comes with the direct answers' fifth fall, which names them.)
    // (Since reads GK, GL and AB2 the run names its measure, "För direktsvaren i telefon är det den femte försämringen i
    // rad": "Minskningen är den femte i rad" after two falls left the reader to guess which.)
    expect(named("Borås").composed.lead.map((s) => s.text).join(" ")).toMatch(/i rad[^.]*, men direktsvaren(?: i telefon)? [^.]*rikssnittet|För direktsvaren(?: i telefon)? är det den femte försämringen i rad, men resultatet [^.]*rikssnittet/);
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(Minskningen|Ökningen) är den \S+ i rad/);
    for (const name of ["Sundsvall"]) {
      const lead = named(name).composed.lead.map((s) => s.text);
      const cmp = lead.find((t) => /än både riket/.test(t)) ?? "";
      expect(cmp, name).toMatch(/direktsvaren i telefon|tillgängligheten i telefon/);
      expect(cmp, name).not.toMatch(new RegExp(`^(Men )?${name} ligger`));
    }
  });
});

describe("strong changes among the records a count has just named", () => {
  it("are said right after the count, named last in it, not 'Även …' before it (Mörbylånga); one measure by its name, not 'Det sistnämnda' (Sundsvall, read AB)", () => {
    // The response time, the largest improvement in the country, opens the lead; the count names it first and
    // e-postsvaren, also strongly better, last.
    const mb = named("Mörbylånga").composed.lead.map((s) => s.text).join(" ");
    expect(mb).toMatch(/svarstiden(?: på e-post)?, tillgängligheten(?: i telefon)? och e-postsvaren(?: inom en arbetsdag)?[^.]*(aldrig haft bättre resultat|sitt bästa resultat hittills)\. E-postsvaren(?: inom en arbetsdag)? (blev också markant bättre|förbättrades dessutom kraftigt|lyfte dessutom kraftigt)/);
    expect(mb).not.toMatch(/Även e-postsvaren/);
    const sv = named("Sundsvall").composed.lead.map((s) => s.text).join(" ");
    expect(sv).toMatch(/bemötandet i telefon har Sundsvall nu sitt sämsta resultat hittills\. Bemötandet( i telefon)? (föll|försämrades|blev också markant sämre)/);
    for (const r of releases) expect(r.composed.lead.map((s) => s.text).join(" "), r.municipality.name).not.toMatch(/Det sistnämnda/);
    // (Tomelilla's count now names its narrow record last, "och med knapp marginal även …": no "sistnämnda" there.)
  });
});

describe("a bottom place while the whole year went the other way", () => {
  it("the headline says both: the place, and better (or at its best) on every measure; the lead says the count (Lycksele, Tingsryd, Kungälv)", () => {
    expect(named("Lycksele").claims.headline).toMatch(/(bemötandet.*(nära botten|bottenskiktet)|(nära botten|bottenskiktet) för bemötandet).*(förbättring|framsteg|bättre än året innan) på alla fem mått/);
    // Never "lyft på alla fem mått" for rises of 2 to 4 points (read BC: Lycksele).
    expect(named("Lycksele").claims.headline).not.toMatch(/lyft/);
    expect(named("Tingsryd").claims.headline).toMatch(/(e-postsvaren.*(nära botten|bottenskiktet)|(nära botten|bottenskiktet) för e-postsvaren).*(förbättring|framsteg|bättre än året innan) på alla fem mått/);
    // Kungälv's e-post 85 → 86 % counts with its other four bests (reads BZ and CA).
    expect(named("Kungälv").claims.headline).toMatch(/(rekord|bäst[a-z ]*hittills) på alla fem mått(,| –) men bemötandet (nära botten|i bottenskiktet)/);
    for (const name of ["Lycksele", "Tingsryd"]) {
      expect(named(name).composed.lead.map((s) => s.text).join(" "), name).toMatch(/(bättre på alla fem mått|förbättrat resultatet sedan 2018|bättre på samtliga fem mått)/);
    }
  });

  it("only when every measure agrees: a place with one measure unchanged keeps its own headline (Gislaved: better on four of five)", () => {
    expect(named("Gislaved").claims.headline).not.toMatch(/alla fem/);
    for (const r of releases) {
      if (!/på alla (fem|fyra|tre) mått($|,| –)/.test(r.claims.headline) || !/botten|sämst|sist/.test(r.claims.headline)) continue;
      const fs = r.claims.indicators;
      const records = /hittills|rekord/.test(r.claims.headline);
      expect(fs.every((i) => (records ? i.record?.kind === "best" : i.changeClass === "improved" || i.changeClass === "strongly-improved")), r.municipality.name).toBe(true);
    }
  });
});

describe("the eighth round of blind reads", () => {
  const text = (name: string) => [...named(name).composed.lead, ...named(name).composed.sections.flatMap((s) => s.sentences)].map((s) => s.text).join(" ");
  const lead = (name: string) => named(name).composed.lead.map((s) => s.text).join(" ");

  it("a crossing far past riket says how far (Haninge: direct answers 41 against riket's 55 were 'nu efter riket')", () => {
    expect(text("Haninge")).toMatch(/direktsvaren(?: i telefon)? nu (klart|långt) sämre än riket|(klart|långt) efter [^.]*direktsvaren|Nu är direktsvaren(?: i telefon)? (klart|långt) sämre än riket/);
  });

  it("last in the group is said beside a place among the country's weakest (Haninge: last of 40 on tillgängligheten, third from the bottom in the country)", () => {
    expect(text("Haninge")).toMatch(/(svagast|sist|svagare)[^.]*40\u00A0kommunerna i kommungruppen|40\u00A0kommunerna i kommungruppen[^.]*(sist|svagare)/);
  });

  it("a lead of one fact takes a second measure's news, even one riket puts in its place (Heby: e-post's fourth rise in a row; Överkalix: the fifth)", () => {
    expect(lead("Heby")).toMatch(/e-postfrågor[^.]*80\u00A0procent[^.]*(\. (Förbättringen är den fjärde i rad|[^.]*fjärde)|, den fjärde förbättringen i rad)/);
    expect(lead("Överkalix")).toMatch(/e-postfrågor[^.]*86\u00A0procent[^.]*(\. Det är [^.]*)?femte/);
  });
});

describe("headline words that do not overclaim time", () => {
  it("a record in a series that began after the survey's first year claims no span (Sollentuna, 2016–2019: not 'sämre än i någon tidigare mätning')", () => {
    // "bäst i alla mätningar sedan 2016" read as best in the country (a later read, Hällefors): no span at all.
    // ("sitt sämsta resultat för bemötandet" read as its weakest measure: read HV; "uppmätta" says of which years.)
    // (Since read JA Sollentuna's headline is its two changes, the record in the lead; Storfors, measured since 2015, keeps
    // the record headline.)
    expect(named("Storfors").claims.headline).toMatch(/bottennotering|(bästa|sämsta) uppmätta resultat/);
    for (const name of ["Sollentuna", "Storfors"]) expect(named(name).claims.headline, name).not.toMatch(/hittills|någon tidigare|aldrig/);
  });

  it("a record as the second side of a headline, in a series that began after the survey's first year, claims no span either (Nora: svarstiden measured since 2016)", () => {
    expect(named("Nora").claims.headline).toMatch(/ – men svarstiden (på sin bästa uppmätta nivå|kortare än alla tidigare år|kortast av alla år)$/);
    for (const r of releases) {
      const plan = r.claims.plan;
      if (plan?.angle !== "both") continue;
      const since = plan.indicators.some((i) => plan.headline.includes(i.id) && i.time.some((t) => t.kind === "record" && t.since === true));
      if (since) expect(r.claims.headline, r.municipality.name).not.toMatch(/hittills/);
    }
  });

  it("100 procent both years is a top held, not reached (Nynäshamn: 'fortsatt i delad topp', not 'delar toppen'), and a shared one says so (read HZ)", () => {
    expect(named("Nynäshamn").claims.headline).toMatch(/(fortsatt|kvar|håller) (i )?delad/);
    for (const r of releases) {
      if (!/fortsatt (bäst|i landets topp|i delad topp)|kvar i (delad )?topp|håller (delad förstaplats|toppen)/.test(r.claims.headline)) continue;
      const id = r.claims.plan?.headline[0];
      const i = r.claims.indicators.find((x) => x.id === id);
      expect([i?.value, i?.previous], r.municipality.name).toEqual([100, 100]);
    }
  });
});

describe("the ninth round of blind reads", () => {
  it("a clear record on a measure the lead has not told outranks a lesser record on one it has (Uppsala: bemötande at its worst after three falls)", () => {
    // (Told in its Telefon section since A/B read AB59.)
    const text = whole(named("Uppsala")).map((s) => s.text).join(" ");
    expect(text).toMatch(/bemötande[^.]*84\u00A0procent[^.]*\. [^.]*sämsta/);
  });

  it("a count headline is not repeated word for word as the lead's first sentence (Täby: 'ligger bättre till än rikssnittet på fyra av fem mått' twice)", () => {
    let seen = 0;
    for (const r of releases) {
      if (r.claims.plan?.angle !== "summary") continue;
      seen++;
      const strip = (t: string): string => t.replaceAll(r.municipality.officialName ?? r.municipality.name, "").replaceAll(r.municipality.name, "").replace(/ +/g, " ").trim();
      expect(strip(r.composed.lead[0]?.text ?? ""), r.municipality.name).not.toContain(strip(r.claims.headline));
    }
    expect(seen).toBeGreaterThan(5);
  });
});

describe("the tenth round of blind reads", () => {
  const lead = (name: string) => named(name).composed.lead.map((s) => s.text).join(" ");
  const body = (name: string) => named(name).composed.sections.flatMap((s) => s.sentences).map((s) => s.text).join(" ");

  it("a group place counts only the members with a result, and says so when the group has more (Mariestad: 24 of 27, Köping: 20 of 24)", () => {
    // (Since read HG its first place is a clause beside its place in the country and the figure, without the group's
    // size, which was a third figure; Ljusdal's, after a semicolon, still counts.)
    expect(lead("Mariestad") + body("Mariestad")).not.toMatch(/27\u00A0kommunerna/);
    expect(lead("Mariestad")).toMatch(/främst bland (kommunerna i kommungruppen|de likvärdiga kommunerna)/);
    expect(lead("Ljusdal")).toMatch(/31\u00A0kommunerna i kommungruppen som deltog/);
    // Köping's two group places are one sentence without a count (never the group's full 24).
    expect(lead("Köping") + body("Köping")).not.toMatch(/24\u00A0kommunerna i kommungruppen/);
    expect(lead("Köping")).toMatch(/(kommungruppen|likvärdiga kommuner)[^.]*(svagast|sist)/);
  });

  it("a worst-ever on a measure the lead tells is said there, beside riket (Sorsele: 41 procent 'förändrades knappt')", () => {
    expect(lead("Sorsele")).toMatch(/41\u00A0procent[^]*(((klart|mycket) |\d+\u00A0procentenheter )(under|sämre)[^]*(sämre resultat|sämsta)|(sämre resultat|sämsta)[^]*((klart|mycket) |\d+\u00A0procentenheter )(under|sämre))/);
  });

  it("two time facts as strong as each other, opposite ways, make a two-sided headline (Tidaholm: e-post at its best, bemötandet falling for the fifth year)", () => {
    expect(named("Tidaholm").claims.headline).toMatch(/e-postsvaren.*(–|, men) .*bemötandet/);
  });
});

describe("a two-sided comparison headline", () => {
  it("takes the widest gap on the other side, a time by its ratio (Norberg: response time 8,9 against 6 timmar, not tillgängligheten 57 against 60)", () => {
    expect(named("Norberg").claims.headline).toMatch(/svarstiden/);
    expect(named("Norberg").claims.headline).not.toMatch(/tillgängligheten/);
  });

  it("knows 'över' as a word of height, so a response time is never 'över riket' (the word boundary missed 'ö')", () => {
    expect(HEIGHT_WORDS.test("svarstiden över riket")).toBe(true);
    expect(HEIGHT_WORDS.test("Överkalix")).toBe(false);
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/svarstiden (över|under) riket/);
  });
});

describe("narrow records named with their count", () => {
  // (Torsby's 58 → 59 procent, 58 the old best, is no longer a record: level with the best, a later read.)
  it("are counted with the clear ones, which are named, and told in their sections with their margin, not 'och med knapp marginal även för …' in the lead (Båstad; reads FQ and FR: Vänersborg, Orust, Stockholm)", () => {
    const lead = named("Båstad").composed.lead.map((s) => s.text).join(" ");
    // (Every one named, the clear one first, since reads HI, HL and AB16 found "bland annat för" hiding the rest.)
    expect(lead).toMatch(/(På tre mått når Båstad sin bästa nivå hittills|Båstad har nu sitt bästa resultat hittills på tre mått|Båstad har sina hittills bästa resultat på tre mått): tillgängligheten, direktsvaren och bemötandet i telefon\./);
    expect(lead).not.toMatch(/knapp marginal|dock knappa|rekordet knappt|dock bara/);
    const body = named("Båstad").composed.sections.flatMap((x) => x.sentences).map((x) => x.text.replace(/\u00A0/g, " ")).join(" ");
    expect(body).toMatch(/till 60 procent 2019\. [^.]*bästa[^.]*, 1 procentenhet över (det tidigare rekordet|kommunens tidigare rekord|det gamla rekordet)\./);
    expect(body).toMatch(/till 87 procent 2019\. [^.]*bästa[^.]*, 1 procentenhet över (det tidigare rekordet|kommunens tidigare rekord|det gamla rekordet)\./);
  });

  it("a group's first place is said as the municipality's, not 'Ingen av de 21 kommunerna … har ett bättre resultat' (Växjö)", () => {
    // (In the lead since the count's lead tells the same measure's place in the country.)
    const text = [...named("Växjö").composed.lead, ...named("Växjö").composed.sections.flatMap((s) => s.sentences)].map((s) => s.text).join(" ");
    // (Since read GV a clause after a semicolon in the place's sentence, without the group's size where it would not fit.)
    expect(text).toMatch(/Växjö[^.]*(bäst|först)[^.]*(21\u00A0)?kommunerna|(21\u00A0)?kommunerna i kommungruppen[^.]*Växjö (är )?(bäst|först)|de likvärdiga kommunerna är Växjö bäst/);
    expect(text).not.toMatch(/Ingen av de 21/);
  });

  it("a time that moved by a tenth or more is not 'i stort sett oförändrad' (Smedjebacken: 7 → 6,1 timmar)", () => {
    const text = [...named("Smedjebacken").composed.lead, ...named("Smedjebacken").composed.sections.flatMap((s) => s.sentences)].map((s) => s.text).join(" ");
    expect(text).toMatch(/6,1\u00A0timmar/);
    expect(text).not.toMatch(/i stort sett oförändra[dt][^.]*7\u00A0timmar|ungefär samma nivå[^.]*6,1/);
  });
});

describe("the eleventh round of blind reads", () => {
  const text = (name: string) => [...named(name).composed.lead, ...named(name).composed.sections.flatMap((s) => s.sentences)].map((s) => s.text).join(" ");

  it("a worst-ever by a hair gives its margin, not 'Inget tidigare år har varit sämre …, 1 procentenhet sämre än det tidigare sämsta' (Vingåker), and not the old worst's figure and years (four figures in one sentence: read GH)", () => {
    // As an apposition since four sweeps found "…; det tidigare sämsta var 42 procent (2017 och 2018), en skillnad på …" clunky.
    expect(text("Vingåker")).toMatch(/, 1\u00A0procentenhet under (den tidigare bottennoteringen|kommunens tidigare bottennotering|det tidigare bottenresultatet)/);
    expect(text("Vingåker")).not.toMatch(/sämre[^.]*, [^.]*sämre än det tidigare sämsta/);
    const all = releases.flatMap((r) => [...r.composed.lead, ...body(r)].map((x) => x.text)).join(" ");
    expect(all).not.toMatch(/(det tidigare (bästa|sämsta)( resultatet)?|kommunens tidigare (bästa|sämsta)) \(/);
    expect(all).toMatch(/(det tidigare (bästa|sämsta)( resultatet)?|kommunens tidigare (bästa|sämsta))[.,]/);
  });

  it("a change in hours is told in hours unless nearly halved or doubled (Oxelösund, Herrljunga, Lysekil: 'minskat med drygt två femtedelar' made readers count)", () => {
    for (const name of ["Oxelösund", "Herrljunga", "Lysekil"]) {
      expect(text(name), name).not.toMatch(/(minskat|ökat) (med|till) [^.]*(femtedel|fjärdedel|tredjedel|sjättedel)/);
    }
    expect(text("Herrljunga")).toMatch(/6,3\u00A0timmar/);
  });
});

describe("streaks that point back to a step", () => {
  const lead = (name: string) => named(name).composed.lead.map((s) => s.text).join(" ");
  const body = (name: string) => named(name).composed.sections.flatMap((s) => s.sentences).map((s) => s.text).join(" ");

  it("after a place in the lead, the year's step comes before 'Förbättringen är den femte i rad' (Värmdö), and only once (Motala)", () => {
    expect(lead("Värmdö")).toMatch(/först i landet[^.]*\. [^.]*(90\u00A0procent 2018|4\u00A0procentenheter bättre än året innan)[^.]*femte/);
    expect(lead("Motala").match(/81\u00A0procent 2018/g)?.length).toBe(1);
  });

  it("a run of four steps or more is told beside the record it led to (Herrljunga: five rises in direct answers, left out)", () => {
    // In the lead now, as a run over the whole series (a later sweep).
    expect(lead("Herrljunga") + body("Herrljunga")).toMatch(/femte i rad|femte året i rad/);
  });
});

describe("a count in the lead leaves room", () => {
  it("besides the count, a place and a turn, no further measure's change (Katrineholm: six sentences, 120 words)", () => {
    const r = named("Katrineholm");
    const lead = r.composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/fjärde plats i landet/);
    expect(lead).toMatch(/klart sämre än både riket/);
    expect(lead).not.toMatch(/60\u00A0procent 2019/); // the direct answers' rise, a further measure's change
  });

  it("gives one of the counted records with its figure whenever a count of records is the headline (Katrineholm's place and turn under 'bästa resultat hittills på fyra av fem mått' gave none, reads DA and DO)", () => {
    let seen = 0;
    for (const r of releases.filter((x) => x.claims.plan?.angle === "records")) {
      seen++;
      const ingress = r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length).map((s) => s.text).join(" ");
      expect(ingress, r.municipality.name).toMatch(/\d+(,\d+)?\u00A0(procent|timmar|timme|minuter) (år )?2019/);
    }
    expect(seen).toBeGreaterThan(5);
  });
});

describe("a worst-ever beside a lead of one fact", () => {
  it("is said in the lead, however narrow (Essunga: tillgängligheten at its lowest, 50 procent, under a headline about the telephone)", () => {
    expect(named("Essunga").composed.lead.map((s) => s.text).join(" ")).toMatch(/en minut[^.]*50\u00A0procent[^.]*sämsta/);
  });
});

describe("a comparison in a lead about two measures or more", () => {
  it("never has the municipality alone as its subject (Vimmerby: 'Men Vimmerby ligger klart sämre till …' read as the whole municipality)", () => {
    for (const r of releases) {
      const lead = r.composed.lead;
      const ids = new Set(lead.flatMap((s) => s.claims.map((c) => c.split(".")[0])).filter((id) => r.claims.indicators.some((i) => i.id === id)));
      if (ids.size < 2) continue;
      for (const s of lead.slice(1)) {
        expect(s.text, r.municipality.name).not.toMatch(new RegExp(`^(Men )?${r.municipality.name} ligger (\\\\S+ )?(bättre|sämre) till än`));
      }
    }
  });
});

describe("the twelfth round of blind reads", () => {
  const text = (name: string) => [...named(name).composed.lead, ...named(name).composed.sections.flatMap((s) => s.sentences)].map((s) => s.text).join(" ");

  it("a time a few hours from the group is not 'mycket kortare' (Kungälv: 3,3 against 5 timmar)", () => {
    expect(text("Kungälv")).not.toMatch(/(mycket|klart|långt) kortare än (kommungruppen|likvärdiga kommuner|snittet för likvärdiga kommuner) \(5\u00A0timmar\)/);
  });

  it("17,6 against 6 timmar (2,93) is 'nästan tre gånger', not 'tre gånger' (Åstorp)", () => {
    expect(text("Åstorp")).toMatch(/nästan tre gånger så lång som/);
  });

  it("a rise in a response time is not also 'ett sämre resultat än året innan' before 'Inget tidigare år har varit sämre' (Nyköping)", () => {
    expect(text("Nyköping")).not.toMatch(/ett sämre resultat än året innan/);
  });

  it("a run of three real steps to a worst-ever is told beside it (Kumla: bemötandet down three years in a row)", () => {
    expect(text("Kumla")).toMatch(/tredje (året |försämringen )?i rad|bemötandet i telefon (har )?(minskat|försämrats) med 13\u00A0procentenheter|(minskat|försämrats) med 13\u00A0procentenheter[^.]*bemötande/);
  });
});

describe("a record low still level with riket", () => {
  it("takes a best-ever one step weaker as its headline's other side (Lekeberg: bemötandet at riket's 84 procent, e-post at its best)", () => {
    expect(named("Lekeberg").claims.headline).toMatch(/bemötandet.*(–|, men) .*(rekord|bäst)/);
  });

  it("of counterweights as strong as each other, a best-ever comes before a turnaround (Surahammar: tillgängligheten at its best, 17 points above riket)", () => {
    expect(named("Surahammar").composed.lead.map((s) => s.text).join(" ")).toMatch(/en minut[^.]*77\u00A0procent[^.]*(\. [^.]*)?(bättre|bästa)[^.]*\. Men /);
  });
});

describe("a worst-ever that barely moved", () => {
  it("is told in the lead by its value as the worst yet, not 'höll sig på ungefär samma nivå', and only once (Mönsterås: bemötandet 74 procent)", () => {
    const r = named("Mönsterås");
    const lead = r.composed.lead.map((s) => s.text).join(" ");
    // The old worst in brackets right after the value, not a third clause after the record (reads Z, AA).
    // Last year's figure in brackets, as it was also the old worst: "(förra bottennoteringen var 75 procent senast 2018)"
    // read as clumsy (reads EB and EE).
    expect(lead).toMatch(/bemötande[^.]*74\u00A0procent 2019 \((mot )?75\u00A0procent (året innan|ett år tidigare)\), (det sämsta|den sämsta nivån|Mönsterås sämsta nivå|kommunens sämsta nivå)/);
    expect(lead).not.toMatch(/bottennoteringen/);
    expect(lead).not.toMatch(/ungefär samma nivå[^.]*74/);
    const all = [...r.composed.lead, ...r.composed.sections.flatMap((s) => s.sentences)].filter((s) => s.claims.includes("bemotande.record"));
    expect(all).toHaveLength(1);
  });
});

describe("the lead's first measure first or last in its group", () => {
  it("is said in the lead after that measure's sentences, and not again in the body (Nyköping: the group's last beside a strong rise to a record)", () => {
    const r = named("Nyköping");
    const lead = r.composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/74\u00A0procent 2019(?:, (?:visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)(?: 2019)?)?\. Det är (det|Nyköpings) bästa[^.]*\. [^.]*svagast[^.]*24\u00A0kommunerna i kommungruppen/);
    expect(r.composed.sections.flatMap((s) => s.sentences).filter((s) => s.claims.some((c) => c.endsWith(".groupRank")))).toHaveLength(0);
  });
});

describe("no 'Men' after a measure that stood still", () => {
  it("the comparison turns by its own words (Umeå, Vimmerby: 'låg kvar på … Men resultatet är klart sämre' had nothing to turn from)", () => {
    for (const name of ["Umeå", "Vimmerby"]) {
      // (Umeå's flat direct answers are in the body since its ingress tells the headline's count against riket.)
      const lead = [...named(name).composed.lead, ...body(named(name))].map((s) => s.text);
      const still = lead.findIndex((t) => /låg kvar|ungefär samma nivå|precis som året innan|samma (resultat )?som året innan/.test(t));
      // (Vimmerby's lead now gives its flat tillgänglighet by its gap alone, beside its strength: no change to turn from.)
      if (name === "Umeå") expect(still, name).toBeGreaterThanOrEqual(0);
      if (still >= 0) expect(lead[still + 1], name).not.toMatch(/^Men /);
    }
  });
});

describe("the thirteenth round of blind reads", () => {
  const lead = (name: string) => named(name).composed.lead.map((s) => s.text).join(" ");

  it("a record by a hair does not headline over another measure's record as strong (Botkyrka: tillgängligheten by 1 point)", () => {
    expect(named("Botkyrka").claims.headline).not.toMatch(/tillgängligheten/);
  });

  it("a record the lead tells gets the run of real steps that led to it (Botkyrka: the fifth rise in direct answers)", () => {
    expect(lead("Botkyrka")).toMatch(/71\u00A0procent 2019(\. |, )[^.]*bästa[^.]*\. (Förbättringen är den femte|Ökningen är den femte|Det är femte året|Direktsvaren(?: i telefon)? har nu förbättrats för femte året)/);
  });

  it("a 1-point low level with riket is no lead news beside one fact (Nordanstig: bemötandet 85 against 86 procent)", () => {
    expect(lead("Nordanstig")).not.toMatch(/bemötande/);
  });
});

describe("a run with steps too small to count", () => {
  it("is told as the change since its first year, never 'varje år', which counted 1-point steps the fact box calls unchanged (Kinda, Gislaved, Bräcke, Karlshamn)", () => {
    for (const r of releases) {
      const text = [...r.composed.lead, ...r.composed.sections.flatMap((s) => s.sentences)].map((s) => s.text).join(" ");
      expect(text, r.municipality.name).not.toMatch(/varje år/);
    }
    // …and only from the series' first year: "ökat med 10 procentenheter sedan 2015" read as cherry-picked where
    // 2014 was higher (Ystad, Helsingborg, a later read).
    const ystad = [...named("Ystad").composed.lead, ...named("Ystad").composed.sections.flatMap((s) => s.sentences)].map((s) => s.text).join(" ");
    expect(ystad).not.toMatch(/sedan 2015[^.]*(ökat|förbättrats) med|(ökat|förbättrats) med[^.]*sedan 2015/i);
    const told = releases.flatMap((r) => [...r.composed.lead, ...r.composed.sections.flatMap((s) => s.sentences)].map((s) => s.text)).filter((t) => /(ökat|minskat|förbättrats|försämrats) med [^.]*sedan 2014|Sedan 2014[^.]*(ökat|minskat|förbättrats|försämrats) med/.test(t));
    expect(told.length).toBeGreaterThan(5);
  });
});

describe("a lead with no earlier year", () => {
  it("says so last, out of the ingress when the lead has more news, and turns without 'Men' after a value alone (Orsa, Järfälla: in the ingress's third sentence it read as a note about the data between two pieces of news, a read of 2026-12-02)", () => {
    const lead = named("Orsa").composed.lead.map((s) => s.text);
    const group = lead.findIndex((t) => /kommungruppen/.test(t));
    const none = /inga tidigare (resultat|år)|inga resultat (för|att|från)|men inte åren/;
    // The group's last place on bemötandet is the headline (sweep 3): the lead opens with it and riket follows.
    expect(group).toBe(0);
    expect(lead[1]).toMatch(/sämre än både riket och likvärdiga kommuner/);
    for (const name of ["Orsa", "Järfälla", "Hedemora", "Arjeplog"]) {
      const r = named(name);
      const all = r.composed.lead.map((s) => s.text);
      const at = all.findIndex((t) => none.test(t));
      // The lead's last sentence, past the ingress: the body's opening paragraph begins with it.
      expect(at, name).toBe(all.length - 1);
      expect(at, name).toBeGreaterThanOrEqual(r.composed.ingress ?? all.length);
    }
    expect(lead.some((t) => /^Men resultatet är lite bättre/.test(t))).toBe(false);
  });
});

describe("a shared first place in a headline", () => {
  it("says where: 'delar landets förstaplats', never a bare 'delar förstaplatsen för' a reader cannot place (Gagnef)", () => {
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/delar förstaplatsen för/);
    expect(named("Gagnef").claims.headline).toMatch(/landets förstaplats|i landet/);
  });
});

describe("a hair's best record under a headline that is not the count", () => {
  it("stays out of the lead's count when two clear ones remain, and is told in the body with its margin (Mölndal, Staffanstorp: a 0,1-hour best on a response time near the country's bottom)", () => {
    for (const name of ["Mölndal", "Staffanstorp"]) {
      const r = named(name);
      const lead = r.composed.lead.map((s) => s.text).join(" ");
      expect(lead, name).not.toMatch(/knapp marginal|svarstiden på e-post[^.]*bästa hittills|bästa hittills[^.]*svarstiden på e-post/);
      const body = r.composed.sections.flatMap((s) => s.sentences).filter((s) => s.claims.includes("epost-svarstid.record"));
      expect(body, name).toHaveLength(1);
      expect(body[0]?.text, name).toMatch(/tidigare bästa|tidigare rekord|förra rekordet|tidigare toppnoteringen|gamla rekordet/);
    }
  });
});

describe("a value equal to the averages it is compared with", () => {
  it("is said to be the same, never 'Skillnaden … är liten' (Tibro: 84 against riket's and the group's 84 procent)", () => {
    for (const r of releases) {
      for (const i of r.claims.indicators) {
        if (i.national === null || i.value !== i.national || (i.group !== null && i.value !== i.group)) continue;
        const told = [...r.composed.lead, ...r.composed.sections.flatMap((s) => s.sentences)].filter((s) => s.claims.includes(`${i.id}.vsNational`));
        for (const s of told) expect(s.text, r.municipality.name).not.toMatch(/Skillnaden mot .* är liten/);
        // A result is the same as riket's, not "detsamma som riket" (read IC: Västerås).
        for (const s of told) expect(s.text, r.municipality.name).not.toMatch(/detsamma som (riket|likvärdiga|kommungruppen)/);
      }
    }
    expect(named("Västerås").markdown).toMatch(anyGroupWord("Resultatet är på samma nivå som i riket och likvärdiga kommuner (84\u00A0procent)."));
  });
});

describe("a best time by less than an hour over the old best", () => {
  it("is a record by a hair whatever the ratio, and says its margin (Säter: 2,5 against 3,2 timmar; Kiruna: 3,2 against 3,9)", () => {
    for (const name of ["Säter", "Kiruna"]) {
      const r = named(name);
      const told = [...r.composed.lead, ...(r.composed.intro ?? []), ...r.composed.sections.flatMap((s) => s.sentences)].filter((s) => s.claims.includes("epost-svarstid.record"));
      expect(told.length, name).toBeGreaterThan(0);
      // (Säter's old best was last year's 3,2: its change sentence, right before, gives both figures.)
      const all = [...r.composed.lead, ...(r.composed.intro ?? []), ...r.composed.sections.flatMap((s) => s.sentences)];
      const k = all.findIndex((s) => s.claims.includes("epost-svarstid.record"));
      expect(`${all[k - 1]?.text ?? ""} ${all[k]?.text ?? ""}`, name).toMatch(/tidigare bästa|tidigare rekordet|förra rekordet|knapp marginal|3,2\u00A0timmar (2018|ett år tidigare|året innan)|året innan 3,2\u00A0timmar/);
    }
  });
});

describe("riket and the group two points apart", () => {
  it("get a verdict each when they differ, so a 10-point gap to the group is 'klart' (Mark: 92 against riket's 84 and the group's 82 procent)", () => {
    const text = [...named("Mark").composed.lead, ...named("Mark").composed.sections.flatMap((s) => s.sentences)].map((s) => s.text).join(" ");
    expect(text).toMatch(/klart bättre än (kommungruppen|likvärdiga kommuner|snittet för likvärdiga kommuner) \(82\u00A0procent\)/);
  });
});

describe("a group place in the lead", () => {
  it("names its measure, always (Ljusdal: 'svagast av de 31' after tillgängligheten, where it is best; unnamed after its own measure it read as an overall ranking: Nyköping, Järfälla, Skellefteå in a sweep)", () => {
    let seen = 0;
    for (const r of releases) {
      r.composed.lead.forEach((s, i) => {
        const id = s.claims.find((c) => c.endsWith(".groupRank"))?.split(".")[0];
        if (id === undefined) return;
        // (A clause of the measure's own comparison, right after the sentences that name it: Rättvik, read FY.)
        const prev = r.composed.lead.slice(0, i).map((x) => x.text).join(" ").replace(/\u00A0/g, " ").toLowerCase();
        const subject = r.analysis.findings.find((f) => f.indicator.id === id)?.indicator.subject.toLowerCase() ?? "\u0000";
        if (s.claims.every((c) => c.startsWith(`${id}.`)) && /^Årets resultat /.test(s.text) && prev.includes(subject)) return;
        seen++;
        const indicator = r.analysis.findings.find((f) => f.indicator.id === id)?.indicator;
        expect(indicator, r.municipality.name).toBeDefined();
        // Several places in one sentence name every measure (the channel said once: "bemötandet och direktsvaren i telefon").
        const all = s.claims.filter((c) => c.endsWith(".groupRank")).map((c) => c.split(".")[0]);
        for (const other of all) {
          const ind = r.analysis.findings.find((f) => f.indicator.id === other)?.indicator;
          // By its short name, or (the lead's opening group place, sweep 3) by its subject.
          if (ind) expect([headlineName(ind).replace(/ (i|på|via|inom) .*$/, ""), ind.subject].some((n) => s.text.replace(/\u00A0/g, " ").toLowerCase().includes(n.toLowerCase())), `${r.municipality.name}: ${s.text}`).toBe(true);
        }
      });
    }
    expect(seen).toBeGreaterThan(10);
  });
});

describe("the lead's group place and what follows it", () => {
  it("comes right after its measure's sentences, before the lead's 'Dessutom …' about other measures (Ljusdal)", () => {
    // Two places in the group are one sentence, last (reads BE, BH found seven-sentence leads swinging back and
    // forth): Hylte first for bemötandet, last for the response time. (Ljusdal's first place for tillgängligheten,
    // which fell 12 points to its lowest yet, is left to the body since reads CH and CN.)
    const lead = named("Hylte").composed.lead.map((s) => s.text);
    const group = lead.filter((t) => /kommungruppen|likvärdiga kommuner är/.test(t));
    expect(group).toHaveLength(1);
    expect(group[0]).toMatch(/bemötandet[^.]*(men|och)[^.]*svarstiden/);
    expect(named("Ljusdal").composed.lead.map((s) => s.text).join(" ")).not.toMatch(/bäst för tillgängligheten/);
  });
});

describe("the group's comparison after a crossing", () => {
  it("names this year's result, never 'Det är …' right after '2018 låg kommunen efter' (Hylte)", () => {
    for (const r of releases) {
      const texts = r.composed.sections.flatMap((s) => s.sentences).map((s) => s.text);
      texts.forEach((t, i) => {
        if (/låg kommunen (efter|före|under|över)\.$/.test(t)) expect(texts[i + 1] ?? "", r.municipality.name).not.toMatch(/^Det /);
      });
    }
    // The case occurs: a crossing told as "…; 2018 låg kommunen efter." with the group's comparison after it.
    const after = releases.flatMap((r) => {
      const texts = r.composed.sections.flatMap((s) => s.sentences).map((s) => s.text);
      return texts.flatMap((t, i) => (/låg kommunen (efter|före|under|över)\.$/.test(t) && texts[i + 1] !== undefined ? [texts[i + 1] as string] : []));
    });
    expect(after.filter((t) => /^Årets resultat är också/.test(t)).length).toBeGreaterThan(0);
  });
});

describe("a worst-ever whose old worst was last year", () => {
  it("does not give last year's figure twice in a row (Överkalix: 'från 7,8 timmar 2018 … det tidigare sämsta var 7,8 timmar (2018)')", () => {
    const text = [...named("Överkalix").composed.lead, ...named("Överkalix").composed.sections.flatMap((s) => s.sentences)].map((s) => s.text).join(" ");
    expect(text).not.toMatch(/sämsta var 7,8\u00A0timmar/);
    // Nor says it was last year's, with or without the margin (two later reads: Herrljunga, Sorsele).
    expect(text).not.toMatch(/var året innan/);
    expect(text).toMatch(/sämre|sämsta/);
  });
});

describe("a bottom place beside a good year", () => {
  it("shares the headline with the strongest good news when riket puts the municipality ahead on as many measures as behind (Nora: among the ten weakest for e-post within a day, its best response time yet, better than riket on three of five)", () => {
    const h = named("Nora").claims.headline;
    expect(h).toMatch(/nära botten|bottenskiktet|sämsta/);
    expect(h).toMatch(/svarstiden[^,–]* bäst hittills|svarstiden/);
    expect(named("Nora").claims.plan?.angle).toBe("both");
  });

  it("keeps the bottom place alone when riket puts it behind on more measures (Stockholm: next to last for direct answers, worse than riket on three of five)", () => {
    expect(named("Stockholm").claims.headline).toMatch(/näst sista plats/);
  });

  it("takes a place among the ten best as its other side before a record at riket's level (Göteborg: seventh for the response time, not its direct answers at 55 procent)", () => {
    const g = named("Göteborg");
    expect(g.claims.headline).toMatch(/svarstiden/);
    expect(g.composed.lead.map((s) => s.text).join(" ")).toMatch(/sjunde plats i landet/);
  });
});

describe("a best by less than a real change, after a real step", () => {
  it("headlines the step, not 'aldrig haft bättre'; the lead gives the record with its margin (Piteå: tillgängligheten 70 → 75 procent, the old best 74)", () => {
    const p = named("Piteå");
    expect(p.claims.headline).toMatch(/tillgängligheten i telefon (blir bättre|förbättras)|förbättrar tillgängligheten/);
    expect(p.claims.headline).not.toMatch(/aldrig|rekord|bäst|hittills/);
    expect(p.composed.lead.map((s) => s.text).join(" ")).toMatch(/1\u00A0procentenhet över (det tidigare rekordet|kommunens tidigare rekord|det gamla rekordet)/);
  });
});

describe("a turnaround as long as one told before", () => {
  it("says the years in other words, not the same phrase again (Munkedal: 'efter tre års försämring' three times in four sentences), nor 'lika många år', which made a reader count back (sweep 3)", () => {
    const m = named("Munkedal");
    const text = [...m.composed.lead, ...body(m)].map((s) => s.text).join(" ");
    expect(text.match(/tre års försämring/g)).toHaveLength(1);
    expect(text).not.toMatch(/lika (lång|många år)/);
    expect(text.match(/tre års nedgång|tre år i rad med sämre|pågått i tre år/g)?.length).toBe(2);
  });
});

describe("the same group place for a second measure", () => {
  it("is 'även här', not the group's size a second time (Ale: first of 40 for direct answers and for bemötandet)", () => {
    // Now one sentence in the lead names both (a later rule: two or more group places are said together).
    const text = [...named("Ale").composed.lead, ...body(named("Ale"))].map((s) => s.text).join(" ");
    expect((text.match(/de 40.kommunerna/g) ?? []).length).toBeLessThanOrEqual(1);
    expect(text).toMatch(/(bäst|först)[^.]* för (bemötandet och direktsvaren|direktsvaren och bemötandet) i telefon/);
  });
});

describe("a worst-ever by less than a real change", () => {
  it("gives its margin beside the old worst, in words that do not soften it (Ulricehamn: 87 procent, the old worst 88 in 2015)", () => {
    const text = (n: string) => [...named(n).composed.lead, ...body(named(n))].map((s) => s.text).join(" ");
    expect(text("Ulricehamn")).toMatch(/1\u00A0procentenhet under (den tidigare bottennoteringen|kommunens tidigare bottennotering|det tidigare bottenresultatet)/);
    expect(text("Ulricehamn")).not.toMatch(/bara 1\u00A0procentenhet/);
  });

  it("gives no figures again when the old worst was last year and the sentence before gave both, and says it mildly (Herrljunga: 76 → 75 procent; two reads found 'var året innan, en skillnad på 1 procentenhet' a repeat, a later one 'Botkyrka har aldrig haft ett sämre resultat' too strong for 0,3 timmar)", () => {
    for (const [name, id] of [["Herrljunga", "bemotande"], ["Botkyrka", "epost-svarstid"]] as const) {
      const s = [...named(name).composed.lead, ...body(named(name))].find((x) => x.claims.includes(`${id}.record`));
      expect(s?.text, name).toMatch(/sämsta|sämre/);
      // Plainly, by its words alone: "nästan detsamma som året innan" played down record lows (read BK, five releases).
      expect(s?.text, name).toMatch(/sämsta (resultat|resultatet)? ?hittills/);
      expect(s?.text, name).not.toMatch(/aldrig haft|nästan (samma|detsamma)|nära förra/);
      expect(s?.text, name).not.toMatch(/\d/);
    }
  });

  it("gives last year's figure when its sentence gave only this year's (Sorsele: 41 procent, its lowest; 42 the year before)", () => {
    const s = [...named("Sorsele").composed.lead, ...body(named("Sorsele"))].find((x) => x.claims.includes("tillganglighet.record"));
    expect(s?.text).toMatch(/41\u00A0procent 2019/);
    // In brackets right after this year's figure, before the record's apposition: ", jämfört med 42 procent året
    // innan" at the end dangled after it (sweep 9: Sorsele, Ronneby); "; året innan var det 42 procent" read as
    // clunky (sweep 3: Essunga).
    expect(s?.text).toMatch(/41\u00A0procent 2019 \((mot )?42\u00A0procent (året innan|ett år tidigare)\), [^.]*sämsta[^.]*\.$/);
    expect(s?.text).not.toMatch(/;/);
  });
});

describe("a strong change of a measure the lead's count of records names", () => {
  it("is told before the count, not as 'Också …' right after naming it (Tomelilla: the response time 13,1 → 1,8 timmar)", () => {
    const lead = named("Tomelilla").composed.lead;
    const also = lead.findIndex((s) => s.claims.includes("epost-svarstid.changeClass") && /^(Också|Även|Dessutom) /.test(s.text));
    // A multiple gives its figures (sweep 8: "Också svarstiden på e-post blev klart bättre" hid 13,1 → 1,8 timmar).
    expect(lead[also]?.text).toMatch(/13,1\u00A0timmar 2018 till 1,8\u00A0timmar 2019/);
    const count = lead.findIndex((s) => s.claims.includes("epost-svarstid.record"));
    expect(also).toBeGreaterThan(0);
    // Before the count; the ingress's turn may come between (the count then opens the body).
    expect(count).toBeGreaterThan(also);
    expect(lead[count + 1]?.text ?? "").not.toMatch(/^(Också|Även) svarstiden/);
  });
});

describe("bad news right after the group's last place", () => {
  it("is not turned with 'Men' (Nyköping: 'svagast av de 24 kommunerna', then the response time rose)", () => {
    const lead = named("Nyköping").composed.lead;
    const k = lead.findIndex((s) => s.claims.some((c) => c.endsWith(".groupRank")));
    expect(lead[k]?.text).toMatch(/svagast/);
    expect(lead[k + 1]?.text).not.toMatch(/^Men /);
  });
});

describe("a measure the lead compared with riket alone", () => {
  it("gets its group's comparison in the body (Malmö: the response time, the count's exception, against the large cities' 4,9 timmar)", () => {
    const s = body(named("Malmö")).find((x) => x.claims.includes("epost-svarstid.group"));
    expect(s?.text).toMatch(/4,9\u00A0timmar/);
    expect(s?.text).not.toMatch(/rikssnitt|riket/);
  });
});

describe("a streak beside its record in the lead", () => {
  it("comes before the record's sentence that ends on riket, not tacked on after it (Halmstad: direct answers at their worst, third fall in a row)", () => {
    const lead = whole(named("Halmstad"));
    const streak = lead.findIndex((s) => s.claims.includes("svar-pa-fragan.streak"));
    const record = lead.findIndex((s) => s.claims.includes("svar-pa-fragan.record"));
    expect(streak).toBeGreaterThan(0);
    // (Or in the record's sentence: "Det är en försämring för tredje året i rad och Halmstads sämsta resultat
    // hittills, …" since A/B read AB66.)
    expect(record - streak).toBeGreaterThanOrEqual(0);
    expect(record - streak).toBeLessThanOrEqual(1);
  });
});

describe("a two-sided headline that does not fit with a strong change's words", () => {
  it("says the change plainly rather than drop the good side (Forshaga: among the ten weakest for tillgängligheten, e-post within a day up 11 points, better than riket on four of five)", () => {
    const h = named("Forshaga").claims.headline;
    expect(h).toMatch(/botten/);
    expect(h).toMatch(/e-postsvar(en| inom en dag)/);
    expect(h.length).toBeLessThanOrEqual(HEADLINE_BOTH_MAX);
  });
});

describe("a count that leaves one measure apart from riket", () => {
  it("names it (Kumla: level on four of five, tillgängligheten 72 against riket's 60 procent, said nowhere else in lead or count)", () => {
    const intro = named("Kumla").composed.intro?.map((s) => s.text).join(" ") ?? "";
    expect(intro).toMatch(/fyra av fem mått/);
    expect(intro).toMatch(/tillgängligheten i telefon/);
  });
});

describe("a long-run change that does not follow its measure's value", () => {
  it("gives this year's value beside the first year's (Sorsele: 'Över tid … 2014 var siffran 55 procent' stood among other measures' sentences)", () => {
    const s = body(named("Sorsele")).find((x) => x.claims.includes("tillganglighet.longRun"));
    expect(s?.text).toMatch(/55\u00A0procent/);
    expect(s?.text).toMatch(/41\u00A0procent 2019/);
  });
});

describe("the count's one exception, in the lead by its change", () => {
  it("is said by its side of riket after the count, the change left to the body (Lomma: worse on four of five, the response time rose 2,4 → 3,4 timmar and is still shorter than riket's 6)", () => {
    const l = named("Lomma");
    const lead = l.composed.lead;
    expect(lead[0]?.text).toMatch(/fyra av fem mått/);
    const except = lead.find((s) => s.claims.includes("epost-svarstid.vsNational"));
    expect(except?.text).toMatch(/6\u00A0timmar/);
    expect(body(l).some((s) => s.claims.includes("epost-svarstid.change"))).toBe(true);
  });
});

describe("a record in a series that began after the data's first year", () => {
  it("gives the span of years, not 'sedan 2016', which read as 'the best since 2016' (Nässjö: 2016 was its worst year)", () => {
    const s = [...named("Nässjö").composed.lead, ...body(named("Nässjö"))].filter((x) => x.claims.some((c) => c.endsWith(".record")));
    expect(s.length).toBeGreaterThan(0);
    expect(s.map((x) => x.text).join(" ")).toMatch(/2016–2019/);
    expect(s.map((x) => x.text).join(" ")).not.toMatch(/sedan 2016/);
  });
});

describe("a strong change in the lead that lands level with riket", () => {
  it("says so in the same sentence (Karlshamn: 'tappar kraftigt … från 100 till 84 procent', riket's 84 unsaid in the lead)", () => {
    const s = named("Karlshamn").composed.lead.find((x) => x.claims.includes("epost-en-dag.change"));
    expect(s?.text).toMatch(/(kraftigt|markant)[^.]*84\u00A0procent 2019, [^.]*i nivå med rikssnittet(?: \([^)]*\))?\.$/);
    expect(s?.claims).toContain("epost-en-dag.vsNational");
  });
});

describe("a count headline whose lead tells a place in the country", () => {
  it("says the same measure's group place, as a sentence of its own only for a first place of its own (Växjö: sixth in the country and the best of 21 in its group for direct answers)", () => {
    const v = named("Växjö");
    // The headline is now the sixth place itself (a sweep asked for it over the count).
    expect(v.claims.headline).toMatch(/sjätte plats i landet/);
    // (Since reads CU and DC: "I kommungruppen delar Hjo förstaplatsen …" right after its second place in the
    // country said nothing new, and Oxelösund's last place in the group made its ingress five sentences.)
    // A first place of its own in the group stays, in a short ingress: Växjö's, alone at the top of 21, read as
    // buried in the body (reads EE and EH).
    const ingress = v.composed.lead.slice(0, v.composed.ingress);
    // (Since read GV as a clause of the place's sentence, after a semicolon.)
    expect(ingress.some((s) => s.claims.includes("svar-pa-fragan.groupRank") && s.claims.includes("svar-pa-fragan.rank"))).toBe(true);
    expect(ingress.filter((s) => !s.claims.every((c) => c.startsWith("survey."))).length).toBeLessThanOrEqual(3);
    expect([...v.composed.lead, ...body(v)].some((s) => s.claims.includes("svar-pa-fragan.groupRank"))).toBe(true);
    for (const [name, id] of [["Hjo", "tillganglighet"], ["Oxelösund", "epost-en-dag"]] as const) {
      const c = named(name).composed;
      expect(c.lead.slice(0, c.ingress).some((s) => s.claims.includes(`${id}.groupRank`)), name).toBe(false);
    }
  });
});

describe("a lead of one fact, with a measure far from riket the same way", () => {
  it("takes that measure as its second news (Avesta: e-post within a day at 94 against riket's 84 procent was the release's last sentence under a 2-point rise to a record)", () => {
    const lead = named("Avesta").composed.lead;
    expect(lead.some((s) => s.claims.includes("epost-en-dag.vsNational"))).toBe(true);
    expect(lead.map((s) => s.text).join(" ")).toMatch(/94\u00A0procent/);
  });
});

describe("a comparison at riket's or the group's level", () => {
  it("is never 'nära': a read took 'nära likvärdiga kommuner (83 procent)' for 81 as a different verdict from 'i nivå med' (Lomma, Kiruna)", () => {
    const near = releases.flatMap((r) => [...r.composed.lead, ...body(r)].filter((s) => /\bnära (både |snittet |riket|rikssnittet|likvärdiga|kommungruppen)/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(near).toEqual([]);
  });
});

describe("a crossing where the group's average equals riket's", () => {
  it("names both in the crossing sentence, not in a sentence of its own after it (Borås: 'Det gäller även jämfört med likvärdiga kommuner, som har samma snitt.' read as clumsy)", () => {
    const s = body(named("Borås")).find((x) => x.claims.includes("bemotande.previousVsNational"));
    expect(s?.text).toMatch(/både (riket|rikssnittet)[^.]*likvärdiga kommuner[^.]*\(84\u00A0procent\)/);
    expect(s?.claims).toContain("bemotande.vsGroup");
    expect(body(named("Borås")).map((x) => x.text).join(" ")).not.toMatch(/samma snitt/);
  });
});

describe("a lead that opens with a bottom place on a measure that improved", () => {
  it("says the measure's own change right after the place (Kävlinge: among the ten weakest for bemötandet at 71 procent, up from 66; a read found the rise hidden)", () => {
    const lead = named("Kävlinge").composed.lead;
    expect(lead[0]?.claims).toContain("bemotande.rank");
    expect(lead[1]?.claims).toContain("bemotande.previous");
    expect(lead[1]?.text).toMatch(/66\u00A0procent/);
  });
});

describe("two records of equal news value", () => {
  it("the one that also holds a place among the country's ten best leads (Älvsbyn: tillgängligheten at its best and fifth in the country, over an e-post record ranked 44th)", () => {
    expect(named("Älvsbyn").claims.headline).toMatch(/tillgängligheten/);
  });

  it("a place right after its measure's own sentence does not give the value again (Älvsbyn: '88 procent 2019' twice in a row)", () => {
    // Over every lead: a place right after a sentence that gave its measure's value does not give it again.
    let seen = 0;
    for (const r of releases) {
      r.composed.lead.forEach((s, k) => {
        const id = s.claims.find((c) => c.endsWith(".rank"))?.split(".")[0];
        if (id === undefined || !r.composed.lead[k - 1]?.claims.includes(`${id}.value`)) return;
        seen++;
        // The figure itself twice in a row (after a record's sentence, which gives none, the place gives it:
        // "Det placerar Gullspång bland de tio sämsta" after the record read as the record's doing, sweep 4).
        const figure = FIGURE.exec(s.text)?.[0];
        expect(figure !== undefined && (r.composed.lead[k - 1]?.text ?? "").includes(figure), `${r.municipality.name}: ${s.text}`).toBe(false);
      });
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe("a lead that tells one worst-ever", () => {
  it("tells another measure at its worst whole, in one place: its change, its record and its run open its section (Gävle: tillgängligheten down for the fourth year to 65 procent was the release's last sentence, two reads; then split between the paragraph under the ingress and the section, read GL)", () => {
    const r = named("Gävle");
    const c = r.composed;
    expect(c.lead.slice(0, c.ingress).some((s) => s.claims.includes("bemotande.record"))).toBe(true);
    expect(underIngress(c).some((s) => s.claims.some((x) => x.startsWith("tillganglighet.")))).toBe(false);
    const phone = c.sections.find((x) => x.heading === "Telefon")?.sentences ?? [];
    expect(phone[0]?.text).toMatch(/^Andelen som får kontakt med en handläggare inom en minut minskade från 71\u00A0procent 2018 till 65\u00A0procent 2019, Gävles sämsta resultat hittills och en försämring för fjärde året i rad\.$/);
    expect(phone[1]?.text).toMatch(/bättre än (både )?riket och likvärdiga kommuner \(60 och 61\u00A0procent\)/);
    expect(r.markdown.match(/65\u00A0procent/g) ?? []).toHaveLength(1);
  });
});

describe("a contrast headline of two changes", () => {
  it("says them with words of change, never a bare 'bättre på … sämre på' that reads as against riket (Arboga: tillgängligheten up but under riket, bemötandet down but over it)", () => {
    const bare = releases.filter((r) => r.claims.plan?.angle === "contrast").map((r) => r.claims.headline).filter((h) => /\bbättre (på|via)\b|\bsämre (på|via)\b|^Bättre via/.test(h));
    expect(bare).toEqual([]);
    // (Since read CI the better side is the response time at its best yet: "kortas", a time's word of change.)
    expect(named("Arboga").claims.headline).toMatch(/förbättras|lyft|framsteg|kortas/i);
  });
});

describe("a year whose strongest news is a gap to riket", () => {
  it("leads with a measure at its best after a run of three rises or more, told with riket's side (Malå: direct answers at their best after a fourth rise, under a headline of two gaps; two reads)", () => {
    const m = named("Malå");
    expect(m.claims.headline).toMatch(/direktsvaren/);
    const lead = m.composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/fjärde (förbättringen |året )?i rad/);
    expect(lead).toMatch(/sämre än rikssnittet|under rikssnittet|inte i nivå med rikssnittet/);
  });
});

describe("the news the other way after a bottom place", () => {
  it("is never from a measure that itself holds a place among the weakest (Storuman: 'Däremot minskade svarstiden …' answered a last place with a response time among the ten weakest; bemötandet at its worst was left out)", () => {
    const lead = named("Storuman").composed.lead;
    expect(lead.some((s) => s.claims.includes("epost-svarstid.changeClass") && !s.claims.includes("epost-svarstid.rank"))).toBe(false);
    expect(lead.some((s) => s.claims.includes("bemotande.record"))).toBe(true);
  });
});

describe("a response time compared with riket", () => {
  it("is never 'För Gnesta är den …' (read as stiff by two reads: Gnesta, Sundsvall, Härjedalen, Hammarö, Färgelanda)", () => {
    const stiff = releases.flatMap((r) => [...r.composed.lead, ...body(r)].filter((s) => /^För \S+ är (den|svarstiden)/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(stiff).toEqual([]);
  });
});

describe("a two-sided headline", () => {
  it("never takes a record by less than `same` as its other side (Tranemo: 'men svarstiden sämst hittills' over 0,2 timmar past the old low, at riket's level; two reads)", () => {
    expect(named("Tranemo").claims.headline).not.toMatch(/sämst/);
  });
});

describe("a turnaround as long as one told before, right after its change", () => {
  it("names its measure and the years, never 'Också här …', which pointed across a heading (Surahammar)", () => {
    const here = releases.flatMap((r) => body(r).filter((s) => /^(Även|Också) här (bröts|tog|vände)/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(here).toEqual([]);
  });
});

describe("another worst-ever named in the lead", () => {
  it("is never one far better than riket (Alvesta: bemötandet at 94 procent, twelfth in the country, read as a strength dressed as a weakness)", () => {
    const lead = named("Alvesta").composed.lead;
    expect(lead.some((s) => s.claims.includes("bemotande.record"))).toBe(false);
    expect(body(named("Alvesta")).some((s) => s.claims.includes("bemotande.record"))).toBe(true);
  });
});

describe("a response time named on one side of a two-sided headline", () => {
  it("is 'kortare' or 'längre' than riket, never 'sämre än riket' (Norberg, Arjeplog: reads)", () => {
    const bad = releases.map((r) => r.claims.headline).filter((h) => /svarstiden (sämre|bättre) än (riket|rikssnittet|snittet)/.test(h));
    expect(bad).toEqual([]);
    expect(named("Norberg").claims.headline).toMatch(/svarstiden (är |i stället )?längre/);
  });
});

describe("a comparison of a response time or an equal value", () => {
  it("never reads 'Den är i Simrishamn kortare …' (stiff word order, reads AU, AV) nor 'ungefär i nivå med' a value it equals (Vårgårda, Skövde: 84 against 84)", () => {
    const stiff = releases.flatMap((r) => [...r.composed.lead, ...body(r)].filter((s) => /^Den är i [A-ZÅÄÖ]/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(stiff).toEqual([]);
    expect(body(named("Vårgårda")).map((s) => s.text).join(" ")).not.toMatch(/ungefär i nivå med both|ungefär i nivå med både riket och likvärdiga kommuner \(84/);
    // (Vårgårda's lead says it now; every body comparison with a reference the value equals says so plainly.)
    let equal = 0;
    for (const r of releases) {
      for (const s of body(r)) {
        const f = r.analysis.findings.find((x) => s.claims.includes(`${x.indicator.id}.national`));
        if (!f || f.national !== f.value || !s.claims.includes(`${f.indicator.id}.vsNational`)) continue;
        expect(s.text, r.municipality.name).toMatch(/(på samma nivå som|i nivå med|detsamma som)/);
        expect(s.text, r.municipality.name).not.toMatch(/ungefär i nivå/);
        equal++;
      }
    }
    expect(equal).toBeGreaterThan(5);
  });
});

describe("a response time's comparison right after its value", () => {
  it("is never 'Därmed är den …', which read as cause where the side of riket did not change (Svenljunga, Trollhättan: a read)", () => {
    const bad = releases.flatMap((r) => [...r.composed.lead, ...body(r)].filter((s) => /^Därmed är den/.test(s.text)).map((s) => r.municipality.name));
    expect(bad).toEqual([]);
  });
});

describe("a response time is compared with an average, never with a place", () => {
  it("says 'kortare än rikssnittet', never 'kortare än riket som helhet' or 'så lång som likvärdiga kommuner' (eight releases in read BB)", () => {
    const place = /(kortare|längre|lång|lika lång som|i nivå med|på samma nivå som) (än |som )?(både )?(riket|riket som helhet|likvärdiga kommuner|kommungruppen) \(\d/;
    const andPlace = /(kortare|längre|lång som) [^.]*\) och [a-zåäö ]*?(?<!snittet för |snittet i |genomsnittet för )(likvärdiga kommuner|kommungruppen) \(\d/;
    const bad = releases.flatMap((r) =>
      [...r.composed.lead, ...body(r)]
        .filter((s) => s.claims.some((c) => c.startsWith("epost-svarstid.")) && (place.test(s.text) || andPlace.test(s.text)))
        .map((s) => `${r.municipality.name}: ${s.text}`),
    );
    expect(bad).toEqual([]);
    const krokom = [...named("Krokom").composed.lead, ...body(named("Krokom"))].find((s) => s.claims.includes("epost-svarstid.vsNational"));
    expect(krokom?.text).toMatch(/(rikssnittet|snittet i riket|genomsnittet i riket) \(6\u00A0timmar\)/);
  });
});

describe("every weak place in the country and every end of the kommungrupp is in the lead (EDITORIAL.md §3)", () => {
  const leadOf = (r: GeneratedRelease) => r.composed.lead.map((s) => s.text).join(" ");
  // An ingress that tells the measure's place in the country may leave its place in the group to the measure's
  // section, after its own sentences, when it would otherwise run to five sentences (reads AI and AJ).
  const besidePlace = (r: GeneratedRelease, id: string): boolean => {
    const ingress = r.composed.lead.slice(0, r.composed.ingress).filter((s) => !s.claims.every((c) => c.startsWith("survey.")));
    const section = r.composed.sections.find((x) => x.sentences.some((s) => s.claims.includes(`${id}.groupRank`)));
    const own = section?.sentences.filter((s) => s.claims.some((c) => c.startsWith(`${id}.`))) ?? [];
    return ingress.some((s) => s.claims.includes(`${id}.rank`)) && own[own.length - 1]?.claims.includes(`${id}.groupRank`) === true;
  };
  it("says them all, beyond the lead's three facts (a sweep of every release: 33 group places and 7 weak places were in the body)", () => {
    const missing = releases.flatMap((r) => {
      const claims = new Set(r.composed.lead.flatMap((s) => s.claims));
      return r.claims.indicators.flatMap((i) => {
        const rank = i.rank;
        if (!rank) return [];
        const below = rank.of - (rank.position + (rank.tied ?? 1) - 1);
        const weak = rank.of >= 20 && below < 10;
        const g = rank.group;
        const gBelow = g ? g.of - (g.position + (g.tied ?? 1) - 1) : -1;
        const nationalEnd = rank.position === 1 || below === 0;
        // (Not a first place on a measure that fell to its lowest yet: reads CH and CN.)
        const fellToLow = i.record?.kind === "worst" && (i.changeClass === "declined" || i.changeClass === "strongly-declined");
        const end = g !== undefined && !nationalEnd && ((g.position === 1 && gBelow > 0 && !fellToLow) || gBelow === 0);
        return [
          ...(weak && !claims.has(`${i.id}.rank`) ? [`${r.municipality.name} ${i.id}: rank`] : []),
          ...(end && !claims.has(`${i.id}.groupRank`) && !besidePlace(r, i.id) ? [`${r.municipality.name} ${i.id}: group`] : []),
        ];
      });
    });
    expect(missing).toEqual([]);
    // Read: Piteå's response time, last of 24 (three reads); Storuman's among the ten weakest and last of 19.
    // (Right under the ingress since INGRESS_HARD_WORDS: past the source sentence.)
    expect(leadOf(named("Piteå"))).toMatch(/svarstiden(?: på e-post)?[^.]*\.( [^.]*\(KKiK\) 2019\.)? [^.]*svagast (resultat )?av de 24\u00A0kommunerna/);
    expect(leadOf(named("Storuman"))).toMatch(/(svarstiden för e-post[^.]*tio s(ista|ämsta)|tio s(ista|ämsta)[^.]*svarstiden för e-post)/);
    // Its last place of 19 in the group follows in the e-mail section: with it the ingress ran to five sentences, and
    // as a clause beside the year's rise it chained four appositions (read BT).
    expect(besidePlace(named("Storuman"), "epost-svarstid")).toBe(true);
    // The places first, then the other news: bemötandet's fall after them (a read).
    expect(leadOf(named("Storuman"))).toMatch(/svarstiden[^]*bemötande/);
    expect(leadOf(named("Boden"))).toMatch(/svarstiden (på|för) e-post[^.]*bäst av de 20\u00A0kommunerna/);
  });

  it("a place joins between two measures' sentences, never inside one's (Oxelösund: e-post's record follows its place)", () => {
    const lead = named("Oxelösund").composed.lead;
    const place = lead.findIndex((s) => s.claims.includes("epost-en-dag.rank"));
    expect(lead[place + 1]?.claims).toContain("epost-en-dag.record");
  });

  it("a second place in the group does not count the group again (Hylte: 'de 20 kommunerna' once)", () => {
    const text = leadOf(named("Hylte"));
    expect((text.match(/de 20\u00A0kommunerna/g) ?? []).length).toBeLessThanOrEqual(1);
    // One sentence for both places (a later rule).
    expect(text).toMatch(/(bäst|först)[^.]*bemötandet[^.]* men (svagast|sist)[^.]*svarstiden/);
  });
});

describe("a crossing of riket", () => {
  it("is never 'Efter att ha legat sämre till 2018 är …', which read as stiff (two sweeps; Hylte had it three times)", () => {
    const bad = releases.flatMap((r) => body(r).filter((s) => /^Efter att ha legat/.test(s.text)).map((s) => r.municipality.name));
    expect(bad).toEqual([]);
  });
});

describe("a record by a narrow margin", () => {
  it("gives its margin plainly, never 'bara' or 'dock knappt', which talked the record down (three sweeps: Tierp, Upplands Väsby, Karlstad, Jokkmokk)", () => {
    const bad = releases.flatMap((r) =>
      [...r.composed.lead, ...body(r)].filter((s) => /(är|på) bara [\d,]+\u00A0(procentenhet|timm)|dock knapp|rekorden knappa/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`),
    );
    expect(bad).toEqual([]);
    expect(named("Piteå").composed.lead.map((s) => s.text).join(" ")).toMatch(/bästa[^.]*1\u00A0procentenhet/);
  });
});

describe("a worst-ever by a hair", () => {
  it("gives its margin and the old worst in an apposition, never '…; det tidigare sämsta var …, en skillnad på …' (four sweeps found it clunky: Krokom, Aneby, Kristianstad)", () => {
    const bad = releases.flatMap((r) => [...r.composed.lead, ...body(r)].filter((s) => /en skillnad på [\d,]+\u00A0(procentenhet|timm)/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
    // A time got worse upwards: "längre än" the old worst (Ånge: 0,5 timmar; Lomma's 0,1 is "med knapp marginal" in its
    // ingress since reads LG and LJ, and not told again).
    expect([...named("Ånge").composed.lead, ...body(named("Ånge"))].map((s) => s.text).join(" ")).toMatch(/0,5\u00A0timmar längre än (den tidigare bottennoteringen|kommunens tidigare bottennotering|det tidigare bottenresultatet)/);
  });
});

describe("a record's comparison with riket in the lead", () => {
  it("says a time is longer or shorter than riket's, naming it, and gives a narrow margin as an apposition, not in brackets (Piteå, Karlshamn, Vaggeryd: reads)", () => {
    const leads = releases.flatMap((r) => r.composed.lead.filter((s) => s.claims.some((c) => c.startsWith("epost-svarstid.record"))).map((s) => s.text));
    expect(leads.filter((t) => /, men [^.]*(sämre|bättre) än rikssnittet/.test(t))).toEqual([]);
    expect(leads.filter((t) => /\(0,\d\u00A0timmar bättre än det tidigare bästa\)/.test(t))).toEqual([]);
    // Karlshamn's best by 0,4 timmar is told in its section since reads FL and FQ: the lead says the gap to riket.
    expect(named("Karlshamn").composed.lead.map((s) => s.text).join(" ")).toMatch(/till 10,7\u00A0timmar 2019\. Den är (ändå|fortfarande) (\S+ )?(längre än|[^.]* så lång som) rikssnittet(?: \([^)]*\))?\./);
    expect(named("Karlshamn").composed.lead.map((s) => s.text).join(" ")).not.toMatch(/0,4\u00A0timmar/);
    expect(body(named("Karlshamn")).map((s) => s.text).join(" ")).toMatch(/bästa resultat hittills för svarstiden på e-post, 0,4\u00A0timmar kortare än (det tidigare rekordet|kommunens tidigare rekord|det gamla rekordet)/);
  });
});

describe("a comparison headline on a response time", () => {
  it("says its multiple of riket's, never 'slår rikssnittet', which read as news for a municipality ahead of riket every year (Grums, Säffle: reads BA, BD, a sweep)", () => {
    const heads = releases.map((r) => r.claims.headline);
    expect(heads.filter((h) => /slår (riket|rikssnittet)/.test(h))).toEqual([]);
    expect(named("Grums").claims.headline).toMatch(/svarstiden på e-post mindre än hälften så lång som (rikssnittet|i riket)$/);
    expect(named("Säffle").claims.headline).toMatch(/svarstiden på e-post drygt hälften så lång som (rikssnittet|i riket)$/);
  });

  it("a two-sided headline's riket side for a time is 'längre', never 'sämre än riket' (Kalmar: a sweep; the case itself in compose.test.ts)", () => {
    expect(releases.map((r) => r.claims.headline).filter((h) => /svarstiden[^–,]*[–,] men \S+ (sämre|bättre) än/.test(h))).toEqual([]);
  });
});

describe("a comparison right after a record it contradicts", () => {
  it("turns: a worst-ever better than riket is 'ändå' better, a best-ever behind riket 'fortfarande' worse (Ludvika, Emmaboda, Malmö: read BC)", () => {
    const after = (name: string, id: string): string => {
      // (The paragraph under the ingress too: Malmö's record joined its change there since read IT.)
      const list = [...named(name).composed.lead.slice(named(name).composed.ingress), ...body(named(name))];
      const at = list.findIndex((s) => s.claims.includes(`${id}.record`));
      return list[at + 1]?.text ?? "";
    };
    // (Ludvika's worst-ever, reached by a 3-point fall, is in its lead since read CD: the turn is there.)
    // ("om än" after the lead's "Men …" sentence, since read JA.)
    expect(named("Ludvika").composed.lead.map((s) => s.text).join(" ")).toMatch(/(sämsta resultatet för Ludvika|Ludvikas sämsta resultat|kommunens sämsta resultat)[^.]*, (men ändå|om än) klart bättre än rikssnittet(?: \([^)]*\))?\./);
    // In the body: Malmö's bemötande at its lowest, still better than riket.
    expect(after("Malmö", "bemotande")).toMatch(/är (resultatet )?ändå (klart |långt )?bättre än|^Trots det är resultatet (klart |långt )?bättre än/);
    let turned = 0;
    for (const r of releases) {
      for (const { id, next } of comparedAfter(r, "record")) {
        if (!/^(Resultatet|Årets resultat|\S+ resultat|För \d{4} är resultatet|Trots det är resultatet|Nu är resultatet) (är )?/.test(next.text)) continue;
        const ind = r.claims.indicators.find((x) => x.id === id);
        const worst = ind?.record?.kind === "worst";
        const better = ind?.vsNational === "better" || ind?.vsNational === "much-better";
        const worse = ind?.vsNational === "worse" || ind?.vsNational === "much-worse";
        if ((worst && better) || (!worst && worse)) {
          turned++;
          // ("Trots det är resultatet fortfarande …" said the turn twice: read BD. "Trots det" alone turns.)
          // ("dock" where an earlier sentence of the release opened with "Men": read HG.)
          expect(next.text, r.municipality.name).toMatch(worst ? /( ändå | dock |^Trots det )/ : /( (fortfarande|fortsatt|alltjämt|dock) |^Trots det )/);
          expect(next.text, r.municipality.name).not.toMatch(/^Trots det [^.]*(fortfarande|fortsatt|alltjämt)/);
        }
      }
    }
    expect(turned).toBeGreaterThan(5);
  });
});

describe("the count against riket in the body", () => {
  it("says the measures level with riket too, or they read as the other side (Osby: 'sämre på tre av fem' left two level measures to be guessed, read BD)", () => {
    for (const r of releases) {
      const s = r.claims.plan?.summary;
      if (!s || s.better + s.worse === s.total || (s.better > 0 && s.worse > 0)) continue;
      const intro = (r.composed.intro ?? []).find((x) => x.claims.includes("summary.vsNational"));
      // ("ungefär lika bra på ett" since reads FX and FY found "Sammantaget är …" a tic.)
      if (intro) expect(intro.text, r.municipality.name).toMatch(/i nivå med|nära rikssnittet|ungefär lika bra/);
    }
    expect((named("Osby").composed.intro ?? []).find((x) => x.claims.includes("summary.vsNational"))?.text).toMatch(/(sämre än [^.]*tre av fem mått|tre av fem mått[^.]*sämre än)[^.]* (i nivå med [^.]*två|två i nivå med|två ungefär lika bra)/);
  });
});

describe("a place in the country in the lead", () => {
  it("reads naturally: never 'Med 1,4 timmar 2019 för … delar', a stub 'Resultatet var 73 procent 2019.' or a dangling 'som var …' (reads BA, BD, BC)", () => {
    const bad = releases.flatMap((r) =>
      r.composed.lead
        .filter((s) => s.claims.some((c) => c.endsWith(".rank")))
        .filter((s) => /^(Men )?[Mm]ed [\d,]+\u00A0\S+ \d{4} för /.test(s.text) || /^Resultatet var /.test(s.text) || /, som var /.test(s.text))
        .map((s) => `${r.municipality.name}: ${s.text}`),
    );
    expect(bad).toEqual([]);
  });

  it("gives a weak place by its figure alone, never 'nästan tre av fyra' beside 'bara sju kommuner har sämre' (Lycksele, read BC)", () => {
    const bad = releases.flatMap((r) =>
      r.composed.lead
        .filter((s) => s.claims.some((c) => c.endsWith(".rank")) && /(sämst|sista|svagaste|tio sämsta|bara \S+ (kommuner )?(i landet )?har (ett )?sämre)/i.test(s.text))
        .filter((s) => /(nästan|drygt|knappt|ungefär) [a-zåäö ]+ \(\d+\u00A0procent\)/.test(s.text))
        .map((s) => `${r.municipality.name}: ${s.text}`),
    );
    expect(bad).toEqual([]);
  });

  it("says fourth and fifth from the bottom as such, not 'bland de tio sämsta' (Göteborg 261 of 264, Ljusdal 259 of 262: read BA)", () => {
    for (const name of ["Göteborg", "Ljusdal"]) {
      const lead = named(name).composed.lead.map((s) => s.text).join(" ");
      expect(lead, name).toMatch(/fjärde sista plats/);
      expect(lead, name).not.toMatch(/tio (sämsta|sista)/);
    }
  });
});

describe("a narrow record's margin", () => {
  it("reads idiomatically, in the measure's own words, with the old record: '0,4 timmar kortare än det tidigare bästa (7,4 timmar 2015)' (reads BE, BF)", () => {
    const bad = releases.flatMap((r) =>
      [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)]
        .filter((s) => /till godo|före det tidigare bästa|ligger [\d,]+\u00A0\S+ före|rekorden nära|(Inget (tidigare )?år[^.,]*|aldrig haft[^.,]*), [\d,]+\u00A0(procentenhet|timm)/.test(s.text))
        .map((s) => `${r.municipality.name}: ${s.text}`),
    );
    expect(bad).toEqual([]);
    // Västervik's e-post time, 0,4 timmar under its best of 7,4 timmar in 2015 (read BE).
    const västervik = [...named("Västervik").composed.lead, ...body(named("Västervik"))].map((s) => s.text).join(" ");
    expect(västervik).toMatch(/0,4\u00A0timmar kortare än (det tidigare rekordet|kommunens tidigare rekord|det gamla rekordet)/);
  });
});

describe("a run over the whole series", () => {
  it("is in the lead, with riket's side when riket says otherwise (Öckerö: tillgängligheten up every year to 54 procent, under riket's 60; two reads scored it 3)", () => {
    const lead = named("Öckerö").composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/femte (året )?i rad( med en förbättring)?, men tillgängligheten (i telefon )?[^.]*(sämre än|under) rikssnittet/);
    expect(named("Ånge").composed.lead.map((s) => s.text).join(" ")).toMatch(/femte (försämringen |året )?i rad/);
  });
});

describe("better on every measure under a count of bests", () => {
  it("is said in the lead, right after the count (Sigtuna: it was the body's second sentence, read BF)", () => {
    const lead = named("Sigtuna").composed.lead;
    expect(lead[1]?.claims.filter((c) => c.endsWith(".changeClass"))).toHaveLength(5);
    expect((named("Sigtuna").composed.intro ?? []).some((s) => s.claims.filter((c) => c.endsWith(".changeClass")).length === 5)).toBe(false);
  });
});

describe("riket's side said once in a lead, and a time crossing riket", () => {
  it("a run beside its measure's record leaves riket's side to the record (Malå: said twice, read BH)", () => {
    const lead = named("Malå").composed.lead.map((s) => s.text).join(" ");
    expect(lead.match(/rikssnittet/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it("a response time crossing riket is 'kortare' or 'längre', never 'gått förbi snittet' (Enköping, read BH)", () => {
    const bad = releases.flatMap((r) => body(r).filter((s) => s.claims.includes("epost-svarstid.previousVsNational") && /gått förbi|ligger nu efter|hamnat [a-z ]*efter/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
    expect(body(named("Enköping")).map((s) => s.text).join(" ")).toMatch(/svarstiden på e-post[^.]*kortare än/i);
  });
});

describe("several places at the ends of the kommungrupp", () => {
  it("are one sentence in the lead, never one each (Jönköping: seven sentences that swung back and forth, read BH)", () => {
    for (const r of releases) {
      // (The lead's opening group place with its value, the headline's news, is a sentence of its own.)
      const places = r.composed.lead.filter((s, i) => !(i === 0 && s.claims.some((c) => c.endsWith(".value"))) && s.claims.some((c) => c.endsWith(".groupRank")));
      expect(places.length, r.municipality.name).toBeLessThanOrEqual(1);
    }
    const lead = named("Jönköping").composed.lead.map((s) => s.text).join(" ");
    // Each shared place names its partner right after its measure, the shared one first in its list (Tranås: sweep 4).
    // (Tillgängligheten, first in the group in the year it fell to its lowest, left the lead with reads CH and CN.)
    expect(lead).toMatch(/(bäst|först) för svarstiden på e-post men (svagast|sist) för e-postsvaren inom en arbetsdag \(delad plats med Borås\)/);
    expect(named("Tranås").composed.lead.map((s) => s.text).join(" ")).toMatch(/svagast för bemötandet i telefon \(delad plats med Lycksele\) och tillgängligheten i telefon/);
  });

  it("a shared place at either end of the group is said as shared, with the others named (Leksand's 'bäst' hid Älvdalen and Åre, sweep 3)", () => {
    let checked = 0;
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...body(r)]) {
        for (const c of s.claims.filter((x) => x.endsWith(".groupRank"))) {
          const g = r.claims.indicators.find((i) => i.id === c.split(".")[0])?.rank?.group;
          if (!g?.tied) continue;
          checked++;
          expect(s.text, r.municipality.name).toMatch(/delad|delar|delas|delat/);
          for (const other of g.sharedWith ?? []) expect(s.text, r.municipality.name).toContain(other);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    // Tranås: last alone for tillgängligheten, shared with Lycksele for bemötandet; the bracket right after its measure.
    expect(named("Tranås").composed.lead.map((s) => s.text).join(" ")).toMatch(/svagast för bemötandet i telefon \(delad plats med Lycksele\) och tillgängligheten i telefon/);
    expect(named("Leksand").composed.lead.map((s) => s.text).join(" ")).toMatch(/bäst för e-postsvaren inom en arbetsdag \(delad plats med Älvdalen och Åre\)|förstaplatsen för e-postsvaren inom en arbetsdag med Älvdalen och Åre/);
  });
});

describe("a count of records with narrow ones among them", () => {
  it("is the headline at four or more when two are clear (Nacka: best on four of five, two narrow; a fourth rise on one measure headlined, read BH)", () => {
    expect(named("Nacka").claims.plan?.angle).toBe("records");
    expect(named("Nacka").claims.headline).toMatch(/fyra av fem mått/);
  });
});

describe("a low at riket's level beside a best far ahead of riket", () => {
  it("headlines the best, and the lead opens with it and then tells the low (Surahammar: reads AQ, BE, BG scored the low's headline 2, 3, 2)", () => {
    const r = named("Surahammar");
    expect(r.claims.headline).toMatch(/tillgängligheten/);
    expect(r.claims.headline).not.toMatch(/sämst|sämsta/);
    const lead = r.composed.lead.map((s) => s.text);
    expect(lead[0]).toMatch(/handläggare inom en minut/);
    expect(lead.join(" ")).toMatch(/svarstiden för e-post[^]*(aldrig haft ett sämre|sämsta|Inget tidigare år har varit sämre|Sämre än så)/);
    // A low and a best both at riket's level keep the low first (Grästorp's bemötande).
    expect(named("Grästorp").claims.headline).toMatch(/bemötandet/);
  });
});

describe("a best reached by a small step", () => {
  it("ranks after a best reached by a real step, even a narrow one (Älvdalen: direct answers +2 headlined over e-post +7 to its best and bemötandet at its lowest, read BI scored it 2)", () => {
    expect(named("Älvdalen").claims.headline).toMatch(/e-postsvar(en| inom en dag)/);
    expect(named("Älvdalen").composed.lead.map((s) => s.text).join(" ")).toMatch(/bemötande[^.]*sjönk|sjönk[^.]*bemötande/);
    // Not one that ends a run of five (Botkyrka's direct answers), nor a worst-ever (Mellerud's bemötandet).
    expect(named("Botkyrka").claims.headline).toMatch(/direktsvaren/);
    expect(named("Mellerud").composed.lead.map((s) => s.text).join(" ")).toMatch(/bemötande/);
  });

  it("a response time crossing riket in the lead is 'kortare' or 'längre', never 'sämre än rikssnittet' (Mellerud)", () => {
    const bad = releases.flatMap((r) => r.composed.lead.filter((s) => s.claims.includes("epost-svarstid.vsNational") && /svarstiden[^.]* nu (sämre|bättre) än/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
  });
});

describe("a place among the five best in the country", () => {
  it("is in the lead whatever else it holds (Motala's shared fifth place on tillgängligheten sat below the quote, read BJ)", () => {
    const lead = named("Motala").composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/femte plats i landet/);
  });
});

describe("a worst-ever just past last year's value, and a best by a hair over last year's", () => {
  it("is said plainly: never 'nästan detsamma som året innan' (read BK: five releases, Storfors' slide from 82 hidden), nor 'Ändå är det …, med knapp marginal' (reads BI, BL)", () => {
    const bad = releases.flatMap((r) => [...r.composed.lead, ...body(r)].filter((s) => /sämsta[^.]*nästan (samma|detsamma) som året innan|^Ändå är det|^Det är ändå, med knapp marginal/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
  });
});

describe("a place among the last three in a headline", () => {
  it("says the place where it fits, not 'nära botten' (Järfälla, 261 of 262: read BK)", () => {
    expect(named("Järfälla").claims.headline).toMatch(/näst sista plats/);
  });
});

describe("a place among the ten best in the country", () => {
  it("weighs as much as a strong change or a clear record, and headlines over a count (Huddinge tenth, Mark sixth, Askersund tenth: both sweeps and reads BK, BM, BN)", () => {
    expect(named("Huddinge").claims.headline).toMatch(/tionde (plats|bäst) i landet/);
    expect(named("Mark").claims.headline).toMatch(/toppen i landet|sjätte plats/);
    expect(named("Askersund").claims.headline).toMatch(/tionde plats i landet/);
  });
});

describe("a place among the ten best that a strong rise reached (reads KX and KZ: Huddinge)", () => {
  it("headlines both, the rise in points: 'Huddinge på tionde plats i landet för …' left +19 to a best yet to the lead", () => {
    const h = named("Huddinge");
    expect(h.claims.headline).toMatch(/^(Huddinge: e-postsvaren( inom en arbetsdag)? upp 19\u00A0procentenheter – tionde bäst i landet|Huddinge lyfter e-postsvaren( inom en arbetsdag)? 19\u00A0procentenheter – nu tionde bäst i landet|Lyft med 19\u00A0procentenheter för e-postsvaren( inom en arbetsdag)? i Huddinge – tionde bäst i landet)$/);
    expect(h.claims.headline.length).toBeLessThanOrEqual(70);
    // The ingress tells the rise the headline names.
    expect(h.composed.lead.slice(0, h.composed.ingress).flatMap((s) => s.claims)).toContain("epost-en-dag.change");
  });
  it("only for a rise to a place of its own, where a place among the ten best headlines (never a shared place, nor a fall)", () => {
    const risen = releases.filter((x) => /(upp|lyfter|Lyft med) \d+\u00A0procentenheter.*bäst i landet/.test(x.claims.headline));
    // (Motala and Tomelilla rose as strongly to a shared first place, which says more alone.)
    expect(risen.map((r) => r.municipality.name)).toEqual(["Huddinge"]);
    for (const r of risen) {
      const id = r.claims.plan?.headline[0] ?? "";
      const f = r.analysis.findings.find((x) => x.indicator.id === id);
      expect(f?.changeClass, r.municipality.name).toBe("strongly-improved");
      expect(f?.rank?.tied, r.municipality.name).toBeUndefined();
      expect(f?.rank?.position, r.municipality.name).toBeLessThanOrEqual(10);
    }
  });
});

describe("A/B reads AB73 and AB74: the e-mail answers within a day in a headline", () => {
  it("are 'e-postsvar inom en dag', the data's tight name, where 'e-postsvaren' read as both e-mail measures (Uppsala's and Ljungby's shared first place, the response time 107th and 188th)", () => {
    for (const name of ["Uppsala", "Ljungby", "Knivsta", "Hofors", "Älvdalen", "Norberg"]) expect(named(name).claims.headline, name).toMatch(/[Ee]-postsvar inom en dag/);
  });
  it("are 'e-postsvaren' where the headline's claim holds for the response time too (headline read HL3: Bjurholm, both at their best; Sala and Kalix, records on both)", () => {
    expect(named("Bjurholm").claims.headline).toMatch(/e-postsvaren bäst hittills/);
    expect(named("Sala").claims.headline).toMatch(/e-postsvaren och svarstiden/);
    expect(named("Kalix").claims.headline).toMatch(/svarstiden på e-post och e-postsvaren/);
  });
  it("keep the cut name where the tight one would lose a side, a count, a measure, a place or an 'eget'", () => {
    expect(named("Jönköping").claims.headline).toMatch(/e-postsvaren.*tillgängligheten/);
    expect(named("Tingsryd").claims.headline).toMatch(/alla fem mått/);
    expect(named("Svenljunga").claims.headline).toMatch(/direktsvaren och e-postsvaren/);
    expect(named("Oxelösund").claims.headline).toMatch(/rekord.*tre sämsta/);
    expect(named("Ale").claims.headline).toMatch(/åttonde/);
    expect(named("Osby").claims.headline).toMatch(/eget rekord/);
  });
  it("is a headline's name only: a tight name without its channel never lands in a section ('För svar inom en arbetsdag är Värmdö …')", async () => {
    const { generateRelease } = await import("../src/kinds/municipality/release.js");
    const { computeRanks } = await import("../src/analyse/municipality.js");
    const changed = { ...dataset, indicators: dataset.indicators.map((i) => (i.tight === undefined ? i : { ...i, tight: "svar inom en arbetsdag" })) };
    const ranks = computeRanks(changed, changed.survey.year);
    const release = (name: string): ReturnType<typeof generateRelease> => {
      const m = changed.municipalities.find((x) => x.name === name);
      if (!m) throw new Error(name);
      return generateRelease(changed, m, { resources, ranks });
    };
    for (const name of ["Värmdö", "Haninge", "Älvkarleby", "Uppsala"]) {
      const r = release(name);
      const body = [...r.composed.lead, ...r.composed.sections.flatMap((x) => x.sentences)].map((x) => x.text).join(" ");
      expect(body, name).not.toMatch(/svar inom en arbetsdag/i);
      expect(body, name).toMatch(/e-postsvaren inom en arbetsdag|e-postfrågor som besvaras inom en arbetsdag/i);
    }
    // (The headline has it.)
    expect(release("Uppsala").claims.headline).toMatch(/^Svar inom en arbetsdag/);
  });
  it("never a headline over 76 characters, nor one that names the measure both ways", () => {
    for (const r of releases) {
      expect(r.claims.headline.length, r.claims.headline).toBeLessThanOrEqual(HEADLINE_BOTH_MAX);
      expect(r.claims.headline, r.municipality.name).not.toMatch(/e-postsvar inom en dag.*e-postsvaren(?! inom)|e-postsvaren(?! inom).*e-postsvar inom en dag/);
    }
  });
});

describe("the largest change in the country is said (EDITORIAL.md §3)", () => {
  /** Per indicator, the one municipality whose strong change is larger than every other's, each way. */
  const largest = () =>
    releases[0]!.claims.indicators.flatMap(({ id }) =>
      (["strongly-improved", "strongly-declined"] as const).flatMap((cls) => {
        const moves = releases.flatMap((r) => {
          const i = r.claims.indicators.find((x) => x.id === id);
          const ind = dataset.indicators.find((x) => x.id === id);
          return i && ind && i.change !== null ? [{ r, id, cls: i.changeClass, d: (i.better === "higher" ? 1 : -1) * i.change, name: headlineName(ind) }] : [];
        });
        const sign = cls === "strongly-improved" ? 1 : -1;
        const [top, next] = moves.sort((a, b) => sign * (b.d - a.d));
        return top && next && top.cls === cls && sign * top.d > sign * next.d ? [{ ...top, way: sign }] : [];
      }),
    );

  it("a strong change larger than any other municipality's is in the headline or the lead, with the measure named", () => {
    const found = largest();
    // Östersund's +28 and +23 in the telephone, Sundsvall's −22 and −26, Munkedal's +28 in e-post, …
    expect(found.length).toBeGreaterThanOrEqual(8);
    const ostersund = found.filter((x) => x.r.municipality.name === "Östersund").map((x) => x.name);
    expect(ostersund).toEqual(["tillgängligheten i telefon", "direktsvaren i telefon"]);
    for (const x of found) {
      // Its own sentence naming the measure, or a clause on the change's sentence, which names it by its subject.
      const said = x.r.composed.lead.find((s) => (s.text.includes(x.name.replace(/ (i|på|via|inom|för) .*$/, "")) || s.claims.includes(`${x.id}.changeClass`)) && s.claims.includes(`${x.id}.changeRank`) && /mest i landet|Ingen annan kommun|största (förbättring|försämring)/.test(s.text));
      const headline = x.r.claims.headline.includes("mest i landet") && x.r.claims.headline.includes(x.name);
      expect(said !== undefined || headline, `${x.r.municipality.name}: ${x.name}`).toBe(true);
      if (said) expect(said.text, x.r.municipality.name).toMatch(x.way > 0 ? /förbättr/ : /försämr/);
    }
  });

  it("no other release says a change is the largest in the country", () => {
    const owners = new Set(largest().map((x) => x.r));
    for (const r of releases.filter((x) => !owners.has(x))) {
      const text = [r.claims.headline, ...r.composed.lead.map((s) => s.text), ...body(r).map((s) => s.text)].join(" ");
      expect(text, r.municipality.name).not.toMatch(/mest i landet|Ingen annan kommun|största (förbättringen|försämringen)|största (förbättring|försämring) på det måttet/);
    }
  });
});

describe("records by a small margin after a count", () => {
  it("are never 'Marginalen till det tidigare bästa är …' (seven stilted leads in sweep 3), nor a sentence of their own after the count (sweep 6); the count names them ('… – för … med knapp marginal')", () => {
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...body(r)]) {
        expect(s.text, r.municipality.name).not.toMatch(/[Mm]arginalen till|avståndet till de tidigare|skiljer det|det tidigare bästa (för [^.]* )?slås|slår årets resultat det tidigare bästa/);
      }
    }
  });
});

describe("first or last in the kommungrupp as the headline (sweep 3: Leksand 2; Orsa, Åre, Kalmar, Härjedalen, Piteå 3)", () => {
  it("is the angle when nothing in the year is stronger than a plain change, a gap or a narrow record, and the measure is on the same side of riket", () => {
    const grouped = releases.filter((r) => /^group-(first|last)$/.test(r.claims.plan?.angle ?? ""));
    expect(grouped.map((r) => r.municipality.name).sort()).toEqual(expect.arrayContaining(["Härjedalen", "Leksand", "Orsa", "Åre"]));
    // Not where the measure's own history says the opposite (sweep 4): Kalmar's bemötande at its lowest, Piteå's
    // response time at its best.
    expect(grouped.map((r) => r.municipality.name)).not.toContain("Kalmar");
    expect(grouped.map((r) => r.municipality.name)).not.toContain("Piteå");
    for (const r of grouped) {
      const first = r.claims.plan?.angle === "group-first";
      const id = r.claims.plan?.headline[0];
      const ind = r.claims.indicators.find((i) => i.id === id);
      // The place the claims hold, on the side of riket the headline implies.
      expect(ind?.rank?.group?.position === 1, r.municipality.name).toBe(first);
      expect(ind?.vsNational, r.municipality.name).toMatch(first ? /better/ : /worse/);
      expect(r.claims.headline, r.municipality.name).toMatch(first ? /(bäst|först|topp|leder)[^]*kommungrupp|likvärdiga/ : /(sist|svagast|sista|botten)/);
      // Nothing stronger in the year: no place in the country, strong change or clear record.
      expect(r.claims.plan?.indicators[0]?.newsValue, r.municipality.name).toBeGreaterThanOrEqual(3);
      // The lead opens with the value and the place.
      const opener = r.composed.lead[0];
      expect(opener?.claims, r.municipality.name).toEqual(expect.arrayContaining([`${id}.value`, `${id}.groupRank`]));
      // The year once: "93 procent 2019 … som deltog 2019" read as clumsy (sweep 4: Älvdalen, Jönköping).
      expect(opener?.text.match(/2019/g)?.length, r.municipality.name).toBe(1);
    }
    expect(named("Härjedalen").claims.headline).toBe("Härjedalen främst bland likvärdiga kommuner för svarstiden på e-post");
    // "likvärdiga kommuner", which the fact box explains (read IO found "kommungruppen" jargon), unless only
    // "i kommungruppen" leaves room for the measure's whole name: Åre's "e-postsvaren" alone was ambiguous (AB30).
    expect(named("Leksand").claims.headline).toMatch(/bland likvärdiga kommuner för tillgängligheten i telefon$/);
    expect(named("Åre").claims.headline).toMatch(/^Åre delar (toppen|täten|förstaplatsen) i kommungruppen för e-postsvaren inom en arbetsdag$/);
    expect(named("Leksand").claims.headline).toMatch(/^Leksand (sist|svagast|på sista plats)[^]*tillgängligheten i telefon$/);
  });
});

describe("a worst-ever after three falls in a row", () => {
  it("is in the lead even on a measure still better than riket, when the lead has no other bad news (Orust, Nässjö: sweep 3 found it left to the body under an all-good lead)", () => {
    for (const name of ["Orust", "Nässjö"]) {
      const lead = named(name).composed.lead;
      const id = "tillganglighet";
      const i = named(name).claims.indicators.find((x) => x.id === id);
      // The data: tillgängligheten at its lowest after three falls or more, still better than riket.
      expect(i?.record?.kind, name).toBe("worst");
      expect(i?.streak?.trend === "declining" && i.streak.steps >= 3, name).toBe(true);
      expect(i?.vsNational, name).toMatch(/better/);
      expect(lead.some((s) => s.claims.includes(`${id}.record`)), name).toBe(true);
      expect(lead.map((s) => s.text).join(" "), name).toMatch(/(sämsta resultat|resultat är (därmed|nu) det sämsta)[^.]*(klart |mycket )?bättre än rikssnittet/);
    }
  });
});

describe("last year's side of riket, after a comparison", () => {
  it("names the measure's side as a result or a length, never 'Så sent som 2018 låg Huddinge efter riket' (vague, and 'före riket' unidiomatic: three readers in sweep 3)", () => {
    let told = 0;
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...body(r)]) {
        expect(s.text, r.municipality.name).not.toMatch(/låg \S+ (före|efter) riket\.?$/);
        if (!s.claims.every((c) => c.endsWith(".previousVsNational"))) continue;
        told++;
        const id = s.claims[0]?.split(".")[0];
        const time = r.claims.indicators.find((i) => i.id === id)?.unit === "hours";
        expect(s.text, r.municipality.name).toMatch(time ? /(längre|kortare) än rikssnittet/ : /(sämre|bättre) än (rikssnittet|riket)|(under|över) rikssnittet|(efter|före|under|över) riket för/);
      }
    }
    expect(told).toBeGreaterThan(3);
  });
});

describe("a comparison right after a sentence about the years", () => {
  it("says which year it is about ('Årets resultat', 'Resultatet 2019'), never a bare 'Resultatet är' that read as 2014 (Älvkarleby, Bromölla: sweep 3)", () => {
    let seen = 0;
    for (const r of releases) {
      const sentences = [...r.composed.lead, ...body(r)];
      sentences.forEach((s, i) => {
        const before = sentences[i - 1];
        if (!before || !/\b20\d\d\b/.test(before.text) || !before.claims.some((c) => /\.(record|streak|longRun)$/.test(c))) return;
        // (Not a second record, "Nässjös resultat är därmed det sämsta hittills": it says no comparison.)
        if (!/^(Men )?(Resultatet|Det|\S+s resultat) (är|ligger)/.test(s.text) || /^\S+s resultat är (därmed|nu) det/.test(s.text)) return;
        seen++;
        expect(s.text, `${r.municipality.name}: ${before.text} / ${s.text}`).toMatch(/^(Men )?([Åå]rets resultat|[Ff]ör \d{4} är resultatet|\S+s resultat \d{4}|[Rr]esultatet \d{4}|Det är|Resultatet ligger)/);
      });
    }
    expect(seen).toBeGreaterThan(10);
  });
});

describe("the count across measures", () => {
  it("says 'bättre än rikssnittet på två av fem mått och i nivå med det på tre', never 'nära rikssnittet på tre … och bättre till på två' (Hörby: sweep 3)", () => {
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)]) {
        expect(s.text, r.municipality.name).not.toMatch(/(bättre|sämre) till (på|för)/);
      }
    }
  });
});

describe("sentence openings", () => {
  it("never two sentences in a row that open with 'Resultatet' (five releases in sweep 4: 'Resultatet är det sämsta hittills … Resultatet 2019 är ändå …')", () => {
    const twice: string[] = [];
    for (const r of releases) {
      for (const list of [r.composed.lead, ...r.composed.sections.map((s) => s.sentences)]) {
        list.forEach((s, i) => {
          const next = list[i + 1];
          if (next && /^(Men )?Resultatet\b/.test(s.text) && /^(Men )?Resultatet\b/.test(next.text)) twice.push(`${r.municipality.name}: ${s.text} / ${next.text}`);
        });
      }
    }
    expect(twice).toEqual([]);
  });
});

describe("a run in the lead", () => {
  it("joins its measure's change as a clause when that sentence is short and plain ('…, till 94 procent 2019, den fjärde förbättringen i rad'): sweep 4 found leads of eight and nine sentences", () => {
    let joined = 0;
    for (const r of releases) {
      r.composed.lead.forEach((s, i) => {
        const before = r.composed.lead[i - 1];
        const id = s.claims.find((c) => c.endsWith(".streak"))?.split(".")[0];
        if (id !== undefined && s.claims.includes(`${id}.changeClass`)) joined++;
        const alone = id !== undefined && s.claims.length === 2;
        const plain = before !== undefined && before.claims.every((c) => c.startsWith(`${id}.`)) && before.claims.includes(`${id}.changeClass`) && before.text.length < 150 && !/, (men|och|vilket|mot)\b/.test(before.text);
        expect(alone && plain, `${r.municipality.name}: ${before?.text} / ${s.text}`).toBe(false);
      });
    }
    expect(joined).toBeGreaterThan(15);
  });
});

describe("a place in the country right after its measure's record", () => {
  it("names its measure and value, never 'Det placerar …', which read as the record's doing (Gullspång: sweep 4)", () => {
    let seen = 0;
    for (const r of releases) {
      r.composed.lead.forEach((s, k) => {
        const id = s.claims.find((c) => c.endsWith(".rank"))?.split(".")[0];
        const before = r.composed.lead[k - 1];
        if (id === undefined || !before?.claims.includes(`${id}.record`)) return;
        seen++;
        expect(s.text, r.municipality.name).not.toMatch(/^(Det|Resultatet|Med det resultatet) /);
      });
    }
    expect(seen).toBeGreaterThan(0);
    expect(named("Gullspång").composed.lead.map((s) => s.text).join(" ")).toMatch(/Gullspång(s kommun)? hör till de tio sämsta i landet när det gäller e-postsvaren inom en arbetsdag/);
  });
});

describe("a narrow record", () => {
  it("is never said of a record reached by a strong change: 'lyfte markant' then 'med knapp marginal' read as a contradiction (Aneby, Jokkmokk: sweep 5)", () => {
    for (const r of releases) {
      const strong = r.claims.indicators.filter((i) => i.changeClass === "strongly-improved" && i.record?.kind === "best");
      for (const s of r.composed.lead) {
        if (!/knapp marginal|liten marginal|marginalen (är )?(liten|knapp)|slås med|förbi det tidigare bästa|slår årets resultat/.test(s.text)) continue;
        // The narrow part: after "med knapp marginal" (or the count's ", men för … är marginalen …") in a list of
        // records, else the whole sentence.
        const clause = /, (men för|även om marginalen)/.exec(s.text);
        const at = clause ? clause.index : s.text.indexOf("knapp marginal");
        const narrow = at >= 0 ? s.text.slice(at) : s.text;
        for (const i of strong) {
          const ind = dataset.indicators.find((x) => x.id === i.id);
          const tight = ind ? headlineName(ind).replace(/ (i|på|via|inom) .*$/, "") : "";
          if (ind) expect(narrow, `${r.municipality.name}: ${s.text}`).not.toContain(tight);
        }
      }
    }
    expect(named("Sigtuna").composed.lead.map((s) => s.text).join(" ")).not.toMatch(/direktsvaren i telefon slås/);
    expect(named("Aneby").composed.lead.map((s) => s.text).join(" ")).not.toMatch(/knapp marginal[^.]*e-postsvaren inom en arbetsdag/);
  });
});

describe("a plain change that only reaches riket's level", () => {
  it("does not headline over a measure far from riket (Åtvidaberg: +4 to riket's level over direct answers 17 points above it; sweeps 3 and 4 scored it 3 and 2), and the lead gives the year's change beside the gap", () => {
    const r = named("Åtvidaberg");
    expect(r.claims.headline).toMatch(/direktsvaren i telefon/);
    const lead = r.composed.lead.map((s) => s.text).join(" ");
    // (17 and 16 points: between one and a half times and twice `strong`, "mycket".)
    expect(lead).toMatch(/72\u00A0procent 2019[^]*klart bättre än både riket och [^()]+ \(55 och \d+\u00A0procent\)/);
    expect(lead).toMatch(/kontakt med en handläggare[^.]*4\u00A0procentenheter/);
  });
});

describe("a plain record right after its measure's change in the lead", () => {
  it("is an apposition to it, after this year's figure only ('… till 71 procent 2019, det bästa resultatet för Botkyrka i alla mätningar sedan 2014'): Mörbylånga's lead ran to nine sentences (sweep 4)", () => {
    let joined = 0;
    for (const r of releases) {
      r.composed.lead.forEach((s, i) => {
        const id = s.claims.find((c) => c.endsWith(".record"))?.split(".")[0];
        if (id !== undefined && s.claims.includes(`${id}.changeClass`) && /, [^,]*(bästa|sämsta)[^,]*\.$/.test(s.text)) {
          joined++;
          // Never after last year's figure, where it would read as last year's record.
          // (A relative clause speaks of the change: "…, från 88 procent 2018, vilket är den fjärde försämringen i rad
          // och Tierps sämsta resultat hittills".)
          expect(s.text, r.municipality.name).not.toMatch(/2018, (?!(vilket är )?(en|den) [^,]*(försämring|förbättring)[^,]* och )[^,]*(bästa|sämsta)/);
        }
        const before = r.composed.lead[i - 1];
        const alone = id !== undefined && s.claims.length === 2 && /^Det är [^,;]+ (bästa|sämsta) [^,;]+\.$/.test(s.text);
        const after = before?.claims.includes(`${id}.changeClass`) && before.text.endsWith(" 2019.") && before.text.length < 150 && !/, (men|och|vilket|mot)\b/.test(before.text);
        expect(alone && after, `${r.municipality.name}: ${s.text}`).toBe(false);
      });
    }
    expect(joined).toBeGreaterThan(20);
  });
});

describe("better (worse) than last year on every measure", () => {
  it("is in a short lead whose news goes the same way, not left under it (Eksjö: one record headlined, 'bättre på alla fem mått' in the body; sweep 4 scored it 3)", () => {
    const lead = named("Eksjö").composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/bättre på (alla|samtliga) fem mått/);
    expect((named("Eksjö").composed.intro ?? []).map((s) => s.text).join(" ")).not.toMatch(/på (alla|samtliga) fem mått/);
  });
});

describe("a lead's only group place, on a measure the lead does not otherwise tell", () => {
  it("gives the measure's value with the place (Lomma: 'svagast … av de 40' had no figure; sweep 4 scored it 3)", () => {
    // Lomma's lead now tells the measure first as the count's largest gap, with its value; the place follows it.
    const lead = named("Lomma").composed.lead;
    const at = lead.findIndex((x) => x.claims.includes("svar-pa-fragan.groupRank"));
    // (With the measure's best yet between them since read HM: "Det är samtidigt Lommas bästa resultat hittills.")
    const value = lead[at - 1]?.claims.includes("svar-pa-fragan.value") ? at - 1 : at - 2;
    expect(lead[value]?.claims).toContain("svar-pa-fragan.value");
    expect(lead[value]?.text).toMatch(/39\u00A0procent mot 55\u00A0procent/);
    expect(lead[at]?.text).toMatch(/(svagast resultat för direktsvaren(?: i telefon)?|direktsvaren(?: i telefon)? är Lomma svagast) av de 40\u00A0kommunerna i kommungruppen/);
  });
});

describe("wordings sweep 5 found stiff", () => {
  it("a run as a clause is never 'vilket gör det till femte året i rad' ('det' points at nothing), and a group place never ends '… som deltog för {mått}' (Halmstad, Orsa)", () => {
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...body(r)]) {
        expect(s.text, r.municipality.name).not.toMatch(/vilket gör det till/);
        expect(s.text, r.municipality.name).not.toMatch(/som deltog för |^Med [^.]* för [^.]* ligger |delat (bäst|svagast) med/);
      }
    }
  });
});

describe("a strong rise that only wins back part of last year's fall", () => {
  it("is no headline over a record after four rises, and 'Även …' its way follows the sentence that turns to it (Falkenberg: 59 → 43 → 55 procent, read three times as a rebound sold as a leap)", () => {
    const r = named("Falkenberg");
    expect(r.claims.headline).not.toMatch(/tillgängligheten/);
    const lead = r.composed.lead.map((s) => s.text);
    // The e-post run leads now, as the larger step of the two value-2 facts (+9 before bemötandet's −5); "Även" follows
    // the sentence that told it.
    const turn = lead.findIndex((t) => /andelen e-postfrågor/.test(t));
    const also = lead.findIndex((t) => /^(Även|Också) tillgängligheten/.test(t));
    expect(turn).toBeGreaterThanOrEqual(0);
    expect(also).toBeGreaterThan(turn);
  });
});

describe("a count against riket as the headline", () => {
  it("is not said again for a measure the lead tells by its change: 'sämre än rikssnittet på alla fem mått … För direktsvaren är Vindeln sämre än både riket …' (sweep 5)", () => {
    const vindeln = named("Vindeln").composed.lead.map((s) => s.text).join(" ");
    expect(vindeln).toMatch(/direkt svar[^.]*gick upp till 48\u00A0procent 2019/);
    expect(vindeln).not.toMatch(/direktsvaren i telefon är Vindeln sämre/);
    // (A measure far behind riket keeps its comparison, which says how far: Ockelbo, as the count's largest gap.)
    expect(named("Ockelbo").composed.lead.map((s) => s.text).join(" ")).toMatch(/för andelen som får kontakt med en handläggare inom en minut: 41\u00A0procent mot 60\u00A0procent/);
  });
});

describe("a lead that names the records by name", () => {
  it("counts every best of the year where it leaves the narrow ones to their sections (Bengtsfors: two named of three read as all there were; read BU)", () => {
    for (const r of releases) {
      const named = r.composed.lead.find((s) => /bästa (nivå|resultat) hittills för|aldrig haft bättre resultat/.test(s.text) && s.claims.filter((c) => c.endsWith(".record")).length >= 2);
      if (!named) continue;
      const bests = r.claims.indicators.filter((i) => i.record?.kind === "best");
      if (bests.length > 3 || bests.length === r.claims.indicators.length) continue;
      const left = bests.filter((i) => !named.claims.includes(`${i.id}.record`));
      if (left.length > 0) expect(named.text, r.municipality.name).toMatch(/ på (tre|fyra) mått/);
    }
    expect(named("Bengtsfors").composed.lead.map((s) => s.text).join(" ")).toMatch(/tre mått[^.]*: tillgängligheten i telefon, e-postsvaren inom en arbetsdag och svarstiden på e-post\./);
  });
});

describe("a response time that got longer", () => {
  it("increased or got longer, never 'försämrades' (sweep 5: Lomma, Södertälje), and a doubling still shorter than riket's does not headline over a record after four rises (Södertälje: read BV)", () => {
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...body(r)]) {
        expect(s.text, r.municipality.name).not.toMatch(/försämrades (den genomsnittliga )?svarstiden|[Ss]varstiden[^.]*försämrades/);
      }
    }
    // The record leads; since read KU (one-sided over the doubling, scored 3) the doubling is its "men" side.
    expect(named("Södertälje").claims.headline).toMatch(/^[^,–]*e-postsvaren[^,–]*[,–] men svarstiden/);
  });
});

describe("a lead of one news and its counterweight", () => {
  it("takes a measure far from riket the lead's way that moved the same way, before the turn (Fagersta: direct answers +8 to 71 procent against riket's 55 sat in the body; read BV scored it 3)", () => {
    // (Past sixty words of ingress too, as its first measure is only level with riket: AB30 preferred it in the lead.)
    const lead = named("Fagersta").composed.lead.map((s) => s.text);
    const far = lead.findIndex((t) => /direkt svar[^.]*71\u00A0procent 2019/.test(t));
    const turn = lead.findIndex((t) => /kontakt med en handläggare/.test(t));
    expect(far).toBeGreaterThan(0);
    expect(far).toBeLessThan(named("Fagersta").composed.ingress ?? 0);
    // The flat tillgänglighet after it is told in its section since A/B read AB20 (Fagersta preferred so: "that paragraph
    // shouldn't be spent on a flat or weak measure"), never before the direct answers.
    expect(turn === -1 || turn > far).toBe(true);
    expect(named("Fagersta").composed.sections.find((x) => x.heading === "Telefon")?.sentences[0]?.text).toMatch(/^Andelen som får kontakt med en handläggare inom en minut förändrades knappt/);
    // Nykvarn's tillgänglighet, 74 procent after +8, likewise (sweep 3).
    expect(named("Nykvarn").composed.lead.map((s) => s.text).join(" ")).toMatch(/kontakt med en handläggare[^.]*74\u00A0procent/);
  });
});

describe("a run as a clause", () => {
  it("is an apposition or a relative clause with its verb, never a verbless tail ', och därmed femte året i rad med …' (sweep 6: five releases in one read)", () => {
    for (const r of releases) {
      for (const s of r.composed.lead) expect(s.text, r.municipality.name).not.toMatch(/och därmed \S+ året i rad|, \S+ året i rad med en/);
    }
  });
});

describe("a record's words", () => {
  it("say 'hittills' or 'inget tidigare år', never 'aldrig haft', which read as an overclaim for a series that starts in 2014 (sweep 6: six releases in one read)", () => {
    for (const r of releases) {
      for (const s of [r.claims.headline, ...r.composed.lead.map((x) => x.text), ...(r.composed.intro ?? []).map((x) => x.text), ...body(r).map((x) => x.text)]) {
        expect(s, r.municipality.name).not.toMatch(/aldrig (tidigare )?(haft|har)/i);
      }
    }
  });
});

describe("the largest change in the country after a short change sentence", () => {
  it("is an apposition after this year's figure, not a sentence of its own ('… till 97 procent 2019, landets största förbättring på det måttet'): leads of eight and nine sentences (Hylte, Sundsvall) read as overloaded", () => {
    const hylte = named("Hylte").composed.lead.find((s) => s.claims.includes("bemotande.changeRank"));
    expect(hylte?.claims).toContain("bemotande.changeClass");
    expect(hylte?.text).toMatch(/97\u00A0procent 2019, [^.]*största förbättring/);
    // A change sentence that already ends on riket keeps the separate sentence (Östersund).
    const öst = named("Östersund").composed.lead.find((s) => s.claims.includes("tillganglighet.changeRank"));
    expect(öst?.claims).toEqual(["tillganglighet.changeRank"]);
  });
});

describe("the bigger record headlines", () => {
  it("a record reached by a step at the threshold never headlines over a record riket still contradicts that came with twice the rise; the headline says riket too (sweep 7: Lerum +2 over +9, Borlänge +2 over +7, Tranemo +2 over +7, each scored 3)", () => {
    const steps = (i: { change?: number | null; id: string }) => Math.abs(i.change ?? 0);
    for (const r of releases) {
      const head = r.claims.indicators.find((i) => r.claims.plan?.headline?.includes(i.id));
      if (!head || head.record?.kind !== "best" || r.claims.plan?.angle !== "time" || head.unit !== "percent" || steps(head) > 3) continue;
      const bigger = r.claims.indicators.filter((i) => i.record?.kind === "best" && i.unit === "percent" && /worse/.test(i.vsNational ?? "") && steps(i) >= Math.max(4, 2 * steps(head)));
      expect(bigger.map((i) => i.id), `${r.municipality.name}: ${r.claims.headline}`).toEqual([]);
    }
    // Riket on the headline only when far behind: Borlänge's 44 procent against 60, not Lerum's 48 against 55.
    expect(named("Lerum").claims.headline).toMatch(/[Dd]irektsvaren/);
    expect(named("Lerum").claims.headline).not.toMatch(/riket/);
    expect(named("Borlänge").claims.headline).toMatch(/tillgängligheten[^.]*sämre än riket/);
    expect(named("Tranemo").claims.headline).toMatch(/direktsvaren/);
  });
});

describe("a fall to the lowest yet", () => {
  it("is said in the lead's sentence about that fall when the record is clear: 'från 81 procent 2018 till 75 procent 2019, det sämsta resultatet hittills för Jönköping. Årets resultat är …' (sweep 7: Jönköping's low left to the body, scored 3)", () => {
    let checked = 0;
    for (const r of releases) {
      for (const s of r.composed.lead) {
        for (const i of r.claims.indicators) {
          const margin = i.record?.previous ? Math.abs(i.value - i.record.previous.value) : 0;
          const clear = i.record?.kind === "worst" && margin >= 2 * (i.unit === "percent" ? 2 : 1);
          // (A multiple, "har mer än fyrdubblats, från 4,2 timmar 2018", ends on last year's figure: no room.)
          const room = !s.claims.includes(`${i.id}.ratio`) && !/2018\.$/.test(s.text);
          if (!clear || !room || !s.claims.includes(`${i.id}.changeClass`) || !s.claims.includes(`${i.id}.value`) || !/(fall|decline)/.test(i.changeClass ?? "x")) continue;
          checked += 1;
          expect(r.composed.lead.flatMap((x) => x.claims), `${r.municipality.name}: ${s.text}`).toContain(`${i.id}.record`);
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
    expect(named("Jönköping").composed.lead.map((s) => s.text).join(" ")).toMatch(/75\u00A0procent 2019, [^.,]*sämsta[^.,]* hittills[^.]*\. Årets resultat är (fortfarande|fortsatt|alltjämt) /);
    // The second in one lead says "också" (Borås).
    expect(named("Borås").composed.lead.map((s) => s.text).join(" ")).toMatch(/2019, också det [^.]*sämsta/);
  });

  it("is counted in a lead that opens on a strong fall when three measures or more are at their lowest (sweep 7: Sundsvall's three phone lows only in the body, scored 3)", () => {
    const lead = named("Sundsvall").composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/direktsvaren, tillgängligheten och bemötandet i telefon[^.]*sämsta resultat hittills/);
    expect(lead).not.toMatch(/Där var/);
  });
});

describe("a narrow best's words", () => {
  it("never 'Det blir X:s bästa resultat' (read as the wrong verb in four releases of sweep 7) nor 'med en hårsmån' (said of a 0,9-hour margin: Nacka, sweep 7)", () => {
    let narrow = 0;
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)]) {
        expect(s.text, r.municipality.name).not.toMatch(/Det blir [^.]*bästa|hårsmån/);
        // (Or, since read IK, a worst-ever's small step from last year.)
        if (/(knapp|liten) marginal|året innan är (liten|litet)/.test(s.text)) narrow += 1;
      }
    }
    expect(narrow).toBeGreaterThan(20);
  });
});

describe("the ingress (EDITORIAL §7: two or three sentences that work alone as a news brief)", () => {
  const ingressOf = (r: GeneratedRelease) => r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length);
  it("is the bold paragraph; the lead's other sentences open the body, none lost (sweeps 6 and 7: leads of six to nine sentences, Mörbylånga, Filipstad, Haninge scored 3)", () => {
    for (const r of releases) {
      const md = r.markdown;
      const bold = /^\*\*(.*)\*\*$/m.exec(md)?.[1] ?? "";
      const ingress = ingressOf(r);
      expect(bold.replace(/\\/g, ""), r.municipality.name).toBe(ingress.map((s) => s.text).join(" "));
      for (const s of r.composed.lead.slice(ingress.length)) expect(md.replace(/\\/g, ""), r.municipality.name).toContain(s.text);
      // The source ends the ingress.
      expect(ingress[ingress.length - 1]?.claims.every((c) => c.startsWith("survey.")) || ingress.some((s) => s.claims.includes("survey.name")), r.municipality.name).toBe(true);
    }
    expect(named("Mörbylånga").composed.ingress).toBeLessThanOrEqual(7);
  });

  it("holds the headline's news, every strong change the headline does not say, every first, last or bottom-three place, and the turn to the other side", () => {
    const sizes: number[] = [];
    for (const r of releases) {
      const ingress = ingressOf(r);
      const said = new Set(ingress.flatMap((s) => s.claims.map((c) => c.split(".")[0])));
      const head = r.claims.plan?.headline ?? [];
      if (head[0] !== undefined && r.claims.plan?.angle !== "records" && r.claims.plan?.angle !== "summary") expect(said.has(head[0]), `${r.municipality.name}: ${head[0]}`).toBe(true);
      for (const i of r.claims.indicators) {
        const strong = /^strongly/.test(i.changeClass ?? "");
        const end = i.rank !== undefined && (i.rank.position === 1 || i.rank.of - (i.rank.position + (i.rank.tied ?? 1) - 1) < 3);
        // A channel in the headline ("service via e-post") says each of its measures.
        const channel = dataset.indicators.find((x) => x.id === i.id)?.channel ?? "-";
        const inHeadline = head.includes(i.id) || r.claims.headline.includes(`via ${channel}`);
        const claimed = r.composed.lead.some((s) => s.claims.some((c) => c.startsWith(`${i.id}.`)));
        if ((strong || end) && claimed && !inHeadline) expect(said.has(i.id), `${r.municipality.name}: ${i.id}`).toBe(true);
      }
      // A count the headline names ("… men egna rekord på alla fem mått") is there too (sweep 8: Kungälv, Håbo,
      // Lycksele scored 2 with it after the ingress).
      if (/alla (fyra|fem|sex) mått|(tre|fyra|fem) av (fyra|fem|sex) mått/.test(r.claims.headline) && r.claims.plan?.angle !== "summary") {
        expect(ingress.some((s) => new Set(s.claims.map((c) => c.split(".")[0])).size >= 3), `${r.municipality.name}: ${r.claims.headline}`).toBe(true);
      }
      const turned = r.composed.lead.some((s) => /^(Men|Samtidigt|Däremot)\b/.test(s.text));
      if (turned) expect(ingress.some((s) => /^(Men|Samtidigt|Däremot)\b/.test(s.text)), r.municipality.name).toBe(true);
      sizes.push(ingress.length);
    }
    sizes.sort((a, b) => a - b);
    // With the source: a median of four sentences (it was five, with leads of up to nine).
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(4);
    // Seven sentences or more only where the must-haves take them (11 leads before the ingress, up to nine).
    expect(sizes.filter((n) => n >= 7).length).toBeLessThanOrEqual(8);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
  });
});

describe("a record after a run, beside a place on a falling measure", () => {
  it("headlines the record; the place follows in the lead (sweep 7: Landskrona's shared tenth place in direct answers, down from 75 to 73, headlined over tillgängligheten at its best after a third rise, scored 3)", () => {
    const r = named("Landskrona");
    expect(r.claims.headline).toMatch(/tillgängligheten/);
    const lead = r.composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/^I Landskrona stad ökade andelen som får kontakt med en handläggare[^.]*75\u00A0procent/);
    expect(lead).toMatch(/tionde plats i landet med Åstorp/);
  });
});

describe("records on every measure", () => {
  it("headline the release even beside the country's largest change, which the lead tells right after the count (Hylte: 'svarar klart bättre via telefon' over its best on all five read as the story hidden; sweeps 6 and 7 scored it 3)", () => {
    const r = named("Hylte");
    expect(r.claims.headline).toMatch(/rekord på alla fem mått|bästa[^.]*alla fem mått|alla fem mått[^.]*bästa/);
    const ingress = r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text).join(" ");
    expect(ingress).toMatch(/landets största förbättring/);
  });
});

describe("'på alla fem mått' twice in a row", () => {
  it("never says 'på alla fem mått' in two sentences in a row (sweep 7: Vaxholm, Ydre read as mechanical; 'på samtliga mått' the second time is a case in compose.test.ts)", () => {
    for (const r of releases) {
      const all = [...r.composed.lead, ...(r.composed.intro ?? [])];
      all.forEach((s, i) => {
        const n = /[Pp]å alla (\S+) mått/.exec(all[i - 1]?.text ?? "")?.[1];
        if (n === undefined) return;
        expect(s.text, r.municipality.name).not.toMatch(new RegExp(`[Pp]å alla ${n} mått`));
      });
    }
  });

  it("a record on every measure is not followed by 'bättre på samtliga mått' in the lead (a read of 2026-12-02: Hylte, Ydre said the same thing twice)", () => {
    for (const name of ["Hylte", "Ydre"]) {
      const lead = named(name).composed.lead.map((s) => s.text);
      const at = lead.findIndex((t) => /bästa hittills/.test(t) && /alla fem mått/.test(t));
      expect(at, name).toBeGreaterThanOrEqual(0);
      expect(lead.join(" "), name).not.toMatch(/bättre på (samtliga|alla fem) mått/);
    }
  });
});

describe("the ingress of a two-sided headline", () => {
  it("says a record side as a record, and every place in the country or at an end of the group (sweep 8: Färgelanda's 'eget rekord för svarstiden', Strömsund's shared tenth place, Halmstad's last place in the group were after the ingress, each scored 3)", () => {
    const ingress = (name: string) => {
      const r = named(name);
      return r.composed.lead.slice(0, r.composed.ingress).flatMap((s) => s.claims);
    };
    expect(ingress("Färgelanda")).toContain("epost-svarstid.record");
    expect(ingress("Strömsund")).toContain("tillganglighet.rank");
    expect(ingress("Halmstad")).toContain("epost-svarstid.groupRank");
    // A worst-ever the lead tells (Storuman's bemötande after a fall of 9 points: sweep 8 scored it 3).
    expect(ingress("Storuman")).toContain("bemotande.record");
    // Not at the cost of the turn's place: Mörbylånga's bemötande at its lowest stays the ingress's turn.
    expect(named("Mörbylånga").composed.ingress).toBeLessThanOrEqual(7);
  });
});

describe("a fall to the lowest yet that is still ahead of riket", () => {
  it("says riket in a sentence of its own, never three clauses on one subject ('minskade …, det sämsta …, men är fortfarande …': sweep 8, Jönköping and Filipstad scored 3)", () => {
    for (const r of releases) {
      for (const s of r.composed.lead) expect(s.text, r.municipality.name).not.toMatch(/sämsta [^,.]*hittills[^,.]*, men (är|ligger) /);
    }
    const lead = named("Jönköping").composed.lead.map((s) => s.text);
    const k = lead.findIndex((t) => /75\u00A0procent 2019, [^.]*sämsta[^.]*hittills[^.]*\.$/.test(t));
    expect(k).toBeGreaterThanOrEqual(0);
    // (75 against riket's 60 procent: "mycket bättre", the degree the body gives 15 points, read BO.)
    expect(lead[k + 1]).toMatch(/^Årets resultat är (fortfarande|fortsatt|alltjämt) klart bättre än rikssnittet(?: \([^)]*\))?\.$/);
  });
});

describe("a count of records on all measures but one", () => {
  it("agrees in number: 'Sigtunas resultat är de bästa hittills på alla mått utom …' (sweep 8 read 'resultat är det bästa' as a fault)", () => {
    let seen = 0;
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...(r.composed.intro ?? [])]) {
        expect(s.text, r.municipality.name).not.toMatch(/resultat är det (bästa|sämsta) hittills på alla mått/);
        if (/(resultat är de (bästa|sämsta) hittills|sina hittills (bästa|sämsta) resultat) på alla mått/.test(s.text)) seen += 1;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe("'i nivå med rikssnittet' in the opening", () => {
  it("is said once; again it is 'snittet i landet', then 'riket som helhet' (sweep 8: three times in Östersund's lead, twice in Lekeberg's, Halmstad's, Kumla's)", () => {
    for (const r of releases) {
      const opening = [...r.composed.lead, ...(r.composed.intro ?? [])].map((s) => s.text).join(" ");
      expect(opening.split("i nivå med rikssnittet").length - 1, r.municipality.name).toBeLessThanOrEqual(1);
    }
    expect(named("Östersund").composed.lead.map((s) => s.text).join(" ")).toMatch(/i nivå med rikssnittet[^]*i nivå med snittet i landet[^]*i nivå med riket som helhet/);
  });
});

describe("a shared first or last place in the running text", () => {
  it("says where: 'i landet' or the group, never a bare 'delar förstaplatsen med …' (sweep 8: Kramfors, Söderköping read as unclear)", async () => {
    // Every sentence variant of the phrase bank (headline sides are exempt: a headline's place is the country's).
    const { readFile } = await import("node:fs/promises");
    const lines = (await readFile("templates/fraser.yaml", "utf8")).split("\n").filter((l) => /^\s*- ".*delar (förstaplatsen|sista platsen).*\."$/.test(l));
    expect(lines.length).toBeGreaterThan(3);
    // ({antal} is the group: "de 19 kommunerna i kommungruppen som deltog 2019".)
    for (const l of lines) expect(l).toMatch(/i landet|kommungrupp|likvärdiga|bland \{antal\}/);
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)]) {
        if (/delar (förstaplatsen|sista platsen)/.test(s.text)) expect(s.text, r.municipality.name).toMatch(/i landet|kommungrupp|likvärdiga|av de \d+/);
      }
    }
  });
});

describe("a place among the weakest on a measure that improved", () => {
  it("says the year in its own sentence when the lead tells nothing else of that measure (sweep 9: Storuman's bottom-ten response time without its fall from 17,8 to 12,9 timmar scored 3; Stockholm's near-bottom bemötande at its best yet)", () => {
    const lead = (name: string) => named(name).composed.lead.map((s) => s.text).join(" ");
    expect(lead("Storuman")).toMatch(/(tio sämsta i landet[^.]*, med 12,9\u00A0timmar 2019|12,9\u00A0timmar 2019, bland de tio sämsta i landet), [^.]*(förbättring|förbättrats) från 17,8\u00A0timmar 2018\.|12,9\u00A0timmar 2019, en förbättring från 17,8\u00A0timmar 2018, bland de tio sämsta i landet/);
    // (Its best yet is said by the count of records right before it, under the ingress.)
    expect(underIngress(named("Stockholm").composed).map((s) => s.text).join(" ")).toMatch(/(bemötandet i telefon har Stockholm sitt bästa resultat hittills|bästa (nivå )?hittills[^.]*och bemötandet i telefon|bästa (nivå )?hittills: [^.]*bemötandet i telefon)[^.]*\. I Stockholm var andelen som upplever ett gott bemötande via telefon 73\u00A0procent 2019/);
    for (const r of releases) {
      for (const s of r.composed.lead) {
        const id = s.claims.find((c) => c.endsWith(".rank"))?.split(".")[0];
        const i = r.claims.indicators.find((x) => x.id === id);
        if (!i || !i.rank || !/tio sämsta|sämre resultat än/.test(s.text) || !/improved/.test(i.changeClass ?? "")) continue;
        // A turn to the bad news keeps its contrast; its section tells the rise (Eslöv, read AQ).
        const told = r.composed.lead.flatMap((x) => x.claims).some((c) => c === `${i.id}.changeClass` || c === `${i.id}.record`);
        if (!told && s.text.startsWith("Men ")) {
          expect(body(r).some((x) => x.claims.includes(`${i.id}.changeClass`)), `${r.municipality.name}: ${s.text}`).toBe(true);
          continue;
        }
        // The measure's change or record is somewhere in the lead.
        expect(r.composed.lead.flatMap((x) => x.claims).some((c) => c === `${i.id}.changeClass` || c === `${i.id}.record`), `${r.municipality.name}: ${s.text}`).toBe(true);
      }
    }
  });
});

describe("a stock phrase once per release", () => {
  it("never says 'ungefär samma nivå' or 'i stort sett oförändrat' twice in one release (Hammarö's ingress said 'höll sig på ungefär samma nivå' of two measures; ten example releases had such a pair)", () => {
    for (const r of releases) {
      const text = [...r.composed.lead, ...body(r)].map((s) => s.text).join(" ");
      for (const re of [/ungefär samma nivå/g, /i stort sett oförändra[dt]/g, /förändrades knappt/g]) {
        expect(text.match(re)?.length ?? 0, `${r.municipality.name} ${re.source}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it("turns on the comparison, not on a measure that stood still ('Men andelen … var 87 procent 2019, i stort sett oförändrat' turned from nothing: Hammarö)", () => {
    const lead = releases.find((x) => x.municipality.name === "Hammarö")?.composed.lead.map((s) => s.text) ?? [];
    const still = lead.find((t) => /i stort sett oförändra[dt]|ungefär samma nivå|förändrades knappt/.test(t) && /e-postfrågor/.test(t));
    expect(still).toBeDefined();
    expect(still).not.toMatch(/^Men /);
    for (const r of releases) {
      for (const s of r.composed.lead) expect(s.text, r.municipality.name).not.toMatch(/^Men [^.]*(i stort sett oförändrat|ungefär samma nivå)/);
    }
  });
});

describe("riket as a headline's other side", () => {
  it("only for a measure riket puts far on the other side (10 points or more): 'Torsby: lyft för e-postsvaren – men fortfarande sämre än rikssnittet' at 78 against 84 procent read as Torsby behind on everything (two reads of 2026-12-02: Torsby, Alingsås)", () => {
    const side = /[–,] men ((fortfarande|fortsatt|alltjämt|ändå|kvar|trots det) )?[^–,]*(sämre|bättre|längre|kortare) än (i )?(riket|rikssnittet)$/;
    let far = 0;
    for (const r of releases) {
      if (!side.test(r.claims.headline)) continue;
      const ids = r.claims.plan?.headline ?? [];
      const classes = r.claims.indicators.filter((i) => ids.includes(i.id)).map((i) => i.vsNational);
      expect(classes.some((c) => c === "much-worse" || c === "much-better"), `${r.municipality.name}: ${r.claims.headline}`).toBe(true);
      far += 1;
    }
    expect(far).toBeGreaterThan(3);
    expect(named("Torsby").claims.headline).not.toMatch(/riket|rikssnittet/);
    expect(named("Alingsås").claims.headline).not.toMatch(/riket|rikssnittet/);
    // The lead still gives riket beside the rise.
    expect(named("Alingsås").composed.lead.map((s) => s.text).join(" ")).toMatch(/sämre än rikssnittet/);
  });
});

describe("two small gaps to riket where most measures are level", () => {
  it("headline the level, not the two gaps, and never 'före riket' (Hammarö: tillgängligheten 4 points under, e-postsvaren 3 over, three of five level; 'under riket, men e-postsvaren före riket' read as unidiomatic and overdrawn)", () => {
    expect(named("Hammarö").claims.headline).toBe("Hammarö i nivå med riket på de flesta mått");
    // The two gaps are still the ingress's news.
    const lead = named("Hammarö").composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/sämre än både rikssnittet och [^()]+ \(60 och \d+\u00a0procent\)/);
    expect(lead).toMatch(/bättre än (både )?riket och [^()]+ \(84 och \d+\u00a0procent\)/);
    expect(releases.map((r) => r.claims.headline).filter((h) => /före riket/.test(h))).toEqual([]);
  });
});

describe("a best yet far ahead of riket", () => {
  it("is in the lead, not left to the last paragraph, when the lead tells two measures at most (a read of 2026-12-02: Strängnäs' response time at its shortest, a third of riket's, scored 3; Solna)", () => {
    const lead = named("Strängnäs").composed.lead;
    const record = lead.find((s) => s.claims.includes("epost-svarstid.record"));
    expect(record?.text).toMatch(/bästa|kortaste/);
    expect(body(named("Strängnäs")).some((s) => s.claims.includes("epost-svarstid.record"))).toBe(false);
    // (Solna's, left for the ingress's length beside two measures the ingress tells, opens its E-post section since A/B
    // read AB59, once.)
    expect(sectionText("Solna", "E-post")).toMatch(/^Den genomsnittliga svarstiden för e-post[^.]*2,7\u00A0timmar 2019\. Svarstiden i Solna är därmed den kortaste hittills/);
    expect(whole(named("Solna")).filter((s) => s.claims.includes("epost-svarstid.record"))).toHaveLength(1);
  });

  it("never a best the year left level, nor one the lead would not tell as a record (Sölvesborg's 3 → 2,6 timmar; Uppvidinge's third record)", () => {
    for (const name of ["Sölvesborg", "Uppvidinge"]) {
      const r = named(name);
      for (const id of r.claims.plan?.lead.filter((i) => i.fact === "record").map((i) => i.id) ?? []) {
        expect(r.composed.lead.some((s) => s.claims.includes(`${id}.record`)), `${name} ${id}`).toBe(true);
      }
    }
    expect(named("Sölvesborg").claims.plan?.lead.map((i) => i.id)).not.toContain("epost-svarstid");
  });
});

describe("a place against the lead's first news", () => {
  it("opens the turn when the measure the lead turns on is level with riket and the place's is far from it (a read of 2026-12-02: Halmstad's response time, last in the group at twice riket's, came after direct answers at their lowest but level with riket, scored 3)", () => {
    const lead = whole(named("Halmstad")).map((s) => s.text);
    const place = lead.findIndex((t) => /sista platsen bland de 21\skommunerna i kommungruppen|de 21\skommunerna i kommungruppen som deltog har Halmstad det svagaste/.test(t));
    const low = lead.findIndex((t) => /direkt svar på en enkel fråga/.test(t));
    expect(place).toBeGreaterThan(0);
    expect(place).toBeLessThan(low);
    expect(lead[place]).toMatch(/^Men /);
    // Never "För den genomsnittliga svarstiden för e-post ligger … sist" (för … för read as clumsy).
    for (const r of releases) {
      for (const s of r.composed.lead) expect(s.text, r.municipality.name).not.toMatch(/^(Men )?[Ff]ör [^,]* för [^,]* (ligger|delar|hör) [^,]* (först|sist|förstaplatsen|sista platsen|till de tio) /);
    }
  });
});

describe("a measure with no earlier year whose value the lead gave", () => {
  it("opens its part of the body with the comparison, not the value again (a read of 2026-12-02: Järfälla's 'Bemötandet i telefon var 66 procent 2019.' right below the ingress)", () => {
    for (const name of ["Järfälla", "Hedemora", "Mariestad"]) {
      const r = named(name);
      const said = new Set(r.composed.lead.flatMap((s) => s.claims).filter((c) => c.endsWith(".value")));
      for (const s of body(r)) {
        const values = s.claims.filter((c) => c.endsWith(".value"));
        const alone = values.length > 0 && s.claims.every((c) => c.endsWith(".value"));
        if (alone) expect(values.some((c) => said.has(c)), `${name}: ${s.text}`).toBe(false);
      }
    }
    const text = body(named("Järfälla")).map((s) => s.text).join(" ");
    expect(text).not.toMatch(/Bemötandet i telefon var 66\u00a0procent 2019\./);
    // (Beside both averages the comparison keeps two figures, reads KE, KG and KH: not the value again either.)
    expect(text).toMatch(/Bemötandet i telefon är (klart|långt) sämre än både rikssnittet och [^()]+ \(84 och \d+\u00a0procent\)/);
  });
});

describe("the official name once in the lead", () => {
  it("says 'Stockholms stad' once and 'Stockholm' after it; never 'Siffran för 2019' (two reads of 2026-12-02 found the official name four times in one ingress, and 'Siffran för 2019 är …' robotic)", () => {
    for (const r of releases) {
      const lead = [...r.composed.lead, ...(r.composed.intro ?? [])].map((s) => s.text).join(" ");
      const official = r.municipality.officialName;
      if (/ (kommun|stad)$/.test(official)) expect((lead.match(new RegExp(official, "g")) ?? []).length, r.municipality.name).toBeLessThanOrEqual(1);
      for (const s of [...r.composed.lead, ...body(r)]) expect(s.text, r.municipality.name).not.toMatch(/Siffran för \d{4}/);
    }
    const stockholm = named("Stockholm").composed.lead.map((s) => s.text).join(" ");
    expect(stockholm).toMatch(/Stockholms stad/);
    // (The place after the value now: "Bara sju kommuner … har ett sämre resultat än Stockholm för …: 73 procent"
    // read as convoluted, reads AL and AM.)
    expect(stockholm).toMatch(/I Stockholm var andelen som upplever ett gott bemötande via telefon 73\u00A0procent 2019[^.]* och bara sju kommuner i landet har ett sämre resultat\./);
  });
});

describe("a lead of one measure with good news", () => {
  it("tells another clear best the year reached in its section, with riket beside it, where the ingress is full (A/B read AB81: 9 of 9), but never as a counterweight to a fall (Simrishamn)", () => {
    // (Reads of 2026-12-02 had found Mark's second record and Alingsås' e-post record "left to the body" and they went
    // into the ingress; A/B read AB81 preferred each ingress without them, at two or three sentences, in 9 pairs of 9.)
    for (const [name, id, heading] of [["Mark", "tillganglighet", "Telefon"], ["Alingsås", "epost-en-dag", "E-post"], ["Bjuv", "epost-svarstid", "E-post"]] as const) {
      const c = named(name).composed;
      expect(c.lead.slice(0, c.ingress).some((s) => s.claims.includes(`${id}.record`)), name).toBe(false);
      expect(c.ingress ?? 0, name).toBeLessThanOrEqual(3);
      expect(c.sections.find((x) => x.heading === heading)?.sentences.some((s) => s.claims.includes(`${id}.record`)), name).toBe(true);
    }
    // A record the headline names is the headline's news, whichever of its two: "Kalix slår egna rekord för svarstiden
    // på e-post och e-postsvaren" kept the e-mail answers' in the ingress.
    const kalix = named("Kalix").composed;
    expect(named("Kalix").claims.headline).toMatch(/rekord för svarstiden på e-post och e-postsvaren/);
    for (const id of ["epost-svarstid", "epost-en-dag"]) expect(kalix.lead.slice(0, kalix.ingress).some((s) => s.claims.includes(`${id}.record`)), id).toBe(true);
    expect(sectionText("Alingsås", "E-post")).toMatch(/81\u00a0procent 2019, Alingsås bästa resultat hittills[^.]*\. [^.]*\. Trots det är resultatet något sämre än rikssnittet \(84\u00a0procent\)/);
    expect(named("Simrishamn").claims.plan?.lead.map((i) => i.id)).not.toContain("tillganglighet");
  });
});

describe("a response time against the group alone", () => {
  it("is told as a multiple when it is one (a read of 2026-12-02: Malmö's 11,6 timmar against the group's 4,9 was 'klart längre')", () => {
    const text = body(named("Malmö")).map((s) => s.text).join(" ");
    expect(text).toMatch(/mer än dubbelt så lång som (snittet i kommungruppen|genomsnittet för likvärdiga kommuner|snittet för likvärdiga kommuner) \(4,9\u00a0timmar\)/);
    expect(text).not.toMatch(/klart längre än [^.]*\(4,9\u00a0timmar\)/);
  });
});

describe("the count against riket with measures on both sides", () => {
  it("says how many are level too, so the reader need not work it out (a read of 2026-12-02: 'På ett av fem mått är Storuman bättre än riket, på två sämre')", () => {
    let seen = 0;
    for (const r of releases) {
      const s = r.claims.plan?.summary;
      if (!s || s.better === 0 || s.worse === 0) continue;
      const level = s.total - s.better - s.worse;
      if (level === 0 || level > s.better + s.worse) continue;
      const count = [...r.composed.lead, ...(r.composed.intro ?? [])].find((x) => x.claims.includes("summary.vsNational"));
      if (!count) continue;
      seen++;
      // A count that opens the ingress may leave the level measure to the ingress's own sentence on it: Norrtälje's
      // count, its one measure behind riket and bemötandet's fall "i jämnhöjd med både rikssnittet …" (read IZ).
      const ingress = r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length);
      const levelIds = r.analysis.findings.filter((f) => f.vsNational === "level").map((f) => `${f.indicator.id}.vsNational`);
      const saidLevel = ingress.includes(count) && ingress.some((x) => levelIds.some((c) => x.claims.includes(c)) && /i (nivå|jämnhöjd) med/.test(x.text));
      if (saidLevel && ingress.some((x) => x.claims.some((c) => c.endsWith(".vsNational")) && x !== count)) continue;
      expect(count.text, r.municipality.name).toMatch(/[Ii] nivå med|ungefär lika bra/);
      // Never three counts in a sentence: a side of one measure is named (read S: nine of fourteen releases).
      for (const sentence of count.text.split(/(?<=\.) /)) {
        const counts = sentence.match(/\b(ett|två|tre|fyra|fem)\b/g) ?? [];
        expect(counts.length, `${r.municipality.name}: ${sentence}`).toBeLessThanOrEqual(3);
      }
      if ([s.better, s.worse, level].includes(1)) expect(count.claims.filter((c) => c.endsWith(".vsNational")).length, r.municipality.name).toBeGreaterThan(0);
    }
    expect(seen).toBeGreaterThan(20);
    // Storuman: worse on two, level on two, better on one (tillgänglighet): the two worse are named, and the better
    // one (since read DA: Sigtuna's response time, twice riket's, was left unnamed).
    expect((named("Storuman").composed.intro ?? []).map((x) => x.text).join(" ")).toMatch(/Storuman är sämre än rikssnittet för e-postsvaren inom en arbetsdag och svarstiden på e-post\. För tillgängligheten i telefon är resultatet bättre än rikets, och på två mått ligger Storuman i nivå med riket\./);
    // (Not "Bara för … är resultatet bättre än rikets; på två mått …", read as clumsy: read ID, Gotland.)
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/rikets; på \p{L}+ mått/u);
    // ("Bättre är bara resultatet för …" and "Bara för … är resultatet bättre" did not say better than what: read BD.)
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/Bättre är bara resultatet|Sämre är bara resultatet|är resultatet (bättre|sämre)\.|Bättre än riket är \S+ bara/);
  });
});

describe("the degree word of every comparison with one reference", () => {
  it("follows the band of its own gap: 'klart' under 20 points, 'långt' from 20 (Hylte's 97 against the group's 83 was 'mycket bättre'; reads BY, BZ and CB asked for two bands)", () => {
    const one = /\b(klart|mycket|långt) (bättre|sämre) än (riket som helhet|rikssnittet|riket|kommungruppen|likvärdiga kommuner|snittet för likvärdiga kommuner) \((\d+)\u00a0procent\)/g;
    let seen = 0;
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...body(r)]) {
        const ids = new Set(s.claims.map((c) => c.split(".")[0]));
        if (ids.size !== 1) continue;
        const ind = r.claims.indicators.find((i) => ids.has(i.id));
        if (!ind || ind.unit !== "percent" || /både/.test(s.text)) continue;
        for (const m of s.text.matchAll(one)) {
          const gap = Math.abs(ind.value - Number(m[4]));
          const band = gap >= 20 ? "långt" : "klart";
          seen++;
          expect(m[1], `${r.municipality.name}: ${s.text}`).toBe(band);
        }
      }
    }
    expect(seen).toBeGreaterThan(30);
  });
});

describe("a clear record is never left to the sections (read I of 2026-12-02: Arboga, Mjölby)", () => {
  const opening = (name: string): { ingress: string; next: string } => {
    const c = named(name).composed;
    const k = c.ingress ?? c.lead.length;
    const text = (xs: readonly { text: string }[]): string => xs.map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    // What opens the body: the lead's sentences under the ingress, or, once a first section of one sentence took them
    // (A/B read AB19 preferred it in five pairs of five: Örkelljunga), that section's.
    const under = c.lead.slice(k);
    return { ingress: text(c.lead.slice(0, k)), next: text(under.length > 0 ? [...under, ...(c.intro ?? [])] : (c.sections[0]?.sentences ?? [])) };
  };

  it("takes the place of a sentence on riket for a measure near it (Arboga)", () => {
    const { ingress } = opening("Arboga");
    // In an ingress of four sentences: right under it, Arboga's only record read as buried under two plain changes of
    // 4 points (read AK scored it 2). (Reads X and Y: ingresses of five sentences read as overloaded.)
    // (Since read CI the record opens the lead and the headline: "Arboga: svarstiden på e-post kortas, bemötandet i
    // telefon försämras"; tillgängligheten's 4-point rise, still behind riket, goes to its section.)
    expect(ingress).toMatch(/^Arboga kommun har minskat den genomsnittliga svarstiden för e-post till 7,9 timmar 2019, från 9,2 timmar 2018(?:, (?:visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)(?: 2019)?)?\. Det är Arbogas bästa resultat[^.]*, men svarstiden(?: på e-post)? är [a-z]+ längre än rikssnittet(?: \([^)]*\))?\./);
    // The turn stays in the ingress.
    expect(ingress).toMatch(/Andelen som upplever ett gott bemötande via telefon gick däremot ner/);
    expect(ingress).not.toMatch(/tillgängligheten i telefon är sämre än riket/);
  });

  it("joins a short lead, and past a full ingress opens the body, the ingress keeping its bad news (Vindeln, Gotland, Örkelljunga)", () => {
    // (Read AK found the record buried under the ingress, and it went into the ingress as a fourth sentence; since A/B
    // read AB81, which preferred an ingress of three, it opens the E-post section.)
    expect(opening("Vindeln").ingress).not.toMatch(/e-postfrågor/);
    expect(sectionText("Vindeln", "E-post").replace(/\u00A0/g, " ")).toMatch(/Andelen e-postfrågor som besvaras inom en arbetsdag ökade från 75 procent 2018 till 79 procent 2019(, den tredje förbättringen i rad)?\. Det är (Vindelns bästa resultat|kommunens bästa resultat|det bästa resultat Vindeln har haft)[^.]*, men (alltjämt|fortsatt) sämre än rikssnittet[^.]*\./);
    for (const [name, bad, best] of [
      // (Gotland's, since A/B read AB59, in its E-post section: see below.)
      // (After the section's own sentence on the e-mail answers, the headline's measure, as the plan orders them.)
      ["Örkelljunga", /direkt svar[^.]*sjönk med 6 procentenheter, till 45 procent 2019/, /^E-postsvaren inom en arbetsdag är bättre än [^.]*\. Den genomsnittliga svarstiden för e-post minskade med 4,2 timmar, till 7,8 timmar 2019\. (Det är Örkelljungas|Också den siffran är Örkelljungas|Även det (resultatet )?är Örkelljungas) bästa/],
    ] as const) {
      const { ingress, next } = opening(name);
      expect(ingress, name).toMatch(bad);
      expect(next, name).toMatch(best);
    }
    expect(opening("Gotland").ingress).toMatch(/direkt svar[^.]*gick ner till 56 procent 2019, från 63 procent 2018/);
    expect(sectionText("Gotland", "E-post").replace(/\u00A0/g, " ")).toMatch(/Den genomsnittliga svarstiden för e-post minskade till 7,4 timmar 2019, från 11 timmar 2018\. (Även det|Det) är Gotlands bästa resultat hittills[.,]/);
  });

  it("is no counterweight to the country's largest fall when it came by a weak step (Simrishamn), but is after a run (Arvika)", () => {
    expect(opening("Simrishamn").ingress + opening("Simrishamn").next).not.toMatch(/60 sekunder/);
    // (Since read JH in the ingress itself, as its turn: under it, read JH scored Arvika 2.)
    expect(opening("Arvika").ingress).toMatch(/andelen som får ett direkt svar[^.]*ökade från 48 procent 2018 till 50 procent 2019, en förbättring för tredje året i rad\. Det är (Arvikas bästa resultat|det bästa resultat Arvika har haft)[^.]*\./);
  });
});

describe("reads J and K of 2026-12-02", () => {
  const text = (name: string): { ingress: string; rest: string } => {
    const c = named(name).composed;
    const k = c.ingress ?? c.lead.length;
    const plain = (xs: readonly { text: string }[]): string => xs.map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    return { ingress: plain(c.lead.slice(0, k)), rest: plain([...c.lead.slice(k), ...(c.intro ?? []), ...c.sections.flatMap((x) => x.sentences)]) };
  };

  it("a run in the lead that ends at the best yet says the record in the same sentence, and the body does not say it loose (Grästorp)", () => {
    const { ingress, rest } = text("Grästorp");
    // (Its own sentence since its 33 words are split beside the source's "Det visar …": the record still in the run's.)
    expect(ingress).toMatch(/en minut (gick )?upp till 58 procent 2019, från 54 procent 2018(, vilket är|\. Det är) den femte förbättringen i rad och [^.]*bästa [^.]*hittills[^.]*\./);
    expect(rest).not.toMatch(/bästa resultat hittills för tillgängligheten/);
    // The direct answers' record opens the body with its run, not as a loose sentence in the section: since read IK
    // the Telefon section's first sentences, right under the summary. (As the second run of five in the release it
    // says so: "också där den femte …".)
    expect(rest.replace(/^Grästorp ligger i nivå med riket som helhet på tre av fem mått och sämre på två\. /, "")).toMatch(/^Andelen som får ett direkt svar[^.]*till 55 procent 2019(, (även det|också där|även här) den femte förbättringen i rad|\. Det är den femte förbättringen i rad, liksom för tillgängligheten i telefon)\. (Det är Grästorps bästa|Grästorps resultat är (?:därmed|nu) det bästa)/);
    expect(rest).not.toMatch(/Femte året i rad blev direktsvaren/);
  });

  it("a second worst-ever behind riket, after a real fall, is named in the lead with its margin (Kristianstad)", () => {
    // (Since read IO the margin says what it is measured against, not "med 56 procent och med knapp marginal".)
    expect(text("Kristianstad").ingress).toMatch(/kontakt med en handläggare inom en minut[^.]*sämsta[^.]*56 procent, knappt sämre än den tidigare bottennoteringen\./);
  });

  it("a worst-ever by a hair over last year's value says it is by a small margin (Södertälje: 90 → 89 procent)", () => {
    expect(text("Södertälje").rest).toMatch(/89 procent 2019, mot 90 procent 2018\. [^.]*sämsta[^.]*hittills[^.]*(med knapp marginal|året innan är (liten|litet))\./);
  });

  it("a measure the lead tells by its change or gap, at its best yet, says the record and its run right after (Nykvarn, Huddinge)", () => {
    const nykvarn = text("Nykvarn");
    // (The comparison after the record and the run since read DH: between them, "Även det är Nykvarns bästa
    // resultat hittills" read as the comparison's.)
    // (Since read HQ tillgängligheten, at its best after a third rise, is Nykvarn's headline: the ingress says both.)
    expect(nykvarn.ingress).toMatch(/^I Nykvarns kommun ökade andelen som får kontakt med en handläggare inom en minut från 66 procent 2018 till 74 procent 2019, kommunens bästa resultat[^.]*\. Förbättringen är den tredje i rad(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)( 2019)?)?\./);
    expect(`${nykvarn.ingress} ${nykvarn.rest}`).not.toMatch(/bästa resultat hittills för tillgängligheten/);
    expect(text("Huddinge").ingress).toMatch(/från 9 timmar 2018 till 2 timmar 2019, Huddinges bästa resultat i alla mätningar sedan 2014\./);
  });

  it("a headline record counted with others has the count right after its measure, in the ingress (Örebro, read M)", () => {
    const { ingress } = text("Örebro");
    expect(ingress).toMatch(/^I Örebro kommun ökade andelen e-postfrågor[^.]*\. (Örebro når sin bästa nivå hittills för e-postsvaren inom en arbetsdag|För e-postsvaren inom en arbetsdag och direktsvaren i telefon har Örebro|Örebro har nu sitt bästa resultat hittills på tre mått, bland dem e-postsvaren inom en arbetsdag|Örebro har nu sitt bästa resultat hittills på tre mått: e-postsvaren inom en arbetsdag|På tre mått når Örebro sin bästa nivå hittills: e-postsvaren inom en arbetsdag|På tre mått når Örebro sin bästa nivå hittills, bland annat för e-postsvaren inom en arbetsdag|Örebro har sina hittills bästa resultat på tre mått, däribland e-postsvaren inom en arbetsdag)/);
    // A run of the headline's measure stays with its change (Vännäs). (Its direktsvar 45 → 46 procent, 45 the old
    // best, is no longer a record, a later read; the two left are told one by one, no count.)
    expect(text("Vännäs").ingress).toMatch(/till 90 procent 2019, [^.]*bästa[^.]*\. Förbättringen är den tredje i rad(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)( 2019)?)?\./);
  });

  it("a municipality without earlier years is not said to lack results (Kungsbacka)", () => {
    const all = [text("Kungsbacka").ingress, text("Kungsbacka").rest].join(" ");
    expect(all).toMatch(/2014–2018/);
    expect(all).not.toMatch(/saknar resultat/);
  });
});

describe("read L of 2026-12-02", () => {
  it("a shared last place in the country is never a plain 'sista plats' in the headline (Herrljunga, shared with Storuman)", () => {
    let seen = 0;
    for (const r of releases) {
      const head = r.composed.headline.text;
      if (!/sist|sista plats/.test(head)) continue;
      const last = r.analysis.findings.filter((f) => f.rank !== null && f.rank !== undefined && f.rank.position + (f.rank.tied ?? 1) - 1 === f.rank.of);
      if (last.length === 0 || last.every((f) => f.rank?.tied === undefined)) continue;
      seen += 1;
      expect(head, r.municipality.name).toMatch(/del(ad|ar)/);
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe("reads N and O of 2026-12-02", () => {
  it("a record never says 'inget tidigare år' (a year may be missing from the series: Oxelösund's bemötande, 2016) nor 'har det inte gått'", () => {
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...(r.composed.intro ?? []), ...r.composed.sections.flatMap((x) => x.sentences)]) {
        expect(s.text, r.municipality.name).not.toMatch(/Inget tidigare år|har det inte gått något tidigare år/);
      }
    }
  });
});

describe("read Q of 2026-12-02", () => {
  it("a change whose two figures the lead gave is not given again in the body; a large ratio is said without them (Tomelilla, Storuman)", () => {
    const body = (name: string): string => named(name).composed.sections.flatMap((x) => x.sentences).map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    expect(body("Tomelilla")).not.toMatch(/13,1 timmar/);
    expect(body("Tomelilla")).toMatch(/(svarstiden för e-post|[Ss]varstiden på e-post) har minskat till under en sjättedel|har den genomsnittliga svarstiden för e-post minskat till under en sjättedel/);
    // Not "Det innebär att svarstiden …" after a sentence on another measure: it read as a conclusion from it (read AH).
    expect(body("Tomelilla")).not.toMatch(/Det innebär att/);
    expect(body("Storuman")).not.toMatch(/17,8 timmar/);
  });

  it("an old record held in more than two years is given by its latest year, not a list of four (Mönsterås: 75 procent 2014, 2015, 2017 och 2018)", () => {
    const lead = named("Mönsterås").composed.lead.map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    expect(lead).not.toMatch(/2014, 2015/);
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...r.composed.sections.flatMap((x) => x.sentences)]) expect(s.text, r.municipality.name).not.toMatch(/\d{4}, \d{4}(, \d{4})* och \d{4}\)/);
    }
  });
});

describe("read AB of 2026-12-02", () => {
  const all = (r: GeneratedRelease): Sentence[] => [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)];
  const text = (name: string): string => all(named(name)).map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");

  it("a record by a hair in a sentence that gave the value takes the old record in brackets after it, never 'strax kortare än förra rekordet' (Strängnäs, Höör, Kiruna)", () => {
    // (After the record it explains, not before it: reads AV and AW.)
    expect(text("Strängnäs")).toMatch(/var 2,1 timmar 2019, (det bästa|Strängnäs bästa nivå)[^.(]* \((tidigare rekord|förra rekordet):? (var )?2,8 timmar 2017\)\./);
    for (const r of releases) for (const s of all(r)) expect(s.text, r.municipality.name).not.toMatch(/strax (kortare|längre|under|över) än/);
  });

  it("a second record of the same kind says 'Även det'/'Också den siffran', also with riket's 'men' after it; no 'Det är … bästa resultat' twice in a row (Ängelholm, Hässleholm)", () => {
    expect(text("Ängelholm")).toMatch(/från 40 procent 2018 till 45 procent 2019\. (Även det|Också den siffran)[^.]*bästa[^.]*, men/);
    // Hässleholm's 84 → 85 procent, 84 the old best, is level with it: "i stort sett oförändrat … Även det är ett
    // nytt rekord" claimed a record the year did not make (a later read). Its response time's best stays.
    // (Since reads BX and CB: "ändå" its best, never "rekord" or "Även det".)
    expect(text("Hässleholm")).toMatch(/i stort sett oförändrad från 84 procent 2018\. (?![^.]*rekord)[^.]*ändå Hässleholms bästa( resultat)? hittills( och [^.]*)?\./);
    expect(text("Hässleholm")).not.toMatch(/84 procent 2018\. (Även|Också) det/);
    expect(text("Hässleholm")).toMatch(/7,7 timmar 2019, mot 8,3 timmar 2018\. Det är Hässleholms bästa resultat/);
    // Within the lead, or within one section (a heading between them resets the reader's ear).
    for (const r of releases) {
      const blocks = [[...r.composed.lead, ...(r.composed.intro ?? [])], ...r.composed.sections.map((x) => x.sentences)];
      for (const block of blocks) {
      const texts = block.filter((s) => s.claims.some((c) => c.endsWith(".record"))).map((s) => s.text);
      texts.forEach((t, i) => {
        const kind = /^Det är .*(bästa|sämsta)/.exec(t)?.[1];
        if (i > 0 && kind) expect(texts[i - 1], `${r.municipality.name}: ${t}`).not.toMatch(new RegExp(`^Det är .*${kind}`));
      });
      }
    }
  });

  it("a stale record and a record the count named say the old record plainly: no 'slås med' or 'Marginalen till' (Trelleborg)", () => {
    for (const r of releases) for (const s of all(r)) expect(s.text, r.municipality.name).not.toMatch(/slås (det tidigare rekordet|med)|[Mm]arginalen till/);
  });

  it("the second largest change in the country the same way says 'även det' (Sundsvall)", () => {
    expect(text("Sundsvall")).toMatch(/den största försämringen bland kommunerna i mätningen\. [^.]*75 procent 2019, (även|också) det/);
    for (const r of releases) expect(all(r).filter((s) => /den största (för|för)[a-zåäö]+ (i landet|bland)/.test(s.text) && !/(även|också) det/.test(s.text)).length, r.municipality.name).toBeLessThanOrEqual(1);
  });

  it("a turn that opens its section brings its measure's riket and group with it (Tranås: two turns, each with its comparison)", () => {
    const tel = named("Tranås").composed.sections.find((s) => s.heading === "Telefon")?.sentences.map((s) => s.text) ?? [];
    const turns = tel.flatMap((t, i) => (/efter fyra års (försämring|nedgång)|nedgång som pågått i fyra år|efter fyra år i rad med sämre resultat/.test(t) ? [i] : []));
    // (The other turn is a clause in the ingress now: lead.turn-clause.)
    expect(turns.length).toBeGreaterThanOrEqual(1);
    for (const i of turns) expect(tel[i + 1]).toMatch(/^(Årets resultat|För 2019 är resultatet|Tranås resultat 2019|Det är|I Tranås är bemötandet i telefon)[^.]*\(\d+\u00A0procent\)/);
  });

  it("sentences in a row seldom open with the municipality's name, never three (Storfors: three in a row under Telefon)", () => {
    const pairs: string[] = [];
    for (const r of releases) {
      const blocks = [r.composed.lead.slice(0, r.composed.ingress), [...r.composed.lead.slice(r.composed.ingress), ...(r.composed.intro ?? [])], ...r.composed.sections.map((x) => x.sentences)];
      for (const block of blocks) {
        const named = block.map((s) => s.text.startsWith(r.municipality.name));
        named.forEach((n, i) => {
          if (n && named[i - 1] === true) pairs.push(`${r.municipality.name}: ${block[i]?.text}`);
          expect(n && named[i - 1] === true && named[i - 2] === true, `${r.municipality.name}: ${block[i]?.text}`).toBe(false);
        });
      }
    }
    // (The phrase bank chooses in the order the story is composed; sentences moved after that, such as the lead's
    // loose ones into their sections, can still meet another name: 14 pairs before this rule.)
    expect(pairs.length, pairs.join("\n")).toBeLessThanOrEqual(5);
  });

  it("a sentence that named the municipality does not name it again in its record apposition (Härnösand, 32 leads)", () => {
    // "kommunens", not "det bästa resultatet i alla mätningar", which read as the country's best (read FM).
    expect(text("Härnösand")).toMatch(/till 3,6 timmar 2019, kommunens bästa resultat i alla mätningar sedan 2014\./);
    for (const r of releases) {
      // (Per written sentence: a record split off its change into a sentence of its own names its owner again.)
      for (const text of all(r).flatMap((s) => s.text.split(/(?<=\.) (?=[A-ZÅÄÖ])/u))) {
        const at = text.indexOf(r.municipality.name);
        const rest = at < 0 ? "" : text.slice(at + r.municipality.name.length);
        expect(rest, `${r.municipality.name}: ${text}`).not.toMatch(new RegExp(`, ${r.municipality.name}s? (bästa|sämsta) (resultat|nivå)|resultatet för ${r.municipality.name}(?![\\p{L}])`, "u"));
      }
    }
  });

  it("a longer response time 'ökade' or 'steg', never 'gick upp' (Borlänge); no 'sedan 2014' opening the sentence after one that ended so (Söderköping)", () => {
    for (const r of releases) {
      const t = all(r).map((s) => s.text).join(" ");
      expect(t, r.municipality.name).not.toMatch(/svarstiden[^.]* gick upp/);
      expect(t, r.municipality.name).not.toMatch(/sedan (20\d\d)[^.]*\. Sedan \1/);
    }
  });

  it("a short name is never given a share or a change in points: 'Resultatet för bemötandet i telefon gick upp till 99 procent' (reads AC and AD: Lysekil, Nynäshamn, Malå)", () => {
    const shorts = [...new Set(releases.flatMap((r) => r.analysis.findings.filter((f) => f.indicator.unit === "percent").map((f) => f.indicator.short).filter((x): x is string => x !== undefined)))];
    expect(shorts.length).toBeGreaterThan(2);
    for (const r of releases) {
      for (const s of all(r)) {
        for (const n of shorts) expect(s.text, r.municipality.name).not.toMatch(new RegExp(`^${n[0]?.toUpperCase()}${n.slice(1)} (var|gick|steg|sjönk|ökade|minskade|låg|har (ökat|minskat))\\b[^.]*\\d\u00A0procent`));
      }
    }
    // (Whose share: "För bemötandet i telefon gick andelen upp", as "Resultatet för … gick upp" read as clumsy: read AU.)
    expect(text("Lysekil")).toMatch(/Bemötandet i telefon förbättrades med 4 procentenheter jämfört med 2018/);
  });

  it("a comparison that does not name its measure follows a sentence on that measure (Örnsköldsvik's 'För 2019 är resultatet … (60 procent)' after the direct answers)", () => {
    const unnamed = /^(Det (är|ligger)|För 20\d\d är resultatet|Årets resultat|Resultatet (är|ligger)|\p{Lu}\p{L}*s resultat( 20\d\d)? är|Skillnaden)/u;
    const ids = (s: Sentence): Set<string> => new Set(s.claims.filter((c) => c.includes(".")).map((c) => c.split(".")[0] as string));
    let checked = 0;
    for (const r of releases) {
      for (const block of [[...r.composed.lead, ...(r.composed.intro ?? [])], ...r.composed.sections.map((x) => x.sentences)]) {
        block.forEach((s, i) => {
          const own = ids(s);
          const prev = block[i - 1];
          if (!unnamed.test(s.text) || own.size !== 1 || prev === undefined) return;
          checked += 1;
          expect([...own].some((id) => ids(prev).has(id)), `${r.municipality.name}: ${prev.text} / ${s.text}`).toBe(true);
        });
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it("a turn on the lead's one measure is in the ingress, not alone atop its section (Uddevalla, read AD)", () => {
    const c = named("Uddevalla").composed;
    expect(c.lead.slice(0, c.ingress).map((s) => s.text).join(" ")).toMatch(/från 63\u00A0procent 2018 till 67\u00A0procent 2019(\. Därmed|, den första|, en vändning|, och därmed bröts)[^.]*två/);
    expect(c.sections.flatMap((x) => x.sentences).map((s) => s.text).join(" ")).not.toMatch(/två års försämring/);
  });

  it("a figure set against riket's after a clause ending in the measure's name says whose it is ('… inom 60 sekunder, med 81 procent mot rikssnittets 60 procent', Täby)", () => {
    expect(text("Täby")).toMatch(/för andelen som får kontakt med en handläggare inom en minut, med 81 procent mot rikssnittets 60 procent/);
    // (By the short name where the data's name has a number: "inom 60 sekunder … rikssnittets 60 procent" gave one
    // number two meanings, read AS.)
    expect(seconds("Täby").composed.lead.map((s) => s.text).join(" ")).toMatch(/för tillgängligheten i telefon, med 81\u00A0procent mot rikssnittets 60\u00A0procent/);
  });

  it("the year's count goes before the counts against riket when it goes the lead's way (Robertsfors, read AD)", () => {
    const intro = (named("Robertsfors").composed.intro ?? []).map((s) => s.text);
    const year = intro.findIndex((t) => /bättre på fyra av fem mått/.test(t) && /2018/.test(t));
    const riket = intro.findIndex((t) => /riket/.test(t));
    expect(year).toBeGreaterThanOrEqual(0);
    expect(year).toBeLessThan(riket);
  });

  it("a best by a hair does not open its section under a lead that gave the change: riket and the group first (Burlöv, read AF)", () => {
    const epost = named("Burlöv").composed.sections.find((x) => x.heading === "E-post")?.sentences.map((s) => s.text) ?? [];
    // The lead gives the rise without its figures since read BX, so the section opens with it; the lead's 12,8
    // timmar is not said again.
    expect(epost[0]).toMatch(/^Svarstiden på e-post minskade med 1,2\u00A0timmar från 2018\.$/);
    expect(epost.findIndex((t) => /bästa resultat/.test(t))).toBeGreaterThan(0);
  });

  it("a lead sentence turns once: no 'Däremot …, men …' (Skinnskatteberg, read AF)", () => {
    for (const r of releases) for (const s of r.composed.lead) expect(s.text, r.municipality.name).not.toMatch(/^(Däremot|Men|Samtidigt) [^.]*, men (ligger|är) (fortfarande|fortsatt|alltjämt) /);
    // The second turn is a relative clause: "…, och ligger ändå klart bättre till än rikssnittet" read as the wrong
    // conjunction (reads CU, DC, DD).
    expect(text("Skinnskatteberg")).toMatch(/Däremot sjönk [^.]*75 procent 2019, vilket fortfarande är klart bättre än rikssnittet(?: \([^)]*\))?\./);
    expect(text("Söderhamn")).toMatch(/Däremot steg den genomsnittliga svarstiden för e-post [^.]*2,9 timmar 2019, vilket fortfarande är kortare än rikssnittet(?: \([^)]*\))?\./);
    for (const r of releases) for (const s of r.composed.lead) expect(s.text, r.municipality.name).not.toMatch(/, och (ligger|är) ändå /);
  });

  it("a worst-ever by a hair is told beside the long decline it ends (Nordanstig's bemötande: 99 procent in 2014, 85 now; read AE)", () => {
    // (Since read IK without "med knapp marginal", read as machine-made: the step from last year is small.)
    expect(text("Nordanstig")).toMatch(/sämsta resultat hittills, (med knapp marginal|även om steget från året innan är litet|men skillnaden mot året innan är liten)\. [^.]*((försämrats|blivit sämre)[^.]*99 procent|99 procent[^.]*blivit sämre|14 procentenheter sämre än 2014 \(99 procent\))/);
  });

  it("a count's exception comes right after the count (Lomma: after the largest gap and its group place it read as excepting the place; read AE)", () => {
    const lead = named("Lomma").composed.lead.map((s) => s.text);
    expect(lead[0]).toMatch(/sämre än rikssnittet på fyra av fem mått/);
    expect(lead[1]).toMatch(/^Undantaget är den genomsnittliga svarstiden för e-post/);
  });

  it("a run right after its change in the body joins it as a clause (Ydre: 'Fjärde året i rad blev resultatet bättre.' on its own; read AF)", () => {
    expect(text("Ydre")).toMatch(/(gick upp till 93 procent 2019, från 91 procent 2018|ökade från 91 procent 2018 till 93 procent 2019), (den fjärde förbättringen i rad|en förbättring för fjärde året i rad|vilket är den fjärde förbättringen i rad)\.|ökade från 91 procent 2018 till 93 procent 2019\. Det är (den fjärde förbättringen i rad|en förbättring för fjärde året i rad)\./);
    expect(text("Ydre")).not.toMatch(/Fjärde året i rad blev resultatet bättre/);
  });

  it("at most two approximate words a release, the later figures alone (Arjeplog's four '… av tio')", () => {
    for (const r of releases) expect(all(r).map((s) => s.text).join(" ").match(APPROXIMATED)?.length ?? 0, r.municipality.name).toBeLessThanOrEqual(MAX_APPROXIMATE);
    expect(text("Arjeplog")).toMatch(/((var i mätningen|låg på|var) 82 procent 2019|I Arjeplog var andelen [^.]* 82 procent 2019)/);
  });

  it("a place among the ten best in the country is in the ingress or right under it, not last in its section (Bjurholm's response time, tenth of 262)", () => {
    // (Right under it since the ingress keeps INGRESS_HARD_WORDS: with it, Bjurholm's ingress had 105 words.)
    const c = named("Bjurholm").composed;
    expect(c.lead.map((s) => s.text).join(" ")).toMatch(/tionde (bästa|kortaste)/);
    expect(c.sections.flatMap((s) => s.sentences).map((s) => s.text).join(" ")).not.toMatch(/tionde plats/);
  });
});

describe("an ingress past INGRESS_HARD_WORDS (reads CU, CV, CX: Mörbylånga's 132 words, Örebro's six sentences, Stockholm's 150 words)", () => {
  const ingressOf = (name: string): string => {
    const c = named(name).composed;
    return c.lead.slice(0, c.ingress).map((s) => s.text).join(" ");
  };
  const under = (name: string): string => underIngress(named(name).composed).map((s) => s.text).join(" ");
  it("leaves a place from fourth to tenth in the country to the paragraph right under it (Mörbylånga, Orust, Stockholm)", () => {
    expect(ingressOf("Mörbylånga")).not.toMatch(/tredje plats i landet/);
    expect(under("Mörbylånga")).toMatch(/Med 80\u00A0procent 2019 delar Mörbylånga tredje plats i landet med Hässleholm/);
    // (Orust's headline is its shared third place for the response time since read EJ; the fourth for bemötandet goes under.)
    expect(ingressOf("Orust")).not.toMatch(/fjärde plats/);
    expect(under("Orust")).toMatch(/delar Orust fjärde plats i landet/);
    expect(ingressOf("Stockholm")).not.toMatch(/bara sju kommuner/);
    expect(under("Stockholm")).toMatch(/bara sju kommuner i landet har ett sämre resultat/);
  });
  it("keeps the headline's news, the very bottom of the country, a worst-ever and the turn (Stockholm, Mörbylånga)", () => {
    // (Seven sharing the third-last place: said by how few are worse, read EZ.)
    expect(ingressOf("Stockholm")).toMatch(/delad näst sista plats i landet[^.]*\. ([^.]*\. )?[^.]*sämsta nivå hittills\. [^.]*bara två kommuner (i landet )?har (ett )?sämre( resultat)?\. Men andelen e-postfrågor/);
    expect(ingressOf("Mörbylånga")).toMatch(/5,5\u00A0timmar 2019[^.]*\. [^.]*(största förbättringen|lika mycket)[^.]*\. [^.]*en minut ökade kraftigt[^.]*\. Men andelen som upplever ett gott bemötande[^.]*sämsta/);
  });
  it("a place moved under the count of records does not say the record again (Stockholm's bemötande)", () => {
    expect(under("Stockholm")).toMatch(/bästa (resultat |nivå )?hittills[^.]*\. I Stockholm var andelen som upplever ett gott bemötande via telefon 73\u00A0procent 2019 och bara sju kommuner/);
  });
  it("sends another measure's plain change with its comparison to its section (Örebro's direct answers)", () => {
    expect(ingressOf("Örebro")).not.toMatch(/direkt svar på en enkel fråga/);
    const telefon = named("Örebro").composed.sections.find((s) => s.heading === "Telefon");
    // (Or in words, a share's rise said once in a release so: A/B read AB71.)
    expect(telefon?.sentences[0]?.text).toMatch(/^(Andelen som får ett direkt svar på en enkel fråga via telefon gick upp till 65\u00A0procent 2019|Nästan två av tre \(65\u00A0procent\) fick ett direkt svar på en enkel fråga via telefon 2019)/);
  });
});

describe("a worst-ever by a hair on a measure behind riket (read DD: Älvsbyn scored 3)", () => {
  it("is the all-good ingress's counterweight (Älvsbyn's direct answers 49 → 48 procent, riket 55; Överkalix's response time)", () => {
    const ingressOf = (name: string): string => {
      const c = named(name).composed;
      return c.lead.slice(0, c.ingress).map((s) => s.text).join(" ");
    };
    expect(ingressOf("Älvsbyn")).toMatch(/Men andelen som får ett direkt svar[^.]*48\u00A0procent 2019[^.]*sämsta/);
    expect(ingressOf("Överkalix")).toMatch(/Men den genomsnittliga svarstiden för e-post[^.]*8,2\u00A0timmar 2019[^.]*sämsta/);
  });
});

describe("four best records, two of them by a hair", () => {
  it("names the clear ones and hedges the hairs, not 'Utom för bemötandet i telefon är resultaten de bästa hittills' (Jokkmokk: 92 against 91 procent and 4,2 against 4,3 timmar; read AJ scored it 3)", () => {
    const text = [...named("Jokkmokk").composed.lead, ...body(named("Jokkmokk"))].map((s) => s.text).join(" ");
    expect(text).not.toMatch(/Utom för|alla mått utom/);
    // The lead counts all four and names them, the clear ones first, without a hedge or a margin; the hairs' margins
    // are told in their section after the year that did not move (reads FM and FP scored the lead that listed them
    // "med knapp marginal" 3: it filled the lead with 1 procentenhet and 0,1 timmar). Since read HO, not the clear two
    // alone, which read as all there were (Ljungby), as "bland dem" had (reads HI, HL, AB16).
    const lead = named("Jokkmokk").composed.lead.map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    expect(lead).toMatch(/Jokkmokk (har nu sitt bästa resultat hittills på fyra mått|har sina hittills bästa resultat på fyra mått|sin bästa nivå hittills): tillgängligheten och direktsvaren i telefon, e-postsvaren inom en arbetsdag samt svarstiden på e-post\./);
    const count = named("Jokkmokk").composed.lead.find((s) => /på fyra mått/.test(s.text))?.text ?? "";
    expect(count).not.toMatch(/knapp marginal|\d/);
    const plain = text.replace(/\u00A0/g, " ");
    expect(plain).toMatch(/92 procent 2019, i stort sett oförändrad från 91 procent 2018\. [^.]*Jokkmokks bästa (resultat )?hittills[.,]/);
    expect(plain).toMatch(/4,2 timmar 2019 mot 4,3 timmar 2018\. [^.]*Jokkmokks bästa (resultat )?hittills\./);
  });
});

describe("two runs as long the same way in one release", () => {
  it("says the second as a second ('även det', 'också där'), not 'den femte förbättringen i rad' twice (Grästorp, a read)", () => {
    const text = [...named("Grästorp").composed.lead, ...body(named("Grästorp"))].map((s) => s.text).join(" ");
    expect(text.match(/femte förbättringen i rad/g)).toHaveLength(2);
    expect(text).toMatch(/(även det|också där|även här) den femte förbättringen i rad|den femte förbättringen i rad, liksom för tillgängligheten i telefon/);
  });
});

describe("a record's clause on riket", () => {
  it("grades the gap as the body's comparison does: 47 against 84 procent is 'långt sämre', not 'klart sämre' (Oxelösund, read AJ)", () => {
    const lead = named("Oxelösund").composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/bästa resultat[^.]*, men (alltjämt|fortsatt|fortfarande|ändå) långt sämre än rikssnittet(?: \([^)]*\))?\./);
  });
});

describe("a lead on a share's gap to riket whose year went the other way", () => {
  it("opens with the gap and its figures, then the change, not with the rise under a headline on being worse (Essunga, read AJ scored it 3)", () => {
    const [first, second] = named("Essunga").composed.lead;
    expect(first?.text).toMatch(/^[^.]*44\u00A0procent[^.]*(klart|mycket|långt) sämre[^.]*55\u00A0procent/);
    expect(first?.claims).toContain("svar-pa-fragan.vsNational");
    expect(second?.text).toMatch(/41\u00A0procent 2018/);
    expect(second?.claims).toContain("svar-pa-fragan.changeClass");
  });
});

describe("a multiple of riket's time in a record's clause", () => {
  it("gives riket's figure when the sentence has none ('nästan dubbelt så lång som rikssnittet (6 timmar)'; read AK: Eslöv)", () => {
    const s = [...named("Eslöv").composed.lead, ...body(named("Eslöv"))].find((x) => /så lång som rikssnittet/.test(x.text) && x.claims.includes("epost-svarstid.record"));
    expect(s?.text).toMatch(/så lång som rikssnittet \(6\u00A0timmar\)/);
  });
});

describe("a headline of two records", () => {
  it("says 'hittills' once: the second record in other words (Skövde: 'bemötandet sämst hittills – men svarstiden bäst hittills', read AK)", () => {
    const twice = releases.filter((r) => (r.claims.headline.match(/\bhittills\b/g) ?? []).length > 1).map((r) => r.claims.headline);
    expect(twice).toEqual([]);
    expect(named("Skövde").claims.headline).toMatch(/(bemötandet sämst|sämsta bemötandet) hittills ?[–,] men (svarstiden[^,]*(rekord|på sin bästa nivå)|[^,]*rekord[^,]*svarstiden)/);
  });
});

describe("'lyft' and 'tapp' in a headline", () => {
  it("only for a strong change ('Lyft för e-postsvaren' over a 4-point rise read as an overclaim: Jönköping, read AL)", () => {
    const words = /\b(lyft|lyfter|tapp|tappar)\b/i;
    const run = /i rad|raka|Ännu ett|[Ff]ortsatt|efter \S+ år/;
    const bad = releases.flatMap((r) => {
      const h = r.composed.headline;
      if (!words.test(h.text) || run.test(h.text)) return [];
      const moved = h.claims.filter((c) => c.endsWith(".changeClass") || c.endsWith(".change")).map((c) => c.split(".")[0]);
      const weak = moved.filter((id) => !r.claims.indicators.find((i) => i.id === id)?.changeClass?.startsWith("strongly-"));
      return weak.length > 0 ? [`${r.municipality.name}: ${h.text}`] : [];
    });
    expect(bad).toEqual([]);
    expect(named("Jönköping").claims.headline).not.toMatch(/[Ll]yft/);
  });
});

describe("a headline that counts three records", () => {
  it("opens its lead with the first news and its figures, the names after it (read AK: Åsele's and Öckerö's leads opened with a list of names that repeated the headline)", () => {
    for (const name of ["Åsele", "Öckerö", "Ystad"]) {
      const [first, second] = named(name).composed.lead;
      // (Or the municipality as subject: "Öckerö kommun har ökat andelen …", read HT.)
      expect(first?.text, name).toMatch(/^(I \S+ kommun|\S+ kommun har) [^.]*\d+\u00A0(procent|timmar) 2019/);
      expect(second?.text, name).toMatch(/bästa (resultat|nivå)? ?hittills/);
      expect(second?.claims.filter((c) => c.endsWith(".record")), name).toHaveLength(3);
    }
  });
});

describe("a best on every measure, each better than last year", () => {
  it("does not count the changes as well: 'alla fem mått' a third time (Hylte, read AL)", () => {
    for (const name of ["Hylte", "Vaxholm", "Ydre"]) {
      const r = named(name);
      const text = [...r.composed.lead, ...(r.composed.intro ?? [])].map((s) => s.text).join(" ");
      expect(text, name).not.toMatch(/Jämfört med 2018 är resultatet bättre på alla fem mått/);
      expect(text, name).toMatch(/alla fem mått/);
    }
  });
});

describe("a shared place in the country with the others named", () => {
  it("gives its value after a colon, not a third 'med' (Västervik: 'delar tionde plats i landet med Askersund och Strömsund för …, med 83 procent', read AL)", () => {
    const bad = releases.flatMap((r) => [...r.composed.lead, ...body(r)].filter((s) => /plats i landet med [^.]* för [^.]*, med \d/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
  });
});

describe("'Nu' before a comparison with riket", () => {
  it("only where the measure crossed riket since last year ('Nu är resultatet klart bättre …' after 'låg kvar', or with no earlier year, read AN: Växjö, Hedemora, Eslöv, Norberg, Ödeshög)", () => {
    const bad = releases.flatMap((r) => [...r.composed.lead, ...body(r)].filter((s) => /^(Men )?[Nn]u är\b/.test(s.text) && !s.claims.some((c) => c.endsWith(".previousVsNational"))).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
  });
});

describe("a run whose change the lead tells", () => {
  it("is a clause of the lead's sentence, not a bare sentence last in its section (Sigtuna: 'Tredje året i rad blev bemötandet i telefon bättre.', read AN)", () => {
    const r = named("Sigtuna");
    expect(r.composed.lead.map((s) => s.text).join(" ")).toMatch(/gott bemötande via telefon [^.]*74\u00A0procent 2019(, |\. Det är )[^.]*tredje[^.]*i rad\./);
    expect(body(r).map((s) => s.text).join(" ")).not.toMatch(/Tredje året i rad blev bemötandet/);
  });
});

describe("a comparison right after a sentence that ends on an apposition", () => {
  it("names the year's result, not 'Det är …', which pointed at the apposition (Ljusdal: '…, en kraftig försämring. Det är långt bättre än …', read AN)", () => {
    const bad = releases.flatMap((r) => {
      const blocks = [r.composed.lead, r.composed.intro ?? [], ...r.composed.sections.map((x) => x.sentences)];
      // (Or after a place in the country: "… tredje sista plats i landet med Kiruna … Det ligger klart under …", read AO.)
      return blocks.flatMap((b) => b.flatMap((s, i) => (i > 0 && (/, (vilket är )?(en|den|det) [^,]+\.$/.test(b[i - 1]?.text ?? "") || b[i - 1]?.claims.some((c) => c.endsWith(".rank")) === true) && /^Det (är|ligger) /.test(s.text) && s.claims.some((c) => c.endsWith(".vsNational")) && !s.claims.some((c) => c.endsWith(".record")) ? [`${r.municipality.name}: ${s.text}`] : [])));
    });
    expect(bad).toEqual([]);
  });
});

describe("a place near the bottom on a measure that rose, under a count of changes", () => {
  it("says the rise beside the place: the count of all five does not name it (Lycksele, read AP)", () => {
    expect(named("Lycksele").composed.lead[0]?.text).toMatch(/73\u00A0procent 2019, [^.,]*(förbättring|bättre)[^.,]*2018, men bara sju/);
  });
});

describe("a lead's turn to a place near the bottom", () => {
  it("carries no rise in its middle ('Men andelen … var 36 procent 2019, en förbättring jämfört med 33 procent 2018, och bara nio …' lost its contrast: Eslöv, read AQ); the body tells the rise", () => {
    const r = named("Eslöv");
    const turn = r.composed.lead.find((s) => /^Men /.test(s.text) && s.claims.includes("svar-pa-fragan.rank"));
    expect(turn?.text).not.toMatch(/förbättring/);
    expect(body(r).map((s) => s.text).join(" ")).toMatch(/[Dd]irektsvaren i telefon (gick andelen upp|ökade andelen|förbättrats|förbättrades) med 3\u00A0procentenheter/);
  });
});

describe("a comparison right after a record said with 'ändå'", () => {
  it("does not turn again with 'Trots det' ('Det är ändå Tranemos bästa resultat hittills. Trots det är resultatet alltjämt sämre …', read AS)", () => {
    const bad = releases.flatMap((r) => {
      const blocks = [r.composed.lead, r.composed.intro ?? [], ...r.composed.sections.map((x) => x.sentences)];
      return blocks.flatMap((b) => b.flatMap((s, i) => (i > 0 && /(?<!\p{L})ändå(?!\p{L})/u.test(b[i - 1]?.text ?? "") && /^Trots det\b/.test(s.text) ? [`${r.municipality.name}: ${s.text}`] : [])));
    });
    expect(bad).toEqual([]);
  });
});

describe("a number in a measure's name", () => {
  it("is not one of its sentence's figures too ('inom 60 sekunder: 43 procent mot rikets 60 procent' gave 60 two meanings: Östra Göinge, Lidingö, read AS)", () => {
    // (Except the measure's own value at its first mention, which names it in full: reads BH and BJ found
    // Karlstad's and Bengtsfors' releases never said what "tillgängligheten i telefon" measured.)
    const own = (r: GeneratedRelease): boolean => {
      const f = r.claims.indicators.find((x) => x.id === "tillganglighet");
      return f?.value === 60 || f?.previous === 60;
    };
    const bad = secondsReleases.flatMap((r) =>
      [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)].filter((s) => s.text.includes(`inom 60\u00A0sekunder`) && /(?<![\d,])60\u00A0procent/.test(s.text) && !(own(r) && !/rikets 60|\(60 och|(riket|rikssnitt|snittet|kommungruppen|kommuner)[^().]*\(60\u00A0procent\)/.test(s.text))).map((s) => `${r.municipality.name}: ${s.text}`),
    );
    expect(bad).toEqual([]);
    // Every release that tells tillgängligheten names it in full once, in the text or in the fact box.
    for (const r of secondsReleases) if (/tillgängligheten i telefon/.test(r.markdown)) expect(r.markdown, r.municipality.name).toMatch(/kontakt med en handläggare inom 60\u00A0sekunder/);
    // The sentence says the short name, and the body names the measure in full at its next mention.
    const göinge = seconds("Östra Göinge").markdown.replace(/\u00A0/g, " ");
    expect(göinge).toContain("Den största skillnaden mot riket gäller tillgängligheten i telefon: 43 procent mot rikets 60 procent.");
    expect(göinge).toContain("## Telefon\n\nAndelen som får kontakt med en handläggare inom 60 sekunder ");
  });

  it("is no third figure: a sentence with two figures of its own says the short name, and the fact box the long one where the text never does ('… inom 60 sekunder ökade från 69 procent 2018 till 71 procent 2019' in 14 of 15 releases of read LB; A/B read AB75 preferred the short name in all 12 pairs)", () => {
    const FIGURE = /\d+(?:,\d+)?\u00A0(?:procent|procentenheter|procentenhet|timmar|timme)\b/g;
    const crowded = secondsReleases.flatMap((r) =>
      [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)].flatMap((s) => s.text.split(/(?<=\.) (?=[A-ZÅÄÖ])/u)).filter((t) => t.includes("inom 60\u00A0sekunder") && (t.match(FIGURE)?.length ?? 0) >= 2).map((t) => `${r.municipality.name}: ${t}`),
    );
    expect(crowded).toEqual([]);
    // (The name's number keeps its no-break space: "60 sekunder" is never split at a line's end.)
    expect(secondsReleases.filter((r) => /60 sekunder/.test(r.markdown)).map((r) => r.municipality.name)).toEqual([]);
    // Upplands Väsby's release says the short name in its change sentence and defines it in the fact box.
    const väsby = seconds("Upplands Väsby");
    expect(body(väsby).map((s) => s.text).join(" ")).toContain("För tillgängligheten i telefon ökade andelen från 69\u00A0procent 2018 till 71\u00A0procent 2019.");
    expect(väsby.composed.facts.map((s) => s.text)).toContain("Med tillgängligheten i telefon avses andelen som får kontakt med en handläggare inom 60\u00A0sekunder.");
    // A release that names the measure in full in its text does not define it again.
    for (const r of secondsReleases) {
      const text = [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)].map((s) => s.text).join(" ");
      if (text.includes("inom 60\u00A0sekunder")) expect(r.composed.facts.map((s) => s.text).join(" "), r.municipality.name).not.toMatch(/Med tillgängligheten i telefon avses/);
    }
  });
});

describe("reads AT and AU of 2026-12-03", () => {
  const sentences = (r: GeneratedRelease): Sentence[] => [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)];
  it("a short name given a share says whose share: 'För bemötandet i telefon ökade andelen …', not 'Resultatet för bemötandet i telefon ökade …' (Kungälv, Örnsköldsvik)", () => {
    const bad = releases.flatMap((r) => sentences(r).filter((s) => /^Resultatet för [^.]* (var|gick|steg|sjönk|ökade|minskade|låg|höll|förändrades)\b[^.]*\d\u00A0procent/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
    expect(named("Kungälv").markdown).toContain("Bemötandet i telefon förbättrades med 3\u00A0procentenheter från 2018.");
    // The verb and its particle keep their places: "höll sig andelen på", "låg andelen kvar på".
    const all = releases.map((r) => r.markdown).join("\n");
    // (Since read HC a value the same as last year's after the lead gave it is said without figures, so "höll sig
    // andelen på" and "låg andelen kvar på" no longer occur in the example batch.)
    expect(all).not.toMatch(/höll andelen sig|låg andelen på [^.]* kvar|gick andelen med/);
    // A step alone is better or worse: "För bemötandet i telefon gick andelen upp med 2 procentenheter från 2018" read as
    // clumsy (read ID: Flen, Håbo).
    expect(all).not.toMatch(/För [^.]* (gick andelen (upp|ner)|ökade andelen|minskade andelen|steg andelen|sjönk andelen) med \d+\u00A0procentenhet(er)? (från|jämfört med) 20\d\d\./);
  });

  it("the change since the first year says how much: no 'Jämfört med 93 procent 2014 har … blivit sämre' (Älvkarleby, Nässjö, Nordanstig, Torsby)", () => {
    const all = releases.map((r) => r.markdown).join("\n");
    expect(all).not.toMatch(/Jämfört med \d+(,\d+)?\u00A0\S+ 20\d\d har [^.]* blivit (bättre|sämre)\./);
    expect(all).toMatch(/Årets resultat är \d+\u00A0procentenheter (bättre|sämre) än 2014 \(\d+\u00A0procent\)\./);
  });

  it("last year is said once: no 'sedan året innan (60 procent 2018)' or '…, då det var' of a share or a time (Nora, Åmål)", () => {
    const all = releases.map((r) => r.markdown).join("\n");
    expect(all).not.toMatch(/året innan \(\d+(,\d+)?\u00A0\S+ 20\d\d\)/);
    expect(all).not.toMatch(/året innan, då/);
    // "Svarstiden … sedan 2014, då det var 6,6 timmar": the pronoun did not agree with its noun.
    expect(all).not.toMatch(/, då det var \d/);
  });
});

describe("a count of best records that names only the clear ones", () => {
  it("counts them all ('på tre mått, bland dem …'): two named of three read as all there were (Tingsryd, Eksjö, Kalix; reads AS and AT)", () => {
    // (Kalix's tillgänglighet, 53 → 54 procent over 53, is no longer a record: level with the best, a later read.)
    for (const name of ["Tingsryd", "Eksjö"]) {
      const r = named(name);
      const bests = r.claims.indicators.filter((i) => i.record?.kind === "best").length;
      expect(bests, name).toBe(3);
      // All three named since reads HI, HL and AB16 ("bland dem" with two of three hid the third).
      expect(r.markdown, name).toMatch(/(på tre mått|På tre mått når [^.]* bästa nivå hittills): [^.]*(, | och )[^.]* (och|samt) [^.]*\./);
      // (Not "tydligast för" or "främst för": a record is one or is not, read BC.)
      expect(r.markdown, name).not.toMatch(/(tydligast|främst) för/);
    }
    // Nowhere a named pair of bests where a third stands unnamed beside them.
    for (const r of releases) {
      const bests = r.claims.indicators.filter((i) => i.record?.kind === "best").length;
      const pair = [...r.composed.lead, ...(r.composed.intro ?? [])].find((s) => s.claims.filter((c) => c.endsWith(".record")).length === 2 && /bästa (nivå|resultat)? ?hittills|de bästa hittills/.test(s.text) && !/mått/.test(s.text));
      if (pair && bests === 3 && r.claims.plan?.angle !== "records") expect.fail(`${r.municipality.name}: ${pair.text}`);
    }
  });
});

describe("a comparison with riket and the group", () => {
  it("gives each its own degree word when their gaps earn different ones ('klart bättre än både riket (60 procent) och likvärdiga kommuner (65 procent)' played down Nässjö's 16 points, read AT)", () => {
    // (Since reads BY, BZ and CB, Nässjö's 16 and 11 points are one band: "klart bättre än både riket som helhet och
    // likvärdiga kommuner (60 och 65 procent)". Where the bands differ the test below still holds.)
    // (Since read GG the body does not repeat the lead's "men fortfarande klart bättre än rikssnittet" for Nässjö's
    // tillgänglighet, nor add the group on the same side; where two references' bands differ the loop below holds.)
    expect(body(named("Nässjö")).filter((s) => s.claims.includes("tillganglighet.vsNational"))).toEqual([]);
    const bad: string[] = [];
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)]) {
        const id = s.claims.find((c) => c.endsWith(".group"))?.split(".")[0];
        const f = r.analysis.findings.find((x) => x.indicator.id === id);
        if (!f || f.national === null || f.group === null || !s.claims.includes(`${id}.national`) || !/ både /.test(s.text)) continue;
        const strong = f.compareThresholds.strong;
        const band = (gap: number): number => (gap >= 2 * strong ? 3 : gap >= strong ? 1 : 0);
        if (Math.abs(f.national - f.group) > f.compareThresholds.same / 2 && band(Math.abs(f.value - f.national)) !== band(Math.abs(f.value - f.group))) bad.push(`${r.municipality.name}: ${s.text}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("a run the lead told as a clause", () => {
  it("is not told again in the body ('Bemötandet i telefon har nu försämrats för tredje året i rad' after the lead's '…, en försämring för tredje året i rad': Norrköping, Nässjö; reads AT and AU)", () => {
    const bad = releases.flatMap((r) => {
      const lead = new Set(r.composed.lead.flatMap((s) => s.claims).filter((c) => c.endsWith(".streak")));
      return body(r).filter((s) => s.claims.some((c) => lead.has(c))).map((s) => `${r.municipality.name}: ${s.text}`);
    });
    expect(bad).toEqual([]);
    expect(named("Norrköping").markdown.match(/tredje året i rad/g)?.length).toBe(1);
  });
});

describe("two sentences in a row", () => {
  it("never both open 'I {kommun} …' ('I Norberg är resultatet … I Norberg är svarstiden …', read AT)", () => {
    const bad = releases.flatMap((r) => {
      const blocks = [r.composed.lead, r.composed.intro ?? [], ...r.composed.sections.map((x) => x.sentences)];
      const opens = (t: string | undefined): boolean => t !== undefined && t.startsWith(`I ${r.municipality.name} `);
      return blocks.flatMap((b) => b.flatMap((s, i) => (i > 0 && opens(s.text) && opens(b[i - 1]?.text) ? [`${r.municipality.name}: ${s.text}`] : [])));
    });
    expect(bad).toEqual([]);
  });
});

describe("a lead that opens with the headline's count of records", () => {
  it("says its source in that sentence, not in a sentence of its own at the end ('Tyresös resultat är de bästa hittills på alla mått utom bemötandet i telefon.' repeated the headline; reads AT and AU)", () => {
    let n = 0;
    for (const r of releases.filter((x) => x.claims.plan?.angle === "records")) {
      const first = r.composed.lead[0];
      if (!first || !/hittills/.test(first.text) || !first.claims.some((c) => c.endsWith(".record"))) continue;
      n += 1;
      expect(first.text, r.municipality.name).toMatch(/, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\) 2019\.$/);
      expect(r.composed.lead.filter((s) => s.claims.includes("survey.name")).length, r.municipality.name).toBe(1);
    }
    expect(n).toBeGreaterThan(8);
  });
});

describe("a place among the ten best but not the five best, on a measure that stood still", () => {
  it("does not headline over a strong rise to a record or a fifth rise in a row to a record (Vallentuna: shared seventh for a response time 1,3 → 1,4 timmar; read AT scored it 2)", () => {
    const r = named("Vallentuna");
    expect(r.claims.plan?.angle).not.toBe("top-ten");
    expect(r.composed.headline.text).toMatch(/direktsvaren|tillgängligheten/);
    // The place is still told in the ingress.
    expect(r.composed.lead.map((s) => s.text).join(" ")).toMatch(/(delad|delar) sjunde plats i landet/);
  });
});

describe("the one measure a count against riket leaves out", () => {
  it("is said to be the exception right after the count, not last in the body (Mellerud: e-post within a day, its best yet and the only measure better than riket, said so last in the body; read AU)", () => {
    // (Since read JX the headline says Mellerud's opposite records and the count opens the body, its exception with it.)
    const under = named("Mellerud").markdown.split("**")[2]?.split("## ")[0] ?? "";
    expect(under).toMatch(/sämre (resultat )?än rikssnittet på fyra av fem mått\. Bara för e-postsvaren inom en arbetsdag är resultatet bättre än rikets\./);
    // Every count of "X av Y" with one measure on the other side names it in the lead.
    for (const r of releases.filter((x) => x.claims.plan?.angle === "summary")) {
      const s = r.claims.plan?.summary;
      if (!s) continue;
      const side = s.worse > s.better ? "better" : "worse";
      const other = r.analysis.findings.filter((f) => f.vsNational !== null && (side === "better" ? /better/ : /worse/).test(f.vsNational));
      if (other.length !== 1) continue;
      const id = other[0]?.indicator.id;
      expect(r.composed.lead.some((x) => x.claims.includes(`${id}.vsNational`)), r.municipality.name).toBe(true);
    }
  });
});

describe("better on every measure since last year", () => {
  it("goes right after the count of records in the ingress, not under it after a plain change (Eksjö, read AT)", () => {
    const r = named("Eksjö");
    const ingress = r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length).map((s) => s.text);
    const records = ingress.findIndex((t) => /bästa (resultat|nivå) hittills på tre mått|På tre mått/.test(t));
    expect(records).toBeGreaterThanOrEqual(0);
    expect(ingress[records + 1]).toMatch(/bättre på alla fem mått/);
  });
});

describe("a second record in the lead", () => {
  it("does not mirror the first's 'Det är det … resultatet …, men …' ('Det är det sämsta resultatet för Norrköping …, men … Det är det bästa resultatet hittills för Norrköping, men …'; reads AT and AU)", () => {
    const bad = releases.flatMap((r) => {
      const opens = r.composed.lead.filter((s) => /^Det är (det (bästa|sämsta) resultatet|\S+ (bästa|sämsta) resultat)\b/u.test(s.text));
      return opens.length > 1 ? [`${r.municipality.name}: ${opens.map((s) => s.text).join(" / ")}`] : [];
    });
    expect(bad).toEqual([]);
    // A response time is the shortest yet, not a result, and its turn says "den" (read JD: "Tranemos resultat är därmed det
    // sämsta hittills, 0,2 timmar längre än …" made a result longer).
    expect(named("Norrköping").markdown).toContain("Svarstiden i Norrköping är därmed den kortaste hittills, men den är fortsatt längre än rikssnittet (6\u00A0timmar).");
    expect(named("Tranemo").markdown).toContain("Svarstiden i Tranemo är därmed den längsta hittills, 0,2\u00A0timmar över det tidigare bottenresultatet.");
  });
});

describe("'över' and 'under' riket", () => {
  it("take the degree word of the gap like 'bättre' and 'sämre' ('klart över både riket (55 procent) och …' for 21 points: Enköping, read AW)", () => {
    expect(named("Enköping").markdown).toMatch(/långt (över|bättre än) både riket som helhet och [^()]+ \(55 och \d+\u00A0procent\)/);
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/mycket (över|under) /);
  });
});

describe("a worst-ever by a hair on a measure that fell this year", () => {
  it("is the lead's counterweight under an all-good lead, not left to the body (Vännäs: bemötandet 91 → 89, its lowest; Sotenäs; reads AV and AW)", () => {
    for (const name of ["Vännäs", "Sotenäs"]) {
      const r = named(name);
      const ingress = r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length);
      expect(ingress.some((s) => s.claims.includes("bemotande.record")), name).toBe(true);
      expect(ingress.map((s) => s.text).join(" "), name).toMatch(/sämsta/);
    }
  });
});

describe("two turns in a row", () => {
  it("a sentence right after a 'Men …' sentence says 'om än', not a second ', men …' (Upplands Väsby, read AV) nor 'även om' (reads DC, DE)", () => {
    const bad = releases.flatMap((r) => {
      const blocks = [r.composed.lead, r.composed.intro ?? [], ...r.composed.sections.map((x) => x.sentences)];
      return blocks.flatMap((b) => b.flatMap((s, i) => (i > 0 && /^Men /.test(b[i - 1]?.text ?? "") && /, men (resultatet|det) (är|ligger) /.test(s.text) ? [`${r.municipality.name}: ${s.text}`] : [])));
    });
    expect(bad).toEqual([]);
    expect(named("Upplands Väsby").markdown).toContain("Det är Upplands Väsbys sämsta resultat i alla mätningar sedan 2014, om än i nivå med rikssnittet (84\u00A0procent).");
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/, även om det (är|ligger) /);
  });

  it("a place with a rise says 'även om resultatet har förbättrats', not 'trots en förbättring' (Gislaved, read AV)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/trots en förbättring/);
    expect(named("Gislaved").markdown).toMatch(/med 15,4\u00A0timmar 2019, (även om resultatet har förbättrats från|även om den har förbättrats från|även om resultatet är bättre än) 17,1\u00A0timmar 2018/);
  });
});

describe("a count of named records right after the headline's measure", () => {
  it("says that measure's record with 'Det är …' and names the others after it (Umeå: the headline's measure named again in the list; read AV)", () => {
    const lead = named("Umeå").composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/till 91\u00A0procent 2019, från 87\u00A0procent 2018(?:, (?:visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)(?: 2019)?)?\. Det är Umeås bästa resultat hittills, (och rekord blev det också för|och detsamma gäller|precis som för) tillgängligheten i telefon och svarstiden på e-post\./);
    expect(lead).not.toMatch(/hittills för e-postsvaren inom en arbetsdag, tillgängligheten/);
  });
});

describe("a bad place as the headline", () => {
  it("names the other measures at their worst yet in the lead before it turns (Kiruna: tillgängligheten and direktsvaren at their lowest, left to the body; read AX)", () => {
    const r = named("Kiruna");
    const lead = r.composed.lead.map((s) => s.text);
    const low = lead.findIndex((t) => /sämsta/.test(t) && /tillgängligheten och direktsvaren/.test(t));
    const turn = lead.findIndex((t) => /^Men /.test(t));
    expect(low).toBeGreaterThan(0);
    expect(low).toBeLessThan(turn);
  });
});

describe("the lead's first sentence", () => {
  it("does not repeat the headline's 'markant' or 'kraftigt' ('förbättras markant' over 'har lyft … markant': Jokkmokk, reads AW and AX)", () => {
    let n = 0;
    for (const r of releases) {
      const word = /(?<!\p{L})(markant|kraftigt)(?!\p{L})/u.exec(r.composed.headline.text)?.[1];
      if (!word) continue;
      n += 1;
      expect(r.composed.lead[0]?.text, r.municipality.name).not.toMatch(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, "u"));
    }
    expect(n).toBeGreaterThan(3);
  });
});

describe("a strong change of a share in a headline", () => {
  it("says its size in points, the measure's own change, in the right direction ('mycket bättre än året innan' read as vague: read EA, Trelleborg)", () => {
    const words = ["en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"];
    let n = 0;
    for (const r of releases) {
      const m = /(\S+)[ \u00A0]procentenheter/.exec(r.claims.headline);
      if (!m) continue;
      n += 1;
      const size = words.includes(m[1] ?? "") ? words.indexOf(m[1] ?? "") + 1 : Number(m[1]);
      // (By its short name, or that name cut, "e-postsvaren", where the headline also says a place: Huddinge.)
      const names = (x: (typeof r.analysis.findings)[number]): string[] => [x.indicator.short ?? "\u0000", (x.indicator.short ?? "\u0000").replace(/ (?:i|på|via|inom|för) .*$/u, "")];
      const f = r.analysis.findings.find((x) => names(x).some((n) => r.claims.headline.includes(n)) && Math.abs(x.change ?? 0) === size);
      // A strong change, or since read KU one of half a strong change or more (Torsby's 9 points to a record).
      expect(f, `${r.municipality.name}: ${r.claims.headline}`).toBeDefined();
      expect(size, r.claims.headline).toBeGreaterThanOrEqual((f?.changeThresholds.strong ?? 0) / 2);
      const up = /förbättrar| upp |bättre för|bättre än året innan|lyfter|Lyft med/.test(r.claims.headline);
      const down = /backar| ner |sämre för|sämre än året innan/.test(r.claims.headline);
      expect(up !== down, r.claims.headline).toBe(true);
      expect(f?.changeClass, r.claims.headline).toMatch(up ? /^(strongly-)?improved$/ : /^(strongly-)?declined$/);
    }
    expect(n).toBeGreaterThan(8);
    // Torsby's rise says its size, not "förbättring för" (read KU).
    expect(named("Torsby").claims.headline).toBe("Torsby: e-postsvaren inom en arbetsdag upp 9\u00A0procentenheter");
  });
});

describe("the first sentence under the ingress", () => {
  it("does not turn with 'däremot', 'Men' or 'Samtidigt': in a paragraph of its own it points at nothing (Ockelbo's 'Andelen … gick däremot upp'; read AY)", () => {
    const bad = releases.flatMap((r) => {
      const s = r.composed.lead[r.composed.ingress ?? r.composed.lead.length];
      return s && /^(Men|Däremot|Samtidigt) | däremot /.test(s.text) ? [`${r.municipality.name}: ${s.text}`] : [];
    });
    expect(bad).toEqual([]);
    expect(named("Ockelbo").markdown).toContain("Andelen e-postfrågor som besvaras inom en arbetsdag gick upp, från 73\u00A0procent 2018 till 78\u00A0procent 2019, ");
  });
});

describe("a run said 'även här' or 'även det'", () => {
  it("follows a run as long the same way right before it, not one further back ('den fjärde … , även här den femte' pointed past the fourth: Ydre, read AV)", () => {
    expect(named("Ydre").markdown).not.toMatch(/den fjärde förbättringen i rad\.( [^.]*\.)? [^.]*(även här|även det|också där) den femte/);
    for (const r of releases) {
      const text = r.markdown.replace(/\*\*/g, "");
      for (const m of text.matchAll(/den (\p{L}+) (förbättringen|försämringen) i rad\.(?: [^.\n]*\.)? [^.\n]*(?:även här|även det|också där) den (\p{L}+) (förbättringen|försämringen) i rad/gu)) expect(m[1], r.municipality.name).toBe(m[3]);
    }
  });
});

describe("a worst-ever by a hair far better than riket", () => {
  it("is not the lead's counterweight: Kalmar's bemötande at 94 procent, first in its group, read as a weakness beside its group place (read BA)", () => {
    const lead = named("Kalmar").composed.lead.slice(0, named("Kalmar").composed.ingress ?? 99);
    expect(lead.some((s) => s.claims.includes("bemotande.record"))).toBe(false);
    // (A second "Årets resultat" in the paragraph says the year since A/B read AB62.)
    expect(named("Kalmar").markdown).toMatch(/Det är Kalmars sämsta resultat hittills[^.]*\. (Årets resultat|Resultatet 2019) är ändå klart bättre än både riket/);
  });

  it("an equal value is 'i nivå med' riket, not 'i stort sett i nivå med' (Vetlanda: 6 timmar against 6; read AZ)", () => {
    expect(named("Vetlanda").markdown).toMatch(/(Svarstiden på e-post är|\. Den är|är svarstiden) i nivå med både rikssnittet och [^()]+ \(6 och [\d,]+\u00A0timmar\)/);
  });
});

describe("a place right after its measure's value", () => {
  it("does not give the value again ('… till 63 procent 2019 … hör till de tio sämsta …, med 63 procent 2019': Gullspång, read AZ)", () => {
    expect(named("Gullspång").composed.lead.map((s) => s.text).join(" ")).toMatch(/Gullspång hör till de tio sämsta i landet när det gäller e-postsvaren inom en arbetsdag(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\) 2019)?\./);
    expect(named("Gullspång").composed.lead.map((s) => s.text).join(" ").match(/63\u00A0procent 2019/g)?.length).toBe(1);
  });

  it("a count of records never says 'med störst marginal för' two measures of different units (Kalix: hours beside points; read AZ)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/med störst marginal för/);
  });
});

describe("a municipality's name in the rewrites of the lead", () => {
  it("is matched as written, whatever characters it has (a name with '[' broke the regular expression of the mirrored-record rewrite)", () => {
    const m = dataset.municipalities.find((x) => x.name === "Norrköping");
    if (!m) throw new Error("Norrköping saknas i exempeldata");
    const renamed = { ...m, name: "Norrköping [test" };
    const data = { ...dataset, municipalities: dataset.municipalities.map((x) => (x === m ? renamed : x)) };
    const r = generateRelease(data, renamed, { resources, ranks: computeRanks(data, data.survey.year) });
    expect(r.composed.lead.map((s) => s.text).join(" ")).toContain("Svarstiden i Norrköping [test är därmed den kortaste hittills, men den är fortsatt längre än rikssnittet (6\u00A0timmar).");
  });
});

describe("figures in a sentence (read BB: 'med 6 procentenheter, till drygt åtta av tio (82 procent)' is three)", () => {
  it("a change told by its difference gives this year's value without approximate words", () => {
    const three = /med [\d,]+\u00A0procentenhet(er)?, till [^.()]*\(\d+\u00A0procent\)/;
    for (const r of releases) expect(r.claims.sentences.filter((s) => three.test(s.text)).map((s) => s.text), r.municipality.name).toEqual([]);
    // Hofors' bemötande: "sjönk med 2 procentenheter, till 81 procent 2019", not "till drygt åtta av tio (81 procent)".
    expect(named("Hofors").markdown).toMatch(/sjönk med 2\u00A0procentenheter, till 81\u00A0procent 2019/);
  });

  it("two references with one verdict give their figures together after both names, in their order (Huddinge: 'bättre än både riket och kommungruppen (55 och 57 procent)')", () => {
    const apart = /både [^().]+ \(\d+(,\d+)?\u00A0(\p{L}+)\) och [^().]+ \(\d+(,\d+)?\u00A0\2\)/u;
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(apart);
    // One word for both averages in one "både" (read BD: "både snittet i riket och genomsnittet för …", Skurup).
    // And the word once (read CA: "både genomsnittet i riket och genomsnittet för likvärdiga kommuner").
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/både (snittet|genomsnittet) i riket och (genomsnittet|snittet) /);
    expect(named("Huddinge").markdown).toMatch(/(Resultatet|Huddinges resultat|Årets resultat) är klart bättre än både riket och (kommungruppen|likvärdiga kommuner) \(55 och 57\u00A0procent\)\./);
    // Not joined when the units differ ("1 timme" and "1,5 timmar"), or when each reference has its own verdict.
    expect(pairedFigures("kortare än både riket (1\u00A0timme) och kommungruppen (1,5\u00A0timmar)")).toBe("kortare än både riket (1\u00A0timme) och kommungruppen (1,5\u00A0timmar)");
    expect(pairedFigures("bättre än riket (84\u00A0procent) och sämre än kommungruppen (86\u00A0procent)")).toBe("bättre än riket (84\u00A0procent) och sämre än kommungruppen (86\u00A0procent)");
  });
});

describe("a record and a run on one change", () => {
  it("join with 'och', not as two appositions in a row (read BB: '…, Stockholms sämsta resultat i alla mätningar sedan 2014, en försämring för tredje året i rad')", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(hittills|sedan \d{4}), (en|den|vilket är den) [^,.]* i rad/);
    expect(named("Mönsterås").markdown).toContain("Mönsterås bästa resultat hittills och en förbättring för fjärde året i rad.");
  });
});

describe("a count of records beside a place among the ten best (reads BC and BD)", () => {
  it("headlines the count when most records are strengths, unless another measure is among the weakest (Vellinge); half of them behind riket, the place headlines (Katrineholm, reads EV, EW, EX)", () => {
    // Katrineholm: best yet on four of five, tillgängligheten by a point (45 → 46 procent) and two of the four
    // worse than riket; "slår sina egna rekord på fyra av fem mått" read as an overclaim.
    const k = named("Katrineholm");
    expect(k.claims.headline).toMatch(/fjärde plats i landet/);
    // The count is in the ingress, after the place and before the turn to tillgängligheten (reads FT and FX scored it 3
    // in the paragraph under the ingress).
    const ingress = k.composed.lead.slice(0, k.composed.ingress ?? k.composed.lead.length).map((s) => s.text);
    expect(ingress[1]).toMatch(/^[Pp]å alla mått utom bemötandet i telefon når Katrineholm sitt bästa resultat hittills/);
    expect(ingress.join(" ")).toMatch(/kontakt med en handläggare[^.]*46\u00A0procent[^.]*\. [^.]*klart sämre än både riket/);
    // (Its place alone near the bottom, said as a place since read LO.)
    expect(named("Vellinge").claims.headline).toMatch(/e-postsvaren femte sämst/);
    let seen = 0;
    for (const r of releases.filter((x) => x.claims.plan?.angle === "records")) {
      seen++;
      const kind = /sämsta/.test(r.claims.headline) ? "worst" : "best";
      const records = r.claims.indicators.filter((i) => i.record?.kind === kind);
      const behind = records.filter((i) => i.vsNational === (kind === "best" ? "worse" : "better") || i.vsNational === (kind === "best" ? "much-worse" : "much-better"));
      // (Unless the headline says riket's side too: "…, men efter riket på tre" (read GK).)
      if (/men (sämre än riket|svagare än riket|under rikssnittet|efter riket)/.test(r.claims.headline)) continue;
      expect(behind.length * 2, `${r.municipality.name}: ${r.claims.headline}`).toBeLessThan(records.length);
    }
    expect(seen).toBeGreaterThan(5);
  });

  it("never opens the count with 'Utom för …' (read BD: 'Utom för bemötandet i telefon är resultaten de bästa hittills' read as backwards)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/Utom för /);
  });
});

describe("'I {kommun} är …' (reads BC and BD: in nearly every other release, twice in some)", () => {
  it("opens at most one sentence of a release", () => {
    for (const r of releases) {
      const n = r.claims.sentences.filter((s) => s.text.startsWith(`I ${r.municipality.name} är `)).length;
      expect(n, r.municipality.name).toBeLessThanOrEqual(1);
    }
  });
});

describe("a record right after its change in the lead (read BD: six-sentence leads, three sentences for one measure)", () => {
  it("joins the change as an apposition, the years said from last year to this (Mörbylånga, Trosa)", () => {
    const lead = (name: string): string => named(name).composed.lead.map((s) => s.text).join(" ");
    expect(lead("Mörbylånga")).toContain("gick ner från 82\u00A0procent 2018 till 75\u00A0procent 2019, Mörbylångas sämsta resultat i mätningarna sedan 2014.");
    expect(lead("Trosa")).toMatch(/steg andelen som får kontakt med en handläggare inom en minut från 75\u00A0procent 2018 till 77\u00A0procent 2019, kommunens bästa resultat/);
    // (Unless the two would make a sentence of LONG_SENTENCE words or more: Tierp's 34 words read as overloaded, read EE.)
    for (const r of releases) {
      for (const s of r.composed.lead) {
        const m = / till [^,.]+ 2019, från [^,.]+ 2018\. Det är [^,.]+ (bästa|sämsta) [^,.]+\./.exec(s.text);
        // (Or a run with it: the change's two figures and the run's ordinal read as three figures, reads HG and HH.)
        if (m && !/ i rad\b/.test(s.text.slice(m.index))) expect(s.text.split(/\s+/).length, `${r.municipality.name}: ${s.text}`).toBeGreaterThanOrEqual(LONG_SENTENCE);
      }
    }
  });
});

describe("a run with years that moved by less than a change (read BF: Karlshamn's 'femte försämringen i rad' over 99, 98, 97, 85, 83, 80)", () => {
  it("is never counted as N changes in a row, which the fact box's threshold denies; the lead says the change since the first year", () => {
    for (const r of releases) {
      for (const ind of r.claims.indicators) {
        const s = ind.streak;
        const series = ind.series;
        if (!s || !series) continue;
        const years = Object.keys(series).map(Number).sort((a, b) => a - b).slice(-s.steps - 1);
        const steps = years.slice(1).map((y, i) => Math.abs((series[String(y)] ?? 0) - (series[String(years[i])] ?? 0)));
        const same = ind.unit === "percent" ? 2 : 1;
        if (steps.every((x) => x >= same - 1e-9)) continue;
        const told = r.claims.sentences.filter((x) => x.claims.includes(`${ind.id}.streak`)).map((x) => x.text);
        for (const t of told) expect(t, `${r.municipality.name} ${ind.id}`).not.toMatch(/i rad/);
      }
    }
    // Since reads HP and HQ the run is the latest real changes in a row: 97 → 85 → 83 → 80 is three, after 99 → 98 → 97
    // that the fact box calls unchanged. Never the five BF read.
    expect(named("Karlshamn").markdown).toMatch(/Försämringen är den tredje i rad(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\) 2019)?\./);
    expect(named("Karlshamn").markdown).not.toMatch(/(femte|fjärde) försämringen i rad/);
  });
});

describe("a response time's place in a two-sided headline (read BF: 'svarstiden nära botten' read as nearly the shortest)", () => {
  it("says short or long, never top or bottom", () => {
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/svarstiden (nära botten|i bottenskiktet|i landets topp|i toppskiktet)/);
    expect(named("Burlöv").claims.headline).toBe("Burlöv – svarstiden bland de längsta, men eget rekord för direktsvaren");
    // (Since read JB with its shared place: "bland de kortaste" read as vague.)
    expect(named("Hagfors").claims.headline).toMatch(/^Hagfors(:| –) svarstiden på delad tredjeplats/);
  });
});

describe("a turn right after a sentence that turned already (read LP: Skövde's worst bemötande ran on to its best response time with no link)", () => {
  it("opens with 'Däremot' and the verb before the measure, not a second 'Men'", () => {
    const ingress = (name: string): string => named(name).composed.lead.slice(0, named(name).composed.ingress).map((s) => s.text).join(" ");
    expect(ingress("Skövde")).toMatch(/men det ligger ändå i nivå med rikssnittet\. Däremot minskade den genomsnittliga svarstiden för e-post från 7,9\u00A0timmar 2018/);
    expect(ingress("Grästorp")).toMatch(/\. Däremot gick andelen som får kontakt med en handläggare inom en minut upp till 58\u00A0procent 2019/);
    // A measure that stood still turns on its own sentence, after a measure that moved (A/B read AB84: 6 pairs of 6).
    expect(ingress("Olofström")).toMatch(/\. Däremot var andelen som får ett direkt svar på en enkel fråga via telefon 44\u00A0procent 2019, samma som året innan\. Resultatet är klart sämre/);
    expect(ingress("Storfors")).toMatch(/\. Däremot var andelen som får kontakt med en handläggare inom en minut 50\u00A0procent 2019/);
    // (Not after one that stood still too, where the turn is the comparison's: Hammarö; nor after the lead's turn to
    // riket's count: Umeå.)
    expect(ingress("Hammarö")).not.toContain("Däremot var");
    expect(ingress("Umeå")).not.toContain("Däremot");
    // A turned sentence that leaves the ingress goes back to its own order: without "Däremot", "Sjönk andelen … med 2
    // procentenheter" would read as a question. Every sentence of the example releases that opens with a measure and a
    // verb makes the round trip.
    let turned = 0;
    for (const r of releases) {
      for (const s of whole(r)) {
        for (const f of r.analysis.findings) {
          const t = däremotFirst(s.text, f);
          if (t === undefined) continue;
          turned++;
          expect(t).toMatch(/^Däremot \p{Ll}+ \p{Ll}/u);
          expect(däremotDropped(t, r.analysis.findings), t).toBe(s.text);
        }
      }
    }
    expect(turned).toBeGreaterThan(100);
    // ("Men …" after "…, men …" read as the turn said twice.)
    for (const r of releases) expect(ingress(r.municipality.name), r.municipality.name).not.toMatch(/ men [^.]*\. Men /);
  });
});

describe("the source on the ingress's last sentence (A/B read AB83 preferred it to a sentence of its own in 11 pairs of 11)", () => {
  it("rides on a short last sentence when neither the first nor the second can carry it (Hörby, Lycksele)", () => {
    const ingress = (name: string): string[] => named(name).composed.lead.slice(0, named(name).composed.ingress).map((s) => s.text);
    expect(ingress("Hörby").at(-1)).toMatch(/^Därmed tog två år av förbättring slut, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\) 2019\.$/);
    expect(ingress("Lycksele").at(-1)).toMatch(/^På alla fem mått har Lycksele förbättrat resultatet sedan 2018, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet/);
    // Never on last year's place: "Året innan delade Karlshamn förstaplatsen i landet, enligt … 2019" credited a 2018
    // rank to the 2019 survey (read LR).
    for (const r of releases) for (const s of r.composed.lead) if (s.claims.some((c) => c.endsWith(".previousRank"))) expect(s.text, r.municipality.name).not.toMatch(/(visar|enligt|framgår det av) Kommunens Kvalitet/);
    expect(named("Karlshamn").composed.lead.map((s) => s.text)).toContain("Året innan delade Karlshamn förstaplatsen i landet.");
    // Never a source sentence after a last sentence that could have carried it.
    for (const r of releases) {
      const [before, last] = r.composed.lead.slice(0, r.composed.ingress).slice(-2);
      if (last === undefined || before === undefined || !/^(Siffrorna|Uppgifterna) /.test(last.text)) continue;
      // (Not on a ranking the release made itself, AB78.)
      const short = before.text.split(" ").length <= 20 && !/[,;:]|\)\.$/.test(before.text) && !before.claims.some((c) => /\.(changeRank|groupRank)$|^survey\./.test(c));
      expect(short, `${r.municipality.name}: ${before.text}`).toBe(false);
    }
  });
});

describe("a short name's share that barely moved (read LO: 'För tillgängligheten i telefon förändrades andelen knappt')", () => {
  it("says the share stayed about the same, in words a reader keeps", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toContain("förändrades andelen knappt");
    expect(named("Vingåker").markdown).toContain("För tillgängligheten i telefon var andelen i stort sett densamma: 35\u00A0procent 2019 mot 34\u00A0procent 2018.");
  });
});

describe("a place alone near the bottom in a two-sided headline (read LO: Ljusdal's 259th of 262 as 'bland de längsta')", () => {
  it("says its place from the bottom with 'sämst' or 'längst', as the ingress does", () => {
    expect(named("Ljusdal").claims.headline).toMatch(/^Ljusdal: svarstiden fjärde längst/);
    const ingress = (name: string): string => named(name).composed.lead.slice(0, named(name).composed.ingress).map((s) => s.text).join(" ");
    expect(ingress("Ljusdal")).toContain("fjärde sista plats i landet");
    expect(named("Göteborg").claims.headline).toMatch(/e-postsvaren fjärde sämst/);
    expect(named("Vellinge").claims.headline).toMatch(/e-postsvaren femte sämst/);
    // ("bemötandet näst sista i landet", "svarstiden tredje sista längst": the lead's word does not fit a side.)
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/sista (i landet|längst|sämst)/);
  });
});

describe("the paragraph under the ingress (read BK: 'bättre på fyra av fem mått' last, right after the one measure that did not improve)", () => {
  const under = (r: GeneratedRelease): string => /\*\*\n\n(?!\\\[|#)(.+?)\n\n/s.exec(r.markdown)?.[1] ?? "";
  it("opens with the counts across measures, before the lead's sentences the ingress had no room for (Fagersta, Gislaved, Staffanstorp)", () => {
    // (Fagersta's flat tillgänglighet went to its section after them: A/B read AB20.)
    expect(under(named("Fagersta"))).toMatch(/^Sedan 2018 har Fagersta blivit bättre på fyra av fem mått\. [^.]*två av fem mått[^.]*\. [^.]*\.$/);
    for (const name of ["Gislaved", "Staffanstorp"]) expect(under(named(name)).split(". ").slice(0, 2).join(". "), name).toMatch(/av fem mått/);
    // Everywhere: a release with counts across measures opens the paragraph with one of them.
    let counted = 0;
    for (const r of releases) {
      const first = r.composed.intro?.[0];
      if (!first) continue;
      counted += 1;
      expect(under(r).startsWith(first.text), r.municipality.name).toBe(true);
    }
    expect(counted).toBeGreaterThan(200);
  });
});

describe("a measure named twice in a row", () => {
  it("is not: 'För direktsvaren i telefon ökade andelen … För direktsvaren i telefon är Ale …' says 'Resultatet är …' the second time (Ale, Ljungby)", () => {
    for (const r of releases) {
      for (const block of [[...r.composed.lead, ...(r.composed.intro ?? [])], ...r.composed.sections.map((x) => x.sentences)]) {
        block.forEach((s, i) => {
          const m = /^För (\S+ \S+ \S+)/.exec(s.text);
          if (m && i > 0) expect(block[i - 1]?.text.startsWith(`För ${m[1]}`), `${r.municipality.name}: ${s.text}`).toBe(false);
        });
      }
    }
    // (Since read GH the lead's 75 procent is not repeated; since read GU the change is told by its size: "…
    // gick andelen upp med 5 procentenheter från 2018. Årets resultat är långt bättre …".)
    expect(named("Ale").markdown).toMatch(/förbättrades med 5\u00A0procentenheter från 2018\. Årets resultat är långt bättre än riket \(55\u00A0procent\)/);
  });
});

describe("a first or last place in the group beside the same measure's place in the country (read BK: Västervik's first place in its group told in the body only)", () => {
  it("is a clause of the ingress's place sentence, with the group's size", () => {
    const ingress = (r: GeneratedRelease): string => r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text).join(" ");
    // (Without the group's size where the sentence would reach 32 words: read EE.)
    expect(ingress(named("Västervik"))).toMatch(/83\u00A0procent 2019, (bäst av|bäst bland|främst bland) ((de 24[\s\u00A0])?kommunerna i kommungruppen( som deltog)?|de likvärdiga kommunerna)\./);
    expect(named("Västervik").markdown.match(/kommungruppen som deltog/g)?.length ?? 0).toBeLessThanOrEqual(1);
    // (Falun's third-last place, shared by seven, is said by how few are worse (read EZ); since read GV its last place
    // in the group follows after a semicolon, which Heby, Katrineholm and Kiruna had left under the ingress.)
    expect(ingress(named("Falun"))).toMatch(/34\u00A0procent 2019, och bara två kommuner i landet har ett sämre resultat; [^.]*(kommungruppen|likvärdiga kommunerna)[^.]*Falun[^.]*svagast|34\u00A0procent 2019, och bara två kommuner i landet har ett sämre resultat; [^.]*Falun[^.]*svagast[^.]*kommungruppen/);
    expect(ingress(named("Katrineholm"))).toMatch(/; [^.]*(kommungruppen|likvärdiga kommunerna)[^.]*Katrineholm[^.]*bäst|; Katrineholm är också bäst/);
    // A clause after a comma keeps under 32 words (read EE); after a semicolon it may run three more.
    for (const r of releases) for (const s of r.composed.lead) if (/(bäst|först|svagast|sist) (av|bland) ((de \d+[\s\u00A0])?kommunerna i kommungruppen|de likvärdiga kommunerna)/.test(s.text) && /i landet/.test(s.text)) expect(s.text.split(/\s+/).length, r.municipality.name).toBeLessThan(s.text.includes("; ") ? 35 : 32);
  });
});

describe("read BL", () => {
  it("never hangs the municipality on the measure's name: 'inom 60 sekunder i Vingåkers kommun' read as part of the measure", () => {
    for (const r of secondsReleases) expect(r.markdown, r.municipality.name).not.toMatch(/sekunder i [A-ZÅÄÖ]/);
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/minut i [A-ZÅÄÖ]/);
    // Nor the year before the place: "… var 36 procent 2019 i Eslöv" read as backwards (read IF).
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/\d{4} i \p{Lu}\p{L}+( kommun| stad)?, /u);
    expect(named("Vingåker").composed.lead[0]?.text).toBe("Andelen som får kontakt med en handläggare inom en minut var 35\u00A0procent 2019, och bara nio kommuner i landet har ett sämre resultat än Vingåkers kommun.");
    expect(named("Boden").markdown).toContain("Den genomsnittliga svarstiden för e-post var 2,7\u00A0timmar 2019, och Boden är bäst av de 20\u00A0kommunerna i kommungruppen som deltog.");
  });

  it("says no 'Årets resultat' for a municipality measured for the first time: there is no earlier year to set it against (Orsa)", () => {
    const first = releases.filter((r) => r.analysis.findings.every((f) => f.previous === null));
    expect(first.map((r) => r.municipality.name)).toContain("Orsa");
    for (const r of first) expect(r.markdown, r.municipality.name).not.toMatch(/Årets resultat/);
  });
});

describe("a long run of rises on a measure just behind riket (read BL: Staffanstorp's fifth rise in a row, 54 → 80 procent against riket's 84, told only in its section)", () => {
  it("is news for the ingress; a gap said 'något sämre' does not demote it", () => {
    const s = named("Staffanstorp");
    expect(s.composed.lead.slice(0, s.composed.ingress).map((x) => x.text).join(" ")).toMatch(/e-postfrågor[^.]*80\u00A0procent 2019[^.]*(\. Det är [^.]*)?femte (förbättringen|året) i rad/);
    const run = s.claims.plan?.indicators.find((i) => i.id === "epost-en-dag")?.time.find((t) => t.kind === "streak");
    expect(run?.demoted).toBeUndefined();
    // A run well behind riket is still told beside the gap, not as the lead's news (Höganäs' tillgänglighet, 46 against 60).
    expect(named("Höganäs").claims.plan?.indicators.find((i) => i.id === "tillganglighet")?.time.every((t) => t.kind !== "streak" || t.demoted === true)).toBe(true);
  });
});

describe("read BM", () => {
  it("a second measure at its best and ahead of riket joins a lead about one best (Ekerö: 3,3 timmar, down 1,6)", () => {
    const e = named("Ekerö");
    expect(e.composed.lead.slice(0, e.composed.ingress).some((s) => s.claims.includes("epost-svarstid.record"))).toBe(true);
  });

  it("says how far from riket in the words of the scale: no ungraded 'långt från rikssnittet' beside a body's 'klart sämre' (Bromölla, Berg)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/långt från rikssnittet/);
    expect(named("Bromölla").composed.lead.map((s) => s.text).join(" ")).toMatch(/bästa resultat[^.]*, men (fortfarande |fortsatt )?(klart under|klart sämre än) rikssnittet(?: \([^)]*\))?\./);
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/men ännu klart/);
  });
});

describe("every record the data holds (read BN: Vännäs' response time, 8,4 → 7,1 timmar and its best, was told only as a third rise in a row)", () => {
  it("is told somewhere in the release: in the lead, under it, in its section or in a count", () => {
    for (const r of releases) {
      for (const ind of r.claims.indicators) {
        if (!ind.record) continue;
        expect(r.claims.sentences.some((s) => s.claims.includes(`${ind.id}.record`)), `${r.municipality.name} ${ind.id}`).toBe(true);
      }
    }
    expect(named("Vännäs").markdown).toMatch(/till 7,1\u00A0timmar 2019, Vännäs bästa resultat hittills/);
  });
});

describe("read BO", () => {
  it("a year's step told on its own after a place takes the measure's best yet (Huddinge: 98 procent, up 19, its best)", () => {
    const h = named("Huddinge");
    expect(h.composed.lead.slice(0, h.composed.ingress).map((s) => s.text).join(" ")).toMatch(/Det är 19\u00A0procentenheter bättre än året innan och (därmed )?det bästa (resultatet )?hittills\./);
    expect(h.composed.sections.flatMap((x) => x.sentences).some((s) => s.claims.includes("epost-en-dag.record"))).toBe(false);
  });
});

describe("read BO: a crossing of riket", () => {
  it("says where the measure was the year before: 'nu sämre än rikssnittet' left the reader to guess (Täby)", () => {
    expect(named("Täby").composed.lead.map((s) => s.text).join(" ")).toMatch(/har andelen e-postfrågor som besvaras inom en arbetsdag gått från bättre till sämre än rikssnittet: 80\u00A0procent 2019 mot rikssnittets 84\u00A0procent\./);
  });
});

describe("read BQ", () => {
  it("no headline says 'bättre än någonsin': the data holds 2014–2019, not every year there was (Kumla, Skövde)", () => {
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/någonsin/);
    expect(named("Kumla").claims.headline).toMatch(/direktsvaren på sin bästa nivå$/);
  });
});

describe("read BP", () => {
  it("a last place in the group joins a place among the country's ten weakest as 'och sist bland …' (Ånge)", () => {
    const ingress = (r: GeneratedRelease): string => r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text).join(" ");
    expect(ingress(named("Ånge"))).toMatch(/34\u00A0procent 2019, bland de tio sämsta i landet och (sist bland|svagast av|svagast bland) ((de 31\u00A0)?kommunerna i kommungruppen( som deltog)?|de likvärdiga kommunerna)\./);
    // Not where the year went the other way: that sentence takes the rise (Storuman, read BT).
    expect(ingress(named("Storuman"))).toMatch(/12,9\u00A0timmar 2019, bland de tio sämsta i landet, [^.]*(förbättring|förbättrats) från 17,8\u00A0timmar 2018\./);
  });
});

describe("read BR: a best by a hair in a year without a real change", () => {
  it("is said as the best yet (with its margin), right after the measure's value, never as a record by a hair and never left out (Krokom, Vingåker)", () => {
    let told = 0;
    for (const r of releases) {
      for (const ind of r.claims.indicators) {
        if (ind.tie?.kind !== "best" || ind.record || !ind.series) continue;
        const now = ind.series[String(r.claims.year)];
        if (now === undefined || now === null || now === ind.tie.previous.value) continue;
        const s = r.claims.sentences.find((x) => x.claims.includes(`${ind.id}.tie`));
        if (!s) continue;
        told += 1;
        // (Reads BX, CA and CB: "i nivå med det bästa" hid that it is the highest yet. It is the best, "ändå" after a
        // year called no change, or with its margin over an older best.)
        // (A second such best in a release: "Även det …", "Också den siffran …", "Också det är …" (read LM).)
        // (Or "Det räcker till …" where a "Trots det" came two sentences before: read GZ, Skinnskatteberg.)
        expect(s.text, r.municipality.name).toMatch(/ändå|räcker till|bara [\d,]+\u00A0\S+ bättre än|^(Även det|Också den siffran|Också det är)/);
        // Whose best: "Båda åren ligger i nivå med det bästa hittills" read as the country's best (read BX: Vingåker).
        expect(s.text, r.municipality.name).toContain(r.municipality.name);
        expect(s.text, r.municipality.name).not.toMatch(/rekord|med knapp marginal/);
      }
    }
    expect(told).toBeGreaterThan(10);
    expect(named("Vallentuna").markdown).toMatch(/82\u00A0procent 2019(, i stort sett oförändrad från| mot) 81\u00A0procent 2018\. [^.]*ändå [^.]*Vallentunas bästa( resultat)? hittills\./);
  });
});

describe("reads BR and BT: a rise to a best yet, still behind riket, in a lead that says nothing else of the measure", () => {
  it("takes the record and riket's side as clauses of its sentence, not a record apart from its figures in the section (Ockelbo, Lomma)", () => {
    const o = named("Ockelbo");
    const s = whole(o).find((x) => x.claims.includes("epost-en-dag.changeClass"));
    // (Or "vilket fortfarande är …" in a sentence that turns already: onceDäremot, read AF.)
    expect(s?.text).toMatch(/till 78\u00A0procent 2019, [^,]*bästa[^,]*hittills[^,]*, (men (är|ligger) (fortfarande|fortsatt|alltjämt|ändå)|vilket fortfarande är) [^.]*rikssnittet(?: \([^)]*\))?\.$/);
    expect(whole(o).filter((x) => x.claims.includes("epost-en-dag.record"))).toEqual([s]);
    expect(whole(named("Lomma")).map((x) => x.text).join(" ")).toMatch(/till 53\u00A0procent 2019, Lommas bästa resultat hittills, men /);
  });
});

describe("read BV", () => {
  it("a record keeps 'Det är' when a time's comparison follows after its comma ('Den är Åstorps bästa resultat' read as a grammar fault)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/Den är (det )?[\p{L}-]+ (bästa|sämsta) resultat/u);
    expect(named("Åstorp").markdown).toMatch(/Det är Åstorps bästa resultat i alla mätningar sedan 2014, men svarstiden/);
  });
});

describe("reads BS, BU and BW: the fact box", () => {
  it("says the threshold behind 'i nivå med riket' and 'bättre än riket', from the data's compare thresholds", () => {
    for (const r of releases) {
      if (!r.analysis.findings.some((f) => f.vsNational !== null)) continue;
      // (In the release's own word for the group: read KX.)
      const word = r.composed.facts.some((s) => s.text.startsWith("Med kommungruppen avses")) ? "kommungruppen" : "likvärdiga kommuner";
      const refs = r.analysis.findings.some((f) => f.vsGroup !== null) ? `riket och ${word}` : "riket";
      const time = r.analysis.findings.some((f) => f.indicator.id === "epost-svarstid" && f.vsNational !== null);
      expect(r.composed.facts.map((s) => s.text), r.municipality.name).toContain(`Mot ${refs} krävs en skillnad på minst 3\u00A0procentenheter${time ? " (för svarstiden på e-post minst 1\u00A0timme)" : ""} för att ett resultat ska räknas som bättre eller sämre.`);
    }
  });
});

describe("read BX", () => {
  it("a headline never gives a shared place as its own ordinal ('svarstiden tredje kortast' where four share third place)", () => {
    const ORDINAL = /\b(andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)( sista)? (bäst|kortast|längst|plats)/;
    for (const r of releases) {
      const h = r.claims.headline;
      const m = ORDINAL.exec(h);
      if (!m || /\bdela[rd]\b/.test(h)) continue;
      // The measures whose place the headline tells.
      const ids = r.composed.headline.claims.filter((c) => c.endsWith(".rank")).map((c) => c.split(".")[0]);
      const tied = r.analysis.findings.filter((f) => ids.includes(f.indicator.id) && (f.rank?.tied ?? 1) > 1);
      expect(tied.map((f) => f.indicator.id), `${r.municipality.name}: ${h}`).toEqual([]);
    }
    // Shared, and said so (read JB).
    expect(named("Hagfors").claims.headline).toMatch(/^Hagfors(:| –) svarstiden på delad tredjeplats, men (bemötandet sämst|sämsta bemötandet) hittills$/);
  });

  it("a lead sentence holding the year's value and a place among the weakest adds last year's rise without last year's figure (Lycksele)", () => {
    const l = named("Lycksele").composed.lead[0]?.text ?? "";
    expect(l).toMatch(/73\u00A0procent 2019, [^,]*2018, men bara sju kommuner/);
    expect(l).not.toContain("70\u00A0procent");
    // The rise in figures goes to the section.
    expect(body(named("Lycksele")).some((s) => s.claims.includes("bemotande.change"))).toBe(true);
  });
});

describe("read BZ: a good place on a measure that went down", () => {
  it("says the fall in the place's sentence, when the lead tells nothing else of the measure (Kalmar: 'bäst i gruppen' for a year down to its lowest yet)", () => {
    // (Kalmar's place, in the year bemötandet fell to its lowest, left the lead with reads CH and CN; Landskrona's shared
    // tenth place, on direct answers down 2 points, keeps its sentence with the fall.)
    const k = named("Landskrona").composed.lead.find((s) => s.claims.includes("svar-pa-fragan.rank"));
    expect(k?.text).toMatch(/73\u00A0procent 2019, [^.]*(försämr|bättre 2018|nedgång|ner från året innan)[^.]*\.$/);
    // The section then gives the fall's size, without the lead's 73 procent again.
    const fall = body(named("Landskrona")).find((s) => s.claims.includes("svar-pa-fragan.change"))?.text;
    expect(fall).toMatch(/^(Jämfört med 2018 har direktsvaren i telefon försämrats|Direktsvaren i telefon försämrades) med 2\u00A0procentenheter( jämfört med 2018| från 2018)?\.$/);
    expect(named("Kalmar").composed.lead.some((s) => s.claims.includes("bemotande.groupRank"))).toBe(false);
    for (const r of releases) {
      for (const s of r.composed.lead) {
        const id = s.claims.find((c) => c.endsWith(".rank") || c.endsWith(".groupRank"))?.split(".")[0];
        const f = r.analysis.findings.find((x) => x.indicator.id === id);
        const item = r.claims.plan?.lead.find((i) => i.id === id && ["first", "shared-first", "top-ten", "group-first"].includes(i.fact ?? ""));
        if (!f || !item || !s.claims.includes(`${id}.value`) || !["declined", "strongly-declined"].includes(f.changeClass ?? "")) continue;
        const toldElsewhere = r.composed.lead.some((x) => x !== s && x.claims.some((c) => c === `${id}.changeClass` || c === `${id}.previous` || c === `${id}.record`));
        // (A sentence already long keeps its length: Strömsund's shared tenth place, 150 characters.)
        if (toldElsewhere || s.text.length > 140 || s.claims.some((c) => !c.startsWith(`${id}.`))) continue;
        expect(s.claims, `${r.municipality.name}: ${s.text}`).toContain(`${id}.changeClass`);
      }
    }
  });
});

describe("read CC: 'fortfarande' and 'fortsatt' against riket and the group", () => {
  it("say 'still' only of a reference the measure was on the same side of last year ('fortsatt sämre än … likvärdiga kommuner' for Karlskoga, level with its group in 2018, read as a wrong fact)", () => {
    const bad: string[] = [];
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)]) {
        const m = /\b(fortfarande|fortsatt|alltjämt) (?:något |klart |långt )?(sämre|bättre|längre|kortare)\b/.exec(s.text);
        const ids = [...new Set(s.claims.filter((c) => !c.startsWith("survey.")).map((c) => c.split(".")[0]))];
        const f = r.analysis.findings.find((x) => x.indicator.id === ids[0]);
        if (!m || ids.length !== 1 || !f) continue;
        const side = ["sämre", "längre"].includes(m[2] ?? "") ? -1 : 1;
        // (The group is named with "både" or, since read HD, without it after the paragraph's first pair.)
        const group = /likvärdiga|kommungrupp/.test(s.text) && new RegExp(`${m[0]} [^.]*\\b(både|och) [^.]*(likvärdiga|kommungrupp)`).test(s.text);
        const refs = [/riket|rikssnitt/.test(s.text) ? f.previousVsNational : undefined, group ? f.previousVsGroup : undefined];
        for (const c of refs) if (c !== undefined && (c === null || comparePolarity(c) !== side)) bad.push(`${r.municipality.name}: ${s.text}`);
        // "fortfarande långt" needs last year's gap as wide, "fortfarande klart" at least `strong` (read HE: Växjö was 19
        // points ahead of its group in 2018 and 20 in 2019).
        // (The degree is said of the references up to the next verdict: "fortsatt klart sämre än rikssnittet (60 procent)
        // och sämre än snittet för likvärdiga kommuner".)
        const dm = /\b(?:fortfarande|fortsatt|alltjämt) (klart|långt) /.exec(s.text);
        const degree = dm?.[1];
        const span = dm ? (s.text.slice(dm.index).split(/ (?:och|men) (?:något |klart |långt )?(?:sämre|bättre|längre|kortare|i nivå) /)[0] ?? "") : "";
        const need = degree === "långt" ? 2 * f.compareThresholds.strong : degree === "klart" ? f.compareThresholds.strong : 0;
        const before = [/riket|rikssnitt/.test(span) ? f.previousNational : undefined, /likvärdiga|kommungrupp/.test(span) ? f.previousGroup : undefined];
        for (const v of before) if (v != null && f.previous !== null && Math.abs(f.previous - v) < need) bad.push(`${r.municipality.name} (${degree}): ${s.text}`);
      }
    }
    expect(bad).toEqual([]);
    expect(named("Karlskoga").markdown).not.toMatch(/(fortsatt|fortfarande) sämre än både riket och likvärdiga kommuner \(60 och 57/);
    expect(named("Växjö").markdown).not.toMatch(/(fortsatt|fortfarande) långt bättre/);
  });
});

describe("read CE: a two-sided headline with good and bad news that does not fit 70 characters", () => {
  it("keeps both sides up to 76 rather than headline the good side alone (Torsås: its e-mail record over a fifth fall in a row to the lowest yet)", () => {
    const h = named("Torsås").claims.headline;
    expect(h).toMatch(/e-postsvaren/);
    expect(h).toMatch(/tillgängligheten/);
    // Every two-sided plan whose sides point opposite ways gets a headline that claims both measures.
    let both = 0;
    for (const r of releases) {
      const p = r.claims.plan;
      if (p?.angle !== "both" || new Set(p.headline).size < 2) continue;
      const ids = new Set((r.claims.sentences[0]?.claims ?? []).map((c) => c.split(".")[0]));
      // A low at riket's level may give way to the good side when both do not fit (Surahammar's response time at
      // its longest: "bottenläge" read as the bottom of the country, read EA; the lead tells it).
      const left = r.analysis.findings.filter((f) => p.headline.includes(f.indicator.id) && !ids.has(f.indicator.id));
      if (left.length > 0 && left.every((f) => f.vsNational === "level")) continue;
      // The bad side alone is no spin: Herrljunga's shared last place with "men direktsvaren fortsätter uppåt" is 82
      // characters; the lead tells the rise.
      // (Likewise Finspång's "ny bottennotering", whose other side, e-mail at its best by 9 points, does not fit.)
      if (left.length > 0 && /sista plats|bottenplats|nära botten|sämst|bottennotering/.test(r.claims.headline)) continue;
      both += 1;
      expect(p.headline.every((id) => ids.has(id)), `${r.municipality.name}: ${r.claims.headline}`).toBe(true);
    }
    expect(both).toBeGreaterThan(20);
  });
});

describe("read CD: a lead on one measure and a worst-ever reached by a real fall on another", () => {
  it("takes the worst-ever into the lead, however narrow (Ulricehamn: bemötandet 90 → 87 procent, its lowest yet by 1 point, had opened the body)", () => {
    const lead = named("Ulricehamn").composed.lead.slice(0, named("Ulricehamn").composed.ingress);
    expect(lead.some((s) => s.claims.includes("bemotande.record"))).toBe(true);
    // Not one by a hair far better than riket (Kalmar's 94 procent, first in its group: read BA).
    expect(named("Kalmar").composed.lead.some((s) => s.claims.includes("bemotande.record"))).toBe(false);
  });
});

describe("read EE: a long lead sentence", () => {
  it("is split where the change adds its record or run (Tierp: 34 words, 'vilket är den fjärde försämringen i rad och det sämsta resultatet hittills')", () => {
    expect(named("Tierp").composed.lead[0]?.text).toMatch(/från 88\u00A0procent 2018\. Det är den fjärde försämringen i rad och det sämsta resultatet hittills för Tierp\.$/);
    for (const r of releases) {
      r.composed.lead.forEach((s, i) => {
        if (s.claims.some((c) => c.startsWith("survey.")) || /^Det /.test(r.composed.lead[i + 1]?.text ?? "")) return;
        for (const part of s.text.split(/(?<=\.) (?=[A-ZÅÄÖ])/)) {
          if (part.split(/\s+/).length < LONG_SENTENCE || /, men (ligger|är|har) /.test(part)) continue;
          expect(part, r.municipality.name).not.toMatch(/, (vilket är )?(det (bästa|sämsta) |den \p{L}+ (förbättringen|försämringen)|en (förbättring|försämring) för )/u);
        }
      });
    }
  });
});

describe("reads EM and EN: a best at riket's level against the very bottom of the country", () => {
  it("is no headline side ('Töreboda – sista plats för svarstiden, men e-postsvaren bäst hittills' read as a contradiction); the release still tells it", () => {
    const r = named("Töreboda");
    expect(r.claims.headline).not.toMatch(/bäst hittills/);
    // The lead's other side is bemötandet's fourth rise in a row to its best, a stronger story than one step to a best
    // at riket's level (read GT found the run buried); e-post's best is told in its section.
    expect(r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text).join(" ")).toMatch(/87\u00A0procent 2019(, |\. Det är )den fjärde förbättringen i rad och Törebodas bästa nivå hittills\./);
    expect(body(r).map((s) => s.text).join(" ")).toMatch(/84\u00A0procent 2019, det bästa resultatet hittills för Töreboda\./);
    for (const x of releases) {
      const p = x.claims.plan;
      if (p?.angle !== "both") continue;
      const [a, b] = p.headline;
      const first = p.lead.find((i) => i.id === a)?.fact;
      const f = x.analysis.findings.find((y) => y.indicator.id === b);
      if (first === "last" || first === "bottom-three") expect(f?.vsNational === "level" && p.lead.some((i) => i.id === b && i.fact === "record"), `${x.municipality.name}: ${x.claims.headline}`).toBe(false);
    }
  });
});

describe("read EU: the country's largest change of a response time", () => {
  it("says it is counted in hours (Mörbylånga: 'Ingen annan kommun … lika mycket' after 'under en fjärdedel', where Tomelilla cut more as a share)", () => {
    let n = 0;
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...(r.composed.intro ?? []), ...r.composed.sections.flatMap((x) => x.sentences)]) {
        const id = s.claims.find((c) => c.endsWith(".changeRank"))?.split(".")[0];
        const f = r.analysis.findings.find((x) => x.indicator.id === id);
        if (f?.indicator.unit !== "hours" || !/Ingen annan kommun|största (förbättring|försämring)|mest i landet/.test(s.text)) continue;
        n += 1;
        expect(s.text, r.municipality.name).toMatch(/timmar räknat|räknat i timmar|med lika många timmar/i);
      }
    }
    expect(n).toBeGreaterThanOrEqual(2);
  });
});

describe("reads EG, EJ and EM: a count of lows that takes in measures among the country's ten best", () => {
  it("says they are still among the ten best, in the same sentence (Ljusdal: 'sämsta resultat hittills på alla mått utom direktsvaren' read as a collapse)", () => {
    const r = named("Ljusdal");
    const count = r.composed.lead.find((s) => /sämsta resultat hittills på alla mått utom/.test(s.text));
    // ("respektive": "nionde och delad åttonde" did not say which was whose, read JA.)
    expect(count?.text).toMatch(/tillgängligheten och bemötandet i telefon[^.]*nionde respektive delad åttonde plats/);
    // ("även om …" read as a non sequitur after the count: read JA.)
    expect(count?.text).toMatch(/, men /);
    expect(count?.claims).toEqual(expect.arrayContaining(["tillganglighet.rank", "bemotande.rank"]));
    for (const x of releases) for (const s of [...x.composed.lead, ...(x.composed.intro ?? [])]) {
      if (!/plats i landet|i landet ligger/.test(s.text) || !/sämsta (resultat|nivå)/.test(s.text)) continue;
      for (const id of s.claims.filter((c) => c.endsWith(".rank")).map((c) => c.split(".")[0])) expect(x.analysis.findings.find((f) => f.indicator.id === id)?.rank?.position, x.municipality.name).toBeLessThanOrEqual(10);
    }
  });
});

describe("reads EC and ER: a list of measures where some share a channel", () => {
  it("says the channel once, and the group that shares it first ('e-postsvaren inom en arbetsdag samt direktsvaren och tillgängligheten i telefon' read as hard to follow: Lessebo)", () => {
    expect(named("Lilla Edet").markdown).toMatch(/(direktsvaren och tillgängligheten|tillgängligheten och direktsvaren) i telefon samt svarstiden på e-post/);
    expect(named("Arvidsjaur").markdown).toMatch(/bemötandet och tillgängligheten i telefon samt e-postsvaren inom en arbetsdag/);
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(arbetsdag|på e-post) samt \S+ och \S+ i telefon/);
  });
});

describe("read EN: a shared last place in a headline side", () => {
  it("is the municipality's, not the measure's ('Herrljunga: e-postsvaren delar sista platsen' gave the place to the measure)", () => {
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/(svaren|tiden|bemötandet|tillgängligheten) delar sista platsen/);
    expect(named("Herrljunga").claims.headline).toMatch(/(delad (sista|botten)plats för e-postsvaren|e-postsvaren på delad sista plats|delad sista plats för e-postsvaren)/);
  });
});

describe("read EI: a list of best results with some by a hair", () => {
  it("says the narrow ones 'med knapp marginal', never ', och även för …, om än knappt' (Ljungby, Orust: unreadable aloud)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/, och även för [^.]*, om än knappt\./);
    expect(named("Orust").markdown).toMatch(/med knapp marginal[^.]*svarstiden på e-post/);
  });
});

describe("read EJ: two places among the ten best of equal news value", () => {
  it("the higher one headlines (Orust: shared third for the response time, not shared fourth for bemötandet)", () => {
    expect(named("Orust").claims.headline).toMatch(/svarstiden/);
    for (const r of releases) {
      const p = r.claims.plan;
      if (p?.angle !== "top-ten") continue;
      const head = r.analysis.findings.find((f) => f.indicator.id === p.headline[0]);
      const best = Math.min(...p.indicators.filter((i) => i.newsValue === p.indicators.find((x) => x.id === head?.indicator.id)?.newsValue && i.facts[0] === "top-ten").map((i) => r.analysis.findings.find((f) => f.indicator.id === i.id)?.rank?.position ?? 99));
      expect(head?.rank?.position, `${r.municipality.name}: ${r.claims.headline}`).toBe(best);
    }
  });
});

describe("read EH: a shared place below the first in the country", () => {
  it("names two others at most, and counts more ('med Stockholm, Knivsta, Uppsala och Gullspång' made a 35-word sentence: Köping)", () => {
    let n = 0;
    for (const r of releases) {
      for (const f of r.analysis.findings) {
        const others = f.rank?.sharedWith ?? [];
        if (!f.rank || f.rank.position === 1 || others.length <= 2) continue;
        n += 1;
        expect(r.markdown, r.municipality.name).not.toContain(`${others.slice(0, -1).join(", ")} och ${others.at(-1)}`);
      }
    }
    expect(n).toBeGreaterThan(3);
    expect(named("Köping").markdown).toContain("näst sista plats i landet med fyra andra kommuner");
    // A first place still names those it shares with (§3).
    expect(named("Flen").markdown).toMatch(/(första|förstaplatsen|första plats)[^.]* med [A-ZÅÄÖ]/);
  });
});

describe("read ED: a worst-ever in the lead that is still ahead of riket, as it was last year", () => {
  it("says so with the record (Ulricehamn's bemötande at its lowest, 87 against riket's 84, read as bad news without it)", () => {
    let n = 0;
    for (const r of releases) {
      const ingress = r.composed.lead.slice(0, r.composed.ingress);
      for (const [k, s] of ingress.entries()) {
        // One record told on its own (a count of records names several: Sundsvall).
        const records = s.claims.filter((c) => c.endsWith(".record"));
        const id = records.length === 1 ? records[0]?.split(".")[0] : undefined;
        const f = r.analysis.findings.find((x) => x.indicator.id === id);
        const rec = r.claims.indicators.find((x) => x.id === id)?.record;
        if (!f || rec?.kind !== "worst" || f.vsNational === null || comparePolarity(f.vsNational) <= 0 || f.previousVsNational === null || comparePolarity(f.previousVsNational) <= 0) continue;
        n += 1;
        // In the record's sentence or the next ("Årets resultat är fortsatt klart bättre än rikssnittet."), or the count's
        // largest gap right before it ("Längst före riket ligger Täby … Det är samtidigt Täbys sämsta resultat hittills").
        const ahead = /(bättre|kortare)( till)? än (rikssnittet|riket)|över rikssnittet|^Längst före riket/;
        expect([s, ingress[k + 1], ...(/^(Det|Med knapp|Samtidigt är resultatet|Resultatet är (ändå|dock|samtidigt|trots allt))/.test(s.text) ? [ingress[k - 1]] : [])].some((x) => x !== undefined && ahead.test(x.text)), `${r.municipality.name}: ${s.text}`).toBe(true);
      }
    }
    expect(n).toBeGreaterThanOrEqual(3);
    expect(named("Ulricehamn").composed.lead.map((s) => s.text).join(" ")).toMatch(/sämsta resultat[^.]*(, men|\. Resultatet är) (fortfarande|fortsatt|ändå) bättre än rikssnittet(?: \([^)]*\))?\./);
  });
});

describe("read ID: a narrow record's margin and riket's turn", () => {
  it("are two sentences, not three clauses on one record ('…, 1 procentenhet under kommunens tidigare bottennotering, om än i nivå med rikssnittet': Trosa)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(rekordet|rekord|bottennoteringen|bottennotering|bottenresultatet), (om än|men) /u);
    // (Riket's side without a figure now joins the fall before the record: read IX, below.)
    expect(named("Trosa").markdown).toMatch(/vilket är i nivå med rikssnittet\. Det är Trosas sämsta resultat i mätningen hittills, 1\u00A0procentenhet under kommunens tidigare bottennotering\./);
  });
});

describe("read CH: a count against riket over a year that went the other way", () => {
  it("says the year's count at the end of the ingress (Malmö: better than riket on four of five, worse than 2018 on three; reads DE and DG)", () => {
    const m = named("Malmö");
    expect(m.claims.plan?.angle).toBe("summary");
    const ingress = m.composed.lead.slice(0, m.composed.ingress).map((s) => s.text);
    expect(ingress[ingress.length - 1]).toBe("Men jämfört med 2018 är Malmös resultat sämre på tre av fem mått och bättre på ett.");
    expect(underIngress(m.composed).map((s) => s.text).join(" ")).not.toMatch(/sämre på tre av fem mått och bättre på ett/);
    const o = named("Österåker").composed;
    expect(o.lead.slice(0, o.ingress).map((s) => s.text).join(" ")).toMatch(/Men sedan 2018 har Österåker blivit bättre på tre av fem mått och sämre på ett\.$/);
  });
});

describe("read DC: a best by a hair the headline's count counted", () => {
  it("is said in its section after 'förändrades knappt' (Krokom's tillgänglighet, 63 → 64 procent), and a second says 'även' (Jokkmokk)", () => {
    expect(named("Krokom").markdown).toMatch(/64\u00A0procent 2019 mot 63\u00A0procent 2018\. (Det är ändå Krokoms bästa resultat hittills|Det räcker ändå till Krokoms bästa resultat hittills|Resultatet är ändå Krokoms bästa hittills)( och [^.]*)?\./);
    expect(named("Jokkmokk").markdown.match(/ändå Jokkmokks bästa/g) ?? []).toHaveLength(1);
    expect(named("Jokkmokk").markdown).toMatch(/4,2\u00A0timmar 2019 mot 4,3\u00A0timmar 2018\. (Även det|Också den siffran)[^.]*Jokkmokk[^.]*bästa resultat hittills\./);
  });
});

describe("read DG: a count against riket with one measure on the other side and none level", () => {
  it("names that measure (Nybro's response time, Vaxholm's bemötande)", () => {
    const intro = (name: string): string => (named(name).composed.intro ?? []).map((s) => s.text).join(" ");
    expect(intro("Nybro")).toMatch(/(Bara svarstiden på e-post är sämre än riket|alla mått utom svarstiden på e-post|men för svarstiden på e-post är resultatet sämre än rikets)/);
    expect(intro("Vaxholm")).toMatch(/(Bara bemötandet i telefon är sämre än riket|alla mått utom bemötandet i telefon|men för bemötandet i telefon är resultatet sämre än rikets)/);
  });
});

describe("read EB: a count against riket with two measures on the smaller side and none level", () => {
  it("names both in the count ('sämre på två' left the reader asking which: Perstorp, Herrljunga)", () => {
    let n = 0;
    for (const r of releases) {
      const s = r.claims.plan?.summary;
      if (!s || s.better + s.worse !== s.total || Math.min(s.better, s.worse) !== 2 || s.better === s.worse) continue;
      n += 1;
      const side = s.worse === 2 ? -1 : 1;
      const two = r.analysis.findings.filter((f) => f.vsNational !== null && comparePolarity(f.vsNational) === side);
      // The count that says both sides (a records lead's turn, "Men på tre av fem mått är resultatet sämre", says one).
      const count = [...(r.composed.intro ?? []), ...r.composed.lead].find((x) => x.claims.includes("summary.vsNational") && /bättre/.test(x.text) && /sämre/.test(x.text));
      if (!count) continue;
      // (One the ingress has given riket's verdict for is left to it, the other said with "även": countNamesNewOnly.)
      const said = new Set(r.composed.lead.slice(0, r.composed.ingress).flatMap((x) => x.claims));
      for (const f of two) if (!said.has(`${f.indicator.id}.vsNational`)) expect(count?.claims, `${r.municipality.name}: ${count?.text}`).toContain(`${f.indicator.id}.vsNational`);
      expect(count?.text, r.municipality.name).toMatch(side < 0 ? /sämre (än riket )?(även )?för |[Ff]ör [^.]* är resultatet sämre|ligger efter riket/ : /bättre (än riket )?(även )?för |[Ff]ör [^.]* är resultatet bättre/);
      // Straight word order: "Sämre än riket är …" and "Sämre är resultatet för …" read as inverted (reads EZ, FA).
      expect(count?.text, r.municipality.name).not.toMatch(/(^|\. )(Sämre|Bättre) (än riket är|är resultatet)/);
    }
    expect(n).toBeGreaterThan(10);
    expect(named("Perstorp").markdown).toMatch(/bättre än (riket|rikssnittet)[^.]*[.;,] [^.]*sämre[^.]*(tillgängligheten|bemötandet)[^.]*(tillgängligheten|bemötandet) i telefon/);
  });
});

describe("read DJ: a place in the group after a comparison with the group's average", () => {
  it("names its measure (Jokkmokk's bemötande, Kalmar's)", () => {
    expect(named("Jokkmokk").markdown).toMatch(/\(84\u00A0procent\)\. [^.]*(kommungruppen|likvärdiga kommunerna)[^.]*Jokkmokk (först|bäst) för bemötandet i telefon\./);
    expect(named("Jokkmokk").markdown).not.toMatch(/Bland kommunerna i kommungruppen är Jokkmokk bäst\./);
    expect(named("Kalmar").markdown).toMatch(/För bemötandet i telefon är Kalmar bäst av de 21\u00A0kommunerna|Kalmar (först|bäst) för bemötandet i telefon/);
  });
});

describe("reads JY and JZ (and HH, AB13–AB15 against DF): two references a point apart across a band's line", () => {
  it("give the gap once in figures, neither hiding a 20-point gap under 'klart' nor splitting it into two verdicts (Sorsele's tillgänglighet: 41 against 60 and 61 procent; Bjurholm, Eslöv, Åstorp)", () => {
    // (Without the references' figures, which made three in one sentence with the gap: read KX, Örebro.)
    expect(named("Sorsele").markdown).toMatch(/(omkring|ungefär|cirka) 20\u00A0procentenheter sämre än (både )?(riket|rikssnittet|riket som helhet) och (snittet för )?likvärdiga kommuner(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\) 2019)?\./u);
    expect(named("Bjurholm").markdown).toMatch(/(omkring|ungefär|cirka) 20\u00A0procentenheter sämre än (både )?(riket|rikssnittet|riket som helhet) och (snittet för )?likvärdiga kommuner(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\) 2019)?\./u);
    expect(named("Åstorp").markdown).toMatch(/(omkring|ungefär|cirka) 20\u00A0procentenheter bättre än (både )?(riket|rikssnittet|riket som helhet) och (snittet för )?likvärdiga kommuner\./u);
    expect(named("Örebro").markdown).toMatch(/cirka 10\u00A0procentenheter bättre än både riket som helhet och likvärdiga kommuner\./u);
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(omkring|ungefär|cirka) \d+\u00A0procentenheter [^.]*\(\d+ och \d+\u00A0procent\)/u);
    // No release grades one gap two ways: "klart sämre än riket (55 procent) och långt sämre än kommungruppen (56 procent)".
    const split = /(något |klart |långt )?(bättre|sämre) än [^(.]*\((\d+)\u00A0procent\) (och|men) (något |klart |långt )?(bättre|sämre) än [^(.]*\((\d+)\u00A0procent\)/gu;
    for (const r of releases) {
      for (const m of r.markdown.matchAll(split)) {
        if (m[2] !== m[6] || Math.abs(Number(m[3]) - Number(m[7])) > 1) continue;
        expect(m[1] ?? "", `${r.municipality.name}: ${m[0]}`).toBe(m[5] ?? "");
      }
    }
  });
});

describe("the ingress cap at 85 words (read DG: ingresses of about 90 words read as heavy)", () => {
  it("leaves a place among the ten weakest and a group place under a four-sentence ingress (Håbo, Jönköping), never below three (Ånge)", () => {
    const ingressOf = (name: string): string => {
      const c = named(name).composed;
      return c.lead.slice(0, c.ingress).map((x) => x.text).join(" ");
    };
    const under = (name: string): string => underIngress(named(name).composed).map((x) => x.text).join(" ");
    expect(ingressOf("Håbo")).not.toMatch(/e-postfrågor[^.]*tio sämsta/);
    expect(under("Håbo")).toMatch(/64\u00A0procent 2019, bland de tio sämsta i landet/);
    expect(ingressOf("Jönköping")).not.toMatch(/I kommungruppen är Jönköping bäst/);
    expect(under("Jönköping")).toMatch(/I kommungruppen är Jönköping bäst för svarstiden på e-post/);
    expect(ingressOf("Ånge")).toMatch(/34\u00A0procent 2019, bland de tio sämsta i landet/);
  });
});

describe("read DP: the fact box says what 'klart' and 'långt' mean", () => {
  it("where a release uses them, from the data's `strong` (10 procentenheter, 8 timmar for the response time), and only there", () => {
    // (Without the response time where a municipality has no result for it: Ljusnarsberg.)
    const fact = /I jämförelserna betyder ”klart” en skillnad på minst 10\u00A0procentenheter( \(för svarstiden på e-post minst 8\u00A0timmar\))? och ”långt” minst det dubbla\./;
    let seen = 0;
    for (const r of releases) {
      const uses = [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)].some((s) => /\b(klart|långt) (bättre|sämre|längre|kortare|över|under)\b/.test(s.text));
      const said = r.composed.facts.some((s) => fact.test(s.text));
      if (uses) seen += 1;
      expect(said, r.municipality.name).toBe(uses);
    }
    expect(seen).toBeGreaterThan(100);
  });
});

describe("read EZ: a place near the bottom that many share", () => {
  it("is said by how few are worse, not as a place shared with six others (Hedemora: 34 procent, seven at third-last)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/sista plats i landet med (fem|sex|sju|åtta|nio|\d+) andra kommuner/);
    expect(named("Hedemora").composed.lead[0]?.text).toMatch(/34\u00A0procent 2019[^.]*bara två kommuner i landet har ett sämre resultat/);
    // In the headline too: "Karlsborg på delad tredje sista plats" hid the seven (read FG).
    for (const name of ["Karlsborg", "Heby", "Falun"]) expect(named(name).claims.headline, name).toMatch(/(nära botten|bland (de|landets) sämsta)/);
    // A first place shared by many is still a first place (EDITORIAL §3).
    expect(named("Uppsala").composed.lead[0]?.text).toMatch(/förstaplatsen i landet med åtta andra kommuner/);
  });
});

describe("read FA: a headline's change says against what", () => {
  it("never 'tio procentenheter bättre för direktsvaren' (read as better than others, Smedjebacken 8 points behind riket) nor 'får sämre resultat för' (worse than what? Norrtälje)", () => {
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/procentenheter (bättre|sämre) för|får sämre resultat för/);
    expect(named("Smedjebacken").claims.headline).toBe("Smedjebacken: direktsvaren i telefon upp 10\u00A0procentenheter");
  });
});

describe("read FD: a count of one sentence under an ingress that gave its exception's verdict", () => {
  const intro = (name: string) => (named(name).composed.intro ?? []).map((s) => s.text).join(" ");
  // The exception says its side of riket (read IF: "Undantaget är …" did not say which way).
  const EXCEPTION = (mått: string, side = "efter"): RegExp => new RegExp(`^(${mått[0]?.toUpperCase()}${mått.slice(1)} är det enda mått där \\S+ ligger ${side} riket|Bara för ${mått} ligger \\S+ ${side} riket|Det enda mått där \\S+ ligger ${side} riket är ${mått})\\.$`);
  it("drops the clause's verdict ('… i nivå med rikets, men tillgängligheten i telefon är sämre' after 'men fortfarande sämre än rikssnittet': Vadstena, Jokkmokk) and names its measure as the count's exception", () => {
    const [vadstena, vException] = intro("Vadstena").split(/(?<=\.) /);
    expect(vadstena).toBe("På fyra av fem mått är Vadstenas resultat i nivå med rikets.");
    expect(vException).toMatch(EXCEPTION("tillgängligheten i telefon"));
    // (Jokkmokk's count of all but one says its exception in the same sentence since read JN.)
    expect(intro("Jokkmokk").split(/(?<=\.) /)[0]).toMatch(/alla mått utom direktsvaren i telefon/);
  });
  it("a count without its other side adds up: the measure the ingress compared is named as the exception, its verdict not said again (read IB: Habo, Lilla Edet)", () => {
    const [habo, exception, ...rest] = intro("Habo").split(/(?<=\.) /);
    expect(habo).toBe("På tre av fem mått är Habo bättre än riket och på ett ungefär lika bra.");
    expect(exception).toMatch(EXCEPTION("direktsvaren i telefon"));
    expect(rest).toEqual([]);
    // Two exceptions on either side of riket say which is which (read IC: Hammarö's "… är undantagen").
    const [, both] = intro("Hammarö").split(/(?<=\.) /);
    expect(both).toMatch(/e-postsvaren inom en arbetsdag[^.]*bättre[^.]*tillgängligheten i telefon[^.]*sämre|tillgängligheten i telefon ligger efter riket och e-postsvaren inom en arbetsdag före/iu);
    const WORDS: Record<string, number> = { ett: 1, två: 2, tre: 3, fyra: 4 };
    for (const r of releases) {
      for (const s of r.composed.intro ?? []) {
        const m = /(?<!\p{L})(ett|två|tre|fyra) av (fem|fyra|tre) mått(?!\p{L})/u.exec(s.text);
        if (!m || !s.claims.includes("summary.vsNational") || /\blika många\b/.test(s.text)) continue;
        const total = { fem: 5, fyra: 4, tre: 3 }[m[2] as "fem" | "fyra" | "tre"];
        const counted = [...s.text.matchAll(/(?<!\p{L})(ett|två|tre|fyra)(?!\p{L})/gu)].reduce((n, w) => n + (WORDS[w[1] ?? ""] ?? 0), 0);
        // The measures not counted are named (the five measures by their heads: "tillgängligheten och direktsvaren i telefon").
        const names = s.text.match(/(?<!\p{L})(tillgängligheten|direktsvaren|bemötandet|e-postsvaren|svarstiden)(?!\p{L})/giu) ?? [];
        expect(counted + names.length, `${r.municipality.name}: ${s.text}`).toBeGreaterThanOrEqual(total);
      }
    }
  });
});

describe("read FD: 'däremot' after a sentence that points the same way", () => {
  it("is left out ('men ändå sämre än rikssnittet. För tillgängligheten … är resultatet däremot klart sämre': Gislaved)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/sämre[^.]*\. [^.]*\bdäremot (klart |långt |något )?sämre/);
    expect(named("Gislaved").markdown).toContain("För andelen som får kontakt med en handläggare inom en minut är resultatet klart sämre än i riket");
  });
});

describe("reads FA and FC: 'oförändrad' agrees with its subject", () => {
  it("'Den genomsnittliga svarstiden … var 10,9 timmar 2019, i stort sett oförändrad', not 'oförändrat' (Tidaholm, Åre)", () => {
    let seen = 0;
    for (const r of releases) {
      expect(r.markdown, r.municipality.name).not.toMatch(/(andelen|svarstiden)[^.]*, i stort sett oförändrat/i);
      if (/(andelen|svarstiden)[^.]*, i stort sett oförändrad från/i.test(r.markdown)) seen += 1;
    }
    expect(seen).toBeGreaterThan(10);
  });
});

describe("read FA: a best still behind riket says 'sämre'", () => {
  it("never 'men ännu inte i nivå med rikssnittet', which read as a euphemism for worse (Torsby: 78 against 84 procent)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/inte i nivå med rikssnittet/);
  });
});

describe("read FA: a record split off its change keeps its owner", () => {
  it("never 'Det är det bästa resultatet i alla mätningar sedan 2014.' alone, which read as a record for the country (Svenljunga)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/Det är (det|den) (bästa|sämsta) (resultatet|nivån) (i alla|i samtliga|i mätningarna|under åren)/);
    expect(named("Svenljunga").markdown).toMatch(/Det är det bästa resultatet för Svenljunga i alla mätningar sedan 2014|till 62\u00A0procent 2019, kommunens bästa resultat (i alla mätningar sedan 2014|under åren 2014–2019)/);
  });
});

describe("read FA: the fact box says what 'kraftigt' and 'markant' mean", () => {
  it("where headline or text uses them about a change, from the data's change `strong` (10 procentenheter, 8 timmar), and only there", () => {
    const fact = /En förändring kallas kraftig eller markant när den är minst 10\u00A0procentenheter( \(för svarstiden på e-post minst 8\u00A0timmar\))?\./;
    let seen = 0;
    for (const r of releases) {
      const uses = [r.composed.headline, ...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)].some((s) => /\b(kraftig|kraftigt|kraftiga|markant)\b/.test(s.text));
      const said = r.composed.facts.some((s) => fact.test(s.text));
      if (uses) seen += 1;
      expect(said, r.municipality.name).toBe(uses);
    }
    expect(seen).toBeGreaterThan(20);
  });
});

describe("read DA: a verdict against riket said three times", () => {
  it("the count does not name a measure whose verdict the ingress gave (Lerum's direct answers, Härjedalen's tillgänglighet)", () => {
    const intro = (name: string): string => (named(name).composed.intro ?? []).map((s) => s.text).join(" ");
    expect(intro("Lerum")).toMatch(/^På tre av fem mått är Lerum bättre än riket och på ett ungefär lika bra\./);
    expect(intro("Lerum")).not.toMatch(/Bara för direktsvaren/);
    expect(intro("Härjedalen")).not.toMatch(/Bara för tillgängligheten/);
    for (const r of releases) {
      const c = r.composed;
      const said = new Set(c.lead.slice(0, c.ingress).flatMap((s) => s.claims.filter((x) => x.endsWith(".vsNational"))));
      const count = (c.intro ?? []).find((s) => s.claims.includes("summary.vsNational"));
      const named = count?.claims.filter((x) => x !== "summary.vsNational" && x.endsWith(".vsNational")) ?? [];
      // (A count of one sentence that names its one measure is the count itself: Vadstena.)
      const two = (count?.text.split(/(?<=\.) (?=\p{Lu})/u).length ?? 0) > 1;
      if (named.length > 0 && two) expect(named.every((x) => said.has(x)), `${r.municipality.name}: ${count?.text}`).toBe(false);
    }
  });
});

describe("riket once under the ingress", () => {
  it("the count against riket names every measure on a side, without an 'även' that leans on the ingress (reads FB, FC, FD: 'Boxholm är sämre än rikssnittet på tre av fem mått. Även för direktsvaren … bättre' read as a contradiction)", () => {
    const count = (r: GeneratedRelease) => (r.composed.intro ?? []).find((s) => s.claims.includes("summary.vsNational"));
    expect(count(named("Boxholm"))?.text).toMatch(/^Boxholm är sämre än rikssnittet på tre av fem mått\. För direktsvaren och bemötandet i telefon är resultatet bättre än rikets\.$/);
    for (const r of releases) {
      const s = count(r);
      if (s) expect(s.text, r.municipality.name).not.toMatch(/(^|\s)(även|Även)\s/);
    }
  });

  it("a lead sentence under the ingress leaves riket to the section when the count names the measure too (Kinda's direct answers: count, lead and section said 'sämre än rikssnittet')", () => {
    // (With the first section's opening: since read IK Kinda's direct answers open its Telefon section.)
    const under = (name: string): string => [...underIngress(named(name).composed), ...(named(name).composed.sections[0]?.sentences.slice(0, 2) ?? [])].map((s) => s.text).join(" ");
    // The verdict once after the count, with the record or with the figures, and the figures right after the record
    // (read FP: in the section it left the record without them). Since reads FX–GA the figures come without a verdict
    // when the record's clause said it.
    expect(under("Kinda").match(/klart sämre än (både )?riket|klart sämre än (både )?rikssnittet/g) ?? []).toHaveLength(1);
    // (Since read GG, with the record's verdict only: the group, 56 procent, is on riket's side.)
    expect(under("Kinda")).toMatch(/(Också den siffran|Det) är Kindas bästa (resultat )?hittills, men fortsatt klart sämre än rikssnittet( och kommungruppen)?(?: \([^)]*\))?\./);
    // (A record's riket beside it stays where the count does not name the measure: Mjölby's worst-ever, reads BR, BT.)
    expect(sectionText("Mjölby", "Telefon")).toMatch(/det sämsta hittills, men (fortfarande|fortsatt|alltjämt) bättre än rikssnittet(?: \([^)]*\))?\./);
    for (const r of releases) {
      const count = (r.composed.intro ?? []).find((s) => s.claims.includes("summary.vsNational"));
      const compared = new Set(body(r).flatMap((s) => s.claims.filter((c) => c.endsWith(".vsNational") && count?.claims.includes(c))));
      for (const s of r.composed.lead.slice(r.composed.ingress)) {
        const twice = s.claims.filter((c) => c.endsWith(".vsNational") && compared.has(c));
        expect(twice, `${r.municipality.name}: ${s.text}`).toEqual([]);
      }
    }
  });
});

describe("read CG: the count against riket with two measures behind", () => {
  it("names the two behind, not the one level (Lidingö's e-mail answers within a day, 18 points behind riket, were named only at the end of their section)", () => {
    const l = [...named("Lidingö").composed.lead, ...(named("Lidingö").composed.intro ?? [])].map((s) => s.text).join(" ");
    // ("klart" since read FY: both are `strong` behind riket.)
    expect(l).toMatch(/(För tillgängligheten i telefon och e-postsvaren inom en arbetsdag är resultatet (klart )?sämre än rikets|Lidingö är (klart )?sämre än riket för tillgängligheten i telefon och e-postsvaren inom en arbetsdag|Tillgängligheten i telefon och e-postsvaren inom en arbetsdag ligger (klart )?efter riket)\./);
    for (const r of releases) {
      const s = r.composed.intro?.find((x) => x.claims.includes("summary.vsNational"));
      if (!s || !/(För [^.]* är resultatet ((klart|långt) )?sämre än rikets|är ((klart|långt) )?sämre än riket för) | ligger ((klart|långt) )?efter riket\./.test(s.text) || /enda mått där|Bara för [^.]* ligger/u.test(s.text)) continue;
      // (A count's exception told in the ingress, named after the count, is not this sentence: read IF's side words.)
      const named2 = r.analysis.findings.filter((f) => s.claims.includes(`${f.indicator.id}.vsNational`));
      // (The two behind; with one better, that one too: Sigtuna, read DA.)
      expect(named2.filter((f) => f.vsNational !== null && comparePolarity(f.vsNational) < 0), `${r.municipality.name}: ${s.text}`).toHaveLength(2);
      expect(named2.filter((f) => f.vsNational !== null && comparePolarity(f.vsNational) > 0).length, `${r.municipality.name}: ${s.text}`).toBeLessThanOrEqual(1);
    }
  });
});

describe("read CN: the group's side after the lead gave riket's", () => {
  it("is not said when the group's average is riket's with the same verdict (Piteå: 'nästan dubbelt så lång som … (6 timmar)' twice)", () => {
    expect(named("Piteå").markdown.match(/nästan dubbelt så lång som/g) ?? []).toHaveLength(1);
    for (const r of releases) {
      const lead = new Set(r.composed.lead.flatMap((s) => s.claims));
      for (const f of r.analysis.findings) {
        if (f.group === null || f.group !== f.national || f.vsGroup !== f.vsNational || !lead.has(`${f.indicator.id}.national`)) continue;
        const again = body(r).filter((s) => s.claims.includes(`${f.indicator.id}.group`) && !s.claims.includes(`${f.indicator.id}.national`));
        expect(again.map((s) => s.text), r.municipality.name).toEqual([]);
      }
    }
  });
});

describe("reads CP, CQ and CR", () => {
  it("a multiple of riket after a best yet is 'ändå', never 'fortfarande' (Piteå: 2,5 times riket in 2018, nearly twice in 2019)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(fortsatt|fortfarande) (nästan |drygt |mer än |ungefär )?(dubbelt|[a-zåäö]+ gånger) så lång/);
    expect(named("Piteå").markdown).toMatch(/men svarstiden(?: på e-post)? är ändå nästan dubbelt så lång som rikssnittet/);
  });

  it("a crossing of riket names riket's figure as riket's, not as last year's (Täby: '80 procent 2019 mot 84 procent')", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/gått från [a-zäå]+ till [a-zäå]+ än rikssnittet: [^.]* mot \d+(,\d+)?\u00A0\S+\./);
    expect(named("Täby").markdown).toContain("80\u00A0procent 2019 mot rikssnittets 84\u00A0procent.");
  });

  it("no 'bottenrekord', 'bottenläge' or 'bottennotering' for a worst-ever in a headline side (reads CR and EA: read as the bottom of the country for Surahammar's response time at its longest, level with riket)", () => {
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/bottenrekord|bottenläge|(, men|–) [^,–]*bottennotering/);
    expect(named("Surahammar").claims.headline).toMatch(/^Surahammar(:| når| slår)? (eget rekord|bästa resultatet hittills|sitt bästa resultat hittills|sitt eget rekord) för tillgängligheten i telefon$/);
    expect(named("Surahammar").composed.lead.slice(0, named("Surahammar").composed.ingress).map((s) => s.text).join(" ")).toMatch(/svarstiden för e-post ökade[^.]*\. Det är det sämsta resultatet hittills för Surahammar, om än i nivå med rikssnittet/);
  });
});

describe("read CV: a count of best results yet over a year still behind riket on most measures", () => {
  it("headlines with riket's side, and riket's count is said once (Karlskoga: best yet on all five, behind riket on three; alone an overclaim to reads CV, EV, EW, EX, under the ingress buried to read GK)", () => {
    const k = named("Karlskoga");
    expect(k.claims.headline).toMatch(/rekord på alla fem mått.* men (sämre än riket|svagare än riket|under rikssnittet|efter riket) på tre$/);
    expect(k.composed.lead[0]?.text).toMatch(/^På alla fem mått är Karlskogas resultat det bästa hittills, (visar|framgår det av) /);
    expect(k.markdown.match(/sämre än rikssnittet på tre av fem mått|på tre av fem mått är resultatet sämre/g)?.length).toBe(1);
  });
});

describe("reads CK and CU: the country's largest change after a turn", () => {
  it("joins the turn's apposition with 'och', not a sentence of its own (Munkedal: 47 → 75 procent, the largest rise in the country, after three years of falls)", () => {
    const lead = named("Munkedal").composed.lead.map((s) => s.text);
    expect(lead[0]).toMatch(/en vändning efter tre års försämring och (den största förbättringen|landets största förbättring)[^.]*\.$/);
    expect(lead.some((t) => /^(Ingen annan kommun|Det är den största)/.test(t))).toBe(false);
  });
});

describe("read GN: a record headline for a time", () => {
  it("says the time is the shortest, not 'rekord', which could be the longest (Vårgårda: 'Nytt rekord för svarstiden på e-post'; Oskarshamn, Storfors)", () => {
    // (Oskarshamn's headline is its direct answers' record after a third rise since read HQ.)
    for (const name of ["Vårgårda", "Storfors", "Eksjö", "Mjölby"]) {
      const h = named(name).claims.headline;
      expect(h, name).toMatch(/kortat? svarstiden|svarstiden på e-post (den kortaste|kortare än något tidigare år)|bästa (uppmätta )?resultat[^,–]*svarstiden/);
      // Whose record: "Kortaste uppmätta svarstiden på e-post i Storfors" read as the country's shortest (read GO).
      expect(h, name).toMatch(/\bsitt\b|^Eget rekord i |^[^:]+: svarstiden på e-post kortare än något tidigare år$/);
      // The record said once: "Eget rekord i Mjölby: svarstiden på e-post den kortaste hittills" said it twice (read KU).
      expect(h, name).not.toMatch(/rekord.*hittills/);
      // A waiting time has no "nivå" (read GY: "Vårgårda når sin bästa nivå hittills för svarstiden").
      expect(h, name).not.toMatch(/nivå/);
      expect(h, name).not.toMatch(/Nytt rekord|[Kk]ortaste uppmätta/);
    }
  });
});

describe("read GL: a strong change told as 'also'", () => {
  it("says 'markant', not the comparison word 'klart' that the fact box keeps for gaps to riket (Mörbylånga: 'E-postsvaren inom en arbetsdag blev också klart bättre på ett år')", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/klart (bättre|sämre) på ett år/);
    expect(named("Mörbylånga").markdown).toMatch(/E-postsvaren(?: inom en arbetsdag)? (blev också markant bättre på ett år|förbättrades dessutom kraftigt|lyfte dessutom kraftigt)/);
  });
});

describe("read GK: a second turnaround as long as one told before", () => {
  it("does not say 'också', which opening a section pointed back over the heading to the lead (Tranås: 'Bemötandet i telefon bröt också en nedgång som pågått i fyra år')", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(bröt|vände|förbättrades|försämrades) också\b/);
    const tel = named("Tranås").composed.sections.find((s) => s.heading === "Telefon")?.sentences.map((s) => s.text) ?? [];
    expect(tel[0]).toMatch(/^(För bemötandet i telefon bröts en nedgång som pågått i fyra år|Bemötandet i telefon (vände (kraftigt )?uppåt efter fyra års nedgång|(förbättrades kraftigt|blev mycket bättre|förbättrades), efter fyra år i rad med sämre resultat))\.$/);
  });
});

describe("reads CJ and CV: several crossings of riket the same way", () => {
  it("say the second as a second, not the same pattern again (Hylte: three telephone measures from under riket to over it)", () => {
    const tel = named("Hylte").composed.sections.find((s) => s.heading === "Telefon")?.sentences.map((s) => s.text).join(" ") ?? "";
    expect(tel.match(/låg Hylte under riket/g) ?? []).toHaveLength(1);
    expect(tel).toMatch(/(Även|Också) [^.]*(över|bättre än|gått om) (riket|rikssnittet)|har också passerat (riket|rikssnittet)/);
    // (Not "Detsamma gäller …", which after a sentence on the group pointed at the wrong thing: read IM.)
    expect(tel).not.toMatch(/Detsamma gäller/);
  });
});

describe("words the reads of 2026-12-03 ruled out, over every example release", () => {
  const prose = (r: GeneratedRelease): string[] => [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)].map((s) => s.text);
  it("no 'uppgick till' (reads CF, CJ: stiff)", () => {
    for (const r of releases) expect(prose(r).join(" "), r.municipality.name).not.toMatch(/uppgick till/);
  });

  it("a response time is never 'förbättrat' by the municipality (read CG: Storfors, Vårgårda)", () => {
    for (const r of releases) expect(prose(r).join(" "), r.municipality.name).not.toMatch(/har förbättrat (den genomsnittliga )?svarstiden/);
  });

  it("a share's short name never 'har minskat/ökat med' since the first year (read CG: 'bemötandet i telefon har minskat')", () => {
    const short = /Sedan \d{4} har (bemötandet|tillgängligheten|direktsvaren|e-postsvaren)[^.,]* (minskat|ökat) med/;
    for (const r of releases) expect(prose(r).join(" "), r.municipality.name).not.toMatch(short);
  });

  it("no hedge on 'i nivå med' (read as a double hedge: reads CU, CV) and no stilted 'av alla år sedan 2014' (read CV)", () => {
    for (const r of releases) {
      const text = prose(r).join(" ");
      expect(text, r.municipality.name).not.toMatch(/\b(i stort sett|ungefär) i nivå med\b|ungefär samma nivå som både/);
      expect(text, r.municipality.name).not.toMatch(/av alla år sedan \d{4}/);
    }
  });

  it("one hedge per pair of sentences: no 'i stort sett/ungefär i nivå med' right after a sentence that hedged (read CA)", () => {
    for (const r of releases) {
      const texts = prose(r);
      texts.forEach((t, i) => {
        if (i > 0 && /\b(i stort sett|ungefär)\b/.test(texts[i - 1] ?? "")) expect(t, r.municipality.name).not.toMatch(/\b(i stort sett|ungefär) i nivå med\b/);
      });
    }
  });
});

describe("read FI: a fall told later in the lead says where it leaves the measure against riket", () => {
  it("still better than riket (Arboga: 94 → 90 procent against 84) or level with it (Vårgårda: 88 → 84)", () => {
    const lead = (name: string) => named(name).composed.lead.map((s) => s.text.replace(/\u00A0/g, " "));
    expect(lead("Arboga").find((t) => t.includes("bemötande"))).toMatch(/från 94 procent 2018 till 90 procent 2019, (men|vilket) [^.]*bättre[^.]* än rikssnittet(?: \([^)]*\))?\.$/);
    expect(lead("Vårgårda").find((t) => t.includes("bemötande"))).toMatch(/från 88 procent 2018 till 84 procent 2019, [^.]*i nivå med rikssnittet(?: \([^)]*\))?\.$/);
    // The first sentence, the headline's news, keeps its own clauses: Munkedal's turn and national extreme.
    expect(lead("Munkedal")[0]).toMatch(/vändning efter tre års försämring/);
  });
});

describe("read FI: of two runs or records as strong, the larger step leads", () => {
  it("Lessebo's direct answers, +8 for a fourth rise, before e-post's +5; Falun's e-post run before the response time", () => {
    const first = (name: string) => named(name).composed.lead[0]?.text ?? "";
    expect(first("Lessebo")).toMatch(/direkt svar[^.]*45\u00A0procent 2018/);
    expect(named("Trollhättan").claims.headline).toMatch(/tillgängligheten/);
    expect(named("Falun").composed.lead.map((s) => s.text).join(" ")).toMatch(/andelen e-postfrågor[^.]*(\. Det är [^.]*)?femte året i rad/);
  });
});

describe("read FK: a lead that opens with a record or a run on a measure far from riket the same way says the gap", () => {
  it("right after it, with riket's figure (Sundbyberg's direct answers at their best, 67 against 55 procent; Helsingborg's tillgänglighet)", () => {
    const lead = (name: string) => named(name).composed.lead.map((s) => s.text.replace(/\u00A0/g, " "));
    expect(lead("Sundbyberg")[0]).toMatch(/från 59 procent 2018 till 67 procent 2019/);
    expect(lead("Sundbyberg").slice(1, 3).join(" ")).toMatch(/klart bättre än både riket[^.]*\(55 och 57 procent\)/);
    // (Or, since read HQ, its third rise in a row, which the lead tells right after the record; riket's figure is then in
    // the section.)
    expect(lead("Helsingborg")[1]).toMatch(/klart bättre än både riket[^.]*\(60 och 61 procent\)|^För tillgängligheten( i telefon)? är det den tredje förbättringen i rad(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)( 2019)?)?\.$/);
    // Not under a count of records, which comes right after the first sentence (read AK).
    expect(lead("Ystad")[1]).toMatch(/bästa (resultat )?hittills/);
  });
});

describe("read FP: a best by a hair on a response time is 'kortare', never 'bättre' by hours", () => {
  it("gives the margin in the measure's own words (Älvsbyn: 6,8 against 6,9 timmar; Karlstad: 3,4 against 3,6)", () => {
    const all = releases.flatMap((r) => [...r.composed.lead, ...r.composed.sections.flatMap((s) => s.sentences)].map((s) => ({ name: r.municipality.name, text: s.text.replace(/\u00A0/g, " ") })));
    expect(all.filter((s) => /timmar (bättre|sämre) än (det tidigare|det förra|\d)/.test(s.text))).toEqual([]);
    const text = (name: string) => all.filter((s) => s.name === name).map((s) => s.text).join(" ");
    expect(text("Älvsbyn")).toMatch(/(Älvsbyns bästa resultat (hittills|så här långt)|det bästa resultatet hittills för Älvsbyn), 0,1 timmar kortare än (det tidigare rekordet|kommunens tidigare rekord|det gamla rekordet)/);
    expect(text("Karlstad")).toMatch(/0,2 timmar kortare än (det tidigare rekordet|kommunens tidigare rekord|det gamla rekordet)/);
  });
});

describe("read FP: a clause after a place is written, not spoken", () => {
  it("never ', fast resultatet …' or ', fast det är …' (Ljungby: 'med 71 procent 2019, fast resultatet har förbättrats från 69 procent 2018')", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/, fast (resultatet|det) /);
    // (Ljungby's, a turn "Men …", carries no such clause since read LL: Gislaved's first sentence does.)
    expect(named("Gislaved").markdown).toMatch(/med 15,4\u00A0timmar 2019, (även om resultatet har förbättrats från|även om den har förbättrats från|även om resultatet är bättre än) 17,1\u00A0timmar 2018/);
  });
});

describe("reads FO and FP: a record left under the ingress takes its measure's comparisons with it", () => {
  it("so its section is not left with a comparison and no figure (Strängnäs' and Strömstad's response time, Älvdalen's direct answers)", () => {
    const under = (name: string): string => underIngress(named(name).composed).map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    const sections = (name: string): string => body(named(name)).map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    expect(under("Strängnäs")).toMatch(/var 2,1 timmar 2019, (det bästa|Strängnäs bästa nivå) [^.]*hittills \(förra rekordet: 2,8 timmar 2017\)\. Svarstiden(?: på e-post)? är ungefär en tredjedel så lång som snittet i riket \(6 timmar\)\. Den är också mindre än hälften så lång som snittet för likvärdiga kommuner \(5,4 timmar\)\./);
    expect(sections("Strängnäs")).not.toMatch(/Svarstiden på e-post|Den är också/);
    // (Since read HQ, Älvdalen's direct answers tell their third rise in a row too, in their section: the comparison
    // still follows the record and its run.)
    expect(`${under("Älvdalen")} ${sections("Älvdalen")}`).toMatch(/till 62 procent 2019, det bästa resultatet (hittills )?för Älvdalen[^.]*\.( Förbättringen är den tredje i rad\.)? (För direktsvaren( i telefon)? är Älvdalen|Älvdalens resultat 2019 är) bättre än både rikssnittet och (kommungruppen|likvärdiga kommuner) \(55 och 57 procent\)\./);
    // Strömstad's e-mail section held that one sentence: the response time's change, record and riket go there together,
    // and no e-mail heading stands with nothing under it. (Under the ingress, read JE missed the E-post section.)
    // (Since read HD the group's average, nearer than riket's, is no longer said: it was riket's verdict again.)
    expect(body(named("Strömstad")).map((s) => s.text.replace(/\u00A0/g, " ")).join(" ")).toMatch(/11,3 timmar 2019[^.]*\. [^.]*nästan dubbelt så lång som rikssnittet \(6 timmar\)\.$/);
    for (const r of releases) for (const sec of r.composed.sections) expect(sec.sentences.length, `${r.municipality.name}: ${sec.heading}`).toBeGreaterThan(0);
    expect(named("Strömstad").markdown).not.toMatch(/## E-post\s+## /);
  });

  it("but not where the record's own clause said riket, nor where the section tells the change (Ockelbo, Tibro)", () => {
    const under = (name: string): string => underIngress(named(name).composed).map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    expect(under("Ockelbo")).not.toMatch(/rikssnittet(?: \([^)]*\))?\. För e-postsvaren inom en arbetsdag är Ockelbo sämre än både riket/);
    expect(under("Tibro")).not.toMatch(/sämsta nivå hittills i Tibro\. Det är sämre än riket/);
  });
});

describe("reads FL and FQ: a response time's best by a hair, still behind riket, stays out of the lead", () => {
  it("the lead tells the year's fall in hours and the gap to riket; the section tells the record with its margin (Karlshamn, Kalmar, Vaggeryd, Skellefteå)", () => {
    for (const name of ["Karlshamn", "Kalmar", "Vaggeryd", "Skellefteå"]) {
      const r = named(name);
      const lead = r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length);
      expect(lead.some((s) => s.claims.includes("epost-svarstid.record")), name).toBe(false);
      expect(lead.map((s) => s.text).join(" "), name).toMatch(/längre än (både )?rikssnittet/);
      expect(body(r).filter((s) => s.claims.includes("epost-svarstid.record")).map((s) => s.text).join(" "), name).toMatch(/\d\u00A0timmar kortare än (det tidigare rekordet|kommunens tidigare rekord|det gamla rekordet)/);
    }
  });
});

describe("reads FP and FS: records on every measure under a headline that says so", () => {
  it("riket is the headline's other side where it is ahead on every measure (Håbo), and the ingress opens with the count, then turns to the place (Håbo, Kungälv)", () => {
    expect(named("Håbo").claims.headline).toMatch(/^Håbo: rekord på alla fem mått – men (sämre än riket på samtliga|svagare än riket på alla|under rikssnittet på alla|efter riket på samtliga mått)$/);
    // Kungälv is ahead of riket on three: its place is the other side still.
    expect(named("Kungälv").claims.headline).toMatch(/bemötandet nära botten/);
    for (const [name, count] of [["Håbo", /^På alla fem mått är Håbos resultat det bästa hittills(?:, (?:visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)(?: 2019)?)?\.$/], ["Kungälv", /^Kungälvs kommun har sitt bästa resultat hittills på alla fem mått(?:, (?:visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)(?: 2019)?)?\.$/]] as const) {
      const lead = named(name).composed.lead.map((s) => s.text);
      expect(lead[0], name).toMatch(count);
      // (Håbo turns to riket first, the headline's other side, and then to the place: reads JG and JL.)
      if (name === "Håbo") expect(lead[1]).toMatch(/sämre än rikssnittet på (alla fem|samtliga) mått/);
      if (name === "Håbo") expect(lead[2]).toMatch(/^Andelen som upplever ett gott bemötande via telefon var 73\u00A0procent/);
      else expect(lead[1], name).toMatch(/^Men med 69\u00A0procent/);
    }
  });
});

describe("read FT: a response time on a headline's second side", () => {
  it("says it is longer than riket, never a bare 'men svarstiden längre', which read as 'got longer' (Norberg: 8,9 timmar both years)", () => {
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/svarstiden (längre|kortare)$/);
    expect(named("Norberg").claims.headline).toMatch(/– men svarstiden (är längre|i stället längre|längre än snittet)$/);
  });
});

describe("read FW: a count of records over a measure at its worst yet", () => {
  it("the headline says both: the count, and the measure that fell to its lowest (Perstorp, Åsele)", () => {
    const WORST = /men bemötandet (på sin sämsta nivå|sämre än alla tidigare år|på sin svagaste nivå)$/;
    expect(named("Perstorp").claims.headline).toMatch(/^Perstorp: (rekord|bästa resultaten hittills|egna rekord) på fyra av fem mått(,| –) men /);
    expect(named("Åsele").claims.headline).toMatch(/^Åsele: (rekord|bästa resultaten hittills|egna rekord) på tre av fem mått(,| –) men /);
    for (const name of ["Perstorp", "Åsele"]) {
      expect(named(name).claims.headline, name).toMatch(WORST);
      expect(named(name).claims.plan?.headline, name).toContain("bemotande");
    }
    // A worst-ever that riket puts in its place stays out of the headline (Ludvika's bemötande, still ahead of riket).
    expect(named("Ludvika").claims.headline).not.toMatch(/ men /);
  });
});

describe("reads FX and FT: under a place, the lead's strongest news the place's way", () => {
  it("takes another measure's clear best before the turn (Gagnef's response time at its best, 7 → 4,2 timmar, under a shared first place)", () => {
    const ingress = (name: string) => { const c = named(name).composed; return c.lead.slice(0, c.ingress ?? c.lead.length).map((s) => s.text).join(" "); };
    // (Since its third year at the top follows the place, the response time's best opens the paragraph under the
    // ingress: A/B read AB51 preferred the run there, in the ingress, narrowly.)
    // (Since A/B read AB59 it opens the E-post section.)
    const under = sectionText("Gagnef", "E-post");
    expect(ingress("Gagnef")).toMatch(/delad förstaplats[^.]*\. (Det är|För) tredje året i rad[^.]*\. Men andelen som upplever ett gott bemötande/);
    expect(under).toMatch(/Den genomsnittliga svarstiden för e-post[^.]*4,2\u00A0timmar 2019[^.]*\. Det är Gagnefs bästa resultat/);
  });

  it("of two bests as counterweight to a last place, takes the one far ahead of riket (Uppvidinge's e-mail answers at 94 procent, a fourth rise)", () => {
    const u = named("Uppvidinge");
    expect(u.claims.headline).toMatch(/bemötandet sämst i landet.* e-postsvaren/);
    expect(u.composed.lead.map((s) => s.text).join(" ")).toMatch(/^[^.]*landets svagaste resultat[^.]*52\u00A0procent 2019\. [^.]*sämsta resultat[^.]*\. Men andelen e-postfrågor som besvaras inom en arbetsdag ökade från 89\u00A0procent 2018 till 94\u00A0procent 2019/);
  });
});

describe("read FY: a first place in the group on the headline's measure", () => {
  it("is the last clause of the lead's comparison with the group, not a sentence under the ingress (Rättvik's direct answers)", () => {
    const c = named("Rättvik").composed;
    const ingress = c.lead.slice(0, c.ingress ?? c.lead.length).map((s) => s.text).join(" ");
    expect(ingress.replace(/\u00A0/g, " ")).toMatch(/kommungruppen \(55 och 57 procent\) och (bäst av|bäst bland|främst bland) (de 19 kommunerna i gruppen som deltog|kommunerna i gruppen)\./);
    expect((c.intro ?? []).map((s) => s.text).join(" ")).not.toMatch(/kommunerna i kommungruppen/);
  });
});

describe("read FY: the two measures a count names as worse than riket", () => {
  it("are 'klart' worse when both are `strong` behind, 'långt' when both are twice that (Skurup 12 and 10 points, Uppsala 24 and 22)", () => {
    const count = (name: string) => [...named(name).composed.lead, ...(named(name).composed.intro ?? [])].find((s) => s.claims.includes("summary.vsNational"))?.text ?? "";
    expect(count("Skurup")).toMatch(/(är|ligger) klart (sämre|efter)[^.]*tillgängligheten och direktsvaren i telefon|tillgängligheten och direktsvaren i telefon ligger klart efter/i);
    expect(count("Uppsala")).toMatch(/(är|ligger) långt (sämre|efter)/);
    // Lidingö's e-mail answers are 18 points behind, tillgängligheten 23: "klart" for both read as the lead's "långt"
    // said again in another word (reads GZ and HA; Strängnäs likewise), so no degree word where they differ.
    expect(count("Lidingö")).toMatch(/(är|ligger) (sämre|efter)/);
    expect(count("Lidingö")).not.toMatch(/(klart|långt) (sämre|efter)/);
    expect(count("Strängnäs")).not.toMatch(/(klart|långt) (sämre|efter)/);
  });
});

describe("read FY: a count of records whose lead tells one fact", () => {
  it("takes the counted measure farthest ahead of riket, by its value against riket's (Nacka's tillgänglighet, 72 against 60 procent)", () => {
    const c = named("Nacka").composed;
    const ingress = c.lead.slice(0, c.ingress ?? c.lead.length).map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    expect(ingress).toMatch(/(tillgängligheten i telefon|handläggare inom en minut)[^.]*klart bättre[^.]*72 procent mot 60 procent|klart bättre till än riket för (tillgängligheten i telefon|andelen som får kontakt med en handläggare inom en minut), med 72 procent mot rikssnittets 60 procent/);
    // Said once: the section does not compare it with riket again.
    expect(c.sections.flatMap((s) => s.sentences).filter((s) => s.claims.includes("tillganglighet.vsNational"))).toHaveLength(0);
  });
});

describe("read FY: the exception to a count against riket at its best yet", () => {
  it("says the record in the exception's sentence, and the body does not say it again (Örnsköldsvik's e-mail answers, 81 procent, its best)", () => {
    const r = named("Örnsköldsvik");
    const except = r.composed.lead.find((s) => /^Undantaget|undantaget|Det enda måttet/.test(s.text));
    expect(except?.text).toMatch(/81\u00A0procent[^.]*84\u00A0procent, (men det är ändå|men ändå|vilket ändå är) [^.]*bästa resultat[^.]* hittills[^.]*\.$/);
    expect(body(r).filter((s) => s.claims.includes("epost-en-dag.record"))).toHaveLength(0);
  });
});

describe("reads FX, FY, FZ and GA: the body does not say a third time what the lead and the count said (and read GB: not averages alone)", () => {
  it("does not say riket's verdict again, nor the group's on the same side (Lessebo's and Höganäs' tillgänglighet)", () => {
    // (Read GG found the group's side alone, "Direktsvaren i telefon är klart sämre än likvärdiga kommuner (56 procent).",
    // a loose sentence with no value of its own: the same side as riket is no news.)
    const sections = (name: string) => named(name).composed.sections.flatMap((s) => s.sentences);
    // (The group clearly apart on the same side is said as "även", anchored to the lead: read IC, Sollefteå and Bjuv.)
    for (const name of ["Lessebo", "Höganäs"]) {
      const s = sections(name).filter((x) => x.claims.some((c) => /^tillganglighet\.(vsGroup|vsNational)$/.test(c)));
      // (Without the "även" in a paragraph that has not compared the measure with riket: read IK.)
      expect(s.map((x) => x.text), name).toEqual([expect.stringMatching(/^[^.]*klart sämre (även )?än (kommungruppen|likvärdiga kommuner) \(\d+\u00A0procent\)\.$/)]);
      expect(s.flatMap((x) => x.claims), name).not.toContain("tillganglighet.vsNational");
    }
    let seen = 0;
    for (const r of releases) {
      const lead = new Set(r.composed.lead.flatMap((s) => s.claims));
      const intro = new Set((r.composed.intro ?? []).flatMap((s) => s.claims));
      for (const f of r.analysis.findings) {
        const id = f.indicator.id;
        // (With riket's figure or without: since read HD the lead gives it where the sentence has room.)
        if (!lead.has(`${id}.vsNational`) || !intro.has(`${id}.vsNational`) || (f.vsGroup !== null && f.vsGroup !== f.vsNational)) continue;
        seen++;
        const again = r.composed.sections.flatMap((s) => s.sentences).filter((s) => s.claims.includes(`${id}.vsNational`) && !s.claims.some((c) => /\.(changeClass|record|streak|previousVsNational)$/.test(c)));
        expect(again.map((s) => s.text), `${r.municipality.name}: ${id}`).toEqual([]);
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
});

describe("read FZ: a lead that tells one measure", () => {
  it("takes a share `strong` from riket on another measure (Sölvesborg's direct answers, 66 against 55 procent)", () => {
    const c = named("Sölvesborg").composed;
    const ingress = c.lead.slice(0, c.ingress ?? c.lead.length).map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    expect(ingress).toMatch(/direkt svar[^.]*klart bättre[^.]*66 procent mot 55 procent/);
  });
});

describe("read FZ: a lead that tells one measure, with no share far ahead", () => {
  it("takes a response time half riket's or less, as a multiple, never 'bättre' (Hofors: 2 timmar against 6)", () => {
    const c = named("Hofors").composed;
    const ingress = c.lead.slice(0, c.ingress ?? c.lead.length).map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    expect(ingress).toMatch(/svarstiden för e-post[^.]*(ungefär |knappt |drygt )?en tredjedel så lång som[^.]*2 timmar mot 6 timmar/i);
    expect(ingress).not.toMatch(/svarstiden[^.]*bättre/i);
  });
});

describe("the body after the lead's verdict against riket (every blind read: the body repeats the lead)", () => {
  it("never says riket's verdict a second time, and the group's only where it is the other side (Värmdö's bemötande)", () => {
    let seen = 0;
    for (const r of releases) {
      const top = [...r.composed.lead, ...(r.composed.intro ?? [])];
      for (const f of r.analysis.findings) {
        const id = f.indicator.id;
        // The lead (or the count under it) said the side of riket without riket's figure.
        // (Not the gap in points to both, which says the group too: Sorsele's "ungefär 20 procentenheter sämre än både …".)
        const verdict = top.some((s) => s.claims.includes(`${id}.vsNational`) && !s.claims.includes(`${id}.national`) && !s.claims.includes("summary.vsNational") && !/procentenheter (sämre|bättre|före|efter) /u.test(s.text));
        if (!verdict || top.some((s) => s.claims.includes(`${id}.national`))) continue;
        const again = body(r).filter((s) => s.claims.some((c) => c === `${id}.vsNational` || c === `${id}.vsGroup`) && !s.claims.some((c) => c.endsWith(".previousVsNational")));
        // The group on the other side of riket is news, said as a turn: "… är i nivå med riket men något sämre än
        // likvärdiga kommuner (56 procent)."
        const other = f.vsGroup !== null && f.vsNational !== null && comparePolarity(f.vsGroup) !== comparePolarity(f.vsNational);
        if (other) expect(again.map((s) => s.text).join(" "), r.municipality.name).toMatch(/ (men|och) [^.]*(likvärdiga kommuner|kommungruppen) \(/);
        // A group clearly apart on riket's side is said once, as "även" (read IC: Sollefteå's e-mail answers 13 points
        // behind their group); riket's verdict is not said again.
        // (And a group farther behind than riket, on the bad side: Torsby's 78 procent against 84 and 86, read II.)
        else if (f.vsGroup === "much-worse" || f.vsGroup === "much-better" || (comparePolarity(f.vsGroup ?? "level") < 0 && f.group !== null && f.national !== null && Math.abs(f.value - f.group) > Math.abs(f.value - f.national))) {
          // (In its section, or under the ingress with the lead's sentence it leans on: Lomma's tillgänglighet.)
          const group = [...(r.composed.intro ?? []), ...r.composed.lead.slice(r.composed.ingress), ...body(r)].filter((s) => s.claims.includes(`${id}.vsGroup`));
          expect(group.map((s) => s.text), r.municipality.name).toEqual([expect.stringMatching(/(bättre|sämre|längre|kortare) (även )?än ((snittet i )?kommungruppen|(snittet för )?likvärdiga kommuner) \(/)]);
          expect(again.filter((s) => s.claims.includes(`${id}.vsNational`)), r.municipality.name).toEqual([]);
        }
        else expect(again.map((s) => s.text), r.municipality.name).toEqual([]);
        seen++;
      }
    }
    // (Fewer since read HD, whose leads give riket's figure where the sentence has room: those are checked below.)
    expect(seen).toBeGreaterThan(40);
    // A lead that gave riket's figure with its verdict: the body says neither again (Alvesta, Upplands Väsby: read HD).
    let figured = 0;
    for (const r of releases) {
      for (const f of r.analysis.findings) {
        const id = f.indicator.id;
        const given = r.composed.lead.some((s) => s.claims.includes(`${id}.vsNational`) && s.claims.includes(`${id}.national`) && /(rikssnittet|snittet i riket|snittet i landet) \([^)]*\)\.$/.test(s.text));
        if (!given) continue;
        figured++;
        const again = body(r).filter((s) => s.claims.includes(`${id}.vsNational`) && !s.claims.some((c) => c.endsWith(".previousVsNational")));
        expect(again.map((s) => s.text), r.municipality.name).toEqual([]);
      }
    }
    expect(figured).toBeGreaterThan(50);
    // Värmdö's lead: "… sämsta resultatet … sedan 2014, om än i nivå med rikssnittet"; the group (83 procent) is level too.
    expect(body(named("Värmdö")).filter((s) => s.claims.some((c) => c.startsWith("bemotande.")))).toEqual([]);
  });
});

describe("read GH: openings alike", () => {
  it("a share's comparison after its best-yet-by-a-hair sentence does not open like the sentence before it (Vingåker: 'För tillgängligheten i telefon …' twice)", () => {
    const telefon = named("Vingåker").composed.sections.find((x) => x.heading === "Telefon")?.sentences.map((s) => s.text) ?? [];
    expect(telefon.filter((t) => t.startsWith("För tillgängligheten i telefon"))).toHaveLength(1);
    let seen = 0;
    for (const r of releases) {
      for (const { id, next } of comparedAfter(r, "tie")) {
        if (r.analysis.findings.find((x) => x.indicator.id === id)?.indicator.unit !== "percent") continue;
        expect(next.text, r.municipality.name).not.toMatch(/^För /);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(3);
  });

  it("the second of two counts in a row with the same count says 'lika många', or 'också' beside 'lika bra' (Aneby: 'fyra av fem mått' twice read as one template, read GH; 'bättre på lika många mått och ungefär lika bra på ett' as loose, reads GL and AB3: Ekerö, Nacka)", () => {
    expect((named("Aneby").composed.intro ?? []).map((s) => s.text).join(" ")).toMatch(/fyra av fem mått\. Aneby är bättre än rikssnittet på lika många mått\./);
    expect((named("Ekerö").composed.intro ?? []).map((s) => s.text).join(" ")).toMatch(/Ekerös resultat också bättre på fyra av fem mått och ungefär lika bra på ett\./);
    for (const r of releases) {
      const intro = r.composed.intro ?? [];
      intro.forEach((s, i) => {
        const count = /\b(\p{L}+) av (\p{L}+) mått\b/u.exec(intro[i - 1]?.text.split(". ").pop() ?? "")?.[0];
        if (count && s.text.includes(`på ${count}`)) expect(s.text, r.municipality.name).toMatch(/ också (bättre|sämre|i nivå)/);
        expect(s.text, r.municipality.name).not.toMatch(/lika många mått.*lika bra/);
      });
    }
  });
});

describe("read GH: the lead's value is not said again in the body", () => {
  it("a change whose value the lead gave is told against last year, never with this year's figure again (Ale's direct answers: 75 procent in the lead, '… upp med 5 procentenheter från 2018' in the body; last year's figure alone read as backwards, read GU)", () => {
    const telefon = named("Ale").composed.sections.find((x) => x.heading === "Telefon")?.sentences ?? [];
    const change = telefon.find((s) => s.claims.includes("svar-pa-fragan.changeClass"));
    expect(change?.text).toMatch(/med 5\u00A0procentenheter/);
    expect(change?.text).not.toMatch(/7[05]\u00A0procent/);
    let seen = 0;
    for (const r of releases) {
      const lead = new Set([...r.composed.lead, ...(r.composed.intro ?? [])].flatMap((s) => s.claims));
      for (const s of body(r)) {
        const id = s.claims.find((c) => c.endsWith(".changeClass"))?.split(".")[0];
        const f = r.analysis.findings.find((x) => x.indicator.id === id);
        if (!f || !lead.has(`${id}.value`) || lead.has(`${id}.previous`) || s.claims.includes(`${id}.value`) || f.previous === f.value) continue;
        // Against last year: the year; never this year's figure.
        expect(s.text, r.municipality.name).toMatch(/2018|[Åå]ret innan/);
        expect(s.text, r.municipality.name).not.toContain(formatValue(f.value, f.indicator.unit, "text"));
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(10);
  });
});

describe("read GK: a crossing says which side last year was on", () => {
  it("never 'har Haninge hamnat under rikssnittet (84 procent) sedan 2018', which reads as below since 2018 (Haninge had 99 procent)", () => {
    const bad = releases.flatMap((r) => [...r.composed.lead, ...body(r)].filter((s) => /(hamnat under|gått om|gått förbi) [^.;]*sedan 20\d\d/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
    expect(body(named("Haninge")).map((s) => s.text).join(" ")).toMatch(/hamnat under rikssnittet \(84\u00A0procent\); 2018 låg kommunen över\./);
  });
});

describe("reads GO and GP: a lead sentence the ingress had no room for, whose value its section gives again", () => {
  it("is told once, in its section, with the change that reached it (Tibro: 'Med 54 procent är även andelen … på sin sämsta nivå hittills' under the ingress, then '… sjönk med 3 procentenheter, till 54 procent 2019' in Telefon)", () => {
    const cases = [
      { name: "Tibro", figure: "54\u00A0procent", text: /^Andelen som får kontakt med en handläggare inom en minut sjönk med 3\u00A0procentenheter, till 54\u00A0procent 2019, det sämsta resultatet hittills för Tibro\.$/ },
      { name: "Oxelösund", figure: "9,6\u00A0timmar", text: /^Den genomsnittliga svarstiden för e-post minskade med 6,3\u00A0timmar, till 9,6\u00A0timmar 2019, Oxelösunds bästa resultat hittills\.$/ },
      { name: "Åstorp", figure: "78\u00A0procent", text: /^Andelen e-postfrågor som besvaras inom en arbetsdag ökade från 76\u00A0procent 2018 till 78\u00A0procent 2019(, |\. Det är )Åstorps bästa resultat hittills och den femte förbättringen i rad\.$/ },
    ];
    for (const { name, figure, text } of cases) {
      const r = named(name);
      expect(r.markdown.split(figure).length - 1, name).toBe(1);
      // It opens its section.
      expect(r.composed.sections.some((x) => text.test(x.sentences[0]?.text ?? "")), name).toBe(true);
    }
  });
});

describe("reads GO and GP: the same value as last year, after a lead that gave it", () => {
  it("says it is the same without the figure again ('För bemötandet i telefon var resultatet 97 procent även 2018' after Orust's 97 procent in the lead)", () => {
    const again = releases.flatMap((r) => body(r).filter((s) => /\d\u00A0(procent|timmar) även 20\d\d\./.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(again).toEqual([]);
    const orust = body(named("Orust")).map((s) => s.text.replace(/\u00A0/g, " "));
    expect(orust.some((s) => /^Bemötandet i telefon (är på samma nivå som|ligger kvar på samma nivå som|har inte förändrats sedan) 2018\.$/.test(s))).toBe(true);
    expect(named("Orust").markdown.match(/97\u00A0procent/g) ?? []).toHaveLength(1);
  });
});

describe("reads GO, GP and GQ: a headline's place near the bottom after good news", () => {
  it("says 'kvar' or 'fortfarande', never 'ändå' (Tranås: 'bemötandet lyfter kraftigt, men ändå nära botten'; A/B reads AB5 and AB6 preferred 'kvar')", () => {
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/ändå (nära botten|sist|på (delad )?sista plats|på \S+ sista plats|bland landets sämsta)/);
    expect(named("Tranås").claims.headline).toMatch(/men kvar nära botten i landet$/);
  });
});

describe("read GS: riket's side as the first half of the group's turn, after a lead that gave riket's verdict alone", () => {
  it("gives riket's figure, which the release otherwise never says (Munkfors: 'längre än snittet i riket men i nivå med … (7,2 timmar)', no 6 timmar anywhere)", () => {
    const md = named("Munkfors").markdown;
    // (Since read HD the lead's own clause gives it, and the body the group's side alone.)
    expect(md).toMatch(/längre än rikssnittet \(6\u00A0timmar\)\./);
    expect(md).toMatch(/Med 7,9\u00A0timmar är svarstiden på e-post i nivå med snittet (för likvärdiga kommuner|i kommungruppen) \(7,2\u00A0timmar\)\./);
  });
});

describe("read GT: the section's change after a lead that gave the year's value", () => {
  it("never says 'Årets resultat' twice in a row (Överkalix in A/B read AB7: 'Årets resultat är 10 procentenheter sämre än 2014 (40 procent). Årets resultat är klart bättre …')", () => {
    for (const x of releases) {
      for (const block of [x.composed.lead, x.composed.intro ?? [], ...x.composed.sections.map((y) => y.sentences)]) {
        // (Nor "Men årets resultat …" after one: read IR, Storfors.)
        block.forEach((s, i) => i > 0 && expect(/^(Men )?[Åå]rets resultat/.test(s.text) && /^Årets resultat/.test(block[i - 1]?.text ?? ""), `${x.municipality.name}: ${s.text}`).toBe(false));
      }
    }
    // (Since read HC the comparison after the change since 2014 turns: "Men resultatet är fortfarande klart bättre".)
    expect(named("Överkalix").markdown).toContain("Årets resultat är 14\u00A0procentenheter sämre än 2014 (81\u00A0procent). Men resultatet är fortfarande klart bättre än riket som helhet och likvärdiga kommuner");
  });
  const figure = (f: { value: number; indicator: { unit: string } }): string => (f.indicator.unit === "percent" ? `${f.value}\u00A0procent` : `${String(f.value).replace(".", ",")}\u00A0timmar`);
  it("tells a change with the measure's history after it by its size alone, so the lead's figure is not said again, and the record after it names its measure: 'Det är …' pointed at the change (Uppsala's 100 procent; Vara in A/B read AB7)", () => {
    const r = named("Uppsala");
    const epost = r.composed.sections.find((x) => x.heading === "E-post")?.sentences.map((s) => s.text) ?? [];
    expect(epost[0]).toBe("E-postsvaren inom en arbetsdag förbättrades med 8\u00A0procentenheter jämfört med 2018.");
    // (With riket and the group in the same sentence since read HX; "Resultatet", not the measure's name again right
    // after it, since read KH: still no "Det", which pointed at the change.)
    expect(epost[1]).toMatch(/^Resultatet är det bästa hittills( och [^.]*)?\.$/);
    for (const x of releases) {
      const b = body(x);
      b.forEach((s, i) => {
        if (i > 0 && / med [\d,]+\u00A0(procentenheter|procentenhet|timmar|timme)( jämfört med| från) 20\d\d\.$/.test(b[i - 1]?.text ?? "")) expect(s.text, x.municipality.name).not.toMatch(/^Det är [^.]*(bästa|sämsta)/);
      });
    }
    expect(r.markdown.match(/100\u00A0procent/g) ?? []).toHaveLength(1);
  });
  it("tells a small step as about level with last year, without figures, not the lead's figure again (Malmö's 11,6 timmar; 'Jämfört med 2018 (10,7 timmar) …' read as backwards, read GU)", () => {
    const r = named("Malmö");
    const f = r.analysis.findings.find((x) => x.indicator.id === "epost-svarstid");
    expect(f?.changeClass).toBe("unchanged");
    const said = body(r).find((s) => s.claims.includes("epost-svarstid.changeClass"))?.text;
    expect(said).toMatch(/(knappt förändrats|förändrats marginellt|ungefär samma nivå som)/);
    expect(said).toMatch(/2018/);
    expect(said).not.toMatch(/\d\u00A0timmar/);
    expect(r.markdown.match(/11,6\u00A0timmar/g) ?? []).toHaveLength(1);
  });
  it("leaves fewer than a sixth of the example releases with a change sentence that repeats a figure the lead gave (83 of 264 before)", () => {
    const repeating = releases.filter((r) => {
      const lead = new Set(r.composed.lead.flatMap((s) => s.claims.filter((c) => c.endsWith(".value"))));
      return body(r).some((s) => s.claims.some((c) => c.endsWith(".changeClass") && lead.has(c.replace("changeClass", "value")) && s.text.includes(figure(r.analysis.findings.find((f) => `${f.indicator.id}.changeClass` === c) ?? { value: NaN, indicator: { unit: "" } }))));
    });
    expect(repeating.length).toBeLessThan(264 / 6);
  });
});

describe("read GT: the stronger story on the other side of the lead", () => {
  it("a worst-ever after three falls in a row outranks a standing gap on a measure that rose 2 points (Robertsfors' tillgänglighet, still better than riket)", () => {
    const lead = named("Robertsfors").composed.lead.slice(0, named("Robertsfors").composed.ingress).map((s) => s.text).join(" ");
    expect(lead).toMatch(/64\u00A0procent 2019, från 66\u00A0procent 2018, den tredje försämringen i rad\./);
    expect(lead).not.toMatch(/e-postfrågor/);
  });
  it("a ratio sentence ending on last year's figure takes 'the largest in the country' as a clause, not a sentence of its own (Töreboda's ingress had three sentences on one measure)", () => {
    const lead = named("Töreboda").composed.lead.map((s) => s.text);
    // (The clause opens with its noun since read LO: "…, räknat i timmar den största …" read as clumsy.)
    expect(lead).toContain("Svarstiden har mer än femdubblats på ett år, från 5,2\u00A0timmar 2018, den största försämringen i landet räknat i timmar.");
    expect(lead.filter((t) => /svarstiden/i.test(t))).toHaveLength(2);
  });
});

describe("A/B read AB7: the comparison after a sentence on the years", () => {
  it("never opens 'I {kommun} är resultatet …', which read as filler: every sentence is about the municipality, and the measure is not named", () => {
    const bad = releases.flatMap((r) => [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)].filter((s) => s.text.startsWith(`I ${r.municipality.name} är resultatet`)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
  });
});

describe("read GU: the count against riket", () => {
  it("says 'men bättre för …', never 'och bättre bara för …' (Höör, Ängelholm: word order read as awkward)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/bättre bara för/);
    expect(named("Höör").markdown).toContain("Höör är klart sämre än riket för tillgängligheten och direktsvaren i telefon, men bättre för svarstiden på e-post.");
  });
});

describe("reads GU and GV: a record that says 'Även det' or 'Också den siffran'", () => {
  it("points back only to a record earlier in its own paragraph (Mora: 'Också den siffran är Moras bästa resultat hittills' pointed at the ingress)", () => {
    for (const r of releases) {
      for (const block of [r.composed.lead, r.composed.intro ?? [], ...r.composed.sections.map((x) => x.sentences)]) {
        block.forEach((s, i) => {
          if (/^(Även|Också) (det|den siffran)\b[^.]*(bästa|sämsta|rekord)/.test(s.text)) expect(block.slice(0, i).some((x) => x.claims.some((c) => /\.(record|tie)$/.test(c))), `${r.municipality.name}: ${s.text}`).toBe(true);
        });
      }
    }
    // (Since A/B read AB12 the second of Mora's two such sentences says "Det räcker ändå till …", not the first's words.)
    expect(named("Mora").markdown).toContain("i stort sett oförändrad från 87\u00A0procent 2018. Det räcker ändå till Moras bästa resultat hittills.");
  });
});

describe("read GU: a comparison that turns ('ändå', 'Trots det', 'fortfarande')", () => {
  it("never turns against a sentence that only said the year stood still (Ljusdal: 'Sedan 2018 har bemötandet i telefon förändrats marginellt. Årets resultat är ändå klart bättre …')", () => {
    const still = /knappt förändrats|förändrats marginellt|ungefär samma nivå som 20\d\d|detsamma som 20\d\d|samma nivå som 20\d\d/;
    const bad = releases.flatMap((r) =>
      r.composed.sections.flatMap((x) =>
        x.sentences.flatMap((s, i) => {
          const prev = x.sentences[i - 1];
          return prev && still.test(prev.text) && !prev.claims.some((c) => /\.(record|tie)$/.test(c)) && /^(Årets resultat är (ändå|fortfarande)|Trots det|[\p{Lu}][\p{L}-]*s resultat 20\d\d är (ändå|fortsatt))/u.test(s.text) ? [`${r.municipality.name}: ${prev.text} ${s.text}`] : [];
        }),
      ),
    );
    expect(bad).toEqual([]);
    expect(named("Ljusdal").markdown).not.toMatch(/förändrats marginellt\. Årets resultat är ändå/);
  });
});

describe("read GU: a place in the country said once in the lead", () => {
  it("no sentence of its own after a count that named it (Ljusdal: '… på nionde och delad åttonde plats i landet', then a sentence for each place)", () => {
    for (const r of releases) {
      const lead = [...r.composed.lead, ...(r.composed.intro ?? [])];
      const ranks = lead.flatMap((s) => s.claims.filter((c) => c.endsWith(".rank")));
      expect(ranks.length, r.municipality.name).toBe(new Set(ranks).size);
    }
    expect(named("Ljusdal").markdown.match(/nionde/g) ?? []).toHaveLength(1);
    // The body names the measure in full, with its value.
    expect(named("Ljusdal").markdown).toContain("Andelen som får kontakt med en handläggare inom en minut föll från 97\u00A0procent 2018 till 85\u00A0procent 2019");
  });
});

describe("reads GT and GU: a lead that opens with a gap to riket, on a measure that rose to its best yet", () => {
  it("says the best in the lead's change sentence, with its margin when narrow (Essunga's direct answers, told only in the body after a comparison with the group)", () => {
    const r = named("Essunga");
    const lead = r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text);
    expect(lead.join(" ")).toMatch(/44\u00A0procent 2019, klart sämre än rikssnittets 55\u00A0procent\. [^.]*, med knapp marginal, Essungas bästa (resultat )?hittills, (upp från|en förbättring från) 41\u00A0procent 2018\./);
    // (The aside between commas: "Men det är med knapp marginal Essungas bästa …" read as reversed word order, read JH.)
    expect(lead.join(" ")).not.toMatch(/är med knapp marginal Essungas/);
    expect(body(r).some((s) => s.claims.includes("svar-pa-fragan.record"))).toBe(false);
  });
});

describe("A/B read AB8: how far back a record reaches", () => {
  it("never says the survey began in the data's first year ('sedan mätningarna började 2014': KKiK is older than the data; read as a wrong fact, four releases)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(mätningen|mätningarna) (började|startade)/);
    expect(named("Huddinge").markdown).toMatch(/i alla mätningar sedan 2014/);
  });
});

describe("read GX: the survey year", () => {
  it("is never 'i år' in a comparison: the release comes out the year after the measurement (four releases said 'I år är … resultat')", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/I år är [\p{L}-]+ resultat/u);
  });
});

describe("read GY: 'däremot' after a sentence that ended on the same side", () => {
  it("is dropped after a time said as a multiple of riket's ('… ändå mer än dubbelt så lång som rikssnittet. Resultatet för … är däremot klart sämre …': Klippan)", () => {
    const lead = named("Klippan").composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/dubbelt så lång som rikssnittet \(6\u00A0timmar\)\. Resultatet för andelen e-postfrågor som besvaras inom en arbetsdag är klart sämre än rikets/);
  });
});

describe("a comparison right after its measure's change the other way (read GY: Lilla Edet, Vansbro)", () => {
  // The lead, and each section of the body (read HA: Strömsund, Årjäng).
  const turnsBack = (r: GeneratedRelease) =>
    [r.composed.lead, ...r.composed.sections.map((x) => x.sentences)].flatMap((part) => part.flatMap((s, i, list) => {
      const id = s.claims.find((c) => c.endsWith(".vsNational"))?.split(".")[0];
      const f = r.analysis.findings.find((x) => x.indicator.id === id);
      const before = list[i - 1];
      if (!f || f.vsNational === null || s.claims.includes(`${id}.changeClass`) || !before?.claims.includes(`${id}.changeClass`)) return [];
      const moved = f.changeClass === "improved" || f.changeClass === "strongly-improved" ? 1 : f.changeClass === "declined" || f.changeClass === "strongly-declined" ? -1 : 0;
      const sides = [f.vsNational, ...(s.claims.includes(`${id}.vsGroup`) && f.vsGroup ? [f.vsGroup] : [])].map(comparePolarity);
      return moved !== 0 && sides.every((x) => x === -moved) ? [{ r, s, f }] : [];
    }));

  it("turns: '… gick upp markant … Det är sämre än både rikssnittet …' read as if the rise were bad", () => {
    const cases = releases.flatMap(turnsBack);
    expect(cases.length).toBeGreaterThan(10);
    const bad = cases.filter(({ s }) => !/(?<!\p{L})(men|ändå|dock|fortfarande|fortsatt|trots det|om än)(?!\p{L})/iu.test(s.text)).map(({ r, s }) => `${r.municipality.name}: ${s.text}`);
    expect(bad).toEqual([]);
    expect(named("Lilla Edet").markdown).toMatch(/till 52\u00A0procent 2019\. Men (resultatet|det|Lilla Edets resultat) är fortfarande sämre än både/);
  });

  it("says 'fortfarande' only when the measure was on the same side of every reference it names last year too", () => {
    const wrong = releases.flatMap(turnsBack).filter(({ s, f }) => {
      if (!/fortfarande/.test(s.text)) return false;
      const id = f.indicator.id;
      const pairs = [[f.vsNational, f.previousVsNational], ...(s.claims.includes(`${id}.vsGroup`) ? [[f.vsGroup, f.previousVsGroup]] : [])];
      return pairs.some(([now, before]) => now == null || before == null || comparePolarity(now) !== comparePolarity(before));
    });
    expect(wrong.map(({ r, s }) => `${r.municipality.name}: ${s.text}`)).toEqual([]);
  });

  it("names its measure when the lead is about others too, since a sentence on another measure may come between (Sundsvall)", () => {
    const lead = named("Sundsvall").composed.lead.map((s) => s.text);
    const at = lead.findIndex((t) => /^Men [^.]*\(60 och 61\u00A0procent\)/.test(t));
    expect(lead[at]).toMatch(/tillgängligheten i telefon/);
  });

  it("never makes the municipality its subject: 'Men Sigtuna är fortfarande klart sämre än riket' read as a verdict on all of Sigtuna (read AB9: Sigtuna, Munkedal, Jokkmokk)", () => {
    const bad = releases.flatMap(turnsBack).filter(({ r, s }) => s.text.startsWith(`Men ${r.municipality.name}`)).map(({ r, s }) => `${r.municipality.name}: ${s.text}`);
    expect(bad).toEqual([]);
  });

  it("says 'fortfarande klart' only when it was clearly behind last year too (read AB9: Landskrona, 9 points behind its group in 2018)", () => {
    expect(named("Landskrona").composed.lead.map((s) => s.text).join(" ")).not.toMatch(/fortfarande klart sämre än både rikssnittet och likvärdiga kommuner/);
    // The same after a best-yet (recordTurn): Katrineholm was 8 points behind its group in 2018 (read AB10); and no
    // "Trots det" right after "förändrades knappt".
    const katrineholm = named("Katrineholm").composed.lead.map((s) => s.text).join(" ");
    expect(katrineholm).not.toMatch(/(fortfarande|fortsatt) klart sämre än både riket och snittet för likvärdiga kommuner \(60 och 57/);
    expect(katrineholm).not.toMatch(/knappt[^.]*\. Trots det/);
  });

  it("stacks no 'ändå' on 'däremot … men' (Ljusnarsberg)", () => {
    const bad = releases.flatMap((r) => r.composed.lead.filter((s) => /däremot[^.]*, men (är|ligger) ändå/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
  });
});

describe("approximate words (read GY: Mariestad)", () => {
  it("never after 'hamnade på': 'hamnade på nästan hälften (48 procent)' read as unidiomatic", () => {
    const bad = releases.flatMap((r) => [...r.composed.lead, ...body(r)].filter((s) => /(hamnade på|mättes till) [a-zåäö]/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
    expect(named("Mariestad").markdown).toMatch(/(var nästan hälften \(48\u00A0procent\)|låg på 48\u00A0procent) 2019/);
  });
});

describe("read KD: a measure its section tells only against riket and the group", () => {
  // The measures whose sentences in a section are all comparisons: no figure of the municipality's own there.
  const comparedOnly = (r: GeneratedRelease): string[] =>
    r.composed.sections.flatMap((sec) => {
      const ids = [...new Set(sec.sentences.flatMap((x) => x.claims.map((c) => c.split(".")[0] ?? "")))];
      return ids.filter((id) => {
        const own = sec.sentences.filter((x) => x.claims.some((c) => c.startsWith(`${id}.`)));
        return own.length > 0 && own.every((x) => x.claims.every((c) => /\.(national|vsNational|group|vsGroup)$/.test(c)));
      }).map((id) => `${r.municipality.name} ${sec.heading} ${id}`);
    });

  it("gets its own figure in that comparison ('… är Danderyd något sämre än snittet för likvärdiga kommuner (57 procent)' gave the average's figure and not Danderyd's; A/B read AB63 preferred the figure in 14 pairs of 14)", () => {
    expect(sectionText("Danderyd", "Telefon")).toContain("Med 54\u00A0procent för direktsvaren i telefon är Danderyd något sämre än snittet för likvärdiga kommuner (57\u00A0procent).");
    expect(sectionText("Torsby", "E-post")).toContain("Torsbys resultat för e-postsvaren inom en arbetsdag, 78\u00A0procent, är sämre än kommungruppen (86\u00A0procent).");
    // Beside both averages it keeps two figures: "Med 90 procent … (84 och 86 procent)" read as three (reads KE, KG, KH).
    expect(sectionText("Askersund", "E-post")).toMatch(/^För e-postsvaren inom en arbetsdag är Askersund bättre än både riket och kommungruppen \(84 och 86\u00A0procent\)\./);
    // 181 such sections before; those left give both averages, have a figure already, a value equal to an average, or a "Med" before.
    expect(releases.flatMap(comparedOnly).length).toBeLessThan(130);
  });

  it("never so past two figures, counting both averages' ('84 och 82 procent'), nor right after another 'Med …'", () => {
    for (const r of releases) {
      for (const sec of r.composed.sections) {
        sec.sentences.forEach((x, i) => {
          if (!/^Med \d/.test(x.text) && !/, \d+(,\d)?\u00A0(procent|timmar), (är|ligger) /.test(x.text)) return;
          const figures = (x.text.replace(/\b20\d\d\b|\d+\u00A0sekunder/g, "").match(/\d+(?:,\d+)?/g) ?? []).length;
          expect(figures, `${r.municipality.name}: ${x.text}`).toBeLessThanOrEqual(2);
          expect(/^Med \d/.test(x.text) && /^Med \d/.test(sec.sentences[i - 1]?.text ?? ""), `${r.municipality.name}: ${x.text}`).toBe(false);
        });
      }
    }
  });
});

describe("read KD: the municipality's name in the ingress", () => {
  it("is said in two sentences at most, a later one 'kommunen' ('… har Hudiksvalls kommun …; Hudiksvall är också bäst' named it four times; A/B read AB64 preferred 'kommunens' in 9 pairs of 12)", () => {
    const ingress = (name: string): string => named(name).composed.lead.slice(0, named(name).composed.ingress).map((s) => s.text).join(" ");
    expect(ingress("Hudiksvall")).toMatch(/; kommunen är också bäst av (kommunerna i kommungruppen|de likvärdiga kommunerna)/);
    expect(ingress("Trollhättan")).toMatch(/till 94\u00A0procent 2019, stadens bästa resultat under åren 2014–2019\./);
    // Never a second "kommunens" in the ingress (AB64: Ånge), and the official name stays ("Hudiksvalls kommun").
    expect(ingress("Ånge")).toMatch(/kommunens sämsta resultat hittills\. [^]*Ånges bästa resultat/);
    // (Since read LL at its first mention, which opens the ingress: "Hudiksvalls kommun når sin bästa nivå hittills …".)
    expect(ingress("Hudiksvall")).toMatch(/^Hudiksvalls kommun når [^]*har Hudiksvall landets nionde bästa resultat/);
    let many = 0;
    for (const r of releases) {
      const sentences = r.composed.lead.slice(0, r.composed.ingress).filter((s) => !/Kommunens Kvalitet i Korthet \(KKiK\) \d{4}\.$/.test(s.text));
      const own = new RegExp(`(?<!\\p{L})${r.municipality.name}s?(?!\\p{L})`, "u");
      if (sentences.filter((s) => own.test(s.text)).length > 3) many += 1;
    }
    // (12 example ingresses before; left are forms "kommunen" does not fit: "Svarstiden i Nyköping är …".)
    expect(many).toBeLessThanOrEqual(2);
  });
});

describe("read KG: a record said after its run", () => {
  it("says 'nu', not 'därmed', which read as if the run made it the lowest (Nässjö: 'Det är den tredje försämringen i rad. Nässjös resultat är därmed det sämsta hittills')", () => {
    // (Since A/B read AB66 the run and its record are one sentence, with no "därmed" either.)
    expect(named("Nässjö").markdown).toContain("Det är den tredje försämringen i rad och kommunens sämsta resultat hittills");
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/i rad\. [^.]* är därmed de[nt] (bästa|sämsta|längsta|kortaste) hittills/u);
    // (After the change itself "därmed" stays: the step made the record.)
    expect(releases.some((r) => /\d{4}\. [^.]* är därmed de[nt] (bästa|sämsta|längsta|kortaste) hittills/u.test(r.markdown.replace(/\u00A0/g, " ")))).toBe(true);
  });
});

describe("read KC: a value without a change (a first year)", () => {
  it("says each wording once in a release: 'mättes till' came twice where a first-year release gives five values (Järfälla, Hedemora)", () => {
    for (const r of releases) {
      const md = r.markdown.replace(/\u00A0/g, " ");
      expect(md.match(/mättes till \d/g)?.length ?? 0, r.municipality.name).toBeLessThanOrEqual(1);
      expect(md.match(/, enligt mätningen\./g)?.length ?? 0, r.municipality.name).toBeLessThanOrEqual(1);
    }
    // (No "mättes till", read as stiff, nor "enligt mätningen", read as filler: read KL.)
    expect(named("Hedemora").markdown.replace(/\u00A0/g, " ")).toMatch(/Den genomsnittliga svarstiden för e-post (var|låg på) 8,6 timmar 2019\.|I mätningen var den genomsnittliga svarstiden för e-post 8,6 timmar 2019\./u);
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/mättes till \d|, enligt mätningen\./u);
  });
});

describe("riket's clause after a rise (read GZ: Gnesta)", () => {
  it("says 'fortfarande' or 'fortsatt', not 'men är ändå sämre': '… gick upp till 73 procent 2019, från 64 procent 2018, men är ändå klart sämre än rikssnittet' stacked its turns", () => {
    const bad = releases.flatMap((r) => [...r.composed.lead, ...body(r)].filter((s) => /, men är ändå (klart )?sämre än rikssnittet/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
    expect(named("Gnesta").markdown).toMatch(/73\u00A0procent 2019[^.]*, men är (fortfarande|fortsatt) klart sämre än rikssnittet/);
  });
});

describe("'fortfarande' and 'fortsatt' against riket", () => {
  it("hold: the measure was on the same side of riket last year (a 'fortfarande sämre' over a measure level with riket in 2018 would be a wrong fact)", () => {
    let checked = 0;
    const bad = releases.flatMap((r) =>
      [...r.composed.lead, ...body(r)].flatMap((s) => {
        const m = /, men (är|ligger) (fortfarande|fortsatt) (klart |långt )?(sämre|bättre)( till)? än rikssnittet/.exec(s.text);
        const ids = [...new Set(s.claims.filter((c) => c.endsWith(".vsNational")).map((c) => c.split(".")[0]))];
        const f = ids.length === 1 ? r.analysis.findings.find((x) => x.indicator.id === ids[0]) : undefined;
        if (!m || !f || f.previousVsNational === null) return [];
        checked += 1;
        const side = m[4] === "sämre" ? -1 : 1;
        return comparePolarity(f.previousVsNational) === side ? [] : [`${r.municipality.name}: ${s.text}`];
      }),
    );
    expect(checked).toBeGreaterThan(10);
    expect(bad).toEqual([]);
  });
});

describe("a lead's turn on a measure with no earlier year (read GZ: Arjeplog, new in the survey)", () => {
  it("turns: a better-than-riket measure, then the response time longer than riket's, says 'men'", () => {
    const lead = named("Arjeplog").composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/\. (Men [^.]*|Däremot [^.]*|[^.]* däremot [^.]*)svarstiden(?: på e-post)?[^.]*längre än/i);
  });

  it("the count's two sides are joined by 'men' ('sämre för … och bättre för …', Orsa)", () => {
    const bad = releases.flatMap((r) => [...r.composed.lead, ...(r.composed.intro ?? [])].filter((s) => /sämre för [^.]* och bättre för /.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
  });
});

describe("turn words in one paragraph (read GZ: Skinnskatteberg)", () => {
  it("no 'är ändå' two sentences after a 'Trots det' ('Det räcker till … bästa resultat hittills' instead)", () => {
    const bad = releases.flatMap((r) =>
      r.composed.sections.flatMap((sec) => sec.sentences.filter((s, i, list) => /^(Resultatet|Det) är ändå /.test(s.text) && /^Trots det\b/.test(list[i - 2]?.text ?? "")).map((s) => `${r.municipality.name}: ${s.text}`)),
    );
    expect(bad).toEqual([]);
  });
});

describe("a time's change since the first year (read GY: Klippan)", () => {
  it("says a halving or a doubling as such, not only in hours: 30 → 14,1 timmar since 2014 'mer än halverats'", () => {
    expect(named("Klippan").markdown).toMatch(/30\u00A0timmar 2014[^.]*mer än halverats|mer än halverats[^.]*30\u00A0timmar/);
    expect(named("Klippan").markdown).not.toMatch(/minskat med 15,9\u00A0timmar/);
  });

  it("in words that reach the ratio: Töreboda's 1 → 29,6 timmar is more than tenfold, not 'mer än femdubblats'", () => {
    // (Read HE found "mer än tiodubblats" short of 1 → 29,6 timmar too: nearly thirty-fold.)
    expect(named("Töreboda").markdown).toMatch(/har svarstiden(?: på e-post)? blivit nästan trettio gånger så lång\./);
  });
});

describe("a strong change the lead named by its class (read GY: Falkenberg, Sundsvall)", () => {
  it("is told in its section by its figures, without 'kraftigt' or 'markant' again", () => {
    const bad = releases.flatMap((r) => {
      const classed = new Set(r.composed.lead.flatMap((s) => (s.claims.every((c) => c.endsWith(".changeClass")) ? s.claims.map((c) => c.split(".")[0]) : [])));
      return body(r).filter((s) => s.claims.some((c) => classed.has(c.split(".")[0]) && c.endsWith(".previous")) && /\b(kraftigt|markant)\b/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`);
    });
    expect(bad).toEqual([]);
    expect(named("Falkenberg").markdown).toMatch(/ökade från 43\u00A0procent 2018 till 55\u00A0procent 2019/);
  });
});

describe("a headline's turn (read HA: Dals-Ed, Hofors)", () => {
  it("is one word: never 'men ändå klart sämre än riket'", () => {
    const bad = releases.filter((r) => /\bmen ändå\b/.test(r.claims.headline)).map((r) => r.claims.headline);
    expect(bad).toEqual([]);
    expect(named("Dals-Ed").claims.headline).toMatch(/men (klart|fortfarande klart|fortsatt klart) sämre än riket$/);
  });
});

describe("a weak place's clause after a rise (read HA: Storuman)", () => {
  it("never 'även efter en förbättring från …', read as unidiomatic for 'trots'", () => {
    expect(releases.filter((r) => /även efter en förbättring/.test(r.markdown)).map((r) => r.municipality.name)).toEqual([]);
    expect(named("Storuman").markdown).toMatch(/bland de tio sämsta i landet, (även om resultatet har förbättrats från|även om den har förbättrats från|även om resultatet är bättre än) 17,8\u00A0timmar 2018/);
  });
});

describe("'Men' openings (read AB10: Mönsterås, Säter)", () => {
  it("at most one in three sentences of a paragraph", () => {
    const bad = releases.flatMap((r) =>
      [r.composed.lead, ...r.composed.sections.map((x) => x.sentences)].flatMap((part) =>
        part.filter((s, i) => /^Men /.test(s.text) && [part[i - 1], part[i - 2]].some((x) => /^Men /.test(x?.text ?? ""))).map((s) => `${r.municipality.name}: ${s.text}`),
      ),
    );
    expect(bad).toEqual([]);
  });
});

describe("'om än' (read HB: Kristianstad)", () => {
  it("once in a release: the second narrow hedge says 'med knapp marginal', without 'men' (read IF: 'men med knapp marginal' read as machine-made)", () => {
    expect(releases.filter((r) => (r.markdown.match(/\bom än\b/g) ?? []).length > 1).map((r) => r.municipality.name)).toEqual([]);
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/men med knapp marginal/);
    // (Read IO found "med 56 procent och med knapp marginal" unclear, "a margin to what?": the margin names it.)
    expect(named("Kristianstad").markdown).toMatch(/sitt sämsta resultat hittills, 56\u00A0procent, knappt sämre än den tidigare bottennoteringen\./);
    expect(named("Kristianstad").markdown).not.toMatch(/och med knapp marginal/);
  });
});

describe("read HC: the same value as a tied low, turns after the change since 2014, and stacked turns", () => {
  it("a value the same as last year's and tied with an earlier low is said without the lead's figure again (Växjö: 'För direktsvaren i telefon var andelen 76 procent 2019, samma som året innan')", () => {
    const r = named("Växjö");
    expect(body(r).map((s) => s.text)).toContain("Direktsvaren i telefon har inte förändrats sedan 2018.");
    expect(r.markdown.match(/76\u00A0procent/g) ?? []).toHaveLength(1);
  });
  it("a comparison right after the change since the first year the other way turns ('Årets resultat är 12 procentenheter sämre än 2014 (88 procent). Växjös resultat 2019 är långt bättre …')", () => {
    expect(body(named("Växjö")).map((s) => s.text).join(" ")).toMatch(anyGroupWord("sämre än 2014 (88\u00A0procent). Men resultatet är långt bättre än både riket som helhet och kommungruppen"));
    // (Not "fortfarande långt bättre": 19 points ahead of the group in 2018 is "klart", read HE found it a wrong fact.)
    const unturned = releases.flatMap((r) =>
      r.composed.sections.flatMap((x) =>
        x.sentences.flatMap((s, i) => {
          const before = x.sentences[i - 1];
          const id = before?.claims.find((c) => c.endsWith(".longRun"))?.replace(/\.longRun$/, "");
          const f = r.analysis.findings.find((y) => y.indicator.id === id);
          if (!before || !f || !s.claims.includes(`${id}.vsNational`) || f.vsNational === null) return [];
          const down = /sämre än|försämrats|längre än/.test(before.text);
          const ahead = f.vsNational === "better" || f.vsNational === "much-better";
          return down && ahead && !/^Men |\bändå\b|\bfortfarande\b|\bfortsatt\b/.test(s.text) ? [`${r.municipality.name}: ${before.text} ${s.text}`] : [];
        }),
      ),
    );
    expect(unturned).toEqual([]);
  });
  it("a lead sentence that opens 'Samtidigt' turns once: no 'men är ändå' or 'men ligger trots det' after it (Södertälje)", () => {
    const stacked = releases.flatMap((r) => r.composed.lead.filter((s) => /^Samtidigt [^.]*, men (är|ligger) (ändå|trots det) /.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(stacked).toEqual([]);
  });
  it("a share's change right after a sentence that named its measure does not name it again ('För e-postsvaren … För e-postsvaren … har andelen försämrats', Herrljunga)", () => {
    // (Herrljunga's e-mail said so in a draft of this change; the guard is for any phrase bank pick.)
    for (const r of releases) {
      for (const x of r.composed.sections) {
        x.sentences.forEach((s, i) => {
          const m = /^För (.+?) \S+ andelen /.exec(s.text);
          expect(m !== null && (x.sentences[i - 1]?.text ?? "").includes(`för ${m[1]} `.replace(/^f/, "")), `${r.municipality.name}: ${s.text}`).toBe(false);
        });
      }
    }
  });
});

describe("read HC: a measure with no earlier year", () => {
  it("is not said to have 'hamnade på' its value, a word for a change", () => {
    const fresh = releases.filter((r) => r.analysis.findings.every((f) => f.previous === null));
    expect(fresh.length).toBeGreaterThan(3);
    expect(fresh.filter((r) => /hamnade på/.test(r.markdown)).map((r) => r.municipality.name)).toEqual([]);
  });
  it("turns inside its comparison, not on a 'Men' that makes its value read as the bad news (Orsa: 'hamnade på 64 procent 2019. Men Orsas resultat 2019 är något bättre …')", () => {
    const lead = named("Orsa").composed.lead.map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    expect(lead).toMatch(/Andelen som får kontakt med en handläggare inom en minut (var|låg på) (nästan två tredjedelar \()?64 procent\)? 2019\. (Orsas resultat 2019|Tillgängligheten i telefon) är däremot något bättre än rikssnittet och likvärdiga kommuner \(60 och 61 procent\)\./u);
  });
});

describe("read HD: repeated and clumsy words", () => {
  const paragraphs = (r: GeneratedRelease): Sentence[][] => [r.composed.lead, r.composed.intro ?? [], ...r.composed.sections.map((x) => x.sentences)];
  it("'både' at most once in a paragraph: four or five 'bättre än både riket och kommungruppen' in a release read as a template (Knivsta, Sollefteå)", () => {
    const many = releases.flatMap((r) => paragraphs(r).filter((p) => (p.map((s) => s.text).join(" ").match(/ både /g) ?? []).length > 1).map((p) => `${r.municipality.name}: ${p.map((s) => s.text).join(" ")}`));
    expect(many).toEqual([]);
    expect(named("Sollefteå").markdown).toMatch(/(Resultatet|Sollefteås resultat|Årets resultat) är bättre än rikssnittet och snittet (för likvärdiga kommuner|i kommungruppen) \(84\u00A0procent\)\./);
  });
  it("a response time's comparison is 'Den är kortare/längre', never 'Det är kortare än genomsnittet' (Sollefteå)", () => {
    const bad = releases.flatMap((r) => paragraphs(r).flat().filter((s) => /^Det är [^.,]*\b(kortare|längre|så lång)\b/.test(s.text)).map((s) => `${r.municipality.name}: ${s.text}`));
    expect(bad).toEqual([]);
  });
  it("a record says whose and since when in plain words: no 'det bästa resultat X har haft i mätningarna sedan 2014', no 'av alla år som X har mätts' (Alvesta, Vara, Alingsås, Ulricehamn)", () => {
    const bad = releases.filter((r) => /har haft i mätningarna|av alla år som \S+ har mätts/.test(r.markdown)).map((r) => r.municipality.name);
    expect(bad).toEqual([]);
  });
});

describe("read HE: a best-ever still behind riket, after 'Det räcker ändå till …'", () => {
  it("turns with 'Men' when the comparison goes the other way and last year's gap does not hold a 'fortsatt' (Ljungby)", () => {
    // (Since read HG one "Men" opening in a release: the lead's "Men Ljungby hör till de tio sämsta …" came first.)
    expect(body(named("Ljungby")).map((s) => s.text).join(" ")).toMatch(anyGroupWord("Det räcker ändå till Ljungbys bästa resultat hittills. Resultatet 2019 är dock långt sämre än riket som helhet och likvärdiga kommuner (60 och 57\u00A0procent)."));
  });
});

describe("read HE: 'bästa resultat sedan 2014' and ingresses that grow", () => {
  it("a record never says 'X:s bästa resultat sedan 2014', which reads as if 2014 were as good (Motala, Landskrona, Kristianstad)", () => {
    const bad = releases.flatMap((r) => (r.markdown.match(/\b(bästa|sämsta) resultat(et)? sedan \d{4}/g) ?? []).map((m) => `${r.municipality.name}: ${m}`));
    expect(bad).toEqual([]);
  });
  it("an ingress of four sentences, one long enough to be cut in two, leaves its last plain record to open the body (Herrljunga: from two sentences to five)", () => {
    const c = named("Herrljunga").composed;
    const ingress = c.lead.slice(0, c.ingress ?? c.lead.length).filter((s) => !s.claims.every((x) => x.startsWith("survey.")));
    expect(ingress.length).toBeLessThanOrEqual(3);
    // (Since read IK as the first sentences of the E-post section, which it filled.)
    expect(c.sections[0]?.sentences.slice(0, 2).map((s) => s.text).join(" ")).toContain("Det är Herrljungas bästa resultat i mätningarna sedan 2014.");
  });
});

describe("read HE: a last place in the group beside a place among the country's ten weakest", () => {
  it("joins it in the ingress when the year's rise has a sentence of its own (Tingsryd: 'nära botten' in the headline, last of 20 only in the body)", () => {
    const c = named("Tingsryd").composed;
    const ingress = c.lead.slice(0, c.ingress ?? c.lead.length).map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    // (Without the group's size since read HG: "62 procent 2019, bland de tio sämsta i landet och svagast av de 20
    // kommunerna …" was a third figure in the sentence.)
    expect(ingress).toMatch(/62 procent 2019, bland de tio sämsta i landet och svagast av (kommunerna i kommungruppen|de likvärdiga kommunerna)\./);
    expect(ingress).toMatch(/Det är 5 procentenheter bättre än året innan(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)( 2019)?)?\./u);
    // (Not where the rise would join the place too: Storuman's four appositions, read BT.)
    expect(named("Storuman").composed.lead.map((s) => s.text).join(" ")).not.toMatch(/en förbättring från 2018, bland de tio sämsta i landet och sist bland/);
  });
  it("a lead sentence moved to its section takes the turn to the comparison after it ('gick upp … från 72 procent 2018. Men Tingsryds resultat … är sämre …')", () => {
    // (With "dock" since read HG, where "Men" opened a sentence before it: "Men svarstiden på e-post i Tingsryd …".)
    expect(body(named("Tingsryd")).map((s) => s.text).join(" ")).toContain("från 72\u00A0procent 2018. Resultatet för bemötandet är dock sämre än");
  });
});

describe("read HE: 'vilket' in two sentences in a row", () => {
  it("the second is an apposition ('…, vilket ger en delad förstaplats … förbättring från 81 procent 2018, den femte förbättringen i rad': Motala)", () => {
    for (const r of releases) {
      for (const block of [r.composed.lead, r.composed.intro ?? [], ...r.composed.sections.map((x) => x.sentences)]) {
        block.forEach((s, i) => i > 0 && expect(/(?<!\p{L})vilket(?!\p{L})/u.test(block[i - 1]?.text ?? "") && /, vilket är (den|det) /u.test(s.text), `${r.municipality.name}: ${s.text}`).toBe(false));
      }
    }
    expect(named("Motala").composed.lead.map((s) => s.text).join(" ")).toContain("Det är en kraftig förbättring från 81\u00A0procent 2018, den femte förbättringen i rad.");
  });
});

describe("A/B read AB12: no sentence twice", () => {
  it("two measures level with their best say it in two ways ('Det är ändå Moras bästa resultat hittills.' twice: Mora, Torsby)", () => {
    for (const r of releases) {
      const texts = [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)].map((s) => s.text);
      expect(texts.filter((t, i) => texts.indexOf(t) !== i), r.municipality.name).toEqual([]);
    }
    expect(body(named("Mora")).map((s) => s.text)).toContain("Det räcker ändå till Moras bästa resultat hittills.");
  });
});

describe("read HG: stacked words and template subjects", () => {
  it("a worst-ever level with riket does not say 'resultat' twice with a turn ('Det är det sämsta resultatet för Norrköping …, men resultatet är trots det i nivå med rikssnittet': Norrköping, Kumla)", () => {
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)]) expect(s.text, r.municipality.name).not.toMatch(/resultat[^.]*, men resultatet (är|ligger) /);
    }
    expect(named("Norrköping").composed.lead.map((s) => s.text).join(" ")).toMatch(/(sedan 2014|2014–2019), (men ändå|men det är ändå|men det ligger ändå|om än) i nivå med rikssnittet/);
  });
  it("a count of records has the municipality as its subject ('Sävsjös resultat är de bästa hittills på tre mått' read as a template: Sävsjö, Torsås)", () => {
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)]) expect(s.text, r.municipality.name).not.toMatch(/resultat (är )?de bästa hittills(,| på \S+ mått)/);
    }
  });
});

describe("read HG and HH: one 'Men' opening in a release", () => {
  it("a second 'Men …' keeps its 'fortfarande' or says 'ändå'/'dock' (Upplands-Bro: 'Men resultatet är fortfarande bättre …' and 'Men det är fortsatt sämre …')", () => {
    for (const r of releases) {
      const all = [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)];
      // (Except right after "Årets resultat är … än 2014": a bare "Resultatet är …" there read as 2014's, sweep 3.)
      const men = all.filter((s, i) => /^Men /.test(s.text) && !/^Årets resultat\b/.test(all[i - 1]?.text ?? ""));
      expect(men.length, `${r.municipality.name}: ${men.map((s) => s.text).join(" / ")}`).toBeLessThanOrEqual(1);
    }
    expect(named("Ljungby").markdown).toContain("Resultatet 2019 är dock långt sämre än riket som helhet");
  });
});

describe("reads HG and HH: a record's margin", () => {
  it("names the old record without the same superlative again ('det sämsta …, 1 procentenhet under det tidigare sämsta resultatet': Vännäs, Tranemo; Solna's 'bästa')", () => {
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)]) expect(s.text, r.municipality.name).not.toMatch(/(bästa|sämsta)[^.]* (det|kommunens) tidigare \1\b/);
    }
  });
});

describe("reads HG and HH: a change's two figures and its run", () => {
  it("the run is a sentence of its own ('…från 77 procent 2018 till 79 procent 2019. Det är den fjärde förbättringen i rad.'), not a third figure in the change's", () => {
    const FIG = /\d+(?:,\d+)?\u00A0(?:procentenheter|procentenhet|procent|timmar|timme)\b/g;
    for (const r of releases) {
      const all = [...r.composed.lead, ...body(r)];
      for (const [k, s] of all.entries()) {
        // (Not before a "Det är …" of its own: two in a row read as a template. Uppsala's fall and its worst-ever.)
        if (/^Det är /.test(all[k + 1]?.text ?? "")) continue;
        for (const part of s.text.split(/(?<=\.) (?=[A-ZÅÄÖ])/)) {
          const at = part.search(/, (vilket är |även här |också där )?(den \p{L}+ (förbättringen|försämringen) i rad|en (förbättring|försämring) för \p{L}+ året i rad|\p{Lu}[\p{L}-]*s (bästa|sämsta) [^,.]* och den \p{L}+ (förbättringen|försämringen) i rad)/u);
          if (at >= 0) expect((part.slice(0, at).match(FIG) ?? []).length, `${r.municipality.name}: ${part}`).toBeLessThan(2);
        }
      }
    }
    expect(named("Tingsryd").markdown).toContain("8,4\u00A0timmar 2019. Det är");
    // (Its record and its run both: "… till 7,1 timmar 2019, Filipstads bästa resultat … och den femte förbättringen i rad", read AB14.)
    expect(named("Filipstad").markdown).toContain("7,1\u00A0timmar 2019. Det är Filipstads bästa resultat");
    // Its owner in the genitive, not "Det är det sämsta resultatet hittills för Filipstad" ("Det är det": read AB14).
    expect(named("Filipstad").markdown).toContain("Det är Filipstads sämsta resultat hittills och den fjärde försämringen i rad.");
  });
});

describe("read HK: a run split from its change, said twice", () => {
  it("says whose it was too the second time ('Det är den fjärde förbättringen i rad.' under two of Vaxholm's measures; read JE found 'Det är också …' paragraphs from the first pointing at nothing)", () => {
    for (const r of releases) {
      const runs = [...r.composed.lead, ...body(r)].flatMap((s) => s.text.match(/(?<=^|\. )Det är (?:den|en) [^.]* i rad\./gu) ?? []);
      expect(runs.filter((t, i) => runs.indexOf(t) !== i), r.municipality.name).toEqual([]);
    }
    expect(named("Vaxholm").markdown).toContain("Det är den fjärde förbättringen i rad, liksom för e-postsvaren inom en arbetsdag.");
    // A third names both before it (Sigtuna's three runs of three years), since read KW in the other frame.
    expect(named("Sigtuna").markdown).toContain("Också e-postsvaren inom en arbetsdag har förbättrats för tredje året i rad, liksom bemötandet och tillgängligheten i telefon.");
    expect(named("Sigtuna").markdown).not.toMatch(/Det är också den tredje/);
  });
});

describe("read HL: 'kvar' beside a place in the country", () => {
  it("says 'kvar' or 'fortfarande' of a place only where last year's place was in the same band (Åstorp had been last, not third from last)", () => {
    // From the data, not the program: Åstorp's response time was the country's longest in 2018.
    const before = dataset.municipalities.flatMap((m) => {
      const v = m.results["2018"]?.["epost-svarstid"];
      return typeof v === "number" ? [v] : [];
    });
    expect(dataset.municipalities.find((m) => m.name === "Åstorp")?.results["2018"]?.["epost-svarstid"]).toBe(Math.max(...before));
    expect(named("Åstorp").claims.headline).not.toMatch(/kvar på tredje sista plats/);
    expect(named("Åstorp").claims.headline).toMatch(/(kvar|fortfarande) (bland landets tre sämsta|nära botten)/);
    // Klippan's was 13th from the bottom in 2018, not among the ten weakest: no "kvar nära botten".
    expect(before.filter((v) => v > (dataset.municipalities.find((m) => m.name === "Klippan")?.results["2018"]?.["epost-svarstid"] ?? Infinity)).length).toBe(12);
    expect(named("Klippan").claims.headline).toMatch(/ – men nära botten i landet$/);
  });
});

describe("reads HK and HL: a measure's short name in two sentences in a row", () => {
  it("is said without its channel or limit the second time ('Svarstiden på e-post minskade … I Åstorp är svarstiden mer än tre gånger så lång …')", () => {
    // (Not a tight name that says its channel, "e-postsvaren", which read as e-mail as a whole: read HM.)
    const names = dataset.indicators.filter((i) => !headlineName(i).replace(/ (i|på|via|inom|för) .*$/, "").includes(i.channel)).map((i) => headlineName(i).toLowerCase());
    let seen = 0;
    for (const r of releases) {
      const paragraphs = [r.composed.lead.slice(0, r.composed.ingress), ...r.composed.sections.map((x) => x.sentences)];
      for (const p of paragraphs) {
        for (const [i, s] of p.entries()) {
          const before = p[i - 1];
          const measures = new Set(s.claims.map((c) => c.split(".")[0]).filter((id) => dataset.indicators.some((x) => x.id === id)));
          if (!before || measures.size !== 1) continue;
          for (const n of names) {
            if (!before.text.toLowerCase().includes(n)) continue;
            seen += 1;
            expect(s.text.toLowerCase(), `${r.municipality.name}: ${before.text} | ${s.text}`).not.toContain(n);
          }
        }
      }
    }
    expect(seen).toBeGreaterThan(50);
    expect(named("Åstorp").markdown).toContain("I Åstorp är svarstiden mer än tre gånger så lång som genomsnittet för likvärdiga kommuner");
    expect(named("Tibro").composed.lead.map((s) => s.text).join(" ")).toMatch(/E-postsvaren inom en arbetsdag har nu förbättrats för tredje året i rad(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)( 2019)?)?\. Men på ett år har den genomsnittliga svarstiden för e-post nästan fördubblats/u);
  });
});

describe("reads HJ and HM: the count's largest gap at its record the other way", () => {
  it("says the record right after the gap, in the ingress (Täby's tillgänglighet, farthest ahead of riket, at its lowest yet)", () => {
    let seen = 0;
    for (const r of releases) {
      const lead = r.composed.lead;
      const at = lead.findIndex((s, k) => k < (r.composed.ingress ?? 0) && /^(Längst (före|efter) riket|Störst är)/.test(s.text));
      const id = lead[at]?.claims.find((c) => c.endsWith(".vsNational"))?.split(".")[0];
      const f = r.analysis.findings.find((x) => x.indicator.id === id);
      const kind = r.claims.indicators.find((x) => x.id === id)?.record?.kind;
      if (!f || f.vsNational === null || kind === undefined || (comparePolarity(f.vsNational) > 0) !== (kind === "worst")) continue;
      seen += 1;
      expect(lead[at + 1]?.text, r.municipality.name).toMatch(kind === "worst" ? /sämsta (resultat|hittills)/ : /bästa (resultat|hittills)/);
      expect(at + 1, r.municipality.name).toBeLessThan(r.composed.ingress ?? 0);
    }
    expect(seen).toBeGreaterThanOrEqual(2);
    expect(named("Täby").composed.lead.map((s) => s.text).join(" ")).toMatch(/Längst före riket ligger Täby för andelen som får kontakt med en handläggare inom en minut, med 81\u00A0procent mot rikssnittets 60\u00A0procent\. (Resultatet är|Samtidigt är resultatet) [^.]*(knapp marginal[^.]*Täbys sämsta hittills|Täbys sämsta hittills[^.]*knapp marginal)[^.]*\./);
  });
});

describe("reads HK and HN: a shorter response time said with a verb of falling", () => {
  // ("gick ner med 1,2 timmar" alone reads well, read AB17; beside "däremot" it was the same words for a fall and a gain.)
  it("never says 'sjönk', nor 'gick ner' in a turn, when a measure where lower is better improved (Vaggeryd: '… gick ner … gick däremot ner')", () => {
    let seen = 0;
    for (const r of releases) {
      for (const f of r.analysis.findings) {
        if (f.indicator.better !== "lower" || f.value === null || f.previous === null || f.value >= f.previous) continue;
        const told = [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)].filter((s) => s.claims.includes(`${f.indicator.id}.changeClass`) && /\d\u00A0timm/.test(s.text));
        seen += told.length;
        for (const s of told) expect(s.text, r.municipality.name).not.toMatch(/\b(sjönk|sjunkit)\b|däremot[^.]*\bgick ner\b|\bgick (däremot )?ner\b[^.]*däremot/);
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(named("Vaggeryd").composed.lead.map((s) => s.text).join(" ")).toContain("Däremot förbättrades den genomsnittliga svarstiden för e-post, från 11,9\u00A0timmar 2018 till 9,5\u00A0timmar 2019");
  });
});

describe("read HP: sentences an editor rewrote", () => {
  const all = (r: GeneratedRelease): Sentence[] => [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)];
  it("after the count's largest gap, its record says 'Resultatet', not 'Det', which pointed at the difference (Lomma)", () => {
    let seen = 0;
    for (const r of releases) {
      const s = all(r);
      for (const [k, x] of s.entries()) {
        if (!/^(Störst är|Längst (före|efter) riket|Den största skillnaden)/.test(x.text) || !/^(Det|Resultatet|Samtidigt är resultatet) [^.]*(bästa|sämsta)/.test(s[k + 1]?.text ?? "")) continue;
        seen += 1;
        expect(s[k + 1]?.text, r.municipality.name).toMatch(/^(Resultatet är|Samtidigt är resultatet) /);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(2);
    expect(named("Lomma").composed.lead.map((x) => x.text).join(" ")).toContain("39\u00A0procent mot 55\u00A0procent i riket. Resultatet är ändå Lommas bästa hittills.");
  });
  it("a record's apposition has its noun ('Ronnebys bästa nivå i samtliga mätningar', not 'det bästa för Ronneby i …')", () => {
    for (const r of releases) for (const x of all(r)) expect(x.text, r.municipality.name).not.toMatch(/, det (bästa|sämsta) för \p{Lu}/u);
    // (Ronneby is named in two sentences of the ingress before it: "kommunens", since A/B read AB64.)
    expect(named("Ronneby").markdown).toContain("(4,4\u00A0timmar ett år tidigare), kommunens bästa nivå i samtliga mätningar sedan 2014.");
  });
  it("the one measure on the other side of riket is 'Bara för X är resultatet …', not 'Bara X är sämre än riket' (Sotenäs)", () => {
    let seen = 0;
    for (const r of releases) {
      for (const x of all(r)) {
        if (!/(^|\. )Bara /.test(x.text) || !/än rikets?\b/.test(x.text)) continue;
        seen += 1;
        expect(x.text, r.municipality.name).not.toMatch(/(^|\. )Bara (?!för )[^.]* är (sämre|bättre) än riket/);
      }
    }
    expect(seen).toBeGreaterThan(10);
    expect(named("Sotenäs").markdown).toContain("Bara för direktsvaren i telefon är resultatet sämre än rikets.");
  });
  it("names the other records without 'liksom för' (Boden: 'Det är Bodens bästa resultat hittills, liksom för …')", () => {
    for (const r of releases) for (const x of all(r)) expect(x.text, r.municipality.name).not.toMatch(/hittills, liksom för/);
    expect(named("Boden").markdown).toMatch(/Det är Bodens bästa resultat hittills, (och rekord blev det också för|och detsamma gäller|precis som för) direktsvaren i telefon och e-postsvaren inom en arbetsdag\./);
  });
});

describe("read HP: the lead's turn to a change the other way", () => {
  it("says 'däremot', never a bare 'Samtidigt', and a shorter time 'förbättrades' after a fall said 'minskade' (Jönköping, Skellefteå)", () => {
    for (const r of releases) {
      for (const s of r.composed.lead) expect(s.text, r.municipality.name).not.toMatch(/^Samtidigt (ökade|steg|minskade|sjönk|förbättrades|gick)\b/);
    }
    expect(named("Jönköping").composed.lead.map((s) => s.text).join(" ")).toContain("Andelen som får kontakt med en handläggare inom en minut minskade däremot, från 81\u00A0procent 2018 till 75\u00A0procent 2019");
    expect(named("Skellefteå").composed.lead.map((s) => s.text).join(" ")).toMatch(/minskade från 86\u00A0procent 2018 till 81\u00A0procent 2019[^.]*\. Däremot förbättrades den genomsnittliga svarstiden för e-post, från 14\u00A0timmar 2018 till 9,2\u00A0timmar 2019/);
  });
});

describe("read HP: a comparison right after a sentence of the years", () => {
  it("names this year's result, where 'Det' pointed at the run or the first year (Boden, Vellinge)", () => {
    let seen = 0;
    for (const r of releases) {
      const paragraphs = [r.composed.lead, ...r.composed.sections.map((x) => x.sentences)];
      for (const p of paragraphs) {
        for (const [i, s] of p.entries()) {
          if (i === 0 || !/\bi rad\.$| än 20\d\d \([^)]*\)\.$/.test(p[i - 1]?.text ?? "") || !s.claims.some((c) => c.endsWith(".vsNational"))) continue;
          seen += 1;
          expect(s.text, r.municipality.name).not.toMatch(/^(Men )?[Dd]et (är|ligger) (fortfarande|fortsatt|ändå|klart|långt|något|bättre|sämre)\b/);
        }
      }
    }
    expect(seen).toBeGreaterThan(10);
    expect(named("Boden").markdown).toContain("Det är den tredje förbättringen i rad, liksom för tillgängligheten i telefon. Men årets resultat är fortfarande sämre");
    expect(named("Vellinge").markdown).toMatch(/bättre än 2014 \(41\u00A0procent\)\. (Vellinges resultat 2019|Men resultatet) är (fortfarande|fortsatt) långt sämre/u);
  });
});

describe("read HP: no 'Men' from a rise to a rise", () => {
  it("after a place among the weakest whose sentence told its own rise, another measure's rise follows without 'Men' (Lycksele, Burlöv, Gislaved)", () => {
    for (const name of ["Lycksele", "Burlöv", "Gislaved"]) {
      const lead = named(name).composed.lead.slice(0, named(name).composed.ingress);
      expect(lead[0]?.text, name).toMatch(/bättre än 2018|en förbättring|även om resultatet har förbättrats/);
      expect(lead[1]?.text, name).toMatch(/^Andelen [^.]* gick upp /);
    }
  });
});

describe("reads HP and HQ: a run after smaller steps the same way", () => {
  it("is said beside its change, as the latest real changes in a row (Södertälje, Sotenäs, Forshaga)", () => {
    expect(named("Södertälje").composed.lead[0]?.text).toMatch(/till 85\u00A0procent 2019, vilket är den tredje förbättringen i rad\.$/);
    expect(named("Sotenäs").markdown).toMatch(/E-postsvaren inom en arbetsdag har nu förbättrats för tredje året i rad(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)( 2019)?)?\./u);
    expect(named("Forshaga").markdown).toMatch(/fjärde året i rad/);
  });
});

describe("read HQ: of two bests, the one a run reached", () => {
  it("headlines over a best alone, and the ingress tells both (Nykvarn's tillgänglighet after a third rise, far above riket)", () => {
    expect(named("Nykvarn").claims.headline).toMatch(/^Nykvarn(:| når| slår)? (eget rekord|bästa resultatet hittills|sitt bästa resultat hittills|sitt eget rekord) för tillgängligheten i telefon$/);
    expect(named("Partille").claims.headline).toMatch(/direktsvaren i telefon$/);
  });
});

describe("reads HR and HS: the first sentence under the ingress, without its turn", () => {
  it("says 'men är fortfarande', not a 'vilket' chained to its record (Ockelbo)", () => {
    for (const r of releases) {
      const s = r.composed.lead[r.composed.ingress ?? r.composed.lead.length];
      if (s && !/^(Men|Däremot|Samtidigt) |\bdäremot\b/.test(s.text)) expect(s.text, r.municipality.name).not.toMatch(/, vilket fortfarande är /);
    }
    expect(named("Ockelbo").markdown).toContain("det bästa resultatet hittills för Ockelbo, men är fortfarande sämre än rikssnittet.");
  });
});

describe("read HT: the headline's record with the run that reached it", () => {
  const ingress = (r: GeneratedRelease): string => r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text).join(" ");
  it("says the run in the ingress even past the lead's three facts (Osby's direct answers at their lowest after a third fall, beside e-mail's run)", () => {
    expect(named("Osby").claims.headline).toMatch(/direktsvaren (i telefon )?(sämre än i någon tidigare mätning|på sin sämsta nivå hittills|sämst hittills)/);
    expect(ingress(named("Osby"))).toMatch(/39\u00A0procent 2019, kommunens sämsta resultat[^.]*\. Direktsvaren har nu försämrats för tredje året i rad(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)( 2019)?)?\./);
    // And not again in the Telefon section.
    expect(body(named("Osby")).map((s) => s.text).join(" ")).not.toMatch(/i rad blev direktsvaren/);
    expect(ingress(named("Landskrona"))).toMatch(/75\u00A0procent 2019, stadens bästa resultat[^.]*\. Förbättringen är den tredje i rad(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)( 2019)?)?\./);
  });
});

describe("read HT: ingresses that do not all open alike", () => {
  it("opens at most half of the example ingresses with 'I X kommun' (nine of fourteen in read HT read as a template)", () => {
    const opens = releases.filter((r) => /^I \S+( \S+)? (kommun|stad)\b/.test(r.composed.lead[0]?.text ?? "")).length;
    expect(opens / releases.length).toBeLessThanOrEqual(0.5);
    // The municipality as subject is one of the openings ("Öckerö kommun har ökat andelen …").
    expect(releases.filter((r) => /^\S+( \S+)? (kommun|stad) har (ökat|backat i) /.test(r.composed.lead[0]?.text ?? "")).length).toBeGreaterThan(20);
  });
});

describe("A/B read AB19: a first section of one sentence takes its channel's sentences from under the ingress", () => {
  it("opens Höör's E-post section with its response time at its best, not the paragraph under the ingress", () => {
    const c = named("Höör").composed;
    const under = [...(c.intro ?? []), ...c.lead.slice(c.ingress)];
    // (The counts across measures stay; no e-mail measure's own figure does.)
    expect(under.some((s) => s.claims.some((x) => /^epost-.*\.value$/.test(x)))).toBe(false);
    expect(c.sections[0]?.heading).toBe("E-post");
    // (Second, after the e-mail answers the ingress told: the section keeps the plan's order of its measures.)
    expect(c.sections[0]?.sentences[1]?.text).toMatch(/^Den genomsnittliga svarstiden för e-post var 1,7\u00A0timmar 2019, den bästa nivån för Höör hittills/);
    expect(c.sections[0]?.sentences.length).toBeGreaterThan(2);
  });
  it("gives Gislaved's and Härjedalen's thin E-post sections their e-mail answers from under the ingress, though a phone sentence came after them", () => {
    for (const name of ["Gislaved", "Härjedalen"]) {
      const c = named(name).composed;
      const under = [...(c.intro ?? []), ...c.lead.slice(c.ingress)].map((s) => s.text).join(" ");
      expect(under, name).not.toMatch(/e-postfrågor/);
      const epost = c.sections.find((x) => x.heading === "E-post")?.sentences.map((s) => s.text).join(" ") ?? "";
      expect(epost, name).toMatch(/(Andelen e-postfrågor som besvaras inom en arbetsdag (ökade|gick upp)|e-postfrågor \(\d+\u00A0procent\) besvarades inom en arbetsdag 2019,|besvarades [^.]*e-postfrågor \(\d+\u00A0procent\) inom en arbetsdag,)[^.]*\. (Resultatet|Det) är (Gislaveds|Härjedalens|det) bästa/);
      expect(epost, name).not.toMatch(/Även det/);
    }
    // (The phone sentence that stood after them stays under the ingress.)
    expect([...(named("Gislaved").composed.intro ?? [])].map((s) => s.text).join(" ") + named("Gislaved").composed.lead.map((s) => s.text).join(" ")).toMatch(/kontakt med en handläggare inom en minut/);
  });
  it("points back with 'även' or 'också' at nothing, and opens no two sentences 'Det är' in a row (Borlänge, Hällefors, Örkelljunga)", () => {
    const first = (name: string): string => named(name).composed.sections[0]?.sentences.map((s) => s.text).join(" ") ?? "";
    // (Borlänge's direct answers, a run to a record, stood under the ingress since its Telefon section said how far the
    // group is ahead of its tillgänglighet; since read IK they open that section of two.)
    expect(first("Borlänge")).toMatch(/^Andelen som får ett direkt svar[^.]*\. Det är en förbättring för tredje året i rad och Borlänges bästa resultat hittills/);
    expect(first("Hällefors")).toMatch(/timmar 2019\. Det är Hällefors bästa resultat hittills, men svarstiden är fortsatt längre/);
    for (const name of ["Borlänge", "Hällefors", "Örkelljunga"]) expect(first(name), name).not.toMatch(/^[^#]*?\b(Även det|Också den siffran)\b/);
  });
});

describe("A/B read AB20: the paragraph under the ingress keeps records and runs, not a measure's plain change", () => {
  const underOf = (name: string): string => {
    const c = named(name).composed;
    return [...(c.intro ?? []), ...c.lead.slice(c.ingress)].map((s) => s.text).join(" ");
  };
  it("tells Pajala's flat tillgänglighet in its Telefon section, not under the ingress (Täby's and Åre's changes likewise)", () => {
    expect(underOf("Pajala")).not.toMatch(/handläggare/);
    expect(named("Pajala").composed.sections.find((x) => x.heading === "Telefon")?.sentences[0]?.text).toMatch(/^Andelen som får kontakt med en handläggare inom en minut höll sig på ungefär samma nivå/);
    expect(underOf("Täby")).not.toMatch(/direkt svar/);
    expect(underOf("Åre")).not.toMatch(/förändrades knappt/);
  });
  it("keeps a second record in the ingress, or tells it in its section (A/B read AB59 preferred that in 12 pairs of 14: Solna, Nynäshamn)", () => {
    // (Botkyrka's, in its ingress as a fourth sentence until A/B read AB81 preferred an ingress of two, in its section.)
    expect(sectionText("Botkyrka", "Telefon")).toMatch(/82\u00A0procent\) fick kontakt med en handläggare inom en minut 2019, upp från 78\u00A0procent 2018\. Resultatet är det bästa hittills/);
    expect(underOf("Solna")).not.toMatch(/svarstid/i);
    expect(sectionText("Solna", "E-post")).toMatch(/Svarstiden i Solna är därmed den kortaste hittills/);
    expect(underOf("Nynäshamn")).not.toMatch(/bemötande/);
    expect(sectionText("Nynäshamn", "Telefon")).toMatch(/gott bemötande via telefon gick upp med 6\u00A0procentenheter, till 78\u00A0procent 2019\. Det är Nynäshamns bästa resultat i alla mätningar sedan 2014/);
  });
});

describe("reads HS and HW: a time cut to a fraction", () => {
  it("says 'ungefär' where the band is wide (Söderköping's 5,6 → 1 timme is 0,18, not quite a sixth)", () => {
    // (Söderköping's own release says it in hours since read JI: below.)
    expect(relativeChange(1, 5.6, "hours")?.words).toBe("minskat till ungefär en sjättedel");
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/minskat till en (sjättedel|femtedel)/);
  });
});

describe("reads JE and JF: a response time at most half its first year's", () => {
  it("says so in words with both figures, also beside a change this year (Säffle's 8,1 → 3,3 timmar since 2014, Ludvika's 12,6 → 5,7)", () => {
    expect(named("Säffle").markdown).toMatch(/svarstiden på e-post mer än halverats, från 8,1\u00A0timmar till 3,3\u00A0timmar 2019\./);
    const ludvika = named("Ludvika").composed.sections.find((x) => x.heading === "E-post")?.sentences.map((x) => x.text).join(" ") ?? "";
    expect(ludvika).toMatch(/minskade med 1,7\u00A0timmar, till 5,7\u00A0timmar 2019\. [^.]*12,6\u00A0timmar 2014[^.]*mer än halverats/);
  });

  it("says 'nästan två tredjedelar' only within 3 points of it, as SPRAK.md's 'nästan' (A/B read AB44: Åsele's 9,1 → 3,6 timmar is a cut of 60 percent)", () => {
    expect(named("Åsele").markdown).toMatch(/svarstiden( på e-post)? (har )?mer än halverats[^.]*9,1\u00A0timmar/);
    // Haninge's 7,9 → 3 (0,38) and Nordanstig's 7,3 → 2,7 (0,37) too; 6 → 2,1 (0,35) is nearly two thirds shorter.
    for (const [to, from] of [[3.6, 9.1], [3, 7.9], [2.7, 7.3]] as const) expect(relativeChange(to, from, "hours")?.words, `${from} → ${to}`).toBe("mer än halverats");
    expect(relativeChange(2.1, 6, "hours")?.words).toBe("minskat med nästan två tredjedelar");
  });

  it("never as a fraction beside the fraction of riket's time it is (read JI: Söderköping's sixth and sixth, then a fifth; Lidingö; read JA: Upplands-Bro), but still as a multiple beside riket's (Klippan, Töreboda)", () => {
    // (Not Upplands-Bro since read LH: its 2,2 timmar is "mindre än hälften" of riket's and the group's, no longer the
    // "drygt en tredjedel" its long run's third would stack on.)
    for (const name of ["Söderköping", "Lidingö"]) {
      const epost = named(name).composed.sections.find((x) => x.heading === "E-post")?.sentences.map((x) => x.text.replace(/\u00A0/g, " ")).join(" ") ?? "";
      expect(epost, name).toMatch(/sedan 2014|Jämfört med 2014/i);
      expect(epost, name).not.toMatch(/minskat till (ungefär |under |mindre än )?en \p{L}+del/u);
    }
    // A sixth and a fifth meet at their midpoint: 7,2 -> 1,3 timmar (0,18) is about a sixth.
    expect(relativeChange(1.3, 7.2, "hours")?.words).toBe("minskat till ungefär en sjättedel");
    expect(named("Klippan").markdown).toMatch(/Jämfört med 30\u00A0timmar 2014 har svarstiden mer än halverats/);
    expect(named("Töreboda").markdown).toMatch(/nästan trettio gånger så lång/);
  });
});

describe("read JJ: stiff stock phrases", () => {
  it("never 'förändrats marginellt', nor 'Det är i jämnhöjd med både …'", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/förändrats marginellt|Det är i jämnhöjd med både/u);
  });
});

describe("reads JE and JK: a fall below riket from the country's first place", () => {
  it("says the first place, not only 'låg över riket' (Haparanda's bemötande, 99 procent and a shared first place in 2018)", () => {
    const text = named("Haparanda").markdown.replace(/\u00A0/g, " ");
    expect(text).toMatch(/klart sämre än [^;]*\(84 procent\)[;,] [^.]*(delade (Haparanda|staden) förstaplatsen i landet|en delad förstaplats i landet)/);
    expect(text).not.toMatch(/låg Haparanda över riket/);
  });
});

describe("A/B read AB45: a response time's change since the first year", () => {
  it("names the time, never 'har resultatet minskat med 4,6 timmar' (Söderköping)", () => {
    expect(named("Söderköping").markdown).toContain("har svarstiden minskat med 4,6\u00A0timmar");
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/resultatet (har )?(minskat|ökat) med [\d,]+\u00A0timm/u);
  });
});

describe("reads JH and JI: the group compared with in one word", () => {
  it("never 'kommungruppen' and 'likvärdiga kommuner' for the same comparison in one release (213 of 264 releases switched inside a paragraph; A/B read AB45 also between sections)", () => {
    const kg = /(?:än|med|och|snittet i|och i) kommungruppen/u;
    const lk = /(?:än|med|och|snittet för|och för) likvärdiga kommuner/u;
    for (const r of releases) {
      const c = r.composed;
      const text = [...c.lead, ...(c.intro ?? []), ...c.sections.flatMap((x) => x.sentences)].map((x) => x.text).join(" ");
      if (kg.test(text)) expect(text, r.municipality.name).not.toMatch(lk);
    }
    // The word the release used first: Huddinge's E-post section says "likvärdiga kommuner", and so does its Telefon.
    expect(named("Huddinge").markdown).toContain("och i nivå med likvärdiga kommuner (63\u00A0procent)");
  });
});

describe("read HX: a record said on its own and riket in the next sentence", () => {
  it("says them in one sentence, turning with 'men' only against the record's direction (Köping, Munkfors, Jokkmokk), and once: no 'ändå … men' (read ID: Jönköping)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/ändå [^.,]* hittills, men /u);
    expect(named("Köping").markdown).toMatch(anyGroupWord("Resultatet är ändå Köpings bästa hittills och bättre än riket och likvärdiga kommuner (84 och 86\u00A0procent)."));
    expect(named("Munkfors").markdown).toMatch(anyGroupWord("Det räcker till Munkfors bästa resultat hittills, men det är sämre än riket som helhet och likvärdiga kommuner (55 och 54\u00A0procent)."));
    // (A pair of verdicts with a figure each follows a comma, not a second "och".)
    expect(named("Jokkmokk").markdown).toContain("Resultatet är ändå Jokkmokks bästa hittills, bättre än riket (84\u00A0procent) och klart bättre än likvärdiga kommuner (82\u00A0procent).");
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(bästa|sämsta) hittills\. Årets resultat (för \p{L}+ )?är/u);
    // (And after it, "Vaggeryds resultat 2019 är …": read HY.)
    expect(named("Vaggeryd").markdown.replace(/\u00A0/g, " ")).toContain("Det räcker till Vaggeryds bästa resultat hittills, men det är klart sämre än riket som helhet (84 procent) och sämre än snittet i kommungruppen (82 procent).");
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(new RegExp(`(bästa|sämsta) hittills\\. ${r.municipality.name}s? resultat \\d{4} är`, "u"));
  });
});

describe("read HX: a comparison's 'Det' after a change", () => {
  it("names the result after a change's two figures, where 'Det' could be either; keeps 'Det' right after this year's figure alone (Varberg, Solna, Säter; Tierp in A/B read AB21)", () => {
    const md = (name: string): string => named(name).markdown.replace(/\u00A0/g, " ");
    expect(md("Varberg")).toMatch(/90 procent 2019 mot 91 procent 2018\. (Resultatet|Varbergs resultat|Årets resultat) är bättre än rikssnittet/);
    expect(md("Solna")).toMatch(/\(73 procent\)[^.]* 2019, upp från 70 procent 2018\. (Resultatet|Solnas resultat|Årets resultat) ligger klart över rikssnittet/);
    expect(md("Säter")).toMatch(/till 56 procent 2019\. (Resultatet|Säters resultat|Årets resultat) är fortsatt något sämre/);
    expect(md("Tierp")).toMatch(/\(65 procent\) 2019\. Det är bättre än både riket och (kommungruppen|likvärdiga kommuner)/);
    let seen = 0;
    for (const r of releases) {
      for (const p of [r.composed.lead, r.composed.intro ?? [], ...r.composed.sections.map((x) => x.sentences)]) {
        p.forEach((s, i) => {
          if (i === 0 || !s.claims.some((c) => /\.vs(National|Group)$/.test(c)) || s.claims.some((c) => /\.(record|tie)$/.test(c))) return;
          const before = p[i - 1]?.text ?? "";
          if (!/ 2018\.$/.test(before) && (before.match(/\d+(?:,\d+)?\u00A0(?:procent(?:enheter?)?|timmar|timme)\b/g)?.length ?? 0) < 2) return;
          seen++;
          expect(s.text, r.municipality.name).not.toMatch(/^(Men )?[Dd]et (är|ligger) (fortfarande |fortsatt |ändå )?(något |klart |långt |mycket )?(bättre|sämre|över|under|i nivå|i jämnhöjd|på samma)/);
        });
      }
    }
    expect(seen).toBeGreaterThan(20);
  });
  it("varies the words: at most three sentences of a release open 'Resultatet'", () => {
    for (const r of releases) expect(r.markdown.replace(/\*\*/g, "").match(/(^|\. )(Men )?[Rr]esultatet /gm)?.length ?? 0, r.municipality.name).toBeLessThanOrEqual(3);
  });
});

describe("read HX: a record after a year that stood still", () => {
  it("says whose result is the best, not 'Det är det bästa resultatet' after 'knappt förändrats' (Halmstad), and no 'toppnoteringen' for a time", () => {
    expect(named("Halmstad").markdown.replace(/\u00A0/g, " ")).toContain("Jämfört med 2018 har svarstiden på e-post knappt förändrats. Resultatet är ändå Halmstads bästa hittills, 0,4 timmar kortare än det gamla rekordet.");
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(knappt förändrats|förändrats marginellt|samma nivå som \d{4})\. Det är [^.]*(bästa|sämsta)/);
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/toppnoteringen/);
  });
});

describe("A/B read AB21: the lead's tense and turns", () => {
  it("tells a strong fall in the perfect, as the lead's other sentences, and turns once: not 'tappar … men ligger trots det' (Karlshamn)", () => {
    expect(named("Karlshamn").composed.lead[0]?.text.replace(/\u00A0/g, " ")).toMatch(/^Karlshamns kommun har tappat kraftigt i andelen e-postfrågor som besvaras inom en arbetsdag: från 100 procent 2018 till 84 procent 2019, men ligger ändå i nivå med rikssnittet\./);
    for (const r of releases) for (const s of r.composed.lead) expect(s.text, r.municipality.name).not.toMatch(/ tappar kraftigt i |men ligger trots det/);
  });
  it("names the source never with 'Det visar …' or 'Det framgår av …', which read as backing only the sentence before (Jokkmokk, Vallentuna; A/B read AB65: Fagersta, Vänersborg, Karlstad), and in the ingress's first sentence where it is short (AB65 preferred that in 11 pairs of 12)", () => {
    expect(named("Stockholm").markdown).toMatch(/(^|\. )(Men )?[Dd]et [^.]*\. (Siffrorna|Uppgifterna) (kommer|är hämtade) från Kommunens Kvalitet i Korthet \(KKiK\) 2019\./m);
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/Det (visar|framgår av) Kommunens Kvalitet/m);
    const first = (name: string): string => named(name).composed.lead[0]?.text ?? "";
    expect(first("Huddinge")).toMatch(/arbetsdag, 98\u00A0procent 2019, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)\.$/);
    expect(named("Huddinge").composed.lead.slice(0, named("Huddinge").composed.ingress).filter((s) => /Kommunens Kvalitet/.test(s.text))).toHaveLength(1);
    // (Not beside a clause of its own: Göteborg's "…, vilket ger fjärde sista plats i landet" keeps the source apart.)
    expect(first("Göteborg")).not.toMatch(/Kommunens Kvalitet/);
    let inFirst = 0;
    for (const r of releases) if (/(visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)( \d{4})?\.$/.test(r.composed.lead[0]?.text ?? "")) inFirst += 1;
    expect(inFirst).toBeGreaterThan(50);
  });
});

describe("read HY: the headline channel's section", () => {
  it("is there when the sections before left it empty: Säter's E-post tells its response time's record, not the paragraph under the ingress", () => {
    const c = named("Säter").composed;
    expect(c.sections.map((x) => x.heading)).toEqual(["E-post", "Telefon"]);
    expect(c.sections[0]?.sentences[0]?.text).toMatch(/^Den genomsnittliga svarstiden för e-post låg på 2,5\u00A0timmar 2019[^.]*Säters bästa resultat hittills\./);
    expect([...(c.intro ?? []), ...c.lead.slice(c.ingress)].map((s) => s.text).join(" ")).not.toMatch(/svarstiden för e-post/i);
  });
});

describe("reads AV and HX: 'landade på' is spoken Swedish", () => {
  it("is in no variant of the phrase bank", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/landade på/);
  });
});

describe("read HY: a share does not 'ligga sämre till'", () => {
  it("says 'ligger fortfarande klart efter rikssnittet' (Linköping's e-mail answers)", () => {
    expect(named("Linköping").composed.lead.map((s) => s.text).join(" ").replace(/\u00A0/g, " ")).toMatch(/från 63 procent 2018 till 73 procent 2019, men ligger fortfarande klart efter rikssnittet/);
    for (const r of releases) for (const s of r.composed.lead) expect(s.text, r.municipality.name).not.toMatch(/^Andelen [^.]*, men ligger (fortfarande |ändå )?(klart )?(bättre|sämre) till än/);
  });
});

describe("read HY: a multiple just past two and a half", () => {
  it("is 'drygt två och en halv gånger' (Ödeshög's 18 timmar against the group's 6,8: 2,65), and 2,57 stays 'ungefär' beside riket's (Gislaved)", () => {
    expect(named("Ödeshög").markdown).toContain("drygt två och en halv gånger så lång som snittet för likvärdiga kommuner (6,8\u00A0timmar)");
    expect(named("Gislaved").markdown).toContain("ungefär två och en halv gånger så lång som snittet både i riket och i kommungruppen (6 och 6,3\u00A0timmar)");
  });
});

describe("read HY: 'jämfört med 2018' once", () => {
  it("a second step since last year takes another variant (Aneby's Telefon section)", () => {
    const telefon = named("Aneby").composed.sections.find((x) => x.heading === "Telefon")?.sentences.map((s) => s.text).join(" ") ?? "";
    expect(telefon.match(/[Jj]ämfört med 2018/g) ?? []).toHaveLength(1);
  });
});

describe("read HY: the count of changes with one the other way", () => {
  it("says 'och på ett försämrat det', not ', på ett har det blivit sämre' (Linköping)", () => {
    expect(named("Linköping").markdown).toContain("På fyra av fem mått har Linköping förbättrat resultatet sedan 2018 och på ett försämrat det.");
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/, på \p{L}+ har det blivit (sämre|bättre)/u);
  });
});

describe("read HZ: a shared place among the ten best", () => {
  it("is said as the place, not 'nära toppen' (Överkalix's shared eighth place)", () => {
    expect(named("Överkalix").claims.headline).toMatch(/^Överkalix(: delad| delar| på delad) åttonde plats i landet/);
    // Never "på … på" (read KV: "Orust: svarstiden på e-post på delad tredje plats i landet").
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/ på [^ ]+ på /u);
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/nära toppen/);
  });
});

describe("read IC: two sentences on a time in a row", () => {
  it("do not both open 'Den' ('Den är drygt hälften så lång som rikssnittet (6 timmar). Den är också kortare …': Timrå)", () => {
    for (const r of releases) {
      const text = [...r.composed.lead, ...body(r)].map((s) => s.text).join(" ");
      expect(text, r.municipality.name).not.toMatch(/(?:^|\. )Den [^.]+\. Den är också /u);
    }
    // (Since read IK one sentence: "Dessutom är den kortare …" read as machine-made.)
    // (Named since its tie with 2017's best stands between: "Därmed tangerar Timrå sitt bästa resultat hittills, från 2017.")
    expect(body(named("Timrå")).map((s) => s.text).join(" ")).toMatch(/(Den|Svarstiden på e-post) är drygt hälften så lång som rikssnittet \(6\u00A0timmar\) och kortare än snittet för likvärdiga kommuner \(5,4\u00A0timmar\)\./u);
  });
});

describe("A/B read AB23: a step said 'förbättrades' and its run", () => {
  it("does not say the word twice ('förbättrades med 3 procentenheter från 2018, en förbättring för fjärde året i rad': Karlskoga)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(förbättrades|försämrades) med [^,.]+, (vilket är )?(en (förbättring|försämring) för|den \p{L}+ (förbättringen|försämringen))/u);
    expect(named("Karlskoga").markdown).toMatch(/Direktsvaren (i telefon )?förbättrades med 3\u00A0procentenheter från 2018, för fjärde året i rad\./);
  });
});

describe("reads IB, IC and IE: wordings this session's reads asked for", () => {
  it("a record that follows its figure says whose it is in the genitive, never 'Det är det bästa resultatet för Dals-Ed i alla mätningar sedan 2014' (read IB)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/Det är det (bästa|sämsta) resultatet för [^.]*(i alla mätningar|under åren|av de år)/u);
    expect(named("Dals-Ed").markdown).toContain("Det är Dals-Eds bästa resultat under åren 2014–2019");
  });
  it("a time that moved within 'same' after the lead gave its value is told by its step, not both figures again (Boden, read IB)", () => {
    const boden = named("Boden").markdown;
    // A step within the limit is not the change the facts box counts (read IF: Österåker's 0,7 timmar; since reads IT
    // and IZ not "gick upp något" either).
    // ("har i stort sett inte förändrats sedan 2018: den är 0,3 timmar längre" read as awkward: A/B read AB39.)
    // ("…, 0,3 timmar längre." last in the sentence read as stiff: read KM.)
    expect(boden).toMatch(/Svarstiden på e-post (var i stort sett oförändrad, 0,3\u00A0timmar längre än 2018|är 0,3\u00A0timmar längre än 2018, i stort sett oförändrad)\./);
    expect(boden).not.toMatch(/inte förändrats sedan 2018: den är/);
    expect(boden.split("2,7\u00A0timmar 2019").length - 1).toBe(1);
  });
  it("a change told after a count of the year's changes opens its section, not a paragraph of its own, and riket on the other side turns (read IF: Österåker)", () => {
    const o = named("Österåker");
    expect(underIngress(o.composed)).toEqual([]);
    const telefon = o.composed.sections.find((x) => x.heading === "Telefon")?.sentences.map((x) => x.text).join(" ");
    expect(telefon).toMatch(new RegExp(`${shareRise(47, 39)}\\. Direktsvaren i telefon är ändå sämre än rikssnittet \\(55\u00A0procent\\)`, "u"));
  });
  it("a response time's comparison after a sentence on it never opens 'I Sundbyberg är den …', which read as an unclear reference (read IF: Sundbyberg, Alingsås, Bräcke)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(^|\. )I [\p{Lu}][\p{L} -]* är den /mu);
    expect(named("Sundbyberg").markdown).toContain("Den genomsnittliga svarstiden för e-post var 5,6\u00A0timmar 2019, jämfört med 4,8\u00A0timmar 2018. Sundbybergs svarstid är i jämnhöjd med genomsnittet i riket och för likvärdiga kommuner (6 och 5\u00A0timmar).");
  });
  it("turns once, with a subject: no 'däremot …, men är …' and no '…, men är/ligger …' after 'Det' (read IG: Örebro, Tranemo, Skövde)", () => {
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...body(r)]) {
        for (const one of s.text.split(/(?<=\.) /)) {
          expect(one, r.municipality.name).not.toMatch(/däremot[^.]*, men (är|ligger) /iu);
          expect(one, r.municipality.name).not.toMatch(/^Det [^.]*, men (är|ligger) /u);
        }
      }
    }
    expect(named("Örebro").markdown).toContain("Däremot sjönk andelen som upplever ett gott bemötande via telefon från 95\u00A0procent 2018 till 90\u00A0procent 2019. Den är ändå bättre än rikssnittet (84\u00A0procent).");
  });
  it("the year's good news before a place near the bottom turns to it with 'men', not 'och' (A/B read AB24: Burlöv, Lycksele)", () => {
    expect(named("Burlöv").composed.lead[0]?.text).toBe("Den genomsnittliga svarstiden för e-post var 12,8\u00A0timmar 2019, en förbättring jämfört med 2018, men bara nio kommuner i landet har ett sämre resultat än Burlövs kommun.");
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(förbättring jämfört med \d{4}|bättre än \d{4}|bästa resultat hittills), och bara /u);
  });
  it("a response time under half the group's says so, not 'kortare än', and under half of both is said once (read IG: Bengtsfors)", () => {
    expect(named("Bengtsfors").markdown).toMatch(anyGroupWord("mindre än hälften så lång som genomsnittet både i riket och för likvärdiga kommuner (6 och 6,3\u00A0timmar)."));
    const underHalf = releases.filter((r) => r.analysis.findings.some((x) => x.indicator.unit === "hours" && x.group !== null && x.value * 2 < x.group));
    expect(underHalf.length).toBeGreaterThan(10);
    for (const r of underHalf) expect(r.markdown, r.municipality.name).not.toMatch(/(Den|den) är (också |dessutom )?kortare än (snittet|genomsnittet) (i kommungruppen|för likvärdiga kommuner)/u);
    // Its own fraction, not "mindre än hälften" for a seventh (reads AB25, II, IJ: Skinnskatteberg's 1 timme against 6,8).
    // (Since A/B read AB38, beside riket's fraction in one sentence: the two straddle "en sjättedel".)
    // (Exactly a sixth of riket's 6 timmar without "ungefär" since read LR.)
    expect(named("Skinnskatteberg").markdown).toMatch(/(?<!\p{L})är en sjättedel så lång som [^.]+ och mindre än en sjättedel så lång som (snittet|genomsnittet) (i kommungruppen|för likvärdiga kommuner) \(6,8\u00A0timmar\)\./u);
  });
  it("says the group where it is farther behind than riket, on the bad side (read II: Torsby's 78 procent against riket's 84 and the group's 86)", () => {
    const e = named("Torsby").composed.sections.find((x) => x.heading === "E-post")?.sentences.map((x) => x.text).join(" ") ?? "";
    // (Without "även" since read IK: its section has not compared the measure with riket; the ingress did.)
    expect(e).toContain("Torsbys resultat för e-postsvaren inom en arbetsdag, 78\u00A0procent, är sämre än kommungruppen (86\u00A0procent).");
  });
  it("joins the group's 'även' to the same measure's verdict on riket right before it, in the same words (A/B read AB26: Gislaved)", () => {
    expect(named("Gislaved").markdown).toContain("Resultatet är Gislaveds bästa hittills, men ändå sämre än rikssnittet och kommungruppen (84 och 86\u00A0procent).");
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/än rikssnittet \([\d,]+\u00A0(procent|timmar)\)\. [^.]*även än kommungruppen/u);
  });
  it("says 'kraftigt' once in a paragraph, the second strong change 'markant' (read IH: Tranås, Ljusdal)", () => {
    for (const r of releases) {
      const paragraphs = [r.composed.lead.slice(0, r.composed.ingress), ...r.composed.sections.map((x) => x.sentences)];
      for (const p of paragraphs) expect(p.map((x) => x.text).join(" ").match(/(?<!\p{L})kraftigt(?!\p{L})/gu)?.length ?? 0, r.municipality.name).toBeLessThanOrEqual(1);
    }
    expect(named("Tranås").composed.lead.map((x) => x.text).join(" ")).toContain("Andelen som får ett direkt svar på en enkel fråga via telefon ökade markant, från 33\u00A0procent 2018 till 52\u00A0procent 2019");
  });
  it("a crossing of riket opens on where the measure stands now, not on last year (read IE: Upplands Väsby)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(^|\. )Året innan låg /mu);
    expect(named("Upplands Väsby").markdown).toContain("För direktsvaren i telefon är Upplands Väsby nu bättre än riket som helhet (55\u00A0procent); året innan låg kommunen under riket.");
  });
  it("records counted after the headline's measure are a sentence of their own, not '…, och detsamma gäller …' or '…, precis som för …' (read IC: Öckerö, Sollefteå)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/bästa resultat hittills, (och detsamma gäller|precis som för) /u);
    expect(named("Öckerö").markdown).toMatch(/Det är Öckerös bästa resultat hittills\. Även direktsvaren och tillgängligheten i telefon når sin bästa nivå hittills(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)( 2019)?)?\./u);
  });
});

describe("read IK: a first section of two or three sentences takes its channel's measures from under the ingress", () => {
  const under = (n: string) => underIngress(named(n).composed).flatMap((s) => s.claims.map((c) => c.split(".")[0]));
  const section = (n: string, heading: string) => named(n).composed.sections.find((x) => x.heading === heading)?.sentences ?? [];
  it("Herrljunga's response time at its best is told in the E-post section, beside its last place, not above it (read IK scored it 3: 'leaves the E-post section thin')", () => {
    expect(under("Herrljunga")).not.toContain("epost-svarstid");
    const email = section("Herrljunga", "E-post");
    expect(email.some((s) => s.claims.includes("epost-svarstid.record"))).toBe(true);
    // First, as it stood: the heading moves up above it, and it still opens the body.
    expect(email[0]?.claims.some((c) => c.startsWith("epost-svarstid."))).toBe(true);
  });

  it("the paragraph under the ingress keeps its count alone where the first section took the rest (Sundbyberg, Arvika, Borlänge)", () => {
    for (const n of ["Sundbyberg", "Borlänge"]) {
      // (The count's exception names a measure by its side of riket only.)
      expect(underIngress(named(n).composed).flatMap((s) => s.claims).filter((c) => /\.(changeClass|record)$/.test(c)), n).toEqual([]);
      expect(section(n, "Telefon")[0]?.text, n).toMatch(/^Andelen som (får|upplever) /);
    }
    // A record moved in loses its "Även": it pointed at the ingress's record (Sundbyberg).
    expect(section("Sundbyberg", "Telefon").map((s) => s.text).join(" ")).toContain("Det är Sundbybergs bästa resultat hittills, men fortsatt sämre än rikssnittet");
  });
});

describe("read IK: a response time's fraction of riket's and the group's around one anchor is said in one sentence", () => {
  it("each with its own words ('drygt en fjärdedel … och ungefär en fjärdedel …': reads JT and JU found one 'ungefär' for 0,23 and 0,29 loose), not a second sentence 'Dessutom är den ungefär en fjärdedel …' (Höör, Göteborg, Bjurholm)", () => {
    expect(named("Höör").markdown).toContain("I Höör är svarstiden drygt en fjärdedel så lång som rikssnittet (6\u00A0timmar) och en fjärdedel så lång som genomsnittet för likvärdiga kommuner (6,8\u00A0timmar).");
    // A fraction within half a point of its anchor has no modifier, as "hälften" has none (SPRAK.md; read LG: Bjurholm's
    // 1,5 against 6 timmar was "ungefär en fjärdedel").
    expect(named("Bjurholm").markdown).toContain("svarstiden på e-post en fjärdedel så lång som snittet i riket (6\u00A0timmar)");
    expect(named("Hofors").markdown).toContain("är en tredjedel så lång som snittet i riket: 2\u00A0timmar mot 6\u00A0timmar.");
    expect(named("Göteborg").markdown).toContain("ungefär en fjärdedel så lång som snittet i riket (6\u00A0timmar) och drygt en fjärdedel så lång som genomsnittet för likvärdiga kommuner (4,9\u00A0timmar)");
    // (Both near their anchor, one phrase still does: Mjölby's 0,32 and 0,35, A/B read AB58.)
    expect(named("Mjölby").markdown).toContain("ungefär en tredjedel så lång som genomsnittet både i riket och för likvärdiga kommuner (6 och 5,4\u00A0timmar)");
    const anchor = /(?:ungefär|drygt|knappt|nästan)? ?((?:en \p{L}+|hälften|\p{L}+ gånger) så lång som)/u;
    for (const r of releases) {
      const all = [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)];
      all.forEach((s, i) => {
        const [a, b] = [anchor.exec(s.text)?.[1], anchor.exec(all[i + 1]?.text ?? "")?.[1]];
        if (a !== undefined && a === b && /^(Den|Dessutom)/.test(all[i + 1]?.text ?? "")) expect(`${s.text} ${all[i + 1]?.text}`, r.municipality.name).toBe("one sentence");
      });
    }
  });
});

describe("read IK: a worst-ever by a hair over last year's", () => {
  it("says the small step in words, not 'X har därmed sitt sämsta resultat hittills, med knapp marginal' (Herrljunga)", () => {
    expect(named("Herrljunga").markdown).toContain("Andelen som upplever ett gott bemötande via telefon var 75\u00A0procent 2019, jämfört med 76\u00A0procent 2018. Herrljunga har nu sitt sämsta resultat hittills, även om steget från året innan är litet.");
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/har därmed sitt sämsta resultat hittills, med knapp marginal/);
  });
});

describe("read IK: the group's 'även'", () => {
  it("points only at riket's verdict on the same measure earlier in its own paragraph (Herrljunga's 'klart bättre även än kommungruppen' pointed at the ingress)", () => {
    let checked = 0;
    for (const r of releases) {
      const paragraphs = [r.composed.lead.slice(0, r.composed.ingress), underIngress(r.composed), ...r.composed.sections.map((x) => x.sentences)];
      for (const p of paragraphs) {
        p.forEach((s, i) => {
          if (!/ även än /u.test(s.text)) return;
          checked += 1;
          const id = s.claims[0]?.split(".")[0] ?? "";
          expect(p.slice(0, i).some((x) => x.claims.includes(`${id}.vsNational`)), `${r.municipality.name}: ${s.text}`).toBe(true);
        });
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(named("Herrljunga").markdown).toMatch(/((Årets resultat|Resultatet|Herrljungas resultat 2019) är klart bättre|Herrljunga ligger klart bättre till) än (kommungruppen|likvärdiga kommuner) \(59\u00A0procent\)\./);
    // A time is compared with the group's average.
    expect(named("Vaggeryd").markdown).toContain("Svarstiden på e-post är längre än snittet i kommungruppen (5,4\u00A0timmar).");
  });
});

describe("read IL: a place in a two-sided headline", () => {
  it("is said with its number where the headline has room: not 'i toppskiktet' for a shared second place, nor 'i landets topp' for an eighth (Hjo, Ale)", () => {
    expect(named("Hjo").claims.headline).toBe("Hjo: direktsvaren sämst i landet – men tillgängligheten på delad andra plats");
    expect(named("Ale").claims.headline).toMatch(/direktsvaren åttonde bäst i landet/);
    for (const r of releases) expect(r.claims.headline, r.municipality.name).not.toMatch(/i landets topp/);
    // Where the number does not fit, a shorter side keeps the headline two-sided (Knivsta's shared first place for the
    // e-mail answers beside its shared second-to-last place).
    expect(named("Knivsta").claims.headline).toMatch(/ – men e-postsvar(en| inom en dag) i delad topp$/);
  });
});

describe("read IL: two runs as the angle", () => {
  it("the longer run makes the headline: Staffanstorp's e-mail answers, better for the fifth year in a row, not its direct answers' third", () => {
    const s = named("Staffanstorp");
    expect(s.claims.plan?.headline).toEqual(["epost-en-dag"]);
    expect(s.composed.lead[0]?.text).toMatch(/e-postfrågor/);
    // The run's own "Det är femte året i rad …" keeps its "Det": not "Staffanstorps resultat är femte året i rad".
    expect(s.markdown).toContain("Det är femte året i rad med en förbättring, men e-postsvaren inom en arbetsdag ligger fortfarande under rikssnittet (84\u00A0procent).");
    // The direct answers' third rise is told in the Telefon section.
    expect(s.composed.sections.find((x) => x.heading === "Telefon")?.sentences.map((x) => x.text).join(" ")).toMatch(/förbättring för tredje året i rad/);
  });
});

describe("read IL: the group's fraction of a response time after riket's", () => {
  it("never opens 'Dessutom är den …' or says 'Den är dessutom …', and after a sentence opening 'Den' puts the reference first (Upplands Väsby, Lidingö)", () => {
    // (Nor "Samtidigt är den …", read as clumsy: read IO, Ödeshög and Halmstad.)
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(Dessutom|Samtidigt) är den [^.]*så lång|Den är dessutom [^.]*så lång/u);
    // (After "Den …" or "Alingsås svarstid …": the sentence before names the time either way.)
    const reordered = releases.filter((r) => /(Den|\S+s svarstid) [^.]+\. Jämfört med (snittet|genomsnittet) [^.]*\([^)]+\) är den [^.]+ så lång\./u.test(r.markdown));
    expect(reordered.length).toBeGreaterThan(0);
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(?:^|\. )Den [^.]+\. Den är (också|även|likaså) /u);
  });
});

describe("read IL: a record over a shorter series", () => {
  it("says 'i mätningarna 2016–2019', not the stiff 'för hela perioden 2016–2019' (Hällefors, Sollentuna, Nora)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/för hela perioden/u);
    expect(named("Hällefors").markdown).toContain("kommunens bästa resultat i mätningarna 2016–2019.");
  });
});

describe("read IW: a comparison in the ingress after its measure's sentence", () => {
  it("says 'Resultatet är …', never 'Årets resultat för Helsingborg är …', which read as the whole municipality's result (Helsingborg, Bräcke)", () => {
    for (const r of releases) {
      const ingress = r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text);
      for (const t of ingress) expect(t, r.municipality.name).not.toMatch(new RegExp(`^(Men )?[Åå]rets resultat för ${r.municipality.name} `, "u"));
      // Past the ingress too (A/B read AB35), unless another sentence of the paragraph opens so already: the name is then
      // the variation (AB36).
      for (const para of r.markdown.split(/\n\s*\n/)) {
        if (!new RegExp(`(^|[.*] )(Men )?[Åå]rets resultat för ${r.municipality.name} (är|ligger) `, "mu").test(para)) continue;
        expect(/(^|[.*] )(Men )?([Rr]esultatet|[Åå]rets resultat) (är|ligger) /mu.test(para), `${r.municipality.name}: ${para}`).toBe(true);
      }
    }
    // After a change without the year's figure, "Årets resultat" (A/B read AB36: Ljungby's "Resultatet" had no figure to
    // refer to).
    expect(named("Täby").markdown).toContain("knappt förändrats. Årets resultat är klart bättre än kommungruppen (63\u00A0procent).");
    // Never a second "Resultatet är" or "Årets resultat är" in the paragraph (AB36: Ronneby, Malå).
    for (const name of ["Ronneby", "Malå", "Vingåker"]) {
      for (const para of named(name).markdown.split(/\n\s*\n/)) {
        expect((para.match(/(^|[.*] )(Men )?[Rr]esultatet (är|ligger) /gmu) ?? []).length, `${name}: ${para}`).toBeLessThanOrEqual(1);
        expect((para.match(/(^|[.*] )(Men )?[Åå]rets resultat (är|ligger) /gmu) ?? []).length, `${name}: ${para}`).toBeLessThanOrEqual(1);
      }
    }
    const lead = named("Helsingborg").composed.lead.map((s) => s.text);
    expect(lead).toContain("Resultatet är klart sämre än både riket och snittet för likvärdiga kommuner (55 och 56\u00A0procent).");
    // After a record, which names its years, it keeps the year's word (sweep 3 read "Resultatet" there as 2014's).
    expect(named("Bräcke").composed.lead.map((s) => s.text)).toContain("Årets resultat är klart bättre än riket som helhet (84\u00A0procent) och bättre än kommungruppen (86\u00A0procent).");
  });
});

describe("read IW: a headline on a channel", () => {
  it("has its other measure in the ingress where that keeps it to four sentences (Kalmar: 'förbättrar sin service via e-post' over the response time alone)", () => {
    const r = named("Kalmar");
    expect(r.composed.headline.text).toBe("Kalmar förbättrar sin service via e-post");
    const ingress = r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text).join(" ");
    expect(ingress).toContain("8,3\u00A0timmar 2019");
    expect(ingress).toMatch(/77\u00A0procent 2019[^.]*\. Förbättringen är den femte i rad/u);
    expect(r.composed.lead.slice(0, r.composed.ingress).filter((s) => !/^(Siffrorna|Uppgifterna) (kommer|är hämtade)/.test(s.text)).length).toBeLessThanOrEqual(4);
  });
});

describe("read IX: 'på samma nivå som'", () => {
  it("is said only of the same value, else 'i nivå med' (Fagersta's 5,9 timmar 'på samma nivå som genomsnittet för likvärdiga kommuner (6,8 timmar)' read as false)", () => {
    let checked = 0;
    for (const r of releases) {
      for (const s of [...r.composed.lead, ...body(r)]) {
        const m = /på samma nivå som [^()]*\(([\d,]+)\u00A0(procent|timmar)\)/u.exec(s.text);
        const ids = [...new Set(s.claims.map((c) => c.split(".")[0]))];
        if (!m || ids.length !== 1) continue;
        const f = r.analysis.findings.find((x) => x.indicator.id === ids[0]);
        checked++;
        expect(String(f?.value).replace(".", ","), `${r.municipality.name}: ${s.text}`).toBe(m[1]);
      }
    }
    expect(checked).toBeGreaterThan(3);
    expect(named("Fagersta").markdown).toContain("Med 5,9\u00A0timmar är svarstiden på e-post i Fagersta i nivå med genomsnittet för likvärdiga kommuner (6,8\u00A0timmar).");
  });
});

describe("read IX: riket's side of a fall to a record low by a hair", () => {
  it("joins the fall's sentence when it has no figure, not a third sentence after the record's margin (Berg, Trosa: six-sentence ingresses)", () => {
    for (const name of ["Berg", "Trosa"]) {
      const r = named(name);
      const ingress = r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text);
      expect(ingress.join(" "), name).toMatch(/84\u00A0procent 2019, vilket är i nivå med rikssnittet\. Det är \S+ sämsta resultat [^.]*, 1\u00A0procentenhet under kommunens tidigare bottennotering\./u);
      expect(ingress.join(" "), name).not.toContain("Resultatet ligger ändå i nivå med rikssnittet.");
    }
  });
});

describe("reads IX and IY: 'ändå' twice in a paragraph", () => {
  it("says 'fortfarande' the second time where the measure was on that side of riket last year too (Karlshamn's ingress)", () => {
    const ingress = named("Karlshamn").composed.lead.slice(0, named("Karlshamn").composed.ingress).map((s) => s.text).join(" ");
    expect(ingress).toContain("men ligger ändå i nivå med rikssnittet.");
    expect(ingress).toContain("Den är fortfarande längre än rikssnittet (6\u00A0timmar).");
  });
});

describe("read IM: a second fraction of a response time", () => {
  it("never says 'likaså' of a different fraction ('Den är likaså drygt hälften så lång' after 'mindre än hälften': Lerum)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/likaså [^.]*så lång som/u);
    // One sentence, the group's fraction after "och" (A/B read AB38 preferred it in 12 of 12 pairs to a sentence of its
    // own, "I förhållande till … är den drygt hälften så lång", read as stiff).
    expect(named("Lerum").markdown).toMatch(/mindre än hälften så lång som snittet i riket \(6\u00A0timmar\) och drygt hälften så lång som (snittet|genomsnittet) (för likvärdiga kommuner|i kommungruppen) \(5\u00A0timmar\)\./u);
  });
  it("never says 'också' or 'även' of a fraction on the other side of the same one ('mindre än hälften … Den är också drygt hälften så lång' read as a contradiction: read IW, Lerum)", () => {
    const also = /(mindre än|mer än|drygt|knappt|nästan|ungefär) ([a-zåäö ]+?) så lång som [^.]+\. Den är (också|även) (?!\1 )(mindre än |mer än |drygt |knappt |nästan |ungefär )?\2 så lång/u;
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(also);
    expect(named("Lerum").markdown).not.toMatch(/Den är (också|även) drygt hälften/u);
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/I förhållande till/u);
  });
});

describe("final review: the group joined to riket's 'fortsatt' verdict (groupHeld)", () => {
  it("is not joined where the group was on the other side last year: 'fortsatt sämre än rikssnittet och kommungruppen' would be false (Sundbyberg with its group's 2018 at 45 procent)", () => {
    const raw = parse(readFileSync("data/exempel/kkik-2019-alla.yaml", "utf8")) as { groups: { id: string; results: Record<string, Record<string, number>> }[] };
    const a2 = raw.groups.find((g) => g.id === "A2");
    if (a2?.results["2018"]) a2.results["2018"]["tillganglighet"] = 45;
    const ds = Dataset.parse(raw);
    const m = ds.municipalities.find((x) => x.name === "Sundbyberg");
    if (!m) throw new Error("no Sundbyberg");
    const telefon = (d: typeof ds) => generateRelease(d, m, { resources, ranks: computeRanks(d, 2019) }).composed.sections.find((s) => s.heading === "Telefon")?.sentences.map((s) => s.text).join(" ") ?? "";
    // As the example data has it, the group was behind last year too: one sentence for both.
    expect(telefon(dataset)).toMatch(anyGroupWord("men fortsatt sämre än rikssnittet och kommungruppen (60 och 63\u00A0procent)."));
    // With the group level with Sundbyberg in 2018, "fortsatt" holds for riket only: the group is said on its own.
    const changed = telefon(ds);
    expect(changed).not.toMatch(/(fortsatt|fortfarande)[^.]* än rikssnittet och kommungruppen/u);
    expect(changed).toMatch(/sämre (även )?än (kommungruppen|likvärdiga kommuner) \(63\u00A0procent\)/u);
  });
});

describe("final review: one fraction for riket and the group (sharedTimesWords)", () => {
  it("joins words around one anchor and nothing else: not 'mindre än hälften' with 'hälften', nor two anchors", () => {
    expect(sharedTimesWords("drygt en fjärdedel så lång som", "ungefär en fjärdedel så lång som")).toBe("ungefär en fjärdedel så lång som");
    expect(sharedTimesWords("nästan tre gånger så lång som", "tre gånger så lång som")).toBe("ungefär tre gånger så lång som");
    // "mindre än hälften" is a range below the anchor, not near it: 0,39 is no "ungefär hälften".
    expect(sharedTimesWords("mindre än hälften så lång som", "hälften så lång som")).toBeUndefined();
    expect(sharedTimesWords("ungefär en femtedel så lång som", "ungefär en fjärdedel så lång som")).toBeUndefined();
    // The same words are the caller's own case ("… så lång som både …"), not a join.
    expect(sharedTimesWords("hälften så lång som", "hälften så lång som")).toBeUndefined();
  });
});

describe("an ingress past sixty words (A/B read AB29; read IO: Halmstad's six sentences)", () => {
  const parts = (name: string) => {
    const c = named(name).composed;
    const plain = (list: readonly { text: string }[]) => list.map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    return { ingress: plain(c.lead.slice(0, c.ingress)), under: plain(underIngress(c)), body: plain(c.sections.flatMap((x) => x.sentences)) };
  };
  it("leaves a second worst-ever to the paragraph under it when a counterweight is told already (Halmstad)", () => {
    const h = parts("Halmstad");
    expect(h.ingress).toMatch(/bästa resultat[^.]*\. Men av de 21 kommunerna i kommungruppen[^.]*svagaste resultatet för den genomsnittliga svarstiden/);
    expect(h.ingress).not.toMatch(/direkt svar/);
    // (In its Telefon section since A/B read AB59.)
    expect(h.under).not.toMatch(/direkt svar/);
    expect(h.body).toMatch(/direkt svar på en enkel fråga via telefon sjönk med 2 procentenheter, till 56 procent 2019\.[^.]*sämsta (resultat )?hittills/);
  });
  it("leaves a plain change and a place in the group of another measure, not a strong change (Mölndal, Tranås, Lomma)", () => {
    expect(parts("Mölndal").ingress).not.toMatch(/47 procent 2018/);
    expect(parts("Mölndal").body).toMatch(/direkt svar på en enkel fråga via telefon ökade från 47 procent 2018 till 54 procent 2019/);
    const t = parts("Tranås");
    expect(t.ingress).toMatch(/ökade markant, från 33 procent 2018 till 52 procent 2019/);
    expect(t.ingress).not.toMatch(/I kommungruppen är Tranås svagast/);
    expect(t.under).toMatch(/I kommungruppen är Tranås svagast för bemötandet/);
    expect(parts("Lomma").ingress).not.toMatch(/svagast av de 40/);
    expect(parts("Lomma").under).toMatch(/^För direktsvaren i telefon är Lomma svagast av de 40 kommunerna/);
  });
  it("keeps the headline's measure at an end of its group, its place in the country unsaid (Nyköping), and a place among the ten weakest (Heby)", () => {
    expect(parts("Nyköping").ingress).toMatch(/74 procent 2019(?:, (?:visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)(?: 2019)?)?\.[^.]*\. För e-postsvaren inom en arbetsdag är Nyköping svagast av de 24 kommunerna/);
    expect(parts("Heby").ingress).toMatch(/tio sämsta i landet[^.]*svarstiden för e-post/);
  });
  it("keeps its only other side (Sävsjö's direct answers, Öckerö's run behind riket)", () => {
    expect(parts("Sävsjö").ingress).toMatch(/men är fortsatt klart sämre än rikssnittet/);
    expect(parts("Öckerö").ingress).toMatch(/fortfarande sämre än rikssnittet/);
  });
});

describe("a weakness said by its gap beside the lead (read IP: Vara's e-mail answers at their lowest in the last paragraph)", () => {
  it("says its clear worst yet in the same sentence, and the section does not say it again", () => {
    const c = named("Vara").composed;
    const lead = c.lead.map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    expect(lead).toMatch(/är klart sämre än rikets: 72 procent mot 84 procent, (Varas sämsta hittills|det sämsta hittills för Vara|Varas svagaste resultat hittills)\./);
    const epost = c.sections.find((x) => x.heading === "E-post")?.sentences.map((s) => s.text).join(" ") ?? "";
    expect(epost).not.toMatch(/sämsta/);
  });
});

describe("a response time 1,8 times its reference (read IP: Emmaboda's 12,3 timmar against the group's 6,8 was 'längre än')", () => {
  it("is 'nästan dubbelt så lång', as from 1,85 before", () => {
    const text = [...named("Emmaboda").composed.lead, ...body(named("Emmaboda"))].map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    expect(text).toMatch(/snittet för likvärdiga kommuner \(6,8 timmar\)[^.]*nästan dubbelt så lång|nästan dubbelt så lång som [^.]*likvärdiga kommuner \(6,8 timmar\)/);
    expect(text).not.toMatch(/längre än snittet för likvärdiga kommuner \(6,8 timmar\)/);
  });
});

describe("a response time that moved within `same` (reads IF, IT, IZ: Österåker's 'gick upp något, med 0,7 timmar' beside the fact box's one hour)", () => {
  it("is said to be about unchanged, with its step, never to have gone up or down", () => {
    let seen = 0;
    for (const r of releases) {
      for (const f of r.analysis.findings.filter((x) => x.changeClass === "unchanged" && x.indicator.unit === "hours" && x.change !== null && x.change !== 0)) {
        for (const s of [...r.composed.lead, ...body(r)].filter((x) => x.claims.includes(`${f.indicator.id}.change`))) {
          seen++;
          expect(s.text, r.municipality.name).not.toMatch(/\b(ökade|minskade|ökat|minskat|gick (upp|ner))\b/);
        }
      }
    }
    // Österåker (3,1 timmar, 2,4 in 2018), Hofors, Boden; Upplands Väsby's narrow best keeps both figures.
    expect(seen).toBeGreaterThanOrEqual(3);
    const within = (step: string, way: string): RegExp => new RegExp(`i stort sett (oförändrad|inte förändrats)[^.]*${step}\u00A0timmar ${way}|är ${step}\u00A0timmar ${way} än \\d{4}, i stort sett oförändrad`, "u");
    for (const name of ["Hofors", "Boden"]) expect(named(name).markdown, name).toMatch(within("0,\\d", "(längre|kortare)"));
    expect(named("Österåker").markdown).toMatch(within("0,7", "längre"));
  });
});

describe("a run's size names its measure before 'resultatet' (read JA: Öckerö's 'Jämfört med 2014, då resultatet var 30 procent, har tillgängligheten …' after a sentence on direct answers)", () => {
  it("never opens with the first year's result before the measure it belongs to", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(^|\. )Jämfört med \d{4}, då resultatet var/m);
    // Öckerö's tillgänglighet, 30 procent in 2014, after direct answers (50 procent in 2014).
    expect(named("Öckerö").markdown).toMatch(/(Från 30\u00A0procent 2014 har tillgängligheten i telefon|Tillgängligheten i telefon har sammanlagt förbättrats med 24\u00A0procentenheter sedan 2014|Sedan 2014 har tillgängligheten i telefon)/);
  });
});

describe("one turn in two sentences (read JA: Ludvika's 'Men andelen … sjönk … Det är Ludvikas sämsta resultat …, men ändå klart bättre än rikssnittet')", () => {
  it("a sentence right after a 'Men …' one turns back to riket with 'om än', not a second 'men'", () => {
    let seen = 0;
    for (const r of releases) {
      for (const list of [r.composed.lead, ...r.composed.sections.map((s) => s.sentences)]) {
        list.forEach((s, i) => {
          if (!/^Men /.test(list[i - 1]?.text ?? "")) return;
          expect(s.text, r.municipality.name).not.toMatch(/, men (ändå |fortsatt |fortfarande )?(klart |långt |något )?(bättre|sämre|kortare|längre) än/u);
          if (/, om än (fortsatt |fortfarande )?(klart |långt |något )?(bättre|sämre|kortare|längre) än/u.test(s.text)) seen++;
        });
      }
    }
    expect(seen).toBeGreaterThanOrEqual(4);
    expect(named("Ludvika").composed.lead.map((s) => s.text).join(" ")).toContain("sämsta resultat under åren 2014–2019, om än klart bättre än rikssnittet (84\u00A0procent).");
  });
});

describe("a shared place among the ten shortest response times is said with its number (read JB: Hagfors' 'svarstiden bland de kortaste' for a shared third place)", () => {
  it("names the place in the headline where it fits", () => {
    // Hagfors 1,3 timmar: rank 3, shared with three others.
    expect(named("Hagfors").claims.headline).toMatch(/svarstiden på delad tredjeplats/);
    expect(named("Hagfors").claims.headline.length).toBeLessThanOrEqual(76);
  });
});

describe("a shared place in the group that is the headline names the group in the lead (read JB: Åre's 'delar toppen i kommungruppen', the group never named)", () => {
  it("says which kommungrupp", () => {
    expect(named("Åre").claims.headline).toMatch(/kommungruppen/);
    expect(named("Åre").composed.lead[0]?.text).toMatch(/förstaplatsen med Leksand och Älvdalen bland kommunerna i kommungruppen Landsbygdskommun med besöksnäring\./);
  });
});

describe("a section's second 'Andelen som …' opening (reads JA and JB: three in a paragraph read as machine-made; A/B read AB40)", () => {
  it("opens with 'Samtidigt' only where its measure moved the other way from the one before, with a verb of change", () => {
    let seen = 0;
    for (const r of releases) {
      const said = body(r).filter((s) => /^Samtidigt (ökade|minskade|steg|sjönk|föll|lyfte|gick) andelen som /.test(s.text));
      expect(said.length, r.municipality.name).toBeLessThanOrEqual(1);
      for (const s of said) {
        seen++;
        const id = s.claims.find((c) => c.endsWith(".changeClass"))?.split(".")[0];
        const f = r.analysis.findings.find((x) => x.indicator.id === id);
        expect(f?.changeClass ?? "unchanged", `${r.municipality.name}: ${s.text}`).not.toBe("unchanged");
      }
      // Never padding: not with "var", "låg", "mättes", nor after a name that ends in its number.
      expect(r.markdown, r.municipality.name).not.toMatch(/Samtidigt (var|låg|mättes|höll|förändrades) andelen/);
      // Nor first in its section, where it has nothing before it: a sentence varied and then moved first opened
      // Gävle's Telefon section with "Samtidigt minskade …".
      for (const x of r.composed.sections) expect(x.sentences[0]?.text ?? "", `${r.municipality.name} ${x.heading}`).not.toMatch(/^Samtidigt\b/);
    }
    for (const r of secondsReleases) expect(r.markdown, r.municipality.name).not.toMatch(/Samtidigt \S+ andelen som får kontakt med en handläggare inom 60/);
    expect(seen).toBeGreaterThanOrEqual(10);
  });
});

describe("a lead's turn to a measure that moved the other way by a large ratio (read JC: Södertälje's 'ökade däremot, från 1,5 timmar 2018 till 3 timmar 2019')", () => {
  it("says the ratio (EDITORIAL.md §5)", () => {
    expect(named("Södertälje").composed.lead.map((s) => s.text).join(" ")).toMatch(/svarstiden för e-post har däremot fördubblats, från 1,5\u00A0timmar 2018 till 3\u00A0timmar 2019|Däremot har den genomsnittliga svarstiden för e-post fördubblats/);
    // No plain "ökade/minskade däremot" over a time that doubled or halved.
    const num = (x: string): number => Number(x.replace(",", "."));
    for (const r of releases) {
      for (const m of r.composed.lead.map((s) => s.text).join(" ").matchAll(/(?:ökade|minskade) däremot(?: kraftigt)?, från (\d+(?:,\d)?)\u00A0timm(?:e|ar) 20\d\d till (\d+(?:,\d)?)\u00A0timm/g)) {
        const ratio = num(m[2] ?? "0") / num(m[1] ?? "1");
        expect(ratio > 1.85 || ratio < 0.565, `${r.municipality.name}: ${m[0]}`).toBe(false);
      }
    }
  });
});

describe("read JD: a headline within SPRAK.md's 60 characters where a variant says it all", () => {
  it("takes the short variant (Tranemo's 67 characters, Ängelholm's 66)", () => {
    for (const name of ["Tranemo", "Ängelholm"]) {
      const h = named(name).claims.headline;
      expect(h.length, h).toBeLessThanOrEqual(60);
      expect(h, name).toMatch(/rekord|bästa/);
    }
  });
  it("but never one that drops a count of years or a place (Vetlanda's fifth rise in a row, Stockholm's shared second-to-last place)", () => {
    expect(named("Vetlanda").claims.headline).toMatch(/femte året i rad|Femte raka/);
    expect(named("Stockholm").claims.headline).toMatch(/näst sista/);
  });
  it("a response time's run in a headline is shorter or longer, never 'bättre' (read KZ: 'Vetlanda: svarstiden på e-post bättre för femte året i rad')", () => {
    expect(named("Vetlanda").claims.headline).toMatch(/kort(are|ar|at) svarstiden på e-post för femte året i rad|svarstiden på e-post kortare för femte året i rad/);
    for (const r of releases.filter((x) => x.claims.plan?.angle === "time" && /året i rad/.test(x.claims.headline))) {
      const id = r.claims.plan?.headline[0] ?? "";
      const f = r.analysis.findings.find((x) => x.indicator.id === id);
      if (f && ["hours", "minutes", "seconds"].includes(f.indicator.unit)) expect(r.claims.headline, r.municipality.name).not.toMatch(/bättre|sämre|lyfter|tappar|förbättrar|backar/);
    }
  });
  it("a shared place says 'i landet', and a tie past tenth from the bottom is 'bland de sämsta', not 'nära botten' (A/B read AB41: Kiruna, last in its group; Vingåker, Haninge)", () => {
    expect(named("Kiruna").claims.headline).toMatch(/tredje sista plats i landet/);
    for (const name of ["Vingåker", "Haninge"]) expect(named(name).claims.headline, name).toMatch(/bland (de|landets) sämsta/);
  });
});

describe("read JD: the ingress's second turn to riket the same way", () => {
  it("never says the first one's frame again (Alingsås: 'men fortsatt sämre …' then 'men ändå sämre …')", () => {
    // (Alingsås' second turn, "men även här sämre än rikssnittet", left the ingress with A/B read AB81.)
    const a = named("Alingsås").composed;
    expect(a.lead.slice(0, a.ingress).map((s) => s.text).join(" ")).toMatch(/, men fortsatt sämre än rikssnittet \(60\u00A0procent\)\./);
    for (const r of releases) {
      const ingress = r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text).join(" ");
      // (Both ways is two turns, not one frame twice: Nässjö's "men ändå sämre …" then "men fortfarande klart bättre …".)
      for (const way of ["sämre", "bättre"]) expect(ingress.match(new RegExp(`, men (fortsatt|ändå|fortfarande) (klart |något )?${way} än rikssnittet`, "gu"))?.length ?? 0, r.municipality.name).toBeLessThanOrEqual(1);
    }
  });
});

describe("read JE: a channel whose measures the lead told in part", () => {
  it("keeps its section when the ingress left one of them for its length (Strömstad's response time at its best was under the ingress, with no E-post section)", () => {
    const s = named("Strömstad").composed;
    const epost = s.sections.find((x) => x.heading === "E-post");
    expect(epost?.sentences.map((x) => x.text).join(" ")).toMatch(/11,3\u00A0timmar 2019/);
    expect(s.lead.slice(s.ingress).map((x) => x.text).join(" ")).not.toMatch(/11,3\u00A0timmar/);
    // After the Telefon section, as planned.
    expect(s.sections.map((x) => x.heading)).toEqual(["Telefon", "E-post"]);
  });
});

describe("reads JD and JF: bad news right after a 'Men …' that turned already", () => {
  it("adds to it ('dessutom'), never turns again with 'däremot' (Vansbro: 'Men direktsvaren är fortfarande sämre … Andelen … minskade däremot')", () => {
    for (const r of releases) {
      r.composed.lead.forEach((s, i) => {
        if (/^Men /.test(r.composed.lead[i - 1]?.text ?? "")) expect(s.text, r.municipality.name).not.toMatch(/^Däremot |\bdäremot\b/);
      });
    }
    expect(named("Vansbro").composed.lead.map((s) => s.text).join(" ")).toMatch(/gott bemötande via telefon minskade dessutom, från 82\u00A0procent 2018 till 76\u00A0procent 2019\./);
  });
});

describe("read JH: a near gap that softens the first news", () => {
  it("gives way to another measure's record the other way (Arvika: a 5-point fall, and direct answers at their best after a third rise left to the body)", () => {
    const a = named("Arvika").composed;
    const ingress = a.lead.slice(0, a.ingress).map((s) => s.text).join(" ");
    expect(ingress).toMatch(/direkt svar[^.]*50\u00A0procent 2019[^.]*tredje året i rad\. Det är Arvikas bästa resultat/);
    expect(ingress).not.toMatch(/fortfarande något bättre/);
    // The gap is the section's.
    expect(body(named("Arvika")).map((s) => s.text).join(" ")).toMatch(/Med 63\u00A0procent är tillgängligheten i telefon något bättre än snittet för både riket och likvärdiga kommuner \(60\u00A0procent\)/);
  });
});

describe("reads JG and JL: a count against riket that the headline names is in the ingress", () => {
  const ingressOf = (r: GeneratedRelease): Sentence[] => r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length);
  it("tells the headline's count against riket in the ingress (Håbo's 'men sämre än riket på samtliga' was only in the body; Umeå's, Trelleborg's)", () => {
    const claims = (r: GeneratedRelease): string[] => r.composed.headline.claims;
    const counted = releases.filter((r) => r.claims.plan?.angle === "summary" || ((claims(r).includes("summary.vsNational") || claims(r).filter((c) => c.endsWith(".vsNational")).length >= 3) && claims(r).some((c) => c.endsWith(".record"))));
    expect(counted.map((r) => r.municipality.name)).toEqual(expect.arrayContaining(["Håbo", "Umeå", "Trelleborg"]));
    for (const r of counted) expect(ingressOf(r).some((s) => s.claims.includes("summary.vsNational") || s.claims.filter((c) => c.endsWith(".vsNational")).length >= 3), r.municipality.name).toBe(true);
  });
  it("turns once to riket after a count of records, not with 'Men' against a measure at its best too, nor 'Men …. Ändå …' (Håbo, Trelleborg)", () => {
    const habo = ingressOf(named("Håbo")).map((s) => s.text);
    expect(habo[0]).toMatch(/^På alla fem mått är Håbos resultat det bästa hittills(?:, (?:visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)(?: 2019)?)?\.$/);
    expect(habo[1]).toMatch(/sämre än rikssnittet på (alla fem|samtliga) mått/);
    expect(habo.join(" ")).not.toMatch(/Men andelen som upplever ett gott bemötande/);
    for (const r of releases) {
      const texts = ingressOf(r).map((s) => s.text);
      texts.slice(1).forEach((t, i) => expect(/^(Men|Ändå) /.test(t) && /^Men |, men /.test(texts[i] ?? ""), `${r.municipality.name}: ${texts[i]} ${t}`).toBe(false));
    }
  });
});

describe("read JJ: a count against riket over a year that went the other way", () => {
  const ingressOf = (r: GeneratedRelease): string => r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length).map((s) => s.text).join(" ");
  it("the headline says both counts (Vindeln 'sämre än riket på alla fem mått' over three rises, one to a record, scored 2; Malmö, Österåker)", () => {
    expect(named("Vindeln").claims.headline).toMatch(/^Vindeln (sämre än riket|efter riket|under rikssnittet) på alla fem mått(,| –) men bättre än 2018 på tre$/);
    expect(named("Österåker").claims.headline).toMatch(/på fyra av fem mått(,| –) men bättre än 2018 på tre$/);
    expect(named("Malmö").claims.headline).toMatch(/^Malmö (bättre än riket|ligger bättre till än riket) på fyra av fem mått(,| –) men sämre än 2018 på tre$/);
    // Mellerud's year went three up and two down: no majority, no second side of the year's count.
    expect(named("Mellerud").claims.headline).not.toMatch(/än 2018/);
  });
  it("the ingress turns to the year's count right after the count against riket when it tells changes (Vindeln), and says it in every such release", () => {
    expect(ingressOf(named("Vindeln"))).toMatch(/alla fem mått i Kommunens Kvalitet i Korthet \(KKiK\) 2019\. Men sedan 2018 har Vindeln blivit bättre på tre av fem mått och sämre på ett\. Andelen som får ett direkt svar/);
    const both = releases.filter((x) => x.claims.plan?.angle === "summary" && / men (bättre|sämre) än 2018 på /.test(x.claims.headline));
    expect(both.length).toBe(3);
    for (const r of both) {
      expect(ingressOf(r), r.municipality.name).toMatch(/(Sedan|sedan|Jämfört|jämfört med) 2018 (har|är) [^.]* (bättre|sämre) på tre av fem mått/);
    }
  });
});

describe("a headline on a whole channel (against riket, or its year)", () => {
  const ingressOf = (r: GeneratedRelease): Sentence[] => r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length);
  it("has every measure of the channel compared with riket in the ingress (Kungsbacka's and Essunga's ingresses told the direct answers alone)", () => {
    const channel = releases.filter((r) => r.claims.plan?.angle === "compare" && r.composed.headline.claims.filter((c) => c.endsWith(".vsNational")).length >= 2);
    expect(channel.map((r) => r.municipality.name)).toEqual(expect.arrayContaining(["Kungsbacka", "Essunga"]));
    for (const r of channel) {
      const said = new Set(ingressOf(r).flatMap((s) => s.claims));
      for (const c of r.composed.headline.claims) expect(said.has(c), `${r.municipality.name}: ${c}`).toBe(true);
    }
    // And a headline on a whole channel's change: "Karlskrona blir bättre på att svara via telefon" told the direct answers alone.
    expect(named("Karlskrona").claims.headline).toMatch(/telefon/);
    expect(ingressOf(named("Karlskrona")).map((s) => s.text).join(" ")).toMatch(/(Också tillgängligheten och bemötandet i telefon blev bättre än året innan|Även tillgängligheten och bemötandet i telefon förbättrades|Bättre än året innan blev också tillgängligheten och bemötandet i telefon)\./);
    expect(ingressOf(named("Kungsbacka")).map((s) => s.text).join(" ")).toMatch(/(Också tillgängligheten och bemötandet i telefon är sämre än rikssnittet|Även för tillgängligheten och bemötandet i telefon är Kungsbacka sämre än riket|Sämre än riket är Kungsbacka också för tillgängligheten och bemötandet i telefon)\./);
  });
});

describe("a first place kept at 100 procent", () => {
  it("says last year too in the ingress, as its headline's 'kvar i delad topp' does, and the body does not say the year stood still again (Nynäshamn, Kristianstad, Kramfors, Knivsta)", () => {
    for (const name of ["Nynäshamn", "Kristianstad", "Kramfors", "Knivsta"]) {
      const r = named(name);
      const ingress = r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length).map((s) => s.text).join(" ");
      // ("100 procent både 2018 och 2019 … med åtta andra kommuner" read as the eight at 100 both years: A/B read AB47.)
      expect(ingress, name).toMatch(/100\u00A0procent 2019, liksom 2018, (delar|vilket ger)/);
      expect(body(r).map((s) => s.text).join(" "), name).not.toMatch(/E-postsvaren inom en arbetsdag (ligger kvar på|är på) samma nivå som 2018|har inte förändrats sedan 2018/);
    }
  });
});

describe("read JM: the count across measures", () => {
  it("does not open two sentences in a row with the municipality's name (Danderyd: 'Danderyd är sämre än riket för … Danderyd ligger klart bättre till …')", () => {
    for (const r of releases) {
      const intro = underIngress(r.composed).flatMap((s) => s.text.split(/(?<=\.) (?=\p{Lu})/u));
      const name = r.municipality.name;
      intro.slice(1).forEach((t, i) => expect(t.startsWith(`${name} `) && (intro[i] ?? "").startsWith(`${name} `), `${name}: ${intro[i]} ${t}`).toBe(false));
    }
    expect(underIngress(named("Danderyd").composed).map((s) => s.text).join(" ")).toMatch(/Resultatet är sämre än rikets för e-postsvaren inom en arbetsdag och svarstiden på e-post\./);
  });
  it("says a count and its one exception in one sentence where the ingress compared the exception already (read JN: Jokkmokk's 'På fyra av fem mått … Direktsvaren i telefon är det enda mått där …')", () => {
    const text = underIngress(named("Jokkmokk").composed).map((s) => s.text).join(" ");
    expect(text).toMatch(/(Jokkmokk är bättre än riket på alla mått utom direktsvaren i telefon|Jämfört med rikssnittet är Jokkmokk bättre på alla mått utom direktsvaren i telefon|På alla mått utom direktsvaren i telefon är Jokkmokk bättre än riket)\./);
    expect(text).not.toMatch(/det enda mått där Jokkmokk/);
  });
});

describe("read JN: an ingress of news one way tells one channel through before the other", () => {
  it("does not go telefon → e-post → telefon (Vallentuna: the direct answers, e-post's seventh place, then tillgänglighetens fifth rise)", () => {
    const channelOf = new Map(dataset.indicators.map((i) => [i.id, i.channel]));
    for (const r of releases) {
      const ingress = r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length);
      // (A lead that turns keeps its own order: the turn's place is a rule of its own.)
      const turns = ingress.some((s) => /(^|\s)(Men|men|Däremot|däremot|Samtidigt|trots|Trots|även om|om än|ändå|fortfarande|fortsatt)\s/u.test(s.text));
      if (turns || ["summary", "records", "both", "mixed"].includes(r.claims.plan?.angle ?? "")) continue;
      // (A count across channels belongs to neither.)
      const seq = ingress.flatMap((s) => {
        const channels = [...new Set(s.claims.filter((c) => !c.startsWith("survey.") && !c.startsWith("summary.")).map((c) => channelOf.get(c.split(".")[0] ?? "") ?? ""))];
        return channels.length === 1 ? channels : [];
      });
      const runs = seq.filter((c, i) => i === 0 || c !== seq[i - 1]);
      expect(new Set(runs).size, `${r.municipality.name}: ${runs.join(" → ")}`).toBe(runs.length);
    }
    const text = named("Vallentuna").composed.lead.map((s) => s.text).join(" ");
    expect(text.indexOf("femte året i rad")).toBeLessThan(text.indexOf("sjunde plats i landet"));
  });
});

describe("read JO: a fall to the lowest yet headlines over a plain fall", () => {
  it("headlines the measure that fell to its lowest yet, not a larger fall to riket's level (Ulricehamn: direct answers 58 → 54, bemötandet 90 → 87, its lowest since 2014)", () => {
    const r = named("Ulricehamn");
    expect(r.claims.headline).toMatch(/^Ulricehamn: bemötandet i telefon (på sin sämsta nivå|sämst) hittills$/);
    const ingress = r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text).join(" ");
    expect(ingress).toMatch(/bemötande[^.]*från 90\u00A0procent 2018 till 87\u00A0procent 2019(?:, (?:visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)(?: 2019)?)?\. Det är Ulricehamns sämsta resultat/);
    // The direct answers' fall is still told, in its section.
    expect(r.composed.sections.find((x) => x.heading === "Telefon")?.sentences.map((s) => s.text).join(" ")).toMatch(/direkt svar[^.]*från 58\u00A0procent 2018 till 54\u00A0procent 2019/);
  });
  it("says a fall without the officialese 'har fått sämre resultat för andelen …: från … till …' (read JO)", () => {
    for (const r of releases) expect(r.composed.lead.map((s) => s.text).join(" "), r.municipality.name).not.toMatch(/har fått (klart )?sämre resultat för [^:]*:/);
  });
});

describe("reads JN and JP: a headline names both clear records the lead tells", () => {
  it("says both records, by their short names, where the lead tells both (Sala, Kalix, Svenljunga)", () => {
    expect(named("Sala").claims.headline).toMatch(/^(Sala slår egna rekord för|Sala: egna rekord för både|Bästa resultaten hittills för) e-postsvar(en| inom en dag) och svarstiden( i Sala)?$/);
    // (The first in full where its short name says no channel: "svarstiden" alone read as vague, read KY.)
    // (Or the second by its tight name, which says the channel: "svarstiden och e-postsvar inom en dag".)
    expect(named("Kalix").claims.headline).toMatch(/svarstiden på e-post och e-postsvaren|svarstiden och e-postsvar inom en dag/);
    for (const name of ["Sala", "Kalix", "Svenljunga"]) {
      const r = named(name);
      const ingress = r.composed.lead.slice(0, r.composed.ingress).flatMap((s) => s.claims);
      const records = r.claims.plan?.headline ?? [];
      expect(records, name).toHaveLength(2);
      for (const id of records) expect(ingress, `${name}: ${id}`).toContain(`${id}.record`);
    }
  });
  it("never names a record by a hair or one riket or the group puts in its place (Olofström's response time, still longer than riket's; Mölndal's direct answers, under the group's, A/B read AB49)", () => {
    expect(named("Olofström").claims.headline).not.toMatch(/svarstiden/);
    expect(named("Mölndal").claims.headline).not.toMatch(/direktsvaren/);
    for (const r of releases.filter((x) => / och /.test(x.claims.headline) && /rekord|hittills/.test(x.claims.headline) && x.claims.plan?.angle === "time")) {
      for (const id of r.claims.plan?.headline ?? []) {
        const record = r.claims.plan?.indicators.find((i) => i.id === id)?.time.find((t) => t.kind === "record");
        expect(record?.narrow || record?.demoted || record?.hair, `${r.municipality.name}: ${id}`).toBeFalsy();
      }
    }
  });
});

describe("read JP: a strong change in the ingress says it is strong", () => {
  it("never by its points alone ('steg med 23 procentenheter, till …'), and the body is left as read GY asked (Östersund, Tyresö)", () => {
    for (const r of releases) {
      const strong = new Set(r.analysis.findings.filter((f) => f.changeClass?.startsWith("strongly-")).map((f) => f.indicator.id));
      for (const s of r.composed.lead.slice(0, r.composed.ingress)) {
        const id = s.claims.find((c) => c.endsWith(".changeClass"))?.split(".")[0] ?? "";
        // ("… även det den största försämringen i landet" says it.)
        if (strong.has(id) && !/största/.test(s.text)) expect(s.text, r.municipality.name).not.toMatch(/(steg|sjönk|gick upp|gick ner|ökade|minskade) med [\d,]+\u00A0(procentenheter|timmar), till /u);
      }
    }
    expect(named("Östersund").composed.lead.map((s) => s.text).join(" ")).toMatch(/direkt svar[^.]*steg (kraftigt|markant), med 23\u00A0procentenheter, till 56\u00A0procent 2019/);
    expect(named("Tyresö").composed.lead.map((s) => s.text).join(" ")).toMatch(/steg kraftigt, med 14\u00A0procentenheter, till 70\u00A0procent 2019/);
  });
});

describe("reads JP, JQ, JR: a first or last place held for years in a row says so after the place", () => {
  const ingressOf = (r: GeneratedRelease) => r.composed.lead.slice(0, r.composed.ingress ?? r.composed.lead.length);
  it("Gagnef, first in the country for direct answers 2017–2019, and Herrljunga, last for e-mail answers 2018–2019, say it in the ingress", () => {
    const gagnef = ingressOf(named("Gagnef")).map((s) => s.text).join(" ");
    expect(gagnef).toMatch(/tredje året i rad .*Gagnef|Gagnef .*tredje året i rad/u);
    const herrljunga = ingressOf(named("Herrljunga")).map((s) => s.text).join(" ");
    expect(herrljunga).toMatch(/andra året i rad .*Herrljunga .*(svagaste|sist|sämst)|Herrljunga .*(svagaste|sist|sämst).* andra året i rad/u);
  });
  it("every run said holds in the data: the ordinal is the years at that end, and the end is the one the place is at", () => {
    const ords = ["", "", "andra", "tredje", "fjärde", "femte", "sjätte"];
    const said = releases.flatMap((r) => r.composed.lead.filter((s) => s.claims.some((c) => c.endsWith(".rankRun"))).map((s) => ({ r, s })));
    expect(said.length).toBeGreaterThanOrEqual(5);
    for (const { r, s } of said) {
      const id = s.claims.find((c) => c.endsWith(".rankRun"))?.split(".")[0];
      const rank = r.analysis.findings.find((f) => f.indicator.id === id)?.rank;
      expect(rank?.endRun, s.text).toBeGreaterThanOrEqual(2);
      expect(s.text).toContain(`${ords[rank?.endRun ?? 0]} året i rad`);
      // (A shared place held says "den platsen" right after the sentence that gives it, since read KW: the end is there.)
      const lead = r.composed.lead;
      const back = /\b(den platsen|delar platsen)\b/u.test(s.text) ? `${lead[lead.indexOf(s) - 1]?.text ?? ""} ` : "";
      if (back !== "") expect(back).toMatch(/delad förstaplats|delar [^.]*förstaplatsen|delad sista plats|delar [^.]*sista platsen/u);
      expect(back + s.text).toMatch(rank?.position === 1 ? /bäst|först|bästa/u : /sämst|sist|svagaste/u);
      // The preview's sources show the run with its years.
      const view = sentenceViews(r.claims, dataset).find((v) => v.text === s.text);
      const end = rank?.position === 1 ? "först" : "sist";
      expect(view?.claims.map((c) => c.value), s.text).toContain(`${end} i landet ${rank?.endRun} år i rad (${2020 - (rank?.endRun ?? 0)}–2019)`);
    }
  });
  it("a top kept at 100 procent for a second year says 'liksom 2018' once, not a run as well (Knivsta)", () => {
    const knivsta = named("Knivsta").composed.lead.map((s) => s.text).join(" ");
    expect(knivsta).toContain("liksom 2018");
    expect(knivsta).not.toMatch(/året i rad som Knivsta|året i rad ligger Knivsta|Knivsta är bäst i landet för/u);
  });
});

describe("reads JQ, JR: last year's first or last place, left since, is said beside last year's figure", () => {
  const left = () => releases.flatMap((r) => r.composed.lead.filter((s) => s.claims.some((c) => c.endsWith(".previousRank"))).map((s) => ({ r, s })));
  it("Tranås (last for bemötandet in 2018), Karlshamn (shared first for the e-mail answers) and Kävlinge (shared last for the direct answers) say it in the lead", () => {
    const names = left().map(({ r }) => r.municipality.name);
    expect(names).toEqual(expect.arrayContaining(["Tranås", "Karlshamn", "Kävlinge"]));
    expect(left().find(({ r }) => r.municipality.name === "Tranås")?.s.text).toMatch(/från 59\u00A0procent 2018, då (Tranås|ingen kommun)[^.]*(sämst|svagaste|sämre)/u);
  });
  it("every such place holds in the data, is said once per release, and never splits a 'från … till …'", () => {
    for (const { r, s } of left()) {
      const id = s.claims.find((c) => c.endsWith(".previousRank"))?.split(".")[0];
      const rank = r.analysis.findings.find((f) => f.indicator.id === id)?.rank;
      const before = rank?.previous;
      expect(before, s.text).toBeDefined();
      const wasFirst = before?.position === 1;
      const wasLast = before !== undefined && before.of - (before.position + (before.tied ?? 1) - 1) === 0;
      expect(wasFirst || wasLast, s.text).toBe(true);
      expect(s.text).toMatch(wasFirst ? /bäst|förstaplats|topp|bättre/u : /sämst|sista|svagaste|sämre/u);
      // It has left that end: the ingress would otherwise tell a run ("för andra året i rad").
      expect(rank?.endRun, s.text).toBeUndefined();
      expect(s.text).not.toMatch(/, då [^,]*, till /u);
      expect(left().filter((x) => x.r === r)).toHaveLength(1);
    }
  });
  it("not where the body's crossing of riket already says the first place (Haparanda: '2018 delade kommunen förstaplatsen i landet')", () => {
    const haparanda = named("Haparanda");
    expect(haparanda.composed.lead.some((s) => s.claims.some((c) => c.endsWith(".previousRank")))).toBe(false);
    expect(body(haparanda).map((s) => s.text).join(" ")).toMatch(/2018 delade staden förstaplatsen i landet|ett år efter en delad förstaplats|delade Haparanda förstaplatsen/u);
  });
});

describe("read JO: a headline's response time that more than halved since its first year says so, though the lead tells the measure", () => {
  it("Arboga (18,3 → 7,9 timmar since 2014), Mjölby, Storfors and Härnösand give the long run with both figures in the E-post section", () => {
    const cases: [string, string, string][] = [["Arboga", "18,3", "7,9"], ["Mjölby", "4,7", "1,9"], ["Storfors", "6,5", "2,8"], ["Härnösand", "8,2", "3,6"]];
    for (const [name, from, to] of cases) {
      const epost = named(name).composed.sections.find((x) => x.heading === "E-post")?.sentences.map((s) => s.text).join(" ") ?? "";
      expect(epost, name).toMatch(new RegExp(`(mer än|nästan) halverats[^.]*${from}\\u00A0timmar[^.]*${to}\\u00A0timmar 2019|${from}\\u00A0timmar 2014[^.]*(mer än|nästan) halverats[^.]*${to}\\u00A0timmar 2019`, "u"));
    }
  });
});

describe("read JU: a strong change the lead did not class says it is strong in its section", () => {
  it("never by a bare 'lyfte' or its points alone (Upplands Väsby's +12, Härryda's +11), and a third strong word in one paragraph is 'rejält' (Sundsvall)", () => {
    // ("lyfte från … till …" alone read as a plain rise; the bank's strong variants say "kraftigt", which a section
    // drops only where the lead already classed the change, read GY: Mörbylånga.)
    expect(named("Härryda").markdown).toMatch(/e-postfrågor som besvaras inom en arbetsdag (lyfte|ökade|steg) kraftigt/u);
    expect(named("Upplands Väsby").markdown).toMatch(/direkt svar på en enkel fråga via telefon (lyfte|ökade|steg) kraftigt/u);
    expect(named("Sundsvall").composed.lead.map((s) => s.text).join(" ")).toContain("Bemötandet föll dessutom rejält från året innan.");
  });
});

describe("read JX: a headline that says 'likvärdiga kommuner' sets the release's word for the group", () => {
  it("its comparisons never say 'kommungruppen' (Vilhelmina, Härjedalen)", () => {
    const titled = releases.filter((r) => r.claims.headline.includes("likvärdiga kommuner"));
    expect(titled.map((r) => r.municipality.name)).toEqual(expect.arrayContaining(["Vilhelmina", "Härjedalen"]));
    for (const r of titled) {
      const text = [...r.composed.lead, ...r.composed.sections.flatMap((x) => x.sentences)].map((s) => s.text).join(" ");
      expect(text, r.municipality.name).not.toMatch(/(snittet i|och i|riket och|helhet och|rikssnittet och|än|med) kommungruppen\b/u);
    }
  });
});

describe("read JX: opposite clear records make the headline, not a count against riket", () => {
  it("Mellerud's headline says bemötandet at its lowest and e-mail answers at their best; the count of four of five opens the body", () => {
    const r = named("Mellerud");
    expect(r.claims.headline).toMatch(/^((Bemötandet sämst|Sämsta bemötandet) hittills i Mellerud – men|Mellerud: (bemötandet sämst|sämsta bemötandet) hittills, men) rekord för e-postsvar(en| inom en dag)$/u);
    const ingress = r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text).join(" ");
    expect(ingress).toMatch(/från 79\u00A0procent 2018 till 76\u00A0procent 2019, kommunens sämsta resultat/u);
    expect(ingress).toMatch(/^.*Men andelen e-postfrågor .* till 89\u00A0procent 2019, Melleruds bästa resultat/u);
    const under = r.markdown.split("**")[2]?.split("## ")[0] ?? "";
    expect(under).toMatch(/sämre än rikssnittet på fyra av fem mått/u);
  });
  it("no count against riket headlines a release whose strongest news is a clear record with a clear record the other way", () => {
    const clear = (i: NonNullable<GeneratedRelease["claims"]["plan"]>["indicators"][number]) => i.time.filter((t) => t.kind === "record" && !t.narrow && !t.demoted);
    const counted = releases.filter((r) => r.claims.plan?.angle === "summary");
    expect(counted.length).toBeGreaterThan(5);
    for (const r of counted) {
      const [top, ...rest] = r.claims.plan?.indicators ?? [];
      const own = top ? clear(top)[0] : undefined;
      if (!own || top?.facts[0] !== "record") continue;
      expect(rest.some((i) => clear(i).some((t) => t.polarity === -own.polarity && t.newsValue >= own.newsValue)), r.municipality.name).toBe(false);
    }
  });
});

describe("read JY: a response time that halved since the first year in a run of small steps says so", () => {
  it("Krokom (10,5 → 5 timmar since 2014) and Hudiksvall (9 → 4) tell the halving in the E-post section", () => {
    const section = (name: string): string => named(name).composed.sections.find((s) => s.heading === "E-post")?.sentences.map((s) => s.text).join(" ") ?? "";
    expect(section("Krokom")).toMatch(/10,5\u00A0timmar 2014 har svarstiden mer än halverats|svarstiden (har )?mer än halverats sedan 2014, (då den var|från) 10,5\u00A0timmar/u);
    expect(section("Hudiksvall")).toMatch(/mer än halverats sedan 2014, då den var 9\u00A0timmar|9\u00A0timmar 2014 har svarstiden mer än halverats/u);
  });
});

describe("A/B read AB59: a record the ingress had no room for opens its section, not the paragraph under the ingress", () => {
  it("Värmdö's e-mail answers, Eslöv's response time and Berg's tillgänglighet are told with their sections (reads JT, JV, JY)", () => {
    for (const [name, heading, text] of [
      ["Värmdö", "E-post", /^Andelen e-postfrågor som besvaras inom en arbetsdag ökade från 92\u00A0procent 2018 till 95\u00A0procent 2019, Värmdös bästa resultat hittills\./u],
      ["Eslöv", "E-post", /^Den genomsnittliga svarstiden för e-post minskade med 4,2\u00A0timmar, till 11,4\u00A0timmar 2019\. Det är Eslövs bästa resultat/u],
      ["Berg", "Telefon", /^Andelen som får kontakt med en handläggare inom en minut steg med 5\u00A0procentenheter, till 46\u00A0procent 2019\. Bergs resultat är därmed det bästa hittills/u],
    ] as const) {
      expect(underIngress(named(name).composed).some((s) => s.claims.some((c) => c.endsWith(".record"))), name).toBe(false);
      expect(sectionText(name, heading), name).toMatch(text);
    }
  });
  it("but a worst-ever after a fall of half a strong change stays right under an ingress that ends on the year's count of falls (Malmö's bemötande, 97 → 90 procent)", () => {
    const under = underIngress(named("Malmö").composed).map((s) => s.text).join(" ");
    expect(under).toMatch(/^Andelen som upplever ett gott bemötande via telefon sjönk med 7\u00A0procentenheter, till 90\u00A0procent 2019[^.]*\. (Resultatet för bemötandet i telefon är det sämsta|Malmö har sitt sämsta resultat för bemötandet i telefon)/u);
  });
});

describe("reads JY, KA and A/B read AB61: a record reached by a step of half a strong change or more is a headline's other side", () => {
  it("whatever riket or its margin says (Solna's bemötande 97 → 89, Lerum's 94 → 89, Osby's e-mail answers 74 → 79 procent)", () => {
    expect(named("Solna").claims.headline).toMatch(/direktsvaren[^–,]*[–,] men (bemötandet sämst|sämsta bemötandet) hittills$/u);
    expect(named("Lerum").claims.headline).toMatch(/^Direktsvaren bäst hittills i Lerum – men bemötandet på sin sämsta nivå$/u);
    expect(named("Osby").claims.headline).toMatch(/direktsvaren sämst hittills, men eget rekord för e-postsvaren$/u);
    // Not beside a place in the country, whose side would lose its number (Gullspång's shared second-to-last place).
    expect(named("Gullspång").claims.headline).toMatch(/näst sista plats/u);
  });
});

describe("A/B read AB62: 'Årets resultat' opens one sentence of a paragraph", () => {
  it("a later one says the year or whose result (Kalmar, Ljungby, Stockholm), never two 'Årets resultat' in a paragraph but against an earlier year", () => {
    for (const r of releases) {
      for (const block of [r.composed.lead, r.composed.intro ?? [], ...r.composed.sections.map((y) => y.sentences)]) {
        const opens = block.filter((s) => /^(Men )?Årets resultat\b/u.test(s.text) && !/ än 20\d\d\b/u.test(s.text));
        expect(opens.length, `${r.municipality.name}: ${opens.map((s) => s.text).join(" / ")}`).toBeLessThanOrEqual(1);
      }
    }
    expect(named("Stockholm").markdown).toMatch(/Stockholms resultat 2019 är långt sämre än både riket/u);
  });
});

describe("read KB: the note that no earlier year exists", () => {
  it("never stands between a measure's news and the 'Också …' that points back at it (Kungsbacka)", () => {
    const c = named("Kungsbacka").composed;
    const texts = c.lead.map((s) => s.text);
    const also = texts.findIndex((t) => /^Också tillgängligheten och bemötandet i telefon/u.test(t));
    expect(also).toBeGreaterThan(0);
    expect(texts[also - 1]).toMatch(/klart under både riket och kommungruppen/u);
    expect(texts.join(" ")).toMatch(/finns inga resultat från åren 2014–2018/u);
  });
});

describe("read KH: a comparison right after the municipality's record does not name it again", () => {
  it("says 'Resultatet' instead (Skinnskatteberg, Mellerud, Mora), or joins with ', men det är' against the record (Heby)", () => {
    for (const r of releases) {
      const own = `${r.municipality.name}s`;
      for (const block of [r.composed.lead, ...r.composed.sections.map((y) => y.sentences)]) {
        for (const [i, s] of block.entries()) {
          const before = block[i - 1]?.text ?? "";
          const again = before.endsWith(`${own} bästa resultat hittills.`) || before.endsWith(`${own} sämsta resultat hittills.`);
          expect(again && s.text.startsWith(`${own} resultat 2019`), `${r.municipality.name}: ${before} ${s.text}`).toBe(false);
        }
      }
    }
    expect(sectionText("Skinnskatteberg", "Telefon")).toMatch(/Skinnskattebergs sämsta resultat hittills\. (Resultatet 2019 är ändå|Trots det är resultatet) bättre än både rikssnittet/u);
    expect(named("Mora").markdown).toMatch(/Moras bästa resultat hittills\. Resultatet är bättre än både rikssnittet/u);
    expect(named("Heby").markdown).toMatch(/Det räcker till Hebys bästa resultat hittills, men det är sämre än rikssnittet/u);
  });
});

describe("read KH: a record right after a sentence on the same measure", () => {
  it("does not name the measure again (Uppsala, Älvdalen), and turns with 'ändå' after a verdict against it (Vaggeryd)", () => {
    for (const r of releases) {
      for (const block of [r.composed.lead, ...r.composed.sections.map((y) => y.sentences)]) {
        for (const [i, s] of block.entries()) {
          const before = block[i - 1];
          const one = s.claims.filter((c) => c.endsWith(".record")).map((c) => c.split(".")[0]);
          const same = before !== undefined && one.length === 1 && before.claims.every((c) => c.startsWith(`${one[0]}.`));
          expect(same && /^Resultatet för .+ är det (bästa|sämsta) hittills/u.test(s.text), `${r.municipality.name}: ${before?.text} ${s.text}`).toBe(false);
        }
      }
    }
    expect(sectionText("Uppsala", "E-post")).toMatch(/förbättrades med 8\u00A0procentenheter jämfört med 2018\. Resultatet är det bästa hittills och klart bättre än/u);
    expect(sectionText("Vaggeryd", "E-post")).toMatch(/längre än snittet i kommungruppen \(5,4\u00A0timmar\)\. Resultatet är ändå det bästa hittills, 0,2\u00A0timmar kortare/u);
    // (Another measure's sentence before it keeps the name: Bräcke's direct answers after its phone access.)
    expect(sectionText("Bräcke", "Telefon")).toMatch(/\. Resultatet för direktsvaren i telefon är det bästa hittills/u);
  });
});

describe("read KH: a run the measure before shared, right after an 'Också …' change", () => {
  it("says it as that measure's, not 'Det är … i rad, liksom för …' (Tomelilla)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/Också [^.]+\.\s+Det är (den|en) [^.,]* i rad, liksom för/u);
    expect(named("Tomelilla").composed.lead.map((s) => s.text).join(" ")).toContain("Också svarstiden på e-post förbättrades markant, från 13,1\u00A0timmar 2018 till 1,8\u00A0timmar 2019. Även den förbättringen är den femte i rad.");
  });
});

describe("read KI: opposite records in a series with a missing year", () => {
  it("both make the headline, each said once in words of the years measured (Finspång: bemötandet at its lowest, e-mail answers at their best)", () => {
    const h = named("Finspång").claims.headline;
    expect(h).toMatch(/bemötandet/iu);
    expect(h).toMatch(/rekord för e-postsvar(en| inom en dag)/u);
    expect(h).not.toMatch(/hittills/u);
    expect(h.length).toBeLessThanOrEqual(76);
  });
});

describe("read KI: a best that only reaches riket beside another measure's last place in the group", () => {
  it("headlines both (Halmstad: e-mail answers at their best at riket's level, the response time the group's longest)", () => {
    const r = named("Halmstad");
    expect(r.claims.headline).toMatch(/e-postsvaren (bäst hittills|på sin bästa nivå)|rekord för e-postsvaren/u);
    expect(r.claims.headline).toMatch(/svarstiden (längst|den längsta) (i kommungruppen|bland likvärdiga kommuner)/u);
    expect(r.claims.headline.length).toBeLessThanOrEqual(76);
    // The lead tells the group's last place, with its figure.
    expect(r.composed.lead.slice(0, r.composed.ingress).map((s) => s.text).join(" ")).toMatch(/svagaste resultatet för den genomsnittliga svarstiden för e-post: 12,3\u00A0timmar/u);
  });
  it("not where that measure is itself at its best yet by more than a hair (Norsjö's e-mail answers)", () => {
    expect(named("Norsjö").claims.headline).not.toMatch(/kommungruppen|likvärdiga kommuner/u);
  });
  it("a headline that says 'kommungruppen' sets the release's word for the group, as 'likvärdiga kommuner' does (read JX)", () => {
    for (const name of ["Halmstad", "Älvdalen", "Åre"]) {
      const r = named(name);
      expect(r.claims.headline, name).toMatch(/kommungruppen/u);
      const text = whole(r).map((s) => s.text).join(" ");
      expect(text, name).not.toMatch(/likvärdiga kommuner/u);
    }
  });
});

describe("reads KH and KI: a value exactly equal to an earlier best or worst, reached by a change that way", () => {
  const TIE = (kind: "bästa" | "sämsta", name: string, years: string): RegExp => {
    const gen = name.endsWith("s") ? name : `${name}s`;
    return new RegExp(`(Därmed tangerar ${name} sitt ${kind} resultat hittills|Det innebär att ${name} är (tillbaka|nere) på sin ${kind} nivå hittills|Det är samma nivå som ${gen} ${kind} resultat hittills|Med det upprepar ${name} sitt ${kind} resultat hittills), från ${years}\\.`, "u");
  };
  it("is said right after the value (Huddinge's direct answers at 72 procent as in 2016, Alingsås' bemötande at 86 as in 2016)", () => {
    expect(sectionText("Huddinge", "Telefon")).toMatch(new RegExp(`(till 72\u00A0procent 2019, från 70\u00A0procent 2018|${shareRise(72, 70)})\\. ${TIE("bästa", "Huddinge", "2016").source}`, "u"));
    expect(whole(named("Alingsås")).map((s) => s.text).join(" ")).toMatch(TIE("sämsta", "Alingsås", "2016"));
  });
  it("before a turn said after the value, which 'Det' would point at otherwise (Vadstena)", () => {
    expect(sectionText("Vadstena", "E-post")).toMatch(new RegExp(`till 86\u00A0procent 2019\\. ${TIE("bästa", "Vadstena", "2016").source} Därmed bröts två års försämring\\.`, "u"));
  });
  it("never for a value that stayed where it was (Täby's bemötande, 94 procent as in 2018)", () => {
    expect(named("Täby").markdown).not.toMatch(/lika bra som|tangerar|upprepar|samma nivå som Täbys|samma resultat som Täbys/u);
  });
});

describe("read KL: a tie whose value the section got from the lead, or that stood still", () => {
  it("is said after the sentence that gives the value, wherever the pipeline put it (Malmö's direct answers, 62 procent as in 2015)", () => {
    expect(sectionText("Malmö", "Telefon")).toMatch(new RegExp(`(till 62\u00A0procent 2019, från 55\u00A0procent 2018|${shareRise(62, 55)})\\. (Det är samma nivå som Malmös bästa resultat|Därmed tangerar Malmö sitt bästa resultat|Med det upprepar Malmö sitt bästa resultat) hittills, från 2015\\.`, "u"));
  });
  it("with its figure where the section only compared it (Hallsberg's access, 82 procent as in 2014)", () => {
    expect(sectionText("Hallsberg", "Telefon")).toMatch(/Med 82\u00A0procent (är resultatet på samma nivå som Hallsbergs bästa hittills|tangerar Hallsberg sitt bästa resultat hittills|når Hallsberg samma nivå som sitt bästa resultat hittills), från 2014\./u);
  });
  it("a low that stayed is said right after the year that stood still, without the lead's figure again (Östra Göinge's access, 43 procent in 2018 and 2019)", () => {
    const telefon = sectionText("Östra Göinge", "Telefon");
    expect(telefon).toMatch(/har inte förändrats sedan 2018\. (Därmed ligger Östra Göinge kvar på sin sämsta nivå|Det innebär att Östra Göinge ligger kvar på sin sämsta nivå|Därmed står Östra Göinge kvar på sin sämsta nivå) hittills/u);
    expect(telefon).not.toMatch(/Med 43\u00A0procent/u);
  });
  it("not in an ingress of three news sentences already, where no section tells the measure (Hammarö's access, 56 procent as in 2014: read KN found long leads the most common fault)", () => {
    const r = named("Hammarö");
    const ingress = r.composed.lead.slice(0, r.composed.ingress);
    expect(ingress.map((s) => s.text).join(" ")).toMatch(/56\u00A0procent 2019 mot 57\u00A0procent 2018\./u);
    expect(ingress.some((s) => s.claims.includes("tillganglighet.tie"))).toBe(false);
    expect(ingress.filter((s) => !s.claims.every((c) => c.startsWith("survey."))).length).toBeLessThanOrEqual(4);
  });
  it("not for a year that stood still in a section that tells another measure's record (Vingåker's bemötande, 76 procent as in 2018, beside a best and a worst; A/B read AB67)", () => {
    const telefon = named("Vingåker").composed.sections.find((x) => x.heading === "Telefon")?.sentences ?? [];
    expect(telefon.some((s) => s.claims.includes("bemotande.tie"))).toBe(false);
    expect(telefon.some((s) => s.claims.includes("svar-pa-fragan.record"))).toBe(true);
  });
  it("but a worst that stood still is said beside a best only, the section's other side (Söderköping's e-mail and direct answers at their lowest as in 2018, beside two bests: read LL)", () => {
    for (const [heading, id, other] of [["E-post", "epost-en-dag", "epost-svarstid"], ["Telefon", "svar-pa-fragan", "bemotande"]] as const) {
      const section = named("Söderköping").composed.sections.find((x) => x.heading === heading)?.sentences ?? [];
      expect(section.some((s) => s.claims.includes(`${id}.tie`)), id).toBe(true);
      expect(section.some((s) => s.claims.includes(`${other}.record`) || s.claims.includes(`${other}.tie`)), other).toBe(true);
    }
    expect(sectionText("Söderköping", "E-post")).toMatch(/låg kvar på 74\u00A0procent 2019\. (Därmed|Det innebär att) [^.]*Söderköping[^.]* kvar på sin sämsta nivå hittills\./u);
  });
  it("a value equal to an earlier best or worst, reached by a change that way, is said in every release", () => {
    for (const r of releases) {
      const said = new Set(whole(r).flatMap((s) => s.claims));
      for (const ind of r.claims.indicators) {
        const tie = ind.tie;
        if (!tie || tie.previous.value !== ind.value) continue;
        // (A year that stood still is told only in a series that moved, and not beside another record: tieToTell.)
        const moved = ind.changeClass === (tie.kind === "best" ? "improved" : "declined") || ind.changeClass === (tie.kind === "best" ? "strongly-improved" : "strongly-declined");
        // (Where a section tells the measure: an ingress of three news sentences takes no tie, and no section tells
        // Valdemarsvik's or Åre's measure.)
        const inSection = r.composed.sections.some((x) => x.sentences.some((y) => y.claims.some((c) => c.startsWith(`${ind.id}.`))));
        if (moved && inSection) expect(said.has(`${ind.id}.tie`) || said.has(`${ind.id}.record`), `${r.municipality.name} ${ind.id}`).toBe(true);
      }
    }
  });
});

describe("read KO: one word for the group, a group place at the head of a sentence too", () => {
  it("no 'Bland likvärdiga kommuner' in a release whose other sentences say 'kommungruppen', nor the reverse (Jönköping)", () => {
    for (const r of releases) {
      // ("de 19 kommunerna i kommungruppen" counts the group: it has no other word.)
      const text = whole(r).map((s) => s.text).join(" ").replace(/kommunerna i kommungruppen/gu, "");
      const both = /Bland likvärdiga kommuner /u.test(text) && /kommungruppen/u.test(text);
      const reverse = /I kommungruppen /u.test(text) && /likvärdiga kommuner/u.test(text);
      expect(both || reverse, r.municipality.name).toBe(false);
    }
  });
});

describe("read KM: a first place held for years, shared every year", () => {
  it("says the place was shared: 'delar förstaplatsen', not 'har landets bästa resultat' (Nynäshamn, five years)", () => {
    const ingress = (name: string): string => named(name).composed.lead.slice(0, named(name).composed.ingress).map((s) => s.text).join(" ");
    // (Since read KW "den platsen", right after the sentence that says the shared first place: not the place twice.)
    expect(ingress("Nynäshamn")).toMatch(/delar Nynäshamns kommun förstaplatsen i landet med åtta andra kommuner[^.]*\. (Det är femte året i rad som Nynäshamn delar den platsen|För femte året i rad delar Nynäshamn den platsen|Nynäshamn delar platsen för femte året i rad)(, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)( 2019)?)?\./u);
    expect(ingress("Nynäshamn").match(/förstaplatsen/gu)?.length).toBe(1);
    expect(ingress("Nynäshamn")).not.toMatch(/landets bästa resultat/u);
  });
});

describe("read KI: a time just over half of both averages", () => {
  it("takes one fraction for both, not 'kortare än riket … och drygt hälften så lång som …' (Karlstad, Leksand)", () => {
    // (Not at 0,6 of riket's or more: Ronneby's 3,6 timmar against 6 stays "kortare än".)
    for (const r of releases) {
      const f = r.claims.indicators.find((i) => i.id === "epost-svarstid");
      if (f?.national == null || f.value / f.national >= 0.6) continue;
      expect(r.markdown.replace(/\u00A0/g, " "), r.municipality.name).not.toMatch(/kortare än (snittet i riket|rikssnittet|genomsnittet i riket) \(6 timmar\) och drygt hälften så lång som/u);
    }
    expect(named("Ronneby").markdown.replace(/\u00A0/g, " ")).toContain("kortare än snittet i riket (6 timmar) och drygt hälften så lång som snittet för likvärdiga kommuner (6,8 timmar)");
    expect(sectionText("Leksand", "E-post").replace(/\u00A0/g, " ")).toContain("drygt hälften så lång som både rikssnittet och snittet för likvärdiga kommuner (6 och 6,8 timmar)");
    // Each average it names is one it is just over half of (3,5 timmar: 0,58 of 6 and 0,51 of 6,8).
    for (const r of releases) {
      const f = r.claims.indicators.find((i) => i.id === "epost-svarstid");
      if (f?.national == null || f.group == null || !/drygt hälften så lång som (både )?(rikssnittet|snittet|genomsnittet)[^.]*och[^.]*\(/u.test(r.markdown)) continue;
      expect(f.value / f.national, r.municipality.name).toBeLessThan(0.6);
    }
  });
});

describe("read KJ: 'på samma nivå som' a reference", () => {
  it("only where the value equals every reference it names; else 'i nivå med' (Grums: 59 against riket's 60)", () => {
    expect(named("Grums").markdown).not.toMatch(/på samma nivå som riket som helhet och kommungruppen/u);
    for (const r of releases) {
      for (const s of whole(r)) {
        const m = /på samma nivå som [^.(]*\(([\d,]+)(?: och ([\d,]+))?\u00A0(procent|timmar)\)/u.exec(s.text);
        if (!m) continue;
        const id = s.claims.find((c) => /\.(national|group)$/.test(c))?.split(".")[0];
        const f = r.claims.indicators.find((i) => i.id === id);
        const refs = [m[1], m[2]].filter((x): x is string => x !== undefined).map((x) => Number(x.replace(",", ".")));
        if (f) for (const v of refs) expect(v, `${r.municipality.name}: ${s.text}`).toBe(f.value);
      }
    }
  });
});

describe("A/B read AB68: a municipality's result named once", () => {
  it("says 'Vingåkers resultat 2019 är …' once in a release, a later comparison 'Vingåker ligger … till än …'", () => {
    const all = (r: GeneratedRelease): string[] => [...r.composed.lead, ...(r.composed.intro ?? []), ...r.composed.sections.flatMap((x) => x.sentences)].map((s) => s.text);
    let named2 = 0;
    for (const r of releases) {
      const own = all(r).filter((t) => t.startsWith(`${genitive(r.municipality.name)} resultat 2019 `));
      expect(own.length, r.municipality.name).toBeLessThanOrEqual(1);
      if (all(r).some((t) => t.startsWith(`${r.municipality.name} ligger `) && / till än |i nivå med/.test(t))) named2 += 1;
    }
    expect(named2).toBeGreaterThanOrEqual(8);
    expect(all(named("Vingåker"))).toContain("Vingåker ligger sämre till än snittet för riket och likvärdiga kommuner (84\u00A0procent).");
    // A gap in points: "före", not "ligger cirka 10 procentenheter bättre till än" (A/B read AB69).
    expect(all(named("Ronneby"))).toContain("Ronneby ligger cirka 10\u00A0procentenheter före både riket som helhet och snittet för likvärdiga kommuner.");
  });
});

describe("read KU: a fall to the worst result yet is not the section's last paragraph", () => {
  /** The measure ids of a section in the order they are first told. */
  const order = (name: string, heading: string): string[] => {
    const sec = named(name).composed.sections.find((x) => x.heading === heading);
    const ids = (sec?.sentences ?? []).flatMap((s) => s.claims.map((c) => c.split(".")[0] ?? ""));
    return [...new Set(ids)];
  };
  it("opens the section before flat or weaker news (Högsby's bemötande, down 3 points to its lowest, was the release's last paragraph)", () => {
    expect(sectionText("Högsby", "Telefon")).toMatch(/^Andelen som upplever ett gott bemötande via telefon [^.]*85\u00A0procent 2019[^.]*\. Det är Högsbys sämsta resultat hittills/);
    expect(order("Högsby", "Telefon")[0]).toBe("bemotande");
    // Emmaboda's bemötande, down 4 to its lowest, now comes before direct answers up 4; tillgängligheten, up 7 to a
    // record, keeps the section's opening.
    expect(order("Emmaboda", "Telefon").slice(0, 2)).toEqual(["tillganglighet", "bemotande"]);
  });
  it("leaves a worst reached without a change where it was (Södertälje's bemötande, 1 point under its old low)", () => {
    expect(order("Södertälje", "Telefon").at(-1)).toBe("bemotande");
  });
});

describe("read KU: a time that doubled in a year is a headline's other side", () => {
  it("beside a record the other way, in the ratio's words (Södertälje: e-mail answers at their best, response time 1,5 → 3 timmar)", () => {
    const r = named("Södertälje");
    expect(r.claims.headline).toBe("Södertälje: e-postsvaren bäst hittills, men svarstiden har fördubblats");
    expect(r.claims.sentences[0]?.claims).toContain("epost-svarstid.ratio");
  });
  it("and only a halving or doubling: every headline that tells a change by its ratio holds one in the data", () => {
    let n = 0;
    for (const r of releases) {
      for (const claim of r.claims.sentences[0]?.claims.filter((c) => c.endsWith(".ratio")) ?? []) {
        const f = r.analysis.findings.find((x) => x.indicator.id === claim.split(".")[0]);
        const ratio = f && f.previous !== null ? f.value / f.previous : 1;
        expect(ratio <= 0.5 || ratio >= 2, `${r.municipality.name}: ${r.claims.headline}`).toBe(true);
        expect(r.claims.headline, r.municipality.name).toMatch(/halverats|fördubblats|fjärdedel|tredjedel|femtedel|sjättedel/u);
        n += 1;
      }
    }
    expect(n).toBeGreaterThan(0);
  });
});

describe("read KV: a tie with the best or worst year", () => {
  it("is said plainly, never 'är tillbaka på sin bästa nivå hittills, från 2014' (Avesta, a time) or 'nere på sin sämsta nivå' (Köping)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/(tillbaka|nere) på sin (bästa|sämsta) nivå/u);
    expect(sectionText("Avesta", "E-post")).toMatch(/från 13,2\u00A0timmar 2018\. [^.]*(Avestas|Avesta sitt) bästa (resultat )?hittills, från 2014\./u);
  });
});

describe("A/B read AB71: a share's rise in words a reader keeps", () => {
  const WORDS: Readonly<Record<string, number>> = { en: 10, två: 20, tre: 30, fyra: 40, fem: 50, sex: 60, sju: 70, åtta: 80, nio: 90 };
  const anchorOf = (phrase: string): number | undefined => {
    const ten = /^(\S+) av tio$/u.exec(phrase);
    if (ten) return WORDS[ten[1] ?? ""];
    return ({ "tre av fyra": 75, "två av tre": 200 / 3, hälften: 50, alla: 100 } as Record<string, number>)[phrase];
  };
  // (Three ways in the bank: "…, upp från", "…, en ökning från" and "I mätningen 2019 fick …".)
  const RISE = /^(?:I mätningen 2019 (?:fick|besvarades|upplevde) )?(Nästan |Drygt |nästan |drygt )?(.+?) (e-postfrågor )?\((\d+)\u00A0procent\) (?:(?:fick|besvarades|upplevde) )?(.+?)(?: 2019)?, (?:upp från|en ökning från) (\d+)\u00A0procent 2018\.$/u;
  it("gives SPRAK.md's anchor for this year's figure, last year's beside it, once in a release and only for a rise", () => {
    let seen = 0;
    for (const r of releases) {
      const said = body(r).filter((s) => RISE.test(s.text));
      expect(said.length, r.municipality.name).toBeLessThanOrEqual(1);
      for (const s of said) {
        const m = RISE.exec(s.text) as RegExpExecArray;
        const [value, previous] = [Number(m[4]), Number(m[6])];
        const a = anchorOf((m[2] ?? "").toLowerCase());
        expect(a, s.text).toBeDefined();
        const d = value - (a as number);
        const modifier = Math.abs(d) < 0.5 ? undefined : d > 0 && d <= 3 ? "Drygt " : d < 0 && d >= -3 ? "Nästan " : "none";
        expect(m[1] === undefined ? undefined : capitalize(m[1]), s.text).toBe(modifier);
        const f = r.analysis.findings.find((x) => s.claims.includes(`${x.indicator.id}.value`));
        expect([f?.value, f?.previous], s.text).toEqual([value, previous]);
        expect(value, s.text).toBeGreaterThan(previous);
        // (The measure is named as its data names it, "andelen som" aside, and never one with a number in its name.)
        expect(s.text.replace(/\u00A0/gu, " "), s.text).not.toMatch(/inom \d+ sekunder/u);
        seen += 1;
      }
      expect((r.markdown.match(/(nästan |drygt )?(\S+ av (tio|fyra|tre)|hälften|alla) \(\d+\u00A0procent\)/giu) ?? []).length, r.municipality.name).toBeLessThanOrEqual(2);
    }
    expect(seen).toBeGreaterThan(30);
    expect(sectionText("Vetlanda", "E-post")).toMatch(/(Nästan åtta av tio e-postfrågor \(78\u00A0procent\) besvarades inom en arbetsdag 2019|I mätningen 2019 besvarades nästan åtta av tio e-postfrågor \(78\u00A0procent\) inom en arbetsdag), (upp från|en ökning från) 70\u00A0procent 2018\./u);
    expect(sectionText("Österåker", "Telefon")).toMatch(/(Nästan hälften \(47\u00A0procent\) fick ett direkt svar på en enkel fråga via telefon 2019|I mätningen 2019 fick nästan hälften \(47\u00A0procent\) ett direkt svar på en enkel fråga via telefon), (upp från|en ökning från) 39\u00A0procent 2018\./u);
  });
  it("is not said of a fall, nor of a share whose anchor would need a singular noun ('var tredje e-postfrågor')", () => {
    for (const r of releases) {
      expect(r.markdown, r.municipality.name).not.toMatch(/\((\d+)\u00A0procent\) [^.]*, ner från /u);
      expect(r.markdown, r.municipality.name).not.toMatch(/(var|vart) (tredje|fjärde|femte) e-postfrågor|hälften e-postfrågor|en av tio e-postfrågor/u);
    }
  });
});

describe("read KX: the fact box defines the release's word for the group", () => {
  it("a release that says only 'kommungruppen' says what it is, in the same word (Skurup)", () => {
    let seen = 0;
    for (const r of releases) {
      const text = whole(r).map((s) => s.text).join(" ");
      const facts = r.composed.facts.map((s) => s.text).join(" ");
      if (!/kommungrupp/u.test(text) || /likvärdiga kommuner/u.test(text) || !r.analysis.group) continue;
      expect(facts, r.municipality.name).toContain(`Med kommungruppen avses ${genitive(r.municipality.name)} grupp av likvärdiga kommuner, ${r.analysis.group.name}.`);
      expect(facts, r.municipality.name).toContain("Mot riket och kommungruppen krävs");
      seen += 1;
    }
    expect(seen).toBeGreaterThan(20);
    expect(named("Skurup").composed.facts.map((s) => s.text).join(" ")).toContain("Med kommungruppen avses Skurups grupp av likvärdiga kommuner, Pendlingskommun nära storstad.");
  });
});

describe("read KY: a place in the group in the release's word for the group", () => {
  it("says 'främst bland de likvärdiga kommunerna' in a release of 'likvärdiga kommuner', never 'bland kommunerna i kommungruppen' beside it (Mariestad)", () => {
    for (const r of releases) {
      const text = [r.claims.headline, ...whole(r).map((s) => s.text)].join(" ");
      const mixed = /likvärdiga kommuner\b/u.test(text) && /\b(bland|av) kommunerna i kommungruppen/iu.test(text);
      const reverse = /kommungruppen/u.test(text.replace(/kommunerna i kommungruppen/gu, "")) && /(bland|av) de likvärdiga kommunerna/iu.test(text);
      expect(mixed || reverse, r.municipality.name).toBe(false);
    }
    expect(named("Mariestad").markdown).toContain("1,4\u00A0timmar 2019, främst bland de likvärdiga kommunerna.");
  });
  it("a group's place after a comparison that gave two figures leaves out the group's size, a third figure (Rättvik)", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/\(\d+(,\d+)? och \d+(,\d+)?\u00A0(procent|timmar)\) och (främst|bäst|först|svagast|sist) (bland|av) de \d+/u);
    expect(named("Rättvik").markdown).toContain("(55 och 57\u00A0procent) och främst bland kommunerna i gruppen.");
  });
  it("a fall in the ingress never says 'Skövde kommun har backat i andelen …' (read KY) nor 'För Skövde kommun gick andelen … ner' (read LG), which read as clumsy", () => {
    for (const r of releases) expect(r.markdown, r.municipality.name).not.toMatch(/har backat i |^\*\*För [^,]* kommun gick [^,]* ner, /mu);
    expect(named("Skövde").composed.lead[0]?.text).toMatch(/^Andelen som upplever ett gott bemötande via telefon minskade i Skövde kommun, från 92\u00A0procent 2018 till 84\u00A0procent 2019, (enligt|visar|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)\./u);
  });
});

describe("read KW: the same run on three measures", () => {
  it("is not said in one frame twice ('Det är den tredje förbättringen i rad, liksom för …' twice in Sigtuna's release)", () => {
    for (const r of releases) expect((r.markdown.match(/Det är [^.]* i rad, liksom för /gu) ?? []).length, r.municipality.name).toBeLessThanOrEqual(1);
    expect(sectionText("Sigtuna", "E-post")).toMatch(/Också e-postsvaren inom en arbetsdag har förbättrats för tredje året i rad, liksom bemötandet och tillgängligheten i telefon\./u);
  });
});

describe("read LH: a turnaround told by itself keeps the year's strength", () => {
  it("says a strong change as strong ('försämrades kraftigt efter två års förbättring'), never plain under an ingress that said 'sjönk kraftigt' (Filipstad)", () => {
    let seen = 0;
    for (const r of releases) {
      for (const f of r.analysis.findings) {
        if (f.changeClass !== "strongly-improved" && f.changeClass !== "strongly-declined") continue;
        // (The sentences that say the change by a verb of its own: not "Därmed bröts …", after the change's sentence.)
        const own = body(r).filter((s) => s.claims.includes(`${f.indicator.id}.turnaround`) && /\b(förbättrades|försämrades|blev (\p{L}+ )?(bättre|sämre)|vände (\p{L}+ )?(uppåt|nedåt))\b/u.test(s.text));
        seen += own.length;
        for (const s of own) expect(s.text, r.municipality.name).toMatch(/\b(kraftigt|mycket (bättre|sämre))\b/u);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(3);
    expect(sectionText("Filipstad", "Telefon")).toMatch(/^Tillgängligheten i telefon försämrades kraftigt efter två års förbättring\./u);
  });
});

describe("read LH: a municipality that calls itself 'stad'", () => {
  it("is 'staden' in its own release, never 'kommunen' (Helsingborgs stad: 'stadens bästa resultat'); a 'kommun' stays 'kommunen'", () => {
    const own = /(?<!\p{L})[Kk]ommunens?(?!\p{L})(?! Kvalitet i Korthet)/u;
    let cities = 0;
    for (const r of releases) {
      if (!/ stad$/u.test(r.municipality.officialName)) continue;
      cities += 1;
      for (const s of [...r.composed.lead, ...(r.composed.intro ?? []), ...body(r)]) expect(s.text, r.municipality.name).not.toMatch(own);
    }
    expect(cities).toBeGreaterThanOrEqual(10);
    expect(named("Helsingborg").composed.lead[0]?.text).toMatch(/, stadens bästa resultat under åren 2014–2019\.$/u);
    expect(named("Haparanda").markdown).toContain("2018 delade staden förstaplatsen i landet.");
    expect(releases.filter((r) => !/ stad$/u.test(r.municipality.officialName)).some((r) => /, kommunens bästa resultat /u.test(r.markdown))).toBe(true);
  });
});

describe("A/B reads AB77 and AB78: the source in the ingress", () => {
  const clause = /, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)( 2019)?\.$/u;
  it("joins the ingress's second sentence where the first is long, not a sentence of its own (Kramfors); never under the ingress", () => {
    const c = named("Kramfors").composed;
    const ingress = c.lead.slice(0, c.ingress ?? c.lead.length).map((s) => s.text.replace(/\u00A0/g, " "));
    expect(ingress[1]).toMatch(/^Det är fjärde året i rad som Kramfors delar den platsen, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\) 2019\.$/u);
    expect(ingress.join(" ")).not.toMatch(/(Siffrorna|Uppgifterna) (kommer|är hämtade) från/u);
    // AB77 preferred the source in the ingress in 12 pairs of 12: under it, the ingress no longer worked alone.
    for (const r of releases) for (const s of [...(r.composed.intro ?? []), ...body(r)]) expect(s.text, r.municipality.name).not.toMatch(clause);
  });
  it("joins a first sentence of up to 24 words with one comma at most (AB79: Uppsala), not one whose clauses it would stack on (Kramfors: 'Med 100 procent 2019, liksom 2018, delar …')", () => {
    expect(named("Uppsala").composed.lead[0]?.text.replace(/\u00A0/g, " ")).toMatch(/^Med 100 procent 2019 delar Uppsala kommun förstaplatsen i landet med åtta andra kommuner för andelen e-postfrågor som besvaras inom en arbetsdag, (visar|enligt|framgår det av) Kommunens Kvalitet i Korthet \(KKiK\)\.$/u);
    expect(named("Kramfors").composed.lead[0]?.text).not.toMatch(clause);
  });
  it("joins no second sentence longer than 20 words or with a clause or a parenthesis of its own, nor a ranking the release made ('den största förbättringen …, enligt KKiK')", () => {
    let seen = 0;
    for (const r of releases) {
      const second = r.composed.lead[1];
      if (!second || !clause.test(second.text) || clause.test(r.composed.lead[0]?.text ?? "")) continue;
      seen += 1;
      expect(second.text.replace(clause, ""), r.municipality.name).not.toMatch(/,|\)$/u);
      // (Within 20 words, as AB78 read it: Hällefors' 22-word "Men andelen … minskade från 47 procent 2018 till 43 procent 2019" was not.)
      expect(second.text.replace(clause, "").split(/\s+/u).length, r.municipality.name).toBeLessThanOrEqual(20);
      expect(second.claims.some((x) => /\.(changeRank|groupRank)$/u.test(x)), r.municipality.name).toBe(false);
    }
    expect(seen).toBeGreaterThanOrEqual(20);
  });
});

describe("reads LG and LJ: the count's one exception at its worst yet", () => {
  it("says the record even when narrow, or the exception reads as the year's bright spot (Lomma's response time, 3,4 timmar, 0,1 longer than its old worst)", () => {
    const c = named("Lomma").composed;
    const ingress = c.lead.slice(0, c.ingress ?? c.lead.length).map((s) => s.text.replace(/\u00A0/g, " ")).join(" ");
    expect(ingress).toMatch(/Undantaget är den genomsnittliga svarstiden för e-post[^.]*3,4 timmar mot [^.]*6 timmar, [^.]*(med knapp marginal|om än med knapp marginal)[^.]*sämsta resultat/u);
  });
});
