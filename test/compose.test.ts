// The release text for scenarios a communicator will meet: the words must
// match the numbers, declines are said plainly, missing numbers are not
// mentioned, and index values are never "procent".
import { describe, expect, it } from "vitest";
import { quoteSection } from "../src/phrase/compose.js";
import { generateRelease, loadResources } from "../src/kinds/municipality/release.js";
import type { Dataset, Municipality } from "../src/schema.js";

const resources = await loadResources();

function dataset(m: Partial<Municipality> & { results: Municipality["results"] }, over: Partial<Dataset> = {}): Dataset {
  return {
    survey: {
      name: "Servicemätningen",
      shortName: "SM",
      publisher: "Sveriges Kommuner och Regioner (SKR)",
      year: 2024,
      period: { from: "2024-09-02", to: "2024-11-29" },
      searches: { total: 400 },
      participants: 250,
      method: "Invånare som kontaktat kommunen svarade på en enkät.",
      questionAreas: ["bemötande", "tydlighet"],
    },
    thresholds: { change: { same: 2, strong: 10 }, compare: { same: 3, strong: 10 } },
    indicators: [
      { id: "tel-bemotande", label: "Bemötande via telefon", subject: "nöjdheten med bemötandet via telefon", channel: "telefon", unit: "index", better: "higher" },
      { id: "epost-tydlig", label: "Tydligt svar via e-post", subject: "nöjdheten med svarens tydlighet via e-post", channel: "e-post", unit: "index", better: "higher" },
    ],
    national: { results: { "2024": { "tel-bemotande": 80, "epost-tydlig": 70 }, "2023": { "tel-bemotande": 79, "epost-tydlig": 69 } } },
    municipalities: [
      {
        code: "1280",
        name: "Malmö",
        officialName: "Malmö stad",
        release: { date: "2025-02-04", about: "Malmö är Sveriges tredje största stad." },
        ...m,
      },
    ],
    ...over,
  };
}

function gen(ds: Dataset) {
  const m = ds.municipalities[0];
  if (!m) throw new Error("no municipality");
  return generateRelease(ds, m, { resources });
}

describe("index values", () => {
  const r = gen(dataset({ results: { "2024": { "tel-bemotande": 84, "epost-tydlig": 66 }, "2023": { "tel-bemotande": 81, "epost-tydlig": 67 } } }));
  it("are never called procent and differences are enheter", () => {
    expect(r.markdown).not.toMatch(/procent/);
    expect(r.markdown).toMatch(/index\u00A084 år 2024/);
    expect(r.markdown).toContain("index\u00A081 år 2023");
  });
  it("a rise of +3 (below twice `same`) is weak news: it does not headline over the gaps to riket", () => {
    expect(r.claims.indicators.map((i) => [i.id, i.changeClass, i.vsNational])).toEqual([
      ["tel-bemotande", "improved", "better"],
      ["epost-tydlig", "unchanged", "worse"],
    ]);
    expect(r.claims.headline).not.toMatch(/förbättr|lyft|försämr/);
  });
  it("uses the official name in running text and the short name in the headline", () => {
    expect(r.claims.lead).toMatch(/^I Malmö stad /);
    expect(r.claims.headline).toMatch(/Malmö/);
    expect(r.claims.headline).not.toMatch(/Malmö stad/);
  });
});

describe("declines", () => {
  const r = gen(dataset({ results: { "2024": { "tel-bemotande": 60, "epost-tydlig": 65 }, "2023": { "tel-bemotande": 75, "epost-tydlig": 66 } } }));
  it("the headline says so plainly, with no positive spin", () => {
    expect(r.claims.headline).toMatch(/sämre|försämr|tappar/i);
    expect(r.claims.headline).not.toMatch(/bättre|förbättr|lyft/i);
  });
  it("the lead states the decline with both numbers", () => {
    expect(r.claims.lead).toMatch(/index\u00A075 år 2023/);
    expect(r.claims.lead).toMatch(/index\u00A060 år 2024/);
    expect(r.claims.lead).toMatch(/kraftig|markant|hela/);
  });
  it("the comparison with riket says much worse", () => {
    const sentence = r.claims.sentences.find((s) => s.claims.includes("tel-bemotande.vsNational"));
    expect(sentence?.text).toMatch(/(klart|betydligt|avsevärt|långt|mycket) sämre än (riket|rikssnittet|snittet för riket|riket som helhet) \(index\u00A080\)/);
  });
});

describe("one channel better, another worse", () => {
  const r = gen(dataset({ results: { "2024": { "tel-bemotande": 90, "epost-tydlig": 60 }, "2023": { "tel-bemotande": 80, "epost-tydlig": 66 } } }));
  it("the headline takes the strong telephone gain, not the smaller e-mail dip", () => {
    expect(r.claims.headline).toMatch(/telefon/i);
    expect(r.claims.headline).not.toMatch(/e-post/);
  });
  it("the lead mentions the decline", () => {
    expect(r.claims.lead).toMatch(/nöjdheten med svarens tydlighet via e-post/i);
    expect(r.claims.lead).toContain("index\u00A060 år 2024");
  });
});

describe("missing numbers are not mentioned", () => {
  it("no previous year: no change sentence, headline compares with riket", () => {
    const r = gen(dataset({ results: { "2024": { "tel-bemotande": 70, "epost-tydlig": 60 } } }));
    expect(r.markdown).not.toMatch(/2023|ökade|minskade|förbättr|försämr/);
    expect(r.claims.headline).toMatch(/sämre än riket|under rikssnittet|sämre till än riket/);
    expect(r.claims.indicators.every((i) => i.previous === null && i.changeClass === null)).toBe(true);
  });
  it("a null value leaves the indicator out of the text and the claims", () => {
    const r = gen(dataset({ results: { "2024": { "tel-bemotande": 84, "epost-tydlig": null }, "2023": { "tel-bemotande": 81, "epost-tydlig": 67 } } }));
    expect(r.markdown).not.toMatch(/svarens tydlighet|^## E-post/im);
    expect(r.claims.indicators.map((i) => i.id)).toEqual(["tel-bemotande"]);
  });
  it("no national figures: no comparison with riket", () => {
    const ds = dataset({ results: { "2024": { "tel-bemotande": 84, "epost-tydlig": 70 }, "2023": { "tel-bemotande": 81, "epost-tydlig": 67 } } });
    delete ds.national;
    const r = gen(ds);
    expect(r.markdown).not.toMatch(/riket|rikssnitt/);
  });
});

describe("editorial content", () => {
  it("without a quote there is a visible placeholder", () => {
    const r = gen(dataset({ results: { "2024": { "tel-bemotande": 84 } } }));
    expect(r.markdown).toContain("\\[CITAT: Lägg till ett citat från en företrädare för Malmö stad, med namn och titel.\\]");
  });
  it("name and title at a person's first quote, name only after later ones; no comma after ? and !", () => {
    const r = gen(
      dataset({
        results: { "2024": { "tel-bemotande": 84 } },
        release: {
          quotes: [
            { text: "Vi är nöjda.", name: "Anna Andersson", title: "kommunikationschef" },
            { text: "Varför inte bättre?", name: "Anna Andersson", title: "kommunikationschef" },
          ],
        },
      }),
    );
    expect(r.markdown).toContain("– Vi är nöjda, säger Anna Andersson, kommunikationschef.");
    expect(r.markdown).toContain("– Varför inte bättre? säger Anna Andersson.");
  });
  it("hostile text is shown as text and makes no Markdown structure", () => {
    const r = gen(
      dataset({
        name: "Malmö",
        results: { "2024": { "tel-bemotande": 84 } },
        release: {
          quotes: [{ text: "<script>alert(1)</script> [klick](javascript:alert(1))", name: "# Rubrik", title: "- lista" }],
          extra: ["*Viktigt:* läs [rapporten](https://example.se/r) och [inte detta](javascript:alert(1)) <img src=x onerror=alert(1)>"],
          about: "> citat\n\n# rubrik",
          contacts: [{ name: "[länk](https://evil.example)", phone: "1. 2" }],
        },
      }),
    );
    expect(r.markdown).toContain("\\<script>alert(1)\\</script> \\[klick\\](javascript\\:alert(1))");
    expect(r.markdown).toContain("*Viktigt:* läs [rapporten](https://example.se/r) och \\[inte detta\\](javascript\\:alert(1)) \\<img src=x onerror=alert(1)>");
    expect(r.markdown).not.toMatch(/^#\s*rubrik/im);
    expect(r.markdown).not.toMatch(/^> /m);
    expect(r.markdown).toContain("\\[länk\\](https\\://evil.example)");
  });
});

describe("the renderer refuses broken output", () => {
  it("a subject that would print 'undefined' is refused, not written", () => {
    const ds = dataset({ results: { "2024": { "tel-bemotande": 84 } } });
    const ind = ds.indicators[0];
    if (!ind) throw new Error("indicator");
    ind.subject = "andelen undefined";
    expect(() => gen(ds)).toThrow(/undefined/);
  });
});

describe("quoteSection: a quote follows the channel it talks about", () => {
  const sections = [
    { heading: "E-post", sentences: [] },
    { heading: "Telefon", sentences: [] },
  ];
  it.each([
    ["Fler samtal än någonsin, men vi svarade.", 1],
    ["Vi ringde tillbaka till alla.", 1],
    ["Mejlen besvaras nu samma dag.", 0],
    ["Vi svarar på e-post snabbare.", 0],
    // "förbättring" holds "ring" but is not about the telephone.
    ["En förbättring vi är stolta över.", 0],
  ])("%s → section %i", (text, expected) => {
    expect(quoteSection(text, sections, new Set())).toBe(expected);
  });
  it("takes the first free section when the matching one already has a quote, and none when all have", () => {
    expect(quoteSection("Fler samtal.", sections, new Set([1]))).toBe(0);
    expect(quoteSection("Fler samtal.", sections, new Set([0, 1]))).toBeNull();
  });
});

describe("a strong decline hidden in a channel that also improved", () => {
  // Telephone up 4; e-mail: clarity up 3 but speed down 20 (a strong decline).
  const ds = dataset(
    {
      results: {
        "2024": { "tel-bemotande": 84, "epost-tydlig": 73, "epost-snabb": 50 },
        "2023": { "tel-bemotande": 80, "epost-tydlig": 70, "epost-snabb": 70 },
      },
    },
  );
  ds.indicators.push({
    id: "epost-snabb",
    label: "Snabbt svar via e-post",
    subject: "nöjdheten med hur snabbt e-post besvaras",
    channel: "e-post",
    unit: "index",
    better: "higher",
  });
  const r = gen(ds);
  it("does not get a purely positive headline: the e-mail decline is named", () => {
    expect(r.claims.indicators.find((i) => i.id === "epost-snabb")?.changeClass).toBe("strongly-declined");
    // The strong decline is the headline; it names the indicator, as the
    // channel's other indicator improved.
    expect(r.claims.headline).toMatch(/snabbt svar via e-post/i);
    expect(r.claims.headline).toMatch(/försämr|sämre|tapp|backar/i);
    expect(r.claims.lead).toContain("index\u00A050 år 2024");
  });
});

describe("exactly the same figure as last year", () => {
  const r = gen(dataset({ results: { "2024": { "tel-bemotande": 84, "epost-tydlig": 60 }, "2023": { "tel-bemotande": 80, "epost-tydlig": 60 } } }));
  it("says so, instead of 'about the same', and never 'förändrades knappt'", () => {
    const sentence = r.claims.sentences.find((s) => s.text.includes("tydlighet via e-post") && s.claims.includes("epost-tydlig.changeClass"));
    expect(sentence?.text).toMatch(/precis som året innan|samma (resultat )?som året innan|låg kvar på/);
    expect(sentence?.text).toContain("index\u00A060 år 2024");
    expect(r.markdown).not.toMatch(/ungefär samma nivå|förändrades knappt|i nivå med index/);
  });
});

describe("no previous year, and a channel split against riket", () => {
  // Telephone: bemötande better than riket (90 vs 80), speed worse (50 vs 70);
  // e-mail level with riket (70 vs 70).
  const ds = dataset({ results: { "2024": { "tel-bemotande": 90, "tel-snabb": 50, "epost-tydlig": 70 } } });
  ds.indicators.push({
    id: "tel-snabb",
    label: "Snabbt svar i telefon",
    subject: "nöjdheten med hur snabbt telefonen besvaras",
    channel: "telefon",
    unit: "index",
    better: "higher",
  });
  (ds.national?.results["2024"] as Record<string, number>)["tel-snabb"] = 70;
  const r = gen(ds);
  it("does not call the telephone service better than riket; it takes the channel that agrees", () => {
    // One telephone figure is much better than riket, another much worse:
    // the headline favours neither, and the lead says both.
    // "både över och under rikssnittet" says both, which is the point.
    expect(r.claims.headline.replace("både över och under rikssnittet", "")).not.toMatch(/bättre än riket|över rikssnittet|slår rikssnittet|sämre än riket|under rikssnittet/i);
    expect(r.claims.lead).toMatch(/hur snabbt telefonen besvaras/);
    expect(r.claims.lead).toMatch(/bemötande/);
  });
});

describe("a gap near the top of its class is not called slight", () => {
  // 89 against riket's 80: 9 points, "better" (3–9) but near "much better" (10+).
  // 89 against the group's 78: 11 points, "much better". Riket and the group are 2 points apart: two verdicts,
  // "bättre än riket och klart bättre än gruppen" (later reads: one milder verdict hid a 10-point gap; only
  // references within half of `same` get one verdict).
  const texts = Array.from({ length: 30 }, (_, i) => {
    const ds = dataset(
      { code: String(1100 + i), group: "G1", results: { "2024": { "tel-bemotande": 89, "epost-tydlig": 70 } } },
      { groups: [{ id: "G1", name: "Testgruppen", results: { "2024": { "tel-bemotande": 78, "epost-tydlig": 70 } } }] },
    );
    return gen(ds).claims.sentences.find((s) => s.claims.includes("tel-bemotande.vsGroup"))?.text ?? "";
  });
  it("never says 'lite bättre' or 'något bättre' for it, whichever variant a municipality gets", () => {
    expect(texts.every((t) => /bättre( resultat| till)? än .*\(index 80\) och klart bättre än .*\(index 78\)/.test(t.replace(/\u00A0/g, " ")))).toBe(true);
    expect(texts.filter((t) => /(lite|något) bättre/.test(t))).toEqual([]);
  });
});

describe("two references a point apart, one gap at 'klart' and one just short of it", () => {
  // 70 against riket's 79 (9 points) and the group's 80 (10 points, "much worse"): a verdict for each, graded by its
  // own gap. One milder verdict played down 10 points (Hallstahammar's direct answers, reads CV, CX, CU), one
  // stronger overstated 9 ("klart" starts at `strong`: reads DA, DB).
  const texts = Array.from({ length: 30 }, (_, i) => {
    const ds = dataset(
      { code: String(1300 + i), group: "G1", results: { "2024": { "tel-bemotande": 70, "epost-tydlig": 70 } } },
      { groups: [{ id: "G1", name: "Testgruppen", results: { "2024": { "tel-bemotande": 80, "epost-tydlig": 70 } } }] },
    );
    (ds.national?.results["2024"] as Record<string, number>)["tel-bemotande"] = 79;
    return gen(ds).claims.sentences.find((s) => s.claims.includes("tel-bemotande.vsGroup"))?.text ?? "";
  });
  it("is 'sämre än riket … och klart sämre än …' whichever variant a municipality gets", () => {
    const plain = texts.map((t) => t.replace(/\u00A0/g, " "));
    expect(plain.filter((t) => !/\b(sämre( till)? än|under) [^(]*\(index 79\) (och|men) klart (sämre( till)? än|under) [^(]*\(index 80\)/.test(t))).toEqual([]);
    expect(plain.filter((t) => /klart (sämre|under)[^(]*\(index 79\)|både/.test(t))).toEqual([]);
  });
});

describe("exactly riket's figure", () => {
  it("is never 'ungefär' the same, whichever variant a municipality gets", () => {
    const texts = Array.from({ length: 30 }, (_, i) => {
      const r = gen(dataset({ code: String(1200 + i), results: { "2024": { "tel-bemotande": 80, "epost-tydlig": 60 } } }));
      return r.claims.sentences.find((s) => s.claims.includes("tel-bemotande.vsNational"))?.text ?? "";
    });
    expect(texts.every((t) => t.includes("index\u00A080"))).toBe(true);
    expect(texts.filter((t) => /ungefär/.test(t))).toEqual([]);
  });
});

describe("a response time that crosses riket", () => {
  // One time measure, 7 → 5,5 timmar, riket 6,1 and 6,0: worse than riket last
  // year, better now. The lead's news is the crossing, said in a time's words.
  const ds = dataset(
    { results: { "2024": { svarstid: 5.5 }, "2023": { svarstid: 7 } } },
    {
      indicators: [
        { id: "svarstid", label: "Svarstid för e-post", subject: "den genomsnittliga svarstiden för e-post", short: "svarstiden på e-post", channel: "e-post", unit: "hours", better: "lower", thresholds: { change: { same: 1, strong: 8 }, compare: { same: 0.3, strong: 8 } } },
      ],
      national: { results: { "2024": { svarstid: 6 }, "2023": { svarstid: 6.1 } } },
    },
  );
  const r = gen(ds);
  it("is 'kortare än rikssnittet' in the lead, never 'bättre än rikssnittet' (Mellerud)", () => {
    expect(r.claims.plan?.lead.map((i) => i.fact)).toContain("crossing");
    const lead = r.composed.lead.map((s) => s.text).join(" ");
    expect(lead).toMatch(/kortare (i [^,]+ )?än (rikssnittet|i riket)/);
    expect(lead).not.toMatch(/(bättre|sämre) än rikssnittet/);
  });
});

describe("a response time that gets shorter but stays behind riket", () => {
  // One time measure with riket at 6 timmar. Far behind (20 → 15 timmar, 9 over riket's 6: past `strong`) the
  // headline gives riket as its other side, in a time's words; a little behind (9 → 7 timmar) it tells the change
  // alone and the lead gives riket ("lyft – men fortfarande sämre än rikssnittet" read as the municipality behind
  // on everything: two reads of 2026-12-02).
  const time = (now: number, before: number) =>
    gen(
      dataset(
        { results: { "2024": { svarstid: now }, "2023": { svarstid: before } } },
        {
          indicators: [
            { id: "svarstid", label: "Svarstid för e-post", subject: "den genomsnittliga svarstiden för e-post", short: "svarstiden på e-post", channel: "e-post", unit: "hours", better: "lower", thresholds: { change: { same: 1, strong: 8 }, compare: { same: 0.3, strong: 8 } } },
          ],
          national: { results: { "2024": { svarstid: 6 }, "2023": { svarstid: 6.1 } } },
        },
      ),
    );
  it("far behind: '– men fortfarande klart längre än i riket', never 'sämre än riket'", () => {
    const r = time(15, 20);
    expect(r.claims.indicators[0]?.vsNational).toBe("much-worse");
    expect(r.claims.headline).toMatch(/svarstiden[^–,]*[–,] men \S+ klart längre än (i riket|rikssnittet)$/);
  });
  it("a little behind: the change alone in the headline, riket in the lead", () => {
    const r = time(7, 9);
    expect(r.claims.indicators[0]?.vsNational).toBe("worse");
    expect(r.claims.headline).not.toMatch(/riket|rikssnittet/);
    expect(r.composed.lead.map((s) => s.text).join(" ")).toMatch(/längre än (rikssnittet|i riket|snittet i riket|genomsnittet i riket)/);
  });
});

describe("a count said twice in a row", () => {
  // Three measures, each up 4 points on last year and 6 ahead of riket: the body's opening counts both.
  const ind = (id: string, subject: string) => ({ id, label: subject, subject, channel: "telefon", unit: "percent" as const, better: "higher" as const });
  const r = gen(
    dataset(
      { results: { "2024": { a: 70, b: 71, c: 72 }, "2023": { a: 66, b: 67, c: 68 } } },
      {
        indicators: [ind("a", "andelen som får svar"), ind("b", "andelen som får hjälp"), ind("c", "andelen som är nöjda")],
        national: { results: { "2024": { a: 64, b: 65, c: 66 }, "2023": { a: 64, b: 65, c: 66 } } },
      },
    ),
  );
  it("says 'på samtliga mått' the second time (sweep 7: Vaxholm, Ydre read 'på alla fem mått' twice as mechanical)", () => {
    const text = [...r.composed.lead, ...(r.composed.intro ?? [])].map((s) => s.text).join(" ");
    const alla = text.match(/[Pp]å alla tre mått/g) ?? [];
    expect(alla.length).toBe(1);
    expect(text).toMatch(/[Pp]å samtliga (tre )?mått/);
  });
});

describe("a contrast headline with a response time on one side", () => {
  // A share 4 points one way and a response time 2 timmar the other (two steps of `same` each, neither strong).
  const time = (share: [number, number], hours: [number, number]) =>
    gen(
      dataset(
        { results: { "2024": { andel: share[0], svarstid: hours[0] }, "2023": { andel: share[1], svarstid: hours[1] } } },
        {
          indicators: [
            { id: "andel", label: "Svar inom en dag", subject: "andelen e-postfrågor som besvaras inom en dag", short: "dagssvaren", channel: "e-post", unit: "percent", better: "higher" },
            { id: "svarstid", label: "Svarstid för e-post", subject: "den genomsnittliga svarstiden för e-post", short: "svarstiden på e-post", channel: "e-post", unit: "hours", better: "lower", thresholds: { change: { same: 1, strong: 8 }, compare: { same: 1, strong: 8 } } },
          ],
          national: { results: { "2024": { andel: 80, svarstid: 6 }, "2023": { andel: 79, svarstid: 6 } } },
        },
      ),
    );
  it("says a time gets longer or shorter, never that it 'försämras' or 'förbättras' (read BK)", () => {
    const longer = time([84, 80], [8, 6]);
    const shorter = time([76, 80], [4, 6]);
    for (const r of [longer, shorter]) {
      expect(r.claims.plan?.angle, r.claims.headline).toBe("contrast");
      expect(r.claims.headline).not.toMatch(/svarstiden (blir (sämre|bättre)|förbättras|försämras)/);
    }
    expect(longer.claims.headline).toMatch(/svarstiden på e-post blir längre|svarstiden blir längre/);
    expect(shorter.claims.headline).toMatch(/kortas|kortar/);
  });
});
