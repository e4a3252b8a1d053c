// The years behind this year's chart (render/trend.ts): a line per indicator
// over every year in the data, gaps where a year is missing (never zero, never
// bridged), the table with the years as columns, lower-is-better said in the
// caption, a text alternative that states every number, and nothing at all
// with fewer than three years.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { TEMPLATES_DIR } from "../src/paths.js";
import { municipalityExtras } from "../src/kinds/municipality/extras.js";
import { nationalExtras } from "../src/kinds/national/extras.js";
import { generateRelease, loadResources } from "../src/kinds/municipality/release.js";
import { generateNational, loadNationalResources, nationalHtml } from "../src/kinds/national/release.js";
import { assertSafeHtml, loadHtmlTemplates, renderHtml } from "../src/render/html.js";
import { channelTrendInput, releaseHistory, trendChart, trendFigure, trendScale, type TrendInput, type TrendLine } from "../src/render/trend.js";
import { Dataset } from "../src/schema.js";

const NB = "\u00A0";
const ALL = "data/exempel/kkik-2019-alla.yaml";

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot);/gi, (_m, e: string) => {
    if (e[0] !== "#") return ({ amp: "&", lt: "<", gt: ">", quot: '"' } as Record<string, string>)[e] ?? "";
    return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10));
  });
}

const line = (key: TrendLine["key"], label: string, values: Record<string, number | null>): TrendLine => ({
  key,
  label,
  spoken: key === "main" ? label : label.toLowerCase(),
  values,
});

function input(indicators: TrendInput["indicators"], year = 2019): TrendInput {
  return { id: "d-1-tid", subject: "E-post", main: "Huddinge", year, indicators };
}

const share = (lines: TrendLine[]): TrendInput["indicators"][number] => ({ label: "Svar inom en dag", unit: "percent", better: "higher", lines });

describe("a series with a missing year", () => {
  const out = trendChart(
    input([
      share([
        line("main", "Huddinge", { 2015: 71, 2016: 75, 2017: null, 2018: 80, 2019: 98 }),
        line("national", "Riket", { 2014: 60, 2015: 70, 2016: 72, 2017: 75, 2018: 80, 2019: 84 }),
      ]),
    ]),
  );
  const html = out?.html ?? "";
  const paths = [...html.matchAll(/<path d="([^"]+)" fill="none" stroke="#1f4e79"/g)].map((m) => m[1] ?? "");

  it("is a gap in the line: two pieces, no point and no value at the missing year", () => {
    expect(paths).toHaveLength(1);
    const pieces = (paths[0] ?? "").split("M").filter((p) => p !== "");
    expect(pieces).toHaveLength(2);
    expect(pieces.map((p) => p.split("L").length)).toEqual([2, 2]);
    // Five years shown (2015–2019): four markers for the municipality, none at 2017, and one in the legend.
    expect(html.match(/<circle /g)).toHaveLength(5);
    expect(html).toContain(">saknas</text>");
  });

  it("is `uppgift saknas` in the table and in the text alternative, not zero", () => {
    expect(html).toContain(
      `<tr><th scope="row">Huddinge</th><td>71${NB}%</td><td>75${NB}%</td><td class="saknas">uppgift saknas</td><td>80${NB}%</td><td>98${NB}%</td></tr>`,
    );
    expect(out?.description).toContain(`Huddinge 2015 71${NB}%, 2016 75${NB}%, 2017 uppgift saknas, 2018 80${NB}%`);
    expect(html).not.toMatch(/>0\u00A0%</);
  });

  it("starts at the municipality's first year: riket's earlier years are not shown", () => {
    expect(html).toContain(`<thead><tr><th scope="col">År</th><th scope="col">2015</th><th scope="col">2016</th><th scope="col">2017</th><th scope="col">2018</th><th scope="col">2019</th></tr></thead>`);
    expect(out?.description).not.toContain("2014");
  });

  it("has a text alternative that states every number, series by series", () => {
    expect(out?.description).toBe(
      `Diagram. E-post 2015–2019: Huddinge jämfört med riket år för år. ` +
        `Svar inom en dag, 2015–2019: Huddinge 2015 71${NB}%, 2016 75${NB}%, 2017 uppgift saknas, 2018 80${NB}%, 2019 98${NB}%; ` +
        `riket 2015 70${NB}%, 2016 72${NB}%, 2017 75${NB}%, 2018 80${NB}%, 2019 84${NB}%.`,
    );
    const title = decode(/<title id="d-1-tid-beskrivning-1">([^<]*)<\/title>/.exec(html)?.[1] ?? "");
    expect(title).toBe(`Diagram. ${out?.description.split(". ").slice(2).join(". ")}`);
    expect(html).toMatch(/<svg class="diagram-svg" xmlns="http:\/\/www.w3.org\/2000\/svg" role="img" aria-labelledby="d-1-tid-beskrivning-1"/);
  });

  it("keeps every number of the table in the text alternative", () => {
    const fromTable = (decode(html.slice(html.indexOf("<table"))).match(/\d+\u00A0%/g) ?? []).sort();
    const fromText = (out?.description.match(/\d+\u00A0%/g) ?? []).sort();
    expect(fromTable).toEqual(fromText);
  });
});

describe("too few years", () => {
  it("two years: no chart, no figure", () => {
    const two = input([share([line("main", "Huddinge", { 2018: 79, 2019: 98 }), line("national", "Riket", { 2014: 1, 2015: 2, 2016: 3, 2018: 80, 2019: 84 })])]);
    expect(trendChart(two)).toBeNull();
    expect(trendFigure(two)).toBeNull();
  });

  it("three years with one missing in between are two values: no chart", () => {
    expect(trendChart(input([share([line("main", "Huddinge", { 2017: 70, 2018: null, 2019: 98 })])]))).toBeNull();
  });

  it("years after the survey year do not count and are not shown", () => {
    expect(trendChart(input([share([line("main", "Huddinge", { 2018: 79, 2019: 98, 2020: 99 })])]))).toBeNull();
    const out = trendChart(input([share([line("main", "Huddinge", { 2017: 70, 2018: 79, 2019: 98, 2020: 99 })])]));
    expect(out?.description).not.toContain("2020");
  });

  it("only the indicators with three years are drawn", () => {
    const out = trendFigure(
      input([
        share([line("main", "Huddinge", { 2018: 79, 2019: 98 })]),
        { label: "Svarstid", unit: "hours", better: "lower", lines: [line("main", "Huddinge", { 2017: 9, 2018: 8, 2019: 2 })] },
      ]),
    );
    expect(out?.tables.map((t) => t.caption)).toEqual(["Svarstid (lägre är bättre) 2017–2019"]);
  });
});

describe("lower is better", () => {
  const hours = { label: "Svarstid för e-post", unit: "hours" as const, better: "lower" as const };
  const out = trendFigure(
    input([{ ...hours, lines: [line("main", "Huddinge", { 2017: 8.2, 2018: 9, 2019: 2 }), line("group", "Likvärdiga kommuner", { 2017: 6.2, 2018: 5.9, 2019: 5 })] }]),
  );

  it("says so in the table's caption and in the text alternative", () => {
    expect(out?.tables[0]?.caption).toBe("Svarstid för e-post (lägre är bättre) 2017–2019");
    expect(out?.description).toContain(
      `Svarstid för e-post (lägre är bättre), 2017–2019: Huddinge 2017 8,2${NB}tim, 2018 9${NB}tim, 2019 2${NB}tim; likvärdiga kommuner 2017 6,2${NB}tim, 2018 5,9${NB}tim, 2019 5${NB}tim.`,
    );
    expect(out?.svg).toContain(">Svarstid för e-post (lägre är bättre)</text>");
  });

  it("has the years as columns and a row per series, in the table for Word", () => {
    expect(out?.tables[0]?.head).toEqual(["År", "2017", "2018", "2019"]);
    expect(out?.tables[0]?.rows).toEqual([
      ["Huddinge", `8,2${NB}tim`, `9${NB}tim`, `2${NB}tim`],
      ["Likvärdiga kommuner", `6,2${NB}tim`, `5,9${NB}tim`, `5${NB}tim`],
    ]);
  });

  it("times are drawn from zero", () => {
    expect(trendScale([2, 9, 5, 6.2], "hours")).toEqual({ min: 0, max: 10, step: 2.5 });
  });
});

describe("hostile names", () => {
  it("stay text in the SVG, the tables and the text alternative", () => {
    const evil = `Svar <script>alert(1)</script> & "co"`;
    const out = trendChart(input([{ label: evil, unit: "percent", better: "higher", lines: [line("main", `Hud<b onmouseover=x>`, { 2017: 1, 2018: 2, 2019: 3 })] }]));
    expect(out?.html).not.toMatch(/<script|<b /i);
    expect(() => assertSafeHtml(out?.html ?? "")).not.toThrow();
    expect(out?.description).toContain(evil);
  });
});

describe("the value axis", () => {
  it("shares start at a round number with room below the lowest value, and end at 100 at most", () => {
    expect(trendScale([73, 98, 84], "percent")).toEqual({ min: 60, max: 100, step: 10 });
    expect(trendScale([100, 100, 100], "percent")).toEqual({ min: 85, max: 100, step: 5 });
    expect(trendScale([0, 2, 1], "percent")).toEqual({ min: 0, max: 15, step: 5 });
  });
});

describe("in the pages", async () => {
  const ds = Dataset.parse(parse(readFileSync(ALL, "utf8")));
  const resources = await loadResources();
  const templates = await loadHtmlTemplates([TEMPLATES_DIR]);
  const page = (code: string, history: boolean): string => {
    const m = ds.municipalities.find((x) => x.code === code);
    if (!m) throw new Error(code);
    const r = generateRelease(ds, m, { resources });
    return renderHtml({ markdown: r.markdown, claims: r.claims, composed: r.composed, ...(history ? { history: releaseHistory(ds, m) } : {}) }, templates);
  };

  it("each channel of Huddinge's release gets the years below this year's chart", () => {
    const html = page("0126", true);
    const sections = [...html.matchAll(/<section class="kanal">([\s\S]*?)<\/section>/g)].map((m) => m[1] ?? "");
    expect(sections).toHaveLength(2);
    for (const s of sections) expect(s).toMatch(/<figure class="diagram" [\s\S]*<\/figure>\n<figure class="diagram diagram-tid" /);
    expect(decode(html)).toContain("E-post 2014–2019: Huddinge jämfört med likvärdiga kommuner och riket år för år");
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of html.matchAll(/aria-labelledby="([^"]+)"/g)) expect(ids).toContain(m[1]);
  });

  it("without the history, or with two years of data, the page is as before", () => {
    expect(page("0126", false)).not.toContain(`<figure class="diagram diagram-tid"`);
    const two = Dataset.parse(parse(readFileSync("data/exempel/huddinge-2019.yaml", "utf8")));
    const m = two.municipalities[0];
    if (!m) throw new Error("fixture");
    const r = generateRelease(two, m, { resources });
    expect(renderHtml({ markdown: r.markdown, claims: r.claims, composed: r.composed, history: releaseHistory(two, m) }, templates)).not.toContain(`<figure class="diagram diagram-tid"`);
  });

  it("a missing year (Finspång 2016) is a gap", () => {
    const html = page("0562", true);
    expect(html).toMatch(/<tr><th scope="row">Finspång<\/th><td>[^<]+<\/td><td>[^<]+<\/td><td class="saknas">uppgift saknas<\/td>/);
  });

  it("the extras carry one year chart per channel, after the channel charts", () => {
    const m = ds.municipalities.find((x) => x.code === "0126");
    if (!m) throw new Error("0126");
    const extras = municipalityExtras(ds, generateRelease(ds, m, { resources }));
    expect(extras.figures.map((f) => f.name)).toEqual(["diagram-1", "diagram-2", "tidsserie-1", "tidsserie-2"]);
    expect(extras.figures[2]?.heading).toBe(extras.figures[0]?.heading);
  });

  it("riket's release shows riket's average over the years per indicator", async () => {
    const nat = await loadNationalResources();
    const r = generateNational(ds, { resources: nat });
    const html = await nationalHtml(ds, r, { html: nat.html });
    expect(html.match(/<figure class="diagram diagram-tid"/g)).toHaveLength(r.composed.sections.length);
    expect(decode(html)).toContain(`Svar på e-post inom en arbetsdag, 2014–2019: snittet i riket 2014 73${NB}%, 2015 75${NB}%, 2016 77${NB}%, 2017 78${NB}%, 2018 80${NB}%, 2019 84${NB}%.`);
    expect(nationalExtras(ds, r).figures.filter((f) => f.name.startsWith("tidsserie-"))).toHaveLength(r.composed.sections.length);
  });
});

describe("a municipality's history", () => {
  it("is the municipality's, its group's and riket's results, drawn in that order", () => {
    const ds = Dataset.parse(parse(readFileSync(ALL, "utf8")));
    const m = ds.municipalities.find((x) => x.code === "0126");
    if (!m) throw new Error("0126");
    const h = releaseHistory(ds, m);
    expect(h.municipality).toBe(m.results);
    expect(h.group).toBe(ds.groups?.find((g) => g.id === m.group)?.results);
    expect(h.national).toBe(ds.national?.results);
    const t = channelTrendInput({ id: "x", channel: "E-post", municipality: "Huddinge", year: 2019, indicators: ds.indicators.slice(0, 1), history: h });
    expect(t.indicators[0]?.lines.map((l) => l.label)).toEqual(["Huddinge", "Likvärdiga kommuner", "Riket"]);
  });
});
